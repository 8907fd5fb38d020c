"""Stage 6: takes findings in reading order, returns them with repeats collapsed and ids set.

The same wording printed in the Chief Inspector's letter, the summary and a core-service
list is one finding, kept where it first appears; every other printing goes in `also_at`,
whichever list it is printed in, and it is a must if any printing is one (as a merged row
is: a copy whose own list printed no heading, a table cell without its "MUST" line, takes
the kind of the list before it, not its own). "Same wording" ignores only whitespace, letter
case, quote/dash style and a final full stop. Ids are F1, F2 ... in order of first
appearance: a different series from the action refs (M1, S1 ...) that pipeline/refs.py
gives, so a finding id never reads as one.
"""

from ..models.finding import Finding, Place

from .refs import finding_id
from .text import normalise_for_match


def collapse_repeats(findings: list[Finding]) -> list[Finding]:
    first: dict[str, int] = {}
    kept: list[Finding] = []
    for finding in findings:
        key = normalise_for_match(finding.text)
        if key in first:
            index = first[key]
            place = Place(page=finding.page, section=finding.section, service=finding.service)
            kind = "must" if "must" in (kept[index].kind, finding.kind) else kept[index].kind
            kept[index] = kept[index].model_copy(update={"also_at": [*kept[index].also_at, place], "kind": kind})
        else:
            first[key] = len(kept)
            kept.append(finding)
    return _number(kept)


def _number(findings: list[Finding]) -> list[Finding]:
    return [finding.model_copy(update={"id": finding_id(n)}) for n, finding in enumerate(findings, 1)]
