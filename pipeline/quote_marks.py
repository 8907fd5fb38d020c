"""A plain-text e-mail quotes the message it answers with ">" (">>" for a quote inside a quote)
typed at the start of every line: a column of marks down the left of the quoted text. A reader
sees a quoted passage, not a ">" in its words; read as text, the marks open every line of a
wrapped statement and hide a heading ("> The areas where the provider should make improvements
are:") from whoever looks for it at a line's start. A column of marks on QUOTED_ROWS rows or more
of a page, one under another at one x, is dropped before columns are looked for, and the rows it
leaves empty (a quoted blank line) with it. It is a quote's column, not a list's ">" bullets, when
one of its rows holds the mark alone or goes on in lower case after it: a quote marks every line,
a bullet only an item's first.

The rows a reply writes into the quote (between two of its quoted rows, from the marks' edge, no
mark: "[AR] Recall letters went out in January") are the replier's words, not the quoted text:
their words are flagged `reply`, and their lines read as furniture, so a quoted list goes on past them.
"""

from .text import is_list_marker

# The least number of quoted rows on a page read as a quote's column.
QUOTED_ROWS = 3
# Marks of one column start within this many ems of each other.
SAME_X_EM = 0.4


def without_quote_marks(rows: list[list[dict]]) -> list[list[dict]]:
    """`rows` (words on baselines, each left to right, rows top to bottom) less the quote marks
    opening them, the reply's rows between them flagged; rows left empty dropped."""
    quoted: set[int] = set()
    replies: set[int] = set()
    for column in _columns([n for n, row in enumerate(rows) if _quote_mark(row)], rows):
        if len(column) >= QUOTED_ROWS and any(_marks_all_lines(rows[n]) for n in column):
            quoted.update(column)
            replies.update(n for n in range(column[0] + 1, column[-1]) if n not in column and _at(rows[n], rows[column[0]][0]))
    if not quoted:
        return rows
    kept = [_unquoted(row) if n in quoted else [dict(w, reply=True) for w in row] if n in replies else row
            for n, row in enumerate(rows)]
    return [row for row in kept if row]


def _unquoted(row: list[dict]) -> list[dict]:
    """The row less its mark; its first word a list marker or not now that nothing stands before it."""
    rest = row[1:]
    return [dict(rest[0], marker=is_list_marker(rest[0]["text"])), *rest[1:]] if rest else rest


def _columns(marked: list[int], rows: list[list[dict]]) -> list[list[int]]:
    """The marked rows grouped by their mark's x, each group top to bottom."""
    columns: list[list[int]] = []
    for n in marked:
        column = next((c for c in columns if _at(rows[n], rows[c[0]][0])), None)
        if column is None:
            columns.append([n])
        else:
            column.append(n)
    return columns


def _at(row: list[dict], mark: dict) -> bool:
    return abs(row[0]["x0"] - mark["x0"]) <= SAME_X_EM * mark["size"]


def _quote_mark(row: list[dict]) -> bool:
    text = row[0]["text"]
    return bool(text) and set(text) == {">"}


def _marks_all_lines(row: list[dict]) -> bool:
    """The mark alone on its row (a quoted blank line), or before words going on in lower case."""
    return len(row) == 1 or row[1]["text"][:1].islower()
