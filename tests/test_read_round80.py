"""Reading round eighty (a held-back harder set, FJ); each page is drawn here at more than one type size:

- a "The hospital must" | "The hospital should" table, its header cells in bold, smaller than the
  cells' type, each row's cells holding several bulleted statements, so the two columns' lines
  interleave by height, the rows padded deeply (as a web page pads them) and ruled apart. Before, the header row
  opened no list (no colon after "must") and the table was taken to end at the first row (its type
  larger than the header row's, its padding deeper than three of the header's ems): no statement in
  it was read. Now each cell is read under its column's head, which opens its column's list, so a
  row whose must cell holds only a plain sentence ("No breaches of regulation were identified …")
  does not end the table's list before its should cell;
- a must cut mid-sentence at a page's foot, the next page holding only a data table under a bold title
  (taken for a group of the list, which ended the item), going on at the top of the page after with no
  bullet. Before, the item was cut there; now its lower-case going on resumes it.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _found  # noqa: E402

A4 = (595.0, 842.0)
ROWS = [
    (["The hospital must ensure that the five steps to safer surgery checklist is fully completed for every "
      "patient undergoing a procedure in theatres. (Regulation 12(2)(b))",
      "The hospital must ensure that controlled drugs in the theatre recovery area are checked and recorded "
      "in line with its medicines policy. (Regulation 12(2)(g))"],
     ["The hospital should ensure that risk assessments for venous thromboembolism are repeated within a "
      "day of admission.",
      "The hospital should consider displaying information about how to raise a complaint on the ward."]),
    (["The hospital must ensure that records of fluid balance and early warning scores are accurate and "
      "complete. (Regulation 17(2)(c))"],
     ["The hospital should ensure that the resuscitation trolley is checked daily and that checks are recorded.",
      "The hospital should continue to recruit to vacant nurse posts and reduce its reliance on agency staff.",
      "The hospital should ensure that chaperone notices are displayed in all consulting rooms."]),
    ([], ["The hospital should ensure that local rules for ionising radiation are reviewed and signed by all "
          "radiographers."]),
]
NONE = "No breaches of regulation were identified in this core service."


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows: list[str] = []
    for word in text.split():
        if rows and stringWidth(f"{rows[-1]} {word}", font, size) <= width:
            rows[-1] = f"{rows[-1]} {word}"
        else:
            rows.append(word)
    return rows


def _after_cover(path: Path, title: str, size: float):
    """A cover naming `title`: the canvas, on the page after it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("DejaVu-Bold", 2 * size)
    page.drawString(50, A4[1] - 80, title)
    page.showPage()
    return page


def _cell(page, items: list[str], x: float, top: float, width: float, size: float) -> float:
    """A cell's bulleted statements from `top` (a baseline); the baseline under its last line."""
    lead = 1.125 * size
    for item in items:
        page.drawString(x, top, "•")
        for k, row in enumerate(_wrapped(item, "DejaVu", size, width - size)):
            page.drawString(x + size, top - k * lead, row)
        top -= (k + 1) * lead + 0.9 * size
    return top


def _table_pdf(path: Path, size: float) -> None:
    page = _after_cover(path, "Linton Park Hospital", size)
    page.setFont("DejaVu-Bold", 1.25 * size)
    page.drawString(50, A4[1] - 60, "Areas for improvement by core service")
    head, pad = 0.875 * size, 1.7 * size  # header cells smaller than the cells; a web page's deep padding
    left, right, width = 110.0, 345.0, 200.0
    top = A4[1] - 60 - 3 * size
    page.setFont("DejaVu-Bold", head)
    page.drawString(left, top, "The hospital must")
    page.drawString(right, top, "The hospital should")
    top -= head + 2 * pad
    for musts, shoulds in ROWS:
        page.setFont("DejaVu", size)
        if not musts:  # a row with no must: the cell says so in a plain sentence
            for k, row in enumerate(_wrapped(NONE, "DejaVu", size, width)):
                page.drawString(left, top - k * 1.125 * size, row)
        end = min(_cell(page, musts, left, top, width, size), _cell(page, shoulds, right, top, width, size))
        page.setFillGray(0.85)
        page.rect(left - 10, end - pad + size, right + width - left + 10, 1, fill=1, stroke=0)  # the row's foot
        page.setFillGray(0)
        top = end - 2 * pad
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_each_cell_is_read_under_its_column_head(tmp_path: Path, size: float) -> None:
    path = tmp_path / "table.pdf"
    _table_pdf(path, size)
    found = [(kind, text) for kind, _, text, _ in _found(path)]
    want = [("must", text) for musts, _ in ROWS for text in musts] + [
        ("should", text) for _, shoulds in ROWS for text in shoulds]
    assert sorted(found) == sorted(want)


