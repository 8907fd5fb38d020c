# R5: ambulance trust 2022, Word document (python-docx) -> LibreOffice PDF.
# The action table has no MUST/SHOULD headings: its first column says "Must" or "Should";
# running footer "Page X of Y" fields with a title line that says "must and should".
import sys; sys.path.insert(0, "/tmp/EN-work")
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import os, subprocess, shutil
OUT = "/work/blind/EN/ambulance_mustcol_2022"; os.makedirs(OUT, exist_ok=True)
TRUST = "Westmarch Ambulance Service NHS Trust"
EUC = "Emergency and urgent care"; EOC = "Emergency operations centre (EOC)"; PTS = "Patient transport services"
ROWS = [
 ("Must", EUC, "The trust must ensure that all frontline staff complete mandatory training, including safeguarding level 3 and manual handling, and that completion rates meet the trust’s target. (Regulation 18(2)(a))"),
 ("Must", EUC, "The trust must ensure that controlled drugs are checked, recorded and stored in line with the trust’s medicines policy at all ambulance stations. (Regulation 12(2)(g))"),
 ("Should", EUC, "The trust should ensure that vehicle deep cleans are completed within the scheduled timeframe and that cleaning records are kept."),
 ("Must", EUC, "The trust must ensure that patient record forms are stored securely on vehicles and at stations so that confidential information is protected. (Regulation 17(2)(c))"),
 ("Should", EUC, "The trust should continue to work with acute trusts in the region to reduce hospital handover delays."),
 ("Must", EUC, "The trust must ensure that staff carry out and record a full set of observations, including a repeat set before handover, for patients with suspected sepsis. (Regulation 12(2)(a))"),
 ("Should", EUC, "The trust should ensure that staff have protected time to attend team meetings and receive feedback from incidents."),
 ("Must", EUC, "The trust must ensure that the number of staff who have had an appraisal in the last 12 months improves. (Regulation 18(2)(a))"),
 ("Must", EOC, "The trust must ensure that there are enough call handlers and clinicians on duty in the emergency operations centre to answer 999 calls promptly and to carry out welfare call-backs for patients waiting for an ambulance. (Regulation 18(1))"),
 ("Should", EOC, "The trust should ensure that the clinical validation of category 3 and 4 calls is audited regularly."),
 ("Must", EOC, "The trust must ensure that it monitors and acts on the time taken to answer calls to the NHS 111 and 999 lines. (Regulation 17(2)(a))"),
 ("Should", EOC, "The trust should consider providing call handlers with access to structured debriefs after distressing calls."),
 ("Must", PTS, "The trust must ensure that wheelchairs and stretchers on patient transport vehicles are serviced and that the servicing is recorded. (Regulation 15(1)(e))"),
 ("Should", PTS, "The trust should ensure that patient eligibility criteria are applied consistently by the booking team."),
]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.4); sec.bottom_margin = Cm(2.2)
st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
for h in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[h].font.name = "Liberation Sans"; doc.styles[h].font.color.rgb = RGBColor(0x00, 0x5E, 0x5D)

def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): run._r.append(e)
fp = sec.footer.paragraphs[0]
r = fp.add_run("CQC inspection report – what the trust must and should do\t\tPage "); r.font.size = Pt(8); r.font.name = "Liberation Sans"
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run(" of "); r.font.size = Pt(8); r.font.name = "Liberation Sans"
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")
hp = sec.header.paragraphs[0]; hr = hp.add_run(TRUST + "  Inspection report  27/04/2022"); hr.font.size = Pt(8); hr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

# cover
p = doc.add_paragraph(); r = p.add_run(TRUST); r.bold = True; r.font.size = Pt(24); r.font.name = "Liberation Sans"; r.font.color.rgb = RGBColor(0, 0x5E, 0x5D)
p = doc.add_paragraph(); r = p.add_run("Inspection report"); r.font.size = Pt(16); r.font.name = "Liberation Sans"
for ln in ["Ambulance Headquarters, Kestrel Way, Westmarch, WM2 8RA", "Tel: 01632 960 999", "www.westmarchambulance.nhs.uk",
           "Date of inspection visit: 1 February 2022 to 10 March 2022", "Date of publication: 27 April 2022"]:
    doc.add_paragraph(ln).paragraph_format.space_after = Pt(0)
