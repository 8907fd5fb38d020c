"""Reading round 105 (set GP, reading any layout as a development set):

- a row of a headed table (a status board's "Not started | On track | Completed" columns of cards)
  with nothing under one header cell in one stretch: read without an internal error, the empty
  cell's heading not read again over nothing. Before, `_under` took the least x of an empty
  column and the whole report failed with "min() arg is an empty sequence";
- a core service's heading opened by an accordion's mark ("− Community health services for
  adults", "+ …") names its service: the mark is no part of the name (`SECTION_MARK`; a bullet is
  no such mark);
- on a one-page print (a trust web page saved as one tall page), a core service's heading over a
  paragraph in body type heads a section, not the cover's ratings grid (`_heads_a_section`);
- a board paper's own numbered section titles ("3. Areas for improvement (extract from the CQC
  report)", "4. Recommendation") in bold, read while a list is open or set aside, are headings of
  the paper, not items of the list (`_section_title`).
"""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.models.document import Line
from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.facts import line_order
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.read import _under_column_heads


def _found(built):
    return [(f.kind, f.service, f.text) for f in extract(locate(built), "built.pdf", line_order=line_order(built))]


def _line(text: str, x: float, top: float, size: float, bold: bool = False) -> Line:
    return Line(text=text, page=1, x0=x, text_x0=x, x1=x + 0.5 * size * len(text), top=top, bottom=top + size,
                size=size, bold=bold, run_in="", column_left=0.0)


@pytest.mark.parametrize("size", [7.0, 9.0, 12.0])
def test_a_header_cell_with_nothing_under_it_in_a_stretch(size):
    heads = [_line(name, x * size, 8 * size, size, bold=True)
             for name, x in (("Not started", 4), ("On track", 30), ("Completed", 56))]
    row = [_line("0% not yet started", 5 * size, 9.5 * size, 0.7 * size),
           _line("100% signed off by the quality and safety committee", 57 * size, 9.5 * size, 0.7 * size)]
    read = [line.text for line in _under_column_heads([(heads, ()), (row, ())], 4 * size)]
    assert read[-4:] == ["Not started", "0% not yet started", "Completed",
                         "100% signed off by the quality and safety committee"]


MUST = "Action the trust MUST take to improve"
SHOULD = "Action the trust SHOULD take to improve"
ADULTS = "Community health services for adults"
MUST_ITEM = "The trust must ensure that staff complete and record pressure ulcer risk assessments. (Regulation 12(2)(a))"
SHOULD_ITEM = "The trust should ensure that staff receive regular clinical supervision."
SERVICE_TEXT = "Inspectors rated this service overall as Requires improvement. The lists below are copied from the report."


@pytest.mark.parametrize("mark", ["−", "+"])
def test_a_service_heading_opened_by_an_accordion_mark_names_its_service(mark):
    built = doc(PageBreak, line("Our CQC inspection", size=20, bold=True),
                line(f"{mark} {ADULTS}", size=13, bold=True, gap=12), line(SERVICE_TEXT, size=11, gap=8),
                line(MUST, size=11, bold=True, gap=8), bullet(MUST_ITEM, size=11),
                line(SHOULD, size=11, bold=True, gap=8), bullet(SHOULD_ITEM, size=11))
    assert _found(built) == [("must", ADULTS, MUST_ITEM), ("should", ADULTS, SHOULD_ITEM)]


def test_a_service_heading_over_a_paragraph_on_a_one_page_print():
    built = doc(line("Our CQC inspection", size=20, bold=True),
                line("The Care Quality Commission inspected two of our core services in February.", size=11, gap=8),
                line(ADULTS, size=13, bold=True, gap=12), line(SERVICE_TEXT, size=11, gap=8),
                line(MUST, size=11, bold=True, gap=8), bullet(MUST_ITEM, size=11),
                line(SHOULD, size=11, bold=True, gap=8), bullet(SHOULD_ITEM, size=11))
    assert _found(built) == [("must", ADULTS, MUST_ITEM), ("should", ADULTS, SHOULD_ITEM)]


def test_a_papers_numbered_section_titles_are_no_items():
    built = doc(line("Board of Directors - 29 July 2026", size=14, bold=True),
                line("1. Background", size=11, bold=True, gap=12),
                line("The Care Quality Commission inspected the trust in April and published its report in July.", gap=6),
                line("2. Areas for improvement", size=11, bold=True, gap=12),
                line("Section 3 of this paper reproduces the areas for improvement as they appear in the report.", gap=6),
                PageBreak,
                line("3. Areas for improvement (extract from the CQC report)", size=11, bold=True),
                line(MUST, size=11, bold=True, gap=8), bullet(MUST_ITEM),
                line(SHOULD, size=11, bold=True, gap=8), bullet(SHOULD_ITEM),
                line("4. Recommendation", size=11, bold=True, gap=12),
                line("The Board is asked to note the report and the actions the trust must and should take.", gap=6))
    assert [(kind, text) for kind, _, text in _found(built)] == [("must", MUST_ITEM), ("should", SHOULD_ITEM)]


@pytest.mark.parametrize("size", [9.0, 11.0, 14.0])
def test_a_back_to_top_link_set_right_under_an_item_is_no_sub_item(size):
    first = "The trust should review how learning from incidents is shared with staff."
    second = "The trust should consider how it gathers feedback from patients."
    link = "↑ Back to top"

    def back(after: str):  # right of the item's middle, reaching past its right edge by two ems
        return line(link, x=36 + 12 + 5 * len(f"• {after}") + 2 * size - 5 * len(link), size=0.77 * size)

    built = doc(PageBreak, line(ADULTS, size=1.2 * size, bold=True), line(SHOULD, size=size, bold=True, gap=size),
                bullet(first, x=36, size=size), back(first), line("Community health inpatient services", size=1.2 * size, bold=True, gap=size),
                line(SHOULD, size=size, bold=True, gap=size), bullet(second, x=36, size=size), back(second))
    assert [text for _, _, text in _found(built)] == [first, second]


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_a_cards_head_names_its_service_not_the_statements_first_words(size):
    first = "The trust must ensure that vehicle checks are completed at the start of each shift. (Regulation 15(1)(e))"
    second = "The trust must ensure that staff receive an annual appraisal. (Regulation 18(2)(a))"
    built = doc(PageBreak, line(MUST, size=1.5 * size, bold=True),
                line("M2 Urgent and emergency care", size=0.85 * size, gap=size), line(first, size=size),
                line("M5 Maternity", size=0.85 * size, gap=size), line(second, size=size))
    assert _found(built) == [("must", "Urgent and emergency care", first), ("must", "Maternity", second)]
