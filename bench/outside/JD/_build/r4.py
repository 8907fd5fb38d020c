# r4: dental practice, 2013 essential-standards "Inspection Report" (2010 regulations era), all standards met -> no actions.
# reportlab, then re-printed through pdftocairo -pdf.
import os, sys, json, subprocess
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle
from reportlab.lib import colors
OUT = "/work/blind/JD/r4_dental_2013"
LOC, PROV = "Tanglewood Dental Care", "Mr Farid Oduya-Pemberton"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=18, textColor=colors.HexColor("#6b1f5c"))
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13, textColor=colors.HexColor("#6b1f5c"))
H3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11)
def P(t, s=N): return Paragraph(t, s)
def deco(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(55, 28, f"| Inspection Report | {LOC} | June 2013"); c.drawRightString(A4[0] - 55, 28, f"www.cqc.org.uk {d.page}"); c.restoreState()
STD = [("Respecting and involving people who use services", "Outcome 01", "Regulation 17"),
       ("Care and welfare of people who use services", "Outcome 04", "Regulation 9"),
       ("Cleanliness and infection control", "Outcome 08", "Regulation 12"),
       ("Requirements relating to workers", "Outcome 12", "Regulation 21"),
       ("Complaints", "Outcome 17", "Regulation 19")]
s = [P(LOC, H1), P("Inspection Report", H1),
     P("We are the regulator: Our job is to check whether hospitals, care homes and care services are meeting essential standards."),
     P(f"{LOC}<br/>7 Willowmere Parade, Kettering Road, Ashby Fold, AF4 2JN<br/>Tel: 01632960514"),
     P("Date of Inspection: 14 May 2013<br/>Date of Publication: June 2013"),
     P("We inspected the following standards as part of a routine inspection. This is what we found:", H3)]
t = Table([[a, "\u2714 Met this standard"] for a, _, _ in STD], colWidths=[320, 140])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 10)])); s += [t, PageBreak()]
s += [P("Details about this location", H2),
      P(f"Registered Provider: {PROV}<br/>Registered Manager: Mr Farid Oduya-Pemberton<br/>Overview of the service: Tanglewood Dental Care is a general dental practice with three surgeries, offering NHS and private treatment to adults and children.<br/>Type of service: Dental service<br/>Regulated activities: Diagnostic and screening procedures; Surgical procedures; Treatment of disease, disorder or injury"),
      P("Summary of this inspection", H2), P("Why we carried out this inspection", H3),
      P("This was a routine inspection to check that essential standards of quality and safety referred to on the front page were being met. We sometimes describe this as a scheduled inspection."),
      P("How we carried out this inspection", H3),
      P("We looked at the personal care or treatment records of people who use the service, carried out a visit on 14 May 2013, observed how people were being cared for, checked how people were cared for at each stage of their treatment and care, talked with people who use the service and talked with staff."),
      P("What people told us and what we found", H3),
      P("We spoke with six patients. All of them told us they were happy with the treatment they received. One patient said, \"They always explain what they are going to do and how much it will cost before they start.\""),
      P("The practice had a dedicated decontamination room and followed the Department of Health guidance HTM 01-05. Staff knew what they should do if they sustained a needlestick injury."),
      P("Appropriate recruitment checks had been undertaken before staff began work. The practice had a complaints policy and complaints had been responded to within the stated timescales."),
      P("You can see our judgements on the front page of this report.", N),
      P("More information about the provider", H3), P("Please see our website www.cqc.org.uk for more information, including our most recent judgements against the essential standards."),
      PageBreak(), P("Our judgements for each standard inspected", H2)]
reasons = {
 "Respecting and involving people who use services": "Patients were given a treatment plan and estimate before treatment began. Information leaflets were available in the waiting room. Patients' privacy and dignity were respected; surgery doors were kept closed during treatment.",
 "Care and welfare of people who use services": "Records showed that medical histories were updated at each visit. Emergency medicines and oxygen were available and checked weekly. All staff had completed basic life support training in the last 12 months.",
 "Cleanliness and infection control": "The practice had an infection control policy and carried out six-monthly audits. Instruments were cleaned in a washer-disinfector, inspected under magnification and sterilised. The dental nurse told us that if the autoclave failed a daily test, instruments must not be used until a successful cycle had been completed. Clinical waste was stored securely.",
 "Requirements relating to workers": "We looked at three staff files. Each contained a Criminal Records Bureau check, references and proof of registration with the General Dental Council.",
 "Complaints": "There was a complaints procedure on display. The practice had received two complaints in the last 12 months, and both had been acknowledged and responded to in line with the policy.",
}
for a, o, r in STD:
    s += [P(f"{a}", H3), P(f"{o}: {a}.", N), P(f"<b>Our judgement</b>"), P("The provider was meeting this standard."),
          P("<b>Reasons for our judgement</b>"), P(reasons[a])]
s += [PageBreak(), P("About CQC inspections", H2),
      P("We are the regulator of health and social care in England. All providers of regulated health and social care services have a legal responsibility to make sure they are meeting essential standards of quality and safety. These are the standards everyone should be able to expect when they receive care."),
      P("The essential standards are described in our Guidance about compliance: Essential standards of quality and safety. We check compliance with the Health and Social Care Act 2008 (Regulated Activities) Regulations 2010 and the Care Quality Commission (Registration) Regulations 2009."),
      P("Where we judge that providers are not meeting essential standards, we may set compliance actions or take enforcement action. Compliance actions tell the provider what they must do to meet the standards.")]
raw = f"{OUT}/_raw.pdf"
SimpleDocTemplate(raw, pagesize=A4, leftMargin=55, rightMargin=55, topMargin=55, bottomMargin=55).build(s, onFirstPage=deco, onLaterPages=deco)
subprocess.run(["pdftocairo", "-pdf", raw, f"{OUT}/report.pdf"], check=True); os.remove(raw)
g = {"producer": "reportlab 5 (Times/Helvetica), re-printed by pdftocairo -pdf", "expect": "no_actions", "password": None,
     "meta": {"provider": PROV, "location": LOC, "report_type": "Inspection Report", "published": None, "inspection_dates": ["2013-05-14"],
              "ratings": {"overall": None, "safe": None, "effective": None, "caring": None, "responsive": None, "well_led": None}}, "findings": []}
json.dump(g, open(f"{OUT}/gold.json", "w"), indent=1)
print("r4 ok")
