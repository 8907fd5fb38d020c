import json, subprocess, html
D='/tmp/FL-work/r2/'; OUT='/work/blind/FL/dental_2022/'
MUST=['Ensure care and treatment is provided in a safe way to patients.',
 'Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.',
 'Ensure recruitment procedures are established and operated effectively to ensure only fit and proper persons are employed.']
SHOULD=['Take action to ensure the availability of equipment in the practice to manage medical emergencies, taking into account the guidelines issued by the Resuscitation Council (UK) and the General Dental Council.',
 'Improve the practice\u2019s sharps procedures and ensure the practice is in compliance with the Health and Safety (Sharp Instruments in Healthcare) Regulations 2013.',
 'Review the practice\u2019s protocols for completion of dental care records taking into account the guidance provided by the Faculty of General Dental Practice regarding clinical examinations and record keeping.',
 'Implement an effective system for receiving and acting on safety alerts, including those issued by the Medicines and Healthcare products Regulatory Agency, so that staff know what they must do when an alert affects the practice.',
 'Take action to ensure audits of radiography and infection prevention and control are undertaken at regular intervals to improve the quality of the service.',
 'Review the practice\u2019s arrangements for the storage of dental care products and medicines requiring refrigeration to ensure the fridge temperature is monitored and recorded.',
 'Improve the security of NHS prescription pads in the practice and ensure there are systems in place to track and monitor their use.']
CSS='''body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;line-height:1.4;color:#222;margin:0}
h1{font-size:24pt;color:#00594f;margin:0 0 4mm} h2{font-size:14pt;color:#00594f;margin:6mm 0 2mm;border-bottom:1px solid #00594f}
h3{font-size:11pt;margin:4mm 0 1mm}
.pb{break-before:page}
ul.lead{list-style:none;padding:0;margin:1mm 0 3mm}
ul.lead li{display:flex;align-items:flex-end;margin:0 0 2.2mm}
ul.lead .t{flex:0 1 auto;max-width:140mm}
ul.lead .d{flex:1 1 auto;border-bottom:1.6px dotted #555;margin:0 2mm 1.3mm;min-width:8mm}
ul.lead .p{flex:0 0 auto;font-weight:bold;color:#00594f}
.hd{font-size:8pt;color:#666}
'''
def leaders(items,pg):
    return '<ul class="lead">'+''.join(f'<li><span class="t">{html.escape(t)}</span><span class="d"></span><span class="p">{pg}</span></li>' for t in items)+'</ul>'
