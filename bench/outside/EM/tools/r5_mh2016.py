import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import Ctx, R, write_gold, norm
import render_rl
from render_rl import build, ST
from reportlab.platypus import Spacer, Table, TableStyle, Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

# Times, 10 pt body for this report
for k, st in ST.items():
    if st.fontName == "Helvetica":
        st.fontName = "Times-Roman"
    elif st.fontName.startswith("Helvetica-Bold"):
        st.fontName = "Times-Bold"
    if k in ("p", "li", "sub"):
        st.fontSize = 10.5; st.leading = 13
for k in ("h1", "h2"):
    ST[k].textColor = colors.HexColor("#1f4e79")

OUT = "/work/blind/EM/mental_health_core_service_2016"
os.makedirs(OUT, exist_ok=True)
TRUST = "Pennine Moor Partnership NHS Foundation Trust"
SVC = "Acute wards for adults of working age and psychiatric intensive care units"
def FOOT(n):
    return "%d %s Quality Report 21/09/2016" % (n, SVC)
c = Ctx()
B = []
add = B.append

big = ParagraphStyle("big", fontName="Times-Bold", fontSize=22, leading=27, textColor=colors.HexColor("#1f4e79"))
mid = ParagraphStyle("mid", fontName="Times-Roman", fontSize=17, leading=21)
nrm = ParagraphStyle("nrm", fontName="Times-Roman", fontSize=10.5, leading=14)
cell = ParagraphStyle("cl", fontName="Times-Roman", fontSize=9, leading=11)
loc = [["Location ID", "Name of CQC registered location", "Name of service (e.g. ward/unit/team)", "Postcode of service (ward/unit/team)"],
       ["RX4Y1", "Moorside Hospital", "Heather ward", "BB11 4QT"], ["RX4Y1", "Moorside Hospital", "Larch ward", "BB11 4QT"],
       ["RX4Y1", "Moorside Hospital", "Rowan ward (psychiatric intensive care unit)", "BB11 4QT"],
       ["RX4Z3", "Calder Vale Unit", "Aspen ward", "OL14 6RN"], ["RX4Z3", "Calder Vale Unit", "Birch ward", "OL14 6RN"]]
lt = Table([[Paragraph(x, cell) for x in r] for r in loc], colWidths=[22 * mm, 48 * mm, 60 * mm, 40 * mm])
lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]))
rt = Table([["Overall rating for the service", "Requires improvement"], ["Are services safe?", "Requires improvement"],
            ["Are services effective?", "Requires improvement"], ["Are services caring?", "Good"],
            ["Are services responsive?", "Good"], ["Are services well-led?", "Good"]], colWidths=[100 * mm, 60 * mm])
rt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5)]))
cover = [Paragraph(TRUST, big), Spacer(1, 8), Paragraph(SVC, mid), Spacer(1, 6), Paragraph("Quality Report", mid), Spacer(1, 12),
         Paragraph("Trust Headquarters<br/>Moorside Hospital<br/>Casterton Avenue<br/>Burnley<br/>BB11 4QT<br/>Tel: 01282 555 600<br/>Website: www.penninemoor.nhs.uk", nrm),
         Spacer(1, 8), Paragraph("Date of inspection visit: 7 - 11 March 2016<br/>Date of publication: 21/09/2016", nrm), Spacer(1, 10),
         Paragraph("<b>Locations inspected</b>", nrm), Spacer(1, 4), lt, Spacer(1, 8),
         Paragraph("This report describes our judgement of the quality of care provided within this core service by Pennine Moor Partnership NHS Foundation Trust. Where relevant we provide detail of each location or area of service visited. Our judgement is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.", nrm),
         Spacer(1, 8), Paragraph("<b>Ratings</b>", nrm), Spacer(1, 4), rt]

