import sys, subprocess, os
sys.path.insert(0,'/tmp/FJ-work'); from common import *
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT='/work/blind/FJ/r2_children_community_roman'
FILL=int(sys.argv[1]) if len(sys.argv)>1 else 3
SVC="Community health services for children, young people and families"
ROM=['(i)','(ii)','(iii)','(iv)','(v)','(vi)','(vii)']
MUST=[("The provider must ensure that there are sufficient numbers of suitably qualified health visitors to deliver the Healthy Child Programme, including all mandated antenatal and new birth visits. (Regulation 18(1))",[],[reg(18,'(1)')]),
("The provider must ensure that safeguarding supervision for school nurses and health visitors takes place in line with the trust’s policy and is recorded. (Regulation 13(2))",[],[reg(13,'(2)')]),
("The provider must ensure that records for children subject to a child protection plan are complete, up to date and stored so that every professional involved in the child’s care can find them, including:",
 ["chronologies of significant events for each child, reviewed at least every three months;",
  "the outcome of every strategy meeting and initial or review child protection conference attended by a member of staff;",
  "the name of the lead professional and the date of the next core group meeting; and",
  "a record of the child’s wishes and feelings at each contact. (Regulation 17(2)(c))"],[reg(17,'(2)(c)')]),
("The provider must ensure that medicines used by the children’s community nursing team, including emergency medicines, are stored at the correct temperature and that fridge temperatures are monitored daily. (Regulation 12(2)(g))",[],[reg(12,'(2)(g)')]),
("The provider must ensure that staff in the looked-after children team receive an annual appraisal. (Regulation 18(2)(a))",[],[reg(18,'(2)(a)')])]
SHOULD=["The provider should ensure that waiting times for community paediatric therapy services are reduced and that children on waiting lists are reviewed for any change in risk.",
"The provider should review the arrangements for transition from the children’s continuing care team to adult services.",
"The provider should ensure that interpreters are used consistently for families whose first language is not English.",
"The provider should consider how it can involve young people in the design of the school nursing drop-in service.",
"The provider should ensure that all baby weighing scales are calibrated and that calibration dates are recorded.",
"The provider should ensure that the lone working policy is followed by all staff undertaking home visits."]
d=Document()
st=d.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Liberation Serif')
s0=d.sections[0]; s0.page_width=Mm(210); s0.page_height=Mm(297)
for s in [s0]:
    s.left_margin=s.right_margin=Mm(25); s.top_margin=Mm(22); s.bottom_margin=Mm(22)
def field(par, instr):
    r=par.add_run(); f=OxmlElement('w:fldSimple'); f.set(qn('w:instr'),instr)
    rr=OxmlElement('w:r'); t=OxmlElement('w:t'); t.text='1'; rr.append(t); f.append(rr); par._p.append(f)
def setup(sec, start=None):
    sec.footer.is_linked_to_previous=False
    fp=sec.footer.paragraphs[0]; fp.text=''
    r=fp.add_run("North Lindsey Community Healthcare NHS Trust – "+SVC+" Quality Report 14/10/2016\tPage "); r.font.size=Pt(8)
    field(fp,'PAGE')
    if start:
        pg=OxmlElement('w:pgNumType'); pg.set(qn('w:start'),str(start)); sec._sectPr.append(pg)
setup(s0,41)
def H(t,lvl=1):
    p=d.add_heading(t,lvl)
    for r in p.runs: r.font.color.rgb=RGBColor(0x1f,0x3a,0x68); r.font.name='Liberation Sans'
    return p
def P(t,size=None):
    p=d.add_paragraph(t)
    if size: 
        for r in p.runs: r.font.size=Pt(size)
    return p
def roman(num, text, indent=12):
    p=d.add_paragraph(); pf=p.paragraph_format
    pf.left_indent=Mm(indent); pf.first_line_indent=Mm(-indent); pf.space_after=Pt(6)
    pf.tab_stops.add_tab_stop(Mm(indent))
    p.add_run(num+'\t'+text); return p
def sub(text):
    p=d.add_paragraph(); pf=p.paragraph_format
    pf.left_indent=Mm(20); pf.first_line_indent=Mm(-6); pf.space_after=Pt(3)
    pf.tab_stops.add_tab_stop(Mm(20))
    p.add_run('–\t'+text); return p
def lists(hm, hs):
    H(hm,3)
    for i,(t,subs,_) in enumerate(MUST):
        roman(ROM[i],t)
        for s in subs: sub(s)
    H(hs,3)
    for i,t in enumerate(SHOULD): roman(ROM[i],t)
# title page
p=P('North Lindsey Community Healthcare NHS Trust'); p.runs[0].font.size=Pt(14)
p=P(SVC); p.runs[0].font.size=Pt(20); p.runs[0].bold=True
p=P('Quality Report'); p.runs[0].font.size=Pt(16)
P('Trust Headquarters, Ashby Road, Scunthorpe, DN16 1QX\nTel: 01724 555 200\nWebsite: www.northlindseychc.nhs.uk')
P('Date of inspection visit: 5–8 July 2016\nDate of publication: 14/10/2016')
t=d.add_table(rows=1,cols=4); t.style='Table Grid'
for c,h in zip(t.rows[0].cells,['Location ID','Name of CQC registered location','Name of service (e.g. ward/unit/team)','Postcode of service (ward/unit/team)']): c.text=h
for row in [('RN7X1','Trust Headquarters','Health visiting and school nursing','DN16 1QX'),('RN7X4','Brigg Health Centre','Children’s community nursing team','DN20 8AR'),('RN7X6','Goole Child Development Centre','Community paediatric therapies','DN14 6RX')]:
    cs=t.add_row().cells
    for c,v in zip(cs,row): c.text=v
