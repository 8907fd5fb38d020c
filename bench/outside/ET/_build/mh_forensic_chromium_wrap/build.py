import html
MUST=["The provider must ensure that seclusion is recorded and reviewed in line with the Mental Health Act Code of Practice, including medical reviews within the required timescales. (Regulation 12(2)(a))",
"The provider must ensure that ligature risk assessments are completed for all wards and that the risks identified are mitigated. (Regulation 12(2)(d))",
"The provider must ensure that there are enough qualified nurses on each shift on Heron and Kestrel wards so that patients’ escorted leave and activities are not cancelled. (Regulation 18(1))",
"The provider must ensure that physical health monitoring is carried out and recorded after the administration of rapid tranquillisation. (Regulation 12(2)(b))",
"The provider must ensure that patients’ capacity to consent to treatment is assessed and recorded, and that treatment certificates are kept with medicine charts. (Regulation 11(1))"]
SHOULD=["The provider should ensure that staff receive regular clinical supervision and that this is recorded.",
"The provider should ensure that care plans reflect patients’ views and are written in a recovery-focused way.",
"The provider should ensure that patients have access to the psychological therapies recommended by the National Institute for Health and Care Excellence.",
"The provider should review the blanket restrictions on access to the garden on Heron ward.",
"The provider should ensure that the outcome of each complaint is communicated to the patient in writing.",
"The provider should ensure that Curlew ward is cleaned to a good standard and that maintenance requests are completed promptly."]
SHOULD2=list(SHOULD); SHOULD2[3]="The provider should review the blanket restriction on access to the garden on Heron ward."
box="data:image/svg+xml;utf8,"+"%3Csvg xmlns='http://www.w3.org/2000/svg' width='12' height='12'%3E%3Crect x='1' y='1' width='10' height='10' fill='none' stroke='%23004f6e' stroke-width='1.6'/%3E%3C/svg%3E"
tick="data:image/svg+xml;utf8,"+"%3Csvg xmlns='http://www.w3.org/2000/svg' width='12' height='12'%3E%3Cpath d='M1 6 L4.5 10 L11 1.5' fill='none' stroke='%23006b3c' stroke-width='1.8'/%3E%3C/svg%3E"
def ul(items,cls): return f'<ul class="{cls}">'+''.join(f'<li>{html.escape(t,quote=False)}</li>' for t in items)+'</ul>'
dial='''<div class="dial"><svg width="150" height="150" viewBox="0 0 150 150"><circle cx="75" cy="75" r="70" fill="#fbe9d6" stroke="#c26a00" stroke-width="6"/><text x="75" y="62" text-anchor="middle" font-size="13" font-family="Liberation Sans" fill="#7a4300">Rated</text><text x="75" y="82" text-anchor="middle" font-size="13" font-family="Liberation Sans" font-weight="bold" fill="#7a4300">Requires</text><text x="75" y="98" text-anchor="middle" font-size="13" font-family="Liberation Sans" font-weight="bold" fill="#7a4300">improvement</text></svg></div>'''
css=f'''@page{{size:A4;margin:22mm 20mm 20mm 20mm}}
body{{font-family:"DejaVu Serif",serif;font-size:10.2pt;line-height:1.42;color:#1a1a1a;text-align:justify}}
h1{{text-align:left;font-family:"Liberation Sans";font-size:24pt;color:#004f6e;margin:0 0 4pt}} h2{{font-family:"Liberation Sans";color:#004f6e;font-size:15pt;margin:16pt 0 6pt;break-after:avoid}}
h3{{font-family:"Liberation Sans";font-size:11.5pt;margin:12pt 0 4pt;break-after:avoid}}
.cover p{{margin:2pt 0;text-align:left}} .blurb{{font-size:8.8pt;color:#444;margin-top:14pt}}
table.r td{{padding:3pt 10pt 3pt 0;font-family:"Liberation Sans";font-size:10pt}}
.dial{{float:right;width:150px;height:150px;shape-outside:circle(50%);margin:0 0 6px 14px}}
.dial3{{float:right;width:150px;height:150px;shape-outside:circle(50%);margin:4px 0 6px 14px}} .dial2{{float:left;width:130px;height:130px;shape-outside:circle(50%);margin:0 12px 6px 0}}
ul.must{{list-style-image:url("{box}");padding-left:20pt}} ul.should{{list-style-image:url("{tick}");padding-left:20pt}}
li{{margin-bottom:5pt}} .pb{{break-before:page}}'''
doc=f'''<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Eastvale Partnership NHS Foundation Trust – Forensic inpatient or secure wards – Quality Report</title><style>{css}</style></head><body>
<div class="cover"><h1>Eastvale Partnership NHS Foundation Trust</h1>
<p style="font-family:Liberation Sans;font-size:15pt">Forensic inpatient or secure wards</p>
<p style="font-family:Liberation Sans;font-size:15pt;margin-bottom:14pt">Quality Report</p>
<p>Trust Headquarters, Gannet House, Orchard Lane, Eastvale, EV2 8JD</p><p>Tel: 01632 962100</p><p>Website: www.eastvalepartnership.nhs.uk</p>
<p>Date of inspection visit: 19–22 April 2016</p><p>Date of publication: 28/07/2016</p>
<h3>Locations inspected</h3><table class="r"><tr><td><b>Location ID</b></td><td><b>Name of CQC registered location</b></td><td><b>Name of service (e.g. ward/unit/team)</b></td></tr>
<tr><td>RX4Y1</td><td>Marshfield Secure Unit</td><td>Heron ward, Kestrel ward, Curlew ward</td></tr><tr><td>RX4Y3</td><td>Ashgrove Lodge</td><td>Wren ward</td></tr></table>
<h3>Ratings</h3><table class="r"><tr><td>Overall rating for the service</td><td><b>Requires improvement</b></td></tr><tr><td>Are services safe?</td><td><b>Requires improvement</b></td></tr><tr><td>Are services effective?</td><td><b>Requires improvement</b></td></tr><tr><td>Are services caring?</td><td><b>Good</b></td></tr><tr><td>Are services responsive?</td><td><b>Good</b></td></tr><tr><td>Are services well-led?</td><td><b>Good</b></td></tr></table>
<p class="blurb">This report describes our judgement of the quality of care provided within this core service by Eastvale Partnership NHS Foundation Trust. Where relevant we provide detail of each location or area of service visited. Our judgement is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.</p></div>
<h2 class="pb">Summary of findings</h2>
<h3>Overall summary</h3>
<p>We rated forensic inpatient or secure wards as requires improvement because the wards did not always have enough qualified nurses, seclusion was not always reviewed as the Code of Practice requires, and ligature risk assessments were missing for two wards. Physical health checks after rapid tranquillisation were not consistently recorded, and on Kestrel ward we found treatment certificates that did not match the medicines being given.</p>
<p>However, staff treated patients with kindness, dignity and respect. Patients had good access to education and work opportunities through the recovery college, and the wards worked well with the local police and probation teams.</p>
<h3>Areas for improvement</h3>
{dial}<p><b>Action the provider MUST take to improve</b></p>
{ul(MUST,'must')}
<p><b>Action the provider SHOULD take to improve</b></p>
{ul(SHOULD,'should')}
<h2>Information about the service</h2>
<p>Marshfield Secure Unit is a 60-bed medium secure unit for men. Heron and Kestrel wards are admission and treatment wards, Curlew ward is a rehabilitation ward. Ashgrove Lodge provides low secure care on Wren ward for up to 14 women. All patients were detained under the Mental Health Act 1983.</p>
<h2>Our inspection team</h2>
<p>The team that inspected this core service comprised two CQC inspectors, a Mental Health Act reviewer, a consultant forensic psychiatrist, a nurse with experience of secure services and an expert by experience.</p>
<h2>Are forensic inpatient or secure wards safe?</h2>
<p>Staff completed ligature audits on Heron and Wren wards but there was no current ligature risk assessment for Kestrel or Curlew wards. Records showed 31 shifts in the three months before our inspection where the ward had fewer qualified nurses than planned. Seclusion records for eleven episodes showed that medical reviews were not always completed within the timescales set by the Code of Practice.</p>
<h2 class="pb">Outstanding practice and areas for improvement</h2>
<h3>Outstanding practice</h3>
<p>The recovery college at Marshfield Secure Unit was co-produced with patients. Patients were able to gain qualifications accredited by a local further education college, and former patients were employed as peer tutors.</p>
<h3>Areas for improvement</h3>
<p><b>Action the provider MUST take to improve</b></p>
{ul(MUST,'must')}
{dial.replace('class="dial"','class="dial3"')}<p><b>Action the provider SHOULD take to improve</b></p>
{ul(SHOULD2,'should')}
</body></html>'''
open('/tmp/ET-work/r4/report.html','w').write(doc)
import json; json.dump({'MUST':MUST,'SHOULD':SHOULD,'SHOULD2':SHOULD2},open('/tmp/ET-work/r4/lists.json','w'),ensure_ascii=False)
