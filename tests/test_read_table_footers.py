"""A running footer that is a table's repeated footer row (a browser printing a page-wide table's
`tfoot`): at the foot of a page the text fills, but right under the text on the last page, which
the text does not fill. Its words name the core service ("Community health services for adults
Quality Report 21/06/2018"), set smaller than the text. Built here with reportlab's canvas on A4
and US Letter pages, at 9 and 12 pt, a must list's item running over the page break.

Before, the footer was furniture on no page (it is in the bottom margin of one page only), so on
the first page it was read as a service's heading between two lines of the item: the item was cut
at the page's foot, and its end and the next item, without an open list, were lost (DH's mental
health report). Fails without furniture.py's `_footers_after_text`.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

SERVICE = "Community health services for adults"
HEADER = "What people should know about this report"
FOOTER = f"{SERVICE} Quality Report 21/06/2018"
MUSTS = ["The provider must ensure that staff complete and record pressure ulcer risk assessments for every "
         "patient on the caseload and review them at each visit. (Regulation 12(2)(a))",
         "The provider must ensure that medicines administration records are completed for every visit and "
         "that missed doses are reported as incidents. (Regulation 12(2)(g))",
         "The provider must ensure that there are enough suitably qualified nurses to meet the needs of "
         "patients at weekends. (Regulation 18(1))"]
SHOULDS = ["The provider should ensure that patients are given written information about how to make a "
           "complaint."]


def _item(text: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, "Helvetica", size, width - stringWidth("• ", "Helvetica", size))


def _report(path, pagesize, size: float) -> None:
    """The header and footer in type 0.8 of the text's; the must list starts low enough on its page
    that its second item's first line is the last the page has room for above its footer; the
    footer follows the text on the last page an em under it."""
    width, height = pagesize
    page = Canvas(str(path), pagesize=pagesize)
    left, foot_size, column = 0.08 * width, 0.8 * size, 0.84 * width
    hang = stringWidth("• ", "Helvetica", size)  # an item's next lines start under its first line's text
    bottom = 0.94 * height  # the footer's top on a full page

    def put(text: str, x: float, y: float, font_size: float = size, bold: bool = False) -> None:
        page.setFont("Helvetica-Bold" if bold else "Helvetica", font_size)
        page.drawString(x, height - y - font_size, text)

    def new_page() -> float:
        put(HEADER, left, 0.04 * height, foot_size)
        return 0.08 * height

    lines = [("Action the provider MUST take to improve", True)]
    for kind, items in (("must", MUSTS), ("should", SHOULDS)):
        if kind == "should":
            lines.append(("Action the provider SHOULD take to improve", True))
        lines += [(("• " if n == 0 else "") + words, False) for item in items
                  for n, words in enumerate(_item(item, size, column))]
    new_page()
    room = bottom - 3 * size  # a line set lower than this goes over to the next page
    y = room - 2.0 * size - (len(_item(MUSTS[0], size, column)) + 1) * 1.3 * size + 0.5 * size
    put("The inspection found the following areas for improvement.", left, y - 2 * size)
    for text, bold in lines:
        if y > room:
            put(FOOTER, left, bottom, foot_size)
            page.showPage()
            y = new_page()
        put(text, left if bold or text.startswith("•") else left + hang, y, size, bold)
        y += (2.0 if bold else 1.3) * size
    put(FOOTER, left, y + size, foot_size)
    page.showPage()
    page.save()


@pytest.mark.parametrize("pagesize", [A4, LETTER], ids=["A4", "Letter"])
@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_table_footer_following_the_text_is_a_running_footer(tmp_path, pagesize, size):
    path = tmp_path / "report.pdf"
    _report(path, pagesize, size)
    want = [("must", text) for text in MUSTS] + [("should", text) for text in SHOULDS]
    assert [(kind, text) for kind, _, text in _findings(path)] == want
