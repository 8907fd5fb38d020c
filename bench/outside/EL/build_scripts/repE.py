from reports import *
import subprocess
e = Doc('Quayside Dental Practice Inspection Report 17/10/2019', hyph=True, shuffle=True, margin=(70, 72, 70, 72))
e.space(40); e.para('Mr Daniel Okafor and Mrs Priya Raman', 'B', 14)
e.para('Quayside Dental Practice', 'B', 22, rgb=(0.1, 0.2, 0.45)); e.para('Inspection Report', 'B', 16)
for a in ['5 Harbour Walk', 'Porthallow', 'PW1 3ET', 'Tel: 01632 960155']: e.para(a)
e.space(8); e.para('Date of inspection visit: 3 September 2019'); e.para('Date of publication: 17/10/2019')
e.space(10); e.para('Overall summary', 'B', 13)
e.para('We carried out this announced inspection on 3 September 2019 under section 60 of the Health and Social Care Act 2008 as part of our regulatory functions. We planned the inspection to check whether the registered provider was meeting the legal requirements in the Health and Social Care Act 2008 and associated regulations. The inspection was led by a CQC inspector who was supported by a specialist dental adviser.')
e.para('To get to the heart of patients\u2019 experiences of care and treatment, we always ask the following five questions: Is it safe? Is it effective? Is it caring? Is it responsive to people\u2019s needs? Is it well-led?')
e.para('These questions form the framework for the areas we look at during the inspection.')
e.para('Our findings were:', 'B', 11)
for t, v in [('Are services safe?', 'We found that this practice was not providing safe care in accordance with the relevant regulations.'),
             ('Are services effective?', 'We found that this practice was providing effective care in accordance with the relevant regulations.'),
             ('Are services caring?', 'We found that this practice was providing caring services in accordance with the relevant regulations.'),
             ('Are services responsive?', 'We found that this practice was providing responsive care in accordance with the relevant regulations.'),
             ('Are services well-led?', 'We found that this practice was not providing well-led care in accordance with the relevant regulations.')]:
    e.para(t, 'B', 10); e.para(v)
e.new_page()
e.head('Background')
e.para('Quayside Dental Practice is in Porthallow and provides NHS and private dental care and treatment for adults and children. There is level access for people who use wheelchairs and those with pushchairs. The dental team includes four dentists, five dental nurses, one dental hygienist and two receptionists. The practice has four treatment rooms.')
e.para('Our key findings were:', 'B', 11)
for t in ['The practice appeared clean and well maintained.', 'Staff knew how to deal with emergencies, although not all recommended medicines and life-saving equipment were available.',
          'The practice had infection control procedures which reflected published guidance, but these were not always followed.', 'Staff treated patients with dignity and respect and took care to protect their privacy and personal information.']:
    e.para('\u2013  ' + t, indent=6)
S1 = 'We identified regulations the provider was not complying with. They must:'
e.para(S1, 'B', 10.5)
M = [('Ensure care and treatment is provided in a safe way to patients, in particular that medical emergency medicines and equipment are available and checked in accordance with national guidance.', [R(12)]),
     ('Ensure the registered person establishes effective systems and processes to ensure good governance in accordance with the fundamental standards of care, including the management of sharps and the monitoring of radiography quality.', [R(17)]),
     ('Ensure specified information is available regarding each person employed, including evidence of satisfactory conduct in previous employment and immunity to Hepatitis B.', [R(19)])]
for t, r in M: e.bullet(t, 'must', S1, regs=[], glyph='\u2013')
e.para('Full details of the regulations the provider was not meeting are at the end of this report.')
S2 = 'There were areas where the provider could make improvements. They should:'
e.para(S2, 'B', 10.5)
SH = ['Review the practice\u2019s protocols for the use of rubber dam for root canal treatment, taking into account guidelines issued by the British Endodontic Society.',
      'Review the practice\u2019s sharps procedures and ensure the practice is in compliance with the Health and Safety (Sharp Instruments in Healthcare) Regulations 2013.',
      'Review the practice\u2019s infection control procedures and protocols, taking into account the guidelines issued by the Department of Health in the Health Technical Memorandum 01-05: Decontamination in primary care dental practices.',
      'Review the availability of an interpreter service for patients who do not speak English as their first language.',
      'Review the practice\u2019s audit protocols to ensure audits of dental radiography are undertaken at regular intervals to improve the quality of the service.',
      'Review the practice\u2019s arrangements for receiving and responding to patient safety alerts, recalls and rapid response reports issued by the Medicines and Healthcare products Regulatory Agency.',
      'Review staff awareness of the requirements of the Mental Capacity Act 2005 and Gillick competence and ensure all staff are aware of their responsibilities under the Act as it relates to their role.',
      'Review the practice\u2019s complaint handling procedures and establish an accessible system for identifying, receiving, recording, handling and responding to complaints by patients.',
      'Take action to ensure the availability of an induction loop to assist patients who use hearing aids.',
      'Implement an effective system for recording, investigating and reviewing incidents or significant events with a view to preventing further occurrences.']
for t in SH: e.bullet(t, 'should', S2, glyph='\u2013')
e.new_page()
e.head('Are services well-led?')
e.para('Our findings', 'B', 10.5)
e.para('We found that this practice was not providing well-led care in accordance with the relevant regulations. We have told the provider to take action (see full details of this action in the Requirement Notices section at the end of this report).')
e.para('Governance and management', 'B', 10)
e.para('The practice had a system of clinical governance in place which included policies, protocols and procedures that were accessible to all members of staff. We saw that the sharps risk assessment had not been reviewed since 2016, and radiography audits had not been carried out.')
e.para('Continuous improvement and innovation', 'B', 10)
e.para('The practice had quality assurance processes to encourage learning and continuous improvement. These included audits of dental care records and infection prevention and control. Staff completed the continuing professional development required for their registration with the General Dental Council.')
def postE(path, data, info, doc):
    t1 = '/tmp/EL-build/E_cairo.pdf'
    subprocess.run(['pdftocairo', '-pdf', path, t1], check=True)
    subprocess.run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-o', path, t1], check=True)
save('dental_two_resaves_2019', e, {'provider': 'Mr Daniel Okafor and Mrs Priya Raman', 'location': 'Quayside Dental Practice', 'report_type': 'Inspection Report', 'published': '2019-10-17', 'inspection_dates': ['2019-09-03'], 'ratings': {}},
     'EL raw PDF writer, re-printed by pdftocairo (cairo), then Ghostscript pdfwrite', post=postE)
