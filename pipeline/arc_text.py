"""Text set on an arc (a poster's ring, a badge, a wheel's headings): each glyph drawn with a matrix of
its own, turned to follow the curve. Read glyph by glyph it is scattered letters, and the glyphs turned
more than a level line's slant are left out as decoration, so a heading set round a ring is lost.

A reader follows the letters along the curve: each glyph's next is the one standing where its advance
ends, in the direction its own baseline runs (a word space further on at most), in its font and size.
A chain of such glyphs whose direction turns steadily (a curve, not a straight turned line: a diagonal
watermark or a side tab stays decoration) is one line of text. It is read as a reader reads it,
straightened: its words laid level on the baseline of its most level glyph (the arc's crown, top or
foot), centred where the arc's middle letter stands, each at its advance along the curve.
"""

import ctypes
import math
from typing import NamedTuple

# A chain of at least this many glyphs, its direction turning at least this many degrees from end to
# end (never back), is text on an arc.
ARC_GLYPHS, ARC_TURN = 6, 15.0
# The next glyph stands within this many ems across its neighbour's baseline, where its advance ends
# (up to a word space further on: SPACE_EM starts a space, GAP_EM ends the chain), turned at most
# STEP_TURN degrees from it.
ACROSS_EM, SPACE_EM, GAP_EM, STEP_TURN = 0.3, 0.15, 0.8, 20.0
# A glyph may turn back this many degrees from its neighbour's turn (its crown's letters, each straightened by
# askew.py about its own centre, stand level give or take a degree).
WOBBLE = 2.0
# A word space laid level is this wide (ems).
SPACE_WIDTH_EM = 0.25


class Arc(NamedTuple):
    """One arc's text laid level, in the page's own coordinates (points, y from the bottom)."""

    words: list[tuple[str, float, float]]  # each word with its left and right edge, laid level
    baseline: float  # the baseline it is laid on: its most level glyph's (the crown's)
    size: float
    glyphs: frozenset[int]  # the indexes of its glyphs in the page's text
    centre: tuple[float, float] | None  # where its glyphs' upright axes meet: the ring's centre


class _Letter(NamedTuple):
    """One glyph: its index, character, origin (page points, y from the bottom), the direction its
    baseline runs (degrees), printed size, advance along its baseline and font (its address)."""

    k: int
    ch: str
    x: float
    y: float
    angle: float
    size: float
    advance: float
    font: int


def arcs(raw_api, raw, text: str, turned: list[int], matrix) -> list[Arc]:
    """Each arc among the glyphs at `turned` (indexes into the page's `text`, left out as not level) and
    the level glyphs of their font and size near them (the arc's crown). `matrix(raw_api, raw, k)`:
    glyph k's matrix and font size (glyphs.char_matrix)."""
    letters = {k: letter for k in turned if (letter := _letter(raw_api, raw, text, k, matrix)) is not None}
    if len(letters) < ARC_GLYPHS or len({round(l.angle) for l in letters.values()}) < ARC_GLYPHS // 2:
        return []  # turned text all at one slant (a side tab, a watermark, a table's turned labels): no arc
    kinds = {(l.font, round(l.size, 1)) for l in letters.values()}
    x0, x1 = min(l.x for l in letters.values()), max(l.x for l in letters.values())
    y0, y1 = min(l.y for l in letters.values()), max(l.y for l in letters.values())
    reach = max(l.size for l in letters.values())
    x, y = ctypes.c_double(), ctypes.c_double()
    for k, ch in enumerate(text):  # the level letters at an arc's crown, within the arcs' reach
        if k in letters or ch.isspace() or not raw_api.FPDFText_GetCharOrigin(raw, k, x, y) \
                or not (x0 - reach <= x.value <= x1 + reach and y0 - reach <= y.value <= y1 + reach):
            continue
        letter = _letter(raw_api, raw, text, k, matrix)
        if letter is not None and (letter.font, round(letter.size, 1)) in kinds:
            letters[k] = letter
    return [_laid_level(chain) for chain in _chains(list(letters.values())) if _curved(chain)]


