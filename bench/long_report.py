"""Builds a long, dense, trust-style CQC report PDF for the benchmark (reportlab).

Mostly narrative pages (what makes pdfplumber slow), with the must/should lists where
real reports have them: the Chief Inspector's letter, the end of each core-service
chapter, and the requirement-notice table at the back.
"""

import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

SERVICES = [
    "Urgent and emergency services", "Medical care (including older people's care)", "Surgery",
    "Critical care", "Maternity and gynaecology", "Services for children and young people",
    "End of life care", "Outpatients and diagnostic imaging",
]
KEY_QUESTIONS = ["safe", "effective", "caring", "responsive", "well-led"]
WORDS = (
    "staff patients ward managers told us records showed that the service had systems to "
    "monitor quality risks were identified and escalated appropriately nursing medical team "
    "handover meetings were attended by most members audits of hand hygiene showed compliance "
    "with trust policy incidents were reported and investigated learning was shared"
).split()

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=24, spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 24))
    return " ".join(words).capitalize() + "."


def _narrative(rng: random.Random, paragraphs: int) -> list:
    return [Paragraph(" ".join(_sentence(rng) for _ in range(6)), BODY) for _ in range(paragraphs)]


def _bullets(rng: random.Random, kind: str, n: int) -> list:
    topics = ["medicines are stored at the correct temperature", "staff complete mandatory training",
              "resuscitation equipment is checked daily", "records are accurate and complete",
              "patients' risk assessments are completed", "call bells are within reach"]
    return [Paragraph(f"The trust {kind} ensure that {rng.choice(topics)} on ward {rng.randint(1, 40)}.", BULLET, bulletText="•")
            for _ in range(n)]


def story(pages: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    flow = [Paragraph("Anytown Hospitals NHS Foundation Trust", H1), Paragraph("Quality Report", H2),
            Paragraph("Date of inspection visit: 8–10 November 2016", BODY), Paragraph("Date of publication: 30/03/2017", BODY),
            PageBreak(), Paragraph("Letter from the Chief Inspector of Hospitals", H1), *_narrative(rng, 8),
            Paragraph("Importantly, the trust must:", BODY), *_bullets(rng, "must", 6),
            Paragraph("In addition the trust should:", BODY), *_bullets(rng, "should", 6), PageBreak()]
    per_service = max(1, (pages - 4) // len(SERVICES))
    for service in SERVICES:
        flow += [Paragraph(service, H1)]
        for question in KEY_QUESTIONS:
            flow += [Paragraph(f"Are {service.lower()} services {question}?", H2), *_narrative(rng, per_service * 6 // 5)]
        flow += [Paragraph("Outstanding practice and areas for improvement", H1), Paragraph("Action the hospital MUST take to improve", H2),
                 *_bullets(rng, "must", 4), Paragraph("Action the hospital SHOULD take to improve", H2), *_bullets(rng, "should", 4), PageBreak()]
    flow += [Paragraph("Requirement notices", H1),
             Table([["Regulated activity", "Regulation"], ["Surgical procedures", "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment"]])]
    return flow


def build(path: Path, pages: int) -> Path:
    """A report of about `pages` pages (the narrative is scaled until the count is close)."""
    def footer(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, 25, f"{doc.page} Anytown General Hospital Quality Report 30/03/2017")

    asked = pages
    for _ in range(4):
        template = SimpleDocTemplate(str(path), pagesize=A4)
        template.build(story(asked), onFirstPage=footer, onLaterPages=footer)
        got = template.page
        if abs(got - pages) <= 2:
            break
        asked = round(asked * pages / got)
    return path


if __name__ == "__main__":
    build(Path(sys.argv[1]), int(sys.argv[2]))
