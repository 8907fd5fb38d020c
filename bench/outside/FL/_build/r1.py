import sys, json; sys.path.insert(0,'/tmp/FL-work')
from common import wrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.colors import HexColor, black
OUT='/work/blind/FL/uec_trust_2019/'
TRUST='Harrowfield and Tennant Valley Hospitals NHS Trust'
W,H=A4
c=canvas.Canvas(OUT+'report.pdf',pagesize=A4)
c.setTitle(TRUST+' Inspection report'); c.setAuthor('Care Quality Commission')
page=[1]
LM=28*mm; MEAS=112*mm; TOP=H-30*mm; BOT=25*mm
y=[TOP]
FONT='Times-Roman'; FB='Times-Bold'; SZ=10.5; LD=13.2
def furniture():
    c.setFont('Helvetica',7.5); c.setFillColor(HexColor('#555555'))
    if page[0]>1:
        c.drawString(LM,H-16*mm,'Summary of findings' if page[0]<4 else 'Urgent and emergency care')
    c.drawString(LM,14*mm,f'{page[0]}  {TRUST} Inspection report 04/09/2019')
    c.setFillColor(black)
def newpage():
    c.showPage(); page[0]+=1; y[0]=TOP; furniture()
def para(text,font=FONT,size=SZ,lead=LD,gap=5,indent=0,hyph=True):
    lines=wrap(text,font,size,MEAS-indent,hyphenate=hyph)
    for ln in lines:
        if y[0]<BOT: newpage()
        c.setFont(font,size); c.drawString(LM+indent,y[0],ln); y[0]-=lead
    y[0]-=gap
def head(text,size=13,color='#3b1f5e',gap=4):
    if y[0]<BOT+40: newpage()
    c.setFont('Helvetica-Bold',size); c.setFillColor(HexColor(color)); c.drawString(LM,y[0],text); c.setFillColor(black)
    y[0]-=size+gap
findings=[]; index={}
def rec(kind,text,section,regs):
    key=' '.join(text.split())
    if key in index:
        findings[index[key]]['also_at'].append({'page':page[0],'service':'Urgent and emergency care'})
    else:
        index[key]=len(findings)
        findings.append({'kind':kind,'text':key,'page':page[0],'section':section,'service':'Urgent and emergency care','domain':None,'regulations':regs,'also_at':[]})
def item(kind,text,section,regs,y_start=None):
    lines=wrap(text,FONT,SZ,MEAS-6*mm)
    if y[0]<BOT: newpage()
    rec(kind,text,section,regs)
    first=True
    for ln in lines:
        if y[0]<BOT: newpage()
        c.setFont(FONT,SZ)
        if first: c.drawString(LM+1.5*mm,y[0],'\u2022'); first=False
        c.drawString(LM+6*mm,y[0],ln); y[0]-=LD
    y[0]-=3
def brace_group(kind,items,cite,section,regs):
    # all lines must fit on this page
    total=sum(len(wrap(t,FONT,SZ,MEAS-6*mm))*LD+3 for t in items)
    if y[0]-total<BOT: newpage()
    ytop=y[0]+SZ*0.8
    for t in items: item(kind,t,section,regs)
    ybot=y[0]+3+2
    x=LM+MEAS+3*mm; mid=(ytop+ybot)/2; d=2.2*mm
    p=c.beginPath(); p.moveTo(x,ytop)
    p.curveTo(x+d,ytop,x,mid,x+d,mid); p.curveTo(x,mid,x+d,ybot,x,ybot)
    c.setLineWidth(0.8); c.setStrokeColor(HexColor('#3b1f5e')); c.drawPath(p,stroke=1,fill=0)
    c.setFont('Helvetica-Oblique',8); c.setFillColor(HexColor('#3b1f5e'))
    yy=mid+4
    for part in cite: c.drawString(x+d+2*mm,yy,part); yy-=9.5
    c.setFillColor(black)

# ---------- content
HG='Harrowfield General Hospital'; TV='Tennant Valley Hospital'
M_HG_A=['The trust must ensure that patients arriving by ambulance are assessed by a registered clinician within 15 minutes of arrival and that the outcome of this initial assessment is recorded.',
 'The trust must ensure that early warning scores are calculated and escalated in line with trust policy, so that staff know what they should do when a patient\u2019s condition deteriorates.',
 'The trust must ensure that patients with suspected sepsis receive intravenous antibiotics within one hour of recognition.']
