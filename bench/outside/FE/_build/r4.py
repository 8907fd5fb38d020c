import sys; sys.path.insert(0, '/tmp/FE-work')
from common import write_gold
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, black, white
OUT = '/work/blind/FE/homecare_saf_annotated'
pdfmetrics.registerFont(TTFont('Narrow', '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf'))
pdfmetrics.registerFont(TTFont('NarrowB', '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf'))
pdfmetrics.registerFont(TTFont('NarrowI', '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Italic.ttf'))
W, H = A4
NAVY = HexColor('#1d3557'); GREEN = HexColor('#2a7f62')
FS, LEAD, TW, TZ = 9.5, 11.6, -0.75, 92
LM, RM, TOP, BOT = 62, 62, H - 70, 60
c = canvas.Canvas(OUT + '/report.pdf', pagesize=A4)
c.setTitle('Brightwater Homecare (Dudley Road) - Assessment report')
st = {'page': 1, 'y': TOP}
marks = []   # (page, x0, y0, x1, y1, tag)
findings = []
def furniture():
    c.setFont('Narrow', 7.5); c.setFillColor(HexColor('#666666'))
    c.drawString(LM, 34, 'Brightwater Homecare (Dudley Road)   Assessment report   14 August 2024')
    c.drawRightString(W - RM, 34, f"Page {st['page']}"); c.setFillColor(black)
def newpage():
    furniture(); c.showPage(); st['page'] += 1; st['y'] = TOP
def need(h):
    if st['y'] - h < BOT: newpage()
def width(s, font='Narrow', fs=FS):
    n = s.count(' ')
    return (pdfmetrics.stringWidth(s, font, fs) + n * TW) * TZ / 100
def heading(t, size=13, col=NAVY, gap=8):
    need(size + 30)
    st['y'] -= gap; c.setFont('NarrowB', size); c.setFillColor(col); c.drawString(LM, st['y'], t); c.setFillColor(black)
    st['y'] -= size + 5
def para(sentences, font='Narrow'):
    """sentences: list of (text, tag or None). draws ragged-right paragraph with tight word spacing & 92% scaling;
    records page of each tagged sentence's first word and line rectangles for highlights."""
    words = []
    for si, (s, tag) in enumerate(sentences):
        for w in s.split(): words.append((w, si, tag))
    maxw = W - LM - RM
    lines, cur = [], []
    for w in words:
        trial = ' '.join(x[0] for x in cur + [w])
        if cur and width(trial, font) > maxw: lines.append(cur); cur = []
        cur.append(w)
    if cur: lines.append(cur)
    first = {}
    for ln in lines:
        need(LEAD)
        y = st['y']
        t = c.beginText(LM, y); t.setFont(font, FS); t.setWordSpace(TW); t.setHorizScale(TZ)
        t.textOut(' '.join(x[0] for x in ln)); c.drawText(t)
        # per-tag rectangles
        x = LM; i = 0
        for j, (w, si, tag) in enumerate(ln):
            pre = ' '.join(x_[0] for x_ in ln[:j]); x0 = LM + (width(pre + ' ', font) if j else 0)
            x1 = LM + width(' '.join(x_[0] for x_ in ln[:j+1]), font)
            if tag:
                if si not in first: first[si] = st['page']
                marks.append([st['page'], x0, y - 2.5, x1, y + FS - 1, tag])
        st['y'] -= LEAD
    st['y'] -= 5
    return first
def derived(kind, sentences, section, domain, regs_by_idx):
    first = para(sentences)
    for si, (s, tag) in enumerate(sentences):
        if tag in ('must', 'should'):
            findings.append({"kind": tag, "text": s, "page": first[si], "section": section, "service": None,
                             "domain": domain, "regulations": regs_by_idx.get(si, []), "also_at": []})
RA = lambda n, p='': {"instrument": "RA2014", "number": n, "paragraphs": p}

