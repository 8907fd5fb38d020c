import sys, os, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from common import Ctx, R, write_gold, norm
from render_docx import build
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_BREAK

OUT = "/work/blind/EM/care_home_2022"
os.makedirs(OUT, exist_ok=True)
PROV = "Seacrest Care Homes Limited"
LOC = "Harbour View Care Home"
FOOT = "Harbour View Care Home Inspection report 07 April 2022"
HDR = "Harbour View Care Home"
c = Ctx()
B = []
add = B.append


def cover(d):
    p = d.add_paragraph(); r = p.add_run(LOC); r.bold = True; r.font.size = Pt(24); r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7B)
    p = d.add_paragraph(); r = p.add_run(PROV); r.font.size = Pt(13)
    p = d.add_paragraph(); r = p.add_run("Inspection report"); r.font.size = Pt(20)
    d.add_paragraph("27 Quay Street\nWhitby\nNorth Yorkshire\nYO21 3PZ")
    d.add_paragraph("Tel: 01947 555 862\nWebsite: www.seacrestcarehomes.co.uk")
    d.add_paragraph("Date of inspection visit:\n15 February 2022\n22 February 2022\nDate of publication:\n07 April 2022")
    p = d.add_paragraph(); r = p.add_run("Ratings"); r.bold = True; r.font.size = Pt(12)
    rows = [("Overall rating for this service", "Requires Improvement"), ("Is the service safe?", "Requires Improvement"),
            ("Is the service effective?", "Good"), ("Is the service caring?", "Good"),
            ("Is the service responsive?", "Good"), ("Is the service well-led?", "Requires Improvement")]
    tb = d.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        tb.cell(i, 0).text = a
        tb.cell(i, 1).text = b
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


add(("h1", "Summary of findings"))
add(("h2", "About the service"))
add(("p", ["Harbour View Care Home is a residential care home providing personal and nursing care to up to 42 people. The service provides support to older people, some of whom are living with dementia. At the time of our inspection there were 36 people using the service. Accommodation is provided over three floors, with a passenger lift, communal lounges and a dining room on the ground floor."]))
add(("h2", "People's experience of using this service and what we found"))
add(("p", ["Risks to people's health and safety were not always assessed or managed. Care records did not always contain accurate information about people's needs, including their risk of choking and falls. There were not always enough staff deployed to meet people's needs at busy times of the day. Medicines were generally managed safely, but records for topical creams and 'when required' medicines were not always completed."]))
add(("p", ["Quality assurance systems had not been effective in identifying the shortfalls we found during this inspection. The provider had not notified CQC of some incidents, as required by law."]))
add(("p", ["People told us staff were kind and caring and treated them with dignity. One person said, \u201cThe staff are lovely, they can\u2019t do enough for you.\u201d Relatives were complimentary about the care their family members received."]))
add(("p", ["People were supported to have maximum choice and control of their lives and staff supported them in the least restrictive way possible and in their best interests; the policies and systems in the service supported this practice."]))
add(("p", ["For more details, please see the full report which is on the CQC website at www.cqc.org.uk"]))
add(("h2", "Rating at last inspection and update"))
add(("p", ["The last rating for this service was requires improvement (published 12 June 2019) and there were breaches of regulation. The provider completed an action plan after the last inspection to show what they would do and by when to improve. At this inspection we found improvements had been made in some areas, but the provider remained in breach of one regulation and was in breach of further regulations."]))
add(("p", ["This service has been rated requires improvement for the last two consecutive inspections."]))
add(("h2", "Why we inspected"))
add(("p", ["This was a planned inspection based on the previous rating. We also received concerns in relation to staffing levels at night and the management of falls."]))
add(("h2", "Recommendations"))
add(("p", ["We have made recommendations about the management of topical medicines, the application of the Mental Capacity Act 2005 and end of life care planning."]))
add(("h2", "Enforcement"))
add(("p", ["We have identified breaches in relation to safe care and treatment, staffing, good governance and the notification of incidents at this inspection. Please see the action we have told the provider to take at the end of this report."]))
add(("h2", "Follow up"))
add(("p", ["We will request an action plan for the provider to understand what they will do to improve the standards of quality and safety. We will work alongside the provider and local authority to monitor progress. We will continue to monitor information we receive about the service, which will help inform when we next inspect."]))

