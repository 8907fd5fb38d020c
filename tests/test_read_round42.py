"""Reading round forty-two (issue 10), random layouts 110000 as a development set; each page is
drawn here line by line, at several type sizes:

- a must list in two columns filled in turn at a page's foot, its columns ending level: the left
  one's item ends its sentence with its citation, the right one's breaks off ("… and that"), and the
  next page opens at the left column's text edge in lower case ("learning is shared …"). That line
  goes on the sentence the right column broke off; before, it was read as a table row's left cell
  going on alone (split_rows.py) and joined to the finished item;
- a list in a side panel of its own type beside the main column, both cut at a page's foot, the
  panel's item after a sub-item ending "…;": its next sub-item at the next page's top, read after
  the main column going on there, goes on that item (before, only a bullet of the items' own kind
  resumed the panel's list, and the sub-item was lost);
- a side panel right of the main column, its item cut at a page's foot and going on at the next
  page's top beside the main column's first lines, one line further than they go: the page's columns
  are read as two stretches, the panel's later lines in the second; they are read right after its
  first lines (panels.py `_run_below`), not after the main column's paragraphs, which closed the item.

Each test fails without its change: split_rows.py's `_one_cell_goes_on` (a finished cell and the
last cell broken off), locate.py's `_panel_sub_item`, panels.py's `_run_below`.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings, _wrapped  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT = 40.0


def _lines(text: str, x: float, top: float, size: float, width: float, lead: float = 1.3,
           bullet: str = "", indent: float = 1.2) -> tuple[list[tuple], float]:
    """A paragraph (bulleted: a hanging indent of `indent` ems) as (text, x, top, size, bold) lines."""
    hang = indent * size if bullet else 0.0
    out = [(bullet, x, top, size, False)] if bullet else []
    for words in _wrapped(text, size, width - hang):
        out.append((" ".join(words), x + hang, top, size, False))
        top += lead * size
    return out, top


# ---- two columns filled in turn, the right one's item going on at the next page's top ----------

LEFT_ITEM = ["Ensure that medicines are stored securely", "and at the right temperatures.", "(Regulation 18(1))"]
RIGHT_ITEM = ["Ensure that follow-up appointments are", "booked within the timescales set by the", "clinician and that"]
RIGHT_REST = "learning is shared across teams."
SHOULD = "Continue to work with commissioners to reduce referral to treatment times."


@pytest.mark.parametrize("size", [7.0, 8.0, 10.0])
def test_a_lower_case_line_under_a_finished_column_goes_on_the_column_read_last(tmp_path, size):
    lead, hang, right = 1.3 * size, 1.2 * size, LEFT + 28 * size
    first = [("Areas for improvement", LEFT, 500.0, 1.4 * size, True),
             ("Importantly, the hospital must:", LEFT, 500.0 + 2.5 * size, size, True)]
    top = 500.0 + 4.5 * size
    for x, item in ((LEFT, LEFT_ITEM), (right, RIGHT_ITEM)):
        first.append(("•", x, top, size, False))
        first += [(text, x + hang, top + k * lead, size, False) for k, text in enumerate(item)]
    second = [(RIGHT_REST, LEFT + hang, 60.0, size, False),
              ("In addition the hospital should:", LEFT, 60.0 + 2.5 * size, size, True),
              ("•", LEFT, 60.0 + 4.5 * size, size, False)]
    second += _lines(SHOULD, LEFT + hang, 60.0 + 4.5 * size, size, 60 * size)[0]
    doc, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.text) for f in found] == [("must", " ".join(LEFT_ITEM)),
                                                 ("must", " ".join(RIGHT_ITEM + [RIGHT_REST])),
                                                 ("should", SHOULD)]
