"""Glyph boxes from where the glyphs are placed, when a font's stored widths disagree with it.

PDFium gives every glyph an advance box as wide as the font's stored width (/Widths). A writer
that places each glyph by its own text matrix (a tracker's export; no space characters) may store
widths that are no glyph's real advance (a flat 600 units for a proportional face): boxes then
overlap inside words and leave room for a space in them ("m ust"), and PDFium makes up its spaces
from those boxes. A reader goes by what is printed: where each glyph starts and where the next
one does. So for such a font each character's advance is read from its placement (the least step
from its origin to the next glyph's on the line, in ems of the type) and its box ends there; a
character only ever placed before a word gap ("," ":") ends at its ink and the face's usual
right-hand bearing. Word gaps are then measured by read.py from those boxes as for any page,
and PDFium's made-up spaces after such a font's glyphs are left out.
"""

import ctypes
from collections.abc import Callable
from statistics import median

# A next glyph starting this far (in ems) inside the last one's stored box, or a glyph's ink
# reaching this far past its box, is no kerning or overhang: the stored width is not its advance.
DISAGREE_EM = 0.1
# A font disagrees with its placement when this share of its glyphs followed on their line do so
# (an italic "f" overhangs, a kerned pair overlaps: a few in a hundred) and it has at least
# MIN_PAIRS of them.
DISAGREE_SHARE, MIN_PAIRS = 0.2, 8
# A page is looked at glyph by glyph only when this share of SAMPLE pairs spread over it disagree:
# on most pages one or two in a hundred do, and asking every glyph twice would slow every read.
PAGE_SHARE, SAMPLE = 0.1, 200
# A sampled glyph's next one is looked for among this many characters after it (spaces, line breaks).
SPACE_RUN = 8
# A character's least step this much (ems) over its ink and the face's usual bearing was always
# followed by a word gap (a word space is a quarter em or more; a figure "1" has a wide bearing of
# its own, a fifth of an em): its advance is its ink and that bearing.
SPACED_STEP_EM = 0.2
# PDFium's box edge widened to the ink and the ink's own edge agree within this (points); a box
# widened so leaves a gap of the glyph's bearing to the next glyph inside a word, less than this
# share of its box's height (a word space is more).
INK_PLAY, BEARING_GAP_EM = 0.01, 0.2


class PlacedBoxes:
    """PDFium's loose box call, the box's right edge moved to the glyph's placed advance for the
    glyphs in `ends` (their index on the page -> right edge, PDF points)."""

    def __init__(self, loose_box, ends: dict[int, float]):
        self._loose_box, self._ends = loose_box, ends

    def __call__(self, textpage, k: int, rect) -> bool:
        found = self._loose_box(textpage, k, rect)
        if k in self._ends:
            rect.right = self._ends[k]
        return found


def placed_boxes(raw_api, raw, text: str, spaces: frozenset[str], font_of: Callable[[int], int | None],
                 size_of: Callable[[int], float], loose_box, textpage) -> tuple[PlacedBoxes, set[int]] | None:
    """For a page whose glyphs in some font are placed otherwise than its stored widths say: the box
    call to use (`loose_box`, PDFium's, as the glyph loop calls it: with `textpage`) and PDFium's
    made-up spaces after those glyphs; else None (one box asked per glyph, and the ink of each glyph
    followed by a gap)."""
    if not _sampled_disagree(raw_api, raw, text, spaces, loose_box, textpage):
        return None
    drawn, steps = _steps(raw_api, raw, text, spaces, loose_box, textpage)
    if sum(off for _, _, off in steps) < MIN_PAIRS:
        return None
    fonts: dict[int | None, list[tuple]] = {}
    for step in steps:
        fonts.setdefault(font_of(step[0][0]), []).append(step)
    ends: dict[int, float] = {}
    for font, pairs in fonts.items():
        if len(pairs) >= MIN_PAIRS and sum(off for _, _, off in pairs) >= DISAGREE_SHARE * len(pairs):
            glyphs = [g for g in drawn if font_of(g[0]) == font]
            ends.update(_placed_ends(raw_api, raw, text, glyphs, pairs, size_of))
    if not ends:
        return None
    made_up = {k for k in range(1, len(text)) if text[k] in spaces and k - 1 in ends
               and raw_api.FPDFText_IsGenerated(raw, k)}
    return PlacedBoxes(loose_box, ends), made_up


