"""The variables the Word template receives (documented in templates/README.md).

Everything is plain dicts, lists and strings, so a template can reach nothing but
the plan. Every string is made XML-safe, and any string with a line break becomes
a docxtpl `Listing`, which escapes it and turns the breaks into Word line breaks.
"""

from collections.abc import Iterable
from typing import Any

from docxtpl import Listing

from ...models.plan import ActionPlan, Count, PlanAction, Review, Wording, service_label
from ...models.report import ReportMeta

from ..text import report_type_label
from ..typography import typographic
from .colours import BRAG_FILL, NO_FILL, rating_fill
from .text import (
    FOUND_AGAIN,
    KIND_LABEL,
    basis,
    dates_as_printed,
    found_again,
    repeat_note,
    service_lines,
    source_line,
    uk_date,
    xml_safe,
)

RATING_KEYS = {"overall": "overall", "safe": "safe", "effective": "effective",
               "caring": "caring", "responsive": "responsive", "well_led": "well-led"}
CHECK = "Check"


def plan_context(plan: ActionPlan) -> dict[str, Any]:
    with_file = len(plan.reports) > 1
    open_actions = [a for a in plan.actions if not a.is_closed]  # closed ones have their own table
    return _prepare({
        "provider": _joined(r.provider for r in plan.reports) or "Provider not stated",
        "locations": _joined(r.location for r in plan.reports),
        "version": plan.version,
        "date": uk_date(plan.date),
        "reports": [_report(r, label) for r, label in zip(plan.reports, _report_labels(plan.reports))],
        "summary": _summary(plan),
        "progress": _progress(plan),
        "reviews": [_review(r) for r in (*plan.reviews, plan.review())],
        "order_note": order_note(plan),
        "actions": [_action(a, with_file, _heading(open_actions, i, plan.group_by)) for i, a in enumerate(open_actions)],
        "closed": [_action(a, with_file, "") for a in plan.actions if a.is_closed],
        "glossary": [{"term": g.term, "meaning": typographic(g.meaning)} for g in plan.glossary],
        "unexpanded": ", ".join(plan.unexpanded),
        "appendix": [_appendix_row(a, w) for a in plan.actions for w in a.wordings],
        "approval": {"approved_by": plan.approval.approved_by, "approver_role": plan.approval.approver_role,
                     "approved_on": uk_date(plan.approval.approved_on)},
    })


ORDER_NOTES = {
    None: "Musts first, then shoulds, each in report order.",
    "key-question": "Grouped by key question; within each, musts first. Refs keep their numbering (musts first, "
                    "then shoulds, in report order), so they are not consecutive here.",
    "theme": "Grouped by key question › theme (CQC’s evidence categories); within each, musts first. Refs keep "
             "their numbering (musts first, then shoulds, in report order), so they are not consecutive here.",
    "service": "Grouped by core service; within each, musts first. Refs keep their numbering (musts first, then "
               "shoulds, in report order), so they are not consecutive here.",
}


def order_note(plan: ActionPlan) -> str:
    """How the actions are ordered, so a combined plan never claims "musts first" when grouped."""
    return ORDER_NOTES.get(plan.group_by, ORDER_NOTES[None])


def _heading(actions: list[PlanAction], index: int, group_by: str | None = None) -> str:
    """The group heading, on the first action of each group only; grouped by service, with the actions
    listed in full under another service they also cover (`_shared_note`)."""
    group = actions[index].group
    if not group or (index and actions[index - 1].group == group):
        return ""
    return group + (_shared_note(actions, group) if group_by == "service" else "")


def _shared_note(actions: list[PlanAction], service: str) -> str:
    """"Shared with this service: M4 (in full under Medical care)": an action answering statements of
    several services is one row, under the first; each other service's heading names it, by the same ref."""
    shared = [f"{a.ref} (in full under {a.group})" for a in actions if a.group != service and service in a.services]
    return f"\nShared with this service: {', '.join(shared)}" if shared else ""


def _joined(values: Iterable[str | None]) -> str:
    return " / ".join(dict.fromkeys(v for v in values if v))


def _report_labels(reports: list[ReportMeta]) -> list[str]:
    """Each report's row label on the cover: its location (else provider, else file), with its file
    beside it where another report of the plan has that label ("Westbrook General Hospital (uec/report.pdf)")."""
    labels = [r.location or r.provider or r.file for r in reports]
    return [f"{label} ({r.file})" if labels.count(label) > 1 and label != r.file else label
            for label, r in zip(labels, reports)]


def _report(report: ReportMeta, label: str) -> dict[str, Any]:
    row = {
        "file": report.file,
        "sha256": report.sha256,
        "provider": report.provider or "",
        "location": report.location or "",
        "label": label,
        "services": "\n".join(service_lines(report)),
        "report_type": report_type_label(report.report_type),
        "inspection_dates": dates_as_printed(report),
        "published": uk_date(report.published) or "Not stated",
        **regulatory_facts(report),
    }
    for name, key in RATING_KEYS.items():
        rating = report.ratings.get(key, "")
        row[name] = {"text": rating or "–", "fill": rating_fill(rating)}
    return row


