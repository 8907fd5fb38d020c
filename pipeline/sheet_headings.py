"""A spreadsheet printed with its row and column headings (a trust's action register from Excel or
Calc, "Print row and column headings") carries the sheet's own furniture: a row of column letters
("A B C", or "D E F G" on the next block of columns) across the top, and a column of row numbers
("1", "2", "3" …) down the left, each centred on its row, so seldom level with a line of text. They
are no text a reader reads: left in, the stack of numbers left of the table is a narrow column that
ends the label column's gutter and splices the cells' lines row by row.

Told from the place alone: bare numbers centred on one x that count up down the page (in ones, or
with gaps where a filtered sheet hides rows), at least MIN_COUNT of them, with nothing left of them
between the first and the last; and right above
the first, within LETTERS_EM of its type, a row holding only capitals that run on in alphabetical
order left to right ("AB" where two narrow columns' letters set close read as one word), right of
the numbers. Both are dropped before columns are looked for. Without the letters the stack may be
a table's own "No." column, whose numbers count up too: it stays.
"""

from string import ascii_uppercase

from .regex_programs import compiled

NUMBER = compiled(r"^\d{1,4}$")
LETTERS = compiled(r"^[A-Z]+$")
MIN_COUNT = 3
# Row numbers are centred on one x within this many ems of their type.
CENTRE_EM = 0.4
# The column letters' row lies at most this many ems of the first row number's type above it.
LETTERS_EM = 4.0


def without_sheet_headings(rows: list[list[dict]]) -> list[list[dict]]:
    """`rows` (words on baselines, top down) less a printed sheet's row and column headings; rows
    left empty dropped."""
    words = [w for row in rows for w in row]
    for stack in _stacks([w for w in words if NUMBER.match(w["text"])]):
        letters = _letters_over(stack, rows)
        if letters is None or not _counts_up(stack) or _text_left_of(stack, words):
            continue
        found = {id(w) for w in stack + letters}
        kept = [[w for w in row if id(w) not in found] for row in rows]
        return [row for row in kept if row]
    return rows


def _stacks(numbers: list[dict]) -> list[list[dict]]:
    """The numbers grouped by the x they are centred on, each group top down."""
    stacks: list[list[dict]] = []
    for word in sorted(numbers, key=_middle):
        if stacks and _middle(word) - _middle(stacks[-1][-1]) <= CENTRE_EM * word["size"]:
            stacks[-1].append(word)
        else:
            stacks.append([word])
    return [sorted(stack, key=lambda w: w["top"]) for stack in stacks if len(stack) >= MIN_COUNT]


def _middle(word: dict) -> float:
    return (word["x0"] + word["x1"]) / 2


def _counts_up(stack: list[dict]) -> bool:
    values = [int(w["text"]) for w in stack]
    return all(b > a for a, b in zip(values, values[1:]))


def _text_left_of(stack: list[dict], words: list[dict]) -> bool:
    """Any word set left of the stack between its first number and its last."""
    left = min(w["x0"] for w in stack)
    top, bottom = stack[0]["top"], stack[-1]["bottom"]
    return any(w["x1"] <= left and w["bottom"] > top and w["top"] < bottom for w in words)


def _letters_over(stack: list[dict], rows: list[list[dict]]) -> list[dict] | None:
    """The row of column letters right above the stack's first number, right of the stack."""
    first = stack[0]
    right = max(w["x1"] for w in stack)
    for row in rows:
        if not (0 < first["top"] - row[0]["top"] <= LETTERS_EM * first["size"]):
            continue
        ordered = sorted(row, key=lambda w: w["x0"])
        run = "".join(w["text"] for w in ordered)
        if ordered[0]["x0"] >= right and all(LETTERS.match(w["text"]) for w in ordered) and len(run) >= 2 \
                and run in ascii_uppercase:
            return row
    return None
