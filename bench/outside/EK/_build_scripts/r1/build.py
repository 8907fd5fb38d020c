import json, subprocess, sys, html
sys.path.insert(0,'/tmp/EK-work'); from locate import locate
OUT='/work/blind/EK/hospice_2018_tabs'; import os; os.makedirs(OUT,exist_ok=True)
A='Hospice services for adults'; C='Hospice services for children and young people'
KQC={'Safe':'#c8102e','Effective':'#00857c','Caring':'#7b3f98','Responsive':'#e07b00','Well-led':'#1f5fa8'}
MUST=[
 (A,'Safe','The provider must ensure that controlled drugs are recorded, stored and destroyed in line with the hospice’s own policy and current legislation, including the twice-daily balance checks on the in-patient unit. (Regulation 12(2)(g))',[('12','(2)(g)')]),
 (A,'Safe','The provider must ensure that all registered nurses working on the in-patient unit complete syringe driver competency training before setting up a continuous subcutaneous infusion. (Regulation 12(2)(c))',[('12','(2)(c)')]),
 (A,'Safe','The provider must make sure that risk assessments for falls, pressure ulcers and nutrition are reviewed within 24 hours of admission and whenever a patient’s condition changes. (Regulation 12(2)(a))',[('12','(2)(a)')]),
 (A,'Well-led','The provider must ensure that the clinical governance committee receives and acts on complete audit data for medicines, infection prevention and control, and records. (Regulation 17(2)(a))',[('17','(2)(a)')]),
 (A,'Safe','The provider must ensure that emergency equipment, including suction and the oxygen cylinders in the family rooms, is checked daily and that the checks are recorded. (Regulation 15(1)(e))',[('15','(1)(e)')]),
 (C,'Effective','The provider must ensure that staff who care for children and young people have up-to-date paediatric immediate life support training. (Regulation 18(2)(a))',[('18','(2)(a)')]),
 (C,'Safe','The provider must ensure that level 3 safeguarding children training is completed by all clinical staff working in Robin’s Nest, as set out in the intercollegiate guidance. (Regulation 13(2))',[('13','(2)')]),
]
SHOULD=[
 (A,'Responsive','The provider should consider how the Hospice at Home team can respond to out-of-hours calls within the four-hour target it has set itself.',[]),
 (A,'Effective','The provider should ensure that mental capacity assessments are decision-specific and that the best interests process is recorded in full.',[]),
 (A,'Caring','The provider should continue to develop the bereavement support offered to families from Polish and Romanian communities in the area.',[]),
 (A,'Well-led','The provider should ensure that the risk register records an owner, a review date and the mitigating actions for every risk.',[]),
 (A,'Safe','The provider should review the arrangements for cleaning the hydrotherapy bath so that the cleaning schedule is followed and signed each day.',[]),
 (C,'Responsive','The provider should consider extending the opening hours of the children’s day service during school holidays.',[]),
 (C,'Well-led','The provider should make sure that feedback from young people and their families is recorded and used to shape the transition service.',[]),
]
def tab(kq):
    return f'<td class="tab" style="background:{KQC[kq]}">{kq}</td>'
def items(lst, svc):
    rows=''.join(f'<tr>{tab(kq)}<td class="txt">{html.escape(t)}</td></tr>' for (s,kq,t,r) in lst if s==svc)
    return f'<table class="acts">{rows}</table>'
def icon(kind):
    return {'bed':'<svg width="26" height="26" viewBox="0 0 26 26"><rect x="2" y="12" width="22" height="7" fill="#1f5fa8"/><rect x="3" y="8" width="6" height="4" fill="#1f5fa8"/><rect x="2" y="19" width="2" height="4" fill="#1f5fa8"/><rect x="22" y="19" width="2" height="4" fill="#1f5fa8"/></svg>',
     'home':'<svg width="26" height="26" viewBox="0 0 26 26"><polygon points="13,2 24,12 21,12 21,24 5,24 5,12 2,12" fill="#00857c"/></svg>',
     'heart':'<svg width="26" height="26" viewBox="0 0 26 26"><path d="M13 23 L3 12 A5 5 0 0 1 13 6 A5 5 0 0 1 23 12 Z" fill="#7b3f98"/></svg>'}[kind]
