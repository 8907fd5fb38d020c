import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import Ctx, R, write_gold
from render_html import blocks_html, chromium_pdf

OUT = "/work/blind/EM/trust_inspection_2019"
os.makedirs(OUT, exist_ok=True)
TRUST = "Northfield and Westmere Hospitals NHS Foundation Trust"
FOOT = TRUST + " Inspection report 17/10/2019"
c = Ctx()
B = []
add = B.append

add(("raw", """<div class='cover'><p class='trust'>%s</p><p class='doctitle'>Inspection report</p>
<p>Trust Headquarters, Northfield General Hospital<br>Carrow Lane<br>Northfield<br>NF4 7HQ<br>Tel: 01632 960 400<br>www.northfieldwestmere.nhs.uk</p>
<p>Date of inspection visit: 11 June to 11 July 2019<br>Date of publication: 17 October 2019</p>
<p class='blurb'>We plan our next inspections based on everything we know about services, including whether they appear to be getting better or worse. Each report explains the reason for the inspection.</p>
<p class='blurb'>This report describes our judgement of the quality of care provided by this trust. We based it on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.</p>
<p class='blurb'>This report is a summary of our inspection findings. You can find more detailed information about the service and what we found during our inspection in the related Evidence appendix.</p>
<table class='ratings'><tr><td>Overall rating for this trust</td><td>Requires improvement &#8595;</td></tr>
<tr><td>Are services safe?</td><td>Requires improvement</td></tr>
<tr><td>Are services effective?</td><td>Good</td></tr>
<tr><td>Are services caring?</td><td>Good</td></tr>
<tr><td>Are services responsive?</td><td>Requires improvement</td></tr>
<tr><td>Are services well-led?</td><td>Requires improvement</td></tr>
<tr><td>Are resources used productively?</td><td>Good</td></tr>
<tr><td>Combined quality and resource rating</td><td>Requires improvement</td></tr></table>
<p class='blurb'>We rated well-led (leadership) from our inspection of trust management, taking into account what we found about leadership in individual services. We rated other key questions by combining the service ratings and using our professional judgement.</p></div>""" % TRUST))
add(("break",))
add(("h1", "Summary of findings"))
add(("h2", "Background to the trust"))
add(("p", ["Northfield and Westmere Hospitals NHS Foundation Trust provides acute hospital services to a population of about 480,000 people across the north of the county. The trust runs two hospital sites: Northfield General Hospital, which has 640 beds and the only emergency department in the area, and Westmere Community Hospital, which provides planned surgery, outpatient clinics and a midwife-led birth centre. The trust employs about 6,200 staff."]))
add(("p", ["The trust became a foundation trust in 2008. We last inspected the trust in March 2017 and rated it as good overall, with requires improvement in safe."]))
add(("h2", "Overall summary"))
add(("p", ["Our rating of this trust went down. We rated it as requires improvement because:"]))
add(("ul", ["We rated safe, responsive and well-led as requires improvement, and effective and caring as good. We rated four of the trust's six services inspected as requires improvement and two as good.",
            "In rating the trust, we took into account the current ratings of the services not inspected this time.",
            "The emergency department did not always have enough nursing staff with the right skills to keep patients safe, and patients waited too long for assessment at busy times.",
            "Governance processes did not always identify and manage risks in a timely way. Some risk registers had not been reviewed for more than a year.",
            "Staff treated patients with compassion and kindness, respected their privacy and dignity, and took account of their individual needs."]))
