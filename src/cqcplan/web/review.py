"""A reviewer's changes to an extraction: retag an action, split a merge, join actions, mark one reviewed.

Each change returns a new `Extraction` whose refs are renumbered by `pipeline/refs.py`, so
the web page, and every file downloaded from it, are made by the same `make_plan` and
`render` as the command line: the plan reflects the reviewed state and nothing else.
"""

from pydantic import BaseModel

from ..models import Action, Extraction, Finding, MergeLink, Tag
from ..models.report import ReportExtraction

REVIEWER = Tag(field="theme", value="", basis="reviewer", evidence="set on the review page", rule_id="reviewer",
               confidence=1.0)


class Review(BaseModel):
    """One visitor's work: the reports read and the extraction as the reviewer left it."""

    reports: list[ReportExtraction]
    extraction: Extraction
    reviewed: list[list[str]] = []  # finding ids of each action marked reviewed


def start(reports: list[ReportExtraction]) -> Review:
    from ..api import to_extraction

    return Review(reports=reports, extraction=to_extraction(reports))


def _action(review: Review, ref: str) -> Action:
    found = next((a for a in review.extraction.actions if a.ref == ref), None)
    if found is None:
        raise LookupError(f"There is no action {ref} any more; the page has been refreshed.")
    return found


def _renumbered(review: Review, findings: list[Finding], actions: list[Action], reviewed=None) -> Review:
    from ..pipeline.refs import number_actions

    extraction = number_actions(review.extraction.model_copy(update={"findings": findings, "actions": actions}))
    return review.model_copy(update={"extraction": extraction,
                                     "reviewed": review.reviewed if reviewed is None else reviewed})


def _replace_findings(review: Review, ids: list[str], change) -> list[Finding]:
    return [change(f) if f.id in ids else f for f in review.extraction.findings]


def retag(review: Review, ref: str, theme_id: str) -> Review:
    """Give every statement of action `ref` the theme and its key question, with "reviewer" as the basis."""
    from ..pipeline.themes import by_id

    theme = by_id().get(theme_id)
    if theme is None:
        raise LookupError("Choose a theme from the list.")
    action = _action(review, ref)

    def change(f: Finding) -> Finding:
        tags = [t for t in f.tags if t.field not in ("theme", "domain")]
        tags += [REVIEWER.model_copy(update={"field": "domain", "value": theme.key_question}),
                 REVIEWER.model_copy(update={"value": theme.name})]
        return f.model_copy(update={"domain": theme.key_question, "theme": theme.name, "tags": tags, "review": False})

    findings = _replace_findings(review, action.findings, change)
    return _renumbered(review, findings, review.extraction.actions)


def split(review: Review, ref: str) -> Review:
    """Undo the reviewer's join of action `ref` (its actions as they were), else one action per
    statement of the merged action; the other actions keep their merges."""
    action = _action(review, ref)
    if len(action.findings) < 2:
        raise LookupError(f"{ref} answers one statement; there is nothing to split.")
    parts = split_parts(action)
    actions = [part for a in review.extraction.actions for part in (parts if a.ref == ref else [a])]
    reviewed = [ids for ids in review.reviewed if ids != action.findings]
    return _renumbered(review, review.extraction.findings, actions, reviewed)


def split_parts(action: Action) -> list[Action]:
    """The actions a split gives: the groups a reviewer joined, each with the merge stage's links
    (found as the parts the merge links hold together once the reviewer's are taken out); one
    action per statement when no reviewer joined it."""
    kept = [m for m in action.merges if m.basis != "reviewer"]
    if len(kept) == len(action.merges):
        return [Action(ref="", findings=[fid], kind=action.kind) for fid in action.findings]
    group = {fid: {fid} for fid in action.findings}
    for link in kept:
        joined = group[link.a] | group[link.b]
        for fid in joined:
            group[fid] = joined
    parts = list({id(g): g for g in (group[fid] for fid in action.findings)}.values())
    return [Action(ref="", findings=[f for f in action.findings if f in part], kind=action.kind,
                   merges=[m for m in kept if m.a in part]) for part in parts]


def join(review: Review, refs: list[str]) -> Review:
    """One action answering every statement of actions `refs`, each wording and its place kept;
    a link with basis "reviewer" ties each action's first statement to the first action's, so
    the plan says "Joined by a reviewer" and split undoes it. A must joined with a should is a
    must (refs are renumbered as the plan step numbers them)."""
    refs = list(dict.fromkeys(refs))
    if len(refs) < 2:
        raise LookupError("Choose two or more actions to join (tick “Select … to join” beside each).")
    chosen = [_action(review, ref) for ref in refs]
    order = {a.ref: n for n, a in enumerate(review.extraction.actions)}
    chosen.sort(key=lambda a: order[a.ref])
    files = {f.id: f.file for f in review.extraction.findings}
    hub = chosen[0].findings[0]
    links = [MergeLink(a=hub, b=a.findings[0], a_file=files[hub], b_file=files[a.findings[0]], score=1.0,
                       shared_terms=[], basis="reviewer") for a in chosen[1:]]
    joined = Action(ref="", findings=[fid for a in chosen for fid in a.findings],
                    kind="must" if any(a.kind == "must" for a in chosen) else "should",
                    merges=[m for a in chosen for m in a.merges] + links)
    others = {a.ref for a in chosen[1:]}
    actions = [joined if a.ref == chosen[0].ref else a for a in review.extraction.actions if a.ref not in others]
    reviewed = [ids for ids in review.reviewed if ids not in [a.findings for a in chosen]]
    return _renumbered(review, review.extraction.findings, actions, reviewed)


def mark_reviewed(review: Review, ref: str) -> Review:
    """A person has confirmed the action's tags and merges: it is no longer marked "Check"."""
    action = _action(review, ref)

    def confirmed(f: Finding) -> Finding:
        prior = f.repeat_of.model_copy(update={"review": False}) if f.repeat_of else None
        return f.model_copy(update={"review": False, "repeat_of": prior})

    findings = _replace_findings(review, action.findings, confirmed)
    merges = [m.model_copy(update={"review": False}) for m in action.merges]
    actions = [a.model_copy(update={"merges": merges}) if a.ref == ref else a for a in review.extraction.actions]
    return _renumbered(review, findings, actions, [*review.reviewed, action.findings])


def is_reviewed(review: Review, action_findings: list[str]) -> bool:
    return action_findings in review.reviewed
