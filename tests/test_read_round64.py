"""Reading round sixty-four (an outside author's harder set, EK); each page is drawn here line by line,
at several type sizes:

- must and should lists without bullets, each statement with a coloured key-question tab in a cell
  left of it ("Safe", "Well-led"), set small and bold, centred on the statement's two or three lines.
  Before, each tab was read as a key question's section heading, closing the list: no item was read;
- the same list going on at the next page's top, a pull quote in large type floated beside it
  ("“The nurses should be given medals …”", its speaker under it) and a running header set on the
  quote's first row. Before, the quote was read as a statement, and the header as the row's cell;
- a running header cut at its separator dot ("St Aldhelm’s Hospice" | "· Inspection report · …"),
  a statement's first line set above it at the page's top, the tab read between that line and the
  next. Before, the dotted part was read as a bullet (never furniture) and went on the statement,
  and the tab cut the statement after its first line;
- statements each opening with an inline key-question chip ("RESPONSIVE") whose text wraps back
  under the chip, further left than a hidden bullet's indent. Before, the statement ended after
  its first line.

Each test fails without its change: locate.py's `_level_with_item`, `_pull_quote`, `_going_on` and
`_under_row_label`; furniture.py's `_running_into_body` (cells of the row in its size) and
`_is_furniture` (a small separated part of a running line).
"""

from functools import cache
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw as _draw_sized, _found  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
A4 = (595.0, 842.0)

MUSTS = [("Safe", "The provider must ensure that controlled drugs are recorded, stored and destroyed in line with "
                  "the hospice’s own policy and current legislation, including the twice-daily balance checks on "
                  "the in-patient unit. (Regulation 12(2)(g))"),
         ("Well-led", "The provider must ensure that the clinical governance committee receives and acts on "
                      "complete audit data for medicines, infection prevention and control, and records."),
         ("Safe", "The provider must ensure that emergency equipment is checked daily.")]
CHILDREN = [("Effective", "The provider must ensure that staff who care for children and young people have "
                          "up-to-date paediatric immediate life support training. (Regulation 18(2)(a))"),
            ("Safe", "The provider must ensure that level 3 safeguarding children training is completed by all "
                     "clinical staff working in the children’s unit.")]
SHOULDS = [("Responsive", "The provider should consider how the Hospice at Home team can respond to out-of-hours "
                          "calls within the four-hour target it has set itself."),
           ("Caring", "The provider should continue to develop the bereavement support offered to families from "
                      "Polish and Romanian communities in the area.")]
QUOTE = "“The nurses should be given medals – nothing was ever too much trouble for them.”"
HEADER = ("St Aldhelm’s Hospice", "· Inspection report · 21/11/2018")


@cache
def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _fonts()
    return stringWidth(text, font, size)


def _draw(path: Path, pages: list[list[tuple]]) -> Path:
    """Each page's lines (text, x, baseline, size, bold) in DejaVu Sans on A4."""
    return _draw_sized(path, [(A4, lines) for lines in pages])


def _header(size: float, base: float) -> list[tuple]:
    """The running line, drawn as two runs a little apart (as a browser cuts it at its first dot)."""
    small = 0.78 * size
    name_x = 68.0
    dots_x = name_x + _width(HEADER[0], "DejaVu", small) + 0.6 * small
    return [(HEADER[0], name_x, base, small, False), (HEADER[1], dots_x, base, small, False)]


def _tabbed(items: list[tuple[str, str]], size: float, base: float, text_x: float = 150.0) -> tuple[list[tuple], float]:
    """Statements without bullets, each with its tab centred on its lines in a cell to the left."""
    lines, lead, tab = [], 1.35 * size, 0.78 * size
    for label, text in items:
        rows = _wrapped(text, size, 400.0)
        lines += [(" ".join(words), text_x, base + k * lead, size, False) for k, words in enumerate(rows)]
        middle = base + (len(rows) - 1) * lead / 2 + (tab - size) / 2
        lines.append((label, 80.0, middle, tab, True))
        base += len(rows) * lead + 1.2 * size
    return lines, base


def _heading(text: str, size: float, base: float, points: float = 1.2) -> tuple[tuple, float]:
    return (text, 74.0, base, points * size, True), base + 2.4 * size


