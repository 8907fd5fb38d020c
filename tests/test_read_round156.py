"""Round read156: small reports made here with reportlab at two type sizes (all geometry in ems of the
type), for the rules the random layouts' seeds still broke: an item set without a hanging indent (its
lines wrap back to its bullet's x) whose citation wraps to a short line of its own, beside the next
item's bullet in the column to its right."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from test_read_outside_tables import _findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

MUSTS = ["Ensure that the resuscitation trolley is checked every day, with clear lines of accountability "
         "for its checks. (Regulation 12(2)(g))",
         "Ensure that falls risk assessments are reviewed after every fall, that care plans are updated to match "
         "and that learning from falls is shared across the teams on every ward."]


def _flush_item(sheet: _Sheet, text: str, x: float, top: float, size: float, measure: float) -> float:
    """A bulleted item whose wrapped lines go back to the bullet's x (no hanging indent); the top under it."""
    lead, first = 1.4 * size, True
    while text:
        indent = 1.6 * size if first else 0.0
        words = simpleSplit(text, "Helvetica", size, measure - indent)[0]
        if first:
            sheet.put("\u2022", x, top, size)
        sheet.put(words, x + indent, top, size)
        text, first, top = text[len(words):].strip(), False, top + lead
    return top


@pytest.mark.parametrize("size", [8.0, 12.0])
def test_a_flush_item_s_citation_wrapped_beside_the_next_column_s_bullet_stays_its_own(tmp_path, size):
    """Two columns of items, each item's lines wrapping back to its bullet: the left item's citation wraps
    so that "12(2)(g))" is a short line of its own at the bullet's x, level with the right column's last
    line and with the right item's bullet up the row. It goes on the left item's unfinished citation (a
    citation names a regulation, never a table's row label) and the statement is read whole."""
    width, height = 595.0, 842.0
    gutter, left = 2.5 * size, 3.5 * size
    measure = (width - 2 * left - gutter) / 2
    # the left item's measure chosen so that its citation's closing figures wrap alone
    first = MUSTS[0]
    for cut in (n * 0.25 * size for n in range(40)):
        lines = simpleSplit(first, "Helvetica", size, measure - cut)
        if lines[-1] == "12(2)(g))":
            break
    else:
        pytest.skip("no measure wraps the citation's figures alone at this size")
    path = tmp_path / "flush.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("Areas for improvement", left, 8 * size, 1.5 * size, "Helvetica-Bold")
    sheet.put("We found breaches of regulations. The provider must:", left, 11 * size, 1.2 * size, "Helvetica-Bold")
    top = 13 * size
    _flush_item(sheet, first, left, top, size, measure - cut)
    right = _flush_item(sheet, MUSTS[1], left + measure + gutter, top, size, measure)
    assert right >= top + 3 * 1.4 * size  # the right item ends level with or under the citation's line
    sheet.save()
    got = [f.text for f in _findings(path) if f.kind == "must"]
    assert got == MUSTS


SHOULD = "Review the arrangements for face-to-face interpreting services, including for agency and bank staff."


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_list_heading_ending_a_column_heads_the_smaller_items_set_beside_it(tmp_path, size):
    """The last lines of a page: a bold list heading in larger type ends the left column, under a must
    list in the text's type, and the list's one item stands in the right column level with it, in
    smaller type. The heading is no sentence cut at the page's foot beside a panel (the column it
    ends is finished): the item is read under it, a should, not moved before the column."""
    width, height = 595.0, 842.0
    left = 5 * size
    path = tmp_path / "heading.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("Medical care", left, 8 * size, 1.8 * size, "Helvetica-Bold")
    sheet.put("Staff told us they should have more time to complete training, but shifts were busy.", left,
              11 * size, size)
    sheet.put("We found breaches of regulations. The provider must:", left, 14 * size, 1.5 * size, "Helvetica-Bold")
    top = sheet.bullet_item(MUSTS[1], left, 17 * size, size, width - 2 * left, 1.3 * size)
    sheet.put("The provider should:", left, top + 0.5 * size, 1.5 * size, "Helvetica-Bold")
    small, mid = 0.85 * size, width / 2 + 2 * size
    sheet.bullet_item(SHOULD, mid, top + 0.5 * size, small, width - left - mid, 1.3 * small)
    sheet.save()
    got = [(f.kind, f.text) for f in _findings(path)]
    assert got == [("must", MUSTS[1]), ("should", SHOULD)]
