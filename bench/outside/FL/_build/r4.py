import json, subprocess, sys; sys.path.insert(0,'/tmp/FL-work'); from common import norm
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.section import WD_SECTION
D='/tmp/FL-work/r4/'; OUT='/work/blind/FL/hospice_2016/'
doc=Document()
sec=doc.sections[0]; sec.page_width=Cm(21); sec.page_height=Cm(29.7); sec.left_margin=sec.right_margin=Cm(2.2); sec.top_margin=Cm(2.2); sec.bottom_margin=Cm(2.0)
st=doc.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(11)
for s in ['Heading 1','Heading 2','Heading 3']:
    doc.styles[s].font.name='Liberation Sans'; doc.styles[s].font.color.rgb=RGBColor(0x00,0x4b,0x87)
hp=sec.header.paragraphs[0]; hp.text='St Aldhelm\u2019s Hospice Quality Report 22/09/2016'; hp.runs[0].font.size=Pt(8)
fp=sec.footer.paragraphs[0]; fp.text='Summary of findings'; fp.runs[0].font.size=Pt(8)
RIGHT=Cm(16.6)
def p(t,style=None,size=None,bold=False):
    para=doc.add_paragraph(style=style); r=para.add_run(t); r.bold=bold
    if size: r.font.size=Pt(size)
    return para
def bullet(text,cite=None,brk=None,level=1):
    para=doc.add_paragraph(style='List Bullet' if level==1 else 'List Bullet 2')
    if brk:
        a,b=text.split(brk,1); para.add_run(a.rstrip()); para.add_run().add_break(); para.add_run(b.lstrip()) if False else para.add_run(brk+b)
    else: para.add_run(text)
    if cite:
        para.paragraph_format.tab_stops.add_tab_stop(RIGHT,WD_TAB_ALIGNMENT.RIGHT)
        r=para.add_run('\t'+cite); r.italic=True; r.font.size=Pt(9.5)
    para.paragraph_format.space_after=Pt(4)
    return para
A='Hospice services for adults'; C='Community end of life care'
MA=[('The provider must ensure that controlled drugs are administered, recorded and disposed of in line with legislation and the hospice\u2019s own policy.','Regulation 12(2)(g)',None),
 ('LONG',None,None),
 ('The provider must ensure that all staff complete mandatory training in the safeguarding of adults at the level appropriate to their role.','Regulation 13(2)',None)]
LONG_P='The provider must ensure that risks to patients are assessed and that the actions needed to reduce those risks are recorded in the care plan and carried out by nursing and medical staff on the inpatient unit, including making sure that:'
LONG_S=['falls risk assessments are completed within 24 hours of admission and are reviewed after every fall, with a record of the review kept in the patient\u2019s notes;',
 'pressure area assessments use a validated tool and are repeated whenever a patient\u2019s condition or level of mobility changes;',
 'bed rails assessments are completed before bed rails are used, and the reason for their use is discussed with the patient or their family and recorded;',
 'the syringe driver checks set out in the hospice\u2019s medicines policy are carried out and recorded every four hours. (Regulation 12(2)(a)(b))']
SA=['The provider should ensure that do not attempt cardiopulmonary resuscitation forms are fully completed and that discussions with patients and families are recorded.',
 'The provider should consider introducing a formal system for reviewing deaths on the inpatient unit, so that learning is shared with the multidisciplinary team.',
 'The provider should ensure that the temperature of the medicines fridge on the inpatient unit is checked and recorded daily.']
MC=[('The provider must ensure that there are enough suitably qualified nurses in the hospice at home team to respond to urgent referrals out of hours.','Regulation 18(1)','hospice at home'),
 ('The provider must ensure that records of care given in patients\u2019 homes are complete, legible and stored securely.','Regulation 17(2)(c)',None)]
SC=['The provider should ensure that each patient\u2019s preferred place of death is recorded and that the team audits how often this is achieved.',
 'The provider should review how bereavement support is offered to the families of patients who die at home.',
 'The provider should ensure that lone working procedures are followed by all community staff, including those who must visit patients late in the evening.']
