"""A word set one letter a line down the page ("C" over "Q" over "C", a side tab's "CQC REPORT"
in a margin) is lettering, not text: read as lines, its letters go on the statement they stand
level with ("… to facilitate C Q"), and the statement's next line is lost to it. A stack is four or
more lines of one capital letter each, their middles within half an em of one another across,
each under the last by at most STEP_EM ems (a word's space is a wider step than a letter's), no
text starting within CLEAR_EM ems right of any of them; they are dropped from the lines the lists
are read from. A list's letters ("A" to "D" hung before one-line items) have their items' words
right beside them.
"""

from ..models.document import Line

STEP_EM, ACROSS_EM, CLEAR_EM, MIN_LETTERS = 2.5, 0.5, 2.0, 4


def without_stacked_letters(lines: list[Line]) -> list[Line]:
    """The lines, less each one-letter line in a stack of them."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    letters = ([line for line in page if _letter(line, page)] for page in pages.values())
    stacked = {id(line) for page_letters in letters for stack in _stacks(page_letters) for line in stack}
    return [line for line in lines if id(line) not in stacked] if stacked else lines


def _letter(line: Line, page: list[Line]) -> bool:
    text = line.text.strip()
    return len(text) == 1 and text.isupper() and not any(
        other.bottom > line.top and other.top < line.bottom and 0 <= other.x0 - line.x1 <= CLEAR_EM * line.size
        for other in page)


def _stacks(letters: list[Line]) -> list[list[Line]]:
    stacks: list[list[Line]] = []
    for line in sorted(letters, key=lambda line: line.top):
        middle = (line.x0 + line.x1) / 2
        stack = next((s for s in stacks if abs((s[-1].x0 + s[-1].x1) / 2 - middle) <= ACROSS_EM * line.size
                      and 0 < line.top - s[-1].top <= STEP_EM * line.size), None)
        if stack is None:
            stacks.append([line])
        else:
            stack.append(line)
    return [stack for stack in stacks if len(stack) >= MIN_LETTERS]
