"""Reading round thirty (issue 10), the harder batch CS as a development set: a 2014 trust letter's
must and should lists set in two narrow columns, each grouped by location under bold headings,
with a note box floated beside the must list in smaller type; built here with reportlab at several
type sizes (all geometry in ems of the type):

- the note runs over the page break: its lines at the next page's top, no longer level with the
  item they are read beside, are the note's, not the item's (locate.py `_note_goes_on`);
- below the note's end, a bold location heading in the right column and a list number hung left
  of the left column's lines keep the stretch of columns going: each column is read whole (read.py
  `_goes_on`; before, the right column's top, an item's last lines, was joined to the item open
  in the left one);
- "in line with Regulation 20(1)" / "(a) of the …": the paragraph goes on the citation, no
  sub-item (locate.py `_citation_goes_on`);
- the should list's left column ends with its list going on at the right column's top ("D." then
  "E."): the signature set under the left column, a paragraph gap below both, is read after the
  columns, not between them (gutters.py `_numbered_on_right`);
- a table's label cell justified to its width, run up to the bullet beside it, is a cell of its
  own (read.py `_justified_run_ended`);
- a heading's last line in small type sharing the row of a title in large type in the next column
  is read after the heading's first line (read.py `_top_down`);
- a pull-quote whose first line stands a little above the list's heading is still a note beside
  the list (locate.py `_level_with`);
- a key question on the first page over a quality statement's heading in smaller type heads its
  section, no ratings grid's label (locate.py `_heads_a_section`).
Each test fails without its change(s).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402

from test_read_outside_tables import HEIGHT, WIDTH, _Page  # noqa: E402
from reading import read_findings  # noqa: E402

R10 = "Health and Social Care Act 2008 (Regulated Activities) Regulations 2010"
MUSTS = [[("The Royal Hexley Infirmary", [
    "Ensure that there are sufficient numbers of suitably qualified, skilled and experienced nursing staff on the "
    f"medical wards at night, in line with Regulation 22 of the {R10}.",
    "Ensure that records of patients’ fluid balance and nutritional intake are accurately maintained, in line "
    f"with Regulation 20(1)|(a) of the {R10}.",  # "|": a line break
    "Ensure that the outpatient booking backlog is cleared and that patients on the follow-up waiting list are "
    "clinically reviewed."])],
    [("St Aldhelm’s Community Hospital", [
        "Ensure that the resuscitation equipment on Poppy ward is checked in line with trust policy.",
        "Ensure that staff understand and apply the Deprivation of Liberty Safeguards."])]]
SHOULDS = [[("The Royal Hexley Infirmary", [
    "Improve the privacy and dignity of patients in the mixed-sex bays of the acute medical unit.",
    "Review the provision of consultant cover at weekends in the emergency department.",
    "Ensure that complaints are responded to within the timescales set out in the trust’s policy.",
    "Review signage for patients with dementia across the hospital."])],
    [(None, ["Improve the completion of the early warning score charts on surgical wards."]),
     ("St Aldhelm’s Community Hospital", [
         "Ensure that the hospital’s ligature risk assessment is updated.",
         "Provide access to a dietitian five days a week.",
         "Consider providing a quiet room for relatives of patients receiving end of life care."])]]
NOTE = ["Sidebar: readers should also", "see the separate evidence", "appendix and data pack",
        "published alongside this", "report."]
ROMAN = ["i.", "ii.", "iii.", "iv."]
LETTERS = [f"{letter}." for letter in "ABCDEFGH"]


def _rows(groups, width: float, size: float, numbers, first: int = 0) -> list[tuple[float, str, bool, str]]:
    """A column's rows: (indent, text, bold, marker) for each location heading and each item's
    wrapped lines, the item's number hung left of its text."""
    rows, indent = [], 2.6 * size
    for heading, items in groups:
        if heading:
            rows.append((0.0, heading, True, ""))
            first = 0
        for n, item in enumerate(items, first):
            lines = [line for part in item.split("|") for line in simpleSplit(part, "Helvetica", size, width - indent)]
            for k, line in enumerate(lines):
                rows.append((indent, line, False, numbers[n] if k == 0 else ""))
        first += len(items)
    return rows


