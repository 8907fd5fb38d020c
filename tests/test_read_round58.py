"""Reading round fifty-eight, sets DZ and EA as development sets; each page is drawn here line by
line, at several type sizes:

- a word processor's table of Core service | Ref | Action, the service cell merged down its rows
  and its name set at the cell's top, in very tight cell leading: the type's box reaches a little
  over the rule above its row, and the lines of a cell overlap, so no gap parts the cells. Before,
  the rule over a service's name was not taken for its cell's top (it lies inside the name's box):
  the name was read before the rows of the service above it. And the service column's last two
  names were read together before their rows, the last service taking the rows of the one before;
- the table broken over a page break under its header row repeated, whose "Ref" and "Action"
  cells are read as one line there (the gutter between them is found beside one row only): it is
  the header row all the same, and the item under it keeps the service whose cell the break cut.

- a draft's large rotated "DRAFT" watermark drawn before the text leads PDFium to take the page for
  columns of vertical text: a line-end hyphen Typst draws in a text object of its own (hung into the
  margin) then comes after a line break PDFium made up ("com" / "-" / "pleted", or its mark for a
  soft hyphen). Before, that break was a word space: "com - pleted".

- a core service chapter headed in small caps ("EMERGENCY AND URGENT CARE": its capitals larger than
  "Outstanding practice and areas for improvement" under it, its small capitals smaller) is read in
  its capitals' size: before, the part's larger heading closed the chapter, and its list lost the
  chapter's service.

- a should list run on from the left column's foot to the right column's top goes on there at its own
  pace, its next item a little above a group heading of the must list in the left column (set level
  with it): the columns go on, and no new block of columns begins there, so the left column is read
  whole before the right one. Before, the rows from there down were read as a block of their own, so
  the right column's items above it were read before the rest of the must list and its should
  heading, and taken for musts.

Each test fails without its change: merged_cells.py (a rule within a slack of the name's box is its
cell's top or foot; a name read before rows of the cell above it moves down to its own first row),
header_rows.py's `_same_row` (neighbouring cells read as one), glyphs.py's
`_guessed_before_line_end_hyphen` (a made-up line break before a line-end hyphen), small_caps.py, gutters.py's `_paced`.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402

from reading import read_findings  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
HEIGHT = 842.0
LEFT, REF, ACTION, RIGHT = 51.0, 170.0, 204.0, 539.0
SHOULD = "Action the trust SHOULD take to improve"
ROWS = [("Emergency and urgent care", ["The trust should ensure that staff receive an annual appraisal.",
                                       "The trust should consider how it can reduce handover delays at acute "
                                       "hospitals, working with commissioners and local trusts.",
                                       "The trust should ensure that staff are aware of the Duty of Candour and "
                                       "when it applies."]),
        ("Emergency operations centre (EOC)", ["The trust should ensure that audits of call handling are completed "
                                               "and that learning is shared with staff.",
                                               "The trust should review the environment of the emergency operations "
                                               "centre to reduce noise and improve staff welfare."]),
        ("Patient transport services", ["The trust should ensure that eligibility criteria for patient transport "
                                        "are applied consistently.",
                                        "The trust should ensure that vehicle checks are completed and recorded at "
                                        "the start of every shift."]),
        ("Resilience", ["The trust should ensure that all hazardous area response team staff have completed their "
                        "required training hours.",
                        "The trust should review its business continuity plans for the loss of the dispatch system."])]


def _draw(path: Path, pages: list[tuple[list[tuple], list[float]]]) -> Path:
    """Each page's lines (text, x, baseline, size, bold) in DejaVu Sans and its rules (heights)
    drawn across the table."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    for lines, rules in pages:
        for text, x, base, size, bold in lines:
            page.setFont("DejaVu-Bold" if bold else "DejaVu", size)
            page.drawString(x, HEIGHT - base, text)
        page.setLineWidth(0.5)
        for y, x0 in rules:
            page.line(x0, HEIGHT - y, RIGHT, HEIGHT - y)
        page.showPage()
    page.save()
    return path


def _header(base: float, size: float) -> list[tuple]:
    return [("Core service", LEFT + 0.6 * size, base, size, True), ("Ref", REF, base, size, True),
            ("Action", ACTION, base, size, True)]


