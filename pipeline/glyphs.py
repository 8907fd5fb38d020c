"""Every printed glyph of a page with its position, size and weight, from pypdfium2.

The glyph source of the close read. PDFium lays out each glyph with its advance box
(left edge at the pen position, right edge at the next one, top and bottom at the font's
ascent and descent), tens of times faster than pdfplumber's object parse. Positions
only: the order glyphs come in is the content stream's, which some writers shuffle, so
nothing downstream may rely on it. Spaces are not glyphs here: a reader sees a space
where there is room for one, so words are found from the gaps (see read.py), whether
the writer drew space characters, kerned with TJ, or re-printed the page.

Decoration is dropped at the source: rotated or vertical text (side tabs, diagonal
watermarks) and type far larger than a heading (a giant "DRAFT" or page numeral).
Vector and image bullets (a small filled disc or square, no character in the text
layer) come back as a "•" glyph so lists look the same whoever drew them.
"""

import ctypes
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from .arc_text import ARC_GLYPHS, Arc, arcs
from .drop_caps import set_in as set_drop_caps_in
from .hidden_copy import covered
from .ligatures import LOST
from .placed_widths import placed_boxes
from .regex_programs import compiled
from .rules import Rule
from .styled_letters import plain
from .zero_width import BREAK, ZERO_WIDTH

# Characters a reader reads as others: ligature glyphs as their letters, and a non-breaking hyphen
# (U+2011) as the hyphen it prints: "no break here" is the writer's instruction to the line breaker,
# as a no-break space's is (read as a space, SPACES) and a soft hyphen's (left out where no line breaks).
READ_AS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
           "\u2011": "-"}
# PDFium prints U+FFFE (or U+0002) for a hyphen ending a line, whether the PDF drew a
# hyphen-minus or a soft hyphen: a reader sees "-", and text.py decides if it splits a word.
SOFT_HYPHEN = "\u00ad"
PDFIUM_HYPHEN_MARKS = "\ufffe\x02"
# What a line-end split prints: hyphen-minus, the typographic hyphen, a soft hyphen, PDFium's marks.
LINE_END_HYPHENS = frozenset("-\u2010" + SOFT_HYPHEN + PDFIUM_HYPHEN_MARKS)
# Some writers (LibreOffice) map a ligature glyph to its letters in byte-swapped UTF-16: "ft"
# reads as U+6600 U+7400. Such a code is an ASCII letter in the high byte and zero in the low;
# the glyph tells it from a real ideograph: a ligature's letters share one glyph's box (an
# ideograph has a box of its own), and a ligature is narrower than an ideograph's full em.
SWAPPED_LOW, SWAPPED_HIGH = "\u4100", "\u7a00"
IDEOGRAPH_EM = 0.9
SYMBOL_FONTS = ("wingding", "symbol", "dingbat", "webding")
BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
# Characters that print no glyph: spaces (every space separator of Unicode's, the no-break ones U+00A0 and
# U+202F too: the gap they leave decides a word space, read.py), and the zero-width characters (zero_width.py), which are no space.
SPACES = frozenset(" \t\r\n\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                   "\u202f\u205f\u3000") | ZERO_WIDTH
SPECIAL = frozenset(READ_AS) | frozenset(PDFIUM_HYPHEN_MARKS)
# Inside one run, glyphs closer than this (in ems) are letters of one word (read.py decides
# the rest from positions, whatever order the writer drew them in).
LETTER_GAP_EM = 0.06
# A line's box is PDFium's loose glyph box: the font's ascent and descent as the writer declared
# them, within its declared bounding box. Ghostscript re-prints declare the whole font's box as
# both (1.6 em and more), which makes lines overlap and hides the gaps between them; a box taller than TALL_BOX_EM is set back around
# the baseline at a usual text face's ascent and descent.
TALL_BOX_EM, ASCENT_EM, DESCENT_EM = 1.35, 0.93, 0.24
# Bullet glyphs: the bullets of General Punctuation, the guillemets » and › set as bullets, a CJK font's middle dot ・, every character of Unicode's Arrows, Geometric
# Shapes, Miscellaneous Symbols and Dingbats blocks (writers pick bullets from all of them: ▸ ▪ ★ ⚠ ☞ ➢ ✔ …; the
# ballot boxes ☐ ☑ ☒ are a checklist's items), and the Symbol /
# Wingdings private-use codes Word exports. A string, for the patterns that test a line's start.
_BULLET_BLOCKS = ((0x2190, 0x21FF), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF))
BULLETS = "•·‣⁃»›・" + "".join(chr(c) for lo, hi in _BULLET_BLOCKS for c in range(lo, hi + 1)) + \
    "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8"
