import sys; sys.path.insert(0, '/tmp/FB-work')
from common import *
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
import pikepdf
pdfmetrics.registerFont(TTFont('LS', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))
OUT = '/work/blind/FB/acute_extract_mirrored'
W, H = 595.0, 842.0
TRUST = 'Harrowfield and Dene Valley Hospitals NHS Foundation Trust'
FOLIO0 = 41
c = canvas.Canvas('/tmp/FB-r1-raw.pdf', pagesize=(W, H))
c.setTitle('Harrowfield and Dene Valley Hospitals NHS Foundation Trust - Inspection report (extract)')
c.setAuthor('Communications team')
page = 1
def flip():
    c.saveState(); c.transform(-1, 0, 0, 1, W, 0)
def text(x, y, s, font='LS', size=10, color=(0, 0, 0)):
    # device position (x, y); drawn in the mirrored user space
    t = c.beginText()
    t.setTextTransform(-1, 0, 0, 1, W - x, y)
    t.setFont(font, size); t.setFillColorRGB(*color)
    t.textOut(s)
    c.drawText(t)
def rect(x, y, w, h, fill):
    c.setFillColorRGB(*fill); c.rect(W - x - w, y, w, h, stroke=0, fill=1)
def line(x1, y1, x2, y2, col=(0.2, 0.35, 0.6), wd=0.8):
    c.setStrokeColorRGB(*col); c.setLineWidth(wd); c.line(W - x1, y1, W - x2, y2)

# ---------- cover (physical page 1)
flip()
rect(0, 700, W, 142, (0.12, 0.25, 0.45))
text(60, 790, TRUST, 'LSB', 17, (1, 1, 1))
text(60, 765, 'Inspection report', 'LS', 24, (1, 1, 1))
text(60, 722, 'Extract: Areas for improvement (pages 41 and 42 of the full report)', 'LS', 11, (0.85, 0.9, 1))
y = 650
for a, b in [('Trust headquarters', 'Harrowfield General Hospital, Moorgate Road, Harrowfield HF4 2RT'),
             ('Tel', '01632 960 411'), ('Website', 'www.hdvh.nhs.uk'),
             ('Date of inspection visit', '4 December 2018 to 17 January 2019'),
             ('Date of publication', '14 March 2019')]:
    text(60, y, a, 'LSB', 10); text(230, y, b, 'LS', 10); y -= 18
y -= 20
text(60, y, 'Ratings', 'LSB', 14); y -= 24
for a, b in [('Overall rating for this trust', 'Requires improvement'), ('Are services safe?', 'Requires improvement'),
             ('Are services effective?', 'Good'), ('Are services caring?', 'Good'),
             ('Are services responsive?', 'Requires improvement'), ('Are services well-led?', 'Requires improvement'),
             ('Are resources used productively?', 'Good'), ('Combined quality and resource rating', 'Requires improvement')]:
    line(60, y - 6, 535, y - 6, (0.75, 0.78, 0.85), 0.5)
    text(60, y, a, 'LS', 10); text(330, y, b, 'LSB', 10); y -= 20
y -= 20
for s in simpleSplit('This extract reproduces, unchanged, the pages of our inspection report that set out the actions the '
                     'trust must and should take. Page numbers are those of the full report, which is available from '
                     'www.cqc.org.uk. Ratings are shown for information.', 'LS', 9, 475):
    text(60, y, s, 'LS', 9, (0.3, 0.3, 0.3)); y -= 12
c.restoreState(); c.showPage(); page += 1

# ---------- body
TOP, BOT, LM, TW = 770, 70, 70, 440
y = TOP
findings = []
seen = {}
section = None
def furniture():
    flip()
    line(LM, 800, LM + TW + 30, 800, (0.12, 0.25, 0.45), 0.6)
    text(LM, 806, 'Areas for improvement', 'LSB', 8, (0.12, 0.25, 0.45))
    line(LM, 52, LM + TW + 30, 52, (0.12, 0.25, 0.45), 0.6)
    folio = str(FOLIO0 + page - 2)
    text(LM, 40, folio, 'LSB', 9)
    text(LM + 24, 40, TRUST + ' Inspection report 14/03/2019', 'LS', 8)
def newpage():
    global y, page
    c.restoreState(); c.showPage(); page += 1; furniture(); y = TOP
furniture()
def need(h):
    if y - h < BOT: newpage()
def heading(s, size, font='LSB', color=(0.12, 0.25, 0.45), before=10, after=6):
    global y
    need(before + size + after + 30)
    y -= before + size
    text(LM, y, s, font, size, color); y -= after
def para(s, size=11, indent=0):
    global y
    for ln in simpleSplit(s, 'LS', size, TW - indent):
        need(size + 3); y -= size + 3; text(LM + indent, y, ln, 'LS', size)
    y -= 4
def item(kind, s, service, n):
    global y
    lines = simpleSplit(s, 'LS', 11.5, TW - 24)
    first = True
    for ln in lines:
        need(15); y -= 15
        if first:
            text(LM, y, str(n) + '.', 'LSB', 11.5, (0.12, 0.25, 0.45)); startpage = page; first = False
        text(LM + 24, y, ln, 'LS', 11.5)
    y -= 5
    key = ' '.join(s.split())
    if key in seen:
        seen[key].setdefault('also_at', []).append({'page': startpage, 'service': service})
    else:
        f = {'kind': kind, 'text': key, 'page': startpage, 'section': section, 'service': service,
             'domain': None, 'regulations': regs_of(key), 'also_at': []}
        seen[key] = f; findings.append(f)

