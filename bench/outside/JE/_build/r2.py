"""R2: ward noticeboard poster with a 'hand-made' effect: every line is tilted by up to +-1 degree
(its own text matrix) and every word sits on its own baseline offset (text rise Ts, +-3 pt).
Two coloured panels; statement numbers are drawn as digits inside circles (separate objects)."""
import math, os, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from common import wrap, finding, write_gold, OUT

FOLDER = "r2_bouncy_ward_poster"
W, H = A4
MUSTH = "What the CQC said we must do"
SHOULDH = "What the CQC said we should do"
MUST = [
    "The trust must ensure that falls risk assessments are reviewed after every fall and that care plans are updated.",
    "The trust must ensure that staff complete training in the Mental Capacity Act and deprivation of liberty safeguards.",
    "The trust must ensure that pressure ulcer risk is reassessed whenever a patient's condition changes.",
    "The trust must ensure that the resuscitation trolley is checked daily and that out-of-date items are replaced.",
    "The trust must ensure that patient records are stored securely when not in use.",
]
SHOULD = [
    "The trust should ensure that patients are offered a choice of meals that meets their cultural and religious needs.",
    "The trust should ensure that call bells are always within reach of patients.",
    "The trust should consider displaying information about how to raise a concern in the ward day room.",
    "The trust should ensure that staff on Larch Ward receive regular clinical supervision.",
    "The trust should ensure that the ward's environmental risk assessment is kept up to date.",
]


def build():
    rnd = random.Random(57)
    path = os.path.join(OUT, FOLDER, "report.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Larch Ward - our CQC improvement poster")
    c.setCreator("Canva-style poster export")
    # background
    c.setFillColorRGB(0.99, 0.97, 0.90)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.12, 0.35, 0.30)
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(W / 2, H - 62, "Larch Ward: getting better together")
    c.setFont("Helvetica", 11)
    c.drawCentredString(W / 2, H - 82, "Fenmoor Community Hospital  \u2022  Wrexford Community Health NHS Trust")
    c.drawCentredString(W / 2, H - 97, "CQC inspection of community health inpatient services, 3 and 4 June 2026  \u2022  report published 19 August 2026")
    gold = []
    FONT, SIZE, LEAD = "Helvetica-Bold", 12.5, 19
    x0, x1 = 78, W - 46
    y = H - 132

    def panel(head, items, kind, colour):
        nonlocal y
        # measure
        lines_all = [wrap(t, FONT, SIZE, x1 - x0 - 14) for t in items]
        h = 40 + sum(len(l) * LEAD + 9 for l in lines_all) + 6
        c.setFillColorRGB(*colour)
        c.roundRect(30, y - h, W - 60, h, 14, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(46, y - 28, head)
        yy = y - 40
        for n, (t, lines) in enumerate(zip(items, lines_all), 1):
            yy -= LEAD
            # numeral in a circle, separate object
            c.setFillColorRGB(1, 1, 1)
            c.circle(56, yy + 4, 9, stroke=0, fill=1)
            c.setFillColorRGB(*colour)
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(56, yy, str(n))
            c.setFillColorRGB(1, 1, 1)
            for i, ln in enumerate(lines):
                if i:
                    yy -= LEAD
                ang = math.radians(rnd.uniform(-1.0, 1.0))
                tx = c.beginText()
                tx.setTextOrigin(0, 0)
                tx.setFont(FONT, SIZE)
                tx.setTextTransform(math.cos(ang), math.sin(ang), -math.sin(ang), math.cos(ang), x0, yy)
                words = ln.split(" ")
                for k, wd in enumerate(words):
                    tx.setRise(round(rnd.uniform(-3, 3), 1))
                    tx.textOut(wd + (" " if k < len(words) - 1 else ""))
                c.drawText(tx)
            yy -= 9
            gold.append(finding(kind, t, 1, head, None))
        y = y - h - 14

    panel(MUSTH, MUST, "must", (0.70, 0.20, 0.22))
    panel(SHOULDH, SHOULD, "should", (0.16, 0.38, 0.55))
    c.setFillColorRGB(0.12, 0.35, 0.30)
    c.setFont("Helvetica-Oblique", 10)
    c.drawCentredString(W / 2, 52, "Ask the nurse in charge if you would like to see our full action plan. You should never feel afraid to speak up.")
    c.drawCentredString(W / 2, 38, "Ward manager: Priya Ansell  \u2022  Matron: Declan Hurst  \u2022  Poster v2, September 2026")
    c.showPage()
    c.save()
    meta = {"provider": "Wrexford Community Health NHS Trust", "location": "Fenmoor Community Hospital",
            "report_type": "Inspection report", "published": "2026-08-19",
            "inspection_dates": ["2026-06-03", "2026-06-04"],
            "ratings": {"overall": None, "safe": None, "effective": None, "caring": None,
                        "responsive": None, "well_led": None}}
    write_gold(FOLDER, "reportlab 5.1 canvas poster: per-line tilted text matrices, per-word text rise (Ts)", meta, gold)
    return gold


if __name__ == "__main__":
    for x in build():
        print(x["page"], x["kind"], x["text"][:60])