CSS='''
@page{size:A4;margin:18mm 16mm 20mm 24mm}
body{font-family:"DejaVu Sans",sans-serif;font-size:9.6pt;color:#222;line-height:1.35}
.strip{position:fixed;left:-24mm;top:-18mm;width:9mm;height:297mm;background:linear-gradient(#c8102e 0 20%,#00857c 20% 40%,#7b3f98 40% 60%,#e07b00 60% 80%,#1f5fa8 80%)}
.foot{position:fixed;top:262mm;left:0;right:0;font-size:7.5pt;color:#666;border-top:0.5pt solid #aaa;padding-top:2pt}
h1{font-size:26pt;color:#1f5fa8;margin:0 0 4pt}
h2{font-size:15pt;color:#1f5fa8;border-bottom:2pt solid #1f5fa8;padding-bottom:2pt;margin-top:14pt}
h3{font-size:11.5pt;margin:10pt 0 4pt;color:#333}
h4{font-size:10pt;margin:8pt 0 3pt;color:#00857c;text-transform:none}
table.acts{border-collapse:separate;border-spacing:0 4pt;width:100%}
td.tab{width:17mm;color:#fff;font-weight:bold;font-size:7.5pt;text-align:center;vertical-align:middle;border-radius:3pt 0 0 3pt;padding:2pt}
td.txt{background:#f3f3f6;padding:4pt 6pt}
tr{break-inside:avoid}
.pull{float:right;width:58mm;margin:4pt 0 6pt 10pt;font-family:"DejaVu Serif",serif;font-size:13pt;color:#7b3f98;border-top:3pt solid #7b3f98;border-bottom:3pt solid #7b3f98;padding:6pt 0;font-style:italic}
.pull small{display:block;font-size:8pt;font-style:normal;color:#444;margin-top:4pt}
.side{float:left;width:52mm;background:#eef4fb;margin:0 10pt 6pt 0;padding:6pt;font-size:8.5pt}
.side div{display:flex;align-items:center;gap:6pt;margin:5pt 0}
.rat td{padding:3pt 8pt;border-bottom:0.5pt solid #ccc}
.badge{color:#fff;padding:1pt 6pt;border-radius:8pt;font-size:8.5pt}
.pb{break-before:page}
'''
def ratings():
    R=[('Overall rating for this location','Good','#2e7d32'),('Are services safe?','Requires improvement','#e07b00'),('Are services effective?','Good','#2e7d32'),('Are services caring?','Outstanding','#1f5fa8'),('Are services responsive?','Good','#2e7d32'),('Are services well-led?','Good','#2e7d32')]
    return '<table class="rat">'+''.join(f'<tr><td>{a}</td><td><span class="badge" style="background:{c}">{b}</span></td></tr>' for a,b,c in R)+'</table>'