def _set(page: _Page, rows, x: float, top: float, size: float) -> float:
    for indent, text, bold, marker in rows:  # an empty row: a blank line
        if marker:
            page.put(marker, x + indent - 0.4 * size - stringWidth(marker, "Helvetica", size), top, size)
        if text:
            page.put(text, x + indent, top, size, bold)
        top += 1.4 * size
    return top


def _build(path, size: float) -> None:
    page = _Page(path, 1.2 * size)
    left, right = 57.0, WIDTH - 57.0
    col = 15 * size
    second, note_x = left + col + 3 * size, left + 2 * col + 6 * size
    top = page.para("We inspected the trust as part of our new in-depth hospital inspection programme. " * 8,
                    left, 60, right - left)
    foot = HEIGHT - 60 - 3 * 1.4 * size  # three of the first item's lines fit on the first page
    page.put("Importantly, the trust must:", left, foot - 2.6 * size, bold=True)
    musts = _rows(MUSTS[0], col, size, ROMAN)
    _set(page, musts[:4], left, foot, size)  # the heading and the first item's first three lines
    note_size, note_top = 0.88 * size, foot - 2.4 * size
    page.put("Note", note_x, note_top, note_size, bold=True)
    for n, text in enumerate(NOTE[:3], 1):
        page.put(text, note_x, note_top + 1.3 * n * note_size, note_size)
    page.canvas.showPage()
    # the next page: the first column goes on with the first item, the note with its last two lines
    top = 57.0
    for n, text in enumerate(NOTE[3:]):
        page.put(text, note_x, top + 1.3 * n * note_size, note_size)
    rest = musts[4:]
    cut = len(rest) - 2  # the last item's last two lines go on at the right column's top
    bottom = _set(page, rest[:cut], left, top, size)
    right_rows = rest[cut:] + [(0.0, "", False, "")] + _rows(MUSTS[1], col, size, ROMAN)
    bottom = max(bottom, _set(page, right_rows, second, top, size)) + 2 * size
    page.put("In addition the trust should:", left, bottom, bold=True)
    top = bottom + 2.6 * size
    col = (right - left - 3 * size) / 2
    shoulds = _rows(SHOULDS[0], col, size, LETTERS)
    end = _set(page, shoulds, left, top, size)
    _set(page, _rows(SHOULDS[1], col, size, LETTERS, first=4), left + col + 3 * size, top, size)
    page.put("Professor Sir Mike Richards", left, end + 1.6 * size, bold=True)
    page.put("Chief Inspector of Hospitals", left, end + 1.6 * size + 1.7 * size)
    page.put("Medical care", left, end + 7 * size, 1.5 * size, bold=True)
    page.para("We inspected the trust as part of our new in-depth hospital inspection programme. " * 3,
              left, end + 9.5 * size, right - left)
    page.save()


def _statements(lists) -> list[str]:
    return [item.replace("|", "") for column in lists for _, items in column for item in items]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_two_column_lists_beside_a_note_run_over_a_page_are_read_item_by_item(tmp_path, size):
    path = tmp_path / "letter.pdf"
    _build(path, size)
    want = [("must", text) for text in _statements(MUSTS)] + [("should", text) for text in _statements(SHOULDS)]
    assert [(f.kind, f.text) for f in read_findings(path)] == want


TABLE = [("Urgent and emergency care", [
    "The trust must ensure that patients attending the emergency department are triaged within 15 minutes of "
    "arrival, in line with national guidance. (Regulation 12(2)(a))",
    "The trust must ensure that sepsis screening and the administration of antibiotics are completed and "
    "recorded within one hour for patients who meet the criteria. (Regulation 12(2)(b))"]),
    ("Medical care (including older people’s care)", [
        "The trust must ensure that mental capacity assessments and best-interest decisions are completed and "
        "documented for patients who lack capacity to consent to care and treatment. (Regulation 11)"]),
    ("Surgery", ["The trust must ensure that the five steps to safer surgery checklist is fully completed for "
                 "every patient and that compliance is audited. (Regulation 12)"])]


