import sys
sys.path.insert(0,'/tmp/FJ-work'); from common import *
from fpdf import FPDF
OUT='/work/blind/FJ/r4_care_home_2016_condensed'
N='\u00a0'
ACT=f"Health and Social Care Act 2008 (Regulated Activities) Regulations{N}2014"
D={}
D['m12']=f"This was a breach of regulation{N}12 (Safe care and treatment) of the {ACT}."
D['s_staff']=f"We{N}recommend that the provider seeks advice and guidance from a reputable source about calculating safe staffing levels that take account of people’s changing dependency at night."
D['m11']=f"This was a breach of regulation{N}11 (Need for consent) of the {ACT}."
D['s_food']=f"We{N}recommend the provider consider current guidance on supporting people living with dementia to eat and drink well, and take action to update their practice accordingly."
D['s_dign']=f"We{N}recommend that the provider reviews how people’s privacy and dignity are maintained when personal care is provided in the two shared bedrooms."
D['s_act']=f"We{N}recommend the provider seeks advice and guidance from a reputable source about providing meaningful activities for people who spend most of the day in their rooms."
D['m18s']=f"Enough improvement had not been made at this inspection and the provider was still in breach of regulation{N}18."
D['s_thick']=f"We{N}recommend that the provider follows current guidance on the safe storage of thickening powders."
D['m17']=f"This was a breach of regulation{N}17 (Good governance) of the {ACT}."
D['m18r']=f"This was a breach of regulation{N}18 of the Care Quality Commission (Registration) Regulations{N}2009."
class P(FPDF):
    def header(self):
        if self.page_no()==1: return
        self.set_font('C','',7.5); self.set_text_color(90,90,90)
        self.cell(0,5,'Rosewood Court Residential Home  ·  Inspection report  ·  3 June 2016',align='R'); self.ln(9); self.set_text_color(0,0,0)
    def footer(self):
        self.set_y(-13); self.set_font('C','',7.5); self.set_text_color(90,90,90); self.cell(0,5,str(self.page_no()),align='C'); self.set_text_color(0,0,0)
pdf=P('P','mm','A4'); pdf.set_margins(24,16,24); pdf.set_auto_page_break(True,20)
pdf.add_font('C','','/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf')
pdf.add_font('C','B','/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf')
def para(*parts,size=9.5,lh=4.6,after=2.6):
    pdf.set_font('C','',size); pdf.set_char_spacing(-0.25)
    pdf.multi_cell(0,lh,' '.join(parts),new_x='LMARGIN',new_y='NEXT'); pdf.ln(after); pdf.set_char_spacing(0)
def h(t,size=13,col=(0,91,150)):
    pdf.set_font('C','B',size); pdf.set_text_color(*col); pdf.multi_cell(0,size*0.5,t,new_x='LMARGIN',new_y='NEXT'); pdf.ln(2); pdf.set_text_color(0,0,0)
def box(t):
    pdf.set_fill_color(228,238,246); pdf.set_font('C','',9); pdf.set_char_spacing(-0.25)
    pdf.multi_cell(0,4.5,t,fill=True,padding=3,new_x='LMARGIN',new_y='NEXT'); pdf.ln(3); pdf.set_char_spacing(0)