_BULLET_SET = frozenset(BULLETS)  # the glyph loop asks once per glyph
# Coordinates and sizes beyond this (points) come only from a damaged matrix.
FAR = 1e5
# Text whose matrix turns or shears it more than this (about 2 degrees) is decoration.
LEVEL_SLANT = 0.035
# A glyph this many times the page's commonest size, and over HUGE_TEXT points, is a watermark.
HUGE_RATIO, HUGE_TEXT = 4.0, 40.0
# A glyph whose code has no character (a re-print that dropped the font's Unicode map) is
# read by its ink, measured in ems from its baseline: ink starting this high is a quote mark
# (two marks if wider than QUOTE_PAIR_EM); ink this flat, at mid height, is a dash (an en dash
# from EN_DASH_EM wide); ink standing clear of the baseline otherwise is a bullet.
QUOTE_FLOOR_EM, QUOTE_PAIR_EM = 0.4, 0.25
FLAT_EM, EN_DASH_EM = 0.15, 0.35
CLEAR_OF_BASELINE_EM = 0.1
# A drawn bullet is at most this tall and wide (in the size of the text beside it) and
# roughly square, so rules, underlines and table borders are never taken for one.
BULLET_MAX_EM, BULLET_MIN_EM, BULLET_ASPECT = 0.8, 0.12, 2.0
# A drawn shape up to this many points is a possible bullet on any page (a picture bullet nearly as tall as
# small type); only very large type (a banner) lets a wider one in, by BULLET_MAX_EM of its size.
BULLET_MAX_PT = 20.0
# A drawn bullet's middle is within this share of an em of its line's middle (never less than this many
# points: a small line's), so a banner's bullet in very large type, set a little low, is its line's.
NEAR_MIDDLE_EM, NEAR_MIDDLE_PT = 0.25, 3.0
# A gutter between columns is at least this wide (in ems): text that far before a drawn bullet
# is another column's, not the bullet's line (gutters.py finds columns with it).
GUTTER_EM = 0.9
# A word space is at most this wide (in ems): a drawn bullet further from the text after it is a
# list's marker hung in its indent, not a bullet inline in a line, so text before it is another column's.
WORD_SPACE_EM = 0.5


class Glyph(NamedTuple):
    """A run of glyphs drawn one after another with no room for a space between them (a
    word, or a piece of one), in top-down page coordinates (points from the top-left).
    Reading glyph by glyph but keeping runs keeps the Python work per page small."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    symbol: bool  # drawn in a symbol font: a lone one is a bullet, whatever its code
    spaced: bool = False  # a space character came just before it in the content stream
    base: float | None = None  # its baseline (the glyph origin's height), when asked: boxes differ by font
    arc: bool = False  # laid level from text set along an arc of its own (arc_text.py)

    @property
    def baseline(self) -> float:
        """Where the glyph sits: its baseline, or (a glyph made here, as in tests) its box's bottom."""
        return self.bottom if self.base is None else self.base


class Shape(NamedTuple):
    """A small filled path or image: a bullet candidate, judged against the text beside it."""

    x0: float
    x1: float
    top: float
    bottom: float


