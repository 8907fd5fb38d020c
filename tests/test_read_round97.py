"""Reading round ninety-seven (a harder held-back set, GC), drawn at two type sizes:

- a radial diagram's hub, "Should" over "do", under the should list's heading, on a page whose
  statements were not read; the next page's paragraph wraps to a line opening in lower case ("that says
  what action …"). Before, the hub's first word was taken for an item cut at the page's foot and that
  line for its rest: a should "Should that says what action …". A line set right under an item's last
  line, in its type, shows the item was not cut by the page's foot.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found  # noqa: E402

LANDSCAPE = (842.0, 595.0)
PORTRAIT = (595.0, 842.0)


def _hub_page(size: float) -> list[tuple]:
    top = 30.0 + size
    return [("The areas where the provider should make improvements are:", 50.0, top, 1.4 * size, True),
            ("Read clockwise from 1.", 50.0, top + 2 * size, size, False),
            ("Should", 400.0, top + 25 * size, 1.1 * size, False),
            ("do", 410.0, top + 26.2 * size, 1.1 * size, False)]


def _notice_page(size: float) -> list[tuple]:
    top = 30.0 + size
    return [("Action we have told the provider to take", 50.0, top, 1.4 * size, True),
            ("The table below shows the legal requirements that were not being met. The provider must send CQC a report",
             50.0, top + 3 * size, size, False),
            ("that says what action it is going to take to meet these requirements.",
             50.0, top + 4.35 * size, size, False)]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_diagram_hub_word_is_no_item_cut_at_the_page_foot(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "hub.pdf", [(LANDSCAPE, _hub_page(size)), (PORTRAIT, _notice_page(size))]))
    assert not [text for _, _, text, _ in found if text.startswith("Should")]
