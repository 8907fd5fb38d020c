"""Words broken anywhere at a line end, with no hyphen: a narrow card set with CSS `word-break: break-all`
("… who arrive b" / "y ambulance", "interpreting service" / "s are used").

Such a block shows itself: its lines run to one right edge whatever the word, most of them within
an em of it, where ragged text stops a word's width short. Only there, a line ending in letters and
a next line opening in letters are one word when the two pieces joined are a word and one of them is
none (a letter alone other than "a" / "I" is none): justified text breaks between whole words, so
keeps its spaces. The word list is hyphenation.py's.
"""


from ..models.document import Line

from .hyphenation import is_word
from .regex_programs import compiled
from .text import collapse_ws

FLUSH_EM = 1.0  # a line ending within this many ems of the block's right edge runs to it
# A whole last word, after a space or an opening bracket or quote: "patient's" ends in no word "s".
_END = compiled(r"(?:^|[\s(\[{\u201c\u2018\"])([^\W\d_]+)$")
_START = compiled(r"[^\W\d_]+")


def unbroken(lines: list[Line]) -> list[str]:
    """The lines' texts, each line whose last word the line end broke joined to the next."""
    texts = [collapse_ws(line.text) for line in lines]
    if not _breaks_anywhere(lines):
        return texts
    out = texts[:1]
    for text in texts[1:]:
        if out[-1] and text and one_word(out[-1], text):
            out[-1] += text
        else:
            out.append(text)
    return out


def _breaks_anywhere(lines: list[Line]) -> bool:
    """Most lines but the last (two at least) run to one right edge, ending in a letter, no hyphen."""
    runs = lines[:-1]
    if len(runs) < 2:
        return False
    edge = max(line.x1 for line in runs)
    flush = [line for line in runs if edge - line.x1 <= FLUSH_EM * line.size and line.text.rstrip()[-1:].isalnum()]
    return 2 * len(flush) > len(runs)


def one_word(before: str, after: str) -> bool:
    """`before`'s last word and `after`'s first are one word cut in two: joined a word, one of them none."""
    head, tail = _END.search(before), _START.match(after)
    return makes_word(before, after) and not (_piece_is_word(head.group(1)) and _piece_is_word(tail.group(0)))


def makes_word(before: str, after: str) -> bool:
    """`before`'s last word and `after`'s first, opening lower case, make a word joined ("tar" + "get")."""
    head, tail = _END.search(before), _START.match(after)
    return bool(head and tail) and tail.group(0)[0].islower() and is_word((head.group(1) + tail.group(0)).lower())


def _piece_is_word(piece: str) -> bool:
    return piece in ("a", "A", "I") if len(piece) == 1 else is_word(piece.lower())
