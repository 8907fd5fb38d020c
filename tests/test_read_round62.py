"""Reading round sixty-two (an outside author's harder set, EG); each page is drawn here line by line,
at several type sizes:

- a must list in two columns, its items numbered 1.1, 1.2 … under key questions set in bold a
  little smaller than the list's heading ("Safe", "Effective"), the column breaking between an
  item's sentence and its citation, under "Safe (continued)" at the next column's top. Before, the
  key question closed the list as a section of the report (no item was read), and the citation
  under the "(continued)" heading was taken for a regulations cell beside the row and left out;
- an A3 fold-out table of core service | rating | MUST | SHOULD: two narrow label columns beside two
  wide ones. Before, its rows were read across, each must's lines interleaved with the should's
  beside it;
- must and should lists as tables of key question | action under each core service's heading (set
  smaller than the key questions), the next service's table printing the same header row lower on
  the page. Before, the key question took the service's place, and the repeated header row was read
  as a heading closing the service;
- an A5 booklet saved in saddle-stitch imposition order (8, 1, 2, 7, 6, 3, 4, 5): a chapter's list
  on its next printed page, which the file stores before it. Before, the list was read before the
  chapter's heading and lost its service.

Each test fails without its change: locate.py's `_key_question_group`, `_group_continued`,
`_service_over_key_questions` and `_header_row_again`; read.py's `_label_table` (narrow columns
between the labels and the wide ones); page_order.py.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402

from reading import read_findings  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
A4, A3_LANDSCAPE, A5 = (595.0, 842.0), (1191.0, 842.0), (420.0, 595.0)


def _draw(path: Path, pages: list[tuple[tuple[float, float], list[tuple]]], boxes: list[list[tuple]] = ()) -> Path:
    """Each page (its size, its lines: text, x, baseline, size, bold) in DejaVu Sans; and, when given, each
    page's ruled boxes (x0, top, x1, bottom: a table's cells)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=pages[0][0])
    for k, (size, lines) in enumerate(pages):
        page.setPageSize(size)
        for text, x, base, points, bold in lines:
            page.setFont("DejaVu-Bold" if bold else "DejaVu", points)
            page.drawString(x, size[1] - base, text)
        for x0, top, x1, bottom in boxes[k] if boxes else ():
            page.rect(x0, size[1] - bottom, x1 - x0, bottom - top)
        page.showPage()
    page.save()
    return path


def _found(path: Path) -> list[tuple]:
    return [(f.kind, f.service, f.text, f.page) for f in read_findings(path)]


def _item(mark: str, text: str, x: float, base: float, size: float, width: float,
          indent: float) -> tuple[list[tuple], float]:
    """A numbered or bulleted item with a hanging indent; the baseline under its last line."""
    lead = 1.25 * size
    rows = _wrapped(text, size, width - indent)
    lines = [(mark, x, base, size, False)] if mark else []
    lines += [(" ".join(words), x + indent, base + k * lead, size, False) for k, words in enumerate(rows)]
    return lines, base + len(rows) * lead


# ---- key questions grouping a numbered list, the column breaking before a citation

MUSTS = [("1.1", "The trust must ensure that ligature risk assessments on all wards identify every ligature point "
                 "and describe how each risk will be managed. (Regulation 12(2)(b))"),
         ("1.2", "The trust must ensure that there are enough suitably qualified and experienced nurses on each "
                 "shift, including at night, to keep patients safe. (Regulation 18(1))"),
         ("1.3", "The trust must ensure that seclusion is recorded in line with the Mental Health Act Code of "
                 "Practice, including medical reviews at the required intervals. (Regulation 13(4)(b))"),
         ("1.4", "The trust must ensure that emergency medicines and equipment are checked weekly and that "
                 "out-of-date items are removed.")]
CUT_CITATION = "(Regulation 12(2)(f))"
EFFECTIVE = [("2.1", "The trust must ensure that staff receive regular supervision and an annual appraisal and "
                     "that this is recorded. (Regulation 18(2)(a))"),
             ("2.2", "The trust must ensure that capacity to consent is assessed and recorded for each patient "
                     "when they are first given treatment. (Regulation 11(1))")]
SHOULDS = [("3.1", "The trust should ensure that patients on Avocet ward have access to a lockable space for "
                   "their belongings."),
           ("3.2", "The trust should ensure that ward managers have sufficient administrative support.")]


