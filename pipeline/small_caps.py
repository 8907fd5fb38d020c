"""A line set in small caps (capitals for its capitals, smaller capitals for its lower case:
LibreOffice's and Word's small caps give the text layer capitals only) is in the type of its
capitals: "EMERGENCY AND URGENT CARE", its "E" in 14 pt and the rest in 11.2 pt, is a 14 pt
heading, larger than a 12 pt heading under it, not smaller. Its median glyph is a small capital."""

# Small capitals are this share of the capitals' size, or more (writers use 0.7 to 0.8) ...
SMALL_SHARE_MIN = 0.6
# ... and less than this (two sizes closer than this are one type, slightly varied).
SMALL_SHARE_MAX = 0.9


def small_caps_size(glyphs: list) -> float | None:
    """The capitals' size of a line set in small caps, or None: every letter a capital, in two
    sizes, the line's first letter in the larger, the smaller a small capital's share of it."""
    letters = []
    for g in glyphs:  # a line's first word in lower case settles it: most lines are asked no further
        if any(c.isalpha() for c in g.text):
            if any(c.islower() for c in g.text):
                return None
            letters.append(g)
    if not letters:
        return None
    sizes = {round(g.size, 1) for g in letters}
    if len(sizes) != 2:
        return None
    small, large = sorted(sizes)
    if round(letters[0].size, 1) != large or not SMALL_SHARE_MIN <= small / large < SMALL_SHARE_MAX:
        return None
    return large
