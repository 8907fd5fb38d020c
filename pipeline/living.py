"""The next version of a plan from what the leads typed into the last one.

Matching is by the hidden row id, then by ref; a row matching nothing is a local action
and is kept. CQC's wordings always come from the embedded source, so an edited wording is
restored (and flagged); a row that was deleted is kept (and flagged). Every value a lead
typed lands in a field of the next version; a value that does not fit its field (a
deadline or sign-off date that is not a date, a BRAG or review cadence not on its list, a
tracker cell's formula, which is never worked out) is
flagged and kept in the progress text (the cover's approval date: in its role line), so
nothing typed is lost. The cover's approval is read like a row's fields; its changes are
recorded under the ref "Plan". CQC actions keep the plan's order; local ones follow.
"""

import re
from datetime import date

from ..models.living import (APPROVAL_FIELDS, DATE_FIELDS, LEAD_FIELDS, Check, FieldChange, PlanReading, ReadRow, label,
                             reading_note)
from ..models.plan import BRAGS, CADENCES, STATUSES, ActionPlan, Approval, PlanAction, Scaffold
from .daytext import parse_day
from .identity import local_uid

SCAFFOLD_FIELDS = ("change", "communicate", "audit")
DONE = ("Complete", "Closed")
LESSONS_PROMPT = "Prompt: What did we learn, and what keeps the change in place?"
STATUS_WORDS = {"not started": "Open", "in hand": "In progress", "ongoing": "In progress", "completed": "Complete",
                "done": "Complete"}
CADENCE_WORDS = {"every week": "Weekly", "every two weeks": "Fortnightly", "two-weekly": "Fortnightly",
                 "2-weekly": "Fortnightly", "every month": "Monthly", "every quarter": "Quarterly",
                 "three-monthly": "Quarterly", "3-monthly": "Quarterly"}
# A drop-down field: its choices and the other words read as one of them.
CHOICES = {"brag": (BRAGS, {}), "status": (STATUSES, STATUS_WORDS), "review_cadence": (CADENCES, CADENCE_WORDS)}
PLAN_REF = "Plan"  # the ref of a change to the plan as a whole (its approval on the cover)


def next_version(reading: PlanReading, today: date) -> tuple[ActionPlan, list[FieldChange], list[Check]]:
    source = reading.source
    by_uid = {a.uid: a for a in source.actions}
    by_ref = {a.ref: a for a in source.actions}
    matched: dict[str, PlanAction] = {}
    local: list[PlanAction] = []
    checks: list[Check] = []
    changes: list[FieldChange] = []
    for row in sorted(reading.rows, key=lambda r: r.position):
        action = _match(row, by_uid, by_ref, matched)
        if action is None:
            action = _local_action(source, row, len(local) + sum(a.local for a in source.actions) + 1)
            checks.append(Check(code="local-row", severity="info", ref=action.ref,
                                message=f"{action.ref}: a row cqcplan did not write; kept as a local action"))
            local.append(_apply(action, row, checks, changes, new=True, notes=_formula_words(action, row, checks)))
            continue
        if row.second_line_only:
            checks.append(Check(code="deleted-row", severity="warning", ref=action.ref,
                                message=f"{action.ref}: its row was deleted from the plan; kept as it was, "
                                        "with what its second line holds"))
        elif not action.local and not _wording_intact(action, row, reading.format):
            checks.append(Check(code="wording-changed", severity="warning", ref=action.ref,
                                message=f"{action.ref}: the CQC wording was edited; restored from the report "
                                        "(CQC's words are never changed; write notes in Progress)"))
        notes = []
        if action.local:  # its own words are the lead's, read back like any field
            typed = _typed_words(row)
            action = action.model_copy(update={"description": typed or action.description})
            notes = _formula_words(action, row, checks)
        matched[action.uid] = _apply(action, row, checks, changes, new=False, notes=notes)
    actions = []
    for action in source.actions:
        if action.uid not in matched:
            checks.append(Check(code="deleted-row", severity="warning", ref=action.ref,
                                message=f"{action.ref}: its row was deleted from the plan; kept as it was"))
        actions.append(closing(matched.get(action.uid, action), today, changes))
    actions += [closing(a, today, changes) for a in local]
    plan = source.model_copy(update={"actions": actions, "version": next_number(source.version), "date": today,
                                     "reviews": [*source.reviews, source.review()],
                                     "approval": _approval(source.approval, reading, checks, changes)})
    return plan, changes, checks


