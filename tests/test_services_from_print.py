"""Where a report files a statement says whose it is.

A Chief Inspector's letter lists the actions with no service groups, and each core service's chapter
prints its own word for word: the statement is the service's it is printed again under (repeats.py;
one printed again under two services, or only in the letter, names none). And a long core service's
name wrapped over two lines at the top of a column, whose last line tops the next page too as its
chapter's title, is a heading, not a running header: the column's items under it are that service's
(furniture.py `_headings_wrapped`; before, the last line was furniture and the items had no service).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _found  # noqa: E402

from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.page_order import printed_order  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402
from cqcplan.pipeline.repeats import collapse_repeats  # noqa: E402
from cqcplan.pipeline.scan import page_texts  # noqa: E402
from cqcplan.pipeline.text import words_in  # noqa: E402

A4 = (595.0, 842.0)
EMERGENCY, SURGERY = "Urgent and emergency services", "Surgery"
TRIAGE = "Ensure that patients in the emergency department are assessed within 15 minutes of arrival."
CHECKLIST = "Ensure that the five steps to safer surgery checklist is completed for every patient."
TRAINING = "Ensure that all staff complete their mandatory training."
SIGNAGE = "Improve the signage to the outpatient clinics."
LETTER = [TRIAGE, CHECKLIST, TRAINING, SIGNAGE]
CHAPTERS = [(EMERGENCY, [TRIAGE, TRAINING]), (SURGERY, [CHECKLIST, TRAINING])]


def _letter_then_chapters(path, size: float):
    """A letter listing every must ungrouped; a chapter per service printing its musts again."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    base = 6 * size

    def draw(text: str, font: str = "Helvetica", scale: float = 1.0, gap: float = 1.6):
        nonlocal base
        c.setFont(font, scale * size)
        c.drawString(50, A4[1] - base, text)
        base += gap * size

    draw("Letter from the Chief Inspector of Hospitals", "Helvetica-Bold", 1.4, 2.4)
    draw("Importantly, the trust must:", gap=2.0)
    for item in LETTER:
        draw(f"- {item}")
    for service, items in CHAPTERS:
        c.showPage()
        base = 6 * size
        draw(service, "Helvetica-Bold", 1.4, 2.4)
        draw("Action the hospital MUST take to improve", "Helvetica-Bold", 1.1, 2.0)
        for item in items:
            draw(f"- {item}")
    c.save()
    return path


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_letters_statement_is_the_service_it_is_printed_again_under(tmp_path, size):
    path = _letter_then_chapters(tmp_path / "letter.pdf", size)
    doc = printed_order(mark_furniture(start_read(path, sha256="-")()))
    found = collapse_repeats(extract(locate(doc), path.name, words_in(page_texts(doc))))
    assert [(f.page, f.service, f.text) for f in found] == [
        (1, EMERGENCY, TRIAGE), (1, SURGERY, CHECKLIST), (1, None, TRAINING), (1, None, SIGNAGE)]
    assert [(p.page, p.service) for p in found[2].also_at] == [(2, EMERGENCY), (3, SURGERY)]


ACUTE = ("Acute wards for adults of working age and", "psychiatric intensive care units")
LONG_STAY = ("Long stay or rehabilitation mental health wards for", "working age adults")
SHOULDS = {ACUTE: ["The provider should ensure that ligature risk assessments are updated.",
                   "The provider should ensure that patients are offered a copy of their care plan."],
           LONG_STAY: ["The provider should ensure that activities are offered at weekends."]}


def _two_columns(path, size: float):
    """Page 1: column 1 ends with the SHOULD list's heading, column 2 opens with a service's name
    wrapped over two lines, its items under it. Page 2: that service's chapter, its name the title."""
    from reportlab.pdfgen import canvas

    width, height = 62 * size, 88 * size  # the page in ems of the type, whatever the size
    c = canvas.Canvas(str(path), pagesize=(width, height))
    lead = 1.35 * size
    top = height - 6 * size
    right = width / 2 + size
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(4 * size, top, "Overall summary")
    c.setFont("Helvetica", size)
    rows = int((top - 10 * size) / lead)
    for k in range(rows):
        c.drawString(4 * size, top - 1.9 * size - k * lead, "Staff were kind and caring towards patients." if k else
                     "We rated the hospital as requires improvement because:")
    c.setFont("Helvetica-Bold", size)
    c.drawString(4 * size, top - 1.9 * size - (rows + 0.6) * lead, "Action the provider SHOULD take to improve")
    base = top
    for service, items in SHOULDS.items():
        c.setFont("Helvetica-Bold", size)
        for part in service:
            c.drawString(right, base, part)
            base -= lead
        c.setFont("Helvetica", size)
        for item in items:
            base -= 0.4 * size
            c.drawString(right, base, "\u2022")
            words = item.split()
            c.drawString(right + size, base, " ".join(words[:len(words) // 2]))
            c.drawString(right + size, base - lead, " ".join(words[len(words) // 2:]))
            base -= 2 * lead
        base -= 0.8 * size
    c.showPage()
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(4 * size, top, ACUTE[0])
    c.drawString(4 * size, top - 1.45 * size, ACUTE[1])
    c.setFont("Helvetica", size)
    c.drawString(4 * size, top - 4 * size, "The wards were clean and well maintained.")
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 9.5, 12.0])
def test_a_wrapped_service_name_topping_a_column_and_a_chapter_stays_a_heading(tmp_path, size):
    found = _found(_two_columns(tmp_path / "columns.pdf", size))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        ("should", " ".join(service), item) for service, items in SHOULDS.items() for item in items]
