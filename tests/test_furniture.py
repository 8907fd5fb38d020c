"""Running headers, footers and page numbers are labelled; body text never is."""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline.furniture import margin_key, mark_furniture

STATEMENT = "The trust must ensure that staff complete mandatory training."


def layers(document):
    marked = mark_furniture(document)
    return {(l.page, l.text): l.layer for p in marked.pages for l in p.lines}


def test_footer_header_and_page_number_are_furniture_but_a_repeated_statement_is_not():
    header = line("Summary of findings", size=8, at=30)
    document = doc(
        header, bullet(STATEMENT, at=70), line("12", at=800), line("Narrative text on page one."),
        PageBreak,
        header, bullet(STATEMENT, at=70), line("13 Anytown General Hospital Quality Report 30/03/2017", size=7, at=805),
        line("Narrative text on page two."),
    )
    got = layers(document)
    assert got[(1, "Summary of findings")] == got[(2, "Summary of findings")] == "furniture"
    assert got[(1, "12")] == got[(2, "13 Anytown General Hospital Quality Report 30/03/2017")] == "furniture"
    assert got[(1, "• " + STATEMENT)] == got[(2, "• " + STATEMENT)] == "body"
    assert got[(1, "Narrative text on page one.")] == "body"


def test_a_bold_list_heading_at_the_top_of_two_pages_stays_body():
    heading = line("Action the hospital MUST take to improve", bold=True, size=12, at=40)
    document = doc(heading, PageBreak, heading)
    got = layers(document)
    assert set(got.values()) == {"body"}


def test_margin_key_ignores_page_numbers_and_spacing():
    assert margin_key("12  Anytown Quality Report 30/03/2017") == margin_key("13 Anytown Quality Report  30/03/2017")


def test_a_table_header_row_repeated_at_the_top_of_each_page_stays_body_where_its_cells_wrap_below_the_margin():
    # Core service / must / should: the must cell's heading wraps onto a line below the
    # margin band; the running header above it, and a header row that does not wrap, stay furniture
    def page_top():
        return [line("Areas where the trust must improve", size=8, at=30),
                line("Core service", bold=True, at=72), line("The areas where the provider must", x=150, bold=True, at=72),
                line("make improvement are:", x=150, bold=True, at=85), bullet("Ensure that records are kept.", at=112)]

    got = layers(doc(*page_top(), PageBreak, *page_top()))
    assert got[(2, "Areas where the trust must improve")] == "furniture"
    assert {got[(n, text)] for n in (1, 2) for text in ("Core service", "The areas where the provider must")} == {"body"}


def test_a_table_header_row_repeated_below_a_wide_top_margin_stays_body_where_its_cells_wrap():
    """The same header row, in type a little smaller than the text, set below a wide top margin on each
    page (a header by its place, not by the margin band): its must cell wraps onto a second line under
    it, so the row is the table's, not a running header, and its kind stays for the rows under it."""
    def page_top():
        return [line("Our findings: actions the trust should take", size=8.5, at=36),
                line("Core service", bold=True, size=13.2, at=100),
                line("Action the trust MUST take", x=150, bold=True, size=13.2, at=100),
                line("to improve", x=150, bold=True, size=13.2, at=118),
                line("Maternity", size=13.2, at=150), bullet("The trust must ensure that the wards are safe.", x=156, size=14, at=150),
                bullet("The trust must ensure that records are kept up to date.", x=156, size=14, at=180)]

    got = layers(doc(*page_top(), PageBreak, *page_top()))
    assert got[(2, "Our findings: actions the trust should take")] == "furniture"
    assert {got[(n, text)] for n in (1, 2) for text in ("Core service", "Action the trust MUST take")} == {"body"}


