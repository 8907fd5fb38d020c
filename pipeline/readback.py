"""Read an edited plan back: the embedded plan as written, and what is now in each row.

Word: every action row is found by its hidden id (`cqcplan.id` content control) and each
field by its control's tag (`cqcplan.lead` …); a field whose control was deleted and typed
over as plain text is read from its column (found by header name, else by the template's
position), and text typed beside a control is kept too. Excel: by header name, else by
the tracker's column position. Only zipfile, lxml and (for .xlsx) openpyxl are used.
"""

import re
import zipfile
from pathlib import Path

from ..errors import DamagedPlan, InputNotFound, NotAPlan
from ..models.living import ReadRow, PlanReading
from .embed import read_docx_payload, read_xlsx_payload, suffix_of

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TAG_PREFIX = "cqcplan."
# header -> what the column holds; the positions are the default template's, used when a header was renamed
ACTION_COLUMNS = {"Ref": ("ref", 0), "CQC wording (verbatim)": ("wording", 4), "Actions": ("abc", 5),
                  "Leads": ("leads", 6), "Deadline": ("deadline", 7), "BRAG": ("brag", 8),
                  "Evidence / key documents": ("evidence", 9), "Status": ("status", 10), "Progress": ("progress", 11)}
CLOSED_COLUMNS = {"Ref": ("ref", 0), "CQC wording": ("wording", 1), "Evidence of completion": ("evidence", 3),
                  "Lessons learned": ("lessons", 4), "Leads": ("leads", 5)}
LABELLED = {"abc": {"A": "change", "B": "communicate", "C": "audit"},
            "leads": {"Lead": "lead", "Executive lead": "executive_lead"}}
XLSX_COLUMNS = {"Ref": "ref", "Id": "uid", "CQC wording (verbatim)": "wording", "Local action": "description",
                "A. Change the process": "change", "B. Communicate / train staff": "communicate",
                "C. Audit that it is embedded": "audit", "Lead": "lead", "Executive lead": "executive_lead",
                "Deadline": "deadline", "BRAG": "brag", "Evidence / key documents": "evidence", "Status": "status",
                "Progress update": "progress", "Lessons learned": "lessons"}


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
            row = _read_row(tr, header, columns, len(rows), closed)
            if row is not None:
                rows.append(row)
    return PlanReading(file=path.name, format="docx", source=source, rows=rows)


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
    uid = values.pop("id", "")
    values.pop("ref", None)
    by_column = [f for f in by_column if f not in ("wording", "ref")]
    return ReadRow(uid=uid.strip(), ref=ref, values=values, wording=wording, position=position,
                   closed_table=closed, by_column=sorted(set(by_column)))


def _prefer(tagged: str | None, typed: str) -> str:
    """The control's value, unless the cell holds more than it (text typed beside the control)."""
    if tagged is None:
        return typed
    return typed if typed.strip() and tagged.strip() in typed and typed.strip() != tagged.strip() else tagged


def _column_values(what: str, cell) -> dict[str, str]:
    """A cell's plain text as field values; the A/B/C and Leads cells hold labelled lines."""
    if what not in LABELLED:
        return {what: visible_text(cell).strip()} if what not in ("ref",) else {}
    labels = LABELLED[what]
    found: dict[str, str] = {}
    pattern = re.compile(r"^\s*(" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) + r")\b[^:]*:\s*(.*)$",
                         re.S)
    last = None
    for line in _paragraph_texts(cell):
        match = pattern.match(line)
        if match:
            last = labels[match.group(1)]
            found[last] = match.group(2).strip()
        elif last and line.strip():  # a line typed under a labelled one belongs to it
            found[last] = f"{found[last]}\n{line.strip()}".strip()
    return found


def _controls(element) -> dict[str, str]:
    """Field -> text of each cqcplan content control inside `element` (the id includes hidden text)."""
    found = {}
    for sdt in element.iter(f"{W}sdt"):
        tag = sdt.find(f"{W}sdtPr/{W}tag")
        name = tag.get(f"{W}val", "") if tag is not None else ""
        if not name.startswith(TAG_PREFIX):
            continue
        content = sdt.find(f"{W}sdtContent")
        field = name[len(TAG_PREFIX):]
        text = "".join(content.itertext()) if field == "id" else visible_text(content)
        found[field] = text.strip() if content is not None else ""
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
        book = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise DamagedPlan(f"{path.name}: damaged Excel file, cannot be read ({type(exc).__name__})") from exc
    source = read_xlsx_payload(book, path.name)
    sheet = book["Actions"] if "Actions" in book.sheetnames else book.worksheets[0]
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    if not table:
        return PlanReading(file=path.name, format="xlsx", source=source, rows=[])
    from .render.rows import HEADERS

    header = [str(h or "").strip() for h in table[0]]
    where = {field: header.index(name) if name in header else HEADERS.index(name)
             for name, field in XLSX_COLUMNS.items()}
    rows = []
    for line in table[1:]:
        values = {f: _cell_text(line[i]) if i < len(line) else "" for f, i in where.items()}
        if not any(values.values()):
            continue
        uid, ref, wording = values.pop("uid"), values.pop("ref"), values.pop("wording")
        rows.append(ReadRow(uid=uid, ref=ref, values=values, wording=wording, position=len(rows)))
    return PlanReading(file=path.name, format="xlsx", source=source, rows=rows)


def _cell_text(value) -> str:
    from datetime import date, datetime

    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value).strip()
