import json, subprocess, html, sys, re; sys.path.insert(0,'/tmp/FL-work'); from common import norm
from weasyprint import HTML
OUT='/work/blind/FL/mh_older_people_2016/'
SVC='Community-based mental health services for older people'
TR='Kestrel Moor Partnership NHS Foundation Trust'
M=[('The trust must ensure that risk assessments for all patients are completed at the first appointment and updated after any change in risk.','(Regulation 12(2)(a))',12,'(2)(a)'),
('The trust must ensure that staff in the Northgate and Fellside teams monitor the physical health of patients prescribed antipsychotic medicines, in line with the trust’s shared care protocol.','(Regulation 12(2)(b))',12,'(2)(b)'),
('The trust must ensure that patients on the waiting list for assessment are reviewed regularly so that any deterioration in their mental or physical health is identified and acted on.','(Regulation 12(2)(a)(b))',12,'(2)(a)(b)'),
('The trust must ensure that, where patients lack capacity to consent to treatment, capacity assessments and best interest decisions are recorded.','(Regulation 11(1))',11,'(1)'),
('The trust must ensure that there are enough qualified nurses in the memory assessment service to meet the target of assessment within six weeks of referral.','(Regulation 18(1))',18,'(1)'),
('The trust must ensure that staff receive regular supervision and an annual appraisal, and that these are recorded.','(Regulation 18(2)(a))',18,'(2)(a)'),
('The trust must ensure that interview rooms at Fellside Resource Centre are fitted with alarms or that staff who use them carry personal alarms.','(Regulation 15(1)(b))',15,'(1)(b)')]
S=['The trust should ensure that care plans are written in the patient’s own words where possible and that patients are offered a copy.',
'The trust should ensure that carers are offered an assessment of their own needs.',
'The trust should ensure that information leaflets about the service are available in languages other than English and in easy read formats.',
'The trust should review its telephone triage protocol, which states that duty workers must return calls within four hours, to check that this is achieved.',
'The trust should ensure that learning from incidents is shared with staff in all community teams.',
'The trust should consider how it records the ethnicity and other protected characteristics of patients so that it can monitor equality of access.',
'The trust should ensure that medicines fridge temperatures at Northgate are recorded daily and acted on when out of range.',
'The trust should continue its work to reduce the waiting time for psychological therapies for older people.',
'The trust should ensure that staff in the Harbour Street team complete training in the Mental Capacity Act 2005.']
CSS=f'''@page{{size:A4;margin:30mm 20mm 22mm 20mm;
 @top-left{{content:"{SVC}";background:#1d6f6a;color:white;font:bold 9pt "DejaVu Sans";padding:0 4mm;width:100%;height:9mm;margin-top:10mm}}
 @bottom-left{{content:counter(page) "  {TR} Quality Report 30/11/2016";font:7.5pt "DejaVu Sans";color:#555}}}}
@page:first{{@top-left{{content:none;background:none}}}}
body{{font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.45}}
h1{{font:bold 22pt "DejaVu Sans";color:#1d6f6a;margin:0}} h2{{font:bold 13pt "DejaVu Sans";color:#1d6f6a;margin:5mm 0 2mm}} h3{{font:bold 10.5pt "DejaVu Sans";margin:3mm 0 1mm}}
ul.act{{list-style:none;padding-left:7mm;margin:0}}
ul.act li{{margin:0 0 2.2mm;position:relative}}
ul.act li::before{{position:absolute;left:-7mm;font-family:"DejaVu Sans";font-size:10pt}}
ul.m li::before{{content:"\\26A0";color:#b3261e}}
ul.s li::before{{content:"\\261E";color:#1d6f6a}}
ul.act li::first-line{{font-family:"DejaVu Sans";font-weight:bold;font-size:10.4pt;color:#1d3f5e}}
.cite{{font-size:7pt;color:#444;font-family:"DejaVu Sans"}}
table.app{{border-collapse:collapse;width:100%;font:7pt/1.25 "DejaVu Sans"}}
table.app td,table.app th{{border:0.4pt solid #999;padding:1.2mm 1.5mm;vertical-align:top;text-align:left}}
table.app tr:nth-child(even) td{{background:#eef5f4}}
table.app thead{{display:table-header-group}}
table.loc td,table.loc th{{border:0.5pt solid #888;padding:1.5mm;font-size:8pt;text-align:left}} table.loc{{border-collapse:collapse}}
.pb{{break-before:page}}
'''
def mitem(t,c): return f'<li>{html.escape(t)} <span class="cite">{html.escape(c)}</span></li>'
ML='<ul class="act m">'+''.join(mitem(t,c) for t,c,_,_ in M)+'</ul>'
SL='<ul class="act s">'+''.join(f'<li>{html.escape(t)}</li>' for t in S)+'</ul>'
rows=''.join(f'<tr><td>M{i+1}</td><td>Must</td><td>{html.escape(t)} <span class="cite">{html.escape(c)}</span></td><td>Director of Nursing</td><td>31/03/2017</td></tr>' for i,(t,c,_,_) in enumerate(M))
rows+=''.join(f'<tr><td>S{i+1}</td><td>Should</td><td>{html.escape(t)}</td><td>Clinical Director, Older People</td><td>30/06/2017</td></tr>' for i,t in enumerate(S))
para=lambda t:f'<p>{t}</p>'
BODY=f'''<div style="height:35mm"></div>
<p style="font:11pt 'DejaVu Sans';color:#555">{TR}</p>
<h1>{SVC}</h1>
<p style="font:15pt 'DejaVu Sans'">Quality Report</p>
<p>Trust Headquarters, Kestrel House<br>Moor Lane, Brackley Vale, BV2 6PQ<br>Tel: 01632 960 900<br>Website: www.kestrelmoor.nhs.uk</p>
<p>Date of inspection visit: 12 to 16 September 2016<br>Date of publication: 30/11/2016</p>
<table class="loc"><tr><th>Location ID</th><th>Name of CQC registered location</th><th>Name of service (e.g. ward/unit/team)</th><th>Postcode of service (ward/unit/team)</th></tr>
<tr><td>RX9Y1</td><td>Kestrel House</td><td>Northgate older people’s community mental health team</td><td>BV1 3RT</td></tr>
<tr><td>RX9Y1</td><td>Kestrel House</td><td>Fellside older people’s community mental health team</td><td>BV7 2LS</td></tr>
<tr><td>RX9Y4</td><td>Harbour Street Clinic</td><td>Harbour Street memory assessment service</td><td>BV4 9AD</td></tr></table>
<h3 style="margin-top:8mm">Ratings</h3>
<table class="loc"><tr><td>Overall rating for the service</td><td>Requires improvement</td></tr><tr><td>Are services safe?</td><td>Requires improvement</td></tr><tr><td>Are services effective?</td><td>Good</td></tr><tr><td>Are services caring?</td><td>Good</td></tr><tr><td>Are services responsive?</td><td>Requires improvement</td></tr><tr><td>Are services well-led?</td><td>Good</td></tr></table>
<div class="pb"></div>
<h2>Overall summary</h2>
{para('We rated community-based mental health services for older people as requires improvement because risk assessments were not always completed or updated, patients waiting for assessment were not monitored, and the memory assessment service did not have enough qualified nurses to meet its waiting time target. Staff did not consistently record decisions about patients’ capacity to consent.')}
{para('However, staff were kind and respectful, and patients and carers spoke highly of the support they received. Teams worked well with GPs, social workers and voluntary organisations, and managers were visible and supportive.')}
<h2>Areas for improvement</h2>
<h3>Action the provider MUST take to improve</h3>
{ML}
<h3>Action the provider SHOULD take to improve</h3>
{SL}
<div class="pb"></div>
<h2>Detailed findings</h2>
<h3>Are services safe?</h3>
{para('We reviewed 36 care records across the three teams. Eleven patients did not have a risk assessment completed at their first appointment, and in eight records the risk assessment had not been updated after an incident. At Fellside Resource Centre the interview rooms had no alarm system and staff told us they did not always carry personal alarms.')}
{para('There were 142 people waiting for a memory assessment; the longest wait was 19 weeks. Staff did not contact people on the waiting list to check whether their needs had changed.')}
<h3>Are services effective?</h3>
{para('Care plans were holistic and recovery-focused, but were not always written in the patient’s own words. Physical health monitoring for patients on antipsychotic medicines was inconsistent in the Northgate and Fellside teams. Supervision records showed that 61% of staff had received supervision in the previous three months.')}
<h3>Mental Capacity Act and Deprivation of Liberty Safeguards</h3>
{para('Staff understood the principles of the Mental Capacity Act 2005, but in seven records where a patient’s capacity was in doubt there was no capacity assessment or record of a best interest decision. Staff in the Harbour Street team had not completed the trust’s training.')}
<h3>Are services responsive to people’s needs?</h3>
{para('The trust’s telephone triage protocol required duty workers to return calls within four hours, but the teams did not monitor whether this happened. Leaflets were available only in English.')}
<div class="pb"></div>
<h2>Appendix: summary of actions</h2>
<p style="font-size:7.5pt">The table below lists the actions in this report with the lead and target date agreed by the trust at the quality summit on 14 December 2016. It is reproduced in the trust’s published copy for ease of reference.</p>
<table class="app"><thead><tr><th>Ref</th><th>Type</th><th>Action</th><th>Lead</th><th>Target</th></tr></thead><tbody>{rows}</tbody></table>
'''
HTML(string=f'<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>{BODY}</body></html>').write_pdf(OUT+'report.pdf')
n=int([l for l in subprocess.run(['pdfinfo',OUT+'report.pdf'],capture_output=True,text=True).stdout.splitlines() if l.startswith('Pages')][0].split()[1])
pages=[norm(subprocess.run(['pdftotext','-f',str(i),'-l',str(i),OUT+'report.pdf','-'],capture_output=True,text=True).stdout) for i in range(1,n+1)]
F=[]
for kind,text,regs,sec in [('must',t+' '+c,[{'instrument':'RA2014','number':nn,'paragraphs':pp}],'Action the provider MUST take to improve') for t,c,nn,pp in M]+[('should',t,[],'Action the provider SHOULD take to improve') for t in S]:
    k=norm(' '.join(text.split()[:9]))
    hits=[i+1 for i,pg in enumerate(pages) for _ in range(pg.count(k))]
    assert len(hits)==2,(text[:50],hits)
    F.append({'kind':kind,'text':text,'page':hits[0],'section':sec,'service':SVC,'domain':None,'regulations':regs,'also_at':[{'page':hits[1],'service':SVC}]})
json.dump({'producer':'WeasyPrint','expect':'findings','password':None,
 'meta':{'provider':TR,'location':None,'report_type':'Quality Report','published':'2016-11-30','inspection_dates':['2016-09-12','2016-09-16'],
 'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Requires improvement','well_led':'Good'}},'findings':F,'notices':[]},open(OUT+'gold.json','w'),indent=1,ensure_ascii=False)
print(n,[(f['page'],f['also_at'][0]['page']) for f in F])
