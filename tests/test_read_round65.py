"""Reading round sixty-five (fresh random seeds of range 118000); each page is drawn here line by line,
at several type sizes:

- a list bulleted with squares going on at the next page's top, where a scan's text layer kept
  another list's letters ("(a)", text) and lost the squares (a glyph its font cannot encode): each
  paragraph at the items' text after a finished sentence, opening like a statement, is the next item.
  Before, a page with any list marker in its text counted as one whose bullets are in its text, so
  the paragraphs ran on as one item;
- a Core service | They must | They should table going on over pages under its repeated header row: an
  item announcing its sub-items at a page's foot ("including that:") takes the sub-bullets at the next
  page's top; an item cut mid-sentence goes on under the next header row, whose label and should
  columns are empty there, the label and must cells (no gutter parts them) read as one line "Core
  service They must:". Before, the sub-items were musts of their own, and the must column's next
  items were read as shoulds (the should cell, read after the merged cell, opened its list over them);
- a Core service | Actions table whose rows open with their list's heading beside the service ("Surgery" |
  "The location must:"), then a should list grouped by the same services set as headings: the first row
  is no header row, so the services' headings later are groups, not that row repeated (seed 118030).

Each test fails without its change: locate.py's `_marker_shape` (a page's markers by their shape); and
for the table, each of `_subs_resumed`, `_list_cell_ending` (the list cell a merged header line ends
with), `_header_cell_left` (the cut item's list heading read past beside the next list's), the item
cut at a page's foot carried to the list opened beside its own (`_open_list`) and kept its own list's
kind (`_resume`), and header_rows.py's `_distinct` (a header cell read again over a later column is one
cell of its row, so a later page's row with two cells read as one is still the row repeated); and
`_note_header_row` (no cell of a header row names a core service).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_known_failures import HIDDEN  # noqa: E402
from test_read_round7e import _findings, _wrapped  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LETTERED = "The trust must ensure that all staff complete mandatory training, including safeguarding."


@pytest.mark.parametrize("size", [10.0, 13.0])
def test_items_on_a_page_that_lost_their_bullets_but_kept_another_list_s_letters_are_items(tmp_path, size):
    def item(lines: list[tuple], marker: str, text: str, top: float) -> float:
        if marker:
            lines.append((marker, 60.0, top, size, False))
        for words in _wrapped(text, size, 420.0):
            lines.append((" ".join(words), 60.0 + 2.2 * size, top, size, False))
            top += 1.4 * size
        return top + 0.5 * size

    first = [("Action the trust should take to improve", 55.0, 600.0, 1.4 * size, True)]
    item(first, "■", HIDDEN[0].replace("must", "should"), 600.0 + 2.5 * size)
    second, top = [], 70.0
    for text in HIDDEN[1:]:
        top = item(second, "", text.replace("must", "should"), top)
    second.append(("Action the trust must take to improve", 55.0, top + 2 * size, 1.4 * size, True))
    item(second, "(a)", LETTERED, top + 4.5 * size)
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.page, f.text) for f in found] == [
        ("should", page, text.replace("must", "should")) for page, text in zip((1, 2, 2), HIDDEN)] + [
        ("must", 2, LETTERED)]


# ---- a Core service | They must | They should table going on over pages with its header row repeated -------

PAGE = (792.0, 612.0)  # its height set to the text's
LABEL, MUST, SHOULD = 75.0, 210.0, 480.0  # the header cells' x; each column's bullets 6 pt right of it
HEADS = [("Core service", LABEL), ("They must:", MUST), ("They should:", SHOULD)]
SUBS = ["oxygen is prescribed for every patient who receives it;",
        "fridge temperatures are recorded and action is taken when they are out of range;",
        "patients’ weights are recorded on admission."]
TABLE_MUSTS = ["Ensure that patient records are accurate and complete in the emergency department. (Regulation 11)",
               "Ensure that infection prevention and control procedures are followed in the theatres and recovery "
               "areas, including that:",
               "Ensure that controlled drugs are checked and that discrepancies are investigated on all medical wards, "
               "so that patients receive safe care and treatment. (Regulations 12 and 17)",
               "Make sure that staff receive an annual appraisal and regular clinical supervision. (Reg 18)",
               "Ensure that controlled drugs are checked across both hospital sites. (Reg 12)",
               "Ensure that the well-led framework is embedded, with clear lines of accountability for quality, and "
               "that learning is shared across teams. (Reg 17)"]
TABLE_SHOULD = "Review the discharge arrangements so that patients are not delayed unnecessarily."


def _table_pages(size: float) -> list[tuple]:
    """Four pages of the table, each under its header row: the second opens with the sub-items of the
    first page's last must (cut after "including that:"); the third and fourth print nothing in the
    label and should columns, the must column going on from the page before mid-sentence."""
    lead, width = 1.4 * size, 200.0
    pages: list[list[tuple]] = []
    base = 0.0

    def page() -> None:
        nonlocal base
        pages.append([("Summary of findings", 68.0, 45.0, size, False)] + [
            (text, x, 95.0, 0.95 * size, True) for text, x in HEADS])
        base = 95.0 + 2.4 * size

    def item(text: str, x: float, indent: float = 0.0, limit: int = 99) -> list[str]:
        """The item's lines from its bullet at `x` on, at most `limit` of them on this page; the rest."""
        nonlocal base
        lines = [" ".join(words) for words in _wrapped(text, size, width - indent)]
        pages[-1].append(("•", x, base, size, False))
        for words in lines[:limit]:
            pages[-1].append((words, x + 2.2 * size, base, size, False))
            base += lead
        base += 0.5 * size
        return lines[limit:]

    page()
    pages[-1].append(("Critical care", LABEL, base, size, False))
    row = base
    item(TABLE_SHOULD, SHOULD + 6)
    base = row
    for text in TABLE_MUSTS[:2]:
        item(text, MUST + 6)
    page()
    for text in SUBS:
        item(text, MUST + 6 + 3.4 * size, indent=3.4 * size)
    pages[-1] += [("Surgery", LABEL, base, size, False), ("None identified.", SHOULD, base, size, False)]
    rest = item(TABLE_MUSTS[2], MUST + 6, limit=3)
    page()
    base -= 0.5 * size
    for words in rest:
        pages[-1].append((words, MUST + 6 + 2.2 * size, base, size, False))
        base += lead
    base += 0.5 * size
    item(TABLE_MUSTS[3], MUST + 6)
    item(TABLE_MUSTS[4], MUST + 6)
    rest = item(TABLE_MUSTS[5], MUST + 6, limit=len(_wrapped(TABLE_MUSTS[5], size, width)) - 1)
    foot = base  # the running footer right under the longest page's text (no blank closes the columns above it)
    page()
    pages[-1] += [(words, MUST + 6 + 2.2 * size, base, size, False) for words in rest]
    return [((PAGE[0], foot + 3 * size), lines + [(f"{n} Anytown Hospitals NHS Foundation Trust Quality Report", 68.0,
                                                   foot, size, False)]) for n, lines in enumerate(pages, 1)]


