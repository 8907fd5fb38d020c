import json, sys, os
sys.path.insert(0,'/tmp/EK-work'); from locate import locate2
from fpdf import FPDF
OUT='/work/blind/EK/dental_chain_2019_a5'; os.makedirs(OUT,exist_ok=True)
TABS={'Safe':(200,16,46),'Effective':(0,133,124),'Caring':(123,63,152),'Responsive':(224,123,0),'Well-led':(31,95,168),'Summary':(90,90,90)}
class P(FPDF):
    tab='Summary'
    def header(s):
        if s.page_no()==1: return
        r,g,b=TABS[s.tab]; s.set_fill_color(r,g,b)
        s.rect(138,20+list(TABS).index(s.tab)*28,10,26,'F')
        s.set_text_color(255,255,255); s.set_font('DVB','',7)
        with s.rotation(90,143,33+list(TABS).index(s.tab)*28):
            s.text(143-len(s.tab)*1.8,34.2+list(TABS).index(s.tab)*28,s.tab.upper())
        s.set_text_color(0,0,0); s.set_font('DV','',7.5); s.set_xy(12,7)
        s.cell(0,4,'Brightsmile Dental Care – Kettering  |  Inspection report  |  7 August 2019')
        s.set_y(16)
    def footer(s):
        s.set_y(-10); s.set_font('DV','',7); s.cell(0,4,str(s.page_no()),align='R')
