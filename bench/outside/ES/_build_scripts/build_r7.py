import sys, os, random
sys.path.insert(0, '/tmp/ES-work')
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.colors import HexColor
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle, ListFlowable, ListItem
OUT = '/work/blind/ES/dental_practice_2020'; os.makedirs(OUT, exist_ok=True)
LOC = 'Bridge Street Dental Practice'; PROV = 'Smilecare Partners Limited'
FOOT = 'Bridge Street Dental Practice Inspection Report 10/01/2020'
MS = 'We identified regulations the provider was not complying with. They must:'
SS = 'There were areas where the provider could make improvements. They should:'
MU = ["Ensure care and treatment is provided in a safe way to patients.",
      "Ensure recruitment procedures are established and operated effectively to ensure only fit and proper persons are employed."]
SU = ["Review the practice’s protocols for the use of rubber dam for root canal treatment, taking into account guidelines issued by the British Endodontic Society.",
      "Review the practice’s sharps procedures and ensure the practice is in compliance with the Health and Safety (Sharp Instruments in Healthcare) Regulations 2013.",
      "Implement an effective system for checking that clinical staff have received appropriate immunisation against Hepatitis B, and for recording the effectiveness of the vaccination.",
      "Review the practice’s audit protocols to ensure audits of radiography and infection prevention and control are undertaken at regular intervals to improve the quality of the service.",
      "Take action to ensure the availability of an interpreter service for patients who do not speak English as their first language."]
BANK = ["The practice had infection control procedures which reflected published guidance.", "Staff knew how to deal with emergencies, although not all recommended medicines and life-saving equipment were available.", "The practice had systems to help them manage risk to patients and staff, but these were not always effective.", "The clinical staff provided patients’ care and treatment in line with current guidelines.", "Staff treated patients with dignity and respect and took care to protect their privacy and personal information.", "The appointment system took account of patients’ needs, and emergency appointments were available each day.", "The practice asked staff and patients for feedback about the services they provided.", "The practice dealt with complaints positively and efficiently.", "The provider had information governance arrangements, and staff were aware of the importance of these in protecting patients’ personal information.", "The practice had suitable safeguarding processes, and staff knew their responsibilities for safeguarding vulnerable adults and children."]
def para(seed, n=3):
    r = random.Random(seed); return ' '.join(r.sample(BANK, n))
T = 'Times-Roman'; TB = 'Times-Bold'
body = ParagraphStyle('b', fontName=T, fontSize=10.5, leading=13.5, spaceAfter=6)
h1 = ParagraphStyle('h1', fontName=TB, fontSize=20, leading=24, textColor=HexColor('#3c1c6e'), spaceAfter=6)
h2 = ParagraphStyle('h2', fontName=TB, fontSize=13, leading=16, textColor=HexColor('#3c1c6e'), spaceBefore=8, spaceAfter=4, keepWithNext=1)
h3 = ParagraphStyle('h3', fontName=TB, fontSize=10.5, leading=13.5, spaceBefore=4, spaceAfter=3, keepWithNext=1)
def deco(c, d):
    c.saveState(); c.setFont(T, 8); c.drawString(20 * mm, 12 * mm, f'{d.page}   {FOOT}')
    if d.page > 1: c.setFont(TB, 9); c.setFillColor(HexColor('#3c1c6e')); c.drawString(20 * mm, A4[1] - 13 * mm, 'Summary of findings' if d.page < 4 else 'Requirement notices' if d.page == d.lastpage else 'Detailed findings')
    c.restoreState()
def lst(items): return ListFlowable([ListItem(Paragraph(t, body), leftIndent=14, value='square') for t in items], bulletType='bullet', start='square', bulletFontSize=6, leftIndent=14)
s = [Paragraph(PROV, h1), Paragraph(LOC, ParagraphStyle('x', parent=h1, fontSize=16, textColor=HexColor('#000000'))), Paragraph('Inspection Report', ParagraphStyle('y', parent=body, fontSize=14, leading=18)),
     Paragraph('27 Bridge Street<br/>Stamford<br/>PE9 2HW<br/>Tel: 01780 480233<br/>Website: www.bridgestreetdental.co.uk', body), Spacer(1, 6),
     Paragraph('Date of inspection visit: 19 November 2019<br/>Date of publication: 10/01/2020', body), Spacer(1, 10),
     Paragraph('This report describes our judgement of the quality of care at this service. It is based on a combination of what we found when we inspected, other information available to us and any information given to us by the service, patients, the public and other organisations.', body)]
t = Table([['Key question', 'Outcome'], ['Are services safe?', 'Requirements notice'], ['Are services effective?', 'No action'], ['Are services caring?', 'No action'], ['Are services responsive?', 'No action'], ['Are services well-led?', 'Requirements notice']], colWidths=[70 * mm, 60 * mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), T, 10), ('GRID', (0, 0), (-1, -1), 0.4, HexColor('#888888'))]))
s += [t, PageBreak(), Paragraph('Overall summary', h2),
      Paragraph('We carried out this announced inspection on 19 November 2019 under section 60 of the Health and Social Care Act 2008 as part of our regulatory functions. We planned the inspection to check whether the registered provider was meeting the legal requirements in the Health and Social Care Act 2008 and associated regulations. The inspection was led by a CQC inspector who was supported by a specialist dental adviser.', body),
      Paragraph('To get to the heart of patients’ experiences of care and treatment, we always ask the following five questions: Is it safe? Is it effective? Is it caring? Is it responsive to people’s needs? Is it well-led? These questions form the framework for the areas we look at during the inspection.', body),
      Paragraph('Our findings were:', h3)]
