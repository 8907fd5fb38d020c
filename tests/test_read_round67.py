"""Reading round sixty-seven (an outside author's harder set, EN): words hyphenated at line ends,
each wrapped in one marked-content span whose /ActualText is the whole word, the span running
over the line break ("/Span <</ActualText (including)>> BDC … (includ-) Tj … (ing) Tj EMC"),
drawn here at several type sizes, as a table whose citations sit in a "Regulation" column right of
the statements, level with each one's first line.

Before, PDFium laid the whole word over the span's first piece and dropped the piece on the next
line, so that line seemed to start right of the item's text edge and the statement was cut at
"including". Now the pieces keep their places, and the span says whether the line-end hyphen
splits the word: "Larch-" / "field" read "Larchfield" (a name no word list knows; "larch" and
"field" are words, so the line-end rule alone would keep "Larch-field").

Each test fails without pipeline/actual_text.py (`unmarked`; `split_points` for the name).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _found  # noqa: E402

A4 = (595.0, 842.0)
HEADING = "The areas where the provider must make improvements are:"
# Each statement as its printed lines; a piece ending in "-" goes on, in one span, at the next line's start.
MUST = [["Ensure care and treatment is provided in a safe way to patients, includ-",
         "ing the safe management of high-risk medicines and the monitoring of",
         "patients prescribed them."],
        ["Ensure that the fire risk assessment for the Larch-",
         "field Surgery is reviewed and that fire drills are held",
         "and recorded."]]
CITED = ["Regulation 12(1)", "Regulation 17(2)(b)"]  # each row's cell in a "Regulation" column right of it
ACTUAL = {"includ-": "including", "Larch-": "Larchfield"}
WANT = ["Ensure care and treatment is provided in a safe way to patients, including the safe management of "
        "high-risk medicines and the monitoring of patients prescribed them.",
        "Ensure that the fire risk assessment for the Larchfield Surgery is reviewed and that fire drills are held "
        "and recorded."]


def _hex(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _draw(path: Path, size: float, literal: bool) -> Path:
    """The must list as a table: a bullet per statement, its citation in a smaller cell right of it,
    level with its first line; each split word's two pieces drawn as text objects of their own inside
    one /ActualText span (a literal string or UTF-16 with its byte-order mark)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=A4)
    lead, x, y = 1.3 * size, 60.0, A4[1] - 80.0
    page.setFont("DejaVu-Bold", 1.2 * size)
    page.drawString(x, y, HEADING)
    y -= 2 * lead
    cells = x + 1.3 * size + max(pdfmetrics.stringWidth(text, "DejaVu", size) for lines in MUST for text in lines) + 2 * size
    page.setFont("DejaVu-Bold", 0.9 * size)
    page.drawString(x, y, "Action required")
    page.drawString(cells, y, "Regulation")
    y -= 1.6 * lead
    for lines, cited in zip(MUST, CITED):
        page.setFont("DejaVu", 0.9 * size)
        page.drawString(cells, y, cited)
        page.setFont("DejaVu", size)
        page.drawString(x, y, "\u2022")
        going_on = None
        for text in lines:
            words = text.split(" ")
            start = x + 1.3 * size
            if going_on:  # the span's second piece, then the span closes
                page.drawString(start, y, words[0])
                page.addLiteral("EMC")
                start += pdfmetrics.stringWidth(words[0] + " ", "DejaVu", size)
                words = words[1:]
            going_on = words[-1] if words[-1] in ACTUAL else None
            page.drawString(start, y, " ".join(words[:-1] if going_on else words))
            if going_on:
                actual = ACTUAL[going_on]
                page.addLiteral(f"/Span <</ActualText {f'({actual})' if literal else _hex(actual)}>> BDC")
                page.drawString(start + pdfmetrics.stringWidth(" ".join(words[:-1]) + " ", "DejaVu", size), y,
                                going_on)
            y -= lead
        y -= 0.6 * lead
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("literal", [False, True])
@pytest.mark.parametrize("size", [8.5, 10.0, 12.5])
def test_a_word_whose_actual_text_span_runs_over_a_line_break_is_read_whole(tmp_path, size, literal):
    found = _found(_draw(tmp_path / "gp.pdf", size, literal))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", text) for text in WANT]
