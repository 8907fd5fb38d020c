from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak,
                                Table, TableStyle, NextPageTemplate, KeepTogether)
from reportlab.platypus.flowables import Flowable

from common import full_text

BASE = dict(fontName="Helvetica", fontSize=9.5, leading=12.5)
ST = {
    "p": ParagraphStyle("p", spaceAfter=5, **BASE),
    "li": ParagraphStyle("li", leftIndent=13, bulletIndent=3, spaceAfter=3, **BASE),
    "sub": ParagraphStyle("sub", leftIndent=26, bulletIndent=15, spaceAfter=2, **BASE),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8,
                         textColor=colors.HexColor("#4b2c6e")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5,
                         textColor=colors.HexColor("#4b2c6e")),
    "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3),
    "h4": ParagraphStyle("h4", fontName="Helvetica-BoldOblique", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5),
}


class Mark(Flowable):
    """zero-size flowable marking a finding printing (first part)"""
    def __init__(self, key):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class SetHeader(Flowable):
    def __init__(self, text):
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class Doc(BaseDocTemplate):
    def __init__(self, path, header, footer, columns=1, **kw):
        super().__init__(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                         bottomMargin=20 * mm, **kw)
        self.hdr, self.ftr = header, footer
        W, H = A4
        fw = W - 40 * mm
        fh = H - 42 * mm
        cover = Frame(20 * mm, 20 * mm, fw, fh, id="cover")
        if columns == 2:
            gap = 7 * mm
            cw = (fw - gap) / 2
            body = [Frame(20 * mm, 20 * mm, cw, fh, id="c1"), Frame(20 * mm + cw + gap, 20 * mm, cw, fh, id="c2")]
        else:
            body = [Frame(20 * mm, 20 * mm, fw, fh, id="b")]
        single = Frame(20 * mm, 20 * mm, fw, fh, id="s")
        self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.furn),
                               PageTemplate("body", body, onPage=self.furn),
                               PageTemplate("single", [single], onPage=self.furn)])
        self.marks = {}
        self.cur_hdr = None
        self.hdr_log = []

    def furn(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        W, H = A4
        n = canv.getPageNumber()
        hdr = self.hdr(n) if callable(self.hdr) else self.hdr
        if n > 1 and hdr:
            canv.drawString(20 * mm, H - 13 * mm, hdr)
            canv.line(20 * mm, H - 14.5 * mm, W - 20 * mm, H - 14.5 * mm)
        canv.drawString(20 * mm, 11 * mm, self.ftr(n))
        canv.restoreState()

    def afterFlowable(self, f):
        if isinstance(f, SetHeader):
            self.cur_hdr = f.text
            self.hdr_log.append((self.page, f.text))
        if isinstance(f, Mark):
            self.marks.setdefault(f.key, []).append(self.page)


def P(text, st="p"):
    return Paragraph(escape(text), ST[st])


def build(path, blocks, header, footer, columns=1, cover_flow=None):
    doc = Doc(path, header, footer, columns=columns)
    story = list(cover_flow or [])
    story += [NextPageTemplate("body"), PageBreak()]
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "h3", "h4"):
            story.append(P(b[1], t))
        elif t == "p":
            segs = [s["text"] if isinstance(s, dict) else s for s in b[1]]
            story.append(P(" ".join(segs)))
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                bullet = "\u2022" if t == "ul" else "%d." % i
                if isinstance(it, dict):
                    story.append(Mark(full_text(it)))
                    story.append(Paragraph(escape(it["text"]), ST["li"], bulletText=bullet))
                    for s in it["subs"]:
                        story.append(Paragraph(escape(s), ST["sub"], bulletText="\u2013"))
                else:
                    story.append(Paragraph(escape(it), ST["li"], bulletText=bullet))
        elif t == "break":
            story.append(PageBreak())
        elif t == "hdr":
            story.append(SetHeader(b[1]))
        elif t == "tmpl":
            story.append(NextPageTemplate(b[1]))
            story.append(PageBreak())
        elif t == "table":
            rows = [[Paragraph(c, ST["cell"]) for c in r] for r in b[1]]
            tb = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e2ef"))]))
            story.append(tb)
        elif t == "flow":
            story.append(b[1])
        else:
            raise ValueError(t)
    if header == "dynamic":
        doc.hdr = lambda n: doc.cur_hdr
    doc.build(story)
    return doc.marks, doc.hdr_log
