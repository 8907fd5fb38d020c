import sys, os, random
sys.path.insert(0, '/tmp/ES-work')
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.colors import HexColor
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate, PageBreak, Table, TableStyle, CondPageBreak

OUT = '/work/blind/ES/community_trust_qr_2016'; os.makedirs(OUT, exist_ok=True)
TRUST = 'Northfold Community Health NHS Trust'
FOOT = TRUST + ' Quality Report 21/10/2016'
ADU, INP, EOL, CYP = ('Community health services for adults', 'Community health inpatient services', 'Community end of life care', 'Community health services for children, young people and families')
LM, LS = 'Importantly, the trust must:', 'In addition the trust should:'
CM, CS = 'Action the provider MUST take to improve', 'Action the provider SHOULD take to improve'
# statements: (kind, text, in_letter, [chapters])
ST = [
 ('must', 'The trust must ensure that there are sufficient numbers of suitably qualified, skilled and experienced district nurses to meet the needs of patients on community caseloads.', True, [ADU]),
 ('must', 'The trust must ensure that emergency equipment on Larch and Willow wards is checked daily and that the checks are recorded.', True, [INP]),
 ('must', 'The trust must ensure that patients’ capacity to consent to care and treatment is assessed and recorded where there is doubt about their ability to make a particular decision, in line with the Mental Capacity Act 2005.', True, [INP]),
 ('must', 'The trust must ensure that do not attempt cardio-pulmonary resuscitation (DNACPR) forms are fully completed, including a record of the discussion with the patient or those close to them.', True, [EOL]),
 ('must', 'The trust must ensure that health visitors and school nurses receive safeguarding supervision in line with the trust’s safeguarding children policy.', True, [CYP]),
 ('should', 'The trust should ensure that all staff know how to report incidents and receive feedback on the incidents they have reported.', True, [ADU, INP]),
 ('should', 'The trust should review the arrangements for out-of-hours access to specialist palliative care advice for patients and community staff.', True, [EOL]),
 ('should', 'The trust should continue to work with commissioners to reduce waiting times for children’s speech and language therapy.', True, [CYP]),
 ('must', 'The trust must ensure that pressure ulcer risk assessments are completed and reviewed for all patients on district nursing caseloads.', False, [ADU]),
 ('should', 'The trust should ensure that care plans are personalised and reflect patients’ own preferences and goals.', False, [ADU]),
 ('should', 'The trust should ensure that lone working arrangements are followed consistently by all community nursing and therapy teams.', False, [ADU]),
 ('must', 'The trust must ensure that medicines are stored at the correct temperature and that fridge temperatures are monitored and acted upon when they fall outside the recommended range.', False, [INP]),
 ('should', 'The trust should consider how it provides meaningful activities for patients with a long length of stay.', False, [INP]),
 ('should', 'The trust should ensure that the environment on Willow ward meets the needs of people living with dementia.', False, [INP]),
 ('should', 'The trust should ensure that all patients in the last days of life have an individualised care plan in place.', False, [EOL]),
 ('should', 'The trust should ensure that the end of life care strategy is shared with staff in all community teams.', False, [EOL]),
 ('should', 'The trust should ensure that the electronic patient record system is used consistently by all school nursing teams.', False, [CYP]),
]
BANK = [
 "District nurses we accompanied on home visits assessed patients thoroughly and involved them in decisions about their care.",
 "Staff told us that caseloads had increased over the previous year, and several teams were carrying vacancies.",
 "We looked at 36 sets of records and found that most contained up-to-date risk assessments and care plans.",
 "Managers used a caseload weighting tool to allocate visits, although it was not used in the same way by every team.",
 "Patients spoke positively about the care they received and described staff as kind, patient and respectful.",
 "The trust had an electronic incident reporting system, and staff in most teams could give examples of learning from incidents.",
 "Clinical areas we visited were visibly clean and tidy, and staff followed the trust’s hand hygiene policy.",
 "There was good multidisciplinary working between community nurses, therapists, GPs and social workers.",
 "Staff had access to a range of policies and guidance on the trust intranet, most of which were in date.",
 "Senior managers were known to staff and were described as supportive and approachable.",
 "The trust participated in national audits and used the results to benchmark its services against other providers.",
 "Performance against the trust’s key indicators was reported to the board each month through an integrated dashboard.",
 "Staff could access interpreting services by telephone or face to face and knew how to book them.",
 "Local managers held regular team meetings, and minutes showed that learning from complaints was discussed.",
]
def para(seed, n=4):
    r = random.Random(seed); return ' '.join(r.sample(BANK, n))

PUR = HexColor('#4B2870')
body = ParagraphStyle('b', fontName='Helvetica', fontSize=9, leading=11.6, spaceAfter=5)
bul = ParagraphStyle('bl', parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=15, leading=18, textColor=PUR, spaceAfter=8, spaceBefore=4)
h2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=11, leading=13.5, textColor=PUR, spaceBefore=6, spaceAfter=4, keepWithNext=1)
h3 = ParagraphStyle('h3', fontName='Helvetica-Bold', fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2, keepWithNext=1)

