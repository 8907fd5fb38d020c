"""An ask that gates its own act on another duty: "medicines are given covertly only when a mental capacity
assessment, a best interests decision and advice from a pharmacist have been recorded".

Takes statement texts and their terms, returns which pairs ask two different things (pipeline/merge.py scores
such a pair 0). The condition after "only when / if / after / once / where" names what must come first, not
what the statement asks done: against "staff assess and record patients' capacity ... and record best interests
decisions" it shares the capacity assessment and the best-interests decision, and word overlap merges them,
but one action is the covert-medicines protocol and the other the Mental Capacity Act's assessments. A pair is
apart when the statement with the condition shares specific terms with the other only inside it; one whose act
names the shared object too ("bed rails are only used after a risk assessment of their use" against "bed rail
risk assessments are completed") is compared as before. Who the act is for, when a risk or score picks them
out ("patients assessed as at risk of VTE receive thromboprophylaxis"), is such a condition too: the VTE risk
assessment is another duty. So are the people a condition picks out with the words that name them
("surgical patients at risk of VTE are given thromboprophylaxis", "patients with suspected sepsis in the
emergency department receive antibiotics within the hour"): screening for sepsis or assessing the risk of
VTE is one action, treating those it finds another, though both name the condition and the setting. Likewise
people a raised score picks out ("patients with a raised early warning score are escalated": working the score
out is another duty), people an event befell ("patients whose operations are cancelled on the day are offered
another date": fewer cancellations is another action) and people a place holds ("patients cared for in corridors
... have their observations completed": no corridor care is another action). "Only" may stand before the act's
last words ("medicines are only given covertly after a capacity assessment ..."). The act shares nothing with the
other statement when it names none of its terms but who acts and where: a topic word (escalate, medical) shared
by the act keeps two wordings of one escalation together.
"""

import re

import numpy as np

from .asks import PEOPLE
from .regex_programs import compiled
from .similarity import is_specific, who_or_where_terms
from .terms import Terms, terms_many

# "only" may stand before the act's own last words ("are only given covertly after ..."): they stay the act's.
_CONDITION = compiled(r",?\s+only\s+(?P<act>(?:[\w-]+\s+){0,3}?)(?:when|if|after|once|where)\b[^.;]*?"
                      r"(?=,?\s+and\s+that\b|[.;]|$)", re.IGNORECASE)
# Who the act is for, picked out by a risk or a score another duty finds: "patients assessed as at risk of VTE",
# "people whose MUST score shows they are at high risk", "patients with a NEWS2 score of 5 or more"; it runs
# to the act's own verb, not past an "and" (people named after the act's verb, "screen every patient with a
# raised NEWS2 score for sepsis and give antibiotics ...", are whom it is done to, and the next ask is the act's).
_SELECTED = compiled(
    r"\s+(?:whose\b[^.;,]*?\b(?:shows?|indicates?)\b(?:\s+(?:that\s+)?(?:they|he|she)\s+(?:are|is))?"
    r"|(?:assessed|identified|screened)\s+as\s+(?:being\s+)?(?:at\s+|a\s+)?(?:\w+\s+)?risk\b"
    r"|with\s+an?\b[^.;,]*?\bscores?\s+(?:of|above|over)\b"
    r"|with\s+(?:an?\s+)?(?:raised|high|higher|elevated|increased|abnormal|triggering)\s+[^.;,]*?\b(?:scores?|NEWS2?)\b)"
    r"(?:(?!\s+and\s)[^.;,])*?(?=\s+(?:are|is|receive|receives|get|gets|have|has)\b|[.;,]|$)",
    re.IGNORECASE,
)
# The people a risk or a suspected condition picks out, with the words naming them, up to the act's verb:
# "surgical patients at risk of VTE are given", "patients with suspected sepsis in the emergency department
# receive"; a sentence whose verb does not follow is left whole.
_PICKED_OUT = compiled(
    rf"\s+(?:(?!that\b)[\w-]+\s+){{0,2}}?{PEOPLE}\s+(?:being\s+)?(?:at\s+(?:\w+\s+)?risk\s+of|with\s+suspected)\b"
    r"[^.;,]*?(?=\s+(?:are|is|were|was|receive|receives|received|get|gets|have|has|had)\b)",
    re.IGNORECASE,
)

# The people an event or a place picks out, with the words naming them, up to the act's verb: "patients whose
# operations are cancelled on the day are offered another date", "patients cared for in corridors in the
# emergency department have their observations completed". Rebooking them, or caring for them safely where they
# are, is one action; fewer cancellations, or no corridor care, another, though both name the event or the place.
_BEFALLEN = compiled(
    rf"\s+{PEOPLE}\s+(?:whose\s+(?:[\w’'-]+\s+){{1,3}}?"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+\w+ed\b"
    r"|(?:who\s+are\s+|being\s+)?(?:cared\s+for|nursed|treated|held|kept|boarded|accommodated)\s+(?:in|on)\b)"
    r"[^.;,]*?(?=\s+(?:are|is|were|was|receive|receives|received|get|gets|have|has|had)\b)",
    re.IGNORECASE,
)


def precondition_apart(texts: list[str], found: list[Terms]) -> np.ndarray:
    """Pairs one of which shares specific terms with the other only in the condition it gates its act on."""
    acts = terms_many([_act(t) for t in texts])
    gated = [a.keys() != f.keys() for a, f in zip(acts, found)]
    n = len(texts)
    out = np.zeros((n, n), dtype=bool)
    for i in (k for k in range(n) if gated[k]):
        for j in range(n):
            shared = {t for t in found[i].keys() & found[j].keys() if is_specific(t)}
            if j != i and shared and not (acts[i].keys() & found[j].keys()) - who_or_where_terms():
                out[i, j] = out[j, i] = True
    return out


def _act(text: str) -> str:
    """The statement without the condition its act is gated on and the people a risk, a score, an event or a
    place picks out."""
    return _BEFALLEN.sub("", _PICKED_OUT.sub("", _SELECTED.sub("", _CONDITION.sub(r" \g<act>", text))))
