"""Reading round eighty-eight (the random layouts' range 125000); each page is drawn here line by
line, at more than one type size:

- a should list in two columns filled in turn, its service's heading alone at the first column's
  foot (its first item did not fit under it) and the item in the second column beside it, cut
  mid-sentence at the page's foot, going on at its text's indent at the next page's top-left under
  the next page's bullets. Before, the two columns were taken for a table row's cells split by the
  page break, and the heading's cell was read on with the item's rest, which was lost (the heading
  ends no sentence and the rest opens lower case). Fails without split_rows.py's `_at_its_lines`;
- a lettered must list, an item cut at the page's foot inside its citation ("(Regulation" /
  "15(1)(e))"), the next item "b) Ensure …" under the citation's rest. Before, "b)" was taken for
  lower-case text going on the cut sentence, so the citation's rest was read as the next page's
  running header between the item's halves and left out. Fails without locate.py's `_goes_on`
  asking for no list letter.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

SERVICE = "Wards for older people with mental health problems"
CUT = ("Ensure that evidence-based guidance is used consistently by all specialties, in line with national "
       "guidance every 3-6 months.")
NEXT = "Ensure that policies and procedures are reviewed and kept up-to-date, in accordance with the trust policy."
RIGHT = ["Consider a decision-making tool for the management of patients with sepsis.",
         "Ensure that patients' weights are recorded on admission and that fridge temperatures are recorded and "
         "action is taken when they are out of range."]


def _rows(text: str, size: float, width: float) -> list[str]:
    return [" ".join(words) for words in _wrapped(text, size, width)]


def _footer(n: int, size: float) -> tuple:
    return (f"{n} Kingsbridge NHS Trust Inspection report 08/01/2022", 64.0, 800.0, 0.8 * size, False)


def _flowing(size: float) -> list[tuple]:
    """Columns 20 ems wide with a 3-em gutter; bullets half an em in from a column's edge, their text
    2.4 ems further right; the list's heading over both columns, the service's bold heading alone in
    the first column and the cut item's first two lines beside it, the page ending under them."""
    left, width, lead = 64.0, 20 * size, 1.4 * size
    right = left + width + 3 * size
    bullet, text = 0.45 * size, 2.9 * size
    rows = _rows(CUT, size, width - text)
    assert len(rows) >= 4
    top = 800.0 - 2 * lead - 3.5 * size  # the item's second line is the page's last before the footer
    first = [("The areas where the provider should make improvements are:", left, top - 2.5 * size, 1.5 * size, True)]
    first += [(words, left, top + n * 1.1 * size, size, True) for n, words in enumerate(_rows(SERVICE, size, width))]
    first += [("■", right + bullet, top, size, False)]
    first += [(words, right + text, top + n * lead, size, False) for n, words in enumerate(rows[:2])]
    first.append(_footer(1, size))
    second = [(words, left + text, 70.0 + n * lead, size, False) for n, words in enumerate(rows[2:])]
    below = 70.0 + len(rows[2:]) * lead + 0.6 * size
    second += [("■", left + bullet, below, size, False)]
    second += [(words, left + text, below + n * lead, size, False) for n, words in enumerate(_rows(NEXT, size, width - text))]
    top = 70.0
    for item in RIGHT:  # the second column runs on further down than the first
        second += [("■", right + bullet, top, size, False)]
        second += [(words, right + text, top + n * lead, size, False) for n, words in enumerate(_rows(item, size, width - text))]
        top += len(_rows(item, size, width - text)) * lead + 0.6 * size
    second.append(_footer(2, size))
    return [(A4, first), (A4, second)]


@pytest.mark.parametrize("size", [10.0, 12.0])
def test_heading_alone_at_a_column_foot_is_no_cell_going_on(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "flowing.pdf", _flowing(size)))
    assert sorted((kind, text, page) for kind, _, text, page in found) == sorted([
        ("should", CUT, 1), ("should", NEXT, 2), *(("should", text, 2) for text in RIGHT)])


LETTERED = [("a)", "Ensure that risk assessments for falls, pressure ulcers and nutrition are completed on admission "
                   "on all medical wards every 3-6 months. (Regulation 15(1)(e))"),
            ("b)", "Ensure that emergency equipment across both hospital sites is checked daily. (Regulation 12)")]