doc.add_paragraph()
doc.add_heading("Ratings", 2)
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for k, v in [("Overall trust quality rating", "Requires improvement"), ("Are services safe?", "Requires improvement"),
             ("Are services effective?", "Requires improvement"), ("Are services caring?", "Good"),
             ("Are services responsive?", "Requires improvement"), ("Are services well-led?", "Requires improvement")]:
    cells = t.add_row().cells; cells[0].text = k; cells[1].text = v
doc.add_paragraph()
doc.add_paragraph("We plan our next inspections based on everything we know about services, including whether they appear to be getting better or worse. Each report explains the reason for the inspection. This report is a summary of our inspection findings. You can find more detailed information about the service and what we found during our inspection in the related Evidence appendix.")
doc.add_page_break()
doc.add_heading("Background to the trust", 1)
doc.add_paragraph("Westmarch Ambulance Service NHS Trust provides emergency and urgent care, an emergency operations centre that handles 999 and NHS 111 calls, and non-emergency patient transport services to a population of about 3.1 million people across a largely rural area. The trust employs about 4,200 staff and operates from 62 ambulance stations.")
doc.add_heading("Overall summary", 1)
doc.add_paragraph("Our rating of this trust went down. We rated it as requires improvement because:")
for s in ["Staff did not always keep up to date with their mandatory training, and fewer than two-thirds of frontline staff had received an appraisal.",
          "Call handlers did not always answer 999 calls promptly and patients waiting for an ambulance did not always receive a welfare call-back.",
          "Controlled drugs were not consistently managed in line with the trust’s policy at several stations we visited."]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph("However, staff treated patients with compassion and kindness, and we saw good multidisciplinary working with local hospitals and community teams.")
doc.add_heading("Areas for improvement", 1)
doc.add_paragraph("We told the trust that it must take action to bring services into line with eight legal requirements. This action related to three services. The table below also lists things the trust should do to comply with a minor breach that did not justify regulatory action, to avoid breaching a legal requirement in future, or to improve services.")
tab = doc.add_table(rows=1, cols=3); tab.style = "Table Grid"; tab.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = (Cm(1.8), Cm(3.6), Cm(11.2))
tab.autofit = False
for col, w in zip(tab.columns, widths): col.width = w
grid = tab._tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w.twips)))
hdr = tab.rows[0].cells
for c_, txt, w in zip(hdr, ["", "Core service", "Action"], widths):
    c_.text = ""; rr = c_.paragraphs[0].add_run(txt); rr.bold = True; rr.font.size = Pt(9.5); c_.width = w
trPr = tab.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for kind, svc, txt in ROWS:
    cells = tab.add_row().cells
    for c_, w in zip(cells, widths): c_.width = w
    rk = cells[0].paragraphs[0].add_run(kind); rk.bold = True
    rk.font.color.rgb = RGBColor(0xA0, 0x10, 0x10) if kind == "Must" else RGBColor(0x10, 0x50, 0x90)
    cells[1].paragraphs[0].add_run(svc).font.size = Pt(9.5)
    cells[2].paragraphs[0].add_run(txt)
doc.add_paragraph()
doc.add_heading("Action we have taken", 1)
doc.add_paragraph("We issued four requirement notices to the trust. Our action related to breaches of legal requirements in three services. Details are at the end of this report.")
doc.add_heading("What happens next", 1)
doc.add_paragraph("We will make sure that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.")
doc.save("/tmp/EN-work/r5.docx")
subprocess.run(["soffice", "--headless", "--convert-to", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}', "--outdir", "/tmp/EN-work", "/tmp/EN-work/r5.docx"], check=True, capture_output=True)
shutil.copy("/tmp/EN-work/r5.pdf", OUT + "/report.pdf")
PDF = OUT + "/report.pdf"
findings = []
for kind, svc, txt in ROWS:
    pgs = locate_all(PDF, txt, 60); assert len(pgs) == 1, (txt, pgs)
    tail = locate_all(PDF, txt[-45:]); assert len(tail) == 1 and tail[0] in (pgs[0], pgs[0] + 1), (txt, tail)
    findings.append({"kind": kind.lower(), "text": txt, "page": pgs[0], "section": "Areas for improvement", "service": svc,
                     "domain": None, "regulations": cites(txt), "also_at": []})
    print(kind, pgs[0], txt[:50])
meta = {"provider": TRUST, "location": None, "report_type": "Inspection report", "published": "2022-04-27",
        "inspection_dates": ["2022-02-01", "2022-03-10"],
        "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
                    "caring": "Good", "responsive": "Requires improvement", "well_led": "Requires improvement"}}
write_gold(OUT + "/gold.json", "LibreOffice 7.4", meta, findings)