def _justified(page: _Page, text: str, x: float, top: float, width: float, size: float) -> float:
    """Set `text` justified to `width` (every line but the last stretched to it, its word spaces
    widened alike); returns the top under it."""
    lines = simpleSplit(text, "Helvetica-Bold", size, width)
    for n, line in enumerate(lines):
        words = line.split()
        inked = sum(stringWidth(w, "Helvetica-Bold", size) for w in words)
        space = (width - inked) / (len(words) - 1) if n < len(lines) - 1 and len(words) > 1 else 0.28 * size
        at = x
        for word in words:
            page.put(word, at, top, size, bold=True)
            at += stringWidth(word, "Helvetica-Bold", size) + space
        top += 1.25 * size
    return top


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_justified_label_cell_run_up_to_the_bullet_beside_it_is_a_cell_of_its_own(tmp_path, size):
    """Core service | Action required: a label cell justified to its width, its first line's last
    word ending under an em before the bullet of the item beside it (its word spaces stretched far
    wider than that gap), is the row's label, not the first words of its item. The table runs over
    a page break under its header row repeated, its first page holding one row: no gutter is found
    beside one label cell, so only the stretched spaces tell the cells apart."""
    path = tmp_path / "table.pdf"
    page = _Page(path, size)
    left = 57.0
    label_w = stringWidth(TABLE[0][0], "Helvetica-Bold", size) - 0.5 * size  # its last word wraps: the line stretched
    bullet_x = left + label_w + 0.7 * size
    text_x = bullet_x + 1.25 * size
    width = WIDTH - 57.0 - text_x
    page.put("Action the trust MUST take to improve", left, 60, 1.2 * size, bold=True)
    top = 60 + 3 * size
    for n, (label, items) in enumerate(TABLE):
        if n < 2:  # the header row, on each page
            if n:
                page.canvas.showPage()
                top = 60.0
            page.put("Core service", left, top, bold=True)
            page.put("Action required", bullet_x, top, bold=True)
            top += 2 * size
        row_top = top
        label_end = _justified(page, label, left, row_top, label_w, size)
        for item in items:
            page.put("•", bullet_x, top, size)
            for line in simpleSplit(item, "Helvetica", size, width):
                page.put(line, text_x, top, size)
                top += 1.25 * size
        top = max(top, label_end) + 0.8 * size
    page.save()
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == [
        ("must", item, label) for label, items in TABLE for item in items]


SERVICES = [("Acute wards for adults of working age and psychiatric intensive care units", [
    "The trust must ensure that seclusion records are fully completed, including medical reviews. (Regulation 13)",
    "The trust must ensure that ligature risk assessments are reviewed after every change to the ward "
    "environment. (Regulation 12(2)(d))"]),
    ("Community-based mental health services for adults of working age", [
        "The trust must ensure that patients on the waiting list for psychological therapies are monitored and "
        "that risk is reassessed while they wait. (Regulation 12(2)(a))",
        "The trust must ensure that clinical supervision takes place regularly. (Regulation 18(2)(a))"])]


@pytest.mark.parametrize("size", [7.0, 8.0, 9.0])
def test_a_heading_s_last_line_on_a_title_s_baseline_in_the_next_column_is_read_after_its_first(tmp_path, size):
    """Two columns: the right one's must list grouped under core services in bold, a heading's last
    line ("working age") on the baseline of the report's title in large type in the left column.
    That line shares the title's row, whose top is the title's, above the heading's first line; it
    is read after that line, so the items under it are that core service's."""
    path = tmp_path / "columns.pdf"
    page = _Page(path, size)
    left, col = 51.0, 30 * size
    right_x = left + col + 3 * size
    lead = 1.15 * size
    top = 80.0
    rows: list[tuple[str, bool]] = [("Action the provider MUST take to improve", True)]
    for service, items in SERVICES:
        rows += [(line, True) for line in simpleSplit(service, "Helvetica-Bold", size, col)]
        rows += [(line, False) for item in items for line in simpleSplit(item, "Helvetica", size, col)]
    marks = {line: n for n, (line, _) in enumerate(rows)}
    heads = [simpleSplit(service, "Helvetica-Bold", size, col) for service, _ in SERVICES]
    last = marks[heads[1][-1]]  # the second service's last line: the title's baseline
    for n, (line, bold) in enumerate(rows):
        item_start = not bold and any(line == item[:len(line)] for _, items in SERVICES for item in items)
        if item_start:
            page.put("•", right_x, top + n * lead, size)
        page.put(line, right_x + (1.2 * size if not bold else 0), top + n * lead, size, bold)
    title = 3 * size  # its baseline on the heading's last line's: put() takes a top, a size above it
    page.put("Oakfield Partnership", left, top + size - title, title, bold=True)  # beside the list's top
    page.put("Foundation Trust", left, top + last * lead + size - title, title, bold=True)
    page.para("We visited all four wards at the hospital and looked at the quality of the ward environments. " * 6,
              left, top + last * lead + 2 * size, col)
    page.save()
    assert [(f.text, f.service) for f in read_findings(path)] == [
        (item, service) for service, items in SERVICES for item in items]