add(("h2", "What we inspected"))
add(("p", ["We inspected four core services at Northfield General Hospital and Westmere Community Hospital as part of our continual checks on the safety and quality of healthcare services. We inspected urgent and emergency care, medical care (including older people's care) and maternity at Northfield General Hospital, and surgery at Westmere Community Hospital, because our monitoring showed that quality in these services may have changed."]))
add(("p", ["We also inspected the well-led key question for the trust overall. We summarise what we found in the section headed Is this organisation well-led?"]))
add(("h2", "What we found"))
add(("h3", "Overall trust"))
add(("p", ["Our rating of the trust went down. We rated it as requires improvement because the trust had not made enough progress since our last inspection in addressing concerns about staffing, the management of deteriorating patients in the emergency department, and the oversight of risk within divisions. Although leaders were visible and staff spoke positively about the chief executive, board assurance processes had not identified several of the issues we found during the inspection."]))
add(("h2", "Outstanding practice"))
add(("p", ["We found examples of outstanding practice in maternity and medical care. For more information, see the Outstanding practice section of this report."]))
add(("h2", "Areas for improvement"))
add(("p", ["We found areas for improvement including 13 breaches of legal requirements that the trust must put right. We found 11 things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality."]))
add(("h2", "Action we have taken"))
add(("p", ["We issued four requirement notices to the trust. That meant the trust had to send us a report saying what action it would take to meet these requirements. Our action related to breaches of legal requirements at a trust-wide level and in four core services."]))
add(("h2", "What happens next"))
add(("p", ["We will make sure that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections."]))

# --- trust-level lists
c.section = "Action the trust MUST take to improve"
add(("h2", "Action the trust MUST take to improve"))
add(("p", ["We told the trust that it must take action to bring services into line with 13 legal requirements. This action related to four services and the trust overall."]))
add(("h3", "Trust-wide"))
c.service = None
T_M1 = c.must("The trust must ensure that risk registers at divisional and corporate level are reviewed regularly, that each risk has a named owner and a date for review, and that actions to mitigate risks are completed within agreed timescales. (Regulation 17(2)(b))", [R(17, "(2)(b)")])
T_M2 = c.must("The trust must ensure that all staff complete mandatory training, including safeguarding adults and children level 3 where required for their role, in line with the trust's target. (Regulation 18(2)(a))", [R(18, "(2)(a)")])
add(("ul", [T_M1, T_M2]))
add(("h3", "Northfield General Hospital"))
add(("h4", "Urgent and emergency care"))
c.service = "Urgent and emergency care"
U_M = [
    c.must("The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced nursing staff in the emergency department, including staff with paediatric competencies, to meet the needs of patients at all times. (Regulation 18(1))", [R(18, "(1)")]),
    c.must("The trust must ensure that patients arriving by ambulance are assessed by a clinician within 15 minutes of arrival and that the outcome of the assessment is recorded. (Regulation 12(2)(a))", [R(12, "(2)(a)")]),
    c.must("The trust must ensure that staff complete and act on early warning scores for all patients in the department, including those waiting in corridors, and escalate deteriorating patients in line with trust policy. (Regulation 12(2)(b))", [R(12, "(2)(b)")]),
    c.must("The trust must ensure that medicines are stored securely and at the correct temperature, and that:", [R(12, "(2)(g)")],
           subs=["controlled drugs are checked daily and discrepancies are reported;",
                 "fridge temperatures are recorded and acted upon when out of range;",
                 "patient group directions are in date and signed by staff who use them. (Regulation 12(2)(g))"]),
]
add(("ul", U_M))
add(("h4", "Medical care (including older people's care)"))
c.service = "Medical care (including older people's care)"
MC_M = [
    c.must("The trust must ensure that mental capacity assessments are completed and recorded for patients who lack capacity to consent to their care and treatment, including the use of bed rails. (Regulation 11(1))", [R(11, "(1)")]),
    c.must("The trust must ensure that patient records are accurate, complete and stored securely on all medical wards. (Regulation 17(2)(c))", [R(17, "(2)(c)")]),
    c.must("The trust must ensure that patients at risk of malnutrition have their food and fluid intake monitored and recorded, and that referrals to dietitians are made promptly. (Regulation 14(4)(a))", [R(14, "(4)(a)")]),
]
add(("ul", MC_M))
add(("h4", "Maternity"))
c.service = "Maternity"
MA_M = [
    c.must("The trust must ensure that emergency equipment, including neonatal resuscitaires, is checked daily in line with trust policy. (Regulation 12(2)(e))", [R(12, "(2)(e)")]),
    c.must("The trust must ensure that all midwifery and medical staff complete multidisciplinary obstetric emergencies training and fetal monitoring training. (Regulation 18(2)(a))", [R(18, "(2)(a)")]),
]
add(("ul", MA_M))
add(("h3", "Westmere Community Hospital"))
add(("h4", "Surgery"))
c.service = "Surgery"
S_M = [
    c.must("The trust must ensure that the five steps to safer surgery, including the World Health Organization surgical safety checklist, are fully completed for every patient. (Regulation 12(2)(a)(b))", [R(12, "(2)(a)(b)")]),
    c.must("The trust must ensure that systems are in place to monitor compliance with infection prevention and control practice in theatres and on surgical wards. (Regulation 12(2)(h))", [R(12, "(2)(h)")]),
]
add(("ul", S_M))

