import sys
sys.path.insert(0,'/tmp/FJ-work'); from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import HexColor
OUT='/work/blind/FJ/r3_gp_ooh_footheads'
NKEY=int(sys.argv[1]) if len(sys.argv)>1 else 5
W,H=A4; LM=62; RM=W-62
c=canvas.Canvas(OUT+'/report.pdf',pagesize=A4); c.setTitle('Kestrel Out of Hours Service Quality Report')
MUST=["Ensure that there are effective systems to monitor the stock and expiry dates of medicines held at all base sites and in out-of-hours vehicles.",
"Ensure that all clinicians working shifts, including sessional GPs, have completed safeguarding children training to level 3.",
"Ensure that the National Quality Requirements for out-of-hours services are met, in particular the times within which patients with urgent needs receive a face-to-face consultation.",
"Ensure that blank prescription forms are tracked and stored securely at all bases and in vehicles, in line with national guidance.",
"Ensure that recruitment checks, including Disclosure and Barring Service checks, are completed and recorded for all drivers before they start work."]
SHOULD=["Review the process for auditing the quality of clinical consultations so that every sessional clinician is audited at least once a year.",
"Improve the recording of verbal consent in the electronic patient record.",
"Continue to work with the NHS 111 provider to reduce the number of calls that are passed back for a second triage.",
"Ensure that patients are made aware of the interpretation services available at the out-of-hours bases.",
"Consider how feedback from patients who use the home visiting service can be gathered."]
EXTRA_SHOULD="Review the signage at the Bridgford base so that patients can find the out-of-hours entrance after 6.30pm."
state={'page':1,'y':0}
def furniture(head_run):
    # folio at the head, running head at the foot
    c.setFont('Helvetica-Bold',9); c.setFillColor(HexColor('#00827f'))
    pg=state['page']
    if pg%2==0: c.drawString(LM,H-36,str(pg)); c.setFont('Helvetica',8); c.setFillColor(HexColor('#555555')); c.drawString(LM+16,H-36,'Kestrel Out of Hours Service Quality Report 12/01/2017')
    else: c.drawRightString(RM,H-36,str(pg)); c.setFont('Helvetica',8); c.setFillColor(HexColor('#555555')); c.drawRightString(RM-16,H-36,'Kestrel Out of Hours Service Quality Report 12/01/2017')
    c.setStrokeColor(HexColor('#00827f')); c.setLineWidth(2); c.line(LM,52,RM,52)
    c.setFont('Helvetica-Bold',11); c.setFillColor(HexColor('#00827f')); c.drawString(LM,36,head_run)
    c.setFillColor(HexColor('#000000'))
def newpage(head_run):
    c.showPage(); state['page']+=1; furniture(head_run); state['y']=H-70
def wrap(text,font,size,width):
    words=text.split(' '); lines=[]; cur=''
    for w in words:
        t=(cur+' '+w).strip()
        if stringWidth(t,font,size)<=width: cur=t
        else: lines.append(cur); cur=w
    lines.append(cur); return lines
def para(text,font='Helvetica',size=10.5,lead=14,indent=0,bullet=None,after=6,lines=None,run='Summary of findings',bottom=70):
    lines=lines or wrap(text,font,size,RM-LM-indent)
    for i,l in enumerate(lines):
        if state['y']<bottom: newpage(run)
        if i==0 and bullet: c.setFont('Helvetica',size); c.drawString(LM+indent-11,state['y'],bullet)
        c.setFont(font,size); c.drawString(LM+indent,state['y'],l); state['y']-=lead
    state['y']-=after
def head(text,size=13,run='Summary of findings'):
    if state['y']<110: newpage(run)
    state['y']-=4; c.setFont('Helvetica-Bold',size); c.setFillColor(HexColor('#00827f')); c.drawString(LM,state['y'],text); c.setFillColor(HexColor('#000000')); state['y']-=size+6
