"""Numbered cards in three columns, each card placed under the shortest column (a web page's
masonry layout), every statement ending in its citation set smaller: all of them are the must
list's items. Before, the list ended at the second column's top: the item's type was taken from
its last line, the citation's smaller type, so the next card's text, in the statements' type, read
as the main column going on after a panel. Fails without locate's `_panel_left` item type."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402
from test_read_round32 import _fonts, _wrapped  # noqa: E402

LEFT = 40.0
STATEMENTS = [
    "The provider must ensure that staff carry out and record physical health observations at the frequency set "
    "out in each patient's care plan and escalate abnormal results without delay.",
    "The provider must ensure that nasogastric feeding is carried out only by trained staff.",
    "The provider must ensure that each use of restraint during meal support is recorded and reviewed by the "
    "multidisciplinary team.",
    "The provider must ensure that there are enough registered nurses on each shift.",
    "The provider must ensure that patients detained under the Mental Health Act are given information about "
    "their rights and that this is recorded.",
    "The provider must ensure that blanket restrictions are individually risk assessed.",
    "The provider must ensure that its governance systems give leaders oversight of incidents and audits.",
]
CITATIONS = ["(Regulation 12(2)(a)(b))", "(Regulation 12(2)(c))", "(Regulation 13(4)(b))", "(Regulation 18(1))",
             "(Regulation 17(2)(c))", "(Regulation 13(4)(b))", "(Regulation 17(1))"]


def _page(size: float) -> list[tuple]:
    """(text, x, top, size, bold) lines: the list's heading and service, then the cards, each in the
    column whose cards so far end highest (the leftmost of equals)."""
    _fonts()
    width, gutter = 15.5 * size, 2.5 * size
    lines = [("Action the provider MUST take to improve", LEFT, 50.0, 1.5 * size, True),
             ("Specialist eating disorders services", LEFT, 50.0 + 2.6 * size, 1.1 * size, True)]
    bottoms = [50.0 + 5.0 * size] * 3
    for n, (text, citation) in enumerate(zip(STATEMENTS, CITATIONS), start=1):
        column = bottoms.index(min(bottoms))
        x, top = LEFT + column * (width + gutter), bottoms[column]
        lines.append((str(n), x - 0.15 * size, top, 1.2 * size, True))
        top += 1.8 * size
        for words in _wrapped(text, width, width, size):
            lines.append((words, x, top, size, False))
            top += 1.33 * size
        lines.append((citation, x, top + 0.1 * size, 0.8 * size, False))
        bottoms[column] = top + 3.0 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_every_card_of_a_masonry_list_is_an_item(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(size)))
    assert sorted(f.text for f in found) == sorted(f"{t} {c}" for t, c in zip(STATEMENTS, CITATIONS))
    assert {(f.kind, f.service) for f in found} == {("must", "Specialist eating disorders services")}