def ratings_table(svc):
    t=doc.add_table(rows=2,cols=6); t.style='Table Grid'
    for i,h in enumerate(['Our ratings for '+svc.lower(),'Safe','Effective','Caring','Responsive','Well-led']): t.rows[0].cells[i].text=h
    vals=['Overall: Good','Requires improvement','Good','Outstanding','Good','Good'] if svc==A else ['Overall: Requires improvement','Requires improvement','Good','Good','Good','Requires improvement']
    for i,v in enumerate(vals): t.rows[1].cells[i].text=v
    for row in t.rows:
        for cell in row.cells:
            for pp in cell.paragraphs:
                for r in pp.runs: r.font.size=Pt(8.5); r.font.name='Liberation Sans'
    doc.add_paragraph()
def lists(svc_heading_level,with_table):
    doc.add_heading('Action the provider MUST take to improve',3)
    p(A,bold=True)
    for t,cite,brk in MA:
        if t=='LONG':
            bullet(LONG_P)
            for s in LONG_S: bullet(s,level=2)
            if with_table:
                p('Table 1: Our ratings for hospice services for adults, August 2016',size=8.5,bold=True); ratings_table(A)
        else: bullet(t,cite,brk)
    p(C,bold=True)
    for t,cite,brk in MC: bullet(t,cite,brk)
    doc.add_heading('Action the provider SHOULD take to improve',3)
    p(A,bold=True)
    for t in SA: bullet(t)
    p(C,bold=True)
    for t in SC: bullet(t)
# ---- cover
for _ in range(5): doc.add_paragraph()
p('St Aldhelm\u2019s Hospice Trust',size=13)
p('St Aldhelm\u2019s Hospice',size=24,bold=True)
p('Quality Report',size=18)
p('Priory Lane\nWoolcombe\nWL9 3HS\nTel: 01632 960 520\nWebsite: www.staldhelms-hospice.org.uk')
p('Date of inspection visit: 9 to 11 August 2016\nDate of publication: 22/09/2016')
p('This report describes our judgement of the quality of care at this location. It is based on a combination of what we found when we inspected, information from our \u2018Intelligent Monitoring\u2019 system, and information given to us from patients, the public and other organisations.',size=9)
t=doc.add_table(rows=6,cols=2); t.style='Table Grid'
for i,(a,b) in enumerate([('Overall rating for this location','Good'),('Are services at this location safe?','Requires improvement'),('Are services at this location effective?','Good'),('Are services at this location caring?','Outstanding'),('Are services at this location responsive?','Good'),('Are services at this location well-led?','Good')]):
    t.rows[i].cells[0].text=a; t.rows[i].cells[1].text=b
doc.add_page_break()
doc.add_heading('Letter from the Chief Inspector of Hospitals',1)
p('St Aldhelm\u2019s Hospice is a 16-bed independent hospice providing inpatient care, day services and a hospice at home service across the Woolcombe and Priory districts. We carried out an announced comprehensive inspection on 9 to 11 August 2016, and an unannounced visit to the inpatient unit on 19 August 2016.')
p('Our key findings were as follows:',bold=True)
for t in ['Staff were caring and compassionate, and went to great lengths to meet the wishes of patients at the end of their lives.','The hospice had a strong, visible leadership team and staff were proud to work there.','Some risks to patients on the inpatient unit were not assessed or recorded consistently.']:
    bullet(t)
p('We saw several areas of outstanding practice, including:',bold=True)
for t in ['The hospice had developed a \u2018memory garden\u2019 programme with a local school, in which children and patients worked together on planting projects. Families told us this had helped them talk about dying with younger relatives.','The lymphoedema service had reduced waiting times from 14 weeks to three weeks by training community nurses to carry out initial assessments in patients\u2019 homes.','The chaplaincy team provided support to people of all faiths and none, and had trained volunteers from four local faith communities to offer spiritual care in the patient\u2019s own language.']:
    bullet(t)
