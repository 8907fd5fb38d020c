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
  columns, not between them (gutters.py `_numbered_on_right`).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402

from test_read_outside_tables import HEIGHT, WIDTH, _findings, _Page  # noqa: E402

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
    assert [(f.kind, f.text) for f in _findings(path)] == want
