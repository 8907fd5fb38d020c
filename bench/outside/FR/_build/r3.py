import sys; sys.path.insert(0,'/tmp/FR-work'); from common import *
from docx import Document
from docx.shared import Pt, RGBColor, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT='/work/blind/FR/r3_camhs_ward'; os.makedirs(OUT, exist_ok=True)
SVC='Child and adolescent mental health wards'
must=[("The trust must ensure that young people’s risk assessments are reviewed and updated after every incident of self-harm. (Regulation 12(2)(a))","Safe",None),
("The trust must ensure that staff carry out and record physical health observations after rapid tranquillisation in line with trust policy. (Regulation 12(2)(b))","Safe",None),
("The trust must ensure that the seclusion room on Heron ward meets the standards of the Mental Health Act Code of Practice, including:",
 "Safe",["a clock visible to the young person at all times;","two-way communication with staff outside the room;","temperature control that staff can adjust from outside;","an observation panel that allows staff to see all parts of the room, including the area behind the door;","toilet and washing facilities that can be used without the young person leaving the seclusion area;","removal of the ligature anchor points identified in the trust’s own environmental risk assessment in April 2021. (Regulation 15(1)(c))"]),
("The trust must ensure that there are enough qualified nurses on each shift to meet the needs of young people on enhanced observations. (Regulation 18(1))","Safe",None),
("The trust must ensure that young people detained under the Mental Health Act are told of their rights on admission and at regular intervals, and that this is recorded. (Regulation 9(3)(d))","Responsive",None),
("The trust must ensure that blanket restrictions, such as the locking of bedrooms during the school day, are reviewed and justified for each young person. (Regulation 13(4)(b))","Safe",None),
("The trust must ensure that managers have effective oversight of restrictive interventions and use the data to reduce their use. (Regulation 17(2)(a))","Well-led",None)]
should=[("The trust should ensure that young people receive their full entitlement of education while on the ward.","Effective"),
("The trust should ensure that care plans are written with young people and reflect their views in their own words.","Caring"),
("The trust should ensure that staff receive regular clinical supervision and that it is recorded.","Well-led"),
("The trust should ensure that families are offered a carer’s assessment and given information about the ward.","Caring"),
("The trust should review the arrangements for young people to have access to outside space in the evenings.","Responsive")]
d=Document()
sec=d.sections[0]; sec.page_height=Mm(297); sec.page_width=Mm(210); sec.left_margin=sec.right_margin=Mm(22); sec.top_margin=Mm(20); sec.bottom_margin=Mm(20)
st=d.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(11)
hp=sec.header.paragraphs[0]; hp.text='Northfell Partnership NHS Foundation Trust — Child and adolescent mental health wards'; hp.runs[0].font.size=Pt(8)
def H(t,lvl): 
    h=d.add_heading(t,lvl)
    for r in h.runs: r.font.color.rgb=RGBColor(0x0b,0x4f,0x6c)
def P(t,size=11,bold=False,italic=False,color=None,after=6,before=0,align=None,keep=False):
    p=d.add_paragraph(); r=p.add_run(t); r.font.size=Pt(size); r.bold=bold; r.italic=italic
    if color: r.font.color.rgb=RGBColor(*color)
    p.paragraph_format.space_after=Pt(after); p.paragraph_format.space_before=Pt(before)
    if keep: p.paragraph_format.keep_with_next=True
    if align: p.alignment=align
    return p
H('Northfell Partnership NHS Foundation Trust',0)
P('Child and adolescent mental health wards',16,bold=True)
P('Inspection report',12)
P('Trust headquarters: Fellside House, Northfell NF1 3AB')
P('Date of inspection visit: 8 June 2021 to 10 June 2021')
P('Date of publication: 26 August 2021')
for k,v in [('Overall rating for this core service','Requires improvement'),('Are services safe?','Inadequate'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Good'),('Are services well-led?','Requires improvement')]:
    P(f'{k}    {v}',after=2)
H('Summary of this inspection',1)
fill=("Heron ward and Kestrel ward are 12-bed wards for young people aged 13 to 17 at Brookvale Hospital. Heron ward is a general adolescent unit; Kestrel ward is a psychiatric intensive care unit. "
      "We visited both wards, spoke with 14 young people, eight parents and 26 staff, observed two community meetings and reviewed 20 care records and 22 medicines charts. ")
for _ in range(7): P(fill*2)
P(fill)
H('Areas for improvement',1)
tot=len(must)+len(should); n=0
def item(kind,t,dom,subs=None):
    global n; n+=1
    P(f'{n} of {tot}',8,bold=True,color=(0x0b,0x4f,0x6c),after=0,keep=True)
    P(t,after=2 if not subs else 1,keep=False)
    if subs:
        for s in subs:
            p=d.add_paragraph(style='List Bullet'); p.add_run(s).font.size=Pt(11); p.paragraph_format.space_after=Pt(1)
    P(f'Key question: {dom}',8,color=(0x80,0x80,0x80),after=10)
H('Action the trust MUST take to improve',2)
for t,dom,subs in must: item('must',t,dom,subs)
H('Action the trust SHOULD take to improve',2)
for t,dom in should: item('should',t,dom)
H('Is the service safe?',1)
for _ in range(3): P(fill*2)
d.save('/tmp/FR-work/r3.docx')
subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir','/tmp/FR-work','/tmp/FR-work/r3.docx'],capture_output=True)
os.replace('/tmp/FR-work/r3.pdf',OUT+'/report.pdf')
F=[]
for t,dom,subs in must:
    txt=t+('\n'+'\n'.join(subs) if subs else '')
    m=re.search(r'\(Regulation (\d+)((?:\(\w+\))*)\)$',txt)
    F.append({"kind":"must","text":txt,"page":0,"section":"Action the trust MUST take to improve","service":SVC,"domain":None,"regulations":[{"instrument":"RA2014","number":int(m.group(1)),"paragraphs":m.group(2)}],"also_at":[]})
for t,dom in should:
    F.append({"kind":"should","text":t,"page":0,"section":"Action the trust SHOULD take to improve","service":SVC,"domain":None,"regulations":[],"also_at":[]})
locate(OUT+'/report.pdf',F)
pt=pages_text(OUT+'/report.pdf')
for s in must[2][2]: print([i+1 for i,t in enumerate(pt) if key(s,6) in t], s[:30])
write(OUT,'LibreOffice (Writer, from .docx)',{"provider":"Northfell Partnership NHS Foundation Trust","location":None,"report_type":"Inspection report","published":"2021-08-26","inspection_dates":["2021-06-08","2021-06-10"],
 "ratings":{"overall":"Requires improvement","safe":"Inadequate","effective":"Good","caring":"Good","responsive":"Good","well_led":"Requires improvement"}},F)
