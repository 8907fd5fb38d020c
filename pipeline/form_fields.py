"""Form fields printed as the page's own text.

A fillable copy of a report (a quality team's "staff briefing" with a progress box beside each
action) may hold its statements only as the values of form fields: drawn through each field's
appearance, no part of the page's content, so PDFium's text page never sees them. What a reader
sees printed is what counts, so a page's fields that print are made part of its content before
it is read; a field holding only its value, its form asking the viewer to draw it
(/NeedAppearances), is drawn by PDFium's form environment (read.py's `open_pdf` starts it) as a
viewer would. Text typed onto the page with a viewer's typewriter tool (a FreeText annotation whose
intent is /FreeTextTypewriter: a template's empty bullet rows filled in, as one fills a form with no
fields) is the page's text too: the tool is for filling in a page, not for commenting on it. So is
a printing text box with no callout typed inside a box the page itself draws (a return form's
empty field or answer box filled with a viewer's "Add Text" tool, which sets no intent): a form's
boxes are there to be filled in, and what is typed in them prints as the form's answer, in its
place (a return form's ruled cells filled in row by row), so long as it covers none of the page's
own text: a text box typed over the report's printed words, inside one of its boxes or not, is a
remark on them. A reader's comment (a sticky note, a callout, a text box typed over or beside the
report's own text, a highlight) is someone's remark on the report, not the report, and stays out,
as it always has. A box as large as most of the page (a background, a page frame) is no field. An
annotation the viewer hides (its Hidden flag) prints nothing: PDFium's flattening for print leaves
it out.
"""

from __future__ import annotations

TYPEWRITER = "FreeTextTypewriter"  # a FreeText annotation's intent (/IT) when typed with the typewriter tool
FIELD_SHARE = 0.5  # a drawn box covering more of the page than this is its background or frame, not a field


def printed_fields(pdf, index: int):
    """The page at `index`, its printing form fields' and typewriter text's appearances made part of
    its content (the page loaded again, as PDFium asks after flattening); the page as it is when it
    has none."""
    import pypdfium2.raw as raw_api

    page = pdf[index]
    count = raw_api.FPDFPage_GetAnnotCount(page.raw)
    if not count:
        return page
    boxes = _boxes(page)
    text = page.get_textpage()
    printed = [_printed(page, n, boxes, text) for n in range(count)]
    text.close()
    if not any(printed):
        return page
    for n in reversed(range(count)):  # only these are flattened: the document is read, never saved
        if not printed[n]:
            raw_api.FPDFPage_RemoveAnnot(page.raw, n)
    flattened = raw_api.FPDFPage_Flatten(page.raw, raw_api.FLAT_PRINT) == raw_api.FLATTEN_SUCCESS
    if not flattened:
        return page
    page.close()
    return pdf[index]


def _boxes(page) -> list[tuple[float, float, float, float]]:
    """The bounds (left, bottom, right, top) of the paths the page itself draws that could be a
    form's field: every one smaller than most of the page."""
    import pypdfium2.raw as raw_api

    width, height = page.get_size()
    bounds = [obj.get_bounds() for obj in page.get_objects(filter=[raw_api.FPDF_PAGEOBJ_PATH], max_depth=1)]
    return [(x0, y0, x1, y1) for x0, y0, x1, y1 in bounds if (x1 - x0) * (y1 - y0) <= FIELD_SHARE * width * height]


def _printed(page, n: int, boxes, text) -> bool:
    """Whether annotation `n` is part of what the page prints: a form field, typewriter text, or a
    printing text box (no callout) typed inside one of the page's `boxes`, over none of the page's
    own text (`text`, its text page)."""
    import ctypes

    import pypdfium2.raw as raw_api

    annot = raw_api.FPDFPage_GetAnnot(page.raw, n)
    try:
        kind = raw_api.FPDFAnnot_GetSubtype(annot)
        if kind != raw_api.FPDF_ANNOT_FREETEXT:
            return kind == raw_api.FPDF_ANNOT_WIDGET
        intent = _intent(annot)
        if intent == TYPEWRITER:
            return True
        if intent or not raw_api.FPDFAnnot_GetFlags(annot) & raw_api.FPDF_ANNOT_FLAG_PRINT:
            return False  # a callout, or a box that does not print
        rect = raw_api.FS_RECTF()
        if not raw_api.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
            return False
        inside = any(x0 <= rect.left and rect.right <= x1 and y0 <= rect.bottom and rect.top <= y1
                     for x0, y0, x1, y1 in boxes)
        return inside and not text.get_text_bounded(rect.left, rect.bottom, rect.right, rect.top).strip()
    finally:
        raw_api.FPDFPage_CloseAnnot(annot)


def _intent(annot) -> str:
    """The annotation's intent (/IT) as a name, or "" when it has none."""
    import ctypes

    import pypdfium2.raw as raw_api

    size = raw_api.FPDFAnnot_GetStringValue(annot, b"IT", None, 0)  # bytes wanted, its end 0 too
    if size <= 2:
        return ""
    value = (ctypes.c_char * size)()  # UTF-16
    raw_api.FPDFAnnot_GetStringValue(annot, b"IT", ctypes.cast(value, ctypes.POINTER(raw_api.FPDF_WCHAR)), size)
    return bytes(value)[:-2].decode("utf-16-le")
