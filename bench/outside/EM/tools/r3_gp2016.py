import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import Ctx, R, write_gold, norm
from render_docx import build, shade
from docx.shared import Pt, RGBColor

OUT = "/work/blind/EM/gp_practice_2016"
os.makedirs(OUT, exist_ok=True)
PROV = "Dr Anil Patel and Partners"
LOC = "Millbrook Surgery"
FOOT = "Millbrook Surgery Quality Report 24/03/2016"
HDR = "Summary of findings"
c = Ctx()
B = []
add = B.append

MUSTS = [
    ("Ensure that all staff who act as chaperones have received a Disclosure and Barring Service (DBS) check or that a risk assessment is in place explaining why one is not required.", [], []),
    ("Implement a system to ensure that patient safety alerts, including those issued by the Medicines and Healthcare products Regulatory Agency (MHRA), are received, acted on and recorded.", [], []),
    ("Ensure that blank prescription forms and pads are stored securely and that their use is tracked through the practice in line with national guidance.", [], []),
    ("Ensure that recruitment checks are carried out and recorded for all staff before they start work, including:", [],
     ["proof of identity;", "evidence of satisfactory conduct in previous employment;",
      "checks of registration with the appropriate professional body."]),
]
SHOULDS = [
    "Review the arrangements for identifying carers so that they can be offered appropriate support. The practice had identified 41 patients as carers, which was less than 1% of the practice list.",
    "Continue to improve the uptake of cervical screening, which was below the local and national averages.",
    "Ensure that minutes of clinical meetings record the learning from significant events and the actions agreed.",
    "Consider installing a hearing loop at the reception desk.",
    "Ensure that all staff receive an annual appraisal.",
]


def cover(d):
    p = d.add_paragraph()
    r = p.add_run(PROV); r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run(LOC); r.bold = True; r.font.size = Pt(24); r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    p = d.add_paragraph()
    r = p.add_run("Quality Report"); r.font.size = Pt(20)
    d.add_paragraph("14 Station Road\nMillbrook\nCornwall\nPL10 1AB\nTel: 01752 555 019\nWebsite: www.millbrooksurgery.nhs.uk")
    d.add_paragraph("Date of inspection visit: 12 January 2016\nDate of publication: 24 March 2016")
    d.add_paragraph("This report describes our judgement of the quality of care at this service. It is based on a combination of what we found when we inspected, information from our ongoing monitoring of data about services and information given to us from the provider, patients, the public and other organisations.")
    p = d.add_paragraph(); r = p.add_run("Ratings"); r.bold = True; r.font.size = Pt(12)
    rows = [("Overall rating for this service", "Requires improvement"), ("Are services safe?", "Requires improvement"),
            ("Are services effective?", "Good"), ("Are services caring?", "Good"), ("Are services responsive to people's needs?", "Good"),
            ("Are services well-led?", "Requires improvement")]
    tb = d.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        tb.cell(i, 0).text = a
        tb.cell(i, 1).text = b
        if i == 0:
            for cell in tb.rows[0].cells:
                cell.paragraphs[0].runs[0].bold = True
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


add(("h1", "Letter from the Chief Inspector of General Practice"))
for p in [
    "We carried out an announced comprehensive inspection at Millbrook Surgery on 12 January 2016. Overall the practice is rated as requires improvement.",
    "Our key findings across all the areas we inspected were as follows:"]:
    add(("p", [p]))
add(("ul", [
    "There was an open and transparent approach to safety and an effective system in place for reporting and recording significant events.",
    "Risks to patients were assessed and well managed, with the exception of those relating to recruitment checks, chaperones and the security of prescription forms.",
    "Patients' needs were assessed and care was planned and delivered following best practice guidance. Data showed patient outcomes were comparable to the national average.",
    "Patients said they were treated with compassion, dignity and respect and they were involved in their care and decisions about their treatment.",
    "Patients said they found it easy to make an appointment with a named GP and that there was continuity of care, with urgent appointments available the same day.",
    "The practice had good facilities and was well equipped to treat patients and meet their needs.",
    "There was a clear leadership structure and staff felt supported by management. However, some governance arrangements were not effective.",
]))
c.section = "The areas where the provider must make improvement are:"
add(("p", ["The areas where the provider must make improvement are:"]))
M = [c.must(t, r, s) for t, r, s in MUSTS]
add(("ul", M))
c.section = "The areas where the provider should make improvement are:"
add(("p", ["The areas where the provider should make improvement are:"]))
S = [c.should(t) for t in SHOULDS]
add(("ul", S))
add(("p", ["Professor Steve Field (CBE FRCP FFPH FRCGP)"]))
add(("p", ["Chief Inspector of General Practice"]))

