"""The board's progress report: counts by key question and core service, BRAG over versions,
overdue and due-soon actions, closed actions. Numbers only; the renderer writes sentences.

Takes the plan version in the file, the same plan with the leads' edits laid over it
(pipeline/living.py) and the progress rows of the versions in the plan store; returns
`ProgressReport`. Deadlines are judged by `checks.days_left`, so `status` and the report
never disagree about what is overdue. Musts come first in every list of actions.
"""

from collections.abc import Callable
from datetime import date

from ..models import KEY_QUESTIONS
from ..models.plan import BRAGS, NO_SERVICE, NOT_RATED, STATUSES, ActionPlan, PlanAction, Review, services_in_report_order
from ..models.progress import ClosedAction, DueAction, GroupProgress, ProgressReport
from .briefs import OWN_ACTIONS, area, key_question, statements, who, written
from .checks import DUE_SOON_DAYS, days_left
from .plan_summary import NOT_TAGGED

LOCAL = "Local actions"  # rows a trust added: they answer no CQC statement and name no core service


def make_progress(source: ActionPlan, current: ActionPlan, *, edited: bool, stored: list[Review],
                  from_store: bool, today: date, behind: str = "") -> ProgressReport:
    """`source` is the version counted on (the file's, or the store's newest when the file was written
    as an older one: `behind` says so), `current` it with what leads have typed since."""
    actions = current.actions
    now = current.model_copy(update={"version": source.version, "date": today if edited else source.date}).review()
    due = [(days, a) for a in actions if not a.is_closed and (days := days_left(a, today)) is not None]
    total = tally("All actions", actions)
    return ProgressReport(
        title=who(source), provider=" / ".join(dict.fromkeys(r.provider for r in source.reports if r.provider)),
        version=source.version, plan_date=source.date, today=today, edited=edited, behind=behind,
        must=total.must, should=total.should, by_brag=total.brag, by_status=total.status,
        by_key_question=_groups(actions, lambda a: [area(a)], [*KEY_QUESTIONS, NOT_TAGGED], last=[OWN_ACTIONS]),
        by_service=_groups(actions, service_labels, services_in_report_order(source.reports), last=[NO_SERVICE, LOCAL]),
        versions=_versions(stored, now), from_store=from_store,
        overdue=_musts_first([_due(a, d) for d, a in due if d < 0], lambda d: (d.deadline, d.ref)),
        due_soon=_musts_first([_due(a, d) for d, a in due if 0 <= d <= DUE_SOON_DAYS],
                              lambda d: (d.deadline, d.ref)),
        due_soon_days=DUE_SOON_DAYS,
        closed=_musts_first([_closed(a) for a in actions if a.is_closed], lambda c: (c.closed_on, c.ref)))


def tally(label: str, actions: list[PlanAction]) -> GroupProgress:
    """Musts, shoulds, each BRAG and each status of `actions`; `status` and the board's report
    both count with it, so "closed" means `PlanAction.is_closed` in both."""
    return GroupProgress(label=label, must=sum(a.kind == "must" for a in actions),
                         should=sum(a.kind == "should" for a in actions),
                         brag={b: sum((a.brag or NOT_RATED) == b for a in actions) for b in (*BRAGS, NOT_RATED)},
                         status={s: sum(a.counted_status == s for a in actions) for s in STATUSES})


def ranked(counts: dict[str, int], order, last=()) -> dict[str, int]:
    """`counts` with known labels in their usual `order` (Red, Amber …; Safe, Effective …), then the rest
    by name, then `last` (as a plan grouped by service puts "Provider-wide" after the core services)."""
    rank = {label: n for n, label in enumerate(order)} | {label: n for n, label in enumerate(last, len(order) + 1)}
    return dict(sorted(counts.items(), key=lambda item: (rank.get(item[0], len(order)), item[0])))


def _groups(actions: list[PlanAction], labels: Callable[[PlanAction], list[str]], order: list[str],
            last: list[str] = ()) -> list[GroupProgress]:
    """One group per label that has actions: `order` first, then labels as the plan first meets them,
    then `last` (as a plan grouped by service puts "Provider-wide" after the core services)."""
    found = dict.fromkeys(label for a in actions for label in labels(a))
    in_order = ([label for label in order if label in found] + [label for label in found if label not in (*order, *last)]
                + [label for label in last if label in found])
    return [tally(label, [a for a in actions if label in labels(a)]) for label in in_order]


def service_labels(action: PlanAction) -> list[str]:
    """The core services an action is counted under: its own, "Local actions" for a row a trust
    added, else "Provider-wide" (`status` and the board's report count alike)."""
    return action.services or [LOCAL if action.local else NO_SERVICE]


def _versions(stored: list[Review], now: Review) -> list[Review]:
    """The store's rows, one per version (the last recorded), up to this file's version, which is
    shown as read now (after them when the store does not hold it): the report is of this version,
    so its heading and its last row agree."""
    by_version = {r.version: r for r in stored}
    kept = list(by_version)[: list(by_version).index(now.version)] if now.version in by_version else list(by_version)
    return [by_version[v] for v in kept] + [now]


def _due(action: PlanAction, days: int) -> DueAction:
    return DueAction(ref=action.ref, kind=action.kind, key_question=key_question(action),
                     statements=statements(action), description=action.description, lead=action.lead,
                     deadline=action.deadline, days=days, brag=action.brag, status=action.status)


def _closed(action: PlanAction) -> ClosedAction:
    return ClosedAction(ref=action.ref, kind=action.kind, key_question=key_question(action),
                        statements=statements(action), description=action.description, closed_on=action.closed_on,
                        evidence=written(action.evidence), lessons=written(action.lessons))


def _musts_first(items: list, then: Callable) -> list:
    return sorted(items, key=lambda item: (item.kind != "must", *then(item)))