def _table(size: float, cut: int) -> list[tuple[list[tuple], list[float]]]:
    """The should table in tight leading (an em within a cell, as tall as the type's box, whose top
    stands just over the rule above its row), cut before its `cut`-th row, which goes on at the next
    page's top under the header row repeated, its service cell empty."""
    lead, pad = 1.0 * size, 0.74 * size  # a row's first baseline this far under its rule
    lines = [(SHOULD, LEFT, 300.0, 1.1 * size, True)] + _header(300.0 + 2 * size, size)
    y = 300.0 + 2.3 * size
    rules, pages, n = [(y, LEFT - 5)], [], 0
    for service, items in ROWS:
        names = _wrapped(service, size, REF - LEFT - 3 * size)
        for k, item in enumerate(items):
            n += 1
            if n == cut:
                pages.append((lines, rules))
                lines, rules = _header(60.0, size), [(50.0, LEFT - 5), (60.0 + 0.3 * size, LEFT - 5)]
                y = 60.0 + 0.3 * size
            base = y + pad
            if k == 0:
                lines += [(" ".join(words), LEFT + 0.6 * size, base + j * lead, size, True) for j, words in enumerate(names)]
            lines.append((f"S{n}", REF, base, size, True))
            wrapped = _wrapped(item, size, RIGHT - ACTION - size)
            lines += [(" ".join(words), ACTION, base + j * lead, size, False) for j, words in enumerate(wrapped)]
            low = base + (len(wrapped) - 1) * lead + (len(names) - 1) * lead * (k == 0 and len(items) == 1)
            y = low + 0.3 * size
            last = k == len(items) - 1
            rules.append((y, LEFT - 5 if last else REF - 5))
    pages.append((lines, rules))
    return pages


def _services(path: Path) -> list[tuple]:
    found = read_findings(path)
    return [(f.kind, f.service, f.text) for f in found]


def _want() -> list[tuple]:
    return [("should", service, item) for service, items in ROWS for item in items]


@pytest.mark.parametrize("size", [8.5, 9.5, 11.0])
def test_a_tightly_led_table_s_merged_service_cells_name_their_own_rows(tmp_path, size):
    assert _services(_draw(tmp_path / "trust.pdf", _table(size, cut=0))) == _want()


@pytest.mark.parametrize("size", [8.5, 9.5, 11.0])
def test_a_header_row_repeated_with_two_cells_read_as_one_keeps_the_cut_service(tmp_path, size):
    assert _services(_draw(tmp_path / "trust.pdf", _table(size, cut=9))) == _want()


ITEM = ["The trust must ensure that sepsis screening and the administration of antibiotics are com",
        "pleted and recorded within the timescales set out in national guidance. (Regulation 12(2)(b))"]