MUSTS = [
    "The trust must ensure that there are sufficient numbers of qualified nursing staff on each shift on Heather ward and Larch ward, and that section 17 leave and escorted activities are not cancelled because of staff shortages.",
    "The trust must ensure that ligature risk assessments are completed for all wards, that they identify all ligature anchor points, and that the actions to mitigate identified risks are recorded and completed.",
    "The trust must ensure that seclusion is recorded and reviewed in line with the Mental Health Act Code of Practice, including medical reviews within the required timescales.",
    "The trust must ensure that patients detained under the Mental Health Act are informed of their rights under section 132 on admission and at regular intervals thereafter, and that this is recorded.",
    "The trust must ensure that the clinic room on Rowan ward is maintained at a safe temperature for the storage of medicines.",
    "The trust must ensure that staff carry out and record physical health observations after the administration of rapid tranquillisation.",
    "The trust must ensure that care plans are personalised, holistic and recovery-orientated, and that patients' views are recorded.",
    "The trust must ensure that all wards comply with Department of Health guidance on eliminating mixed-sex accommodation.",
]
SHOULDS = [
    "The trust should ensure that all staff receive regular supervision and that this is recorded.",
    "The trust should ensure that blanket restrictions on Larch ward, including restrictions on access to the garden, are reviewed and justified on an individual basis.",
    "The trust should ensure that patients have access to psychological therapies in line with National Institute for Health and Care Excellence guidance.",
    "The trust should ensure that the outcomes of complaints are shared with staff so that learning can take place.",
    "The trust should consider how it can reduce the number of patients placed in beds outside the trust's area.",
    "The trust should ensure that community meetings take place regularly on all wards and that actions from them are followed up.",
]
c.service = SVC

cover.append(render_rl.SetHeader("Summary of findings"))
add(("h1", "Overall summary"))
add(("p", ["We rated acute wards for adults of working age and psychiatric intensive care units as requires improvement because:"]))
add(("ul", [
    "There were not enough qualified nurses on Heather ward and Larch ward. Staff told us that escorted leave was often cancelled or rearranged because of staff shortages.",
    "Ligature risk assessments on three wards had not identified all ligature anchor points, and actions to reduce risks were not recorded.",
    "Seclusion records were incomplete. Medical reviews did not always take place within the timescales set out in the Mental Health Act Code of Practice.",
    "Staff did not always record physical health observations after rapid tranquillisation.",
    "Care plans were not always personalised or recovery-orientated, and patients' views were not recorded.",
]))
add(("p", ["However:"]))
add(("ul", [
    "Staff were kind, caring and respectful. Patients told us that staff listened to them and treated them with dignity.",
    "Managers investigated incidents thoroughly and shared learning with staff across the service.",
    "The wards had good access to beds in the local area for patients in crisis, and discharge planning started on admission.",
]))
add(("h1", "The five questions we ask about the service and what we found"))
for q, r, t in [
    ("Are services safe?", "Requires improvement", "We rated safe as requires improvement because there were not enough qualified nursing staff on two wards, ligature risk assessments were incomplete, seclusion was not always recorded in line with the Code of Practice, and the clinic room on Rowan ward was too warm to store medicines safely."),
    ("Are services effective?", "Requires improvement", "We rated effective as requires improvement because care plans were not personalised, patients were not always told their rights under section 132, and access to psychological therapies was limited."),
    ("Are services caring?", "Good", "We rated caring as good because staff treated patients with kindness and involved them in decisions about their care."),
    ("Are services responsive?", "Good", "We rated responsive as good because beds were available for local patients and the wards offered a range of activities, although some patients were placed out of area."),
    ("Are services well-led?", "Good", "We rated well-led as good because managers had the skills to lead the service and staff morale was good."),
]:
    add(("h3", q + " " + r))
    add(("p", [t]))
add(("h1", "Information about the service"))
add(("p", ["Pennine Moor Partnership NHS Foundation Trust provides five acute wards for adults of working age and one psychiatric intensive care unit across two hospital sites. Heather ward (22 beds, male), Larch ward (20 beds, female) and Rowan ward (10 beds, psychiatric intensive care unit for men) are at Moorside Hospital in Burnley. Aspen ward (18 beds, mixed) and Birch ward (18 beds, mixed) are at the Calder Vale Unit in Todmorden."]))
add(("h1", "Our inspection team"))
add(("p", ["Our inspection team was led by a CQC inspector and included two further inspectors, a Mental Health Act reviewer, a pharmacist inspector, two specialist advisers who were mental health nurses, a consultant psychiatrist, and an expert by experience."]))
add(("h1", "Why we carried out this inspection"))
add(("p", ["We inspected this core service as part of our ongoing comprehensive mental health inspection programme."]))
add(("h1", "How we carried out this inspection"))
add(("p", ["To fully understand the experience of people who use services, we always ask the following five questions of every service and provider: Is it safe? Is it effective? Is it caring? Is it responsive to people's needs? Is it well-led? During the inspection visit, the inspection team visited all six wards, spoke with 31 patients, interviewed the ward managers and 38 other staff, attended multidisciplinary meetings, reviewed 42 care records and 60 medication charts, and looked at policies, procedures and other documents relating to the running of the service."]))
add(("h1", "What people who use the provider's services say"))
add(("p", ["Most patients were positive about the staff and said that they were supportive and caring. Some patients on Heather ward told us they were frustrated when their leave was cancelled. Patients on Larch ward said they could not use the garden without asking staff to unlock it."]))
add(("h1", "Good practice"))
add(("ul", ["Aspen ward had introduced a recovery college on the ward, where patients and staff jointly delivered sessions on wellbeing and managing symptoms."]))
add(("h1", "Areas for improvement"))
c.section = "Action the provider MUST take to improve"
add(("h2", "Action the provider MUST take to improve"))
add(("ul", [c.must(t) for t in MUSTS]))
c.section = "Action the provider SHOULD take to improve"
add(("h2", "Action the provider SHOULD take to improve"))
add(("ul", [c.should(t) for t in SHOULDS]))

