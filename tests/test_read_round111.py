"""Reading round one hundred and eleven (an ordinary held-back set, HG), drawn here at more than one type size:

- a must item's lead-in ("… governance arrangements, including:") over sub-bullets opening in lower case and
  ending in semicolons, the sub-bullets set in a larger type than the items (a style's size compounding), so
  their bullets fall at the item's text, not a sub-indent right of the item's bullet as measured in their own
  type. Before, each sub-bullet was a must of its own and the lead-in another; and the next item, back in the
  items' smaller type after a finished sentence, was read as a note and lost.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found, _item  # noqa: E402

LEFT, WIDTH = 58.0, 470.0
FIRST = "The provider must ensure that recruitment checks are carried out for all staff before they start work."
LEAD_IN = "Ensure that the practice has effective governance arrangements, including:"
SUBS = ["a programme of clinical audit that drives quality improvement;",
        "up-to-date, practice-specific policies that are accessible to all staff;",
        "a system for recording and monitoring staff training."]
AFTER = "Ensure that the registered manager notifies the Commission of any planned absence of more than 28 days."


def _list(size: float, scale: float) -> list[tuple]:
    """The items in `size`, the sub-bullets in `scale` times it: each sub-bullet's glyph just left of the
    item's text, its words 1.6 ems (of the items' type) right of that text."""
    indent = 1.15 * size
    lines, base = [("Action the provider MUST take to improve", LEFT, 70.0, 1.2 * size, True)], 70.0 + 2.2 * size
    for text in (FIRST, LEAD_IN):
        drawn, base = _item("•", text, LEFT, base, size, WIDTH, indent)
        lines += drawn
    big = scale * size
    for text in SUBS:
        drawn, base = _item("◦", text, LEFT + indent - 0.04 * size, base + 0.4 * size, big,
                            WIDTH - indent, 0.04 * size + 1.6 * size)
        lines += drawn
    drawn, base = _item("•", AFTER, LEFT, base + 0.4 * size, size, WIDTH, indent)
    return lines + drawn


@pytest.mark.parametrize("size,scale", [(9.6, 1.8), (11.0, 1.5)])
def test_lower_case_sub_bullets_in_larger_type_go_on_their_lead_in(tmp_path: Path, size: float, scale: float) -> None:
    found = _found(_draw(tmp_path / "lead_in.pdf", [(A4, _list(size, scale))]))
    assert [(kind, text.replace("\n", " ")) for kind, _, text, _ in found] == [
        ("must", FIRST), ("must", " ".join([LEAD_IN] + SUBS)), ("must", AFTER)]
