import sys, json; sys.path.insert(0, '/tmp/FE-work')
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
PAD = int(sys.argv[1]) if len(sys.argv) > 1 else 0
SERVICE = 'Community-based mental health services for adults of working age'
TRUST = 'Wealdmoor Partnership NHS Foundation Trust'
d = Document()
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.4)
def P(text='', bold=False, size=None, align=None, color=None, space_after=6, italic=False):
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(space_after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    return p
def field(par, instr):
    r = par.add_run(); f = OxmlElement('w:fldSimple'); f.set(qn('w:instr'), instr)
    rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); f.append(rr); par._p.append(f)
# ---------- cover
P(TRUST, True, 20, color='1F4E79', space_after=4)
P(SERVICE, True, 16, space_after=4)
P('Quality Report', True, 26, color='1F4E79', space_after=18)
for t in ['Trust headquarters: Ashby House, 12 Mill Road, Wealdmoor, WM3 4RT', 'Tel: 01632 960 440', 'Website: www.wealdmoorpartnership.nhs.uk',
          'Date of inspection visit: 13–16 June 2016', 'Date of publication: 21/09/2016']:
    P(t, space_after=2)
P('', space_after=10)
P('Locations inspected', True, 12)
tb = d.add_table(rows=1, cols=4); tb.style = 'Table Grid'
for i, h in enumerate(['Location ID', 'Name of CQC registered location', 'Name of service (e.g. ward/unit/team)', 'Postcode of service (ward/unit/team)']):
    tb.rows[0].cells[i].text = h
for row in [['RW7X1', 'Ashby House', 'Wealdmoor North community mental health team', 'WM3 4RT'],
            ['RW7X4', 'Tanner Street Clinic', 'Hollowfield community mental health team', 'WM9 2PA'],
            ['RW7X6', 'Brookside Centre', 'Wealdmoor South community mental health team', 'WM5 8EJ']]:
    cells = tb.add_row().cells
    for i, v in enumerate(row): cells[i].text = v
P('', space_after=10)
P('Ratings', True, 12)
for a, b in [('Overall rating for the service', 'Requires improvement'), ('Are services safe?', 'Requires improvement'),
             ('Are services effective?', 'Requires improvement'), ('Are services caring?', 'Good'),
             ('Are services responsive?', 'Good'), ('Are services well-led?', 'Good')]:
    p = P(a + '\t', space_after=2); p.paragraph_format.tab_stops.add_tab_stop(Cm(9)); r = p.add_run(b); r.bold = True
# ---------- contents page (section 1 still)
d.add_page_break()
P('Contents', True, 16, color='1F4E79')
for t, n in [('Summary of this inspection', 1), ('Overall summary', 1), ('The five questions we ask about the service and what we found', 2),
             ('Information about the service', 3), ('What people who use the provider\u2019s services say', 3), ('Areas for improvement', 4),
             ('Detailed findings from this inspection', 6), ('Action we have told the provider to take', 7)]:
    p = P(t + '\t' + str(n), space_after=3); p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, 1)
# ---------- section 2 with folios restarting at 1
s2 = d.add_section(WD_SECTION.NEW_PAGE)
pg = OxmlElement('w:pgNumType'); pg.set(qn('w:start'), '1'); s2._sectPr.append(pg)
s2.header.is_linked_to_previous = False; s2.footer.is_linked_to_previous = False
hp = s2.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run(''); field(hp, 'PAGE')
fp = s2.footer.paragraphs[0]; r = fp.add_run('Summary of findings  |  ' + SERVICE + ' Quality Report 21/09/2016'); r.font.size = Pt(8)
P('Summary of this inspection', True, 16, color='1F4E79')
P('Overall summary', True, 13)
P('We rated community-based mental health services for adults of working age as requires improvement because:')
for t in ['Caseloads in two of the three teams were high and staff did not always have time to review risk assessments after incidents.',
          'Staff did not consistently monitor the physical health of patients prescribed antipsychotic medicines.',
          'Care plans were not always personalised and did not always show that patients had been involved in writing them.',
          'However, patients told us staff were caring and respectful, and the teams responded promptly to referrals assessed as urgent.']:
    p = P('\u2022\t' + t, space_after=3); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
for i in range(PAD):
    P('The teams had good working relationships with local GPs, the crisis resolution and home treatment team and the local authority approved mental health professional service. Team managers attended weekly bed management meetings and could escalate concerns about individual patients to the trust\u2019s senior leadership team.')
P('The five questions we ask about the service and what we found', True, 13)
for q, t in [('Are services safe?', 'Staff did not always update risk assessments after incidents. Fridge temperatures in two clinic rooms were not monitored daily. Managers did not have a clear overview of the number of patients waiting to be allocated a care coordinator.'),
             ('Are services effective?', 'Physical health monitoring for patients on antipsychotic medicines was inconsistent. Not all staff had received supervision in line with trust policy.'),
             ('Are services caring?', 'Staff treated patients with kindness, dignity and respect. Patients and carers spoke highly of the care they received.'),
             ('Are services responsive?', 'The teams met the trust\u2019s targets for assessing urgent referrals. There was a clear process for patients to raise complaints.'),
             ('Are services well-led?', 'Team managers were visible and staff felt supported. Governance meetings took place monthly and were minuted.')]:
    P(q, True, 11, space_after=2); P(t)
