"""A reviewer's changes to an extraction: retag an action, split a merge, mark it reviewed.

Each change returns a new `Extraction` whose refs are renumbered by `pipeline/refs.py`, so
the web page, and every file downloaded from it, are made by the same `make_plan` and
`render` as the command line: the plan reflects the reviewed state and nothing else.
"""

from pydantic import BaseModel

from ..models import Action, Extraction, Finding, Tag
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
    """One action per statement of merged action `ref`; the others keep their merges."""
    action = _action(review, ref)
    if len(action.findings) < 2:
        raise LookupError(f"{ref} answers one statement; there is nothing to split.")
    parts = [Action(ref="", findings=[fid], kind=action.kind) for fid in action.findings]
    actions = [part for a in review.extraction.actions for part in (parts if a.ref == ref else [a])]
    reviewed = [ids for ids in review.reviewed if ids != action.findings]
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
