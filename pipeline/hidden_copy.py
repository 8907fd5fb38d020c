"""Glyphs whose font maps them to no character (a Type 3 font of drawn outlines with no ToUnicode:
its codes 1, 2, 3 … read as control characters and stray punctuation), printed over an invisible
copy of the same text (render mode 3, as an OCR layer is laid under a scan). The reader sees the
outlines, and the copy says what they spell: the unmapped glyphs it covers are left out, the copy
read in their place. Unmapped glyphs with no copy beside them stay (glyphs.py reads them by their ink)."""


from .regex_programs import compiled

# PDF text render mode 3: neither filled nor stroked.
INVISIBLE = 3
# Rows of this height (pt) bucket the copy's glyphs, so each unmapped glyph is matched against a few.
BUCKET_PT = 8.0
# A control character other than a line break: what an unmapped glyph prints (found by pattern:
# every page's text is searched, and most have none).
CONTROL = compiled(r"[\x00-\x09\x0b\x0c\x0e-\x1f]")


def covered(raw_api, raw, text: str) -> frozenset[int]:
    """Indexes of the unmapped glyphs the invisible copy covers: on one of its lines, within an em
    of one of its glyphs (an outline font's boxes may be wider than its ink; its spaces, a line's
    last one too, fall between the copy's words).
    Asked only when the page's text holds a control character, which an unmapped glyph prints."""
    if not CONTROL.search(text):
        return frozenset()
    unmapped = [k for k in range(len(text)) if raw_api.FPDFText_HasUnicodeMapError(raw, k)]
    if not unmapped:
        return frozenset()
    copy: dict[int, list[tuple[float, float, float, float]]] = {}
    for k in range(len(text)):
        obj = raw_api.FPDFText_GetTextObject(raw, k)
        if obj and raw_api.FPDFTextObj_GetTextRenderMode(obj) == INVISIBLE:
            box = _box(raw_api, raw, k)
            for key in range(int(box[1] // BUCKET_PT), int(box[3] // BUCKET_PT) + 1):
                copy.setdefault(key, []).append(box)
    if not copy:
        return frozenset()
    hidden = set()
    for k in unmapped:
        left, bottom, right, top = _box(raw_api, raw, k)
        y, em = (bottom + top) / 2, abs(raw_api.FPDFText_GetFontSize(raw, k))
        if any(b[0] - em <= right and left <= b[2] + em and b[1] <= y <= b[3] for b in copy.get(int(y // BUCKET_PT), ())):
            hidden.add(k)
    return frozenset(hidden)


def _box(raw_api, raw, k: int) -> tuple[float, float, float, float]:
    rect = raw_api.FS_RECTF()
    raw_api.FPDFText_GetLooseCharBox(raw, k, rect)
    return rect.left, rect.bottom, rect.right, rect.top