def _sampled_disagree(raw_api, raw, text: str, spaces: frozenset[str], loose_box, textpage) -> bool:
    """At least PAGE_SHARE of SAMPLE glyphs spread over the page (each with the next drawn after it
    on its line) disagree with their stored widths."""
    rect = raw_api.FS_RECTF()
    every = max(1, len(text) // SAMPLE)
    asked = off = 0
    for start in range(0, len(text) - 1, every):
        pair = []
        for k in range(start, min(start + every + SPACE_RUN, len(text))):
            if text[k] not in spaces and loose_box(textpage, k, rect):
                pair.append((k, rect.left, rect.right, rect.bottom, rect.top - rect.bottom))
                if len(pair) == 2:
                    break
        if len(pair) == 2 and _followed(text, *pair):
            asked += 1
            off += _disagree(raw_api, raw, *pair)
    return asked > 0 and off >= max(MIN_PAIRS / 4, PAGE_SHARE * asked)


def _followed(text: str, a: tuple, b: tuple) -> bool:
    """Glyph b follows glyph a on its line: starting right of its origin within two box heights, not
    the same letter a hair on (one glyph printed twice, fake bold)."""
    return abs(b[3] - a[3]) < 0.05 and 0 < b[1] - a[1] < 2 * a[4] \
        and not (text[b[0]] == text[a[0]] and b[1] - a[1] < DISAGREE_EM * a[4])


def _steps(raw_api, raw, text: str, spaces: frozenset[str], loose_box, textpage) -> tuple[list[tuple], list[tuple]]:
    """The page's glyphs as (index, left, right, bottom, box height), and each followed on its line by
    the next one drawn (starting right of its origin within two box heights) as (glyph, next, whether
    its stored width disagrees there: `_disagree`)."""
    rect = raw_api.FS_RECTF()
    drawn, pairs, last = [], [], None
    for k, ch in enumerate(text):
        if ch in spaces:
            continue
        if not loose_box(textpage, k, rect):
            last = None
            continue
        here = (k, rect.left, rect.right, rect.bottom, rect.top - rect.bottom)
        drawn.append(here)
        if last and _followed(text, last, here):
            pairs.append((last, here, _disagree(raw_api, raw, last, here)))
        last = here
    return drawn, pairs


def _disagree(raw_api, raw, a: tuple, b: tuple) -> bool:
    """The next glyph starts well inside the last one's stored box (its box height stands for its size),
    or, starting past the box, the box is the last one's ink: PDFium widens a box to its ink, so a
    stored width short of the ink leaves a box ending where the ink does, and a usual face's glyph
    has room after its ink (an italic "f" overhangs: one in many). Either way the stored width is not
    the glyph's advance."""
    if b[1] < a[2] - DISAGREE_EM * a[4]:
        return True
    return 0 < b[1] - a[2] < BEARING_GAP_EM * a[4] and _ink_right(raw_api, raw, a[0], a[1]) >= a[2] - INK_PLAY


def _placed_ends(raw_api, raw, text: str, glyphs: list[tuple], pairs: list[tuple],
                 size_of: Callable[[int], float]) -> dict[int, float]:
    """Each glyph's right edge at its character's placed advance (see the module's docstring)."""
    step: dict[str, float] = {}  # each character's least step to the next glyph, in ems
    for a, b, _ in pairs:
        size = size_of(a[0])
        if size > 0:
            step[text[a[0]]] = min(step.get(text[a[0]], float("inf")), (b[1] - a[1]) / size)
    sizes = {k: size for k, *_ in glyphs if (size := size_of(k)) > 0}
    left = {k: x0 for k, x0, *_ in glyphs}
    ink: dict[str, float] = {}  # each character's ink's right edge from its origin, in ems
    for k, size in sizes.items():
        ink[text[k]] = max(ink.get(text[k], 0.0), (_ink_right(raw_api, raw, k, left[k]) - left[k]) / size)
    bearings = [step[ch] - ink[ch] for ch in step if ch in ink]
    bearing = median(bearings) if bearings else 0.0
    advance = {ch: right + bearing for ch, right in ink.items()}
    advance.update({ch: s for ch, s in step.items() if s <= ink.get(ch, s) + bearing + SPACED_STEP_EM})
    return {k: left[k] + advance[text[k]] * size for k, size in sizes.items()}


def _ink_right(raw_api, raw, k: int, origin: float) -> float:
    """The right edge of glyph k's ink (its origin when it has none)."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    if raw_api.FPDFText_GetCharBox(raw, k, left, right, bottom, top) and right.value > left.value:
        return right.value
    return origin
