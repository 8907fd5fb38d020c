"""An index or contents entry's dot leader and the page number it leads to ("… stored securely.
(Regulation 12(2)(g)) . . . . . . . 2"): a word processor fills a tab with them, so the eye can
follow the row to its number. They are no words of the entry: left in, the entry's last line reads
"… (Regulation 12(2)(g)) ........ 2" and its statement is no copy of the one it points to. They are
dropped before columns are looked for (the leader fills the gap the number's column would leave).

A leader is the row's last words but one, made of nothing but leader dots, MIN_DOTS or more of them
in all, and the row's last word after them a page number (figures, or roman numerals). A dot set
against the word before it (no space between) is that word's own: the full stop of a sentence
running into the leader ("events. . . . 5") stays with the sentence. (A leader packed against
the word with no space at all is one run of glyphs with it, left as printed.)
"""

import re

from .regex_programs import compiled

# The characters a leader is made of: full stops, a middle dot, an ellipsis.
LEADER_DOTS = frozenset(".·…")
# At least this many dots make a leader ("..." alone is an ellipsis); an ellipsis character counts three.
MIN_DOTS = 4
PAGE_NUMBER = compiled(r"^(?:\d{1,4}|[ivxlc]{1,7})$", re.IGNORECASE)


def without_leaders(rows: list[list[dict]]) -> list[list[dict]]:
    """`rows` (words on baselines, top down) less each row's dot leader and the page number after it."""
    return [_without_leader(row) for row in rows]


def _without_leader(row: list[dict]) -> list[dict]:
    if len(row) < 3 or not PAGE_NUMBER.match(row[-1]["text"]):
        return row
    start = len(row) - 1
    while start > 0 and row[start - 1]["text"] and set(row[start - 1]["text"]) <= LEADER_DOTS:
        start -= 1
    dots = sum(3 if c == "…" else 1 for word in row[start:-1] for c in word["text"])
    return row[:start] if start > 0 and dots >= MIN_DOTS else row