s += [Paragraph('Background', h3), Paragraph(f'{LOC} is in Stamford and provides NHS and private dental care and treatment for adults and children. There is level access to the practice for people who use wheelchairs and those with pushchairs. The dental team includes four dentists, five dental nurses, two dental hygienists and a practice manager. The practice has four treatment rooms.', body)]
s.insert(-2, lst(random.Random(5).sample(BANK, 8)))
s += [Paragraph('Our key findings were:', h3), lst(random.Random(6).sample(BANK, 6)),
      Paragraph(MS, h3), lst(MU), Paragraph('Full details of the regulations the provider was not meeting are at the end of this report.', body),
      Paragraph(SS, h3), lst(SU)]
for i, q in enumerate(['Are services safe?', 'Are services effective?', 'Are services caring?', 'Are services responsive to people’s needs?', 'Are services well-led?']):
    s += [Paragraph(q, h2), Paragraph(para(20 + i, 4), body)]
s += [PageBreak(), Paragraph('Our findings', h1)]
for i, (q, subs) in enumerate([('Are services safe?', ['Safety systems and processes, including staff recruitment, equipment and premises and radiography (X-rays)', 'Risks to patients', 'Safe and appropriate use of medicines', 'Track record on safety and lessons learned and improvements']), ('Are services effective?', ['Effective needs assessment, care and treatment', 'Consent to care and treatment', 'Effective staffing']), ('Are services caring?', ['Kindness, respect and compassion', 'Privacy and dignity']), ('Are services responsive to people’s needs?', ['Responding to and meeting people’s needs', 'Timely access to services']), ('Are services well-led?', ['Leadership capacity and capability', 'Governance and management', 'Continuous improvement and innovation'])]):
    s += [Paragraph(q, h2)]
    for j, sb in enumerate(subs): s += [Paragraph(sb, h3), Paragraph(para(40 + i * 7 + j, 3 + j % 2), body)]
s += [PageBreak(), Paragraph('Requirement notices', h1), Paragraph('Action we have told the provider to take', h2), Paragraph('The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.', body)]
RN = [('Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment', 'The registered person had not done all that was reasonably practicable to mitigate risks: the sharps risk assessment had not been reviewed, and the practice did not have a spare oxygen cylinder or midazolam for use in a medical emergency.', 12),
      ('Regulation 19 HSCA (RA) Regulations 2014 Fit and proper persons employed', 'Recruitment checks, including Disclosure and Barring Service checks and evidence of conduct in previous employment, had not been obtained for two recently employed members of staff.', 19)]
ps = ParagraphStyle('c', parent=body, fontSize=9.5, leading=12)
t = Table([[Paragraph('<b>Regulated activity</b>', ps), Paragraph('<b>Regulation</b>', ps)]] + [[Paragraph('Diagnostic and screening procedures<br/>Surgical procedures<br/>Treatment of disease, disorder or injury', ps), Paragraph(f'<b>{a}</b><br/>How the regulation was not being met:<br/>{b}', ps)] for a, b, n in RN], colWidths=[55 * mm, 115 * mm])
t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, HexColor('#888888')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
s.append(t)
class D(SimpleDocTemplate):
    lastpage = 99
doc = D(OUT + '/report.pdf', pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm, title=LOC + ' Inspection Report', author='Care Quality Commission')
import copy
doc.build(copy.deepcopy(s), onFirstPage=deco, onLaterPages=deco)
n = doc.page
doc = D(OUT + '/report.pdf', pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm, title=LOC + ' Inspection Report', author='Care Quality Commission'); doc.lastpage = n
doc.build(s, onFirstPage=deco, onLaterPages=deco)
F = [dict(kind='must', text=t, section=MS, regulations=[reg(12)] if i == 0 else [reg(19)]) for i, t in enumerate(MU)] + [dict(kind='should', text=t, section=SS) for t in SU]
for f in F: f['prints'] = [None]
probs, npages = locate(OUT + '/report.pdf', F, furniture=[r'Inspection Report 10/01/2020', r'^(Summary of findings|Detailed findings|Requirement notices)$'])
print('pages', npages, 'problems', probs)
pages = page_texts(OUT + '/report.pdf')
notices = [{'kind': 'requirement_notice', 'page': [i + 1 for i, t in enumerate(pages) if norm(a)[:28] in norm(t)][0], 'regulations': [reg(n)], 'body': b} for a, b, n in RN]
meta = {'provider': PROV, 'location': LOC, 'report_type': 'Inspection Report', 'published': '2020-01-10', 'inspection_dates': ['2019-11-19'], 'ratings': None}
if not probs:
    g = write_gold(OUT, 'ReportLab', meta, F, notices)
    print(len(g['findings']), [(f['page'], f['section'][:20]) for f in g['findings']])