P('What people who use the provider\u2019s services say', True, 13)
P('Most of the 23 patients we spoke with were positive about their care coordinators. One patient said, \u201cYou can tell they must have far too many people on their books, because my appointments keep moving.\u201d Carers told us they did not always receive a copy of the care plan.')
P('Areas for improvement', True, 16, color='1F4E79')
MUST = [
 ('Risk assessments:', 'The provider must ensure that staff review and update each patient\u2019s risk assessment following an incident, a change in presentation or a period of admission, and that the updated assessment is recorded in the electronic patient record. (Regulation 12(2)(a))'),
 ('Physical health:', 'The provider must ensure that patients prescribed antipsychotic medicines receive physical health monitoring, including blood tests, electrocardiograms, weight and blood pressure checks, at the intervals set out in national guidance and trust policy, that the results are recorded where all staff involved in the patient\u2019s care can find them, and that abnormal results are followed up with the patient\u2019s GP or the consultant psychiatrist without any delay. (Regulation 12(2)(b))'),
 ('Medicines:', 'The provider must ensure that the temperatures of fridges used to store medicines are checked and recorded daily at Tanner Street Clinic and Brookside Centre, and that staff take action when temperatures are outside the recommended range. (Regulation 12(2)(g))'),
 ('Waiting lists:', 'The provider must ensure that there is a system to monitor the risks of patients waiting to be allocated a care coordinator in the Hollowfield team. (Regulation 17(2)(b))'),
 ('Care planning:', 'The provider must ensure that care plans are personalised, holistic and recovery-orientated, and that they reflect the views of patients. (Regulation 9(3)(b))'),
 ('Supervision:', 'The provider must ensure that all staff receive regular clinical and managerial supervision in line with trust policy. (Regulation 18(2)(a))'),
 ('Mental Capacity Act:', 'The provider must ensure that staff assess and record patients\u2019 capacity to consent to treatment where there is reason to doubt it. (Regulation 11(1))'),
]
SHOULD = [
 ('Carers:', 'The provider should ensure that carers are offered a carer\u2019s assessment and that this offer is recorded.'),
 ('Copies of care plans:', 'The provider should ensure that patients are offered a copy of their care plan and that this is recorded.'),
 ('Caseloads:', 'The provider should review caseload sizes in the Wealdmoor North and Hollowfield teams so that care coordinators have capacity to see patients at the frequency set out in their care plans.'),
 ('Interview rooms:', 'The provider should ensure that alarms in interview rooms at Brookside Centre are tested regularly and that the results are recorded.'),
 ('Lone working:', 'The provider should ensure that all staff follow the lone working procedure when they visit patients in their homes.'),
 ('Team meetings:', 'The provider should ensure that learning from incidents is a standing item on the agenda of team meetings.'),
 ('Mental Health Act:', 'The provider should ensure that patients subject to a community treatment order are reminded of their rights regularly, and that staff record this.'),
]
def item(label, text):
    p = d.add_paragraph(); pf = p.paragraph_format
    pf.left_indent = Cm(1.0); pf.first_line_indent = Cm(-1.0); pf.tab_stops.add_tab_stop(Cm(1.0)); pf.space_after = Pt(5)
    pf.widow_control = False
    r = p.add_run('\u2014\t'); r.font.color.rgb = RGBColor.from_string('1F4E79')
    r = p.add_run(label); r.bold = True
    p.add_run(' ' + text)
P('Action the provider MUST take to improve', True, 12, color='1F4E79')
for l, t in MUST: item(l, t)
P('Action the provider SHOULD take to improve', True, 12, color='1F4E79')
for l, t in SHOULD: item(l, t)
# ---------- detailed findings short + requirement notices
d.add_page_break()
P('Detailed findings', True, 16, color='1F4E79')
P('Mental Health Act responsibilities', True, 12)
P('Staff had completed training in the Mental Health Act 1983. Eighteen patients were subject to a community treatment order. Records showed that patients had been told of their rights when the order was made, but not always at the reviews required by the trust\u2019s policy.')
P('Mental Capacity Act and Deprivation of Liberty Safeguards', True, 12)
P('Staff had a basic understanding of the Mental Capacity Act 2005. We found three records in which there was reason to doubt a patient\u2019s capacity to consent to treatment and no assessment had been recorded.')
d.add_page_break()
P('Action we have told the provider to take', True, 16, color='1F4E79')
P('The table below shows why there is a need for significant improvements and where the provider is not meeting the fundamental standards. The provider must send CQC a report that says what action they are going to take to meet these fundamental standards.', italic=True)
P('Requirement notices', True, 12)
t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
t.rows[0].cells[0].text = 'Regulated activity'; t.rows[0].cells[1].text = 'Regulation'
for reg, body in [('Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment', 'Care and treatment was not provided in a safe way. Risk assessments were not updated after incidents, physical health monitoring was not carried out for patients prescribed antipsychotic medicines, and medicines fridge temperatures were not monitored. This was a breach of regulation 12(2)(a)(b)(g).'),
                  ('Regulation 17 HSCA (RA) Regulations 2014 Good governance', 'There was no system to monitor the risks to patients waiting for allocation to a care coordinator. This was a breach of regulation 17(2)(b).'),
                  ('Regulation 18 HSCA (RA) Regulations 2014 Staffing', 'Staff did not receive regular supervision. This was a breach of regulation 18(2)(a).')]:
    cells = t.add_row().cells
    cells[0].text = 'Treatment of disease, disorder or injury'; cells[1].text = reg + '\n\n' + body
d.save('/tmp/FE-work/r1.docx')
json.dump({'MUST': MUST, 'SHOULD': SHOULD}, open('/tmp/FE-work/r1items.json', 'w'))
