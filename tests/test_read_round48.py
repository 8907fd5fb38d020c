"""Reading round forty-eight (random range 112000's failing seeds); each page is drawn here line by
line, at several type sizes:

- a running header whose words change page to page, set in large type under a fixed top margin: on
  two pages it stands just short of two of its ems clear of the text (1.7), on the page a must list
  runs on to it stands further clear. Before, only that page's header was clear enough, printed
  there alone it was no header by its place, so it was read into the item running on under it and
  closed the list, losing the page's items;
- assessment cards in a two-column grid broken over pages, two pages opening with the same first
  row of text ("Relatives said they were kept" | "Staff worked with GPs and"), the cards' text going
  on apart under it: no table's header row repeated. Before, the later page's first row was read
  past as one, and its cards' text lost their first lines (a breach sentence joined to another card);
- a lettered item ("b) Make sure …") whose lines wrap back to its letter's x, its 2010 citation broken
  after "(Regulated Activities)": the letter's bracket closes none of the citation's, so the sentence
  is still open and "Regulations 2010 Staffing)" goes on it. Before, the item ended there, cut;
- a side panel's list running through pages, its main column held back and read after it opening
  with a heading: the list goes on with its next group at a later page the panel has to itself.

Each test fails without its change: furniture.py's `VOUCHED_CLEARANCE_EM` in `_headers_in_place`;
header_rows.py's `_cells` (a repeated header row's cells run on the same under it); text.py's
`bracket_open` (in locate.py's `_open_sentence`); locate.py's `_panel_left` (a main column's line from
an earlier page is held back whatever its weight).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round42 import _lines  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT = 50.0  # the page's left margin
MUSTS = ["Make sure that staff receive an annual appraisal and regular clinical supervision and that compliance "
         "is monitored through regular audits. (Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 "
         "Staffing)",
         "Ensure that deteriorating patients are escalated appropriately using the early warning score.",
         "Ensure that the well-led framework is embedded, with clear lines of accountability for quality."]


@pytest.mark.parametrize("size", [10.0, 12.0, 14.0])
def test_a_running_header_a_little_short_of_two_ems_clear_is_furniture_where_another_page_s_is(tmp_path, size):
    header, width, foot = 0.82 * size, 34 * size, 780.0

    def head(text: str, clear: float) -> tuple[list[tuple], float]:
        """The header at the page's top and where the text starts `clear` of its ems under its box."""
        return [(text, LEFT, 30.0, header, False)], 30.0 + (1.17 + clear) * header

    first, top = head("Summary of findings", 1.6)
    first += [("The trust must:", LEFT, top, size, True)]
    item, _ = _lines(MUSTS[0], LEFT, top + 1.5 * size, size, width, bullet="•")
    cut = len(item) - 2  # the item's citation goes on at the next page's top
    first += item[:cut] + [("2 Northshire Healthcare NHS Trust Inspection report 10/04/2014", LEFT, foot, 0.8 * size, False)]
    second, top = head("Areas for improvement – what the trust must and should do", 2.6)
    second += [(text, x, top + k * 1.3 * size, s, b) for k, (text, x, _, s, b) in enumerate(item[cut:])]
    top += (len(item) - cut) * 1.3 * size + 0.4 * size
    for text in MUSTS[1:]:
        lines, top = _lines(text, LEFT, top, size, width, bullet="•")
        second += lines
        top += 0.4 * size
    second += [("3 Northshire Healthcare NHS Trust Inspection report 10/04/2014", LEFT, foot, 0.8 * size, False)]
    third, top = head("Requirement notices", 1.6)
    third += [("Action we have told the provider to take", LEFT, top, 1.6 * size, True),
              ("4 Northshire Healthcare NHS Trust Inspection report 10/04/2014", LEFT, foot, 0.8 * size, False)]
    doc, found = _findings(_pages(tmp_path / "report.pdf", [first, second, third]))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in MUSTS]
    assert {l.layer for p in doc.pages for l in p.lines if l.top < 40} == {"furniture"}


CARDS = [("Relatives said they were kept informed and felt welcome. Risks to people were not always assessed.",
          "Staff worked with GPs and district nurses to meet people’s health needs. The home was clean."),
         ("Relatives said they were kept informed and felt welcome. Staff understood how to recognise and report "
          "abuse. The provider was in breach of regulation 9 (Person-centred care).",
          "Staff worked with GPs and district nurses to meet people’s health needs. Staff had not completed the "
          "training they needed.")]


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_two_pages_of_cards_opening_with_the_same_first_row_are_no_repeated_header_row(tmp_path, size):
    width, gap = 15 * size, 2 * size
    pages = []
    for left, right in CARDS:
        lines, _ = _lines(left, LEFT, 80.0, size, width, lead=1.3)
        more, _ = _lines(right, LEFT + width + gap, 80.0, size, width, lead=1.3)
        pages.append(lines + more)
    doc = mark_furniture(start_read(_pages(tmp_path / "report.pdf", pages), sha256="-")())
    read = [" ".join(l.text for l in p.lines) for p in locate(doc).paragraphs]
    for left, right in CARDS:
        assert left in read and right in read