# ---------------- cover-ish first page (web download style)
c.setFillColor(NAVY); c.rect(0, H - 120, W, 120, stroke=0, fill=1)
c.setFillColor(white); c.setFont('NarrowB', 24); c.drawString(LM, H - 62, 'Brightwater Homecare (Dudley Road)')
c.setFont('Narrow', 12); c.drawString(LM, H - 84, 'Provider: Brightwater Community Care Ltd   |   Type of service: Homecare agency')
c.setFont('NarrowB', 15); c.drawString(LM, H - 106, 'Assessment report'); c.setFillColor(black)
c.setFont('Narrow', 9.5)
yy = H - 145
for t in ['41 Dudley Road, Tipton, DY4 8QX', 'Assessment activity started on 10 June 2024 and ended on 2 July 2024',
          'Report published: 14 August 2024']:
    c.drawString(LM, yy, t); yy -= 13
yy -= 6
c.setFont('NarrowB', 10.5); c.drawString(LM, yy, 'Ratings'); yy -= 15
for a, b in [('Overall', 'Requires improvement'), ('Safe', 'Requires improvement'), ('Effective', 'Good'), ('Caring', 'Good'),
             ('Responsive', 'Good'), ('Well-led', 'Requires improvement')]:
    c.setFont('Narrow', 9.5); c.drawString(LM, yy, a); c.setFont('NarrowB', 9.5); c.drawString(LM + 120, yy, b); yy -= 12.5
st['y'] = yy - 10

heading('Our view of the service')
derived('', [
 ("Brightwater Homecare (Dudley Road) is a homecare agency providing personal care to 64 people living in their own homes in Tipton, Wednesbury and the surrounding areas.", None),
 ("We carried out this assessment because we received concerns about late and missed calls and about the management of people's medicines.", None),
 ("People and their relatives told us care staff were kind and treated them with dignity, but visits were often late and some people did not know which staff would be coming.", None),
 ("We identified 4 breaches of regulation relating to safe care and treatment, staffing, good governance and the notification of other incidents.", 'must'),
 ("We will request an action plan from the provider and monitor progress.", None)],
 'Our view of the service', None, {})
heading("People's experience of this service")
para([("People were positive about the care staff who supported them. One person said, \u201cThe carers must be run off their feet, but they never rush me and they always ask how I am.\u201d", None),
      ("Another person told us, \u201cI never know who is coming or when. Some nights the last call is so late I have to get myself to bed.\u201d", None),
      ("Relatives said office staff were polite, but messages were not always passed on to the care staff and concerns had to be raised more than once before anything changed.", None)])

heading('Safe', 15, GREEN, 12)
para([("This service scored 50 (out of 100) for this area. We looked at all 8 quality statements in this key question. The rating for this key question has changed from good to requires improvement.", None)])
heading('Learning culture', 11)
para([("The provider had a system for recording incidents and accidents. Staff knew how to report concerns and told us the registered manager was approachable.", None),
      ("However, the analysis of incidents was limited to counting them, and lessons learned were not routinely shared with the staff team at meetings or in supervision.", None)])
heading('Safe and effective staffing', 11)
derived('', [
 ("The provider did not deploy enough suitably qualified staff to meet people's assessed needs at the times agreed in their care plans.", None),
 ("The electronic call monitoring records we reviewed for a four-week period showed that 31% of morning calls started more than 45 minutes late, and that on 14 occasions calls for people assessed as needing 2 staff were attended by one member of staff.", None),
 ("Staff told us their rotas did not allow travel time between calls.", None),
 ("This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", 'must'),
 ("Staff were recruited safely. Pre-employment checks, including Disclosure and Barring Service checks and references, had been completed before staff started work.", None),
 ("We recommend the provider seeks advice and guidance from a reputable source about the use of electronic call monitoring data to plan rotas and to monitor the length and timing of visits.", 'should')],
 'Safe', 'Safe', {3: [RA(18)]})