MT = 'The trust must ensure that all staff complete mandatory training, including safeguarding adults and children level 3 where required, in line with trust targets. (Regulation 18(2)(a))'
MUST = [('Harrowfield General Hospital', [
    ('Urgent and emergency care', [
        'The trust must ensure that patients attending the emergency department receive an initial clinical assessment within 15 minutes of arrival, in line with national guidance. (Regulation 12(2)(a))',
        "The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced registered children's nurses on duty in the paediatric emergency department at all times. (Regulation 18(1))",
        'The trust must ensure that resuscitation trolleys and emergency equipment are checked daily and that these checks are recorded. (Regulation 15(1)(e))']),
    ('Medical care (including older people\'s care)', [
        MT,
        'The trust must ensure that medicines are stored securely and that medicine fridge temperatures are monitored, with action taken when they are out of range. (Regulation 12(2)(g))',
        'The trust must ensure that mental capacity assessments are completed and recorded for patients who may lack capacity to consent to their care and treatment. (Regulation 11(1))']),
    ('Surgery', [
        MT,
        'The trust must ensure that the five steps to safer surgery checklist is fully completed for every patient and that compliance is audited. (Regulation 12(2)(b))'])]),
  ('Dene Valley Community Hospital', [
    ('Medical care (including older people\'s care)', [
        'The trust must ensure that patient records are accurate, complete and contemporaneous, and are stored securely on all wards. (Regulation 17(2)(c))'])])]
SHOULD = [('Harrowfield General Hospital', [
    ('Urgent and emergency care', [
        'The trust should ensure that patients with mental health needs are cared for in a room that has been risk assessed for ligature points.',
        'The trust should consider how it can reduce the time patients wait to be transferred to a ward once a decision to admit has been made.']),
    ('Medical care (including older people\'s care)', [
        "The trust should ensure that patients' nutrition and hydration needs are assessed and that fluid balance charts are completed accurately.",
        'The trust should continue to work to reduce the number of patients who are moved between wards at night.']),
    ('Surgery', [
        'The trust should ensure that staff receive feedback and shared learning from the incidents they report.'])]),
  ('Dene Valley Community Hospital', [
    ('Medical care (including older people\'s care)', [
        "The trust should ensure that complaints are responded to within the timescales set out in the trust's complaints policy."])])]

heading('Areas for improvement', 18, before=0, after=10)
para('We found areas for improvement including 8 breaches of legal requirements that the trust must put right. We found 6 things that the trust should improve to comply with a minor breach that did not justify regulatory action, to prevent breaching a legal requirement, or to improve service quality. The actions are listed by hospital and then by core service; where the same action applies to more than one service it is repeated under each.')
for kind, title, lists in [('must', 'Action the trust MUST take to improve', MUST), ('should', 'Action the trust SHOULD take to improve', SHOULD)]:
    section = title
    heading(title, 14, before=14, after=4)
    if kind == 'must':
        para('We told the trust that it must take action to bring services into line with 8 legal requirements. This action related to 4 services.')
    for loc, svcs in lists:
        heading(loc, 12, before=8, after=2, color=(0, 0, 0))
        for svc, items in svcs:
            heading(svc, 10.5, before=6, after=2, color=(0.3, 0.3, 0.3))
            for i, s in enumerate(items, 1):
                item(kind, s, svc, i)
heading('Action we have taken', 14, before=14, after=4)
para('We issued requirement notices to the trust. Our action related to breaches of legal requirements at a trust-wide level and in four core services. For more information on things the trust must improve, see the Areas for improvement section above.')
heading('What happens next', 14, before=10, after=4)
para('We will make sure that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.')
c.restoreState(); c.save()

# post-process: mirrored-space pages get a media box with a non-zero origin and page labels matching the printed folios
pdf = pikepdf.open('/tmp/FB-r1-raw.pdf')
DX, DY = 28.35, -56.7
for pg in pdf.pages:
    pg.obj.MediaBox = pikepdf.Array([DX, DY, DX + W, DY + H])
    pg.contents_add(pdf.make_stream(b'1 0 0 1 %.2f %.2f cm\n' % (DX, DY)), prepend=True)
    pg.contents_coalesce()
pdf.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array([0, pikepdf.Dictionary(P=pikepdf.String('Cover')),
                                                             1, pikepdf.Dictionary(S=pikepdf.Name.D, St=FOLIO0)]))
pdf.save(OUT + '/report.pdf')
for f in findings:
    if not f['also_at']: del f['also_at']
meta = {"provider": TRUST, "location": None, "report_type": "Inspection report", "published": "2019-03-14",
        "inspection_dates": ["2018-12-04", "2019-01-17"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Requires improvement", "well_led": "Requires improvement"}}
write_gold(OUT, 'ReportLab PDF Library (mirrored user space) + pikepdf', meta, findings)
check_pages(OUT + '/report.pdf', findings)
print(len(findings))