P('This report describes our judgement of the quality of care provided within this core service by North Lindsey Community Healthcare NHS Trust. Where relevant we provide detail of each location or area of service visited.')
P('Ratings').runs[0].bold=True
for k,v in [('Overall rating for the service','Requires improvement'),('Are services safe?','Requires improvement'),('Are services effective?','Good'),('Are services caring?','Good'),('Are services responsive?','Requires improvement'),('Are services well-led?','Requires improvement')]:
    P(k+'\t'+v)
d.add_page_break()
H('Summary of findings',1)
H('Overall summary',2)
filler=("We rated community health services for children, young people and families as requires improvement because health visiting caseloads were high in the west locality, and not all families received the mandated contacts of the Healthy Child Programme. Staff knew how to recognise and report safeguarding concerns, but safeguarding supervision was not always provided or recorded. Records for children on child protection plans did not always contain a chronology. "
 "However, staff were kind and caring and treated children and families with respect. Parents we spoke with praised the children’s community nursing team. Services were planned with local authority partners, and the looked-after children team met its statutory timescales for initial health assessments.")
FILLS=[filler.split(' However,')[0],
"However, staff were kind and caring and treated children and families with respect. Parents we spoke with praised the children’s community nursing team, who they said were always available by telephone and explained their child’s care in a way they understood.",
"Services were planned with local authority partners. The looked-after children team met its statutory timescales for initial health assessments, and the family nurse partnership had exceeded its targets for the number of young parents enrolled in the programme.",
"Leaders in the service were visible and approachable, and staff told us they felt supported by their immediate managers. However, the service risk register did not include the shortfall in health visitor numbers that staff and managers described to us, and there was no action plan to address it."]
for i in range(FILL): P(FILLS[i%4])
EXTRA=int(sys.argv[2]) if len(sys.argv)>2 else 0
if EXTRA: P('The trust had recently appointed a named nurse for safeguarding children, who was reviewing how supervision was recorded. '+' '.join(FILLS[2].split()[:EXTRA])+'.')
H('Areas for improvement',2)
lists('Action the provider MUST take to improve','Action the provider SHOULD take to improve')
d.add_page_break()
H('Detailed findings',1)
for q in ['Are services safe?','Are services effective?','Are services caring?']:
    H(q,2)
    for i in range(2): P(FILLS[(i+1)%4])
# second section: US Letter
s1=d.add_section(WD_SECTION.NEW_PAGE); s1.page_width=Mm(215.9); s1.page_height=Mm(279.4)
s1.left_margin=s1.right_margin=Mm(20); s1.top_margin=Mm(20); s1.bottom_margin=Mm(20)
for el in s1._sectPr.findall(qn('w:pgNumType')): s1._sectPr.remove(el)
setup(s1)
H('Outstanding practice and areas for improvement',1)
H('Outstanding practice',2)
P('The children’s community nursing team had developed a “passport” with young people with complex needs, which travelled with them to school and respite settings.')
H('Areas for improvement',2)
lists('Action the provider MUST take to improve','Action the provider SHOULD take to improve')
d.save('/tmp/FJ-work/r2.docx')
subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir','/tmp/FJ-work','/tmp/FJ-work/r2.docx'],check=True,capture_output=True)
os.replace('/tmp/FJ-work/r2.pdf',OUT+'/report.pdf')
pdf=OUT+'/report.pdf'
F=[]
def full(t,subs): return t+''.join('\n'+s for s in subs)
for t,subs,rg in MUST:
    p=locate(pdf,' '.join(t.split()[:14]),2)
    F.append({"kind":"must","text":full(t,subs),"page":p[0],"section":"Action the provider MUST take to improve","service":SVC,"domain":None,"regulations":rg,"also_at":[{"page":p[1],"service":SVC}]})
for t in SHOULD:
    p=locate(pdf,t,2)
    F.append({"kind":"should","text":t,"page":p[0],"section":"Action the provider SHOULD take to improve","service":SVC,"domain":None,"regulations":[],"also_at":[{"page":p[1],"service":SVC}]})
meta={"provider":"North Lindsey Community Healthcare NHS Trust","location":None,"report_type":"Quality Report","published":"2016-10-14","inspection_dates":["2016-07-05","2016-07-08"],
 "ratings":{"overall":"Requires improvement","safe":"Requires improvement","effective":"Good","caring":"Good","responsive":"Requires improvement","well_led":"Requires improvement"}}
write_gold(OUT,"LibreOffice (from .docx)",meta,F)
print(len(F),[(f['kind'],f['page'],f['also_at'][0]['page']) for f in F])
# where does the long one break
import pdfplumber
with pdfplumber.open(pdf) as P_:
    for i,pg in enumerate(P_.pages):
        tx=norm(pg.extract_text())
        for k in ['chronologiesofsignificant','outcomeofeverystrategy','nameoftheleadprofessional','childswishesandfeelings','recordsforchildrensubject']:
            if k in tx: print(i+1,k)
        print('pg',i+1,pg.width,pg.height)
