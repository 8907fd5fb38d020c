import sys, subprocess, shutil, copy; sys.path.insert(0, '/tmp/FB-work')
from common import *
from pptx import Presentation
from pptx.util import Inches, Pt, Emu
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN, MSO_ANCHOR
from pptx.oxml.ns import qn
from lxml import etree
OUT = '/work/blind/FB/indep_slides_impress'
PROV = 'Kestrel Healthcare Limited'; LOC = 'Elmsbrook Hospital'
NAVY = RGBColor(0x1f, 0x2a, 0x5c); TEAL = RGBColor(0x00, 0x85, 0x7c); GREY = RGBColor(0x44, 0x44, 0x44)
prs = Presentation(); prs.slide_width = Inches(13.333); prs.slide_height = Inches(7.5)
BL = prs.slide_layouts[6]
slide_no = [0]
def tb(slide, x, y, w, h, anchor=MSO_ANCHOR.TOP):
    s = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = s.text_frame; tf.word_wrap = True; tf.vertical_anchor = anchor
    return s, tf
def para(tf, text, size=14, bold=False, color=GREY, bullet=None, first=False, space=4, align=None):
    p = tf.paragraphs[0] if first else tf.add_paragraph()
    r = p.add_run(); r.text = text; r.font.size = Pt(size); r.font.bold = bold; r.font.color.rgb = color
    r.font.name = 'Liberation Sans'
    p.space_after = Pt(space)
    if align: p.alignment = align
    pPr = p._p.get_or_add_pPr()
    if bullet:
        pPr.set('marL', str(Inches(0.28))); pPr.set('indent', str(-Inches(0.28)))
        bc = etree.SubElement(pPr, qn('a:buClr')); sc = etree.SubElement(bc, qn('a:srgbClr')); sc.set('val', '00857C')
        bf = etree.SubElement(pPr, qn('a:buFont')); bf.set('typeface', 'DejaVu Sans')
        bu = etree.SubElement(pPr, qn('a:buChar')); bu.set('char', bullet)
    else:
        etree.SubElement(pPr, qn('a:buNone'))
    return p
def new_slide(title, kicker=None):
    s = prs.slides.add_slide(BL); slide_no[0] += 1
    bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(0.95))
    bar.fill.solid(); bar.fill.fore_color.rgb = NAVY; bar.line.fill.background()
    _, tf = tb(s, 0.5, 0.12, 12.3, 0.75, MSO_ANCHOR.MIDDLE)
    para(tf, title, 26, True, RGBColor(255, 255, 255), first=True)
    if kicker:
        _, tf = tb(s, 0.5, 1.0, 12.3, 0.4); para(tf, kicker, 12, False, TEAL, first=True)
    _, tf = tb(s, 0.5, 7.0, 9, 0.35); para(tf, LOC + ' Inspection report 18/11/2020', 9, False, GREY, first=True)
    _, tf = tb(s, 11.8, 7.0, 1.0, 0.35); para(tf, str(slide_no[0]), 10, True, NAVY, first=True, align=PP_ALIGN.RIGHT)
    return s
findings = []
def record(kind, text, service, section, slide):
    findings.append({'kind': kind, 'text': text, 'page': slide, 'section': section, 'service': service,
                     'domain': None, 'regulations': regs_of(text)})
# ---- 1 cover
s = prs.slides.add_slide(BL); slide_no[0] += 1
bg = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(5.2), prs.slide_height); bg.fill.solid(); bg.fill.fore_color.rgb = NAVY; bg.line.fill.background()
_, tf = tb(s, 0.5, 1.2, 4.4, 4)
para(tf, PROV, 20, True, RGBColor(255, 255, 255), first=True, space=10)
para(tf, LOC, 16, False, RGBColor(0xcc, 0xe6, 0xe4), space=30)
para(tf, 'Inspection report', 34, True, RGBColor(255, 255, 255))
_, tf = tb(s, 5.7, 0.8, 7.0, 2.6)
for i, t in enumerate(['Elmsbrook Park, Larch Road, Elmsbrook EB7 1LW', 'Tel: 01632 960 884', 'Website: www.kestrelhealthcare.co.uk',
                       'Date of inspection visit: 8 September 2020 to 9 September 2020', 'Date of publication: 18/11/2020']):
    para(tf, t, 13, i >= 3, GREY, first=(i == 0))
tbl = s.shapes.add_table(7, 2, Inches(5.7), Inches(3.4), Inches(7.0), Inches(3.2)).table
tbl.columns[0].width = Inches(4.3); tbl.columns[1].width = Inches(2.7)
for i, (a, b) in enumerate([('Ratings', ''), ('Overall rating for this location', 'Requires improvement'), ('Are services safe?', 'Requires improvement'),
                            ('Are services effective?', 'Good'), ('Are services caring?', 'Good'),
                            ('Are services responsive?', 'Good'), ('Are services well-led?', 'Requires improvement')]):
    for j, v in enumerate((a, b)):
        c = tbl.cell(i, j); c.text = v
        for p in c.text_frame.paragraphs:
            for r in p.runs: r.font.size = Pt(12); r.font.bold = (i == 0 or j == 1); r.font.name = 'Liberation Sans'
