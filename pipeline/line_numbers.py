"""A word processor's line numbers ("15", "20", "25" every five lines, in the margin or between
two columns) are no text a reader reads: left in, a narrow stack of them between the columns ends
the gutter there and splices the two columns' lines together. They are dropped before columns are
looked for.

A line number is a bare number in a stack of at least two such numbers set at one edge (their
right edges, as Word and LibreOffice set them, or their left) within EDGE_EM of their type, that
count up the page in one step of two or more, each a multiple of it; the stacks of a page, left to
right, that go on counting from one another (a margin's, then the gap's between columns) are line
numbers when they hold MIN_COUNT numbers or more. A table's row numbers count in ones, and a column
of figures seldom counts in even multiples down the page.
"""


from .regex_programs import compiled

NUMBER = compiled(r"^\d{1,4}$")
MIN_COUNT = 3
EDGE_EM = 0.3
MIN_STEP = 2


def without_line_numbers(rows: list[list[dict]]) -> list[list[dict]]:
    """`rows` (words on baselines, top down) less the line numbers they hold; rows left empty dropped."""
    numbers = [w for row in rows for w in row if NUMBER.match(w["text"])]
    found: set[int] = set()
    for edge in ("x1", "x0"):
        counted: list[dict] = []
        for stack in (s for s in _stacks(numbers, edge) if _counts_lines(s)):
            if counted and not _counts_lines(counted + stack):
                found.update(_if_enough(counted))
                counted = []
            counted += stack
        found.update(_if_enough(counted))
    if not found:
        return rows
    kept = [[w for w in row if id(w) not in found] for row in rows]
    return [row for row in kept if row]


def _stacks(numbers: list[dict], edge: str) -> list[list[dict]]:
    """The numbers grouped by the edge they are set at, each group top down."""
    stacks: list[list[dict]] = []
    for word in sorted(numbers, key=lambda w: w[edge]):
        if stacks and word[edge] - stacks[-1][-1][edge] <= EDGE_EM * word["size"]:
            stacks[-1].append(word)
        else:
            stacks.append([word])
    return [sorted(stack, key=lambda w: w["top"]) for stack in stacks if len(stack) > 1]


def _if_enough(counted: list[dict]) -> set[int]:
    return {id(w) for w in counted} if len(counted) >= MIN_COUNT else set()


def _counts_lines(stack: list[dict]) -> bool:
    """The stack (or stacks in turn) counts up in one step of MIN_STEP or more, every number a multiple of it."""
    values = [int(w["text"]) for w in stack]
    step = values[1] - values[0]
    return (step >= MIN_STEP and all(v % step == 0 for v in values)
            and all(b - a == step for a, b in zip(values, values[1:])))
