import json, sys, os
sys.path.insert(0,'/tmp/EK-work'); from locate import locate2
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, KeepTogether, NextPageTemplate, PageBreak, Flowable, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('Sans','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('SansB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Serif','/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf'))
OUT='/work/blind/EK/nhs111_2016_badges'; os.makedirs(OUT,exist_ok=True)
W,H=A4
TEAL=colors.HexColor('#005eb8')
MUST=[('Ensure that all clinical call handlers and health advisers complete the mandatory NHS Pathways refresher training and that compliance is monitored at each call centre.','18','(2)(a)'),
('Ensure that calls assessed as requiring a clinical call back within 20 minutes are returned within that time, and that patients waiting longer are re-triaged.','12','(2)(a)'),
('Ensure there are sufficient numbers of suitably qualified clinical advisers on duty at weekends and on bank holidays to meet the forecast demand.','18','(1)'),
('Establish effective systems to review the calls of health advisers and clinicians, including a minimum of five audited calls per adviser each month, and act on the findings.','17','(2)(a)'),
('Make sure that safeguarding referrals are made on the same day and that the outcome of each referral is recorded on the call record.','13','(2)'),
('Ensure that the directory of services is kept up to date so that patients are not referred to services which are closed or unable to accept them.','12','(2)(i)'),
('Implement a process for learning from serious incidents and complaints which is shared with staff at the Kingsmead and Hollins Park call centres.','17','(2)(b)'),
('Ensure that recruitment checks, including Disclosure and Barring Service checks, are completed and recorded before new staff take calls unsupervised.','19','(2)'),
]
SHOULD=['Review the arrangements for staff rest breaks on night shifts so that call handlers are not routinely asked to delay them during peak demand.',
'Continue to work with commissioners to reduce the number of calls abandoned after 30 seconds, which remained above the national average.',
'Improve the way in which feedback from patients who use the text relay and interpreter services is gathered and acted on.',
'Consider how clinical supervisors can be made more visible on the call floor, particularly when the floor walker role is vacant.',
'Ensure that all team leaders receive training in the management of sickness absence and in holding return-to-work conversations.',
'Review the information given to callers about what to do if their symptoms worsen while they wait for a call back.',
'Make sure that the business continuity plan is tested at least once a year and that the results are shared with the board.',
]
base=ParagraphStyle('b',fontName='Sans',bulletFontName='Sans',fontSize=9.5,leading=13,spaceAfter=5)
tight=ParagraphStyle('t',parent=base,leading=11.2)
loose=ParagraphStyle('l',parent=base,leading=15.5)
h1=ParagraphStyle('h1',fontName='SansB',fontSize=22,leading=26,textColor=TEAL,spaceAfter=8)
h2=ParagraphStyle('h2',fontName='SansB',fontSize=13,leading=16,textColor=TEAL,spaceBefore=10,spaceAfter=5)
h3=ParagraphStyle('h3',fontName='SansB',fontSize=10,leading=13,spaceBefore=6,spaceAfter=5)
class Badged(Flowable):
    def __init__(s,num,para,col,first=True):
        Flowable.__init__(s); s.num=num; s.p=para; s.col=col; s.first=first
    def wrap(s,aw,ah):
        w,h=s.p.wrap(aw-11*mm,ah); s.width=aw; s.height=h+3; return aw,s.height
    def split(s,aw,ah):
        parts=s.p.split(aw-11*mm,ah-3)
        if len(parts)<2: return []
        return [Badged(s.num,parts[0],s.col,s.first),Badged(s.num,parts[1],s.col,False)]
    def draw(s):
        c=s.canv
        if s.first:
            c.setFillColor(s.col); top=s.height-3-s.p.style.leading/2
            c.circle(4*mm,top,3.4*mm,fill=1,stroke=0)
            c.setFillColor(colors.white); c.setFont('SansB',9); c.drawCentredString(4*mm,top-3.2,str(s.num))
        s.p.drawOn(c,11*mm,0)
def cover(c,d):
    c.saveState(); c.setFillColor(TEAL); c.rect(0,H-70*mm,W,70*mm,fill=1,stroke=0)
    c.setFillColor(colors.white); c.setFont('SansB',11); c.drawString(20*mm,H-20*mm,'Wessex Urgent Care Partnership Limited')
    c.restoreState()
def later(c,d):
    c.saveState(); c.setFont('Sans',7.5); c.setFillColor(colors.grey)
    c.drawString(20*mm,10*mm,f'{d.page}   Wessex Urgent Care Partnership Limited – NHS 111 service   Quality Report   12/10/2016')
    c.setFillColor(TEAL); c.rect(0,H-12*mm,W,4*mm,fill=1,stroke=0)
    c.restoreState()
def oddpage(c,d):
    later(c,d)
    c.saveState(); c.setStrokeColor(TEAL); c.setLineWidth(3)
    x,y=20*mm,H-100*mm
    c.line(x,y+68*mm,x+62*mm,y+68*mm); c.line(x,y,x+62*mm,y)
    c.setFont('Serif',14); c.setFillColor(TEAL)
    for i,l in enumerate(['“The call handler stayed','on the line until the','ambulance arrived. She','was calm and kind the','whole time.”']):
        c.drawString(x,y+58*mm-i*18,l)
    c.setFont('Sans',8); c.setFillColor(colors.black); c.drawString(x,y+6*mm,'Caller, speaking to CQC after the inspection')
    c.restoreState()
fr_full=Frame(20*mm,18*mm,W-40*mm,H-38*mm,id='full')
fr_cov=Frame(20*mm,18*mm,W-40*mm,H-95*mm,id='cov')
fr_a=Frame(88*mm,H-102*mm,W-108*mm,82*mm,id='a')
fr_b=Frame(20*mm,18*mm,W-40*mm,H-122*mm,id='b')
doc=BaseDocTemplate(OUT+'/report.pdf',pagesize=A4,title='NHS 111 service Quality Report',author='Care Quality Commission')
doc.addPageTemplates([PageTemplate('cover',[fr_cov],onPage=cover),PageTemplate('odd',[fr_a,fr_b],onPage=oddpage),PageTemplate('normal',[fr_full],onPage=later)])
S=[]
S+=[Paragraph('NHS 111 service',h1),Paragraph('Quality Report',h2),
Paragraph('Kingsmead House, Mercury Way, Eastleigh, Hampshire SO50 6RZ<br/>Tel: 0300 123 0111<br/>Website: www.wessexurgentcare.nhs.uk',base),
Paragraph('Date of inspection visit: 12 – 14 July 2016<br/>Date of publication: 12 October 2016',base),Spacer(1,8*mm),
Paragraph('Ratings',h2)]
for a,b in [('Overall rating for this service','Requires improvement'),('Are services safe?','Inadequate'),('Are services effective?','Requires improvement'),('Are services caring?','Good'),('Are services responsive to people’s needs?','Requires improvement'),('Are services well-led?','Requires improvement')]:
    S.append(Paragraph(f'{a} <font name="SansB" color="#005eb8">{b}</font>',base))
S+=[Spacer(1,10*mm),Paragraph('This report describes our judgement of the quality of care at this service. It is based on a combination of what we found when we inspected, information from our ‘Intelligent Monitoring’ system, and information given to us from patients, the public and other organisations.',tight),
NextPageTemplate('odd'),PageBreak()]
S+=[Paragraph('Letter from the Chief Inspector of General Practice',h2),
Paragraph('We carried out an announced comprehensive inspection of the NHS 111 service provided by Wessex Urgent Care Partnership Limited on 12 to 14 July 2016. The service handles around 1.1 million calls a year from people in Hampshire, the Isle of Wight and Dorset, from two call centres at Kingsmead House in Eastleigh and Hollins Park in Poole.',loose),
Paragraph('Overall the service is rated as requires improvement, and inadequate for providing safe services.',loose),
Paragraph('Our key findings across all the areas we inspected were as follows:',h3)]
for t in ['Staff were polite and caring, and callers we spoke with were positive about the way they had been treated.','There was an open culture for reporting incidents, but learning was not always shared between the two call centres.','Clinical call backs were frequently delayed, and at weekends some callers waited more than two hours for a clinician.','Call audits were not carried out at the frequency set out in the provider’s own policy.']:
    S.append(Paragraph(t,tight,bulletText='•'))
S.append(FrameBreak())
S.append(KeepTogether([Paragraph('The areas where the provider must make improvement are:',h3),Badged(1,Paragraph(MUST[0][0],tight),colors.HexColor('#c8102e'))]))
for i,(t,r,p) in enumerate(MUST[1:],2):
    S.append(Badged(i,Paragraph(t,tight),colors.HexColor('#c8102e')))
S.append(Paragraph('The areas where the provider should make improvement are:',h3))
for i,t in enumerate(SHOULD,1):
    S.append(Badged(i,Paragraph(t,loose),colors.HexColor('#e07b00')))
S+=[Paragraph('<b>Professor Steve Field</b> CBE FRCP FFPH FRCGP<br/>Chief Inspector of General Practice',base),NextPageTemplate('normal'),PageBreak()]
S+=[Paragraph('Summary of findings',h1),Paragraph('Areas for improvement',h2),Paragraph('Action the service MUST take to improve',h3)]
for t,r,p in MUST: S.append(Paragraph(t,base,bulletText='•'))
S.append(Paragraph('Action the service SHOULD take to improve',h3))
for t in SHOULD: S.append(Paragraph(t,base,bulletText='•'))
S+=[Paragraph('Outstanding practice',h2),Paragraph('The service had introduced a mental health nurse on every shift, which meant that callers in crisis could speak to a specialist without delay.',base)]
doc.build(S)
allf=[('must',t,[(r,p)]) for t,r,p in MUST]+[('should',t,[]) for t in SHOULD]
pages,n=locate2(OUT+'/report.pdf',[{'text':t} for k,t,r in allf],2)
F=[]
for (k,t,regs),pg in zip(allf,pages):
    assert len(pg)==2,(t,pg)
    F.append({'kind':k,'text':t,'page':pg[0],'section':'The areas where the provider must make improvement are:' if k=='must' else 'The areas where the provider should make improvement are:','service':None,'domain':None,
      'regulations':[],'also_at':[{'page':pg[1],'service':None}]})
gold={'producer':'ReportLab (platypus)','expect':'findings','password':None,
 'meta':{'provider':'Wessex Urgent Care Partnership Limited','location':'NHS 111 service','report_type':'Quality Report','published':'2016-10-12','inspection_dates':['2016-07-12','2016-07-14'],
 'ratings':{'overall':'Requires improvement','safe':'Inadequate','effective':'Requires improvement','caring':'Good','responsive':'Requires improvement','well_led':'Requires improvement'}},'findings':F,'notices':[]}
json.dump(gold,open(OUT+'/gold.json','w'),indent=1,ensure_ascii=False)
print(n,[f['page'] for f in F],[f['also_at'][0]['page'] for f in F])
