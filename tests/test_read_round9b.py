"""Reading round nine b (issue 10, outside batch AR as a development set), on small PDFs drawn here
with reportlab and fpdf2 at several type sizes and read back whole:

- a Word table's lettered sub-items set without a hanging indent: "a) have completed the …" wraps
  back to the letter's x ("assessment;"), on its page and at the next page's top (before, that
  line ended the item and the list, and the table's later rows were lost);
- a table's reference cells ("MD2") set well left of their rows' text (a wide Ref column, or the
  same table in smaller type): each is its row's marker (before, only the first row was read);
- a numbered table: each row's number a cell of its own ("2" beside "The provider must …"), the
  row's sub-bullets set at its text's x, a row broken over a page, whose numbers "2" and "3" sit
  on pages 2 and 3 (before, each sub-bullet was an item of its own and the rows after the break
  were lost: the numbers read as page numbers, a plain paragraph after bullets closed the list);
- a citation wrapped before its bracketed paragraph ("(Regulation 12" / "(2) (a) (b))"): the
  bracket goes on the citation, it is no list number;
- a chapter titled by location and service ("Calder Royal Infirmary – Surgery"): its lists are
  that service's.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, HEIGHT, _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

from cqcplan.pipeline import structure_patterns as sp  # noqa: E402

REF = 56.0
MD1 = ("The trust must ensure that the board receives timely", "information about waiting lists in all services.",
       "(Regulation 17(2)(a))")
MD2 = ("The trust must ensure that staff who administer", "insulin in patients' homes:")
MD2_SUBS = (("have completed the trust's insulin competency", "assessment;"),
            ("record blood glucose readings and doses in", "the electronic record at the time of the visit.",
             "(Regulations 12 and 18)"))
MD3 = ("The trust must ensure that health visitors complete", "safeguarding supervision every three months.",
       "(Reg 13)")


def _ref_table(size: float, break_after: int | None = None, ref_em: float = 4.5) -> list[list[tuple]]:
    """"Ref | Action" rows; MD2's lettered sub-items have their letter at one x, their text a tab
    further right, and wrap back to the letter's x. `break_after`: the page breaks after that many
    of the sub-items' lines. `ref_em`: the ref column's width (its cell a list number's room, or
    wider: the same table in smaller type)."""
    lead, action = 1.15 * size, REF + ref_em * size
    sub_x = action + 1.4 * size
    pages: list[list[tuple]] = [[("Action the trust MUST take to improve", REF, 80.0, 1.2 * size, True),
                                 ("Ref", REF, 80.0 + 2 * size, size, False), ("Action", action, 80.0 + 2 * size, size, False)]]
    top = 80.0 + 3.6 * size

    def row(ref: str, lines: tuple) -> None:
        nonlocal top
        pages[-1].append((ref, REF, top, size, False))
        for words in lines:
            pages[-1].append((words, action, top, size, False))
            top += lead
        top += 0.4 * size

    row("MD1", MD1)
    row("MD2", MD2)
    drawn = 0
    for letter, lines in zip("ab", MD2_SUBS):
        for k, words in enumerate(lines):
            if drawn == break_after:
                pages.append([])
                top = 60.0
            if k == 0:
                pages[-1] += [(f"{letter})", sub_x, top, size, False), (words, sub_x + 1.4 * size, top, size, False)]
            else:
                pages[-1].append((words, sub_x, top, size, False))
            top += lead
            drawn += 1
        top += 0.3 * size
    top += 0.1 * size
    row("MD3", MD3)
    pages[-1].append(("Action we have taken", REF, top + 2 * size, 1.2 * size, True))
    return pages


def _md2() -> str:
    return "\n".join([" ".join(MD2)] + [" ".join(lines) for lines in MD2_SUBS])


@pytest.mark.parametrize("size,ref_em", [(7.0, 4.5), (9.0, 4.5), (11.0, 4.5), (8.0, 7.0)])
def test_a_lettered_sub_item_wrapping_back_to_its_letter_stays_in_its_row(tmp_path, size, ref_em):
    _, found = _findings(_pages(tmp_path / "report.pdf", _ref_table(size, ref_em=ref_em)))
    assert [f.text for f in found] == [" ".join(MD1), _md2(), " ".join(MD3)]


@pytest.mark.parametrize("size,break_after,ref_em", [(8.0, 3, 4.5), (10.0, 4, 4.5), (7.0, 3, 8.0)])
def test_a_lettered_sub_item_goes_on_at_its_letter_over_a_page_break(tmp_path, size, break_after, ref_em):
    _, found = _findings(_pages(tmp_path / "report.pdf", _ref_table(size, break_after, ref_em)))
    assert [(f.page, f.text) for f in found] == [(1, " ".join(MD1)), (1, _md2()), (2, " ".join(MD3))]


NUMBERED = [
    ("The provider must ensure that ligature risk assessments are reviewed at least annually. (Regulation 12)",),
    ("The provider must ensure that blanket restrictions on Larch and Rowan wards are reviewed, including:",
     "• the locking of bedroom corridors during the day;", "• routine searches of patients returning from leave;",
     "• restricted access to the garden after 6pm. (Regulation 17)"),
    ("The provider must ensure that seclusion records are complete and that seclusion is ended at the",
     "earliest opportunity. (Regulation 12)"),
    ("The provider must ensure that clinic room temperatures are monitored daily. (Regulation 12)",),
]


def _numbered_table(size: float) -> list[list[tuple]]:
    """A cover page, then the list: each row's number alone in a narrow cell, the row's text and its
    bullets (their text a little further right) in the next; row 2 breaks after its second bullet
    onto page 3, where row 3's number is "3"; "n/3" at each page's foot."""
    num, text, lead = 64.0, 64.0 + 1.8 * size, 1.25 * size
    pages = [[("Quality Report", 56.0, 80.0, 2 * size, True)],
             [("Action the provider MUST take to improve", 56.0, 80.0, 1.1 * size, True),
              ("The provider must take the following actions to meet its legal obligations:", 56.0, 80.0 + 1.8 * size,
               size, False)]]
    top = 80.0 + 4.0 * size
    for n, row in enumerate(NUMBERED, start=1):
        pages[-1].append((str(n), num, top, size, False))
        for k, words in enumerate(row):
            if n == 2 and k == 3:
                pages.append([])
                top = 50.0
            pages[-1].append((words, text, top, size, False))
            top += lead
        top += 0.8 * size
    pages[-1].append(("Action we have taken", 56.0, top + size, 1.1 * size, True))
    for k, page in enumerate(pages, start=1):
        page.append((f"{k}/{len(pages)}", 540.0, HEIGHT - 30.0, 8.0, False))
    return pages


def _fpdf_pages(path, pages: list[list[tuple]]):
    """Each page's lines (text, x, top, size, bold) drawn with fpdf2 in DejaVu Sans."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt", format=(595.0, HEIGHT))
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    for lines in pages:
        pdf.add_page()
        for words, x, top, size, bold in lines:
            pdf.set_font("DejaVu", "B" if bold else "", size)
            pdf.text(x, top + size, words)
    pdf.output(str(path))
    return path


