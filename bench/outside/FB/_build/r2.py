import sys, subprocess, shutil; sys.path.insert(0, '/tmp/FB-work')
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT = '/work/blind/FB/mh_core_enclosed_numerals'
TRUST = 'Northmoor Partnership NHS Foundation Trust'
SVC = 'Acute wards for adults of working age and psychiatric intensive care units'
NUM = '①②③④⑤⑥⑦⑧⑨⑩'
d = Document()
st = d.styles['Normal']; st.font.name = 'DejaVu Sans'; st.font.size = Pt(9.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'DejaVu Sans')
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(2.4); sec.bottom_margin = Cm(2.2)
sec.different_first_page_header_footer = True
def field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '2'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3): run._r.append(e)
# folio at the head, running head at the foot
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run(); r.font.size = Pt(14); r.font.bold = True; r.font.color.rgb = RGBColor(0x5b, 0x2c, 0x6f); field(r, 'PAGE')
fp = sec.footer.paragraphs[0]
r = fp.add_run(SVC + ' Quality Report 22/09/2016'); r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
fp2 = sec.footer.add_paragraph(); r = fp2.add_run(TRUST); r.font.size = Pt(7.5); r.font.bold = True
def P(text='', size=None, bold=False, color=None, align=None, after=4, before=0, italic=False):
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    if align: p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor(*color)
    return p
PURPLE = (0x5b, 0x2c, 0x6f)
def H(text, size=13, before=10): return P(text, size, True, PURPLE, before=before, after=4)
findings = []; seen = {}
def numbered(items, kind, section, marks=True):
    for i, s in enumerate(items):
        p = d.add_paragraph(); pf = p.paragraph_format
        pf.left_indent = Cm(0.9); pf.first_line_indent = Cm(-0.9); pf.space_after = Pt(5)
        pf.tab_stops.add_tab_stop(Cm(0.9))
        mark = NUM[i] if marks else '•'
        r = p.add_run(mark + '\t'); r.font.color.rgb = RGBColor(*PURPLE); r.font.size = Pt(11 if marks else 9.5)
        p.add_run(s)
        key = ' '.join(s.split())
        rec = {'kind': kind, 'text': key, 'section': section, 'service': SVC}
        if key in seen: seen[key].setdefault('also_at', []).append(rec)
        else:
            f = {'kind': kind, 'text': key, 'page': None, 'section': section, 'service': SVC, 'domain': None,
                 'regulations': regs_of(key), 'also_at': []}
            seen[key] = f; findings.append(f)
# ---- cover
P(TRUST, 18, True, PURPLE, after=2)
P(SVC, 14, False, (0x33, 0x33, 0x33), after=10)
P('Quality Report', 24, True, PURPLE, after=16)
P('Trust headquarters, Moorside House, 14 Quarry Lane, Northmoor NM2 8PL', 9.5, after=2)
P('Tel: 01632 960 722', 9.5, after=2); P('Website: www.northmoorpartnership.nhs.uk', 9.5, after=10)
P('Date of inspection visit: 7 to 10 June 2016', 9.5, True, after=2)
P('Date of publication: 22/09/2016', 9.5, True, after=14)
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Location ID', 'Name of CQC registered location', 'Name of service (e.g. ward/unit/team)']):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for row in [('RNP11', 'Moorside Hospital', 'Beech ward'), ('RNP11', 'Moorside Hospital', 'Rowan ward'),
            ('RNP14', 'Calder Lodge', 'Kestrel psychiatric intensive care unit')]:
    cells = t.add_row().cells
    for c, v in zip(cells, row): c.text = v
P('', after=8)
P('This report describes our judgement of the quality of care provided within this core service by ' + TRUST + '. It is based on a combination of what we found when we inspected and other information known to CQC and information given to us from patients, the public and other organisations.', 8.5, italic=True, after=10)
P('Ratings', 13, True, PURPLE, after=4)
t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
for a, b in [('Overall rating for the service', 'Requires improvement'), ('Are services safe?', 'Inadequate'),
             ('Are services effective?', 'Requires improvement'), ('Are services caring?', 'Good'),
             ('Are services responsive?', 'Good'), ('Are services well-led?', 'Requires improvement')]:
    cells = t.add_row().cells; cells[0].text = a; cells[1].text = b; cells[1].paragraphs[0].runs[0].bold = True
d.add_page_break()
# ---- summary
P('Summary of findings', 18, True, PURPLE, after=8)
H('Overall summary', 13, 0)
P('We rated acute wards for adults of working age and psychiatric intensive care units as requires improvement because:')
for s in ['Ligature risk assessments on Beech ward and Rowan ward did not identify all of the ligature points we found, and staff did not know what actions were in place to reduce the risks.',
          'Seclusion records were incomplete. Medical reviews did not always take place within the times set out in the Mental Health Act Code of Practice.',
          'The wards did not always have enough nursing staff. Patients told us their escorted leave was sometimes cancelled.',
          'However, staff treated patients with kindness and respect, and patients were positive about the care they received.']:
    p = d.add_paragraph(s, style='List Bullet'); p.paragraph_format.space_after = Pt(2)
H('Areas for improvement', 14, 12)
MUST = ['The trust must ensure that all ligature risks on Beech ward and Rowan ward are identified, assessed and mitigated, and that staff are aware of the actions in the ligature risk assessments. (Regulation 12(2)(a)(b))',
        'The trust must ensure that seclusion is used and recorded in line with the Mental Health Act Code of Practice, including medical reviews at the required intervals. (Regulation 13(4)(b))',
        'The trust must ensure that there are enough suitably qualified nursing staff on each shift to meet the needs of patients, and that escorted leave is not cancelled because of staff shortages. (Regulation 18(1))',
        "The trust must ensure that patients' physical health is monitored after the administration of rapid tranquillisation, in line with National Institute for Health and Care Excellence guidance. (Regulation 12(2)(b))",
        'The trust must ensure that staff receive regular supervision and an annual appraisal. (Regulation 18(2)(a))',
        'The trust must ensure that consent to treatment forms (T2 and T3) are kept with medication charts and that medicines are given under the correct legal authority. (Regulation 11(1))']
