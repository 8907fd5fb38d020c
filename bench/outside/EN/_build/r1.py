# R1: acute trust 2019, reportlab; running header and the per-service lists are Form XObjects
# reused in two places; justification by per-line horizontal scaling (Tz) or char spacing (Tc);
# ballot-box bullets.
import sys; sys.path.insert(0, "/tmp/EN-work")
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
import os
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = "/work/blind/EN/trust_forms_2019"; os.makedirs(OUT, exist_ok=True)
W, H = A4
TRUST = "Harrowgate Vale University Hospitals NHS Foundation Trust"
HOSP = "Kingsmere General Hospital"
UEC = "Urgent and emergency care"; MED = "Medical care (including older people’s care)"
trustwide_must = [
 "The trust must ensure that the board assurance framework and corporate risk register reflect the current risks to patient safety and that actions to mitigate them are monitored to completion. (Regulation 17(2)(b))",
 "The trust must ensure that all staff complete the required level of safeguarding adults and children training in line with the intercollegiate guidance. (Regulation 13(2))",
]
A = [ # UEC must
 "The trust must ensure that patients arriving by ambulance are assessed by a clinician within 15 minutes of arrival and that the time of initial assessment is recorded. (Regulation 12(2)(a))",
 "The trust must ensure that there are sufficient numbers of suitably qualified paediatric nurses on duty in the children’s emergency department at all times. (Regulation 18(1))",
 "The trust must make sure that the resuscitation trolleys in the majors and minors areas are checked daily and that out-of-date equipment is removed. (Regulation 12(2)(e))",
 "The trust must ensure that patients who are cared for in the corridor are protected from avoidable harm and that their privacy and dignity are maintained. (Regulation 10(1))",
]
B = [ # MED must
 "The trust must ensure that medicines, including controlled drugs, are stored securely and at the correct temperature on all medical wards. (Regulation 12(2)(g))",
 "The trust must ensure that nutrition and hydration risk assessments are completed and acted upon for all patients on admission. (Regulation 14(4)(a))",
 "The trust must ensure that mental capacity assessments are completed and documented where patients lack capacity to consent to care and treatment. (Regulation 11(1))",
]
C = [ # UEC should
 "The trust should consider how it can reduce the number of patients who leave the department without being seen.",
 "The trust should ensure that learning from incidents and complaints is shared with all staff groups in the department.",
 "The trust should continue to work with local partners to reduce ambulance handover delays.",
]
D = [ # MED should
 "The trust should ensure that discharge planning starts on admission and involves patients and their families.",
 "The trust should review the provision of activities for patients living with dementia on the care of the elderly wards.",
 "The trust should ensure that staff receive an annual appraisal.",
]
c = canvas.Canvas(OUT + "/report.pdf", pagesize=A4)
c.setTitle(TRUST + " Inspection report"); c.setAuthor("Care Quality Commission")
c.setProducer("ReportLab PDF Library - www.reportlab.com")
LM, RM = 62, W - 62
COLW = RM - LM - 18

def justified_lines(tobj, x, y, text, font, size, width, lead):
    """Write text wrapped to width; every line but the last is stretched to the full width,
    alternately with horizontal scaling (Tz) and character spacing (Tc)."""
    lines = simpleSplit(text, font, size, width)
    tobj.setFont(font, size)
    for i, ln in enumerate(lines):
        nat = pdfmetrics.stringWidth(ln, font, size)
        tobj.setTextOrigin(x, y)
        if i < len(lines) - 1:
            if i % 2 == 0:
                tobj.setHorizScale(100.0 * width / nat); tobj.setCharSpace(0)
            else:
                tobj.setHorizScale(100); tobj.setCharSpace((width - nat) / max(1, len(ln) - 1))
        else:
            tobj.setHorizScale(100); tobj.setCharSpace(0)
        tobj.textOut(ln)
        y -= lead
    tobj.setHorizScale(100); tobj.setCharSpace(0)
    return y