add(("h1", "The five questions we ask and what we found"))
add(("p", ["We always ask the following five questions of services."]))
for q, r, txt in [
    ("Are services safe?", "Requires improvement",
     ["The practice is rated as requires improvement for providing safe services.",
      "There was an effective system in place for reporting and recording significant events. Lessons were shared to make sure action was taken to improve safety in the practice. When there were unintended or unexpected safety incidents, patients received reasonable support, truthful information, and a written apology.",
      "However, the practice did not have a system to make sure that patient safety alerts were received and acted on. Two members of the reception team who acted as chaperones had not received a DBS check and there was no risk assessment in place. Blank prescription forms were kept in printers in unlocked consulting rooms overnight.",
      "Recruitment records for three recently employed staff did not contain proof of identity or references."]),
    ("Are services effective?", "Good",
     ["The practice is rated as good for providing effective services.",
      "Data from the Quality and Outcomes Framework showed patient outcomes were at or above average compared to the national average. Staff assessed needs and delivered care in line with current evidence based guidance. Clinical audits demonstrated quality improvement.",
      "Staff had the skills, knowledge and experience to deliver effective care and treatment, although four of the 16 staff had not received an appraisal in the last 12 months."]),
    ("Are services caring?", "Good",
     ["The practice is rated as good for providing caring services.",
      "Data from the national GP patient survey showed patients rated the practice in line with others for several aspects of care. Patients said they were treated with compassion, dignity and respect, and they were involved in decisions about their care and treatment. Information for patients about the services available was easy to understand and accessible."]),
    ("Are services responsive to people's needs?", "Good",
     ["The practice is rated as good for providing responsive services.",
      "The practice reviewed the needs of its local population and engaged with the clinical commissioning group to secure improvements to services where these were identified. Information about how to complain was available and easy to understand, and the practice responded quickly when issues were raised."]),
    ("Are services well-led?", "Requires improvement",
     ["The practice is rated as requires improvement for being well-led.",
      "The practice had a clear vision and strategy to deliver high quality care and promote good outcomes for patients. Staff were clear about the vision and their responsibilities in relation to it.",
      "However, the governance framework did not always support the delivery of good quality care. Arrangements to identify, record and manage risks were not always effective, as shown by the gaps in recruitment records and the absence of a system for safety alerts. Minutes of clinical meetings did not record the learning from significant events."]),
]:
    add(("h2", q))
    add(("p", [r], "bold"))
    for t in txt:
        add(("p", [t]))

add(("h1", "The six population groups and what we found"))
add(("p", ["We always inspect the quality of care for these six population groups."]))
for g in ["Older people", "People with long term conditions", "Families, children and young people",
          "Working age people (including those recently retired and students)",
          "People whose circumstances may make them vulnerable",
          "People experiencing poor mental health (including people with dementia)"]:
    add(("h3", g))
    add(("p", ["Requires improvement"], "bold"))
    add(("p", ["The provider was rated as requires improvement for safety and for well-led. The issues identified as requiring improvement overall affected all patients including this population group. There were, however, examples of good practice. For example, the practice offered proactive, personalised care to meet the needs of this group and worked closely with community teams."]))

add(("h1", "Areas for improvement"))
c.section = "Action the service MUST take to improve"
add(("h2", "Action the service MUST take to improve"))
add(("ul", [dict(m) for m in M]))
c.section = "Action the service SHOULD take to improve"
add(("h2", "Action the service SHOULD take to improve"))
add(("ul", [dict(s) for s in S]))

