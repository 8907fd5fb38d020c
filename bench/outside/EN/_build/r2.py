# R2: GP practice 2018, reportlab. Words split at line ends are wrapped in /Span /ActualText
# marked content; fi/fl drawn as ligature glyphs with /ActualText; regulation citations in a
# separate right-hand column of the same row (not part of the statement text).
import sys; sys.path.insert(0, "/tmp/EN-work")
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import os
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
OUT = "/work/blind/EN/gp_actualtext_2018"; os.makedirs(OUT, exist_ok=True)
W, H = A4
c = canvas.Canvas(OUT + "/report.pdf", pagesize=A4)
c.setTitle("The Larchfield Surgery Inspection report")
LM, RM = 56, W - 56
MUSTS = [
 ("Ensure care and treatment is provided in a safe way to patients, including the safe management of high-risk medicines and the monitoring of patients prescribed them.", "Regulation 12(1)", reg(12, "(1)")),
 ("Ensure that recruitment checks, including Disclosure and Barring Service checks and evidence of professional indemnity, are carried out for all staff before they start work.", "Regulation 19(3)(a)", reg(19, "(3)(a)")),
 ("Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care, including the management of significant events and safety alerts.", "Regulation 17(1)", reg(17, "(1)")),
 ("Ensure that the fire risk assessment is reviewed and that identified actions, including fire drills and the servicing of fire-fighting equipment, are completed.", "Regulation 12(2)(d)", reg(12, "(2)(d)")),
 ("Ensure that staff receive the training appropriate to their roles, including infection prevention and control and basic life support, and that training is recorded.", "Regulation 18(2)(a)", reg(18, "(2)(a)")),
]
SHOULDS = [
 "Review the uptake of cervical screening and childhood immunisations and take action to improve it.",
 "Continue to identify carers on the practice register so that they can be offered appropriate support.",
 "Improve the flow of information from the patient participation group to the partners and practice staff.",
 "Consider installing a hearing loop at reception and make information available in easy read formats.",
 "Review the process for clinical supervision of the advanced nurse practitioner and the practice’s two pharmacists.",
 "Take action to improve patient satisfaction with telephone access to the practice.",
]
findings = []
LIG = {"fi": "\ufb01", "fl": "\ufb02"}

def hexstr(s):
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"

def wrap_hyph(text, font, size, width):
    """Greedy wrap; if the next word does not fit and is long, split it with a hyphen.
    Returns list of lines, each a list of tokens (word, kind) kind in {'w','h1','h2'}."""
    words = text.split(" ")
    lines, cur, curw = [], [], 0
    sp = pdfmetrics.stringWidth(" ", font, size)
    i = 0
    while i < len(words):
        w = words[i]
        ww = pdfmetrics.stringWidth(w, font, size)
        add = ww + (sp if cur else 0)
        if curw + add <= width:
            cur.append((w, "w", w)); curw += add; i += 1; continue
        # try splitting a long word
        done = False
        if len(w) >= 8 and w.isalpha():
            for k in range(len(w) - 3, 3, -1):
                head = w[:k] + "-"
                if curw + sp + pdfmetrics.stringWidth(head, font, size) <= width:
                    cur.append((head, "h1", w)); lines.append(cur)
                    cur = [(w[k:], "h2", w)]; curw = pdfmetrics.stringWidth(w[k:], font, size)
                    i += 1; done = True; break
        if not done:
            lines.append(cur); cur, curw = [], 0
    if cur: lines.append(cur)
    return lines

def emit_word(t, s):
    # draw s, replacing fi/fl with ligature glyphs wrapped in ActualText
    j = 0
    buf = ""
    while j < len(s):
        pair = s[j:j+2]
        if pair in LIG:
            if buf: t.textOut(buf); buf = ""
            t._code.append("/Span <</ActualText %s>> BDC" % hexstr(pair))
            t.textOut(LIG[pair])
            t._code.append("EMC")
            j += 2
        else:
            buf += s[j]; j += 1
    if buf: t.textOut(buf)

def draw_par(x, y, text, font, size, width, lead):
    lines = wrap_hyph(text, font, size, width)
    t = c.beginText(); t.setFont(font, size)
    for li, ln in enumerate(lines):
        t.setTextOrigin(x, y)
        for k, (w, kind, whole) in enumerate(ln):
            if k: t.textOut(" ")
            if kind == "h1":
                t._code.append("/Span <</ActualText %s>> BDC" % hexstr(whole))
                emit_word(t, w)
            elif kind == "h2":
                emit_word(t, w)
                t._code.append("EMC")
            else:
                emit_word(t, w)
        y -= lead
    c.drawText(t)
    return y, len(lines)

def footer(p):
    c.setFont("DV", 7.5); c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(LM, 30, "%d  The Larchfield Surgery Inspection report 10/01/2019" % p); c.setFillColorRGB(0, 0, 0)

