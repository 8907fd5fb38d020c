import sys; sys.path.insert(0,'.')
from engine import *
A4=(595.28,841.89)
def tpl(doc,i):
    ops=[('text',56,40,'Kingfisher Row Medical Practice  Inspection report  4 March 2020','R',7,(0.4,0.4,0.4)),
         ('text',520,815,str(i+1),'R',8,(0,0,0))]
    return A4,[(56,60,483,790)],ops
d=Doc(tpl)
d.para('Dr Anjali Menon and Partners','B',11)
d.para('Kingfisher Row Medical Practice','B',20,lead=26)
d.para('Inspection report','R',14,lead=20)
d.para('14 Kingfisher Row, Northbridge, NB4 7QT','R',9)
d.para('Date of inspection visit: 21 January 2020    Date of publication: 4 March 2020','R',9)
d.space(10)
for k,v in [('Overall rating for this location','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Good'),('Are services well-led?','Requires improvement')]:
    d.para(f'{k}   {v}','R',10,lead=16)
d.space(10)
d.para('Overall summary','B',13,lead=20)
# tight leading paragraph(s)
d.para('We carried out an announced comprehensive inspection at Kingfisher Row Medical Practice on 21 January 2020 as part of our inspection programme. This practice is rated as Requires improvement overall. (Previous rating June 2016 – Good)','R',9,lead=9.4)
d.para('We rated the practice as Requires improvement for providing safe services because:','B',9,lead=9.6)
for t in ['The practice did not have clear systems to keep patients safe and safeguarded from abuse.','Recruitment checks were not consistently carried out in line with the practice policy.','The practice did not have an effective system to monitor patients prescribed high-risk medicines.']:
    d.para(t,'R',9,lead=9.4,indent=12,marker='•')
d.space(6)
S1='The areas where the provider must make improvements are:'
d.para(S1,'B',10,lead=18)
musts=['Ensure care and treatment is provided in a safe way to patients.',
 'Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.',
 'Ensure persons employed in the provision of the regulated activity receive the appropriate support, training, professional development, supervision and appraisal necessary to enable them to carry out their duties.',
 'Ensure recruitment procedures are established and operated effectively to ensure only fit and proper persons are employed.']
for t in musts: d.para(t,'R',10,lead=15,indent=14,marker='•',finding=dict(kind='must',section=S1))
d.space(4)
S2='The areas where the provider should make improvements are:'
d.para(S2,'B',10,lead=11)
shoulds=['Continue to take action to improve the uptake of cervical screening for eligible women.',
 'Review the arrangements for recording verbal consent for joint injections and minor surgery.',
 'Improve the identification of carers so that they can be offered appropriate support.',
 'Take steps to ensure all clinical staff have completed sepsis awareness training.',
 'Review the system for acting on safety alerts so that historic alerts are also reviewed.',
 'Continue to monitor and improve patient satisfaction with telephone access to the practice.',
 'Consider displaying information about translation services in the waiting area.',
 'Formalise the process for sharing learning from complaints with the whole practice team.']
for t in shoulds: d.para(t,'R',9,lead=9.6,indent=14,marker='–',finding=dict(kind='should',section=S2))
d.space(8)
d.para('Dr Rosalind Achebe BM BS FRCGP','B',9)
d.para('Chief Inspector of Primary Medical Services and Integrated Care','R',9)
d.newpage()
d.para('Our inspection team','B',13,lead=20)
d.para('Our inspection team was led by a CQC lead inspector. The team included a GP specialist adviser and a practice manager specialist adviser. The team also included a second CQC inspector.','R',9,lead=12)
d.space(8)
d.para('Background to Kingfisher Row Medical Practice','B',13,lead=20)
d.para('Kingfisher Row Medical Practice is located in Northbridge. The practice provides services to approximately 9,800 patients under the terms of a General Medical Services (GMS) contract. The practice is part of the Northbridge and Vale Clinical Commissioning Group (CCG). The practice has four GP partners and two salaried GPs, two advanced nurse practitioners, three practice nurses and a healthcare assistant.','R',9,lead=12)
d.space(10)
d.para('Requirement notices','B',13,lead=20)
d.para('This section is primarily information for the provider. The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.','R',9,lead=12)
d.space(6)
d.para('Regulated activity: Diagnostic and screening procedures; Family planning services; Maternity and midwifery services; Treatment of disease, disorder or injury','R',9,lead=12)
for t in ['Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment','Regulation 17 HSCA (RA) Regulations 2014 Good governance','Regulation 19 HSCA (RA) Regulations 2014 Fit and proper persons employed']:
    d.para(t,'B',9,lead=13)
d.space(8)
d.para('Summary of actions required','B',11,lead=18)
d.para('For ease of reference the action statements set out in the summary are repeated here:','R',9,lead=12)
for t in musts[:2]: d.para(t,'R',9,lead=12,indent=14,marker='•',finding=dict(kind='must',section=S1))
render_mpl(d,'/work/blind/EG/gp_type3_tight/report.pdf') if False else None
import os; os.makedirs('/work/blind/EG/gp_type3_tight',exist_ok=True)
render_mpl(d,'/work/blind/EG/gp_type3_tight/report.pdf')
meta={'provider':'Dr Anjali Menon and Partners','location':'Kingfisher Row Medical Practice','report_type':'Inspection report',
 'published':'2020-03-04','inspection_dates':['2020-01-21'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Good','well_led':'Requires improvement'}}
for f in d.findings: f['service']=None
write_gold('/work/blind/EG/gp_type3_tight','matplotlib (PDF backend, Type 3 fonts)',meta,d.findings,
 [{'kind':'requirement_notice','page':2,'regulations':[{'instrument':'RA2014','number':n,'paragraphs':''}]} for n in (12,17,19)])
print(len(d.findings),[ (f['page'],f['also_at']) for f in d.findings])
