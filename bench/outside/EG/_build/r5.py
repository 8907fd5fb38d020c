import sys,re,json,subprocess,os; sys.path.insert(0,'.')
from engine import regs, write_gold
out='/work/blind/EG/acute_trust_kq_table'; os.makedirs(out,exist_ok=True)
SM='Action the trust MUST take to improve'; SS='Action the trust SHOULD take to improve'
data=[('Urgent and emergency care',SM,'must',[('Safe',['The trust must ensure that patients in the emergency department are triaged within 15 minutes of arrival. (Regulation 12(2)(a))','The trust must ensure that there are enough registered nurses with children’s competencies in the emergency department. (Regulation 18(1))']),
   ('Responsive',['The trust must ensure that patients are not cared for on trolleys in corridors for extended periods. (Regulation 12(2)(b))']),
   ('Well-led',['The trust must ensure that risks on the departmental risk register are reviewed and have up-to-date mitigating actions. (Regulation 17(2)(b))'])]),
 ('Maternity',SM,'must',[('Safe',['The trust must ensure that cardiotocograph monitoring is reviewed hourly using a “fresh eyes” approach. (Regulation 12(2)(a))','The trust must ensure that emergency equipment on the delivery suite is checked daily. (Regulation 12(2)(e))','The trust must ensure that midwives and obstetricians complete multidisciplinary obstetric emergency training. (Regulation 18(2)(a))']),
   ('Effective',['The trust must ensure that guidelines on the maternity intranet are in date. (Regulation 17(2)(a))'])]),
 ('Urgent and emergency care',SS,'should',[('Safe',['The trust should ensure that sepsis screening tools are completed for all eligible patients.']),('Caring',['The trust should ensure that patients’ privacy is protected in the majors area.'])]),
 ('Maternity',SS,'should',[('Responsive',['The trust should ensure that women can access interpreting services at all antenatal appointments.','The trust should consider extending the opening hours of the maternity triage telephone line.']),('Well-led',['The trust should ensure that the maternity dashboard is shared with all staff.','The trust should continue to develop the maternity strategy with women and their families.'])])]
css='''@page{size:A4;margin:22mm 18mm 20mm 18mm;@bottom-right{content:counter(page)}}
body{font-family:"Liberation Serif",serif;font-size:10.5pt}
h1{color:#7a0f3a} h2{background:#7a0f3a;color:#fff;padding:3pt 6pt;font-size:12pt}
h3{font-size:11pt;border-bottom:1px solid #7a0f3a}
table{width:100%;border-collapse:collapse;margin-bottom:8pt} thead{display:table-header-group}
td,th{border:1px solid #aaa;vertical-align:top;padding:4pt}
td.kq{width:22%;font-weight:bold;background:#f3e6ec}
td ul{margin:0;padding-left:14pt} td li{margin-bottom:3pt;line-height:1.15}
.glance td{font-size:9pt;line-height:1.0}
p.intro{line-height:1.6}
'''
h=[f'<html><head><meta charset="utf-8"><style>{css}</style></head><body>']
h.append('<p>Harrowfield Hospitals NHS Trust</p><h1>Harrowfield Hospitals NHS Trust<br>Inspection report</h1><p>Trust headquarters: Harrowfield General Hospital, Mill Lane, Harrowfield, HF1 3DS</p><p>Date of inspection visit: 3 December 2019 to 23 January 2020<br>Date of publication: 20 April 2020</p>')
h.append('<table style="width:60%"><tr><td>Overall trust quality rating</td><td>Requires improvement</td></tr>'+''.join(f'<tr><td>Are services {k}?</td><td>{v}</td></tr>' for k,v in [('safe','Requires improvement'),('effective','Good'),('caring','Good'),('responsive','Requires improvement'),('well-led','Requires improvement')])+'</table>')
h.append('<h2>Areas for improvement at a glance</h2><p class="intro">The table below gives a short title for each action. Follow the link for the full wording of the action in the section “Areas for improvement”.</p><table class="glance"><thead><tr><th>Ref</th><th>Core service</th><th>Topic</th><th>Type</th></tr></thead>')
n=0
for svc,sec,kind,groups in data:
    for kq,items in groups:
        for t in items:
            n+=1; topic=' '.join(t.split()[5:11])+' …'
            h.append(f'<tr><td><a href="#a{n}">A{n}</a></td><td>{svc}</td><td>{topic}</td><td>{kind.upper()}</td></tr>')
h.append('</table><div style="page-break-before:always"></div><h2>Areas for improvement</h2>')
h.append('<p class="intro">We found areas for improvement including nine breaches of legal requirements that the trust must put right. We found seven things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality.</p>')
n=0; cur=None
for svc,sec,kind,groups in data:
    if sec!=cur: h.append(f'<h2>{sec}</h2>'); cur=sec
    h.append(f'<h3>{svc}</h3><table><thead><tr><th>Key question</th><th>Action</th></tr></thead>')
    for kq,items in groups:
        lis=''
        for t in items: n+=1; lis+=f'<li id="a{n}">{t}</li>'
        h.append(f'<tr><td class="kq">{kq}</td><td><ul>{lis}</ul></td></tr>')
    h.append('</table>')
h.append('</body></html>')
open('/tmp/EG-work/r5.html','w').write('\n'.join(h))
subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer','--print-to-pdf='+out+'/report.pdf','file:///tmp/EG-work/r5.html'],capture_output=True)
import pdfplumber
pdf=pdfplumber.open(out+'/report.pdf'); norm=lambda s:re.sub(r'[^A-Za-z0-9]','',s)
ptxt=[norm(p.extract_text() or '') for p in pdf.pages]
findings=[]
for svc,sec,kind,groups in data:
    for kq,items in groups:
        for t in items:
            key=norm(t)[:60]; hits=[i+1 for i,p in enumerate(ptxt) if key in p]
            assert len(hits)==1,(t,hits)
            findings.append({'kind':kind,'text':t,'page':hits[0],'section':sec,'service':svc,'domain':None,'regulations':regs(t),'also_at':[]})
meta={'provider':'Harrowfield Hospitals NHS Trust','location':None,'report_type':'Inspection report','published':'2020-04-20','inspection_dates':['2019-12-03','2020-01-23'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Requires improvement','well_led':'Requires improvement'}}
write_gold(out,'Chromium (Skia/PDF)',meta,findings)
print(len(findings),[f['page'] for f in findings],len(pdf.pages))
