import sys; sys.path.insert(0, '/tmp/FE-work')
from common import write_gold
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import HexColor, white, black
OUT = '/work/blind/FE/hospice_route_map'
W, H = A4
PURPLE = HexColor('#5b2a6e'); TEAL = HexColor('#0f6f73'); GREY = HexColor('#555555')
c = canvas.Canvas(OUT + '/report.pdf', pagesize=A4)
c.setTitle("St Brannoc's Hospice - Inspection report"); c.setAuthor('Care Quality Commission')
FOOT = "St Brannoc's Hospice Inspection report 22/05/2019"
pg = [1]
def footer():
    c.setFont('Helvetica', 8); c.setFillColor(GREY)
    c.drawString(50, 30, f"{pg[0]}  {FOOT}")
    c.setFillColor(black)
def newpage():
    footer(); c.showPage(); pg[0] += 1

def wrap_words(words, width, fs, big):
    # words: list of (word, isbig). returns lines of lists
    lines, cur, curw = [], [], 0
    for w, b in words:
        f = ('Helvetica-Bold', fs*1.55) if b else ('Helvetica', fs)
        ww = stringWidth(w, *f); sp = stringWidth(' ', 'Helvetica', fs)
        if cur and curw + sp + ww > width:
            lines.append(cur); cur, curw = [], 0
        curw += (sp if cur else 0) + ww; cur.append((w, b, f))
    if cur: lines.append(cur)
    return lines

def statement(cv, x, y, width, text, cite=None, fs=10, lead=15, bullet=True):
    """draw a statement; the modal word 'must' is enlarged in colour; citation flush right on own line"""
    words = [(w, w == 'must') for w in text.split()]
    lines = wrap_words(words, width, fs, True)
    if bullet:
        cv.setFillColor(PURPLE); cv.circle(x - 9, y + 3, 2.2, stroke=0, fill=1); cv.setFillColor(black)
    for ln in lines:
        # draw runs: normal words joined with real spaces, the enlarged word as its own run
        cx = x; runs = []
        for w, b, f in ln:
            if runs and runs[-1][1] == b and not b: runs[-1][0].append(w)
            else: runs.append([[w], b, f])
        for k, (ws, b, f) in enumerate(runs):
            s_ = ' '.join(ws) + (' ' if k < len(runs) - 1 else '')
            cv.setFont(*f); cv.setFillColor(PURPLE if b else black)
            cv.drawString(cx, y, s_); cx += stringWidth(s_, *f)
        y -= lead
    cv.setFillColor(black)
    if cite:
        cv.setFont('Helvetica-Oblique', fs - 1); cv.setFillColor(GREY)
        cv.drawRightString(x + width, y, cite); cv.setFillColor(black); y -= lead
    return y - 5

ADULTS = 'Hospice services for adults'; COMM = 'Community end of life care'
MUST_ADULTS = [
 ("The provider must ensure that controlled drugs are stored, recorded and destroyed in line with the hospice's own policy and national guidance, and that stock balance checks are completed and signed by two registered nurses.", "(Regulation 12(2)(g))"),
 ("The provider must ensure that syringe drivers are serviced and calibrated at the intervals set by the manufacturer and that records of servicing are kept up to date.", "(Regulation 15(1)(e))"),
 ("The provider must ensure that all registered nurses working on the inpatient unit complete training in the recognition and management of the deteriorating patient.", "(Regulation 18(2)(a))"),
 ("The provider must ensure that mental capacity assessments are completed and recorded where a patient's capacity to consent to a specific decision is in doubt.", "(Regulation 11(1))"),
]
MUST_COMM = [
 ("The provider must ensure that risk assessments for pressure ulcers, falls and nutrition are completed for every patient on the community caseload and reviewed when a patient's condition changes.", "(Regulation 12(2)(a))"),
 ("The provider must ensure that anticipatory medicines authorisation charts are fully completed, legible and signed by the prescriber before medicines are left in patients' homes.", "(Regulation 12(2)(g))"),
 ("The provider must establish effective systems to monitor the response times of the hospice at home team and act on the findings.", "(Regulation 17(2)(a))"),
]
SHOULD_ADULTS = [
 "The provider should ensure that the Malnutrition Universal Screening Tool (MUST) is repeated weekly for all inpatients and that scores are acted upon.",
 "The provider should consider how bereaved relatives can be offered a private space away from the main corridor.",
 "The provider should ensure that all staff receive an annual appraisal.",
 "The provider should review the arrangements for medical cover at weekends so that a doctor can attend the inpatient unit within one hour.",
 "The provider should continue to develop the audit programme so that the results of audits are shared with ward staff.",
 "The provider should ensure that staff remind visitors that they must sign in and out of the inpatient unit at all times.",
]
SHOULD_COMM = [
 "The provider should ensure that patients' preferred place of death is recorded in every care record.",
 "The provider should consider extending the hours of the out-of-hours advice line to include weekend evenings.",
]
findings = []
def F(kind, text, page, section, service, regs=None, domain=None):
    findings.append({"kind": kind, "text": text, "page": page, "section": section, "service": service,
                     "domain": domain, "regulations": regs or [], "also_at": []})
