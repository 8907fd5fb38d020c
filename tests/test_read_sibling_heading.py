"""A heading set just as the open list's own heading, after the list's groups (its core services)
were set in smaller type under it, is the list heading's sibling and ends the list: a board deck's
last slide, "Next steps", whose bullets ("Action plan must be sent to CQC within 28 days …") are the
deck's own, no statements. Before, any heading at the list heading's size only suspended the list,
and the bullets under it resumed it. Drawn with reportlab at two type sizes, a slide a page."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT = 30.0
SHOULDS = ["The trust should ensure that staff receive regular clinical supervision.",
           "The trust should ensure that nutrition and hydration charts are fully completed."]
STEPS = ["Draft action plan to Quality Committee on 2 November 2023.",
         "Action plan must be sent to CQC within 28 days of the requirement notices.",
         "Executive leads should confirm owners and dates by 20 October 2023."]


def _deck(size: float) -> list[list[tuple]]:
    title = 1.25 * size
    slide = [("Action the trust SHOULD take to improve", LEFT, 20.0, title, True),
             ("Community health services for adults", LEFT, 20.0 + 2 * size, size, False)]
    top = 20.0 + 4.5 * size
    for text in SHOULDS:
        slide.append(("\u2022 " + text, LEFT + size, top, size, False))
        top += 2 * size
    steps = [("Next steps", LEFT, 20.0, title, True)]
    top = 20.0 + 4.5 * size
    for text in STEPS:
        steps.append(("\u2022 " + text, LEFT + size, top, size, False))
        top += 2.5 * size
    return [slide, steps]


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_heading_set_as_the_list_s_own_after_its_smaller_groups_ends_the_list(tmp_path, size):
    _, found = _findings(_pages(tmp_path / "report.pdf", _deck(size), width=60 * size, height=30 * size))
    assert [(f.kind, f.text) for f in found] == [("should", text) for text in SHOULDS]
