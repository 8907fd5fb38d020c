"""Reading round sixty-five (fresh random seeds of range 118000); each page is drawn here line by line,
at several type sizes:

- a list bulleted with squares going on at the next page's top, where a scan's text layer kept
  another list's letters ("(a)", text) and lost the squares (a glyph its font cannot encode): each
  paragraph at the items' text after a finished sentence, opening like a statement, is the next item.
  Before, a page with any list marker in its text counted as one whose bullets are in its text, so
  the paragraphs ran on as one item.

Each test fails without its change: locate.py's `_marker_shape` (a page's markers by their shape).
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