p('Staff we spoke with described an open and supportive culture, and told us that the chief executive and director of nursing were visible and approachable. Volunteers were well trained, valued and included in team meetings. The hospice had a clear strategy, developed with patients, families and local commissioners, to extend its community services to people with conditions other than cancer.')
p('Patients and relatives were overwhelmingly positive about their care. One relative told us that staff had arranged for their father\u2019s dog to visit him every day during his final week. Another described how a nurse had stayed with her mother through the night so that the family could rest. Feedback from the hospice\u2019s own survey showed that 98% of families would recommend the service. The family support team offered counselling to children and adults before and after a death, and ran a drop-in group each month.')
p('However, there were also areas of poor practice where the provider needs to make improvements.')
lists(3,True)
p('Professor Sir Mike Richards\nChief Inspector of Hospitals',bold=True)
doc.add_page_break()
for svc,M,S in [(A,None,None),(C,None,None)]:
    doc.add_heading(svc,1)
    p('Summary of findings',bold=True)
    p(('The inpatient unit has 16 single rooms, each with access to a garden terrace. Care is led by consultants in palliative medicine, with 24-hour nursing and a team of allied health professionals.' if svc==A else 'The hospice at home team provides nursing and personal care to around 60 patients a week in their own homes, with a rapid response service from 8am to 10pm.')+' We rated this service as '+('good' if svc==A else 'requires improvement')+' because staff were skilled and compassionate, although we found some gaps in how risks and records were managed.')
    doc.add_heading('Outstanding practice and areas for improvement',2)
    doc.add_heading('Areas for improvement',2)
    doc.add_heading('Action the provider MUST take to improve',3)
    if svc==A:
        for t,cite,brk in MA:
            if t=='LONG':
                bullet(LONG_P)
                for s in LONG_S: bullet(s,level=2)
            else: bullet(t,cite,brk)
        doc.add_heading('Action the provider SHOULD take to improve',3)
        for t in SA: bullet(t)
        doc.add_page_break()
    else:
        for t,cite,brk in MC: bullet(t,cite,brk)
        doc.add_heading('Action the provider SHOULD take to improve',3)
        for t in SC: bullet(t)
doc.save(D+'report.docx')
subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir',D,D+'report.docx'],capture_output=True)
import shutil; shutil.copy(D+'report.pdf',OUT+'report.pdf')
n=int([l for l in subprocess.run(['pdfinfo',OUT+'report.pdf'],capture_output=True,text=True).stdout.splitlines() if l.startswith('Pages')][0].split()[1])
pages=[norm(subprocess.run(['pdftotext','-f',str(i),'-l',str(i),OUT+'report.pdf','-'],capture_output=True,text=True).stdout) for i in range(1,n+1)]
R=lambda s:{'instrument':'RA2014','number':int(s.split()[1].split('(')[0]),'paragraphs':s.split()[1][len(s.split()[1].split('(')[0]):]}
items=[]
for t,cite,brk in MA:
    if t=='LONG': items.append(('must',LONG_P+'\n'+'\n'.join(LONG_S),A,[{'instrument':'RA2014','number':12,'paragraphs':'(2)(a)(b)'}],'Action the provider MUST take to improve'))
    else: items.append(('must',t+' '+cite,A,[R(cite)],'Action the provider MUST take to improve'))
for t,cite,brk in MC: items.append(('must',t+' '+cite,C,[R(cite)],'Action the provider MUST take to improve'))
for t in SA: items.append(('should',t,A,[],'Action the provider SHOULD take to improve'))
for t in SC: items.append(('should',t,C,[],'Action the provider SHOULD take to improve'))
F=[]
for kind,text,svc,regs,sec in items:
    k=norm(' '.join(text.split()[:7])) if not text.startswith('The provider must ensure that risks') else norm(LONG_P[:60])
    hits=[i+1 for i,pg in enumerate(pages) for _ in range(pg.count(k))]
    assert len(hits)==2,(text[:50],hits)
    F.append({'kind':kind,'text':text,'page':hits[0],'section':sec,'service':svc,'domain':None,'regulations':regs,'also_at':[{'page':hits[1],'service':svc}]})
json.dump({'producer':'LibreOffice (Writer, from .docx)','expect':'findings','password':None,
 'meta':{'provider':'St Aldhelm\u2019s Hospice Trust','location':'St Aldhelm\u2019s Hospice','report_type':'Quality Report','published':'2016-09-22','inspection_dates':['2016-08-09','2016-08-11'],
 'ratings':{'overall':'Good','safe':'Requires improvement','effective':'Good','caring':'Outstanding','responsive':'Good','well_led':'Good'}},'findings':F,'notices':[]},open(OUT+'gold.json','w'),indent=1,ensure_ascii=False)
print(n,[(f['page'],f['also_at'][0]['page']) for f in F])
