"""A running header set smaller than the text names each page's chapter (its words change page to
page: the last chapter title begun), at one place and in one style on every page, but under a fixed
top margin it stands less than two of its ems clear of the text on every page (1.6). Before, no page's
header was clear enough to vouch for the others, so on the page a must list runs on to the header
("Areas for improvement", the heading the list sits under, again) was read as a heading: it closed the
list, the citation printed alone at the page's top was cut off its item, and the next item was lost
(GZ 05, a Typst report re-printed by pdftocairo). Drawn here page by page at three type sizes; fails
without furniture.py's `_small_on_many`."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round42 import _lines  # noqa: E402

LEFT = 50.0
MUSTS = ["The hospital must ensure that all staff working in theatres complete training in the recognition and "
         "management of sepsis. (Regulation 12(1))",
         "The hospital must ensure that local rules for each X-ray room are up to date, signed by all staff and "
         "displayed. (Regulation 12(2)(b))",
         "The hospital must ensure that patient records in the outpatients department are stored securely at all "
         "times. (Regulation 17(2)(c))"]
SHOULD = "The hospital should ensure that chaperone availability is advertised in all consulting rooms."


@pytest.mark.parametrize("size", [9.0, 10.0, 12.0])
def test_a_small_running_header_naming_each_page_s_chapter_is_furniture_however_near_the_text(tmp_path, size):
    header, width, foot = 0.85 * size, 40 * size, 780.0

    def head(text: str) -> tuple[list[tuple], float]:
        return [(text, LEFT, 30.0, header, False)], 30.0 + (1.17 + 1.6) * header

    def footer(n: int) -> tuple:
        return (f"{n} Ashcombe Park Hospital Inspection report 03/10/2018", LEFT, foot, header, False)

    first, top = head("Letter from the Chief Inspector of Hospitals")
    first += [("Letter from the Chief Inspector of Hospitals", LEFT, top, 1.6 * size, True)]
    text, _ = _lines("Ashcombe Park Hospital is operated by Verity Healthcare Limited. We found areas where the "
                     "hospital must make improvements, listed at the end of this report.", LEFT, top + 2.2 * size,
                     size, width)
    first += text + [footer(1)]
    second, top = head("Surgery")
    second += [("Surgery", LEFT, top, 1.6 * size, True)]
    text, top = _lines("Surgery services at Ashcombe Park Hospital were inspected as part of our comprehensive "
                       "inspection programme. We found issues that the provider needs to improve. Staff did not "
                       "always complete the surgical safety checklist, and theatre records were incomplete.",
                       LEFT, top + 2.2 * size, size, width)
    second += text + [("Outstanding practice and areas for improvement", LEFT, top + 1.5 * size, 1.6 * size, True),
                      ("Action the hospital MUST take to improve", LEFT, top + 3.7 * size, 1.05 * size, True)]
    top += 5.1 * size
    lines, top = _lines(MUSTS[0], LEFT, top, size, width, bullet="•")
    second += lines
    cited = MUSTS[1].rindex(" (")
    item, _ = _lines(MUSTS[1][:cited], LEFT, top + 0.3 * size, size, width, bullet="•")
    second += item + [footer(2)]  # the item's sentence ends at the page's foot, its citation alone over the page
    third, top = head("Outstanding practice and areas for improvement")
    third += [(MUSTS[1][cited + 1:], item[-1][1], top, size, False)]
    top += 1.3 * size
    lines, top = _lines(MUSTS[2], LEFT, top, size, width, bullet="•")
    third += lines + [("Action the hospital SHOULD take to improve", LEFT, top + 0.8 * size, 1.05 * size, True)]
    lines, _ = _lines(SHOULD, LEFT, top + 2.2 * size, size, width, bullet="•")
    third += lines + [footer(3)]
    doc, found = _findings(_pages(tmp_path / "report.pdf", [first, second, third]))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in MUSTS] + [("should", SHOULD)]
    assert {l.layer for p in doc.pages for l in p.lines if l.top < 40} == {"furniture"}
