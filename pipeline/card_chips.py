"""A card's header row: a reference chip ("M1", "S3") at its left and a label set across the card from it
("Medical care", flush right), over the card's statement. Read as one line, the chip is a list number
and the label its item's text, and the statement under it, with no number of its own, a paragraph
after the list. A reader sees the label heading the card's statement: the line is read as the label
alone, at its own place, so it heads the statement (a core service, or the list's group), and the
statement opens the card's item. The chip is the card's reference, no part of any statement.

A header row is told by its text set apart from its chip by more than APART_EM ems of its type
(a number's text follows it at a tab, a few ems at most), the label no sentence (no sentence's end,
at most LABEL_WORDS words), and the line right under it starting left of the label, within
UNDER_EM ems of its type, opening with no number or bullet of its own.
"""

from ..models.document import Line
from .text import TERMINAL, bullet_marker, collapse_ws

APART_EM = 6.0
LABEL_WORDS = 6
UNDER_EM = 3.0


def chips_apart(lines: list[Line]) -> list[Line]:
    """The lines, each card header row read as its label alone."""
    out = list(lines)
    for k, (line, after) in enumerate(zip(lines, lines[1:])):
        label = _label(line, after)
        if label is not None:
            out[k] = line.model_copy(update={"text": label, "text_x0": line.x0})
    return out


def _label(line: Line, after: Line) -> str | None:
    marker = bullet_marker(line.text)
    if not marker or not any(c.isalnum() for c in marker) or line.text_x0 - line.x0 < APART_EM * line.size:
        return None
    label = collapse_ws(line.text[len(marker):])
    if not label or label.endswith(TERMINAL) or len(label.split()) > LABEL_WORDS:
        return None
    if after.page != line.page or bullet_marker(after.text) or after.x0 >= line.text_x0 - line.size:
        return None
    return label if 0 <= after.top - line.bottom <= UNDER_EM * after.size else None
