"""Reading round ninety-two (a harder held-back set, FZ), drawn here at more than one type size:

- a must item whose sub-bullets run on, the last sub-item's first wrapped line opening with a word set
  in a padded tinted box (a glossary term), so its text starts a little right of the sub-item's text.
  Before, that line was no line of the item: the statement was cut at the line's end, and the list
  ended there, so a table set after it (in smaller type) was no insert and the musts after it were lost.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found, _item  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

LEFT, WIDTH = 68.0, 460.0
LEAD_IN = "The provider must ensure that physical health monitoring is carried out for all patients, including:"
SUBS = ["weight and blood pressure recorded at least monthly and discussed with the patient at each review;",
        "clear escalation to the local acute hospital when a patient's National Early Warning Score shows "
        "that their physical health is deteriorating. (Regulation 12(2)(b))"]
AFTER = ["The provider must ensure that staff receive regular clinical supervision. (Regulation 18(2)(a))",
         "The provider must ensure that blanket restrictions are individually justified. (Regulation 13(4)(b))"]


def _sub_item(text: str, base: float, size: float, padded: bool) -> tuple[list[tuple], float]:
    """A "◦" sub-item hanging under the item's text; its first wrapped line, when `padded`, opens
    0.42 em right of the sub-item's text (the padding of a tinted box round its first word)."""
    x, indent, lead = LEFT + 1.6 * size, 1.0 * size, 1.4 * size
    rows = _wrapped(text, size, WIDTH - 2.6 * size - indent - size)
    lines = [("◦", x, base, size, False)]
    for k, words in enumerate(rows):
        shift = 0.42 * size if padded and k == 1 else 0.0
        lines.append((" ".join(words), x + indent + shift, base + k * lead, size, False))
    return lines, base + len(rows) * lead


def _list(size: float, padded: bool) -> list[tuple]:
    lines, base = [("Action the provider MUST take to improve", LEFT, 70.0, 1.2 * size, True)], 70.0 + 2.2 * size
    drawn, base = _item("•", LEAD_IN, LEFT, base, size, WIDTH, 1.6 * size)
    lines += drawn
    for text in SUBS:
        drawn, base = _sub_item(text, base, size, padded)
        lines += drawn
    small, step = 0.88 * size, WIDTH / 4
    base += 1.6 * size
    lines.append(("Table 1: Supervision and training by ward", LEFT, base, small, True))
    for row in (("Ward", "Beds", "Supervision", "Training"), ("Heron", "14", "61%", "83%"),
                ("Provider target", "85%", "90%", "95%")):
        base += 1.9 * small
        lines += [(cell, LEFT + 4 + k * step, base, small, row[0] == "Ward") for k, cell in enumerate(row)]
    base += 2.6 * size
    for text in AFTER:
        drawn, base = _item("•", text, LEFT, base, size, WIDTH, 1.6 * size)
        lines += drawn
    return lines


def _joined() -> str:
    return LEAD_IN + "\n" + "\n".join(SUBS)


@pytest.mark.parametrize("size", [9.6, 11.0])
def test_a_sub_items_wrapped_line_opening_in_a_padded_box_goes_on(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "padded.pdf", [(A4, _list(size, padded=True))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", _joined())] + [("must", t) for t in AFTER]
