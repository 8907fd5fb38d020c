import sys; sys.path.insert(0,'.')
from engine import *
A4=(595.28,841.89); A3L=(1190.55,841.89)
NAVY=(0.05,0.2,0.4)
def tpl(doc,i):
    return A4,[(60,70,475,780)],[('text',60,40,'Harbourside Private Hospital – Inspection report – 12 October 2018','R',7,(0.4,0.4,0.4)),('text',60,815,f'Page {i+1}','R',7,(0.4,0.4,0.4))]
def tplA3(doc,i):
    return A3L,[(40,70,1110,800)],[('text',40,40,'Fold-out: Summary of actions by core service (open out to A3)','I',8,(0.4,0.4,0.4)),('text',1100,815,f'Page {i+1}','R',7,(0.4,0.4,0.4))]
d=Doc(tpl)
d.para('Meridian Clinical Partners Ltd','B',11)
d.para('Harbourside Private Hospital','B',22,lead=30,col=NAVY)
d.para('Inspection report','R',15,lead=22)
d.para('Quay Road, Portwell, PW2 9HD','R',9)
d.para('Date of inspection visit: 17 July to 18 July 2018','R',9)
d.para('Date of publication: 12 October 2018','R',9)
d.space(12)
for k,v in [('Overall rating for this location','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Good'),('Are services well-led?','Requires improvement')]:
    d.para(f'{k}  –  {v}','R',10,lead=16)
d.space(12)
d.para('Summary of findings','B',13,lead=20,col=NAVY)
d.para('Harbourside Private Hospital is operated by Meridian Clinical Partners Ltd. The hospital has 28 inpatient beds and provides surgery, outpatient services and services for children and young people. We inspected this hospital using our comprehensive inspection methodology. We carried out an unannounced inspection on 17 and 18 July 2018. We rated it as Requires improvement overall. Actions are listed on the next page and, by core service, on the fold-out at page 3.','R',9,lead=12.5)
d.newpage()
d.para('Areas for improvement','B',14,lead=22,col=NAVY)
SM='Action the hospital MUST take to improve'; SS='Action the hospital SHOULD take to improve'
sm={'Surgery':['The provider must ensure that the World Health Organization surgical safety checklist is fully completed for every patient undergoing surgery. (Regulation 12(2)(a)(b))',
 'The provider must ensure that all controlled drugs in theatre recovery are checked and recorded in line with the hospital’s policy and national guidance. (Regulation 12(2)(g))',
 'The provider must ensure that all staff working in theatres complete immediate life support training. (Regulation 18(2)(a))'],
 'Outpatients':['The provider must ensure that patient records in outpatients are stored securely at all times. (Regulation 17(2)(c))',
 'The provider must ensure that resuscitation equipment in the outpatient department is checked daily and that out-of-date items are replaced. (Regulation 12(2)(e))']}
ss={'Surgery':['The provider should ensure that venous thromboembolism risk assessments are repeated within 24 hours of admission.',
 'The provider should consider recording the cleaning of theatre equipment between patients.',
 'The provider should ensure that the theatre team’s minutes record actions and who is responsible for them.'],
 'Outpatients':['The provider should ensure that chaperone availability is advertised in all consulting rooms.',
 'The provider should monitor waiting times in clinics and tell patients about delays.']}
cyp_m=['The provider must ensure that a registered children’s nurse is on duty whenever a child is admitted to the ward. (Regulation 18(1))',
 'The provider must ensure that all staff caring for children have completed level 3 safeguarding children training. (Regulation 13(2))']
cyp_s=['The provider should ensure that paediatric early warning scores are audited regularly.',
 'The provider should consider providing a separate waiting area for children in outpatients.']
for S,dd in [(SM,sm),(SS,ss)]:
    d.para(S,'B',11,lead=20,band=NAVY,col=(1,1,1))
    for svc,items in dd.items():
        d.para(svc,'B',10,lead=16)
        for t in items: d.para(t,'R',9,lead=12,indent=14,marker='•',finding=dict(kind='must' if 'MUST' in S else 'should',section=S,service=svc))
        d.space(3)
    d.space(6)
# A3 fold-out table
d.newpage(tplA3)
d.para('Summary of actions by core service','B',16,lead=24,col=NAVY)
cols=[(40,150),(195,90),(290,440),(735,415)]
y0=d.y+4
hdr=['Core service','Rating','Action the hospital MUST take','Action the hospital SHOULD take']
d.rect(40,y0,1110,20,NAVY)
for (x,w),h in zip(cols,hdr): d.pages[-1]['ops'].append(('text',x+4,y0+14,h,'B',9,(1,1,1)))
y=y0+24
rows=[('Surgery','Requires improvement',sm['Surgery'],ss['Surgery']),
      ('Services for children and young people','Requires improvement',cyp_m,cyp_s),
      ('Outpatients','Good',sm['Outpatients'],ss['Outpatients'])]
for svc,rat,mm,shh in rows:
    bottoms=[]
    for ci,((x,w),content) in enumerate(zip(cols,[[svc],[rat],mm,shh])):
        d.frames=[(x+4,y,w-10,800)];d.fi=0;d.y=y+2
        for t in content:
            if ci<2: d.para(t,'B' if ci==0 else 'R',9,lead=12)
            else:
                d.para(t,'R',8.5,lead=11,indent=10,marker='•',finding=dict(kind='must' if ci==2 else 'should',section=hdr[ci],service=svc)); d.space(3)
        bottoms.append(d.y)
    y=max(bottoms)+6
    d.rect(40,y-3,1110,0.6,(0.5,0.5,0.5))
d.frames=[(40,y+10,1110,800)];d.fi=0;d.y=y+10
d.para('MUST actions are needed to meet legal requirements; SHOULD actions would improve the service. The full wording for surgery and outpatients is also on page 2.','I',8)
d.newpage(tpl)
d.para('Requirement notices','B',14,lead=22,col=NAVY)
d.para('Action we have told the provider to take. The table below shows why there is a need for significant improvements and where these improvements need to happen.','R',9,lead=12)
for t in ['Regulated activity: Surgical procedures; Treatment of disease, disorder or injury','Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment','Regulation 13 HSCA (RA) Regulations 2014 Safeguarding service users from abuse and improper treatment','Regulation 17 HSCA (RA) Regulations 2014 Good governance','Regulation 18 HSCA (RA) Regulations 2014 Staffing']:
    d.para(t,'R',9,lead=14)
out='/work/blind/EG/indep_hosp_a3_foldout'
import os; os.makedirs(out,exist_ok=True)
render_cairo(d,out+'/report.pdf')
meta={'provider':'Meridian Clinical Partners Ltd','location':'Harbourside Private Hospital','report_type':'Inspection report','published':'2018-10-12','inspection_dates':['2018-07-17','2018-07-18'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Good','well_led':'Requires improvement'}}
write_gold(out,'cairo (pycairo 1.20)',meta,d.findings,[{'kind':'requirement_notice','page':4,'regulations':[{'instrument':'RA2014','number':n,'paragraphs':''}]} for n in (12,13,17,18)])
print(len(d.findings),[(f['page'],f['service'],f['also_at']) for f in d.findings])