c.section = "Action the trust SHOULD take to improve"
add(("h2", "Action the trust SHOULD take to improve"))
add(("h3", "Trust-wide"))
c.service = None
T_S1 = c.should("The trust should continue to develop its approach to engaging with staff from black and minority ethnic groups and act on the findings of the workforce race equality standard.")
add(("ul", [T_S1]))
add(("h3", "Northfield General Hospital"))
add(("h4", "Urgent and emergency care"))
c.service = "Urgent and emergency care"
U_S = [
    c.should("The trust should ensure that patients' pain is assessed and that pain relief is given in a timely manner."),
    c.should("The trust should consider how it can improve the time patients wait in the department for a bed after a decision to admit has been made."),
    c.should("The trust should ensure that staff receive an annual appraisal."),
]
add(("ul", U_S))
add(("h4", "Medical care (including older people's care)"))
c.service = "Medical care (including older people's care)"
MC_S = [
    c.should("The trust should ensure that the number of patient moves between wards at night is kept to a minimum."),
    c.should("The trust should ensure that discharge planning starts on admission and involves patients and their families."),
    c.should("The trust should consider displaying safety thermometer information on each ward in a way that patients and visitors can understand."),
]
add(("ul", MC_S))
add(("h4", "Maternity"))
c.service = "Maternity"
MA_S = [
    c.should("The trust should ensure that the maternity dashboard is reviewed monthly at the maternity governance meeting."),
    c.should("The trust should ensure that women have access to interpreting services at all stages of their care."),
]
add(("ul", MA_S))
add(("h3", "Westmere Community Hospital"))
add(("h4", "Surgery"))
c.service = "Surgery"
S_S = [
    c.should("The trust should ensure that the referral to treatment times for trauma and orthopaedics improve in line with the national standard."),
    c.should("The trust should ensure that staff record the time when patients were last given fluids before surgery."),
]
add(("ul", S_S))

add(("h2", "Is this organisation well-led?"))
for para in [
    "Our rating of well-led at the trust went down. We rated it as requires improvement because:",
    "The board had the appropriate range of skills, knowledge and experience to perform its role. Non-executive directors were visible in clinical areas and undertook regular walkabouts. However, the board did not always receive information that allowed it to challenge and gain assurance about performance in a timely way. Some reports to the quality committee were high-level and did not describe the actions being taken in divisions.",
    "The trust had a clear vision and set of values, which had been developed with staff, patients and partner organisations. The strategy was aligned to local plans in the wider health economy. Staff we spoke with knew about the vision and values and could describe how they applied them in their work.",
    "Most staff felt respected, supported and valued, and were proud to work for the trust. However, staff in some areas, including the emergency department, told us that they did not always feel able to raise concerns without fear of the consequences. The freedom to speak up guardian had a good profile across the trust, but had limited protected time for the role.",
    "The trust had a governance framework, but it was not always operating effectively. Divisional risk registers contained risks that had not been reviewed for more than twelve months and some risks had no mitigating actions recorded. The corporate risk register did not reflect all the risks we identified during the inspection, including the risk associated with ambulance handover delays.",
    "The trust collected, analysed, managed and used information well to support its activities, using secure electronic systems with security safeguards. Data and notifications were consistently submitted to external organisations as required.",
    "The trust engaged well with patients, staff, the public and local organisations to plan and manage appropriate services, and collaborated with partner organisations to help improve services for patients. The trust was committed to improving services by learning from when things went well and when they went wrong, promoting training, research and innovation.",
]:
    add(("p", [para]))


