"""Read an edited plan back: the embedded plan as written, and what is now in each row.

Word: every action row is found by its id (kept in the tag of its `cqcplan.id` content control,
"cqcplan.id:<uid>", or in older plans as the control's hidden text; else in the Ref cell's
bookmark "_cqc_<uid>", which survives LibreOffice saving the file, as controls do not) and each
field by its control's tag (`cqcplan.lead` …); a field whose control was deleted and typed
over as plain text is read from its column (found by header name, else by the template's
position), and text typed beside a control is kept too. Each action's second row (SMART
measure, risks, sign-off) carries the action's id in a `cqcplan.details` control (in its tag, as above) and
is read into the same row; typed over, its fields are found by their labels ("Baseline:" …),
and a second row that lost its id belongs to the action row above it. The plan's approval is
read from the cover. Excel: by header name, else by the tracker's column position; the
approval from the "Approval" sheet; a cell holding a formula gives the value Excel saved for it
(if any) and the formula as typed, never worked out. Only zipfile, lxml and (for .xlsx) openpyxl are used.
"""

import re
import zipfile
from pathlib import Path

from ..errors import DamagedPlan, InputNotFound, NotAPlan
from ..models.living import APPROVAL_FIELDS, RISK_FIELDS, SIGN_OFF_FIELDS, SMART_FIELDS, PlanReading, ReadRow, label
from .embed import read_docx_payload, read_xlsx_payload, suffix_of

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TAG_PREFIX = "cqcplan."
# header -> what the column holds; the positions are the default template's, used when a header was renamed
ACTION_COLUMNS = {"Ref": ("ref", 0), "CQC wording (verbatim)": ("wording", 4), "Actions": ("abc", 5),
                  "Leads": ("leads", 6), "Deadline": ("deadline", 7), "BRAG": ("brag", 8),
                  "Evidence / key documents": ("evidence", 9), "Status": ("status", 10), "Progress": ("progress", 11)}
CLOSED_COLUMNS = {"Ref": ("ref", 0), "CQC wording": ("wording", 1), "Actions": ("abc", 2),
                  "Evidence of completion": ("evidence", 4), "Lessons learned": ("lessons", 5), "Leads": ("leads", 6),
                  "Sign-off": ("signoff", 7)}
DETAIL_FIELDS = (*SMART_FIELDS, *RISK_FIELDS, *SIGN_OFF_FIELDS)
LABELLED = {"abc": {"A": "change", "B": "communicate", "C": "audit"},
            "leads": {"Lead": "lead", "Executive lead": "executive_lead"},
            "signoff": {label(f): f for f in SIGN_OFF_FIELDS},
            "details": {label(f): f for f in DETAIL_FIELDS}}
DETAILS = "details"  # the tag of the second row's id
BOOKMARK_PREFIX = "_cqc_"  # the row's id again, as a bookmark name: LibreOffice keeps bookmarks, not controls
XLSX_COLUMNS = {"Ref": "ref", "Id": "uid", "CQC wording (verbatim)": "wording", "Local action": "description",
                "A. Change the process": "change", "B. Communicate / train staff": "communicate",
                "C. Audit that it is embedded": "audit", "Lead": "lead", "Executive lead": "executive_lead",
                "Deadline": "deadline", "BRAG": "brag", "Evidence / key documents": "evidence", "Status": "status",
                "Progress update": "progress", "Lessons learned": "lessons",
                **{label(f): f for f in DETAIL_FIELDS}}
APPROVAL_SHEET = "Approval"


def read_plan(path: Path) -> PlanReading:
    path = Path(path)
    if not path.is_file():
        raise InputNotFound(f"no such file: {path}")
    kind = suffix_of(path)
    if kind == "docx":
        return _read_docx(path)
    if kind == "xlsx":
        return _read_xlsx(path)
    raise NotAPlan(f"{path.name}: not an action plan (give the .docx or .xlsx that cqcplan wrote)")


# ---------------------------------------------------------------- Word


