"""A word the writer wrapped in one /ActualText span across a line break, read as printed.

A writer that hyphenates may wrap the word's two pieces ("includ-" at a line's end, "ing" at the
next line's start) in one marked-content span whose /ActualText is the whole word. PDFium lays
the whole word over the span's first piece and drops the pieces after it, so the next line
loses its first letters and seems to start further right, out of its item. Such a span's mark
is taken off its pieces before the page's text is read, so every piece keeps its place; the
span is honoured by what it says of the line end: a hyphen its text leaves out splits the word
(it becomes a soft hyphen, which the line joiner always closes up), one it keeps stays as
printed. A span over one piece (a ligature "ﬁ" read "fi") is left to PDFium, which reads it well.
"""

import ctypes

from .glyphs import LINE_END_HYPHENS, PDFIUM_HYPHEN_MARKS
from .zero_width import BREAK

KEY = b"ActualText"


def unmarked(text: list) -> list[tuple[str, list]]:
    """Take the /ActualText mark off every span whose text pieces run over a line break (`text`: the
    page's text objects, page_objects.PageObjects.text); returns each such span's text and its
    pieces (PDFium's text objects), in drawing order."""
    import pypdfium2.raw as raw_api

    spans: list[tuple[str, list, list]] = []  # text, pieces, their marks
    last = None
    for obj in text:
        mark = _actual_mark(raw_api, obj.raw)
        address = ctypes.cast(mark, ctypes.c_void_p).value if mark else None
        if address is not None and address == last:
            spans[-1][1].append(obj.raw)
            spans[-1][2].append(mark)
        elif address is not None:
            spans.append((_text(raw_api, mark), [obj.raw], [mark]))
        last = address
    spans = [span for span in spans if _across_lines(raw_api, span[1])]
    for _, pieces, marks in spans:
        for piece, mark in zip(pieces, marks):
            raw_api.FPDFPageObj_RemoveMark(piece, mark)
    return [(text, pieces) for text, pieces, _ in spans]


def breaks(text: list, height: float) -> list[tuple[float, float]]:
    """Where a span whose /ActualText is a zero-width space is drawn (a browser prints a break it may
    take after a slash as a space glyph so marked, which PDFium reads as nothing): each one's origin,
    from the page's top (`text`: the page's text objects)."""
    import pypdfium2.raw as raw_api

    found = []
    for obj in text:
        mark = _actual_mark(raw_api, obj.raw)
        if mark and _text(raw_api, mark) == BREAK:
            *_, x, y = obj.get_matrix().get()
            found.append((x, height - y))
    return found


def split_points(textpage, spans: list[tuple[str, list]]) -> set[int]:
    """Indexes of the line-end hyphens (in the page's text) that split a word its span reads whole."""
    import pypdfium2.raw as raw_api

    if not spans:
        return set()
    raw = textpage.raw
    chars: dict[int, list[int]] = {}
    for k in range(raw_api.FPDFText_CountChars(raw)):
        piece = raw_api.FPDFText_GetTextObject(raw, k)
        if piece:
            chars.setdefault(ctypes.cast(piece, ctypes.c_void_p).value, []).append(k)
    def char(k: int) -> str:
        return chr(raw_api.FPDFText_GetUnicode(raw, k))

    points: set[int] = set()
    for actual, pieces in spans:
        drawn = [chars.get(ctypes.cast(p, ctypes.c_void_p).value, []) for p in pieces]
        ends = [ks[-1] for ks in drawn[:-1] if ks and char(ks[-1]) in LINE_END_HYPHENS]
        read = "".join(char(k) for ks in drawn for k in ks if k not in ends)
        if ends and _same(read, actual):
            points.update(ends)
    return points


def _same(read: str, actual: str) -> bool:
    """The pieces' letters read as the span's text (spacing and PDFium's hyphen marks aside)."""
    def plain(s: str) -> str:
        return "".join(ch for ch in s if not ch.isspace() and ch not in PDFIUM_HYPHEN_MARKS)
    return plain(read) == plain(actual)


def _across_lines(raw_api, pieces: list) -> bool:
    """Some piece of the span is set wholly below another: the span runs over a line break."""
    spans = []
    for piece in pieces:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        raw_api.FPDFPageObj_GetBounds(piece, left, bottom, right, top)
        spans.append((bottom.value, top.value))
    return any(b_top < a_bottom for a_bottom, _ in spans for _, b_top in spans)


def _actual_mark(raw_api, obj):
    """The text object's mark carrying /ActualText, if any."""
    for m in range(raw_api.FPDFPageObj_CountMarks(obj)):
        mark = raw_api.FPDFPageObj_GetMark(obj, m)
        size = ctypes.c_ulong()
        if raw_api.FPDFPageObjMark_GetParamStringValue(mark, KEY, None, 0, size):
            return mark
    return None


def _text(raw_api, mark) -> str:
    """The mark's /ActualText. PDFium hands a UTF-16 string's bytes back one to a character
    (its byte-order mark dropped): those are decoded again (known by a Latin letter's zero high
    byte, or by a control character no text holds)."""
    size = ctypes.c_ulong()
    raw_api.FPDFPageObjMark_GetParamStringValue(mark, KEY, None, 0, size)
    buffer = (ctypes.c_ushort * (size.value // 2 + 1))()
    raw_api.FPDFPageObjMark_GetParamStringValue(mark, KEY, buffer, size.value, size)
    value = bytes(buffer)[:size.value].decode("utf-16-le").rstrip("\x00")
    if (value.startswith(("\x00", "\xfe\xff")) or len(value) % 2 == 0 and any(ch < " " for ch in value)) \
            and all(ord(ch) < 256 for ch in value):  # (a character past Latin-1, U+200B, is two bytes: " \x0b")
        value = value.removeprefix("\xfe\xff").encode("latin-1").decode("utf-16-be", errors="replace")
    return value
