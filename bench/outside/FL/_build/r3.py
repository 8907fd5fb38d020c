import sys, json; sys.path.insert(0,'/tmp/FL-work')
from common import wrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.colors import HexColor, black
from reportlab.pdfbase.pdfmetrics import stringWidth, registerFont
from reportlab.pdfbase.ttfonts import TTFont
registerFont(TTFont('Lib','/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf'))
registerFont(TTFont('LibB','/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf'))
OUT='/work/blind/FL/homecare_2021/'
W,H=A4; c=canvas.Canvas(OUT+'report.pdf',pagesize=A4); c.setTitle('Willowmere Home Support - Inspection report')
page=[1]; LM=22*mm; MEAS=W-44*mm; TOP=H-28*mm; BOT=24*mm; y=[TOP]
def glyphs(x,yy,s,font,size,track=0.0):
    # every glyph its own text object with its own matrix, as exported by an online design tool
    for ch in s:
        t=c.beginText(); t.setTextOrigin(x,yy); t.setFont(font,size); t.textOut(ch); c.drawText(t)
        x+=stringWidth(ch,font,size)+track
def furniture():
    c.setFont('Lib',7.5); c.setFillColor(HexColor('#666666'))
    c.drawString(LM,12*mm,f'Willowmere Home Support Inspection report 18 November 2021'); c.drawRightString(W-LM,12*mm,str(page[0]))
    c.setFillColor(black)
def newpage():
    c.showPage(); page[0]+=1; y[0]=TOP; furniture()
findings=[]
cur={'section':None,'domain':None}
def para(text,marks=(),font='Lib',size=9.6,lead=13,gap=6):
    """marks: list of (kind,sentence,regs) contained in text; page recorded at sentence's first word"""
    lines=wrap(text,font,size,MEAS,hyphenate=False)
    starts=[]; off=0
    for ln in lines: starts.append(off); off+=len(ln)+1
    pos={}
    for m in marks:
        i=text.index(m[1]); li=max(k for k,s in enumerate(starts) if s<=i); pos[li]=pos.get(li,[])+[m]
    for li,ln in enumerate(lines):
        if y[0]<BOT: newpage()
        glyphs(LM,y[0],ln,font,size)
        for m in pos.get(li,[]):
            findings.append({'kind':m[0],'text':m[1],'page':page[0],'section':cur['section'],'service':None,'domain':cur['domain'],'regulations':m[2],'also_at':[]})
        y[0]-=lead
    y[0]-=gap
def head(text,size=12,color='#7a1f4b',band=False,gap=5):
    if y[0]<BOT+50: newpage()
    if band:
        c.setFillColor(HexColor('#f3e4ec')); c.rect(LM-3*mm,y[0]-4,MEAS+6*mm,size+9,fill=1,stroke=0)
    c.setFillColor(HexColor(color)); glyphs(LM,y[0],text,'LibB',size); c.setFillColor(black); y[0]-=size+gap+(4 if band else 0)
def box(text):
    lines=wrap(text,'Lib',9,MEAS-8*mm,hyphenate=False)
    h=len(lines)*12+8
    if y[0]-h<BOT: newpage()
    c.setFillColor(HexColor('#e8eef5')); c.rect(LM,y[0]-h+10,MEAS,h,fill=1,stroke=0); c.setFillColor(black)
    for ln in lines: glyphs(LM+4*mm,y[0],ln,'Lib',9); y[0]-=12
    y[0]-=10
RA=lambda n,p='': {'instrument':'RA2014','number':n,'paragraphs':p}
F14='of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.'
# cover
c.setFillColor(HexColor('#7a1f4b')); c.rect(0,0,18*mm,H,fill=1,stroke=0); c.setFillColor(black)
yy=H-60*mm
for t,f,s in [('Willowmere Care Services Ltd','Lib',11),('Willowmere Home Support','LibB',24),('Inspection report','Lib',16)]:
    glyphs(LM+6*mm,yy,t,f,s); yy-=s+12
