"""Reading round 120, the harder outside set HR as a development set; each page built here with
reportlab at several type sizes (all geometry in ems of the type):

- a service's heading carrying its rating after a trend arrow a few spaces on ("Urgent and emergency
  care   ↓ Requires improvement") is one heading line, the arrow no bullet of an item beside it: a gap
  wider than the heading's own word spaces is no justified line stopped at its measure (read.py
  `_heading_goes_on`);
- a web page's side rail ("On this page" and its links) printed at the same place on every page,
  clear of the text at the page's side, is furniture: a must heading closing a page has its list at
  the next page's top, not the rail's links under it (side_rails.py);
- a citation set small and raised after its item's full stop, a word space on, closes its line (it
  is read there, not as a line of its own above it), its words wrapped to a line of their own going
  on with it (read.py `_superscripts_set_down`);
- in two columns, the left column running on alone under the right one's end, items closed by such
  citations (a line of only the citation's small wrapped words) are still the left column's: the
  columns' text type is one carrying a share of their text, not the smallest type on any row
  (gutters.py `text_size`, for `Gutter.em` and `Gutter.text_em`).
Each test fails without its change.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

from test_read_outside_tables import HEIGHT, _Page  # noqa: E402
from reading import read_findings  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))

RATED = [("Urgent and emergency care", "↓", "Requires improvement", [
    "The trust must ensure that patients arriving by ambulance are assessed by a registered clinician within "
    "15 minutes. (Regulation 12(2)(a))",
    "The trust must ensure that the mental health assessment room is safe. (Regulation 15(1)(c))"]),
    ("Medical care (including older people’s care)", "↑", "Good", [
        "The trust must ensure that mental capacity assessments are completed and recorded. (Regulation 11(1))"])]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_rating_after_a_trend_arrow_on_a_service_heading_is_no_item(tmp_path, size):
    path = tmp_path / "rated.pdf"
    page = _Page(path, size)
    left, width = 45.0, 500.0
    page.put("Action the trust MUST take to improve", left, 60, 1.4 * size, bold=True)
    top = 60 + 3 * size
    for service, arrow, rating, items in RATED:
        space = pdfmetrics.stringWidth(" ", "DejaVu-Bold", size)
        x = left + pdfmetrics.stringWidth(service, "DejaVu-Bold", size) + 3 * space  # three spaces on
        page.canvas.setFont("DejaVu-Bold", size)
        page.canvas.drawString(left, HEIGHT - top - size, service)
        page.canvas.drawString(x, HEIGHT - top - size, arrow)
        x += pdfmetrics.stringWidth(arrow, "DejaVu-Bold", size) + space
        page.canvas.drawString(x, HEIGHT - top - size, rating)
        top += 1.6 * size
        for item in items:
            page.put("•", left, top, size)
            for line in simpleSplit(item, "Helvetica", size, width):
                page.put(line, left + 1.2 * size, top, size)
                top += 1.25 * size
            top += 0.4 * size
    page.save()
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == [
        ("must", item, service) for service, _, _, items in RATED for item in items]


RAIL = ["On this page", "Summary", "Ratings", "Why we carried out this inspection", "How we carried out the inspection",
        "Our findings", "Actions", "Give feedback on this page"]
NARRATIVE = ("We found that the practice did not have an effective system to ensure that patients on high-risk "
             "medicines were monitored before their prescriptions were issued. Staff told us they should have been "
             "given protected time for training. ") * 3
WEB_MUSTS = ["Ensure care and treatment is provided in a safe way to patients.",
             "Establish effective systems and processes to ensure good governance.",
             "Ensure that the premises used by the service are clean."]
WEB_SHOULDS = ["Take action to improve the uptake of childhood immunisations and cervical screening.",
               "Review the system for monitoring uncollected prescriptions."]


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_side_rail_on_every_page_is_no_part_of_a_list_run_over_a_page(tmp_path, size):
    path = tmp_path / "web.pdf"
    page = _Page(path, size)
    left, width, rail_x = 0.06 * 595, 0.6 * 595, 0.72 * 595

    def rail():
        for n, link in enumerate(RAIL):
            page.put(link, rail_x, 90 + 2 * 1.2 * size * n, 0.8 * size, bold=link == "Our findings")  # on text rows

    def items(texts, top):
        for text in texts:
            top = page.para(text, left, top, width, indent=1.2 * size, bullet=True) + 0.6 * size
        return top

    rail()
    top = 90.0
    while top < HEIGHT - 100 - 8 * size:  # the text fills the page: the heading is its last line
        top = page.para(NARRATIVE, left, top, width) + 0.6 * size
    page.put("We found breaches of regulations. The provider must:", left, top, bold=True)
    page.canvas.showPage()
    rail()
    top = items(WEB_MUSTS, 40) + size
    page.put("The provider should:", left, top, bold=True)
    top = items(WEB_SHOULDS, top + 2 * size)
    page.para(NARRATIVE, left, top + size, width)
    page.canvas.showPage()
    rail()
    page.para(NARRATIVE, left, 90, width)
    page.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", t) for t in WEB_MUSTS] + [
        ("should", t) for t in WEB_SHOULDS]


CITED = [("The trust must ensure that ligature risk assessments on Fell and Lune wards identify all fixed anchor "
          "points and set out how the risks are mitigated.", "(Regulation 12(2)(d))"),
         ("The trust must ensure that seclusion records are completed in full, including the nursing reviews and "
          "the medical reviews.", "(Regulation 13(4)(b))"),
         ("The trust must ensure that the fridges used to store medicines on Ribble ward are kept within the safe "
          "temperature range.", "(Regulation 12(2)(g))"),
         ("The trust must ensure that there are sufficient qualified nurses on each shift on the psychiatric "
          "intensive care unit.", "(Regulation 18(1))"),
         ("The trust must ensure that informal patients are made aware of their right to leave the ward.",
          "(Regulation 11(1))")]
TWO_SHOULDS = ["The trust should ensure that care plans reflect the views of patients.",
               "The trust should ensure that staff complete the mandatory training in immediate life support.",
               "The trust should ensure that all fire doors on Fell ward close fully."]
ABOUT = ("The trust provides acute inpatient beds across five wards and a psychiatric intensive care unit. The service "
         "was last inspected in March 2014. Our inspection team was led by an inspection manager.")


def _cited_items(page: _Page, left: float, top: float, width: float) -> float:
    """Each must with its citation set small (0.68 of the type) and raised (0.32 em) a word space after
    its full stop, wrapping on as its words fill the line."""
    size, small = page.size, 0.68 * page.size
    for text, citation in CITED:
        lines = simpleSplit(text, "Helvetica", size, width)
        page.put("•", left, top, size)
        for n, line in enumerate(lines):
            page.put(line, left + 1.1 * size, top, size)
            if n < len(lines) - 1:
                top += 1.25 * size
        x = left + 1.1 * size + pdfmetrics.stringWidth(lines[-1], "Helvetica", size) + pdfmetrics.stringWidth(
            " ", "Helvetica", size)
        for word in citation.split():
            w = pdfmetrics.stringWidth(word, "Helvetica", small)
            if x + w > left + 1.1 * size + width:  # wraps to a line of its own
                top += 1.25 * size
                x = left + 1.1 * size
            page.canvas.setFont("Helvetica", small)
            page.canvas.drawString(x, HEIGHT - top - size + 0.32 * size, word)
            x += w + pdfmetrics.stringWidth(" ", "Helvetica", small)
        top += 1.25 * size + 0.5 * size
    return top


def _cited_gold():
    return [("must", f"{text} {citation}") for text, citation in CITED]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_small_raised_citation_after_the_full_stop_closes_its_item(tmp_path, size):
    path = tmp_path / "raised.pdf"
    page = _Page(path, size)
    page.put("Action the provider MUST take to improve", 50, 60, 1.05 * size, bold=True)
    _cited_items(page, 50, 60 + 2 * size, 22 * size)
    page.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == _cited_gold()


@pytest.mark.parametrize("size", [9.0, 10.0, 11.0])
def test_two_columns_whose_left_one_runs_on_with_raised_citations_are_read_column_by_column(tmp_path, size):
    path = tmp_path / "columns.pdf"
    page = _Page(path, size)
    col = (595 - 2 * 50 - 2 * size) / 2
    right = 50 + col + 2 * size
    page.put("Areas for improvement", 50, 50, 1.3 * size, bold=True)
    page.put("Action the provider MUST take to improve", 50, 50 + 2 * size, 1.05 * size, bold=True)
    top = _cited_items(page, 50, 50 + 4 * size, col - 1.1 * size)
    page.put("Action the provider SHOULD take to improve", 50, top, 1.05 * size, bold=True)
    top += 1.8 * size
    for text in TWO_SHOULDS[:2]:
        top = page.para(text, 50, top, col, indent=1.1 * size, bullet=True) + 0.5 * size
    top = page.para(TWO_SHOULDS[2], right, 50, col, indent=1.1 * size, bullet=True) + size
    page.put("Information about the service", right, top, 1.3 * size, bold=True)
    page.para(ABOUT, right, top + 2 * size, col)
    page.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == _cited_gold() + [("should", t) for t in TWO_SHOULDS]