# page 1
c.setFont("LSB", 20); c.drawString(LM, H - 80, "Dr Adaeze Okafor and Partners")
c.setFont("LSB", 15); c.drawString(LM, H - 104, "The Larchfield Surgery")
c.setFont("DV", 12); c.drawString(LM, H - 126, "Inspection report")
c.setFont("DV", 9)
y = H - 150
for ln in ["14 Larchfield Road, Westbury Chase, WC7 3LP", "Tel: 01632 960 771",
           "Date of inspection visit: 6 November 2018", "Date of publication: 10 January 2019"]:
    c.drawString(LM, y, ln); y -= 12
y -= 8
c.setFont("LSB", 12); c.drawString(LM, y, "Ratings"); y -= 18
for k, v in [("Overall rating for this location", "Requires improvement"), ("Are services safe?", "Requires improvement"),
             ("Are services effective?", "Good"), ("Are services caring?", "Good"), ("Are services responsive?", "Good"),
             ("Are services well-led?", "Requires improvement")]:
    c.setFont("DV", 9.5); c.drawString(LM, y, k); c.setFont("LSB", 9.5); c.drawString(LM + 230, y, v); y -= 14
y -= 10
c.setFont("LSB", 12); c.drawString(LM, y, "Overall summary"); y -= 18
for ptxt in ["We carried out an announced comprehensive inspection at The Larchfield Surgery on 6 November 2018 as part of our inspection programme.",
             "This practice is rated as Requires improvement overall. (Previous rating March 2016 – Good)",
             "We rated the practice as requires improvement for providing safe services because the practice did not have clear systems to keep patients safe and safeguarded from abuse, and the arrangements for managing medicines, including high-risk medicines, did not always keep patients safe.",
             "We rated the practice as requires improvement for providing well-led services because the overall governance arrangements were ineffective and the practice did not have clear and effective processes for managing risks, issues and performance."]:
    y, _ = draw_par(LM, y, ptxt, "LS", 9.5, RM - LM, 12.8); y -= 6
footer(1)
c.showPage()
# page 2: must table with citation column, then should
y = H - 70
c.setFont("LSB", 11.5)
c.drawString(LM, y, "The areas where the provider must make improvements are:"); y -= 20
COL2 = RM - 110
c.setFillColorRGB(0.88, 0.92, 0.95); c.rect(LM, y - 5, RM - LM, 17, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
c.setFont("LSB", 8.5); c.drawString(LM + 4, y, "Action required"); c.drawString(COL2 + 6, y, "Regulation"); y -= 20
pg = 2
for txt, cit, r in MUSTS:
    c.setFont("DV", 9); c.drawString(LM + 4, y, "\u2022")
    y0 = y
    y, n = draw_par(LM + 16, y, txt, "LS", 9.5, COL2 - LM - 26, 12.6)
    c.setFont("DV", 8.5); c.setFillColorRGB(0.2, 0.2, 0.45); c.drawString(COL2 + 6, y0, cit); c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0.7, 0.7, 0.7); c.setLineWidth(0.5); c.line(COL2, y0 + 11, COL2, y + 8)
    c.line(LM, y + 4, RM, y + 4)
    y -= 10
    findings.append({"kind": "must", "text": txt, "page": pg, "section": "The areas where the provider must make improvements are:",
                     "service": None, "domain": None, "regulations": [r], "also_at": []})
c.setFont("DV", 8.5); c.setFillColorRGB(0.3, 0.3, 0.3)
c.drawString(LM, y, "(Please see the specific details on action required at the end of this report)."); c.setFillColorRGB(0, 0, 0)
y -= 26
c.setFont("LSB", 11.5); c.drawString(LM, y, "The areas where the provider should make improvements are:"); y -= 18
for txt in SHOULDS:
    c.setFont("DV", 9); c.drawString(LM + 4, y, "\u2022")
    y, n = draw_par(LM + 16, y, txt, "LS", 9.5, COL2 - LM - 26, 12.6); y -= 6
    findings.append({"kind": "should", "text": txt, "page": pg, "section": "The areas where the provider should make improvements are:",
                     "service": None, "domain": None, "regulations": [], "also_at": []})
y -= 10
assert y > 150, y
for ptxt in ["Dr Rosie Benneyworth BM BS BMedSci MRCGP", "Chief Inspector of Primary Medical Services and Integrated Care"]:
    c.setFont("LS", 9.5); c.drawString(LM, y, ptxt); y -= 13
footer(2)
c.showPage(); c.save()
meta = {"provider": "Dr Adaeze Okafor and Partners", "location": "The Larchfield Surgery", "report_type": "Inspection report",
        "published": "2019-01-10", "inspection_dates": ["2018-11-06"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good",
                    "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}}
write_gold(OUT + "/gold.json", "ReportLab PDF Library 5.1", meta, findings)
print(len(findings))
