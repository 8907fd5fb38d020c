import sys; sys.path.insert(0,'.')
from engine import *
A5=(419.53,595.28)
TEAL=(0.0,0.42,0.45); TINT=(0.86,0.94,0.94)
def tpl(doc,i):
    n=i+1
    ops=[('text',36,28,'St Aldhelm’s Hospital  Quality Report  16 March 2016','R',6.5,(0.35,0.35,0.35))]
    if n not in (1,8): ops.append(('text',36 if n%2==0 else 370,575,str(n),'B',8,TEAL))
    return A5,[(36,42,347,555)],ops
d=Doc(tpl)
d.rect(0,0,419.53,595.28,TEAL)
d.y=120
d.para('Wessex Vale Hospitals NHS Foundation Trust','B',11,col=(1,1,1))
d.para('St Aldhelm’s Hospital','B',20,lead=28,col=(1,1,1))
d.para('Quality Report','R',14,lead=20,col=(1,1,1))
d.para('Abbey Lane, Sherbury, SB3 1AH','R',8.5,col=(1,1,1))
d.para('Date of inspection visit: 10–12 November 2015','R',8.5,col=(1,1,1))
d.para('Date of publication: 16 March 2016','R',8.5,col=(1,1,1))
d.space(14)
for k,v in [('Overall rating for this hospital','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Requires improvement'),('Are services well-led?','Requires improvement')]:
    d.para(f'{k}: {v}','R',8.5,lead=13,col=(1,1,1))
d.newpage()
d.para('Letter from the Chief Inspector of Hospitals','B',10,lead=18,band=TEAL,col=(1,1,1))
d.space(4)
d.para('We carried out an announced inspection of St Aldhelm’s Hospital between 10 and 12 November 2015 as part of our comprehensive inspection programme. Overall, we rated the hospital as requires improvement.','R',8,lead=10.5)
d.para('However, there were also areas of poor practice where the trust needs to make improvements.','R',8,lead=10.5)
d.space(4)
S1='Importantly, the trust must:'
d.para(S1,'B',8.5,lead=14,band=TEAL,col=(1,1,1))
M=['Ensure there are sufficient numbers of suitably qualified nursing staff on the medical wards, particularly at night.',
 'Ensure that children attending the emergency department are assessed by a registered children’s nurse or a suitably trained nurse.',
 'Ensure that patients’ risk assessments for falls and pressure ulcers are completed and reviewed in line with trust policy.',
 'Ensure that all medicines are stored at the correct temperature and that fridge temperatures are recorded daily.',
 'Ensure that staff complete mandatory training, including safeguarding adults and children, in line with trust targets.']
for t in M: d.para(t,'R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='must',section=S1)); d.space(0)
d.newpage()
S2='In addition the trust should:'
d.para(S2,'B',8.5,lead=14,band=TEAL,col=(1,1,1))
SH=['Ensure that the emergency department’s paediatric waiting area is separated from the adult waiting area.',
 'Review the arrangements for the timely discharge of patients from medical wards before midday.',
 'Ensure that do not attempt cardiopulmonary resuscitation forms are fully completed.',
 'Continue to reduce the number of patients who move wards more than once during their stay.',
 'Improve the availability of information leaflets in languages other than English.',
 'Ensure that learning from serious incidents is shared consistently with ward staff.']
for t in SH: d.para(t,'R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='should',section=S2))
d.space(8)
d.para('Professor Sir Mike Richards','B',8)
d.para('Chief Inspector of Hospitals','R',8)
d.newpage()
d.para('Urgent and emergency services','B',12,lead=20,band=TEAL,col=(1,1,1))
d.para('Summary of findings','B',9,lead=14)
d.para('We rated urgent and emergency services as requires improvement. Children were not always assessed by a nurse with paediatric competencies, and the paediatric waiting area could be seen and heard from the adult area. Staff reported incidents and were open with patients when things went wrong.','R',8,lead=10.5)
d.space(6)
d.para('Outstanding practice and areas for improvement','B',9,lead=14,band=TEAL,col=(1,1,1))
SA='Action the hospital MUST take to improve'
d.para(SA,'B',8.5,lead=13)
d.para(M[1],'R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='must',section=SA,service='Urgent and emergency services'))
d.para('Ensure that all staff in the emergency department complete paediatric immediate life support training.','R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='must',section=SA,service='Urgent and emergency services'))
SB='Action the hospital SHOULD take to improve'
d.para(SB,'B',8.5,lead=13)
d.para(SH[0],'R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='should',section=SB,service='Urgent and emergency services'))
d.para('Consider auditing the time to triage for patients who self-present to the department.','R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='should',section=SB,service='Urgent and emergency services'))
d.newpage()
d.para('Medical care (including older people’s care)','B',12,lead=20,band=TEAL,col=(1,1,1))
d.para('Summary of findings','B',9,lead=14)
d.para('We rated medical care as requires improvement. Nurse staffing on the medical wards did not always meet planned levels at night. Risk assessments were not consistently completed and medicines fridge temperatures were not always recorded.','R',8,lead=10.5)
d.newpage()
d.para('Outstanding practice and areas for improvement','B',9,lead=14,band=TEAL,col=(1,1,1))
d.para(SA,'B',8.5,lead=13)
for t in [M[0],M[2],M[3]]: d.para(t,'R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='must',section=SA,service='Medical care (including older people’s care)'))
d.para(SB,'B',8.5,lead=13)
for t in [SH[1],SH[3],'Ensure that the ward dementia champion role is supported with protected time.']: d.para(t,'R',8,lead=10.5,indent=10,marker='•',band=TINT,finding=dict(kind='should',section=SB,service='Medical care (including older people’s care)'))
d.newpage()
d.para('Action we have told the provider to take','B',10,lead=18,band=TEAL,col=(1,1,1))
d.para('The table below shows the fundamental standards that were not being met. The provider must send CQC a report that says what action they are going to take to meet these fundamental standards.','R',8,lead=10.5)
d.space(6)
for t in ['Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment','Regulation 18 HSCA (RA) Regulations 2014 Staffing']:
    d.para(t,'B',8,lead=12)
    d.para('How the regulation was not being met: see the findings for urgent and emergency services and medical care.','R',8,lead=10.5)
d.newpage()
d.rect(0,0,419.53,595.28,TEAL); d.y=400
for t in ['How to get and use this report','Care Quality Commission','Telephone: 03000 616161','www.cqc.org.uk']: d.para(t,'B',9,lead=14,col=(1,1,1))
order=[7,0,1,6,5,2,3,4]   # saddle-stitch imposition order (printed pages 8,1,2,7,6,3,4,5)
out='/work/blind/EG/acute_a5_booklet_order'
import os; os.makedirs(out,exist_ok=True)
render_skia(d,out+'/report.pdf',order)
phys=lambda p: order.index(p-1)+1
for f in d.findings:
    f['page']=phys(f['page'])
    for a in f['also_at']: a['page']=phys(a['page'])
meta={'provider':'Wessex Vale Hospitals NHS Foundation Trust','location':'St Aldhelm’s Hospital','report_type':'Quality Report','published':'2016-03-16','inspection_dates':['2015-11-10','2015-11-12'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Requires improvement','well_led':'Requires improvement'}}
write_gold(out,'Skia/PDF (skia-python)',meta,d.findings,[{'kind':'requirement_notice','page':phys(7),'regulations':[{'instrument':'RA2014','number':n,'paragraphs':''}]} for n in (12,18)])
print(len(d.findings),[(f['page'],f['also_at']) for f in d.findings], len(d.pages))
