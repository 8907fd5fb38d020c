"""Cards set in two columns, each column's text going on over the page break at the next page's top
in its own column (not filling one column, then the next): a sentence cut at one column's foot goes
on there, not at the other column's text, read next. That text is no part of it when it opens under
a score line of its own, or when the cut column's next line opens in lower case."""

import pytest
from reportlab.pdfgen import canvas

from cqcplan.pipeline.furniture import mark_furniture
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.read import start_read

HEIGHT = 842.0


def _pdf(path, size: float, pages: list[list]) -> None:
    """Each page a heading across it in 1.3 times the type ("Caring") or a row of two cards 16 ems
    wide, 3 ems apart, in turn; in a card "h" its title in bold, "s" a score line in 0.8 of the type,
    "p" a line of text."""
    page = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    lead = 1.35 * size
    for blocks in pages:
        y = HEIGHT - 80
        for block in blocks:
            if isinstance(block, str):
                page.setFont("Helvetica-Bold", 1.3 * size)
                page.drawString(60, y - lead, block)
                y -= 3 * lead
                continue
            ends = []
            for k, card in enumerate(block):
                x, at = 60 + k * 19 * size, y
                for kind, text in card:
                    page.setFont("Helvetica-Bold" if kind == "h" else "Helvetica", 0.8 * size if kind == "s" else size)
                    page.drawString(x, at, text)
                    at -= lead
                ends.append(at)
            y = min(ends) - lead
        page.showPage()
    page.save()


def _paragraphs(path) -> list[str]:
    return [" ".join(" ".join(line.text for line in p.lines).split()) for p in locate(mark_furniture(start_read(path, sha256="-")())).paragraphs]


ROW = ([("h", "Safe environments"), ("s", "Score: 3 - Evidence shows a good standard"),
        ("p", "Staff understood how to recognise"), ("p", "and report abuse.")],
       [("h", "Safeguarding"), ("s", "Score: 3 - Evidence shows a good standard"),
        ("p", "The home was clean and staff"), ("p", "followed infection control practices.")])
NEXT = ("Responsive", ([("h", "Equity in access"), ("s", "Score: 3 - Evidence shows a good standard"),
                        ("p", "People could get care when needed.")],
                       [("h", "Planning care"), ("s", "Score: 3 - Evidence shows a good standard"),
                        ("p", "Care plans were kept up to date.")]))


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_sentence_cut_at_a_column_foot_goes_on_where_its_next_line_opens_in_lower_case(tmp_path, size):
    path = tmp_path / "report.pdf"
    cut = ([("h", "Learning culture"), ("s", "Score: 2 - Evidence shows some shortfalls"),
            ("p", "Staff knew people well. Care plans"), ("p", "were not reviewed when needs"),
            ("p", "changed. This was a breach of"), ("p", "regulation 17 (Good governance).")],
           [("h", "Workforce wellbeing"), ("s", "Score: 2 - Evidence shows some shortfalls"),
            ("p", "Relatives said they felt welcome."), ("p", "We recommend the provider"),
            ("p", "reviews how it shares what it"), ("p", "learned from incidents with")])
    rest = ([("p", "Leaders were visible and staff"), ("p", "said they were approachable.")],
            [("p", "all staff, agency staff too.")])
    _pdf(path, size, [["Caring", ROW, cut], [rest, *NEXT]])
    paragraphs = _paragraphs(path)
    assert "Relatives said they felt welcome. We recommend the provider reviews how it shares what it learned " \
           "from incidents with all staff, agency staff too." in paragraphs
    assert "Leaders were visible and staff said they were approachable." in paragraphs


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_sentence_cut_at_a_column_foot_does_not_go_on_under_the_next_columns_score_line(tmp_path, size):
    path = tmp_path / "report.pdf"
    cut = ([("h", "Person-centred care"), ("s", "Score: 2 - Evidence shows some shortfalls"),
            ("p", "Staff had not completed the"), ("p", "training they needed. This was"),
            ("p", "a breach of regulation 17 (Good"), ("p", "governance) of the")],
           [("h", "Equity in access"), ("s", "Score: 1 - Evidence shows shortfalls"),
            ("p", "People were supported to be"), ("p", "as independent as possible."),
            ("p", "Morale had improved since the"), ("p", "appointment of the new")])
    rest = ([("p", "Health and Social Care Act 2008"), ("p", "(Regulated Activities)"), ("p", "Regulations 2014.")],
            [("p", "manager. Relatives said they"), ("p", "were kept informed.")])
    _pdf(path, size, [["Caring", ROW, cut], [rest, *NEXT]])
    paragraphs = _paragraphs(path)
    assert "Staff had not completed the training they needed. This was a breach of regulation 17 (Good governance) " \
           "of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014." in paragraphs
    assert "People were supported to be as independent as possible. Morale had improved since the appointment of " \
           "the new manager. Relatives said they were kept informed." in paragraphs


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_sentence_cut_at_a_column_foot_does_not_go_on_at_the_next_columns_title_in_its_type(tmp_path, size):
    """The next column's card title is set in the text's type, not bold (a re-print lost the weight):
    its lines run into its score line with no sentence ended. The cut column's next line opens with a
    capital, and goes on the sentence all the same."""
    path = tmp_path / "report.pdf"
    cut = ([("p", "Independence, choice and control"), ("s", "Score: 3 - Evidence shows a good standard"),
            ("p", "Risks to people were not always"), ("p", "assessed. This was a breach of"),
            ("p", "regulation 19 (Fit and proper"), ("p", "persons employed) of the Health"),
            ("p", "and Social Care Act 2008"), ("p", "(Regulated Activities)")],
           [("p", "Workforce"), ("p", "wellbeing and"), ("p", "enablement"),
            ("s", "Score: 2 - Evidence shows some shortfalls"),
            ("p", "Morale had improved since the"), ("p", "appointment of the new manager.")])
    rest = ([("p", "Regulations 2014. Leaders were"), ("p", "visible.")],
            [("p", "People were supported to be"), ("p", "as independent as possible.")])
    tail = ([("p", "Staff knew people well and"), ("p", "relatives felt welcome.")], [])
    _pdf(path, size, [[tail, "Caring", cut], [rest, *NEXT]])
    breach = [p for p in _paragraphs(path) if "This was a breach of regulation 19" in p]
    assert len(breach) == 1 and breach[0].endswith(
        "This was a breach of regulation 19 (Fit and proper persons employed) of the Health and Social Care Act 2008 "
        "(Regulated Activities) Regulations 2014. Leaders were visible.")


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_columns_filled_in_turn_go_on_at_the_next_columns_top_as_before(tmp_path, size):
    """Text flowing from the left column's foot to the right column's top, and from there to the next
    page's left column: each sentence goes on where the reading order goes, though the next page's left
    column opens in lower case too."""
    path = tmp_path / "report.pdf"
    flow = ([("p", "People were not always protected"), ("p", "from abuse. The provider was in"),
             ("p", "breach of regulation 13 of the Health")],
            [("p", "and Social Care Act 2008."), ("p", "There were not enough staff at"),
             ("p", "night. On 3 of the 14 nights")])
    rest = ([("p", "only 2 care staff were on duty.")], [])
    _pdf(path, size, [["Safe", flow], [rest, *NEXT]])
    paragraphs = _paragraphs(path)
    assert "People were not always protected from abuse. The provider was in breach of regulation 13 of the " \
           "Health and Social Care Act 2008. There were not enough staff at night. On 3 of the 14 nights only 2 " \
           "care staff were on duty." in paragraphs