W, H = A4
class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, title=TRUST + ' Quality Report', author='Care Quality Commission')
        m = 18 * mm; gap = 7 * mm; cw = (W - 2 * m - gap) / 2
        self.addPageTemplates([
            PageTemplate('cover', [Frame(m, 20 * mm, W - 2 * m, H - 40 * mm)], onPageEnd=self.deco),
            PageTemplate('two', [Frame(m, 20 * mm, cw, H - 42 * mm, id='c1'), Frame(m + cw + gap, 20 * mm, cw, H - 42 * mm, id='c2')], onPageEnd=self.deco)])
        self.runhead = ''
    def deco(self, c, d):
        c.saveState(); c.setFont('Helvetica', 7.5); c.setFillColor(HexColor('#333333'))
        c.drawString(18 * mm, 11 * mm, f'{d.page}   {FOOT}')
        if d.page > 1 and self.runhead:
            c.setFont('Helvetica-Bold', 8.5); c.setFillColor(PUR); c.drawString(18 * mm, H - 14 * mm, self.runhead)
            c.setStrokeColor(PUR); c.line(18 * mm, H - 16 * mm, W - 18 * mm, H - 16 * mm)
        c.restoreState()
from reportlab.platypus.flowables import Flowable
class RunHead(Flowable):
    def __init__(self, t): super().__init__(); self.t = t; self.width = self.height = 0
    def wrap(self, *a): return (0, 0)
    def draw(self): self.canv._doctemplate.runhead = self.t
doc = Doc(OUT + '/report.pdf')

s = []
s += [Paragraph(TRUST, ParagraphStyle('t', parent=h1, fontSize=22, leading=26)), Paragraph('Quality Report', ParagraphStyle('q', parent=h1, fontSize=18, textColor=HexColor('#000000'))),
      Paragraph('Trust Headquarters, Mill House, Brindley Road, Northfold, NF3 8TD<br/>Tel: 01632 960410<br/>Website: www.northfoldcommunity.nhs.uk', body),
      Paragraph('Date of inspection visit: 14 to 17 June 2016<br/>Date of publication: 21/10/2016', body),
      Paragraph('This report describes our judgement of the quality of care provided by this trust. It is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations.', body), Spacer(1, 8),
      Paragraph('Ratings', h2)]
rt = Table([['Overall rating for this trust', 'Requires improvement'], ['Are services at this trust safe?', 'Requires improvement'], ['Are services at this trust effective?', 'Good'], ['Are services at this trust caring?', 'Good'], ['Are services at this trust responsive?', 'Good'], ['Are services at this trust well-led?', 'Requires improvement']], colWidths=[95 * mm, 55 * mm])
rt.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9), ('GRID', (0, 0), (-1, -1), 0.5, HexColor('#999999')), ('BACKGROUND', (0, 0), (-1, 0), HexColor('#EEE8F4'))]))
s += [rt, NextPageTemplate('two'), PageBreak(), RunHead('Summary of findings')]
s += [Paragraph('Letter from the Chief Inspector of Hospitals', h1),
      Paragraph(f'{TRUST} provides community health services to a population of approximately 720,000 people across Northfold and the surrounding rural districts. The trust employs around 2,600 staff and operates from 48 sites, including three community hospitals with a total of 96 inpatient beds. Services are commissioned by two clinical commissioning groups.', body),
      Paragraph('We carried out an announced comprehensive inspection of the trust between 14 and 17 June 2016, and unannounced visits on 28 June and 1 July 2016. We inspected four core services: community health services for adults; community health inpatient services; community end of life care; and community health services for children, young people and families.', body),
      Paragraph('Overall, we rated the trust as requires improvement. We rated effective, caring and responsive as good, and safe and well-led as requires improvement.', body),
      Paragraph('Our key findings were as follows:', h3)]
for i in range(5): s.append(Paragraph(para(300 + i, 1), bul, bulletText='•'))
s += [Paragraph('We saw several areas of outstanding practice including:', h3)]
s += [Paragraph('The children’s continence service had developed an online resource for parents, which had been adopted by neighbouring trusts.', bul, bulletText='•'),
      Paragraph('Community hospital staff ran a weekly carers’ clinic, giving relatives of inpatients time with a senior nurse.', bul, bulletText='•'),
      Paragraph('However, there were also areas of poor practice where the trust needs to make improvements.', body), Paragraph(LM, h3)]
for k, t, l, ch in ST:
    if l and k == 'must': s.append(Paragraph(t, bul, bulletText='•'))
s.append(Paragraph(LS, h3))
for k, t, l, ch in ST:
    if l and k == 'should': s.append(Paragraph(t, bul, bulletText='•'))
