import sys; sys.path.insert(0, '/tmp/FB-work')
from common import *
from fpdf import FPDF
OUT = '/work/blind/FB/asc_whiteout_ragged_side'
RA = 'of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.'
class Doc(FPDF):
    def header(self):
        if self.page_no() == 1: return
        self.set_font('DV', '', 7.5); self.set_text_color(120, 120, 120)
        self.set_xy(15, 9); self.cell(0, 4, 'Oakcroft House Inspection report 02 August 2022')
        self.set_draw_color(0, 110, 90); self.line(15, 14, 195, 14); self.set_y(20)
    def footer(self):
        self.set_font('DV', '', 8); self.set_text_color(0, 110, 90)
        self.set_xy(15, -12); self.cell(180, 4, str(self.page_no()), align='R')
pdf = Doc('P', 'mm', 'A4')
pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
pdf.add_font('DS', '', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
pdf.set_auto_page_break(True, 20); pdf.set_margins(15, 20, 15)
pdf.set_title('Oakcroft House - Inspection report')
pdf.add_page()
GREEN = (0, 110, 90)
pdf.set_fill_color(*GREEN); pdf.rect(0, 0, 210, 62, 'F')
pdf.set_text_color(255, 255, 255); pdf.set_font('DV', 'B', 20); pdf.set_xy(15, 16); pdf.cell(0, 9, 'Oakcroft Care Limited')
pdf.set_font('DV', '', 15); pdf.set_xy(15, 27); pdf.cell(0, 8, 'Oakcroft House')
pdf.set_font('DV', 'B', 24); pdf.set_xy(15, 42); pdf.cell(0, 10, 'Inspection report')
pdf.set_text_color(0, 0, 0); pdf.set_font('DV', '', 9.5); pdf.set_xy(15, 72)
pdf.multi_cell(110, 5, '7 Beacon Hill Road\nHalesworth Green\nWestshire\nWS6 9QJ\n\nTel: 01632 960 530\nWebsite: www.oakcroftcare.co.uk')
pdf.set_font('DV', 'B', 9.5); pdf.set_xy(15, 115); pdf.cell(0, 5, 'Date of inspection visit: 14 June 2022, 21 June 2022')
pdf.set_xy(15, 121); pdf.cell(0, 5, 'Date of publication: 02 August 2022')
y = 136
pdf.set_font('DV', 'B', 13); pdf.set_xy(15, y); pdf.cell(0, 7, 'Ratings'); y += 10
for a, b in [('Overall rating for this service', 'Requires improvement'), ('Is the service safe?', 'Requires improvement'),
             ('Is the service effective?', 'Requires improvement'), ('Is the service caring?', 'Good'),
             ('Is the service responsive?', 'Requires improvement'), ('Is the service well-led?', 'Inadequate')]:
    pdf.set_font('DV', '', 10); pdf.set_xy(15, y); pdf.cell(95, 7, a, border='B')
    pdf.set_font('DV', 'B', 10); pdf.cell(70, 7, b, border='B'); y += 8
# ---------------------------------------------------------------- body
MAIN_W = 118; SIDE_X = 142; SIDE_W = 53
findings = []; notices = []
cur = {'section': None, 'domain': None}
derived = []   # (kind, sentence, section, domain, regs)
def side(y, title, text):
    # ragged-left side note in the outer column
    keep = pdf.get_y()
    pdf.set_fill_color(232, 242, 239)
    pdf.set_font('DV', 'B', 8)
    ht = pdf.multi_cell(SIDE_W - 4, 4, title, align='R', dry_run=True, output='HEIGHT')
    pdf.set_font('DS', '', 8)
    h = pdf.multi_cell(SIDE_W - 4, 4, text, align='R', dry_run=True, output='HEIGHT')
    pdf.rect(SIDE_X, y, SIDE_W, h + ht + 6, 'F')
    pdf.set_text_color(*GREEN); pdf.set_font('DV', 'B', 8); pdf.set_xy(SIDE_X + 2, y + 2)
    pdf.multi_cell(SIDE_W - 4, 4, title, align='R')
    pdf.set_text_color(60, 60, 60); pdf.set_font('DS', '', 8); pdf.set_xy(SIDE_X + 2, y + 3 + ht)
    pdf.multi_cell(SIDE_W - 4, 4, text, align='R')
    pdf.set_text_color(0, 0, 0); pdf.set_y(keep)
def H1(t):
    if pdf.get_y() > 240: pdf.add_page()
    pdf.set_x(15); pdf.set_font('DV', 'B', 15); pdf.set_text_color(*GREEN)
    pdf.multi_cell(MAIN_W, 8, t); pdf.set_text_color(0, 0, 0); pdf.ln(1)
def H2(t):
    if pdf.get_y() > 250: pdf.add_page()
    pdf.set_x(15); pdf.set_font('DV', 'B', 10); pdf.multi_cell(MAIN_W, 5.5, t); pdf.ln(0.5)
def para(sents):
    """sents: list of strings or (kind, sentence, regs) tuples; drawn as one paragraph"""
    text = ''
    for s in sents:
        if isinstance(s, tuple):
            derived.append((s[0], s[1], cur['section'], cur['domain'], s[2])); s = s[1]
        text += (' ' if text else '') + s
    pdf.set_x(15); pdf.set_font('DV', '', 9.5); pdf.multi_cell(MAIN_W, 5, text); pdf.ln(2.5)
def bullets(items):
    pdf.set_font('DV', '', 9.5)
    for s in items:
        pdf.set_x(15); pdf.cell(5, 5, '•'); pdf.multi_cell(MAIN_W - 5, 5, s); pdf.ln(1)
    pdf.ln(1.5)
def kq(title, dom, rating, intro):
    cur['section'] = title; cur['domain'] = dom
    H1(title)
    pdf.set_x(15); pdf.set_font('DV', 'B', 9.5); pdf.set_text_color(*GREEN); pdf.cell(0, 5, 'Our findings'); pdf.ln(6)
    pdf.set_text_color(0, 0, 0); pdf.set_x(15); pdf.set_font('DV', '', 9.5)
    pdf.multi_cell(MAIN_W, 5, intro); pdf.ln(2.5)
pdf.add_page()
cur['section'] = 'Summary of findings'
H1('Summary of findings')
H2('About the service')
para(['Oakcroft House is a residential care home providing personal and nursing care to up to 42 people. The service provides support to older people, some of whom are living with dementia. At the time of our inspection there were 37 people using the service.'])
cur['section'] = "People's experience of using this service and what we found"
H2("People's experience of using this service and what we found")
para(['People and relatives told us staff were kind and caring. However, risks to people were not always assessed and medicines were not always managed safely.',
      'People were not always supported to have maximum choice and control of their lives, and staff did not always support them in the least restrictive way possible and in their best interests; the policies and systems in the service did not support this practice.',
      'We have made recommendations about staffing levels, training for staff and the way information is given to people.'])
cur['section'] = 'Rating at last inspection and update'
H2('Rating at last inspection and update')
para(['The last rating for this service was requires improvement (published 3 March 2021) and there were breaches of regulation.',
      'The provider completed an action plan after the last inspection to show what they would do and by when to improve.',
      ('must', 'At this inspection not enough improvement had been made and the provider was still in breach of regulation 17.', [{'instrument': 'RA2014', 'number': 17, 'paragraphs': None}]),
      'Improvements had been made to staffing and the provider was no longer in breach of regulation 18.'])
cur['section'] = 'Enforcement'
H2('Enforcement')
para(['We have identified breaches in relation to safe care and treatment, need for consent, good governance and the notification of incidents at this inspection.',
      'Please see the action we have told the provider to take at the end of this report.'])
H2('Follow up')
para(['We will request an action plan for the provider to understand what they will do to improve the standards of quality and safety. We will continue to monitor information we receive about the service until we return to visit as per our re-inspection programme.'])
pdf.add_page()
y0 = pdf.get_y()
kq('Is the service safe?', 'Safe', 'Requires improvement',
   'Our findings - Is the service safe? = Requires improvement. This meant some aspects of the service were not always safe and there was limited assurance about safety. There was an increased risk that people could be harmed.')
side(y0, 'Staffing and recruitment: last inspection',
     'At our last inspection the provider had failed to deploy enough suitably qualified staff. This was a breach of regulation 18 (Staffing) ' + RA + ' Enough improvement had been made at this inspection and the provider was no longer in breach of regulation 18.')
H2('Assessing risk, safety monitoring and management')
para(['Risks to people were not always assessed. Two people at high risk of choking did not have up-to-date eating and drinking care plans, and staff gave us different accounts of the consistency of food they needed.',
      'We found no evidence that people had been harmed; however, the provider had failed to ensure risks relating to people\'s health were robustly assessed and mitigated.',
      ('must', 'This placed people at risk of harm and was a breach of regulation 12 (Safe care and treatment) ' + RA, [{'instrument': 'RA2014', 'number': 12, 'paragraphs': None}])])
H2('Using medicines safely')
para(['Medicine administration records were not always completed. Topical cream charts had gaps of up to four days, and there were no protocols to guide staff on when to give medicines prescribed "as required".',
      ('must', 'Medicines were not always managed safely, which was a further breach of regulation 12 (Safe care and treatment) ' + RA, [{'instrument': 'RA2014', 'number': 12, 'paragraphs': None}])])
H2('Staffing and recruitment')
para(['There were enough staff on duty to meet people\'s needs, although people said staff were busy in the mornings. The provider used a dependency tool, but it had not been reviewed since January 2022.',
      ('should', 'We recommend the provider reviews its dependency tool regularly to ensure staffing levels are kept under review as people\'s needs change.', []),
      'Staff were recruited safely. Disclosure and Barring Service (DBS) checks were completed before staff started work.'])
H2('Preventing and controlling infection')
bullets(['We were assured that the provider was preventing visitors from catching and spreading infections.',
         'We were somewhat assured that the provider was using PPE effectively and safely.',
         'We were assured that the provider\'s infection prevention and control policy was up to date.'])
para([('should', 'We recommend the provider follows current national guidance on the safe use and disposal of personal protective equipment and updates its practice accordingly.', [])])
y1 = pdf.get_y()
kq('Is the service effective?', 'Effective', 'Requires improvement',
   'Our findings - Is the service effective? = Requires improvement. This meant the effectiveness of people\'s care, treatment and support did not always achieve good outcomes or was inconsistent.')
H2('Ensuring consent to care and treatment in line with law and guidance')
para(['Mental capacity assessments had not been completed for decisions such as the use of bed rails and sensor mats. Where people lacked capacity, best interests decisions had not been recorded.',
      ('must', 'The provider had failed to ensure care was provided with the consent of the relevant person and this was a breach of regulation 11 (Need for consent) ' + RA, [{'instrument': 'RA2014', 'number': 11, 'paragraphs': None}])])
H2('Staff support: induction, training, skills and experience')
para(['Staff completed an induction and most mandatory training was up to date. However, only 9 of 31 care staff had completed training in supporting people living with dementia.',
      ('should', 'We recommend the provider ensures all staff complete training in supporting people who are living with dementia, in line with best practice.', [])])
kq('Is the service caring?', 'Caring', 'Good',
   'Our findings - Is the service caring? = Good. This meant people were supported and treated with dignity and respect; and involved as partners in their care.')
para(['People told us staff were kind. One person said, "They are lovely, nothing is too much trouble." We saw staff knocked on doors before entering and spoke to people discreetly about personal care.'])
kq('Is the service responsive?', 'Responsive', 'Requires improvement',
   'Our findings - Is the service responsive? = Requires improvement. This meant people\'s needs were not always met.')
H2('End of life care and support')
para(['Care plans did not always record people\'s wishes for the end of their lives, including where they wished to be cared for and who they wanted to be with them.'])
# ---- erratum patch: the superseded sentence stays in the file, covered by a white box; the corrected sentence is drawn on top
OLD = 'We recommend the provider reviews its end of life care plans.'
NEW = 'We recommend the provider seeks guidance from a reputable source on developing person-centred end of life care plans, and updates its practice accordingly.'
if pdf.get_y() > 250: pdf.add_page()
yy = pdf.get_y(); pp = pdf.page_no()
pdf.set_x(15); pdf.set_font('DV', '', 9.5); pdf.multi_cell(MAIN_W, 5, OLD)
pdf.set_xy(15, yy)
hnew = pdf.multi_cell(MAIN_W, 5, NEW, dry_run=True, output='HEIGHT')
pdf.set_fill_color(255, 255, 255); pdf.rect(14, yy - 0.5, MAIN_W + 2, hnew + 1, 'F')
pdf.set_xy(15, yy); pdf.multi_cell(MAIN_W, 5, NEW); pdf.ln(2.5)
derived.append(('should', NEW, cur['section'], cur['domain'], [], pp))
H2('Meeting people\'s communication needs')
para(['Information was not available in accessible formats, such as large print or easy read, although several people had sight loss.',
      ('should', 'We recommend the provider reviews how information is made available to people in formats they can understand, in line with the Accessible Information Standard.', [])])
H2('Improving care quality in response to complaints or concerns')
para(['The provider had a complaints policy. Two complaints received since the last inspection had been investigated and responded to.'])
y4 = pdf.get_y()
kq('Is the service well-led?', 'Well-led', 'Inadequate',
   'Our findings - Is the service well-led? = Inadequate. This meant there were widespread and significant shortfalls in service leadership. Leaders and the culture they created did not assure the delivery of high-quality care.')
if y4 < 200:
    side(y4, 'Our last inspection', 'At our last inspection the provider had failed to operate effective systems to assess, monitor and improve the quality of the service. This was a breach of regulation 17 (Good governance) ' + RA)
H2('Managers and staff being clear about their roles, and understanding quality performance, risks and regulatory requirements')
para(['The provider\'s quality assurance systems had not identified the shortfalls we found in risk assessments, medicines records and mental capacity assessments.',
      ('must', 'Systems were not robust enough to demonstrate the service was effectively managed; this was a continued breach of regulation 17 (Good governance) ' + RA, [{'instrument': 'RA2014', 'number': 17, 'paragraphs': None}]),
      'The registered manager had not notified CQC of two incidents in which people had sustained serious injuries.',
      ('must', 'This was a breach of regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.', [{'instrument': 'REG2009', 'number': 18, 'paragraphs': None}]),
      'The provider\'s website did not show the rating from the last inspection.',
      ('must', 'This was a breach of regulation 20A (Requirement as to display of performance assessments) ' + RA, [{'instrument': 'RA2014', 'number': '20A', 'paragraphs': None}])])
H2('Engaging and involving people using the service, the public and staff')
para(['Relatives told us they had not been asked for their views about the service for over a year.',
      ('should', 'We recommend the provider seeks the views of people, relatives and staff regularly and acts on their feedback to improve the service.', [])])
# ---- requirement notice table (not findings)
pdf.add_page()
H1('Action we have told the provider to take')
pdf.set_x(15); pdf.set_font('DV', '', 9); pdf.multi_cell(180, 5, 'The table below shows where regulations were not being met and we have asked the provider to send us a report that says what action they are going to take. We did not take formal enforcement action at this stage. We will check that this action is taken by the provider.'); pdf.ln(3)
rows = [('Regulation 12 HSCA RA Regulations 2014 Safe care and treatment', 12, 'RA2014', 'The provider had failed to ensure risks to people\'s health and safety were assessed and mitigated, and that medicines were managed safely. Regulation 12 (1) (2) (a) (b) (g)'),
        ('Regulation 11 HSCA RA Regulations 2014 Need for consent', 11, 'RA2014', 'Care and treatment was not always provided with the consent of the relevant person. Regulation 11 (1)'),
        ('Regulation 17 HSCA RA Regulations 2014 Good governance', 17, 'RA2014', 'Systems and processes were not established and operated effectively to assess, monitor and improve the quality and safety of the service. Regulation 17 (1) (2) (a) (b)'),
        ('Regulation 18 CQC (Registration) Regulations 2009 Notification of other incidents', 18, 'REG2009', 'The registered person had not notified CQC of incidents without delay. Regulation 18 (1) (2)'),
        ('Regulation 20A HSCA RA Regulations 2014 Requirement as to display of performance assessments', '20A', 'RA2014', 'The provider had not displayed the most recent rating on its website. Regulation 20A (3)')]
pdf.set_font('DV', 'B', 9); pdf.set_fill_color(*GREEN); pdf.set_text_color(255, 255, 255)
pdf.set_x(15); pdf.cell(70, 7, 'Regulated activity', border=1, fill=True); pdf.cell(110, 7, 'Regulation', border=1, fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_text_color(0, 0, 0)
for head, num, inst, body in rows:
    yy = pdf.get_y()
    pdf.set_font('DV', '', 8.5); pdf.set_xy(85, yy); pdf.set_font('DV', 'B', 8.5); pdf.multi_cell(110, 4.5, head)
    pdf.set_font('DV', '', 8.5); pdf.set_x(85); pdf.multi_cell(110, 4.5, body); y2 = pdf.get_y() + 2
    pdf.set_xy(15, yy + 1); pdf.multi_cell(70, 4.5, 'Accommodation for persons who require nursing or personal care')
    pdf.rect(15, yy, 70, y2 - yy); pdf.rect(85, yy, 110, y2 - yy); pdf.set_y(y2)
    notices.append({'kind': 'requirement_notice', 'page': pdf.page_no(), 'activity': 'Accommodation for persons who require nursing or personal care',
                    'regulations': [{'instrument': inst, 'number': num, 'paragraphs': None}], 'body': body, 'closing': None})
pdf.output(OUT + '/report.pdf')
# ---- gold: locate each derived sentence by its full text in the page texts (it may run onto the next page)
pts = page_texts(OUT + '/report.pdf')
allt = ''; starts = []
for a, b in pts: starts.append(len(allt)); allt += b
for kind, s, sec, dom, regs, *known in derived:
    k = norm(s); i = allt.find(k)
    if known:
        page = known[0]; assert i < 0 or page == max(j + 1 for j, st in enumerate(starts) if st <= i)
    else:
        assert i >= 0 and allt.find(k, i + 1) < 0, s
        page = max(j + 1 for j, st in enumerate(starts) if st <= i)
    findings.append({'kind': kind, 'text': s, 'page': page, 'section': sec, 'service': None, 'domain': dom, 'regulations': regs})
    print(kind, page, sec, s[:60])

meta = {"provider": "Oakcroft Care Limited", "location": "Oakcroft House", "report_type": "Inspection report",
        "published": "2022-08-02", "inspection_dates": ["2022-06-14", "2022-06-21"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Requires improvement", "well_led": "Inadequate"}}
write_gold(OUT, 'PyFPDF / fpdf2 2.8.9', meta, findings, notices)
print(len(findings), [n['page'] for n in notices])
