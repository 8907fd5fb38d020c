"""R3: GP practice governance manual (A5, duplex) reprinting its CQC report. House style puts the
regulation citation of each must item as a marginal note in the OUTER margin, level with the first
line of the item: right margin on odd pages, left margin on even pages (mirrored margins). The
must list runs over a page break; running head names 'requirements (must)' and 'recommendations (should)'."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A5
from common import Flow, wrap, finding, write_gold, OUT

FOLDER = "r3_gp_manual_margin_notes"
W, H = A5
MUSTH = "The areas where the provider must make improvements are:"
SHOULDH = "The areas where the provider should make improvements are:"
MUST = [
    ("The provider must ensure that care and treatment is provided in a safe way for patients, including the monitoring of patients prescribed high-risk medicines.", "(Regulation 12(1))"),
    ("The provider must ensure that recruitment checks, including references and Disclosure and Barring Service checks, are completed before staff start work.", "(Regulation 19(3)(a))"),
    ("The provider must establish effective systems and processes to ensure good governance, including the management of safety alerts and abnormal test results.", "(Regulation 17(1))"),
    ("The provider must ensure that all staff have completed safeguarding training at a level appropriate to their role.", "(Regulation 13(2))"),
    ("The provider must notify the Commission without delay when the registered manager is absent for 28 days or more.", "(Regulation 14 CQC (Registration) Regulations 2009)"),
]
SHOULD = [
    "The provider should continue to improve the uptake of cervical screening for eligible patients.",
    "The provider should take steps to identify and support more carers among its patient population.",
    "The provider should review the arrangements for patients to give feedback, including the use of the friends and family test.",
    "The provider should ensure that the emergency medicines risk assessment includes all recommended medicines.",
    "The provider should improve telephone access so that patients can get through to the practice when it opens at 8am.",
    "The provider should ensure that minutes of clinical meetings record the actions agreed and who is responsible for them.",
    "The provider should continue to review exception reporting rates for patients with long-term conditions.",
]
INTRO = [
    ("h", "4.2  CQC inspection report (reprinted)"),
    ("p", "Hollins Vale Medical Practice  \u2022  Inspection report  \u2022  Date of inspection visit: 14 July 2026  \u2022  Date of publication: 2 September 2026"),
    ("p", "This practice is rated as Requires improvement overall. (Previous rating May 2022 \u2013 Good)"),
    ("p", "The key questions at this inspection are rated as: Are services safe? \u2013 Requires improvement; Are services effective? \u2013 Good; Are services caring? \u2013 Good; Are services responsive? \u2013 Requires improvement; Are services well-led? \u2013 Requires improvement."),
    ("p", "We carried out an announced comprehensive inspection at Hollins Vale Medical Practice on 14 July 2026 as part of our inspection programme. We rated the practice as requires improvement for providing safe services because:"),
    ("b", "The practice did not have a clear system for the monitoring of patients on high-risk medicines; of 40 records we reviewed, 11 patients had not had the required blood tests."),
    ("b", "Recruitment files for two recently employed staff did not contain evidence of satisfactory conduct in previous employment."),
    ("b", "Not all clinical staff had completed safeguarding training at the required level."),
    ("p", "We rated the practice as requires improvement for providing responsive and well-led services because patients told us they could not get through on the telephone, and governance systems for safety alerts and test results were not effective. Infection prevention and control had improved since our last inspection."),
]


def build():
    NOTE_W = 66
    GUT, OUTER = 34, 28
    TOP, BOT = H - 56, 56
    frames = []
    for p in range(8):
        odd = (p % 2 == 0)  # page 1 is odd (right-hand) page
        if odd:
            x0, x1 = GUT, W - OUTER - NOTE_W - 10
        else:
            x0, x1 = OUTER + NOTE_W + 10, W - GUT
        frames.append(dict(page=p, x0=x0, x1=x1, ytop=TOP, ybot=BOT))
    fl = Flow(frames)
    F, S, LD = "Times-Roman", 9.5, 12.2
    for kind, t in INTRO:
        if kind == "h":
            fl.block(t, "Helvetica-Bold", 11.5, 15, keep=3)
            fl.space(4)
        elif kind == "b":
            fl.space(2)
            fl.block(t, F, S, LD, indent=11, first_extra=dict(bullet="\u2013"))
        else:
            fl.space(5)
            fl.block(t, F, S, LD)
    gold = []
    fl.space(10)
    fl.block(MUSTH, "Helvetica-Bold", 9.5, 13, keep=3)
    for text, cite in MUST:
        fl.space(4)
        pg = fl.block(text, F, S, LD, indent=11, first_extra=dict(bullet="\u2022", note=cite))
        gold.append(finding("must", text + " " + cite, pg, MUSTH, None))
    fl.space(10)
    fl.block(SHOULDH, "Helvetica-Bold", 9.5, 13, keep=3)
    for text in SHOULD:
        fl.space(4)
        pg = fl.block(text, F, S, LD, indent=11, first_extra=dict(bullet="\u2022"))
        gold.append(finding("should", text, pg, SHOULDH, None))
    fl.space(10)
    fl.block("4.3  Practice response", "Helvetica-Bold", 11.5, 15, keep=3)
    fl.space(4)
    fl.block("The partners accepted the findings in full. The practice action plan (section 4.4) was sent to CQC on 30 September 2026. Every member of staff should read this section and sign the governance manual declaration sheet.", F, S, LD)

    path = os.path.join(OUT, FOLDER, "report.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A5)
    c.setTitle("Practice governance manual - section 4 - CQC")
    npages = max(p for p, _ in fl.ops) + 1
    for p in range(npages):
        odd = (p % 2 == 0)
        fr = frames[p]
        c.setFont("Helvetica", 6.8)
        c.setFillGray(0.35)
        head = "Hollins Vale Medical Practice governance manual  |  Section 4: CQC requirements (must) and recommendations (should)"
        if odd:
            c.drawRightString(W - OUTER, H - 30, head)
            c.drawRightString(W - OUTER, 26, "4\u2013%d" % (p + 1))
        else:
            c.drawString(OUTER, H - 30, head)
            c.drawString(OUTER, 26, "4\u2013%d" % (p + 1))
        c.setLineWidth(0.3)
        c.line(OUTER if not odd else GUT, H - 35, W - (OUTER if odd else GUT), H - 35)
        c.setFillGray(0)
        for pp, op in fl.ops:
            if pp != p:
                continue
            ex = op.get("extra") or {}
            if ex.get("bullet"):
                c.setFont(F, S)
                c.drawString(op["fx0"] + 2, op["y"], ex["bullet"])
            if ex.get("note"):
                c.setFont("Times-Italic", 7.5)
                nl = wrap(ex["note"], "Times-Italic", 7.5, NOTE_W)
                for i, s in enumerate(nl):
                    if odd:
                        c.drawString(W - OUTER - NOTE_W, op["y"] - i * 9, s)
                    else:
                        c.drawRightString(OUTER + NOTE_W, op["y"] - i * 9, s)
            c.setFont(op["font"], op["size"])
            c.drawString(op["x"], op["y"], op["text"])
        c.showPage()
    c.save()
    meta = {"provider": "Hollins Vale Medical Practice", "location": None, "report_type": "Inspection report",
            "published": "2026-09-02", "inspection_dates": ["2026-07-14"],
            "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good",
                        "caring": "Good", "responsive": "Requires improvement", "well_led": "Requires improvement"}}
    write_gold(FOLDER, "reportlab 5.1 canvas, A5 mirrored margins, citations as outer-margin notes", meta, gold)
    return gold


if __name__ == "__main__":
    for x in build():
        print(x["page"], x["kind"], x["regulations"], x["text"][:50])