def regs_of(cite):
    import re
    m = re.match(r'\(Regulation (\d+)([^)]*)\)', cite)
    return [{"instrument": "RA2014", "number": int(m.group(1)), "paragraphs": m.group(2).replace(' ', '')}]

# ---- page 1 cover
c.setFillColor(PURPLE); c.rect(0, H - 200, W, 200, stroke=0, fill=1)
c.setFillColor(white); c.setFont('Helvetica-Bold', 26); c.drawString(50, H - 90, "St Brannoc's Hospice")
c.setFont('Helvetica', 14); c.drawString(50, H - 118, "St Brannoc's Hospice Trust")
c.setFont('Helvetica-Bold', 30); c.drawString(50, H - 170, 'Inspection report')
c.setFillColor(black); c.setFont('Helvetica', 10)
y = H - 240
for t in ["Hollins Lane", "Tarrowby", "Devon", "EX39 7QT", "Tel: 01237 640 118", "Website: www.stbrannocs.org.uk", "",
          "Date of inspection visit: 5 to 6 March 2019", "Date of publication: 22/05/2019"]:
    c.drawString(50, y, t); y -= 14
y -= 20; c.setFont('Helvetica-Bold', 12); c.drawString(50, y, 'Ratings'); y -= 22
for a, b in [("Overall rating for this location", "Requires improvement"), ("Are services safe?", "Requires improvement"),
             ("Are services effective?", "Good"), ("Are services caring?", "Outstanding"),
             ("Are services responsive?", "Good"), ("Are services well-led?", "Requires improvement")]:
    c.setFont('Helvetica', 10); c.drawString(50, y, a); c.setFont('Helvetica-Bold', 10); c.drawString(300, y, b); y -= 18
newpage()

# ---- the card as a Form XObject (reused on pages 2 and 5)
CW, CH = W - 100, 300
c.beginForm('mustcard', lowerx=0, lowery=0, upperx=CW, uppery=CH)
c.setStrokeColor(PURPLE); c.setLineWidth(1.2); c.roundRect(0, 0, CW, CH, 10, stroke=1, fill=0)
c.setFillColor(PURPLE); c.setFont('Helvetica-Bold', 12); c.drawString(16, CH - 24, 'Action the provider MUST take to improve')
c.setFont('Helvetica-Bold', 10); c.setFillColor(TEAL); c.drawString(16, CH - 42, ADULTS); c.setFillColor(black)
yy = CH - 64
for t, ci in MUST_ADULTS:
    yy = statement(c, 30, yy, CW - 50, t, ci)
c.endForm()

# ---- page 2 summary
c.setFont('Helvetica-Bold', 16); c.setFillColor(PURPLE); c.drawString(50, H - 60, 'Summary of findings'); c.setFillColor(black)
c.setFont('Helvetica', 10)
y = H - 86
for ln in ["We rated this hospice as requires improvement overall because:",
           "Medicines were not always managed safely on the inpatient unit, and equipment checks had lapsed.",
           "Not all nurses had completed training in caring for patients whose condition was deteriorating.",
           "However, staff were exceptionally kind and patients and families told us staff went the extra mile."]:
    c.drawString(50, y, ln); y -= 15
c.saveState(); c.translate(50, y - 20 - CH); c.doForm('mustcard'); c.restoreState()
card_p = pg[0]
for t, ci in MUST_ADULTS:
    F('must', t + ' ' + ci, card_p, 'Action the provider MUST take to improve', ADULTS, regs_of(ci))
newpage()

# ---- page 3 community must list
c.setFont('Helvetica-Bold', 14); c.setFillColor(PURPLE); c.drawString(50, H - 60, 'Areas for improvement (continued)')
c.setFont('Helvetica-Bold', 12); c.drawString(50, H - 84, 'Action the provider MUST take to improve')
c.setFillColor(TEAL); c.setFont('Helvetica-Bold', 10); c.drawString(50, H - 104, COMM); c.setFillColor(black)
y = H - 126
for t, ci in MUST_COMM:
    F('must', t + ' ' + ci, pg[0], 'Action the provider MUST take to improve', COMM, regs_of(ci))
    y = statement(c, 64, y, W - 130, t, ci)