LETTERED = [["a) Ensure that emergency equipment is checked daily and that the checks are recorded."],
            ["b) Make sure that staff receive an annual appraisal. (Regulation 22 HSCA",
             "2008 (Regulated Activities)", "Regulations 2010 Staffing)"],
            ["c) Ensure that deteriorating patients are escalated using the early warning score."]]


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_a_lettered_item_s_citation_wrapped_back_to_its_letter_goes_on_past_a_closing_bracket(tmp_path, size):
    lines, top = [("Importantly, the trust must:", LEFT, 80.0, size, True)], 80.0 + 1.6 * size
    for item in LETTERED:
        for text in item:
            lines.append((text, LEFT, top, size, False))
            top += 1.3 * size
        top += 0.4 * size
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [f.text for f in found] == [" ".join(item)[3:] for item in LETTERED]



PANEL_HEAD = "Action the hospital SHOULD take to improve"
TOPICS = ["the documentation of observations", "the completion of cleaning schedules", "its discharge arrangements",
          "the recording of fridge temperatures", "how it shares learning from complaints", "its waiting times",
          "the checking of resuscitation trolleys", "its arrangements for interpreting services",
          "how it supports staff wellbeing", "the storage of medicines", "its oversight of agency staff",
          "the frequency of monitoring at night"]
CARE = [f"The hospital should improve {topic} in outpatients, so that patients receive safe care." for topic in TOPICS]
CHILDREN = ["The hospital should review how it supports staff wellbeing after serious incidents.",
            "The hospital should review its arrangements for transition to adult services."]
SUMMARY = ("Leaders were visible and approachable, and staff said the senior team had improved. Learning from "
           "incidents was shared at daily safety huddles and in a monthly newsletter. ")


@pytest.mark.parametrize("size", [10.0, 11.0])
def test_a_side_panel_s_next_group_on_a_page_of_its_own_goes_on_its_list_after_the_held_back_main_column(tmp_path, size):
    """A side panel in type of its own runs through a page (its items cut at the foot of two pages): the
    main column's next page, opening with a heading, is read after it. The panel's list ends with a
    finished item at the third page's top and goes on at the fourth, alone there, with its next group.
    Before, the main column's heading from the earlier page, bold, was taken for a heading after the
    list, not the main column held back, so the panel's list was closed for good and the group's
    items were read as paragraphs."""
    main, x = 1.1 * size, 360.0
    width, panel, foot = 270.0, 595.0 - 30.0 - x, 842.0 - 90.0

    def panel_lines(group: str, items: list[str], top: float) -> list[tuple]:
        out, top = [(group, x, top, size, True)], top + 1.6 * size
        for k, text in enumerate(items, 1):
            lines, top = _lines(text, x, top, size, panel, lead=1.3, bullet=f"{k}.", indent=2.0)
            out += lines
            top += 0.4 * size
        return out

    def cut(lines: list[tuple], top: float) -> tuple[list[tuple], list[tuple]]:
        """The lines down to the foot, cut mid-sentence, and the rest set from `top` on."""
        end = next(k for k, line in enumerate(lines) if line[2] > foot - size)
        while lines[end - 1][0].endswith("."):
            end -= 1
        rest = [(text, tx, top + y - lines[end][2], s, b) for text, tx, y, s, b in lines[end:]]
        return lines[:end], rest

    def summary(heading: str, top: float, lines: int) -> list[tuple]:
        body, top = [(heading, LEFT, top, 1.6 * main, True)], top + 2.4 * main
        while len(body) < lines:
            more, top = _lines(SUMMARY * 3, LEFT, top, main, width, lead=1.3)
            body += more
            top += 0.8 * main
        return body[:lines]

    top = 60.0 + 4 * size  # below the main column's heading, on no row of it
    first, rest = cut([(PANEL_HEAD, x, top, size, True)] + panel_lines("Critical care", CARE * 4, top + 1.6 * size), 60.0)
    second, rest = cut(rest, 60.0)
    third = rest[:next(k for k, line in enumerate(rest) if line[0].endswith(".")) + 1]
    pages = [first + summary("Overall summary", 60.0, 12), second + summary("Medicines", 60.0, 12), third,
             panel_lines("Services for children and young people", CHILDREN, 60.0)]
    read = [f.text for f in _findings(_pages(tmp_path / "report.pdf", pages))[1]]
    assert read[-2:] == CHILDREN
