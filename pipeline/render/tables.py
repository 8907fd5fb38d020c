"""The tracker forms of the plan: xlsx (for the monthly update meeting) and csv.

Both hold the same rows as `rows.action_rows`. The xlsx adds what makes it usable as
a living document: drop-down lists for key question, BRAG and status (also on empty
rows below, for actions added later), a frozen header row and Ref column, BRAG
colours, wrapped text and landscape printing with the header repeated.
"""

import csv
import math
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ...models import KEY_QUESTIONS
from ...models.living import APPROVAL_FIELDS, label
from ...models.plan import BRAGS, CADENCES, STATUSES, ActionPlan
from ...models.report import ReportMeta

from ..embed import embed_xlsx
from ..text import report_type_label
from .colours import BRAG_FILL, HEADER_FILL
from .rows import COLUMNS, HEADERS, Value, action_rows
from .text import FOUND_AGAIN, dates_as_printed, service_lines, xml_safe

CHOICES = {
    "Key question": list(KEY_QUESTIONS),
    "BRAG": list(BRAGS),
    "Status": list(STATUSES),
    "Review cadence": list(CADENCES),
}
DATE_COLUMNS = ("Deadline", "Date closed", label("signed_off_on"), label("independent_check_on"))
REPORT_HEADERS = ["File", "SHA-256", "Provider", "Location", "Core services", "Report type",
                  "Inspection dates", "Published", "Overall", "Safe", "Effective", "Caring",
                  "Responsive", "Well-led"]
RATING_KEYS = ("overall", "safe", "effective", "caring", "responsive", "well-led")
# column widths, characters: a rating ("Requires improvement") wraps at most once, a meaning seldom
REPORT_WIDTHS = [24, 20, 30, 30, 34, 20, 22, 14] + [14] * len(RATING_KEYS)
GLOSSARY_WIDTHS = [16, 100]
DATE_FORMAT = "d mmm yyyy"  # every date in the workbook ("30 Sep 2025" fits a 12-character column)
VALIDATED_ROWS = 1000  # drop-downs reach below the drafted rows, for actions added later
LINE_HEIGHT = 15  # points per wrapped line at the default 11-point font
MAX_ROW_HEIGHT = 409  # Excel's limit
FORMULA_STARTS = {"=", "+", "-", "@"}


def write_csv(plan: ActionPlan, path: Path) -> None:
    """UTF-8 with a byte-order mark, so Excel shows curly quotes and dashes correctly."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows([_csv_value(v) for v in row] for row in action_rows(plan))


def _csv_value(value: Value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return _not_a_formula(value or "")


def _not_a_formula(text: str) -> str:
    """A CSV has no cell types, so a spreadsheet program runs a cell beginning with = + - @
    (or a tab or carriage return before one) as a formula. The xlsx marks such a cell as
    text; here a leading apostrophe does the same job, the usual defence (OWASP)."""
    return "'" + text if text.lstrip(" \t\r\n")[:1] in FORMULA_STARTS or text[:1] in ("\t", "\r") else text


def write_xlsx(plan: ActionPlan, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Actions"
    _fill(sheet, HEADERS, action_rows(plan))
    _format_actions(sheet, len(plan.actions))
    _fill(book.create_sheet("Glossary"), ["Term", "Meaning"], [[g.term, g.meaning] for g in plan.glossary],
          GLOSSARY_WIDTHS)
    reports = book.create_sheet("Reports")
    _fill(reports, REPORT_HEADERS, [_report_row(r) for r in plan.reports], REPORT_WIDTHS)
    for cell in reports[get_column_letter(REPORT_HEADERS.index("Published") + 1)][1:]:
        cell.number_format = DATE_FORMAT
    _approval_sheet(book, plan)
    embed_xlsx(book, plan)
    book.save(path)


def _fill(sheet: Worksheet, headers: list[str], rows: list[list[Value]], widths: list[int] = ()) -> None:
    """Header row bold on blue and frozen (it stays in view while scrolling), text wrapped."""
    sheet.append(headers)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in rows:
        sheet.append([_cell_value(v) for v in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _keep_text_as_text(sheet)


def _cell_value(value: Value) -> Value:
    return xml_safe(value) if isinstance(value, str) else value


def _keep_text_as_text(sheet: Worksheet) -> None:
    """A CQC sentence that starts with "=" is text, not a formula to run."""
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _format_actions(sheet: Worksheet, count: int) -> None:
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    last = max(count + 1, VALIDATED_ROWS)
    for header, choices in CHOICES.items():
        _choose_from(sheet, _letter(header), choices, last)
    _colour_brag(sheet, _letter("BRAG"), last)
    _flag_found_again(sheet)
    for header in DATE_COLUMNS:
        for cell in sheet[_letter(header)][1:]:
            cell.number_format = DATE_FORMAT
    sheet.column_dimensions[_letter("Id")].hidden = True
    _row_heights(sheet)
    _print_setup(sheet)


def _print_setup(sheet: Worksheet) -> None:
    """A4 landscape, one page wide, the header row on every printed page."""
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _row_heights(sheet: Worksheet) -> None:
    """Tall enough for the wrapped text: openpyxl cannot measure, and not every
    spreadsheet program grows wrapped rows on opening."""
    widths = [c.width for c in COLUMNS]
    for row in sheet.iter_rows(min_row=2):
        lines = max(_lines(cell.value, width) for cell, width in zip(row, widths))
        sheet.row_dimensions[row[0].row].height = min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT)


def _lines(value: Value, width: int) -> int:
    if not isinstance(value, str):
        return 1
    return sum(max(1, math.ceil(len(line) / width)) for line in value.split("\n"))


def _letter(header: str) -> str:
    return get_column_letter(HEADERS.index(header) + 1)


def _choose_from(sheet: Worksheet, letter: str, choices: list[str], last: int) -> None:
    rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    rule.error = "Choose one of: " + ", ".join(choices)
    rule.showErrorMessage = True
    rule.add(f"{letter}2:{letter}{last}")
    sheet.add_data_validation(rule)


def _colour_brag(sheet: Worksheet, letter: str, last: int) -> None:
    for status, fill in BRAG_FILL.items():
        rule = CellIsRule(operator="equal", formula=[f'"{status}"'], fill=PatternFill("solid", bgColor=fill))
        sheet.conditional_formatting.add(f"{letter}2:{letter}{last}", rule)


def _flag_found_again(sheet: Worksheet) -> None:
    """A repeat of an action the previous plan had closed: its "Raised before" cell in red, bold."""
    for cell in sheet[_letter("Raised before")][1:]:
        if isinstance(cell.value, str) and FOUND_AGAIN in cell.value:
            cell.fill = PatternFill("solid", fgColor=BRAG_FILL["Red"])
            cell.font = Font(bold=True)


def _approval_sheet(book: Workbook, plan: ActionPlan) -> None:
    """The plan's approval (approved by, role or committee, date): `cqcplan update` reads it back."""
    approval = plan.approval
    sheet = book.create_sheet("Approval")
    _fill(sheet, [label(f) for f in APPROVAL_FIELDS], [[getattr(approval, f) for f in APPROVAL_FIELDS]], [30, 40, 16])
    sheet["C2"].number_format = DATE_FORMAT
    sheet.append([])
    sheet.append(["Who approved this version of the plan (a person, or a board or committee) and when."])


def _report_row(report: ReportMeta) -> list[Value]:
    ratings = [report.ratings.get(k, "") for k in RATING_KEYS]
    return [report.file, report.sha256, report.provider or "", report.location or "",
            "\n".join(service_lines(report)), report_type_label(report.report_type), dates_as_printed(report),
            report.published, *ratings]