yy-=10
for t in ['Unit 4, Saltings Business Park, Caddow Lane','Fernleigh','FE2 8TW','Tel: 01632 960 188','','Date of inspection visit: 4 October 2021 to 29 October 2021','Date of publication: 18 November 2021']:
    glyphs(LM+6*mm,yy,t,'Lib',10); yy-=14
yy-=16; glyphs(LM+6*mm,yy,'Ratings','LibB',12); yy-=18
for a,b in [('Overall rating for this service','Requires improvement'),('Is the service safe?','Requires improvement'),('Is the service effective?','Requires improvement'),('Is the service caring?','Good'),('Is the service responsive?','Good'),('Is the service well-led?','Requires improvement')]:
    glyphs(LM+6*mm,yy,a,'Lib',10); glyphs(LM+80*mm,yy,b,'LibB',10); yy-=15
furniture(); newpage()
cur['section']='Summary'
head('Summary',15)
head('About the service',11,'#333333')
para('Willowmere Home Support is a domiciliary care agency. It provides personal care to people living in their own houses and flats. At the time of our inspection 83 people were receiving personal care, most of them older people and people living with dementia.')
head('People\u2019s experience of using this service and what we found',11,'#333333')
para('People told us their regular care workers were kind and knew them well. However, visits were often late, and some people had received care from workers they had not met before. Risks to people were not always assessed, and medicines were not always managed safely. The provider\u2019s quality checks had not identified the concerns we found.')
head('Enforcement',11,'#333333')
para('We have identified breaches in relation to safe care and treatment, staffing, recruitment, consent and good governance at this inspection. We have also found that the provider had not notified us of events as required. Please see the action we have told the provider to take at the end of this report.')
head('Recommendations',11,'#333333')
para('We have made recommendations about the administration of time-specific medicines, staff induction and end of life care planning.')
head('Follow up',11,'#333333')
para('We will request an action plan for the provider to understand what they will do to improve the standards of quality and safety. We will continue to monitor information we receive about the service until we return to visit as per our re-inspection programme.')
newpage()
cur.update(section='Is the service safe?',domain='Safe')
head('Is the service safe?',14,band=True)
para('Safe \u2013 this means we looked for evidence that people were protected from abuse and avoidable harm. At the last inspection this key question was rated as good. At this inspection this key question has deteriorated to requires improvement.')
head('Assessing risk, safety monitoring and management; Using medicines safely',10.5,'#333333')
s1='This was a breach of regulation 12 (Safe care and treatment) '+F14
para('Risk assessments for moving and handling did not always give care workers the information they needed. One person\u2019s plan stated they needed two care workers and a hoist, but daily notes showed a single care worker had supported them on 14 occasions in September. Medicine administration records had gaps that had not been followed up. Systems were either not in place or robust enough to demonstrate medicines and risks to people were effectively managed. This placed people at risk of harm. '+s1,[('must',s1,[RA(12)])])
s2='We recommend the provider seeks advice and guidance from a reputable source about the administration of time-specific medicines, such as those for Parkinson\u2019s disease, and updates its practice accordingly.'
para('Care workers had been trained to administer medicines and their competence had been checked. However, visit times did not allow for medicines that must be given at set times. '+s2,[('should',s2,[])])
head('Staffing and recruitment',10.5,'#333333')
s3='This was a breach of regulation 18 (Staffing) '+F14
s4='This was a breach of regulation 19 (Fit and proper persons employed) '+F14
para('The provider had failed to ensure sufficient numbers of staff were deployed to meet people\u2019s needs. Electronic call monitoring showed that 22% of visits in the four weeks before our inspection were more than 30 minutes late, and 41 visits were shortened. '+s3+' Recruitment checks were incomplete. Two care workers had started work before their Disclosure and Barring Service checks had been returned, and there were unexplained gaps in employment history for three others. '+s4,[('must',s3,[RA(18)]),('must',s4,[RA(19)])])
cur.update(section='Is the service effective?',domain='Effective')
head('Is the service effective?',14,band=True)
para('Effective \u2013 this means we looked for evidence that people\u2019s care, treatment and support achieved good outcomes and promoted a good quality of life, based on best available evidence.')
head('Staff support: induction, training, skills and experience',10.5,'#333333')
s5='We recommend the provider reviews its induction programme against the Care Certificate standards and records how new care workers\u2019 competence is assessed before they work alone.'
para('New care workers shadowed experienced colleagues, but the length of shadowing varied from one visit to four days, and competence checks were not recorded. '+s5,[('should',s5,[])])
head('Ensuring consent to care and treatment in line with law and guidance',10.5,'#333333')
s6='This was a breach of regulation 11 (Need for consent) '+F14
para('Where people lacked capacity to make decisions about their care, mental capacity assessments had not been completed, and relatives without the legal authority to do so had signed consent forms on their behalf. '+s6,[('must',s6,[RA(11)])])
cur.update(section='Is the service caring?',domain='Caring')
head('Is the service caring?',14,band=True)
s7='We recommend the provider considers how people are told in advance when their usual care worker will change, and acts on people\u2019s feedback about this.'
para('People and relatives were positive about the kindness of care workers. One relative told us, \u201cThey treat Mum like their own family.\u201d Several people said they were not told when a different care worker was coming. '+s7,[('should',s7,[])])
cur.update(section='Is the service responsive?',domain='Responsive')
head('Is the service responsive?',14,band=True)
box('At our last inspection the provider had failed to ensure care plans reflected people\u2019s needs and preferences. This was a breach of regulation 9 (Person-centred care) '+F14)
s8='We recommend the provider ensures people\u2019s end of life wishes, including where they would prefer to be cared for, are discussed and recorded in their care plans.'
para('The service supported some people at the end of their lives. '+s8,[('should',s8,[])])
para('Care plans were now personalised and reviewed every six months or sooner if people\u2019s needs changed. Enough improvement had been made at this inspection and the provider was no longer in breach of regulation 9.')
cur.update(section='Is the service well-led?',domain='Well-led')
head('Is the service well-led?',14,band=True)
para('Well-led \u2013 this means we looked for evidence that service leadership, management and governance assured high-quality, person-centred care; supported learning and innovation; and promoted an open, fair culture.')
head('Managers and staff being clear about their roles, and understanding quality performance, risks and regulatory requirements',10.5,'#333333')
box('At our last inspection the provider had failed to operate effective systems to assess, monitor and improve the quality of the service. This was a breach of regulation 17 (Good governance) '+F14)
s9='Enough improvement had not been made at this inspection and the provider was still in breach of regulation 17.'
s10='This was a breach of regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.'
para('Audits of care records and medicine records had been introduced but had not identified the gaps we found, and actions from audits were not followed up. '+s9+' The registered manager had not told CQC about two allegations of abuse that had been reported to the local authority safeguarding team. '+s10,[('must',s9,[RA(17)]),('must',s10,[{'instrument':'REG2009','number':18,'paragraphs':''}])])
head('Working in partnership with others',10.5,'#333333')
para('The service worked with the local authority commissioning team and with district nurses. Feedback from professionals was mixed about how quickly the office responded to concerns.')
c.showPage(); c.save()
json.dump({'producer':'ReportLab PDF Library (per-glyph text objects)','expect':'findings','password':None,
 'meta':{'provider':'Willowmere Care Services Ltd','location':'Willowmere Home Support','report_type':'Inspection report','published':'2021-11-18','inspection_dates':['2021-10-04','2021-10-29'],
 'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Requires improvement','caring':'Good','responsive':'Good','well_led':'Requires improvement'}},'findings':findings,'notices':[]},open(OUT+'gold.json','w'),indent=1,ensure_ascii=False)
print(len(findings),[(f['kind'],f['page']) for f in findings])