def _hyphen_apart(path: Path, size: float, soft: bool) -> Path:
    """A draft watermark drawn first, a running header and footer, and a must item whose first line
    ends with a hyphen drawn in a text object of its own, a little apart (a soft hyphen: marked
    with its actual text, as Typst marks it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    page.saveState()
    page.setFillGray(0.85)
    page.setFont("DejaVu-Bold", 88)
    page.translate(160, 250)
    page.rotate(52)
    page.drawString(0, 0, "DRAFT")
    page.restoreState()
    page.setFont("DejaVu", 8)
    page.drawString(LEFT, HEIGHT - 45, "Kingsmere and District Hospitals NHS Trust Inspection report")
    page.drawString(LEFT, HEIGHT - 805, "Factual accuracy check: not for publication")
    page.setFont("DejaVu-Bold", 1.1 * size)
    page.drawString(LEFT, HEIGHT - 300, "Action the trust MUST take to improve")
    base = 300 + 2 * size
    page.setFont("DejaVu", size)
    page.drawString(LEFT, HEIGHT - base, "•")
    page.drawString(LEFT + size, HEIGHT - base, ITEM[0])
    hyphen = page.beginText(LEFT + size + pdfmetrics.stringWidth(ITEM[0], "DejaVu", size) + 0.08 * size, HEIGHT - base)
    hyphen.setFont("DejaVu", size)
    if soft:
        hyphen._code.append("/Span <</ActualText <FEFF00AD>>> BDC")
    hyphen.textOut("-")
    if soft:
        hyphen._code.append("EMC")
    page.drawText(hyphen)
    page.drawString(LEFT + size, HEIGHT - base - 1.2 * size, ITEM[1])
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("soft", [False, True])
@pytest.mark.parametrize("size", [8.5, 9.4, 11.0])
def test_a_line_end_hyphen_drawn_apart_under_a_watermark_ends_its_word(tmp_path, size, soft):
    path = _hyphen_apart(tmp_path / "draft.pdf", size, soft)
    lines = [line.text for line in start_read(path, sha256="-")().body_lines()]
    assert any(text.endswith("are com-") for text in lines), lines
    assert [text for _, _, text in _services(path)] == [ITEM[0] + ITEM[1]]


LETTER = "The trust should ensure that all staff receive an annual appraisal."
SERVICE_ITEMS = ["The trust should review the deep cleaning schedule for vehicles so that each vehicle is deep "
                 "cleaned at least every eight weeks.",
                 "The service should consider how it can improve the handover of patients at acute hospitals so that "
                 "crews are released within 15 minutes."]


def _small_caps(page, text: str, x: float, base: float, size: float) -> None:
    """The text's capitals in `size`, its lower case in small capitals (0.8 of it), bold."""
    from reportlab.pdfbase import pdfmetrics

    for word in text.split():
        for letter in word:
            own = size if letter.isupper() else 0.8 * size
            page.setFont("DejaVu-Bold", own)
            page.drawString(x, HEIGHT - base, letter.upper())
            x += pdfmetrics.stringWidth(letter.upper(), "DejaVu-Bold", own)
        x += pdfmetrics.stringWidth(" ", "DejaVu-Bold", size)


