import sys, subprocess, html; sys.path.insert(0, '/tmp/FB-work')
from common import *
OUT = '/work/blind/FB/gp_shadow_leaders'
MUST = ['Ensure that all clinical staff complete safeguarding children training to a level appropriate to their role.',
        'Implement a system to ensure that patient safety alerts, including those from the Medicines and Healthcare products Regulatory Agency, are received, acted on and recorded.',
        'Ensure that recruitment checks, including Disclosure and Barring Service checks, are completed and recorded for all staff before they start work.',
        'Ensure that the temperature of the vaccine refrigerator is monitored and recorded daily, and that action is taken when it is outside the recommended range of 2°C to 8°C.',
        'Carry out a risk assessment for legionella and act on its findings.',
        'Ensure that patient group directions are signed by each nurse who uses them and are authorised by a prescriber.']
SHOULD = ['Review how the practice identifies carers so that they can be offered support.',
          'Improve telephone access so that patients can get through to the practice when it opens at 8am.',
          'Consider installing a hearing loop in the reception area.',
          "Ensure that the practice’s complaints leaflet tells patients how to escalate their complaint if they are not satisfied with the response.",
          'Continue to monitor and improve the uptake of cervical screening.',
          'Ensure that minutes of practice meetings record the learning from significant events and who is responsible for each action.',
          'Review the arrangements for checking emergency medicines so that the checks are recorded.']
def ul(items, cls=''):
    return '<ul class="%s">' % cls + ''.join('<li>%s</li>' % html.escape(s) for s in items) + '</ul>'
toc = [('Summary of this inspection', ''), ('Letter from the Chief Inspector of General Practice', '3'),
       ('The five questions we ask and what we found', '3'), ('The six population groups and what we found', '4'),
       ('Areas for improvement', '5'), ('Detailed findings', ''), ('Our inspection team', '5'),
       ('Background to Fenwick Lane Surgery', '5'), ('Why we carried out this inspection', '5')]
def tocrow(t, n):
    if not n: return '<div class="tochead">%s</div>' % t
    return '<div class="toc"><span class="t">%s</span><span class="dots">%s</span><span class="n">%s</span></div>' % (t, ' .' * 120, n)