def _tabs_pages(size: float) -> list[list[tuple]]:
    first = _header(size, 70.0)
    base = 100.0
    for text in ("Summary of findings",):
        line, base = _heading(text, size, base, 1.6)
        first.append(line)
    for words in _wrapped("We told the provider that it must take action to bring services into line with five "
                          "legal requirements. This action related to both core services.", size, 450.0):
        first.append((" ".join(words), 74.0, base, size, False))
        base += 1.35 * size
    base += size
    for text, points in (("Action the provider MUST take to improve", 1.2), ("Hospice services for adults", 1.05)):
        line, base = _heading(text, size, base, points)
        first.append(line)
    lines, base = _tabbed(MUSTS, size, base)
    first += lines
    line, _ = _heading("Hospice services for children and young people", size, 790.0, 1.05)
    first.append(line)
    second = _header(size, 70.0)
    quote_x, big = 380.0, 1.35 * size
    base = 70.0 + 0.93 * (big - 0.78 * size)  # the quote's first line level with the running line
    for words in _wrapped(QUOTE, big, 150.0):
        second.append((" ".join(words), quote_x, base, big, False))
        base += 1.3 * big
    second.append(("Daughter of a patient on the unit", quote_x, base + 0.4 * size, 0.82 * size, False))
    lines, base = _tabbed(CHILDREN, size, base + 4 * size)
    second += lines
    line, base = _heading("Action the provider SHOULD take to improve", size, base + size)
    second.append(line)
    line, base = _heading("Hospice services for adults", size, base, 1.05)
    second.append(line)
    lines, _ = _tabbed(SHOULDS[:1], size, base)
    second += lines
    return [first, second]


@pytest.mark.parametrize("size", [9.0, 9.6, 10.5])
def test_key_question_tabs_beside_statements_and_a_pull_quote_leave_the_lists_whole(tmp_path, size):
    found = _found(_draw(tmp_path / "tabs.pdf", _tabs_pages(size)))
    adults, children = "Hospice services for adults", "Hospice services for children and young people"
    assert found == ([("must", adults, text, 1) for _, text in MUSTS]
                     + [("must", children, text, 2) for _, text in CHILDREN]
                     + [("should", adults, SHOULDS[0][1], 2)])


def _above_header_pages(size: float) -> list[list[tuple]]:
    """The should list breaking at a page's foot, its next statement's first line set at the next
    page's top above the running line (a browser drew the footer there), its tab below that line."""
    first = _header(size, 70.0)
    base = 100.0
    for text, points in (("Action the provider SHOULD take to improve", 1.2), ("Hospice services for adults", 1.05)):
        line, base = _heading(text, size, base, points)
        first.append(line)
    while base < 700.0:  # the page filled with statements
        lines, base = _tabbed([SHOULDS[0]], size, base)
        first += lines
    lead, tab = 1.35 * size, 0.78 * size
    top = 66.0
    second = _header(size, 70.0)
    rows = _wrapped(SHOULDS[1][1], size, 400.0)
    second += [(" ".join(words), 150.0, top + k * lead, size, False) for k, words in enumerate(rows)]
    second.append((SHOULDS[1][0], 80.0, top + (len(rows) - 1) * lead / 2 + (tab - size) / 2 + 2.0, tab, True))
    return [first, second]


@pytest.mark.parametrize("size", [9.0, 9.6, 10.5])
def test_a_statement_over_the_running_line_keeps_its_lines_and_not_the_line(tmp_path, size):
    found = _found(_draw(tmp_path / "above.pdf", _above_header_pages(size)))
    assert ("should", "Hospice services for adults", SHOULDS[1][1], 2) in found
    assert not any("Inspection report" in text for _, _, text, _ in found)


CHIPPED = [("SAFE", "The provider must ensure that prisoners prescribed high-risk medicines, including those on "
                    "methadone and buprenorphine, are observed taking each dose and that the supervision is recorded."),
           ("RESPONSIVE", "The provider must ensure that prisoners who arrive with a long-term condition receive a "
                          "secondary health screen within seven days of reception."),
           ("WELL-LED", "The provider must establish effective governance arrangements so that the clinical audit "
                        "programme, incident reviews and complaints are overseen by the local delivery board.")]


def _chips_page(size: float) -> list[tuple]:
    """Each statement opens with a small bold chip; its first line starts after the chip, the
    rest wrap back to the column's left edge, under the chip."""
    left, width, lead, chip = 57.0, 228.0, 1.4 * size, 0.65 * size
    lines = [("Areas for improvement", left, 80.0, 1.4 * size, True),
             ("Action the provider MUST take to improve", left, 80.0 + 2.4 * size, 1.1 * size, True)]
    base = 80.0 + 4.6 * size
    for label, text in CHIPPED:
        start = left + 0.4 * chip + _width(label, "DejaVu-Bold", chip) + 0.9 * size
        words = text.split()
        first: list[str] = []
        while words and _width(" ".join(first + words[:1]), "DejaVu", size) <= left + width - start:
            first.append(words.pop(0))
        lines += [(label, left + 0.4 * chip, base - 0.1 * size, chip, True), (" ".join(first), start, base, size, False)]
        for k, row in enumerate(_wrapped(" ".join(words), size, width), start=1):
            lines.append((" ".join(row), left, base + k * lead, size, False))
        base += (k + 1) * lead + 1.0 * size
    return lines


@pytest.mark.parametrize("size", [9.0, 10.0, 11.0])
def test_statements_opening_with_key_question_chips_wrap_back_under_them(tmp_path, size):
    found = _found(_draw(tmp_path / "chips.pdf", [_chips_page(size)]))
    assert [text for _, _, text, _ in found] == [text for _, text in CHIPPED]