pdf.add_page()
pdf.set_font('C','B',22); pdf.set_text_color(0,91,150); pdf.ln(20); pdf.multi_cell(0,10,'Rosewood Court Residential Home',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('C','',12); pdf.set_text_color(0,0,0); pdf.multi_cell(0,6,'Rosewood Care (Midlands) Limited',new_x='LMARGIN',new_y='NEXT'); pdf.ln(4)
pdf.set_font('C','B',16); pdf.multi_cell(0,8,'Inspection report',new_x='LMARGIN',new_y='NEXT'); pdf.ln(4)
para('14 Lichfield Road, Tamworth, Staffordshire, B79 7QE','Tel: 01827 555 611','Website: www.rosewoodcourtcare.co.uk',size=10)
para('Date of inspection visit: 22 and 23 March 2016','Date of publication: 3 June 2016',size=10); pdf.ln(6)
h('Ratings',13)
for k,v in [('Overall rating for this service','Requires improvement'),('Is the service safe?','Requires improvement'),('Is the service effective?','Requires improvement'),('Is the service caring?','Good'),('Is the service responsive?','Requires improvement'),('Is the service well-led?','Requires improvement')]:
    pdf.set_font('C','',10.5); pdf.cell(100,8,k,border='B'); pdf.set_font('C','B',10.5); pdf.cell(0,8,v,border='B',new_x='LMARGIN',new_y='NEXT')
pdf.add_page()
h('Overall summary')
para("This inspection took place on 22 and 23 March 2016 and was unannounced on the first day. Rosewood Court Residential Home provides accommodation and personal care for up to 32 older people, some of whom are living with dementia. At the time of our inspection 29 people were using the service.",
"There was a registered manager in post. A registered manager is a person who has registered with the Care Quality Commission to manage the service. Like registered providers, they are ‘registered persons’. Registered persons have legal responsibility for meeting the requirements in the Health and Social Care Act 2008 and associated Regulations about how the service is run.")
para("At our last inspection in June 2015 we found that people’s care plans did not always reflect their needs and preferences. At this inspection we found that improvements had been made to care planning, but we identified new concerns about how risks to people were managed, how consent was sought and how the quality of the service was monitored.",
"People told us there were not always enough staff at night, and we saw that people who needed two staff to help them move waited for long periods. "+D['s_staff'],
"People’s medicines were not always managed safely, and the guidance for staff about ‘as required’ medicines was not always followed. Where people lacked the capacity to make decisions, the requirements of the Mental Capacity Act 2005 had not always been followed.")
para("Staff were kind and caring, and people and their relatives spoke highly of them. People’s privacy was usually respected. People knew how to complain and felt confident that their concerns would be listened to. The provider’s systems for checking the quality of the service had not identified the concerns we found.",
"You can see what action we told the provider to take at the back of the full version of the report.")
pdf.add_page()
h('Is the service safe?')
h('Our findings',11,(60,60,60))
para("People and their relatives told us they felt safe living at Rosewood Court. One person said, “The staff are lovely, I’ve no worries at all.” Staff had received training in safeguarding adults and knew how to recognise and report abuse. Recruitment checks, including Disclosure and Barring Service checks, had been completed before staff started work.",
"However, risks to people were not always managed safely. Two people had lost weight over the previous three months, but their nutritional risk assessments had not been reviewed and no referral had been made to a dietitian. One person’s moving and handling plan stated they needed a hoist with two staff, but we saw staff assist them to stand without the hoist on two occasions.")
para("People’s medicines were not always managed safely. We found gaps in the medicine administration records for four people, and the stock of one person’s pain relief did not match the records. Protocols for ‘as required’ medicines were missing for three people who were prescribed medicines to help with anxiety. These issues placed people at risk of harm. "+D['m12']+" We found tins of thickening powder left on a trolley in the lounge, where people living with dementia could reach them. "+D['s_thick'])
para("People and staff told us there were not enough staff at night. Two staff were on duty from 8pm to 8am to support 29 people, eleven of whom needed the help of two staff to move. The registered manager told us staffing levels were set by the provider and had not been reviewed since the number of people needing two staff had increased. "+D['s_staff'])
h('Is the service effective?')
h('Our findings',11,(60,60,60))
box("At our last inspection in June 2015 the provider had failed to ensure that staff received the training and supervision they needed to carry out their roles. This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.")
para("Training records showed that 11 of 24 care staff had not completed moving and handling or dementia awareness training in the last year, and four staff had not had supervision since our last inspection. Staff told us they would like more training in supporting people whose behaviour could challenge. "+D['m18s'])
para("The Mental Capacity Act 2005 (MCA) provides a legal framework for making particular decisions on behalf of people who may lack the mental capacity to do so for themselves. We checked whether the service was working within the principles of the MCA and whether any conditions on authorisations to deprive a person of their liberty were being met.",
"We found that mental capacity assessments had not been completed for people who had bed rails or sensor mats in place, and that decisions had been recorded as made in people’s best interests without involving their relatives or representatives. Two people were receiving their medicines covertly without a documented best interests decision. "+D['m11'])
para("People told us they enjoyed the food and had a choice at each meal. However, we saw that people living with dementia were not offered visual choices, and some people who needed encouragement to eat were left without support at lunchtime. "+D['s_food'])
h('Is the service caring?')
h('Our findings',11,(60,60,60))
para("People told us the staff were kind and caring. We saw warm and friendly interactions between staff and people, and staff knew people’s life histories and what was important to them. Relatives told us they could visit at any time and were always made welcome.",
"Two bedrooms were shared by two people. The screens in these rooms did not fully enclose each bed, and on one occasion we saw personal care being provided while the other person’s visitor was in the room. "+D['s_dign'])
h('Is the service responsive?')
h('Our findings',11,(60,60,60))
box("At our last inspection in June 2015 the provider had failed to ensure that people’s care was planned to meet their needs and reflect their preferences. This was a breach of regulation 9 (Person-centred care) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014. At this inspection we found enough improvement had been made and the provider was no longer in breach of regulation 9.")

para("Care plans had been rewritten since our last inspection and now contained detailed information about people’s needs, routines and preferences. People and their relatives had been involved in reviews. The provider had a complaints procedure, and the two complaints received in the last year had been investigated and responded to.",
"An activities coordinator worked three days a week and organised group activities in the lounge. People who stayed in their rooms told us they were often bored, and records showed that some people had not taken part in any activity for several weeks. "+D['s_act'])
h('Is the service well-led?')
h('Our findings',11,(60,60,60))
para("There was a registered manager in post who had worked at the home for six years. Staff told us the manager was approachable and supportive. Relatives’ meetings were held every three months and people’s views were sought through an annual survey.",
"However, the provider’s quality monitoring systems were not effective. Medicine audits had been completed monthly but had not identified the gaps in records we found. Care plan audits had not identified that risk assessments had not been reviewed, and the provider had not acted on the staffing concerns raised by night staff in two team meetings. "+D['m17'])
para("Providers are required by law to notify us of certain events that happen in the service. We found that the provider had not notified us of two serious injuries that had happened in January 2016, or of the outcome of two applications to deprive people of their liberty. "+D['m18r'])
pdf.output(OUT+'/report.pdf')
pdfp=OUT+'/report.pdf'
def pg(sent,expect=1):
    return locate(pdfp,' '.join(sent.replace(N,' ').split()[:7]) if not sent.startswith('This was') else ' '.join(sent.replace(N,' ').split()[:7]),expect)
F=[]
def g(t): return t.replace(N,' ')
seq=[('s_staff','should','Overall summary',None),('m12','must','Is the service safe?','Safe'),('s_thick','should','Is the service safe?','Safe'),('m18s','must','Is the service effective?','Effective'),('m11','must','Is the service effective?','Effective'),('s_food','should','Is the service effective?','Effective'),('s_dign','should','Is the service caring?','Caring'),('s_act','should','Is the service responsive?','Responsive'),('m17','must','Is the service well-led?','Well-led'),('m18r','must','Is the service well-led?','Well-led')]
REGS={'m18s':[reg(18)],'m12':[reg(12)],'m11':[reg(11)],'m17':[reg(17)],'m18r':[reg(18,'','REG2009')]}
for k,kind,sec,dom in seq:
    if k=='s_staff':
        p=locate(pdfp,D[k].replace(N,' ')[:60],2)
        F.append({"kind":kind,"text":g(D[k]),"page":p[0],"section":sec,"service":None,"domain":dom,"regulations":[],"also_at":[{"page":p[1],"service":None}]})
    else:
        p=locate(pdfp,D[k].replace(N,' ')[:48] if k.startswith('s') or k=='m18s' else D[k].replace(N,' ')[:36],1)
        F.append({"kind":kind,"text":g(D[k]),"page":p[0],"section":sec,"service":None,"domain":dom,"regulations":REGS.get(k,[]),"also_at":[]})
meta={"provider":"Rosewood Care (Midlands) Limited","location":"Rosewood Court Residential Home","report_type":"Inspection report","published":"2016-06-03","inspection_dates":["2016-03-22","2016-03-23"],
 "ratings":{"overall":"Requires improvement","safe":"Requires improvement","effective":"Requires improvement","caring":"Good","responsive":"Requires improvement","well_led":"Requires improvement"}}
write_gold(OUT,"fpdf2 2.8.9 (PyFPDF)",meta,F)
print(len(F),[(f['kind'],f['page'],f['also_at']) for f in F])