def page_glyphs(page, textpage, marks: list, splits: frozenset[int] = frozenset(),
                turned: list[int] | None = None,
                face: tuple[frozenset[int], bool] | None = None,
                rings: list[Arc] | None = None, on_arcs: frozenset[int] = frozenset(),
                unseen: frozenset[int] = frozenset()) -> tuple[list[Glyph], list[Shape]]:
    """The page's level, text-sized glyph runs, and its small drawn shapes (of `marks`: the paths and
    images page_objects.PageObjects.marks gives); the line-end hyphens at `splits` (indexes in the
    page's text) split a word (actual_text.py). The indexes of the glyphs left out as not level go
    on `turned`, when given (turned_labels.py reads a table's turned labels from them). `face`, when
    given (text objects' addresses, and whether to read them or all others), reads one face of a
    sheet printed on two (askew.py's `_turned_round`). Text set on an arc is read laid level
    (arc_text.py), each arc going on `rings` when given; `on_arcs`: the glyphs already read so; `unseen`:
    glyphs drawn where no reader sees them (outside their clip, clipped.py), left out."""
    import pypdfium2.raw as raw_api

    raw = textpage.raw
    count = raw_api.FPDFText_CountChars(raw)
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: ask one at a time
        text = "".join(chr(raw_api.FPDFText_GetUnicode(raw, k)) for k in range(count))
    hidden = covered(raw_api, raw, text) | on_arcs | unseen  # unmapped glyphs over an invisible copy, arcs read, glyphs unseen
    tilted: list[int] = []
    if splits:
        text = "".join(SOFT_HYPHEN if k in splits else ch for k, ch in enumerate(text))
    height = page.get_height()
    rect = raw_api.FS_RECTF()
    box, textpage_at = _address_calls(raw_api)[0], ctypes.cast(raw, ctypes.c_void_p).value
    runs: list[Glyph] = []
    parts: list[str] = []  # the open run's text
    x0 = x1 = top = bottom = base = 0.0
    style = (0.0, False, False, False)  # size, bold, symbol, level of the open run
    run_font = None  # the font it was asked of
    last_bottom = last_top = -1e9
    last_k, x_prev = -2, 0.0  # stream index and left edge of the last glyph kept
    spaced = opened_spaced = False
    made_up = _made_up_spaces(raw_api, raw, text)
    font_of = _fonts(raw_api, raw)
    placed = placed_boxes(raw_api, raw, text, SPACES, font_of,
                          lambda k: _printed_size(raw_api, raw, k)[0], box, textpage_at)
    if placed:  # a font whose stored widths are not where its glyphs are placed (placed_widths.py)
        box, more_made_up = placed
        made_up |= more_made_up
    faces: dict[int | None, tuple[bool, bool]] = {}  # each font's weight and symbol use (`_run_style`)
    odd = {m.start() for m in _ODD.finditer(text)}  # most glyphs are read as given: one set lookup each
    size = 0.0
    back = ahead = 0.0  # how far before and after the open run's end the next glyph may start and still join it
    level = False
    for k, ch in enumerate(text):
        if k in hidden:
            continue
        if ch in SPACES:
            if ch in ZERO_WIDTH:  # no space: the open run's line may break after it (zero_width.py)
                if ch == BREAK and parts:
                    parts.append(BREAK)
            elif not spaced:
                spaced = k not in made_up
            continue
        if face is not None and (_object(raw_api, raw, k) in face[0]) != face[1]:
            continue
        box(textpage_at, k, rect)
        rect_bottom, rect_top = rect.bottom, rect.top
        if rect_bottom != last_bottom or rect_top != last_top:  # a new run, or PDFium's rounding
            if abs(rect_bottom - last_bottom) > 0.05 or abs(rect_top - last_top) > 0.05:
                if parts:
                    runs.append(Glyph("".join(parts), x0, x1, top, bottom, *style[:3], opened_spaced, base))
                    parts = []
                run_font = font_of(k)
                style = _run_style(raw_api, raw, k, run_font, faces)
                size = style[0]
                back, ahead = -0.5 * size, LETTER_GAP_EM * size
                level = style[3] and 0 < size < FAR and -FAR < rect_bottom < rect_top < FAR
                top, bottom = height - rect_top, height - rect_bottom
                base = _baseline(raw_api, raw, k, height, bottom) if level else bottom
                if level and bottom - top > TALL_BOX_EM * size:
                    top, bottom = _usual_box(raw_api, raw, k, height, size, top, bottom)
            last_bottom, last_top = rect_bottom, rect_top
        if not level:
            tilted.append(k)
            continue
        if spaced or not parts:  # a word in another font on the line: "Surgery:" in bold, then plain text
            font = font_of(k)
            if font != run_font:
                if parts:
                    runs.append(Glyph("".join(parts), x0, x1, top, bottom, *style[:3], opened_spaced, base))
                    parts = []
                style, run_font = _run_style(raw_api, raw, k, font, faces), font
        left, right = rect.left, rect.right
        if not -FAR < left <= right < FAR:  # a damaged matrix can put a glyph at infinity
            continue
        if k in odd:
            if ch in PDFIUM_HYPHEN_MARKS and parts and k == last_k + 1 and left == x_prev and right == x1 \
                    and _swapped(text[k - 1]):
                ch = LOST  # a byte-swapped ligature whose later letters a re-print mapped to nothing (see ligatures.py)
            elif ch < " ":
                closing = bool(parts) and not spaced and parts[-1][-1:].isalnum() and left - x1 < LETTER_GAP_EM * size
                ch = _unmapped(raw_api, raw, k, size, closing) or ("-" if ch in PDFIUM_HYPHEN_MARKS else ch)
            elif ch in SPECIAL:
                ch = "-" if ch in PDFIUM_HYPHEN_MARKS else READ_AS.get(ch, ch)
            else:
                ch = _swapped_letter(raw_api, raw, text, k, (left, right), size)
        if parts and k == last_k + 1 and left == x_prev and right == x1:
            # PDFium spells a ligature glyph as its letters, each with the ligature's box;
            # the same letter twice in one box (other than "ff") is one glyph printed twice
            if _low_surrogate(ch) and _high_surrogate(parts[-1]):
                parts[-1] = _astral(parts[-1], ch)  # PDFium gives a letter past the BMP as its two halves, one box
            elif ch != parts[-1] or ch == "f":
                parts.append(ch)
            else:
                style = (size, True, style[2], True)
        elif parts and not spaced and back < left - x1 < ahead and left > x_prev and parts[-1] not in _BULLET_SET:
            # the pen moved on: a glyph drawn left of the last (a line stored last glyph first) starts a run
            # of its own, and read.py puts the runs in order by where they are
            parts.append(ch)
            x1 = right
        else:
            if parts:
                runs.append(Glyph("".join(parts), x0, x1, top, bottom, *style[:3], opened_spaced, base))
            parts, x0, x1, opened_spaced = [ch], left, right, spaced
            if ch in _BULLET_SET:  # a bullet is a word of its own, however close its text is set
                runs.append(Glyph(ch, x0, x1, top, bottom, *style[:3], opened_spaced, base))
                parts = []
        x_prev, last_k, spaced = left, k, False
    if parts:
        runs.append(Glyph("".join(parts), x0, x1, top, bottom, *style[:3], opened_spaced, base))
    found = arcs(raw_api, raw, text, tilted, char_matrix) if len(tilted) >= ARC_GLYPHS and not on_arcs else []
    if turned is not None:
        turned += [k for k in tilted if not any(k in arc.glyphs for arc in found)]
    if found:  # read again without the arcs' glyphs (their crowns' level letters too), and the arcs laid level
        claimed = frozenset().union(*(arc.glyphs for arc in found))
        runs, shapes = page_glyphs(page, textpage, marks, splits, None, face, None, claimed, unseen)
        if rings is not None:
            rings += found
        return runs + [run for arc in found for run in _arc_runs(raw_api, raw, arc, height)], shapes
    runs = _without_watermarks(set_drop_caps_in([_plain_run(g) for g in runs]))
    return runs, _shapes(marks, height, max((g.size for g in runs), default=0.0))


