import sys, os, random
sys.path.insert(0, '/tmp/ES-work')
from common import *
from fpdf import FPDF
OUT = '/work/blind/ES/mh_acute_wards_2016'; os.makedirs(OUT, exist_ok=True)
TRUST = 'Pennine Marches Partnership NHS Foundation Trust'
SVC = 'Acute wards for adults of working age and psychiatric intensive care units'
FOOT = SVC + ' Quality Report 03/02/2017'
MH, SH = 'Action the provider MUST take to improve', 'Action the provider SHOULD take to improve'
MU = [("The provider must ensure that ligature risk assessments for all wards are up to date and identify how each risk will be mitigated. (Regulation 12(2)(a)(b))", []),
      ("The provider must ensure that there are sufficient numbers of suitably qualified and experienced nursing staff on each shift on Hawthorn and Rowan wards. (Regulation 18(1))", []),
      ("The provider must ensure that seclusion is managed in accordance with the Mental Health Act Code of Practice, including:", ["that medical reviews take place within the required timescales;", "that seclusion records are fully and accurately completed. (Regulation 13(4)(b))"]),
      ("The provider must ensure that patients’ physical health is monitored following the administration of rapid tranquillisation, in line with National Institute for Health and Care Excellence guidance. (Regulation 12(2)(b))", []),
      ("The provider must ensure that the blanket restrictions on Rowan ward, including restricted access to the garden and to hot drinks, are reviewed and justified on an individual basis. (Regulation 13(4)(b))", []),
      ("The provider must ensure that patients detained under the Mental Health Act are informed of their rights under section 132 and that this is recorded in their care records. (Regulation 17(2)(c))", []),
      ("The provider must ensure that accommodation on Heather ward complies with Department of Health guidance on same-sex accommodation. (Regulation 10(2)(a))", [])]
SU = ["The provider should ensure that staff receive regular clinical supervision and that this is recorded.",
      "The provider should ensure that care plans are personalised, holistic and recovery-oriented, and that they reflect the views of patients.",
      "The provider should ensure that patients have access to psychological therapies in line with National Institute for Health and Care Excellence guidance.",
      "The provider should ensure that clinic room temperatures are monitored and that action is taken when they exceed the recommended range.",
      "The provider should review the arrangements for patients to make telephone calls in private.",
      "The provider should ensure that information on how to make a complaint is displayed on all wards.",
      "The provider should ensure that staff offer patients a debrief after every incident of restraint."]
BANK = ["Staff knew the patients well and spoke about them with respect and understanding.",
 "The wards were clean and well maintained, although some furniture on Rowan ward was worn.",
 "Staff completed a risk assessment for every patient on admission and reviewed it after incidents.",
 "Managers used bank and agency staff to cover vacancies, and most temporary staff had worked on the wards before.",
 "The psychiatric intensive care unit had a seclusion room that allowed clear observation and two-way communication.",
 "Staff reported incidents using the trust’s electronic system, and managers investigated them in a timely way.",
 "Patients told us that staff were caring and that they felt safe on the wards most of the time.",
 "Ward managers had access to a dashboard that showed staffing, training and supervision compliance.",
 "Multidisciplinary team meetings were held weekly and included nurses, doctors, occupational therapists and pharmacists.",
 "There was a range of rooms and equipment to support treatment and care, including quiet rooms and activity rooms.",
 "Detention paperwork was filled in correctly, up to date and stored appropriately.",
 "Staff understood the principles of the Mental Capacity Act and assessed capacity on a decision-specific basis.",
 "Bed occupancy across the acute wards averaged 103% over the previous six months.",
 "The trust’s vision and values were displayed on the wards and staff could describe them."]
def para(seed, n=4):
    r = random.Random(seed); return ' '.join(r.sample(BANK, n))
class P(FPDF):
    head = ''
    def header(self):
        if self.page_no() > 1:
            self.set_font('DV', 'B', 8.5); self.set_text_color(60, 30, 110); self.set_xy(18, 9); self.cell(0, 5, self.head); self.set_text_color(0); self.set_y(20)
    def footer(self):
        self.set_y(-13); self.set_font('DV', '', 7.5); self.cell(0, 5, f'{self.page_no()}   {FOOT}')
pdf = P('P', 'mm', 'A4'); pdf.set_margins(18, 20, 18); pdf.set_auto_page_break(True, 20)
pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
pdf.set_title(SVC + ' Quality Report'); pdf.set_author('Care Quality Commission')
def H(t, size=12, col=(60, 30, 110), sp=3):
    if pdf.get_y() > 250: pdf.add_page()
    pdf.ln(sp); pdf.set_font('DV', 'B', size); pdf.set_text_color(*col); pdf.multi_cell(0, size * 0.5, t); pdf.set_text_color(0); pdf.ln(1)
def Pp(t):
    pdf.set_font('DV', '', 9.5); pdf.multi_cell(0, 4.7, t); pdf.ln(2)
