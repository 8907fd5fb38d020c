"""Plain python-docx documents (no template) shared by said-did, publish and the progress report:
a landscape page, a grid table with a bold header row."""

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Inches, Pt

from .text import xml_safe


def landscape_document():
    doc = docx.Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.styles["Normal"].font.size = Pt(9.5)
    return doc


def add_table(doc, headers: list[str], rows: list[list[str]], widths: list[float] = ()) -> None:
    """`widths` (inches, one per column) fixes the columns; without them Word shares the page out."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = xml_safe(text or "")
    if widths:
        table.autofit = False
        for column, width in zip(table.columns, widths):  # the grid, which LibreOffice follows
            column.width = Inches(width)
        for row in table.rows:  # each cell, which Word follows
            for cell, width in zip(row.cells, widths):
                cell.width = Inches(width)

