# Report 4: Easy Read version: picture column + short lines with manual line breaks and bold key words; python-docx -> LibreOffice
import sys, subprocess, shutil, re
sys.path.insert(0, "/work/blind/IJ/_build")
from common import *
from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FOLDER = "04_easyread"
os.makedirs(f"{OUT}/{FOLDER}", exist_ok=True)
PROV = "Kingsford Community Healthcare NHS Trust"
S1 = "Community health inpatient services"
S2 = "Wards for people with a learning disability or autism"
S3 = "Community health services for adults"
MH = "Things the trust must do better"
SH = "Things the trust should do better"
# statements: segments separated by "|" are manual line breaks; **x** is bold
MUSTS = [
 (S1, "The trust **must** make sure|there are enough **nurses**|on the wards at night."),
 (S1, "The trust **must** make sure|**medicines** are kept|at the right temperature.|Staff must write down|the temperature every day."),
 (S1, "The trust **must** make sure|patients who might fall|have a **falls risk assessment**|when they come onto the ward."),
 (S2, "The trust **must** make sure|staff only use **restraint**|when there is no other way|to keep people safe."),
 (S2, "The trust **must** make sure|every patient has a|**care plan** that says|how they like to be supported."),
 (S3, "The trust **must** make sure|staff have done their|**training** in keeping people safe."),
]
SHOULDS = [
 (S1, "The trust **should** make sure|patients can **go outside**|when they want to."),
 (S1, "The trust **should** give patients|information in a way|they can **understand**,|like **easy read**."),
 (S2, "The trust **should** make sure|the ward is not too **noisy**|for autistic people."),
 (S2, "The trust **should** help patients|keep in touch with their|**family and friends**."),
 (S3, "The trust **should** make the|**waiting time** for a visit|from a nurse shorter."),
 (S3, "The trust **should** ask patients|what they think of the service|and use what they say|to make it **better**."),
]
ICONS = {}
def icon(name, colour, glyph):
    p = f"/tmp/ij_r4_{name}.png"
    im = Image.new("RGB", (300, 300), "white"); d = ImageDraw.Draw(im)
    d.ellipse((10, 10, 290, 290), fill=colour, outline="black", width=6)
    try: f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 150)
    except Exception: f = None
    d.text((150, 150), glyph, fill="white", font=f, anchor="mm")
    im.save(p); return p
I = {k: icon(k, c, g) for k, c, g in [("must", "#c0392b", "!"), ("should", "#2874a6", "?"), ("ward", "#6c3483", "H"),
                                      ("home", "#1e8449", "\u2302"), ("talk", "#b9770e", "\u201c"), ("cqc", "#34495e", "\u2714")]}
SVC_ICON = {S1: "ward", S2: "ward", S3: "home"}

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(15)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
# footer with big page number
fp = sec.footer.paragraphs[0]; fp.alignment = 2
r = fp.add_run(); fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
r2 = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r2.append(t); fld.append(r2); fp._p.append(fld)
fp.style.font.size = Pt(16)

def runs(par, s):
    for k, seg in enumerate(s.split("|")):
        if k: par.runs[-1].add_break(WD_BREAK.LINE)
        for j, bit in enumerate(re.split(r"\*\*", seg)):
            if bit == "": continue
            rr = par.add_run(bit); rr.bold = bool(j % 2)

def plain(s):
    return " ".join(s.replace("**", "").split("|"))

def erow(tab, img, text, size=None):
    cells = tab.add_row().cells
    cells[0].width = Cm(4.5); cells[1].width = Cm(12.5)
    cells[0].paragraphs[0].add_run().add_picture(img, width=Cm(3.2))
    p = cells[1].paragraphs[0]; p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(10)
    runs(p, text)
    if size:
        for r in p.runs: r.font.size = Pt(size)

def table():
    t = doc.add_table(rows=0, cols=2); t.alignment = WD_TABLE_ALIGNMENT.LEFT; t.autofit = False
    return t

def head(text, size=26):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1b, 0x4f, 0x72); p.paragraph_format.space_before = Pt(12)

head("What the Care Quality Commission found at Kingsford Community Healthcare NHS Trust", 24)
p = doc.add_paragraph(); runs(p, "**Easy read** version of the CQC report|Inspection report published 9 June 2021")
t = table()
erow(t, I["cqc"], "The **Care Quality Commission**|checks that health and care services|are safe and good.|We call them **CQC**.")
erow(t, I["cqc"], "CQC visited the trust on|**23 and 24 February 2021**|and **3 March 2021**.")
erow(t, I["cqc"], "CQC said the trust overall is|**Requires improvement**.|Safe: **Requires improvement**|Effective: **Good**|Caring: **Good**|Responsive: **Good**|Well-led: **Requires improvement**")
head("What we found")
t = table()
erow(t, I["talk"], "Most patients said staff were|**kind** and **listened** to them.")
erow(t, I["talk"], "Some patients told us staff|should knock before|coming into their room.|We told the trust about this.")
erow(t, I["talk"], "Words in **bold** are explained|on the last page.")

p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
for heading, items, kind in [(MH, MUSTS, "must"), (SH, SHOULDS, "should")]:
    head(heading)
    cur = None
    for svc, text in items:
        if svc != cur:
            p = doc.add_paragraph(); r = p.add_run(svc); r.bold = True; r.font.size = Pt(17)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            t = table(); cur = svc
        erow(t, I[kind], text)
    if kind == "must":
        p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
head("Words in this document")
t = table()
erow(t, I["cqc"], "**Restraint** means holding a person|or stopping them moving.|It must only be used to keep|people safe.")
erow(t, I["cqc"], "**Care plan** means a plan that says|what help a person needs.")
erow(t, I["cqc"], "The trust will tell CQC|what it is doing to make things better.|This is called an **action plan**.")
src = "/tmp/ij_r4_easyread.docx"; doc.save(src)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/ij_lo_profile", "--headless", "--convert-to", "pdf", "--outdir", "/tmp/ij_r4", src], check=True, capture_output=True)
shutil.copy("/tmp/ij_r4/ij_r4_easyread.pdf", f"{OUT}/{FOLDER}/report.pdf")

# page finding
import fitz
d = fitz.open(f"{OUT}/{FOLDER}/report.pdf")
ptext = [" ".join(pg.get_text().split()) for pg in d]
print("pages", len(d))
F = []
for kind, items, sec in [("must", MUSTS, MH), ("should", SHOULDS, SH)]:
    for svc, text in items:
        pt = plain(text)
        start = " ".join(pt.split()[:9])
        pg = [i + 1 for i, t in enumerate(ptext) if start in t]
        assert len(pg) == 1, (pt, pg)
        F.append({"kind": kind, "text": pt, "page": pg[0], "section": sec, "service": svc})
meta = {"provider": PROV, "location": None, "report_type": "Inspection report", "published": "2021-06-09",
        "inspection_dates": ["2021-02-23", "2021-02-24", "2021-03-03"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
                    "responsive": "Good", "well_led": "Requires improvement"}}
write_gold(FOLDER, "python-docx then LibreOffice 7.4 (writer_pdf_Export)", meta, F)
print([(f["page"], f["text"][:30]) for f in F])
