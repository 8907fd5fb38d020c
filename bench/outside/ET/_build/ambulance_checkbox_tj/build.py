import sys; sys.path.insert(0,'/tmp/ET-work')
from goldlib import Gold
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import HexColor
import os
from reportlab.pdfbase import pdfmetrics
face=pdfmetrics.EmbeddedType1Face('/usr/share/fonts/type1/urw-base35/D050000L.afm','/usr/share/fonts/X11/Type1/D050000L.pfb')
pdfmetrics.registerTypeFace(face)
pdfmetrics.registerFont(pdfmetrics.Font('Dingbats',face.name,'FontSpecific' if False else face.name and 'StandardEncoding'))
OUT='/work/blind/ET/ambulance_checkbox_tj'; os.makedirs(OUT,exist_ok=True)
W,H=595.28,841.89; LM=62; RM=62; TOP=H-78; BOT=70
c=canvas.Canvas(OUT+'/report.pdf',pagesize=(W,H)); c.setTitle('Northmoor Ambulance Service NHS Trust Inspection report'); c.setAuthor('Care Quality Commission')
EXTRA=os.environ.get('EXTRA',''); HN=int('30'); gold=Gold(); CH=[99]; page=[1]; y=[TOP]
TITLE='Northmoor Ambulance Service NHS Trust Inspection report 12/09/2019'
def lit(s):
    b=s.encode('cp1252'); o=''
    for ch in b:
        if ch in (40,41,92): o+='\\'+chr(ch)
        elif ch<32 or ch>126: o+='\\%03o'%ch
        else: o+=chr(ch)
    return '('+o+')'
def tjline(x,yy,words,font,size,col):
    # words placed with TJ adjustments instead of space characters
    t=c.beginText(); t.setTextOrigin(x,yy); t.setFont(font,size); t.setFillColor(col)
    sw=stringWidth(' ',font,size); adj=-int(round(sw/size*1000))
    parts=[]
    for i,w in enumerate(words):
        if i: parts.append(str(adj))
        parts.append(lit(w))
    t._code.append('['+' '.join(parts)+'] TJ')
    c.drawText(t)
def furniture():
    c.setFont('Helvetica',8); c.setFillColor(HexColor('#555555'))
    c.drawString(LM,40,str(page[0])); c.drawString(LM+20,40,TITLE)
    if page[0]>1:
        c.setFont('Helvetica-Bold',8); c.drawRightString(W-RM,H-45,'Summary of findings' if page[0]<CH[0] else 'Emergency and urgent care')
    c.setStrokeColor(HexColor('#999999')); c.line(LM,52,W-RM,52)
def newpage():
    furniture(); c.showPage(); page[0]+=1; y[0]=TOP
def need(h):
    if y[0]-h<BOT: newpage()
def wrap(words,font,size,width):
    lines=[];cur=[]
    for w in words:
        trial=cur+[w]
        if stringWidth(' '.join(trial),font,size)>width and cur: lines.append(cur); cur=[w]
        else: cur=trial
    if cur: lines.append(cur)
    return lines
def heading(text,size=14,col='#1d3557',font='Helvetica-Bold',gap=8):
    need(size+HN); y[0]-=gap
    for ln in wrap(text.split(),font,size,W-LM-RM):
        tjline(LM,y[0],ln,font,size,HexColor(col)); y[0]-=size*1.3
    y[0]-=4
def para(text,size=10,col='#222222',font='Helvetica',indent=0):
    for ln in wrap(text.split(),font,size,W-LM-RM-indent):
        need(size*1.4); tjline(LM+indent,y[0],ln,font,size,HexColor(col)); y[0]-=size*1.4
    y[0]-=6