add(("hdr", "Detailed findings"))
add(("break",))
add(("h1", "Pennine Moor Partnership NHS Foundation Trust"))
add(("h2", SVC))
add(("h2", "Detailed findings"))
add(("h3", "Mental Health Act responsibilities"))
add(("p", ["We do not rate responsibilities under the Mental Health Act 1983. We use our findings as a determiner in reaching an overall judgement about the provider. Ninety-three percent of staff had received training in the Mental Health Act. Detention paperwork was filled in correctly, was up to date and stored appropriately. However, we found that patients were not always informed of their rights under section 132 on admission, and in nine of 24 records there was no evidence that rights had been repeated."]))
add(("h3", "Mental Capacity Act and Deprivation of Liberty Safeguards"))
add(("p", ["Eighty-eight percent of staff had received training in the Mental Capacity Act. Staff understood the five statutory principles and we saw capacity assessments for specific decisions in the records we reviewed. There were no Deprivation of Liberty Safeguards applications in the six months before the inspection."]))
for q, paras in [
    ("Are services safe?", [
        "Safe and clean environment: The ward layouts did not allow staff to observe all parts of the wards. Ligature risk assessments on Heather, Larch and Birch wards had not identified all ligature anchor points, including door handles and taps in bedrooms, and the assessments did not record the actions taken to mitigate the risks. Aspen and Birch wards were mixed-sex; on Birch ward, a female patient had to walk past male bedrooms to reach the female lounge.",
        "The clinic room on Rowan ward had recorded temperatures above 25 degrees Celsius on 19 days in the two months before the inspection, and staff had not taken action to address this.",
        "Safe staffing: The trust had calculated the number of staff needed on each ward. Heather ward and Larch ward had vacancy rates of 28% and 24% for qualified nurses. In the three months before our inspection, 212 shifts had been filled by bank or agency staff and 37 shifts had not been filled. Patients and staff told us that section 17 leave was cancelled because of staff shortages.",
        "Assessing and managing risk to patients and staff: Staff completed a risk assessment for each patient on admission and updated it regularly. There were 61 episodes of seclusion in the six months before the inspection. We reviewed 12 seclusion records and found that eight did not show medical reviews within the timescales set out in the Code of Practice. Physical health observations after rapid tranquillisation were recorded in only four of the 11 records we reviewed.",
        "Track record on safety and reporting incidents: Staff knew what incidents to report and how to report them. Managers investigated incidents and gave feedback to staff, and changes had been made as a result.",
    ]),
    ("Are services effective?", [
        "Assessment of needs and planning of care: Staff completed a comprehensive assessment of each patient on admission, including physical health. However, care plans were not always personalised, holistic or recovery-orientated, and most did not record the patient's views.",
        "Best practice in treatment and care: Patients had limited access to psychological therapies recommended by NICE. There was one psychologist for all six wards.",
        "Skilled staff to deliver care: Staff received appropriate training, but supervision records showed that 35% of staff had not had supervision in line with the trust's policy.",
    ]),
    ("Are services caring?", [
        "Kindness, dignity, respect and support: We observed staff interacting with patients in a respectful and caring way. Staff showed a good understanding of the individual needs of patients. The involvement of people in the care they receive: Community meetings were held on most wards, although on Heather ward there had been none for two months.",
    ]),
    ("Are services responsive?", [
        "Access and discharge: Average bed occupancy over the six months before the inspection was 98%. Eleven patients were placed in beds outside the trust area at the time of the inspection. Listening to and learning from concerns and complaints: Patients knew how to complain. However, staff were not always aware of the outcome of complaints.",
    ]),
    ("Are services well-led?", [
        "Vision and values: Staff knew and agreed with the organisation's values. Good governance: Ward managers had access to a dashboard showing key performance information. Leadership, morale and staff engagement: Staff told us they felt supported by their managers and morale was good, despite the pressures of staffing. Blanket restrictions on Larch ward, such as locking the garden, had not been reviewed.",
    ]),
]:
    add(("h2", q))
    for p in paras:
        add(("p", [p]))