# cover
c.setFillColor(HexColor('#00827f')); c.rect(0,H-250,W,250,stroke=0,fill=1); c.setFillColor(HexColor('#ffffff'))
c.setFont('Helvetica',13); c.drawString(LM,H-90,'Kestrel Urgent Care Limited')
c.setFont('Helvetica-Bold',26); c.drawString(LM,H-130,'Kestrel Out of Hours Service')
c.setFont('Helvetica',18); c.drawString(LM,H-165,'Quality Report')
c.setFillColor(HexColor('#000000')); state['y']=H-290
for l in ['Headquarters, Unit 4 Trent Gateway','Bridgford Road','Nottingham','NG2 6JX','Tel: 0115 555 0142','Website: www.kestrelurgentcare.co.uk','','Date of inspection visit: 18 to 20 October 2016','Date of publication: 12/01/2017']:
    para(l,after=0)
state['y']-=10
para("This report describes our judgement of the quality of care at this service. It is based on a combination of what we found when we inspected, information from our ‘Intelligent Monitoring’ system, and information given to us from the provider, patients, the public and other organisations.",size=9.5,lead=12.5)
state['y']-=8
for k,v in [('Overall rating for this service','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Requires improvement'),('Are services caring?','Good'),('Are services responsive to people’s needs?','Requires improvement'),('Are services well-led?','Good')]:
    c.setFont('Helvetica',10.5); c.drawString(LM,state['y'],k); c.setFont('Helvetica-Bold',10.5); c.drawString(LM+250,state['y'],v); state['y']-=20
newpage('Summary of findings')
head('Letter from the Chief Inspector of General Practice')
para("We carried out an announced comprehensive inspection of Kestrel Out of Hours Service on 18 to 20 October 2016. The service provides out-of-hours primary medical services to approximately 690,000 patients across Nottingham and south Nottinghamshire from four bases, with a home visiting service. Overall the service is rated as requires improvement.")
para("The service had been inspected previously in March 2015 under our earlier methodology, when it was found to be meeting the standards we looked at. Since then the provider had taken over the contract for the south Nottinghamshire area and had opened a fourth base at Newark Hospital. During this inspection we visited all four bases and the call handling and clinical triage hub, spoke with 41 staff and 28 patients, and reviewed 120 patient records.")
para("Our key findings across all the areas we inspected were as follows:")
KEY=["There was an open and transparent approach to safety and an effective system in place for reporting and recording significant events.",
"Risks to patients were not always assessed and well managed, in particular those relating to medicines held in vehicles and the security of prescription forms.",
"The service was not consistently meeting the National Quality Requirements for the time taken to see patients with urgent needs.",
"Patients said they were treated with compassion, dignity and respect, and they were involved in decisions about their care and treatment.",
"Information about services and how to complain was available and easy to understand.",
"The service had good facilities and was well equipped to treat patients and meet their needs.",
"There was a clear leadership structure and staff felt supported by management.",
"The provider was aware of and complied with the requirements of the duty of candour.",
"Clinical staff did not always have access to the special notes and care plans of patients receiving end of life care.",
"Staff had received training appropriate to their roles, but the provider could not assure itself that all sessional GPs were up to date with safeguarding training."]
for k in KEY[:NKEY]: para(k,indent=14,bullet='•',after=4)
para("We saw one area of outstanding practice:")
para("The service had introduced a ‘frailty car’, staffed by an advanced nurse practitioner and a paramedic, which visited older patients at home in the evening. Data showed that this had reduced avoidable conveyances to hospital by 31% in the six months before our inspection.",indent=14,bullet='•',after=6)
para("We found that the provider had not acted on an external audit of prescription security completed in June 2016. Managers told us that a new tracking system had been purchased but it had not yet been introduced at the Bridgford and Newark bases, and we found prescription pads stored in unlocked drawers at both bases.")
head('The areas where the provider must make improvement are:',11)
L4=None
for i,m in enumerate(MUST):
    if i==3:
        L4=["Ensure that blank prescription forms are tracked and stored securely at all bases and in vehi\u00ad","cles, in line with national guidance."]
        para(m,indent=14,bullet='•',after=0,lines=L4[:1],bottom=-999)
        print('Y at break',state['y'], stringWidth(L4[0],'Helvetica',10.5), RM-LM-14, file=sys.stderr)
        newpage('Summary of findings')
        para(m,indent=14,after=4,lines=L4[1:])
    else: para(m,indent=14,bullet='•',after=4)
    if i==3: pass
