import sys, json, html; sys.path.insert(0, '/tmp/FE-work')
A = 'Community health services for adults'; I = 'Community health inpatient services'; C = 'Community health services for children, young people and families'
MUST = {A: ["The trust must ensure that wound care assessments, including photographs and measurements, are completed and reviewed at the frequency set out in the trust\u2019s tissue viability policy. (Regulation 12(2)(a))",
            "The trust must ensure that staff in the district nursing teams complete mandatory training in basic life support and safeguarding adults level 2. (Regulation 18(2)(a))",
            "The trust must ensure that there are sufficient numbers of suitably qualified district nurses deployed to meet the needs of patients on the caseload, including at weekends. (Regulation 18(1))"],
        I: ["The trust must ensure that patients at risk of falls have a completed multifactorial falls risk assessment within 24 hours of admission to Heron and Kingfisher wards. (Regulation 12(2)(a))",
            "The trust must ensure that resuscitation equipment on Kingfisher ward is checked daily and that expired items are replaced. (Regulation 12(2)(e))"],
        C: ["The trust must ensure that children referred to the speech and language therapy service are assessed within the trust\u2019s target time and that risks to children on the waiting list are monitored. (Regulation 12(2)(a))",
            "The trust must ensure that health visitors receive safeguarding supervision at least every three months. (Regulation 13(2))"]}
SHOULD = {A: ["The trust should ensure that patients\u2019 care plans record their preferences about where they would like to be seen.",
              "The trust should consider how the district nursing teams can access the electronic patient record when working in areas with poor mobile coverage.",
              "The trust should ensure that learning from pressure ulcer investigations is shared across all district nursing teams."],
          I: ["The trust should ensure that the activities programme on Heron ward is available at weekends.",
              "The trust should ensure that the discharge lounge is staffed when patients are waiting for transport."],
          C: ["The trust should ensure that the school nursing service records the outcome of every contact with a child or young person.",
              "The trust should continue to work with commissioners to reduce waiting times for community paediatric appointments."]}