def _read_docx(path: Path) -> PlanReading:
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as archive:
            source = read_docx_payload(archive, path.name)
            body = etree.fromstring(archive.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError) as exc:
        raise DamagedPlan(f"{path.name}: damaged Word file, cannot be read ({type(exc).__name__})") from exc
    rows: list[ReadRow] = []
    for table in body.iter(f"{W}tbl"):
        header = [visible_text(tc) for tc in _cells(_rows(table)[0])] if _rows(table) else []
        columns = _columns(header)
        if columns is None:
            continue
        closed = columns is CLOSED_COLUMNS
        for tr in _rows(table)[1:]:
            details = None if closed else _read_details(tr)
            if details is not None:
                _attach(rows, *details)
                continue
            row = _read_row(tr, header, columns, len(rows), closed)
            if row is not None:
                rows.append(row)
    return PlanReading(file=path.name, format="docx", source=source, rows=rows, approval=_read_approval(body))


def _columns(header: list[str]) -> dict | None:
    if header[:1] == ["Ref"] and "CQC wording (verbatim)" in header:
        return ACTION_COLUMNS
    if header[:1] == ["Ref"] and "Lessons learned" in header:
        return CLOSED_COLUMNS
    return None


def _rows(table) -> list:
    return [tr for tr in table if tr.tag == f"{W}tr"]


def _cells(tr) -> list:
    """A row's cells, including cells Word wrapped in a row-level content control."""
    return [tc for tc in tr.iter(f"{W}tc")]


def _read_row(tr, header: list[str], columns: dict, position: int, closed: bool) -> ReadRow | None:
    cells = _cells(tr)
    if len(cells) < 2 or not any(visible_text(c).strip() or _controls(c) for c in cells):
        return None  # a group heading (one merged cell) or an empty row
    tagged = _controls(tr)
    by_name = {}
    for name, (what, index) in columns.items():
        at = header.index(name) if name in header else index
        if at < len(cells):
            by_name[what] = cells[at]
    values, by_column = {}, []
    for what, cell in by_name.items():
        for field, typed in _column_values(what, cell).items():
            value = _prefer(tagged.get(field), typed)
            values[field] = value
            if field not in tagged or value != tagged[field]:
                by_column.append(field)
    for field, value in tagged.items():
        values.setdefault(field, value)
    ref_cell = by_name.get("ref")
    ref = visible_text(ref_cell).split("\n")[0].strip() if ref_cell is not None else ""
    wording = values.pop("wording", "")
    uid = values.pop("id", "") or _bookmarked_id(cells[0])
    values.pop("ref", None)
    by_column = [f for f in by_column if f not in ("wording", "ref")]
    return ReadRow(uid=uid.strip(), ref=ref, values=values, wording=wording, position=position,
                   closed_table=closed, by_column=sorted(set(by_column)))


def _bookmarked_id(cell) -> str:
    for mark in cell.iter(f"{W}bookmarkStart"):
        name = mark.get(f"{W}name", "")
        if name.startswith(BOOKMARK_PREFIX):
            return name[len(BOOKMARK_PREFIX):]
    return ""


def _read_details(tr) -> tuple[str, dict[str, str], list[str]] | None:
    """An action's second row: (its action's id, or "" when lost; values; fields typed over its controls).
    None for any other row (an action row carries `cqcplan.id` and its ref in the first cell)."""
    tagged = _controls(tr)
    uid = tagged.pop(DETAILS, None)
    cells = _cells(tr)
    typed = _labelled([line for cell in cells for line in _paragraph_texts(cell)], LABELLED["details"])
    if uid is None and ("id" in tagged or not cells or visible_text(cells[0]).strip()
                        or not (typed or set(tagged) & set(DETAIL_FIELDS))):
        return None
    values, by_column = {}, []
    for field in DETAIL_FIELDS:
        if field in tagged or field in typed:
            values[field] = _prefer(tagged.get(field), typed.get(field, ""))
            if field not in tagged or values[field] != tagged[field]:
                by_column.append(field)
    return (uid or "").strip(), values, by_column