def _numbered_columns(size: float) -> list[tuple]:
    left, right, width, indent = 48.0, 307.0, 240.0, 2.2 * size
    lines = [("Overall summary", left, 75.0, 1.4 * size, True)]
    base = 75.0 + 2 * size
    for _ in range(3):
        block, base = _item("", "We rated acute wards as requires improvement because ligature risk assessments "
                                "did not identify all ligature points and staffing levels at night were often "
                                "below the planned number.", left, base, size, width, 0.0)
        lines += block
        base += 0.6 * size
    base += 1.5 * size
    for heading, points in (("Areas for improvement", 1.4), ("Action the provider MUST take to improve", 1.1), ("Safe", 1.05)):
        for words in _wrapped(heading, 1.1 * points * size, width):  # (bold is wider)
            lines.append((" ".join(words), left, base, points * size, True))
            base += 1.6 * size
    for mark, text in MUSTS:
        block, base = _item(mark, text, left + 0.3 * size, base, size, width, indent)
        lines += block
        base += 0.3 * size
    base = 75.0
    lines += [("Safe (continued)", right, base, 1.05 * size, True), (CUT_CITATION, right + indent, base + 1.4 * size, size, False)]
    base += 3.0 * size
    for heading, items in (("Effective", EFFECTIVE), ("Action the provider SHOULD take to improve", []), ("Safe", SHOULDS)):
        points = (1.1 if items == [] else 1.05) * size
        for words in _wrapped(heading, 1.1 * points, width):  # (bold is wider)
            lines.append((" ".join(words), right, base, points, True))
            base += 1.5 * size
        for mark, text in items:
            block, base = _item(mark, text, right + 0.3 * size, base, size, width, indent)
            lines += block
            base += 0.3 * size
        base += 0.6 * size
    return lines


@pytest.mark.parametrize("size", [8.5, 9.0, 10.0])
def test_key_questions_group_a_numbered_list_and_its_continued_heading_keeps_the_citation(tmp_path, size):
    found = _found(_draw(tmp_path / "mh.pdf", [(A4, _numbered_columns(size))]))
    musts = [text for _, text in MUSTS]
    musts[-1] += " " + CUT_CITATION
    assert [(kind, text) for kind, _, text, _ in found] == \
        [("must", text) for text in musts + [text for _, text in EFFECTIVE]] + [("should", text) for _, text in SHOULDS]


# ---- an A3 fold-out table: core service | rating | MUST | SHOULD

ROWS = [("Surgery", "Requires improvement",
         ["The provider must ensure that the World Health Organization surgical safety checklist is fully completed "
          "for every patient undergoing surgery. (Regulation 12(2)(a)(b))",
          "The provider must ensure that all staff working in theatres complete immediate life support training. "
          "(Regulation 18(2)(a))"],
         ["The provider should ensure that venous thromboembolism risk assessments are repeated within 24 hours "
          "of admission.",
          "The provider should consider recording the cleaning of theatre equipment between patients."]),
        ("Services for children and young people", "Requires improvement",
         ["The provider must ensure that a registered children’s nurse is on duty whenever a child is admitted to "
          "the ward. (Regulation 18(1))"],
         ["The provider should ensure that paediatric early warning scores are audited regularly.",
          "The provider should consider providing a separate waiting area for children in outpatients."]),
        ("Outpatients", "Good",
         ["The provider must ensure that patient records in outpatients are stored securely at all times. "
          "(Regulation 17(2)(c))"],
         ["The provider should ensure that chaperone availability is advertised in all consulting rooms."])]


def _fold_out(size: float) -> list[tuple]:
    service, rating, must, should, wide = 44.0, 199.0, 294.0, 739.0, 410.0
    lines = [("Summary of actions by core service", 40.0, 73.0, 16.0, True),
             ("Core service", service, 103.0, size, True), ("Rating", rating, 103.0, size, True),
             ("Action the hospital MUST take", must, 103.0, size, True),
             ("Action the hospital SHOULD take", should, 103.0, size, True)]
    base = 103.0 + 2.4 * size
    for name, grade, musts, shoulds in ROWS:
        lines += [(" ".join(words), service, base + k * 1.3 * size, size, True)
                  for k, words in enumerate(_wrapped(name, size, rating - service - 2 * size))]
        lines += [(" ".join(words), rating, base + k * 1.3 * size, size, False)
                  for k, words in enumerate(_wrapped(grade, size, must - rating - 2 * size))]
        ends = []
        for x, items in ((must, musts), (should, shoulds)):
            y = base
            for text in items:
                block, y = _item("•", text, x + 2.0, y, 0.95 * size, wide, 0.95 * size)
                lines += block
                y += 0.4 * size
            ends.append(y)
        base = max(ends + [base + 2.6 * size]) + 0.8 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_a_fold_out_table_with_a_rating_column_reads_each_wide_column_by_row(tmp_path, size):
    found = _found(_draw(tmp_path / "foldout.pdf", [(A3_LANDSCAPE, _fold_out(size))]))
    want = [(kind, name, text) for kind, k in (("must", 2), ("should", 3)) for name, *cells in ROWS for text in cells[k - 1]]
    assert sorted((kind, service, text) for kind, service, text, _ in found) == sorted(want)


# ---- lists as key question | action tables under each core service's heading

