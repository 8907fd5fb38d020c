"""A flow chart's connector typed as a glyph: a large arrow ("↘", "↙") set in the gap between two
boxes of text, leading the eye from one to the next. A reader sees a connector, not a bullet: a
bullet stands in the type of the words it marks, just before them. Read as a bullet it marks an
empty item, and on its baseline (its type is taller than the text's) it joins, and reorders, the
lines beside it. A bullet glyph in type much larger than all the text level with it, marking no
words after it, is dropped before the page's lines are read.
"""

from .glyphs import BULLETS, Glyph

_GLYPHS = frozenset(BULLETS)
# A connector is set at least this many times the size of the text level with it (a bullet is
# set in about its text's size).
LARGER = 1.8
# A bullet's text starts within this many ems (of the text) after it.
MARKS_EM = 1.0


def without_connectors(glyphs: list[Glyph]) -> list[Glyph]:
    """`glyphs` less the connector arrows among them."""
    arrows = [g for g in glyphs if g.text in _GLYPHS]
    if not arrows:
        return glyphs
    dropped = {id(g) for g in arrows if _connector(g, glyphs)}
    return [g for g in glyphs if id(g) not in dropped] if dropped else glyphs


def _connector(arrow: Glyph, glyphs: list[Glyph]) -> bool:
    level = [g for g in glyphs if g is not arrow and g.text not in _GLYPHS and g.bottom > arrow.top and g.top < arrow.bottom]
    return bool(level) and all(LARGER * g.size <= arrow.size for g in level) \
        and not any(0 <= g.x0 - arrow.x1 <= MARKS_EM * g.size for g in level)
