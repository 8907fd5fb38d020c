"""Plain-text forms shared by every renderer, so docx, xlsx and csv say the same thing."""

from datetime import date

from ...models import PriorFinding
from ...models.briefs import PublicAction, Statement
from ...models.finding import SURE_REPEAT, PlanStatus
from ...models.plan import PlanAction, Wording
from ...models.report import ReportMeta
from ..metadata import parse_dates

KIND_LABEL = {"must": "Must", "should": "Should"}


def uk_date(day: date | None) -> str:
    """"7 March 2025": the form NHS board papers use."""
    return f"{day.day} {day:%B %Y}" if day else ""


def uk_dates(days: list[date]) -> str:
    """Inspection dates: "4, 5 and 6 March 2025", or full dates across months."""
    days = sorted(set(days))
    if not days:
        return "Not stated"
    if len({(d.year, d.month) for d in days}) == 1:
        return _and([str(d.day) for d in days[:-1]] + [uk_date(days[-1])])
    return _and([uk_date(d) for d in days])


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def source_line(wording: Wording, *, with_file: bool) -> str:
    """Where CQC printed it: "p. 12, Areas for improvement, Surgery; also p. 3" (and the
    list's group naming no service after it: "…, Wards for older people …, Bramley ward")."""
    parts = [f"p. {wording.page}", wording.section.rstrip(" :;,.")]
    if wording.service:
        parts.append(wording.service)
    if wording.group:
        parts.append(wording.group)
    line = ", ".join(p for p in parts if p)
    if wording.also_at:
        line += "; also p. " + ", ".join(str(p.page) for p in wording.also_at)
    return f"{wording.file}: {line}" if with_file else line


def sources(action: PlanAction, *, with_file: bool) -> str:
    return "\n".join(source_line(w, with_file=with_file) for w in action.wordings)


def wordings(action: PlanAction) -> str:
    """Every CQC wording of the action, verbatim, a blank line between them."""
    return "\n\n".join(w.text for w in action.wordings)


def basis(wording: Wording) -> str:
    """How it was tagged, then, on its own line, why it was merged with an earlier wording."""
    tagged = "; ".join(wording.basis) or "none recorded"
    return f"{tagged}\n{wording.merged_because}" if wording.merged_because else tagged


def repeat_note(prior: PriorFinding, words: int = 12) -> str:
    """"Raised before: 2016 report p. 3, 'Ensure that …' (shares “fridge”; similarity 0.82)": the
    basis of the mark, so a reader can check it; a weak match says "Check"."""
    opening = prior.text.split()
    quoted = " ".join(opening[:words]) + (" …" if len(opening) > words else "")
    shared = ", ".join(f"“{t}”" for t in prior.shared_terms[:4]) or "no terms"
    lead = "Check: possibly raised before" if prior.review else "Raised before"
    note = (f"{lead}: {prior.report} p. {prior.page}, '{quoted}' (shares {shared}; similarity {prior.score:.2f}"
            f"{check_why(prior.score) if prior.review else ''})")
    return f"{note}\n{plan_status_note(prior.plan_status)}" if prior.plan_status else note


def check_why(score: float) -> str:
    """Why a repeat is marked "Check", from the rule that marks it (`SURE_REPEAT`)."""
    return (f", under {SURE_REPEAT:.2f}: confirm it is one issue" if score < SURE_REPEAT else
            "; a match the merge stage alone would not make: confirm it is one issue")


FOUND_AGAIN = "FOUND AGAIN"


def plan_status_note(status: PlanStatus) -> str:
    """The previous plan's last word on the issue; an action it had closed leads with FOUND AGAIN,
    the question a board asks first: "FOUND AGAIN: marked Complete (Blue) in version 0.7 on 3 May
    2020 (M3 of old-plan.docx); CQC found it again"."""
    rated = f" ({status.brag})" if status.brag else ""
    where = f"{status.ref} of {status.plan}"
    if status.closed:
        return (f"{FOUND_AGAIN}: marked {status.status}{rated} in version {status.since_version} on "
                f"{uk_date(status.since_date)} ({where}); CQC found it again")
    return f"Previous plan: was {status.status}{rated} at version {status.version}, {uk_date(status.date)} ({where})"


def found_again(action: PlanAction) -> bool:
    """A wording of the action repeats one the previous plan had marked complete (or Blue)."""
    return any(w.repeat_of and w.repeat_of.plan_status and w.repeat_of.plan_status.closed for w in action.wordings)


def repeat_notes(action: PlanAction) -> str:
    return "\n".join(repeat_note(w.repeat_of) for w in action.wordings if w.repeat_of)


def statement_block(statement: Statement) -> str:
    """A CQC statement verbatim, where it was printed, and its repeat mark (said-did, public version)."""
    where = f"({statement.file}, p. {statement.page})"
    return f"{statement.text}\n{where}" + (f"\n{statement.raised_before}" if statement.raised_before else "")


OWN_LABEL = "Our own action (not from CQC’s report)"


def said_block(statements: list[Statement], own: str | None) -> str:
    """What CQC said, verbatim with the page; for the trust's own (local) action, its words, labelled so."""
    if own is not None:
        return f"{OWN_LABEL}:\n{own or NOT_YET_WRITTEN}"
    return "\n\n".join(map(statement_block, statements))


PUBLIC_NOTE = "CQC’s words are quoted exactly as the inspection report printed them, with the page."
PUBLIC_HEADERS = ["Ref", "Area", "What CQC said (verbatim, page)", "What we will do", "Lead", "Deadline", "Status",
                  "Progress"]
NOT_YET_AGREED = "To be agreed"
NOT_YET_WRITTEN = "(not written yet)"


def public_cells(action: PublicAction) -> list[str]:
    """The public version's columns for one action, as both its Word and PDF renderers print them."""
    return [action.ref, action.key_question + (f" › {action.theme}" if action.theme else ""),
            said_block(action.statements, action.own), "\n".join(action.actions) or NOT_YET_AGREED,
            action.lead, uk_date(action.deadline), action.status, action.progress]


def merge_reasons(action: PlanAction) -> str:
    return "\n".join(w.merged_because for w in action.wordings if w.merged_because)


# Characters XML 1.0 cannot hold (both .docx and .xlsx are XML); \t and \n are kept.
_NOT_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def xml_safe(text: str) -> str:
    """Drop control characters a PDF can leak; they would make Word refuse the file."""
    return text.translate(_NOT_XML)


GRID_KEYS = ("safe", "effective", "caring", "responsive", "well-led")


def service_lines(report: ReportMeta) -> list[str]:
    """Each core service the report has, with the ratings it prints for it: "Surgery: Good" or
    "Maternity: Requires improvement (safe Inadequate, effective Good, …)"."""
    lines = []
    for name in report.services:
        ratings = report.service_ratings.get(name, {})
        grid = [f"{key} {ratings[key]}" for key in GRID_KEYS if key in ratings]
        overall = ratings.get("overall", "")
        rated = " ".join(filter(None, (overall, f"({', '.join(grid)})" if grid else "")))
        lines.append(f"{name}: {rated}" if rated else name)
    return lines


def dates_as_printed(report: ReportMeta) -> str:
    """The inspection dates in the cover's own words ("18 to 20 January 2018"), and the days of a visit only
    the report's text gives after them ("… and 29 January 2018"); else the days read."""
    printed = report.inspection_dates_printed
    if not printed:
        return uk_dates(report.inspection_dates)
    added = sorted(set(report.inspection_dates) - set(parse_dates(printed)))
    return f"{printed} and {uk_dates(added)}" if added else printed
