"""Which numbering scheme a list marker belongs to, and its place in that scheme: a list's
items are numbered 1, 2, 3, lettered a, b, c (or A, B, C) or numbered in Roman numerals
(i, ii, iii or I, II, III), each in its own punctuation ("1.", "(a)", "iv)"). Items of one
level share a scheme; a sub-item's scheme differs from its item's, and the next number in
a scheme is the list's next item wherever it is set. A lone "i", "v" or "x" may be a letter
or a Roman numeral: it belongs to both schemes.
"""


from .regex_programs import compiled
from .text import bullet_marker

_ROMAN = compiled(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_VALUE = {"i": 1, "v": 5, "x": 10}
_OUTLINE = compiled(r"(\d+(?:\.\d+)*)\.(\d+)\.?(?:\s|$)")


def marker_kinds(text: str) -> dict[str, int | None]:
    """The schemes the line's marker may belong to ("a." for a lower-case letter and a full stop,
    "I)" for an upper-case Roman numeral and a bracket, "•" for a bullet; "" for no marker), each
    with the marker's place in it (None for a bullet or a reference code)."""
    marker = (bullet_marker(text) or "").strip()
    core = marker.strip("().:")
    if not core:
        return {_shape(marker): None}
    before, after = marker[: marker.index(core)], marker[marker.index(core) + len(core):]
    if core.isdigit():
        return {f"{before}1{after}": int(core)}
    kinds: dict[str, int | None] = {}
    if _ROMAN.fullmatch(core.lower()):
        kinds[before + ("i" if core.islower() else "I") + after] = _roman(core.lower())
    if len(core) == 1 and core.isalpha():
        kinds[before + ("a" if core.islower() else "A") + after] = ord(core.lower()) - ord("a") + 1
    return kinds or {_shape(marker): None}


def same_kind(a: str, b: str) -> bool:
    """The two lines' markers may belong to one scheme (both plain lines, too)."""
    return bool(marker_kinds(a).keys() & marker_kinds(b).keys())


def next_in_turn(item: str, text: str) -> bool:
    """`text` opens with the number after the one opening `item` in a scheme both may belong to
    ("a." then "b.", "3)" then "4)", "ii." then "iii.", "h." then "i.")."""
    mine, theirs = marker_kinds(item), marker_kinds(text)
    return any(mine[k] is not None and theirs[k] == mine[k] + 1 for k in mine.keys() & theirs.keys())


def next_in_outline(item: str, text: str) -> bool:
    """`text` opens with the outline number after the one opening `item` under the same parent
    ("2.2" then "2.3", "1.4.1" then "1.4.2")."""
    mine, theirs = _OUTLINE.match(item), _OUTLINE.match(text)
    return bool(mine and theirs) and mine[1] == theirs[1] and int(theirs[2]) == int(mine[2]) + 1


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUE[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def _shape(marker: str) -> str:
    """A bullet glyph as it is; a reference code's shape ("M3" "a1", "SD12" "aa11")."""
    return "".join("1" if c.isdigit() else "a" if c.isalpha() else c for c in marker)
