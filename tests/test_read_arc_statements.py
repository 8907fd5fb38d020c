"""Statements each set along an arc of their own (a noticeboard's rainbow: concentric arcs over one
centre, each glyph drawn with its own turned matrix), made here with reportlab at two type sizes and
two spacings of the arcs. Each arc is laid level at its crown (arc_text.py), one line under the next;
a reader reads each arc as a whole, so a statement ending on its arc is the item, and the next arc the
next one, however evenly the arcs stand (they are most of the page's lines, so their spacing is its
usual leading). Before, the arcs of a list were read as one paragraph: one statement of them all.
A heading wrapped over two arcs (no sentence's end on the first) is still one line of text."""

import pytest

pytest.importorskip("reportlab")

from test_read_arc_text import _on_arc  # noqa: E402
from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

HEADING = "Action the provider MUST take to improve"
ITEMS = ["The provider must ensure that staff caring for children complete level 3 safeguarding training. "
         "(Regulation 13(2))",
         "The provider must ensure that medicines fridges are kept within the safe range. (Regulation 12(2)(g))",
         "The provider must ensure that there are enough qualified nurses on every shift. (Regulation 18(1))"]


def _rainbow(path, size: float, step_ems: float, items: list[str]) -> None:
    sheet = _Sheet(path, 1191.0, 842.0)
    sheet.put(HEADING, 60.0, 40.0, 1.4 * size, "Helvetica-Bold")
    radius = 34 * size
    centre = (595.0, 842.0 - 80.0 - radius)
    for n, item in enumerate(items):
        _on_arc(sheet, item, centre, radius - n * step_ems * size, size, True, "Helvetica")
    sheet.save()


@pytest.mark.parametrize("size", [8.0, 10.0])
@pytest.mark.parametrize("step_ems", [1.8, 2.6])
def test_each_arc_is_a_statement_of_its_own(tmp_path, size, step_ems):
    path = tmp_path / "rainbow.pdf"
    _rainbow(path, size, step_ems, ITEMS)
    assert [(f.kind, f.section, f.text) for f in read_findings(path)] == [("must", HEADING, item) for item in ITEMS]


def test_a_sentence_wrapped_over_two_arcs_is_one_statement(tmp_path):
    path = tmp_path / "rainbow.pdf"
    first, rest = ITEMS[0].split(" complete ")
    _rainbow(path, 10.0, 2.6, [first, "complete " + rest, ITEMS[1]])
    assert [f.text for f in read_findings(path)] == ITEMS[:2]
