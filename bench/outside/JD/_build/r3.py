# r3: community health NHS trust, era B "Inspection report" (2019), HTML -> WeasyPrint; trust-level lists in two columns,
# repeated word for word at the end of each core-service chapter (also_at).
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
import goldutil
from goldutil import write_gold, reg
goldutil.FURNITURE = [r'\d+ Wyvernside Community Health NHS Trust Inspection report 14/11/2019', r'Summary of findings|Areas for improvement|Is this organisation well-led\?|Community health services for adults|Community health inpatient services|Community end of life care|Our inspection team|Requirement notices']
from weasyprint import HTML

OUT = "/work/blind/JD/r3_community_trust_2019"
TRUST = "Wyvernside Community Health NHS Trust"
PUB = "14/11/2019"
ADULTS = "Community health services for adults"
INPT = "Community health inpatient services"
EOLC = "Community end of life care"
CYP = "Community health services for children, young people and families"

TRUST_MUST = [("The trust must ensure that its systems for monitoring the completion of mandatory training give the board accurate, up-to-date information for every staff group. (Regulation 17(2)(a))", [reg(17, "(2)(a)")])]
TRUST_SHOULD = ["The trust should ensure that the board assurance framework links each strategic risk to the actions and controls that mitigate it.", "The trust should ensure that the freedom to speak up guardian has enough protected time to carry out the role across all sites."]
LIST = {
 ADULTS: (
  [("The trust must ensure that staff in the district nursing teams complete pressure ulcer risk assessments at the first visit and review them at the frequency set out in trust policy. (Regulation 12(2)(a)(b))", [reg(12, "(2)(a)(b)")]),
   ("The trust must ensure that there are sufficient registered nurses in the Eastgate and Millbrook district nursing teams to meet the planned caseload. (Regulation 18(1))", [reg(18, "(1)")]),
   ("The trust must ensure that insulin administration records are fully completed and signed for every visit. (Regulation 12(2)(g))", [reg(12, "(2)(g)")]),
   ("The trust must ensure that staff complete safeguarding adults level 3 training in line with the trust's target. (Regulation 18(2)(a))", [reg(18, "(2)(a)")])],
  ["The trust should ensure that staff working in the podiatry service have access to the electronic patient record when working in clinics away from their base.",
   "The trust should consider how it can reduce the waiting time for the community musculoskeletal physiotherapy service.",
   "The trust should ensure that district nursing team leaders have time set aside for clinical supervision of their staff."]),
 INPT: (
  [("The trust must ensure that resuscitation equipment on Heronfield ward is checked daily and that checks are recorded. (Regulation 15(1)(e))", [reg(15, "(1)(e)")]),
   ("The trust must ensure that patients' fluid and food intake charts are completed when patients are identified as at risk of dehydration or malnutrition. (Regulation 14(4)(a))", [reg(14, "(4)(a)")]),
   ("The trust must ensure that mental capacity assessments are completed and recorded for patients who lack capacity to consent to their care, and that Deprivation of Liberty Safeguards applications are made where needed. (Regulation 11(1)(3))", [reg(11, "(1)(3)")])],
  ["The trust should ensure that patients on Larkspur ward have access to therapy at weekends.",
   "The trust should ensure that the ward environment on Heronfield ward is made dementia-friendly, including signage and flooring.",
   "The trust should continue to work with local authority partners to reduce delays in discharging patients who are medically fit to leave."]),
 EOLC: (
  [("The trust must ensure that do not attempt cardiopulmonary resuscitation decisions are discussed with patients or those close to them and that these discussions are recorded. (Regulation 9(3)(b))", [reg(9, "(3)(b)")])],
  ["The trust should ensure that anticipatory medicines are available to patients in the last days of life without delay, including at weekends.",
   "The trust should ensure that the end of life care strategy is finalised and shared with staff.",
   "The trust should consider collecting feedback from bereaved families to help improve the service."]),
}

def esc(s): return html.escape(s)
def ul(items): return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"

CSS = f"""
@page {{ size: A4; margin: 2cm 1.8cm 2.2cm 1.8cm;
  @bottom-left {{ content: counter(page) " {TRUST} Inspection report {PUB}"; font-size: 8pt; color:#444; }}
  @top-left {{ content: string(runhead); font-size: 8pt; color:#666; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; hyphens: manual; }}
h1 {{ font-size: 20pt; color:#2c3e7a; string-set: runhead content(); }}
h1.cover {{ font-size: 24pt; }}
h2 {{ font-size: 13pt; color:#2c3e7a; margin-top: 1.2em; }}
h3 {{ font-size: 11pt; margin-bottom: .3em; }}
h4 {{ font-size: 10pt; font-style: italic; margin: .6em 0 .2em 0; }}
.two {{ column-count: 2; column-gap: 1cm; }}
.pb {{ page-break-before: always; }}
table.r td {{ border-bottom: 1px solid #999; padding: 3px 8px; }}
li {{ margin-bottom: .25em; break-inside: avoid; }}
"""