def chapter(name, site, rating, paras, must_items, should_items):
    add(("break",))
    add(("h1", "%s" % site))
    add(("h2", "%s" % name))
    add(("p", ["Requires improvement" if rating == "RI" else "Good"], "rating"))
    add(("h3", "Key facts and figures"))
    add(("p", [paras[0]]))
    add(("h3", "Summary of this service"))
    for p in paras[1:]:
        add(("p", [p]))
    add(("h3", "Areas for improvement"))
    c.service = name
    c.section = "Action the trust MUST take to improve"
    add(("h4", "Action the trust MUST take to improve"))
    add(("ul", must_items))
    c.section = "Action the trust SHOULD take to improve"
    add(("h4", "Action the trust SHOULD take to improve"))
    add(("ul", should_items))


def repeat(f, service):
    g = dict(f)
    g["service"] = service
    return g


GEN = [
    "Mandatory training: The service provided mandatory training in key skills to all staff but did not make sure everyone completed it. Compliance with some modules, including basic life support and safeguarding children level 3, was below the trust target of 90%.",
    "Safeguarding: Staff understood how to protect patients from abuse and the service worked well with other agencies to do so. Staff knew how to make a safeguarding referral and who to inform if they had concerns.",
    "Cleanliness, infection control and hygiene: The service controlled infection risk well. Staff used equipment and control measures to protect patients, themselves and others from infection. They kept equipment and the premises visibly clean.",
    "Environment and equipment: The design, maintenance and use of facilities, premises and equipment mostly kept people safe, although we found some equipment that had not been serviced within the manufacturer's recommended interval.",
    "Records: Staff kept records of patients' care and treatment. Records were clear, up-to-date and easily available to all staff providing care, although some paper records were left unattended in corridors.",
]

chapter("Urgent and emergency care", "Northfield General Hospital", "RI", [
    "The emergency department at Northfield General Hospital is open 24 hours a day, seven days a week, and saw about 92,000 attendances in the year before our inspection, of which about 19,000 were children. The department has a majors area with 22 cubicles, a resuscitation area with six bays, a minors and ambulatory area, and a separate children's emergency department.",
    "Our rating of this service went down. We rated it as requires improvement because:",
    "The service did not always have enough nursing staff with the right qualifications, skills, training and experience to keep patients safe from avoidable harm. On several shifts during the inspection there was no registered children's nurse on duty in the children's emergency department.",
    "Patients who arrived by ambulance did not always receive an initial assessment within 15 minutes. During our inspection we saw patients waiting in the corridor for up to 50 minutes before being assessed by a clinician, and early warning scores were not always completed or escalated.",
    "Medicines were not always stored securely. We found an unlocked medicines cupboard in the majors area and gaps in controlled drugs checks on six days in the month before our inspection.",
] + GEN, [repeat(x, "Urgent and emergency care") for x in U_M], [repeat(x, "Urgent and emergency care") for x in U_S])

chapter("Medical care (including older people's care)", "Northfield General Hospital", "RI", [
    "Medical care at Northfield General Hospital is provided across 14 wards with 392 beds, including acute medicine, care of older people, respiratory, cardiology, gastroenterology and stroke services. There were about 41,000 medical admissions in the year before our inspection.",
    "Our rating of this service stayed the same. We rated it as requires improvement because:",
    "Staff did not always follow the Mental Capacity Act 2005 when patients lacked capacity. We reviewed 14 records where bed rails were in use and found that capacity assessments had been completed in only five of them.",
    "Records were not always complete. Nutrition and hydration charts had gaps, and patients at risk of malnutrition were not always referred to a dietitian.",
    "However, staff treated patients with compassion and kindness and the service had an outstanding frailty pathway which reduced the length of stay for older patients.",
] + GEN, [repeat(x, "Medical care (including older people's care)") for x in MC_M], [repeat(x, "Medical care (including older people's care)") for x in MC_S])

