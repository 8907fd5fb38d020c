"""Reading round forty-six (issue 10), set DJ as a development set; each page is drawn here line
by line, at several type sizes:

- a letter's should list running over a page break on front matter whose footers carry roman page
  labels ("ii X Hospital Quality Report 22/05/2015", then "iii …", as /PageLabels number a report's
  front matter): the footer is furniture like its arabic-numbered kin, so the item cut at the foot
  goes on at the next page's top and the list goes on there. Before, the footer was read as body
  text: it closed the list, cut the item short and lost the next page's items.

Each test fails without its change: furniture.py's `PAGE_LABEL` (a roman page label).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round42 import _lines  # noqa: E402

LEFT = 60.0
SHOULDS = ["Ensure that all staff are aware of the hospital's major incident plan and that it is tested regularly.",
           "Consider the provision of a dedicated paediatric recovery area, separate from adult patients.",
           "Review waiting times for outpatient appointments and ensure that clinics start on time."]
MUST = ("Ensure that controlled drugs are recorded and stored in accordance with legislation "
        "(Regulation 13, Health and Social Care Act 2008 (Regulated Activities) Regulations 2010).")


@pytest.mark.parametrize("size", [10.0, 13.0, 16.0])
def test_a_footer_with_a_roman_page_label_does_not_cut_a_letter_s_list(tmp_path, size):
    width, foot = 36 * size, 805.0
    first, top = _lines("Importantly, the provider must:", LEFT, 80.0, size, width)
    first = [(t, x, y, s, True) for t, x, y, s, _ in first]
    must, top = _lines(MUST, LEFT, top + 0.3 * size, size, width, bullet="•")
    first += must + [("In addition the provider should:", LEFT, top + 0.4 * size, size, True)]
    item, _ = _lines(SHOULDS[0], LEFT, top + 1.7 * size, size, width, bullet="•")
    first += item[:2]  # the bullet and the item's first line at the page's foot
    rest = [(text, x, 72.0 + y - item[2][2], s, b) for text, x, y, s, b in item[2:]]
    top = rest[-1][2] + 1.7 * size
    for text in SHOULDS[1:]:
        lines, top = _lines(text, LEFT, top, size, width, bullet="•")
        rest += lines
        top += 0.4 * size
    rest += [("Professor Sir Mike Richards", LEFT, top + size, size, False)]
    pages = [[*lines, (f"{label} Fernbrook Hospital Quality Report 22/05/2015", LEFT, foot, 7.5, False)]
             for label, lines in (("ii", first), ("iii", rest))]
    # the report's own pages, numbered from 1, follow the front matter
    pages.append([("Areas for improvement", LEFT, 72.0, 1.2 * size, True),
                  ("The hospital was clean.", LEFT, 72.0 + 2 * size, size, False),
                  ("1 Fernbrook Hospital Quality Report 22/05/2015", LEFT, foot, 7.5, False)])
    assert top < 700.0 and item[1][2] < 760.0
    _, found = _findings(_pages(tmp_path / "report.pdf", pages))
    assert [(f.kind, f.text, f.page) for f in found if f.kind == "should"] == [
        ("should", text, page) for text, page in zip(SHOULDS, (1, 2, 2))]