def _arc_runs(raw_api, raw, arc: Arc, height: float) -> list[Glyph]:
    """An arc's words laid level (arc_text.py), in its font's weight, each a word after a space."""
    bold, symbol = _face(raw_api, raw, min(arc.glyphs))
    baseline = height - arc.baseline
    top, bottom = baseline - ASCENT_EM * arc.size, baseline + DESCENT_EM * arc.size
    return [Glyph(word, x0, x1, top, bottom, arc.size, bold, symbol, n > 0, baseline, arc=True)
            for n, (word, x0, x1) in enumerate(arc.words)]


def _plain_run(g: Glyph) -> Glyph:
    """A run whose letters are styled by code point ("𝗺𝘂𝘀𝘁") as the plain letters a reader sees, in bold
    type when they are bold ones (styled_letters.py)."""
    if g.text.isascii():
        return g
    text, bold = plain(g.text)
    return g._replace(text=text, bold=g.bold or bold)


def _high_surrogate(ch: str) -> bool:
    return "\ud800" <= ch <= "\udbff"


def _low_surrogate(ch: str) -> bool:
    return "\udc00" <= ch <= "\udfff"


def _astral(high: str, low: str) -> str:
    """The one character (a "mathematical bold" letter, U+1D5D4 …) a UTF-16 surrogate pair spells."""
    return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))


