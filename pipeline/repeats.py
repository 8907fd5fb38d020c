"""Stage 6: takes findings in reading order, returns them with repeats collapsed and ids set.

The same wording printed in the Chief Inspector's letter, the summary and a core-service
list is one finding, kept where it first appears; every other printing goes in `also_at`.
"Same wording" ignores only whitespace, letter case, quote/dash style and a final full
stop. Ids are M1, M2 ... and S1, S2 ... in order of first appearance.
"""

from cqcplan.models.finding import Finding, Place

from .text import normalise_for_match


def collapse_repeats(findings: list[Finding]) -> list[Finding]:
    first: dict[tuple[str, str], int] = {}
    kept: list[Finding] = []
    for finding in findings:
        key = (finding.kind, normalise_for_match(finding.text))
        if key in first:
            index = first[key]
            place = Place(page=finding.page, section=finding.section, service=finding.service)
            kept[index] = kept[index].model_copy(update={"also_at": [*kept[index].also_at, place]})
        else:
            first[key] = len(kept)
            kept.append(finding)
    return _number(kept)


def _number(findings: list[Finding]) -> list[Finding]:
    counts = {"must": 0, "should": 0}
    numbered = []
    for finding in findings:
        counts[finding.kind] += 1
        ref = ("M" if finding.kind == "must" else "S") + str(counts[finding.kind])
        numbered.append(finding.model_copy(update={"id": ref}))
    return numbered
