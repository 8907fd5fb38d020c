# r5: GP practice, Single Assessment Framework assessment (2024), printed from HTML by headless Chromium.
import os, sys, html, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from goldutil import write_gold, reg
OUT = "/work/blind/JD/r5_gp_saf_2024"
PRACTICE = "Tollgate Lane Medical Practice"
PROV = "Dr N Adeyemi-Clarke and Partners"
MUSTS = [
 ("Ensure that patients prescribed high-risk medicines, including methotrexate and lithium, receive the required blood monitoring before each prescription is issued. (Regulation 12 Safe care and treatment)", [reg(12)]),
 ("Ensure that safety alerts from the Medicines and Healthcare products Regulatory Agency are acted on and that affected patients are reviewed. (Regulation 12 Safe care and treatment)", [reg(12)]),
 ("Establish effective systems to monitor the completion of staff training, including safeguarding and basic life support, for all clinical and non-clinical staff. (Regulation 17 Good governance)", [reg(17)]),
 ("Ensure that recruitment checks, including Disclosure and Barring Service checks and evidence of conduct in previous employment, are completed before staff start work. (Regulation 17 Good governance)", [reg(17)]),
 ("Ensure that test results and clinical correspondence are reviewed and actioned by a clinician within the timescales set in the practice's policy. (Regulation 17 Good governance)", [reg(17)]),
]
SHOULDS = [
 "Continue to improve the uptake of cervical cancer screening and childhood immunisations.",
 "Take action to improve patient satisfaction with telephone access to the practice.",
 "Keep a written record of clinical supervision for the advanced nurse practitioner and the clinical pharmacist.",
 "Review the practice's complaints leaflet so that it tells patients how to escalate a complaint to the Parliamentary and Health Service Ombudsman.",
 "Consider how the practice can involve its patient participation group in reviewing access and appointment arrangements.",
 "Develop a formal carers register and offer identified carers an annual health check.",
]
def esc(s): return html.escape(s)
def ul(xs): return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
QS = [("Safe", "Requires improvement", [("Learning culture", 3), ("Safe systems, pathways and transitions", 2), ("Safeguarding", 3), ("Medicines optimisation", 1), ("Safe and effective staffing", 2)]),
      ("Effective", "Good", [("Assessing needs", 3), ("Monitoring and improving outcomes", 3)]),
      ("Responsive", "Requires improvement", [("Equity in access", 2), ("Listening to and involving people", 2)]),
      ("Well-led", "Requires improvement", [("Governance, management and sustainability", 2), ("Shared direction and culture", 3)])]
NARR = {"Medicines optimisation": "We reviewed the records of 12 patients prescribed methotrexate. Five had not had the blood tests required before their last prescription. Leaders told us the searches should have been run monthly but this had not happened since the pharmacist left.",
        "Safe systems, pathways and transitions": "On the first day of our assessment there were 214 test results waiting to be reviewed, the oldest received 9 days earlier.",
        "Safe and effective staffing": "Training records showed gaps. Four of 11 non-clinical staff had not completed basic life support training.",
        "Equity in access": "The national GP patient survey showed 41% of patients found it easy to get through to the practice by phone, below the national average.",
        "Governance, management and sustainability": "There was no effective oversight of training, safety alerts or the handling of test results."}
css = """@page { size: A4; margin: 18mm 16mm; } body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color:#222; }
h1 { font-size: 22pt; color:#1d3a6e; margin-bottom: 2px; } h2 { font-size: 15pt; color:#1d3a6e; border-bottom: 2px solid #9ab; margin-top: 22px; }
h3 { font-size: 12pt; margin-bottom: 4px; } .meta { color:#555; } .score { float:right; font-weight:bold; } li { margin-bottom: 4px; }
.box { background:#eef2f7; padding: 8px 12px; margin: 8px 0; } .pb { break-before: page; }"""
h = [f"<html><head><meta charset='utf-8'><title>{PRACTICE} - Assessment</title><style>{css}</style></head><body>"]
h.append(f"""<h1>{PRACTICE}</h1><p class='meta'>14 Tollgate Lane, Brackenfield, BK7 3RW<br>Provider: {PROV}</p>
<div class='box'><b>Report from 4 March 2024 assessment</b><br>Date of assessment: 4 March 2024 to 20 March 2024<br>Report published: 11 June 2024<br>Type of service: GP practice (primary medical services)</div>
<h2>On this page</h2><ul><li>Overview</li><li>Safe</li><li>Effective</li><li>Caring</li><li>Responsive</li><li>Well-led</li></ul>
<h2>Overview</h2><p><b>Overall rating: Requires improvement</b></p>
<table><tr><td>Safe</td><td>Requires improvement</td></tr><tr><td>Effective</td><td>Good</td></tr><tr><td>Caring</td><td>Good</td></tr><tr><td>Responsive</td><td>Requires improvement</td></tr><tr><td>Well-led</td><td>Requires improvement</td></tr></table>
<h3>Our view of the service</h3>
<p>During an assessment under our new approach we looked at 11 quality statements in the safe, effective, responsive and well-led key questions. Scores for the remaining quality statements were carried over from the last inspection. We carried out a site visit on 12 March 2024 and spoke with staff and leaders remotely.</p>
<p>We identified 2 breaches of regulation relating to safe care and treatment and good governance. The practice did not have effective systems to monitor patients prescribed high-risk medicines, act on safety alerts or review test results in a timely way.</p>
<h3>People's experience of this service</h3><p>Patients told us clinicians listened to them and treated them with kindness. Many said it was difficult to get through on the telephone in the morning.</p>
<h3>Breaches of regulation</h3><p>We found breaches of regulations. The provider must:</p>{ul([m for m,_ in MUSTS])}
<h3>Areas for improvement</h3><p>Whilst we found no further breaches of regulations, the provider should:</p>{ul(SHOULDS)}
<p>We have asked the provider to send us an action plan setting out how they will meet the regulations.</p>""")
for kq, rating, qs in QS:
    h.append(f"<h2 class='pb'>{kq}</h2><p><b>Rating: {rating}</b></p><p>Percentage score: {int(sum(s for _,s in qs)/(4*len(qs))*100)}%</p>")
    for q, s in qs:
        h.append(f"<h3>{q} <span class='score'>Score: {s}</span></h3><p>{esc(NARR.get(q, 'We did not identify any concerns in this area. Staff and leaders gave consistent accounts of how this worked in practice.'))}</p>")
h.append("</body></html>")
src = "/work/blind/JD/_build/r5_source.html"
open(src, "w").write("\n".join(h))
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={OUT}/report.pdf", "file://" + src], check=True, capture_output=True)
F = [dict(kind="must", text=m, section="Breaches of regulation", service=None, regulations=r, expect_copies=1) for m, r in MUSTS]
F += [dict(kind="should", text=s, section="Areas for improvement", service=None, expect_copies=1) for s in SHOULDS]
meta = {"provider": PROV, "location": PRACTICE, "report_type": "Assessment", "published": "2024-06-11",
        "inspection_dates": ["2024-03-04", "2024-03-20"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Requires improvement", "well_led": "Requires improvement"}}
write_gold(f"{OUT}/report.pdf", f"{OUT}/gold.json", "headless Chromium --print-to-pdf from HTML (web-style SAF assessment page)", meta, F)