lorem_safe='Staff understood how to protect patients from abuse and knew how to raise a concern. The in-patient unit was visibly clean, and staff followed hand hygiene practice. However, we found gaps in the recording of controlled drugs, and not all nurses had been assessed as competent to use syringe drivers. Falls and pressure ulcer risk assessments were not always updated when a patient deteriorated.'
lorem_eff='Care followed national guidance for the last days of life. Staff assessed and managed pain well, using recognised tools for patients who could not easily communicate. Multidisciplinary meetings took place weekly and included chaplaincy, social work and therapies.'
lorem_car='Patients and families were overwhelmingly positive about the care they received. Staff took time to learn what mattered to each person, and families were able to stay overnight in the family rooms.'
body=f'''<div class="strip"></div><div class="foot">St Aldhelm’s Hospice &nbsp;·&nbsp; Inspection report &nbsp;·&nbsp; 21/11/2018</div>
<p style="font-size:10pt;color:#666;margin-top:30mm">St Aldhelm’s Hospice Trust</p>
<h1>St Aldhelm’s Hospice</h1>
<p>Inspection report</p>
<p>Quarry Lane, Wyndham Cross, Dorset DT9 4QL<br>Tel: 01935 870412<br>www.staldhelmshospice.org.uk</p>
<p>Date of inspection visit: 4 to 6 September 2018<br>Date of publication: 21 November 2018</p>
<h3>Ratings</h3>{ratings()}
<p style="margin-top:18pt;font-size:8.5pt;color:#555">This report describes our judgement of the quality of care at this location. It is based on a combination of what we found when we inspected and other information available to us. It includes information given to us from patients, the public and other organisations.</p>
<h2 class="pb">Summary of findings</h2>
<div class="side"><b>At a glance</b>
<div>{icon('bed')}<span>16 in-patient beds, including 2 for young adults</span></div>
<div>{icon('home')}<span>Hospice at Home covering 1,100 square miles</span></div>
<div>{icon('heart')}<span>1,480 people and families supported last year</span></div></div>
<p>St Aldhelm’s Hospice is an independent charitable hospice providing specialist palliative and end of life care to adults, children and young people in north Dorset and south Somerset. We inspected two core services: hospice services for adults and hospice services for children and young people.</p>
<p>We rated the hospice as good overall because:</p>
<ul><li>Staff treated patients with compassion and kindness, and respected their privacy and dignity.</li><li>The service planned care to meet the needs of local people, including people from seldom-heard groups.</li><li>Leaders had the skills and abilities to run the service, and staff felt respected and valued.</li></ul>
<p>However:</p>
<ul><li>Medicines, and controlled drugs in particular, were not always managed safely.</li><li>Training in paediatric life support and level 3 safeguarding was not up to date for all staff in the children’s unit.</li></ul>
<h2>Areas for improvement</h2>
<p>We told the provider that it must take action to bring services into line with seven legal requirements. This action related to both core services. Actions the provider must take are needed to meet legal obligations; actions it should take would improve the service or prevent it from breaching a legal requirement in future.</p>
<h3>Action the provider MUST take to improve</h3>
<h4>{A}</h4>{items(MUST,A)}
<div class="pull">“The nurses should be given medals – nothing was ever too much trouble for them.”<small>Daughter of a patient on the in-patient unit</small></div>
<h4>{C}</h4>{items(MUST,C)}
<h3>Action the provider SHOULD take to improve</h3>
<h4>{A}</h4>{items(SHOULD,A)}
<h4>{C}</h4>{items(SHOULD,C)}
<h2 class="pb">{A}</h2>
<p>Safe: <span class="badge" style="background:#e07b00">Requires improvement</span></p>
<h3>Is the service safe?</h3><p>{lorem_safe}</p>
<div class="pull">“I know it sounds odd, but I felt safe here for the first time in months.”<small>Patient, in-patient unit</small></div>
<h3>Is the service effective?</h3><p>{lorem_eff}</p>
<h3>Is the service caring?</h3><p>{lorem_car}</p>
<h3>Outstanding practice</h3><p>The hospice’s “Compassionate Wyndham” project trained 240 volunteers, shop staff and local businesses to support people who were dying or bereaved in their own communities.</p>
<h3>Areas for improvement</h3>
<h4>Action the provider MUST take to improve</h4>{items(MUST,A)}
<h4>Action the provider SHOULD take to improve</h4>{items(SHOULD,A)}
<h2 class="pb">{C}</h2>
<p>Safe: <span class="badge" style="background:#e07b00">Requires improvement</span></p>
<h3>Is the service safe?</h3><p>Robin’s Nest, the children’s unit, had four bedrooms and a sensory room. Staff knew the children well, but records showed that several nurses had not completed paediatric immediate life support or level 3 safeguarding training.</p>
<h3>Is the service responsive?</h3><p>The day service was open three days a week in term time. Families told us they would value more sessions during school holidays.</p>
<h3>Areas for improvement</h3>
<h4>Action the provider MUST take to improve</h4>{items(MUST,C)}
<h4>Action the provider SHOULD take to improve</h4>{items(SHOULD,C)}
'''
open('/tmp/EK-work/r1/r.html','w').write(f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>')
subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer','--print-to-pdf='+OUT+'/report.pdf','file:///tmp/EK-work/r1/r.html'],check=True,capture_output=True)
allf=[('must',x) for x in MUST]+[('should',x) for x in SHOULD]
fl=[{'text':x[2]} for k,x in allf]
pages,n=locate(OUT+'/report.pdf',fl)
findings=[]
for (k,(svc,kq,t,regs)),pg in zip(allf,pages):
    assert len(pg)==2,(t,pg)
    findings.append({'kind':k,'text':t,'page':pg[0],'section':'Action the provider MUST take to improve' if k=='must' else 'Action the provider SHOULD take to improve',
      'service':svc,'domain':None,'regulations':[{'instrument':'RA2014','number':int(a),'paragraphs':b} for a,b in regs],'also_at':[{'page':pg[1],'service':svc}]})
gold={'producer':'Chromium (headless, print-to-pdf)','expect':'findings','password':None,
 'meta':{'provider':'St Aldhelm’s Hospice Trust','location':'St Aldhelm’s Hospice','report_type':'Inspection report','published':'2018-11-21','inspection_dates':['2018-09-04','2018-09-06'],
  'ratings':{'overall':'Good','safe':'Requires improvement','effective':'Good','caring':'Outstanding','responsive':'Good','well_led':'Good'}},
 'findings':findings,'notices':[]}
json.dump(gold,open(OUT+'/gold.json','w'),indent=1,ensure_ascii=False)
print(n,[f['page'] for f in findings],[f['also_at'][0]['page'] for f in findings])
