"""Glyphs outside their text object's clipping path: drawn, but no reader sees them.

A writer may draw more text than it shows and let a clipping path decide what is printed: a
signage or slide exporter draws a whole paragraph once for every visible line, shifted so the
line's words fall in a box the width of that line, and clips to the box; a table cell clips
text that runs past its edge. Only what falls inside the clip is on the page, so a glyph whose
middle lies outside its text object's clip is left out, as the page's crop box leaves out what
lies beyond it (read.py `_visible`). The clip is taken as the box its paths have in common (a
curve's control points widen it a little: the clip keeps, never loses, what it shows). Text
objects drawn on the page itself only (those in a Form XObject are measured in the form's own
space). Called once the text page is loaded; most pages clip no text, and ask nothing more.
"""

import ctypes

from .page_objects import address

# A clip this many points wider than the text object's box all round shows all of it.
CLIP_SLACK_PT = 0.5


def clipped_out(textpage, page_text: list) -> frozenset[int]:
    """Indexes in `textpage` of the characters whose middle lies outside their text object's clip
    (of `page_text`, the text objects drawn on the page itself)."""
    import pypdfium2.raw as raw_api

    clips = {}
    for obj in page_text:
        clip = _clip_box(raw_api, obj)
        if clip is not None and not _inside(obj.get_bounds(), clip, CLIP_SLACK_PT):
            clips[address(obj)] = clip
    if not clips:
        return frozenset()
    raw, rect, out = textpage.raw, raw_api.FS_RECTF(), set()
    for k in range(raw_api.FPDFText_CountChars(raw)):
        drawn_by = raw_api.FPDFText_GetTextObject(raw, k)
        clip = clips.get(ctypes.addressof(drawn_by.contents)) if drawn_by else None
        if clip is None or not raw_api.FPDFText_GetLooseCharBox(raw, k, rect):
            continue
        middle = ((rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2)
        if not _inside(middle * 2, clip, 0.0):
            out.add(k)
    return frozenset(out)


def _clip_box(raw_api, obj) -> tuple[float, float, float, float] | None:
    """(left, bottom, right, top) of what the object's clipping paths have in common, in page space
    (None: no clipping path)."""
    clip = raw_api.FPDFPageObj_GetClipPath(obj.raw)
    paths = raw_api.FPDFClipPath_CountPaths(clip) if clip else 0
    if paths <= 0:
        return None
    left = bottom = -float("inf")
    right = top = float("inf")
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(paths):
        points = []
        for n in range(raw_api.FPDFClipPath_CountPathSegments(clip, path)):
            segment = raw_api.FPDFClipPath_GetPathSegment(clip, path, n)
            if segment and raw_api.FPDFPathSegment_GetPoint(segment, x, y):
                points.append((x.value, y.value))
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            left, bottom, right, top = max(left, min(xs)), max(bottom, min(ys)), min(right, max(xs)), min(top, max(ys))
    return None if left == -float("inf") else (left, bottom, right, top)


def _inside(box: tuple[float, ...], clip: tuple[float, float, float, float], slack: float) -> bool:
    left, bottom, right, top = box
    return clip[0] - slack <= left and clip[1] - slack <= bottom and right <= clip[2] + slack and top <= clip[3] + slack
