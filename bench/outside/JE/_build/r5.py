"""R5: ward managers' handbook with thumb-index tabs. Each chapter (core service) has a coloured tab
bleeding off the right edge; its short label is set as UPRIGHT letters stacked one under another
(A / C / U / T / E), each letter a separate string, on the same 14 pt baseline grid as the body text
and only ~14 pt right of the body column, so line-based readers may glue the tab letters onto the
ends of statement lines. The cover page repeats all tabs. Chapters start on a new page; the first
chapter runs over a page break inside a statement."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from common import Flow, wrap, finding, write_gold, OUT

FOLDER = "r5_thumb_index_handbook"
W, H = A4
MUSTH = "Action the trust MUST take to improve"
SHOULDH = "Action the trust SHOULD take to improve"
G = 14  # baseline grid
CH = [
    ("ACUTE", "Acute wards for adults of working age and psychiatric intensive care units", (0.55, 0.16, 0.30),
     ["We inspected all five acute wards and the psychiatric intensive care unit at Elmbank House and Ferris Lodge. Staff treated patients with kindness, and most patients told us they felt safe.",
      ("Is the service safe?", "Physical health monitoring after rapid tranquillisation was not always carried out or recorded. Seclusion records were incomplete: in eight of the 20 records we reviewed, medical reviews were late or missing. Two wards had ligature points that had not been identified on the ward's ligature risk assessment, although staff managed the risk through observation. Wards were clean and well maintained, and staff followed infection control procedures."),
      ("Is the service effective?", "Care plans were personalised and holistic. Patients on three wards told us they had waited several weeks to see a psychologist, and the psychology post on Rowan ward had been vacant for six months. Staff had regular supervision and appraisal. Most patients had a physical health check within 24 hours of admission, and the wards had good links with the local acute hospital and the crisis team. Discharge planning started at admission."),
      ("Is the service caring?", "Staff were discreet, respectful and responsive when caring for patients. Patients were involved in their care plans and had access to independent advocates."),
      ("Is the service responsive?", "Beds were managed well and discharge was rarely delayed for other than clinical reasons. Notices telling informal patients of their right to leave were missing on two wards, and staff on one ward were not sure how an informal patient should ask to leave."),
      ("Is the service well-led?", "Ward managers were visible and approachable. Governance processes had not identified the gaps in seclusion recording, but managers had started an improvement plan before the inspection ended. Staff felt respected, supported and valued, and said they could raise concerns without fear. The trust had introduced a new electronic patient record on two wards, and staff were still learning to use it. Ward managers had access to a dashboard of key performance information, which they reviewed at weekly team meetings.")],
     [("must", "The trust must ensure that staff complete and record physical health observations after rapid tranquillisation in line with national guidance. (Regulation 12(2)(b))"),
      ("must", "The trust must ensure that seclusion records are fully completed, including medical reviews within the required timescales. (Regulation 13(4)(b))"),
      ("must", "The trust must ensure that ligature risk assessments identify all risks and are reviewed after any change to the ward environment. (Regulation 12(2)(d))"),
      ("should", "The trust should ensure that patients have timely access to psychological therapies while they are on the ward."),
      ("should", "The trust should ensure that informal patients know they can leave the ward and that notices explaining this are displayed at the ward entrance.")]),
    ("CAMHS", "Child and adolescent mental health wards", (0.10, 0.40, 0.62),
     "We inspected Willowgate, the trust's 12-bed general adolescent unit. Young people spoke highly of the nurses and of the school on site. Staffing levels did not meet the planned numbers on 19 of the 42 shifts we reviewed, and some restrictions applied to all young people without an individual assessment.",
     [("must", "The trust must ensure that there are enough suitably qualified and experienced nursing staff on every shift to meet young people's needs. (Regulation 18(1))"),
      ("must", "The trust must ensure that any blanket restrictions are reviewed and justified for each young person. (Regulation 13(4)(b))"),
      ("should", "The trust should ensure that young people continue to receive education during school holidays where their care plan requires it."),
      ("should", "The trust should ensure that families and carers are invited to care programme approach meetings.")]),
    ("OLDER", "Community-based mental health services for older people", (0.20, 0.45, 0.22),
     ["We visited the three community mental health teams for older people at Northbeck, Sallow Cross and Tenby Road.",
      ("Is the service safe?", "The waiting list in the Northbeck team had grown to 240 people, and not all of them had been reviewed for risk while waiting. Staff did not always follow the lone working procedure when they visited patients at home."),
      ("Is the service effective?", "Staff knew their patients well and worked closely with GPs and memory services. Assessments were thorough and care plans were reviewed regularly."),
      ("Is the service caring?", "Patients and carers told us staff were kind and patient. Carers were not always offered an assessment of their own needs.")],
     [("must", "The trust must ensure that caseloads are managed so that patients on the waiting list are regularly reviewed for risk. (Regulation 12(2)(a))"),
      ("should", "The trust should ensure that carers are offered an assessment of their own needs."),
      ("should", "The trust should ensure that lone working procedures are followed by all staff who visit patients at home.")]),
]


def tab_y(i):
    return YTOP - (7 + i * 9) * G   # top letter sits on body baseline number 7 / 16 / 25


YTOP = H - 78 - ((H - 78) % G) + 0.0  # grid-aligned


def build():
    L, R = 52, W - 52
    frames = [dict(page=p, x0=L, x1=R, ytop=YTOP, ybot=76) for p in range(1, 10)]
    fl = Flow(frames)
    fl.fi = 0
    gold = []
    page_tab = {}
    for ci, (lab, svc, col, summ, items) in enumerate(CH):
        if ci:
            # new chapter on a new page
            fl.next_frame()
        start_page = fl.fr["page"]
        fl.block(svc, "Helvetica-Bold", 13, G * 2, keep=1, first_extra=dict(col=col))
        fl.y -= G
        fl.block("Summary of what we found", "Helvetica-Bold", 10.5, G)
        if isinstance(summ, str):
            summ = [summ]
        for part in summ:
            if isinstance(part, tuple):
                fl.y -= G
                fl.block(part[0], "Helvetica-Oblique", 10.5, G, keep=2)
                fl.block(part[1], "Times-Roman", 10.5, G)
            else:
                fl.block(part, "Times-Roman", 10.5, G)
        fl.y -= G
        fl.block("Areas for improvement", "Helvetica-Bold", 11.5, G, keep=3)
        cur = None
        for kind, t in items:
            head = MUSTH if kind == "must" else SHOULDH
            if head != cur:
                fl.y -= G
                fl.block(head, "Helvetica-Bold", 10.5, G, keep=3)
                cur = head
            pg = fl.block(t, "Times-Roman", 10.5, G, indent=14, first_extra=dict(bullet=True))
            gold.append(finding(kind, t, pg, head, svc))
        for p in range(start_page, fl.fr["page"] + 1):
            page_tab[p] = ci

    path = os.path.join(OUT, FOLDER, "report.pdf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("CQC improvement handbook for ward and team managers")
    npages = max(p for p, _ in fl.ops) + 1

    def draw_tab(i):
        lab, svc, col = CH[i][0], CH[i][1], CH[i][2]
        top = tab_y(i)
        c.setFillColorRGB(*col)
        c.roundRect(W - 30, top - (len(lab) - 1) * G - 16, 60, len(lab) * G + 20, 6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        for k, ch in enumerate(lab):
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(W - 17, top - k * G, ch)

    for p in range(npages):
        c.setFillGray(0)
        if p == 0:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(L, H - 70, "Calderbrook Partnership NHS Foundation Trust")
            c.setFont("Helvetica-Bold", 24)
            c.drawString(L, H - 110, "CQC improvement handbook")
            c.setFont("Helvetica", 13)
            c.drawString(L, H - 130, "for ward and team managers")
            y = H - 180
            for para in [
                "This handbook brings together the areas for improvement from the CQC inspection report on our trust, published on 22 July 2026 after the core service inspections on 14 to 16 April 2026 and the well-led inspection on 12 and 13 May 2026. The CQC rated the trust as Requires improvement overall. Safe and well-led were rated Requires improvement; effective, caring and responsive were rated Good.",
                "Each core service has its own coloured tab on the edge of the page. Find your service's tab and keep the handbook on the ward office shelf. The wording of each action is copied from the report.",
                "Managers should check their section at every team meeting and record progress on the improvement tracker.",
            ]:
                for ln in wrap(para, "Times-Roman", 11, R - L - 20):
                    c.setFont("Times-Roman", 11)
                    c.drawString(L, y, ln)
                    y -= G + 1
                y -= 10
            y -= 10
            c.setFont("Helvetica-Bold", 11)
            c.drawString(L, y, "Contents")
            y -= 20
            for i, ch in enumerate(CH):
                c.setFillColorRGB(*ch[2])
                c.rect(L, y - 2, 10, 10, stroke=0, fill=1)
                c.setFillGray(0)
                c.setFont("Times-Roman", 11)
                c.drawString(L + 18, y, ch[1])
                y -= 18
            for i in range(len(CH)):
                draw_tab(i)
        else:
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawString(L, H - 44, "Calderbrook Partnership NHS Foundation Trust  \u2022  CQC improvement handbook")
            c.drawString(L, 40, "Page %d" % (p + 1))
            if p in page_tab:
                draw_tab(page_tab[p])
        for pp, op in fl.ops:
            if pp != p:
                continue
            ex = op.get("extra") or {}
            if ex.get("col"):
                c.setFillColorRGB(*ex["col"])
            else:
                c.setFillGray(0)
            if ex.get("bullet"):
                c.setFont("Times-Roman", 10.5)
                c.drawString(op["fx0"] + 2, op["y"], "\u2022")
            c.setFont(op["font"], op["size"])
            c.drawString(op["x"], op["y"], op["text"])
        c.showPage()
    c.save()
    meta = {"provider": "Calderbrook Partnership NHS Foundation Trust", "location": None,
            "report_type": "Inspection report", "published": "2026-07-22",
            "inspection_dates": ["2026-04-14", "2026-04-15", "2026-04-16", "2026-05-12", "2026-05-13"],
            "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good",
                        "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"}}
    write_gold(FOLDER, "reportlab 5.1 canvas handbook, thumb-index tabs with stacked upright letters on the body baseline grid", meta, gold)
    return gold


if __name__ == "__main__":
    for x in build():
        print(x["page"], x["kind"], x["service"][:20], x["text"][:50])
