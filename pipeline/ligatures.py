"""A ligature whose letters the PDF's map lost, told from the words they can make.

Some re-printers keep only a ligature's first letter in the map (Ghostscript, re-printing
LibreOffice's byte-swapped "ff" / "fi" / "fl" maps, writes "f" and a null for all three): the
glyph is one box, so the reader knows a letter or two are missing but not which. The word
they belong in decides: the first of the usual ligature tails that makes an English word
(pyspellchecker's list, as for line-end hyphens), "staf?" → "staff", "signi?cant" → "significant".
A word split at a line end right after such a glyph ("suf?-" / "cient") is decided by the whole
word, once the page's reading order says which line it goes on in.
"""


from ..models.document import Line
from .hyphenation import is_word
from .regex_programs import compiled

# What the glyphs reader prints where a ligature's map lost its letters after the first.
LOST = "\ufffd"
# The letters a Latin ligature adds after its first "f" (ff, fi, fl, ft, ffi, ffl), commonest first.
TAILS = ("i", "f", "l", "fi", "fl", "t")
_LETTERS = compiled(r"[^\W\d_]+")


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


def completed_by(fragment: str, rest: str) -> str | None:
    """The fragment (as read, ending in a lost tail and its hyphen) with the tail that makes it and
    the letters `rest` opens with one word ("suf?-" + "cient": "suffi-"), or None when none does
    (a compound's hyphen: "staf?-" + "led" keeps the tail read from the fragment alone)."""
    stem, hyphen = fragment[:-1], fragment[-1]
    opening = _LETTERS.match(rest)
    if opening is None:
        return None
    at = len(stem) - 1
    for tail in TAILS:
        whole = stem[:at] + tail + opening.group(0)
        if _reads(restore(whole), at):
            return restore(stem[:at] + tail) + hyphen
    return None


def rejoined(lines: list[Line], split: dict[tuple[float, float], str]) -> list[Line]:
    """The page's lines in reading order, each ending in a word split after a lost tail (`split`:
    where the word ends, (x1, top), to the word as read) given the tail its next line's opening makes
    one word with."""
    if not split:
        return lines
    out = list(lines)
    for n, (line, after) in enumerate(zip(lines, lines[1:])):
        raw = next((word for (x1, top), word in split.items()
                    if abs(x1 - line.x1) < 0.01 and line.top - 0.01 <= top <= line.bottom), None)
        done = raw and completed_by(raw, after.text.lstrip())
        if done and line.text.endswith(restore(raw)):
            out[n] = line.model_copy(update={"text": line.text[: -len(restore(raw))] + done})
    return out
