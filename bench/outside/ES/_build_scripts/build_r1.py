import sys, os, subprocess, json, random
sys.path.insert(0, '/tmp/ES-work')
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = '/work/blind/ES/ambulance_trust_2019'; os.makedirs(OUT, exist_ok=True)
TRUST = 'Wessex Vale Ambulance Service NHS Foundation Trust'
FOOT = TRUST + ' Inspection report 12/06/2019'
EOC, EUC, PTS = 'Emergency operations centre', 'Emergency and urgent care', 'Patient transport services'
MH = 'Action the trust MUST take to improve'; SH = 'Action the trust SHOULD take to improve'

M = {
 EOC: ["The trust must ensure that there are sufficient numbers of suitably qualified call handlers and clinical advisors in the emergency operations centre to answer 999 calls promptly. (Regulation 18(1))",
       "The trust must ensure that patients waiting for an ambulance are re-triaged by a clinician in line with the trust’s welfare call policy. (Regulation 12(2)(a)(b))"],
 EUC: ["The trust must ensure that controlled drugs are stored, recorded and checked in line with legislation and trust policy at every station. (Regulation 12(2)(g))",
       "The trust must ensure that staff complete mandatory training, including safeguarding children level 2 and adult basic life support, in line with trust targets. (Regulation 18(2)(a))",
       "The trust must ensure that vehicles and equipment are kept clean and that deep cleans are completed and recorded in line with the cleaning schedule. (Regulation 15(1)(a)(e))",
       "The trust must ensure that governance processes identify, monitor and act on delays in the handover of patients at hospital emergency departments. (Regulation 17(2)(a)(b))"],
 PTS: ["The trust must ensure that patient transport staff have the training and competence to recognise and respond to a deteriorating patient. (Regulation 12(2)(c))",
       "The trust must ensure that records of patient eligibility assessments and journeys are accurate, complete and stored securely. (Regulation 17(2)(c))"],
}
TW = ["The trust should continue to work with commissioners and acute trusts to reduce hospital handover delays across the region.",
      "The trust should ensure that all staff receive an annual appraisal."]
S = {
 EOC: ["The trust should consider how it monitors the wellbeing of emergency operations centre staff following distressing calls.",
       "The trust should ensure that call audit findings are shared with individual call handlers in a timely way."],
 EUC: ["The trust should ensure that staff consistently record patients’ pain scores before and after the administration of pain relief.",
       "The trust should ensure that response bags are sealed and checked in line with the trust’s make-ready procedure.",
       "The trust should review the availability of bariatric equipment across all operational areas."],
 PTS: ["The trust should ensure that the booking system allows staff to record patients’ mobility and communication needs.",
       "The trust should ensure that patients are not kept waiting for longer than the contracted time for their return journey.",
       "The trust should ensure that call audit findings are shared with individual call takers in a timely way.",
       "The trust should ensure that all staff receive an annual appraisal."],
}
BANK = [
 "Staff we spoke with understood their responsibilities and described how they escalated concerns to the duty manager.",
 "We reviewed 42 patient care records and found that most were legible, complete and signed, although the quality varied between stations.",
 "Leaders were visible and approachable, and crews told us they felt able to raise concerns without fear of blame.",
 "The service used an electronic system to report incidents, and staff received feedback on the incidents they reported.",
 "Managers monitored performance through a monthly dashboard that was shared with the operational governance group.",
 "Patients and relatives we spoke with were positive about the kindness and professionalism of crews.",
 "Equipment we checked on vehicles was visibly clean, labelled and within its service date in most cases.",
 "The trust had a clear vision and a set of values, which staff in most teams could describe.",
 "A safeguarding lead was available for advice during office hours, and an on-call arrangement covered evenings and weekends.",
 "Response time data was collected routinely against the national ambulance response programme standards.",
 "Crews used a recognised early warning score to identify patients whose condition was deteriorating.",
 "Clinical team leaders carried out ride-outs with crews to observe practice and provide feedback.",
 "Stations we visited were secure, and vehicle keys were stored in locked cabinets.",
 "The trust worked with partner organisations to develop alternative pathways for patients who did not need to attend hospital.",
]
def para(seed, n=4):
    r = random.Random(seed); return ' '.join(r.sample(BANK, n))