GLY={'must':'q','should':'m'}   # ZapfDingbats: q = shadowed box, m = shadowed circle
def item(kind,text,section,service,col,size=10):
    lines=wrap(text.split(),'Helvetica',size,W-LM-RM-22)
    need(size*1.4)
    gold.add(kind,text,page[0],section,service); print('Y',page[0],round(y[0]),len(lines)) if os.environ.get('DBG') else None
    c.setFont('Dingbats',size); c.setFillColor(HexColor(col)); c.drawString(LM+3,y[0],GLY[kind])
    for i,ln in enumerate(lines):
        if i:
            p0=page[0]; need(size*1.4)
            if page[0]!=p0: print('SPLIT',text[:40])
        tjline(LM+22,y[0],ln,'Helvetica',size,HexColor(col)); y[0]-=size*1.4
    y[0]-=5
COL={'Trust-wide':'#333333','Emergency and urgent care':'#1b5e20','Emergency operations centre (EOC)':'#00607a','Patient transport services':'#5b2a86'}
MUST={
'Trust-wide':[
"The trust must ensure that its governance processes identify, record and manage risks, including those on the emergency operations centre risk register, in a timely way. (Regulation 17(2)(b))"],
'Emergency and urgent care':[
"The trust must ensure that all staff complete mandatory training, including safeguarding adults and children level 2, in line with the trust’s target of 95%. (Regulation 18(2)(a))",
"The trust must ensure that controlled drugs are stored, recorded and destroyed in line with legislation and trust policy at every station. (Regulation 12(2)(g))",
"The trust must ensure that vehicle and equipment checks are completed and recorded before each shift and that out-of-date consumables are removed from vehicles. (Regulation 15(1)(e))",
"The trust must ensure that staff receive an annual appraisal and that completion rates are monitored by station managers. (Regulation 18(2)(a))"],
'Emergency operations centre (EOC)':[
"The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced call handlers and clinical advisers on every shift to meet demand. (Regulation 18(1))",
"The trust must ensure that calls held in the stack are reviewed by a clinician and that welfare calls are made within the times set out in the trust’s policy. (Regulation 12(2)(a)(b))"],
'Patient transport services':[
"The trust must ensure that patient transport crews have the training and equipment to move and transport bariatric patients safely. (Regulation 12(2)(c)(e))"]}
SHOULD={
'Trust-wide':[
"The trust should ensure that the freedom to speak up guardian has enough protected time to carry out the role."],
'Emergency and urgent care':[
"The trust should ensure that crews can access clinical guidelines on their mobile devices when there is no network signal.",
"The trust should consider how it engages staff at outlying stations in the development of the clinical strategy.",
"The trust should ensure that learning from incidents is shared consistently with frontline crews."],
'Emergency operations centre (EOC)':[
"The trust should ensure that call audit results are fed back to individual call handlers within one month of the audit.",
"The trust should continue to work with commissioners and acute trusts to reduce handover delays at emergency departments."],
'Patient transport services':[
"The trust should ensure that eligibility criteria are applied consistently by booking staff.",
"The trust should ensure that journey times are monitored against the contract standard and reported to the board.",
"The trust should review the cleaning schedule for patient transport vehicles so that deep cleans are recorded."]}
# ---- page 1 cover
c.setFillColor(HexColor('#1d3557')); c.rect(0,H-200,W,200,fill=1,stroke=0)
tjline(LM,H-90,'Northmoor Ambulance Service NHS Trust'.split(),'Helvetica-Bold',22,HexColor('#ffffff'))
tjline(LM,H-120,'Inspection report'.split(),'Helvetica',16,HexColor('#ffffff'))
y[0]=H-240
para('Ambulance Headquarters, Kestrel Way, Moorfield Business Park, Halbury, HB4 7QT')
para('Tel: 01632 960440     www.northmoorambulance.nhs.uk')
para('Date of inspection visit: 11 June to 4 July 2019')
para('Date of publication: 12 September 2019')
heading('Ratings',13)
for k,v in [('Overall trust quality rating','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Requires improvement'),('Are services well-led?','Requires improvement')]:
    tjline(LM,y[0],k.split(),'Helvetica',10.5,HexColor('#222222')); tjline(LM+260,y[0],v.split(),'Helvetica-Bold',10.5,HexColor('#222222')); y[0]-=17
