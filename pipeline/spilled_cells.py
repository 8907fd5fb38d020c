"""A spreadsheet printed "over, then down" without wrap: a long cell spills into the empty cells right of
it, and the sheet, too wide for one page, is cut between two columns, so each spilling row's text runs
to the cut at the first page's right edge, often inside a word ("… clinical assessment wit"), and goes
on at the next page's left edge on the same row ("hin 15 minutes of arrival."), the columns right of
the cut beside it. Only the letters each page shows are stored, so a reader puts the two pieces together
by their rows.

Told by geometry first: three rows or more of a page end at one right edge (within the widest letter's
width of it: the cut falls anywhere in a word), and the next page has a line at its left text edge
level with each of them (same row, same type), opening lower case for the most part; and by words: a
third of those pairs at least are one word cut in two (the two pieces joined make a word, one of them
none), as running text set on a baseline grid never is. Each piece is then read as the end of its row's
line on the first page, with no space where the two make a word ("wit" + "hin"), and taken off the next
page; a run of pages cut so is put together from its last page back.
"""

from ..models.document import Line

from .broken_words import makes_word, one_word
from .text import collapse_ws

CUT_EM = 1.0  # a row cut at the edge ends within the widest letter's width of it, and goes on as near the next page's edge
LEVEL_EM = 0.25  # a piece on the next page is on the row when their tops are this close
MIN_ROWS = 3
SAME_TYPE = 0.05


def spilled_rows(lines: list[Line]) -> list[Line]:
    """The body lines in reading order, each row cut at a page's right edge joined to its piece on the next page."""
    on_page: dict[int, list[Line]] = {}  # each page's lines, in reading order (one pass, not one a page)
    for line in lines:
        on_page.setdefault(line.page, []).append(line)
    joined: dict[int, Line] = {}
    taken: set[int] = set()
    for page in sorted(on_page, reverse=True):
        if page + 1 not in on_page:
            continue
        here = [joined.get(id(l), l) for l in on_page[page]]
        there = [l for l in on_page[page + 1] if id(l) not in taken]
        pairs = _pairs(here, there)
        if len(pairs) < MIN_ROWS or 2 * sum(collapse_ws(b.text)[:1].islower() for _, b in pairs) <= len(pairs) \
                or 3 * sum(one_word(collapse_ws(a.text), collapse_ws(b.text)) for a, b in pairs) < len(pairs):
            continue
        originals = {id(joined.get(id(l), l)): l for l in on_page[page]}
        for cut, piece in pairs:
            joined[id(originals[id(cut)])] = cut.model_copy(update={"text": _join(cut.text, piece.text)})
            taken.add(id(piece))
    if not joined:
        return lines
    return [joined.get(id(line), line) for line in lines if id(line) not in taken]


def _pairs(here: list[Line], there: list[Line]) -> list[tuple[Line, Line]]:
    """Each line of `here` ending at the page's right edge, with the line of `there` on its row at the next page's left edge."""
    if not here or not there:
        return []
    edge = max(l.x1 for l in here)
    left = min(l.x0 for l in there)
    pieces = [l for l in there if l.x0 - left <= CUT_EM * l.size]  # the cut may fall in a letter or a space
    pairs = []
    for cut in (l for l in here if edge - l.x1 <= CUT_EM * l.size and l.text.strip()):
        level = [p for p in pieces if abs(p.top - cut.top) <= LEVEL_EM * cut.size
                 and abs(p.size - cut.size) <= SAME_TYPE * cut.size]
        if len(level) == 1:
            pairs.append((cut, level[0]))
    return pairs


def _join(before: str, after: str) -> str:
    """The row's text: the piece set on with no space where the two make a word ("wit" + "hin")."""
    before, after = collapse_ws(before), collapse_ws(after)
    return before + ("" if makes_word(before, after) else " ") + after
