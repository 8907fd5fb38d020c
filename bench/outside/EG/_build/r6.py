import sys; sys.path.insert(0,'.')
from engine import *
A4=(595.28,841.89); GRN=(0.1,0.38,0.3); TINT=(0.9,0.95,0.92)
def tpl(doc,i):
    return A4,[(62,70,470,785)],[('text',62,40,'Heron Fields Care Home  |  Assessment report  |  Published 14 August 2024','R',7,(0.4,0.4,0.4)),('text',520,812,str(i+1),'R',8,(0,0,0))]
d=Doc(tpl)
d.para('Calder Heights Care Ltd','B',11)
d.para('Heron Fields Care Home','B',22,lead=30,col=GRN)
d.para('Assessment report','R',15,lead=22)
d.para('2 Mill Race, Hebbleton, HX7 5QD','R',9)
d.para('Date of assessment: 4 June 2024 to 19 June 2024','R',9)
d.para('Date of publication: 14 August 2024','R',9); d.space(10)
for k,v in [('Overall','Requires improvement'),('Safe','Requires improvement'),('Effective','Good'),('Caring','Good'),('Responsive','Good'),('Well-led','Requires improvement')]:
    d.para(f'{k}: {v}','R',10,lead=16)
d.space(8)
def H(t): d.space(6); d.para(t,'B',13,lead=22,band=GRN,col=(1,1,1)); d.space(4)
def P(t,finding=None,**kw): d.para(t,'R',10,lead=13.5,finding=finding,**kw); d.space(5)
H('Our view of the service')
P('Heron Fields Care Home is a residential care home providing personal and nursing care for up to 46 people, some of whom live with dementia. At the time of our assessment there were 41 people using the service.')
P('We identified 3 breaches of the legal regulations in relation to safe care and treatment, staffing and good governance.',dict(kind='must',section='Our view of the service',regulations=[]))
P('Following this assessment we have served requirement notices on the provider. We will meet with the provider to discuss how they will make changes to improve the rating to at least good.')
def KQ(name,score,paras):
    H(name); P(f'Rating: {score}',)
    for t,f in paras:
        if f: f=dict(f,section=name,domain=name)
        P(t,f,band=TINT if f else None)
KQ('Safe','Requires improvement',[
 ('This service scored 58 (out of 100) based on the areas we looked at during this assessment. Our rating for this key question is requires improvement.',None),
 ('At our last assessment we rated this key question good. At this assessment the rating has changed to requires improvement. This meant some people were not always safe and protected from avoidable harm.',None),
 ('Risks to people were not always assessed or mitigated. Some people who were at risk of choking did not have up-to-date guidance from speech and language therapists in their care plans, and staff were not aware of the changes to their diets.',None),
 ('The provider was in breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.',dict(kind='must',regulations=[{'instrument':'RA2014','number':12,'paragraphs':''}])),
 ('Staffing levels at night did not meet the assessed needs of people. Rotas showed that on 9 of the 28 nights we reviewed, the home was staffed below the level set by the provider’s dependency tool.',None),
 ('The provider was in breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.',dict(kind='must',regulations=[{'instrument':'RA2014','number':18,'paragraphs':''}])),
 ('We recommend the provider reviews its dependency tool so that it reflects the layout of the building and the needs of people at night.',dict(kind='should',regulations=[])),
 ('Medicines were stored safely. At our last assessment the provider had failed to manage topical medicines safely and this was a breach of regulation 12. At this assessment we found enough improvement had been made and the provider was no longer in breach of regulation 12 in relation to medicines.',None),
 ('We recommend the provider follows current national guidance on the recording of “when required” medicines.',dict(kind='should',regulations=[]))])
KQ('Effective','Good',[
 ('This service scored 72 (out of 100) based on the areas we looked at during this assessment. Our rating for this key question is good.',None),
 ('People’s capacity to consent was mostly assessed and recorded. However, best interest decisions were not always recorded for people who had bed rails.',None),
 ('We recommend the provider reviews its records of best interest decisions in line with the Mental Capacity Act 2005 Code of Practice.',dict(kind='should',regulations=[])),
 ('We recommend the provider seeks advice from a reputable source about dementia-friendly signage and decoration.',dict(kind='should',regulations=[]))])
KQ('Caring','Good',[('This service scored 79 (out of 100) based on the areas we looked at during this assessment. People told us staff were kind and respected their privacy and dignity.',None),
 ('We recommend the provider involves people and their relatives in reviewing the activities programme.',dict(kind='should',regulations=[]))])
KQ('Responsive','Good',[('This service scored 75 (out of 100) based on the areas we looked at during this assessment. Complaints were investigated and responded to in a timely way.',None),
 ('We recommend the provider ensures end of life care plans record people’s wishes and preferences.',dict(kind='should',regulations=[])),
 ('We recommend the provider makes information available in accessible formats in line with the Accessible Information Standard.',dict(kind='should',regulations=[]))])
KQ('Well-led','Requires improvement',[
 ('This service scored 54 (out of 100) based on the areas we looked at during this assessment. Our rating for this key question is requires improvement.',None),
 ('The provider’s quality assurance systems had not identified the shortfalls in risk management and staffing that we found during this assessment. Audits of care plans had not been completed since January 2024.',None),
 ('The provider was in breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.',dict(kind='must',regulations=[{'instrument':'RA2014','number':17,'paragraphs':''}])),
 ('The registered manager had notified CQC of significant events as required.',None),
 ('We recommend the provider reviews how learning from incidents is shared with night staff.',dict(kind='should',regulations=[]))])
out='/work/blind/EG/saf_care_home_bands'
import os; os.makedirs(out,exist_ok=True)
render_cairo(d,out+'/report.pdf')
meta={'provider':'Calder Heights Care Ltd','location':'Heron Fields Care Home','report_type':'Assessment report','published':'2024-08-14','inspection_dates':['2024-06-04','2024-06-19'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Good','well_led':'Requires improvement'}}
for f in d.findings:
    if f['section']=='Our view of the service': f['domain']=None
write_gold(out,'cairo (pycairo 1.20)',meta,d.findings)
print(len(d.findings),[(f['page'],f['kind']) for f in d.findings],len(d.pages))
