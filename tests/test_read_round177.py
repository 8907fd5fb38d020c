"""Reading round 177: a list item's marker set in the list's hanging gutter, drawn here with reportlab's canvas at
three type sizes, every place in the type's terms:

- a word printed as every item's marker ("bullet", "item", "next") where a bullet glyph would stand, left of the
  text edge the item's lines share, on a baseline of its own a little lower or higher than the item's first line, in
  type of its own, its box reaching over the item's first word or ending short of it: the item's marker, whatever
  its glyphs, never read into the item's wrapped lines nor into the item before; the statement is the text after it
  (before, the marker was a row of its own read between the item's first two lines, "... to reduce bullet them
  are completed": read.py `_hung_words`).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from test_read_round32 import _findings  # noqa: E402
from test_read_round170 import SIZES, _text  # noqa: E402

MUSTS = [["The trust must ensure that staff complete mandatory training in basic life support and that",
          "the training records are kept up to date. (Regulation 18(2)(a))"],
         ["The trust must ensure that ligature risks on the ward are assessed and that actions to reduce",
          "them are completed. (Regulation 12(2)(d))"],
         ["The trust must ensure that medicines are stored safely. (Regulation 12(2)(g))"]]
SHOULDS = [["The trust should ensure that the risk register records the actions taken to reduce each risk and",
            "the date each risk was last reviewed."],
           ["The trust should consider how it gathers the views of people whose first language is not English."]]
# (marker, its type against the text's, its baseline below the item's first (ems of the text), hang (ems))
MARKERS = [("bullet", 1.2, 0.21, 1.2), ("item", 1.0, -0.15, 2.2), ("next", 0.9, 0.3, 2.0), ("bullet", 1.0, 0.35, 1.2)]


def _list_page(path, size: float, marker: str, scale: float, offset: float, hang: float) -> None:
    width, height = A4
    canvas = Canvas(str(path), pagesize=(width, height))
    margin, lead = 5 * size, 1.3 * size
    top = 5 * size
    for heading, items in (("Action the trust MUST take to improve", MUSTS),
                           ("Action the trust SHOULD take to improve", SHOULDS)):
        _text(canvas, margin, top, heading, "Helvetica-Bold", 1.3 * size, height)
        top += 2.4 * size
        for lines in items:
            _text(canvas, margin, top + offset * size + 0.8 * size - 0.8 * scale * size, marker, "Helvetica",
                  scale * size, height)
            for k, line in enumerate(lines):
                _text(canvas, margin + hang * size, top + k * lead, line, "Helvetica", size, height)
            top += len(lines) * lead + 0.6 * size
        top += 1.2 * size
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("marker, scale, offset, hang", MARKERS)
def test_a_word_hung_in_a_list_s_gutter_marks_its_item(tmp_path, size, marker, scale, offset, hang):
    path = tmp_path / "report.pdf"
    _list_page(path, size, marker, scale, offset, hang)
    want = [("must", " ".join(lines)) for lines in MUSTS] + [("should", " ".join(lines)) for lines in SHOULDS]
    assert [(kind, text) for kind, _, text in _findings(path)] == want