def test_a_running_header_whose_words_change_is_known_by_its_place():
    """Named-page headers (WeasyPrint, InDesign): each page's header has other words, one
    even says must and should; it stands where the others do, in their style, well clear of
    the text. A statement running on at the top of the next page is body."""
    document = doc(
        line("Summary of findings", size=8.5, bold=True, at=23), line("Narrative on page one.", at=57),
        PageBreak,
        line("Areas for improvement – what the trust must and should do", size=8.5, bold=True, at=23),
        line("letters to patients’ GPs are sent within the target time.", x=84, at=57),
        PageBreak,
        line("Is this organisation well-led?", size=8.5, bold=True, at=23), line("Leaders were visible.", at=57),
    )
    got = layers(document)
    assert got[(2, "Areas for improvement – what the trust must and should do")] == "furniture"
    assert got[(1, "Summary of findings")] == got[(3, "Is this organisation well-led?")] == "furniture"
    assert got[(2, "letters to patients’ GPs are sent within the target time.")] == "body"


def test_a_running_header_set_a_little_larger_than_the_text_is_known_by_its_place_on_every_page():
    """A plain header a writer set a little larger than 8 pt text (8.5 pt), its words changing,
    one saying must and should: printed at one place on each page, none of them above all the
    others, each is furniture; the text below it is body."""
    text = [line("Staff were caring and treated patients with dignity and respect at all times.", size=8)] * 3
    document = doc(
        line("Areas where the provider must improve", size=8.5, at=36), line("Narrative on page one.", size=8, at=70),
        *text, PageBreak,
        line("Areas for improvement – what the provider must and should do", size=8.5, at=36),
        line("Make sure that leaflets are available.", size=8, at=70), *text,
    )
    got = layers(document)
    assert got[(1, "Areas where the provider must improve")] == "furniture"
    assert got[(2, "Areas for improvement – what the provider must and should do")] == "furniture"
    assert got[(1, "Narrative on page one.")] == got[(2, "Make sure that leaflets are available.")] == "body"


def test_a_chapter_heading_set_at_the_top_of_pages_is_not_a_running_header():
    """Chapter headings open pages at one place too, but larger than the text and close
    above it; and text that starts at the top of every page is not furniture either."""
    document = doc(
        line("Surgery", size=16, bold=True, at=40), line("Staff were kind.", at=62),
        PageBreak,
        line("Maternity", size=16, bold=True, at=40), line("Midwives were busy.", at=62),
        PageBreak,
        line("The service must improve its records.", at=40), line("Staff said so.", at=52),
        PageBreak,
        line("Records were kept securely.", at=40), line("Staff said so too.", at=52),
    )
    assert set(layers(document).values()) == {"body"}


def test_a_large_print_footer_wrapping_up_out_of_the_margin_band_is_furniture_line_by_line():
    # 14 pt type: the footer's three lines reach up above the bottom tenth of the page; the
    # statement above it, a paragraph's gap away, stays body text though it is repeated
    def page_foot(number: int):
        return [bullet(STATEMENT, size=14, at=690),
                line("Large print edition. Providers must display their rating on their website", size=14, x=90, at=736),
                line("and at each location. Anytown NHS Trust Inspection report", size=14, x=90, at=753),
                line(f"{number} 24/04/2020", size=14, at=770)]

    got = layers(doc(*page_foot(2), PageBreak, *page_foot(3)))
    assert got[(1, "• " + STATEMENT)] == got[(2, "• " + STATEMENT)] == "body"
    assert {layer for (page, text), layer in got.items() if "STATEMENT" not in text and not text.startswith("•")} == {"furniture"}


def test_a_header_printed_once_above_where_any_other_page_prints_is_furniture():
    # a two-page report: the cover page has no running header, the list's last page has one,
    # small and clear of the text, set higher than anything on the cover
    document = doc(
        line("Wexcombe Dental Care", size=16, bold=True, at=50), line("Narrative on the cover page.", at=90),
        PageBreak,
        line("Summary of findings – what the provider must and should do to improve", size=7.5, at=25),
        bullet(STATEMENT, at=55),
    )
    got = layers(document)
    assert got[(2, "Summary of findings – what the provider must and should do to improve")] == "furniture"
    assert got[(1, "Wexcombe Dental Care")] == got[(2, "• " + STATEMENT)] == "body"


