import json, sys, os, html
sys.path.insert(0,'/tmp/EK-work'); from locate import locate2
from weasyprint import HTML
OUT='/work/blind/EK/prison_healthcare_2019_chips'; os.makedirs(OUT,exist_ok=True)
KC={'SAFE':'#c8102e','EFFECTIVE':'#00857c','CARING':'#7b3f98','RESPONSIVE':'#e07b00','WELL-LED':'#1f5fa8'}
MUST=[('SAFE','The provider must ensure that prisoners prescribed high-risk medicines, including those on methadone and buprenorphine, are observed taking each dose and that the supervision is recorded.','12','(2)(g)'),
('SAFE','The provider must ensure that emergency response bags on every wing are complete, in date and checked weekly, and that defibrillator pads are replaced before their expiry date.','12','(2)(e)'),
('RESPONSIVE','The provider must ensure that prisoners who arrive with a long-term condition receive a secondary health screen within seven days of reception.','9','(3)(a)'),
('WELL-LED','The provider must establish effective governance arrangements so that the clinical audit programme, incident reviews and complaints are overseen by the local delivery board.','17','(1)'),
('SAFE','The provider must ensure that all staff working in the healthcare unit have completed training in the management of medical emergencies, including the use of naloxone.','18','(2)(a)'),
('RESPONSIVE','The provider must ensure that complaints are responded to within the 20 working days set out in its policy and that responses address each concern raised.','16','(1)'),
]
SHOULD=[('EFFECTIVE','The provider should review the waiting times for the in-reach dentist and optician, and work with the prison to reduce the number of missed appointments caused by escort shortages.'),
('CARING','The provider should make sure that professional interpreting services are used for all consultations with prisoners who do not speak English.'),
('WELL-LED','The provider should continue to develop the prisoner health forum, including peer health champions on each wing.'),
('SAFE','The provider should ensure that the temperature of the medicines refrigerators in the wing treatment rooms is recorded every day.'),
('RESPONSIVE','The provider should consider how prisoners on the segregation unit can be offered the same access to the GP as prisoners on the main wings.'),
]
def li(k,t): return f'<li><span class="chip" style="background:{KC[k]}">{k}</span> {html.escape(t)}</li>'
H=f'''<html lang="en-GB"><head><meta charset="utf-8"><style>
@page{{size:A4;margin:20mm 18mm 22mm 18mm;@bottom-left{{content:"HMP Eastmoor – Northgate Custodial Health Ltd – Inspection report 28/06/2019";font:7.5pt "DejaVu Sans";color:#555}}@bottom-right{{content:counter(page);font:8pt "DejaVu Sans"}}}}
body{{font-family:"DejaVu Serif";font-size:10pt;line-height:1.4;hyphens:auto}}
h1{{font-family:"DejaVu Sans";font-size:24pt;color:#333}} h2{{font-family:"DejaVu Sans";font-size:14pt;color:#1f5fa8;margin-top:16pt}} h3{{font-family:"DejaVu Sans";font-size:11pt}}
ul{{list-style:none;padding-left:0}} li{{margin:0 0 7pt 0;text-align:justify}}
.chip{{display:inline-block;font:bold 6.5pt "DejaVu Sans";color:white;padding:1.5pt 4pt;border-radius:6pt;margin-right:3pt;vertical-align:1pt}}
.cols{{columns:2;column-gap:9mm}}
.pb{{break-before:page}}
</style></head><body>
<p style="font-family:DejaVu Sans">Northgate Custodial Health Ltd</p><h1>HMP Eastmoor</h1><p>Inspection report</p>
<p>Moorside Road, Eastmoor, North Yorkshire YO62 8TR</p>
<p>Date of inspection visit: 14 May 2019<br>Date of publication: 28 June 2019</p>
<p>We do not currently rate services provided in prisons. This was a focused inspection, carried out jointly with Her Majesty’s Inspectorate of Prisons (HMIP), to check whether the provider had made improvements since the HMIP inspection of October 2018.</p>
<h2 class="pb">Summary of findings</h2>
<div class="cols"><p>Northgate Custodial Health Ltd provides primary care, substance misuse and mental health services to around 780 adult men at HMP Eastmoor, a category C training prison. We found that the provider had made some improvements, particularly to the time taken to see a GP. However, medicines were still not managed safely, and emergency equipment was not always checked.</p>
<p>Prisoners we spoke with said staff were respectful, but that they often waited weeks for dental appointments. Staff told us they felt supported by their local managers.</p>
<h3>Areas for improvement</h3>
<p>We found breaches of regulations 9, 12, 16, 17 and 18. Each point below is tagged with the key question it relates to.</p>
<h3>Action the provider MUST take to improve</h3>
<ul>{''.join(li(k,t) for k,t,a,b in MUST)}</ul>
<h3>Action the provider SHOULD take to improve</h3>
<ul>{''.join(li(k,t) for k,t in SHOULD)}</ul></div>
<h2 class="pb">Action we have told the provider to take</h2>
<p>The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action it is going to take to meet these requirements.</p>
<table border="1" style="border-collapse:collapse;font-size:9pt"><tr><th>Regulated activity</th><th>Regulation</th></tr>
<tr><td>Treatment of disease, disorder or injury</td><td>Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment<br>Medicines were not administered safely and emergency equipment was not checked.</td></tr>
<tr><td>Treatment of disease, disorder or injury</td><td>Regulation 17 HSCA (RA) Regulations 2014 Good governance<br>Audits and incident reviews were not overseen effectively.</td></tr></table>
</body></html>'''
HTML(string=H).write_pdf(OUT+'/report.pdf')
allf=[('must',t,[(a,b)]) for k,t,a,b in MUST]+[('should',t,[]) for k,t in SHOULD]
pages,n=locate2(OUT+'/report.pdf',[{'text':t} for _,t,_ in allf],1)
G=[]
for (k,t,regs),pg in zip(allf,pages):
    assert len(pg)==1,(t,pg)
    G.append({'kind':k,'text':t,'page':pg[0],'section':'Action the provider MUST take to improve' if k=='must' else 'Action the provider SHOULD take to improve','service':None,'domain':None,
      'regulations':[{'instrument':'RA2014','number':int(a),'paragraphs':b} for a,b in regs],'also_at':[]})
gold={'producer':'WeasyPrint','expect':'findings','password':None,'meta':{'provider':'Northgate Custodial Health Ltd','location':'HMP Eastmoor','report_type':'Inspection report','published':'2019-06-28','inspection_dates':['2019-05-14'],
 'ratings':{'overall':None,'safe':None,'effective':None,'caring':None,'responsive':None,'well_led':None}},'findings':G,
 'notices':[{'kind':'requirement_notice','page':n,'regulations':[{'instrument':'RA2014','number':12,'paragraphs':''}]},{'kind':'requirement_notice','page':n,'regulations':[{'instrument':'RA2014','number':17,'paragraphs':''}]}]}
json.dump(gold,open(OUT+'/gold.json','w'),indent=1,ensure_ascii=False)
print(n,[g['page'] for g in G])