chapter("Maternity", "Northfield General Hospital", "Good", [
    "The maternity service at Northfield General Hospital has a consultant-led delivery suite with 12 birthing rooms, two obstetric theatres, an antenatal and postnatal ward with 34 beds and a maternity assessment unit. About 4,900 babies were born at the trust in the year before our inspection.",
    "Our rating of this service stayed the same. We rated it as good because:",
    "The service had enough midwifery staff to care for women and keep them safe, and the service managed patient safety incidents well.",
    "However, emergency equipment was not always checked daily, and not all staff had completed multidisciplinary obstetric emergencies training.",
] + GEN, [repeat(x, "Maternity") for x in MA_M], [repeat(x, "Maternity") for x in MA_S])

# Surgery chapter: one should is worded slightly differently (service vs trust) -> separate finding
chapter_s_should = [repeat(S_S[0], "Surgery")]
c.service = "Surgery"
c.section = "Action the trust SHOULD take to improve"
S_S2_variant = c.should("The service should ensure that staff record the time when patients were last given fluids before surgery.")
chapter("Surgery", "Westmere Community Hospital", "RI", [
    "Westmere Community Hospital provides elective surgery in general surgery, trauma and orthopaedics, urology, gynaecology and ophthalmology. There are four theatres, a day surgery unit and two surgical wards with 56 beds.",
    "Our rating of this service went down. We rated it as requires improvement because:",
    "Staff did not always complete the surgical safety checklist fully. In our observation of 11 procedures, the sign-out stage was not completed in four.",
    "The service did not have effective systems to monitor infection prevention and control practice in theatres. Hand hygiene audits had not been completed for three months.",
] + GEN, [repeat(x, "Surgery") for x in S_M], chapter_s_should + [S_S2_variant])

add(("break",))
add(("h1", "Our inspection team"))
add(("p", ["Sarah Okonkwo, Head of Hospital Inspection, led this inspection. An executive reviewer, Dr Peter Lamb, supported our inspection of well-led for the trust overall. The team included five inspectors, an inspection manager, an assistant inspector, and 11 specialist advisers. Executive reviewers are senior healthcare managers who support our inspections of the leadership of trusts. Specialist advisers are experts in their field who we do not directly employ."]))
add(("h1", "Requirement notices"))
add(("h2", "Action we have told the provider to take"))
add(("p", ["The table below shows why there is a need for significant improvements in the quality of healthcare. The provider must send CQC a report that says what action they are going to take to meet these requirements."]))
NOT = [
    (["Diagnostic and screening procedures", "Treatment of disease, disorder or injury"], "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment",
     "Patients arriving by ambulance were not assessed within 15 minutes of arrival. Early warning scores were not consistently completed or escalated. Medicines were not always stored securely. The surgical safety checklist was not always completed. Regulation 12(2)(a)(b)(e)(g)(h)"),
    (["Treatment of disease, disorder or injury"], "Regulation 11 HSCA (RA) Regulations 2014 Need for consent",
     "Mental capacity assessments were not completed for patients who lacked capacity to consent to the use of bed rails. Regulation 11(1)"),
    (["Treatment of disease, disorder or injury"], "Regulation 14 HSCA (RA) Regulations 2014 Meeting nutritional and hydration needs",
     "Food and fluid intake was not monitored for patients at risk of malnutrition. Regulation 14(4)(a)"),
    (["Diagnostic and screening procedures", "Maternity and midwifery services", "Surgical procedures", "Treatment of disease, disorder or injury"], "Regulation 18 HSCA (RA) Regulations 2014 Staffing",
     "There were not always enough suitably qualified nursing staff in the emergency department. Staff had not completed mandatory training, including safeguarding and obstetric emergencies training. Regulation 18(1)(2)(a)"),
    (["Treatment of disease, disorder or injury"], "Regulation 17 HSCA (RA) Regulations 2014 Good governance",
     "Risk registers were not reviewed regularly and risks did not have mitigating actions. Patient records were not always accurate or stored securely. Regulation 17(2)(b)(c)"),
]
rows = [["Regulated activity", "Regulation"]]
for acts, reg, body in NOT:
    rows.append(["<div>" + "<br>".join(acts) + "</div>",
                 "<div><b>%s</b><br>How the regulation was not being met:<br>%s</div>" % (reg, body)])
