"""Form fields printed as the page's own text.

A fillable copy of a report (a quality team's "staff briefing" with a progress box beside each
action) may hold its statements only as the values of form fields: drawn through each field's
appearance, no part of the page's content, so PDFium's text page never sees them. What a reader
sees printed is what counts, so a page's fields that print are made part of its content before
it is read; a field holding only its value, its form asking the viewer to draw it
(/NeedAppearances), is drawn by PDFium's form environment (read.py's `open_pdf` starts it) as a
viewer would. Text typed onto the page with a viewer's typewriter tool (a FreeText annotation whose
intent is /FreeTextTypewriter: a template's empty bullet rows filled in, as one fills a form with no
fields) is the page's text too: the tool is for filling in a page, not for commenting on it. A
reader's comment (a sticky note, a text box or callout, a highlight) is someone's remark on the
report, not the report, and stays out, as it always has.
"""

from __future__ import annotations

TYPEWRITER = "FreeTextTypewriter"  # a FreeText annotation's intent (/IT) when typed with the typewriter tool


def printed_fields(pdf, index: int):
    """The page at `index`, its printing form fields' and typewriter text's appearances made part of
    its content (the page loaded again, as PDFium asks after flattening); the page as it is when it
    has none."""
    import pypdfium2.raw as raw_api

    page = pdf[index]
    count = raw_api.FPDFPage_GetAnnotCount(page.raw)
    printed = [_printed(page, n) for n in range(count)]
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


def _printed(page, n: int) -> bool:
    """Whether annotation `n` is part of what the page prints: a form field, or typewriter text."""
    import ctypes

    import pypdfium2.raw as raw_api

    annot = raw_api.FPDFPage_GetAnnot(page.raw, n)
    try:
        kind = raw_api.FPDFAnnot_GetSubtype(annot)
        if kind != raw_api.FPDF_ANNOT_FREETEXT:
            return kind == raw_api.FPDF_ANNOT_WIDGET
        size = len(TYPEWRITER) + 1
        intent = (raw_api.FPDF_WCHAR * size)()  # the /IT name, read as a string (UTF-16, its end 0)
        got = raw_api.FPDFAnnot_GetStringValue(annot, b"IT", intent, ctypes.sizeof(intent))
        return got == ctypes.sizeof(intent) and bytes(intent)[:-2].decode("utf-16-le") == TYPEWRITER
    finally:
        raw_api.FPDFPage_CloseAnnot(annot)
