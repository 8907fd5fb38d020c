import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import Ctx, R, write_gold, norm
from render_rl import build, P, ST
from reportlab.platypus import Spacer, Table, TableStyle, Paragraph
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A4

OUT = "/work/blind/EM/hospital_quality_report_2016"
os.makedirs(OUT, exist_ok=True)
TRUST = "Ashbourne and Vale Hospitals NHS Trust"
LOC = "Ashbourne General Hospital"
HDR = "Summary of findings"
def FOOT(n):
    return "%d %s Quality Report 14/06/2016" % (n, LOC)

c = Ctx()
B = []
add = B.append

# master lists per service: (must list, should list), chapter wording
SV = {
 "Urgent and emergency services": (
   ["The trust must ensure that there are sufficient numbers of registered nurses with the appropriate skills on duty in the emergency department at all times, including at night.",
    "The trust must ensure that all patients presenting to the emergency department receive an initial clinical assessment within 15 minutes of arrival.",
    "The trust must ensure that the resuscitation trolleys in the emergency department are checked daily and that single-use items are within their expiry dates."],
   ["The trust should ensure that the children's waiting area is separated by sight and sound from the adult waiting area.",
    "The trust should review the provision of mental health assessment rooms so that they meet the standards of the Psychiatric Liaison Accreditation Network."]),
 "Medical care (including older people's care)": (
   ["The trust must ensure that patients' records, including risk assessments for pressure ulcers and falls, are completed accurately and reviewed as patients' needs change.",
    "The trust must ensure that staff follow the Mental Capacity Act 2005 and that Deprivation of Liberty Safeguards applications are made where required."],
   ["The trust should ensure that medical outliers on surgical wards are reviewed daily by a consultant physician.",
    "The trust should ensure that the number of bed moves for patients living with dementia is kept to a minimum."]),
 "Surgery": (
   ["The trust must ensure that all staff complete the World Health Organization surgical safety checklist for every patient undergoing a surgical procedure."],
   ["The trust should ensure that controlled drugs registers in theatres are completed in line with trust policy.",
    "The trust should take action to reduce the number of operations cancelled on the day for non-clinical reasons."]),
 "End of life care": (
   ["The trust must ensure that do not attempt cardio-pulmonary resuscitation forms are completed fully, including a record of discussions with patients and their families."],
   ["The trust should ensure that there is a seven-day specialist palliative care service.",
    "The trust should ensure that individualised care plans for the last days of life are used across all wards."]),
}
REGS = {0: [], }

def letter_form(t):
    for a, b in [("The trust must ensure that ", "Ensure that "), ("The trust must ensure ", "Ensure "),
                 ("The trust should ensure that ", "Ensure that "), ("The trust should review ", "Review "),
                 ("The trust should take action ", "Take action ")]:
        if t.startswith(a):
            return b + t[len(a):]
    raise ValueError(t)

# cover
cov_st = dict(fontName="Helvetica", fontSize=10, leading=14)
from reportlab.lib.styles import ParagraphStyle
big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=22, leading=27, textColor=colors.HexColor("#4b2c6e"))
mid = ParagraphStyle("mid", fontName="Helvetica", fontSize=18, leading=23)
nrm = ParagraphStyle("nrm", **cov_st)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11)
rt = [["Overall rating for this hospital", "Requires improvement"],
      ["Are services at this hospital safe?", "Requires improvement"], ["Are services at this hospital effective?", "Good"],
      ["Are services at this hospital caring?", "Good"], ["Are services at this hospital responsive?", "Requires improvement"],
      ["Are services at this hospital well-led?", "Requires improvement"],
      ["Urgent and emergency services", "Requires improvement"],
      ["Medical care (including older people's care)", "Requires improvement"],
      ["Surgery", "Good"], ["Critical care", "Good"], ["Maternity and gynaecology", "Good"],
      ["Services for children and young people", "Good"], ["End of life care", "Requires improvement"],
      ["Outpatients and diagnostic imaging", "Good"]]
tb = Table(rt, colWidths=[105 * mm, 60 * mm])
tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10), ("FONT", (0, 6), (-1, 6), "Helvetica-Bold", 9.5)]))
cover = [Paragraph(TRUST, big), Spacer(1, 6), Paragraph(LOC, mid), Spacer(1, 4), Paragraph("Quality Report", mid), Spacer(1, 14),
         Paragraph("Ridgeway Road<br/>Ashbourne<br/>Derbyshire<br/>DE6 9RT<br/>Tel: 01335 555 210<br/>Website: www.ashbournevale.nhs.uk", nrm),
         Spacer(1, 10), Paragraph("Date of inspection visit: 8 to 10 December 2015 and 21 December 2015<br/>Date of publication: 14/06/2016", nrm),
         Spacer(1, 10),
         Paragraph("This report describes our judgement of the quality of care at this hospital. It is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.", small),
         Spacer(1, 10), Paragraph("<b>Ratings</b>", nrm), Spacer(1, 4), tb]