def next_number(version: str) -> str:
    """0.1 -> 0.2, 1.9 -> 1.10; anything else gets ".1" added."""
    match = re.fullmatch(r"(\d+)\.(\d+)", version.strip())
    return f"{match.group(1)}.{int(match.group(2)) + 1}" if match else f"{version}.1"


def _match(row: ReadRow, by_uid: dict, by_ref: dict, matched: dict) -> PlanAction | None:
    """By id; by ref only when the row has no id (its hidden control was lost). A second row with
    an id already matched is a copied row: a local action."""
    action = by_uid.get(row.uid) if row.uid else by_ref.get(row.ref)
    return action if action is not None and action.uid not in matched else None


def _wording_intact(action: PlanAction, row: ReadRow, fmt: str) -> bool:
    """Each CQC wording still reads as written (spacing aside); the Word cell also holds source lines."""
    cell = _squeeze(row.wording)
    return all(_squeeze(w.text) in cell for w in action.wordings)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _local_action(source: ActionPlan, row: ReadRow, number: int) -> PlanAction:
    description = _typed_words(row)
    ref = row.ref or f"L{number}"
    return PlanAction(ref=ref, kind="should", services=[], wordings=[], local=True, description=description,
                      scaffold=Scaffold(topic="Local action", change="", communicate="", audit=""),
                      uid=local_uid(source.plan_id, ref, row.position, description))


def _typed_words(row: ReadRow) -> str:
    """A local action's own words as the row holds them: a tracker formula's saved value, else the
    formula itself as typed (as text: never worked out; `_formula_words` flags it)."""
    typed = (row.values.get("description") or row.wording).strip()
    return typed or row.formulas.get("description") or row.formulas.get("wording") or ""


def _formula_words(action: PlanAction, row: ReadRow, checks: list[Check]) -> list[str]:
    """A formula typed as a local action's words is handled like any formula cell: flagged, kept in Progress."""
    formula = row.formulas.get("description") or row.formulas.get("wording")
    notes: list[str] = []
    if formula:
        shown = (row.values.get("description") or row.wording).strip()
        _flag(action.ref, "description", formula, checks, notes, _FORMULA + _shown_as(shown))
    return notes


def _apply(action: PlanAction, row: ReadRow, checks: list[Check], changes: list[FieldChange], *,
           new: bool, notes: list[str] = ()) -> PlanAction:
    """The typed values onto the action; a value that fits no field is kept in Progress (with `notes`)."""
    update: dict = {}
    scaffold: dict = {}
    unfit: list[str] = list(notes)
    for field in LEAD_FIELDS:
        if field not in row.values:
            continue
        typed = row.values[field].strip()
        if field in row.formulas:  # kept as typed, never worked out; its saved value (if any) is the field's
            _flag(action.ref, field, row.formulas[field], checks, unfit, _FORMULA + _shown_as(typed))
        value = _typed_value(field, typed, action, checks, unfit)
        if value is _UNFIT:
            continue
        (scaffold if field in SCAFFOLD_FIELDS else update)[field] = value
    if unfit:
        progress = update.get("progress", action.progress)
        update["progress"] = "\n".join([progress, *unfit]).strip()
    if scaffold:
        update["scaffold"] = action.scaffold.model_copy(update=scaffold)
    result = action.model_copy(update=update)
    for field in LEAD_FIELDS:
        old, now = text_of(action, field), text_of(result, field)
        if old != now or (new and now):
            changes.append(FieldChange(uid=result.uid, ref=result.ref, field=field, old="" if new else old, new=now))
    return result