def _baseline(raw_api, raw, k: int, height: float, bottom: float) -> float:
    """Glyph k's baseline, from its origin (or its box's bottom): a glyph drawn in another font
    (a re-print's ligature "ﬁ" in a font of its own) has a box of that font's ascent and
    descent, so its box's bottom is no measure of which line it is on."""
    x, y = ctypes.c_double(), ctypes.c_double()
    return height - y.value if raw_api.FPDFText_GetCharOrigin(raw, k, x, y) else bottom


def _usual_box(raw_api, raw, k: int, height: float, size: float, top: float, bottom: float) -> tuple[float, float]:
    """Top and bottom of a usual face's line box around glyph k's baseline (or the box as given)."""
    x, y = ctypes.c_double(), ctypes.c_double()
    if not raw_api.FPDFText_GetCharOrigin(raw, k, x, y):
        return top, bottom
    baseline = height - y.value
    return baseline - ASCENT_EM * size, baseline + DESCENT_EM * size


def _swapped(ch: str) -> str | None:
    code = ord(ch)
    letter = chr(code >> 8)
    return letter if code & 0xFF == 0 and letter.isascii() and letter.isalpha() else None


def _swapped_letter(raw_api, raw, text: str, k: int, box: tuple[float, float], size: float) -> str:
    """The letter a byte-swapped ligature map stands for (judged by the glyph: narrower than
    an ideograph, or its box shared with the next or last letter, or with the null a re-print
    left of them), else the character. A ligature's glyph narrower than an ideograph with no
    other swapped letter or null beside it lost its later letters altogether (re-printed
    twice, the null is gone too): its first letter and `LOST`. So is one as wide as an ideograph
    (a serif "ffi") set between two letters of one word, touching both: no ideograph is printed
    inside a Latin word."""
    letter = _swapped(text[k])
    if letter is None:
        return text[k]
    if box[1] - box[0] < IDEOGRAPH_EM * size or _inside_word(raw_api, raw, text, k, box, size):
        alone = not any(0 <= j < len(text) and (_swapped(text[j]) or text[j] in PDFIUM_HYPHEN_MARKS) for j in (k - 1, k + 1))
        return letter + LOST if alone else letter
    rect = raw_api.FS_RECTF()
    shared = any(0 <= j < len(text) and (_swapped(text[j]) or text[j] in PDFIUM_HYPHEN_MARKS)
                 and raw_api.FPDFText_GetLooseCharBox(raw, j, rect)
                 and abs(rect.left - box[0]) < 0.01 and abs(rect.right - box[1]) < 0.01 for j in (k - 1, k + 1))
    return letter if shared else text[k]


def _inside_word(raw_api, raw, text: str, k: int, box: tuple[float, float], size: float) -> bool:
    """Glyph k has a Latin letter on each side in the stream, each within a letter gap of its box."""
    if not (0 < k < len(text) - 1 and all(text[j].isascii() and text[j].isalpha() for j in (k - 1, k + 1))):
        return False
    before, after = raw_api.FS_RECTF(), raw_api.FS_RECTF()
    gap = LETTER_GAP_EM * size
    return (raw_api.FPDFText_GetLooseCharBox(raw, k - 1, before) and raw_api.FPDFText_GetLooseCharBox(raw, k + 1, after)
            and abs(box[0] - before.right) < gap and abs(after.left - box[1]) < gap)


