import sys, os, random, subprocess, html
sys.path.insert(0, '/tmp/ES-work')
from common import *
OUT = '/work/blind/ES/gp_practice_2018'; os.makedirs(OUT, exist_ok=True)
LOC = 'Hollins Lane Surgery'; PROV = 'Dr A Patel and Partners'
FOOT = LOC + ' Inspection report 14/09/2018'
MS = 'The areas where the provider must make improvements are:'; SS = 'The areas where the provider should make improvements are:'
MU = ["Ensure care and treatment is provided in a safe way to patients.",
      "Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
      "Ensure recruitment procedures are established and operated effectively to ensure only fit and proper persons are employed."]
SU = [("Review the system for recording and acting on significant events so that learning is shared with all staff, including locum GPs.", []),
      ("Improve the monitoring of patients prescribed high-risk medicines, including:", ["patients prescribed methotrexate, whose blood test results were not always checked before a repeat prescription was issued;", "patients prescribed lithium, who did not all have an annual thyroid function test."]),
      ("Continue to improve the uptake of cervical screening and childhood immunisations.", []),
      ("Review the arrangements for identifying carers so that they can be offered appropriate support.", []),
      ("Take action to improve patient satisfaction with telephone access to the practice.", []),
      ("Implement a system to monitor the use of blank prescription forms and pads in line with national guidance.", [])]
BANK = ["The practice had a clear system for managing test results, and results were reviewed by a GP on the day they were received.",
 "Staff we spoke with knew who the safeguarding lead was and how to raise a concern.",
 "Emergency medicines were easily accessible to staff in a secure area of the practice and all staff knew of their location.",
 "The practice used an electronic rota system to plan staffing, including cover for leave and sickness.",
 "We reviewed five staff files and found that appropriate checks had not been undertaken for two recently recruited staff.",
 "Clinical audits had been carried out, although only one was a completed two-cycle audit demonstrating improvement.",
 "Patients we spoke with said they were treated with dignity and respect by all staff.",
 "The practice had a patient participation group, which met every three months.",
 "Results from the national GP patient survey showed that satisfaction with getting through on the telephone was below local and national averages.",
 "The practice had identified 84 patients as carers, which was less than 1% of the practice list.",
 "There was a leadership structure, and staff told us they felt supported by the partners and the practice manager.",
 "Policies were available to all staff on the shared computer drive, although some had not been reviewed for over two years."]
def para(seed, n=3):
    r = random.Random(seed); return ' '.join(r.sample(BANK, n))
def ul(items): return '<ul>' + ''.join(f'<li>{html.escape(t)}</li>' for t in items) + '</ul>'
def sul(items):
    out = '<ul>'
    for t, subs in items:
        out += f'<li>{html.escape(t)}' + ('<ul class="sub">' + ''.join(f'<li>{html.escape(x)}</li>' for x in subs) + '</ul>' if subs else '') + '</li>'
    return out + '</ul>'
css = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; @top-left { content: 'Overall summary'; font-family: 'Liberation Sans'; font-size: 8.5pt; font-weight: bold; color: #5a2d82; } @bottom-left { content: counter(page) '   Hollins Lane Surgery Inspection report 14/09/2018'; font-family: 'Liberation Sans'; font-size: 8pt; } } @page :first { @top-left { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
.hdr { position: fixed; top: -14mm; left: 0; font-size: 8.5pt; color: #5a2d82; font-weight: bold; }
.ftr { position: fixed; bottom: -12mm; left: 0; font-size: 8pt; color: #333; }
h1 { font-size: 20pt; color: #5a2d82; margin: 0 0 6pt; } h2 { font-size: 13pt; color: #5a2d82; margin: 12pt 0 4pt; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; page-break-after: avoid; }
ul { margin: 2pt 0 6pt 0; padding-left: 16pt; } li { margin-bottom: 3pt; } ul.sub { list-style-type: circle; margin-top: 2pt; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #aaa; padding: 3pt 5pt; font-size: 9.5pt; text-align: left; vertical-align: top; }
.cover { page-break-after: always; } .pb { page-break-before: always; }
"""
KQ = ['Safe', 'Effective', 'Caring', 'Responsive', 'Well-led']
RT = {'Safe': 'Requires improvement', 'Effective': 'Good', 'Caring': 'Good', 'Responsive': 'Good', 'Well-led': 'Requires improvement'}
h = f"<html><head><meta charset='utf-8'><title>{LOC} Inspection report</title><style>{css}</style></head><body>"
h += f"<div class='cover'><h1>{PROV}</h1><h2 style='font-size:16pt;color:#000'>{LOC}</h2><p style='font-size:14pt'>Inspection report</p>"
h += "<p>Hollins Lane, Marsden Heath, Lancashire, BB9 4RT<br>Tel: 01282 690144<br>www.hollinslanesurgery.nhs.uk</p><p>Date of inspection visit: 7 August 2018<br>Date of publication: 14 September 2018</p>"
h += "<p>This report describes our judgement of the quality of care at this service. It is based on a combination of what we found when we inspected, other information available to us and any information given to us by the service, patients, the public and other organisations.</p>"
h += "<h2>Ratings</h2><table>" + "<tr><th>Overall rating for this location</th><td>Requires improvement</td></tr>" + ''.join(f"<tr><th>Are services {k.lower()}?</th><td>{RT[k]}</td></tr>" for k in KQ) + "</table></div>"
h += "<h2>Overall summary</h2><p><b>This practice is rated as Requires improvement overall.</b> (Previous rating April 2016 – Good)</p>"
h += "<p>The key questions at this inspection are rated as:</p><p>" + '<br>'.join(f"Are services {k.lower()}? – {RT[k]}" for k in KQ) + "</p>"
h += f"<p>We carried out an announced comprehensive inspection at {LOC} on 7 August 2018 as part of our inspection programme.</p><p>At this inspection we found:</p>"
h += ul(random.Random(900).sample(BANK, 8))
h += f"<p><b>{MS}</b></p>" + ul(MU) + "<p>(Please see the specific details on action required at the end of this report.)</p>"
h += f"<p><b>{SS}</b></p>" + sul(SU)
h += "<p><b>Professor Steve Field</b> CBE FRCP FFPH FRCGP<br>Chief Inspector of General Practice</p>"
h += "<h2>Population group ratings</h2><table>" + ''.join(f"<tr><td>{g}</td><td>{r}</td></tr>" for g, r in [('Older people', 'Requires improvement'), ('People with long-term conditions', 'Requires improvement'), ('Families, children and young people', 'Requires improvement'), ('Working age people (including those recently retired and students)', 'Requires improvement'), ('People whose circumstances may make them vulnerable', 'Requires improvement'), ('People experiencing poor mental health (including people with dementia)', 'Requires improvement')]) + "</table>"
h += "<h2>Our inspection team</h2><p>Our inspection team was led by a CQC lead inspector. The team included a GP specialist adviser and a practice manager specialist adviser.</p>"
h += f"<h2>Background to {LOC}</h2><p>{LOC} provides general medical services to approximately 9,400 patients from a purpose-built health centre. The practice is part of East Lancashire Clinical Commissioning Group. There are four GP partners, two salaried GPs, two practice nurses, a healthcare assistant and a team of reception and administrative staff led by a practice manager.</p>"
for i, k in enumerate(KQ):
    h += f"<h2>Are services {k.lower()}?</h2><p><b>We rated the practice as {RT[k].lower()} for providing {k.lower()} services.</b></p>"
    for j, sub in enumerate(['Safety systems and processes', 'Risks to patients', 'Information to deliver safe care and treatment'] if k == 'Safe' else ['Monitoring care and treatment', 'Effective staffing'] if k == 'Effective' else ['Kindness, respect and compassion'] if k == 'Caring' else ['Timely access to care and treatment', 'Listening and learning from concerns and complaints'] if k == 'Responsive' else ['Leadership capacity and capability', 'Governance arrangements', 'Managing risks, issues and performance']):
        h += f"<h3>{sub}</h3><p>{para(1000 + i * 10 + j, 4)}</p>"
h += "<h2 class='pb'>Requirement notices</h2><h3>Action we have told the provider to take</h3><p>The table below shows the legal requirements that were not being met. The provider must send CQC a report that says what action they are going to take to meet these requirements.</p>"
RN = [('Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment', 'Care and treatment was not being provided in a safe way for service users. The provider had not ensured the proper and safe management of medicines, as patients on high-risk medicines were not monitored appropriately.', 12),
      ('Regulation 17 HSCA (RA) Regulations 2014 Good governance', 'Systems or processes were not established and operated effectively to assess, monitor and mitigate risks. Significant events were not always investigated and learning was not shared.', 17),
      ('Regulation 19 HSCA (RA) Regulations 2014 Fit and proper persons employed', 'Recruitment procedures were not operated effectively: required information, including proof of identity and satisfactory evidence of conduct in previous employment, had not been obtained for two members of staff.', 19)]
ACT = 'Diagnostic and screening procedures<br>Family planning services<br>Maternity and midwifery services<br>Treatment of disease, disorder or injury'
h += "<table><tr><th>Regulated activity</th><th>Regulation</th></tr>" + ''.join(f"<tr><td>{ACT}</td><td><b>{a}</b><br>How the regulation was not being met:<br>{html.escape(b)}</td></tr>" for a, b, n in RN) + "</table>"
h += "</body></html>"
open('/tmp/ES-work/r3/report.html', 'w').write(h)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={OUT}/report.pdf', 'file:///tmp/ES-work/r3/report.html'], capture_output=True)
F = [{'kind': 'must', 'text': t, 'section': MS, 'prints': [None]} for t in MU]
F += [{'kind': 'should', 'text': t + ('\n' + '\n'.join(s) if s else ''), 'section': SS, 'prints': [None]} for t, s in SU]
F[0]['regulations'] = [reg(12)]; F[1]['regulations'] = [reg(17)]; F[2]['regulations'] = [reg(19)]
probs, npages = locate(OUT + '/report.pdf', F, furniture=[r'Inspection report 14/09/2018', r'^Overall summary$'])
print('pages', npages, 'problems', probs)
pages = page_texts(OUT + '/report.pdf')
notices = [{'kind': 'requirement_notice', 'page': [i + 1 for i, t in enumerate(pages) if norm(a) in norm(t)][0], 'regulations': [reg(n)], 'body': b} for a, b, n in RN]
meta = {'provider': PROV, 'location': LOC, 'report_type': 'Inspection report', 'published': '2018-09-14', 'inspection_dates': ['2018-08-07'],
        'ratings': {'overall': 'Requires improvement', 'safe': 'Requires improvement', 'effective': 'Good', 'caring': 'Good', 'responsive': 'Good', 'well_led': 'Requires improvement'}}
if not probs:
    g = write_gold(OUT, 'Chromium (Skia/PDF)', meta, F, notices)
    print(len(g['findings']), [(f['page'], [a['page'] for a in f['also_at']]) for f in g['findings']])
