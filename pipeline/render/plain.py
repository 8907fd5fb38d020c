"""Plain python-docx documents (no template) shared by said-did, publish and the progress report:
an A4 landscape page in Arial (as the plan; LibreOffice has its metric twin, where python-docx's
theme font Calibri falls back to a wider serif), headings kept with what follows, a grid table
whose bold header row repeats on each page and whose rows do not split across pages."""

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt

from .text import xml_safe


FONT = "Arial"
USABLE_INCHES = 10.1  # A4 landscape less 1.9 cm margins: the widths passed to add_table add up to less


def landscape_document():
    doc = docx.Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.9)
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        style = doc.styles[name]
        style.font.name = FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)  # a theme font would override the named one
        if name != "Normal":
            style.paragraph_format.keep_with_next = True
    return doc


def add_table(doc, headers: list[str], rows: list[list[str]], widths: list[float] = ()) -> None:
    """`widths` (inches, one per column) fixes the columns; without them Word shares the page out."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    _row_flag(table.rows[0], "w:tblHeader")
    for row in rows:
        added = table.add_row()
        _row_flag(added, "w:cantSplit")
        for cell, text in zip(added.cells, row):
            cell.text = xml_safe(text or "")
    if widths:
        table.autofit = False
        for column, width in zip(table.columns, widths):  # the grid, which LibreOffice follows
            column.width = Inches(width)
        for row in table.rows:  # each cell, which Word follows
            for cell, width in zip(row.cells, widths):
                cell.width = Inches(width)



def _row_flag(row, name: str) -> None:
    """w:tblHeader (repeat on each page) or w:cantSplit (keep the row on one page), in schema order."""
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)