parts = [f"<style>{CSS}</style>"]
parts.append(f"""<h1 class='cover'>{TRUST}</h1><p style='font-size:16pt'>Inspection report</p>
<p>Trust Headquarters, Quarry Mill, 9 Tanners Walk, Wyvernside, WV4 2NS<br>Tel: 01632 960 772<br>www.wyvernsidecommunity.nhs.uk</p>
<p>Date of inspection visit: 3 Sept to 3 Oct 2019<br>Date of publication: {PUB}</p>
<p>We plan our next inspections based on everything we know about services, including whether they appear to be getting better or worse. Each report explains the reason for the inspection. This report describes our judgement of the quality of care provided by this trust. We based it on a combination of what we found when we inspected, other information available to us and information given to us from patients, the public and other organisations. This report is a summary of our inspection findings. You can find more detailed information about the service and what we found during our inspection in the related Evidence appendix.</p>
<h2>Ratings</h2><table class='r'>
<tr><td>Overall rating for this trust</td><td>Requires improvement ➔</td></tr>
<tr><td>Are services safe?</td><td>Requires improvement</td></tr><tr><td>Are services effective?</td><td>Good</td></tr>
<tr><td>Are services caring?</td><td>Good</td></tr><tr><td>Are services responsive?</td><td>Requires improvement</td></tr>
<tr><td>Are services well-led?</td><td>Requires improvement</td></tr></table>""")
parts.append(f"""<h1 class='pb'>Summary of findings</h1><h2>Background to the trust</h2>
<p>Wyvernside Community Health NHS Trust provides community health services to about 480,000 people across Wyvernside and the Tansley valley. It runs two community hospitals, Heronfield and Larkspur, and employs around 2,900 staff.</p>
<h2>Overall summary</h2><p>Our rating of this trust stayed the same since our last inspection. We rated it as requires improvement because:</p>
{ul(["We rated safe, responsive and well-led as requires improvement, and effective and caring as good.",
     "Staffing in two district nursing teams did not meet planned levels.",
     "The board did not have reliable data on mandatory training compliance."])}
<h2>What we inspected</h2><p>We inspected three of the trust's five core services: {ADULTS.lower()}, {INPT.lower()} and {EOLC.lower()}. We did not inspect {CYP.lower()} or community dental services because our monitoring did not indicate a change in quality.</p>
<h2>Outstanding practice</h2><p>The Larkspur ward team had introduced a volunteer-led 'breakfast club' which improved nutrition and mobility for older patients.</p>
<h2>Areas for improvement</h2>
<p>We found areas for improvement including 9 breaches of legal requirements that the trust must put right. We found 14 things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality.</p>
<h2>Action we have taken</h2><p>We issued requirement notices to the trust. That meant the trust had to send us a report saying what action it would take to meet these requirements. Our action related to breaches of legal requirements at trust-wide level and in three core services.</p>
<h2>What happens next</h2><p>We will check that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.</p>
<h1 class='pb'>Areas for improvement</h1>
<div class='two'>
<h2>Action the trust MUST take to improve</h2>
<p>We told the trust that it must take action to bring services into line with 9 legal requirements. This action related to the trust overall and three services.</p>
<h3>Trust-wide</h3>{ul([s for s,_ in TRUST_MUST])}""")
for svc, (m, s) in LIST.items():
    parts.append(f"<h3>{svc}</h3>{ul([x for x,_ in m])}")
parts.append(f"<h2>Action the trust SHOULD take to improve</h2><h3>Trust-wide</h3>{ul(TRUST_SHOULD)}")
for svc, (m, s) in LIST.items():
    parts.append(f"<h3>{svc}</h3>{ul(s)}")
