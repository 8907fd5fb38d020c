"""Extraction to a first-draft action plan.

Takes `Extraction`, returns `ActionPlan`. Musts come first, then shoulds, each in
report order, numbered M1, M2 … S1, S2 …; an action that answers a must and a should
is a must, because the legal requirement sets its priority. Every finding ends up in
exactly one action: one the merge stage did not place gets an action of its own, so
nothing CQC wrote can drop out of the plan. Each action gets A/B/C prompts for its
topic; the fields a trust fills in (lead, deadline, BRAG …) start empty.
"""

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import count
from typing import Literal

from cqcplan.models import Extraction, Finding, MergeLink, Tag
from cqcplan.models.plan import NO_SERVICE, ActionPlan, PlanAction, Wording
from cqcplan.pipeline.glossary import glossary_for
from cqcplan.pipeline.plan_summary import KEY_QUESTIONS, NOT_TAGGED, regulation_text, summarise
from cqcplan.pipeline.scaffold import scaffold_for

GroupBy = Literal["key-question", "service"]
_FIELD_LABEL = {"domain": "Key question", "regulation": "Regulation", "quality_statement": "Quality statement"}
_BASIS_LABEL = {
    "explicit": "cited in the statement",
    "requirement_notice": "from the requirement notice",
    "section": "from the section it is printed under",
    "wording": "from its wording",
}


def make_plan(extraction: Extraction, *, version: str = "0.1", today: date | None = None,
              group_by: GroupBy | None = None) -> ActionPlan:
    """`group_by` ("key-question" or "service") orders a combined plan's actions group by group,
    musts first within each group; the numbering follows that order."""
    groups = _groups(extraction)
    if group_by:
        groups = _by_group(groups, GROUP_LABELS[group_by])
    links = _links_by_finding(extraction)
    actions = [_action(ref, group, links) for ref, group in _numbered(groups)]
    return ActionPlan(
        reports=extraction.reports,
        version=version,
        date=today or date.today(),
        summary=summarise(list(zip(actions, groups)), len(extraction.findings)),
        actions=actions,
        glossary=glossary_for([w.text for a in actions for w in a.wordings]),
    )


def _groups(extraction: Extraction) -> list[list[Finding]]:
    """Findings per action, musts first within each and the groups in plan order."""
    order = _report_order(extraction)
    groups = [_sorted(g, order) for g in _grouped(extraction) if g]
    return sorted(groups, key=lambda g: (_kind(g) != "must", order(g[0])))


def _grouped(extraction: Extraction) -> list[list[Finding]]:
    """The actions' findings, then one group per finding no action placed.

    Findings are tracked by position: ids can repeat across the files of a batch, so an
    action naming an id that several files use is refused rather than guessed at.
    """
    positions: dict[str, list[int]] = {}
    for index, finding in enumerate(extraction.findings):
        positions.setdefault(finding.id, []).append(index)
    placed: set[int] = set()
    groups = []
    for action in extraction.actions:
        group = [_resolve(action.ref, fid, positions, placed) for fid in action.findings]
        groups.append([extraction.findings[i] for i in group])
    return groups + [[f] for i, f in enumerate(extraction.findings) if i not in placed]


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


def _key_question_group(group: list[Finding]) -> str:
    return next((kq for f in group if (kq := _key_question(f.domain))), NOT_TAGGED)


def _service_group(group: list[Finding]) -> str:
    return next((s for f in group for s in _services(f)), NO_SERVICE)


GROUP_LABELS: dict[str, Callable[[list[Finding]], str]] = {"key-question": _key_question_group, "service": _service_group}


def _by_group(groups: list[list[Finding]], label: Callable[[list[Finding]], str]) -> list[list[Finding]]:
    """Stable sort by group: key questions in CQC order, services in order of first appearance."""
    labels = [label(g) for g in groups]
    rank = {kq: i for i, kq in enumerate(KEY_QUESTIONS)}
    first = {}
    for name in labels:
        first.setdefault(name, len(first))
    return [g for _, g in sorted(zip(labels, groups), key=lambda pair: rank.get(pair[0], len(rank) + first[pair[0]]))]


def _report_order(extraction: Extraction) -> Callable[[Finding], tuple[int, int, int]]:
    """Report order: the file's place among the reports, then page, then extraction order.

    Extraction order is looked up by object, not id, because ids can repeat across files.
    """
    files = {r.file: i for i, r in enumerate(extraction.reports)}
    index = {id(f): i for i, f in enumerate(extraction.findings)}
    return lambda f: (files.get(f.file, len(files)), f.page, index[id(f)])


def _sorted(group: list[Finding], order: Callable[[Finding], tuple[int, int, int]]) -> list[Finding]:
    return sorted(group, key=lambda f: (f.kind != "must", order(f)))


def _kind(group: list[Finding]) -> str:
    return "must" if any(f.kind == "must" for f in group) else "should"