SERVICES = [("Urgent and emergency care",
             [("Safe", ["The trust must ensure that patients in the emergency department are triaged within 15 "
                        "minutes of arrival. (Regulation 12(2)(a))",
                        "The trust must ensure that there are enough registered nurses with children’s "
                        "competencies in the emergency department. (Regulation 18(1))"]),
              ("Well-led", ["The trust must ensure that risks on the departmental risk register are reviewed and "
                            "have up-to-date mitigating actions. (Regulation 17(2)(b))"])]),
            ("Maternity",
             [("Safe", ["The trust must ensure that emergency equipment on the delivery suite is checked daily. "
                        "(Regulation 12(2)(e))"]),
              ("Effective", ["The trust must ensure that guidelines on the maternity intranet are in date. "
                             "(Regulation 17(2)(a))"])])]


def _key_question_tables(size: float) -> list[tuple]:
    left, label, action, width = 57.0, 61.7, 169.5, 360.0
    lines = [("Areas for improvement", left, 75.0, 1.2 * size, True),
             ("Action the trust MUST take to improve", left, 75.0 + 2.5 * size, size, True)]
    base = 75.0 + 4.8 * size
    for service, rows in SERVICES:
        lines.append((service, left, base, 0.92 * size, True))
        base += 2.4 * size
        lines += [("Key question", label + 15, base, size, True), ("Action", action + 164, base, size, True)]
        base += 1.9 * size
        for question, items in rows:
            lines.append((question, label, base, size, True))
            for text in items:
                block, base = _item("•", text, action, base, size, width, size)
                lines += block
                base += 0.2 * size
            base += 0.9 * size
        base += 1.2 * size
    return lines


@pytest.mark.parametrize("size", [10.0, 12.0])
def test_key_question_rows_keep_the_core_service_over_their_table(tmp_path, size):
    found = _found(_draw(tmp_path / "trust.pdf", [(A4, _key_question_tables(size))]))
    want = [("must", service, text) for service, rows in SERVICES for _, items in rows for text in items]
    assert [(kind, service, text) for kind, service, text, _ in found] == want


# ---- an A5 booklet stored in saddle-stitch imposition order

CHAPTER = "Medical care (including older people’s care)"
SUMMARY = ("We rated medical care as requires improvement. Nurse staffing on the medical wards did not always "
           "meet planned levels at night, and risk assessments were not consistently completed.")
LISTED = ["Ensure that the ward dementia champion role is supported with protected time.",
          "Ensure that patients who move wards more than once during their stay are reviewed by a consultant."]


def _booklet_pages(size: float) -> dict[int, list[tuple]]:
    """Printed page -> its lines; every page but the covers numbered at its foot."""
    left = 36.0
    header = ("St Aldhelm’s Hospital Quality Report 16 March 2016", left, 22.0, 6.5, False)
    pages: dict[int, list[tuple]] = {
        1: [("Wessex Vale Hospitals NHS Foundation Trust", left, 120.0, 11.0, True),
            ("St Aldhelm’s Hospital", left, 136.0, 20.0, True), ("Quality Report", left, 164.0, 14.0, False)],
        8: [("How to get and use this report", left, 402.0, 9.0, True)]}
    for printed in range(2, 8):
        body, base = [], 60.0
        for _ in range(3):
            block, base = _item("", "We carried out an announced inspection of the hospital as part of our "
                                    f"comprehensive inspection programme (page {printed}).", left, base, size, 340.0, 0.0)
            body += block
            base += 0.6 * size
        pages[printed] = body
    block, _ = _item("", SUMMARY, left, 80.0, size, 340.0, 0.0)
    pages[5] = [(CHAPTER, left, 46.0, 1.5 * size, True), ("Summary of findings", left, 64.0, 1.1 * size, True)] + block
    lines, base = [("Outstanding practice and areas for improvement", left, 44.0, 1.1 * size, True),
                   ("Action the hospital SHOULD take to improve", left, 58.0, 1.05 * size, True)], 70.0
    for text in LISTED:
        block, base = _item("•", text, left + 2.3, base, size, 340.0, size)
        lines += block
    pages[6] = lines
    for printed in range(1, 9):
        pages[printed] = [header] + pages[printed]
        if printed not in (1, 8):
            pages[printed].append((str(printed), left if printed % 2 == 0 else 370.0, 567.0, 8.0, True))
    return pages


@pytest.mark.parametrize("size", [8.0, 9.0])
def test_a_booklet_in_imposition_order_is_read_in_printed_order(tmp_path, size):
    pages = _booklet_pages(size)
    imposed = [8, 1, 2, 7, 6, 3, 4, 5]
    path = _draw(tmp_path / "booklet.pdf", [(A5, pages[printed]) for printed in imposed])
    on = imposed.index(6) + 1  # the page of the file printed 6
    assert _found(path) == [("should", CHAPTER, text, on) for text in LISTED]