head('The areas where the provider should make improvement are:',11)
for s in SHOULD: para(s,indent=14,bullet='•',after=4)
state['y']-=6
para('Professor Steve Field CBE FRCP FFPH FRCGP',after=0); para('Chief Inspector of General Practice')
PG_LETTER_END=state['page']
# detailed: dense 7pt two-column areas for improvement
newpage('Areas for improvement')
head('Areas for improvement',13,'Areas for improvement')
colw=(RM-LM-18)/2
def col_block(x, y, items, title):
    c.setFont('Helvetica-Bold',8); c.setFillColor(HexColor('#00827f')); c.drawString(x,y,title); c.setFillColor(HexColor('#000000')); y-=11
    for t in items:
        ls=wrap(t,'Helvetica',7,colw-9)
        c.setFont('Helvetica',7); c.drawString(x,y,'•')
        for l in ls: c.drawString(x+9,y,l); y-=8.4
        y-=3
    return y
y0=state['y']
col_block(LM,y0,MUST,'Action the service MUST take to improve')
col_block(LM+colw+18,y0,SHOULD+[EXTRA_SHOULD],'Action the service SHOULD take to improve')
c.setStrokeColor(HexColor('#bbbbbb')); c.setLineWidth(0.4); c.line(LM+colw+9,y0+4,LM+colw+9,y0-150)
state['y']=y0-170
head('Our inspection team',11,'Areas for improvement')
para("Our inspection team was led by a CQC lead inspector. The team included a GP specialist adviser, a second CQC inspector, a practice manager specialist adviser and a nurse specialist adviser.",size=9,lead=12,run='Areas for improvement')
head('Background to Kestrel Out of Hours Service',11,'Areas for improvement')
para("Kestrel Urgent Care Limited is a social enterprise that provides out-of-hours primary medical services under contract to the local clinical commissioning groups. The service operates from 6.30pm to 8am on weekdays and 24 hours at weekends and on bank holidays. Patients access the service through NHS 111.",size=9,lead=12,run='Areas for improvement')
c.showPage(); c.save()
pdf=OUT+'/report.pdf'
F=[]
for m in MUST:
    p=locate(pdf,m if m!=MUST[3] else m.replace('vehicles','vehi'),1) if False else None
for m in MUST:
    key=m.replace('vehicles','vehi\u00adcles')
    p=locate_cols(pdf,' '.join(m.split()[:7]),2,(297.6,))
    F.append({"kind":"must","text":m,"page":p[0],"section":"The areas where the provider must make improvement are:","service":None,"domain":None,"regulations":[],"also_at":[{"page":p[1],"service":None}]})
for s in SHOULD:
    p=locate_cols(pdf,' '.join(s.split()[:7]),2,(297.6,))
    F.append({"kind":"should","text":s,"page":p[0],"section":"The areas where the provider should make improvement are:","service":None,"domain":None,"regulations":[],"also_at":[{"page":p[1],"service":None}]})
p=locate_cols(pdf,EXTRA_SHOULD,1,(297.6,))
F.append({"kind":"should","text":EXTRA_SHOULD,"page":p[0],"section":"Action the service SHOULD take to improve","service":None,"domain":None,"regulations":[],"also_at":[]})
meta={"provider":"Kestrel Urgent Care Limited","location":"Kestrel Out of Hours Service","report_type":"Quality Report","published":"2017-01-12","inspection_dates":["2016-10-18","2016-10-20"],
 "ratings":{"overall":"Requires improvement","safe":"Requires improvement","effective":"Requires improvement","caring":"Good","responsive":"Requires improvement","well_led":"Good"}}
write_gold(OUT,"ReportLab PDF Library",meta,F)
print(len(F),[(f['kind'],f['page'],[a['page'] for a in f['also_at']]) for f in F])
