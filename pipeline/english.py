"""The one blank English spaCy pipeline of the code base: its tokeniser serves tagging,
merge terms and aspects alike (building one costs about a sixth of a second at start-up,
and one tokeniser means a word splits the same way in every stage). No model is loaded."""

from functools import cache


@cache
def english():
    import spacy

    return spacy.blank("en")
