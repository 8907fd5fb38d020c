"""What the review page shows and what a download holds, both made from the plan `make_plan` drafts."""

from pathlib import Path

from ..api import COMBINED_GROUPING, COMBINED_NAME, PLAN_SUFFIX, provider_groups, providers_named
from .review import Review, is_reviewed, split_parts
from .uploads import safe_stem


def _plan(state: Review):
    from ..pipeline.plan import make_plan

    return make_plan(state.extraction, group_by=COMBINED_GROUPING if len(state.reports) > 1 else None)


def theme_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """(key question, [(theme id, theme name)]) in the vocabulary's order, for the select's option groups."""
    from ..pipeline.themes import table

    groups: dict[str, list[tuple[str, str]]] = {}
    for theme in table().theme:
        groups.setdefault(theme.key_question, []).append((theme.id, theme.name))
    return list(groups.items())


def review_view(state: Review) -> dict:
    """The plan's actions, those marked "Check" first (otherwise in plan order), with what the page needs."""
    from ..pipeline.themes import named

    plan = _plan(state)
    actions = {a.ref: a for a in state.extraction.actions}
    rows = [{"action": a, "theme_id": (named(a.theme).id if named(a.theme) else ""),
             "first": actions[a.ref].findings[0], "reviewed": is_reviewed(state, actions[a.ref].findings),
             "parts": len(split_parts(actions[a.ref])) if len(a.wordings) > 1 else 1}
            for a in plan.actions]
    rows.sort(key=lambda r: not r["action"].review)
    return {"reports": plan.reports, "rows": rows, "themes": theme_choices(), "summary": plan.summary,
            "checks": sum(r["action"].review for r in rows), "merged": sum(len(r["action"].wordings) > 1 for r in rows),
            "message": state.extraction.message, "providers": providers_line(state)}


def providers_line(state: Review) -> str:
    """One line when the reports are of several providers: the command line would make a plan per
    provider; the page makes one, never merging statements across providers, and says so."""
    if len(provider_groups(state.reports)) < 2:
        return ""
    return (f"These reports are of {providers_named(state.reports)}. A plan is usually one provider's: this page "
            "makes one plan of them all, keeping each provider's statements in actions of their own (none are "
            "merged across providers). For a plan per provider, start again and upload each provider's reports "
            "on their own.")


def render_plan(state: Review, fmt: str, scratch: Path) -> bytes:
    """The plan file in `fmt`, written through the command line's renderer into `scratch`."""
    from ..io import make_folder
    from ..pipeline.render import render

    make_folder(scratch)
    (path,) = render(_plan(state), scratch / f"plan.{fmt}", (fmt,))
    return path.read_bytes()


def download_name(state: Review, fmt: str) -> str:
    if len(state.reports) > 1:
        return f"{COMBINED_NAME}.{fmt}"
    return f"{safe_stem(state.reports[0].meta.file)}{PLAN_SUFFIX}.{fmt}"
