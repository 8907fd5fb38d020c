"""The board's progress report as Word (python-docx) or one self-contained web page (Jinja2).

Both formats are made from the same `Page`: the sentences, table rows and charts decided
here once, so the .docx and the .html never say different things. Charts are PNG (embedded
in Word; inline base64 in the page). The page is rendered with autoescaping: plan text
(`<`, `&`, `{{ … }}`) always shows literally. CQC's words are printed whole, with their page.
"""

import base64
import io
from importlib.resources import files
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ...models.plan import BRAGS, NOT_RATED, STATUSES, Review
from ...models.progress import ClosedAction, DueAction, GroupProgress, ProgressReport

from .plain import add_table, landscape_document
from .text import statement_block, uk_date, xml_safe

COUNT_HEADERS = ["Musts", "Shoulds", *BRAGS, NOT_RATED, *STATUSES]
DUE_HEADERS = ["Ref", "Must / should", "CQC wording (verbatim, page)", "Key question", "Lead", "Deadline", "When",
               "BRAG", "Status"]
CLOSED_HEADERS = ["Ref", "Must / should", "CQC wording (verbatim, page)", "Key question", "Closed on", "Evidence",
                  "Lessons learned"]
VERSION_HEADERS = ["Version", "Date", *BRAGS, NOT_RATED, "Open", "Closed"]
# Word column widths in inches (the page holds plain.USABLE_INCHES): CQC's words get the room, and each
# header's longest word ("Complete", "progress" in bold) fits its column whole.
COUNT_WIDTHS = [1.6] + [0.77] * len(COUNT_HEADERS)
DUE_WIDTHS = [0.5, 0.75, 2.75, 0.85, 1.0, 0.95, 0.85, 0.6, 0.7]
CLOSED_WIDTHS = [0.5, 0.75, 2.75, 0.85, 0.95, 1.7, 1.5]
VERSION_WIDTHS = [0.8, 1.3] + [0.65] * (len(VERSION_HEADERS) - 2)
CHART_WIDTH = 6.0  # inches, in Word: with its heading, fits under the summary on the first page
NO_ACTIONS = "The plan has no actions."


class Chart(BaseModel):
    model_config = ConfigDict(frozen=True)

    png: bytes
    alt: str  # what the chart shows, for a screen reader; the table beside it holds every number

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


class Section(BaseModel):
    model_config = ConfigDict(frozen=True)

    heading: str
    lines: list[str] = []  # sentences before the chart and table
    chart: Chart | None = None
    headers: list[str] = []
    rows: list[list[str]] = []
    widths: list[float] = []  # Word column widths, inches
    empty: str = ""  # said instead of the table when it has no rows


