"""Reading round ten, outside batch AU as a development set (issue 10), on small PDFs drawn here
with reportlab and fpdf2 at several type sizes and read back whole:

- items numbered in upper-case Roman numerals ("I.", "II.", "III."): list markers, and the next
  numeral in turn is the list's next item at the next page's top, wherever its column's indents
  seem to put it (before, "I." was text: one item cut at its first line and the list lost);
- a list flowing from a right column at a page's foot to the next page's left column, its item
  there ending its sentence with a citation ("… wards. (Regulation 12(2)" / "(g))"): the next
  bullet is the next item, not a sub-bullet of it;
- two columns of a list beside a side panel, the right column's first line set a line higher
  than the left's: read as the top of its column, not before both columns;
- a side note or cell in much smaller type beside a list in large type (a key question and
  reference cell, an inspector's aside): it goes on no item and ends no list, also a narrow
  space away, on the item's first row;
- a paragraph whose last sentence leads into a list ("… must address. Importantly, the
  hospital must:"): the list's heading, and its lettered items the list's.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import HEIGHT, _findings, _width  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round9b import _fpdf_pages  # noqa: E402

LEFT = 56.0
MUSTS = [
    ("The provider must ensure that fire doors on the", "first floor close fully and are checked weekly.",
     "(Regulation 15(1)(e))"),
    ("The provider must make sure that agency staff", "receive an induction before their first shift."),
    ("The provider must ensure that bed rails are fitted", "only after a documented risk assessment.",
     "(Regulation 12(2)(b))"),
    ("The provider must ensure that the out of hours", "rota names a clinician for every night."),
    ("The provider must review how complaints are", "logged so that each one is answered in time."),
]
TEXTS = [" ".join(item) for item in MUSTS]
HEADER = ("Areas for improvement", LEFT - 10.0, 30.0, 7.0, False)
END = "Action we have taken"


def _item(marker: str, words: tuple, x: float, top: float, size: float, hang: float) -> tuple[list[tuple], float]:
    """A marked item: its marker at x, its lines at x + hang ems, one under another."""
    lines = [(marker, x, top, size, False)]
    for k, line in enumerate(words):
        lines.append((line, x + hang * size, top + 1.2 * k * size, size, False))
    return lines, top + 1.2 * len(words) * size + 0.4 * size


def _over_a_page(markers: list[str], size: float, last_words: tuple) -> list[list[tuple]]:
    """Two items in the left column of page 1 and one in its right column (`last_words` its
    lines), its markers set in from the column's edge; the rest at the top of page 2's left
    column, under a running header set out at the page's edge."""
    items = [MUSTS[0], MUSTS[1], last_words, MUSTS[3], MUSTS[4]]
    right = LEFT + 3.6 * size + max(_width(line, size) for item in items for line in item) + 2.5 * size
    first = [HEADER, ("Action the provider MUST take to improve", LEFT, 70.0, 1.3 * size, True)]
    top = 70.0 + 2.2 * size
    for k in range(2):
        lines, top = _item(markers[k], items[k], LEFT + 2 * size, top, size, 1.6)
        first += lines
    lines, _ = _item(markers[2], items[2], right, 70.0 + 2.2 * size, size, 1.6)
    second = [HEADER]
    top = 70.0
    for k in (3, 4):
        more, top = _item(markers[k], items[k], LEFT + 2 * size, top, size, 1.6)
        second += more
    second.append((END, LEFT, top + 2 * size, 1.3 * size, True))
    return [first + lines, second]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_roman_numerals_number_a_list_and_the_next_one_in_turn_is_its_next_item_over_a_page(tmp_path, size):
    markers = ["I.", "II.", "III.", "IV.", "V."]
    _, found = _findings(_pages(tmp_path / "report.pdf", _over_a_page(markers, size, MUSTS[2])))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in TEXTS]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_an_item_ending_with_its_citation_at_a_column_foot_is_finished(tmp_path, size):
    cited = ("The provider must ensure that medicines are", "stored in line with its policy on all wards.",
             "(Regulation 12(2)", "(g))")
    _, found = _findings(_fpdf_pages(tmp_path / "report.pdf", _over_a_page(["▪"] * 5, size, cited)))
    assert [f.text for f in found] == [TEXTS[0], TEXTS[1], "The provider must ensure that medicines are stored in "
                                       "line with its policy on all wards. (Regulation 12(2)(g))", TEXTS[3], TEXTS[4]]


