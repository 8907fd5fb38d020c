"""Word layout that must hold whatever the template: header rows, column widths, table ends.

A table wider than the text width of its section is narrowed to fit (its wide columns give way).

Takes a rendered python-docx `Document` and fixes it in place. A template restyled in
Word can lose "repeat header row" or fixed widths, and Word ignores a column width
unless every cell carries it, so after rendering: the first row of every table
repeats on each page (w:tblHeader), and every cell gets the width of the grid
columns it spans, with autofit off. Works on the lxml tree row by row, because
python-docx's `row.cells` rebuilds the whole grid on each call. docxtpl's
`{% cellbg %}` puts the cell shading first in the cell properties, where Word's schema
does not allow it, so the shading is moved to its place after the width. A table's rows keep
with the next (so a short table stays on one page), but the template's `{%tr for %}` row is
also the last one rendered: its "keep with next" is taken off the table's last row, or the
table would pull the next section's heading and first rows after it onto a new page. A word wider
than its cell gets optional hyphens (pipeline/render/long_words.py).

An action's row and its second line (a row whose first cell continues the row above's) are kept on
one page where they fit on one: LibreOffice takes a row's "keep with next" from its first paragraph
and then never splits the row, so only a pair estimated (from its words, its cells' widths and its
type size) to fit in SHORT_PAIR of the page's text height keeps it; a taller one may still split
rather than jump whole and strand its group heading, and Word keeps it by its other paragraphs.
"""

import math

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl

from .long_words import EMU_PER_PT, hyphenate_long_words

_AFTER_TBL_HEADER = ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")
_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
              "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


FLOOR = 432_000  # EMU (1.2 cm): a column this narrow keeps its width when a table is fitted to the page
AVERAGE_ADVANCE_EM = 0.5  # an average letter's width in Arial, spaces included, as a share of its size
LINE_EM = 1.2  # a line's height as a share of its type size
SHORT_PAIR = 0.9  # a row and its second line estimated at up to this share of the page keep together


def fix_tables(doc: Document) -> None:
    sizes = _style_sizes(doc)
    for table, (room, height) in zip(doc.tables, _text_areas(doc)):
        tbl = table._tbl
        _repeat_first_row(tbl)
        _fit_to_page(tbl, room)
        _fixed_widths(tbl)
        hyphenate_long_words(tbl, sizes)
        _keep_short_pairs(tbl, height, sizes)
        _end_without_keep(tbl)
        table.autofit = False


def _repeat_first_row(tbl: CT_Tbl) -> None:
    if not tbl.tr_lst:
        return
    tr_pr = tbl.tr_lst[0].get_or_add_trPr()
    for old in tr_pr.findall(qn("w:tblHeader")):
        tr_pr.remove(old)
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.insert_element_before(header, *_AFTER_TBL_HEADER)


def _text_areas(doc: Document) -> list[tuple[int | None, int | None]]:
    """The text width and height (EMU) of the section each body table is in, in `doc.tables` order: a
    section's properties follow its content (in a paragraph's w:pPr, or at the body's end for the last one)."""
    areas: list[tuple[int | None, int | None]] = []
    waiting = 0
    sections = iter(doc.sections)
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            waiting += 1
        elif child.tag == qn("w:sectPr") or child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            section = next(sections, None)
            width = height = None
            if section is not None and section.page_width:
                width = section.page_width - (section.left_margin or 0) - (section.right_margin or 0)
            if section is not None and section.page_height:
                height = section.page_height - (section.top_margin or 0) - (section.bottom_margin or 0)
            areas += [(width, height)] * waiting
            waiting = 0
    return areas + [(None, None)] * waiting


def _style_sizes(doc: Document) -> dict[str, float]:
    """Each paragraph style's type size in points, inherited from its base style; "" for the default."""
    sizes = {}
    for style in doc.styles:
        base, size = style, None
        while base is not None and size is None:
            size = base.font.size.pt if getattr(base, "font", None) is not None and base.font.size else None
            base = getattr(base, "base_style", None)
        sizes[style.style_id] = size or 10.0
    sizes[""] = sizes.get("Normal", 10.0)
    return sizes


def _keep_short_pairs(tbl: CT_Tbl, height: int | None, sizes: dict[str, float]) -> None:
    """Keep a row with its second line through the row's first paragraph when the two fit on a page."""
    rows = tbl.tr_lst
    for above, below in zip(rows, rows[1:]):
        if not height or not above.tc_lst or not below.tc_lst or not _continues(below.tc_lst[0]):
            continue
        if (_row_height(above, sizes) + _row_height(below, sizes)) * EMU_PER_PT <= SHORT_PAIR * height:
            first = next(above.tc_lst[0].iter(qn("w:p")), None)
            if first is not None:
                first.get_or_add_pPr().keepNext_val = True


def _continues(tc) -> bool:
    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    return merge is not None and merge.get(qn("w:val")) in (None, "continue")


def _row_height(tr, sizes: dict[str, float]) -> float:
    """A row's estimated height in points: its tallest cell, each paragraph's words wrapped to the cell."""
    tallest = 0.0
    for tc in tr.tc_lst:
        room = (tc.width or 0) / EMU_PER_PT
        total = 0.0
        for p in tc.iter(qn("w:p")):
            style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            size = sizes.get(style.get(qn("w:val")) if style is not None else "", sizes[""])
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            lines = max(1, math.ceil(len(text) * AVERAGE_ADVANCE_EM * size / room)) if room > 0 else 1
            total += lines * LINE_EM * size
        tallest = max(tallest, total)
    return tallest


def _fit_to_page(tbl: CT_Tbl, room: int | None) -> None:
    """A table wider than its page (a template turned to portrait in Word keeps its landscape widths)
    gives up the difference from its wide columns, in proportion to how far each is over FLOOR: narrow
    columns (ref, BRAG, status) keep the width their words need."""
    cols = tbl.tblGrid.gridCol_lst
    grid = [col.w for col in cols]
    if not room or not grid or None in grid or sum(grid) <= room:
        return
    excess = [max(w - FLOOR, 0) for w in grid]
    cut = min(sum(grid) - room, sum(excess))
    for col, width, over in zip(cols, grid, excess):
        col.w = width - round(cut * over / sum(excess)) if over else width


def _end_without_keep(tbl: CT_Tbl) -> None:
    if not tbl.tr_lst:
        return
    for keep in tbl.tr_lst[-1].iter(qn("w:keepNext")):
        keep.getparent().remove(keep)


def _fixed_widths(tbl: CT_Tbl) -> None:
    grid = [col.w for col in tbl.tblGrid.gridCol_lst]
    if not grid or None in grid:
        return
    for tr in tbl.tr_lst:
        column = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(grid[column : column + span])
            _shading_in_order(tc.tcPr)
            column += span


def _shading_in_order(tc_pr) -> None:
    shading = tc_pr.find(qn("w:shd"))
    if shading is not None:
        tc_pr.remove(shading)
        tc_pr.insert_element_before(shading, *_AFTER_SHD)
