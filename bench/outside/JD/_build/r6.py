# r6: acute NHS trust location Quality Report (era A, inspected Sept 2014 -> 2010 regulations), reportlab, re-printed by Ghostscript.
import os, sys, subprocess
sys.path.insert(0, os.path.dirname(__file__))
import goldutil
from goldutil import write_gold, reg
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle, ListFlowable, ListItem, KeepTogether
from reportlab.lib import colors
from xml.sax.saxutils import escape

OUT = "/work/blind/JD/r6_acute_2014_gs"
TRUST = "Ashcombe and Wendlebury Hospitals NHS Trust"
LOC = "Ashcombe General Hospital"
PUB = "16/01/2015"
goldutil.FURNITURE = [r"\d+ Ashcombe General Hospital Quality Report 16/01/2015", r"Summary of findings|Detailed findings|Outstanding practice and areas for improvement|Compliance actions"]
R10 = "HSCA 2008 (Regulated Activities) Regulations 2010"
UEC, MED, SUR, MAT = "Urgent and emergency services", "Medical care (including older people's care)", "Surgery", "Maternity and gynaecology"
# (service, must list[(text, regs)], should list)
SV = [
 (UEC, [(f"Ensure that there are sufficient numbers of suitably qualified nursing staff in the emergency department at night, including staff trained in the care of children. (Regulation 22, {R10})", [reg(22, "", "RA2010")]),
        (f"Ensure that patients who wait in the corridor of the emergency department are observed and have their early warning scores recorded at the intervals set by the trust. (Regulation 9, {R10})", [reg(9, "", "RA2010")])],
       ["Review the arrangements for mental health assessment rooms in the emergency department so that they meet national guidance.",
        "Improve the time from arrival to initial assessment for patients who arrive by ambulance."]),
 (MED, [(f"Ensure that controlled drugs on the medical wards are stored, recorded and checked in line with legislation and trust policy. (Regulation 13, {R10})", [reg(13, "", "RA2010")]),
        (f"Ensure that staff on Bramley and Thornfield wards receive an annual appraisal and that records of appraisal are kept. (Regulation 23, {R10})", [reg(23, "", "RA2010")]),
        (f"Ensure that patients' records are completed accurately, including fluid balance charts and nutritional assessments. (Regulation 20, {R10})", [reg(20, "", "RA2010")])],
       ["Reduce the number of patients who are moved between wards after 10pm.",
        "Ensure that discharge planning starts on admission for older patients and that patients and relatives are involved.",
        "Ensure that patients living with dementia are identified and that the 'This is me' document is used consistently."]),
 (SUR, [(f"Ensure that the five steps to safer surgery checklist is fully completed for every patient in theatres. (Regulation 9(1)(b)(ii), {R10})", [reg(9, "(1)(b)(ii)", "RA2010")]),
        (f"Ensure that equipment in the theatre recovery area, including the difficult airway trolley, is checked and that checks are recorded. (Regulation 16, {R10})", [reg(16, "", "RA2010")])],
       ["Reduce the number of operations cancelled on the day for non-clinical reasons.",
        "Ensure that surgical wards have access to a pharmacist at weekends."]),
 (MAT, [(f"Ensure that the cleaning of the birthing pool and delivery rooms on the labour ward is carried out and recorded. (Regulation 12, {R10})", [reg(12, "", "RA2010")])],
       ["Ensure that there is enough consultant obstetrician presence on the labour ward to meet national guidance.",
        "Review how women's feedback is gathered and used to improve the maternity service."]),
]

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=17, textColor=colors.HexColor("#5a2a82"))
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13, textColor=colors.HexColor("#5a2a82"))
H3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=10.5)
def P(t, st=N): return Paragraph(escape(t), st)
def bullets(items): return ListFlowable([ListItem(P(i), leftIndent=14) for i in items], bulletType="bullet", start="\u2022", leftIndent=14)
state = {"head": "Summary of findings"}
class HeadPara(Paragraph):
    def __init__(self, txt, st, head): super().__init__(escape(txt), st); self._head = head
    def draw(self): state["head"] = self._head; super().draw()
def deco(c, doc):
    c.saveState(); c.setFont("Helvetica", 8)
    if doc.page > 1: c.drawString(50, A4[1] - 30, state["head"])
    c.drawString(50, 25, f"{doc.page} {LOC} Quality Report {PUB}"); c.restoreState()

st = []
st += [P(TRUST, H1), P(LOC, H2), P("Quality Report", H1), P("Wendlebury Road, Ashcombe, AS2 8HJ<br/>Tel: 01632 960 155<br/>Website: www.awh.nhs.uk".replace("<br/>", "\n")),
       P("Date of inspection visit: 9 - 12 September 2014 and 22 September 2014"), P("Date of publication: " + PUB),
       P("This report describes our judgement of the quality of care at this hospital. It is based on a combination of what we found when we inspected, information from our 'Intelligent Monitoring' system, and information given to us from patients, the public and other organisations."),
       P("Ratings", H2)]