@pytest.mark.parametrize("size", [10.0, 13.0, 15.0])
def test_a_pull_quote_whose_top_stands_above_the_list_heading_is_no_part_of_the_item(tmp_path, size):
    """A patient's quote floated beside a large-print list, its box level with the heading's line box,
    so its smaller type's first line stands a little higher than the heading's letters (0.65 of its
    em): still a note beside the list, not words of the item it is read after."""
    from test_read_sidebars import MUSTS as GP_MUSTS, QUOTE, _flow

    path = tmp_path / "pull.pdf"
    page = _Page(path, size)
    left, right = 56.0, WIDTH - 56.0
    quote_x, quote_size = left + 0.62 * (right - left), 0.87 * size
    top = page.para("Dr Achebe and partners is the registered provider. The practice serves 9,400 patients. " * 2,
                    left, 60, right - left) + 1.2 * size
    float_top = top - 0.65 * quote_size
    for n, text in enumerate(QUOTE):
        page.put(text, quote_x, float_top + 1.3 * n * quote_size, quote_size)
    float_bottom = float_top + 1.3 * len(QUOTE) * quote_size

    def widths(at: float) -> float:
        return (quote_x - 1.5 * size if at < float_bottom else right) - left

    top = _flow(page, "The areas where the provider must make improvement are:", left, top, widths) + 0.6 * size
    for n, text in enumerate(GP_MUSTS, 1):
        top = _flow(page, text, left, top, widths, indent=2.2 * size, number=f"2.{n}") + 0.4 * size
    page.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", text) for text in GP_MUSTS]


@pytest.mark.parametrize("size", [8.5, 9.5, 11.0])
def test_a_key_question_over_a_quality_statement_s_heading_on_the_first_page_heads_its_section(tmp_path, size):
    """An assessment's first page: a key question in large bold type over a quality statement's
    heading in small bold capitals over its text. The key question heads a section (it is no label of
    the cover's ratings grid, which is followed by a rating or the next label): a breach sentence
    under it is filed under "Safe"."""
    path = tmp_path / "saf.pdf"
    page = _Page(path, size)
    left, width = 46.0, WIDTH - 92.0
    page.put("Willowmere Lodge", left, 46, 2.5 * size, bold=True)
    top = page.para("Assessment report", left, 46 + 4 * size, width, 1.4 * size) + size
    top = page.para("Overall rating: Requires improvement", left, top, width, bold=True)
    top = page.para("Safe: Inadequate · Effective: Requires improvement · Caring: Good", left, top, width) + 2 * size
    page.put("Safe", left, top, 1.5 * size, bold=True)
    top += 3.5 * size
    page.put("STAFFING", left, top, 0.85 * size, bold=True)
    top += 1.8 * size
    page.para("Staffing levels did not meet the provider’s own dependency assessment on 9 of the 14 night "
              "shifts we reviewed, and new staff had not always completed their induction. This was a breach "
              "of regulation 18 (Staffing).", left, top, width)
    page.save()
    assert [(f.kind, f.section) for f in read_findings(path)] == [("must", "Safe")]
