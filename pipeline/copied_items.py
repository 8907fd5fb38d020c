"""A list's statement copied word for word into a bulleted paragraph outside the lists: an e-mail
answering the one that forwarded the lists quotes the statements it takes on (re-wrapped, "> "
marks dropped by quote_marks.py, a comment under each), before the forwarded lists themselves. The
copy is a printing of the statement like any other, the first when it comes first (repeats.py keeps
the first printing and puts the others in `also_at`), though no must/should heading stands over it.

Only a whole bulleted paragraph that is a statement the lists print counts: its words decide, so no
sentence of narrative that says must or should in passing ever becomes a statement, and nothing is
read that the lists do not print.
"""

from ..models.document import Line
from ..models.structure import ListItem, Paragraph
from .text import bullet_marker, collapse_ws, join_lines, normalise_for_match, strip_marker


def copies_as_items(items: list[ListItem], paragraphs: list[Paragraph], order: list[Line]
                    ) -> tuple[list[ListItem], list[Paragraph]]:
    """The items, with each bulleted paragraph whose opening lines print one of them (one without
    sub-items) word for word taken as another printing of it, of its kind and heading context, in its
    place in reading order (`order`: the lines as read); and the paragraphs left (the lines after such
    a copy, a comment run on under it, stay narrative)."""
    wordings: dict[str, ListItem] = {}
    for item in items:
        if not item.sub_starts:
            wordings.setdefault(_wording(item.lines), item)
    copies: list[tuple[list[Line], ListItem]] = []
    left: list[Paragraph] = []
    for paragraph in paragraphs:
        copy = _copy(paragraph.lines, wordings) if wordings and _bulleted(paragraph.lines) else None
        if copy is None:
            left.append(paragraph)
            continue
        copies.append(copy)
        if len(copy[0]) < len(paragraph.lines):
            left.append(paragraph.model_copy(update={"lines": paragraph.lines[len(copy[0]):]}))
    if not copies:
        return items, paragraphs
    rank = {id(line): n for n, line in enumerate(order)}

    def place(lines: list[Line]) -> tuple:
        return lines[0].page, rank.get(id(lines[0]), len(rank))
    out = list(items)
    for lines, item in copies:  # before the first item read after it
        at = next((n for n, other in enumerate(out) if place(other.lines) > place(lines)), len(out))
        out.insert(at, item.model_copy(update={"lines": lines, "sub_starts": []}))
    return out, left


def _copy(lines: list[Line], wordings: dict[str, ListItem]) -> tuple[list[Line], ListItem] | None:
    """The paragraph's opening lines that print a statement whole, ending at a line's end, and its item."""
    for end in range(1, len(lines) + 1):
        item = wordings.get(_wording(lines[:end]))
        if item is not None:
            return lines[:end], item
    return None


def _bulleted(lines: list[Line]) -> bool:
    """Opened by a bullet glyph, not a list number (a numbered paragraph of narrative)."""
    marker = bullet_marker(collapse_ws(lines[0].text))
    return bool(marker) and not marker[:1].isalnum()


def _wording(lines: list[Line]) -> str:
    return normalise_for_match(strip_marker(join_lines([collapse_ws(line.text) for line in lines])))