doc = Document()
st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Arial')
for s in ('Heading 1', 'Heading 2', 'Heading 3'):
    doc.styles[s].font.name = 'Arial'; doc.styles[s].font.color.rgb = RGBColor(0x3B, 0x1F, 0x5C)
doc.styles['Heading 1'].font.size = Pt(18); doc.styles['Heading 2'].font.size = Pt(13); doc.styles['Heading 3'].font.size = Pt(11)
doc.styles['List Bullet'].font.size = Pt(10)

def field_page(par):
    r = par.add_run(); f = OxmlElement('w:fldSimple'); f.set(qn('w:instr'), 'PAGE'); rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); f.append(rr); par._p.append(f)

def setup(sec, header):
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.4); sec.bottom_margin = Cm(2.2)
    sec.header.is_linked_to_previous = False; sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]; hp.text = ''
    if header:
        r = hp.add_run(header); r.font.size = Pt(9); r.bold = True; r.font.color.rgb = RGBColor(0x3B, 0x1F, 0x5C)
    fp = sec.footer.paragraphs[0]; fp.text = ''
    field_page(fp); r = fp.add_run('  ' + FOOT); r.font.size = Pt(8)

def bullets(items):
    for t in items: doc.add_paragraph(t, style='List Bullet')

# cover
sec = doc.sections[0]; setup(sec, None)
doc.add_heading(TRUST, 1)
doc.add_paragraph('Inspection report').runs[0].font.size = Pt(16)
doc.add_paragraph('Trust Headquarters, Kestrel Way, Andover Business Park, Andover, SP11 4QZ\nTel: 01264 550700\nwww.wessexvaleambulance.nhs.uk')
doc.add_paragraph('Date of inspection visit: 5 March to 11 April 2019\nDate of publication: 12 June 2019')
doc.add_paragraph('We plan our next inspections based on everything we know about services, including whether they appear to be getting better or worse. Each report explains the reason for the inspection. This report describes our judgement of the quality of care provided by this trust. It is based on a combination of what we found when we inspected, other information known to CQC and information given to us from patients, the public and other organisations. This report is a summary of our inspection findings. You can find more detailed information about the service and what we found during our inspection in the related Evidence appendix.')
doc.add_heading('Ratings', 2)
tb = doc.add_table(rows=0, cols=2); tb.style = 'Table Grid'
for a, b in [('Overall trust quality rating', 'Requires improvement'), ('Are services safe?', 'Requires improvement'), ('Are services effective?', 'Good'), ('Are services caring?', 'Good'), ('Are services responsive?', 'Requires improvement'), ('Are services well-led?', 'Requires improvement')]:
    c = tb.add_row().cells; c[0].text = a; c[1].text = b

sec = doc.add_section(WD_SECTION.NEW_PAGE); setup(sec, 'Summary of findings')
doc.add_heading('Background to the trust', 2)
doc.add_paragraph(f'{TRUST} provides emergency and urgent care, a 999 emergency operations centre, NHS 111 and non-emergency patient transport services across Hampshire, Wiltshire and Dorset, serving a population of around 3.4 million people. The trust employs approximately 4,100 staff and operates from 62 ambulance stations and two emergency operations centres.')
doc.add_heading('Overall summary', 2)
doc.add_paragraph('Our rating of this trust stayed the same since our last inspection. We rated it as requires improvement because:')
bullets(["We rated safe, responsive and well-led as requires improvement, and effective and caring as good.",
         "In rating the trust, we took into account the current ratings of the resilience service, which was not inspected this time.",
         "The trust had not fully addressed concerns raised at our previous inspection about the management of medicines on stations."])