def _numbered_texts() -> list[str]:
    return ["\n".join([row[0]] + [words.removeprefix("• ") for words in row[1:]]) if row[1:2] and row[1].startswith("•")
            else " ".join(row) for row in NUMBERED]


@pytest.mark.parametrize("writer,size", [(_pages, 6.8), (_pages, 9.0), (_fpdf_pages, 8.0)])
def test_a_numbered_tables_row_numbers_are_its_list_numbers(tmp_path, writer, size):
    _, found = _findings(writer(tmp_path / "report.pdf", _numbered_table(size)))
    assert [(f.page, f.text) for f in found] == list(zip([2, 2, 3, 3], _numbered_texts()))


def test_numbers_beside_text_that_do_not_count_on_are_no_list_numbers(tmp_path):
    """Figures in a table's first column ("12" beside "beds on Larch ward") are read as printed."""
    rows = [("12", "beds on Larch ward"), ("30", "beds on Rowan ward"), ("8", "beds on the unit"), ("25", "beds in total")]
    lines = [("Wards", 56.0, 80.0, 9.0, True)]
    for k, (number, words) in enumerate(rows):
        lines += [(number, 64.0, 100.0 + 14 * k, 9.0, False), (words, 90.0, 100.0 + 14 * k, 9.0, False)]
    doc, _ = _findings(_pages(tmp_path / "report.pdf", [lines]))
    body = [line.text for line in doc.pages[0].lines if line.layer == "body"]
    assert " ".join(body) == " ".join(["Wards"] + [f"{number} {words}" for number, words in rows])


