"""Columns that each go on over the page break in their own place (cards set in two columns, each
column's text running on at the next page's top where it was): a paragraph cut mid-sentence at its
column's foot goes on there, not at the line read next, another column's. `split_rows.py` reorders
such columns before the walker when they read as a row of cells (cells starting level, the line read
after a cut opening a cell of its own); this is the walker's rule for the paragraphs it leaves (cards
starting at other heights, a column's top the tail of an earlier card, a title in the text's type).

Reading order is column by column, so after the cut the next column's text comes first. It is not
the cut sentence's rest when it opens a block of its own under a title or score line of its column
(`under_other_type`), when it is a title itself (its lines in its type end in other type with no
sentence ended, `runs_into_other_type`), or when the cut column's own next line on the next page
opens in lower case, the rest of a sentence no line before it leaves open (`own_rest`); never when it
opens in lower case itself (columns filled in turn: the sentence goes on there). The walker
then ends the paragraph there and takes it up again at that line (`resumes_at`). Every measure is
the page's own lines and ems of the type.
"""

from ..models.document import Line

from .gutters import SENTENCE_END
from .panels import same_type, shares_width
from .text import collapse_ws, opens_lower, set_under

# A line at another column's edge, or at the cut's own column's edge, within this many ems.
EDGE_SLACK_EM = 0.4
# A title or score line right over a block's first line: its foot within this many ems of it.
TITLE_GAP_EM = 1.0



def at_column_foot(line: Line, page: list[Line]) -> bool:
    """No line of its page is set under `line` over its width."""
    return not any(other.top > line.bottom - 1 and shares_width(other, line) for other in page if other is not line)


def _column_top(line: Line, page: list[Line]) -> bool:
    """No line of its page is set over `line` over its width: the top of its column there."""
    return not any(other.bottom < line.top + 1 and shares_width(other, line) for other in page if other is not line)


def own_rest(cut: Line, pages: dict[int, list[Line]]) -> Line | None:
    """The cut column's next line: the top line of the next page at the cut line's edge, in its type."""
    page = pages.get(cut.page + 1, [])
    slack = EDGE_SLACK_EM * cut.size
    return next((line for line in sorted(page, key=lambda l: l.top)
                 if abs(line.x0 - cut.x0) <= slack and same_type(line, cut) and _column_top(line, page)), None)


def _ends_sentence(line: Line) -> bool:
    return collapse_ws(line.text).endswith(SENTENCE_END)


def under_other_type(line: Line, cut: Line, page: list[Line]) -> bool:
    """A line in other type is set right over `line` (a card's title or score line), in its column
    only (not over the cut's column too, as a heading across the page is)."""
    return any(set_under(other, line, TITLE_GAP_EM * line.size) and shares_width(other, line)
               and not shares_width(other, cut) and not same_type(other, line) for other in page)


def runs_into_other_type(line: Line, page: list[Line]) -> bool:
    """`line` and those under it at its edge in its type, a line apart, end no sentence before a line
    in other type right under them: a title set in the text's type (a card's, over its score line)."""
    slack, last = EDGE_SLACK_EM * line.size, line
    for other in sorted((l for l in page if l.top > line.top and shares_width(l, line)), key=lambda l: l.top):
        if _ends_sentence(last) or other.top - last.bottom > TITLE_GAP_EM * line.size:
            return False
        if not same_type(other, line):
            return True
        if abs(other.x0 - line.x0) > slack:
            return False
        last = other
    return False


def goes_on_elsewhere(line: Line, cut: Line, pages: dict[int, list[Line]]) -> bool:
    """The paragraph whose sentence `cut` leaves open at its column's foot does not go on at `line`,
    read next in another column (over a column or page break), but in its own column on the next page."""
    page = pages.get(cut.page, [])
    if (abs(line.x0 - cut.x0) <= EDGE_SLACK_EM * cut.size or opens_lower(line.text)
            or not at_column_foot(cut, page)):
        return False
    here = pages.get(line.page, [])
    if under_other_type(line, cut, here) or runs_into_other_type(line, here):
        return True
    rest = own_rest(cut, pages)
    if rest is None or not opens_lower(rest.text):
        return False
    before = pages[rest.page][:pages[rest.page].index(rest)] or pages.get(rest.page - 1, [])[-1:]
    return _ends_sentence(before[-1])  # else the line read before it goes on there (columns filled in turn)


def resumes_at(line: Line, cut: Line, pages: dict[int, list[Line]]) -> bool:
    """`line` is the next line of the column `cut` ended at the foot of, on the next page."""
    return line.page == cut.page + 1 and own_rest(cut, pages) is line