_UNFIT = object()
_FORMULA = "is a formula, which cqcplan does not work out"


def _shown_as(value: str) -> str:
    return f" (shown as “{value}”)" if value else ""


def _typed_value(field: str, typed: str, action: PlanAction, checks: list[Check], unfit: list[str]):
    if field in DATE_FIELDS:
        if not typed:
            return None
        day = parse_day(typed)
        return day if day is not None else _flag(action.ref, field, typed, checks, unfit,
                                                  "is not a date (write e.g. 30 June 2025)")
    if field in CHOICES:
        choices, synonyms = CHOICES[field]
        if not typed and field != "status":
            return None
        choice = _choose(typed or "Open", choices, synonyms)
        return choice or _flag(action.ref, field, typed, checks, unfit, f"is not one of {', '.join(choices)}")
    return typed


def _choose(typed: str, choices: tuple[str, ...], synonyms: dict[str, str]) -> str | None:
    key = typed.strip().lower()
    return next((c for c in choices if c.lower() == key), None) or synonyms.get(key)


def _flag(ref, field, typed, checks, unfit, why, kept_in="Progress"):
    checks.append(Check(code="unreadable-value", severity="warning", ref=ref,
                        message=f"{ref}: {label(field)} “{typed}” {why}; kept in {kept_in}"))
    unfit.append(reading_note(field, typed))
    return _UNFIT


def text_of(action, field: str) -> str:
    value = getattr(action.scaffold, field) if field in SCAFFOLD_FIELDS else getattr(action, field)
    return value.isoformat() if isinstance(value, date) else (value or "")


def _approval(approval: Approval, reading: PlanReading, checks: list[Check], changes: list[FieldChange]) -> Approval:
    """The cover's approval record as typed; a date that is not one, or a formula, is kept in the role line."""
    typed = reading.approval
    update: dict = {}
    unfit: list[str] = []
    for field in APPROVAL_FIELDS:
        if field not in typed:
            continue
        text = typed[field].strip()
        if field in reading.approval_formulas:
            _flag(PLAN_REF, field, reading.approval_formulas[field], checks, unfit, _FORMULA + _shown_as(text),
                  "the role line")
        if field in DATE_FIELDS and text:
            day = parse_day(text)
            update[field] = day if day else _flag(PLAN_REF, field, text, checks, unfit,
                                                  "is not a date (write e.g. 30 June 2025)", "the role line")
        else:
            update[field] = (text or None) if field in DATE_FIELDS else text
    update = {k: v for k, v in update.items() if v is not _UNFIT}
    if unfit:
        update["approver_role"] = "; ".join(filter(None, [update.get("approver_role", approval.approver_role), *unfit]))
    result = approval.model_copy(update=update)
    for field in APPROVAL_FIELDS:
        if text_of(approval, field) != text_of(result, field):
            changes.append(FieldChange(uid="", ref=PLAN_REF, field=field, old=text_of(approval, field),
                                       new=text_of(result, field)))
    return result


def closing(action: PlanAction, today: date, changes: list[FieldChange]) -> PlanAction:
    """Complete or Closed and Blue: to Closed actions, dated, with a lessons prompt; reopened if not."""
    done = action.status in DONE and action.brag == "Blue"
    if done and not action.closed_on:
        closed = action.model_copy(update={"closed_on": today, "status": "Closed",
                                           "lessons": action.lessons or LESSONS_PROMPT})
        changes.append(FieldChange(uid=action.uid, ref=action.ref, field="closed_on", old="", new=today.isoformat()))
        return closed
    if action.closed_on and not done:
        changes.append(FieldChange(uid=action.uid, ref=action.ref, field="closed_on",
                                   old=action.closed_on.isoformat(), new=""))
        return action.model_copy(update={"closed_on": None})
    return action
