import sys; sys.path.insert(0,'/tmp/FR-work'); from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
OUT='/work/blind/FR/r1_ambulance_pts'; os.makedirs(OUT, exist_ok=True)
SVC='Patient transport services'
must=[
 "The trust must ensure that all vehicles used for patient transport are cleaned in line with the trust’s infection prevention and control policy and that deep cleans are recorded. (Regulation 12(2)(h))",
 "The trust must ensure that equipment carried on patient transport vehicles, including wheelchairs and carry chairs, is serviced and safety checked at the intervals set by the manufacturer. (Regulation 15(1)(e))",
 "The trust must ensure that staff complete mandatory training in safeguarding adults and children to the level required for their role. (Regulation 18(2)(a))",
 "The trust must ensure that patients’ eligibility for non-emergency transport is assessed consistently and that the reasons for decisions are recorded. (Regulation 17(2)(c))",
 "The trust must ensure that there are sufficient numbers of suitably qualified staff in the control room to plan and allocate journeys safely. (Regulation 18(1))",
 "The trust must ensure that do not attempt cardiopulmonary resuscitation forms are checked before a journey and that crews know how to act on them. (Regulation 12(2)(b))",
 "The trust must ensure that governance processes identify, monitor and act on risks to patients waiting for long periods for transport home from hospital. (Regulation 17(2)(b))",
]
should=[
 "The trust should ensure that patients are kept informed when their transport is delayed.",
 "The trust should consider recording the time patients spend on vehicles so that long journeys can be audited.",
 "The trust should ensure that staff appraisal rates improve so that all staff have an annual appraisal.",
 "The trust should ensure that complaints about patient transport are responded to within the timescales set out in its policy.",
 "The trust should review the arrangements for transporting patients with bariatric needs so that suitable vehicles are available when booked.",
 "The trust should ensure that vehicle defect reports are closed once repairs are complete.",
 "The trust should continue to work with commissioners to reduce the number of aborted journeys.",
]
ss=ParagraphStyle('b', fontName='Helvetica', fontSize=9.5, leading=12.5)
h1=ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=20, leading=24, textColor=colors.HexColor('#1f3864'))
h2=ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=13, leading=16, spaceBefore=10, spaceAfter=6, textColor=colors.HexColor('#1f3864'))
h3=ParagraphStyle('h3', fontName='Helvetica-Bold', fontSize=10.5, leading=13, spaceAfter=4)
body=ParagraphStyle('body', fontName='Helvetica', fontSize=10, leading=13.5, spaceAfter=6)
num=ParagraphStyle('n', fontName='Helvetica-Bold', fontSize=16, leading=18, textColor=colors.HexColor('#7f9cc9'))
guide={}
class GuideP(Paragraph):
    def __init__(self, t, st, label):
        super().__init__(t, st); self.label=label
    def draw(self):
        super().draw()
        c=self.canv; pg=c.getPageNumber(); guide.setdefault(pg, []).append(self.label)
def grid(items, prefix):
    rows=[]; 
    for i in range(0, len(items), 2):
        row=[]
        for j in (i, i+1):
            if j < len(items):
                row += [Paragraph(str(j+1), num), GuideP(items[j], ss, f'{prefix} {j+1}')]
            else:
                row += ['', '']
        rows.append(row)
    t=Table(rows, colWidths=[9*mm, 76*mm, 9*mm, 76*mm], repeatRows=0)
    t.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LINEBELOW',(0,0),(-1,-1),0.4,colors.HexColor('#b4c6e7')),
        ('BOTTOMPADDING',(0,0),(-1,-1),8),('TOPPADDING',(0,0),(-1,-1),8),('LINEBEFORE',(2,0),(2,-1),0.4,colors.HexColor('#b4c6e7'))]))
    return t
filler = ("Patient transport services were provided from four hubs across the county. Crews carried out about 1,100 journeys a day, "
 "most of them for outpatient appointments, renal dialysis and discharge from hospital. The control room planned journeys the day before and "
 "allocated same-day requests as they arrived. We spoke with 42 staff, 19 patients and three relatives, inspected 27 vehicles and reviewed 30 patient journey records.")
