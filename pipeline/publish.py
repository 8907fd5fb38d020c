"""The version of a plan fit to publish (board papers, a website).

Takes `ActionPlan`, returns `PublicPlan` with a list of everything it left out. Names in
the people fields (lead, executive lead) become the role, and the sign-off names and the
plan's approver are left out; all those names, and titled names ("Dr Okoro", "Mrs J Smith"),
are replaced wherever they appear in the trust's own text. Internal columns are not carried
at all (tagging and merge basis, "Check" marks, topics, the risk fields), nor prompts a lead
has not replaced, nor cqcplan's reading notes in Progress ("Deadline typed as: …"). CQC's wordings are copied verbatim and never edited:
a name inside one is left as CQC printed it and listed for a person to check.
"""


from ..models.briefs import PublicAction, PublicPlan, Removal
from ..models.plan import ActionPlan, PlanAction

from .briefs import ABC, area, by_key_question, decided, progress_written, statements
from .regex_programs import compiled
from .scaffold import PROMPT

# The fields known to hold people's names, and the role each becomes (or "" when the field is left out).
ROLES = {"lead": "Action lead", "executive_lead": "Executive lead", "signed_off_by": "",
         "independent_check_by": ""}
PLAN_NAMES = ("approved_by",)  # the cover's approval: never published
INTERNAL = ("risks", "early_warning_signs", "escalation_trigger")  # risk to delivery: not for publishing
NAME_REMOVED = "[name removed]"
# A title and one to three capitalised words or initials: "Dr Okoro", "Mrs J. Smith", "Prof Anne Lee".
_TITLED = compiled(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister|Matron)\.?(?:\s+[A-Z][\w'’-]*\.?){1,3}")


def make_public(plan: ActionPlan) -> PublicPlan:
    names = sorted(_names(plan), key=len, reverse=True)
    removed = [Removal(ref="Plan", field=field, removed=getattr(plan.approval, field).strip(), replaced_by="(left out)")
               for field in PLAN_NAMES if getattr(plan.approval, field).strip()]
    actions = [_action(a, names, removed) for a in plan.actions]
    title = " / ".join(dict.fromkeys(r.provider or r.location or r.file for r in plan.reports))
    return PublicPlan(title=f"Improvement plan: {title}", version=plan.version, date=plan.date,
                      summary=by_key_question(plan), actions=actions, removed=removed)


def _action(action: PlanAction, names: list[str], removed: list[Removal]) -> PublicAction:
    for field, role in ROLES.items():
        if getattr(action, field).strip():
            removed.append(Removal(ref=action.ref, field=field, removed=getattr(action, field).strip(),
                                   replaced_by=role or "(left out)"))
    for field in INTERNAL:
        if getattr(action, field).strip():
            removed.append(Removal(ref=action.ref, field=field, removed="internal: risk to delivery",
                                   replaced_by="(left out)"))
    for letter, name in ABC:
        text = getattr(action.scaffold, name).strip()
        if text.startswith(PROMPT.strip()):
            removed.append(Removal(ref=action.ref, field=f"{letter} line", removed="tool prompt not replaced by the lead",
                                   replaced_by="(left out)"))
    for w in action.wordings:
        for name in names:
            if name in w.text:
                removed.append(Removal(ref=action.ref, field="CQC wording", removed=f"name “{name}” left as CQC printed it",
                                       replaced_by="(not changed: check)"))
    clean = lambda field, text: _scrub(text, names, action.ref, field, removed)  # noqa: E731
    role = ROLES["lead"] if action.lead.strip() else ""
    return PublicAction(ref=action.ref, kind=action.kind.capitalize(), key_question=area(action),
                        theme=action.theme or "", statements=statements(action),
                        own=clean("description", action.description.strip()) if action.local else None,
                        actions=[clean("A/B/C", line) for line in decided(action)], lead=role,
                        deadline=action.deadline, status=action.status,
                        progress=clean("progress", _without_notes(action, removed)))


def _without_notes(action: PlanAction, removed: list[Removal]) -> str:
    """Progress without cqcplan's own reading notes (the rule said-did shares), each removal listed."""
    progress, notes = progress_written(action)
    removed += [Removal(ref=action.ref, field="progress", removed=f"internal note: {note}", replaced_by="(left out)")
                for note in notes]
    return progress


def _scrub(text: str, names: list[str], ref: str, field: str, removed: list[Removal]) -> str:
    """The people fields' names, then titled names, replaced; each replacement listed."""
    for name in names:
        if name in text:
            text = text.replace(name, NAME_REMOVED)
            removed.append(Removal(ref=ref, field=field, removed=name, replaced_by=NAME_REMOVED))
    for match in reversed(list(_TITLED.finditer(text))):
        removed.append(Removal(ref=ref, field=field, removed=match.group(), replaced_by=NAME_REMOVED))
        text = text[: match.start()] + NAME_REMOVED + text[match.end():]
    return text


def leaked(public: PublicPlan, plan: ActionPlan) -> list[str]:
    """People-field names still printed outside CQC's wordings (should always be empty)."""
    names = _names(plan)
    own = [line for a in public.actions for line in (*a.actions, a.progress, a.lead, a.own or "")]
    own += [line for b in public.summary for line in b.lines]
    return sorted(n for n in names if any(n in line for line in own))


def _names(plan: ActionPlan) -> set[str]:
    """Every name in the people fields, the plan's approver included."""
    names = {getattr(a, field).strip() for a in plan.actions for field in ROLES}
    names |= {getattr(plan.approval, field).strip() for field in PLAN_NAMES}
    return names - {""}