@pytest.mark.parametrize("size", [8.0, 9.0])
def test_a_right_column_set_a_line_higher_beside_a_side_panel_is_read_after_the_left(tmp_path, size):
    lead, gutter, panel = 1.2 * size, 2.5 * size, 0.7 * size
    width = max(_width(line, size) for item in MUSTS for line in item)
    right = LEFT + 1.6 * size + width + gutter
    lines = [("Action the provider SHOULD take to improve", LEFT, 70.0, 1.3 * size, True)]
    top = 70.0 + 2.5 * size
    for column, (x, start) in enumerate([(LEFT, top), (right, top - lead)]):
        y = start
        for item in MUSTS[2 * column: 2 * column + 2]:
            more, y = _item("▪", item, x, y, size, 1.6)
            lines += more
    aside = ["Notes: read these actions with", "the requirement notices; they", "should be met in 28 days."]
    side = right + 1.6 * size + width + gutter
    lines += [(words, side, top + 1.25 * k * panel, panel, False) for k, words in enumerate(aside)]
    lines.append((END, LEFT, top + 8 * lead, 1.3 * size, True))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [f.text for f in found] == TEXTS[:4]


def _with_notes(size: float, note: float, notes: list[list[str]], gap_em: float | None = None) -> list[tuple]:
    """Numbered rows in large type, each with a cell of notes in small type at its first line's
    row: a column well right of the rows, top-aligned (`gap_em` None), or a narrow space after each
    first line, on its baseline."""
    lines = [("Action the provider MUST take to improve", LEFT, 70.0, 1.2 * size, True)]
    top = 70.0 + 2.4 * size
    width = max(_width(item[0], size) for item in MUSTS)
    for k, (item, cell) in enumerate(zip(MUSTS, notes), start=1):
        more, below = _item(f"{k}.", item, LEFT, top, size, 1.8)
        lines += more
        x = LEFT + 1.8 * size + (width + 3 * size if gap_em is None else _width(item[0], size) + gap_em * size)
        first = top if gap_em is None else top + size - note
        lines += [(words, x, first + 1.25 * j * note, note, False) for j, words in enumerate(cell)]
        top = max(below, top + 1.25 * len(cell) * note) + 0.6 * size
    lines.append((END, LEFT, top + size, 1.2 * size, True))
    return lines


@pytest.mark.parametrize("size,note", [(15.0, 6.0), (12.0, 7.0)])
def test_notes_in_small_type_beside_a_list_go_on_no_item_and_end_no_list(tmp_path, size, note):
    notes = [["Seen: two of five", "staff files lacked", "references."], ["Source: rota, May."],
             ["The provider should", "report to us when", "this is done."], ["Ref N-04"], ["Key question:", "Well-led"]]
    _, found = _findings(_pages(tmp_path / "report.pdf", [_with_notes(size, note, notes)]))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in TEXTS]


@pytest.mark.parametrize("size,note", [(14.0, 6.5), (13.0, 6.0)])
def test_a_note_a_narrow_space_after_a_line_in_much_larger_type_is_a_cell_of_its_own(tmp_path, size, note):
    notes = [["Key question: Safe. Ref AB-1"], ["Key question: Effective. Ref AB-2"]] + [[]] * 3
    _, found = _findings(_fpdf_pages(tmp_path / "report.pdf", [_with_notes(size, note, notes, gap_em=0.7)]))
    assert [f.text for f in found] == TEXTS


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_paragraph_ending_in_a_lead_in_sentence_opens_the_list(tmp_path, size):
    lead = 1.2 * size
    lines = [("Letter from the Chief Inspector of Hospitals", LEFT, 70.0, 1.4 * size, True),
             ("We found areas of poor practice where the provider needs", LEFT, 70.0 + 2.2 * size, size, False),
             ("to improve. Importantly, the provider must:", LEFT, 70.0 + 2.2 * size + lead, size, False)]
    top = 70.0 + 2.2 * size + 2.4 * lead
    for letter, item in zip("abcde", MUSTS):
        more, top = _item(f"({letter})", item, LEFT + 0.3 * size, top, size, 2.0)
        lines += more
    lines.append(("Professor Ann Example", LEFT, top + size, size, True))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [(f.kind, f.section, f.text) for f in found] == [
        ("must", "Importantly, the provider must:", text) for text in TEXTS]