add(("h1", "The five questions we ask about services and what we found"))
add(("p", ["We always ask the following five questions of services."]))
for q, a, b in [("Is the service safe?", "The service was not always safe.", "Details are in our safe findings below."),
                ("Is the service effective?", "The service was effective.", "Details are in our effective findings below."),
                ("Is the service caring?", "The service was caring.", "Details are in our caring findings below."),
                ("Is the service responsive?", "The service was responsive.", "Details are in our responsive findings below."),
                ("Is the service well-led?", "The service was not always well-led.", "Details are in our well-led findings below.")]:
    add(("h3", q))
    add(("p", [a]))
    add(("p", [b]))

add(("break",))
add(("h1", "Harbour View Care Home"))
add(("h2", "Detailed findings"))
add(("h2", "Background to this inspection"))
for h, t in [
    ("The inspection", "We carried out this inspection under Section 60 of the Health and Social Care Act 2008 (the Act) as part of our regulatory functions. We checked whether the provider was meeting the legal requirements and regulations associated with the Act. We looked at the overall quality of the service and provided a rating for the service under the Care Act 2014."),
    ("Inspection team", "The inspection was carried out by two inspectors, a specialist professional adviser who was a nurse, and an Expert by Experience. An Expert by Experience is a person who has personal experience of using or caring for someone who uses this type of care service."),
    ("Service and service type", "Harbour View Care Home is a 'care home'. People in care homes receive accommodation and nursing or personal care as a single package under one contractual agreement dependent on their registration with us. Harbour View Care Home is a care home with nursing care. CQC regulates both the premises and the care provided, and both were looked at during this inspection."),
    ("Registered Manager", "This provider is required to have a registered manager to oversee the delivery of regulated activities at this location. A registered manager is a person who has registered with CQC to manage the service. At the time of our inspection there was a registered manager in post."),
    ("Notice of inspection", "The first day of this inspection was unannounced. We told the provider we would return on the second day."),
    ("What we did before the inspection", "We reviewed information we had received about the service since the last inspection. We sought feedback from the local authority and professionals who work with the service. We used all this information to plan our inspection."),
    ("During the inspection", "We spoke with nine people who used the service and six relatives about their experience of the care provided. We spoke with 12 members of staff including the registered manager, the deputy manager, nurses, senior care workers, care workers and the cook. We reviewed a range of records, including 10 people's care records and multiple medication records. We looked at four staff files in relation to recruitment and staff supervision, and a variety of records relating to the management of the service, including policies and procedures."),
]:
    add(("h3", h))
    add(("p", [t]))

# SAFE
c.section = "Is the service safe?"; c.domain = "Safe"
add(("h1", "Is the service safe?"))
add(("p", ["Our findings"], "bold"))
add(("p", ["Safe \u2013 this means we looked for evidence that people were protected from abuse and avoidable harm."]))
add(("p", ["At the last inspection this key question was rated as requires improvement. At this inspection the rating has remained requires improvement. This meant some aspects of the service were not always safe and there was limited assurance about safety. There was an increased risk that people could be harmed."]))
add(("h3", "Assessing risk, safety monitoring and management"))
add(("ul", ["Risks to people were not always assessed or managed safely. Two people who had been assessed by a speech and language therapist as being at risk of choking did not have this information in their care plans, and staff were not aware of the texture of food they required.",
            "Falls were not always followed up. One person had fallen four times in a month, but their falls risk assessment had not been reviewed and no referral had been made to the falls team.",
            "Checks of the environment and equipment, including fire safety and water temperature checks, were completed regularly."]))
