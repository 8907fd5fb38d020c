# r1: MH trust core-service Quality Report (era A, 2016), python-docx -> LibreOffice PDF
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from goldutil import write_gold
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/blind/JD/r1_mh_community_adults"
TRUST = "Hollinsmoor Partnership NHS Foundation Trust"
SVC = "Community-based mental health services for adults of working age"
PUB = "19/08/2016"

MUSTS = [
 "The trust must ensure that every patient on a team caseload has a risk assessment that is completed at first contact and reviewed after each significant change in presentation.",
 "The trust must ensure that the duty system at the Kestrel Lane community mental health team responds to urgent referrals within the timescale set out in the trust's operational policy.",
 "The trust must ensure that staff record patients' capacity to consent to treatment, and the discussion held with them, when a decision about medication is made.",
 "The trust must ensure that clinic rooms used for depot injections have emergency medicines and equipment that are in date and checked weekly.",
 "The trust must ensure that there are enough care coordinators at the Brindle Street and Kestrel Lane teams so that caseloads are safe and manageable.",
]
SHOULDS = [
 "The trust should ensure that care plans are written in a personalised way and show that patients were involved in setting their goals.",
 "The trust should ensure that patients who are waiting for psychological therapies are contacted regularly and told who to call if their mental health gets worse.",
 "The trust should ensure that all staff receive regular managerial supervision and that this is recorded.",
 "The trust should review the interview rooms at Orchard House so that conversations cannot be overheard from the waiting area.",
 "The trust should ensure that patients' physical health checks, including those for patients prescribed antipsychotic medication, are carried out and recorded.",
 "The trust should ensure that information about how to make a complaint is displayed in every team base and is available in languages other than English.",
 "The trust should consider how it collects feedback from carers and how it shares with teams what it has learned from that feedback.",
 "The trust should ensure that staff at Orchard House have access to an interpreter service that can be booked at short notice.",
 "The trust should ensure that lone working procedures are followed and that staff sign out and back in when visiting patients at home.",
]

def footer(section, text):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run()
    fld1 = OxmlElement("w:fldChar"); fld1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.text = "PAGE"
    fld2 = OxmlElement("w:fldChar"); fld2.set(qn("w:fldCharType"), "end")
    r._r.append(fld1); r._r.append(it); r._r.append(fld2)
    p.add_run("  " + text)
    for run in p.runs: run.font.size = Pt(8)

d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
footer(sec, f"{TRUST} {SVC} Quality Report {PUB}")