def _chapter(path: Path, size: float) -> Path:
    """A cover, a letter with a should list, then a core service chapter headed in small caps (its capitals larger than the part's
    heading under it, its small capitals smaller), "Outstanding practice and areas for improvement" and
    its should list."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    page.setFont("DejaVu-Bold", 1.6 * size)
    page.drawString(LEFT, HEIGHT - 80, "South Midshire Ambulance Service NHS Foundation Trust")
    page.setFont("DejaVu", size)
    page.drawString(LEFT, HEIGHT - 80 - 2.5 * size, "Quality Report")
    page.showPage()
    _small_caps(page, "Letter from the Chief Inspector of Hospitals", LEFT, 80.0, 1.24 * size)
    page.setFont("DejaVu-Bold", size)
    page.drawString(LEFT, HEIGHT - 80 - 2.4 * size, "In addition the trust should:")
    page.setFont("DejaVu", size)
    page.drawString(LEFT, HEIGHT - 80 - 4.2 * size, "•")
    page.drawString(LEFT + 1.7 * size, HEIGHT - 80 - 4.2 * size, LETTER)
    page.showPage()
    base = 80.0
    _small_caps(page, "Emergency and urgent care", LEFT, base, 1.33 * size)
    for text, grow in (("Outstanding practice and areas for improvement", 1.2), ("Areas for improvement", 1.0),
                       ("Action the provider SHOULD take to improve", 1.0)):
        base += 2.2 * size
        page.setFont("DejaVu-Bold", grow * size)
        page.drawString(LEFT, HEIGHT - base, text)
    base += 0.8 * size
    for item in SERVICE_ITEMS:
        base += 1.4 * size
        page.setFont("DejaVu", size)
        page.drawString(LEFT, HEIGHT - base, "•")
        for k, words in enumerate(_wrapped(item, size, 420)):
            page.drawString(LEFT + 1.7 * size, HEIGHT - base - k * 1.3 * size, " ".join(words))
        base += k * 1.3 * size
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_chapter_headed_in_small_caps_is_the_service_of_the_list_under_its_larger_part_heading(tmp_path, size):
    found = _services(_chapter(tmp_path / "chapter.pdf", size))
    assert found == [("should", None, LETTER)] + [("should", "Emergency and urgent care", text) for text in SERVICE_ITEMS]


MUSTS = {"Urgent and emergency care": ["The trust must ensure that all patients arriving by ambulance receive an "
                                       "initial clinical assessment within 15 minutes of arrival. (Regulation 12(2)(a))"],
         "Medical care": ["The trust must make sure there are enough suitably qualified nurses on every shift on the "
                          "medical wards. (Regulation 18(1))",
                          "The trust must ensure that controlled drugs are stored securely and that daily balance checks "
                          "are carried out and recorded on all wards. (Regulation 12(2)(g))",
                          "The trust must ensure that mental capacity assessments are completed and recorded when "
                          "patients lack capacity to consent to care and treatment. (Regulation 11(1))"]}
SHOULDS = ["The trust should continue to work with system partners to reduce the number of patients who wait more "
           "than 12 hours from the decision to admit.",
           "The trust should consider how it can improve the privacy of patients being assessed in the corridor area "
           "of the majors department.",
           "The trust should ensure that fluid balance charts are fully completed and totalled at the end of each "
           "24-hour period.",
           "The trust should review the arrangements for bereavement support so that a specialist midwife is "
           "available seven days a week."]


def _item(text: str, x: float, top: float, size: float, lines: int | None = None) -> tuple[list[tuple], list[str]]:
    """A bulleted item (hanging indent) from `top`, its first `lines` lines only (the rest returned)."""
    wrapped = [" ".join(words) for words in _wrapped(text, size, 225.0)]
    shown = wrapped[:lines] if lines else wrapped
    out = [("•", x, top, size, False)] + [(words, x + 1.5 * size, top + k * 1.26 * size, size, False)
                                          for k, words in enumerate(shown)]
    return out, wrapped[len(shown):]


def _run_on(size: float) -> list[tuple]:
    """Two columns: the must list (two groups, each a bold location over its service) and the should
    list's heading with its first item at the left column's foot, that item going on at the right
    column's top, the should items after it at one pace, the last a little above the must list's second
    group heading in the left column."""
    lead, pace, right = 1.26 * size, 1.26 * size + 0.7 * size, LEFT + 262
    start = 0.0  # moved down below so that the left column runs down to the page's foot
    out: list[tuple] = []
    # the right column first: where its last item falls sets the left column's second group
    rest = _item(SHOULDS[0], LEFT, 0, size, lines=2)[1]
    top = start
    for words in rest:
        out.append((words, right + 1.5 * size, top, size, False))
        top += lead
    for text in SHOULDS[1:]:
        top += pace - lead
        lines, _ = _item(text, right, top, size)
        out += lines
        top = lines[-1][2] + lead
    last = lines[0][2]
    y = start
    out.append(("Action the trust MUST take to improve", LEFT, y, size, True))
    y += 2 * size
    for k, (service, items) in enumerate(MUSTS.items()):
        if k:
            y = last + 0.3 * size  # the second group's heading a little below the should list's next item
        out += [("Kingsmere General Hospital", LEFT, y, 1.06 * size, True), (service, LEFT, y + 1.3 * size, size, False)]
        y += 1.3 * size + lead
        for text in items:
            y += pace - lead
            lines, _ = _item(text, LEFT, y, size)
            out += lines
            y = lines[-1][2] + lead
    y += 1.5 * size
    out.append(("Action the trust SHOULD take to improve", LEFT, y, size, True))
    y += 2 * size
    out += _item(SHOULDS[0], LEFT, y, size, lines=2)[0]
    down = HEIGHT - 80 - out[-1][2]
    return [(text, x, top + down, own, bold) for text, x, top, own, bold in out] + [
        ("2 Kingsmere and District Hospitals NHS Trust Inspection report", LEFT, HEIGHT - 40, 8.0, False)]


@pytest.mark.parametrize("size", [8.5, 9.4])
def test_a_should_list_run_on_into_the_next_column_stays_a_should_list_beside_a_must_group_heading(tmp_path, size):
    from test_read_round8 import _pdf

    drawn = _run_on(size)
    lines = [line.text for line in start_read(_pdf(tmp_path / "columns.pdf", drawn), sha256="-")().body_lines()]
    left = [text for text, x, *_ in drawn if x < LEFT + 200 and text != "•" and not text.startswith("2 Kingsmere")]
    right = [text for text, x, *_ in drawn if x > LEFT + 200 and text != "•"]
    assert [text for text in lines if text.lstrip("• ") in left + right] == ["• " + text if text.startswith("The trust") else text
                                                                            for text in left + right]
