import html, sys
sys.path.insert(0, "/tmp/EI-build")
from data import *
import weasyprint

KQ = [("safe", "Are services safe?", "By safe, we mean that people are protected from abuse and avoidable harm."),
      ("effective", "Are services effective?", "By effective, we mean that people's care, treatment and support achieves good outcomes, promotes a good quality of life and is based on the best available evidence."),
      ("caring", "Are services caring?", "By caring, we mean that staff involve and treat people with compassion, kindness, dignity and respect."),
      ("responsive", "Are services responsive to people's needs?", "By responsive, we mean that services are organised so that they meet people's needs."),
      ("well_led", "Are services well-led?", "By well-led, we mean that the leadership, management and governance of the organisation make sure it's providing high-quality care that is based around individual needs, that it encourages learning and innovation, and that it promotes an open and fair culture.")]

CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-left { content: counter(page) "  " string(svc) " Quality Report " "%(pub)s"; font: 8pt Arial, sans-serif; color: #444; }
  @top-right { content: string(part); font: 8pt Arial, sans-serif; color: #1d5a8c; }
}
@page :first { @bottom-left { content: none; } @top-right { content: none; } }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.6pt; line-height: 1.38; color: #111; }
h2.svc { string-set: svc content(); }
h1.trust { font-size: 22pt; color: #1d5a8c; margin: 0 0 4mm 0; }
h2.svc { font-size: 15pt; margin: 0 0 6mm 0; }
.qr { font-size: 18pt; color: #1d5a8c; margin-bottom: 8mm; }
.cover td { padding: 1mm 3mm 1mm 0; vertical-align: top; }
.blurb { margin-top: 8mm; font-size: 9pt; }
table.loc, table.rat, table.req { border-collapse: collapse; width: 100%%; margin: 4mm 0; font-size: 8.8pt; }
table.loc th, table.loc td, table.req th, table.req td { border: 0.6pt solid #7a8ea3; padding: 1.5mm; vertical-align: top; text-align: left; }
table.loc th, table.req th { background: #dce6f0; }
table.rat td { padding: 1.6mm 2mm; border-bottom: 0.5pt solid #bbb; }
table.rat td.r { font-weight: bold; text-align: right; }
h2 { font-size: 14pt; color: #1d5a8c; border-bottom: 1pt solid #1d5a8c; padding-bottom: 1mm; margin-top: 7mm; }
h2.part { string-set: part content(); page-break-before: always; }
h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
h4 { font-size: 9.8pt; margin: 3mm 0 1mm 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 6mm; }
li { margin-bottom: 1.6mm; }
.kqbox { border: 0.6pt solid #7a8ea3; padding: 2mm 3mm; margin: 2mm 0 3mm 0; background: #f3f6f9; }
.rating { font-weight: bold; }
p.small { font-size: 8.5pt; color: #333; }
"""


def esc(s):
    return html.escape(s, quote=False)


def rating_rows(r):
    rows = [("Overall rating for the service", r["overall"]), ("Are services safe?", r["safe"]),
            ("Are services effective?", r["effective"]), ("Are services caring?", r["caring"]),
            ("Are services responsive?", r["responsive"]), ("Are services well-led?", r["well_led"])]
    return "".join(f"<tr><td>{a}</td><td class='r'>{b}</td></tr>" for a, b in rows)


def aofi(rep, heading_level="h3"):
    out = [f"<{heading_level}>Areas for improvement</{heading_level}>",
           "<h4>Action the provider MUST take to improve</h4><ul>"]
    out += [f"<li>{esc(t)}</li>" for _, t in rep["must"]]
    out += ["</ul><h4>Action the provider SHOULD take to improve</h4><ul>"]
    out += [f"<li>{esc(t)}</li>" for _, t in rep["should"]]
    out += ["</ul>"]
    return "\n".join(out)


def body_section(items):
    out = []
    for i, x in enumerate(items):
        out.append(f"<h4>{esc(x)}</h4>" if i % 2 == 0 else f"<p>{esc(x)}</p>")
    return "\n".join(out)


def build(rep):
    svc = rep["service"]
    r = rep["ratings"]
    h = [f"<html><head><meta charset='utf-8'><style>{CSS % {'pub': PUB}}</style></head><body>"]
    # cover
    h.append(f"<h1 class='trust'>{esc(TRUST)}</h1><h2 class='svc'>{esc(svc)}</h2><div class='qr'>Quality Report</div>")
    h.append(f"<table class='cover'><tr><td colspan=2>{esc(ADDRESS)}</td></tr><tr><td>Tel:</td><td>{TEL}</td></tr>"
             f"<tr><td>Website:</td><td>{WEB}</td></tr><tr><td>Date of inspection visit:</td><td>{VISIT}</td></tr>"
             f"<tr><td>Date of publication:</td><td>{PUB}</td></tr></table>")
    h.append("<h3>Locations inspected</h3><table class='loc'><tr><th>Location ID</th><th>Name of CQC registered location</th>"
             "<th>Name of service (e.g. ward/unit/team)</th><th>Postcode of service (ward/ unit/ team)</th></tr>")
    for a, b, c, d in rep["locations"]:
        h.append(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{d}</td></tr>")
    h.append("</table>")
    h.append(f"<p class='blurb'>This report describes our judgement of the quality of care provided within this core service by {esc(TRUST)}. "
             "Where relevant we provide detail of each location or area of service visited. Our judgement is based on a combination of what we found "
             "when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.</p>")
    h.append(f"<h3>Ratings</h3><table class='rat'>{rating_rows(r)}</table>")
    # summary
    h.append("<h2 class='part'>Summary of findings</h2>")
    h.append("<h3>Contents</h3><p class='small'>Summary of this inspection · Overall summary · The five questions we ask about the service and what we found · "
             "Information about the service · Our inspection team · Why we carried out this inspection · How we carried out this inspection · "
             "What people who use the provider's services say · Good practice · Areas for improvement<br/>Detailed findings from this inspection · "
             "Locations inspected · Mental Health Act responsibilities · Mental Capacity Act and Deprivation of Liberty Safeguards · Findings by our five questions · "
             "Outstanding practice and areas for improvement · Action we have told the provider to take</p>")
    h.append(f"<h2>Overall summary</h2><p>We rated {esc(svc[0].lower() + svc[1:])} as <b>{r['overall'].lower()}</b> because:</p><ul>")
    h += [f"<li>{esc(s)}</li>" for s in rep["summary"]]
    h.append("</ul>")
    h.append("<h2>The five questions we ask about the service and what we found</h2>")
    for key, q, _ in KQ:
        first = rep["body"][key][1]
        h.append(f"<div class='kqbox'><b>{q}</b> <span class='rating'>We rated {key.replace('_', '-') if key != 'well_led' else 'well-led'} as {r[key].lower()}.</span><p>{esc(first)}</p></div>")
    h.append(f"<h2>Information about the service</h2><p>{esc(rep['info'])}</p>")
    h.append("<h2>Our inspection team</h2><p>The team was led by Helen Marsh, inspection manager, and included two CQC inspectors, a Mental Health Act reviewer, "
             "a pharmacist inspector, two specialist advisers (a consultant psychiatrist and a senior mental health nurse) and an expert by experience.</p>")
    h.append("<h2>Why we carried out this inspection</h2><p>We inspected this core service as part of our ongoing comprehensive mental health inspection programme.</p>")
    h.append("<h2>How we carried out this inspection</h2><p>To fully understand the experience of people who use services, we always ask the following five questions "
             "of every service and provider: is it safe, is it effective, is it caring, is it responsive to people's needs, and is it well-led? Before the inspection visit, "
             "we reviewed information that we held about these services. During the inspection visit, the inspection team visited every ward or team, spoke with "
             "patients, carers and staff, attended meetings, and looked at care and treatment records, medication charts and policies.</p>")
    h.append("<h2>What people who use the provider's services say</h2><p>Most patients and carers we spoke with were positive about the way staff treated them. "
             "Some patients told us that they had not been involved in writing their care plans.</p>")
    h.append("<h2>Good practice</h2><p>Staff had developed a carers' information pack that was well received by families.</p>")
    h.append(aofi(rep, "h2"))
    # detailed findings
    h.append(f"<h2 class='part'>Detailed findings</h2><h3>{esc(TRUST)}</h3><h3>{esc(svc)}</h3>")
    h.append("<h3>Locations inspected</h3><table class='loc'><tr><th>Name of service (e.g. ward/unit/team)</th><th>Name of CQC registered location</th></tr>")
    for a, b, c, d in rep["locations"]:
        h.append(f"<tr><td>{esc(c)}</td><td>{esc(b)}</td></tr>")
    h.append("</table>")
    h.append("<h3>Mental Health Act responsibilities</h3><p>We do not give a rating for Mental Health Act responsibilities. We use our findings as a determiner in reaching an overall judgement about the provider. "
             "Our findings on the use of the Act are set out under the effective key question below.</p>")
    h.append("<h3>Mental Capacity Act and Deprivation of Liberty Safeguards</h3><p>Our findings on the Mental Capacity Act are set out under the effective key question below.</p>")
    for key, q, defn in KQ:
        h.append(f"<h2>{q}</h2><p class='small'>{esc(defn)}</p><p class='rating'>{r[key]}</p>")
        h.append(body_section(rep["body"][key]))
    h.append("<h2 class='part'>Outstanding practice and areas for improvement</h2><h3>Outstanding practice</h3><p>We did not identify any outstanding practice in this core service.</p>")
    h.append(aofi(rep, "h3"))
    h.append("<h2 class='part'>Action we have told the provider to take</h2><p>The table below shows the fundamental standards that were not being met. "
             "The provider has to send CQC a report that says what action they are going to take to meet these fundamental standards.</p>")
    h.append("<table class='req'><tr><th style='width:35%'>Regulated activity</th><th>Regulation</th></tr>")
    for reg, pts in rep["reqs"]:
        pts_html = "".join(f"<li>{esc(p)}</li>" for p in pts)
        h.append(f"<tr><td>Assessment or medical treatment for persons detained under the Mental Health Act 1983<br/>Treatment of disease, disorder or injury</td>"
                 f"<td><b>{esc(reg)}</b><p>How the regulation was not being met:</p><ul>{pts_html}</ul></td></tr>")
    h.append("</table></body></html>")
    return "\n".join(h)


for rep in REPORTS:
    src = build(rep)
    open(f"/tmp/EI-build/{rep['file']}.html", "w").write(src)
    weasyprint.HTML(string=src).write_pdf(f"/work/blind/EI/{rep['file']}")
    print("built", rep["file"])
