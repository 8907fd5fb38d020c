"""An ask that gates its own act on another duty: "medicines are given covertly only when a mental capacity
assessment, a best interests decision and advice from a pharmacist have been recorded".

Takes statement texts and their terms, returns which pairs ask two different things (pipeline/merge.py scores
such a pair 0). The condition after "only when / if / after / once / where" names what must come first, not
what the statement asks done: against "staff assess and record patients' capacity ... and record best interests
decisions" it shares the capacity assessment and the best-interests decision, and word overlap merges them,
but one action is the covert-medicines protocol and the other the Mental Capacity Act's assessments. A pair is
apart when the statement with the condition shares specific terms with the other only inside it; one whose act
names the shared object too ("bed rails are only used after a risk assessment of their use" against "bed rail
risk assessments are completed") is compared as before.
"""

import re

import numpy as np

from .similarity import is_specific
from .terms import Terms, terms_many

_CONDITION = re.compile(r",?\s+only\s+(?:when|if|after|once|where)\b[^.;]*?(?=,?\s+and\s+that\b|[.;]|$)", re.IGNORECASE)


def precondition_apart(texts: list[str], found: list[Terms]) -> np.ndarray:
    """Pairs one of which shares specific terms with the other only in the condition it gates its act on."""
    acts = terms_many([_CONDITION.sub("", t) for t in texts])
    gated = [a.keys() != f.keys() for a, f in zip(acts, found)]
    n = len(texts)
    out = np.zeros((n, n), dtype=bool)
    for i in (k for k in range(n) if gated[k]):
        for j in range(n):
            shared = {t for t in found[i].keys() & found[j].keys() if is_specific(t)}
            if j != i and shared and not shared & acts[i].keys():
                out[i, j] = out[j, i] = True
    return out