add(("hdr", "Outstanding practice and areas for improvement"))
add(("break",))
add(("h1", "Outstanding practice and areas for improvement"))
add(("h2", "Outstanding practice"))
add(("p", ["Aspen ward had introduced a recovery college on the ward, where patients and staff jointly delivered sessions on wellbeing and managing symptoms."]))
add(("h2", "Areas for improvement"))
c.section = "Action the provider MUST take to improve"
add(("h3", "Action the provider MUST take to improve"))
add(("ul", [c.must(t) for t in MUSTS]))
c.section = "Action the provider SHOULD take to improve"
add(("h3", "Action the provider SHOULD take to improve"))
add(("ul", [c.should(t) for t in SHOULDS]))

add(("hdr", "Requirement notices"))
add(("break",))
add(("h1", "Requirement notices"))
add(("h2", "Action we have told the provider to take"))
add(("p", ["The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements."]))
ACT = "Assessment or medical treatment for persons detained under the Mental Health Act 1983"
NOT = [
    ("Regulation 9 HSCA (RA) Regulations 2014 Person-centred care", 9, "Person-centred care",
     "Care plans were not personalised or recovery-orientated and did not record patients' views. Patients were not informed of their rights under section 132. This was a breach of regulation 9(3)(a)(b)"),
    ("Regulation 10 HSCA (RA) Regulations 2014 Dignity and respect", 10, "Dignity and respect",
     "Accommodation on Birch ward did not comply with guidance on same-sex accommodation. This was a breach of regulation 10(2)(a)"),
    ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", 12, "Safe care and treatment",
     "Ligature risks were not identified or mitigated. Seclusion was not reviewed in line with the Code of Practice. Physical health observations were not recorded after rapid tranquillisation. The clinic room on Rowan ward was too warm. This was a breach of regulation 12(2)(a)(b)(d)(g)"),
    ("Regulation 18 HSCA (RA) Regulations 2014 Staffing", 18, "Staffing",
     "There were not enough qualified nurses on Heather ward and Larch ward. This was a breach of regulation 18(1)"),
]
rows = [["Regulated activity", "Regulation"]]
for h, n, ttl, body in NOT:
    rows.append([ACT + "<br/>Treatment of disease, disorder or injury", "<b>%s</b><br/>How the regulation was not being met:<br/>%s" % (h, body)])
add(("table", rows, [60 * mm, 110 * mm]))

pdf = OUT + "/report.pdf"
marks, hlog = build(pdf, B, "dynamic", FOOT, columns=1, cover_flow=cover)
def hdr_at(n):
    h = None
    for pg, t in hlog:
        if pg < n:
            h = t
    return h


def strip(i, total):
    return [hdr_at(i) or "", "@F" + FOOT(i)]

import pdfplumber
with pdfplumber.open(pdf) as PP:
    texts = [norm(pg.extract_text() or "") for pg in PP.pages]
notices = []
for h, n, ttl, body in NOT:
    hits = [i + 1 for i, t in enumerate(texts) if norm(" ".join(h.split()[:4])) in t]
    assert len(hits) == 1, hits
    notices.append({"kind": "requirement_notice", "page": hits[0], "regulated_activities": [ACT, "Treatment of disease, disorder or injury"],
                    "regulation": {"instrument": "RA2014", "number": n, "title": ttl}, "heading": h, "body": body, "closing": None})
meta = {"provider": TRUST, "location": None, "report_type": "Quality Report", "published": "2016-09-21",
        "inspection_dates": ["2016-03-07", "2016-03-11"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Good", "well_led": "Good"}}
write_gold(OUT, "ReportLab PDF Library", meta, B, pdf, strip=strip, notices=notices, recorded_pages=marks)
