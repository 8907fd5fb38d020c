import json, sys, os, subprocess
sys.path.insert(0,'/tmp/EK-work'); from locate import locate2
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT='/work/blind/EK/ld_supported_living_2021'; os.makedirs(OUT,exist_ok=True)
d=Document(); s=d.sections[0]; s.page_width=Mm(210); s.page_height=Mm(297)
for a in ('left_margin','right_margin'): setattr(s,a,Mm(15))
s.top_margin=Mm(15); s.bottom_margin=Mm(18)
st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(10)
s.footer.paragraphs[0].text='Oakhaven Community Living Inspection report 19 March 2021'
def shade(cell,hexc):
    tcPr=cell._tc.get_or_add_tcPr(); sh=OxmlElement('w:shd'); sh.set(qn('w:val'),'clear'); sh.set(qn('w:fill'),hexc); tcPr.append(sh)
def para(cont,text,bold=False,size=None,color=None,italic=False):
    p=cont.add_paragraph(); r=p.add_run(text); r.bold=bold; r.italic=italic
    if size: r.font.size=Pt(size)
    if color: r.font.color.rgb=RGBColor.from_string(color)
    return p
F=[]  # (kind,text,domain,section,regs)
para(d,'Oakhaven Community Living',True,24,'1F5FA8'); para(d,'Brightpath Support Services Limited',False,12)
para(d,'Inspection report',True,14)
para(d,'Unit 4, Tannery Court, Oakhaven, Shropshire SY4 7BX\nTel: 01743 550218')
para(d,'Date of inspection visit: 2 February 2021 and 9 February 2021\nDate of publication: 19 March 2021')
t=d.add_table(rows=6,cols=2); t.style='Table Grid'
for i,(a,b) in enumerate([('Overall rating for this service','Requires improvement'),('Is the service safe?','Requires improvement'),('Is the service effective?','Good'),('Is the service caring?','Good'),('Is the service responsive?','Good'),('Is the service well-led?','Inadequate')]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
para(d,'Summary of findings',True,16,'1F5FA8').paragraph_format.page_break_before=True
para(d,'About the service',True,12)
para(d,'Oakhaven Community Living is a supported living service. It provides personal care to people with a learning disability and autistic people living in their own flats and shared houses in and around Oakhaven. At the time of our inspection 23 people were receiving personal care.')
para(d,'People’s experience of using this service and what we found',True,12)
para(d,'Right support: People were supported to take part in activities they chose, but the provider had not always assessed risks to people’s health. Right care: Staff were kind and knew people well. Right culture: Leaders did not have a clear oversight of the service.')
para(d,'Enforcement',True,12)
para(d,'We have identified breaches in relation to safe care and treatment, staffing and good governance at this inspection. Please see the action we have told the provider to take at the end of this report.')
para(d,'Full report',True,16,'1F5FA8').paragraph_format.page_break_before=True
KQ=[('Safe','C8102E','Is the service safe?'),('Effective','00857C','Is the service effective?'),('Well-led','1F5FA8','Is the service well-led?')]
body={
'Safe':[('p','Safe – this means we looked for evidence that people were protected from abuse and avoidable harm. At this inspection this key question has stayed the same. This meant some aspects of the service were not always safe and there was limited assurance about safety.'),
 ('h','Assessing risk, safety monitoring and management'),
 ('p','Risk assessments for people with epilepsy did not describe what staff should do if a seizure lasted longer than five minutes. One person’s guidance for rescue medicine had not been reviewed since 2018.',None),
 ('f','must','The provider had failed to ensure risks to people’s health and safety were assessed and mitigated, which was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.',[('12','')]),
 ('h','Staffing and recruitment'),
 ('p','People did not always receive the one-to-one hours they were funded for. Rotas for January 2021 showed 41 shifts that were not covered.'),
 ('f','must','The provider did not deploy enough suitably skilled staff to meet people’s assessed needs, and this was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.',[('18','')]),
 ('h','Using medicines safely'),
 ('p','Medicines were mostly managed safely. Protocols for “as required” medicines were in place for most people.'),
 ('f','should','We recommend the provider reviews protocols for “as required” medicines used to manage people’s distress, in line with STOMP guidance, and updates its practice accordingly.',[]),
 ('h','Preventing and controlling infection'),
 ('p','Staff used personal protective equipment effectively and safely. We have made a recommendation about staff testing for COVID-19 in the effective section of this report.'),
],
'Effective':[('p','Effective – this means we looked for evidence that people’s care, treatment and support achieved good outcomes and promoted a good quality of life, based on best available evidence. At this inspection this key question has stayed the same.'),
 ('box','At our last inspection the provider had failed to ensure that consent to care was sought in line with the Mental Capacity Act 2005. This was a breach of regulation 11 (Need for consent) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014. Enough improvement had been made at this inspection and the provider was no longer in breach of regulation 11.'),
 ('h','Staff support: induction, training, skills and experience'),
 ('p','Staff had completed training in supporting autistic people. Not all staff had completed positive behaviour support training.'),
 ('f','should','We recommend the provider seeks advice and guidance from a reputable source about training staff in positive behaviour support and restrictive practice reduction.',[]),
 ('f','should','We recommend that the provider follows current government guidance on regular testing of staff working in supported living services.',[]),
 ('h','Supporting people to eat and drink enough to maintain a balanced diet'),
 ('p','People chose and helped to cook their meals. Easy read menus and photographs were used.'),
 ('f','should','We recommend the provider consider current guidance on supporting people with dysphagia and take action to update their practice accordingly.',[]),
],
'Well-led':[('p','Well-led – this means we looked for evidence that service leadership, management and governance assured high-quality, person-centred care; supported learning and innovation; and promoted an open, fair culture. At this inspection this key question has deteriorated to inadequate.'),
 ('box','At our last inspection the provider had failed to operate effective systems to monitor the quality of the service. This was a breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.'),
 ('h','Managers and staff being clear about their roles, and understanding quality performance, risks and regulatory requirements'),
 ('p','There had been no registered manager since July 2020. Audits had not identified the concerns we found with risk assessments and staffing.'),
 ('f','must','Enough improvement had not been made at this inspection and the provider was still in breach of regulation 17.',[('17','')]),
 ('p','The provider had not notified CQC of two incidents in which people were injured.'),
 ('f','must','This was a breach of regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.',[('18','REG')]),
 ('h','Engaging and involving people using the service, the public and staff, fully considering their equality characteristics'),
 ('p','People and their families were asked for their views through easy read questionnaires.'),
 ('f','should','We recommend the provider involves people who use the service in the recruitment of staff who support them.',[]),
]}
for name,col,q in KQ:
    tb=d.add_table(rows=1,cols=2); tb.autofit=False
    c0,c1=tb.rows[0].cells; c0.width=Mm(28); c1.width=Mm(152)
    for gc,w in zip(tb._tbl.tblGrid.findall(qn('w:gridCol')),(Mm(28),Mm(152))): gc.set(qn('w:w'),str(int(w/635)))
    shade(c0,col); c0.paragraphs[0].text=''
    r=c0.paragraphs[0].add_run(name.upper()); r.bold=True; r.font.color.rgb=RGBColor(255,255,255); r.font.size=Pt(11)
    c1.paragraphs[0].text=''; r=c1.paragraphs[0].add_run(q); r.bold=True; r.font.size=Pt(14); r.font.color.rgb=RGBColor.from_string(col)
    cur=None
    for it in body[name]:
        if it[0]=='h': para(c1,it[1],True,10.5,col)
        elif it[0]=='box':
            bt=c1.add_table(rows=1,cols=1); bt.cell(0,0).width=Mm(140); [gc.set(qn('w:w'),str(int(Mm(140)/635))) for gc in bt._tbl.tblGrid.findall(qn('w:gridCol'))]; shade(bt.cell(0,0),'E8E8E8'); bt.cell(0,0).paragraphs[0].add_run(it[1]).italic=True
        elif it[0]=='p': cur=para(c1,it[1])
        else:
            # derived sentence appended to the preceding paragraph
            cur.add_run(' '+it[2]); F.append((it[1],it[2],name,q,it[3]))
    d.add_paragraph()
para(d,'Action we have told the provider to take',True,16,'1F5FA8').paragraph_format.page_break_before=True
para(d,'Requirement notices',True,12)
rt=d.add_table(rows=3,cols=2); rt.style='Table Grid'
rt.cell(0,0).text='Regulated activity'; rt.cell(0,1).text='Regulation'
rt.cell(1,0).text='Personal care'; rt.cell(1,1).text='Regulation 12 HSCA RA Regulations 2014 Safe care and treatment\nRisks to people’s health and safety had not been assessed and mitigated. This was a breach of regulation 12(1) and (2)(a)(b).'
rt.cell(2,0).text='Personal care'; rt.cell(2,1).text='Regulation 18 HSCA RA Regulations 2014 Staffing\nSufficient numbers of suitably qualified staff were not deployed. This was a breach of regulation 18(1).'
para(d,'Enforcement actions',True,12)
et=d.add_table(rows=2,cols=2); et.style='Table Grid'
et.cell(0,0).text='Regulated activity'; et.cell(0,1).text='Regulation'
et.cell(1,0).text='Personal care'; et.cell(1,1).text='Regulation 17 HSCA RA Regulations 2014 Good governance\nSystems to assess, monitor and improve the quality and safety of the service were not effective.\nThe enforcement action we took:\nWe issued a warning notice.'
d.save('/tmp/EK-work/r3/report.docx')
subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir','/tmp/EK-work/r3','/tmp/EK-work/r3/report.docx'],check=True,capture_output=True)
os.replace('/tmp/EK-work/r3/report.pdf',OUT+'/report.pdf')
pages,n=locate2(OUT+'/report.pdf',[{'text':x[1]} for x in F],1)
G=[]
for (k,t,dom,q,regs),pg in zip(F,pages):
    assert len(pg)==1,(t,pg)
    R=[{'instrument':'REG2009' if p=='REG' else 'RA2014','number':int(a),'paragraphs':'' if p=='REG' else p} for a,p in regs]
    G.append({'kind':k,'text':t,'page':pg[0],'section':q,'service':None,'domain':dom,'regulations':R,'also_at':[]})
notices=[{'kind':'requirement_notice','page':None,'regulations':[{'instrument':'RA2014','number':12,'paragraphs':''}]},{'kind':'requirement_notice','page':None,'regulations':[{'instrument':'RA2014','number':18,'paragraphs':''}]},{'kind':'enforcement','page':None,'regulations':[{'instrument':'RA2014','number':17,'paragraphs':''}]}]
gold={'producer':'LibreOffice (from .docx written by python-docx)','expect':'findings','password':None,
 'meta':{'provider':'Brightpath Support Services Limited','location':'Oakhaven Community Living','report_type':'Inspection report','published':'2021-03-19','inspection_dates':['2021-02-02','2021-02-09'],
 'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Good','well_led':'Inadequate'}},'findings':G,'notices':notices}
import pdfplumber
with pdfplumber.open(OUT+'/report.pdf') as p:
    lp=len(p.pages)
    for i,pg in enumerate(p.pages):
        if 'Requirement notices' in (pg.extract_text() or ''): rn=i+1
for x in notices: x['page']=rn
json.dump(gold,open(OUT+'/gold.json','w'),indent=1,ensure_ascii=False)
print(n,[g['page'] for g in G])
