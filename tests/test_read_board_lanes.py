"""A board of cards in two lanes, each lane headed ("MUST DO" over "Action the trust MUST take to improve")
and holding two columns of cards placed masonry-fashion (each card under the shorter column, the second
column starting lower, so no card's top lines up with another's). Each card: a reference chip ("M1") and
its service set flush right on one row, the statement, an owner line in small type. A reader takes each
lane's heading with its columns, each column whole, each card's service over its statement, the first column's
last card running on alone under the second column's end (its owner line further down than a blank band).

Before: a card's header row in the first column, below the end of a card in the column beside it, closed
the gutter between two columns further right as the next block's lead-in (gutters.py `_in_nearer_column`);
the lane headings were read together before every column (lanes.py); the chip read as the number of an
item whose text was the service, the statement under it a paragraph after the list (card_chips.py); the
service under a card at the next column's top read as a note beside the last item (locate
`_paragraph_right`)."""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round32 import _fonts, _wrapped  # noqa: E402

LEFT = 30.0
MUSTS = [
    ("Urgent and emergency care", "The trust must ensure that patients waiting in the corridor are observed at the "
                                  "intervals their triage category sets. (Regulation 12(2)(a))"),
    ("Maternity", "The trust must ensure that the birth pool evacuation net is checked every week. (Regulation 15(1)(e))"),
    ("Maternity", "The trust must ensure that cardiotocograph reviews are recorded each hour. (Regulation 17(2)(c))"),
    ("Urgent and emergency care", "The trust must make sure that every nurse in the department has completed "
                                  "paediatric life support training. (Regulation 18(2)(a))"),
    ("Urgent and emergency care", "The trust must ensure that the sepsis screening tool is completed for every adult "
                                  "with a raised early warning score. (Regulation 12(2)(b))"),
]
SHOULDS = [
    ("Maternity", "The trust should ensure that partners can stay overnight on the postnatal ward."),
    ("Urgent and emergency care", "The trust should consider how it can shorten the time patients wait for a "
                                  "mental health assessment."),
    ("Maternity", "The trust should make sure that leaflets about feeding are available in the languages most "
                  "spoken locally."),
]


def _lane(kind: str, cards: list[tuple[str, str]], x: float, size: float) -> list[tuple]:
    """A lane's heading and its two columns of cards (text, x, top, size, bold), the second column
    starting three ems lower, each card under the column that ends higher."""
    width, gap = 15.0 * size, 2.5 * size
    lines = [(f"{kind.upper()} DO", x, 7.0 * size, 1.4 * size, True),
             (f"Action the trust {kind.upper()} take to improve", x, 9.0 * size, 0.85 * size, False)]
    bottoms = [12.0 * size, 15.0 * size]
    for n, (service, text) in enumerate(cards, start=1):
        column = bottoms.index(min(bottoms))
        left, top = x + column * (width + gap), bottoms[column]
        chip = 0.75 * size
        lines.append((f"{kind[0].upper()}{n}", left + 0.6 * size, top, chip, True))
        lines.append((service, left + width - pdfmetrics.stringWidth(service, "DejaVu", chip), top, chip, False))
        top += 1.6 * size
        for words in _wrapped(text, width, width, size):
            lines.append((words, left, top, size, False))
            top += 1.25 * size
        lines.append((f"Owner: ward manager Due: 30/0{n}/2026", left, top + 1.5 * size, 0.65 * size, False))
        bottoms[column] = top + 4.5 * size
    return lines


def _board(size: float) -> list[tuple]:
    _fonts()
    lanes = _lane("must", MUSTS, LEFT, size) + _lane("should", SHOULDS, LEFT + 2 * 17.5 * size + 0.5 * size, size)
    return [("Riverside Hospital improvement board", LEFT, 2.0 * size, 1.8 * size, True),
            ("Every member of staff should know which card their action is on.", LEFT, 4.5 * size, size, False),
            *lanes,
            ("Exported from the board app. Staff must not add patient details to this board.", LEFT, 110.0 * size,
             0.65 * size, False)]


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_each_lane_heads_its_masonry_columns_of_cards(tmp_path, size):
    path = _pages(tmp_path / "board.pdf", [_board(size)], width=77.0 * size, height=115.0 * size)
    _, found = _findings(path)
    got = [(f.kind, f.service, f.text) for f in found]
    assert sorted(got) == sorted([("must", s, t) for s, t in MUSTS] + [("should", s, t) for s, t in SHOULDS])
    assert {f.section for f in found if f.kind == "must"} == {"Action the trust MUST take to improve"}
    assert {f.section for f in found if f.kind == "should"} == {"Action the trust SHOULD take to improve"}
