import os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def add_field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def build(path_pdf, blocks, header_text, footer_text, font="Arial", size=10, margins=(20, 20, 22, 20),
          heading_color="5B2C6F", cover=None, footer_first=True, widow_control=True):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(5)
    st.paragraph_format.widow_control = widow_control
    for ln in ("List Bullet", "List Bullet 2", "List Number"):
        d.styles[ln].paragraph_format.widow_control = widow_control
    for hn, sz in (("Heading 1", 17), ("Heading 2", 13), ("Heading 3", 11), ("Heading 4", 10)):
        h = d.styles[hn]
        h.font.name = font
        h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor.from_string(heading_color)
        h.font.italic = False
        h.element.rPr.rFonts.set(qn("w:ascii"), font)
        h.element.rPr.rFonts.set(qn("w:hAnsi"), font)
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if h.element.rPr.rFonts.get(qn(att)) is not None:
                del h.element.rPr.rFonts.attrib[qn(att)]
    for ln in ("List Bullet", "List Bullet 2", "List Number"):
        d.styles[ln].font.name = font
        d.styles[ln].font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Mm(x) for x in margins]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for ft in ([sec.footer, sec.first_page_footer] if footer_first else [sec.footer]):
        fp = ft.paragraphs[0]
        add_field(fp, "PAGE")
        r = fp.add_run(" " + footer_text)
        r.font.size = Pt(8)
        for rr in fp._p.iter(qn("w:rPr")):
            pass
    if cover:
        cover(d)
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "h3", "h4"):
            d.add_heading(b[1], level=int(t[1]))
        elif t == "p":
            segs = [s["text"] if isinstance(s, dict) else s for s in b[1]]
            p = d.add_paragraph(" ".join(segs))
            if len(b) > 2 and b[2] == "bold":
                p.runs[0].bold = True
            if len(b) > 2 and b[2] == "boxed":
                pPr = p._p.get_or_add_pPr()
                sh = OxmlElement("w:shd")
                sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), "E8E8E8")
                pPr.append(sh)
        elif t in ("ul", "ol"):
            for it in b[1]:
                txt = it["text"] if isinstance(it, dict) else it
                d.add_paragraph(txt, style="List Bullet" if t == "ul" else "List Number")
                if isinstance(it, dict):
                    for s in it["subs"]:
                        d.add_paragraph(s, style="List Bullet 2")
        elif t == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cval in enumerate(r):
                    cell = tb.cell(i, j)
                    lines = cval if isinstance(cval, list) else [cval]
                    cell.paragraphs[0].text = ""
                    for k, ln in enumerate(lines):
                        bold = ln.startswith("**")
                        ln = ln.strip("*")
                        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        run = par.add_run(ln)
                        run.bold = bold or i == 0
                        run.font.size = Pt(size - 0.5)
                    if i == 0:
                        shade(cell, "E4DDEB")
        elif t == "raw":
            b[1](d)
        else:
            raise ValueError(t)
    work = os.path.dirname(path_pdf)
    docx_path = os.path.join("/tmp", "EM-docx", os.path.basename(os.path.dirname(path_pdf)) + ".docx")
    os.makedirs(os.path.dirname(docx_path), exist_ok=True)
    d.save(docx_path)
    outdir = os.path.dirname(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, capture_output=True)
    shutil.move(docx_path[:-5] + ".pdf", path_pdf)
    return docx_path