y[0]-=10
para('We plan our next inspections based on everything we know about services, including whether they appear to be getting better or worse. Each report explains the reason for the inspection. This report describes our judgement of the quality of care provided by this trust. We based it on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.',9,'#444444')
newpage()
# ---- page 2
heading('Background to the trust')
para('Northmoor Ambulance Service NHS Trust provides emergency and urgent care, an emergency operations centre and non-emergency patient transport services across a population of around 2.9 million people. The trust employs about 4,100 staff working from 61 stations and two emergency operations centres.')
para('We carried out an unannounced inspection of three core services, emergency and urgent care, the emergency operations centre and patient transport services, because at our last inspection we rated them as requires improvement. We also inspected the well-led key question for the trust as a whole. Our findings on well-led are in a separate section of this report.'+EXTRA)
heading('Overall summary',13)
para('Our rating of this trust stayed the same. We rated it as requires improvement because:')
for b in ['We rated safe, responsive and well-led as requires improvement, and effective and caring as good.','Staff did not always complete mandatory training, and medicines were not always managed safely on stations.','The emergency operations centre did not always have enough staff to answer calls promptly.']:
    c.setFont('Helvetica',10); c.setFillColor(HexColor('#222222')); c.drawString(LM+4,y[0],'\u2022'); para(b,indent=16)
heading('Areas for improvement',13)
para('We found areas for improvement including eight breaches of legal requirements that the trust must put right. We found 9 things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality.')
para('Each action is marked with the colour of the service it applies to. A square marks an action the trust must take; a circle marks an action the trust should take.'+' Services are listed in the order in which they appear in the detailed findings, and each core service has its own chapter in this report.',9,'#444444')
heading('Action the trust MUST take to improve',13)
SEC='Action the trust MUST take to improve'
for svc,lst in MUST.items():
    heading(svc,11,COL[svc],gap=2)
    for t in lst: item('must',t,SEC,None if svc=='Trust-wide' else svc,COL[svc])
heading('Action the trust SHOULD take to improve',13)
SEC2='Action the trust SHOULD take to improve'
for svc,lst in SHOULD.items():
    heading(svc,11,COL[svc],gap=2)
    for t in lst: item('should',t,SEC2,None if svc=='Trust-wide' else svc,COL[svc])
newpage()
CH[0]=page[0]
# ---- chapter: emergency and urgent care
svc='Emergency and urgent care'
heading('Emergency and urgent care',18,COL[svc])
para('Requires improvement',11,COL[svc],'Helvetica-Bold')
heading('Key facts and figures',12)
para('The trust’s emergency and urgent care service responded to 612,400 incidents between April 2018 and March 2019. Crews operate from 61 stations supported by community first responders and hazardous area response teams.')
heading('Summary of this service',12)
para('Our rating of this service stayed the same. Staff did not always complete mandatory training and checks of vehicles and medicines were not always recorded. However, staff treated patients with compassion and kindness and worked well with other services.')
heading('Areas for improvement',13,COL[svc])
heading('Action the trust MUST take to improve',11,COL[svc],gap=2)
for t in MUST[svc]: item('must',t,'Action the trust MUST take to improve',svc,COL[svc])
heading('Action the trust SHOULD take to improve',11,COL[svc],gap=2)
for t in SHOULD[svc]: item('should',t,'Action the trust SHOULD take to improve',svc,COL[svc])
furniture(); c.showPage(); c.save()
gold.write(OUT+'/gold.json','reportlab 5.1.0',
 {'provider':'Northmoor Ambulance Service NHS Trust','location':None,'report_type':'Inspection report','published':'2019-09-12',
  'inspection_dates':['2019-06-11','2019-07-04'],
  'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Requires improvement','well_led':'Requires improvement'}})
print('pages',page[0],'findings',len(gold.items))
for it in gold.items: print(it['page'],it['kind'],str(it['service'])[:10],it['text'][:50],it['also_at'])
