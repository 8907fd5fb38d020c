from reports import *
import subprocess
# ---------- D: care home, 2020 short template, derived findings; OCG layers, fi/fl ligatures; re-saved via Ghostscript then linearised by qpdf
d = Doc('Larkspur House Inspection report 02 March 2020', ligs=True, oc=True)
cover(d, 'Larkspur House', 'Inspection report', ['27 Orchard Rise', 'Hetherfield', 'HF3 2LD', 'Tel: 01632 960877'], '14 January 2020', '2 March 2020',
      [('Overall rating for this service', 'Requires improvement'), ('Is the service safe?', 'Requires improvement'), ('Is the service effective?', 'Good'), ('Is the service caring?', 'Good'), ('Is the service responsive?', 'Good'), ('Is the service well-led?', 'Requires improvement')])
d.head('Summary of findings')
d.head('About the service', 11)
d.para('Larkspur House is a residential care home providing personal care to 31 people aged 65 and over at the time of the inspection. The service can support up to 36 people in one adapted building.')
d.head('People\u2019s experience of using this service and what we found', 11)
d.para('People told us they felt safe living at the home, but we found risks associated with people\u2019s medicines and the fire safety of the building were not always identified or managed. Staff knew people well and treated them with kindness.')
d.head('Rating at last inspection and update', 11)
d.para('The last rating for this service was good (published 18 August 2017).')
d.head('Recommendations', 11)
RECS = 'Recommendations'
d.sentence_para([('We recommend the provider seeks advice from a reputable source about the safe use of pressure-relieving equipment and acts on it.', 'should', None),
                 ('We recommend the provider reviews its processes for the induction of agency staff so that they are familiar with people\u2019s needs before they work unsupervised.', 'should', None)], RECS)
d.head('Is the service safe?')
SA = 'Is the service safe?'
d.para('Our findings', 'B', 10.5)
d.para('Assessing risk, safety monitoring and management; Using medicines safely', 'B', 10)
d.para('Fire doors on the first floor did not close fully when released, and two people\u2019s personal emergency evacuation plans had not been updated following a change in their mobility.')
d.sentence_para([('Medicines administration records contained gaps and staff had not identified these in their audits.', None, None),
                 ('This meant people were at risk of not receiving their medicines as prescribed.', None, None),
                 ('The provider had failed to robustly assess the risks relating to the health and safety of people and to manage medicines safely. This placed people at risk of harm.', None, None),
                 ('The provider was in breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.', 'must', [R(12)])], SA, 'Safe')
d.para('Staffing and recruitment', 'B', 10)
d.sentence_para([('Records showed the provider had not always obtained a full employment history for new staff.', None, None),
                 ('We recommend the provider reviews its recruitment procedures against current best practice guidance and updates its practice accordingly.', 'should', None)], SA, 'Safe')
d.para('Preventing and controlling infection', 'B', 10)
d.sentence_para([('The home was clean and staff used personal protective equipment appropriately.', None, None),
                 ('We recommend the provider consults current guidance on the laundering of soiled linen and fits a suitable flow system in the laundry.', 'should', None)], SA, 'Safe')
d.head('Is the service effective?')
EF = 'Is the service effective?'
d.sentence_para([('Staff received the training they needed, but supervision sessions had fallen behind the provider\u2019s own schedule.', None, None),
                 ('We recommend the provider ensures that staff receive regular supervision in line with its policy.', 'should', None)], EF, 'Effective')
d.head('Is the service responsive?')
RE = 'Is the service responsive?'
d.sentence_para([('Care plans were personalised, but some did not reflect people’s current wishes about their end of life care.', None, None),
                 ('We recommend the provider reviews people’s care plans to ensure their end of life wishes are explored and recorded.', 'should', None),
                 ('People knew how to complain and complaints had been responded to promptly.', None, None),
                 ('We recommend the provider makes information about activities available in formats people can understand, in line with the Accessible Information Standard.', 'should', None)], RE, 'Responsive')
d.head('Is the service well-led?')
WL = 'Is the service well-led?'
d.sentence_para([('Quality assurance systems had not identified the shortfalls we found with medicines, fire safety and recruitment.', None, None),
                 ('Systems were either not in place or not robust enough to demonstrate safety was effectively managed. This placed people at risk of harm.', None, None),
                 ('The provider was in breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.', 'must', [R(17)]),
                 ('The provider was also in breach of regulation 18 (Registration) Regulations 2009 because they had not notified us of two serious injuries.', 'must', [R(18, None, 'REG2009')])], WL, 'Well-led')
d.sentence_para([('Relatives told us the registered manager was approachable and the staff team worked well together.', None, None),
                 ('We recommend the provider ensures the service’s action plan is kept under review and shared with staff so that improvements are made and sustained.', 'should', None),
                 ('We recommend the provider seeks feedback from people and their relatives more formally and uses it to improve the service.', 'should', None)], WL, 'Well-led')
d.head('Enforcement')
d.para('We are mindful of the impact of the COVID-19 pandemic on our regulatory function. We will continue to monitor information we receive about the service until we return to visit as per our re-inspection programme.')
def postD(path, data, info, doc):
    tmp = '/tmp/EL-build/D_gs.pdf'
    subprocess.run(['mutool', 'clean', '-gg', '-z', path, tmp], check=True)
    subprocess.run(['qpdf', '--linearize', tmp, path], check=True)
save('care_home_layers_2020', d, {'provider': 'Larkspur Care Limited', 'location': 'Larkspur House', 'report_type': 'Inspection report', 'published': '2020-03-02', 'inspection_dates': ['2020-01-14'],
     'ratings': ratings('Requires improvement', 'Requires improvement', 'Good', 'Good', 'Good', 'Requires improvement')},
     'EL raw PDF writer (optional content, /Differences ligatures) re-saved by mutool clean, linearised by qpdf',
     ocgs=[('Report text', True), ('Printer proof', False)], post=postD)
