"""Underlining printed as characters: a line printer underlines by printing the line a second time
from its start, spaces and "_" on the same baseline, so each low line lies on a letter (or a space)
of the words it underlines; a print bridge keeps that second pass as text. A reader sees a rule
under "must", not characters: a run of low lines set over other glyphs of its baseline is taken off
the page before it is read, so it neither reads as text nor parts the words it lies on ("must____
ensure"). A run of low lines over nothing (a form's blank, "Signed: ______") is text and stays.

Measured in ems of the run's own type.
"""

from .glyphs import Glyph
from .gutters import BASELINE_EM

# The characters a printer underlines with: the low line and its fullwidth form.
LOW_LINES = frozenset("_\uff3f")
# A run lies over text when the other glyphs of its baseline cover more than this share of its width
# (the spaces between the words it underlines are no glyphs).
OVER_SHARE = 0.5


def without_overstruck(glyphs: list[Glyph]) -> list[Glyph]:
    """`glyphs` without the runs of low lines printed over the text of their own baseline."""
    lows = [k for k, g in enumerate(glyphs) if g.text and set(g.text) <= LOW_LINES]
    if not lows:  # most pages
        return glyphs
    others = [g for g in glyphs if not set(g.text) <= LOW_LINES]
    over = {k for k in lows if _over_text(glyphs[k], others)}
    return [g for k, g in enumerate(glyphs) if k not in over] if over else glyphs


def _over_text(run: Glyph, others: list[Glyph]) -> bool:
    """Other glyphs on the run's baseline cover most of its width."""
    width = run.x1 - run.x0
    covered = sum(max(0.0, min(g.x1, run.x1) - max(g.x0, run.x0)) for g in others
                  if abs(g.baseline - run.baseline) < BASELINE_EM * run.size)
    return width > 0 and covered > OVER_SHARE * width
