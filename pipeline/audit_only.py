"""Two asks about one practice: that it is done, or only that it is audited.

Takes statement text, returns which pairs ask these two different things (pipeline/merge.py scores such a
pair 0). "Audit compliance with the WHO surgical safety checklist and share the results with theatre teams"
and "all five steps to safer surgery are completed for every patient" name one checklist, and word overlap
merges them, but the first is fixed by an audit programme (a sample of lists observed, results fed back) and
the second in theatre, on every list: a service can audit every month and still miss the sign-out, or the
other way round. So are hand hygiene audits carried out against staff who clean their hands, and NEWS2
compliance audited against scores worked out and escalated (the labelling guide's rule 3).

A statement asks only for an audit when every ask it makes audits something ("audit compliance with",
"hand hygiene audits are carried out", "compliance with NEWS2 is audited", "compliance ... is monitored") or
does something with the results of one ("share the results with theatre teams", "act on the findings"), and
nothing else is asked before or after the audit (pipeline/records_only.py `MORE`: "audited and improved" asks the
practice improved too; "review and reissue the procedures and audit whether they are followed", or call handling
assessed "through audited calls", ask another act with the audit). An audit judged as an audit ("audits are effective in identifying shortfalls") is
oversight of the service, the same duty as quality assurance in other words: no such ask. The other statement
asks the practice: it names no audit, no check (vocab/aspects.toml checking) and no oversight at all, nor staff
competent for the work ("health advisers have the competence to handle NHS 111 calls": audits of their calls are how
that is assured, one action with them). A
statement asking both ("complete the WHO checklist and that compliance is audited") meets either.
"""

import re

import numpy as np

from .asks import asks
from .aspects import aspects_many
from .records_only import MORE
from .regex_programs import compiled

_AUDITED = compiled(r"\b(?:re-?)?audit(?:s|ed|ing)?\b"
                    r"|\bcompliance\b[^.;]*?\bmonitor(?:s|ed|ing)?\b|\bmonitor(?:s|ed|ing)?\s+compliance\b", re.IGNORECASE)
# what is done with an audit's results once it is made: shared, reported, acted on
_RESULTS = compiled(r"\b(?:results?|findings?|outcomes?)\b", re.IGNORECASE)
_WITH_RESULTS = compiled(r",?\s+and\s+(?:that\s+)?[^.;]*?\b(?:results?|findings?|outcomes?)\b[^.;]*", re.IGNORECASE)
# an audit judged as one (effective, finding shortfalls), or oversight in other words: governance, not the practice
# the audit as the means of another act, or a second act after one ("assess call handling through audited calls",
# "review and reissue the procedures and audit whether they are followed"): that act is asked too
_MEANS = compiled(r"\b(?:and|through|by|using|via|from)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_OVERSIGHT = compiled(r"\b(?:effective\w*|identif\w*|shortfalls?|quality\s+assurance|governance|oversight|"
                      r"assure\w*)\b", re.IGNORECASE)


# a check of its own, or staff competent for the work (an audit of their work is how competence is assured)
_ASSURED = frozenset({"checking", "training"})


def audit_apart(texts: list[str]) -> np.ndarray:
    """Pairs one of which asks only for an audit of a practice, the other for the practice and no audit."""
    only = np.array([_audit_only(t) for t in texts], dtype=bool)
    practice = np.array([not _AUDITED.search(t) and not _OVERSIGHT.search(t) and not a & _ASSURED
                         for t, a in zip(texts, aspects_many(texts))], dtype=bool)
    one = only[:, None] & practice[None, :]
    return one | one.T


def _audit_only(text: str) -> bool:
    """Whether every ask of the statement audits something or acts on an audit's results, nothing more asked."""
    duties = [a.duty for a in asks(text) if a.required]
    return bool(duties) and any(_AUDITED.search(d) for d in duties) and all(_audits(d) for d in duties)


def _audits(duty: str) -> bool:
    if _OVERSIGHT.search(duty):
        return False
    found = _AUDITED.search(duty)
    if not found:
        return bool(_RESULTS.search(duty))
    return not _MEANS.search(duty[:found.start()]) and not MORE.search(_WITH_RESULTS.sub("", duty[found.end():]))