def _cut_in_citation(size: float) -> list[tuple]:
    """The first item's lines at the first page's foot up to its citation's opening word; the
    citation's rest opening the next page at the item's text indent, the next item under it."""
    left, width, lead, indent = 70.0, 24 * size, 1.35 * size, 2.2 * size
    text = LETTERED[0][1]
    head, tail = text[: text.index("15(1)")].rstrip(), "15(1)(e))"
    rows = _rows(head, size, width - indent)
    top = 780.0 - len(rows) * lead
    first = [("The service must:", left, top - 2.0 * size, 1.2 * size, True), ("a)", left, top, size, False)]
    first += [(words, left + indent, top + n * lead, size, False) for n, words in enumerate(rows)]
    first.append(_footer(1, size))
    second = [(tail, left + indent, 70.0, size, False), ("b)", left, 70.0 + lead + 0.5 * size, size, False)]
    second += [(words, left + indent, 70.0 + (n + 1) * lead + 0.5 * size, size, False)
               for n, words in enumerate(_rows(LETTERED[1][1], size, width - indent))]
    second.append(_footer(2, size))
    return [(A4, first), (A4, second)]


@pytest.mark.parametrize("size", [10.0, 13.0])
def test_list_letter_under_a_cut_citation_is_the_next_item(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "lettered.pdf", _cut_in_citation(size)))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", text) for _, text in LETTERED]


MUSTS = ["The hospital must make sure that staff receive an annual appraisal and regular clinical supervision.",
         "The hospital must ensure that the well-led framework is embedded, with clear lines of accountability "
         "for quality (HBN 00-09)."]
SHOULDS = ["The service should continue to improve the recording of pain scores in outpatients.",
           "The hospital should review the discharge arrangements so that patients are not delayed "
           "unnecessarily, including that:"]
SUBS = ["staff have access to up-to-date policies;", "falls risk assessments are reviewed after every fall."]


def _table_row(size: float) -> list[tuple]:
    """A header row of two list cells over a row of two cells 20 ems wide, bullets at each cell's edge
    and their text 2.4 ems in; the row cut at the page's foot, the must cell mid-sentence, the should
    cell after its last item's lead-in; at the next page's top the must's rest and the should's
    sub-items, bulleted alike, their bullets a little right of the items' text."""
    left, width, lead, text = 74.0, 20 * size, 1.35 * size, 2.4 * size
    right = left + width + 2.5 * size
    top = 100.0
    first = [("The hospital must:", left, top, size, True),
             ("The hospital should:", right, top, size, True)]
    cells = {left: [_rows(item, size, width - text) for item in MUSTS],
             right: [_rows(item, size, width - text) for item in SHOULDS]}
    cut = 2  # the must's last item keeps two lines on the first page
    base = 780.0 - max(sum(map(len, cells[left][:-1])) + cut, sum(map(len, cells[right]))) * lead - 0.6 * size
    for x, items in cells.items():
        y = base  # both cells start level
        for n, rows in enumerate(items):
            keep = rows[:cut] if x == left and n == len(items) - 1 else rows
            first.append(("•", x, y, size, False))
            first += [(words, x + text, y + k * lead, size, False) for k, words in enumerate(keep)]
            y += len(keep) * lead + 0.5 * size
    first.append(_footer(1, size))
    second = [(words, left + text, 70.0 + k * lead, size, False) for k, words in enumerate(cells[left][-1][cut:])]
    y = 70.0
    for sub in SUBS:
        rows = _rows(sub, size, width - 2 * text)
        second.append(("•", right + text + 1.2 * size, y, size, False))
        second += [(words, right + 2 * text + 1.2 * size, y + k * lead, size, False) for k, words in enumerate(rows)]
        y += len(rows) * lead
    second.append(_footer(2, size))
    return [(A4, first), (A4, second)]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_should_cell_going_on_with_its_first_sub_item(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "row.pdf", _table_row(size)))
    assert sorted((kind, text) for kind, _, text, _ in found) == sorted(
        [("must", text) for text in MUSTS] + [("should", SHOULDS[0]), ("should", "\n".join([SHOULDS[1], *SUBS]))])