story=[Paragraph('Eastmere Ambulance Service NHS Trust', h1), Spacer(1,4),
 Paragraph('Patient transport services', h2),
 Paragraph('Inspection report', h3),
 Paragraph('Trust headquarters, Coldharbour Lane, Eastmere EM4 2QT', body),
 Paragraph('Date of inspection visit: 3 to 5 September 2019 &nbsp;&nbsp; Date of publication: 12 November 2019', body),
 Table([['Overall rating for this service','Requires improvement'],['Are services safe?','Requires improvement'],['Are services effective?','Good'],
        ['Are services caring?','Good'],['Are services responsive?','Requires improvement'],['Are services well-led?','Requires improvement']],
        colWidths=[90*mm,60*mm], style=[('GRID',(0,0),(-1,-1),0.4,colors.grey),('FONT',(0,0),(-1,-1),'Helvetica',10)]),
 Spacer(1,10), Paragraph('Summary of findings', h2)]
for _ in range(3): story.append(Paragraph(filler, body))
story += [Paragraph('Areas for improvement', h2), Paragraph('Action the trust MUST take to improve', h3),
 Paragraph('Read each row from left to right.', ParagraphStyle('i', parent=body, fontName='Helvetica-Oblique', fontSize=8.5)), grid(must, 'Must'),
 Spacer(1,10), Paragraph('Action the trust SHOULD take to improve', h3), grid(should, 'Should'),
 PageBreak(), Paragraph('Are patient transport services safe?', h2)] + [Paragraph(filler, body) for _ in range(4)]
def deco(c, doc):
    pg=c.getPageNumber(); c.saveState(); c.setFont('Helvetica',8); c.setFillColor(colors.grey)
    c.drawString(20*mm, 12*mm, 'Eastmere Ambulance Service NHS Trust  Inspection report  12/11/2019'); c.drawRightString(190*mm, 12*mm, str(pg)); c.restoreState()
def later(c, doc):
    deco(c, doc)
def run(gl):
    d=SimpleDocTemplate(OUT+'/report.pdf', pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=22*mm, bottomMargin=22*mm, title='Eastmere Ambulance Service NHS Trust')
    def onpage(c, doc):
        deco(c, doc); pg=c.getPageNumber()
        if pg in gl and gl[pg]:
            c.saveState(); c.setFont('Helvetica-Bold',9); c.setFillColor(colors.HexColor('#1f3864'))
            c.drawString(20*mm, 285*mm, gl[pg][0]); c.drawRightString(190*mm, 285*mm, gl[pg][-1]); c.restoreState()
    d.build(list(story), onFirstPage=onpage, onLaterPages=onpage)
import copy
story0=list(story); run({})
g=dict(guide); guide.clear(); story=story0; run(g)
F=[{"kind":"must","text":t,"section":"Action the trust MUST take to improve","service":SVC,"domain":None,"regulations":[]} for t in must]
F+=[{"kind":"should","text":t,"section":"Action the trust SHOULD take to improve","service":SVC,"domain":None,"regulations":[]} for t in should]
for f in F:
    m=re.search(r'\(Regulation (\d+)((?:\(\w+\))*)\)$', f['text'])
    if m: f['regulations']=[{"instrument":"RA2014","number":int(m.group(1)),"paragraphs":m.group(2)}]
locate(OUT+'/report.pdf', F)
for f in F: f['also_at']=[]
F=[{k:f[k] for k in ['kind','text','page','section','service','domain','regulations','also_at']} for f in F]
write(OUT, 'ReportLab PDF Library', {"provider":"Eastmere Ambulance Service NHS Trust","location":None,"report_type":"Inspection report",
 "published":"2019-11-12","inspection_dates":["2019-09-03","2019-09-05"],"ratings":{"overall":"Requires improvement","safe":"Requires improvement","effective":"Good","caring":"Good","responsive":"Requires improvement","well_led":"Requires improvement"}}, F)
print(g)