# ---- 2 summary
s = new_slide('Summary of this inspection', 'Elmsbrook Hospital is operated by Kestrel Healthcare Limited')
_, tf = tb(s, 0.5, 1.5, 12.3, 5.3)
para(tf, 'We rated it as requires improvement because:', 16, True, NAVY, first=True, space=8)
for t in ['Staff in theatres had not all completed training in recognising and managing sepsis, and the surgical safety checklist was not always completed in full.',
          'Controlled drugs records in theatres contained gaps, and patient records in outpatients were not always stored securely.',
          'Leaders had not ensured that radiation protection local rules had been reviewed and signed.',
          'However, staff treated patients with compassion and kindness, respected their privacy and dignity, and took account of their individual needs.',
          'Patients could access the service when they needed it and did not have to wait too long for treatment.']:
    para(tf, t, 15, False, GREY, bullet='\u25A0', space=8)
# ---- 3.. areas for improvement: one slide per core service, MUST box left, SHOULD box right
SVC = [('Surgery',
        ['The provider must ensure that all theatre staff complete training in the recognition and management of sepsis. (Regulation 12(2)(c))',
         'The provider must ensure that the World Health Organization surgical safety checklist is completed in full for every patient. (Regulation 12(2)(b))',
         'The provider must ensure that controlled drugs registers in theatres are completed accurately and checked as often as its policy requires. (Regulation 12(2)(g))'],
        ["The provider should ensure that patients' risk of venous thromboembolism is reassessed within 24 hours of admission.",
         'The provider should consider how it records discussions with patients about the risks and benefits of their surgery.',
         'The provider should ensure that the resuscitation trolley on Larch ward is checked daily.']),
       ('Outpatients',
        ['The provider must ensure that patient records are stored securely in the outpatient department at all times. (Regulation 17(2)(d))',
         'The provider must ensure that all staff who act as chaperones complete chaperone training. (Regulation 18(2)(a))'],
        ['The provider should ensure that hand hygiene audits are completed monthly for all clinic rooms.',
         'The provider should monitor waiting times in clinics and tell patients when clinics are running late.']),
       ('Diagnostic imaging',
        ['The provider must ensure that the local rules for work with ionising radiation are reviewed and signed by all radiographers. (Regulation 12(2)(b))',
         'The provider must ensure that imaging staff complete training in the recognition and management of sepsis. (Regulation 12(2)(c))'],
        ['The provider should ensure that pregnancy status checks are recorded for all relevant patients before examinations.',
         'The provider should consider providing information leaflets about scans in other languages and in easy read formats.'])]
s = new_slide('Areas for improvement')
_, tf = tb(s, 0.5, 1.4, 12.3, 5.3)
para(tf, 'We found areas for improvement in surgery, outpatients and diagnostic imaging.', 16, False, GREY, first=True, space=10)
para(tf, 'Action the provider MUST take is necessary to comply with its legal obligations. Action the provider SHOULD take is because it was not doing something required by a regulation but it would be disproportionate to find a breach of the regulation overall, to prevent it failing to comply with legal requirements in future, or to improve services.', 16, False, GREY, space=10)
para(tf, 'The pages that follow set out the actions for each core service. Musts are on the left of each page and shoulds on the right.', 16, False, GREY)
MS = 'Action the provider MUST take to improve'; SS = 'Action the provider SHOULD take to improve'
for svc, must, should in SVC:
    s = new_slide(svc + ': areas for improvement', 'Core service')
    for x, head, items, kind, sec, glyph in [(0.5, MS, must, 'must', MS, '\u25B6'), (6.85, SS, should, 'should', SS, '\u25B7')]:
        box = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(1.5), Inches(6.0), Inches(5.3))
        box.adjustments[0] = 0.04
        box.fill.solid(); box.fill.fore_color.rgb = RGBColor(0xee, 0xf6, 0xf5) if kind == 'must' else RGBColor(0xf4, 0xf4, 0xf8)
        box.line.color.rgb = TEAL if kind == 'must' else NAVY
        tf = box.text_frame; tf.word_wrap = True; tf.vertical_anchor = MSO_ANCHOR.TOP
        tf.margin_left = tf.margin_right = Inches(0.2); tf.margin_top = Inches(0.18)
        para(tf, head, 17, True, NAVY, first=True, space=10)
        for t in items:
            para(tf, t, 15, False, GREY, bullet=glyph, space=9)
            record(kind, t, svc, sec, slide_no[0])
# ---- last: what happens next
s = new_slide('Action we have taken and what happens next')
_, tf = tb(s, 0.5, 1.5, 12.3, 5.3)
para(tf, 'We issued three requirement notices to the provider. Our action related to breaches of legal requirements in surgery, outpatients and diagnostic imaging.', 16, False, GREY, first=True, space=10)
para(tf, 'We will make sure that the provider takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the provider and our regular inspections.', 16, False, GREY)
prs.save('/tmp/FB-r5.pptx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/FB-r5out', '/tmp/FB-r5.pptx'], check=True, capture_output=True)
shutil.copy('/tmp/FB-r5out/FB-r5.pdf', OUT + '/report.pdf')
meta = {"provider": PROV, "location": LOC, "report_type": "Inspection report", "published": "2020-11-18",
        "inspection_dates": ["2020-09-08", "2020-09-09"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Good", "well_led": "Requires improvement"}}
write_gold(OUT, 'LibreOffice 7.4 (Impress, from .pptx)', meta, findings)
check_pages(OUT + '/report.pdf', findings)
print(len(findings))
