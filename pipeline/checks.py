"""Checks on a plan version at a given day: what a quality lead would look for at review.

A must with no lead or deadline; deadlines overdue or due within 30 days; deadlines
bunched in one week or month (the "seven steps" guide's red flag: they will not all be
met); BRAG that contradicts the status or the evidence (Blue needs evidence and a C audit
line that is no longer a prompt, and an executive sign-off, named and dated). Blue's checks
apply whether the action is open or closed: evidence and sign-off on every closed action (the
Closed actions table has both fields), the C audit line on one closed in this version (that
table has no A/B/C lines to fix it in afterwards). Closed actions' dates are not checked.
"""

from collections import Counter
from datetime import date, timedelta

from ..models.living import Check
from ..models.plan import ActionPlan, PlanAction
from .daytext import short_date

DUE_SOON_DAYS = 30
WEEK_LIMIT = 5  # deadlines in one ISO week before it is a cluster
MONTH_SHARE = 0.5  # share of dated open actions in one month before it is a cluster
MONTH_MIN = 6  # ... when at least this many fall in it
PROMPT = "Prompt:"


def check_plan(plan: ActionPlan, today: date) -> list[Check]:
    open_actions = [a for a in plan.actions if not a.is_closed]
    checks: list[Check] = []
    for action in plan.actions:
        if not action.is_closed:
            checks += _missing(action) + _dates(action, today) + _brag(action)
        checks += _assured(action, audit=not action.is_closed or action.closed_on == plan.date) + _sign_off(action)
    return checks + _clusters(open_actions)


def _missing(action: PlanAction) -> list[Check]:
    if action.kind != "must" or action.local:
        return []
    return [Check(code=f"must-no-{field.replace('_', '-')}", severity="warning", ref=action.ref,
                  message=f"{action.ref}: a must with no {label}")
            for field, label in (("lead", "lead"), ("deadline", "deadline")) if not getattr(action, field)]


def days_left(action: PlanAction, today: date) -> int | None:
    """Days from `today` to an unfinished action's deadline (negative: overdue); None when it
    has no deadline or is Complete or Closed. The progress report judges deadlines by this too."""
    if action.deadline is None or action.status in ("Complete", "Closed"):
        return None
    return (action.deadline - today).days


def _dates(action: PlanAction, today: date) -> list[Check]:
    days = days_left(action, today)
    if days is None:
        return []
    when = short_date(action.deadline)
    if days < 0:
        code, severity = ("overdue-must", "error") if action.kind == "must" else ("overdue", "warning")
        return [Check(code=code, severity=severity, ref=action.ref,
                      message=f"{action.ref}: overdue by {-days} day{'s' * (days != -1)} (deadline {when})")]
    if days <= DUE_SOON_DAYS:
        return [Check(code="due-soon", severity="info", ref=action.ref,
                      message=f"{action.ref}: due in {days} day{'s' * (days != 1)} ({when})")]
    return []


def _assured(action: PlanAction, *, audit: bool) -> list[Check]:
    """Blue needs evidence and, when `audit`, a C audit line a lead wrote."""
    if action.brag != "Blue":
        return []
    found = []
    evidence = action.evidence.strip()
    if not evidence or evidence.startswith(PROMPT):
        found.append(("blue-without-evidence", "Blue (assured) but no evidence is recorded"))
    if audit and not action.local and (not action.scaffold.audit.strip() or action.scaffold.audit.startswith(PROMPT)):
        found.append(("blue-without-audit", "Blue (assured) but the C audit line is still a prompt"))
    return _warnings(action, found)


def _brag(action: PlanAction) -> list[Check]:
    found = []
    if action.brag in ("Green", "Blue") and action.status == "Open":
        found.append(("brag-status", f"BRAG {action.brag} (complete) but status Open"))
    if action.brag in ("Red", "Amber") and action.status in ("Complete", "Closed"):
        found.append(("brag-status", f"status {action.status} but BRAG {action.brag}"))
    return _warnings(action, found)


def _warnings(action: PlanAction, found: list[tuple[str, str]]) -> list[Check]:
    return [Check(code=code, severity="warning", ref=action.ref, message=f"{action.ref}: {text}") for code, text in found]


def _sign_off(action: PlanAction) -> list[Check]:
    if action.brag != "Blue" or (action.signed_off_by.strip() and action.signed_off_on):
        return []
    missing = "no executive sign-off is recorded" if not action.signed_off_by.strip() else \
        f"the executive sign-off ({action.signed_off_by.strip()}) has no date"
    return [Check(code="blue-without-signoff", severity="warning", ref=action.ref,
                  message=f"{action.ref}: Blue (assured) but {missing}")]


def _clusters(actions: list[PlanAction]) -> list[Check]:
    dated = [a for a in actions if a.deadline]
    checks = []
    weeks = Counter(_week_start(a.deadline) for a in dated)
    for start, count in sorted(weeks.items()):
        if count >= WEEK_LIMIT:
            checks.append(Check(code="deadline-cluster", severity="warning",
                                message=f"{count} deadlines fall in the week of {short_date(start)}: spread them out"))
    months = Counter((a.deadline.year, a.deadline.month) for a in dated)
    for (year, month), count in sorted(months.items()):
        if count >= MONTH_MIN and count >= MONTH_SHARE * len(dated):
            checks.append(Check(code="deadline-cluster", severity="warning",
                                message=f"{count} of {len(dated)} deadlines fall in {date(year, month, 1):%B %Y}: "
                                        "spread them out"))
    return checks


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())