def test_a_small_top_line_no_higher_than_another_page_s_text_is_not_furniture_when_printed_once():
    document = doc(
        line("Wexcombe Dental Care", size=16, bold=True, at=20), line("Narrative on the cover page.", at=90),
        PageBreak,
        line("A note set small at the top of the page", size=7.5, at=25),
        bullet(STATEMENT, at=55),
    )
    assert layers(document)[(2, "A note set small at the top of the page")] == "body"


def test_a_low_line_printed_in_the_same_words_and_place_on_two_pages_is_a_footer_above_a_wide_margin():
    """A line fixed to each page's foot above a wide bottom margin (above the usual margin band)."""
    foot = "Anytown Dental Practice Inspection report 17/09/2021 · Summary of findings and actions the provider must and should take"
    document = doc(
        line("Narrative text on page one."), line(foot, size=8, at=740),
        PageBreak,
        line("Narrative text on page two."), line(foot, size=8, at=740),
        line("A last line of text set low on page two.", at=745, x=300),
    )
    got = layers(document)
    assert got[(1, foot)] == got[(2, foot)] == "furniture"
    assert got[(2, "A last line of text set low on page two.")] == "body"


def test_a_cover_name_in_large_type_is_no_running_header_for_a_heading_of_the_same_words():
    """A home care agency's cover sets its name in 22 pt at the page's top; a later chapter
    opens with the same name in 16 pt. Neither is a running line: a running line repeats in its
    size. A 9 pt header printed in the same words on two pages still is one."""
    header = line("Brightwell Home Care", size=9, at=30)
    document = doc(
        line("Brightwell Home Care", size=22, at=40), line("Inspection report", size=15, at=100),
        line("Narrative text on the cover."),
        PageBreak, header, line("Narrative text on page two."),
        PageBreak, header, line("Brightwell Home Care", size=16, at=60), line("Narrative text on page three."),
    )
    marked = mark_furniture(document)
    got = {(l.page, l.text, l.size): l.layer for p in marked.pages for l in p.lines}
    assert got[(1, "Brightwell Home Care", 22)] == got[(3, "Brightwell Home Care", 16)] == "body"
    assert got[(2, "Brightwell Home Care", 9)] == got[(3, "Brightwell Home Care", 9)] == "furniture"


def test_running_lines_printed_over_a_list_s_items_are_furniture_and_the_items_body():
    """A browser's page header set small just below the top tenth of each page, and its footer
    just above the bottom tenth, printed over the list's lines there (the page's own text reaches
    into their place): the running lines are furniture wherever they fall, the items stay text.
    A statement's last line in the text's type topping two pages at one place is text."""
    header = "Acute wards for adults of working age Quality Report 19/10/2016"
    document = doc(
        line(header, size=8, x=51, at=86), line("Information about the service", size=17, bold=True, at=75),
        bullet("The trust should ensure that staff receive regular supervision.", at=731),
        line("Summary of findings", size=8, x=51, at=746), bullet(STATEMENT, at=748),
        PageBreak,
        bullet("The trust should consider providing a separate lounge for female", at=63),
        line("patients on Birch ward.", x=84, at=78), line(header, size=8, x=51, at=86),
        line("continued from the page before, in the text's own type.", at=100),
        line("Summary of findings", size=8, x=51, at=746),
        PageBreak,
        line(header, size=8, x=51, at=86), line("continued from the page before, in the text's own type.", at=100),
        line("Narrative text on page three."),
    )
    got = layers(document)
    assert {got[(n, header)] for n in (1, 2, 3)} == {got[(n, "Summary of findings")] for n in (1, 2)} == {"furniture"}
    assert got[(1, "• " + STATEMENT)] == got[(2, "patients on Birch ward.")] == "body"
    assert got[(2, "continued from the page before, in the text's own type.")] == "body"