def H(t, lvl=1): d.add_heading(t, level=lvl)
def P(t, bold=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold; return p
def B(t): d.add_paragraph(t, style="List Bullet")
def brk(): d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

P(TRUST, True).runs[0].font.size = Pt(18)
P(SVC, True).runs[0].font.size = Pt(14)
P("Quality Report", True).runs[0].font.size = Pt(16)
P("Trust Headquarters, Alder House, 4 Cinder Road, Hollinsmoor, HM3 7QT\nTel: 01632 960 418\nWebsite: www.hollinsmoorpartnership.nhs.uk")
P("Date of inspection visit: 11 - 15 April 2016\nDate of publication: " + PUB)
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Location ID", "Name of CQC registered location", "Name of service (e.g. ward/unit/team)", "Postcode of service (ward/unit/team)"]):
    c.text = h
for row in [("RX7K1", "Alder House", "Brindle Street community mental health team", "HM2 4LB"),
            ("RX7K1", "Alder House", "Kestrel Lane community mental health team", "HM5 9DW"),
            ("RX7M3", "Orchard House", "Orchard House primary care mental health team", "HM8 1PE")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row): c.text = v
P("This report describes our judgement of the quality of care provided within this core service by Hollinsmoor Partnership NHS Foundation Trust. Where relevant we provide detail of each location or area of service visited. Our judgement is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.")
H("Ratings", 2)
rt = d.add_table(rows=0, cols=2); rt.style = "Table Grid"
for a, b in [("Overall rating for the service", "Requires improvement"), ("Are services safe?", "Requires improvement"),
             ("Are services effective?", "Requires improvement"), ("Are services caring?", "Good"),
             ("Are services responsive?", "Requires improvement"), ("Are services well-led?", "Good")]:
    c = rt.add_row().cells; c[0].text = a; c[1].text = b
brk()
H("Summary of findings")
H("Overall summary", 2)
P("We rated community-based mental health services for adults of working age as requires improvement because:")
for s in ["Caseloads at two of the three teams were high and some patients did not have an up-to-date risk assessment.",
          "The Kestrel Lane team did not always respond to urgent referrals on the same day.",
          "Records of consent to treatment and capacity were incomplete for patients starting new medication."]:
    B(s)
P("However:")
for s in ["Patients told us staff were kind, respectful and listened to them.",
          "Teams had good links with local GP practices, housing providers and the police."]:
    B(s)
H("The five questions we ask about the service and what we found", 2)
for q, r, txt in [("Are services safe?", "Requires improvement", "Staff did not always complete or update risk assessments. Emergency medicines in one clinic room were out of date."),
                  ("Are services effective?", "Requires improvement", "Care plans were often generic. Staff did not consistently record capacity to consent."),
                  ("Are services caring?", "Good", "Patients and carers spoke highly of staff."),
                  ("Are services responsive?", "Requires improvement", "Waiting times for psychological therapies were long and patients on the waiting list were not always contacted."),
                  ("Are services well-led?", "Good", "Team managers were visible and staff morale was good.")]:
    P(f"{q}  We rated {q.split()[2].rstrip('?')} as {r.lower()} because:", True)
    P(txt)
H("Information about the service", 2)
P("The trust provides community mental health services for adults of working age from three team bases across the Hollinsmoor and Fenbury districts. The teams support people with severe and enduring mental illness, and offer care coordination, medication clinics and psychological therapies.")
H("Our inspection team", 2)
P("Our inspection team was led by Team Leader: Miriam Oyelaran, Inspector, Care Quality Commission. The team included two further inspectors, a consultant psychiatrist, two community psychiatric nurses, a social worker and an expert by experience.")
H("What people who use the provider's services say", 2)
P("We spoke with 21 patients and nine carers. Most said staff were caring and that they felt listened to. Some said they should have been told sooner how long they would wait for therapy, and two carers said they did not know who to contact in a crisis.")
H("Good practice", 2)
P("The Orchard House team ran a weekly peer support group co-facilitated by a former patient.")
H("Areas for improvement", 2)
P("Action the provider MUST take to improve", True)
for s in MUSTS: B(s)
P("Action the provider SHOULD take to improve", True)
for s in SHOULDS: B(s)
brk()
H("Detailed findings")
H("Are community-based mental health services for adults of working age safe?", 2)
P("Safe and clean environment", True)
P("All three team bases were clean. At Kestrel Lane the emergency bag contained adrenaline that had expired in February 2016; staff told us the checks should have been carried out weekly but had lapsed when the clinic nurse left.")
P("Safe staffing", True)
P("The trust's own guidance says that a care coordinator must hold no more than 35 cases. At Brindle Street the average caseload was 47 and at Kestrel Lane it was 44.")
P("Assessing and managing risk to patients and staff", True)
P("We reviewed 36 care records. Eleven did not contain a risk assessment that had been reviewed since the patient's last crisis. Staff did not always follow the lone working protocol.")
H("Are community-based mental health services for adults of working age effective?", 2)
P("Assessment of needs and planning of care", True)
P("Care plans were present in most records but many were written in clinical language and did not reflect patients' own words.")
P("Good practice in applying the MCA", True)
P("In nine of the 14 records where medication had been started or changed, there was no record that capacity to consent had been considered.")
H("Are community-based mental health services for adults of working age responsive to people's needs?", 2)
P("Access and discharge", True)
P("The median wait from referral to the start of psychological therapy was 19 weeks. Patients on the waiting list did not receive planned contact.")
brk()
H("Action we have told the provider to take")
P("The table below shows the fundamental standards that were not being met. The provider must send CQC a report that says what action they are going to take to meet these standards.")
P("Requirement notices", True)
rn = d.add_table(rows=1, cols=2); rn.style = "Table Grid"
rn.rows[0].cells[0].text = "Regulated activity"; rn.rows[0].cells[1].text = "Regulation"
for act, regt, how in [
 ("Treatment of disease, disorder or injury", "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment",
  "Risk assessments were missing or out of date for patients at the Brindle Street and Kestrel Lane teams. Emergency medicines at Kestrel Lane were out of date and had not been checked. Urgent referrals were not responded to within the trust's target. This was a breach of regulation 12(2)(a)(b)(g)."),
 ("Treatment of disease, disorder or injury", "Regulation 11 HSCA (RA) Regulations 2014 Need for consent",
  "Staff did not record consideration of capacity to consent when medication was started or changed. This was a breach of regulation 11(1)."),
 ("Treatment of disease, disorder or injury", "Regulation 18 HSCA (RA) Regulations 2014 Staffing",
  "Caseloads of care coordinators at two teams were above the level the trust had set as safe. This was a breach of regulation 18(1).")]:
    c = rn.add_row().cells; c[0].text = act; c[1].text = regt + "\nHow the regulation was not being met:\n" + how
d.save(f"{OUT}/_src.docx")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, f"{OUT}/_src.docx"], check=True, capture_output=True)
os.replace(f"{OUT}/_src.pdf", f"{OUT}/report.pdf")
os.replace(f"{OUT}/_src.docx", "/work/blind/JD/_build/r1_source.docx")

F = [dict(kind="must", text=s, section="Action the provider MUST take to improve", service=SVC, expect_copies=1) for s in MUSTS]
F += [dict(kind="should", text=s, section="Action the provider SHOULD take to improve", service=SVC, expect_copies=1) for s in SHOULDS]
meta = {"provider": TRUST, "location": None, "report_type": "Quality Report", "published": "2016-08-19",
        "inspection_dates": ["2016-04-11", "2016-04-12", "2016-04-13", "2016-04-14", "2016-04-15"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Requires improvement", "well_led": "Good"}}
write_gold(f"{OUT}/report.pdf", f"{OUT}/gold.json", "python-docx .docx converted by LibreOffice (soffice --headless --convert-to pdf)", meta, F)