add(("p", ["We found no evidence that people had been harmed. However, systems were either not in place or robust enough to demonstrate risks were effectively managed. This placed people at risk of harm.",
           c.must("This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", [R(12)])]))
add(("p", ["The registered manager responded immediately during and after the inspection. They updated the care plans of the two people at risk of choking and made a referral to the falls team."]))
add(("h3", "Staffing and recruitment"))
add(("ul", ["There were not always enough staff deployed to meet people's needs. Staff told us they were often short-staffed at night, when three care workers and one nurse supported 36 people across three floors.",
            "We observed people waiting for support in the morning; one person waited 25 minutes for assistance to use the toilet. The provider did not use a dependency tool to calculate the number of staff needed.",
            "Staff were recruited safely. Appropriate checks were carried out before staff started work, including references and Disclosure and Barring Service (DBS) checks."]))
add(("p", ["The provider had failed to ensure there were sufficient numbers of suitably qualified, competent and skilled staff deployed to meet people's needs.",
           c.must("This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", [R(18)])]))
add(("h3", "Using medicines safely"))
add(("ul", ["Medicines were stored securely and administered by trained staff whose competency had been assessed.",
            "Records for topical medicines such as creams were not always completed, and body maps showing where creams should be applied were missing for five people.",
            "Protocols for 'when required' medicines did not always give staff enough information about when to offer them."]))
add(("p", [c.should("We recommend the provider consider current guidance on the management of topical and 'when required' medicines and take action to update their practice accordingly.")]))
add(("h3", "Preventing and controlling infection"))
add(("ul", ["We were assured that the provider was preventing visitors from catching and spreading infections.",
            "We were assured that the provider was meeting shielding and social distancing rules.",
            "We were somewhat assured that the provider was using PPE effectively and safely. We observed two staff wearing face masks below their nose and raised this with the registered manager.",
            "We were assured that the provider's infection prevention and control policy was up to date."]))
add(("h3", "Systems and processes to safeguard people from the risk of abuse"))
add(("ul", ["People told us they felt safe. Staff had received safeguarding training and understood how to recognise and report concerns."]))
add(("h3", "Learning lessons when things go wrong"))
add(("ul", ["Accidents and incidents were recorded, but the analysis of them was not always effective in identifying trends. We have reported on this in the well-led section of this report."]))

# EFFECTIVE
c.section = "Is the service effective?"; c.domain = "Effective"
add(("h1", "Is the service effective?"))
add(("p", ["Our findings"], "bold"))
add(("p", ["Effective \u2013 this means we looked for evidence that people's care, treatment and support achieved good outcomes and promoted a good quality of life, based on best available evidence."]))
add(("p", ["At the last inspection this key question was rated as good. At this inspection the rating has remained good. This meant people's outcomes were consistently good, and people's feedback confirmed this."]))
add(("h3", "Ensuring consent to care and treatment in line with law and guidance"))
add(("p", ["The Mental Capacity Act 2005 (MCA) provides a legal framework for making particular decisions on behalf of people who may lack the mental capacity to do so for themselves. The Act requires that, as far as possible, people make their own decisions and are helped to do so when needed. When they lack mental capacity to take particular decisions, any made on their behalf must be in their best interests and as least restrictive as possible."]))
add(("ul", ["The provider had applied for Deprivation of Liberty Safeguards authorisations where required, and conditions on authorisations were being met.",
            "Mental capacity assessments were completed, but they were not always decision-specific. For example, one person's assessment covered personal care, medicines and the use of a sensor mat in a single record."]))
add(("p", [c.should("We recommend the provider seeks advice and guidance from a reputable source about completing decision-specific mental capacity assessments and recording best interests decisions.")]))
add(("h3", "Supporting people to eat and drink enough to maintain a balanced diet"))
add(("ul", ["People enjoyed the food and were offered choices at each meal. Snacks and drinks were available throughout the day."]))
add(("h3", "Staff support: induction, training, skills and experience"))
add(("ul", ["Staff received an induction and training relevant to their roles, and told us they felt supported through regular supervision."]))

