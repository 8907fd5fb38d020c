"""What the said-did sheet and the public version share: statements, decided actions, progress
and the plain-English lines per key question, all from the plan's own fields.

A/B/C lines still starting "Prompt:" (pipeline/scaffold.py) are the tool's suggestions, not
anything the trust decided, and cqcplan's reading notes in Progress ("Deadline typed as: …")
tell the plan's owners what to fix, so neither document ever presents them as done. The
counts per key question are the statuses the rows show, counted as `status` and the board's
report count them (`pipeline/progress.tally`).
"""

import re
from collections import Counter

from ..models import KEY_QUESTIONS
from ..models.briefs import Brief, Statement
from ..models.living import APPROVAL_FIELDS, LEAD_FIELDS, is_reading_note
from ..models.plan import ActionPlan, PlanAction

from .plan_summary import NOT_TAGGED
from .render.text import found_again, repeat_note
from .scaffold import PROMPT
from .typography import typographic

ABC = (("A", "change"), ("B", "communicate"), ("C", "audit"))
# A local action (a row the trust added, `PlanAction.local`) answers no CQC statement: it is
# grouped, counted and labelled as the trust's own, never as something CQC said.
OWN_ACTIONS = "Our own actions"


def statements(action: PlanAction) -> list[Statement]:
    return [Statement(text=w.text, file=w.file, page=w.page,
                      raised_before=repeat_note(w.repeat_of) if w.repeat_of else "") for w in action.wordings]


def decided(action: PlanAction) -> list[str]:
    """The A/B/C lines a lead has written in place of the prompts, lettered."""
    lines = [(letter, getattr(action.scaffold, name).strip()) for letter, name in ABC]
    return [f"{letter}. {_unlettered(letter, text)}" for letter, text in lines
            if text and not text.startswith(PROMPT.strip())]


def _unlettered(letter: str, text: str) -> str:
    """The line without the letter a lead typed before it ("A. Daily checks", "a) Daily checks"),
    so it is lettered once; "A new rota" keeps its "A"."""
    return re.sub(rf"^{letter}\s*[.):]\s+", "", text, flags=re.IGNORECASE) or text


def progress_written(action: PlanAction) -> tuple[str, list[str]]:
    """Progress as the trust wrote it, and the reading notes cqcplan added to it (left out)."""
    kept, notes = [], []
    for line in action.progress.strip().splitlines():
        (notes if is_reading_note(line, (*LEAD_FIELDS, *APPROVAL_FIELDS)) else kept).append(line)
    return "\n".join(kept).strip(), [n.strip() for n in notes]


def written(text: str) -> str:
    """A field's text unless it is still the tool's prompt."""
    return "" if text.strip().startswith(PROMPT.strip()) else text.strip()


def who(plan: ActionPlan) -> str:
    """Whom the plan is for, as a heading names it: its location(s), else provider(s)."""
    return " / ".join(dict.fromkeys(r.location or r.provider or r.file for r in plan.reports)) or "action plan"


def key_question(action: PlanAction) -> str:
    return action.key_question or NOT_TAGGED


def area(action: PlanAction) -> str:
    """The heading an action is listed under: its key question, or "Our own actions" for an untagged local one."""
    return OWN_ACTIONS if action.local and not action.key_question else key_question(action)


def by_key_question(plan: ActionPlan) -> list[Brief]:
    """Per key question, in CQC's order: how many improvements, about what, how far they have got."""
    briefs = []
    for kq in (*KEY_QUESTIONS, NOT_TAGGED, OWN_ACTIONS):
        actions = [a for a in plan.actions if area(a) == kq]
        if actions:
            briefs.append(Brief(key_question=kq, lines=_lines(actions)))
    return briefs


def _lines(actions: list[PlanAction]) -> list[str]:
    own = sum(a.local for a in actions)
    musts = sum(a.kind == "must" and not a.local for a in actions)
    shoulds = len(actions) - musts - own
    parts = [p for p in (_n(musts, "improvement CQC said we must make"),
                         _n(shoulds, "improvement CQC said we should make"),
                         _n(own, "action we added ourselves (not from CQC’s report)",
                            "actions we added ourselves (not from CQC’s report)")) if p]
    asked = " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 2 else parts)
    themes = list(dict.fromkeys(typographic(a.theme) for a in actions if a.theme))
    lines = [f"{asked[0].upper()}{asked[1:]}" + (f", about {themes_listed(themes[:4], more=len(themes) > 4)}"
                                                  if themes else "") + "."]
    status = Counter(a.counted_status for a in actions)  # as each row shows it (`PlanAction.counted_status`)
    done = status["Complete"] + status["Closed"]
    lines.append(f"{done} completed, {status['In progress']} under way, {status['Open']} not yet started.")
    repeats = sum(any(w.repeat_of for w in a.wordings) for a in actions)
    if repeats:
        lines.append(f"{_n(repeats, 'of these was', 'of these were')} also raised at the previous inspection.")
    reopened = sum(map(found_again, actions))
    if reopened:
        lines.append(f"{reopened} of these had been marked complete in the previous plan, and CQC found "
                     f"{'it' if reopened == 1 else 'them'} again.")
    return lines


def _n(count: int, one: str, many: str | None = None) -> str:
    if not count:
        return ""
    if many is not None:
        return f"{count} {one if count == 1 else many}"
    head, _, tail = one.partition(" ")
    return f"{count} {head if count == 1 else head + 's'} {tail}"


THEME_SEPARATOR = "; "  # theme names hold commas ("Cleanliness, infection control and hygiene"), never semicolons


def themes_listed(names: list[str], *, more: bool = False) -> str:
    """"A; B, C and D; and E": semicolons between names, so a name's own commas read as part of it."""
    names = [*names, "more"] if more else names
    if len(names) == 1:
        return names[0]
    return THEME_SEPARATOR.join(names[:-1]) + f"{THEME_SEPARATOR}and {names[-1]}"