def _attach(rows: list[ReadRow], uid: str, values: dict[str, str], by_column: list[str]) -> None:
    """The second row's values into its action's row: the last one read with its id (a copied pair
    stays a pair), else the row above; a second row whose action row is gone stands alone."""
    at = next((i for i in range(len(rows) - 1, -1, -1) if uid and rows[i].uid == uid), None)
    if at is None and not uid and rows:
        at = len(rows) - 1
    if at is None:
        rows.append(ReadRow(uid=uid, values=values, position=len(rows), by_column=sorted(by_column),
                            second_line_only=True))
        return
    row = rows[at]
    rows[at] = row.model_copy(update={"values": {**row.values, **values},
                                      "by_column": sorted({*row.by_column, *by_column})})


def _read_approval(body) -> dict[str, str]:
    """The cover's approval fields: by control tag, else the table headed "Approved by" … by column."""
    tagged = {f: v for f, v in _controls(body).items() if f in APPROVAL_FIELDS}
    typed: dict[str, str] = {}
    for table in body.iter(f"{W}tbl"):
        rows = _rows(table)
        header = [visible_text(tc).strip() for tc in _cells(rows[0])] if rows else []
        if len(rows) > 1 and label("approved_by") in header:
            cells = _cells(rows[1])
            typed = {f: visible_text(cells[header.index(label(f))]).strip() for f in APPROVAL_FIELDS
                     if label(f) in header and header.index(label(f)) < len(cells)}
            break
    return {f: _prefer(tagged.get(f), typed.get(f, "")) for f in APPROVAL_FIELDS if f in tagged or f in typed}


def _prefer(tagged: str | None, typed: str) -> str:
    """The control's value, unless the cell holds more than it (text typed beside the control)."""
    if tagged is None:
        return typed
    return typed if typed.strip() and tagged.strip() in typed and typed.strip() != tagged.strip() else tagged


def _column_values(what: str, cell) -> dict[str, str]:
    """A cell's plain text as field values; the A/B/C, Leads and Sign-off cells hold labelled lines."""
    if what not in LABELLED:
        return {what: visible_text(cell).strip()} if what not in ("ref",) else {}
    return _labelled(_paragraph_texts(cell), LABELLED[what])


def _labelled(lines: list[str], labels: dict[str, str]) -> dict[str, str]:
    """Field values from lines that start "Label:"; a line under a labelled one belongs to it."""
    found: dict[str, str] = {}
    pattern = re.compile(r"^\s*(" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) + r")\b[^:]*:\s*(.*)$",
                         re.S)
    last = None
    for line in lines:
        match = pattern.match(line)
        if match:
            last = labels[match.group(1)]
            found[last] = match.group(2).strip()
        elif last and line.strip():  # a line typed under a labelled one belongs to it
            found[last] = f"{found[last]}\n{line.strip()}".strip()
    return found


def _controls(element) -> dict[str, str]:
    """Field -> text of each cqcplan content control inside `element`. A row's id is kept in its control's
    tag ("cqcplan.id:<uid>"); a plan written before that kept it as the control's hidden text."""
    found = {}
    for sdt in element.iter(f"{W}sdt"):
        tag = sdt.find(f"{W}sdtPr/{W}tag")
        name = tag.get(f"{W}val", "") if tag is not None else ""
        if not name.startswith(TAG_PREFIX):
            continue
        field, in_tag, value = name[len(TAG_PREFIX):].partition(":")
        content = sdt.find(f"{W}sdtContent")
        if in_tag:
            found[field] = value.strip()
        elif content is None:
            found[field] = ""
        else:
            text = "".join(content.itertext()) if field in ("id", DETAILS) else visible_text(content)
            found[field] = text.strip()
    return found


def _paragraph_texts(element) -> list[str]:
    return [visible_text(p) for p in element.iter(f"{W}p")]


