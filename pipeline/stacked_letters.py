"""Words set one letter a line down the page.

A label stacked in a narrow box beside a group's rows (a poster's "URGENT AND EMERGENCY CARE" as four
stacks side by side, one per word, each glyph an object of its own) is read as a reader reads it: each
stack is a word, the stacks left to right one label, set on the row of its first letter (`stacks_read`,
before the page's rows are found). Read by rows, its letters go on the statements beside them, each row
of letters a line between a statement's lines, and the label is lost. A stack is two letters or more,
one capital on each baseline, their middles within half an em across, each under the last by at most
WORD_STEP_EM ems; the stacks of one label stand side by side, at most BESIDE_EM ems apart, overlapping
down the page. It is read so only when every stack spells a word of the word list, one of them of
MIN_LETTERS or more, and no other text lies within the label's box or CLEAR_EM ems right of it.

Stacked lettering that spells none (a side tab's "CQC REPORT" in a margin) is no text: read as lines, its
letters go on the statement they stand level with ("… to facilitate C Q"), and the statement's next
line is lost to it. Such a stack is four or more lines of one capital letter each, their middles within
half an em of one another across, each under the last by at most STEP_EM ems (a word's space is a wider
step than a letter's), no text starting within CLEAR_EM ems right of any of them; they are dropped from
the lines the lists are read from (`without_stacked_letters`). A list's letters ("A" to "D" hung before
one-line items) have their items' words right beside them.
"""

from ..models.document import Line

from .hyphenation import is_word

STEP_EM, ACROSS_EM, CLEAR_EM, MIN_LETTERS = 2.5, 0.5, 2.0, 4
WORD_STEP_EM = 2.0  # a letter's step down a word's stack (a wider one parts two words stacked in one column)
BESIDE_EM = 3.0  # a stack of the same label stands this near the one before it, middle to middle


def stacks_read(glyphs: list) -> list:
    """The glyphs, each label stacked a letter a line read as its words on its first letter's row."""
    letters = [g for g in glyphs if len(g.text) == 1 and g.text.isalpha() and g.text.isupper()]
    if len(letters) < MIN_LETTERS:
        return glyphs
    taken: set[int] = set()
    words: list = []
    for label in _labels([s for s in _glyph_stacks(letters) if len(s) >= 2]):
        spelt = ["".join(g.text for g in stack) for stack in label]
        mine = {id(g) for stack in label for g in stack}
        if not any(len(stack) >= MIN_LETTERS for stack in label) or not all(map(is_word, spelt)) \
                or not _clear(label, mine, glyphs):
            continue
        first = min((stack[0] for stack in label), key=lambda g: g.baseline)
        taken |= mine
        words += [first._replace(text=word, x0=min(g.x0 for g in stack), x1=max(g.x1 for g in stack), spaced=n > 0)
                  for n, (word, stack) in enumerate(zip(spelt, label))]
    return [g for g in glyphs if id(g) not in taken] + words if taken else glyphs


def _glyph_stacks(letters: list) -> list[list]:
    """The letters in columns, each under the last by at most a letter's step, top down."""
    return _in_columns(letters, lambda g: g.baseline, WORD_STEP_EM)


def _in_columns(items: list, y, step_em: float) -> list[list]:
    """Glyphs or one-letter lines in columns: each centred under the last (`ACROSS_EM`) and below it by at most
    `step_em` of its size (`y` its height on the page), top down."""
    stacks: list[list] = []
    for item in sorted(items, key=y):
        middle = (item.x0 + item.x1) / 2
        stack = next((s for s in stacks if abs((s[-1].x0 + s[-1].x1) / 2 - middle) <= ACROSS_EM * item.size
                      and 0 < y(item) - y(s[-1]) <= step_em * item.size), None)
        if stack is None:
            stacks.append([item])
        else:
            stack.append(item)
    return stacks


def _labels(stacks: list[list]) -> list[list[list]]:
    """The stacks that stand side by side, overlapping down the page, as labels, each left to right."""
    labels: list[list[list]] = []
    for stack in sorted(stacks, key=lambda s: s[0].x0):
        label = next((l for l in labels if _beside(l[-1], stack)), None)
        if label is None:
            labels.append([stack])
        else:
            label.append(stack)
    return labels


def _beside(last: list, stack: list) -> bool:
    step = (stack[0].x0 + stack[0].x1 - last[0].x0 - last[0].x1) / 2
    return 0 < step <= BESIDE_EM * stack[0].size and stack[0].baseline < last[-1].baseline \
        and last[0].baseline < stack[-1].baseline


def _clear(label: list[list], mine: set[int], glyphs: list) -> bool:
    """No other glyph within the label's box, or CLEAR_EM ems right of it (an em left of it)."""
    letters = [g for stack in label for g in stack]
    x0, x1 = min(g.x0 for g in letters), max(g.x1 for g in letters)
    top, bottom = min(g.top for g in letters), max(g.bottom for g in letters)
    em = letters[0].size
    return not any(id(g) not in mine and g.bottom > top and g.top < bottom and x0 - em < g.x1 and g.x0 < x1 + CLEAR_EM * em
                   for g in glyphs)


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
    return [stack for stack in _in_columns(letters, lambda line: line.top, STEP_EM) if len(stack) >= MIN_LETTERS]