y -= 10
c.setFont('Helvetica', 9.5); c.setFillColor(GREY)
c.drawString(50, y, 'Our route map of the things the provider should do follows overleaf. Read the stops in number order.')
c.setFillColor(black)
newpage()

# ---- page 4 snake route map of SHOULD actions (adults)
c.setFont('Helvetica-Bold', 14); c.setFillColor(PURPLE); c.drawString(50, H - 60, 'Action the provider SHOULD take to improve')
c.setFillColor(TEAL); c.setFont('Helvetica-Bold', 10); c.drawString(50, H - 80, ADULTS + ': improvement route'); c.setFillColor(black)
bw, bh, gap = 150, 150, 22
x0 = 50
rows = [H - 110, H - 110 - bh - 70]
pos = {}
for i in range(3): pos[i] = (x0 + i * (bw + gap), rows[0])
for i in range(3): pos[3 + i] = (x0 + (2 - i) * (bw + gap), rows[1])   # second row runs right to left
# path
c.setStrokeColor(HexColor('#c9b3d3')); c.setLineWidth(8)
p = c.beginPath()
cx = lambda i: pos[i][0] + bw / 2
p.moveTo(cx(0), rows[0] - 12); p.lineTo(cx(2), rows[0] - 12)
p.lineTo(x0 + 3 * bw + 2 * gap + 14, rows[0] - 12); p.lineTo(x0 + 3 * bw + 2 * gap + 14, rows[1] - 12); p.lineTo(cx(5), rows[1] - 12)
c.drawPath(p, stroke=1, fill=0)
# draw boxes in visual (left-to-right, top-to-bottom) order: 0,1,2,5,4,3
for i in [0, 1, 2, 5, 4, 3]:
    bx, by = pos[i]
    c.setFillColor(white); c.setStrokeColor(PURPLE); c.setLineWidth(1)
    c.roundRect(bx, by - bh, bw, bh, 8, stroke=1, fill=1)
    c.setFillColor(PURPLE); c.circle(bx + 18, by - 2, 13, stroke=0, fill=1)
    c.setFillColor(white); c.setFont('Helvetica-Bold', 12); c.drawCentredString(bx + 18, by - 6, str(i + 1))
    c.setFillColor(black)
    statement(c, bx + 10, by - 30, bw - 20, SHOULD_ADULTS[i], None, fs=9.5, lead=12.5, bullet=False)
c.setFont('Helvetica-Oblique', 8.5); c.setFillColor(GREY)
c.drawString(50, rows[1] - bh - 25, 'Stops 4 to 6 run from right to left along the lower road.'); c.setFillColor(black)
for t in SHOULD_ADULTS:
    F('should', t, pg[0], 'Action the provider SHOULD take to improve', ADULTS)
newpage()

# ---- page 5 core service chapter, card reprinted + community should list
c.setFont('Helvetica-Bold', 16); c.setFillColor(PURPLE); c.drawString(50, H - 60, ADULTS); c.setFillColor(black)
c.setFont('Helvetica', 10); c.drawString(50, H - 80, 'Outstanding practice and areas for improvement')
c.saveState(); c.translate(50, H - 100 - CH); c.doForm('mustcard'); c.restoreState()
for f in findings[:4]: f['also_at'].append({"page": pg[0], "service": ADULTS})
y = H - 100 - CH - 40
c.setFont('Helvetica-Bold', 12); c.setFillColor(PURPLE); c.drawString(50, y, 'Action the provider SHOULD take to improve'); y -= 20
c.setFillColor(TEAL); c.setFont('Helvetica-Bold', 10); c.drawString(50, y, COMM); c.setFillColor(black); y -= 22
for t in SHOULD_COMM:
    F('should', t, pg[0], 'Action the provider SHOULD take to improve', COMM)
    y = statement(c, 64, y, W - 130, t)
newpage()
c.save()
# fix ordering: findings are already in reading order
gold = {"producer": "reportlab", "expect": "findings", "password": None,
 "meta": {"provider": "St Brannoc's Hospice Trust", "location": "St Brannoc's Hospice", "report_type": "Inspection report",
          "published": "2019-05-22", "inspection_dates": ["2019-03-05", "2019-03-06"],
          "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Outstanding",
                      "responsive": "Good", "well_led": "Requires improvement"}},
 "findings": findings, "notices": []}
write_gold(OUT, gold)
print(len(findings))