p=P(format='A5'); p.set_margins(12,16,16); p.set_auto_page_break(True,14)
p.add_font('DV','','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); p.add_font('DVB','','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
def h(t,sz=11,c=(31,95,168)):
    p.set_font('DVB','',sz); p.set_text_color(*c); p.multi_cell(0,sz*0.5,t,new_x='LMARGIN',new_y='NEXT'); p.ln(1.5); p.set_text_color(0,0,0)
def para(t):
    p.set_font('DV','',8.6); p.multi_cell(0,4.1,t,new_x='LMARGIN',new_y='NEXT'); p.ln(1.8)
def bullet(t,glyph='■',ind=0):
    p.set_font('DV','',8.6); y=p.get_y()
    p.set_x(12+ind); p.set_text_color(31,95,168); p.cell(4,4.1,glyph); p.set_text_color(0,0,0)
    p.set_x(16.5+ind); p.multi_cell(p.w-16-16.5-ind,4.1,t,new_x='LMARGIN',new_y='NEXT'); p.ln(1.2)
p.add_page()
p.set_fill_color(31,95,168); p.rect(0,0,148,52,'F'); p.set_text_color(255,255,255)
p.set_font('DV','',9); p.set_xy(12,12); p.cell(0,5,'Brightsmile Dental Group Limited')
p.set_font('DVB','',17); p.set_xy(12,20); p.multi_cell(120,8,'Brightsmile Dental Care – Kettering')
p.set_font('DV','',10); p.set_xy(12,40); p.cell(0,5,'Inspection report'); p.set_text_color(0,0,0); p.set_y(60)
para('14 Sheep Street\nKettering\nNorthamptonshire\nNN16 0AN\nTel: 01536 410277\nWebsite: www.brightsmiledental.co.uk')
para('Date of inspection visit: 11 June 2019\nDate of publication: 7 August 2019')
h('Overall summary',12)
para('We carried out this announced inspection on 11 June 2019 under section 60 of the Health and Social Care Act 2008 as part of our regulatory functions. We planned the inspection to check whether the registered provider was meeting the legal requirements in the Health and Social Care Act 2008 and associated regulations. The inspection was led by a CQC inspector who was supported by a specialist dental adviser.')
para('To get to the heart of patients’ experiences of care and treatment, we always ask the following five questions: Is it safe? Is it effective? Is it caring? Is it responsive to people’s needs? Is it well-led?')
para('These questions form the framework for the areas we look at during the inspection.')
h('Our findings were:',10,(0,0,0))
for kq,ans in [('Are services safe?','We found that this practice was not providing safe care in accordance with the relevant regulations.'),('Are services effective?','We found that this practice was providing effective care in accordance with the relevant regulations.'),('Are services caring?','We found that this practice was providing caring services in accordance with the relevant regulations.'),('Are services responsive?','We found that this practice was providing responsive care in accordance with the relevant regulations.'),('Are services well-led?','We found that this practice was not providing well-led care in accordance with the relevant regulations.')]:
    p.set_font('DVB','',8.6); p.multi_cell(0,4.1,kq,new_x='LMARGIN',new_y='NEXT'); para(ans)
h('Background',11)
para('Brightsmile Dental Care – Kettering is one of 27 practices owned by Brightsmile Dental Group Limited. It provides NHS and private dental care and treatment for adults and children. There is level access for people who use wheelchairs. The dental team includes five dentists, one dental hygienist, seven dental nurses, two receptionists and a practice manager. The practice has five treatment rooms.')
para('On the day of inspection, we collected 38 CQC comment cards filled in by patients. During the inspection we spoke with three dentists, three dental nurses, one receptionist and the practice manager. We looked at practice policies and procedures and other records about how the service is managed.')
h('Our key findings were:',10,(0,0,0))
for t in ['The practice appeared clean and well maintained.','Clinical staff provided patients’ care and treatment in line with current guidelines, and dental care records were detailed.','Staff knew how to deal with emergencies, but some emergency medicines were out of date.','The practice did not have effective systems to manage the risks from Legionella and from sharps.','Patients said staff were friendly and caring and treated them with dignity.','The appointment system met patients’ needs, and emergency slots were kept free each day.']:
    bullet(t,'•')
MUST=['Ensure care and treatment is provided in a safe way to patients, in particular that the medicines and equipment to manage medical emergencies are available and checked in accordance with guidance from the Resuscitation Council (UK).',
('Ensure the practice’s recruitment procedures are established and operated effectively so that only fit and proper persons are employed, in particular:',['evidence of conduct in previous employment is obtained before new clinical staff start work;','the immunity of clinical staff to hepatitis B is checked and recorded.']),
'Ensure that the risks arising from Legionella are assessed and that the actions recommended in the risk assessment of March 2018 are completed.',
'Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.',
'Ensure that the decontamination of dental instruments follows the guidance in the Department of Health publication ‘Health Technical Memorandum 01-05’, including the daily tests of the autoclaves.']
SHOULD=['Review the practice’s protocols for the use of rubber dam for root canal treatment, taking into account guidelines issued by the British Endodontic Society.',
'Review the practice’s sharps procedures and ensure that the practice is in compliance with the Health and Safety (Sharp Instruments in Healthcare) Regulations 2013.',
'Take action to ensure audits of radiography and infection prevention and control are undertaken at regular intervals to improve the quality of the service.',
'Review the availability of an interpreter service for patients who do not speak English as their first language.',
'Review the practice’s arrangements for receiving and responding to patient safety alerts, recalls and rapid response reports issued by the Medicines and Healthcare products Regulatory Agency.',
'Implement an effective system for monitoring and tracking NHS prescription pads, so that a missing pad would be identified promptly.',
'Consider the use of a hearing loop for patients who wear hearing aids, and improve the signage in the waiting room for patients with visual impairments.']
h('There were areas where the provider could make improvements. They should:',9.5,(0,0,0))
for t in SHOULD[:4]: bullet(t)
h('We identified regulations the provider was not complying with. They must:',9.5,(0,0,0))
for t in MUST:
    if isinstance(t,tuple):
        bullet(t[0])
        for s in t[1]: bullet(s,'–',5)
    else: bullet(t)
h('They should also:',9.5,(0,0,0))
for t in SHOULD[4:]: bullet(t)
p.tab='Safe'; p.add_page()
h('Are services safe?',13,TABS['Safe'])
h('Our findings',10,(0,0,0))
para('We found that this practice was not providing safe care in accordance with the relevant regulations. We have told the provider to take action (see full details of this action in the Requirement Notices section at the end of this report).')
para('The practice had emergency equipment and medicines as described in recognised guidance, but the glucagon and the midazolam had passed their expiry dates, and the oxygen cylinder had not been checked since April 2019. Staff had completed training in basic life support in the previous year.')
p.tab='Well-led'; p.add_page()
h('Are services well-led?',13,TABS['Well-led'])
para('The practice manager had been in post for four months. Staff told us they felt supported. Systems for monitoring risks had not identified the concerns we found with emergency medicines, Legionella and recruitment. Audits of radiography had last been completed in 2017.')
h('Requirement notices',11)
para('Regulated activity: Diagnostic and screening procedures; Treatment of disease, disorder or injury\nRegulation 12 HSCA (RA) Regulations 2014 Safe care and treatment\nCare and treatment must be provided in a safe way for service users. The registered person had not ensured that emergency medicines and equipment were available and checked.')
para('Regulated activity: Diagnostic and screening procedures; Treatment of disease, disorder or injury\nRegulation 19 HSCA (RA) Regulations 2014 Fit and proper persons employed\nRecruitment procedures must be established and operated effectively.')
p.output(OUT+'/report.pdf')
items=[('should',t) for t in SHOULD[:4]]+[('must',t) for t in MUST]+[('should',t) for t in SHOULD[4:]]
def txt(t): return t if isinstance(t,str) else t[0]+'\n'+'\n'.join(t[1])
pages,n=locate2(OUT+'/report.pdf',[{'text':txt(t)} for k,t in items],1)
G=[]
for (k,t),pg in zip(items,pages):
    assert len(pg)==1,(txt(t),pg)
    sec='We identified regulations the provider was not complying with. They must:' if k=='must' else ('There were areas where the provider could make improvements. They should:' if t in SHOULD[:4] else 'They should also:')
    G.append({'kind':k,'text':txt(t),'page':pg[0],'section':sec,'service':None,'domain':None,'regulations':[],'also_at':[]})
gold={'producer':'fpdf2','expect':'findings','password':None,'meta':{'provider':'Brightsmile Dental Group Limited','location':'Brightsmile Dental Care – Kettering','report_type':'Inspection report','published':'2019-08-07','inspection_dates':['2019-06-11'],'ratings':{}},
 'findings':G,'notices':[]}
# notices page
import pdfplumber
with pdfplumber.open(OUT+'/report.pdf') as pp:
    for i,pg in enumerate(pp.pages):
        if 'Requirement notices' in (pg.extract_text() or ''): rn=i+1
gold['notices']=[{'kind':'requirement_notice','page':rn,'regulations':[{'instrument':'RA2014','number':12,'paragraphs':''}]},{'kind':'requirement_notice','page':rn,'regulations':[{'instrument':'RA2014','number':19,'paragraphs':''}]}]
json.dump(gold,open(OUT+'/gold.json','w'),indent=1,ensure_ascii=False)
print(n,[g['page'] for g in G])
