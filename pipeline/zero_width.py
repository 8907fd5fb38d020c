"""Zero-width characters: nothing a reader sees, so they never part or join words.

A web page's CMS sets a zero-width space (U+200B) after a slash so that a browser may break the
line there ("WHO/​NatSSIPs"); writers also set joiners (U+200C, U+200D, the word joiner U+2060,
a stray byte-order mark U+FEFF) inside words, and an emoji bullet carries a variation selector
("▶️"). Inside a line each is nothing: the gap between the glyphs decides whether there is a space. A line broken at a zero-width space, though, goes on in
the next line's first word with no space between ("WHO/" / "NatSSIPs" reads "WHO/NatSSIPs"), as a
line broken at a soft hyphen does: the line's text keeps the break at its end (read.py), and
text.join_lines closes it up. A browser may print the break as a space glyph marked /ActualText
<FEFF200B>, which PDFium reads as nothing at all: actual_text.breaks finds where it is drawn.
"""

# Variation selectors (U+FE00 … U+FE0F) choose how the character before them is drawn (U+FE0F: "▶️" as an emoji)
# and are themselves nothing a reader sees.
VARIATION_SELECTORS = frozenset(chr(c) for c in range(0xFE00, 0xFE10))
# The zero-width space: a place a line may break without a space.
BREAK = "\u200b"
ZERO_WIDTH = frozenset(BREAK + "\u200c\u200d\u2060\ufeff") | VARIATION_SELECTORS
# A break belongs to the glyph run ending within this share of an em of where it is drawn, on its baseline.
NEAR_EM = 0.15


def broken_at(glyphs: list, breaks: list[tuple[float, float]]) -> list:
    """The glyph runs (glyphs.Glyph), each ending where a zero-width space is drawn (`breaks`: left
    edge and baseline, from the page's top) with the break after its text."""
    if not breaks:
        return glyphs
    return [g._replace(text=g.text + BREAK) if not g.text.endswith(BREAK) and any(
        abs(g.x1 - x) <= NEAR_EM * g.size and abs(g.baseline - y) <= NEAR_EM * g.size for x, y in breaks) else g
        for g in glyphs]


def ends_broken(text: str) -> tuple[str, bool]:
    """A word's text without its zero-width spaces, and whether it ends at one (its line may break there)."""
    return text.replace(BREAK, ""), text.endswith(BREAK)