doc.add_heading('What this trust does', 2); doc.add_paragraph(para(1, 5))
doc.add_heading('Key questions and ratings', 2); doc.add_paragraph(para(2, 4))
doc.add_heading('What we inspected', 2); doc.add_paragraph('We inspected three core services: the emergency operations centre, emergency and urgent care and patient transport services. ' + para(3, 3))
doc.add_heading('What we found', 2)
for i, q in enumerate(['Are services safe?', 'Are services effective?', 'Are services caring?', 'Are services responsive?', 'Are services well-led?']):
    doc.add_heading(q, 3); doc.add_paragraph(para(10 + i, 5)); doc.add_paragraph(para(20 + i, 4))
doc.add_heading('Outstanding practice', 2)
doc.add_paragraph('We found examples of outstanding practice in emergency and urgent care. For more information, see the Outstanding practice section of this report.')
doc.add_heading('Areas for improvement', 2)
doc.add_paragraph('We found areas for improvement including eight breaches of legal requirements that the trust must put right. We found 10 things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality.')
doc.add_heading('Action we have taken', 2)
doc.add_paragraph('We issued four requirement notices to the trust. That meant the trust had to send us a report saying what action it would take to meet these requirements. Our action related to breaches of legal requirements in all three core services. For more information on action we have taken, see the sections on Areas for improvement and Regulatory action.')
doc.add_heading('What happens next', 2)
doc.add_paragraph('We will check that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.')
doc.add_heading('Areas for improvement', 2)
doc.add_paragraph('Action the trust MUST take is necessary to comply with its legal obligations. Action a trust SHOULD take is to comply with a minor breach that did not justify regulatory action, to prevent it failing to comply with legal requirements in future, or to ensure it improves services.')
p = doc.add_paragraph(); r = p.add_run(MH); r.bold = True
for svc in (EOC, EUC, PTS):
    p = doc.add_paragraph(); r = p.add_run(svc); r.italic = True; r.bold = True
    bullets(M[svc])
p = doc.add_paragraph(); r = p.add_run(SH); r.bold = True
p = doc.add_paragraph(); r = p.add_run('Trust-wide'); r.italic = True; r.bold = True
bullets(TW)
for svc in (EOC, EUC, PTS):
    p = doc.add_paragraph(); r = p.add_run(svc); r.italic = True; r.bold = True
    bullets([t for t in S[svc] if t not in TW])
doc.add_heading('Is this organisation well-led?', 2)
for i, h in enumerate(['Leadership', 'Vision and strategy', 'Culture', 'Governance', 'Management of risk, issues and performance', 'Information management', 'Engagement', 'Learning, continuous improvement and innovation']):
    doc.add_heading(h, 3); doc.add_paragraph(para(40 + i, 4))

SUBS = {'safe': ['Mandatory training', 'Safeguarding', 'Cleanliness, infection control and hygiene', 'Environment and equipment', 'Assessing and responding to patient risk', 'Staffing', 'Records', 'Medicines', 'Incidents'],
        'effective': ['Evidence-based care and treatment', 'Response times', 'Competent staff', 'Multidisciplinary working'],
        'caring': ['Compassionate care', 'Emotional support'],
        'responsive': ['Service delivery to meet the needs of local people', 'Access and flow', 'Learning from complaints and concerns'],
        'well-led': ['Leadership', 'Governance', 'Culture', 'Engagement']}
for k, svc in enumerate((EOC, EUC, PTS)):
    sec = doc.add_section(WD_SECTION.NEW_PAGE); setup(sec, svc)
    doc.add_heading(svc, 1)
    doc.add_heading('Key facts and figures', 2); doc.add_paragraph(para(100 + k, 4))
    doc.add_heading('Summary of this service', 2); doc.add_paragraph(para(110 + k, 5))
    for j, (q, subs) in enumerate(SUBS.items()):
        doc.add_heading(f'Is the service {q}?', 2)
        for m, sub in enumerate(subs[: (9 if k == 1 else 5)]):
            doc.add_heading(sub, 3); doc.add_paragraph(para(200 + 31 * k + 7 * j + m, 3 + (m % 3)))
    doc.add_heading('Areas for improvement', 2)
    p = doc.add_paragraph(); r = p.add_run(MH); r.bold = True
    bullets(M[svc])
    p = doc.add_paragraph(); r = p.add_run(SH); r.bold = True
    bullets(S[svc])

