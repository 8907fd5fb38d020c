"""`cqcplan serve`: a local web page for people who do not use a terminal.

Flask is imported only here (the optional `[web]` extra), never by `cqcplan --help`.
"""
