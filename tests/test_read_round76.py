"""Reading round seventy-six (an outside author's harder set, FB): a slide-format page with a must
box and a should box side by side, each list's heading centred over its box and its items' lines at
the same heights as the other box's. The should heading's cell was taken to start at its own left
edge, right of the should bullets under it, so its items fell under the must heading's cell and
were read as musts. A list heading's cell starts at its column's left edge when that lies right of
the heading beside it (locate.py `_cell_left`).

And the slide's title naming its core service, then after a colon what the page holds ("Surgery:
areas for improvement"): before, no service was read from it (structure_patterns.py `_titled_service`).

Each fails without its change.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found, _item  # noqa: E402
from test_read_round64 import _width  # noqa: E402

MUSTS = ["The provider must ensure that all theatre staff complete training in the recognition and management "
         "of sepsis. (Regulation 12(2)(c))",
         "The provider must ensure that controlled drugs registers in theatres are completed accurately. "
         "(Regulation 12(2)(g))"]
SHOULDS = ["The provider should ensure that the resuscitation trolley on Larch ward is checked daily.",
           "The provider should consider how it records discussions with patients about the risks of surgery."]
HEADS = ("Action the provider MUST take to improve", "Action the provider SHOULD take to improve")


def _slide(size: float) -> tuple[tuple[float, float], list[tuple]]:
    """A 16:9 page scaled to the type: a title, then two boxes of equal width, each with its heading
    centred in bold and its bulleted items (hanging indent) from the same baseline down."""
    width, height = 64 * size, 36 * size
    box = 28 * size
    lines = [("Surgery: areas for improvement", 3 * size, 3 * size, 1.7 * size, True)]
    for left, head, items in ((3 * size, HEADS[0], MUSTS), (33 * size, HEADS[1], SHOULDS)):
        pad = left + size
        head_x = left + (box - _width(head, "DejaVu", 1.1 * size)) / 2
        lines.append((head, head_x, 9 * size, 1.1 * size, True))
        base = 11.5 * size
        for text in items:
            drawn, base = _item("▶", text, pad, base, size, box - 2 * size, 1.3 * size)
            lines += drawn
            base += 0.6 * size
    return (width, height), lines


@pytest.mark.parametrize("size", [10.0, 15.0])
def test_a_should_box_beside_a_must_box_keeps_its_kind(tmp_path, size):
    page, lines = _slide(size)
    cover = (page, [("Elmsbrook Hospital", 3 * size, 12 * size, 2.5 * size, True),
                    ("Inspection report", 3 * size, 16 * size, 1.5 * size, False)])
    found = _found(_draw(tmp_path / "slide.pdf", [cover, (page, lines)]))
    assert [(kind, service, text) for kind, service, text, _ in found] == (
        [("must", "Surgery", t) for t in MUSTS] + [("should", "Surgery", t) for t in SHOULDS])