sec = doc.add_section(WD_SECTION.NEW_PAGE); setup(sec, 'Requirement notices')
doc.add_heading('Requirement notices', 1)
doc.add_heading('Action we have told the provider to take', 2)
doc.add_paragraph('The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action it is going to take to meet these requirements.')
RN = [('Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment', 'Controlled drugs were not consistently checked and recorded at stations. Patients waiting for an ambulance did not always receive welfare calls. Patient transport staff had not been trained to recognise deterioration.', 12),
      ('Regulation 15 HSCA (RA) Regulations 2014 Premises and equipment', 'Vehicle deep cleans were not completed in line with the schedule.', 15),
      ('Regulation 17 HSCA (RA) Regulations 2014 Good governance', 'Systems did not identify and act on handover delays. Patient transport records were incomplete.', 17),
      ('Regulation 18 HSCA (RA) Regulations 2014 Staffing', 'There were not enough call handlers in the emergency operations centre. Mandatory training compliance was below target.', 18)]
tb = doc.add_table(rows=1, cols=2); tb.style = 'Table Grid'
tb.rows[0].cells[0].text = 'Regulated activity'; tb.rows[0].cells[1].text = 'Regulation'
for h, b, n in RN:
    c = tb.add_row().cells
    c[0].text = 'Transport services, triage and medical advice provided remotely\nTreatment of disease, disorder or injury'
    c[1].text = h + '\nHow the regulation was not being met:\n' + b
doc.save('/tmp/ES-work/r1/report.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/ES-work/r1', '/tmp/ES-work/r1/report.docx'], check=True, capture_output=True)
os.replace('/tmp/ES-work/r1/report.pdf', OUT + '/report.pdf')

F = []
def add(kind, t, section, prints):
    F.append({'kind': kind, 'text': t, 'section': section, 'prints': prints, 'regulations': cite_regs(t)})
for svc in (EOC, EUC, PTS):
    for t in M[svc]: add('must', t, MH, [svc, svc])
for t in TW: add('should', t, SH, [None] + [s for s in (EOC, EUC, PTS) if t in S[s]])
for svc in (EOC, EUC, PTS):
    for t in S[svc]:
        if t not in TW: add('should', t, SH, [svc, svc])
probs, npages = locate(OUT + '/report.pdf', F, furniture=[r'Inspection report 12/06/2019'])
print('pages', npages, 'problems', probs)
# notices pages
pages = page_texts(OUT + '/report.pdf')
notices = []
for h, b, n in RN:
    pg = [i + 1 for i, t in enumerate(pages) if norm(h) in norm(t)]
    notices.append({'kind': 'requirement_notice', 'page': pg[0], 'regulations': [reg(n)], 'regulated_activities': ['Transport services, triage and medical advice provided remotely', 'Treatment of disease, disorder or injury'], 'body': b})
meta = {'provider': TRUST, 'location': None, 'report_type': 'Inspection report', 'published': '2019-06-12', 'inspection_dates': ['2019-03-05', '2019-04-11'],
        'ratings': {'overall': 'Requires improvement', 'safe': 'Requires improvement', 'effective': 'Good', 'caring': 'Good', 'responsive': 'Requires improvement', 'well_led': 'Requires improvement'}}
if not probs:
    g = write_gold(OUT, 'LibreOffice 7.4 (Writer, from .docx)', meta, F, notices)
    print(len(g['findings']), [(f['page'], [a['page'] for a in f['also_at']]) for f in g['findings']])