CUT = ("The trust must ensure that every patient on the caseload of the crisis teams has a risk assessment that is "
       "completed at the first contact and updated after each change in presentation, and that crisis plans are "
       "shared with the patient and, where the patient agrees, their carer. (Regulation 12(2)(a))")
INTRO = ("We found that the crisis teams responded promptly to referrals and that staff knew the patients on "
         "their caseloads well. However, risk assessments were not always completed or updated, and crisis plans "
         "were not always shared. The health-based place of safety was often staffed by nurses taken from the "
         "acute wards, and patients were sometimes held there for longer than the law allows. ") * 4
AFTER = "The trust must ensure that medicines carried on home visits are stored securely. (Regulation 12(2)(g))"


def _table_between_pdf(path: Path, size: float) -> None:
    """A must list whose last item on its page is cut at the page's foot mid-sentence; the next page
    holds only a data table under its bold title; the item goes on at the top of the page after,
    with no bullet, then the list's next item."""
    page = _after_cover(path, "Tamar Vale Partnership NHS Foundation Trust", size)
    lead, width, x = 1.45 * size, 440.0, 70.0
    rows = _wrapped(CUT, "DejaVu", size, width)
    page.setFont("DejaVu", size)
    for k, row in enumerate(_wrapped(INTRO, "DejaVu", size, width + 20)):  # the report's body type (most of its lines)
        page.drawString(x - 12, A4[1] - 60 - k * lead, row)
    page.setFont("DejaVu-Bold", 1.1 * size)
    base = 60 + 2 * lead  # the list's heading, then the item's first two lines at the page's foot
    page.drawString(x - 12, base, "Action the trust MUST take to improve")
    page.setFont("DejaVu", size)
    page.drawString(x - 10, base - 2 * lead, "•")
    for k, row in enumerate(rows[:2]):
        page.drawString(x, base - (2 + k) * lead, row)
    page.showPage()
    page.setFont("DejaVu-Bold", 1.1 * size)
    page.drawString(45, A4[1] - 55, "Table 1: Use of the health-based place of safety")
    small = 0.85 * size
    for r, month in enumerate(["Month", "June 2017", "July 2017", "August 2017", "Total"]):
        page.setFont("DejaVu-Bold" if r in (0, 4) else "DejaVu", small)
        for c, cell in enumerate([month, "Detentions", "Under 18", "Held over 24 hours"] if r == 0
                                 else [month, str(20 + r), str(r % 2), str(r)]):
            page.drawString(50 + c * 120, A4[1] - 90 - r * 2.5 * small, cell)
    page.setFont("DejaVu", small)
    page.drawString(45, A4[1] - 110 - 5 * 2.5 * small, "Source: trust data submitted before the inspection.")
    page.showPage()
    page.setFont("DejaVu", size)
    top = A4[1] - 60
    for k, row in enumerate(rows[2:]):
        page.drawString(x, top - k * lead, row)
    top -= (len(rows) - 2) * lead + 0.6 * size
    page.drawString(x - 10, top, "•")
    for k, row in enumerate(_wrapped(AFTER, "DejaVu", size, width)):
        page.drawString(x, top - k * lead, row)
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_item_cut_at_a_page_foot_goes_on_after_a_table_page(tmp_path: Path, size: float) -> None:
    path = tmp_path / "between.pdf"
    _table_between_pdf(path, size)
    found = [(kind, text, page) for kind, _, text, page in _found(path)]
    assert found == [("must", CUT, 2), ("must", AFTER, 4)]
