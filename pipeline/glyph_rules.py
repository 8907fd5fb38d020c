"""A designer may draw a paragraph's side rule as text: a "│" typed at the start of every line.
A reader sees a rule beside the paragraph, not a character in it; read as text, the glyph falls
between the words of every wrapped sentence ("who had │ fallen"), and the sentence no longer reads
as the statement it is. A rule glyph standing apart from the text on its row, more than APART_EM
of the type beside it on each side (or at the row's end), is dropped before columns are looked
for; one set between words at a word space ("Home | About") stays.
"""

# Vertical bars and rules as typed: ASCII and broken bars, double bars, box-drawing verticals
# (light, heavy, double, dashed) and the left, right and full block elements.
RULE_GLYPHS = frozenset("|¦‖│┃┆┇┊┋║▌▍▎▏▐█")
# A word space is about a quarter of an em; a rule stands a good em clear of its text.
APART_EM = 1.0


def without_glyph_rules(rows: list[list[dict]]) -> list[list[dict]]:
    """`rows` (words on baselines, each left to right) less the rule glyphs they hold; rows left empty dropped.
    A page printing no rule glyph (most) is given back as it is, no row copied."""
    if not any(w["text"] in RULE_GLYPHS for row in rows for w in row):
        return [row for row in rows if row]
    kept = [[w for n, w in enumerate(row) if not _rule(row, n)] for row in rows]
    return [row for row in kept if row]


def _rule(row: list[dict], n: int) -> bool:
    word = row[n]
    if word["text"] not in RULE_GLYPHS:
        return False
    clear_before = n == 0 or word["x0"] - row[n - 1]["x1"] > APART_EM * row[n - 1]["size"]
    clear_after = n + 1 == len(row) or row[n + 1]["x0"] - word["x1"] > APART_EM * row[n + 1]["size"]
    return clear_before and clear_after
