"""Stable ids for a plan and its actions, so versions and rows can be matched after edits.

Refs are what people read and may retype; the ids are what cqcplan matches on. Both are
derived from the source reports' SHA-256 and the action's first finding, so drafting the
same report twice gives the same ids, and they are never recomputed once written.
"""

import hashlib

from ..models.plan import ActionPlan, PlanAction


def plan_id(plan: ActionPlan) -> str:
    return _digest("plan", *sorted(r.sha256 for r in plan.reports))


def ensure_ids(plan: ActionPlan) -> ActionPlan:
    """Give the plan and each action an id where they have none yet."""
    pid = plan.plan_id or plan_id(plan)
    actions = [a if a.uid else a.model_copy(update={"uid": action_uid(pid, a)}) for a in plan.actions]
    return plan.model_copy(update={"plan_id": pid, "actions": actions})


def action_uid(pid: str, action: PlanAction) -> str:
    first = action.wordings[0].finding_id if action.wordings else action.description
    return "a" + _digest(pid, action.ref, first)[:11]


def local_uid(pid: str, ref: str, position: int, text: str) -> str:
    return "l" + _digest(pid, "local", ref, str(position), text)[:11]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
