"""Two time limits for two acts: "an initial assessment within 15 minutes of arrival" and "pain relief
within 20 minutes of the initial assessment".

Takes statement text and terms, returns which pairs set different limits for different acts
(pipeline/merge.py scores such a pair 0). The decision a reader would get wrong: the two share the
setting, the clock ("minutes") and even the assessment, which the second names only as the moment its
clock starts; word overlap merges them. But each limit is a standard of its own, met by its own fix
(triage staffing; a pain-relief protocol), as surgery for a hip fracture within 36 hours is not an
orthogeriatric review within 72. What tells them apart:
- The limit: "within" a number and a unit ("within 15 minutes", "within two working days"). Two
  statements that give the same limit are left to the word score: one standard worded twice, also in
  two units ("within 24 hours of admission", "within a day of arrival").
- The timed act: the words from the last verb before "within" ("receive pain relief", "have surgery",
  "are assessed by an orthogeriatrician"), so neither the people it is for ("patients who have hip
  fractures") nor when the clock starts ("of their initial clinical assessment") count.
A pair is apart when both give a limit, no limit of one is a limit of the other, and no timed act of
one shares a term with a timed act of the other (who acts and where aside: "nurses" and "the ward" are
not the act); a statement whose timed act names no other term says nothing about which act, and is
compared as before.
"""

import re

import numpy as np

from .aspects import TIME_LIMIT
from .regex_programs import compiled
from .similarity import who_or_where_terms
from .terms import Terms, terms_many

_NUMBERS = {w: str(n) for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)} | {"a": "1", "an": "1"}
_MINUTES = {"minute": 1, "hour": 60, "day": 24 * 60, "week": 7 * 24 * 60}
# the verb the timed act starts at: a finite verb, or a participle after "be" ("are assessed")
_VERB = compiled(r"\b(?:is|are|be|been|has|have|receive|receives|get|gets|given|offered|seen)\b", re.IGNORECASE)


def deadline_apart(texts: list[str]) -> np.ndarray:
    """Pairs that both set a time limit, none the same, for acts that share no term."""
    read = [_limits(t) for t in texts]
    acts = iter(terms_many([act for mine in read for _, act in mine]))
    timed = [[(limit, _what(next(acts))) for limit, _ in mine] for mine in read]
    n = len(texts)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            out[i, j] = out[j, i] = _apart(timed[i], timed[j])
    return out


def _apart(left: list[tuple[str, frozenset[str]]], right: list[tuple[str, frozenset[str]]]) -> bool:
    if not left or not right or {limit for limit, _ in left} & {limit for limit, _ in right}:
        return False
    if not all(act for _, act in left + right):
        return False
    return all(not (a & b) for _, a in left for _, b in right)


def _limits(text: str) -> list[tuple[str, str]]:
    """Each time limit the text sets ("15 minute"), with the act it times."""
    out = []
    for m in TIME_LIMIT.finditer(text):
        before = text[:m.start()]
        verbs = list(_VERB.finditer(before))
        act = before[verbs[-1].start():] if verbs else ""
        out.append((_length(int(_NUMBERS.get(m['n'].lower(), m['n'])), m['unit'].lower()), act))
    return out


def _length(number: int, unit: str) -> str:
    """A limit as one length, so one limit in two units is one limit ("within 24 hours", "within a day");
    months, of no fixed length, stay as written."""
    minutes = _MINUTES.get(unit)
    return f"{number * minutes} minute" if minutes else f"{number} {unit}"


def _what(found: Terms) -> frozenset[str]:
    """The terms of a timed act but who does it and where."""
    return frozenset(t for t in found if t not in who_or_where_terms())