rat = [["Overall rating for this hospital", "Requires improvement"], [UEC, "Requires improvement"], [MED, "Requires improvement"],
       [SUR, "Requires improvement"], ["Critical care", "Good"], [MAT, "Good"], ["Services for children and young people", "Good"],
       ["End of life care", "Good"], ["Outpatients and diagnostic imaging", "Good"]]
t = Table(rat, colWidths=[300, 150]); t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
st += [t, PageBreak()]
st += [HeadPara("Letter from the Chief Inspector of Hospitals", H1, "Summary of findings"),
       P("Ashcombe General Hospital is the larger of the two acute hospitals run by Ashcombe and Wendlebury Hospitals NHS Trust. It has about 620 beds and serves a population of 410,000. We carried out this comprehensive inspection as part of our new approach to hospital inspection."),
       P("Overall, we rated this hospital as requires improvement. We rated it good for caring and effective, and requires improvement for safe, responsive and well-led."),
       P("Our key findings were as follows:"),
       bullets(["Staff were caring and treated patients with dignity and respect.",
                "Nurse staffing in the emergency department at night did not always meet the trust's own planned levels.",
                "Medicines, in particular controlled drugs, were not always managed safely on the medical wards."]),
       P("We saw several areas of outstanding practice including:"),
       bullets(["The frailty team in the emergency department assessed older patients within an hour of arrival and reduced admissions."]),
       P("However, there were also areas of poor practice where the trust needs to make improvements."),
       P("Importantly, the trust must:")]
allm = [m for _, ms, _ in SV for m, _ in ms]
alls = [s for _, _, ss_ in SV for s in ss_]
st += [bullets(allm), P("In addition the trust should:"), bullets(alls),
       P("Professor Dame Ruth Calloway\nChief Inspector of Hospitals".replace("\n", " - ")), PageBreak()]
st += [HeadPara("Our judgements about each of the main services", H1, "Summary of findings")]
for svc, _, _ in SV:
    st.append(P(f"{svc}: requires improvement. Please see the detailed findings for the reasons for this rating." if svc != MAT else f"{svc}: good."))
st.append(PageBreak())
for svc, ms, shs in SV:
    st += [HeadPara(svc, H1, "Detailed findings"), P("Information about the service", H2),
           P(f"We visited the areas that provide {svc.lower()} at Ashcombe General Hospital and spoke with patients, relatives and staff of all grades."),
           P(f"Are {svc.split(' (')[0].lower()} services safe?", H2),
           P("Staff knew how to report incidents. Managers told us that learning from incidents should be shared at safety huddles, but not every ward held them."),
           HeadPara("Outstanding practice and areas for improvement", H2, "Outstanding practice and areas for improvement"),
           P("Areas for improvement", H3), P("Action the hospital MUST take to improve"), bullets([m for m, _ in ms]),
           P("Action the hospital SHOULD take to improve"), bullets(shs), PageBreak()]
st += [HeadPara("Compliance actions", H1, "Compliance actions"), P("Action we have told the provider to take"),
       P("The table below shows why there is a need for significant improvements and where these improvements need to happen. The provider must send CQC a report that says what action they are going to take to meet these requirements.")]
ct = [["Regulated activity", "Regulation"],
      ["Treatment of disease, disorder or injury", Paragraph(f"Regulation 22 {R10} Staffing<br/>How the regulation was not being met: The emergency department did not have enough registered nurses on night shifts, or any registered children's nurse on 11 of 28 nights reviewed.", N)],
      ["Treatment of disease, disorder or injury", Paragraph(f"Regulation 13 {R10} Management of medicines<br/>How the regulation was not being met: Controlled drug registers on two medical wards had unsigned entries and balance checks were missed.", N)],
      ["Surgical procedures", Paragraph(f"Regulation 9 {R10} Care and welfare of service users<br/>How the regulation was not being met: Safer surgery checklists were incomplete in 9 of 40 records reviewed.", N)]]
t = Table(ct, colWidths=[150, 330]); t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
st.append(t)
raw = f"{OUT}/_raw.pdf"
SimpleDocTemplate(raw, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(st, onFirstPage=deco, onLaterPages=deco)
subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={OUT}/report.pdf", raw], check=True)
os.remove(raw)
F = []
for svc, ms, shs in SV:
    for m, r in ms: F.append(dict(kind="must", text=m, section="Action the hospital MUST take to improve", service=svc, regulations=r, expect_copies=2))
for svc, ms, shs in SV:
    for s in shs: F.append(dict(kind="should", text=s, section="Action the hospital SHOULD take to improve", service=svc, expect_copies=2))
meta = {"provider": TRUST, "location": LOC, "report_type": "Quality Report", "published": "2015-01-16",
        "inspection_dates": ["2014-09-09", "2014-09-10", "2014-09-11", "2014-09-12", "2014-09-22"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Requires improvement", "well_led": "Requires improvement"}}
write_gold(f"{OUT}/report.pdf", f"{OUT}/gold.json", "reportlab 5 (platypus), re-printed by Ghostscript pdfwrite", meta, F)