page = f'''<!doctype html><html><head><meta charset="utf-8"><title>Fenwick Lane Surgery Quality Report</title><style>
@page {{ size: A4; margin: 18mm 17mm 22mm 17mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #1d1d1b; line-height: 1.38; margin: 0; }}
.foot {{ position: fixed; bottom: -14mm; left: 0; right: 0; font-size: 7.5pt; color: #666; border-top: 0.5pt solid #0a7b83; padding-top: 2pt; }}
.cover {{ height: 230mm; page-break-after: always; }}
.cover h1 {{ font-size: 26pt; color: #0a7b83; margin: 0 0 4mm 0; text-shadow: 1px 1px 0 #b9dfe1; }}
.cover .prov {{ font-size: 15pt; font-weight: bold; margin-top: 20mm; }}
.cover .loc {{ font-size: 13pt; margin-bottom: 10mm; }}
table.rat {{ border-collapse: collapse; width: 100%; margin-top: 8mm; }}
table.rat td {{ border-bottom: 0.5pt solid #9cc; padding: 3pt 2pt; }}
table.rat td.r {{ font-weight: bold; }}
.tochead {{ font-weight: bold; color: #0a7b83; margin-top: 8pt; }}
.toc {{ display: flex; white-space: nowrap; }}
.toc .dots {{ flex: 1; overflow: hidden; color: #888; margin: 0 3pt; }}
.contents {{ page-break-after: always; }}
h2 {{ color: #0a7b83; font-size: 16pt; margin: 0 0 6pt 0; }}
h3 {{ color: #0a7b83; font-size: 12pt; margin: 12pt 0 4pt 0; }}
.letter {{ display: flex; gap: 7mm; }}
.letter .main {{ flex: 2.1; }}
.letter .side {{ flex: 1; text-align: right; background: #e8f4f5; padding: 4mm; font-size: 9pt; }}
.panel {{ background: #f1f7f7; border-left: 3pt solid #0a7b83; padding: 3mm 4mm; text-shadow: 0.7px 0.7px 0 #a8c9cb; }}
.side .panel {{ background: none; border: none; padding: 0; }}
ul {{ padding-left: 5mm; margin: 3pt 0; }} li {{ margin-bottom: 3pt; }}
ul.rag {{ list-style: none; padding: 0; }}
ul.rag li::before {{ content: "\\25AA\\00A0"; color: #0a7b83; }}
.brk {{ page-break-before: always; }}
.sig {{ margin-top: 8pt; }}
</style></head><body>
<div class="cover">
<div class="prov">Dr Anjali Mehra and Partners</div>
<div class="loc">Fenwick Lane Surgery</div>
<h1>Quality Report</h1>
<p>22 Fenwick Lane<br>Lowbridge<br>LB3 4QD<br>Tel: 01632 960 158<br>Website: www.fenwicklanesurgery.co.uk</p>
<p><b>Date of inspection visit:</b> 12 November 2015<br><b>Date of publication:</b> 11/02/2016</p>
<p style="font-size:8.5pt;color:#555">This report describes our judgement of the quality of care at this service. It is based on a combination of what we found when we inspected, information from our ‘Intelligent Monitoring’ system, and information given to us from the provider, patients, the public and other organisations.</p>
<table class="rat">
<tr><td>Overall rating for this service</td><td class="r">Requires improvement</td></tr>
<tr><td>Are services safe?</td><td class="r">Inadequate</td></tr>
<tr><td>Are services effective?</td><td class="r">Requires improvement</td></tr>
<tr><td>Are services caring?</td><td class="r">Good</td></tr>
<tr><td>Are services responsive to people’s needs?</td><td class="r">Good</td></tr>
<tr><td>Are services well-led?</td><td class="r">Requires improvement</td></tr>
</table></div>
<div class="contents"><h2>Contents</h2>{''.join(tocrow(t, n) for t, n in toc)}</div>
<h2>Letter from the Chief Inspector of General Practice</h2>
<div class="letter"><div class="main">
<p>We carried out an announced comprehensive inspection at Fenwick Lane Surgery on 12 November 2015. Overall the practice is rated as requires improvement.</p>
<p>Our key findings across all the areas we inspected were as follows:</p>
<ul><li>Staff understood their responsibilities to raise concerns and report incidents, but learning from significant events was not always shared with the whole team.</li>
<li>Risks to patients were not always assessed and well managed, including those relating to recruitment checks and legionella.</li>
<li>Patients said they were treated with compassion, dignity and respect, and were involved in decisions about their care.</li>
<li>Patients told us it was difficult to get through to the practice by telephone in the morning.</li></ul>
<div class="panel"><p><b>The areas where the provider must make improvement are:</b></p>{ul(MUST)}</div>
</div><div class="side"><div class="panel"><p><b>The areas where the provider should make improvement are:</b></p>{ul(SHOULD, 'rag')}</div></div></div>
<p class="sig"><b>Professor Steve Field (CBE FRCP FFPH FRCGP)</b><br>Chief Inspector of General Practice</p>
<h3>The five questions we ask and what we found</h3>
<p><b>Are services safe?</b> The practice is rated as inadequate for providing safe services. Recruitment checks had not been completed for two members of staff, and there was no legionella risk assessment. Vaccine refrigerator temperatures had not been recorded on 11 days in October 2015.</p>
<p><b>Are services effective?</b> The practice is rated as requires improvement for providing effective services. Two nurses had not completed safeguarding children training at level 2.</p>
<p><b>Are services caring?</b> The practice is rated as good for providing caring services. Data from the national GP patient survey showed patients rated the practice higher than others for several aspects of care.</p>
<p><b>Are services responsive to people’s needs?</b> The practice is rated as good for providing responsive services.</p>
<p><b>Are services well-led?</b> The practice is rated as requires improvement for being well-led. Governance arrangements did not ensure that patient safety alerts were acted on.</p>
<h3>The six population groups and what we found</h3>
<p>The practice is rated as requires improvement for the care of older people, people with long-term conditions, families, children and young people, working age people, people whose circumstances may make them vulnerable and people experiencing poor mental health (including people with dementia). The concerns which led to these ratings apply to everyone using the practice, including this population group.</p>
<h3 class="brk">Areas for improvement</h3>
<p><b>Action the service MUST take to improve</b></p>{ul(MUST)}
<p><b>Action the service SHOULD take to improve</b></p>{ul(SHOULD)}
<h2 style="margin-top:14pt">Our inspection team</h2>
<p>Our inspection team was led by a CQC Lead Inspector. The team included a GP specialist adviser and a practice manager specialist adviser.</p>
<h2>Background to Fenwick Lane Surgery</h2>
<p>Fenwick Lane Surgery provides primary medical services to approximately 8,400 patients under a General Medical Services contract. The practice has three GP partners, two salaried GPs, two practice nurses and a healthcare assistant.</p>
<h2>Why we carried out this inspection</h2>
<p>We carried out a comprehensive inspection of this service under Section 60 of the Health and Social Care Act 2008 as part of our regulatory functions. This inspection was planned to check whether the provider is meeting the legal requirements and regulations associated with the Health and Social Care Act 2008, to look at the overall quality of the service, and to provide a rating for the service under the Care Act 2014.</p>
</body></html>'''
open('/tmp/FB-r3.html', 'w').write(page)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                '--print-to-pdf=' + OUT + '/report.pdf', 'file:///tmp/FB-r3.html'], capture_output=True)
findings = []
for kind, items, sec in [('must', MUST, 'The areas where the provider must make improvement are:'),
                         ('should', SHOULD, 'The areas where the provider should make improvement are:')]:
    for s in items:
        findings.append({'kind': kind, 'text': s, 'page': 3, 'section': sec, 'service': None, 'domain': None,
                         'regulations': [], 'also_at': [{'page': 5, 'service': None}]})
meta = {"provider": "Dr Anjali Mehra and Partners", "location": "Fenwick Lane Surgery", "report_type": "Quality Report",
        "published": "2016-02-11", "inspection_dates": ["2015-11-12"],
        "ratings": {"overall": "Requires improvement", "safe": "Inadequate", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}}
write_gold(OUT, 'Chromium (Skia/PDF m156)', meta, findings)
check_pages(OUT + '/report.pdf', findings)
