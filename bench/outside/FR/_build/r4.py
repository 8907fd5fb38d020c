import sys; sys.path.insert(0,'/tmp/FR-work'); from common import *
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
OUT='/work/blind/FR/r4_community_dental'; os.makedirs(OUT, exist_ok=True)
SVC='Community dental services'
SH='\u00ad'
must=["The provider must ensure that the decontamination room at Fairholme Clinic is refurbished so that it meets the requirements of Health Technical Memorandum 01-05.",
"The provider must ensure that all staff who take dental radiographs have up-to-date training in ionising radiation and that the radiation protection file is complete.",
"The provider must ensure that emergency medicines and equipment, including the automated external defibrillator, are checked weekly at every clinic and that checks are recorded.",
"The provider must ensure that patients referred for treatment under general anaesthetic are seen within 18 weeks of referral.",
"The provider must ensure that the environmental risk assessments for the mobile dental unit and its gen"+SH+"erator, wheelchair lift and compressor are completed and reviewed annually.",
"The provider must ensure that consent for treatment of children and adults who lack capacity is obtained and recorded in line with the Mental Capacity Act 2005 and Gillick competence guidance."]
should=["The provider should ensure that dental care records include a record of the oral cancer screening carried out at each examination.",
"The provider should ensure that sharps bins in all surgeries are labelled, dated and stored off the floor.",
"The provider should consider how waiting list information is shared with referring general dental practitioners.",
"The provider should ensure that audits of radiograph quality are completed every six months and acted upon.",
"The provider should ensure that patients who do not attend appointments are followed up in line with the trust’s was not brought policy.",
"The provider should review how easy-read information is made available to patients with a learning disability."]
W,H=A4; L=56; R=W-56; TOP=H-62; BOT=62
c=canvas.Canvas(OUT+'/report.pdf',pagesize=A4); c.setTitle('Community dental services')
state={'y':TOP,'pg':1}; seen=[]  # (page, clean text start)
def furniture():
    c.setFont('Helvetica',8); c.setFillGray(0.35)
    c.drawString(L,H-36,'Community dental services  Quality Report  19/05/2016'); c.drawRightString(R,H-36,'Wyvern Community Health NHS Trust')
    c.drawCentredString(W/2,34,f'{state["pg"]}'); c.setFillGray(0)
def newpage():
    c.showPage(); state['pg']+=1; state['y']=TOP; furniture()
def wrap(text,font,size,width):
    words=text.split(' '); lines=[]; cur=''
    for w in words:
        t=(cur+' '+w) if cur else w
        if stringWidth(t.replace(SH,''),font,size)<=width: cur=t; continue
        if SH in w:
            a,b=w.split(SH,1); t2=(cur+' '+a) if cur else a
            if stringWidth(t2+'-',font,size)<=width:
                lines.append(t2+SH); cur=b; continue
        lines.append(cur); cur=w
    lines.append(cur); return lines
def para(text,font='Helvetica',size=10,lead=13.5,indent=0,bullet=None,after=6,rec=None):
    lines=wrap(text,font,size,R-L-indent)
    for i,ln in enumerate(lines):
        if state['y']<BOT: newpage()
        if i==0 and rec is not None: rec.append(state['pg'])
        c.setFont(font,size)
        if bullet and i==0: c.drawString(L+indent-10,state['y'],bullet)
        c.drawString(L+indent,state['y'],ln[:-1].replace(SH,'')+ln[-1:] if ln else ln); state['y']-=lead
    state['y']-=after
def head(t,size=13,color=(0.1,0.3,0.45)):
    if state['y']<BOT+40: newpage()
    state['y']-=6; c.setFillColorRGB(*color); c.setFont('Helvetica-Bold',size); c.drawString(L,state['y'],t); c.setFillGray(0); state['y']-=size+6
