"""A poster printed in tiles (made here with reportlab at two type sizes and two overlaps): each page draws
the whole poster moved so one window of it lies on the page, the next page's window overlapping the last
by a band. The band's lines are printed at the foot of one page and again at the top of the next; read as
pages, the statement printed whole in the band was read twice, and the line cut at the band's top edge
(an item's last line) ran on into the next page's copy of the band. The later copy is furniture
(tile_overlaps.py): every statement is read once, on the page it first shows on."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

HEADING = "Action the trust MUST take to improve"
ITEMS = ["The trust must ensure that fluid balance charts are completed accurately and that action is taken when "
         "intake falls below the agreed target. (Regulation 12(2)(a))",
         "The trust must ensure that resuscitation equipment is checked daily in line with trust policy and that "
         "out-of-date items are replaced. (Regulation 12(2)(e))",
         "The trust must ensure that there are enough registered nurses on night shifts to meet the assessed needs "
         "of patients. (Regulation 18(1))",
         "The trust must ensure that mental capacity assessments are completed and recorded when patients are "
         "unable to consent. (Regulation 11(1))",
         "The trust must ensure that children attending the minor injuries unit are assessed by staff with the "
         "appropriate competencies. (Regulation 12(2)(c))",
         "The trust must ensure that governance processes act on delays in the transfer of deteriorating patients. "
         "(Regulation 17(2)(b))"]


def _poster_lines(size: float) -> list[tuple[str, float, float, str, float]]:
    """The poster's lines: text, x, top (points down the whole poster), font and size; a board's notes
    under the list."""
    out, top = [(HEADING, 40.0, 30.0, "Helvetica-Bold", 1.4 * size)], 30.0 + 3 * size
    for item in ITEMS:
        for k, words in enumerate(simpleSplit(item, "Helvetica", size, 48 * size)):
            out.append(("\u2022 " + words if k == 0 else words, 40.0 if k == 0 else 40.0 + 1.1 * size, top, "Helvetica", size))
            top += 1.4 * size
        top += 0.9 * size
    for n in range(8):
        out.append((f"Note {n + 1}: progress on each action is reviewed at the ward meeting.", 40.0, top + size, "Helvetica", size))
        top += 1.4 * size
    return out


def _tiles(path, size: float, overlap_lines: float) -> None:
    """Two tiles; the second's window starts just over the fourth item's last line, `overlap_lines` of the
    items' lines above the first window's foot."""
    lines = _poster_lines(size)
    start = [top for text, _, top, _, _ in lines if text.startswith("\u2022")][3] + 1.4 * size
    height = start + overlap_lines * 1.4 * size
    sheet = _Sheet(path, 60 * size + 80.0, height)
    for page, shift in enumerate((0.0, start)):
        if page:
            sheet.next_page()
        for text, x, top, font, scale in lines:
            sheet.put(text, x, top - shift, scale, font)  # the whole poster: what falls off the page is not shown
    sheet.save()


@pytest.mark.parametrize("size", [9.0, 14.0])
@pytest.mark.parametrize("overlap_lines", [4.0, 6.5])
def test_the_band_two_tiles_share_is_read_once(tmp_path, size, overlap_lines):
    path = tmp_path / "tiles.pdf"
    _tiles(path, size, overlap_lines)
    found = read_findings(path)
    assert [(f.kind, f.section, f.text) for f in found] == [("must", HEADING, item) for item in ITEMS]
