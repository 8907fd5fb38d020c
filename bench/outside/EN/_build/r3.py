# R3: mental health core-service Quality Report 2016, fpdf2 (TrueType as Type0/CIDFontType2, Identity-H).
# Contents page with dot leaders; portrait and landscape pages mixed; three-level nested bullets;
# the must/should lists printed twice (summary, landscape; and at the end, portrait).
import sys; sys.path.insert(0, "/tmp/EN-work")
from common import *
from fpdf import FPDF
import os
OUT = "/work/blind/EN/mh_cid_landscape_2016"; os.makedirs(OUT, exist_ok=True)
TRUST = "Eastmoor and Tyne Valley Partnership NHS Foundation Trust"
SVC = "Wards for older people with mental health problems"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.page_no()}   Wards for older people with mental health problems Quality Report 02/06/2016")
        self.set_text_color(0, 0, 0)
pdf = P(unit="mm", format="A4"); pdf.set_auto_page_break(False)
pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.set_title(TRUST + " " + SVC + " Quality Report"); pdf.set_creator("Microsoft® Word 2013")

# MUST items: (text_lines as tree) -> each item is (parent, [ (child, [grandchildren]) ])
MUST = [
 ("The provider must ensure that ligature risks on Heron and Linnet wards are assessed and managed:",
  [("ligature risk assessments must be reviewed at least annually and after any change to the ward environment", []),
   ("staff must be made aware of the ligature risks on each ward, including:",
      ["the anti-ligature fittings still to be replaced in en-suite bathrooms", "the garden areas used by patients without supervision (Regulation 12(2)(b))"])],
  [reg(12, "(2)(b)")]),
 ("The provider must ensure that Heron ward complies with the Department of Health guidance on eliminating mixed-sex accommodation. (Regulation 10(2)(a))", [], None),
 ("The provider must ensure that there are enough qualified nurses on each shift to meet patients’ needs:",
  [("night shifts on Linnet ward must have a registered nurse on duty at all times", []),
   ("the use of bank and agency staff must be monitored and reported to the board (Regulation 18(1))", [])], [reg(18, "(1)")]),
 ("The provider must ensure that staff complete and record physical health observations after the administration of rapid tranquillisation. (Regulation 12(2)(a))", [], None),
 ("The provider must ensure that capacity to consent is assessed and recorded for each patient and that best interests decisions are documented. (Regulation 11(1))", [], None),
]
SHOULD = [
 "The provider should ensure that patients have access to meaningful activities at weekends.",
 "The provider should ensure that care plans are personalised and show the views of patients and their carers.",
 "The provider should ensure that staff receive regular supervision and that this is recorded.",
 "The provider should review the arrangements for patients to make private telephone calls on Linnet ward.",
 "The provider should ensure that the clinic room temperature on Heron ward is monitored and kept within the recommended range.",
 "The provider should ensure that informal patients are made aware of their right to leave the ward.",
]
def tree_text(parent, kids):
    parts = [parent]
    for ch, gk in kids:
        parts.append(ch); parts.extend(gk)
    return "\n".join(parts)
findings = []
def rec(kind, text, section, regs):
    prev = [f for f in findings if f["text"] == text]
    if prev: prev[0]["also_at"].append({"page": pdf.page_no(), "service": SVC}); return
    findings.append({"kind": kind, "text": text, "page": pdf.page_no(), "section": section, "service": SVC,
                     "domain": None, "regulations": regs, "also_at": []})

def head(txt, size=13, col=(0, 83, 140)):
    pdf.set_font("LS", "B", size); pdf.set_text_color(*col); pdf.multi_cell(0, size * 0.5, txt); pdf.set_text_color(0, 0, 0); pdf.ln(2)
def para(txt, size=9.5):
    pdf.set_font("LS", "", size); pdf.multi_cell(0, 4.6, txt); pdf.ln(2)
BUL = {0: "\u25A0", 1: "\u2013", 2: "\u25E6"}
def bullet(level, txt, size=9.5):
    ind = pdf.l_margin + 3 + level * 7
    pdf.set_x(ind); pdf.set_font("DV", "", 7 if level == 0 else 9); y = pdf.get_y()
    pdf.cell(5, 4.6, BUL[level]); pdf.set_font("LS", "", size)
    pdf.set_xy(ind + 5, y); pdf.multi_cell(pdf.w - pdf.r_margin - ind - 5, 4.6, txt); pdf.ln(0.8)
def lists(must_sec, should_sec):
    head(must_sec, 11, (140, 20, 20))
    for parent, kids, regs in MUST:
        text = tree_text(parent, kids)
        rec("must", text, must_sec, regs if regs else cites(parent))
        bullet(0, parent)
        for ch, gk in kids:
            bullet(1, ch)
            for g in gk: bullet(2, g)
    pdf.ln(3)
    head(should_sec, 11, (140, 20, 20))
    for s in SHOULD:
        rec("should", s, should_sec, [])
        bullet(0, s)