M_HG_B=['The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced registered children\u2019s nurses in the paediatric emergency department at all times.',
 'The trust must ensure that medical staffing in the department meets the Royal College of Emergency Medicine\u2019s recommended consultant presence of 16 hours a day.']
M_HG_C='The trust must ensure that controlled drugs are stored securely and that stock checks are completed and signed by two members of staff each day. (Regulation 12(2)(g))'
M_TV_A=['The trust must ensure that the department\u2019s risk register reflects current risks, including crowding and corridor care, and that mitigating actions are reviewed at the monthly well-led governance meeting.',
 'The trust must ensure that patient records are accurate, complete and contemporaneous, including the times at which pain relief and observations are given.',
 'The trust must ensure that audits of safeguarding referrals are completed and that learning is shared with all staff groups.']
M_TV_B='The trust must ensure that the mental health assessment room meets the Psychiatric Liaison Accreditation Network standards for ligature risk. (Regulation 15(1)(c))'
S_HG=['The trust should ensure that the follow-up of patients who leave the department before treatment is recorded in line with the policy that staff must follow.',
 'The trust should consider how it displays waiting times in the reception and paediatric waiting areas.',
 'The trust should continue to improve the uptake of level 3 safeguarding children training among medical staff.']
S_TV=['The trust should ensure that hand hygiene audits include all staff groups and that results are shared with the staff who must act on them.',
 'The trust should ensure that interpreting services are used for patients whose first language is not English, rather than relying on relatives.',
 'The trust should review the arrangements for the observation of patients held in the corridor when the department is crowded.']
R=lambda n,p: {'instrument':'RA2014','number':n,'paragraphs':p}

# cover
c.setFillColor(HexColor('#3b1f5e')); c.rect(0,H-95*mm,W,95*mm,fill=1,stroke=0)
c.setFillColor(HexColor('#ffffff')); c.setFont('Helvetica-Bold',22); c.drawString(LM,H-45*mm,'Harrowfield and Tennant Valley')
c.drawString(LM,H-55*mm,'Hospitals NHS Trust'); c.setFont('Helvetica',15); c.drawString(LM,H-72*mm,'Inspection report')
c.setFillColor(black); c.setFont('Helvetica',9.5); yy=H-110*mm
for t in ['Trust Headquarters, Harrowfield General Hospital','Moorgate Road, Harrowfield, HF3 7QD','Tel: 01632 960 411','www.htvh.nhs.uk','','Date of inspection visit: 11 to 12 June 2019','Date of publication: 04/09/2019']:
    c.drawString(LM,yy,t); yy-=13
yy-=10
c.setFont('Helvetica-Oblique',8.5)
for t in wrap('This report describes our judgement of the quality of care provided by this trust. It is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.','Helvetica-Oblique',8.5,MEAS+30*mm,hyphenate=False):
    c.drawString(LM,yy,t); yy-=11
yy-=14; c.setFont('Helvetica-Bold',11); c.drawString(LM,yy,'Ratings'); yy-=16
for a,b in [('Overall rating for this trust','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Requires improvement'),('Are services well-led?','Requires improvement')]:
    c.setFont('Helvetica',9.5); c.drawString(LM,yy,a); c.setFont('Helvetica-Bold',9.5); c.drawString(LM+75*mm,yy,b); yy-=14
furniture(); newpage()