A4=f'''<html><head><meta charset="utf-8"><style>@page{{size:A4;margin:20mm 22mm 22mm}} {CSS}</style></head><body>
<div style="height:60mm"></div>
<p style="font-size:11pt;color:#555;margin:0">Brackenfold Dental Care Limited</p>
<h1>Brackenfold Dental Care</h1>
<p style="font-size:16pt;margin:0 0 10mm">Inspection report</p>
<p>14 Canal Street<br>Loxley Bridge<br>LX4 2NB<br>Tel: 01632 960 733</p>
<p>Date of inspection visit: 3 March 2022<br>Date of publication: 21 April 2022</p>
<p style="margin-top:20mm;font-size:9pt;color:#555">This report describes our judgement of the quality of care at this location. It is based on a combination of what we found when we inspected and other information available to us.</p>
<div class="pb"></div>
<h2>Summary</h2>
<p>We carried out this announced focused inspection on 3 March 2022 under section 60 of the Health and Social Care Act 2008 as part of our regulatory functions. We planned the inspection to check whether the registered practice was meeting the legal requirements in the Health and Social Care Act 2008 and associated regulations. The inspection was led by a CQC inspector who was supported by a specialist dental adviser.</p>
<p>To get to the heart of patients\u2019 experiences of care and treatment, we usually ask five key questions. At this inspection we asked: Is it safe? Is it well-led? These questions form the framework for the areas we look at during the inspection.</p>
<h3>Our findings were:</h3>
<p><b>Are services safe?</b> We found this practice was not providing safe care in accordance with the relevant regulations.</p>
<p><b>Are services well-led?</b> We found this practice was not providing well-led care in accordance with the relevant regulations.</p>
<h2>Actions at a glance</h2>
<p class="hd">Each action is set out in full in the areas for improvement on the page shown.</p>
<h3>We identified regulations the provider was not complying with. They must:</h3>
{leaders(MUST,6)}
<h3>There were areas where the provider could make improvements. They should:</h3>
{leaders(SHOULD,6)}
<div class="pb"></div>
<h2>Are services safe?</h2>
<h3>Safety systems and processes, including staff recruitment, equipment and premises</h3>
<p>The practice had infection control procedures which reflected published guidance, but the annual infection prevention and control statement had not been completed and the most recent audit was more than a year old. Staff told us that the validation of the ultrasonic bath was not routinely carried out.</p>
<p>We looked at five staff recruitment records. Two did not contain evidence of satisfactory conduct in previous employment, and one dental nurse had started work before a Disclosure and Barring Service check had been received.</p>
<h3>Risks to patients</h3>
<p>Emergency equipment and medicines were available as described in recognised guidance, with the exception of a size 0 oropharyngeal airway and a child-sized self-inflating bag. The sharps risk assessment did not reflect the safer sharps system in use.</p>
<div class="pb"></div>
<h2>Are services well-led?</h2>
<h3>Governance and management</h3>
<p>The principal dentist had overall responsibility for the management and clinical leadership of the practice. However, there was no effective system to oversee risk: the fire risk assessment had not been reviewed since 2018, actions from the legionella risk assessment had not been completed, and the practice was not receiving patient safety alerts.</p>
<h3>Continuous improvement and innovation</h3>
<p>The practice did not have quality assurance processes to encourage learning and continuous improvement. Radiography audits had not been undertaken at the recommended intervals and there was no record of learning from complaints.</p>
</body></html>'''
LET=f'''<html><head><meta charset="utf-8"><style>@page{{size:letter;margin:18mm 20mm 20mm}} {CSS}
ul.plain{{padding-left:6mm}} ul.plain li{{margin-bottom:2mm}}</style></head><body>
<h2>Areas for improvement</h2>
<h3>We identified regulations the provider was not complying with. They must:</h3>
<ul class="plain">{''.join('<li>'+html.escape(t)+'</li>' for t in MUST)}</ul>
<h3>There were areas where the provider could make improvements. They should:</h3>
<ul class="plain">{''.join('<li>'+html.escape(t)+'</li>' for t in SHOULD)}</ul>
<p style="margin-top:10mm;font-size:8.5pt;color:#555">This page was added to the practice copy of the report by Brackenfold Dental Care Limited for its action plan binder.</p>
</body></html>'''
open(D+'a4.html','w').write(A4); open(D+'let.html','w').write(LET)
for n in ['a4','let']:
    subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer',f'--print-to-pdf={D}{n}.pdf',f'file://{D}{n}.html'],capture_output=True)
subprocess.run(['qpdf','--empty','--pages',D+'a4.pdf',D+'let.pdf','--',OUT+'report.pdf'],check=True)
f=[]
H1='We identified regulations the provider was not complying with. They must:'; H2='There were areas where the provider could make improvements. They should:'
for t in MUST: f.append({'kind':'must','text':t,'page':2,'section':H1,'service':None,'domain':None,'regulations':[],'also_at':[{'page':5,'service':None}]})
for t in SHOULD: f.append({'kind':'should','text':t,'page':2,'section':H2,'service':None,'domain':None,'regulations':[],'also_at':[{'page':5,'service':None}]})
json.dump({'producer':'Chromium (Skia/PDF), pages joined with qpdf','expect':'findings','password':None,
 'meta':{'provider':'Brackenfold Dental Care Limited','location':'Brackenfold Dental Care','report_type':'Inspection report','published':'2022-04-21','inspection_dates':['2022-03-03'],
 'ratings':{'overall':None,'safe':None,'effective':None,'caring':None,'responsive':None,'well_led':None}},'findings':f,'notices':[]},open(OUT+'gold.json','w'),indent=1,ensure_ascii=False)
# locate first-line pages
import sys; sys.path.insert(0,'/tmp/FL-work'); from common import norm
pages=[norm(subprocess.run(['pdftotext','-f',str(p),'-l',str(p),OUT+'report.pdf','-'],capture_output=True,text=True).stdout) for p in range(1,7)]
g=json.load(open(OUT+'gold.json'))
for x in g['findings']:
    k=norm(' '.join(x['text'].split()[:6]))
    hits=[i+1 for i,p in enumerate(pages) for _ in range(p.count(k))]
    assert len(hits)==2 and hits[1]==6, (x['text'],hits)
    x['page']=hits[0]; x['also_at']=[{'page':6,'service':None}]
json.dump(g,open(OUT+'gold.json','w'),indent=1,ensure_ascii=False)
print([x['page'] for x in g['findings']])