heading('Medicines optimisation', 11)
derived('', [
 ("People's medicines were not always managed safely.", None),
 ("Medicine administration records for 6 of the 12 people whose records we looked at had gaps where staff had not recorded whether medicines had been given, and the provider had not identified or investigated these gaps.", None),
 ("Two people were prescribed time-specific medicines for Parkinson's disease but their calls were regularly more than an hour later than the prescribed time.", None),
 ("Protocols for medicines prescribed to be given 'as required' were missing for 4 people, so staff did not have guidance about when these medicines should be offered.", None),
 ("The provider had failed to ensure the proper and safe management of medicines.", None),
 ("This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", 'must'),
 ("We recommend the provider consider current guidance on the administration of time-specific medicines in the community and take action to update their practice accordingly.", 'should')],
 'Safe', 'Safe', {5: [RA(12)]})
heading('Infection prevention and control', 11)
para([("Staff had access to enough personal protective equipment and had completed training in infection prevention and control. People told us staff wore gloves and aprons when providing personal care.", None)])

heading('Effective', 15, GREEN, 12)
para([("This service scored 69 (out of 100) for this area. We looked at 3 quality statements in this key question. Scores for the other statements were carried over from our last inspection.", None)])
heading('Consent to care and treatment', 11)
derived('', [
 ("Staff understood the importance of seeking people's consent before providing care.", None),
 ("Where people lacked capacity to make some decisions, the records of assessments were generic and did not show which decision had been considered.", None),
 ("We recommend the provider ensures mental capacity assessments are decision-specific and that best interests decisions are recorded in people's care plans.", 'should')],
 'Effective', 'Effective', {})

heading('Responsive', 15, GREEN, 12)
heading('Listening to and involving people', 11)
derived('', [
 ("The provider had a complaints policy and people knew how to complain.", None),
 ("Complaints were responded to, but they were kept in separate files and the provider could not show that themes, such as repeated late calls, had been identified.", None),
 ("We have made a recommendation about the recording of complaints.", None),
 ("We recommend the provider reviews how complaints and concerns are logged so that themes and trends can be identified and acted upon.", 'should')],
 'Responsive', 'Responsive', {})

heading('Well-led', 15, GREEN, 12)
heading('Governance, management and sustainability', 11)
para([("At our last inspection the provider had failed to operate effective systems to assess, monitor and improve the quality of the service. This was a breach of regulation 17 (Good governance).", None)])
derived('', [
 ("At this assessment, audits of care records and medicine administration records were not completed consistently and had not identified the concerns we found.", None),
 ("Not enough improvement had been made and the provider was still in breach of regulation 17.", 'must'),
 ("The provider had not notified CQC of 2 allegations of abuse that had been referred to the local authority safeguarding team.", None),
 ("This was a breach of regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.", 'must'),
 ("We recommend the provider develops its quality assurance processes to include feedback from people's relatives and from staff.", 'should')],
 'Well-led', 'Well-led', {1: [RA(17)], 3: [{"instrument": "REG2009", "number": 18, "paragraphs": ""}]})
heading('Partnerships and communities', 11)
para([("The registered manager worked with the local authority and district nursing teams. Feedback from commissioners described the office team as responsive to requests for information.", None)])
furniture(); c.save()
import json; json.dump(marks, open('/tmp/FE-work/r4marks.json', 'w'))
gold = {"producer": "reportlab (annotated with pikepdf)", "expect": "findings", "password": None,
 "meta": {"provider": "Brightwater Community Care Ltd", "location": "Brightwater Homecare (Dudley Road)", "report_type": "Assessment report",
          "published": "2024-08-14", "inspection_dates": ["2024-06-10", "2024-07-02"],
          "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                      "responsive": "Good", "well_led": "Requires improvement"}},
 "findings": findings, "notices": []}
write_gold(OUT, gold)
for f in findings: print(f['kind'], f['page'], f['text'][:60])