def _numbered(groups: list[list[Finding]]) -> Iterator[tuple[str, list[Finding]]]:
    """M1, M2 … for musts and S1, S2 … for shoulds, in the order given."""
    counters = {"must": count(1), "should": count(1)}
    for group in groups:
        kind = _kind(group)
        yield f"{kind[0].upper()}{next(counters[kind])}", group


def _action(ref: str, group: list[Finding], links: dict[tuple[str, str], list[MergeLink]]) -> PlanAction:
    titles = "\n".join(r.title for f in group for r in f.regulations if r.title)
    scaffold, evidence = scaffold_for("\n".join(f.text for f in group), titles)
    wordings = [_wording(f, _links_to_earlier(group, k, links), group) for k, f in enumerate(group)]
    return PlanAction(
        ref=ref,
        kind=_kind(group),
        services=_unique(s for f in group for s in _services(f)) or [NO_SERVICE],
        key_question=next((kq for f in group if (kq := _key_question(f.domain))), None),
        quality_statement=next((f.quality_statement for f in group if f.quality_statement), None),
        regulations=_unique(regulation_text(r) for f in group for r in f.regulations),
        wordings=wordings,
        scaffold=scaffold,
        evidence=evidence,
        review=any(w.review for w in wordings),
        notices=notice_labels(group),
    )


def notice_labels(group: list[Finding]) -> list[str]:
    """"Requirement notice", "Warning notice" …: the enforcement behind an action's findings."""
    from cqcplan.models.finding import ENFORCEMENT_LABELS

    return _unique(ENFORCEMENT_LABELS[e.type] for f in group for e in f.enforcement)


def _links_by_finding(extraction: Extraction) -> dict[tuple[str, str], list[MergeLink]]:
    """Each merge link under both of its findings, keyed by (file, id): ids repeat across files."""
    links: dict[tuple[str, str], list[MergeLink]] = {}
    for action in extraction.actions:
        for link in action.merges:
            links.setdefault((link.a_file, link.a), []).append(link)
            links.setdefault((link.b_file, link.b), []).append(link)
    return links


def _links_to_earlier(group: list[Finding], k: int, links: dict[tuple[str, str], list[MergeLink]]) -> list[MergeLink]:
    """The merge links from the k-th finding to one printed earlier in its action."""
    here = (group[k].file, group[k].id)
    earlier = {(f.file, f.id) for f in group[:k]}
    return [link for link in links.get(here, []) if _other_end(link, here) in earlier]


def _other_end(link: MergeLink, here: tuple[str, str]) -> tuple[str, str]:
    return (link.b_file, link.b) if (link.a_file, link.a) == here else (link.a_file, link.a)


def _merge_note(finding: Finding, link: MergeLink, group: list[Finding]) -> str:
    """"Merged with p. 12, Surgery: shares “fridge”, “temperature” (similarity 0.45)", so a reviewer
    can undo a wrong merge knowing what it rested on."""
    other_key = _other_end(link, (finding.file, finding.id))
    other = next(f for f in group if (f.file, f.id) == other_key)
    shared = ", ".join(f"“{term}”" for term in link.shared_terms) or "no terms"
    weak = "; a weak match: check it is one issue" if link.review else ""
    return f"Merged with {_place(other, finding.file)}: shares {shared} (similarity {link.score:.2f}{weak})"


def _place(finding: Finding, beside: str) -> str:
    parts = [f"p. {finding.page}", finding.service or "", "" if finding.file == beside else finding.file]
    return ", ".join(p for p in parts if p)


def _wording(finding: Finding, merges: list[MergeLink], group: list[Finding]) -> Wording:
    return Wording(
        finding_id=finding.id,
        kind=finding.kind,
        text=finding.text,
        file=finding.file,
        page=finding.page,
        section=finding.section,
        service=finding.service,
        also_at=finding.also_at,
        basis=[tag_basis(t) for t in finding.tags],
        review=finding.review or any(link.review for link in merges),
        merged_because="\n".join(_merge_note(finding, link, group) for link in merges),
    )


def tag_basis(tag: Tag) -> str:
    """"Key question Safe: from its wording (“fridge”)", so a reviewer sees why without the JSON."""
    quoted = f" (“{tag.evidence}”)" if tag.basis == "wording" and tag.evidence else ""
    return f"{_FIELD_LABEL[tag.field]} {tag.value}: {_BASIS_LABEL[tag.basis]}{quoted}"


def _services(finding: Finding) -> list[str]:
    """The service it was printed under, and any other service list that repeats it."""
    return [s for s in [finding.service, *(p.service for p in finding.also_at)] if s]


def _key_question(domain: str | None) -> str | None:
    """Canonical spelling ("well led" → "Well-led"), so the xlsx drop-down list accepts it."""
    if not domain:
        return None
    folded = domain.strip().lower().replace(" ", "-")
    return next((kq for kq in KEY_QUESTIONS if kq.lower() == folded), domain.strip())


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
