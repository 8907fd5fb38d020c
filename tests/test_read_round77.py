"""Reading round seventy-seven (random ranges 122000, 121000: their failures), each page drawn here at
several type sizes. Each test fails without its change:

- a list in large print (its items a size above the page's text), a heading set in bold in the items'
  type right under an item that ends its sentence: a should list's ("… receives it." / "The provider
  should:"), a core service's name under an item wrapped at its number ("… aged 16-" / "18." /
  "Critical care"). Each is a heading on its own; before, the two lines were taken for one heading
  wrapped over two lines (together they read as one: a sentence ending in a list heading, a numbered
  "18. Critical care"), so the heading ran into the item above it and the items under it kept the
  kind or service before. A line is a wrapped heading's end only when the two lines make a heading
  that neither makes alone (text.py `_continues_heading`);
- a phrase of a column's text printed at one place low on two pages ("Morale had improved" / "since
  the appointment of"), below where a footer fixed above a wide margin stands: where its sentence runs
  on into a line printed there on no other page, it is text, and so is the other printing. Before,
  both were dropped as a running footer (furniture.py `_placed_lines`);
- a column of one line, raised, right of a list cut at the page's foot, under a service heading in
  bold wider than the list's own heading: the heading ran across the gap the band opened in, not across
  the band as the item's line narrowed it. Before, the band was taken for a word space under a line set
  across it, so the one line was read before the list's heading, not after its item (gutters.py);
- a web page's navigation (names in small type at one pitch) beside an assessment's cards whose lines
  fall level with its last two entries by chance: before, those two were taken for a table's label
  cells and read into the card's paragraph (label_rows.py `_list_goes_on_above`).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

NARRATIVE = ("Staff told us they felt supported by their managers and that the senior team was visible on the "
             "wards. Patients said staff were kind and caring, and that they were kept informed about their care. ")
# Headings and items as printed: each item's lines as it wraps in its box.
LIST = [("The provider must:", None),
        ("Surgery", None),
        ("must", ["The provider must make sure that", "staff receive an annual appraisal", "for young people aged 16-", "18."]),
        ("Critical care", None),
        ("must", ["The provider must ensure that oxygen", "is prescribed for every patient who", "receives it."]),
        ("The provider should:", None),
        ("should", ["The provider should review the", "discharge arrangements so that", "patients are not delayed."])]
READ = [("must", "The provider must make sure that staff receive an annual appraisal for young people aged 16-18."),
        ("must", "The provider must ensure that oxygen is prescribed for every patient who receives it."),
        ("should", "The provider should review the discharge arrangements so that patients are not delayed.")]


def _large_print_list(size: float) -> list[tuple]:
    """Three paragraphs in the page's text size, then the list a size larger: each heading in bold close
    under the item before (a box's padding, less than a line), each item bulleted with a hanging indent."""
    lines, base, large = [], 6 * size, 1.2 * size
    for words in _wrapped(NARRATIVE * 3, size, 36 * size):
        lines.append((" ".join(words), 4 * size, base, size, False))
        base += 1.3 * size
    base += 1.5 * size
    for head, item in LIST:
        if item is None:
            lines.append((head, 4 * size, base, large, True))
        else:
            lines.append(("•", 5 * size, base, large, False))
            lines += [(text, 5 * size + 1.5 * large, base + k * 1.35 * large, large, False) for k, text in enumerate(item)]
            base += (len(item) - 1) * 1.35 * large
        base += 1.35 * large
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_a_heading_in_bold_right_under_a_large_print_item_heads_what_follows(tmp_path, size):
    page = (44 * size, 64 * size)
    found = _found(_draw(tmp_path / "large.pdf", [(page, _large_print_list(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == READ
    assert [service for kind, service, _, _ in found if kind == "must"] == ["Surgery", "Critical care"]


# ---- a phrase a column's text repeats at one place low on two pages

FOOTER = "Anytown Healthcare NHS Trust Inspection report 06/11/2024"


def _low_repeat(size: float, goes_on: bool) -> list[tuple]:
    """A page of text whose last paragraph, low on the page (below the lowest sixth: where a footer
    fixed above a wide margin stands), opens "Morale had improved" / "since the appointment of";
    on one page it goes on "the new manager." right under them, on the other the page ends there."""
    lines, base = [], 6.4 * size
    for words in _wrapped(NARRATIVE * 12, size, 30 * size)[:37]:
        lines.append((" ".join(words), 4 * size, base, size, False))
        base += 1.3 * size
    last = ["Morale had improved", "since the appointment of"] + (["the new manager."] if goes_on else [])
    lines += [(text, 4 * size, 55.6 * size + k * 1.3 * size, size, False) for k, text in enumerate(last)]
    return lines + [(FOOTER, 4 * size, 62 * size, 0.8 * size, False)]


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_a_phrase_of_the_text_printed_at_one_low_place_on_two_pages_stays_text(tmp_path, size):
    from cqcplan.pipeline.furniture import mark_furniture
    from cqcplan.pipeline.read import start_read

    page = (40 * size, 64 * size)
    path = _draw(tmp_path / "low.pdf", [(page, _low_repeat(size, True)), (page, _low_repeat(size, False))])
    layers = {(line.page, line.text): line.layer for p in mark_furniture(start_read(path, sha256="-")()).pages
              for line in p.lines}
    assert {layers[(page, text)] for page in (1, 2) for text in ("Morale had improved", "since the appointment of")} == {"body"}
    assert layers[(1, FOOTER)] == layers[(2, FOOTER)] == "furniture"


# ---- a column of one line, raised, right of a list cut at the page's foot

MUST = "Ensure that infection prevention and control procedures are followed on all medical wards, in line with national guidance."


def _raised_one_line(size: float) -> list[tuple]:
    """Two columns at the page's foot under a service heading in bold: the left one holds the must list's
    heading (bold, in the service heading's type: shorter than it) and its item's first line, the right
    one the item's last line, set level with the gap over the list's heading (the right column's top
    padding is less). The service heading ends left of the right column, but right of the list heading."""
    right = 42 * size  # the left column's measure, 36 ems, takes its longest line
    return [("Staff told us they felt supported by their managers.", 4 * size, 6 * size, size, False),
            ("Urgent and emergency care", 4 * size, 50 * size, 1.1 * size, True),
            ("followed on all medical wards, in line with national guidance.", right,
             51.6 * size, size, False),
            ("The provider must:", 4 * size, 52.4 * size, 1.1 * size, True),
            ("•", 4.5 * size, 54.6 * size, size, False),
            ("Ensure that infection prevention and control procedures are", 6 * size, 54.6 * size, size, False)]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_raised_column_of_one_line_under_a_heading_wider_than_the_list_s_goes_on_its_item(tmp_path, size):
    page = (80 * size, 60 * size)
    found = _found(_draw(tmp_path / "raised.pdf", [(page, _raised_one_line(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", MUST)]


# ---- a web page's navigation beside an assessment's cards

NAV = ["Overview", "Our view of the service", "People’s experience", "Safe", "Effective", "Caring", "Responsive",
       "Well-led", "Contact details", "Download this report"]
LEFT_CARD = ["Morale had improved since the appointment of the", "new manager. We recommend that the provider",
             "updates its audits so that they identify shortfalls in", "care records. Staff understood how to recognise",
             "and report abuse."]
RIGHT_CARD = ["Staff worked with GPs and district nurses to meet", "people’s health needs. We recommend the",
              "provider seeks guidance from a reputable source", "on assessing people’s capacity to make decisions."]


def _navigation_beside_cards(size: float) -> list[tuple]:
    """A printed web page: its navigation, a list of names in small type at an even pitch down the left,
    beside the content column: an opening paragraph, a key question's heading and rating, then two cards
    side by side whose lines fall level with the navigation's last two entries by chance."""
    small, nav_x, main_x = 0.8 * size, 5.3 * size, 18.2 * size
    lines = [(name, nav_x, (7 + 1.5 * k) * size + 0.95 * small, small, False) for k, name in enumerate(NAV)]
    lines += [("Beech House is run by Riverside NHS Trust. Leaders were visible and approachable.", main_x, 7.4 * size, size, False),
              ("Safe", main_x, 11 * size, 1.25 * size, True), ("Rating: Inadequate", main_x, 13.7 * size, size, True)]
    for x, title, score, card in ((18.7 * size, "Involving people to manage risks", "Score: 3 - Evidence shows a good standard", LEFT_CARD),
                                  (52 * size, "Safeguarding", "Score: 2 - Evidence shows some shortfalls", RIGHT_CARD)):
        lines += [(title, x, 15.8 * size, size, True), (score, x, 17.1 * size, small, False)]
        lines += [(text, x, (18.8 + 1.25 * k) * size, size, False) for k, text in enumerate(card)]
    return lines


@pytest.mark.parametrize("size", [9.0, 12.0, 14.0])
def test_a_navigation_list_level_with_a_card_s_lines_by_chance_is_no_label_column(tmp_path, size):
    """Before, the navigation's last two entries were taken for a table's label cells, each read before
    the card line level with it: "We recommend that the provider Download this report updates …"."""
    found = _found(_draw(tmp_path / "web.pdf", [((86 * size, 49.6 * size), _navigation_beside_cards(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [
        ("should", "We recommend that the provider updates its audits so that they identify shortfalls in care records."),
        ("should", "We recommend the provider seeks guidance from a reputable source on assessing people’s capacity to make decisions.")]