def _boxes(size: float) -> list[tuple]:
    """The header row's ruled cells, on each page."""
    edges = [LABEL - 7, MUST - 7, SHOULD - 7, 743.0]
    return [(x0, 95.0 - 1.5 * size, x1, 95.0 + 0.75 * size) for x0, x1 in zip(edges, edges[1:])]


@pytest.mark.parametrize("size", [12.0, 16.0])
def test_a_must_column_goes_on_under_a_repeated_header_row_over_empty_label_and_should_cells(tmp_path, size):
    """The must column's items read whole and as musts: an item announcing its sub-items at a page's foot
    takes the sub-bullets at the next page's top; an item cut mid-sentence goes on under the next page's
    header row, whose label and should columns are empty there (the label cell and the must cell, no
    gutter between them, read as one line)."""
    from test_read_round62 import _draw, _found

    pages = _table_pages(size)
    found = _found(_draw(tmp_path / "report.pdf", pages, [_boxes(size)] * len(pages)))
    musts = TABLE_MUSTS[:1] + [TABLE_MUSTS[1] + "\n" + "\n".join(SUBS)] + TABLE_MUSTS[2:]
    assert sorted((kind, text, page) for kind, _, text, page in found) == sorted([
        ("must", musts[0], 1), ("must", musts[1], 1), ("should", TABLE_SHOULD, 1), ("must", musts[2], 2),
        ("must", musts[3], 3), ("must", musts[4], 3), ("must", musts[5], 3)])


# ---- a row's core service beside its list heading is no header row ------------------------------------------

ROWS = [("Surgery", "Ensure that emergency equipment in the theatres is checked daily and that checks are recorded."),
        ("Maternity", "Ensure that at least 90% of medical staff complete safeguarding children level 3 training.")]
GROUPED = [("Surgery", "Continue to work with commissioners to reduce referral to treatment times."),
           ("Maternity", "Review how it supports staff wellbeing after serious incidents."),
           ("Trustwide", "Improve the documentation of observations and the frequency of monitoring.")]


def _numbered(lines: list[tuple], text: str, x: float, top: float, size: float, width: float) -> float:
    """Item "1." at `x`, its text wrapped under a hanging indent; the top under it."""
    lines.append(("1.", x, top, size, False))
    for words in _wrapped(text, size, width):
        lines.append((" ".join(words), x + 2.2 * size, top, size, False))
        top += 1.4 * size
    return top + size


@pytest.mark.parametrize("size", [11.0, 15.0])
def test_a_core_service_beside_its_row_s_list_heading_is_no_header_row_repeated_later(tmp_path, size):
    """A Core service | Actions table whose rows each open with their list's heading beside the service
    ("Surgery" | "The location must:"), then a should list grouped by the same services set as headings,
    and a group naming none ("Trustwide") set like them: each group's item is read, under its group.
    Before, the first row was taken for a header row, so the services' headings later were read past
    as that row repeated, and "Trustwide", no group then, ended the list before its item."""
    lines, top = [("The location must:", 60.0, 60.0, 1.5 * size, True),
                  ("Core service", 66.0, 60.0 + 2.5 * size, size, True), ("Actions", 212.0, 60.0 + 2.5 * size, size, True)], \
        60.0 + 4.5 * size
    for service, text in ROWS:
        lines += [(service, 66.0, top, size, False), ("The location must:", 212.0, top, size, False)]
        top = _numbered(lines, text, 218.0, top + 1.6 * size, size, 300.0)
    later = [("The location should:", 60.0, 60.0, 1.5 * size, True)]
    top = 60.0 + 3 * size
    for group, text in GROUPED:
        later.append((group, 60.0, top, 1.8 * size, True))
        top = _numbered(later, text, 66.0, top + 2.6 * size, size, 420.0)
    later.append(("Is the service effective?", 60.0, top + size, 1.2 * size, True))
    later.append(("Leaders were visible and approachable, and staff said the senior team had improved.", 60.0,
                  top + 3 * size, size, False))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines, later]))
    assert [(f.kind, f.service, f.text) for f in found] == [("must", service, text) for service, text in ROWS] + [
        ("should", None if group == "Trustwide" else group, text) for group, text in GROUPED]
