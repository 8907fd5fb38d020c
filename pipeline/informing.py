"""Two asks about one thing: that it is done, or only that people are told about it.

Takes statement text, returns which pairs ask these two different things (pipeline/merge.py scores
such a pair 0). "Patients are given clear information about fasting before surgery" and "patients do
not fast for longer than necessary before surgery" name one fast, and word overlap merges them, but
the first is fixed by what patients are told (a leaflet, a pre-assessment script) and the second by
the theatre list (when each patient last ate, drinks allowed until called): a ward can do either and
not the other. So are information about chaperones displayed against a chaperone offered, and people
told how to complain against complaints answered.

A statement asks only for information when every ask it makes gives or tells people something about
the thing ("given information about", "provided with written advice on", "told about", "information
about ... is displayed") and asks nothing before or after it (pipeline/records_only.py `MORE`: "and action
taken"; "carers are involved in care planning and are given information about ..." asks the involvement too). The other asks the act: it is no such ask and names no information at all (no "information",
"advice", "leaflet", no one told, informed or knowing what to do, no aspect of information): "aftercare
information" handed over, or families who "know what to do if" a young person's mental health gets worse,
is information on both sides.
"""

import re

import numpy as np

from .asks import asks
from .aspects import aspects_many
from .records_only import MORE
from .regex_programs import compiled

_WORD = r"[\w’'-]+"
# information given or had: "patients are given clear information about", "receive written advice on"
_GIVEN = compiled(rf"\b(?:given|provided\s+with|offered|receive|receives|get|gets|have|has)\s+(?:{_WORD}\s+){{0,3}}?"
                  r"(?:information|advice|leaflets?|explanations?)\s+(?:about|on|regarding|explaining)\b", re.IGNORECASE)
# people told or informed of it: "told about", "informed how to"; or knowing how to complain, as the complaints
# information leaves them ("people know how to make a complaint"; staff who know how to raise a concern are asked
# to speak up, no information)
_TOLD = compiled(r"\b(?:(?:told|informed|advised)\s+(?:about|of|how|what|when|why)|knows?\s+how\s+to\s+"
                 r"(?:(?:make|raise)\s+a\s+)?complain)", re.IGNORECASE)
# information put where people see it: "information about chaperones is displayed", "the complaints procedure is
# on display", "the rating is shown on its website"
_SHOWN = compiled(rf"\b(?:(?:information|advice|leaflets?|posters?)\s+(?:about|on|regarding)\s+(?:{_WORD}\s+){{1,8}}?"
                  r"(?:is|are)\s+(?:\w+ly\s+)?(?:displayed|available|provided|given|shared)|(?:is|are)\s+(?:\w+ly\s+)?"
                  r"(?:on\s+display|displayed|shown\s+(?:on|at|in)))\b", re.IGNORECASE)
# anything people are told, or know from being told ("know what to do if ...", "are aware of")
_NAMES_INFORMATION = compiled(r"\b(?:information|details|advice|advised|leaflets?|posters?|told|tell|tells|inform\w*|"
                              r"explain\w*|aware|awareness|knows?\s+(?:how|what|who|when|where|which))\b", re.IGNORECASE)


def told_apart(texts: list[str]) -> np.ndarray:
    """Pairs one of which asks only that people are told about a thing, the other for the thing and no telling."""
    only = np.array([_told_only(t) for t in texts], dtype=bool)
    act = np.array([not o and not _NAMES_INFORMATION.search(t) and "information" not in a
                    for o, t, a in zip(only, texts, aspects_many(texts))], dtype=bool)
    one = only[:, None] & act[None, :]
    return one | one.T


def _told_only(text: str) -> bool:
    """Whether every ask of the statement only gives or tells people something, nothing more asked after it."""
    duties = [a.duty for a in asks(text) if a.required]
    return bool(duties) and all(_told(d) for d in duties)


# another act asked before the telling: "carers are involved in care planning and are given information about ..."
_ACT_BEFORE = compiled(r"\b(?:is|are|be|been|was|were)\s+(?:\w+\s+){0,2}?\w+(?:ed|en)\b.*\band\b", re.IGNORECASE)


def _told(duty: str) -> bool:
    found = _GIVEN.search(duty) or _TOLD.search(duty) or _SHOWN.search(duty)
    return bool(found) and not MORE.search(duty[found.end():]) and not _ACT_BEFORE.search(duty[:found.start()])
