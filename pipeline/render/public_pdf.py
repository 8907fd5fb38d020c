"""The public version as a PDF (cqcplan publish -o public.pdf), written with fpdf2 from the same
`PublicPlan` the Word renderer writes, so both hold the same content.

Written directly rather than converted from the .docx: LibreOffice is often absent on the
machines this runs on, and fpdf2 is pure Python. The type is DejaVu Sans, shipped in the
package (src/cqcplan/fonts, Bitstream Vera licence): the PDF standard fonts hold Latin-1
only, and CQC prints curly quotes, en and em dashes, "›", "£" and accented names; fpdf2
embeds the subset used, so the PDF reads the same everywhere and its text can be copied.
Each action is a block of labelled paragraphs rather than a table row: a merged action's
statements can run longer than a page, and paragraphs flow where a table row cannot. A block
that fits on a page starts on a new page rather than split (measured by a trial rendering), a
label never sits alone at the foot of a page, and every page is numbered "page N of M".
"""

import logging
from importlib.resources import files
from pathlib import Path

from fpdf import FPDF

from ...models.briefs import PublicAction, PublicPlan, Statement

from .text import NOT_YET_WRITTEN, OWN_LABEL, PUBLIC_HEADERS, PUBLIC_NOTE, public_cells, uk_date

log = logging.getLogger("cqcplan")
FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
BODY, SMALL = 9.5, 8.0  # points
GREY = (90, 90, 90)
KEEP_WITH_NEXT = 30  # mm: an action's heading never sits alone at the foot of a page
LABEL_WITH_NEXT = 12  # mm: a label ("What we will do") and the first lines of what it labels


class _Numbered(FPDF):
    """Every page's foot: the plan's title and "page N of M" (fpdf2 fills in {nb} at the end)."""

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(FONT, "", SMALL)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.title} · page {self.page_no()} of {{nb}}", align="C")


def write_public_pdf(plan: PublicPlan, path: Path) -> None:
    pdf = _document(plan.title)
    _warn_unprintable(pdf, plan)
    _paragraph(pdf, plan.title, 16, bold=True)
    _paragraph(pdf, f"Version {plan.version}, {uk_date(plan.date)}. {PUBLIC_NOTE}", BODY)
    _heading(pdf, "Summary by key question")
    for brief in plan.summary:
        _paragraph(pdf, brief.key_question, 11, bold=True)
        for line in brief.lines:
            _paragraph(pdf, f"• {line}", BODY, indent=4)
    _heading(pdf, "Actions")
    for action in plan.actions:
        _action(pdf, action)
    quiet = logging.getLogger("fpdf.output")  # its missing-glyph warning repeats ours, in fpdf's words
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        pdf.output(str(path))
    finally:
        quiet.setLevel(level)


def _document(title: str) -> FPDF:
    pdf = _Numbered(format="A4")
    fonts = files("cqcplan") / "fonts"
    for style, name in FONT_FILES.items():
        pdf.add_font(FONT, style, str(fonts / name))
    pdf.set_title(title)
    pdf.set_creator("cqcplan")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    return pdf


def _warn_unprintable(pdf: FPDF, plan: PublicPlan) -> None:
    """A character the font lacks would be left out of the PDF: say so, as CQC's words must be whole."""
    cmap = pdf.fonts[FONT.lower()].cmap
    text = plan.model_dump_json()
    missing = sorted({c for c in text if c.isprintable() and not c.isspace() and ord(c) not in cmap})
    if missing:
        log.warning("the PDF's font cannot show %s, so the PDF leaves them out; the Word version (-o public.docx) "
                    "keeps them", " ".join(missing))


def _action(pdf: FPDF, action: PublicAction) -> None:
    """Whole on the page it starts on when it fits there; else on a new page when it fits on one."""
    top, page = pdf.y, pdf.page
    with pdf.offset_rendering() as trial:  # rewound afterwards
        _action_block(trial, action, keep_labels=False)
        height = trial.y - top + (trial.page - page) * pdf.eph  # about: a page's top margin over
    fits = height <= pdf.eph
    if pdf.will_page_break(height if fits else KEEP_WITH_NEXT):
        pdf.add_page()
    _action_block(pdf, action, keep_labels=not fits)  # a block longer than a page: no label left at its foot


def _action_block(pdf: FPDF, action: PublicAction, keep_labels: bool = True) -> None:
    ref, area, _, decided, lead, deadline, status, progress = public_cells(action)
    pdf.ln(2)
    pdf.set_draw_color(*GREY)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1.5)
    _paragraph(pdf, f"{ref}   {area}", 11, bold=True)
    if action.own is not None:  # the trust's own action: its words, never under CQC's heading
        _label(pdf, OWN_LABEL, keep_labels)
        _paragraph(pdf, action.own or NOT_YET_WRITTEN, BODY, indent=4)
    else:
        _label(pdf, PUBLIC_HEADERS[2], keep_labels)
    for statement in action.statements:
        _statement(pdf, statement)
    _label(pdf, PUBLIC_HEADERS[3], keep_labels)
    _paragraph(pdf, decided, BODY)
    short = [(PUBLIC_HEADERS[4], lead), (PUBLIC_HEADERS[5], deadline), (PUBLIC_HEADERS[6], status)]
    _paragraph(pdf, "   ".join(f"{label}: {value}" for label, value in short if value), BODY)
    if progress:
        _label(pdf, PUBLIC_HEADERS[7], keep_labels)
        _paragraph(pdf, progress, BODY)


def _statement(pdf: FPDF, statement: Statement) -> None:
    _paragraph(pdf, statement.text, BODY, indent=4)
    notes = [f"({statement.file}, p. {statement.page})", statement.raised_before]
    _paragraph(pdf, "\n".join(n for n in notes if n), SMALL, indent=4, colour=GREY)
    pdf.ln(1)


def _heading(pdf: FPDF, text: str) -> None:
    if pdf.will_page_break(KEEP_WITH_NEXT):
        pdf.add_page()
    pdf.ln(3)
    _paragraph(pdf, text, 13, bold=True)


def _label(pdf: FPDF, text: str, keep_with_next: bool = True) -> None:
    if keep_with_next and pdf.will_page_break(LABEL_WITH_NEXT):
        pdf.add_page()
    _paragraph(pdf, text, SMALL, bold=True, colour=GREY)


def _paragraph(pdf: FPDF, text: str, size: float, *, bold: bool = False, indent: float = 0,
               colour: tuple[int, int, int] = (0, 0, 0)) -> None:
    pdf.set_font(FONT, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - indent, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