add(("table", rows))

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-right { content: "%s"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: counter(page) " %s"; font: 8pt 'Liberation Sans'; color: #555; } }
@page :first { @top-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35; color: #222; }
h1 { font-size: 18pt; color: #532d6d; margin: 0 0 8pt; }
h2 { font-size: 13pt; color: #532d6d; margin: 14pt 0 5pt; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
h4 { font-size: 10pt; margin: 8pt 0 3pt; }
p { margin: 0 0 6pt; }
ul { margin: 0 0 6pt; padding-left: 16pt; }
li { margin-bottom: 4pt; }
ul.sub { list-style-type: circle; margin-top: 3pt; }
.pb { break-after: page; }
.cover .trust { font-size: 22pt; font-weight: bold; color: #532d6d; margin-top: 40pt; }
.cover .doctitle { font-size: 26pt; margin-bottom: 20pt; }
.cover .blurb { font-size: 9pt; }
table.ratings { border-collapse: collapse; width: 100%%; margin: 10pt 0; }
table.ratings td { border-bottom: 1px solid #bbb; padding: 4pt; font-size: 10pt; }
table.grid { border-collapse: collapse; width: 100%%; }
table.grid td, table.grid th { border: 1px solid #888; padding: 5pt; vertical-align: top; font-size: 9.5pt; }
table.grid th { background: #e6e0ec; text-align: left; }
table.grid td:first-child { width: 35%%; }
p.rating { font-weight: bold; color: #a05a00; }
""" % (TRUST + " Inspection report", FOOT)

html_text = "<!doctype html><html lang='en-GB'><head><meta charset='utf-8'><title>%s Inspection report</title><style>%s</style></head><body>%s</body></html>" % (TRUST, CSS, blocks_html(B))
os.makedirs("/tmp/EM-r1", exist_ok=True)
pdf = OUT + "/report.pdf"
chromium_pdf(html_text, pdf, "/tmp/EM-r1")


def strip(i, total):
    return [TRUST + " Inspection report", "@F" + str(i) + " " + FOOT]


notices = []
meta = {"provider": TRUST, "location": None, "report_type": "Inspection report", "published": "2019-10-17",
        "inspection_dates": ["2019-06-11", "2019-07-11"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good",
                    "caring": "Good", "responsive": "Requires improvement", "well_led": "Requires improvement"}}
import pdfplumber
from common import norm
with pdfplumber.open(pdf) as P:
    texts = [norm(pg.extract_text() or "") for pg in P.pages]
rn_pages = []
for acts, reg, body in NOT:
    hits = [i + 1 for i, t in enumerate(texts) if norm(" ".join(reg.split()[:4])) in t]
    assert len(hits) == 1, (reg, hits)
    rn_pages.append(hits[0])
for (acts, reg, body), pg in zip(NOT, rn_pages):
    num = int(reg.split()[1])
    notices.append({"kind": "requirement_notice", "page": pg, "regulated_activities": acts,
                    "regulation": {"instrument": "RA2014", "number": num, "title": reg.split("2014 ")[1]},
                    "heading": reg, "body": body, "closing": None})
write_gold(OUT, "Chromium 156 (Skia/PDF)", meta, B, pdf, strip=strip, notices=notices)
