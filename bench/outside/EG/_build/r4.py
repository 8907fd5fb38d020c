import sys; sys.path.insert(0,'.')
from engine import *
A4=(595.28,841.89); PUR=(0.33,0.13,0.45)
SVC='Acute wards for adults of working age and psychiatric intensive care units'
def tpl(doc,i):
    ops=[]
    if i==1:
        ops=[('rect',48,640,499,150,(0.93,0.9,0.96)),('text',60,660,'Good practice','B',10,PUR)]
        y=676
        for ln in ['Staff on Bittern ward had introduced a “safety huddle” at each shift handover, at which they reviewed','every patient’s risk and agreed who would support patients at risk of self-harm. Patients told us they','felt safer as a result. The ward had reduced incidents of self-harm by 40% over the preceding six months.','Staff had worked with a local carers’ group to produce a welcome pack for relatives and friends.']:
            ops.append(('text',60,y,ln,'R',8.5,(0,0,0))); y+=12
    bottom=625 if i==1 else 790
    return A4,[(48,70,240,bottom),(307,70,240,bottom)],ops+[('text',48,40,'Fenland and Marsh Partnership NHS Foundation Trust – '+SVC,'R',6.5,(0.4,0.4,0.4)),('text',530,815,str(i+1),'R',8,(0,0,0))]
def tpl1(doc,i):
    return A4,[(48,70,500,790)],[]
d=Doc(tpl1)
d.para('Fenland and Marsh Partnership NHS Foundation Trust','B',12)
d.para(SVC,'B',18,lead=24,col=PUR)
d.para('Quality Report','R',14,lead=22)
d.para('Trust headquarters: Marsh House, Ely Road, Wisbeck, PE15 2XR','R',9)
d.para('Date of inspection visit: 7–10 June 2016','R',9)
d.para('Date of publication: 22 September 2016','R',9)
d.space(10)
for k,v in [('Overall rating for the service','Requires improvement'),('Are services safe?','Inadequate'),('Are services effective?','Requires improvement'),('Are services caring?','Good'),('Are services responsive?','Good'),('Are services well-led?','Requires improvement')]:
    d.para(f'{k}   {v}','R',10,lead=16)
d.space(10)
d.para('Locations inspected: Marsh House (Heron, Avocet and Bittern wards); Wisbeck PICU (Kestrel ward).','R',9,lead=12)
d.newpage(tpl)
d.para('Overall summary','B',13,lead=20,col=PUR)
for t in ['We rated acute wards for adults of working age and psychiatric intensive care units as requires improvement because: ligature risk assessments did not identify all ligature points on Heron and Avocet wards; staffing levels at night were often below the planned number; and staff did not always monitor patients’ physical health after rapid tranquillisation.',
 'Seclusion records on Kestrel ward did not show that medical reviews took place at the intervals required by the Mental Health Act Code of Practice. Some blanket restrictions were in place on Heron ward that were not justified by individual risk.',
 'However, staff treated patients with kindness, dignity and respect. Patients were involved in planning their care, and there was good access to psychological therapies. Staff knew how to make a safeguarding referral and did so when appropriate.']:
    d.para(t,'R',9,lead=11.5); d.space(5)
d.para('Areas for improvement','B',13,lead=20,col=PUR)
S1='Action the provider MUST take to improve'
d.para(S1,'B',10,lead=16,band=PUR,col=(1,1,1))
def kq(name): d.para(name,'B',9.5,lead=15,col=PUR); d.cont=(name+' (continued)','B',9.5,PUR)
def item(num,text,subs=(),kind='must',sec=S1):
    p,plain=d.para(text,'R',9,lead=11.2,indent=20,marker=num)
    parts=[plain]
    for s_,t in subs:
        _,pl=d.para(t,'R',9,lead=11.2,indent=34,marker=s_); parts.append(pl)
    d.add_finding('\n'.join(parts),p,kind,section=sec,service=SVC); d.space(3)
kq('Safe')
item('1.1','The trust must ensure that ligature risk assessments on *all* wards identify every ligature point and describe how each risk will be managed. (Regulation 12(2)(b))')
item('1.2','The trust must ensure that staff on Kestrel ward:',[('(a)','record physical health observations after rapid tranquillisation in line with NICE guidance;'),('(b)','complete and review risk assessments for every patient after each incident. (Regulation 12(2)(a))')])
item('1.3','The trust must ensure that there are enough suitably qualified and experienced nurses on each shift, including at night, to keep patients safe. (Regulation 18(1))')
item('1.4','The trust must ensure that seclusion is recorded in line with the _Mental Health Act Code of Practice,_ including medical reviews at the required intervals. (Regulation 13(4)(b))')
item('1.5','The trust must ensure that emergency medicines and equipment are checked weekly and that out-of-date items are removed. (Regulation 12(2)(f))')
item('1.6','The trust must ensure that blanket restrictions on Heron ward are reviewed and are only applied where justified by individual risk. (Regulation 13(4)(b))')
kq('Effective')
item('2.1','The trust must ensure that staff receive regular supervision and an annual appraisal and that this is recorded. (Regulation 18(2)(a))')
item('2.2','The trust must ensure that capacity to consent is assessed and recorded for each patient when they are first given treatment. (Regulation 11(1))')
kq('Well-led')
item('3.1','The trust must ensure that governance systems identify and address the concerns found at this inspection, including:',[('(a)','the completion of audits of seclusion records;'),('(b)','the monitoring of mandatory training compliance on each ward. (Regulation 17(2)(a))')])
d.cont=None; d.space(6)
S2='Action the provider SHOULD take to improve'
d.para(S2,'B',10,lead=16,band=PUR,col=(1,1,1))
kq('Safe')
item('4.1','The trust should ensure that patients on Avocet ward have access to a lockable space for their belongings.',kind='should',sec=S2)
item('4.2','The trust should review the use of bank and agency staff so that regular staff are familiar with patients’ needs.',kind='should',sec=S2)
kq('Responsive')
item('5.1','The trust should ensure that information about how to complain is displayed on *every* ward, including in easy read format.',kind='should',sec=S2)
item('5.2','The trust should ensure that patients have access to activities at weekends.',kind='should',sec=S2)
kq('Well-led')
item('6.1','The trust should ensure that ward managers have sufficient administrative support.',kind='should',sec=S2)
d.cont=None
out='/work/blind/EG/mh_core_service_numbered_continued'
import os; os.makedirs(out,exist_ok=True)
render_rl(d,out+'/report.pdf')
meta={'provider':'Fenland and Marsh Partnership NHS Foundation Trust','location':None,'report_type':'Quality Report','published':'2016-09-22','inspection_dates':['2016-06-07','2016-06-10'],'ratings':{'overall':'Requires improvement','safe':'Inadequate','effective':'Requires improvement','caring':'Good','responsive':'Good','well_led':'Requires improvement'}}
write_gold(out,'ReportLab (canvas)',meta,d.findings)
print(len(d.findings),[(f['page']) for f in d.findings],len(d.pages))