CITED = ("The provider must ensure that physical health observations are recorded after rapid",
         "tranquillisation, in line with NICE guidance NG10. (Regulation 12",
         "(2) (a) (b))")


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_bracketed_paragraph_opening_a_line_goes_on_its_open_citation(tmp_path, size):
    lines = [("Action the provider MUST take to improve", 56.0, 80.0, 1.2 * size, True)]
    top = 80.0 + 2 * size
    for k, words in enumerate(CITED):
        lines.append(("1. " + words if k == 0 else words, 64.0 if k == 0 else 64.0 + 1.2 * size, top, size, False))
        top += 1.2 * size
    lines.append(("2. The provider must ensure that clinic room temperatures are monitored daily.", 64.0, top, size, False))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [f.text for f in found] == [" ".join(CITED), "The provider must ensure that clinic room temperatures "
                                                         "are monitored daily."]
    assert found[0].regulations and found[0].regulations[0].paragraphs


def test_a_location_and_a_core_service_across_a_dash_name_that_service():
    assert sp.service_name("Calder Royal Infirmary – Surgery") == "Surgery"
    assert sp.service_name("Eastmere General Hospital - Urgent and emergency care") == "Urgent and emergency care"
    assert sp.service_name("Surgery – Calder Royal Infirmary") == "Surgery"
    assert sp.service_name("Areas for improvement – what the trust must and should do") is None
    assert sp.service_name("We inspected two core services – Outpatients") is None  # a sentence, no place's name
    assert sp.service_name("Calder Royal Infirmary") is None


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_chapter_titled_by_location_and_service_gives_its_lists_that_service(tmp_path, size):
    lines = [("Calder Royal Infirmary – Surgery", 56.0, 60.0, 1.6 * size, True),
             ("Areas for improvement", 56.0, 60.0 + 3 * size, 1.2 * size, True),
             ("Action the trust SHOULD take to improve", 56.0, 60.0 + 5 * size, size, True),
             ("• The trust should monitor referral-to-treatment times in trauma and orthopaedics.", 64.0,
              60.0 + 7 * size, size, False)]
    cover = [("Eastmere and Calder Hospitals NHS Foundation Trust", 56.0, 80.0, 2 * size, True),
             ("Inspection report", 56.0, 80.0 + 3 * size, 1.4 * size, False)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [cover, lines]))
    assert [(f.service, f.text) for f in found] == [
        ("Surgery", "The trust should monitor referral-to-treatment times in trauma and orthopaedics.")]


def _line(text: str, x0: float, x1: float, top: float = 100.0, size: float = 9.0):
    from cqcplan.models.document import Line

    return Line(text=text, page=1, x0=x0, text_x0=x0, x1=x1, top=top, bottom=top + size, size=size, column_left=x0)


def test_only_a_cell_holding_a_marker_alone_joins_its_rows_text():
    """"MD2" alone joins the row's text; a bulleted line with more words beside the next column's
    line on its row does not (a random layout's two columns read across one row)."""
    from cqcplan.pipeline.row_markers import markers_joined

    ref = markers_joined([_line("MD2", 56.0, 76.0), _line("The trust must ensure that staff", 120.0, 300.0)])
    assert [(line.text, line.x0, line.text_x0) for line in ref] == [("MD2 The trust must ensure that staff", 56.0, 120.0)]
    bulleted = [_line("■ Improve the completion of the day-", 60.0, 266.0), _line("across teams.", 311.0, 379.0)]
    assert markers_joined(bulleted) == bulleted