# --- letter
add(("hdr", "Summary of findings"))
add(("h1", "Letter from the Chief Inspector of Hospitals"))
for p in [
    "We carried out an announced inspection of Ashbourne General Hospital between 8 and 10 December 2015 as part of our comprehensive inspection programme. We also carried out an unannounced inspection on 21 December 2015.",
    "Ashbourne General Hospital is the main acute site of Ashbourne and Vale Hospitals NHS Trust and provides a full range of acute services to a population of approximately 310,000 people in north Derbyshire and east Staffordshire. We inspected all eight core services: urgent and emergency services, medical care (including older people's care), surgery, critical care, maternity and gynaecology, services for children and young people, end of life care, and outpatients and diagnostic imaging.",
    "Overall, we rated Ashbourne General Hospital as requires improvement. We rated surgery, critical care, maternity and gynaecology, services for children and young people, and outpatients and diagnostic imaging as good. We rated urgent and emergency services, medical care and end of life care as requires improvement.",
    "Our key findings were as follows:"]:
    add(("p", [p]))
add(("ul", [
    "Staff were caring and compassionate and treated patients with dignity and respect. Feedback from patients and relatives was consistently positive.",
    "There were not always enough registered nurses in the emergency department and on the medical wards, and the trust relied on agency staff to fill vacant shifts.",
    "The hospital was visibly clean and staff followed infection prevention and control practices. Infection rates were within expected ranges.",
    "Records were not always completed accurately. Risk assessments for pressure ulcers and falls were incomplete in a number of the records we reviewed.",
    "Do not attempt cardio-pulmonary resuscitation forms were not always completed in line with national guidance.",
    "Patients had timely access to treatment in surgery and outpatients, and referral to treatment times were better than the England average. Staff told us that leaders were visible and approachable, and that they felt able to raise concerns with their managers, with the executive team and with the freedom to speak up guardian.",
]))
add(("p", ["We saw several areas of outstanding practice including:"]))
add(("ul", [
    "The frailty assessment unit provided rapid multidisciplinary assessment for older people, which had reduced admissions from the emergency department.",
    "The critical care outreach team had developed an electronic alert for deteriorating patients which was being adopted by other trusts in the region.",
]))
add(("p", ["However, there were also areas of poor practice where the trust needs to make improvements."]))
c.section = "Importantly, the trust must:"
c.service = None
add(("p", ["Importantly, the trust must:"]))
add(("ul", [c.must(letter_form(t)) for sv in SV for t in SV[sv][0]]))
c.section = "In addition the trust should:"
add(("p", ["In addition the trust should:"]))
add(("ul", [c.should(letter_form(t)) for sv in SV for t in SV[sv][1]]))
add(("p", ["Professor Sir Mike Richards"]))
add(("p", ["Chief Inspector of Hospitals"]))

add(("h1", "Our judgements about each of the main services"))
for sv, txt in [
    ("Urgent and emergency services", "Requires improvement. The department did not always have enough registered nurses and some patients waited too long for initial assessment. Staff were caring and patients spoke highly of them."),
    ("Medical care (including older people's care)", "Requires improvement. Records and risk assessments were not consistently completed. The frailty assessment unit was an area of outstanding practice."),
    ("Surgery", "Good. Outcomes for patients were in line with or better than the national average. The surgical safety checklist was not consistently completed."),
    ("End of life care", "Requires improvement. The specialist palliative care team was highly regarded, but the service was only available on weekdays and DNACPR forms were not always completed properly."),
]:
    add(("h3", sv))
    add(("p", [txt]))

NARR = [
    "We spoke with patients, relatives and staff of all grades, observed care and treatment, and reviewed patient records and information provided by the trust before and after the inspection.",
    "Incidents were reported through the trust's electronic reporting system. Staff told us they received feedback on the incidents they reported, and learning was shared at safety huddles and in the monthly governance newsletter. Serious incidents were investigated using root cause analysis, and we saw evidence that actions had been completed.",
    "The areas we visited were visibly clean and tidy. Hand hygiene audit results for the last six months were above the trust target, and staff were observed adhering to the bare below the elbows policy. Personal protective equipment was readily available.",
    "Staffing levels were reviewed twice a day at the bed management meeting, and staff were moved between areas to cover shortfalls. However, the use of bank and agency staff was high, and some shifts we reviewed were below the planned establishment.",
    "Patients' care and treatment was planned and delivered in line with current evidence-based guidance, and the service participated in national audits. Staff were competent and had received an appraisal in the last year, although compliance varied between areas.",
    "Leaders were visible and approachable and staff told us they felt supported. The service had a governance structure with monthly meetings where risks, incidents and audit results were discussed, although some actions on the risk register were overdue.",
]

