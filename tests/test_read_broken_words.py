"""A narrow card set with `word-break: break-all`: words broken anywhere at line ends, no hyphen
("… who arrive b" / "y ambulance"). In a block whose lines all run to one right edge the pieces are
one word (broken_words.py); the same pieces in ragged lines are kept as printed."""

import functools

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import FONTS, _pdf  # noqa: E402

ITEMS = ["The trust must ensure that patients who arrive by ambulance are handed over and assessed by a "
         "registered clinician within 15 minutes of arrival. (Regulation 12(2)(a))",
         "The trust must ensure that interpreting services are used rather than relatives when patients "
         "do not speak English and that the use of interpreters is recorded. (Regulation 9(3)(b))"]
LEFT = 60.0


@functools.cache
def _font() -> str:
    """DejaVu registered once: parsing the TrueType file for every letter measured made each case a minute long."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    return "DejaVu"


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, _font(), size)


def _break_all(text: str, size: float, ragged: bool) -> list[str]:
    """Lines filled letter by letter to 24 ems, a space at a line end dropped (break-all); `ragged`:
    the lines to 24, 21 and 18 ems in turn (the right edges a word apart, as word wrapping leaves them)."""
    lines, line = [], ""
    for ch in text:
        if _width(line + ch, size) > ((24, 21, 18)[len(lines) % 3] if ragged else 24) * size:
            lines.append(line.rstrip())
            line = "" if ch == " " else ch
        else:
            line += ch
    return [*lines, line]


def _page(size: float, ragged: bool) -> tuple[list[tuple], list[str]]:
    """The page's lines, and each item's text as its lines joined with spaces."""
    printed = []
    lines = [("Action the trust MUST take to improve", LEFT, 80.0, 1.2 * size, True)]
    top = 80.0 + 2.5 * size
    for item in ITEMS:
        rows = _break_all(item, size, ragged)
        printed.append(" ".join(rows))
        for k, row in enumerate(rows):
            lines.append((("• " if k == 0 else "") + row, LEFT if k == 0 else LEFT + _width("• ", size), top, size, False))
            top += 1.3 * size
        top += 1.0 * size
    return lines, printed


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_words_broken_anywhere_in_a_flush_block_are_read_whole(tmp_path, size):
    lines, printed = _page(size, ragged=False)
    assert printed != ITEMS  # words broken at line ends
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [f.text for f in found] == ITEMS


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_ragged_lines_keep_their_line_end_spaces(tmp_path, size):
    lines, printed = _page(size, ragged=True)
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [f.text for f in found] == printed


def test_only_a_whole_last_word_is_a_broken_piece():
    """A line ending in "patient's" ends in no word "s" to join to "own" ("sown" is a word): only a
    whole word after a space or an opening bracket is a piece the line end broke."""
    from cqcplan.pipeline.broken_words import one_word

    assert not one_word("care plans are written in the patient's", "own words and record")
    assert one_word("patients who arrive b", "y ambulance are handed")
    assert one_word("the pathway. (Regul", "ation 12(2)(b))")
