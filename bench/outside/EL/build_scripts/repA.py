from reports import *
# A: GP practice, 2018 template; crop boxes with printer's slug; pages 2 and 4 are scanned images with invisible OCR text
doc = Doc('Holmbury Lane Surgery Inspection report 09/01/2018', crop=True, ocr_pages=(2, 4))
cover(doc, 'Holmbury Lane Surgery', 'Inspection report', ['14 Holmbury Lane', 'Castlebridge', 'CB4 7RW', 'Tel: 01632 960412'],
      '14 November 2017', '9 January 2018',
      [('Overall rating for this service', 'Requires improvement'), ('Are services safe?', 'Requires improvement'), ('Are services effective?', 'Good'), ('Are services caring?', 'Good'), ('Are services responsive?', 'Good'), ('Are services well-led?', 'Requires improvement')])
doc.head('Summary of findings')
doc.para('This practice is rated as Requires improvement overall. (Previous rating March 2016 – Good)')
doc.para('We carried out an announced comprehensive inspection at Holmbury Lane Surgery on 14 November 2017 as part of our inspection programme. At this inspection we found:')
for t in ['The practice did not have clear systems to manage risk so that safety incidents were less likely to happen.',
          'Patients found the appointment system easy to use and reported that they were able to access care when they needed it.',
          'Staff involved and treated patients with compassion, kindness, dignity and respect.']:
    doc.bullet(t, None, None) if False else doc.para('\u2022  ' + t, indent=8)
S1 = 'The areas where the provider must make improvements are:'
doc.para(S1, 'B')
M = ['Ensure care and treatment is provided in a safe way to patients, including the monitoring of patients prescribed high-risk medicines such as methotrexate and lithium.',
     'Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.',
     'Ensure that recruitment checks, including Disclosure and Barring Service checks for clinical staff, are completed before staff start work. (Please see the specific details on action required at the end of this report.)']
for t in M: doc.bullet(t, 'must', S1)
S2 = 'The areas where the provider should make improvements are:'
doc.para(S2, 'B')
SH = ['Review the arrangements for the recording of fridge temperatures so that the cold chain can be assured.',
      'Continue to identify carers so that they can be offered appropriate support.',
      'Review how learning from complaints is shared with all members of the practice team.',
      'Consider how uptake of cervical screening can be improved for eligible women.',
      'Review the system for acting on patient safety alerts so that the practice can demonstrate that relevant patients have been identified and their treatment reviewed.',
      'Ensure that the practice’s business continuity plan includes the contact details of staff and key suppliers.',
      'Continue to monitor the outcome of the actions taken to improve patient satisfaction with telephone access.']
for t in SH: doc.bullet(t, 'should', S2)
doc.para('Professor Steve Field CBE FRCP FFPH FRCGP', 'B'); doc.para('Chief Inspector of General Practice')
doc.new_page()
doc.head('Population group ratings')
for g in ['Older people', 'People with long-term conditions', 'Families, children and young people', 'Working age people (including those recently retired and students)', 'People whose circumstances may make them vulnerable', 'People experiencing poor mental health (including people with dementia)']:
    doc.para('%s   Requires improvement' % g)
doc.head('Our inspection team')
doc.para('Our inspection team was led by a CQC lead inspector. The team included a GP specialist adviser and a practice manager specialist adviser.')
doc.head('Background to Holmbury Lane Surgery')
doc.para('Holmbury Lane Surgery provides services to approximately 8,900 patients under a General Medical Services contract. The practice has three GP partners, two salaried GPs, two practice nurses and a healthcare assistant. The practice is part of Castlebridge Clinical Commissioning Group.')
doc.head('Are services safe?')
doc.para('We rated the practice as requires improvement for providing safe services because systems to monitor patients on high-risk medicines were not always followed, and recruitment records were incomplete.')
doc.new_page()
doc.head('Areas for improvement')
S3 = 'Action the service MUST take to improve'
doc.para(S3, 'B')
for t in M[:2]: doc.bullet(t, 'must', S3)
doc.bullet('Ensure that recruitment checks, including Disclosure and Barring Service checks for clinical staff, are completed before staff start work.', 'must', S3)
S4 = 'Action the service SHOULD take to improve'
doc.para(S4, 'B')
for t in SH[:3]: doc.bullet(t, 'should', S4)
for t in SH[4:]: doc.bullet(t, 'should', S4)
doc.bullet('Consider how uptake of cervical screening and childhood immunisations can be improved.', 'should', S4)
save('gp_ocr_cropped_2018', doc, {'provider': 'Holmbury Lane Surgery', 'location': 'Holmbury Lane Surgery', 'report_type': 'Inspection report', 'published': '2018-01-09', 'inspection_dates': ['2017-11-14'],
     'ratings': ratings('Requires improvement', 'Requires improvement', 'Good', 'Good', 'Good', 'Requires improvement')}, 'EL raw PDF writer (Type1 base-14, OCR-style image pages)')
