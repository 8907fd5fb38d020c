# Report 2: GP practice "improvement staircase", read bottom-left to top-right, DocuSign envelope header
import sys
sys.path.insert(0, "/work/blind/IJ/_build")
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors

FOLDER = "02_staircase"
os.makedirs(f"{OUT}/{FOLDER}", exist_ok=True)
PROV = "Dr A Okafor and Partners"; LOC = "Harlow Mead Surgery"
MUST_H = "The areas where the provider must make improvements are:"
SHOULD_H = "The areas where the provider should make improvements are:"
MUSTS = [
 "Ensure care and treatment is provided in a safe way to patients, including the monitoring of patients prescribed high-risk medicines such as methotrexate and lithium.",
 "Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
 "Ensure that all staff who act as chaperones have a Disclosure and Barring Service check or a documented risk assessment.",
 "Ensure that patient safety alerts are received, acted on and that the action taken is recorded.",
 "Ensure that the practice's infection prevention and control audit is completed and that its actions are followed up.",
]
SHOULDS = [
 "Continue to improve the uptake of cervical screening so that it meets the national target of 80%.",
 "Take steps to identify more patients who are carers and signpost them to support.",
 "Review the system for tracking blank prescription forms and pads through the practice.",
 "Improve the way complaints are recorded so that verbal complaints and learning from them are captured.",
 "Consider how patient feedback about telephone access can be acted on and monitored.",
 "Ensure that the business continuity plan includes up-to-date contact details for staff and suppliers.",
 "Continue to encourage the patient participation group to meet regularly and involve it in service changes.",
]
W, H = landscape(A4)
ENV = "DocuSign Envelope ID: 8E4C2A71-5B09-4F6D-A3C8-19D7E0B6F254"

def header(c, n):
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(24, H - 16, ENV)
    c.setFont("Helvetica", 7); c.drawRightString(W - 30, 16, f"Page {n} of 3")
    c.drawString(30, 16, "Harlow Mead Surgery  \u2022  CQC improvement staircase  \u2022  v1.2 approved by partners' meeting")

def wrap(text, font, fs, width):
    words = text.split(); lines = []; line = ""
    for w in words:
        t = (line + " " + w).strip()
        if stringWidth(t, font, fs) > width and line:
            lines.append(line); line = w
        else: line = t
    lines.append(line); return lines

def stairs(c, items, heading, kind, start_no):
    c.setFont("Helvetica-Bold", 15); c.setFillColor(colors.HexColor("#0b4f6c"))
    c.drawString(36, H - 48, heading)
    c.setFont("Helvetica-Oblique", 8.5); c.setFillColor(colors.black)
    c.drawString(36, H - 62, "Start at the bottom step and work up. Each step is one point from the CQC report, worded as CQC wrote it.")
    n = len(items); bw = (W - 80) / n; base = 40
    rise = (H - 130 - 120) / (n - 1)
    for i, text in enumerate(items):
        x = 40 + i * bw; top = base + 120 + i * rise
        c.setFillColor(colors.HexColor("#d6eaf2" if kind == "must" else "#eef2d6"))
        c.setStrokeColor(colors.white); c.rect(x, base, bw - 3, top - base, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#0b4f6c")); c.setFont("Helvetica-Bold", 20)
        c.drawString(x + 6, top - 24, str(start_no + i))
        c.setFont("Helvetica-Bold", 6.5); c.drawRightString(x + bw - 9, top - 12, "STEP")
        c.setFillColor(colors.black); fs = 8.4
        y = top - 40
        for ln in wrap(text, "Helvetica", fs, bw - 16):
            c.setFont("Helvetica", fs); c.drawString(x + 6, y, ln); y -= fs * 1.25
        if y < base + 5: raise SystemExit("overflow")
    # arrow up the staircase
    c.setStrokeColor(colors.HexColor("#0b4f6c")); c.setLineWidth(1.5)
    c.line(40, base + 130, 40 + (n - 1) * bw, base + 130 + (n - 1) * rise)
    c.setFont("Helvetica-Bold", 8); c.setFillColor(colors.HexColor("#0b4f6c")); c.drawString(42, base - 12, "START HERE")

c = canvas.Canvas(f"{OUT}/{FOLDER}/report.pdf", pagesize=landscape(A4))
c.setTitle("Harlow Mead Surgery - CQC improvement staircase"); c.setAuthor("Practice Manager")
header(c, 1)
c.setFont("Helvetica-Bold", 20); c.setFillColor(colors.HexColor("#0b4f6c"))
c.drawString(36, H - 60, "Harlow Mead Surgery")
c.setFont("Helvetica", 12); c.setFillColor(colors.black)
c.drawString(36, H - 80, "Dr A Okafor and Partners  \u2022  14 Mead Lane, Harlow Mead, HM4 2QT")
y = H - 112; c.setFont("Helvetica", 10)
for ln in ["Care Quality Commission inspection: 2 November 2022 (announced comprehensive inspection)",
           "CQC report published: 11 January 2023", "",
           "This practice is rated as Requires improvement overall. (Previous rating March 2017 \u2013 Good)", "",
           "The key questions at this inspection are rated as:",
           "Are services safe? \u2013 Inadequate", "Are services effective? \u2013 Requires improvement",
           "Are services caring? \u2013 Good", "Are services responsive? \u2013 Good", "Are services well-led? \u2013 Requires improvement", "",
           "We rated the practice as inadequate for providing safe services because the practice did not have clear systems to",
           "keep patients safe. Staff told inspectors they should have had more support with the new clinical system.", "",
           "The partners have agreed the improvement staircase on pages 2 and 3. Steps are not in priority order.",
           "(please see the specific details on action required at the end of the CQC report)"]:
    c.drawString(36 if not ln.startswith("Are") else 52, y, ln); y -= 14
# signature block
c.setFont("Helvetica", 7); c.setFillColor(colors.HexColor("#3355aa"))
c.roundRect(W - 250, 70, 200, 44, 6, fill=0, stroke=1)
c.drawString(W - 244, 104, "DocuSigned by:")
c.setFont("Times-Italic", 15); c.drawString(W - 230, 84, "A. Okafor")
c.setFont("Helvetica", 6); c.drawString(W - 244, 74, "3F0D1B77A2C44E1...")
c.setFillColor(colors.black); c.setFont("Helvetica", 8); c.drawString(W - 250, 58, "Dr Adaeze Okafor, Senior Partner   19 January 2023")
c.showPage()
header(c, 2); stairs(c, MUSTS, MUST_H, "must", 1); c.showPage()
header(c, 3); stairs(c, SHOULDS, SHOULD_H, "should", 6); c.showPage()
c.save()

meta = {"provider": PROV, "location": LOC, "report_type": "Inspection report", "published": "2023-01-11",
        "inspection_dates": ["2022-11-02"],
        "ratings": {"overall": "Requires improvement", "safe": "Inadequate", "effective": "Requires improvement", "caring": "Good",
                    "responsive": "Good", "well_led": "Requires improvement"}}
F = [{"kind": "must", "text": t, "page": 2, "section": MUST_H, "service": None} for t in MUSTS] + \
    [{"kind": "should", "text": t, "page": 3, "section": SHOULD_H, "service": None} for t in SHOULDS]
write_gold(FOLDER, "reportlab 4 (canvas); DocuSign envelope stamp imitated in the page header", meta, F)
print(len(F))
