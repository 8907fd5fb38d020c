# Report 5: hand-built PDF in the style of a macOS Quartz "Save as PDF": base-14 fonts not embedded,
# /Encoding /MacRomanEncoding, no ToUnicode, curly quotes/en dashes/bullets as MacRoman codes (0xD5, 0xD0, 0xA5),
# justified lines done with TJ kerning after spaces.
import sys, zlib
sys.path.insert(0, "/work/blind/IJ/_build")
from common import *
from reportlab.pdfbase.pdfmetrics import stringWidth

FOLDER = "05_macroman"
os.makedirs(f"{OUT}/{FOLDER}", exist_ok=True)
TRUST = "Wessex Downs Hospitals NHS Trust"; LOC = "St Aldhelm\u2019s Hospital"
FOOT = "St Aldhelm\u2019s Hospital Quality Report 20/07/2016"
MUSTS = [
 ("Ensure that patients\u2019 records in the emergency department are stored securely and are not left unattended in corridors.", [] ),
 ("Ensure that there are sufficient numbers of suitably qualified and experienced nursing staff on the medical wards, particularly at night.", []),
 ("Ensure that all staff complete mandatory training, including safeguarding children level 3 for staff working with children.", []),
 ("Ensure that the World Health Organization (WHO) surgical safety checklist is completed consistently \u2013 including the sign-out stage.", []),
 ("Ensure that emergency equipment, including the difficult airway trolley in theatres, is checked in line with trust policy.", []),
 ("Ensure that do not attempt cardio-pulmonary resuscitation (DNACPR) forms are completed fully, including discussions with patients and their families.", []),
]
SHOULDS = [
 ("Take steps to improve the flow of patients through the hospital so that fewer medical patients are cared for on surgical wards.", []),
 ("Review the provision of the specialist palliative care team so that a face-to-face service is available seven days a week.", []),
 ("Improve the environment of the children\u2019s outpatient waiting area so that it is suitable for young people.", []),
 ("Ensure that interpreting services are used for patients whose first language is not English, rather than relying on relatives.", []),
 ("Continue to monitor referral-to-treatment times in ophthalmology and trauma and orthopaedics.", []),
 ("Consider how learning from incidents is shared with staff working on night shifts and with bank staff.", []),
]
PW, PH = 595.28, 841.89
LM, RM = 72, 72
TW = PW - LM - RM

def enc(s):
    b = s.encode("mac_roman")
    out = b""
    for ch in b:
        c = bytes([ch])
        if c in b"()\\": out += b"\\" + c
        elif ch > 126: out += b"\\%03o" % ch
        else: out += c
    return out

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Italic"}
class Page:
    def __init__(self, no, header=None):
        self.ops = []; self.no = no
        if header:
            self.text(LM, PH - 40, header, "F1", 8)
            self.ops.append(b"0.6 G 0.5 w %.2f %.2f m %.2f %.2f l S 0 G" % (LM, PH - 46, PW - RM, PH - 46))
        self.text(LM, 36, f"{no}", "F2", 8); self.text(LM + 14, 36, FOOT, "F1", 8)
    def text(self, x, y, s, f="F1", size=10, justify_to=None):
        s0 = s
        s = s.replace("fi", "\ufb01").replace("fl", "\ufb02")
        body = b"(" + enc(s) + b")"
        if justify_to:
            w = stringWidth(s0, FONTS[f], size); gaps = s.count(" ")
            if gaps:
                extra = (justify_to - w) / gaps * 1000 / size
                parts = s.split(" ")
                body = b" ".join(b"(" + enc(p + (" " if i < len(parts) - 1 else "")) + b")" + (b" %.1f" % -extra if i < len(parts) - 1 else b"") for i, p in enumerate(parts))
        self.ops.append(b"BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm [%s] TJ ET" % (f.encode(), size, x, y, body))

def wrap(s, f, size, width):
    words = s.split(); lines = []; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, FONTS[f], size) > width and cur: lines.append(cur); cur = w
        else: cur = t
    lines.append(cur); return lines

pages = []
def newpage(header="Summary of findings"):
    p = Page(len(pages) + 1, header); pages.append(p); return p
y = 0
def para(s, f="F1", size=10, indent=0, gap=8, justify=True, bullet=False):
    global y, pg
    lines = wrap(s, f, size, TW - indent)
    for i, ln in enumerate(lines):
        if y < 70:
            pg = newpage(); y = PH - 72
        if i == 0: start = pg.no
        if bullet and i == 0: pg.text(LM + indent - 12, y, "\u2022", "F1", size)
        pg.text(LM + indent, y, ln, f, size, justify_to=(TW - indent) if (justify and i < len(lines) - 1) else None)
        y -= size * 1.35
    y -= gap
    return start

# page 1 cover
pg = newpage(None); y = PH - 90
pg.text(LM, y, TRUST, "F2", 20); y -= 30
pg.text(LM, y, LOC, "F2", 16); y -= 24
pg.text(LM, y, "Quality Report", "F1", 16); y -= 34
for ln in ["Wansdyke Road", "Marlbury", "Wiltshire", "SN9 4HQ", "Tel: 01672 555 000", "Website: www.wessexdowns.nhs.uk"]:
    pg.text(LM, y, ln, "F1", 10); y -= 13
