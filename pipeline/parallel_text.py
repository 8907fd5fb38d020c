"""A parallel text set line by line between the report's own lines: a bilingual edition's smaller
translation under each line, a print-braille edition's braille transcription over each line. The
two texts alternate a line at a time, so a wrapped sentence of the report has a line of the other
text in the middle of it; read in page order, the other text's words (and its own "must" wording
and citations) would run into the statement. It is not the report's text, so it is left out.

The sign is the interleave itself, measured on the page: a line of one type, a line of another
type directly under it, then a line of the first type again that goes on the first line's
sentence, the three within three ems of the other text's type, top to top. Found twice on a page,
every line in the other type there is the parallel text. The other type is another script (braille, by its
characters' Unicode names) or smaller type (by a share of the size, not points); the report's own
lines are the ones in the larger type, or in the script that is not braille's.
"""

import unicodedata
from functools import lru_cache

from ..models.document import Line
from .regex_programs import compiled
from .text import TERMINAL, bullet_marker, opens_lower

# Type this share of another's size or less is another type (a translation set a size smaller).
SMALLER_RATIO = 0.95
# Three lines interleaved lie within this many ems of the other text's type, top to top: a line each
# at its leading (one-line items under headings in larger type lie further apart in those ems).
INTERLEAVE_PITCH_EM = 3.0
# Interleaves on a page that show it is set in two parallel texts (one could be a note set small).
INTERLEAVES = 2
# An ASCII letter's Unicode name starts "LATIN" (and no ASCII character is a symbol, "So"), so only the
# other characters' names are looked up: most lines are ASCII but for a quote mark or a dash.
_ASCII_LETTERS = compiled(r"[A-Za-z]")
_NOT_ASCII = compiled(r"[^\x00-\x7f]")


def without_parallel_text(lines: list[Line]) -> list[Line]:
    """`lines` (one page's, in reading order) without a parallel text interleaved a line at a time."""
    found = [other for first, between, after in zip(lines, lines[1:], lines[2:])
             if (other := _interleaved(first, between, after)) is not None]
    if len(found) < INTERLEAVES:
        return lines
    return [line for line in lines if not any(_same_type(line, other) for other in found)]


def _interleaved(first: Line, between: Line, after: Line) -> Line | None:
    """`between` when it is another text's line set between two lines of the report's sentence."""
    if not (_same_type(first, after) and _own_over(first, between)):
        return None
    if not (first.bottom <= between.top + between.size / 2 and between.bottom <= after.top + after.size / 2
            and after.top - first.top <= INTERLEAVE_PITCH_EM * between.size):
        return None
    if not (first.x0 < between.x1 and between.x0 < first.x1 and after.x0 < between.x1 and between.x0 < after.x1):
        return None
    goes_on = not bullet_marker(after.text) and (opens_lower(after.text) or not first.text.rstrip().endswith(TERMINAL))
    return between if goes_on else None


def _own_over(own: Line, other: Line) -> bool:
    """`own` is the report's type and `other` a parallel text's: braille beside print, or smaller type."""
    if _script(own) != _script(other):
        return _script(other) == "BRAILLE"
    return other.size <= SMALLER_RATIO * own.size


def _same_type(line: Line, other: Line) -> bool:
    sizes = sorted((line.size, other.size))
    return line.bold == other.bold and sizes[0] > SMALLER_RATIO * sizes[1] and _script(line) == _script(other)


def _script(line: Line) -> str:
    return _script_of(line.text)


@lru_cache(maxsize=4096)
def _script_of(text: str) -> str:
    """The script most of the text's letters and signs are in: the first word of their Unicode names.
    Cached: each line is asked again for each interleave found on its page."""
    names = [] if text.isascii() else [unicodedata.name(c, "").split(" ")[0] for c in _NOT_ASCII.findall(text)
                                        if c.isalpha() or unicodedata.category(c) == "So"]
    if not names:
        return "LATIN" if _ASCII_LETTERS.search(text) else ""
    names += ["LATIN"] * len(_ASCII_LETTERS.findall(text))
    return max(set(names), key=names.count)
