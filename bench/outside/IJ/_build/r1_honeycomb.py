# Report 1: trust "honeycomb" plan-on-a-page: statements typeset inside interlocking hexagons
import math, sys
sys.path.insert(0, "/work/blind/IJ/_build")
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors

FOLDER = "01_honeycomb"
PROV = "Wrekinford and Teme Valley NHS Foundation Trust"
SVC = {"UEC": ("Urgent and emergency care", colors.HexColor("#f3d9d9")),
       "MED": ("Medical care (including older people's care)", colors.HexColor("#d9e8f3")),
       "SUR": ("Surgery", colors.HexColor("#e2f0d9")),
       "MAT": ("Maternity", colors.HexColor("#f6ecd2"))}
MUSTS = [
 ("UEC", "The trust must ensure that patients who arrive by ambulance are handed over to emergency department staff within 15 minutes and that delays are escalated. (Regulation 12(2)(a)(b))", [reg(12, "(2)(a)(b)")]),
 ("UEC", "The trust must ensure that children waiting in the emergency department are assessed by a registered children's nurse or suitably trained practitioner. (Regulation 18(1))", [reg(18, "(1)")]),
 ("UEC", "The trust must make sure that sepsis screening tools are completed and that antibiotics are given within one hour of a positive screen. (Regulation 12(2)(a))", [reg(12, "(2)(a)")]),
 ("MED", "The trust must ensure that controlled drugs on the medical wards are checked, recorded and stored in line with its own policy. (Regulation 12(2)(g))", [reg(12, "(2)(g)")]),
 ("MED", "The trust must ensure that mental capacity assessments are carried out and recorded when patients are thought to lack capacity to consent. (Regulation 11(1))", [reg(11, "(1)")]),
 ("SUR", "The trust must ensure that the five steps to safer surgery checklist is fully completed for every patient in theatres. (Regulation 12(2)(b))", [reg(12, "(2)(b)")]),
 ("SUR", "The trust must make sure that resuscitation equipment on surgical wards is checked daily and that out-of-date items are replaced. (Regulation 15(1)(e))", [reg(15, "(1)(e)")]),
 ("MAT", "The trust must ensure that there are enough midwives on the labour ward to provide one-to-one care in established labour. (Regulation 18(1))", [reg(18, "(1)")]),
]
SHOULDS = [
 ("UEC", "The trust should continue to work with partners to reduce the number of patients who wait more than 12 hours from decision to admit.", []),
 ("UEC", "The trust should ensure that pain scores are recorded and that pain relief is reviewed during the patient's stay in the department.", []),
 ("MED", "The trust should consider how it can improve the timeliness of discharge summaries sent to GPs.", []),
 ("SUR", "The trust should ensure that all theatre staff complete their mandatory training in safeguarding adults at level 2.", []),
 ("MAT", "The trust should review the arrangements for bereavement support so that it is available seven days a week.", []),
 ("MAT", "The trust should ensure that the birth centre's fridge temperatures are monitored and action taken when readings are out of range.", []),
]

W, H = landscape(A4)
FONT, FS, LEAD = "Helvetica", 8.2, 9.8

def hexpath(c, cx, cy, R, fill):
    p = c.beginPath()
    for k in range(6):
        a = math.radians(90 + 60 * k)
        x, y = cx + R * math.cos(a), cy + R * math.sin(a)
        (p.moveTo if k == 0 else p.lineTo)(x, y)
    p.close()
    c.setFillColor(fill); c.setStrokeColor(colors.white); c.setLineWidth(3)
    c.drawPath(p, fill=1, stroke=1)

def halfwidth(R, dy):
    dy = abs(dy)
    if dy <= R / 2: return math.sqrt(3) / 2 * R
    return max(0, math.sqrt(3) * (R - dy))

def fill_hex(c, cx, cy, R, text, label, kind):
    c.setFillColor(colors.HexColor("#333333"))
    c.setFont("Helvetica-Bold", 6.3)
    c.drawCentredString(cx, cy + 0.66 * R, kind)
    c.setFont("Helvetica-Bold", 6.3)
    # service label, may need two lines
    lab = label
    y = cy + 0.56 * R
    words = lab.split(); line = ""
    lines = []
    for wd in words:
        t = (line + " " + wd).strip()
        if stringWidth(t, "Helvetica-Bold", 6.3) > 2 * halfwidth(R, y - cy) - 14:
            lines.append(line); line = wd
        else: line = t
    lines.append(line)
    for ln in lines:
        c.drawCentredString(cx, y, ln); y -= 7.5
    y -= 5
    c.setFont(FONT, FS); c.setFillColor(colors.black)
    words = text.split(); i = 0
    while i < len(words):
        maxw = 2 * min(halfwidth(R, y - cy + FS * 0.7), halfwidth(R, y - cy - 2)) - 16
        line = words[i]; i += 1
        while i < len(words) and stringWidth(line + " " + words[i], FONT, FS) <= maxw:
            line += " " + words[i]; i += 1
        c.drawCentredString(cx, y, line); y -= LEAD
    if y < cy - R + 10: raise SystemExit("overflow: " + text[:40])

