"""Two asks about one check or authority: to get it first, or to renew it.

Takes statement text, returns which pairs ask these two different things (pipeline/merge.py scores
such a pair 0). The labelling guide's look-alike "DBS checks before staff start vs DBS renewed every
three years": both name the check and what it is for, and word overlap merges them, but the first
is fixed in recruitment (nobody starts without one) and the second by a schedule of repeats (a
tracker of expiry dates), two actions with two owners. A statement asks for a renewal when it names
one ("renewed", "reapplied", "reauthorised", "reassessed", "every three years", "periodically", "and
afterwards", "is repeated at the interval set in its policy", "at regular intervals"), and for the first time when it names the start ("before new staff start", "before they take up the
post", "at recruitment", "on appointment", "on admission", "pre-employment", "applications are submitted"); not before someone starts a shift, which is each shift's check. A risk
assessed on admission and the same risk reassessed within a day or when the patient's condition changes are the
same two steps (merge42): the admission clerking's form against the ward's review round; so is a review repeated at
a set interval ("hourly", "every four hours", "daily", "each shift") against the assessment on admission (merge43: hourly reviews of a
fetal heart trace against the risk assessment on admission that decides how to monitor it). A pair is apart when one
asks a renewal and not the first time, and the other the first time and no renewal; a statement naming neither
says nothing about when, and is compared as before ("practising privileges are reviewed every two years" and "the
committee reviews practising privileges" stay one action). A date by which stock expires
("out-of-date", "expired") is no renewal: it is the stock's, not the authority's.
"""

import re

import numpy as np

from .regex_programs import compiled

_RENEWED = compiled(
    r"\bre-?(?:new|newal|newals|newed|newing|apply|applied|applications?|authoris\w*|authoriz\w*|check\w*|validat\w*"
    r"|assess\w*)\b"
    r"|\bevery\s+(?:\w+\s+)?years?\b|\bperiodic(?:ally)?\b|\bbiennial(?:ly)?\b|\bwhen\s+(?:it|they)\s+(?:expire|lapse)s?\b"
    r"|\b(?:afterwards|thereafter|on\s+an\s+ongoing\s+basis)\b"
    r"|\b(?:is|are|be|being)\s+repeated\b|\brepeat(?:s|ed|ing)?\s+(?:this|it|them|that)\b|\bat\s+regular\s+intervals\b"
    r"|\b(?:hourly|daily|weekly|monthly|(?:every|each)\s+shift)\b|\bevery\s+(?:\w+\s+)?(?:hour|day|week|month)s?\b",
    re.IGNORECASE)
_FIRST = compiled(
    r"\bbefore\s+(?:\w+\s+){0,3}?(?:start|starts|starting|begin|begins|join|joins|work\s+unsupervised|take\s+up|takes\s+up|taking\s+up|commence|commences)\b"
    r"(?!\s+(?:(?:its|their|his|her|a|the|each|every|any)\s+)?(?:shifts?|duty|duties|rounds?|visits?)\b)"
    r"|\bat\s+(?:the\s+(?:time|point)\s+of\s+)?(?:recruitment|appointment|employment)\b|\bon\s+appointment\b"
    r"|\b(?:on|at|upon)\s+(?:their\s+)?admission\b"
    r"|\bpre-employment\b|\bnew(?:ly\s+recruited)?\s+(?:\w+\s+)?(?:staff|starters?|recruits?|employees?|workers?)\b"
    r"|(?<!renewal\s)\bapplications?\s+(?:is|are)\s+(?:made|submitted)\b",
    re.IGNORECASE)


def renewal_apart(texts: list[str]) -> np.ndarray:
    """Pairs one of which asks for a renewal and not the first time, the other the first time and no renewal."""
    renewed = np.array([bool(_RENEWED.search(t)) for t in texts], dtype=bool)
    first = np.array([bool(_FIRST.search(t)) for t in texts], dtype=bool)
    one = (renewed & ~first)[:, None] & (first & ~renewed)[None, :]
    return one | one.T
