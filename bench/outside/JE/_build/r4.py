"""R4: patient leaflet, A4 landscape tri-fold (roll fold). Printed sheet order differs from reading order:
outside sheet (page 1) = [inside flap | back cover | front cover]; inside sheet (page 2) = [panel 3 | 4 | 5].
The action lists start on the flap (page 1, left third) and continue on the inside sheet; one must
statement breaks from the flap to the first inside panel. The back cover (page 1, middle) has
narrative 'should' sentences that are not actions. Fold marks and a 'fold here' guide are drawn."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from common import Flow, wrap, finding, write_gold, OUT

FOLDER = "r4_trifold_leaflet"
W, H = landscape(A4)
MUSTH = "Action the hospital MUST take to improve"
SHOULDH = "Action the hospital SHOULD take to improve"
SUR, OPD, DI, ALL = "Surgery", "Outpatients", "Diagnostic imaging", "Across the hospital"
MUST = [
    (SUR, "The hospital must ensure that the World Health Organization surgical safety checklist is fully completed for every procedure. (Regulation 12(2)(b))"),
    (SUR, "The hospital must ensure that staff working in theatres have completed immediate life support training. (Regulation 18(2)(a))"),
    (SUR, "The hospital must ensure that consent forms record the risks and benefits that were discussed with each patient. (Regulation 11(1))"),
    (OPD, "The hospital must ensure that medicines and prescription pads in outpatient clinic rooms are stored securely at all times. (Regulation 12(2)(g))"),
    (DI, "The hospital must ensure that radiation risk assessments and local rules are reviewed and signed by the radiation protection supervisor. (Regulation 17(2)(b))"),
]
SHOULD = [
    (SUR, "The hospital should ensure that patients are given written information about their procedure before the day of admission."),
    (SUR, "The hospital should consider recording ward fridge temperatures at the same time each day."),
    (OPD, "The hospital should ensure that chaperone posters are displayed in every consulting room."),
    (OPD, "The hospital should monitor how long patients wait in clinic after their appointment time."),
    (DI, "The hospital should ensure that pregnancy checks are recorded before every relevant examination."),
    (DI, "The hospital should review the signs to the imaging department from the main entrance."),
    (ALL, "The hospital should ensure that all staff know who the freedom to speak up guardian is and how to contact them."),
]
TEAL = (0.0, 0.42, 0.45)
RESP = {
    MUST[0][1]: "a named checklist lead is now on every theatre list and we audit ten records a week.",
    MUST[1][1]: "all theatre staff were booked on a course by 30 November 2026.",
    MUST[2][1]: "we have a new consent form and our surgeons have been trained to use it.",
    MUST[4][1]: "our radiation protection adviser reviewed all local rules in October 2026.",
}


def build():
    PW = W / 3
    M = 22
    def panel(page, i):
        return dict(page=page, x0=i * PW + M, x1=(i + 1) * PW - M, ytop=H - 34, ybot=34)
    frames = [panel(0, 0), panel(1, 0), panel(1, 1), panel(1, 2)]
    fl = Flow(frames)
    F, S, LD = "Helvetica", 10, 13.4
    gold = []
    fl.block("Inside this leaflet", "Helvetica-Bold", 13, 17)
    fl.space(3)
    fl.block("In June 2026 the Care Quality Commission (CQC) inspected Ashcombe Park Hospital. This leaflet tells you what the inspectors asked us to put right, using the words of their report, and what we are doing about it.", F, S, LD)
    fl.space(6)
    for t in ["Overall: Requires improvement", "Safe: Requires improvement", "Effective: Good", "Caring: Good",
              "Responsive: Good", "Well-led: Requires improvement"]:
        fl.block(t, "Helvetica-Bold", 8.6, 11.4, indent=8, first_extra=dict(dot=True))
    fl.space(8)

    def lst(head, items, kind):
        fl.space(8)
        fl.block(head, "Helvetica-Bold", 10.6, 14.5, keep=4, first_extra=dict(band=True))
        last = None
        for svc, t in items:
            if svc != last:
                fl.space(5)
                fl.block(svc, "Helvetica-BoldOblique", 9.4, 13, keep=3)
                last = svc
            fl.space(3)
            pg = fl.block(t, F, S, LD, indent=9, first_extra=dict(bullet=True))
            gold.append(finding(kind, t, pg, head, None if svc == ALL else svc))
            if t in RESP:
                fl.space(1)
                fl.block("What we are doing: " + RESP[t], "Helvetica-Oblique", 8.8, 11.6, indent=9)

    lst(MUSTH, MUST, "must")
    fl.space(12)
    fl.block("Why 'must' and 'should'?", "Helvetica-Bold", 11, 14.5, keep=3)
    fl.space(3)
    fl.block("The CQC says a hospital must do something when it is needed to meet the law. It says a hospital should do something when it would make care better, or stop a problem from growing. We treat both as promises to you.", F, S, LD)
    fl.next_frame()
    lst(SHOULDH, SHOULD, "should")
    fl.next_frame()
    fl.space(10)
    fl.block("What happens next", "Helvetica-Bold", 11, 14.5, keep=3)
    fl.space(3)
    fl.block("We sent our action plan to the CQC on 14 October 2026. Our Medical Advisory Committee and our board check progress every month. The CQC will return to check that the changes have been made.", F, S, LD)
    fl.space(10)
    fl.block("Tell us what you think", "Helvetica-Bold", 11, 14.5, keep=3)
    fl.space(3)
    fl.block("We would like to hear from you about your care. You can fill in a feedback card on the ward, speak to any member of staff, or email the patient experience team. Our progress report will be on the hospital website every three months.", F, S, LD)

    path = os.path.join(OUT, FOLDER, "report.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Ashcombe Park Hospital - CQC leaflet - print duplex, flip on short edge, roll fold")
    for p in range(2):
        # fold marks
        c.setStrokeGray(0.5)
        c.setLineWidth(0.4)
        c.setDash(3, 3)
        for k in (1, 2):
            c.line(k * PW, H - 12, k * PW, H)
            c.line(k * PW, 0, k * PW, 12)
        c.setDash()
        if p == 0:
            # back cover (middle)
            x0, x1 = PW + M, 2 * PW - M
            y = H - 60
            c.setFillColorRGB(*TEAL)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(x0, y, "Contact us")
            c.setFillGray(0)
            y -= 20
            for para in [
                "If you have a question about your care, or you would like this leaflet in another language or format, please speak to the nurse in charge or contact our patient experience team.",
                "Patient experience team, Ashcombe Park Hospital, 2 Wellmeadow Road, Ashcombe, AB12 3CD. Telephone 01234 560 789.",
                "If you are unhappy with our response you should contact the Parliamentary and Health Service Ombudsman. You should not have to wait more than 20 working days for our reply.",
                "Ashcombe Park Hospital is run by Meridale Healthcare Limited. The full CQC report is on the CQC website.",
            ]:
                for ln in wrap(para, F, S, x1 - x0):
                    c.setFont(F, S)
                    c.drawString(x0, y, ln)
                    y -= LD
                y -= 8
            c.setFont("Helvetica", 6.5)
            c.setFillGray(0.4)
            c.drawString(x0, 40, "Leaflet ref APH-PIL-117  \u2022  Version 1  \u2022  November 2026  \u2022  Review November 2027")
            # front cover (right)
            x0, x1 = 2 * PW + M, 3 * PW - M
            c.setFillColorRGB(*TEAL)
            c.rect(2 * PW, H - 250, PW, 250, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x0, H - 50, "Ashcombe Park Hospital")
            c.setFont("Helvetica", 9)
            c.drawString(x0, H - 64, "Meridale Healthcare Limited")
            y = H - 120
            for ln in wrap("What the Care Quality Commission found, and what we are doing", "Helvetica-Bold", 21, x1 - x0):
                c.setFont("Helvetica-Bold", 21)
                c.drawString(x0, y, ln)
                y -= 25
            c.setFillGray(0)
            y = H - 290
            for ln in wrap("Inspection report published 30 September 2026. Inspection visits 9, 10 and 23 June 2026.", F, 10, x1 - x0) + [""] + \
                    wrap("Information for patients, visitors and carers", "Helvetica-Oblique", 10, x1 - x0):
                c.setFont("Helvetica-Oblique" if "Information" in ln or "visitors" in ln or "carers" in ln else F, 10)
                c.drawString(x0, y, ln)
                y -= 14
        for pp, op in fl.ops:
            if pp != p:
                continue
            ex = op.get("extra") or {}
            if ex.get("band"):
                c.setFillColorRGB(*TEAL)
                c.rect(op["fx0"] - 4, op["y"] - 4, op["fx1"] - op["fx0"] + 8, 17, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
            else:
                c.setFillGray(0)
            if ex.get("bullet"):
                c.setFillColorRGB(*TEAL)
                c.rect(op["fx0"] + 1, op["y"] + 2, 3.5, 3.5, stroke=0, fill=1)
                c.setFillGray(0)
            if ex.get("dot"):
                c.setFillColorRGB(*TEAL)
                c.circle(op["fx0"] + 3, op["y"] + 3, 2.2, stroke=0, fill=1)
                c.setFillGray(0)
            c.setFont(op["font"], op["size"])
            c.drawString(op["x"], op["y"], op["text"])
        c.showPage()
    c.save()
    meta = {"provider": "Meridale Healthcare Limited", "location": "Ashcombe Park Hospital",
            "report_type": "Inspection report", "published": "2026-09-30",
            "inspection_dates": ["2026-06-09", "2026-06-10", "2026-06-23"],
            "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good",
                        "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}}
    write_gold(FOLDER, "reportlab 5.1 canvas, A4 landscape tri-fold leaflet (outside/inside sheets)", meta, gold)
    return gold


if __name__ == "__main__":
    for x in build():
        print(x["page"], x["kind"], x["service"], x["text"][:50])
