"""An outline-numbered heading in heading type naming a notice table ("3.1 Action we have taken"),
between a section whose lead-in says what the trust should improve and the numbered must and
should lists: a heading, not the numbered item "3.1" of a should list (before, "Action we have
taken" came out as a should). Drawn here at three type sizes."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

MUSTS = ["The trust must ensure that there are sufficient numbers of call handlers on each shift.",
         "The trust must ensure that welfare calls are made to patients waiting for an ambulance."]
SHOULD = "The trust should ensure that staff receive regular supervision."


def _page(size: float) -> list[tuple]:
    lines, y = [], 60.0

    def add(text: str, scale: float = 1.0, bold: bool = False, gap: float = 0.0) -> None:
        nonlocal y
        y += gap * size
        lines.append((text, 40.0, y, scale * size, bold))
        y += 1.36 * scale * size

    add("3 Areas for improvement", 1.45, True)
    add("We found areas for improvement including two breaches of legal requirements that the trust", gap=0.8)
    add("must put right. We found one thing that the trust should improve to comply with a minor")
    add("breach that did not justify regulatory action.")
    add("3.1 Action we have taken", 1.15, True, 2)
    add("We issued requirement notices to the trust. That meant the trust had to send us a report saying", gap=0.8)
    add("what action it would take to meet these requirements.")
    add("3.2 Action the trust MUST take to improve", 1.15, True, 2)
    for k, text in enumerate(MUSTS, 1):
        add(f"{k}. {text}", gap=0.6)
    add("3.3 Action the trust SHOULD take to improve", 1.15, True, 2)
    add(f"1. {SHOULD}", gap=0.8)
    return lines


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_an_outline_numbered_notice_heading_is_no_item(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(size)))
    assert [(f.kind, f.text) for f in found] == [("must", t) for t in MUSTS] + [("should", SHOULD)]
