"""A poster that heads no list: numbered statement boxes placed round a hub, drawn in no reading order, and
a key at the foot naming the lists ("Red boxes: Action the trust MUST take to improve"). Each statement is
its key's list's, its kind in its own words, its section the heading the key names; the hub's "We must …"
is narrative. Without the key, the page names no list and nothing is read as a statement.

Before: no list was read (unheaded_lists.py read only bulleted statements), and a box's line wrapping at a
word too long for the room left ("… that Deprivation of" / "Liberty …") ended the paragraph as a label
under the box's number (locate `_room_for_next_word`). A poster naming CQC and such a key is recognised as
a copy of a report's lists (scan.py `legend_heading`)."""

import math

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402

from cqcplan.pipeline.scan import page_texts, reproduces_action_lists  # noqa: E402
from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round32 import _fonts, _wrapped  # noqa: E402

MUST_HEAD, SHOULD_HEAD = "Action the trust MUST take to improve", "Action the trust SHOULD take to improve"
STATEMENTS = [
    "The trust must ensure that falls risk assessments are reviewed after every fall. (Regulation 12(2)(a))",
    "The trust should ensure that visiting times suit working relatives.",
    "The trust must ensure that the fire doors on the ward are kept clear. (Regulation 15(1)(c))",
    "The trust should consider offering a hearing loop at the nurses' station.",
    "The trust must ensure that Deprivation of Liberty Safeguards applications are made when patients who "
    "lack capacity are prevented from leaving. (Regulation 13(5))",
    "The trust should ensure that patients know how to raise a concern.",
]


def _poster(size: float, key: bool) -> list[tuple]:
    """Boxes round an ellipse, each its number over its text, drawn in shuffled order; a hub in the middle;
    the key at the foot."""
    _fonts()
    width, cx, cy = 19.0 * size, 60.0 * size, 34.0 * size
    lines = [("Brookside Hospital – our CQC improvement wheel", 30.0 * size, 2.0 * size, 2.0 * size, True),
             ("What CQC told us", cx - 6.0 * size, cy - 2.0 * size, 1.4 * size, True),
             ("We must get every box right before the next visit.", cx - 12.0 * size, cy, size, False)]
    for n in (4, 1, 6, 3, 5, 2):
        angle = 2 * math.pi * (n - 1) / len(STATEMENTS)
        x, top = cx + 40.0 * size * math.sin(angle) - width / 2, cy - 24.0 * size * math.cos(angle)
        lines.append((str(n), x, top, 1.1 * size, True))
        for k, words in enumerate(_wrapped(STATEMENTS[n - 1], width, width, size)):
            lines.append((words, x + 1.2 * size, top + 1.5 * size + 1.25 * k * size, size, False))
    if key:
        lines += [(f"Red boxes: {MUST_HEAD}", 8.0 * size, 66.0 * size, 1.1 * size, True),
                  (f"Blue boxes: {SHOULD_HEAD}", 60.0 * size, 66.0 * size, 1.1 * size, True)]
    return lines


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_key_naming_the_lists_gives_each_statement_its_list(tmp_path, size):
    path = _pages(tmp_path / "poster.pdf", [_poster(size, key=True)], width=120.0 * size, height=72.0 * size)
    doc, found = _findings(path)
    assert sorted((f.kind, f.section, f.text) for f in found) == sorted(
        (s.split()[2], MUST_HEAD if s.split()[2] == "must" else SHOULD_HEAD, s) for s in STATEMENTS)
    assert reproduces_action_lists(page_texts(doc), doc)


def test_without_a_key_no_statement_is_read(tmp_path):
    path = _pages(tmp_path / "poster.pdf", [_poster(10.0, key=False)], width=1200.0, height=720.0)
    doc, found = _findings(path)
    assert found == []
    assert not reproduces_action_lists(page_texts(doc), doc)
