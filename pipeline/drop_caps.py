"""Drop caps: a paragraph's first letter set large, with its first lines indented beside it.

A reader reads the letter as the start of the paragraph's first word ("W" + "e recommend");
drawn as it is, it is a lone glyph several lines tall (far larger than a heading, so it may
even pass for a watermark) whose baseline joins a later line of the paragraph, and the
sentence would start "e recommend". Any writer sets one this way (Word and LibreOffice's
frame, CSS ::first-letter floated), and the geometry alone tells it: a single letter at
least CAP_RATIO times the size of the type beside it, with the left edges of two or more
lines of that type set just right of it within its height. The letter is set again at the
start of the first of those lines, in their type, so words, rows and columns read it there.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .glyphs import Glyph

# A drop cap is at least this many times the size of the type beside it (a cap two lines
# deep is about 2.3 times its text's size).
CAP_RATIO = 2.0
# The lines beside it start at most this far (in ems of their type) right of the letter's
# box, and at most OVERHANG_EM left of it (a box wider than the letter's ink), or OVERHANG_CAP_EM
# of the letter's own size if more: its side bearing grows with it (a wide "W" three times its
# text's size, in a cell of its own narrower than its box, the text cell starting inside the box).
BESIDE_EM, OVERHANG_EM, OVERHANG_CAP_EM = 1.5, 0.5, 0.2
# A line beside it has its baseline within the letter's height, give or take this (ems of
# the line's type), and is no higher than its top by more than this.
REACH_EM = 0.5
# A cap that is a word of its own ("A" before "New") is set a word space (in ems) before it.
SPACE_EM = 0.3


def set_in(glyphs: list["Glyph"]) -> list["Glyph"]:
    """The glyphs with each drop cap set again at the start of its paragraph's first line."""
    smallest = min((g.size for g in glyphs if g.size > 0), default=0.0)
    out = list(glyphs)
    for cap in glyphs:
        if len(cap.text) != 1 or not cap.text.isalpha() or cap.size < CAP_RATIO * smallest:
            continue
        first = _first_beside(cap, glyphs)
        if first is not None:
            out.remove(cap)
            # the word's first letter ("W" + "e recommend"), else a word of its own ("A" + "New")
            end = first.x0 - (0.0 if first.text[:1].islower() else SPACE_EM * first.size)
            width = min(cap.x1 - cap.x0, first.size)
            out.append(first._replace(text=cap.text, x0=end - width, x1=end, symbol=False))
    return out


def _first_beside(cap: "Glyph", glyphs: list["Glyph"]) -> "Glyph | None":
    """The first glyph of the topmost line beside `cap` if two or more lines of type at most
    1/CAP_RATIO its size start just right of it within its height (nothing of theirs set
    over the letter's width: a line above the paragraph may run on past it), else None."""
    base = cap.baseline
    near = [g for g in glyphs if g is not cap and 0 < g.size * CAP_RATIO <= cap.size
            and cap.top - REACH_EM * g.size <= g.top and g.baseline <= base + REACH_EM * g.size]
    over = [g.baseline for g in near if g.x0 < cap.x1 - _overhang(cap, g) and g.x1 > cap.x0]
    starts: dict[float, "Glyph"] = {}
    for g in near:
        if cap.x1 - _overhang(cap, g) <= g.x0 <= cap.x1 + BESIDE_EM * g.size \
                and not any(abs(b - g.baseline) < REACH_EM * g.size for b in over):
            key = round(g.baseline, 1)
            if key not in starts or g.x0 < starts[key].x0:
                starts[key] = g
    return starts[min(starts)] if len(starts) >= 2 else None


def _overhang(cap: "Glyph", g: "Glyph") -> float:
    """How far left of the letter's box a line beside it may start (see OVERHANG_EM)."""
    return max(OVERHANG_EM * g.size, OVERHANG_CAP_EM * cap.size)
