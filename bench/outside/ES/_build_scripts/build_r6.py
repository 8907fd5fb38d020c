import sys, os, random, subprocess, html
sys.path.insert(0, '/tmp/ES-work')
from common import *
OUT = '/work/blind/ES/hospice_assessment_2024'; os.makedirs(OUT, exist_ok=True)
LOC = 'St Elphin’s Hospice'; PROV = 'St Elphin’s Hospice Trust'
W1 = "We identified 3 breaches of regulation relating to safe care and treatment, staffing and good governance."
B12 = "This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
B18 = "The provider was in breach of regulation 18 (Staffing) because staff had not all received the training they needed to carry out their roles safely."
B17 = "This meant the provider was in breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
R1 = "We recommend the provider reviews how incidents involving falls are investigated, so that learning is identified and shared across the inpatient unit and hospice at home team."
R2 = "We recommend the provider reviews its approach to recording mental capacity assessments for people who are unable to consent to the use of bed rails."
R3 = "We recommend the provider seeks feedback from people from diverse communities in the local area to understand the barriers they face in accessing hospice care."
R4 = "We recommend the provider develops a plan for the hospice at home service so that people’s wishes about their preferred place of death can be met more consistently."
R5 = "We recommend the provider ensures trustees receive regular assurance about the quality and safety of clinical care."
BANK = ["People and their families spoke very positively about the care and support they received.", "Staff were kind and compassionate and took time to understand what mattered to people.", "The hospice had strong links with local GPs, district nurses and the acute trust’s palliative care team.", "Leaders were visible, and staff told us they felt valued and supported.", "The environment was calm, clean and well maintained, and people had access to peaceful gardens.", "Volunteers were well supported and played an important role in the life of the hospice.", "People’s symptoms were assessed and reviewed regularly by the multidisciplinary team.", "Families were supported before and after bereavement, including through a dedicated children’s bereavement service.", "The service worked with partners to support people to be cared for in their preferred place.", "Staff understood how to recognise and report abuse and felt confident to raise concerns."]
def para(seed, n=3):
    r = random.Random(seed); return ' '.join(r.sample(BANK, n))
css = """@page { size: A4; margin: 20mm 17mm 20mm 17mm;
  @top-left { content: 'St Elphin’s Hospice – Assessment report'; font-family: 'Liberation Sans'; font-size: 8pt; color: #555; }
  @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-family: 'Liberation Sans'; font-size: 8pt; color: #555; }
  @bottom-left { content: 'Care Quality Commission   Published 18 July 2024'; font-family: 'Liberation Sans'; font-size: 8pt; color: #555; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #222; }
h1 { font-size: 24pt; color: #21145f; margin: 0 0 4pt; } h2 { font-size: 16pt; color: #21145f; border-bottom: 2px solid #21145f; padding-bottom: 2pt; margin: 18pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; color: #21145f; margin: 12pt 0 3pt; break-after: avoid; } .score { font-size: 9.5pt; color: #555; margin: 0 0 4pt; }
.rt { display: inline-block; background: #f6d365; padding: 1pt 6pt; font-weight: bold; } .g { background: #7fd07f; }
table { border-collapse: collapse; } td { padding: 3pt 10pt 3pt 0; } .pb { break-before: page; }"""
R = {'Safe': 'Requires improvement', 'Effective': 'Good', 'Caring': 'Good', 'Responsive': 'Good', 'Well-led': 'Requires improvement'}
QS = {'Safe': [('Learning culture', 2, [R1]), ('Safe systems, pathways and transitions', 3, []), ('Safeguarding', 3, []), ('Involving people to manage risks', 3, []), ('Safe environments', 3, []), ('Safe and effective staffing', 2, ['STAFF']), ('Infection prevention and control', 3, []), ('Medicines optimisation', 1, ['MEDS'])],
      'Effective': [('Assessing needs', 3, []), ('Delivering evidence-based care and treatment', 3, []), ('How staff, teams and services work together', 3, []), ('Supporting people to live healthier lives', 3, []), ('Monitoring and improving outcomes', 3, []), ('Consent to care and treatment', 2, [R2])],
      'Caring': [('Kindness, compassion and dignity', 4, []), ('Treating people as individuals', 3, []), ('Independence, choice and control', 3, []), ('Responding to people’s immediate needs', 3, []), ('Workforce wellbeing and enablement', 3, [])],
      'Responsive': [('Person-centred care', 3, []), ('Care provision, integration, and continuity', 3, []), ('Providing information', 3, []), ('Listening to and involving people', 3, []), ('Equity in access', 2, [R3]), ('Equity in experiences and outcomes', 3, []), ('Planning for the future', 2, [R4])],
      'Well-led': [('Shared direction and culture', 3, []), ('Capable, compassionate and inclusive leaders', 3, []), ('Freedom to speak up', 3, []), ('Workforce equality, diversity and inclusion', 3, []), ('Governance, management and sustainability', 1, ['GOV', R5]), ('Partnerships and communities', 3, []), ('Learning, improvement and innovation', 3, [])]}
