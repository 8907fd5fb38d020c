"""A ligature whose letters the PDF's map lost, told from the words they can make.

Some re-printers keep only a ligature's first letter in the map (Ghostscript, re-printing
LibreOffice's byte-swapped "ff" / "fi" / "fl" maps, writes "f" and a null for all three): the
glyph is one box, so the reader knows a letter or two are missing but not which. The word
they belong in decides: the first of the usual ligature tails that makes an English word
(pyspellchecker's list, as for line-end hyphens), "staf?" → "staff", "signi?cant" → "significant".
"""

import re

from .hyphenation import is_word

# What the glyphs reader prints where a ligature's map lost its letters after the first.
LOST = "\ufffd"
# The letters a Latin ligature adds after its first "f" (ff, fi, fl, ft, ffi, ffl), commonest first.
TAILS = ("i", "f", "l", "fi", "fl", "t")
_LETTERS = re.compile(r"[^\W\d_]+")


def restore(word: str) -> str:
    """`word` with each lost ligature tail filled in so that it reads as a word; a tail no
    word needs is taken as "i", the commonest."""
    while LOST in word:
        at = word.index(LOST)
        found = next((tail for tail in TAILS if _reads(word[:at] + tail + word[at + 1:], at)), TAILS[0])
        word = word[:at] + found + word[at + 1:]
    return word


def _reads(word: str, at: int) -> bool:
    """The letters around position `at` make a word (other lost tails count as any letter)."""
    for match in _LETTERS.finditer(word.replace(LOST, "i")):
        if match.start() <= at < match.end():
            return is_word(match.group(0).lower())
    return False