def _letter(raw_api, raw, text: str, k: int, matrix) -> _Letter | None:
    ch = text[k]
    drawn_by = raw_api.FPDFText_GetTextObject(raw, k)
    x, y = ctypes.c_double(), ctypes.c_double()
    if ch.isspace() or not drawn_by or not raw_api.FPDFText_GetCharOrigin(raw, k, x, y):
        return None
    a, b, c, d, size = matrix(raw_api, raw, k)
    scale = math.hypot(a, b)
    font = raw_api.FPDFTextObj_GetFont(drawn_by)
    width = ctypes.c_float()
    if not font or not scale \
            or not raw_api.FPDFFont_GetGlyphWidth(font, ord(ch), ctypes.c_float(size), ctypes.byref(width)):
        return None
    return _Letter(k, ch, x.value, y.value, math.degrees(math.atan2(b, a)), size * math.hypot(c, d),
                   width.value * scale, ctypes.addressof(font.contents))


def _next(letter: _Letter, others: list[_Letter]) -> tuple[_Letter, bool] | None:
    """The glyph standing where `letter`'s advance ends along its baseline, and whether a word space
    comes between."""
    ux, uy = math.cos(math.radians(letter.angle)), math.sin(math.radians(letter.angle))
    best = None
    for other in others:
        if other is letter or other.font != letter.font or abs(other.size - letter.size) > 0.05 * letter.size \
                or abs((other.angle - letter.angle + 180) % 360 - 180) > STEP_TURN:
            continue
        dx, dy = other.x - letter.x, other.y - letter.y
        beyond = dx * ux + dy * uy - letter.advance
        if abs(dx * uy - dy * ux) < ACROSS_EM * letter.size and -SPACE_EM * letter.size < beyond \
                < GAP_EM * letter.size and (best is None or abs(beyond) < abs(best[1])):
            best = (other, beyond)
    return None if best is None else (best[0], best[1] > SPACE_EM * letter.size)


def _chains(letters: list[_Letter]) -> list[list[tuple[_Letter, bool]]]:
    """The letters strung along their baselines: each chain's letters in order, each with whether a
    word space comes before it."""
    after: dict[int, tuple[_Letter, bool]] = {}
    before: dict[int, int] = {}
    for letter in letters:
        found = _next(letter, letters)
        if found is not None and found[0].k not in before:
            after[letter.k], before[found[0].k] = found, letter.k
    chains = []
    for letter in letters:
        if letter.k in before:
            continue
        chain, spaced = [], False
        while letter is not None and len(chain) <= len(letters):
            chain.append((letter, spaced))
            letter, spaced = after.get(letter.k, (None, False))
        chains.append(chain)
    return chains


def _curved(chain: list[tuple[_Letter, bool]]) -> bool:
    """Long enough, and turning one way by at least ARC_TURN degrees: an arc, not a straight line."""
    if len(chain) < ARC_GLYPHS:
        return False
    turns = [(b.angle - a.angle + 180) % 360 - 180 for (a, _), (b, _) in zip(chain, chain[1:])]
    return abs(sum(turns)) >= ARC_TURN and (all(t <= WOBBLE for t in turns) or all(t >= -WOBBLE for t in turns))


def _laid_level(chain: list[tuple[_Letter, bool]]) -> Arc:
    """The arc's words laid level: on its most level glyph's baseline, centred on its middle letter."""
    size = max(letter.size for letter, _ in chain)
    along, words, start, text = 0.0, [], 0.0, ""
    for letter, spaced in chain:
        if spaced and text:
            words.append((text, start, along))
            along += SPACE_WIDTH_EM * size
            text = ""
        if not text:
            start = along
        text += letter.ch
        along += letter.advance
    words.append((text, start, along))
    middle = chain[len(chain) // 2][0]
    crown = min((letter for letter, _ in chain), key=lambda letter: abs(letter.angle))
    left = middle.x - along / 2
    return Arc([(w, left + a, left + b) for w, a, b in words], crown.y, size,
               frozenset(letter.k for letter, _ in chain), _centre(chain[0][0], chain[-1][0]))


def _centre(first: _Letter, last: _Letter) -> tuple[float, float] | None:
    """Where the upright axes of the arc's first and last glyphs meet (None: they run side by side)."""
    (ax, ay), (bx, by) = ((-math.sin(math.radians(l.angle)), math.cos(math.radians(l.angle))) for l in (first, last))
    cross = ax * by - ay * bx
    if abs(cross) < 1e-6:
        return None
    t = ((last.x - first.x) * by - (last.y - first.y) * bx) / cross
    return first.x + t * ax, first.y + t * ay