y -= 10
pg.text(LM, y, "Date of inspection visit: 8\u201310 March 2016 and 21 March 2016", "F1", 10); y -= 13
pg.text(LM, y, "Date of publication: 20/07/2016", "F1", 10); y -= 26
para("This report describes our judgement of the quality of care at this hospital. It is based on a combination of what we found when we inspected, other information that we hold about the service and information given to us by patients, the public and other organisations.", size=9)
pg.text(LM, y, "Ratings", "F2", 13); y -= 20
for a, b in [("Overall rating for this hospital", "Requires improvement"), ("Are acute services at this hospital safe?", "Requires improvement"),
             ("Are acute services at this hospital effective?", "Good"), ("Are acute services at this hospital caring?", "Good"),
             ("Are acute services at this hospital responsive?", "Requires improvement"), ("Are acute services at this hospital well-led?", "Requires improvement")]:
    pg.text(LM, y, a, "F1", 10); pg.text(LM + 270, y, b, "F2", 10); y -= 16

# page 2.. letter
pg = newpage(); y = PH - 72
pg.text(LM, y, "Letter from the Chief Inspector of Hospitals", "F2", 14); y -= 24
para("We carried out an announced inspection of St Aldhelm\u2019s Hospital on 8\u201310 March 2016 and an unannounced visit on 21 March 2016. We inspected eight core services: urgent and emergency services, medical care (including older people\u2019s care), surgery, critical care, maternity and gynaecology, services for children and young people, end of life care, and outpatients and diagnostic imaging.")
para("Overall, we rated St Aldhelm\u2019s Hospital as requires improvement. We rated caring and effective as good and safe, responsive and well-led as requires improvement.")
para("Our key findings were as follows:", "F2", gap=4)
for s in ["Staff were caring and compassionate and treated patients with dignity and respect.",
          "The hospital was visibly clean, and infection prevention and control practices were followed on most wards.",
          "Nurse staffing on the medical wards did not always meet planned levels; ward sisters told us they should not have to move staff between wards so often.",
          "Mortality indicators were within the expected range for a hospital of this size.",
          "Medicines were stored safely on most wards.",
          "The emergency department had not met the four-hour standard in any month of the previous year, and the paediatric area was not staffed by a children\u2019s nurse at all times.",
          "Patients on the surgical wards described staff as \u201cfirst class\u201d and said call bells were answered quickly.",
          "The maternity service had a clear escalation policy and midwife-to-birth ratios were in line with national guidance.",
          "Learning from serious incidents was shared through safety huddles, although staff on nights were less aware of recent changes.",
          "The trust\u2019s financial position was difficult and the board had an agreed recovery plan with NHS Improvement.",
          "End of life care was well led, and the specialist palliative care team were flexible and responsive to requests for support."]:
    para(s, indent=18, gap=3, bullet=True)
y -= 6
para("However, there were also areas of poor practice where the trust needs to make improvements.")
para("Importantly, the trust must:", "F2", gap=4)
FIRST = {}
for s, r in MUSTS: FIRST[s] = para(s, indent=18, gap=3, bullet=True)
y -= 6
para("In addition the trust should:", "F2", gap=4)
for s, r in SHOULDS: FIRST[s] = para(s, indent=18, gap=3, bullet=True)
y -= 10
para("Professor Sir Mike Richards", "F2", gap=0, justify=False)
para("Chief Inspector of Hospitals", gap=10, justify=False)

# areas for improvement page
pg = newpage("Outstanding practice and areas for improvement"); y = PH - 72
pg.text(LM, y, "Outstanding practice and areas for improvement", "F2", 14); y -= 24
pg.text(LM, y, "Outstanding practice", "F2", 11); y -= 16
para("The hospital\u2019s frailty team reviewed every patient over 75 admitted through the emergency department within four hours, seven days a week.", indent=18, gap=3, bullet=True)
y -= 6
pg.text(LM, y, "Areas for improvement", "F2", 11); y -= 16
para("Action the hospital MUST take to improve", "F2", gap=4)
SECOND = {}
for s, r in MUSTS: SECOND[s] = para(s, indent=18, gap=3, bullet=True)
y -= 6
para("Action the hospital SHOULD take to improve", "F2", gap=4)
for s, r in SHOULDS: SECOND[s] = para(s, indent=18, gap=3, bullet=True)

# write PDF
objs = []
def add(b): objs.append(b); return len(objs)
cat = add(None); pages_id = add(None)
font_ids = {k: add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /MacRomanEncoding >>" % v.encode()) for k, v in FONTS.items()}
res = b"<< /Font << " + b" ".join(b"/%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items()) + b" >> /ProcSet [/PDF /Text] >>"
kids = []
for p in pages:
    data = zlib.compress(b"\n".join(p.ops))
    cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R >>" % (pages_id, PW, PH, res, cs)))
objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
info = add(b"<< /Producer (macOS Version 10.11.6 \\(Build 15G31\\) Quartz PDFContext) /Creator (Pages) /Title (St Aldhelm's Hospital Quality Report) /CreationDate (D:20160801101522Z00'00') >>")
out = b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6\n"; offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, x)
open(f"{OUT}/{FOLDER}/report.pdf", "wb").write(out)

meta = {"provider": TRUST, "location": LOC, "report_type": "Quality Report", "published": "2016-07-20",
        "inspection_dates": ["2016-03-08", "2016-03-09", "2016-03-10", "2016-03-21"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Requires improvement", "well_led": "Requires improvement"}}
F = []
for kind, items, sec in [("must", MUSTS, "Importantly, the trust must:"), ("should", SHOULDS, "In addition the trust should:")]:
    for s, r in items:
        F.append({"kind": kind, "text": s, "page": FIRST[s], "section": sec, "service": None,
                  "also_at": [{"page": SECOND[s], "service": None}]})
write_gold(FOLDER, "hand-built PDF imitating macOS Quartz PDFContext (base-14 Type 1 fonts, MacRomanEncoding, no ToUnicode)", meta, F)
print(len(pages), [(f["page"], f["also_at"][0]["page"]) for f in F])