# What the glyph loop reads otherwise than as given: controls (PDFium's hyphen mark, a code with no
# character), ligatures, and codes a byte-swapped ligature map may give.
_ODD = compiled("[\\x00-\\x1f%s%s-%s]" % (re.escape("".join(sorted(SPECIAL))), SWAPPED_LOW, SWAPPED_HIGH))
# A space that may stand before a line-end hyphen (after line breaks, if any): the only ones
# `_guessed_before_line_end_hyphen` can leave out, found by pattern so the glyph loop asks a set.
_BEFORE_HYPHEN = compiled("[%s](?=[\\r\\n]*[%s])" % (re.escape("".join(sorted(SPACES))),
                                                      re.escape("".join(sorted(LINE_END_HYPHENS)))))


def _made_up_spaces(raw_api, raw, text: str) -> set[int]:
    """Indexes of the page's spaces PDFium made up before a line-end hyphen (a few a page)."""
    return {m.start() for m in _BEFORE_HYPHEN.finditer(text)
            if _guessed_before_line_end_hyphen(raw_api, raw, text, m.start())}


def _guessed_before_line_end_hyphen(raw_api, raw, text: str, k: int) -> bool:
    """A space PDFium made up (no space character in the page) between a word and the hyphen
    that ends its line: a justified line set the hyphen a little apart ("es -/tablishment"
    re-printed through Ghostscript); or a line break it made up before a line-end hyphen drawn
    apart, in a text object of its own (Typst), on a page it reads as set in columns of vertical
    text (the first text drawn a large rotated watermark): "com" / "-" / "pleted". Elsewhere
    PDFium's guess is kept: writers that print no spaces rely on it."""
    after = text[k + 1 : k + 3]
    if after[:1] in LINE_END_HYPHENS and after[1:2] in ("", "\r", "\n"):
        return bool(raw_api.FPDFText_IsGenerated(raw, k))
    end = k
    while text[end : end + 1] in ("\r", "\n"):
        end += 1
    mark = text[end : end + 1]
    ends_line = mark in LINE_END_HYPHENS and (mark not in "-\u2010" or text[end + 1 : end + 2] in ("", "\r", "\n"))
    return end > k and ends_line and all(raw_api.FPDFText_IsGenerated(raw, j) for j in range(k, end))


def _unmapped(raw_api, raw, k: int, size: float, closing: bool) -> str | None:
    """What a reader sees in a glyph whose code has no character, judged from its ink (the
    outline's box against the baseline, in ems), or None when it has no ink to judge: a
    quote mark (closing after a letter: "children’s"; else opening), a dash, or a bullet.
    The codes themselves mean nothing: a re-printer numbers each font's glyphs anew."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    if size <= 0 or not (raw_api.FPDFText_GetCharBox(raw, k, left, right, bottom, top)
                         and raw_api.FPDFText_GetCharOrigin(raw, k, x, y)):
        return None
    low, high, wide = (bottom.value - y.value) / size, (top.value - y.value) / size, (right.value - left.value) / size
    if high <= low or wide <= 0:
        return None
    if low >= QUOTE_FLOOR_EM:
        return ("”" if closing else "“") if wide > QUOTE_PAIR_EM else ("’" if closing else "‘")
    if low < CLEAR_OF_BASELINE_EM:
        return None  # a letter or figure: nothing to guess from
    if high - low < FLAT_EM:
        return "–" if wide >= EN_DASH_EM else "-"
    return "•"


def _object(raw_api, raw, k: int) -> int | None:
    """The address of the text object character k is drawn by (None: a character PDFium made up)."""
    drawn_by = raw_api.FPDFText_GetTextObject(raw, k)
    return ctypes.addressof(drawn_by.contents) if drawn_by else None


def _fonts(raw_api, raw) -> Callable[[int], int | None]:
    """The address of the font character k is drawn in (None: a character PDFium made up): a word in
    another font than the run's (a bold label, then plain text, on one baseline with one extent) asks
    its style anew. Asked once a word, through `_by_address`. One text object draws in one font, so
    each object's is kept (by its address; a page has tens of objects and thousands of words): PDFium
    is asked once per object."""
    text_object, object_font = _address_calls(raw_api)[1:]
    page = ctypes.cast(raw, ctypes.c_void_p).value
    fonts: dict[int, int | None] = {}

    def font(k: int) -> int | None:
        drawn_by = text_object(page, k)
        if drawn_by is None:
            return None
        if drawn_by not in fonts:
            fonts[drawn_by] = object_font(drawn_by)
        return fonts[drawn_by]

    return font


@cache
def _address_calls(raw_api) -> tuple:
    """The glyph loop's PDFium calls by address (`_by_address`): a glyph's loose box, the text object
    drawing a character, a text object's font."""
    return (_by_address(raw_api.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(raw_api.FS_RECTF)),
            _by_address(raw_api.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int),
            _by_address(raw_api.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p))