def _summary(plan: ActionPlan) -> dict[str, Any]:
    s = plan.summary
    return {
        "musts": s.musts,
        "shoulds": s.shoulds,
        "total": s.musts + s.shoulds,
        "findings": s.findings,
        "by_key_question": [_count(c) for c in s.by_key_question],
        "by_regulation": [_count(c) for c in s.by_regulation],
        "by_service": [_count(c) for c in s.by_service],
        "repeats": s.repeats,
        "repeats_to_check": s.repeats_to_check,
        "repeats_closed": s.repeats_closed,
    }


def _count(count: Count) -> dict[str, Any]:
    return {"label": count.label, "must": count.must, "should": count.should, "total": count.must + count.should}


def _progress(plan: ActionPlan) -> dict[str, int]:
    """The baseline row of the progress table: this version's counts."""
    return plan.review().model_dump(exclude={"version", "date"})


def _review(review: Review) -> dict[str, Any]:
    return {**review.model_dump(), "date": uk_date(review.date)}


def _action(action: PlanAction, with_file: bool, heading: str) -> dict[str, Any]:
    return {
        "heading": typographic(heading),
        "ref": action.ref,
        "uid": action.uid,
        "description": action.description,
        "lessons": action.lessons,
        "closed_on": uk_date(action.closed_on),
        "kind": KIND_LABEL[action.kind],
        "services": _listed(action.services),
        "key_question": action.key_question or "",
        "quality_statement": typographic(action.quality_statement or ""),
        "theme": typographic(action.theme or ""),
        "regulations": "\n".join(action.regulations),
        "wordings": [_wording(w, with_file) for w in action.wordings],
        "change": action.scaffold.change,
        "communicate": action.scaffold.communicate,
        "audit": action.scaffold.audit,
        "topic": action.scaffold.topic,
        "lead": action.lead,
        "executive_lead": action.executive_lead,
        "deadline": uk_date(action.deadline),
        "brag": action.brag or "",
        "brag_fill": BRAG_FILL.get(action.brag or "", NO_FILL),
        "evidence": action.evidence,
        "status": action.status,
        "progress": action.progress,
        "check": " ".join(m for m in (CHECK if action.review else "", FOUND_AGAIN if found_again(action) else "") if m),
        "notices": "\n".join(action.notices),
        "notices_line": "".join(f"\n{n}" for n in action.notices),  # printed under the regulations
        "baseline": action.baseline,
        "target_measure": action.target_measure,
        "evidence_source": action.evidence_source,
        "review_cadence": action.review_cadence or "",
        "risks": action.risks,
        "early_warning_signs": action.early_warning_signs,
        "escalation_trigger": action.escalation_trigger,
        "signed_off_by": action.signed_off_by,
        "signed_off_on": uk_date(action.signed_off_on),
        "independent_check_by": action.independent_check_by,
        "independent_check_on": uk_date(action.independent_check_on),
    }


def regulatory_facts(report: ReportMeta) -> dict[str, str]:
    """The cover's regulatory urgency: notices by type, and when the provider's report to CQC is due
    (the report's date, the user's --response-due, or a blank to fill in; never invented)."""
    from ...models.finding import ENFORCEMENT_LABELS

    counts = [f"{n} {ENFORCEMENT_LABELS.get(t, t).lower()}{'' if n == 1 else 's'}"
              for t, n in sorted(report.enforcement_counts.items(), key=lambda kv: list(ENFORCEMENT_LABELS).index(kv[0]))]
    return {
        "notice_counts": "; ".join(counts) or "None stated in the report",
        "response_due": uk_date(report.response_due) or "Not stated in the report: enter the date CQC gives",
    }


def _listed(items: list[str]) -> str:
    """One per line, bulleted when there are several, so wrapped names stay distinguishable."""
    return items[0] if len(items) == 1 else "\n".join(f"• {item}" for item in items)


def _wording(wording: Wording, with_file: bool) -> dict[str, str]:
    source = source_line(wording, with_file=with_file)
    return {
        "text": wording.text,
        "source": f"{source}\n{repeat_note(wording.repeat_of)}" if wording.repeat_of else source,
        "check": CHECK if wording.review else "",
    }


def _appendix_row(action: PlanAction, wording: Wording) -> dict[str, Any]:
    return {
        "ref": action.ref,
        "finding_id": wording.finding_id,
        "kind": KIND_LABEL[wording.kind],
        "file": wording.file,
        "page": wording.page,
        "section": wording.section,
        "service": service_label(wording),
        "also_at": ", ".join(f"p. {p.page}" for p in wording.also_at),
        "basis": typographic(basis(wording)),
        "check": CHECK if wording.review else "",
    }


def _prepare(value: Any) -> Any:
    """XML-safe strings; multi-line ones as `Listing` so their breaks survive autoescape."""
    if isinstance(value, dict):
        return {k: _prepare(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_prepare(v) for v in value]
    if isinstance(value, str):
        text = xml_safe(value)
        return Listing(text) if "\n" in text else text
    return value