# CARING
c.section = "Is the service caring?"; c.domain = "Caring"
add(("h1", "Is the service caring?"))
add(("p", ["Our findings"], "bold"))
add(("p", ["Caring \u2013 this means we looked for evidence that the service involved people and treated them with compassion, kindness, dignity and respect."]))
add(("p", ["At the last inspection this key question was rated as good. At this inspection the rating has remained good. This meant people were supported and treated with dignity and respect; and involved as partners in their care."]))
add(("h3", "Ensuring people are well treated and supported; respecting equality and diversity"))
add(("ul", ["People were treated with kindness. We saw staff speaking with people in a warm and respectful way, and taking time to chat with them.",
            "Relatives told us they were always made to feel welcome. One relative said, \u201cIt feels like a family here.\u201d"]))

# RESPONSIVE
c.section = "Is the service responsive?"; c.domain = "Responsive"
add(("h1", "Is the service responsive?"))
add(("p", ["Our findings"], "bold"))
add(("p", ["Responsive \u2013 this means we looked for evidence that the service met people's needs."]))
add(("p", ["At the last inspection this key question was rated as requires improvement. At this inspection the rating has changed to good. This meant people's needs were met through good organisation and delivery."]))
add(("h3", "Planning personalised care to ensure people have choice and control and to meet their needs and preferences"))
add(("p", ["At our last inspection the provider had failed to ensure people's care plans reflected their individual needs and preferences. This was a breach of regulation 9 (Person-centred care) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."], "boxed"))
add(("p", ["Enough improvement had been made at this inspection and the provider was no longer in breach of regulation 9."]))
add(("ul", ["Care plans had been rewritten with people and their relatives and contained detailed information about people's life histories, preferences and routines.",
            "Staff knew people well."]))
add(("h3", "End of life care and support"))
add(("ul", ["No one was receiving end of life care at the time of our inspection. Staff had received training and the service worked with the local hospice team.",
            "Some people's care plans contained only limited information about their wishes for care at the end of their lives."]))
add(("p", [c.should("We recommend the provider considers current guidance on advance care planning and takes action to ensure people's end of life wishes are explored and recorded.")]))
add(("h3", "Improving care quality in response to complaints or concerns"))
add(("ul", ["The provider had a complaints procedure. Complaints received had been investigated and responded to in line with the procedure."]))

# WELL-LED
c.section = "Is the service well-led?"; c.domain = "Well-led"
add(("h1", "Is the service well-led?"))
add(("p", ["Our findings"], "bold"))
add(("p", ["Well-led \u2013 this means we looked for evidence that service leadership, management and governance assured high-quality, person-centred care; supported learning and innovation; and promoted an open, fair culture."]))
add(("p", ["At the last inspection this key question was rated as requires improvement. At this inspection the rating has remained requires improvement. This meant the service management and leadership was inconsistent. Leaders and the culture they created did not always support the delivery of high-quality, person-centred care."]))
add(("h3", "Managers and staff being clear about their roles, and understanding quality performance, risks and regulatory requirements"))
add(("p", ["At our last inspection the provider had failed to ensure systems to assess, monitor and improve the quality and safety of the service were effective. This was a breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."], "boxed"))
add(("ul", ["Audits of care plans had not identified that risk information about choking and falls was missing or out of date.",
            "The analysis of accidents and incidents did not identify patterns, such as the number of falls occurring at night when fewer staff were on duty.",
            "The provider's oversight visits had not been followed up with action plans."]))
add(("p", ["Systems were not robust enough to demonstrate the quality and safety of the service was effectively managed. This placed people at risk of harm.",
           c.must("Enough improvement had not been made at this inspection and the provider was still in breach of regulation 17.", [R(17)])]))
add(("ul", ["The registered manager had not notified CQC of two incidents where people had been seriously injured following falls, or of an allegation of abuse which had been referred to the local authority safeguarding team."]))
add(("p", ["The provider had failed to notify CQC of incidents as required by law. The registered manager told us they had not understood which incidents needed to be notified, and they submitted the outstanding notifications after our inspection.",
           c.must("This was a breach of regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.", [R(18, "", "REG2009")])]))