def make_list_form(name, items, size=9.6, lead=12.6):
    # Draw the list inside a form; returns height used.
    # compute height first
    h = 0
    for it in items:
        h += len(simpleSplit(it, "DV", size, COLW)) * lead + 6
    c.beginForm(name, lowerx=0, lowery=0, upperx=RM - LM, uppery=h + 4)
    y = h - 8
    for it in items:
        t = c.beginText()
        t.setFont("DV", size + 1); t.setTextOrigin(0, y - 0.5); t.textOut("\u2610")
        y2 = justified_lines(t, 18, y, it, "DV", size, COLW, lead)
        c.drawText(t)
        y = y2 - 6
    c.endForm()
    return h + 4

# Header form
c.beginForm("RunHead", 0, 0, W, 60)
c.setFillColorRGB(0.0, 0.33, 0.55); c.rect(0, 36, W, 3, fill=1, stroke=0)
c.setFont("DV", 7.5); c.setFillColorRGB(0.25, 0.25, 0.25)
c.drawString(LM, 24, TRUST + "  Inspection report  14/08/2019")
c.endForm()
forms = {}
for nm, its in (("LTW", trustwide_must), ("LA", A), ("LB", B), ("LC", C), ("LD", D)):
    forms[nm] = make_list_form(nm, its)

