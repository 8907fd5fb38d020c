"""R1: board paper in 'side-head' house style: service names set in the left margin on the same
baseline as the first bullet; bullets are ZapfDingbats glyphs ('l' = filled circle) in their own
text objects; footer mentions must/should; one statement runs over a page break."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from common import Flow, wrap, finding, write_gold, OUT
import os

FOLDER = "r1_board_sideheads"
W, H = A4
MUSTH = "Action the trust MUST take to improve"
SHOULDH = "Action the trust SHOULD take to improve"
UEC = "Urgent and emergency care"
MED = "Medical care (including older people's care)"
MAT = "Maternity"
TW = "Trust-wide"

MUST = [
    (UEC, "The trust must ensure that patients who arrive by ambulance are handed over and triaged within 15 minutes of arrival. (Regulation 12(2)(a))"),
    (UEC, "The trust must ensure that there are enough registered children's nurses on each shift in the paediatric emergency department to keep children safe. (Regulation 18(1))"),
    (MED, "The trust must ensure that nutrition and hydration risk assessments are completed on admission and reviewed at least weekly for every patient. (Regulation 14(4)(a))"),
    (MED, "The trust must ensure that patients who lack capacity to consent have a documented mental capacity assessment and best interests decision before restrictive interventions such as bed rails are used. (Regulation 11(1))"),
    (MED, "The trust must make sure that controlled drugs are checked and recorded in line with trust policy on all medical wards. (Regulation 12(2)(g))"),
    (TW, "The trust must ensure that governance processes give the board clear oversight of the risks recorded on divisional risk registers and of the actions taken to reduce them. (Regulation 17(2)(b))"),
]
SHOULD = [
    (UEC, "The trust should ensure that cubicle curtains in the majors area are changed in line with the cleaning schedule."),
    (UEC, "The trust should consider how it can reduce the number of patients who leave the department before being seen."),
    (MAT, "The trust should ensure that emergency equipment on the labour ward is checked daily and that the checks are recorded."),
    (MAT, "The trust should continue to work with the local maternity and neonatal system to improve continuity of carer."),
    (MED, "The trust should ensure that discharge summaries are sent to GPs within 48 hours of discharge."),
    (TW, "The trust should review how learning from serious incidents is shared with staff who work at night and at weekends."),
]

INTRO = [
    "1. Purpose",
    "This paper presents to the Board the actions set out in the Care Quality Commission (CQC) inspection report for the trust, published on 4 November 2026 following the unannounced core service inspection on 8 to 10 September 2026 and the well-led inspection on 6 and 7 October 2026. The overall rating of the trust went down from Good to Requires improvement.",
    "2. Background",
    "The CQC inspected urgent and emergency care, medical care (including older people's care) and maternity at Northfleet General Hospital. The report states that the trust must put right six breaches of legal requirements and should make six further improvements. The full lists are reproduced below in the trust's house style, grouped by core service. The divisional triumvirates have each nominated an accountable lead, and the draft improvement plan will come to the Quality Committee on 10 December 2026.",
    "Members are reminded that the wording below is the CQC's and must not be edited in the improvement plan; trust commentary should be added in the separate column of the plan. Progress against each action will be reported to the Board every two months until all actions are assured as complete and embedded.",
    "3. Actions from the report",
]


def build():
    L, R = 44, W - 44
    SIDE_X1 = 150
    BODY_X = 176
    frames = [dict(page=p, x0=L, x1=R, ytop=H - 118 if p == 0 else H - 60, ybot=70) for p in range(4)]
    fl = Flow(frames)
    gold = []
    # intro paragraphs (full width)
    for t in INTRO:
        if t[0].isdigit():
            fl.space(10)
            fl.block(t, "Helvetica-Bold", 11, 15, keep=3, tag="h")
        else:
            fl.space(4)
            fl.block(t, "Times-Roman", 10.5, 14)
    # switch to body frames with side-heads
    for fr in fl.frames:
        pass

    def group_list(head, items, kind):
        fl.space(12)
        fl.block(head, "Helvetica-Bold", 12, 16, keep=3, tag="h2")
        last = None
        for svc, text in items:
            side = None
            if svc != last:
                fl.space(8)
                side = svc
                last = svc
            else:
                fl.space(4)
            # body lines: indent so text starts at BODY_X
            ind = BODY_X - L
            page = fl.block(text, "Times-Roman", 10.5, 13.5, indent=ind, keep=1,
                            first_extra=dict(side=side, bullet=True))
            gold.append(finding(kind, text, page, head, None if svc == TW else svc))

    group_list(MUSTH, MUST, "must")
    group_list(SHOULDH, SHOULD, "should")

    path = os.path.join(OUT, FOLDER, "report.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Board of Directors 26 November 2026 - Item 9 - CQC inspection report actions")
    c.setAuthor("Corporate Governance Team")
    npages = max(p for p, _ in fl.ops) + 1
    for p in range(npages):
        if p == 0:
            c.setFillGray(0.15)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(L, H - 46, "Northfleet and Carrow Hospitals NHS Foundation Trust")
            c.setFont("Helvetica", 9)
            c.drawRightString(R, H - 46, "Board of Directors (Part 1)  |  26 November 2026")
            c.setFont("Helvetica-Bold", 17)
            c.drawString(L, H - 76, "Agenda item 9: CQC inspection report")
            c.setFont("Helvetica", 10.5)
            c.drawString(L, H - 94, "Report of the Chief Nurse and the Director of Corporate Affairs. For assurance.")
            c.setLineWidth(0.6)
            c.line(L, H - 104, R, H - 104)
        else:
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawString(L, H - 40, "Northfleet and Carrow Hospitals NHS Foundation Trust  |  Board of Directors (Part 1)")
        # footer that says must / should
        c.setFillGray(0.35)
        c.setFont("Helvetica", 7.5)
        c.drawString(L, 40, "Item 9  |  Actions the trust must take and actions the trust should take  |  CQC inspection report 2026")
        c.drawRightString(R, 40, "Page %d of %d" % (p + 1, npages))
        c.setLineWidth(0.3)
        c.line(L, 52, R, 52)
        for pp, op in fl.ops:
            if pp != p:
                continue
            c.setFillGray(0)
            ex = op.get("extra")
            if ex and ex.get("side"):
                c.setFillColorRGB(0.25, 0.3, 0.45)
                sl = wrap(ex["side"], "Helvetica-Bold", 8.5, SIDE_X1 - L)
                for i, s in enumerate(sl):
                    c.setFont("Helvetica-Bold", 8.5)
                    c.drawString(L, op["y"] - i * 10.5, s)
                c.setFillGray(0)
            if ex and ex.get("bullet"):
                c.setFont("ZapfDingbats", 6)
                c.drawString(BODY_X - 13, op["y"] + 1.5, "l")
            c.setFont(op["font"], op["size"])
            c.drawString(op["x"], op["y"], op["text"])
        c.showPage()
    c.save()
    meta = {"provider": "Northfleet and Carrow Hospitals NHS Foundation Trust", "location": None,
            "report_type": "Inspection report", "published": "2026-11-04",
            "inspection_dates": ["2026-09-08", "2026-09-09", "2026-09-10", "2026-10-06", "2026-10-07"],
            "ratings": {"overall": "Requires improvement", "safe": None, "effective": None, "caring": None,
                        "responsive": None, "well_led": None}}
    write_gold(FOLDER, "reportlab 5.1 canvas: board paper, side-head column + ZapfDingbats bullets", meta, gold)
    return gold


if __name__ == "__main__":
    g = build()
    for x in g:
        print(x["page"], x["kind"], x["service"], x["text"][:60])