head('Background to the trust')
para('Harrowfield and Tennant Valley Hospitals NHS Trust provides acute hospital services to around 410,000 people across the Harrowfield district and the Tennant valley. The trust has two emergency departments, at Harrowfield General Hospital and Tennant Valley Hospital, which together saw more than 142,000 attendances in the year to March 2019.')
head('What we inspected and why')
para('We carried out a focused, unannounced inspection of urgent and emergency care at both hospitals on 11 and 12 June 2019 because of concerns about waiting times, crowding and the care of patients whose condition deteriorated while they waited. We did not inspect the other core services run by the trust and their ratings are unchanged.')
head('Areas for improvement')
para('We found areas for improvement, including 10 breaches of legal requirements that the trust must put right. We found 6 things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality. Where one regulation applies to several actions, it is shown once beside the bracketed group.')
head('Action the trust MUST take to improve',12)
SEC_M='Action the trust MUST take to improve'; SEC_S='Action the trust SHOULD take to improve'
def mustlist():
    head(HG,10.5,'#000000',3); head('Urgent and emergency care',9.5,'#6a4c93',4)
    brace_group('must',M_HG_A,['Regulation','12(2)(a)(b)'],SEC_M,[R(12,'(2)(a)(b)')])
    brace_group('must',M_HG_B,['Regulation 18(1)'],SEC_M,[R(18,'(1)')])
    item('must',M_HG_C,SEC_M,[R(12,'(2)(g)')])
    head(TV,10.5,'#000000',3); head('Urgent and emergency care',9.5,'#6a4c93',4)
    brace_group('must',M_TV_A,['Regulation','17(2)(a)(b)(c)'],SEC_M,[R(17,'(2)(a)(b)(c)')])
    item('must',M_TV_B,SEC_M,[R(15,'(1)(c)')])
mustlist()
y[0]-=6; head('Action the trust SHOULD take to improve',12)
def shouldlist(loc,items):
    head(loc,10.5,'#000000',3); head('Urgent and emergency care',9.5,'#6a4c93',4)
    for t in items: item('should',t,SEC_S,[])
shouldlist(HG,S_HG); shouldlist(TV,S_TV)
y[0]-=6
head('Is this organisation well-led?')
para('We did not inspect the well-led key question at trust level at this inspection. Leaders at both hospitals were visible and staff told us that executives had visited the departments during periods of severe crowding, but governance processes had not identified all of the risks we found.')
newpage()
# chapters
for loc,mus,sh in [(HG,'HG',S_HG),(TV,'TV',S_TV)]:
    head(loc,15); head('Urgent and emergency care',12,'#6a4c93')
    para(('Requires improvement. ' if True else '')+('The emergency department at '+loc+' is open 24 hours a day, seven days a week. It has a resuscitation area, a majors area, an ambulatory area, a paediatric emergency department and an urgent treatment centre run by the trust. Our rating of this service went down. We rated it as requires improvement because staff did not always assess and escalate risks to patients promptly, and the service did not always have enough staff with the right skills.'))
    head('Is the service safe?',11,'#000000')
    para('Staff did not always complete initial assessments in a timely way. Records showed that on the first day of our inspection the median time from ambulance arrival to assessment was 24 minutes, and several patients waited more than an hour. Managers had introduced a rapid assessment nurse role but this was not staffed on every shift.')
    head('Is the service well-led?',11,'#000000')
    para('Leaders understood the challenges of crowding and had plans to expand the majors area. However, the risk register did not reflect all of the risks we saw, and actions agreed at governance meetings were not always followed up.')
    head('Areas for improvement',12)
    SEC_M2='Action the trust MUST take to improve'
    head('Action the trust MUST take to improve',10.5,'#000000')
    if mus=='HG':
        brace_group('must',M_HG_A,['Regulation','12(2)(a)(b)'],SEC_M2,[R(12,'(2)(a)(b)')])
        brace_group('must',M_HG_B,['Regulation 18(1)'],SEC_M2,[R(18,'(1)')])
        item('must',M_HG_C,SEC_M2,[R(12,'(2)(g)')])
    else:
        brace_group('must',M_TV_A,['Regulation','17(2)(a)(b)(c)'],SEC_M2,[R(17,'(2)(a)(b)(c)')])
        item('must',M_TV_B,SEC_M2,[R(15,'(1)(c)')])
    head('Action the trust SHOULD take to improve',10.5,'#000000')
    for t in sh: item('should',t,SEC_S,[])
    if loc==HG: newpage()
c.showPage(); c.save()
gold={'producer':'ReportLab PDF Library - (opensource)','expect':'findings','password':None,
 'meta':{'provider':TRUST,'location':None,'report_type':'Inspection report','published':'2019-09-04','inspection_dates':['2019-06-11','2019-06-12'],
  'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Requires improvement','well_led':'Requires improvement'}},
 'findings':findings,'notices':[]}
json.dump(gold,open(OUT+'gold.json','w'),indent=1,ensure_ascii=False)
print(len(findings), [ (f['page'],[a['page'] for a in f['also_at']]) for f in findings])
