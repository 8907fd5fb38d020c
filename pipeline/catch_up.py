"""A plan file written as an older version catches up with the store's newest, so edits never fork.

Two leads may type into copies of one version (the Word plan and the tracker drafted from
0.1). Whichever is updated second is based on a version older than the store's newest: its
next version is built on the newest, not beside it. Per field, three-way: what this file
left as its version had it takes the newest's value (what the other lead typed is carried
forward); what this file changed is kept; Progress both changed holds both leads' lines (the
newer version's first); any other field both changed to different values keeps this file's
entry and is reported, naming the other, which is also noted beside it in the file (a reading
note in the action's Progress; for the cover's approval, in its role line) and stays in the
newest version in the store. So every version number is used once and nothing a lead typed is
lost or hidden. `status` and `report` count a file this way too, without writing.
"""

from datetime import date

from ..models.living import APPROVAL_FIELDS, LEAD_FIELDS, Check, FieldChange, label, reading_note
from ..models.plan import ActionPlan, Approval, PlanAction
from .daytext import short_date
from .living import PLAN_REF, SCAFFOLD_FIELDS, closing, next_number, text_of

# What the living plan keeps per action besides the lead's fields: set when an action closes.
KEPT_FIELDS = (*LEAD_FIELDS, "description", "closed_on")


def is_behind(source_version: str, next_version: str, newest: ActionPlan, kept: set[str]) -> bool:
    """Whether a file written as `source_version` (its next: `next_version`) is older than the store's
    `newest`, whose versions are `kept`: then it catches up rather than fork the history."""
    return newest.version != source_version and (source_version in kept or next_version in kept)


def catch_up(base: ActionPlan, ours: ActionPlan, newest: ActionPlan, *, file: str, newest_file: str,
             today: date, counted: bool = False) -> tuple[ActionPlan, list[FieldChange], list[Check]]:
    """`ours`, the next version of `base` read from `file`, rebuilt on `newest` (from `newest_file`):
    the plan, what changed since `newest`, and the checks (one line, then one per field changed in both).
    `counted`: the plan is only counted (status, report), not written, and the line says so."""
    base_by = {a.uid: a for a in base.actions}
    newest_by = {a.uid: a for a in newest.actions}
    conflicts: list[Check] = []
    actions = []
    for action in ours.actions:
        other = newest_by.get(action.uid)
        if other is not None:
            action = _merged(action, base_by.get(action.uid, other), other, newest.version, conflicts)
        actions.append(closing(action, today, []))
    ours_uids = {a.uid for a in ours.actions}
    actions += [a for a in newest.actions if a.uid not in ours_uids]  # added in the newer version
    approval = _merged_approval(ours.approval, base.approval, newest.approval, newest.version, conflicts)
    plan = ours.model_copy(update={"actions": actions, "approval": approval, "version": next_number(newest.version),
                                   "reviews": [*newest.reviews, newest.review()]})
    both = (f"; changed in both, this file's entry kept and version {newest.version}'s noted beside it: "
            + ", ".join(c.message.partition(" changed in both")[0] for c in conflicts)) if conflicts else ""
    older = (f"{file} was written as version {base.version}, but the plan store's newest is {newest.version} "
             f"({newest_file})")
    message = (f"{older}: counted on {newest.version}, with this file's entries where it changed them, as cqcplan "
               f"update would write version {plan.version}{both}" if counted else
               f"{older}: version {plan.version} carries {newest.version}'s entries forward where this file left "
               f"them as they were{both}")
    notice = Check(code="based-on-older-version", severity="warning", message=message)
    return plan, changes_between(newest, plan), [notice, *conflicts]


def _merged(ours: PlanAction, base: PlanAction, newest: PlanAction, newest_version: str,
            conflicts: list[Check]) -> PlanAction:
    update: dict = {}
    scaffold: dict = {}
    notes: list[str] = []
    for field in KEPT_FIELDS:
        value = _pick(field, _raw(ours, field), _raw(base, field), _raw(newest, field), ours.ref, newest_version,
                      conflicts, notes)
        if value is not _OURS:
            (scaffold if field in SCAFFOLD_FIELDS else update)[field] = value
    if notes:  # the other lead's entry, beside this one in the file, so the lead sees both
        progress = update.get("progress", ours.progress)
        update["progress"] = "\n".join(dict.fromkeys([*progress.splitlines(), *notes])).strip()
    if scaffold:
        update["scaffold"] = ours.scaffold.model_copy(update=scaffold)
    return ours.model_copy(update=update)


def _merged_approval(ours: Approval, base: Approval, newest: Approval, newest_version: str,
                     conflicts: list[Check]) -> Approval:
    notes: list[str] = []
    update = {field: _pick(field, getattr(ours, field), getattr(base, field), getattr(newest, field), PLAN_REF,
                           newest_version, conflicts, notes) for field in APPROVAL_FIELDS}
    update = {k: v for k, v in update.items() if v is not _OURS}
    if notes:  # on the cover, in the role line, as a value that fits no approval field is kept
        update["approver_role"] = "; ".join(filter(None, [update.get("approver_role", ours.approver_role), *notes]))
    return ours.model_copy(update=update)


_OURS = object()


def _pick(field, ours, base, newest, ref, newest_version, conflicts, notes):
    """The newest's value where this file left the field as it was; else this file's (reported, and the
    newest's noted, if both changed)."""
    if ours == base:
        return newest
    if field == "progress" and newest not in (base, ours):  # a running note: both leads' lines, the newer first
        return "\n".join(dict.fromkeys([*newest.splitlines(), *(line for line in ours.splitlines()
                                                                   if line not in base.splitlines())]))
    if newest not in (base, ours) and field != "closed_on":
        where = "the role line" if ref == PLAN_REF else "Progress"
        conflicts.append(Check(
            code="changed-in-both", severity="warning", ref=ref,
            message=f"{ref}: {label(field)} changed in both: this file has “{_shown(ours)}”, version "
                    f"{newest_version} has “{_shown(newest)}”; kept this file's, and the other in {where} "
                    f"(version {newest_version} in the plan store keeps it too)"))
        notes.append(reading_note(field, f"{_shown(newest) or '(empty)'} (in version {newest_version}; "
                                         f"this file's “{_shown(ours)}” kept)"))
    return _OURS


def _raw(action: PlanAction, field: str):
    return getattr(action.scaffold, field) if field in SCAFFOLD_FIELDS else getattr(action, field)


def _shown(value) -> str:
    return short_date(value) if isinstance(value, date) else " ".join(str(value or "").split())


def changes_between(older: ActionPlan, newer: ActionPlan) -> list[FieldChange]:
    """Each lead field (and closing) that differs from `older` to `newer`, per action, then the approval."""
    older_by = {a.uid: a for a in older.actions}
    changes = []
    for action in newer.actions:
        before = older_by.get(action.uid)
        for field in (*LEAD_FIELDS, "closed_on"):
            old, new = (text_of(before, field) if before else ""), text_of(action, field)
            if old != new:
                changes.append(FieldChange(uid=action.uid, ref=action.ref, field=field, old=old, new=new))
    for field in APPROVAL_FIELDS:
        old, new = text_of(older.approval, field), text_of(newer.approval, field)
        if old != new:
            changes.append(FieldChange(uid="", ref=PLAN_REF, field=field, old=old, new=new))
    return changes