def B(t, subs=(), indent=5):
    pdf.set_font('DV', '', 9.5); x = pdf.l_margin
    pdf.set_x(x + 1); pdf.cell(indent - 1, 4.7, '•')
    pdf.multi_cell(0, 4.7, t, new_x='LMARGIN', new_y='NEXT')
    for s in subs:
        pdf.set_x(x + indent + 1); pdf.cell(4, 4.7, '–'); pdf.multi_cell(0, 4.7, s, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.2)
def lists():
    H(MH, 10, (0, 0, 0), 2)
    for t, s in MU: B(t, s)
    H(SH, 10, (0, 0, 0), 2)
    for t in SU: B(t)
pdf.add_page()
pdf.set_font('DV', 'B', 18); pdf.set_text_color(60, 30, 110); pdf.multi_cell(0, 9, TRUST); pdf.ln(2)
pdf.set_font('DV', 'B', 14); pdf.multi_cell(0, 7, SVC); pdf.ln(2); pdf.set_text_color(0)
pdf.set_font('DV', '', 13); pdf.cell(0, 7, 'Quality Report', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
Pp('Trust headquarters, Calder Mount, Halifax Road, Todmorden, OL14 6QF\nTel: 01706 820300\nWebsite: www.penninemarches.nhs.uk')
Pp('Date of inspection visit: 17–21 October 2016\nDate of publication: 03/02/2017')
pdf.set_font('DV', 'B', 9); pdf.cell(0, 6, 'Locations inspected', new_x='LMARGIN', new_y='NEXT')
with pdf.table(col_widths=(22, 50, 62, 30), text_align='LEFT', line_height=4.6) as tb:
    for row in [('Location ID', 'Name of CQC registered location', 'Name of service (e.g. ward/unit/team)', 'Postcode of service (ward/ unit/ team)'),
                ('RXP12', 'Calder Mount Hospital', 'Hawthorn ward', 'OL14 6QF'), ('RXP12', 'Calder Mount Hospital', 'Rowan ward (PICU)', 'OL14 6QF'), ('RXP15', 'Ryburn Unit', 'Heather ward', 'HX6 2LT'), ('RXP15', 'Ryburn Unit', 'Larch ward', 'HX6 2LT')]:
        r = tb.row()
        for c in row: r.cell(c)
pdf.ln(3)
Pp('This report describes our judgement of the quality of care provided within this core service by Pennine Marches Partnership NHS Foundation Trust. Where relevant we provide detail of each location or area of service visited. Our judgement is based on a combination of what we found when we inspected, information from our ‘Intelligent Monitoring’ system, and information given to us from patients, the public and other organisations.')
pdf.set_font('DV', 'B', 9.5)
for a, b in [('Overall rating for the service', 'Requires improvement'), ('Are services safe?', 'Inadequate'), ('Are services effective?', 'Requires improvement'), ('Are services caring?', 'Good'), ('Are services responsive?', 'Requires improvement'), ('Are services well-led?', 'Requires improvement')]:
    pdf.cell(90, 6, a, border=1); pdf.cell(60, 6, b, border=1, new_x='LMARGIN', new_y='NEXT')
pdf.head = 'Summary of findings'; pdf.add_page()
H('Overall summary', 14)
Pp('We rated acute wards for adults of working age and psychiatric intensive care units as requires improvement because:')
for i in range(5): B(para(20 + i, 1))
H('The five questions we ask about the service and what we found')
for i, q in enumerate(['Are services safe?', 'Are services effective?', 'Are services caring?', 'Are services responsive?', 'Are services well-led?']):
    H(q, 10, (0, 0, 0), 1); Pp(para(30 + i, 3))
H('Information about the service'); Pp('Pennine Marches Partnership NHS Foundation Trust provides four acute wards for adults of working age and one psychiatric intensive care unit across two sites. Hawthorn ward (22 beds, mixed sex), Heather ward (18 beds, mixed sex) and Larch ward (20 beds, female) provide assessment and treatment for adults experiencing an acute episode of mental illness. Rowan ward is a ten-bed male psychiatric intensive care unit.')
H('Our inspection team'); Pp('The team that inspected this core service comprised two CQC inspectors, a Mental Health Act reviewer, a pharmacist inspector, two nurses with experience of acute mental health wards, a consultant psychiatrist and an expert by experience.')
H('Why we carried out this inspection'); Pp('We inspected this core service as part of our ongoing comprehensive mental health inspection programme.')
H('How we carried out this inspection'); Pp(para(40, 5))
H('What people who use the provider’s services say'); Pp(para(41, 3))
H('Good practice'); Pp('Larch ward had introduced a peer support worker role, and patients spoke highly of the support they received from the peer support worker.')
H('Areas for improvement'); lists()
pdf.head = 'Detailed findings'; pdf.add_page()
H('Pennine Marches Partnership NHS Foundation Trust', 13)
H(SVC, 11, (0, 0, 0))
H('Mental Health Act responsibilities'); Pp(para(50, 5))
H('Mental Capacity Act and Deprivation of Liberty Safeguards'); Pp(para(51, 4))
SUBS = {'safe': ['Safe and clean environment', 'Safe staffing', 'Assessing and managing risk to patients and staff', 'Track record on safety', 'Reporting incidents and learning from when things go wrong'],
        'effective': ['Assessment of needs and planning of care', 'Best practice in treatment and care', 'Skilled staff to deliver care', 'Multi-disciplinary and inter-agency team work', 'Adherence to the MHA and the MHA Code of Practice', 'Good practice in applying the MCA'],
        'caring': ['Kindness, dignity, respect and support', 'The involvement of people in the care that they receive'],
        'responsive': ['Access and discharge', 'The facilities promote recovery, comfort, dignity and confidentiality', 'Meeting the needs of all people who use the service', 'Listening to and learning from concerns and complaints'],
        'well-led': ['Vision and values', 'Good governance', 'Leadership, morale and staff engagement', 'Commitment to quality improvement and innovation']}
for j, (q, subs) in enumerate(SUBS.items()):
    H(f'Are acute wards for adults of working age and psychiatric intensive care units {q}?', 11)
    for m, s in enumerate(subs): H(s, 9.5, (0, 0, 0), 1); Pp(para(60 + j * 10 + m, 3 + m % 3))
pdf.head = 'Outstanding practice and areas for improvement'
H('Outstanding practice and areas for improvement', 14)
H('Areas for improvement'); lists()
pdf.head = 'Requirement notices'; pdf.add_page()
H('This section is primarily information for the provider', 9.5, (0, 0, 0)); H('Requirement notices', 14)
Pp('Action we have told the provider to take\nThe table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.')
RN = [('Regulation 10 HSCA (RA) Regulations 2014 Dignity and respect', 'Sleeping and bathroom areas on Heather ward were not segregated by sex.', 10),
      ('Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment', 'Ligature risk assessments were out of date. Physical health monitoring after rapid tranquillisation was not carried out.', 12),
      ('Regulation 13 HSCA (RA) Regulations 2014 Safeguarding service users from abuse and improper treatment', 'Seclusion was not managed in line with the Code of Practice. Blanket restrictions were in place on Rowan ward.', 13),
      ('Regulation 17 HSCA (RA) Regulations 2014 Good governance', 'Records did not show that patients had been informed of their rights under section 132.', 17),
      ('Regulation 18 HSCA (RA) Regulations 2014 Staffing', 'There were not enough qualified nurses on Hawthorn and Rowan wards.', 18)]
pdf.set_font('DV', '', 9)
with pdf.table(col_widths=(60, 110), text_align='LEFT', line_height=4.6) as tb:
    r = tb.row(); r.cell('Regulated activity'); r.cell('Regulation')
    for a, b, n in RN:
        r = tb.row(); r.cell('Assessment or medical treatment for persons detained under the Mental Health Act 1983\nTreatment of disease, disorder or injury'); r.cell(a + '\nHow the regulation was not being met:\n' + b)
pdf.output(OUT + '/report.pdf')
F = [{'kind': 'must', 'text': t + ('\n' + '\n'.join(s) if s else ''), 'section': MH, 'prints': [SVC, SVC]} for t, s in MU]
F += [{'kind': 'should', 'text': t, 'section': SH, 'prints': [SVC, SVC]} for t in SU]
for f in F: f['regulations'] = cite_regs(f['text'].replace('\n', ' '))
probs, npages = locate(OUT + '/report.pdf', F, furniture=[r'Quality Report 03/02/2017', r'^(Summary of findings|Detailed findings|Outstanding practice and areas for improvement|Requirement notices)$'])
print('pages', npages, 'problems', probs)
pages = page_texts(OUT + '/report.pdf')
notices = [{'kind': 'requirement_notice', 'page': [i + 1 for i, t in enumerate(pages) if norm(a)[:28] in norm(t)][0], 'regulations': [reg(n)], 'body': b} for a, b, n in RN]
meta = {'provider': TRUST, 'location': None, 'report_type': 'Quality Report', 'published': '2017-02-03', 'inspection_dates': ['2016-10-17', '2016-10-21'],
        'ratings': {'overall': 'Requires improvement', 'safe': 'Inadequate', 'effective': 'Requires improvement', 'caring': 'Good', 'responsive': 'Requires improvement', 'well_led': 'Requires improvement'}}
if not probs:
    g = write_gold(OUT, 'fpdf2 2.8.9', meta, F, notices)
    print(len(g['findings']), [(f['page'], [a['page'] for a in f['also_at']]) for f in g['findings']])
    print([f['regulations'] for f in g['findings']])
