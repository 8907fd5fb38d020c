"""A web page's side rail printed on every page ("On this page" and its links, a position:fixed
menu down the right): a stack of lines in the same words at the same place on page after page,
standing clear of the page's text at one side. It is furniture, however far down the page it
reaches: read with the text, its lines end a list whose heading closes a page (the list goes on at
the next page's top, past the rail read between them)."""

from collections.abc import Callable

from ..models.document import Line, ReportDocument

# A rail is a stack of at least this many lines, printed on at least half the pages (two or more).
RAIL_LINES = 3
RAIL_PAGES_SHARE = 0.5


def rail_lines(doc: ReportDocument, margins: dict[int, dict[int, str]], placed: Callable[[Line, float], tuple]) -> set[int]:
    """Ids of side-rail lines. `margins`: each page's lines in its top or bottom band (a running
    header beside the rail, "Print | Share", may cross its extent); `placed`: a line's words and
    place on its page of that height (furniture.py `_placed`)."""
    keys = {id(line): placed(line, page.height) for page in doc.pages for line in page.lines}  # each line keyed once
    pages_with: dict[tuple, set[int]] = {}
    for page in doc.pages:
        for line in page.lines:
            pages_with.setdefault(keys[id(line)], set()).add(page.number)
    least = max(2, RAIL_PAGES_SHARE * len(doc.pages))
    found: set[int] = set()
    for page in doc.pages:
        recurring = [line for line in page.lines if len(pages_with[keys[id(line)]]) >= least]
        for stack in _stacks(recurring):
            if len(stack) >= RAIL_LINES and _at_side(stack, page.lines, margins[page.number]):
                found |= {id(line) for line in stack}
    return found


def _stacks(lines: list[Line]) -> list[list[Line]]:
    """The lines grouped by a shared left edge (within a quarter em)."""
    stacks: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: line.x0):
        if stacks and abs(stacks[-1][0].x0 - line.x0) < 0.25 * line.size:
            stacks[-1].append(line)
        else:
            stacks.append([line])
    return stacks


def _at_side(stack: list[Line], lines: list[Line], margin: dict[int, str]) -> bool:
    """Every other line of the page's text (its margin bands aside) stands wholly left of the
    stack's left edge, or wholly right of its right edge: the stack is a column at the page's side."""
    own = {id(line) for line in stack}
    left, right = min(line.x0 for line in stack), max(line.x1 for line in stack)
    others = [line for line in lines if id(line) not in own and id(line) not in margin]
    return bool(others) and (all(line.x1 <= left for line in others) or all(line.x0 >= right for line in others))
