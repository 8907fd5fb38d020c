"""Reading round 170: bands of columns told from the page, each drawn here with reportlab's canvas at three type
sizes, every place in the type's terms:

- a list's heading set across a gutter, its first part in the left column breaking off mid-phrase, its next part
  level in the middle column in the same bold type opening in lower case ("Action the location should take" |
  "to improve"): a band of its own opens there across the three columns (before, the two bands were read as one
  stretch, column by column, so the must item took "to improve" and the should item was cut at the first column's
  foot: read.py `_heading_across`); the third column's first line, set a little higher than the heading, is the
  band's too (`_raised_beside`); two cards' wrapped titles side by side, "Kindness, compassion and" / "dignity"
  beside "Workforce wellbeing and" / "enablement", open no band, a wrapped title's line being no heading's next
  part: pinned as seed 141016 in tests/test_random_layouts.py, which fails without that clause);
- a side panel in smaller type beside a main column of bullets that ends first: the panel's next item, under the
  main column's end, is still the panel's (before, it was read after the main column, so the should item was cut
  from its heading: gutters.py `Gutter._in_left_type`);
- a narrow justified column whose two-word lines stretch one space wide, three of them over one another, the last
  words "its" and "so" starting level by chance: those spaces make no gutter (before, each last word was read as a
  column of its own and the item was cut into pieces: gutters.py `Gutter._last_words_only`);
- a card's last line "Regulations 2014." low on two pages, right under "(Regulated Activities)": text going on a
  sentence, not a running footer, though its words recur in place (before, a bracket closing the line above was
  taken for a sentence's end: furniture.py `_ends_sentence`);
- a running header a little larger than the narrative, naming each page's chapter ("Medical care", "Our findings:
  actions the service should take", "Requirement notices") at one place and style atop three pages, each well clear
  of the text: furniture, though its words are a heading's (before, it was read as a heading: the must list on the
  page before ended there, its last item's citation at the next page's top and the next item were lost:
  furniture.py `_in_place`);
- a citation broken over a column's lines, "(Reg" / "18)", its "18)" alone in its column: no list number (before, the
  row held no text on the left, so the next item, opening at the left column's foot and going on at the right
  column's top, was taken for text under both columns and read after them: read.py `_words`, `ITEM_TEXT_EM`).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape, letter  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

SIZES = [8.0, 10.0, 12.0]


def _text(canvas: Canvas, x: float, top: float, text: str, font: str, size: float, height: float) -> None:
    """Draw `text` with its line's top `top` points below the page's top."""
    canvas.setFont(font, size)
    canvas.drawString(x, height - top - 0.8 * size, text)


def _bands_report(path, size: float) -> None:
    width, height = landscape(letter)
    canvas = Canvas(str(path), pagesize=(width, height))
    margin, gap, lead = 4 * size, 1.6 * size, 1.4 * size
    column = (width - 2 * margin - 2 * gap) / 3
    x = [margin + k * (column + gap) for k in range(3)]
    big, mid, small = 1.47 * size, 1.21 * size, 0.88 * size
    _text(canvas, margin, 4 * size, "Medical care", "Helvetica-Bold", 2 * size, height)
    top = 9 * size
    _text(canvas, x[0], top, "Action the location must", "Helvetica-Bold", big, height)
    _text(canvas, x[1], top, "take to improve", "Helvetica-Bold", big, height)
    _text(canvas, x[1] + 0.4 * size, top + 2.6 * size, "\u00bb", "Helvetica", size, height)
    _text(canvas, x[1] + 2.2 * size, top + 2.6 * size, "The location must ensure that", "Helvetica", size, height)
    _text(canvas, x[1] + 2.2 * size, top + 2.6 * size + lead, "infection prevention and control", "Helvetica",
          size, height)
    _text(canvas, x[2], top - 0.1 * size, "procedures are followed in the", "Helvetica", size, height)
    _text(canvas, x[2], top - 0.1 * size + lead, "community teams.", "Helvetica", size, height)
    top += 2.6 * size + 2 * lead + 0.2 * size
    _text(canvas, x[0], top, "Action the location should take", "Helvetica-Bold", mid, height)
    _text(canvas, x[1], top, "to improve", "Helvetica-Bold", mid, height)
    _text(canvas, x[1] + 0.4 * size, top + 2.3 * size, "\u2022", "Helvetica", small, height)
    _text(canvas, x[1] + 2.2 * size, top + 2.3 * size, "The location should review how it", "Helvetica", small, height)
    _text(canvas, x[2], top, "supports staff wellbeing after", "Helvetica", small, height)
    _text(canvas, x[2], top + 1.4 * small, "serious incidents, in line with", "Helvetica", small, height)
    _text(canvas, x[2], top + 2.8 * small, "the trust policy.", "Helvetica", small, height)
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_heading_across_a_gutter_opens_a_band_of_its_own(tmp_path, size):
    path = tmp_path / "report.pdf"
    _bands_report(path, size)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [
        ("must", "The location must ensure that infection prevention and control procedures are followed in the "
                 "community teams."),
        ("should", "The location should review how it supports staff wellbeing after serious incidents, in line with "
                   "the trust policy."),
    ]


def _panel_report(path, size: float) -> None:
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    margin, lead = 5 * size, 1.4 * size
    small = 0.87 * size
    panel, gap = 20 * size, 3 * size
    right = margin + panel + gap
    _text(canvas, margin, 4 * size, "Our key findings were:", "Helvetica-Bold", 1.2 * size, height)
    top = 8 * size
    y = top
    hang = 2.4 * small
    heading_foot = last = top
    blocks = [("ACTION THE LOCATION MUST", [["The service must ensure that forms", "are completed in full."],
                                           ["The location must ensure that", "appointments are booked."]]),
              ("ACTION THE LOCATION SHOULD", [["The location should review", "its policies."]])]
    for heading, items in blocks:
        _text(canvas, margin, y, heading, "Helvetica-Bold", small, height)
        _text(canvas, margin, y + 1.4 * small, "TO IMPROVE", "Helvetica-Bold", small, height)
        heading_foot, last = y + 2.4 * small, y + 1.4 * small
        y = last + small + 1.3 * size  # a box's padding under the heading: more than an em of either type
        for item in items:
            _text(canvas, margin + 0.4 * small, y, "\u2022", "Helvetica", small, height)
            for text in item:
                _text(canvas, margin + hang, y, text, "Helvetica", small, height)
                y += 1.4 * small
            y += 0.4 * small
    findings = [("Leaders agreed that the service must", "improve its waiting times."),
                ("Staff told us they should have more", "time to complete training."),
                ("Interpreting services were there", "by telephone when booked.")]
    last += 0.8 * (small - size)  # the main column's last line on the should heading's last baseline
    k = 0
    while last > top - 0.9 * size:  # items of two lines, from the foot up, the first set a little higher
        first, second = findings[k % 3]
        _text(canvas, right, last - lead, "\u2022", "Helvetica", size, height)
        _text(canvas, right + 1.2 * size, last - lead, first, "Helvetica", size, height)
        _text(canvas, right + 1.2 * size, last, second, "Helvetica", size, height)
        last -= 2 * lead + 0.35 * size
        k += 1
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_side_panel_in_its_own_type_goes_on_under_the_main_column(tmp_path, size):
    path = tmp_path / "panel.pdf"
    _panel_report(path, size)
    lines = [line.text for page in start_read(path, sha256="0")().pages for line in page.lines]
    should = lines.index("ACTION THE LOCATION SHOULD")
    assert lines[should:should + 4] == ["ACTION THE LOCATION SHOULD", "TO IMPROVE", "• The location should review",
                                        "its policies."]
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [("must", "The service must ensure that forms are completed in full."),
                   ("must", "The location must ensure that appointments are booked."),
                   ("should", "The location should review its policies.")]


def _justified(canvas: Canvas, x: float, top: float, words: list[str], measure: float, size: float,
               height: float) -> None:
    """One line of `words` spread to fill `measure`."""
    widths = [stringWidth(word, "Helvetica", size) for word in words]
    space = (measure - sum(widths)) / max(len(words) - 1, 1)
    for word, wide in zip(words, widths):
        _text(canvas, x, top, word, "Helvetica", size, height)
        x += wide + space


def _justified_report(path, size: float) -> None:
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    margin, gap, lead = 5 * size, 2.5 * size, 1.4 * size
    measure = 10.5 * size
    right = width - margin - measure
    _text(canvas, margin, 4 * size, "Action the service MUST take to improve", "Helvetica-Bold", 1.2 * size, height)
    top = 7 * size
    left = ["Staff understood how to recognise and report abuse.", "Morale had improved since the appointment.",
            "People were supported to be as independent", "as possible. The home was clean and staff",
            "followed infection prevention practices.", "Care plans were reviewed when needed.",
            "Relatives said they felt welcome.", "Leaders were visible and approachable."]
    for n, text in enumerate(left):
        _text(canvas, margin, top + n * lead, text, "Helvetica", size, height)
    lines = [["clinical", "supervision."], ["The", "service", "must"], ["improve", "its"], ["governance"],
             ["arrangements", "so"], ["that", "risks", "at", "night"], ["and", "at", "weekends", "are"],
             ["identified", "and", "acted", "on."]]
    _text(canvas, right - 1.2 * size, top + lead, "\u2022", "Helvetica", size, height)
    for n, words in enumerate(lines):
        if words == ["governance"]:
            _text(canvas, right, top + n * lead, words[0], "Helvetica", size, height)
        else:
            _justified(canvas, right, top + n * lead, words, measure, size, height)
    assert right - (margin + stringWidth(left[0], "Helvetica", size)) > gap - 1
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_justified_column_s_last_words_alone_make_no_gutter(tmp_path, size):
    path = tmp_path / "justified.pdf"
    _justified_report(path, size)
    lines = [line.text for page in start_read(path, sha256="0")().pages for line in page.lines]
    assert "• The service must" in lines and "improve its" in lines and "arrangements so" in lines


def _footers_report(path, size: float) -> None:
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    margin, lead = 6 * size, 1.4 * size
    cards = [["Staff had not completed the training they", "needed. This was a breach of regulation 13",
              "(Safeguarding service users from abuse and", "improper treatment) of the Health and Social",
              "Care Act 2008 (Regulated Activities)", "Regulations 2014."],
             ["Care plans were not reviewed when needs", "changed. The provider was in breach of",
              "regulation 9 (Person-centred care) of the", "Health and Social Care Act 2008",
              "(Regulated Activities)", "Regulations 2014."]]
    words = ["People told us they felt safe and that staff knew them well.",
             "The home was clean and staff followed infection prevention practices.",
             "Leaders were visible and staff said they were approachable."]
    for page, card in enumerate(cards):
        top = height - 5 * size - len(card) * lead
        y = 0.12 * height  # under the top margin's band: no line of it a running header
        while y < top - 2 * lead:
            _text(canvas, margin, y, words[(page + int(y / lead)) % 3], "Helvetica", size, height)
            y += lead
        for n, text in enumerate(card):
            _text(canvas, margin + page * 2 * size, top + n * lead, text, "Helvetica", size, height)
        _text(canvas, margin, height - 2.5 * size, f"{page + 1} Kingsbridge Healthcare Quality Report 04/07/2018",
              "Helvetica", 0.75 * size, height)
        canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_line_going_on_a_sentence_after_a_closing_bracket_is_no_footer(tmp_path, size):
    path = tmp_path / "footers.pdf"
    _footers_report(path, size)
    doc = mark_furniture(start_read(path, sha256="0")())
    layers = {(page.number, line.text): line.layer for page in doc.pages for line in page.lines}
    assert layers[(1, "Regulations 2014.")] == layers[(2, "Regulations 2014.")] == "body"
    assert layers[(1, "1 Kingsbridge Healthcare Quality Report 04/07/2018")] == "furniture"


def _headed_pages_report(path, size: float) -> None:
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    margin, lead, hang = 6 * size, 1.4 * size, 2 * size
    head = 1.07 * size  # the running header a little larger than the narrative's type
    narrative = 0.94 * size
    pages = [("Medical care", ["Staff were caring and compassionate and treated patients with dignity.",
                               "Leaders were visible and staff said they were approachable."]),
             ("Our findings: actions the service should take", []),
             ("Requirement notices", ["Action we have told the provider to take is set out below.",
                                      "The provider must send us a report of what it will do."])]
    for number, (header, text) in enumerate(pages):
        _text(canvas, margin, 3.5 * size, header, "Helvetica", head, height)
        y = 9 * size
        for line in text * 6:
            _text(canvas, margin, y, line, "Helvetica", narrative, height)
            y += lead
        if number == 0:
            _text(canvas, margin, y + lead, "The service must:", "Helvetica-Bold", size, height)
            y += 3 * lead
            for item in [["The service must ensure that incidents are reported and investigated."],
                         ["The service must ensure that medicines are stored securely and at the",
                          "right temperatures in the theatres (HBN 00-09)."]]:
                _text(canvas, margin, y, "\u2022", "Helvetica", size, height)
                for line in item:
                    _text(canvas, margin + hang, y, line, "Helvetica", size, height)
                    y += lead
        if number == 1:
            y = 9 * size
            _text(canvas, margin + hang, y, "(Regulation 18(1))", "Helvetica", size, height)
            _text(canvas, margin, y + 1.5 * lead, "\u2022", "Helvetica", size, height)
            _text(canvas, margin + hang, y + 1.5 * lead, "The service must make sure that staff receive an annual",
                  "Helvetica", size, height)
            _text(canvas, margin + hang, y + 2.5 * lead, "appraisal.", "Helvetica", size, height)
        canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_running_header_naming_each_page_s_chapter_is_furniture_whatever_its_words(tmp_path, size):
    path = tmp_path / "headed.pdf"
    _headed_pages_report(path, size)
    doc = mark_furniture(start_read(path, sha256="0")())
    tops = [min(page.lines, key=lambda line: line.top) for page in doc.pages]
    assert [line.layer for line in tops] == ["furniture"] * 3
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [("must", "The service must ensure that incidents are reported and investigated."),
                   ("must", "The service must ensure that medicines are stored securely and at the right temperatures "
                            "in the theatres (HBN 00-09). (Regulation 18(1))"),
                   ("must", "The service must make sure that staff receive an annual appraisal.")]


def _bracket_report(path, size: float) -> None:
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    margin, gap, lead, hang = 4 * size, 3 * size, 1.38 * size, 2.4 * size
    column = (width - 2 * margin - gap) / 2
    right = margin + column + gap
    _text(canvas, margin, 3 * size, "Action the service MUST take to improve", "Helvetica-Bold", 1.6 * size, height)
    y = 7 * size
    left = [("a)", "The service must make sure that staff"), ("", "receive an annual appraisal and regular"),
            ("", "clinical supervision, including that:")]
    for mark, text in left:
        if mark:
            _text(canvas, margin, y, mark, "Helvetica", size, height)
        _text(canvas, margin + hang, y, text, "Helvetica", size, height)
        y += lead
    for text in ["\u25e6  staff have access to up-to-date", "    policies;", "\u25e6  resuscitation trolleys are",
                 "    sealed and checked. (Reg", "    18)"]:
        _text(canvas, margin + hang + 1.2 * size, y, text.strip() if not text.startswith("\u25e6") else text,
              "Helvetica", size, height)
        y += lead
    y += 0.5 * size
    _text(canvas, margin, y, "b)", "Helvetica", size, height)
    _text(canvas, margin + hang, y, "The service must ensure that the", "Helvetica", size, height)
    y = 7 * size
    for text in ["environment across both hospital sites", "is safe and suitable for the patients who",
                 "use it, in accordance with the trust", "policy, including that:", "◦  fire doors are kept closed;",
                 "◦  the lounge is kept open;", "◦  corridors are kept clear.", "(Regulation 17(1))"]:
        _text(canvas, right + hang, y, text, "Helvetica", size, height)
        y += lead
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_citation_s_number_alone_in_its_column_is_no_list_number(tmp_path, size):
    path = tmp_path / "bracket.pdf"
    _bracket_report(path, size)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [("must", "The service must make sure that staff receive an annual appraisal and regular clinical "
                            "supervision, including that:\nstaff have access to up-to-date policies;\nresuscitation "
                            "trolleys are sealed and checked. (Reg 18)"),
                   ("must", "The service must ensure that the environment across both hospital sites is safe and "
                            "suitable for the patients who use it, in accordance with the trust policy, including "
                            "that:\nfire doors are kept closed;\nthe lounge is kept open;\ncorridors are kept clear. "
                            "(Regulation 17(1))")]