def _by_address(function, restype, *argtypes):
    """PDFium's `function` (a pypdfium2 binding) taking and giving its pointers as plain addresses (ints,
    None for null): a binding's typed pointers cost a conversion each call and objects for each result
    (`addressof(result.contents)`), more than PDFium's own work for a call asked once a glyph or a word."""
    plain = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    plain.restype, plain.argtypes = restype, argtypes
    return plain


def _run_style(raw_api, raw, k: int, font: int | None, faces: dict[int | None, tuple[bool, bool]]) -> tuple[float, bool, bool, bool]:
    """Size, boldness, symbol font and levelness, asked once per run of glyphs that share a
    baseline and font extent (a line's worth in one font), not once per glyph. The size is
    the printed one: the font size scaled by the text matrix (re-printers such as
    pdftocairo set every font at 1 pt and scale it), upright: an OCR text layer squeezes or
    stretches each word across (horizontal scaling) to span the word it stands for, and its
    type is no smaller or larger for that. Boldness and symbol font come from the name of `font`
    (`_fonts`: character k's), read once per font: `faces` keeps them."""
    size, level = _printed_size(raw_api, raw, k)
    if font not in faces:
        faces[font] = _face(raw_api, raw, k)
    return size, *faces[font], level


def _printed_size(raw_api, raw, k: int) -> tuple[float, bool]:
    """Character k's printed size (its font size scaled upright by its matrix) and whether it is set level."""
    a, b, c, d, size = char_matrix(raw_api, raw, k)
    return size * (math.hypot(c, d) or 1.0), abs(b) + abs(c) <= LEVEL_SLANT * (abs(a) + abs(d))


def char_matrix(raw_api, raw, k: int) -> tuple[float, float, float, float, float]:
    """Character k's matrix (a, b, c, d) as its glyph prints, and its font size (never negative).
    A negative font size turns each glyph a half turn (the size scales the glyph's own space), so a
    writer may set "-10 Tf" under a half-turned matrix and print upright text: what is drawn is the
    matrix times the size, and only their product says which way the text faces. (A negative
    horizontal scaling PDFium folds into the matrix itself.)"""
    matrix = raw_api.FS_MATRIX()
    raw_api.FPDFText_GetMatrix(raw, k, matrix)
    size = raw_api.FPDFText_GetFontSize(raw, k)
    turn = -1.0 if size < 0 else 1.0
    return turn * matrix.a, turn * matrix.b, turn * matrix.c, turn * matrix.d, abs(size)


def object_matrix(obj) -> tuple[float, ...]:
    """A page object's matrix as it prints: a text object's turned a half turn when its font size is
    negative (`char_matrix`), any other object's as it is."""
    import pypdfium2.raw as raw_api

    matrix = obj.get_matrix().get()
    size = ctypes.c_float()
    if obj.type != raw_api.FPDF_PAGEOBJ_TEXT or not raw_api.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size)) \
            or size.value >= 0:
        return matrix
    return (-matrix[0], -matrix[1], -matrix[2], -matrix[3], *matrix[4:])


