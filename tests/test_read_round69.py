"""Reading round sixty-nine (fresh random seeds of range 119000); each page is drawn here line by line:

- a bulleted list going on over a page whose text layer holds its sub-list's markers ("o") but none of
  its items' ("■"): a scan's text layer in Helvetica keeps the letter "o" and drops the square, whose
  ink only the page's picture holds. Each paragraph there at the items' text, after a finished
  sentence, opening like a statement, is the next item. Before, any marker in the page's text (the
  sub-list's) stopped that rule, so the items there were read as the item above going on.

Fails without locate.py's `_page_markers` (a page's markers, weighed by the list's own kind).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_known_failures import hidden_item  # noqa: E402
from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

ITEMS = ["Ensure that emergency equipment on the wards is checked daily and that the checks are documented.",
         "Ensure that at least 90% of medical staff complete safeguarding children level 3 training.",
         "Ensure that medicines are stored securely and at the right temperatures, including that:"]
SUBS = ["staff have access to up-to-date policies;", "patients’ weights are recorded on admission."]


@pytest.mark.parametrize("size", [10.0, 14.0])
def test_a_sub_list_s_markers_in_a_scan_s_text_hide_none_of_the_items(tmp_path, size):
    """Page 1 prints the list's first item with its "■"; page 2's text (a scan's layer) holds no "■",
    only the sub-list's "o": its two items are items, and the sub-items the last one's."""
    first = [("The location must:", 55.0, 600.0, 1.4 * size, True)]
    hidden_item(first, ITEMS[0], 600.0 + 2.5 * size, size, "■", 300.0)
    second, top = [], 70.0
    for text in ITEMS[1:]:
        top = hidden_item(second, text, top, size, width=300.0)
    for text in SUBS:
        second.append(("o", 60.0 + 3.4 * size, top, size, False))
        second.append((text, 60.0 + 5.2 * size, top, size, False))
        top += 1.6 * size
    second.append(("Our inspection team", 55.0, top + 3 * size, 1.4 * size, True))
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.page, f.text) for f in found] == [
        ("must", 1, ITEMS[0]), ("must", 2, ITEMS[1]), ("must", 2, ITEMS[2] + "\n" + "\n".join(SUBS))]