SPECIAL = {'MEDS': "Medicines were not always managed safely. Controlled drug stock checks had not been completed on 6 occasions in the 3 months before our assessment, and 2 people’s syringe driver records did not show that the infusion had been checked at the required intervals. " + B12,
           'STAFF': "There were enough staff to meet people’s needs, but training records showed that only 64% of registered nurses had completed their syringe driver competency assessment and 58% of staff had completed moving and handling training. " + B18,
           'GOV': "Governance processes were not effective in identifying and addressing risks. Medicines audits had not identified the concerns we found, and the hospice’s risk register had not been reviewed by the clinical governance committee since October 2023. " + B17}
h = f"<html lang='en-GB'><head><meta charset='utf-8'><title>{LOC} – Assessment report</title><style>{css}</style></head><body>"
h += f"<h1>{LOC}</h1><p style='font-size:15pt;margin:0'>Assessment report</p><p>Elphin Road, Warrington, WA1 3PQ<br>Tel: 01925 710500<br>Provider: {PROV}</p>"
h += "<p>Date of assessment: 14 May 2024 to 3 June 2024<br>Date of publication: 18 July 2024</p><p>We carry out assessments to check whether services are meeting the fundamental standards of care. During an assessment under our new approach we look at the quality statements in each key question. This report sets out what we found.</p>"
h += "<h3>Ratings</h3><table><tr><td>Overall</td><td><span class='rt'>Requires improvement</span></td></tr>" + ''.join(f"<tr><td>{k}</td><td><span class='rt{' g' if v == 'Good' else ''}'>{v}</span></td></tr>" for k, v in R.items()) + "</table>"
h += "<h2>Our view of the service</h2>"
h += f"<p>{LOC} is a charitable hospice providing specialist palliative and end of life care to adults. It has a 16-bed inpatient unit and a hospice at home service, and provides day therapies and outpatient clinics. We assessed the service between 14 May and 3 June 2024 and carried out an on-site visit on 21 and 22 May 2024.</p>"
h += "<p>" + para(1, 3) + "</p><p>However, we found that medicines, particularly controlled drugs, were not always managed safely, and staff had not all completed training in key clinical skills. Governance systems had not identified these concerns. " + W1 + " We have asked the provider for an action plan in response to the concerns found at this assessment.</p>"
h += "<h2>People’s experience of this service</h2><p>" + para(2, 4) + "</p><p>“The nurses couldn’t have done more for Dad. They explained everything and made sure we could be with him,” one relative told us.</p>"
for n, (k, qs) in enumerate(QS.items()):
    h += f"<h2{' class=pb' if n == 0 else ''}>{k}</h2><p><b>Rating: {R[k]}</b></p><p>{para(10 + n, 2)}</p><p class='score'>Percentage score: {round(100 * sum(s for _, s, _ in qs) / (4 * len(qs)))}%</p>"
    for m, (qn, sc, items) in enumerate(qs):
        h += f"<h3>{html.escape(qn)}</h3><p class='score'>Score: {sc}</p><p>{para(100 + n * 20 + m, 2 + (m % 2))}</p>"
        for it in items:
            h += f"<p>{html.escape(SPECIAL.get(it, '') or it) if it in SPECIAL else ''}</p>" if it in SPECIAL else f"<p>{para(300 + n * 20 + m, 1)} {html.escape(it)}</p>"
h += "</body></html>"
open('/tmp/ES-work/r6/report.html', 'w').write(h)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf=/tmp/ES-work/r6/chrome.pdf', 'file:///tmp/ES-work/r6/report.html'], capture_output=True)
subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.6', f'-sOutputFile={OUT}/report.pdf', '/tmp/ES-work/r6/chrome.pdf'], check=True)
F = [dict(kind='must', text=W1, section='Our view of the service', domain=None, regulations=[])]
dom = {'Safe': 'Safe', 'Effective': 'Effective', 'Caring': 'Caring', 'Responsive': 'Responsive', 'Well-led': 'Well-led'}
for k, qs in QS.items():
    for qn, sc, items in qs:
        for it in items:
            if it == 'MEDS': F.append(dict(kind='must', text=B12, section=k, domain=k, regulations=[reg(12)]))
            elif it == 'STAFF': F.append(dict(kind='must', text=B18, section=k, domain=k, regulations=[reg(18)]))
            elif it == 'GOV': F.append(dict(kind='must', text=B17, section=k, domain=k, regulations=[reg(17)]))
            else: F.append(dict(kind='should', text=it, section=k, domain=k, regulations=[]))
for f in F: f['prints'] = [None]
probs, npages = locate(OUT + '/report.pdf', F, furniture=[r'Assessment report$', r'^Page \d+ of \d+$', r'Published 18 July 2024'])
print('pages', npages, 'problems', probs)
meta = {'provider': PROV, 'location': LOC, 'report_type': 'Assessment report', 'published': '2024-07-18', 'inspection_dates': ['2024-05-14', '2024-06-03'],
        'ratings': {'overall': 'Requires improvement', 'safe': 'Requires improvement', 'effective': 'Good', 'caring': 'Good', 'responsive': 'Good', 'well_led': 'Requires improvement'}}
if not probs:
    g = write_gold(OUT, 'Chromium (Skia/PDF), re-printed by Ghostscript pdfwrite', meta, F)
    print(len(g['findings']), [(f['kind'], f['page'], f['section']) for f in g['findings']])