def test_a_top_line_where_a_recurring_header_stands_is_a_header_though_its_words_and_gap_differ():
    """Large type under a fixed top margin: the chapter's running header ("Medical care"), printed on
    two pages, stands only 1.4 of its ems over the text; another chapter's, printed once in its place
    and style, 1.9 ems. The recurring one vouches for the place: both are headers, at any type size."""
    for size in (10.0, 16.0):
        header, top = 0.91 * size, 30.0
        bottom = top + header  # as build.py sets a line's box

        def page(words: str, gap_em: float, ward: str) -> list:
            under = bottom + gap_em * header
            return [line(words, size=header, at=top), line(f"Staff on {ward} were caring and kind.", size=size, at=under),
                    line(f"Records on {ward} were complete and up to date.", size=size, at=under + 1.4 * size),
                    line(f"Leaders on {ward} were visible and approachable.", size=size, at=under + 2.8 * size)]

        once = "Areas for improvement – what the hospital must and should do"
        got = layers(doc(*page(once, 1.9, "Ash ward"), PageBreak, *page("Medical care", 1.4, "Beech ward"), PageBreak,
                         *page("Medical care", 1.4, "Cedar ward")))
        assert got[(1, once)] == got[(2, "Medical care")] == "furniture", size
        assert got[(1, "Staff on Ash ward were caring and kind.")] == got[(2, "Staff on Beech ward were caring and kind.")] \
            == "body"


@pytest.mark.parametrize("size", [10.0, 15.0])
def test_a_paragraph_printed_twice_low_on_its_pages_and_running_on_over_each_break_is_text(size):
    """A card's paragraph printed in the same words at the same place low on two pages, its last line
    cut mid-sentence at each page's foot, the sentence going on in its type and at its x at the next
    page's top ("appointment of" / "the new manager."): text, not a footer printed twice (before, the
    paragraph was dropped and a breach sentence read before it took "the new manager." as its end).
    The running footer under it stays furniture. Fails without furniture.py's `_runs_on_over_the_page`."""
    lead = 1.3 * size
    cut = ["People told us they felt safe.", "Morale had improved since the", "appointment of"]

    def page(n: int) -> list:
        return [line(f"Narrative text on page {n} in the cards.", size=size, x=200, at=300),
                *[line(text, size=size, x=200, at=740 - (2 - k) * lead) for k, text in enumerate(cut)],
                line(f"{n} Anytown Hospital Inspection report 01/02/2016", size=7, at=800)]

    def top(n: int) -> list:
        return [line("the new manager. Staff were kind.", size=size, x=200, at=90),
                line(f"{n} Anytown Hospital Inspection report 01/02/2016", size=7, at=800)]

    document = doc(*page(1), PageBreak, *top(2), PageBreak, *page(3), PageBreak, *top(4))
    got = layers(document)
    assert all(got[(n, text)] == "body" for n in (1, 3) for text in cut)
    assert all(got[(n, f"{n} Anytown Hospital Inspection report 01/02/2016")] == "furniture" for n in (1, 2, 3, 4))


def test_a_side_rail_keys_each_line_once():
    """side_rails.rail_lines asks a line's words and place (furniture's `_placed`, two regular
    expressions a line) once a line, not once to count the pages and again to find the stacks."""
    from cqcplan.pipeline.furniture import _placed
    from cqcplan.pipeline.side_rails import rail_lines

    rail = [line(link, x=430, size=8, at=100 + 12 * n) for n, link in enumerate(["On this page", "Summary", "Our findings"])]
    document = doc(*rail, line("Narrative text on page one."), PageBreak, *rail, line("Narrative text on page two."))
    asked = []

    def counted(text_line, height):
        asked.append(id(text_line))
        return _placed(text_line, height)

    found = rail_lines(document, {page.number: {} for page in document.pages}, counted)
    assert found == {id(l) for p in document.pages for l in p.lines if l.x0 == 430}
    assert sorted(asked) == sorted(id(l) for p in document.pages for l in p.lines)