s += [Paragraph('<b>Professor Sir Mike Richards</b><br/>Chief Inspector of Hospitals', body)]
s += [Paragraph('Background to Northfold Community Health NHS Trust', h2), Paragraph(para(310, 5), body), Paragraph(para(311, 4), body),
      Paragraph('Our inspection team', h2), Paragraph('Our inspection team was led by Chair: Dr Helen Marsh, Consultant in Public Health. Head of Hospital Inspections: Carol Deane, Care Quality Commission. The team included CQC inspectors, a pharmacist inspector and a variety of specialists, including district nurses, health visitors, therapists and a palliative care consultant.', body),
      Paragraph('How we carried out this inspection', h2), Paragraph(para(312, 5), body),
      Paragraph('What people who use the trust’s services say', h2), Paragraph(para(313, 3), body)]
QS = {'safe': ['Incidents', 'Safeguarding', 'Medicines', 'Environment and equipment', 'Quality of records', 'Assessing and responding to patient risk', 'Staffing levels and caseload'],
      'effective': ['Evidence based care and treatment', 'Competent staff', 'Multidisciplinary working and coordinated care pathways', 'Consent, Mental Capacity Act and Deprivation of Liberty Safeguards'],
      'caring': ['Compassionate care', 'Emotional support'],
      'responsive': ['Planning and delivering services which meet people’s needs', 'Access to the right care at the right time', 'Learning from complaints and concerns'],
      'well-led': ['Service vision and strategy', 'Governance, risk management and quality measurement', 'Leadership of this service', 'Public engagement']}
for n, svc in enumerate((ADU, INP, EOL, CYP)):
    s += [PageBreak(), RunHead(svc), Paragraph(svc, h1), Paragraph('Information about the service', h2), Paragraph(para(400 + n, 4), body),
          Paragraph('Summary of findings', h2), Paragraph(para(410 + n, 5), body)]
    for j, (q, subs) in enumerate(QS.items()):
        s.append(Paragraph(f'Are {svc[0].lower() + svc[1:]} {q}?', h2))
        s.append(Paragraph(para(500 + n * 10 + j, 2), body))
        for m, sub in enumerate(subs[: (7 if n in (0, 1) else 4)]):
            s += [Paragraph(sub, h3), Paragraph(para(600 + n * 50 + j * 9 + m, 3 + (m + n) % 3), body)]
    s += [CondPageBreak(40 * mm), Paragraph('Outstanding practice and areas for improvement', h1), Paragraph('Outstanding practice', h2), Paragraph(para(700 + n, 1), body), Paragraph('Areas for improvement', h2), Paragraph(CM, h3)]
    s += [Paragraph(t, bul, bulletText='•') for k, t, l, ch in ST if k == 'must' and svc in ch]
    s += [Paragraph(CS, h3)]
    s += [Paragraph(t, bul, bulletText='•') for k, t, l, ch in ST if k == 'should' and svc in ch]
doc.build(s)

F = []
order = [x for x in ST if x[2] and x[0] == 'must'] + [x for x in ST if x[2] and x[0] == 'should']
order += [x for svc in (ADU, INP, EOL, CYP) for x in ST if not x[2] and svc in x[3] and x[0] == 'must' for _ in [0]]
# chapter-only in reading order: per chapter musts then shoulds
order = [x for x in ST if x[2] and x[0] == 'must'] + [x for x in ST if x[2] and x[0] == 'should']
for svc in (ADU, INP, EOL, CYP):
    order += [x for x in ST if not x[2] and x[3][0] == svc and x[0] == 'must'] + [x for x in ST if not x[2] and x[3][0] == svc and x[0] == 'should']
for k, t, l, ch in order:
    if l: F.append({'kind': k, 'text': t, 'section': LM if k == 'must' else LS, 'prints': [None] + ch})
    else: F.append({'kind': k, 'text': t, 'section': CM if k == 'must' else CS, 'prints': ch})
probs, npages = locate(OUT + '/report.pdf', F, texts=page_texts_cols(OUT + '/report.pdf', set(range(2, 100))), furniture=[r'Quality Report 21/10/2016', r'^(Summary of findings|Community health services for adults|Community health inpatient services|Community end of life care|Community health services for children, young people and families)\s*$'])
print('pages', npages, 'problems', probs)
meta = {'provider': TRUST, 'location': None, 'report_type': 'Quality Report', 'published': '2016-10-21', 'inspection_dates': ['2016-06-14', '2016-06-17'],
        'ratings': {'overall': 'Requires improvement', 'safe': 'Requires improvement', 'effective': 'Good', 'caring': 'Good', 'responsive': 'Good', 'well_led': 'Requires improvement'}}
if not probs:
    g = write_gold(OUT, 'ReportLab', meta, F)
    print(len(g['findings']), [(f['page'], [a['page'] for a in f['also_at']]) for f in g['findings']])
