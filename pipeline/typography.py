"""Typographic apostrophes and single quotes in the plan's own words ("people’s", ‘as required’).

Applied where a renderer prints words cqcplan wrote (theme and quality-statement names, group
headings, glossary meanings, summaries, tag notes), never to CQC's wording: anything inside
“…” (how cqcplan quotes CQC's words) is left exactly as printed. The plan's data (JSON, the
embedded plan) keeps the vocabulary's own spelling, so names still match the vocabulary.
"""


from .regex_programs import compiled

_QUOTED = compiled(r"(“[^”]*”)")
_CLOSING = compiled(r"(?<=\w)'|(?<=[.,!?])'")  # people's, patients', 'required.'
_OPENING = compiled(r"'(?=\w)")  # 'as required'


def typographic(text: str) -> str:
    if "'" not in text:
        return text
    return "".join(part if part.startswith("“") else _OPENING.sub("‘", _CLOSING.sub("’", part))
                   for part in _QUOTED.split(text))
