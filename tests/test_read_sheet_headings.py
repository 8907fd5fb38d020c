"""Outside set GP (05_calc_register): a trust's CQC action register printed from a spreadsheet with
its row and column headings: the column letters across the top and the row numbers down the left,
each number centred on its (tall) row. The stack of numbers ended the label column's gutter, so the
Ref | Core service | Action cells were spliced row by row (`sheet_headings.py` drops both). Read
apart, each row's ref and core service cell ("M01 Urgent and emergency" / "care") opened the item
before its statement; it is the list's group, the statement in the next cell its item
(`locate._label_beside`).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from test_read_outside_tables import _Page  # noqa: E402
from reading import read_findings  # noqa: E402

from cqcplan.pipeline.sheet_headings import without_sheet_headings  # noqa: E402

ROWS = [("M01", "Urgent and emergency care", "The trust must ensure that patients in the emergency department receive "
         "an initial clinical assessment within 15 minutes of arrival. (Regulation 12(2)(a))"),
        ("M02", "Urgent and emergency care", "The trust must ensure that patients cared for in corridors have their "
         "privacy and dignity maintained. (Regulation 10(1))"),
        ("M03", "Medical care (including older people's care)", "The trust must ensure that mental capacity "
         "assessments are completed and recorded when patients may lack capacity to consent to care. (Regulation 11(1))"),
        ("M04", "Maternity", "The trust must ensure that emergency equipment on the delivery suite is checked daily. "
         "(Regulation 12(2)(e))")]


def _register(path, size: float, headings: bool, hidden: int = 0) -> None:
    """The register's first column block: a title row, the list heading, a header row, one row per action
    (ref | core service wrapped in its cell | the action wrapped in its cell), with the sheet's headings; the
    `hidden` rows a filter hides before the first action's row leave a gap in the row numbers."""
    page = _Page(path, size)
    numbers_x, ref_x = 40.0, 40.0 + 2.5 * size
    service_x, action_x = ref_x + 4 * size, ref_x + 15 * size
    action_w, service_w = 36 * size, 10 * size
    small = 0.85 * size
    if headings:
        for letter, x in (("A", ref_x), ("B", service_x), ("C", action_x + 10 * size)):
            page.put(letter, x, 50, small)
    top, row = 50 + 2 * size, 1
    cells = [("Kestlebury Hospitals NHS Trust - CQC action register", 1.2 * size, True),
             ("Action the trust MUST take to improve", 1.2 * size, True)]

    def number(top: float) -> None:  # the row's number in the heading column
        if headings:
            page.canvas.setFont("Helvetica", small)
            page.canvas.drawCentredString(numbers_x + 0.5 * size, 842.0 - top - small, str(row))
    for text, height, bold in cells:
        page.put(text, ref_x, top, height, bold)
        number(top)
        top, row = top + 2 * size, row + 1
    for text, x in (("Ref", ref_x), ("Core service", service_x), ("CQC action (as worded in report)", action_x)):
        page.put(text, x, top, bold=True)
    number(top)
    top, row = top + 2 * size, row + 1 + hidden

    def grid(top: float, bottom: float) -> None:  # the sheet's gridlines round a row's cells
        page.canvas.setLineWidth(0.4)
        page.canvas.line(ref_x - 0.3 * size, 842.0 - bottom, action_x + action_w + 0.3 * size, 842.0 - bottom)
        for x in (ref_x, service_x, action_x, action_x + action_w + size):
            page.canvas.line(x - 0.3 * size, 842.0 - top, x - 0.3 * size, 842.0 - bottom)
    for ref, service, action in ROWS:
        lines = simpleSplit(action, "Helvetica", size, action_w)
        names = simpleSplit(service, "Helvetica", size, service_w)
        page.put(ref, ref_x, top)
        for n, words in enumerate(names):
            page.put(words, service_x, top + 1.2 * size * n)
        for n, words in enumerate(lines):
            page.put(words, action_x, top + 1.2 * size * n)
        height = 1.2 * size * max(len(lines), len(names)) + 1.4 * size
        grid(top - 0.5 * size, top + height - 0.5 * size)
        number(top + height / 2 - size)  # centred down its row
        top, row = top + height, row + 1
    page.save()


@pytest.mark.parametrize("size", [8.0, 9.0, 11.0])
@pytest.mark.parametrize("hidden", [0, 4])
def test_a_sheet_printed_with_its_headings_reads_each_row_s_action_under_its_service(tmp_path, size, hidden):
    path = tmp_path / "register.pdf"
    _register(path, size, headings=True, hidden=hidden)
    assert [(f.kind, f.service, f.text) for f in read_findings(path)] == [("must", s, a) for _, s, a in ROWS]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_ref_and_service_cell_before_the_action_is_its_group_not_its_words(tmp_path, size):
    path = tmp_path / "register.pdf"
    _register(path, size, headings=False)
    assert [(f.kind, f.service, f.text) for f in read_findings(path)] == [("must", s, a) for _, s, a in ROWS]


def _word(text: str, x0: float, top: float, size: float = 8.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 0.55 * size * len(text), "top": top, "bottom": top + size, "size": size}


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_table_s_own_number_column_stays_without_the_sheet_s_letters(size):
    """Numbers counting in ones down a table's first column, with no row of column letters over them,
    are the table's "No." column: kept (the letters' row is what says the sheet's headings are printed)."""
    rows = [[_word("No.", 40, 40, size), _word("Action", 40 + 4 * size, 40, size)]]
    rows += [[_word(str(n), 40, 40 + 3 * n * size, size), _word("Ensure", 40 + 4 * size, 40 + 3 * n * size, size)]
             for n in range(1, 5)]
    assert without_sheet_headings(rows) == rows
    letters = [[_word("A", 40 + 4 * size, 40 - 2 * size, size), _word("B", 40 + 12 * size, 40 - 2 * size, size)]]
    numbered = [[_word(str(n), 40, 40 + 3 * (n - 1) * size, size)] + ([_word("Ensure", 40 + 4 * size, 40 + 3 * (n - 1) * size, size)] if n > 1 else [])
                for n in range(1, 5)]
    assert [[w["text"] for w in row] for row in without_sheet_headings(letters + numbered)] == [["Ensure"]] * 3