findings = []
page = [1]
def newpage():
    c.showPage(); page[0] += 1
    c.saveState(); c.translate(0, H - 60); c.doForm("RunHead"); c.restoreState()
    c.setFont("DV", 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawRightString(RM, 28, str(page[0])); c.setFillColorRGB(0, 0, 0)
def heading(y, text, size=13, colour=(0, 0.33, 0.55), font="DVB"):
    c.setFont(font, size); c.setFillColorRGB(*colour); c.drawString(LM, y, text); c.setFillColorRGB(0, 0, 0)
    return y - size - 8
def para(y, text, size=9.6, lead=12.8):
    t = c.beginText(); y = justified_lines(t, LM, y, text, "DV", size, RM - LM, lead); c.drawText(t); return y - 6
def place(y, nm, items, kind, section, service):
    h = forms[nm]
    c.saveState(); c.translate(LM, y - h + 8); c.doForm(nm); c.restoreState()
    for it in items:
        prev = [f for f in findings if f["text"] == it]
        if prev:
            prev[0]["also_at"].append({"page": page[0], "service": service})
        else:
            findings.append({"kind": kind, "text": it, "page": page[0], "section": section,
                             "service": service, "domain": None, "regulations": cites(it), "also_at": []})
    return y - h - 6

# page 1 cover
c.setFillColorRGB(0.0, 0.33, 0.55); c.rect(0, H - 210, W, 210, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont("DVB", 22); c.drawString(LM, H - 90, "Harrowgate Vale University")
c.drawString(LM, H - 118, "Hospitals NHS Foundation Trust")
c.setFont("DV", 16); c.drawString(LM, H - 160, "Inspection report")
c.setFillColorRGB(0, 0, 0); c.setFont("DV", 9.5)
y = H - 250
for ln in ["Trust Headquarters, Kingsmere General Hospital", "Moor Lane, Harrowgate Vale, HV4 2QT",
           "Tel: 01632 960 500", "www.harrowgatevale.nhs.uk",
           "Date of inspection visit: 9 April 2019 to 16 May 2019", "Date of publication: 14 August 2019"]:
    c.drawString(LM, y, ln); y -= 14
y -= 16
y = para(y, "This report describes our judgement of the quality of care provided by this trust. We based it on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations. This report is a summary of our inspection findings. You can find more detailed information about the service and what we found during our inspection in the related Evidence appendix.")
y -= 10
y = heading(y, "Ratings", 14)
for k, v in [("Overall trust quality rating", "Requires improvement"), ("Are services safe?", "Requires improvement"),
             ("Are services effective?", "Requires improvement"), ("Are services caring?", "Good"),
             ("Are services responsive?", "Requires improvement"), ("Are services well-led?", "Requires improvement"),
             ("Are resources used productively?", "Good"), ("Combined quality and resource rating", "Requires improvement")]:
    c.setFont("DV", 10); c.drawString(LM, y, k); c.setFont("DVB", 10); c.drawString(LM + 250, y, v); y -= 17

# page 2: areas for improvement - MUST
newpage(); y = H - 80
y = heading(y, "Areas for improvement", 15)
y = para(y, "We found areas for improvement including breaches of legal requirements that the trust must put right. We found things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality.")
y = heading(y, "Action the trust MUST take to improve", 12, (0.55, 0.1, 0.1))
y = heading(y, "Trust-wide", 10.5, (0, 0, 0))
y = place(y, "LTW", trustwide_must, "must", "Action the trust MUST take to improve", None)
y = heading(y, HOSP, 11, (0, 0.33, 0.55))
y = heading(y, UEC, 10.5, (0, 0, 0), "DV")
y = place(y, "LA", A, "must", "Action the trust MUST take to improve", UEC)
y = heading(y, MED, 10.5, (0, 0, 0), "DV")
y = place(y, "LB", B, "must", "Action the trust MUST take to improve", MED)
assert y > 70, y
# page 3 SHOULD
newpage(); y = H - 80
y = heading(y, "Action the trust SHOULD take to improve", 12, (0.55, 0.1, 0.1))
y = heading(y, HOSP, 11, (0, 0.33, 0.55))
y = heading(y, UEC, 10.5, (0, 0, 0), "DV")
y = place(y, "LC", C, "should", "Action the trust SHOULD take to improve", UEC)
y = heading(y, MED, 10.5, (0, 0, 0), "DV")
y = place(y, "LD", D, "should", "Action the trust SHOULD take to improve", MED)
y -= 10
y = heading(y, "Action we have taken", 13)
y = para(y, "We issued requirement notices to the trust. Our action related to breaches of legal requirements at a trust-wide level and in two core services at Kingsmere General Hospital. For more information on things the trust must improve, see the Areas for improvement section above.")
y = heading(y, "What happens next", 13)
y = para(y, "We will check that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.")
# page 4 UEC chapter
for svc, rating, must_nm, musts, sh_nm, shs, intro in [
  (UEC, "Requires improvement", "LA", A, "LC", C, "The emergency department at Kingsmere General Hospital is a type 1 department open 24 hours a day, seven days a week. It saw 98,412 attendances between March 2018 and February 2019, of which 21% were children. There is a separate children’s emergency department with four cubicles and a resuscitation bay."),
  (MED, "Requires improvement", "LB", B, "LD", D, "The medical care service at Kingsmere General Hospital has 312 inpatient beds across 13 wards, including an acute medical unit, a frailty assessment unit and three care of the elderly wards. We visited 11 wards and spoke with 48 patients and relatives and 96 staff.")]:
    newpage(); y = H - 80
    y = heading(y, HOSP, 11, (0, 0.33, 0.55))
    y = heading(y, svc, 16)
    c.setFont("DV", 10); c.drawString(LM, y, "Requires improvement  \u25CF  Rating stayed the same"); y -= 20
    y = heading(y, "Summary of this service", 11.5)
    y = para(y, intro)
    y = heading(y, "Areas for improvement", 11.5)
    y = heading(y, "Action the trust MUST take to improve", 10.5, (0.55, 0.1, 0.1))
    y = place(y, must_nm, musts, "must", "Action the trust MUST take to improve", svc)
    y = heading(y, "Action the trust SHOULD take to improve", 10.5, (0.55, 0.1, 0.1))
    y = place(y, sh_nm, shs, "should", "Action the trust SHOULD take to improve", svc)
    assert y > 70, y
c.showPage(); c.save()
meta = {"provider": TRUST, "location": None, "report_type": "Inspection report", "published": "2019-08-14",
        "inspection_dates": ["2019-04-09", "2019-05-16"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Requires improvement", "well_led": "Requires improvement"}}
write_gold(OUT + "/gold.json", "ReportLab PDF Library 5.1", meta, findings)
print(len(findings), page[0])
