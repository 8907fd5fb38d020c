import sys, json; sys.path.insert(0, '/tmp/FE-work')
from fpdf import FPDF
PR = 'Larkfield Road Dental Practice'
class R(FPDF):
    def footer(self):
        if self.page_no() == 1: return
        self.set_y(-14); self.set_font('dv', '', 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f'{self.page_no()}   {PR} Inspection report 24/03/2020'); self.set_text_color(0, 0, 0)
pdf = R(format='A4'); pdf.set_margins(22, 20, 22); pdf.set_auto_page_break(True, 20)
pdf.add_font('dv', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
pdf.add_font('dv', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
pdf.add_font('dv', 'I', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf')
pdf.set_title(f'{PR} - Inspection report'); pdf.set_author('Care Quality Commission')
findings = []
def para(t, size=9.5, style='', h=4.9, after=2.5):
    pdf.set_font('dv', style, size); pdf.multi_cell(0, h, t, new_x='LMARGIN', new_y='NEXT'); pdf.ln(after)
def head(t, size=13, col=(0, 94, 98)):
    pdf.set_font('dv', 'B', size); pdf.set_text_color(*col); pdf.multi_cell(0, 7, t, new_x='LMARGIN', new_y='NEXT'); pdf.set_text_color(0, 0, 0); pdf.ln(1)
def bullet(t, kind=None, section=None, regs=None):
    pg = pdf.page_no()
    pdf.set_font('dv', '', 9.5)
    pdf.multi_cell(0, 4.9, '\u2022  ' + t, new_x='LMARGIN', new_y='NEXT')   # runover lines return to the margin
    pdf.ln(1.8)
    if kind: findings.append({"kind": kind, "text": t, "page": pg, "section": section, "service": None, "domain": None,
                              "regulations": regs or [], "also_at": []})
# ---- cover (kept at A4)
pdf.add_page()
pdf.set_fill_color(0, 94, 98); pdf.rect(0, 0, 210, 70, 'F')
pdf.set_text_color(255, 255, 255); pdf.set_xy(22, 20); pdf.set_font('dv', 'B', 22); pdf.cell(0, 10, PR, new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 12); pdf.cell(0, 8, 'Larkfield Dental Care Limited', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', 'B', 18); pdf.cell(0, 12, 'Inspection report', new_x='LMARGIN', new_y='NEXT')
pdf.set_text_color(0, 0, 0); pdf.set_y(82)
for t in ['27 Larkfield Road', 'Hexley', 'Kent', 'ME16 4PB', 'Tel: 01622 480 913', 'Website: www.larkfieldroaddental.co.uk', '',
          'Date of inspection visit: 12 February 2020', 'Date of publication: 24/03/2020']:
    pdf.set_font('dv', '', 10); pdf.cell(0, 5.5, t, new_x='LMARGIN', new_y='NEXT')
pdf.ln(8); head('Overall summary', 12)
para('We carried out this announced inspection on 12 February 2020 under section 60 of the Health and Social Care Act 2008 as part of our regulatory functions. We planned the inspection to check whether the registered provider was meeting the legal requirements in the Health and Social Care Act 2008 and associated regulations.')
para('The inspection was led by a CQC inspector who was supported by a specialist dental adviser.')
para('To get to the heart of patients\u2019 experiences of care and treatment, we always ask the following five questions:')
for q in ['Is it safe?', 'Is it effective?', 'Is it caring?', 'Is it responsive to people\u2019s needs?', 'Is it well-led?']:
    para('\u2022  ' + q, after=0.5)
pdf.ln(2); para('These questions form the framework for the areas we look at during the inspection.')
# ---- page 2
pdf.add_page()
head('Summary of findings')
head('Our findings were:', 11, (0, 0, 0))
for q, a in [('Are services safe?', 'We found that this practice was not providing safe care in accordance with the relevant regulations.'),
             ('Are services effective?', 'We found that this practice was providing effective care in accordance with the relevant regulations.'),
             ('Are services caring?', 'We found that this practice was providing caring services in accordance with the relevant regulations.'),
             ('Are services responsive?', 'We found that this practice was providing responsive care in accordance with the relevant regulations.'),
             ('Are services well-led?', 'We found that this practice was not providing well-led care in accordance with the relevant regulations.')]:
    para(q, 9.5, 'B', after=0.5); para(a)
head('Background', 11, (0, 0, 0))
para('Larkfield Road Dental Practice is in Hexley and provides NHS and private dental care and treatment for adults and children. There is level access to the practice for people who use wheelchairs and those with pushchairs. Car parking spaces, including one for blue badge holders, are available near the practice.')
para('The dental team includes three dentists, four dental nurses, including one trainee, one dental hygienist and a receptionist. The practice has three treatment rooms.')
head('Our key findings were:', 11, (0, 0, 0))
for t in ['The practice appeared clean and well maintained.',
          'Infection control procedures did not fully reflect published guidance; the decontamination of instruments was not validated.',
          'Staff knew how to deal with emergencies, but not all recommended emergency medicines and equipment were available.',
          'The practice had not carried out all the required recruitment checks for two recently employed staff.',
          'Clinical staff provided patients\u2019 care and treatment in line with current guidelines.',
          'Staff treated patients with dignity and respect and took care to protect their privacy and personal information.',
          'The practice\u2019s systems to assess and manage risks, including the risk of Legionella and fire, were not effective.']:
    bullet(t)
para('We identified regulations the provider was not complying with. They must:', 9.5, 'B')
SEC_M = 'We identified regulations the provider was not complying with. They must:'
pdf.add_page()
MUST = [('Ensure care and treatment is provided in a safe way to patients.', 12),
        ('Ensure the premises and equipment used by the service provider are clean, secure, suitable and properly maintained, and that the decontamination of dental instruments is validated in line with current national guidance.', 15),
        ('Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.', 17),
        ('Ensure recruitment procedures are established and operated effectively to ensure only fit and proper persons are employed.', 19)]
for t, n in MUST: bullet(t, 'must', SEC_M, [{"instrument": "RA2014", "number": n, "paragraphs": ""}])
para('Full details of the regulations the provider was not meeting are at the end of this report.', 9.5, 'I')
SEC_S = 'There were areas where the provider could make improvements. They should:'
para(SEC_S, 9.5, 'B')
SHOULD = ['Review the practice\u2019s protocols for the use of rubber dam for root canal treatment, taking into account guidelines issued by the British Endodontic Society.',
          'Implement an effective system for checking the medical emergency equipment and medicines, taking into account guidelines issued by the Resuscitation Council (UK) and the General Dental Council.',
          'Review the practice\u2019s sharps procedures and ensure the practice is in compliance with the Health and Safety (Sharp Instruments in Healthcare) Regulations 2013.',
          'Take action to ensure audits of radiography and infection prevention and control are undertaken at regular intervals to improve the quality of the service, and that the practice has documented learning points so that resulting improvements can be demonstrated.',
          'Review the availability of an interpreter service for patients who do not speak English as their first language.',
          'Review the practice\u2019s arrangements for receiving and responding to patient safety alerts, recalls and rapid response reports issued by the Medicines and Healthcare products Regulatory Agency.']
for t in SHOULD: bullet(t, 'should', SEC_S)
pdf.ln(3)
head('Are services safe?')
head('Our findings', 11, (0, 0, 0))
para('We found that this practice was not providing safe care in accordance with the relevant regulations. We have told the provider to take action (see full details of this action in the Requirement Notices section at the end of this report).')
para('Safety systems and processes, including staff recruitment, equipment and premises: the practice had infection control policies, but the steriliser had not been validated since it was installed in 2018 and the washer-disinfector had not been tested. A Legionella risk assessment had been carried out in 2016; none of the actions it recommended had been completed.')
para('Two members of staff had started work without a Disclosure and Barring Service check and without evidence of conduct in previous employment. The practice did not hold records of immunity to Hepatitis B for one dental nurse.')
para('Medical emergencies: emergency equipment and medicines were available as described in recognised guidance, except for a size 0 and size 4 oropharyngeal airway and child-sized self-inflating bag. The glucagon was stored in the fridge but fridge temperatures were not monitored.')
# ---- requirement notices
pdf.add_page()
head('Requirement notices')
head('Action we have told the provider to take', 11, (0, 0, 0))
para('The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.', 9, 'I')
notes = []
rows = [('Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment', 12, 'Care and treatment must be provided in a safe way for service users. How the regulation was not being met: the registered person had not done all that was reasonably practicable to mitigate risks to the health and safety of service users. In particular: not all of the recommended medical emergency medicines and equipment were available.'),
        ('Regulation 15 HSCA (RA) Regulations 2014 Premises and equipment', 15, 'How the regulation was not being met: the steriliser and washer-disinfector had not been validated or tested in line with the manufacturer\u2019s instructions and national guidance.'),
        ('Regulation 17 HSCA (RA) Regulations 2014 Good governance', 17, 'How the regulation was not being met: there was no effective system to assess, monitor and mitigate the risks arising from Legionella and fire, and audits were not carried out at the required intervals.'),
        ('Regulation 19 HSCA (RA) Regulations 2014 Fit and proper persons employed', 19, 'How the regulation was not being met: recruitment procedures did not ensure that the information specified in Schedule 3 was available for each person employed.')]
pdf.set_font('dv', 'B', 9)
pdf.set_fill_color(0, 94, 98); pdf.set_text_color(255, 255, 255)
pdf.cell(55, 7, ' Regulated activity', border=1, fill=True); pdf.cell(0, 7, ' Regulation', border=1, fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_text_color(0, 0, 0)
for reg, n, body in rows:
    notes.append({"kind": "requirement_notice", "page": pdf.page_no(), "regulations": [{"instrument": "RA2014", "number": n, "paragraphs": ""}]})
    y0 = pdf.get_y()
    pdf.set_x(22 + 55); pdf.set_font('dv', 'B', 9); pdf.multi_cell(0, 4.6, reg, new_x='LMARGIN', new_y='NEXT')
    pdf.set_x(22 + 55); pdf.set_font('dv', '', 9); pdf.multi_cell(0, 4.6, body, new_x='LMARGIN', new_y='NEXT')
    y1 = pdf.get_y() + 2
    pdf.set_xy(22, y0); pdf.set_font('dv', '', 9); pdf.multi_cell(55, 4.6, 'Dental and surgical procedures\nDiagnostic and screening procedures\nTreatment of disease, disorder or injury', align='L')
    pdf.rect(22, y0, 55, y1 - y0); pdf.rect(77, y0, 210 - 22 - 77, y1 - y0); pdf.set_y(y1)
pdf.output('/tmp/FE-work/r3_a4.pdf')
json.dump({'findings': findings, 'notices': notes}, open('/tmp/FE-work/r3items.json', 'w'))
print(pdf.page_no(), [(f['kind'], f['page']) for f in findings])
