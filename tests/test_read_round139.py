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
    from reading import read_findings as findings

    path = tmp_path / "cards.pdf"
    _counted_cards(path, size)
    found = findings(path)
    assert [(f.service, f.text) for f in found] == [(service, " ".join(lines)) for service, lines in CARDS]
    assert [f.page for f in found] == [1, 2, 2]


PANELS = [("Community health services for adults", "Requires improvement",
           [["The trust must ensure that staff complete pressure ulcer", "risk assessments at the first home visit and update them",
             "when a patient's condition changes. (Regulation 12(2)(a))"]],
           [["The trust should continue to recruit to vacant community", "matron posts."]]),
          ("Community end of life care", "Good",
           [["The trust must ensure that do not attempt cardiopulmonary", "resuscitation decisions are discussed with patients.",
             "(Regulation 11(1))"]],
           [["The trust should consider how it collects feedback from", "bereaved families."]])]


def _panel_page(path, size: float) -> None:
    """A landscape page of two service panels side by side at body type `size` (the page scaled with
    it): each a title in larger bold type with a rating chip on its row, a chart's tick labels in small
    type under it, then its "Must do" / "Should do" lists under bold sub-headings."""
    from reportlab.pdfgen import canvas

    unit = size / 9.5
    wide, tall = 842 * unit, 595 * unit
    c = canvas.Canvas(str(path), pagesize=(wide, tall))

    def put(text, x, top, sz, bold=False):
        c.setFont("Helvetica-Bold" if bold else "Helvetica", sz * unit)
        c.drawString(x * unit, tall - (top + sz) * unit, text)

    put("Quality Committee: CQC inspection report 2018", 25, 13, 15, bold=True)
    put("The report's findings by core service follow, one page of panels.", 25, 40, 9.5)
    c.showPage()
    put("CQC findings by core service", 25, 13, 15, bold=True)
    for left, (title, rating, musts, shoulds) in zip((34, 446), PANELS):
        put(title, left, 60, 12, bold=True)
        put(rating, left + 260, 61, 9)
        put("Audit compliance 2018/19 (%)", left + 34, 94, 8)
        for k, tick in enumerate(("100", "80", "60", "40", "20", "0")):
            put(tick, left + 14, 103 + 14.3 * k, 7)
        put("Q1                    Q2                    Q3", left + 82, 184, 7)
        top = 204
        for heading, items in (("Must do", musts), ("Should do", shoulds)):
            put(heading, left, top, 10.5, bold=True)
            top += 21
            for item in items:
                for k, text in enumerate(item):
                    put(("– " if k == 0 else "") + text, left + (2 if k == 0 else 14), top, 9.5)
                    top += 14
                top += 8
            top += 10
    put("Fellbridge Community Health NHS Trust · Quality Committee · page 2", 25, 576, 8)
    c.showPage()
    c.save()


@pytest.mark.parametrize("size", [9.5, 12.0])
def test_panels_side_by_side_are_each_read_whole_under_their_titles_over_their_charts(tmp_path, size):
    from reading import read_findings as findings

    path = tmp_path / "panels.pdf"
    _panel_page(path, size)
    found = findings(path)
    want = [(title, " ".join(lines)) for title, _, musts, shoulds in PANELS for lines in musts + shoulds]
    assert [(f.service, f.text) for f in found] == want
    assert {f.page for f in found} == {2}
