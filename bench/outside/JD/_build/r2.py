# r2: care home for people with a learning disability, ASC short template (2021), fpdf2.
# Breaches are inline narrative + requirement notices table only: no must/should action list -> expect "no_actions".
import os, sys, json
from fpdf import FPDF
OUT = "/work/blind/JD/r2_carehome_ld_2021"
SVC, PROV, PUB = "Cedarwell House", "Larchmont Supported Living Ltd", "22 September 2021"
class R(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"{self.page_no()} {SVC} Inspection report {PUB}")
pdf = R(format="A4"); pdf.set_margins(18, 18, 18); pdf.set_auto_page_break(True, 20)
pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
def T(t, size=10, style="", h=5.2):
    pdf.set_font("DejaVu", style, size); pdf.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
def H(t, size=13): pdf.ln(2); T(t, size, "B", 7)
def BL(items):
    for i in items:
        pdf.set_font("DejaVu", "", 10); pdf.set_x(22); pdf.cell(5, 5.2, "\u2022"); pdf.multi_cell(0, 5.2, i, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.add_page()
T(SVC, 22, "B", 10); T(PROV, 13, "B", 7); T("Inspection report", 15, "B", 8)
T("41 Fernbrook Avenue, Stallingford, ST9 6QE\nTel: 01632 960 309\nWebsite: www.larchmontsupportedliving.co.uk")
T("Date of inspection visit: 17 August 2021\nDate of publication: " + PUB)
H("Ratings")
for a, b in [("Overall rating for this service", "Requires improvement"), ("Is the service safe?", "Requires improvement"),
             ("Is the service effective?", "Good"), ("Is the service caring?", "Good"), ("Is the service responsive?", "Good"),
             ("Is the service well-led?", "Requires improvement")]:
    pdf.set_font("DejaVu", "", 10); pdf.cell(110, 7, a, border=1); pdf.cell(0, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.add_page()
H("Summary of findings", 16)
H("About the service")
T("Cedarwell House is a residential care home providing personal care to up to eight people with a learning disability and autistic people. At the time of our inspection seven people were living at the service.")
H("People's experience of using this service and what we found")
T("People told us, using their preferred methods of communication, that they liked living at Cedarwell House. Relatives said staff knew people well. However, risks to people were not always assessed and managed safely. Two people's epilepsy care plans did not describe what staff should do if a seizure lasted more than five minutes, and staff gave us different answers.")
T("Medicines were not always managed safely. 'As required' medicines did not have protocols to guide staff. The provider's audits had not identified these issues.")
T("We expect health and social care providers to guarantee autistic people and people with a learning disability the choices, dignity, independence and good access to local communities that most people take for granted. Right support, right care, right culture is the guidance CQC follows to make assessments and judgements about services supporting autistic people and people with a learning disability.")
H("Rating at last inspection")
T("The last rating for this service was good (published 3 April 2019).")
H("Why we inspected")
T("We received concerns in relation to the management of risk and medicines. As a result, we undertook a focused inspection to review the key questions of safe and well-led only.")
H("Enforcement")
T("We have identified breaches in relation to safe care and treatment and good governance at this inspection. Please see the action we have told the provider to take at the end of this report.")
H("Follow up")
T("We will request an action plan for the provider to understand what they will do to improve the standards of quality and safety. We will work alongside the provider and local authority to monitor progress.")
pdf.add_page()
H("Is the service safe?", 15)
T("Safe \u2013 this means we looked for evidence that people were protected from abuse and avoidable harm. At the last inspection this key question was rated as good. At this inspection this key question has deteriorated to requires improvement.")
H("Assessing risk, safety monitoring and management", 11)
T("Risks to people's health were not always assessed. Guidance for staff on epilepsy, choking and behaviour that may challenge was out of date. A speech and language therapist had advised that one person must have their food cut into small pieces and be supervised while eating; this was not recorded in their eating and drinking plan.")
H("Using medicines safely", 11)
T("There were no protocols for 'as required' medicines for four people. Staff had signed for a medicine that was not in stock. Systems were either not in place or robust enough to demonstrate that risks and medicines were safely managed. This placed people at risk of harm. This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.")
H("Staffing and recruitment", 11)
T("There were enough staff on duty. Recruitment checks had been completed before staff started work.")
H("Is the service well-led?", 15)
T("Well-led \u2013 this means we looked for evidence that service leadership, management and governance assured high-quality, person-centred care; supported learning and innovation; and promoted an open, fair culture.")
H("Managers and staff being clear about their roles, and understanding quality performance, risks and regulatory requirements", 11)
T("The registered manager had left in May 2021 and the deputy manager was covering the role. Monthly medicines and care plan audits had not been completed since April 2021. The provider's quality assurance systems had not identified the shortfalls we found. This was a breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.")
H("Working in partnership with others", 11)
T("The service worked with the local learning disability team and GP.")
pdf.add_page()
H("Action we have told the provider to take", 15)
T("The table below shows where legal requirements were not being met and we have asked the provider to send us a report that says what action they are going to take. We did not take formal enforcement action at this stage. We will check that this action is taken by the provider.")
rows = [("Accommodation for persons who require nursing or personal care", "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment\nHow the regulation was not being met:\nThe provider had not assessed and mitigated risks relating to epilepsy and choking. Medicines were not managed safely. Regulation 12(1)(2)(a)(b)(g)"),
        ("Accommodation for persons who require nursing or personal care", "Regulation 17 HSCA RA Regulations 2014 Good governance\nHow the regulation was not being met:\nSystems to assess, monitor and improve the quality and safety of the service were not operated effectively. Regulation 17(1)(2)(a)(b)")]
pdf.set_font("DejaVu", "B", 10); pdf.cell(70, 7, "Regulated activity", border=1); pdf.cell(0, 7, "Regulation", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
with pdf.table(col_widths=(70, 104), first_row_as_headings=False) as tb:
    for a, b in rows:
        r = tb.row(); r.cell(a); r.cell(b)
pdf.output(f"{OUT}/report.pdf")
g = {"producer": "fpdf2 2.8 (DejaVu Sans), single column, table for requirement notices", "expect": "no_actions", "password": None,
     "meta": {"provider": PROV, "location": SVC, "report_type": "Inspection report", "published": "2021-09-22", "inspection_dates": ["2021-08-17"],
              "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}},
     "findings": []}
json.dump(g, open(f"{OUT}/gold.json", "w"), indent=1)
print("r2 ok")
