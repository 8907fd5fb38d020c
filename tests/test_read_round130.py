"""Reading round 130, the held-back set IC's duplex huddle cards, built here: each card's front has
its "MUST DO" title, its service set right on the title's row and, under them in small type, the
list's own heading "Action the trust MUST take to improve"; a long statement runs on to the next
card's front, the first card's back (notes, an Owner / Date / Done line) between its halves.
The small heading opens its list on every card (locate.py `_item_caption`: a list's own heading is
no caption over a statement), so the statement's second half, under the same heading, goes on the
first. The title row printed again over a later card ("MUST DO" | "Surgery") is
no table's header row read past: its service is read again, after cards of other services
(header_rows.py). Each test fails without its change.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from build import PageBreak, doc, line  # noqa: E402
from reading import read_findings  # noqa: E402

from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402

FIRST = ["The trust must ensure that children attending the", "emergency department are assessed by staff with the",
         "appropriate paediatric competencies, and that the"]
REST = ["paediatric early warning score is calculated at each set of", "observations and escalated when it triggers a",
        "review. (Regulation 12(2)(c))"]
SURGERY = ["The trust must ensure that staff report all incidents through the", "electronic reporting system. (Regulation 17(2)(b))"]
MEDICAL = ["The trust must ensure that patients at risk of falling have a falls", "risk assessment completed. (Regulation 12(2)(a))"]
OUTPATIENTS = ["The trust must ensure that patients on the follow-up waiting list", "are clinically reviewed. (Regulation 12(1))"]
OTHER = ["The trust must ensure that fire doors in the theatre corridor are", "not wedged open. (Regulation 15(1))"]


def _cards(path, size: float) -> None:
    """Five-by-three cards at type size `size` (the card scaled with it): the long statement's two
    fronts with a back between them, then cards of other services, each with its back, the last
    of the same service as the first of them."""
    unit = size / 10.5
    wide, tall = 360 * unit, 216 * unit
    c = canvas.Canvas(str(path), pagesize=(wide, tall))

    def put(text, x, top, sz, bold=False):
        c.setFont("Helvetica-Bold" if bold else "Helvetica", sz * unit)
        c.drawString(x * unit, tall - (top + sz) * unit, text)

    def foot():
        put(f"Wessex Vale NHS Trust · CQC inspection report · Card {c.getPageNumber() // 2 + 1} of 8", 16, 198, 5.8)

    def front(title, lines, before=None, after=None, service="Urgent and emergency care"):
        put(title, 22, 10, 11, bold=True)
        put(service, 219, 12, 7.5, bold=True)
        put("Action the trust MUST take to improve", 22, 27, 7)
        if before:
            put(before, 22, 47, 6.5)
        for i, text in enumerate(lines):
            put(text, 22, (61 if before else 58) + 18.7 * i, 10.5)
        if after:
            put(after, 243, 179, 6.5)
        foot()
        c.showPage()

    def back():
        put("Huddle notes", 22, 18, 9, bold=True)
        put("Owner ____________________ Review date ___________ Done [ ]", 22, 177, 7.5)
        foot()
        c.showPage()

    front("MUST DO", FIRST, after="continues on the next card...")
    back()
    front("MUST DO (continued)", REST, before="...continued from the previous card")
    back()
    for lines, service in ((SURGERY, "Surgery"), (MEDICAL, "Medical care"), (OUTPATIENTS, "Outpatients")):
        front("MUST DO", lines, service=service)
        back()
    front("MUST DO", OTHER, service="Surgery")
    back()
    c.save()


@pytest.mark.parametrize("size", [10.5, 14.0])
def test_a_statement_goes_on_over_a_card_s_back(tmp_path, size):
    path = tmp_path / "cards.pdf"
    _cards(path, size)
    found = read_findings(path)
    assert [f.text for f in found] == [" ".join(lines) for lines in (FIRST + REST, SURGERY, MEDICAL, OUTPATIENTS, OTHER)]
    assert {f.section for f in found} == {"Action the trust MUST take to improve"}
    assert [f.page for f in found] == [1, 5, 7, 9, 11]



def _card(service: str, statement: str, size: float) -> list:
    """A card's front as lines: its title and service on one row, the list's heading under them."""
    return [line("MUST DO", size=1.05 * size, bold=True, at=20.0), line(service, x=72 + 20 * size, size=0.7 * size,
                                                                        bold=True, at=20.0 + 0.15 * size),
            line("Action the trust MUST take to improve", size=0.67 * size, gap=2 * size),
            line(statement, size=size, gap=size), PageBreak]


@pytest.mark.parametrize("size", [10.5, 14.0])
def test_a_card_s_title_row_printed_again_gives_its_service_again(size):
    cards = [("Surgery", "The trust must ensure that staff report all incidents. (Regulation 17(2)(b))"),
             ("Outpatients", "The trust must ensure that patients on the waiting list are reviewed. (Regulation 12(1))"),
             ("Surgery", "The trust must ensure that fire doors are not wedged open. (Regulation 15(1))")]
    built = doc(*[entry for service, statement in cards for entry in _card(service, statement, size)])
    found = extract(locate(built), "built.pdf")
    assert [(f.text, f.service) for f in found] == [(statement, service) for service, statement in cards]