def visible_text(element) -> str:
    """What Word shows: text of runs not hidden (w:vanish), tabs and breaks, paragraphs on lines."""
    if element is None:
        return ""
    if element.tag == f"{W}p":
        return "".join(_run_text(r) for r in element.iter(f"{W}r"))
    paragraphs = list(element.iter(f"{W}p"))
    if not paragraphs:
        return "".join(_run_text(r) for r in element.iter(f"{W}r"))
    return "\n".join(visible_text(p) for p in paragraphs)


def _run_text(run) -> str:
    if run.find(f"{W}rPr/{W}vanish") is not None:
        return ""
    parts = []
    for child in run:
        if child.tag == f"{W}t":
            parts.append(child.text or "")
        elif child.tag == f"{W}tab":
            parts.append("\t")
        elif child.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


# ---------------------------------------------------------------- Excel


def _read_xlsx(path: Path) -> PlanReading:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=True)  # a formula's value as Excel last worked it out, if saved
        typed = load_workbook(path)  # ... and the formula itself, which cqcplan never works out
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise DamagedPlan(f"{path.name}: damaged Excel file, cannot be read ({type(exc).__name__})") from exc
    source = read_xlsx_payload(book, path.name)
    sheet = book["Actions"] if "Actions" in book.sheetnames else book.worksheets[0]
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    formulas = [[_formula(c) for c in r] for r in typed[sheet.title].iter_rows()]
    if not table:
        return PlanReading(file=path.name, format="xlsx", source=source, rows=[])
    from .render.rows import HEADERS

    header = [str(h or "").strip() for h in table[0]]
    where = {field: at for name, field in XLSX_COLUMNS.items() if (at := _column(header, name, HEADERS)) is not None}
    rows = []
    for line, line_formulas in zip(table[1:], formulas[1:]):
        values = {f: _cell_text(line[i]) if i < len(line) else "" for f, i in where.items()}
        found = {f: line_formulas[i] for f, i in where.items() if i < len(line_formulas) and line_formulas[i]}
        if not any(values.values()) and not found:
            continue
        uid, ref, wording = values.pop("uid", ""), values.pop("ref", ""), values.pop("wording", "")
        rows.append(ReadRow(uid=uid, ref=ref, values=values, wording=wording, position=len(rows),
                            formulas={f: v for f, v in found.items() if f in values or f == "wording"}))
    approval, approval_formulas = _xlsx_approval(book), _xlsx_approval(typed, _formula)
    return PlanReading(file=path.name, format="xlsx", source=source, rows=rows, approval=approval,
                       approval_formulas={f: v for f, v in approval_formulas.items() if v})


def _column(header: list[str], name: str, headers: list[str]) -> int | None:
    """By header name; else the tracker's own position when its header was renamed, but not when another
    known column stands there or none does (a tracker from before the column was added)."""
    if name in header:
        return header.index(name)
    at = headers.index(name)
    return at if at < len(header) and header[at] not in headers else None


def _xlsx_approval(book, text_of=None) -> dict[str, str]:
    """The Approval sheet's fields, each cell as `text_of` gives it (default: its value as text)."""
    text_of = text_of or (lambda cell: _cell_text(cell.value))
    if APPROVAL_SHEET not in book.sheetnames:
        return {}
    table = [list(r) for r in book[APPROVAL_SHEET].iter_rows(min_row=1, max_row=2)]
    if len(table) < 2:
        return {}
    header = [str(h.value or "").strip() for h in table[0]]
    return {f: text_of(table[1][header.index(label(f))]) for f in APPROVAL_FIELDS
            if label(f) in header and header.index(label(f)) < len(table[1])}


def _formula(cell) -> str:
    """A cell's formula as typed ("=HYPERLINK(…)"), or "" for a plain value (text that starts
    with "=" but is stored as text, as cqcplan writes a local action's formula back, is text)."""
    if cell.data_type != "f":
        return ""
    text = getattr(cell.value, "text", cell.value)  # an array formula keeps its text in .text
    return text.strip() if isinstance(text, str) else ""


def _cell_text(value) -> str:
    from datetime import date, datetime

    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value).strip()
