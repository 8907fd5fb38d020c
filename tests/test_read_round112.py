"""Reading round 112 (an outside author's harder set, HA), each page drawn here at two type sizes:

- a trust's web page printed from the browser: each core service's heading is an expandable
  section's title followed by its control's words ("Urgent and emergency care – hide"). Before, no
  service was read from it (structure_patterns.py `_titled_service` takes a spaced dash as a colon).

Each test fails without its change.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found, _item  # noqa: E402

MUSTS = {"Urgent and emergency care": ["The trust must ensure that patients who self-present to the emergency "
                                       "department are triaged within 15 minutes of arrival. (Regulation 12(2)(a))"],
         "Maternity": ["The trust must ensure that the birthing pool evacuation equipment is available and that staff "
                       "practise pool evacuation drills. (Regulation 12(2)(e))"]}


def _cover(page, size):
    return (page, [("Ashbourne General Hospital", 3 * size, 8 * size, 2.2 * size, True),
                   ("Inspection report", 3 * size, 12 * size, 1.5 * size, False)])


@pytest.mark.parametrize("size", [9.0, 13.0])
def test_a_service_heading_with_its_sections_control_after_a_dash_names_the_service(tmp_path, size):
    page = (60 * size, 85 * size)
    lines = [("Action the trust MUST take to improve", 4 * size, 5 * size, 1.35 * size, True)]
    base = 8 * size
    for service, items in MUSTS.items():
        lines.append((f"{service} – hide", 5 * size, base, 1.1 * size, True))
        base += 1.6 * size
        for text in items:
            drawn, base = _item("•", text, 5 * size, base, size, 50 * size, 1.2 * size)
            lines += drawn
            base += 0.6 * size
    found = _found(_draw(tmp_path / "web.pdf", [_cover(page, size), (page, lines)]))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        ("must", service, text) for service, items in MUSTS.items() for text in items]
