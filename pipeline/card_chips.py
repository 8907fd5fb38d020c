"""A card's header row: a reference chip ("M1", "S3") at its left and a label set across the card from it
("Medical care", flush right), over the card's statement. Read as one line, the chip is a list number
and the label its item's text, and the statement under it, with no number of its own, a paragraph
after the list; read as two (a gap the reader took for a gutter), the chip is a number alone. A reader
sees the label heading the card's statement: the row is read as the label alone, at its own place, so
it heads the statement (a core service, or the list's group), and the statement opens the card's item.
The chip is the card's reference, no part of any statement.

A header row is told by its label set apart from its chip by more than APART_EM ems of its type
(a number's text follows it at a tab, a few ems at most), the label words but no sentence (no
sentence's end, at most LABEL_WORDS words), and the line right under it, within UNDER_EM ems of its
type, opening with no number or bullet of its own, the card's text: starting no further right than the
chip, its widest line running on under the label, its first ending no further right than it (the label flush right over it;
not a table's row of figures, the next row's label cell under its number only).
"""

from collections.abc import Callable

from ..models.document import Line
from .panels import paragraph_at
from .text import ROW_EM, TERMINAL, bullet_marker, collapse_ws, is_list_marker, set_under

APART_EM = 4.0
LABEL_WORDS = 6
UNDER_EM = 3.0


def chips_apart(lines: list[Line]) -> list[Line]:
    """The lines, each card header row read as its label alone."""
    out, chips = list(lines), set()
    for k, (line, after) in enumerate(zip(lines, lines[1:])):
        if (label := _label(line, after, lambda k=k: _text_right(lines, k + 1))) is not None:
            out[k] = line.model_copy(update={"text": label, "text_x0": line.x0})
        elif k + 2 < len(lines) and _chip_beside(line, after) \
                and _label(_joined(line, after), lines[k + 2], lambda k=k: _text_right(lines, k + 2)):
            chips.add(k)
    return [line for k, line in enumerate(out) if k not in chips]


def _text_right(lines: list[Line], k: int) -> float:
    """Where the paragraph opening at line k ends its widest line."""
    return max(line.x1 for line in paragraph_at(lines, k))


def _label(line: Line, after: Line, text_right: Callable[[], float]) -> str | None:
    """The label of a card's header row `line` over `after`; `text_right` where the card's text ends, asked
    last (it walks the lines under `after`: a column's body lines, for every line of the document)."""
    marker = bullet_marker(line.text)
    if not marker or not any(c.isalnum() for c in marker) or line.text_x0 - line.x0 < APART_EM * line.size:
        return None
    label = collapse_ws(line.text[len(marker):])
    if not any(c.isalpha() for c in label) or label.endswith(TERMINAL) or len(label.split()) > LABEL_WORDS:
        return None
    if after.page != line.page or bullet_marker(after.text) or after.x0 > line.x0 or after.x1 > line.x1 \
            or text_right() < line.text_x0:
        return None
    return label if set_under(line, after, UNDER_EM * after.size) else None


def _chip_beside(chip: Line, label: Line) -> bool:
    """A reference alone on its line ("M2"), the next line read on its row right of it."""
    text = collapse_ws(chip.text)
    return (is_list_marker(text) and any(c.isalnum() for c in text) and label.page == chip.page
            and label.x0 > chip.x1 and abs(label.top - chip.top) <= ROW_EM * chip.size)


def _joined(chip: Line, label: Line) -> Line:
    """The chip and its label as the one line of a header row."""
    return chip.model_copy(update={"text": f"{collapse_ws(chip.text)} {collapse_ws(label.text)}",
                                   "text_x0": label.x0, "x1": label.x1, "bottom": max(chip.bottom, label.bottom)})