# p1 cover
pdf.add_page(orientation="P"); pdf.set_margins(20, 20, 20)
pdf.set_font("LS", "B", 20); pdf.set_y(28); pdf.multi_cell(0, 9, TRUST)
pdf.ln(4); pdf.set_font("LS", "B", 15); pdf.multi_cell(0, 7, SVC)
pdf.set_font("LS", "", 13); pdf.cell(0, 9, "Quality Report", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
for ln in ["Trust Headquarters, Fellside House, Tyne Valley Road, Hexley, NE47 9QT", "Tel: 01632 960 880", "Website: www.etvp.nhs.uk",
           "Date of inspection visit: 15 – 19 February 2016", "Date of publication: 02/06/2016"]:
    pdf.cell(0, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LS", "B", 9)
pdf.cell(0, 6, "Locations inspected", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5)
with pdf.table(col_widths=(22, 60, 50, 30), line_height=4.6) as t:
    t.row(["Location ID", "Name of CQC registered location", "Name of service (e.g. ward/unit/team)", "Postcode of service (ward/unit/team)"])
    t.row(["RX4Q1", "Fellside Hospital", "Heron ward", "NE47 9QT"])
    t.row(["RX4Q1", "Fellside Hospital", "Linnet ward", "NE47 9QT"])
    t.row(["RX4Z7", "Brackenbury Centre", "Curlew ward", "NE46 2LS"])
pdf.ln(4)
pdf.set_font("LS", "B", 11); pdf.cell(0, 7, "Ratings", new_x="LMARGIN", new_y="NEXT")
for k, v in [("Overall rating for the service", "Requires improvement"), ("Are services safe?", "Inadequate"),
             ("Are services effective?", "Requires improvement"), ("Are services caring?", "Good"),
             ("Are services responsive?", "Good"), ("Are services well-led?", "Requires improvement")]:
    pdf.set_font("LS", "", 9.5); pdf.cell(80, 6, k); pdf.set_font("LS", "B", 9.5); pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
# p2 contents with dot leaders
pdf.add_page(orientation="P")
head("Contents", 15)
def toc(label, pg, bold=False, ind=0):
    pdf.set_font("LS", "B" if bold else "", 10)
    w = pdf.w - pdf.l_margin - pdf.r_margin - ind
    lw = pdf.get_string_width(label); pw = pdf.get_string_width(str(pg))
    dots_w = w - lw - pw - 4
    n = int(dots_w / pdf.get_string_width(" ."))
    pdf.set_x(pdf.l_margin + ind)
    pdf.cell(lw + 1, 6.5, label); pdf.set_font("LS", "", 10); pdf.set_text_color(120, 120, 120)
    pdf.cell(dots_w + 1, 6.5, " ." * n); pdf.set_text_color(0, 0, 0); pdf.cell(pw + 2, 6.5, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")
toc("Summary of findings", "", True)
for lab, pg in [("Overall summary", 3), ("The five questions we ask about the service and what we found", 3),
                ("Information about the service", 3), ("Areas for improvement", 4)]:
    toc(lab, pg, ind=5)
pdf.ln(3); toc("Detailed findings from this inspection", "", True)
for lab, pg in [("Locations inspected", 1), ("Mental Health Act responsibilities", 5), ("Mental Capacity Act and Deprivation of Liberty Safeguards", 5),
                ("Outstanding practice and areas for improvement", 6)]:
    toc(lab, pg, ind=5)
# p3 summary
pdf.add_page(orientation="P")
head("Overall summary", 14)
para("We rated wards for older people with mental health problems as requires improvement because:")
for s in ["The wards had a high number of ligature points and the ligature risk assessments did not identify all of the risks or set out how staff should manage them.",
          "Heron ward did not comply with guidance on mixed-sex accommodation. Male patients had to pass through a female area to reach the lounge.",
          "There were not always enough qualified nurses on duty, particularly at night on Linnet ward.",
          "Staff did not always carry out physical health observations after patients had received rapid tranquillisation."]:
    bullet(0, s)
pdf.ln(2)
para("However, staff treated patients with kindness, dignity and respect. Carers told us staff kept them informed and involved them in decisions about care. The wards had good access to psychology and occupational therapy, and discharge planning started early.")
head("Information about the service", 12)
para("Eastmoor and Tyne Valley Partnership NHS Foundation Trust provides three inpatient wards for older people with mental health problems. Heron ward is a 16-bed mixed-sex ward for people with functional mental illness. Linnet ward is an 18-bed ward for men and women with dementia. Curlew ward at the Brackenbury Centre is a 12-bed assessment ward.")
assert pdf.get_y() < 270
# p4 landscape: Areas for improvement (first copy)
pdf.add_page(orientation="L")
head("Areas for improvement", 15)
lists("Action the provider MUST take to improve", "Action the provider SHOULD take to improve")
assert pdf.get_y() < 195, pdf.get_y()
# p5 portrait detailed findings
pdf.add_page(orientation="P")
head("Mental Health Act responsibilities", 13)
para("Staff had a good understanding of the Mental Health Act 1983, the Code of Practice and the guiding principles. Detention paperwork was completed correctly, was up to date and was stored appropriately. Patients had their rights under section 132 explained to them on admission and routinely thereafter.")
head("Mental Capacity Act and Deprivation of Liberty Safeguards", 13)
para("Ninety-one per cent of staff had completed training in the Mental Capacity Act. However, we found that capacity assessments were not always completed or recorded for decisions about care and treatment, and best interests decisions were not documented in the care records of five of the 14 patients we reviewed.")
# p6 portrait: Outstanding practice and areas for improvement (second copy)
pdf.add_page(orientation="P")
head("Outstanding practice and areas for improvement", 14)
head("Outstanding practice", 11)
para("Curlew ward had introduced a carers’ café run jointly with a local dementia charity. Carers told us this had reduced their sense of isolation and helped them to understand their relative’s care.")
head("Areas for improvement", 11)
lists("Action the provider MUST take to improve", "Action the provider SHOULD take to improve")
assert pdf.get_y() < 275, pdf.get_y()
pdf.output(OUT + "/report.pdf")
meta = {"provider": TRUST, "location": None, "report_type": "Quality Report", "published": "2016-06-02",
        "inspection_dates": ["2016-02-15", "2016-02-19"],
        "ratings": {"overall": "Requires improvement", "safe": "Inadequate", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}}
write_gold(OUT + "/gold.json", "fpdf2 2.8.9 (PyFPDF)", meta, findings)
print(len(findings), pdf.page_no())