class Page(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    intro: str
    summary: list[str]
    sections: list[Section]


def write_progress(report: ProgressReport, path: Path, suffix: str) -> None:
    """Write `report` to `path` as Word (".docx") or a web page (".html")."""
    page = make_page(report)
    if suffix == ".html":
        path.write_text(_html(page), encoding="utf-8")
    else:
        _docx(page, path)


def make_page(report: ProgressReport) -> Page:
    today = uk_date(report.today)
    several = sum(g.total for g in report.by_service) > report.must + report.should
    return Page(title=f"Progress report: {report.title}", intro=_intro(report), summary=_summary(report), sections=[
        Section(heading="Progress by key question", chart=_key_question_chart(report),
                headers=["Key question", *COUNT_HEADERS], rows=[_count_row(g) for g in report.by_key_question],
                widths=COUNT_WIDTHS, empty=NO_ACTIONS),
        Section(heading="Progress by core service",
                lines=["An action about several core services is counted under each."] if several else [],
                headers=["Core service", *COUNT_HEADERS], rows=[_count_row(g) for g in report.by_service],
                widths=COUNT_WIDTHS, empty=NO_ACTIONS),
        Section(heading="BRAG over versions", lines=[_versions_line(report)], chart=_versions_chart(report),
                headers=VERSION_HEADERS, rows=[_version_row(v) for v in report.versions], widths=VERSION_WIDTHS),
        Section(heading="Overdue actions", headers=DUE_HEADERS, rows=[_due_row(a) for a in report.overdue],
                widths=DUE_WIDTHS, empty=f"No action is overdue at {today}."),
        Section(heading=f"Due within {report.due_soon_days} days", headers=DUE_HEADERS,
                rows=[_due_row(a) for a in report.due_soon], widths=DUE_WIDTHS,
                empty=f"No action falls due in the {report.due_soon_days} days from {today}."),
        Section(heading="Closed actions", headers=CLOSED_HEADERS, rows=[_closed_row(a) for a in report.closed],
                widths=CLOSED_WIDTHS, empty="No action has been closed yet."),
    ])


def _key_question_chart(report: ProgressReport) -> Chart | None:
    from .charts import brag_by_key_question

    if not report.by_key_question:
        return None
    shown = "; ".join(f"{g.label}: {_brag_counts(g)}" for g in report.by_key_question)
    return Chart(png=brag_by_key_question(report),
                 alt=f"Stacked bar chart of the actions under each key question by BRAG ({shown})")


def _versions_chart(report: ProgressReport) -> Chart | None:
    from .charts import brag_over_versions

    if not report.must + report.should:
        return None
    shown = "; ".join(f"v{v.version}: Red {v.red}, Amber {v.amber}, Green {v.green}, Blue {v.blue}, "
                      f"{NOT_RATED.lower()} {v.not_rated}" for v in report.versions)
    return Chart(png=brag_over_versions(report.versions),
                 alt=f"Stacked area chart of the actions by BRAG at each version ({shown})")


def _intro(report: ProgressReport) -> str:
    who = f"{report.provider}. " if report.provider and report.provider != report.title else ""
    since = ", with the edits typed into it since then" if report.edited else ""
    behind = f" {report.behind.rstrip('.')}." if report.behind else ""
    return (f"{who}Action plan version {report.version} of {uk_date(report.plan_date)}{since}; deadlines as at "
            f"{uk_date(report.today)}.{behind}")


def _summary(report: ProgressReport) -> list[str]:
    total = report.must + report.should
    if not total:
        return [NO_ACTIONS]
    overdue_musts = sum(a.kind == "must" for a in report.overdue)
    return [
        f"{_n(total, 'action')}: {report.must} must and {report.should} should.",
        "BRAG: " + ", ".join(f"{label} {count}" for label, count in report.by_brag.items()) + ".",
        "Status: " + ", ".join(f"{label} {count}" for label, count in report.by_status.items()) + ".",
        (f"{_n(len(report.overdue), 'action')} overdue" + (f", {overdue_musts} of them must" if overdue_musts else "")
         + "." if report.overdue else "No action is overdue."),
        f"{_n(len(report.due_soon), 'action')} due within {report.due_soon_days} days.",
        f"{_n(len(report.closed), 'action')} closed.",
    ]


def _versions_line(report: ProgressReport) -> str:
    if not report.from_store:
        return ("There is no plan store beside this plan yet, so this shows this version only; "
                "cqcplan update starts the store.")
    first, last = report.versions[0], report.versions[-1]
    span = f" (v{first.version} to v{last.version})" if len(report.versions) > 1 else ""
    now = ", the last as the file reads now" if report.edited else ""
    return f"{_n(len(report.versions), 'version')} from the plan store{span}{now}."


def _version_row(version: Review) -> list[str]:
    counts = (version.red, version.amber, version.green, version.blue, version.not_rated, version.open, version.closed)
    return [f"v{version.version}", uk_date(version.date), *map(str, counts)]


def _count_row(group: GroupProgress) -> list[str]:
    return [group.label, *map(str, (group.must, group.should, *group.brag.values(), *group.status.values()))]


def _due_row(action: DueAction) -> list[str]:
    if action.days < 0:
        when = f"{_n(-action.days, 'day')} overdue"
    else:
        when = "due today" if action.days == 0 else f"in {_n(action.days, 'day')}"
    return [action.ref, action.kind.capitalize(), _words(action), action.key_question, action.lead or "Not named",
            uk_date(action.deadline), when, action.brag or NOT_RATED, action.status]


def _closed_row(action: ClosedAction) -> list[str]:
    return [action.ref, action.kind.capitalize(), _words(action), action.key_question, uk_date(action.closed_on),
            action.evidence or "None recorded", action.lessons or "None recorded"]


def _words(action: DueAction | ClosedAction) -> str:
    if not action.statements:
        return f"Local action: {action.description}"
    return "\n\n".join(statement_block(s) for s in action.statements)


def _brag_counts(group: GroupProgress) -> str:
    return ", ".join(f"{label} {count}" for label, count in group.brag.items() if count)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _docx(page: Page, path: Path) -> None:
    from docx.shared import Inches

    doc = landscape_document()
    doc.add_heading(xml_safe(page.title), level=0)
    doc.add_paragraph(xml_safe(page.intro))
    doc.add_heading("Summary", level=1)
    for line in page.summary:
        doc.add_paragraph(xml_safe(line), style="List Bullet")
    for section in page.sections:
        doc.add_heading(section.heading, level=1)
        for line in section.lines:  # kept with the chart or table they introduce
            doc.add_paragraph(xml_safe(line)).paragraph_format.keep_with_next = bool(section.chart or section.rows)
        if section.chart:
            picture = doc.add_picture(io.BytesIO(section.chart.png), width=Inches(CHART_WIDTH))
            picture._inline.docPr.set("descr", xml_safe(section.chart.alt))
        if section.rows:
            add_table(doc, section.headers, section.rows, section.widths)
        elif section.empty:
            doc.add_paragraph(section.empty)
    doc.save(str(path))


def _html(page: Page) -> str:
    from jinja2 import Environment, StrictUndefined

    environment = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string(files("cqcplan.templates").joinpath("progress.html").read_text(encoding="utf-8"))
    return template.render(page=page)
