"""Action refs: the one place M1, M2 … S1 … are given, so every output prints the same ref.

Takes an `Extraction`, returns it with its actions in plan order and numbered: musts first,
then shoulds, each in report order of its first finding (the file's place among the reports,
then page, then extraction order); a finding no action placed gets an action of its own.
`cqcplan extract --json` and `make_plan` both call `number_actions`, and grouping a plan
(`--group-by`) only reorders rows, so an action keeps its ref in the JSON, Word, Excel and
CSV whatever the grouping. The result is a pure function of the findings and how they are
grouped: refs a hand-edited file carries are replaced, never trusted.

Finding ids are a different series (F1, F2 …, "R2-F3" in a batch), so "M8" is never both an
action and a finding.
"""

from collections.abc import Callable
from itertools import count

from ..models import Action, Extraction, Finding

FINDING_PREFIX = "F"
# The column headings every output prints over them: an action's ref is never headed "Finding",
# a finding id never "Ref".
REF_LABEL = "Ref"
FINDING_LABEL = "Finding"


def finding_id(number: int) -> str:
    return f"{FINDING_PREFIX}{number}"


def number_actions(extraction: Extraction) -> Extraction:
    """The extraction with canonical refs; every finding in exactly one action."""
    return extraction.model_copy(update={"actions": [action for action, _ in numbered(extraction)]})


def numbered(extraction: Extraction) -> list[tuple[Action, list[Finding]]]:
    """Each action, numbered, with its findings (musts first, then report order), in plan order.
    Findings are matched by position, not id: ids can repeat across the files of a batch."""
    order = report_order(extraction)
    groups = [(action, [extraction.findings[i] for i in sorted(idx, key=lambda i: _key(extraction, i, order))])
              for action, idx in _placed(extraction)]
    groups.sort(key=lambda pair: (_kind(pair[1]) != "must", order(pair[1][0])))
    counters = {"must": count(1), "should": count(1)}
    out = []
    for action, group in groups:
        kind = _kind(group)
        ref = f"{kind[0].upper()}{next(counters[kind])}"
        out.append((Action(ref=ref, findings=[f.id for f in group], kind=kind, merges=action.merges), group))
    return out


def _placed(extraction: Extraction) -> list[tuple[Action, list[int]]]:
    """The actions with their findings' positions, then one action per finding none placed.

    An action naming an id that several files use is refused rather than guessed at.
    """
    positions: dict[str, list[int]] = {}
    for index, finding in enumerate(extraction.findings):
        positions.setdefault(finding.id, []).append(index)
    placed: set[int] = set()
    groups = [(a, [_resolve(a.ref, fid, positions, placed) for fid in a.findings]) for a in extraction.actions]
    groups = [(a, idx) for a, idx in groups if idx]
    loose = [(Action(ref="", findings=[f.id]), [i]) for i, f in enumerate(extraction.findings) if i not in placed]
    return groups + loose


def _resolve(ref: str, fid: str, positions: dict[str, list[int]], placed: set[int]) -> int:
    found = positions.get(fid, [])
    if len(found) != 1 or found[0] in placed:
        raise ValueError(f"action {ref}: finding id {fid!r} {_problem(found)}; every finding must be in one action")
    placed.add(found[0])
    return found[0]


def _problem(found: list[int]) -> str:
    if not found:
        return "is unknown"
    return "is in two actions" if len(found) == 1 else "is used by several findings"


def report_order(extraction: Extraction) -> Callable[[Finding], tuple[int, int, int]]:
    """The file's place among the reports, then page, then extraction order (looked up by
    object, not id, because ids can repeat across files)."""
    files = {r.file: i for i, r in enumerate(extraction.reports)}
    index = {id(f): i for i, f in enumerate(extraction.findings)}
    return lambda f: (files.get(f.file, len(files)), f.page, index[id(f)])


def _key(extraction: Extraction, i: int, order: Callable[[Finding], tuple[int, int, int]]) -> tuple:
    """Musts first inside an action, then report order."""
    finding = extraction.findings[i]
    return (finding.kind != "must", order(finding))


def _kind(group: list[Finding]) -> str:
    return "must" if any(f.kind == "must" for f in group) else "should"