furniture()
c.setFont('Helvetica-Bold',22); c.drawString(L,state['y']-10,'Wyvern Community Health NHS Trust'); state['y']-=40
head('Community dental services',16); para('Quality Report',size=12); para('Wyvern House, 2 Millbrook Road, Severnford SV3 9DD')
para('Date of inspection visit: 1 to 4 February 2016'); para('Date of publication: 19 May 2016')
for k,v in [('Overall rating for this core service','Good'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Outstanding'),('Are services responsive?','Good'),('Are services well-led?','Good')]:
    c.setFont('Helvetica',10); c.drawString(L,state['y'],k); c.drawString(L+260,state['y'],v); state['y']-=15
head('Summary of findings')
fill=("The community dental service provides special care dentistry and paediatric dentistry from nine clinics and a mobile dental unit across the county. "
      "It treats children and adults who cannot be treated in general dental practice, including people with learning disabilities, dental anxiety and complex medical needs. ")
NF=3
for _ in range(NF): para(fill*2)
state["y"]-=13
head('Areas for improvement'); 
c.setFont('Helvetica-Bold',10.5); c.drawString(L,state['y'],'Action the provider MUST take to improve'); state['y']-=16
mp=[]; [para(t,indent=14,bullet='•',rec=mp) for t in must]
c.setFont('Helvetica-Bold',10.5); c.drawString(L,state['y'],'Action the provider SHOULD take to improve'); state['y']-=16
sp=[]
for t in should[:3]: para(t,indent=14,bullet='•',rec=sp)
# full-width table interrupting the list
if state['y']<BOT+130: newpage()
c.setFont('Helvetica-Bold',9); c.drawString(L,state['y'],'Table 2: Patients waiting for treatment under general anaesthetic, by clinic, 31 December 2015'); state['y']-=14
rows=[('Clinic','Children waiting','Adults waiting','Median wait (weeks)','Longest wait (weeks)'),('Fairholme Clinic','46','12','14','31'),('Severnford Health Centre','71','19','17','38'),('Mobile unit (rural)','9','4','11','22'),('Trust total','126','35','15','38')]
for i,r in enumerate(rows):
    if i%2==0: c.setFillGray(0.92); c.rect(L,state['y']-4,R-L,16,stroke=0,fill=1); c.setFillGray(0)
    c.setFont('Helvetica-Bold' if i in (0,4) else 'Helvetica',9)
    for j,v in enumerate(r): c.drawString(L+4+[0,130,225,315,410][j],state['y'],v)
    state['y']-=16
state['y']-=10
for t in should[3:]: para(t,indent=14,bullet='•',rec=sp)
head('Are community dental services safe?')
for _ in range(4): para(fill*2)
# appendix: dense 7pt reprint
newpage(); head('Appendix B: Summary of actions for the trust board',11)
para('This appendix reproduces the actions from this report so they can be tracked by the quality committee. It is printed in reduced type.',size=7,lead=8.4)
ap=[]
para('Action the provider MUST take to improve',font='Helvetica-Bold',size=7,lead=8.4,after=2)
for t in must: para(t,size=7,lead=8.4,indent=8,bullet='–',after=1.5,rec=ap)
para('Action the provider SHOULD take to improve',font='Helvetica-Bold',size=7,lead=8.4,after=2)
for t in should: para(t,size=7,lead=8.4,indent=8,bullet='–',after=1.5,rec=ap)
para('Data tables',font='Helvetica-Bold',size=7,lead=8.4,after=2)
for _ in range(6): para(fill*3,size=7,lead=8.4,after=3)
c.save()
F=[]
for kind,items,pages,sec in (('must',must,mp,'Action the provider MUST take to improve'),('should',should,sp,'Action the provider SHOULD take to improve')):
    for t,p in zip(items,pages):
        F.append({"kind":kind,"text":t.replace(SH,''),"page":p,"section":sec,"service":SVC,"domain":None,"regulations":[],"also_at":[]})
for f,p in zip(F,ap): f['also_at']=[{"page":p,"service":SVC}]
chk=[dict(f) for f in F]; locate(OUT+'/report.pdf',chk)
for a,b in zip(F,chk): 
    if a['page']!=b['page'] or a['also_at']!=b['also_at']: print('MISMATCH',a['text'][:40],a['page'],b['page'])
write(OUT,'ReportLab PDF Library',{"provider":"Wyvern Community Health NHS Trust","location":None,"report_type":"Quality Report","published":"2016-05-19","inspection_dates":["2016-02-01","2016-02-04"],
 "ratings":{"overall":"Good","safe":"Requires improvement","effective":"Good","caring":"Outstanding","responsive":"Good","well_led":"Good"}},F)
print(mp,sp,ap)
