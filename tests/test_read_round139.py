"""Reading round 139 (held-back set IC, from int54):

- a statement whose citation is set in bold, wrapped from the plain line it opened on
  ("… are reviewed. (Regulation" / "12(2)(a))"): the bold line closes the bracket the statement
  stops inside, so it is the statement's end, not a heading (`_closes_bracket`, locate.py).
"""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.facts import line_order
from cqcplan.pipeline.locate import locate


def _found(built):
    return [(f.kind, f.text) for f in extract(locate(built), "built.pdf", line_order=line_order(built))]


FIRST = "The hospital must ensure that risks to patients are assessed and that the assessments are reviewed. (Regulation"
NEXT = "The hospital must ensure that the medical advisory committee reviews practising privileges. (Regulation 17(2)(b))"


@pytest.mark.parametrize("size", [9.0, 11.0, 14.0])
def test_a_bold_citation_wrapped_from_a_plain_line_ends_its_statement(size):
    built = doc(PageBreak, line("Areas for improvement", size=1.5 * size, bold=True),
                line("Action the hospital MUST take to improve", size=size, bold=True, gap=size),
                bullet(FIRST, size=size), line("12(2)(a))", x=84.0, size=size, bold=True),
                bullet(NEXT, size=size))
    assert _found(built) == [("must", FIRST + " 12(2)(a))"), ("must", NEXT)]


CARDS = [("Urgent and emergency care", ["The trust must ensure that patients who arrive by", "ambulance are handed over and assessed within 15",
                                        "minutes of arrival. (Regulation 12(2)(a))"]),
         ("Surgery", ["The trust must ensure that the five steps to safer", "surgery checklist is completed for every procedure.",
                      "(Regulation 12(2)(a))"]),
         ("Maternity", ["The trust must ensure that emergency equipment on", "the labour ward is checked daily. (Regulation 15(1)(e))"])]


def _counted_cards(path, size: float) -> None:
    """A narrow page of cards at body type `size` (the page scaled with it): each card's service in a
    small badge, its counter "#n" floated to the right edge a little higher on the badge's row, the
    statement under them; the second card opens the next page, so its counter is the page's first row."""
    from reportlab.pdfgen import canvas

    unit = size / 9.2
    wide, tall = 272 * unit, 482 * unit
    c = canvas.Canvas(str(path), pagesize=(wide, tall))

    def put(text, x, top, sz, bold=False, right=False):
        c.setFont("Helvetica-Bold" if bold else "Helvetica", sz * unit)
        (c.drawRightString if right else c.drawString)(x * unit, tall - (top + sz) * unit, text)

    def card(k, top):
        service, lines = CARDS[k]
        put(f"#{k + 1}", 250, top - 2.4, 7.0, right=True)
        put(service, 28, top, 6.8)
        for i, text in enumerate(lines):
            put(text, 23, top + 14 + 12 * i, 9.2)

    put("Action the trust MUST take to improve", 17, 250, 10.5, bold=True)
    put("We told the trust that it must take action to bring services into line.", 17, 270, 7.5)
    card(0, 300)
    c.showPage()
    card(1, 24)
    card(2, 90)
    c.showPage()
    c.save()


@pytest.mark.parametrize("size", [9.2, 12.0])
def test_a_floated_counter_a_little_higher_than_its_badge_is_read_after_it(tmp_path, size):
    from test_read_outside_tables import _findings as findings

    path = tmp_path / "cards.pdf"
    _counted_cards(path, size)
    found = findings(path)
    assert [(f.service, f.text) for f in found] == [(service, " ".join(lines)) for service, lines in CARDS]
    assert [f.page for f in found] == [1, 2, 2]