MUST2 = list(MUST); MUST2[4] = 'The trust must ensure that staff receive regular clinical supervision and an annual appraisal. (Regulation 18(2)(a))'
SHOULD = ['The trust should ensure that patients who are detained are told of their rights under section 132 of the Mental Health Act, and that staff understand this must be repeated at regular intervals.',
          'The trust should ensure that blanket restrictions on the wards are reviewed and justified on an individual basis.',
          'The trust should ensure that care plans are personalised, holistic and recovery-focused, and that they reflect the views of patients.',
          'The trust should consider providing a dedicated female-only lounge on Rowan ward.',
          'The trust should ensure that staff offer patients a debrief following incidents of restraint.',
          'The trust should ensure that clinic room and medicine fridge temperatures are monitored and recorded daily.',
          'The trust should review how it shares learning from serious incidents across the acute wards and the psychiatric intensive care unit.']
P('Action the provider MUST take to improve', 11, True, after=5)
numbered(MUST[:3], 'must', 'Action the provider MUST take to improve')
# the list is interrupted by a full-width table, then resumes at ④
P('Table 1: Registered nurse fill rates, day and night shifts, March to May 2016', 8.5, True, PURPLE, before=4, after=2)
t = d.add_table(rows=1, cols=5); t.style = 'Light Grid Accent 4'
for c, h in zip(t.rows[0].cells, ['Ward', 'Beds', 'Day fill rate', 'Night fill rate', 'Shifts below minimum']): c.text = h
for row in [('Beech ward', '18', '86%', '91%', '23'), ('Rowan ward', '16', '79%', '88%', '31'), ('Kestrel PICU', '10', '94%', '97%', '6')]:
    for c, v in zip(t.add_row().cells, row): c.text = v
P('Source: trust data request. Fill rate is the percentage of planned registered nurse hours that were filled.', 7.5, italic=True, after=8)
for i, s in enumerate(MUST[3:], 3):
    p = d.add_paragraph(); pf = p.paragraph_format
    pf.left_indent = Cm(0.9); pf.first_line_indent = Cm(-0.9); pf.space_after = Pt(5); pf.tab_stops.add_tab_stop(Cm(0.9))
    r = p.add_run(NUM[i] + '\t'); r.font.color.rgb = RGBColor(*PURPLE); r.font.size = Pt(11); p.add_run(s)
    key = ' '.join(s.split())
    f = {'kind': 'must', 'text': key, 'page': None, 'section': 'Action the provider MUST take to improve', 'service': SVC,
         'domain': None, 'regulations': regs_of(key), 'also_at': []}
    seen[key] = f; findings.append(f)
P('Action the provider SHOULD take to improve', 11, True, before=6, after=5)
numbered(SHOULD, 'should', 'Action the provider SHOULD take to improve')
d.add_page_break()
P('Detailed findings', 18, True, PURPLE, after=8)
for q, txt in [('Are services safe?', 'Staff completed ligature risk assessments for each ward, but the assessments for Beech ward and Rowan ward did not include the en-suite bathrooms that had been refurbished in 2015. The Mental Health Act Code of Practice says that a patient in seclusion must have a medical review within one hour of the start of seclusion. In six of the 14 records we reviewed this had not happened. Staff knew how to recognise and report abuse, and the wards had safeguarding leads.'),
               ('Are services effective?', 'Care plans were up to date but were not always personalised. Staff told us that supervision sessions were often cancelled when the wards were busy; records showed that 61% of staff on Rowan ward had received supervision in the last three months. T3 certificates were missing for two patients on Beech ward.'),
               ('Are services caring?', 'We observed staff treating patients with kindness, dignity and respect. Patients said staff listened to them and involved them in decisions about their care.'),
               ('Are services responsive to people\'s needs?', 'Bed occupancy across the acute wards averaged 104% over the six months before the inspection. Rowan ward is a mixed-sex ward and did not have a female-only lounge.'),
               ('Are services well-led?', 'Ward managers had access to a dashboard of key performance information. Learning from serious incidents was shared at ward level but not consistently across the core service.')]:
    H(q, 12, 8); P(txt, after=6)
d.add_page_break()
P('Outstanding practice and areas for improvement', 16, True, PURPLE, after=8)
H('Outstanding practice', 12, 0)
P('Kestrel psychiatric intensive care unit ran a weekly physical health clinic with a practice nurse from a local GP surgery. Patients had annual health checks and smoking cessation support.')
H('Areas for improvement', 12, 8)
P('Action the provider MUST take to improve', 11, True, after=5)
numbered(MUST2, 'must', 'Action the provider MUST take to improve', marks=False)
P('Action the provider SHOULD take to improve', 11, True, before=6, after=5)
numbered(SHOULD, 'should', 'Action the provider SHOULD take to improve', marks=False)
d.save('/tmp/FB-r2.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/FB-r2out', '/tmp/FB-r2.docx'], check=True, capture_output=True)
shutil.copy('/tmp/FB-r2out/FB-r2.docx'.replace('.docx', '.pdf'), OUT + '/report.pdf')
import json
json.dump([findings, [ (k, v.get('also_at')) for k, v in seen.items()]], open('/tmp/FB-r2-findings.json', 'w'))
