"""Form fields printed as the page's own text.

A fillable copy of a report (a quality team's "staff briefing" with a progress box beside each
action) may hold its statements only as the values of form fields: drawn through each field's
appearance, no part of the page's content, so PDFium's text page never sees them. What a reader
sees printed is what counts, so a page's fields that print are made part of its content before
it is read; a field holding only its value, its form asking the viewer to draw it
(/NeedAppearances), is drawn by PDFium's form environment (read.py's `open_pdf` starts it) as a
viewer would. Only form fields: a reader's comment (a sticky note, a typed note, a highlight) is
someone's remark on the report, not the report, and stays out, as it always has.
"""

from __future__ import annotations


def printed_fields(pdf, index: int):
    """The page at `index`, its printing form fields' appearances made part of its content (the
    page loaded again, as PDFium asks after flattening); the page as it is when it has none."""
    import pypdfium2.raw as raw_api

    page = pdf[index]
    count = raw_api.FPDFPage_GetAnnotCount(page.raw)
    if not count or not any(_subtype(page, n) == raw_api.FPDF_ANNOT_WIDGET for n in range(count)):
        return page
    for n in reversed(range(count)):  # only the fields are flattened: the document is read, never saved
        if _subtype(page, n) != raw_api.FPDF_ANNOT_WIDGET:
            raw_api.FPDFPage_RemoveAnnot(page.raw, n)
    flattened = raw_api.FPDFPage_Flatten(page.raw, raw_api.FLAT_PRINT) == raw_api.FLATTEN_SUCCESS
    if not flattened:
        return page
    page.close()
    return pdf[index]


def _subtype(page, n: int) -> int:
    import pypdfium2.raw as raw_api

    annot = raw_api.FPDFPage_GetAnnot(page.raw, n)
    try:
        return raw_api.FPDFAnnot_GetSubtype(annot)
    finally:
        raw_api.FPDFPage_CloseAnnot(annot)