def honeycomb(c, items, kind, heading, pageno):
    c.setFont("Helvetica-Bold", 17); c.setFillColor(colors.HexColor("#1d3557"))
    c.drawString(36, H - 50, heading)
    c.setFont("Helvetica", 8.5); c.setFillColor(colors.black)
    c.drawString(36, H - 66, "Each cell is one action from the CQC inspection report (published 14 August 2019). Colour shows the core service; see the key.")
    R = 100
    dx = math.sqrt(3) * R
    x0, ytop = 36 + dx / 2, H - 90 - R
    n = len(items); per_row = 4
    for k, (svc, text, regs) in enumerate(items):
        row, col = divmod(k, per_row)
        cx = x0 + col * dx + (dx / 2 if row % 2 else 0)
        cy = ytop - row * 1.5 * R
        hexpath(c, cx, cy, R, SVC[svc][1])
        fill_hex(c, cx, cy, R, text, SVC[svc][0], kind)
    # key
    ky = 150
    c.setFont("Helvetica-Bold", 8); c.drawString(W - 150, ky + 12, "Key")
    c.setFont("Helvetica", 7.5)
    for code, (name, col) in SVC.items():
        c.setFillColor(col); c.rect(W - 150, ky - 2, 10, 8, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.drawString(W - 136, ky, name if len(name) < 30 else "Medical care (incl. older people)")
        ky -= 12
    c.setFont("Helvetica", 7); c.setFillColor(colors.grey)
    c.drawString(36, 18, "Wrekinford and Teme Valley NHS Foundation Trust  |  CQC improvement honeycomb  |  Trust Board, 5 September 2019")
    c.drawRightString(W - 36, 18, f"{pageno}")

c = canvas.Canvas(f"{OUT}/{FOLDER}/report.pdf" if os.path.isdir(f"{OUT}/{FOLDER}") else (os.makedirs(f"{OUT}/{FOLDER}") or f"{OUT}/{FOLDER}/report.pdf"), pagesize=landscape(A4))
c.setTitle("CQC improvement honeycomb - Teme Valley General Hospital"); c.setAuthor("Quality Governance Team")
# page 1: cover/summary
c.setFont("Helvetica-Bold", 22); c.setFillColor(colors.HexColor("#1d3557"))
c.drawString(36, H - 60, PROV)
c.setFont("Helvetica", 14); c.drawString(36, H - 82, "Teme Valley General Hospital  -  Inspection report summary and improvement honeycomb")
c.setFillColor(colors.black); c.setFont("Helvetica", 10)
y = H - 120
for ln in ["Date of inspection visit: 14 May 2019 to 15 May 2019 and 4 June 2019 (well-led review)",
           "Date of publication: 14 August 2019", "",
           "The Care Quality Commission (CQC) inspected four core services at Teme Valley General Hospital. Our rating of",
           "the trust stayed the same. We rated it as Requires improvement because:", ""]:
    c.drawString(36, y, ln); y -= 14
for ln in ["Safety was not always a sufficient priority in urgent and emergency care; staff said they should be able to",
           "escalate handover delays sooner and inspectors agreed that leaders must act on this.",
           "Staff treated patients with compassion and kindness, and respected their privacy and dignity.",
           "Leaders had the skills and abilities to run the service but governance processes were not always effective."]:
    c.drawString(48, y, "\u2013  " + ln if not ln.startswith("escalate") else "    " + ln); y -= 14
y -= 10
c.setFont("Helvetica-Bold", 11); c.drawString(36, y, "Ratings"); y -= 16
c.setFont("Helvetica", 10)
ratings = [("Overall rating for this trust", "Requires improvement"), ("Are services safe?", "Requires improvement"),
           ("Are services effective?", "Good"), ("Are services caring?", "Good"),
           ("Are services responsive?", "Requires improvement"), ("Are services well-led?", "Requires improvement")]
for a, b in ratings:
    c.drawString(48, y, a); c.drawString(260, y, b); y -= 14
y -= 10
c.drawString(36, y, "How to read the honeycomb: pages 2 and 3 reproduce every MUST and SHOULD action from the report. The trust's"); y -= 14
c.drawString(36, y, "action plan numbering is held on the Datix register and is not shown here."); 
c.setFont("Helvetica", 7); c.setFillColor(colors.grey); c.drawRightString(W - 36, 18, "1")
c.showPage()
honeycomb(c, MUSTS, "MUST", "Action the trust MUST take to improve", 2); c.showPage()
honeycomb(c, SHOULDS, "SHOULD", "Action the trust SHOULD take to improve", 3); c.showPage()
c.save()

meta = {"provider": PROV, "location": "Teme Valley General Hospital", "report_type": "Inspection report",
        "published": "2019-08-14", "inspection_dates": ["2019-05-14", "2019-05-15", "2019-06-04"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Requires improvement", "well_led": "Requires improvement"}}
F = []
for kind, items, page, sec in [("must", MUSTS, 2, "Action the trust MUST take to improve"), ("should", SHOULDS, 3, "Action the trust SHOULD take to improve")]:
    for svc, text, regs in items:
        F.append({"kind": kind, "text": text, "page": page, "section": sec, "service": SVC[svc][0], "regulations": regs})
write_gold(FOLDER, "reportlab 4 (canvas, hand-placed hexagon text)", meta, F)
print(len(F))
