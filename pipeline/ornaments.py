"""A bullet glyph alone on its row, with no text level with it on either side, marks nothing: a
reader sees an ornament (the ✂ at a tear-off slip's cut line, a dingbat between sections), not an
item's bullet, since a bullet stands beside the words it marks. Read as a bullet it opens an empty
item, and a list of paragraphs under it is taken for a bulleted list that its paragraphs end.
The glyph is dropped from the lines the lists are read from; a glyph level with any text stays (a
run-in list's "■" ending a line after the item before it).
"""

from ..models.document import Line

from .glyphs import BULLETS

_GLYPHS = frozenset(BULLETS)


def without_ornaments(lines: list[Line]) -> list[Line]:
    """The lines, less each bullet glyph with no other line level with it on its page."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return [line for line in lines if not _ornament(line, pages[line.page])]


def _ornament(line: Line, page: list[Line]) -> bool:
    if line.text.strip() not in _GLYPHS:
        return False
    return not any(other is not line and other.bottom > line.top and other.top < line.bottom for other in page)