add(("h3", "Engaging and involving people using the service, the public and staff, fully considering their equality characteristics"))
add(("ul", ["The provider sought feedback from people and relatives through annual surveys and residents' meetings. Staff meetings were held every two months."]))
add(("h3", "Working in partnership with others"))
add(("ul", ["The service worked with health professionals, including GPs, district nurses and the local hospice, to achieve good outcomes for people."]))

add(("break",))
add(("h1", "Action we have told the provider to take"))
add(("p", ["The table below shows where regulations were not being met and we have asked the provider to send us a report that says what action they are going to take. We did not take formal enforcement action at this stage. We will check that this action is taken by the provider."]))
ACT = ["Accommodation for persons who require nursing or personal care", "Treatment of disease, disorder or injury"]
NOT = [
    ("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment", "RA2014", 12, "Safe care and treatment",
     "Risks to people's health and safety, including the risk of choking and of falls, were not always assessed, monitored or mitigated.", "Regulation 12 (1)(2)(a)(b)"),
    ("Regulation 17 HSCA RA Regulations 2014 Good governance", "RA2014", 17, "Good governance",
     "Systems to assess, monitor and improve the quality and safety of the service were not effective. Records were not accurate or complete.", "Regulation 17 (1)(2)(a)(b)(c)"),
    ("Regulation 18 HSCA RA Regulations 2014 Staffing", "RA2014", 18, "Staffing",
     "The provider had not deployed sufficient numbers of suitably qualified, competent, skilled and experienced staff to meet people's needs.", "Regulation 18 (1)"),
    ("Regulation 18 CQC (Registration) Regulations 2009 Notification of other incidents", "REG2009", 18, "Notification of other incidents",
     "The registered person had not notified the Commission without delay of serious injuries to people or of an allegation of abuse.", "Regulation 18 (1)(2)(a)(e)"),
]
rows = [["Regulated activity", "Regulation"]]
for h, ins, n, ttl, body, cl in NOT:
    rows.append([ACT, ["**" + h, "How the regulation was not being met:", body, cl]])
add(("table", rows))

tmp_pdf = "/tmp/EM-docx/care_home_lo.pdf"
build(tmp_pdf, B, HDR, FOOT, font="Liberation Serif", size=10.5, margins=(22, 22, 20, 20), heading_color="005E7B", cover=cover, widow_control=False)
pdf = OUT + "/report.pdf"
subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", pdf, tmp_pdf], check=True)


def strip(i, total):
    return [HDR if i > 1 else "", "@F%d %s" % (i, FOOT)]

import pdfplumber
with pdfplumber.open(pdf) as PP:
    texts = [norm(pg.extract_text() or "") for pg in PP.pages]
notices = []
for h, ins, n, ttl, body, cl in NOT:
    hits = [i + 1 for i, t in enumerate(texts) if norm(" ".join(h.split()[:5])) in t]
    assert len(hits) == 1, (h, hits)
    notices.append({"kind": "requirement_notice", "page": hits[0], "regulated_activities": ACT,
                    "regulation": {"instrument": ins, "number": n, "title": ttl}, "heading": h,
                    "body": body, "closing": cl})
gsver = subprocess.run(["gs", "--version"], capture_output=True, text=True).stdout.strip()
meta = {"provider": PROV, "location": LOC, "report_type": "Inspection report", "published": "2022-04-07",
        "inspection_dates": ["2022-02-15", "2022-02-22"],
        "ratings": {"overall": "Requires Improvement", "safe": "Requires Improvement", "effective": "Good",
                    "caring": "Good", "responsive": "Good", "well_led": "Requires Improvement"}}
write_gold(OUT, "GPL Ghostscript %s (re-print of LibreOffice 7.4 PDF from .docx)" % gsver, meta, B, pdf, strip=strip, notices=notices)