add(("break",))
add(("h1", "Millbrook Surgery"))
add(("h2", "Detailed findings"))
add(("h3", "Our inspection team"))
add(("p", ["Our inspection team was led by a CQC Lead Inspector. The team included a GP specialist adviser and a practice manager specialist adviser."]))
add(("h3", "Background to Millbrook Surgery"))
add(("p", ["Millbrook Surgery provides primary medical services to approximately 6,300 patients under a General Medical Services contract. The practice has three GP partners (two male and one female), a salaried GP, two practice nurses, a healthcare assistant, a practice manager and a team of reception and administrative staff. The practice is open between 8am and 6.30pm Monday to Friday, with extended hours on Tuesday evenings until 8pm. Out-of-hours services are provided by a local provider and patients access them through the NHS 111 service."]))
add(("h3", "Why we carried out this inspection"))
add(("p", ["We carried out a comprehensive inspection of this service under Section 60 of the Health and Social Care Act 2008 as part of our regulatory functions. The inspection was planned to check whether the provider is meeting the legal requirements and regulations associated with the Health and Social Care Act 2008, to look at the overall quality of the service, and to provide a rating for the service under the Care Act 2014."]))
add(("h3", "How we carried out this inspection"))
add(("p", ["Before visiting, we reviewed a range of information we hold about the practice and asked other organisations to share what they knew. During our visit we spoke with a range of staff, including GPs, nurses, the practice manager and reception staff, and spoke with patients who used the service. We observed how people were being cared for, reviewed an anonymised sample of the personal care or treatment records of patients, and reviewed comment cards where patients and members of the public shared their views and experiences of the service."]))
add(("h2", "Are services safe?"))
add(("h3", "Our findings"))
for t in [
    "Safe track record and learning: There was an effective system in place for reporting and recording significant events. Staff told us they would inform the practice manager of any incidents and there was a recording form available on the practice's computer system. We reviewed records of 11 significant events from the last 12 months and saw that they had been investigated and discussed.",
    "Overview of safety systems and processes: Arrangements were in place to safeguard children and vulnerable adults from abuse. A notice in the waiting room advised patients that chaperones were available if required. However, two of the staff who acted as chaperones had not received a DBS check and the practice had not completed a risk assessment.",
    "Medicines management: The arrangements for managing medicines, including emergency medicines and vaccines, kept patients safe. However, blank prescription forms were not stored securely and there was no system to monitor their use.",
    "We reviewed four personnel files and found that appropriate recruitment checks had not always been undertaken prior to employment. For example, there was no proof of identification for two staff and no references for three staff.",
    "Monitoring risks to patients: The practice did not have a system to ensure that patient safety alerts were received and acted on. The practice manager told us alerts were received by email but there was no record of who had read them or what action had been taken.",
]:
    add(("p", [t]))
add(("h2", "Are services well-led?"))
add(("h3", "Our findings"))
for t in [
    "Vision and strategy: The practice had a clear vision to deliver high quality care and promote good outcomes for patients. The practice had a mission statement which was displayed in the waiting areas and staff knew and understood the values.",
    "Governance arrangements: The practice had a governance framework which supported the delivery of the strategy and good quality care. However, arrangements for identifying, recording and managing risks were not always effective. Practice specific policies were implemented and were available to all staff.",
    "Leadership and culture: The partners in the practice had the experience, capacity and capability to run the practice. Staff told us the partners were approachable and always took the time to listen to all members of staff.",
]:
    add(("p", [t]))

add(("h1", "Action we have told the provider to take"))
add(("h2", "Requirement notices"))
add(("p", ["This section is primarily information for the provider. These are the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements."]))
ACTS = ["Diagnostic and screening procedures", "Family planning services", "Maternity and midwifery services",
        "Surgical procedures", "Treatment of disease, disorder or injury"]
NOT = [
    ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", 12, "Safe care and treatment",
     ["How the regulation was not being met:",
      "The registered person did not do all that was reasonably practicable to mitigate risks to the health and safety of service users. There was no system to ensure patient safety alerts were received and acted upon. Blank prescription forms were not stored securely and their use was not monitored.",
      "This was in breach of regulation 12(1)(2)(b)(g) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."]),
    ("Regulation 19 HSCA (RA) Regulations 2014 Fit and proper persons employed", 19, "Fit and proper persons employed",
     ["How the regulation was not being met:",
      "The registered person had not ensured that the information specified in Schedule 3 was available for each person employed. Proof of identity and evidence of conduct in previous employment were missing for some staff, and staff who acted as chaperones had not received a DBS check or risk assessment.",
      "This was in breach of regulation 19(3)(a) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."]),
]
rows = [["Regulated activity", "Regulation"]]
for h, n, ttl, body in NOT:
    rows.append([ACTS, ["**" + h] + body])
add(("table", rows))

pdf = OUT + "/report.pdf"
build(pdf, B, HDR, FOOT, font="Arial", size=10, cover=cover, widow_control=False)


def strip(i, total):
    return [HDR if i > 1 else "", "@F%d %s" % (i, FOOT)]

import pdfplumber
with pdfplumber.open(pdf) as PP:
    texts = [norm(pg.extract_text() or "") for pg in PP.pages]
notices = []
for h, n, ttl, body in NOT:
    hits = [i + 1 for i, t in enumerate(texts) if norm(" ".join(h.split()[:4])) in t]
    assert len(hits) == 1, hits
    notices.append({"kind": "requirement_notice", "page": hits[0], "regulated_activities": ACTS,
                    "regulation": {"instrument": "RA2014", "number": n, "title": ttl}, "heading": h,
                    "body": "\n".join(body[1:-1]), "closing": body[-1]})
meta = {"provider": PROV, "location": LOC, "report_type": "Quality Report", "published": "2016-03-24",
        "inspection_dates": ["2016-01-12"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good",
                    "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}}
write_gold(OUT, "LibreOffice 7.4 (Writer, from .docx)", meta, B, pdf, strip=strip, notices=notices)