for sv in SV:
    add(("hdr", "Detailed findings"))
    add(("break",))
    add(("h1", sv))
    add(("h2", "Information about the service"))
    add(("p", ["This chapter reports our findings on %s at Ashbourne General Hospital." % sv.lower().replace("(including older people's care)", "(including older people's care)")]))
    add(("h2", "Summary of findings"))
    for q in ["safe", "effective", "caring", "responsive to people's needs", "well-led"]:
        add(("h3", "Are %s %s?" % (sv.lower() if not sv.startswith("Urgent") else "urgent and emergency services", q)))
        add(("p", [NARR[len(q) % len(NARR)]]))
        add(("p", [NARR[(len(q) + 2) % len(NARR)]]))
    add(("h2", "Outstanding practice and areas for improvement"))
    add(("h3", "Outstanding practice"))
    add(("p", ["We did not identify any outstanding practice in this service." if sv != "Medical care (including older people's care)" else "The frailty assessment unit provided rapid multidisciplinary assessment for older people."]))
    add(("h3", "Areas for improvement"))
    c.service = sv
    c.section = "Action the hospital MUST take to improve"
    add(("h4", "Action the hospital MUST take to improve"))
    add(("ul", [c.must(t) for t in SV[sv][0]]))
    c.section = "Action the hospital SHOULD take to improve"
    add(("h4", "Action the hospital SHOULD take to improve"))
    add(("ul", [c.should(t) for t in SV[sv][1]]))

add(("hdr", "Outstanding practice and areas for improvement"))
add(("break",))
add(("h1", "Outstanding practice and areas for improvement"))
add(("h2", "Outstanding practice"))
add(("ul", ["The frailty assessment unit provided rapid multidisciplinary assessment for older people.",
            "The critical care outreach team had developed an electronic alert for deteriorating patients."]))
add(("h2", "Areas for improvement"))
c.service = None
c.section = "Action the hospital MUST take to improve"
add(("h3", "Action the hospital MUST take to improve"))
add(("ul", [c.must(t) for sv in SV for t in SV[sv][0]]))
c.section = "Action the hospital SHOULD take to improve"
add(("h3", "Action the hospital SHOULD take to improve"))
add(("ul", [c.should(t) for sv in SV for t in SV[sv][1]]))

add(("hdr", "Requirement notices"))
add(("tmpl", "single"))
add(("h1", "Action we have told the provider to take"))
add(("p", ["The table below shows the fundamental standards that were not being met. The provider must send CQC a report that says what action they are going to take to meet these fundamental standards."]))
NOT = [
 ("Treatment of disease, disorder or injury", "Regulation 18 HSCA (RA) Regulations 2014 Staffing", 18,
  "There were not enough registered nurses with the appropriate skills on duty in the emergency department, particularly at night. Regulation 18(1)"),
 ("Treatment of disease, disorder or injury", "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", 12,
  "Patients did not receive an initial assessment within 15 minutes of arrival. Resuscitation equipment was not checked daily. The surgical safety checklist was not completed for all patients. Regulation 12(2)(a)(b)(e)"),
 ("Treatment of disease, disorder or injury", "Regulation 17 HSCA (RA) Regulations 2014 Good governance", 17,
  "Records, including pressure ulcer and falls risk assessments and DNACPR forms, were incomplete. Regulation 17(2)(c)"),
]
rows = [["Regulated activity", "Regulation"]]
for a, h, n, body in NOT:
    rows.append([a, "<b>%s</b><br/>How the regulation was not being met:<br/>%s" % (h, body)])
add(("table", rows, [55 * mm, 115 * mm]))

pdf = OUT + "/report.pdf"
W, H = A4
marks, hlog = build(pdf, B, "dynamic", FOOT, columns=2, cover_flow=cover)
def hdr_at(n):
    h = None
    for pg, t in hlog:
        if pg < n:
            h = t
    return h
gap = 7 * mm
mid_x = W / 2


def crops(i, page):
    if i == 1 or hdr_at(i) == "Requirement notices":
        return None
    return [(0, 0, mid_x, H), (mid_x, 0, W, H)]


def strip(i, total):
    return [hdr_at(i) or "", "@F" + FOOT(i)]

import pdfplumber
with pdfplumber.open(pdf) as PP:
    texts = []
    for i, pg in enumerate(PP.pages, 1):
        texts.append(norm(pg.extract_text() or ""))
notices = []
for a, h, n, body in NOT:
    hits = [i + 1 for i, t in enumerate(texts) if norm(" ".join(h.split()[:4])) in t]
    assert len(hits) == 1, hits
    notices.append({"kind": "requirement_notice", "page": hits[0], "regulated_activities": [a],
                    "regulation": {"instrument": "RA2014", "number": n, "title": h.split("2014 ")[1]},
                    "heading": h, "body": body, "closing": None})
meta = {"provider": TRUST, "location": LOC, "report_type": "Quality Report", "published": "2016-06-14",
        "inspection_dates": ["2015-12-08", "2015-12-10", "2015-12-21"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Requires improvement", "well_led": "Requires improvement"}}
write_gold(OUT, "ReportLab PDF Library", meta, B, pdf, strip=strip, crops=crops, notices=notices, recorded_pages=marks)