def _face(raw_api, raw, k: int) -> tuple[bool, bool]:
    """Whether character k's font is bold, and a symbol font, by its name."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw_api.FPDFText_GetFontInfo(raw, k, buffer, len(buffer), ctypes.byref(flags))
    name = buffer.value.decode("latin-1").lower()
    bold = any(b in name for b in BOLD_NAMES)  # not the descriptor's weight: re-printers write wrong ones
    return bold, any(s in name for s in SYMBOL_FONTS)


def _without_watermarks(glyphs: list[Glyph]) -> list[Glyph]:
    if not glyphs:
        return glyphs
    sizes: dict[float, int] = {}
    for g in glyphs:
        sizes[g.size] = sizes.get(g.size, 0) + len(g.text)
    common = max(sizes, key=sizes.get)
    limit = max(HUGE_TEXT, HUGE_RATIO * common)
    return [g for g in glyphs if g.size <= limit]


def _shapes(marks: list, height: float, largest: float) -> list[Shape]:
    """Small, roughly square filled paths and images: where a writer drew its bullets. Small beside
    the page's largest type (`largest`), as a bullet is beside its line's (`shape_bullets`), not in
    points only: a banner's bullets in very large type are wider than a page's, and a file written at a
    scale of its own (/UserUnit 2: half-size units) sets them at any size. Never under BULLET_MAX_PT, so
    a picture bullet nearly as tall as a small page's type is kept as before."""
    shapes, cap = [], max(BULLET_MAX_PT, BULLET_MAX_EM * largest)
    for obj in marks:
        left, bottom, right, top = obj.get_bounds()
        width, tall = right - left, top - bottom
        if 0 < width <= cap and 0 < tall <= cap \
                and max(width, tall) <= BULLET_ASPECT * min(width, tall):
            shapes.append(Shape(left, right, height - top, height - bottom))
    return shapes


def shape_bullets(shapes: list[Shape], glyphs: list[Glyph], leaders: Sequence[Rule] = ()) -> list[Glyph]:
    """A drawn shape just left of a line's first glyph, centred on the line and sized like a
    bullet for that line's type, reads as "•" (text before it counts only if nearer than the
    text after it and than a gutter: a table's label cell may end a few ems to the left of a
    cell's bullet, a column's line a gutter to the left of the next column's). A shape a drawn
    level line (`leaders`: rules.Rule) ends in is that line's arrowhead or dot, joining a callout
    box to its heading, whichever of the box's lines it is level with: no bullet."""
    if not shapes or not glyphs:
        return []
    shapes = [s for s in shapes if not any(_ends_in(rule, s) for rule in leaders)]
    by_line: dict[int, list[Glyph]] = {}
    for g in glyphs:
        by_line.setdefault(round((g.top + g.bottom) / 2), []).append(g)
    reach = round(max(NEAR_MIDDLE_PT, NEAR_MIDDLE_EM * max(g.size for g in glyphs)))
    found = []
    for s in shapes:
        middle = (s.top + s.bottom) / 2
        near = [g for key in range(round(middle) - reach, round(middle) + reach + 1) for g in by_line.get(key, ())
                if g.top <= middle <= g.bottom and abs(key - middle) <= max(NEAR_MIDDLE_PT, NEAR_MIDDLE_EM * g.size) + 0.5]
        if not near:
            continue
        size = max(g.size for g in near)
        extent = max(s.x1 - s.x0, s.bottom - s.top)
        if not BULLET_MIN_EM * size <= extent <= BULLET_MAX_EM * size:
            continue
        right = [g for g in near if g.x0 >= s.x1 - 0.1]
        gap = min((g.x0 for g in right), default=s.x1 + FAR) - s.x1
        # text as close before it, and nearer than a gutter, with a word space after it: inline
        left = [g for g in near if g.x1 <= s.x0 + 0.1 and s.x0 - g.x1 <= min(gap, GUTTER_EM * size)
                and gap <= WORD_SPACE_EM * size]
        if right and not left and gap <= 3 * size:
            ref = min(right, key=lambda g: g.x0)
            found.append(Glyph("•", s.x0, s.x1, ref.top, ref.bottom, ref.size, False, False, base=ref.base))
    return found


def _ends_in(rule: Rule, shape: Shape) -> bool:
    """The level line ends inside the shape, running on out of it for longer than the shape is wide."""
    if not shape.top <= rule.y <= shape.bottom:
        return False
    width = shape.x1 - shape.x0
    inside = [x for x in (rule.x0, rule.x1) if shape.x0 <= x <= shape.x1]
    return bool(inside) and rule.x1 - rule.x0 > 2 * width