parts.append("</div>")
parts.append("""<h1 class='pb'>Is this organisation well-led?</h1><h2>Leadership</h2><p>The board had the appropriate range of skills and experience. Executives were visible on the wards and in teams.</p>
<h2>Governance</h2><p>The training dashboard presented to the quality committee reported 93% compliance; our review of local records found that for some staff groups the true figure was below 70%. Leaders told us the data should have been validated before it was reported.</p>
<h2>Culture</h2><p>The freedom to speak up guardian worked one day a week in the role and staff at Larkspur did not know how to contact them.</p>""")
body = {
 ADULTS: ("Requires improvement", "The trust provides district nursing, podiatry, community musculoskeletal physiotherapy and specialist nursing services for adults across 14 localities.",
          "Staffing levels in two district nursing teams were below plan and pressure ulcer risk assessments were not always completed. Some insulin records were incomplete."),
 INPT: ("Requires improvement", "The trust has two community hospitals: Heronfield (24 beds) and Larkspur (18 beds), providing rehabilitation and step-down care.",
        "Resuscitation equipment checks on Heronfield ward had gaps. Food and fluid charts were not always completed and mental capacity assessments were missing."),
 EOLC: ("Good", "The specialist palliative care team supports patients at home, in community hospitals and in care homes.",
        "Staff were compassionate and skilled, but do not attempt cardiopulmonary resuscitation discussions were not always recorded."),
}
for svc, (rating, info, summ) in body.items():
    m, s = LIST[svc]
    parts.append(f"""<h1 class='pb'>{svc}</h1><p><b>{rating}</b></p><h2>Key facts and figures</h2><p>{esc(info)}</p>
<h2>Summary of this service</h2><p>Our rating of this service stayed the same. We rated it as {rating.lower()} because:</p>{ul([summ])}
<h2>Is the service safe?</h2><h4>Mandatory training</h4><p>Most staff had completed mandatory training, but compliance with some modules was below the trust target.</p>
<h4>Safeguarding</h4><p>Staff understood how to protect patients from abuse and knew how to make a referral.</p>
<h2>Is the service well-led?</h2><h4>Governance</h4><p>Managers held monthly governance meetings, but actions from audits were not always followed up.</p>
<h2>Areas for improvement</h2><div class='two'><h3>Action the trust MUST take to improve</h3>{ul([x for x,_ in m])}
<h3>Action the trust SHOULD take to improve</h3>{ul(s)}</div>""")
parts.append("""<h1 class='pb'>Our inspection team</h1><p>The inspection was led by Tobias Grennell, Head of Hospital Inspection. An executive reviewer, Dr Aneka Solberg, supported our inspection of well-led for the trust overall. The team included four inspectors, a medicines inspector and eight specialist advisers.</p>
<h1 class='pb'>Requirement notices</h1><p>Action we have told the provider to take. The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.</p>
<table class='r'><tr><td><b>Regulated activity</b></td><td><b>Regulation</b></td></tr>
<tr><td>Treatment of disease, disorder or injury</td><td>Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment<br>How the regulation was not being met: Pressure ulcer risk assessments were not completed on first visit for 7 of 20 patients. Insulin records had unsigned entries.</td></tr>
<tr><td>Treatment of disease, disorder or injury</td><td>Regulation 18 HSCA (RA) Regulations 2014 Staffing<br>How the regulation was not being met: Registered nurse staffing in two teams was below the planned establishment for five consecutive months. Safeguarding adults level 3 training compliance was 61%.</td></tr>
<tr><td>Treatment of disease, disorder or injury</td><td>Regulation 17 HSCA (RA) Regulations 2014 Good governance<br>How the regulation was not being met: The board received inaccurate training compliance data.</td></tr>
<tr><td>Accommodation for persons who require nursing or personal care</td><td>Regulation 11 HSCA (RA) Regulations 2014 Need for consent<br>How the regulation was not being met: Capacity assessments were missing for patients with cognitive impairment.</td></tr>
</table>""")
HTML(string="\n".join(parts)).write_pdf(f"{OUT}/report.pdf")
with open("/work/blind/JD/_build/r3_source.html", "w") as fh: fh.write("\n".join(parts))

F = []
for s, r in TRUST_MUST:
    F.append(dict(kind="must", text=s, section="Action the trust MUST take to improve", service=None, regulations=r, expect_copies=1))
for svc, (m, s) in LIST.items():
    for t, r in m:
        F.append(dict(kind="must", text=t, section="Action the trust MUST take to improve", service=svc, regulations=r, expect_copies=2))
for s in TRUST_SHOULD:
    F.append(dict(kind="should", text=s, section="Action the trust SHOULD take to improve", service=None, expect_copies=1))
for svc, (m, s) in LIST.items():
    for t in s:
        F.append(dict(kind="should", text=t, section="Action the trust SHOULD take to improve", service=svc, expect_copies=2))
meta = {"provider": TRUST, "location": None, "report_type": "Inspection report", "published": "2019-11-14",
        "inspection_dates": ["2019-09-03", "2019-10-03"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Requires improvement", "well_led": "Requires improvement"}}
write_gold(f"{OUT}/report.pdf", f"{OUT}/gold.json", "WeasyPrint from HTML; action lists in CSS two columns", meta, F)
