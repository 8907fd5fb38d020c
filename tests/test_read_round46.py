"""Reading round forty-six (issue 10), set DJ as a development set; each page is drawn here line
by line, at several type sizes:

- a letter's should list running over a page break on front matter whose footers carry roman page
  labels ("ii X Hospital Quality Report 22/05/2015", then "iii …", as /PageLabels number a report's
  front matter): the footer is furniture like its arabic-numbered kin, so the item cut at the foot
  goes on at the next page's top and the list goes on there. Before, the footer was read as body
  text: it closed the list, cut the item short and lost the next page's items;
- a letter's should list in three narrow columns filled in turn (Word's bullets hung out left of
  a wrap indent), the first column's last item broken off mid-clause and going on in lower case at
  the second column's top, over the letter's signature set at the page's left, its longer line
  ending in the first gutter, and a running footer in smaller type close under it: the signature
  is read after the three columns. Before, it was read as the first column's foot: it closed the
  list there, cut the item short and lost the other columns' items;
- a running header in small type too long for one line ("… Quality" over "Report. Providers must
  display their ratings."), its second line below the page's top margin band, printed on every
  page: both lines are furniture. Before, the second line was read as the first one's cell wrapping
  into the body (a table's repeated header row), so both were body text, read as the location and
  spliced into a list item running over a page break.

Each test fails without its change: furniture.py's `PAGE_LABEL` (a roman page label); gutters.py's
`Gutter._closing_rows` (the right column may go on the left one's item broken off mid-clause, the rows
then standing out left of its bullet; a line past the column's own lines, whose end narrowed the band,
is no line of the column; a footer in smaller type close under the rows is no text they run into);
furniture.py's `_wrapped_headers` (and `_running_into_body` leaving such a line be).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings, _width, _wrapped  # noqa: E402
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


COLUMN_SHOULDS = ["Ensure that the paediatric area of the emergency department is separated from the adult waiting area.",
                  "Review the process for the management of sepsis in the emergency department.",
                  "Ensure that patients living with dementia are identified on admission and that the "
                  "'This is me' document is used.",
                  "Improve the number of patients discharged before midday.",
                  "Ensure that the surgical safety checklist is completed for every patient and that compliance is audited.",
                  "Consider extending the hours of the specialist palliative care team to seven days a week.",
                  "Reduce the number of outpatient clinics cancelled at short notice.",
                  "Ensure that there is a strategy for end of life care."]  # the last column a line short
FOOTER = "Northgate General Hospital Quality Report 26/02/2015 — This report should be read alongside the trust-wide report"
SIGNATURE = ["Professor Sir Mike Richards", "Chief Inspector of Hospitals"]


def _column_lines(size: float, measure: float) -> list[list[tuple]]:
    """The should items as (text, x offset) lines: the first line's text an em right of the wraps
    (its bullet hung half an em left of them: Word's list indents)."""
    items = []
    for text in COLUMN_SHOULDS:
        words = _wrapped(text, size, measure - size)
        lines = [(" ".join(words[0]), size)]
        rest = _wrapped(" ".join(" ".join(w) for w in words[1:]), size, measure) if len(words) > 1 else []
        items.append(lines + [(" ".join(w), 0.0) for w in rest])
    return items


@pytest.mark.parametrize("size", [12.0, 14.0, 16.0])
def test_a_signature_under_columns_filled_in_turn_is_read_after_them(tmp_path, size):
    lead, left = 1.32 * size, LEFT
    pitch = _width(SIGNATURE[0], size) - 0.65 * size  # the signature ends in the first gutter
    measure = pitch - 2.5 * size
    must, top = _lines(MUST, left, 80.0, size, 30 * size, bullet="•")
    page = must + [("In addition the trust should:", left, top + 0.4 * size, size, True)]
    top += 2.0 * size
    flowed = [line for item in _column_lines(size, measure) for line in item]
    per = -(-len(flowed) // 3)  # balanced columns, filled in turn
    column, row, x0 = 0, 0, left + 1.25 * size  # the list indented from the page's text edge
    for text, dx in flowed:
        if row == per:
            column, row = column + 1, 0
            assert text[:1].islower() if column == 1 else True
        x, y = x0 + column * pitch, top + row * lead
        if dx:  # an item's first line, its bullet hung left of the wraps
            page.append(("•", x - 0.5 * size, y, size, False))
        page.append((text, x + dx, y, size, False))
        row += 1
    y = top + per * lead + 0.7 * size
    page += [(text, left, y + k * lead, size, False) for k, text in enumerate(SIGNATURE)]
    page.append((FOOTER, left, y + 2 * lead + 0.8 * size, 0.75 * size, False))
    assert y + 2 * lead + 2 * size < 790.0 and _width(FOOTER, 0.75 * size) > 2 * pitch
    _, found = _findings(_pages(tmp_path / "report.pdf", [page]))
    assert [(f.kind, f.text) for f in found if f.kind == "should"] == [
        ("should", text) for text in COLUMN_SHOULDS]


HEADER = ["Westmoor Partnership NHS Foundation Trust \u2014 Acute wards for adults of working age Quality",
          "Report. Providers must display their ratings."]
WARD_MUSTS = ["The provider must ensure that ligature risk assessments identify all ligature anchor points on the ward "
              "and set out how the risks will be mitigated. (Regulation 12(2)(d))",
              "The provider must ensure that patients detained under the Mental Health Act are informed of their rights "
              "under section 132 on admission and at regular intervals thereafter. (Regulation 9(3)(g))"]


@pytest.mark.parametrize("size", [12.0, 14.0])
def test_a_running_header_wrapping_below_the_margin_band_is_furniture(tmp_path, size):
    small, width = 8.0, 34 * size
    header = [(text, LEFT, 69.0 + k * 1.3 * small, small, False) for k, text in enumerate(HEADER)]
    assert header[1][2] + small > 0.1 * 842.0 > header[0][2] + small  # the second line below the band
    body, top = _lines("We visited all four wards at the hospital and spoke with patients and staff.",
                       LEFT, 110.0, size, width)
    first = header + body + [("Areas for improvement", LEFT, top + size, 1.2 * size, True),
                             ("Action the provider MUST take to improve", LEFT, top + 3 * size, size, True)]
    item, _ = _lines(WARD_MUSTS[0], LEFT, 700.0, size, width, bullet="•")
    first += [line for line in item if line[2] < 760.0]
    rest = [line for line in item if line[2] >= 760.0]
    top = 110.0
    second = list(header)
    if rest:
        second += [(text, x, top + y - rest[0][2], s, b) for text, x, y, s, b in rest]
        top += (rest[-1][2] - rest[0][2]) + 1.6 * size
    more, _ = _lines(WARD_MUSTS[1], LEFT, top, size, width, bullet="•")
    second += more
    doc, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    for page in doc.pages:
        assert [line.layer for line in page.lines if line.text in HEADER] == ["furniture", "furniture"]
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in WARD_MUSTS]