order = [A, I, C]
CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm; @bottom-left { content: 'Eastmarsh Community Healthcare NHS Trust Inspection report 29/01/2020'; font-size: 7.5pt; color: #666; font-family: 'DejaVu Sans'; } @bottom-right { content: counter(page); font-size: 7.5pt; font-family: 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #222; margin: 0; }
h1 { font-size: 22pt; color: #00577a; margin: 0 0 4pt 0; } h2 { font-size: 14pt; color: #00577a; margin: 16pt 0 6pt; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; }
.foot { position: fixed; bottom: -12mm; left: 0; right: 0; font-size: 7.5pt; color: #666; border-top: 0.5pt solid #aaa; padding-top: 2pt; }
.glance { border-left: 4pt solid #00577a; padding: 4pt 10pt; background: #eef6f9; text-align: justify; }
.glance b.svc { color: #00577a; }
.glance .sq { color: #00577a; font-size: 7pt; padding: 0 3pt; }
.actions { display: grid; grid-template-columns: 1fr; }
.block table { width: 100%; border-collapse: collapse; margin-bottom: 8pt; }
.block th { background: #00577a; color: white; text-align: left; padding: 7pt 12pt; font-size: 10pt; }
.block td { padding: 9pt 14pt; vertical-align: top; }
.block tr:nth-child(odd) td { background: #e3eef3; }
.block tr:nth-child(even) td { background: #ffffff; }
.block tr { break-inside: avoid; }
.lead { grid-column: 1; }
"""
def block(kind, svc):
    items = (MUST if kind == 'MUST' else SHOULD)[svc]
    rows = ''.join(f'<tr><td>{html.escape(t)}</td></tr>' for t in items)
    return f'<div class="block"><table><thead><tr><th>{html.escape(svc)}</th></tr></thead><tbody>{rows}</tbody></table></div>'
# visual order: MUST heading, MUST A,I,C, SHOULD heading, SHOULD A,I,C  -> grid rows 1..8
# DOM order: SHOULD blocks first (reversed), then MUST blocks reversed, headings last
dom = []
for k, svc in enumerate(reversed(order)):
    dom.append(f'<div style="grid-row:{6 + 2 - k}">{block("SHOULD", svc)}</div>')
for k, svc in enumerate(reversed(order)):
    dom.append(f'<div style="grid-row:{2 + 2 - k}">{block("MUST", svc)}</div>')
dom.append('<div style="grid-row:5" class="lead"><h3>Action the trust SHOULD take to improve</h3><p>We told the trust that it should take the following actions to comply with minor breaches that did not justify regulatory action, to prevent it failing to comply with legal requirements in future, or to improve services.</p></div>')
dom.append('<div style="grid-row:1" class="lead"><h3>Action the trust MUST take to improve</h3><p>We told the trust that it must take action to bring services into line with seven legal requirements. This action related to three services.</p></div>')
glance = ''.join(f'<b class="svc">{html.escape(s)}:</b> ' + ' '.join(f'<span class="sq">\u25A0</span>{html.escape(t)}' for t in MUST[s]) + ' ' for s in order)
doc = f"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Eastmarsh Community Healthcare NHS Trust - Inspection report</title><style>{CSS}</style></head><body>
<div style="page-break-after:always">
<p style="font-size:12pt;margin:0 0 6pt">Eastmarsh Community Healthcare NHS Trust</p>
<h1>Inspection report</h1>
<p>Trust headquarters, Saltings House, 4 Quay Street, Eastmarsh, EM1 2HD<br>Tel: 01632 960 771<br>www.eastmarshcommunity.nhs.uk</p>
<p>Date of inspection visit: 8 October to 14 November 2019<br>Date of publication: 29/01/2020</p>
<p>This report describes our judgement of the quality of care at this trust. It is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.</p>
<h2>Ratings</h2>
<table style="border-collapse:collapse;width:70%">
""" + ''.join(f'<tr><td style="padding:4pt 8pt;border-bottom:0.5pt solid #ccc">{a}</td><td style="padding:4pt 8pt;border-bottom:0.5pt solid #ccc"><b>{b}</b></td></tr>' for a, b in
 [('Overall rating for this trust', 'Requires improvement'), ('Are services safe?', 'Requires improvement'), ('Are services effective?', 'Good'),
  ('Are services caring?', 'Good'), ('Are services responsive?', 'Good'), ('Are services well-led?', 'Requires improvement')]) + f"""</table>
</div>
<h2>Summary of findings</h2>
<h3>Background to the trust</h3>
<p>Eastmarsh Community Healthcare NHS Trust provides community health services to a population of about 640,000 people across Eastmarsh and the Saltings district. It runs two community hospitals, Heron ward at Saltings Community Hospital and Kingfisher ward at Fenwick Lodge, and employs about 2,300 staff.</p>
<h3>Overall summary</h3>
<p>Our rating of this trust went down. We rated it as requires improvement because safety and well-led were rated as requires improvement, and in rating the trust we took into account the current ratings of the three services not inspected this time.</p>
<h3>What we found</h3>
<p>District nursing teams were short of qualified staff and wound care was not always assessed in line with policy. On the inpatient wards, falls risk assessments were not always completed promptly. Children waited too long for speech and language therapy. However, staff were caring, patients were involved in decisions, and leaders were visible and approachable.</p>
<h2>Areas for improvement</h2>
<p>We found areas for improvement including seven breaches of legal requirements that the trust must put right. We found seven things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality.</p>
<h3>At a glance: what the trust must do</h3>
<div class="glance">{glance}</div>
<p style="font-size:8.5pt;color:#555">The full list of actions, grouped by core service, is set out below.</p>
<div class="actions">{''.join(dom)}</div>
<h2>Action we have taken</h2>
<p>We issued seven requirement notices to the trust. Our action related to breaches of legal requirements in three core services. For more information on things the trust must improve, see the Areas for improvement section above.</p>
<h2>What happens next</h2>
<p>We will make sure that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.</p>
</body></html>"""
open('/tmp/FE-work/r2.html', 'w').write(doc)
json.dump({'MUST': MUST, 'SHOULD': SHOULD, 'order': order}, open('/tmp/FE-work/r2items.json', 'w'))
