"""The close read on small PDFs built here: glyphs a re-print left without characters."""

import shutil
import subprocess
from pathlib import Path

import pytest

from cqcplan.pipeline.read import start_read

FONT = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts" / "DejaVuSans.ttf"


def _lines(path: Path) -> list[str]:
    return [line.text for page in start_read(path, sha256="-")().pages for line in page.lines]


@pytest.mark.skipif(not shutil.which("gs"), reason="Ghostscript is not installed")
@pytest.mark.parametrize("size", [8, 11, 16])
def test_a_ghostscript_reprint_that_drops_the_unicode_map_reads_quotes_dashes_and_bullets_from_their_ink(tmp_path, size):
    """Ghostscript re-prints a subset TrueType font without its ToUnicode map: the curly
    quotes, dashes and bullet come out as control codes, numbered anew per font. What a
    reader sees is in each glyph's outline: high marks are quotes, flat mid marks dashes."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    original, reprinted = tmp_path / "original.pdf", tmp_path / "reprinted.pdf"
    page = canvas.Canvas(str(original))
    page.setFont("DejaVu", size)
    first = "• The children’s ward – and ‘do not attempt’ forms, “quoted” here; a well-"
    page.drawString(72, 700, first)
    page.drawString(72, 700 - 1.4 * size, "led service.")
    page.save()
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(reprinted),
                    str(original)], check=True, capture_output=True, timeout=60)
    lines = _lines(reprinted)
    assert lines[:2] == [first, "led service."]


# ---- reading order from positions (glyph runs laid out here, no PDF) -------------------

from cqcplan.pipeline.glyphs import Glyph  # noqa: E402
from cqcplan.pipeline.read import read_page  # noqa: E402


def _set(text: str, x: float, top: float, size: float = 10.0, bold: bool = False) -> list[Glyph]:
    """One line of text as word runs: letters half an em wide, a third of an em between words."""
    runs = []
    for word in text.split():
        width = 0.5 * size * len(word)
        runs.append(Glyph(word, x, x + width, top, top + 1.2 * size, size, bold, False, True))
        x += width + size / 3
    return runs


def _read(*lines: tuple, size: float = 10.0) -> list[str]:
    """Lines given as (text, x, top[, bold]) in ems of the type, read back in reading order."""
    glyphs = [g for spec in lines for g in _set(spec[0], 40 + spec[1] * size, 60 + spec[2] * size, size,
                                                 len(spec) > 3 and spec[3])]
    return [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_a_third_column_of_two_lines_is_a_column_and_a_closing_number_is_no_list_marker(size):
    """Three columns of one list, the third holding two lines, the second's first line ending
    "(Reg 18)": "18)" is no list number (no room before it), so the gap after it is a gutter."""
    col, lead = 14, 1.4
    rows = [("• Ensure that staff are", 0, 0), ("trained. (Reg 18)", col, 0), ("and checked weekly.", 2 * col, 0),
            ("given time to train", 0, lead), ("• Ensure that kit is", col, lead), ("(Reg 12)", 2 * col, lead),
            ("in their hours.", 0, 2 * lead), ("checked daily", col, 2 * lead)]
    assert _read(*rows, size=size) == ["• Ensure that staff are", "given time to train", "in their hours.",
                                       "trained. (Reg 18)", "• Ensure that kit is", "checked daily",
                                       "and checked weekly.", "(Reg 12)"]


@pytest.mark.parametrize("size", [8.0, 12.0])
def test_the_longer_column_s_next_item_below_the_shorter_column_stays_in_it(size):
    """A list heading wrapped in the first column pushes its item below the second column's
    end: the item, in body type, is the first column's next line, read before the second."""
    rows = [("We found breaches of", 0, 0, True), ("regulations. The provider", 0, 1.6, True), ("must:", 0, 3.2, True),
            ("are booked within the", 18, -0.2), ("timescales set by the", 18, 1.2), ("clinician. (Reg 11)", 18, 2.6),
            ("• Ensure that follow-up", 0, 5.6),
            ("The provider should:", 0, 8.2, True), ("with person-centred", 18, 8.0), ("care planning.", 18, 9.4),
            ("• Consider how to improve", 0, 10.2)]
    assert _read(*rows, size=size)[:4] == ["We found breaches of", "regulations. The provider", "must:",
                                           "• Ensure that follow-up"]


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_list_in_three_columns_right_under_narrative_in_three_columns_is_read_after_it(size):
    """The list begins one line under the narrative, at its leading, in all three columns: its
    heading in the first, its first item running on at the top of the second (at its text's
    indent) and the next item in the third. Each block is read column by column in turn."""
    narrative = [[f"Narrative text of column {c} line {n}." for n in range(4)] for c in (1, 2, 3)]
    rows = [(text, 18 * c, 1.4 * n) for c, column in enumerate(narrative) for n, text in enumerate(column)]
    rows += [("Action the trust MUST take", 0, 5.6, True), ("• The trust must ensure that", 0, 7.0),
             ("records are accurate and", 2.2, 8.4), ("kept up to date.", 18 + 2.2, 5.6),
             ("• The trust must ensure that", 18, 7.0), ("staff are trained.", 18 + 2.2, 8.4),
             ("• The trust must ensure that", 36, 5.6), ("drugs are checked daily.", 36 + 2.2, 7.0)]
    assert _read(*rows, size=size) == [text for column in narrative for text in column] + [
        "Action the trust MUST take", "• The trust must ensure that", "records are accurate and", "kept up to date.",
        "• The trust must ensure that", "staff are trained.", "• The trust must ensure that", "drugs are checked daily."]


def test_a_bullet_drawn_in_another_font_joins_its_line_though_another_column_shares_its_baseline():
    """A bullet from another font has another extent: its baseline, as PDFium boxes it, falls
    level with the next column's line rather than its own. It still joins the text set just
    right of it."""
    size = 10.0
    glyphs = [g for text, x, top in [("Ensure that staff are", 40, 100), ("trained in their work.", 40, 114),
                                     ("Make sure that consent", 52, 128), ("is recorded in notes.", 52, 142),
                                     ("The service had a clear", 300, 97.5), ("vision and set of values", 300, 111.5),
                                     ("which staff described.", 300, 124.5), ("Records were complete.", 300, 138.5)]
              for g in _set(text, x, top, size)]
    glyphs.append(Glyph("•", 40, 44, 130.5, 136.5, size, False, False, True))  # bottom level with "which staff"
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert "• Make sure that consent" in lines and "•" not in lines


def test_a_larger_heading_beside_a_first_item_set_a_little_higher_is_read_first():
    """Two rows sharing most of their height are one line to the eye, read left to right."""
    glyphs = _set("The provider must:", 45, 741.4, 18.5) + _set("• Ensure that all staff complete", 300, 739.8, 13.0)
    assert [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines] == [
        "The provider must:", "• Ensure that all staff complete"]


def _justified(words: list[str], x: float, top: float, width: float, size: float) -> list[Glyph]:
    """One justified line: the words spread to fill `width`, every space stretched alike."""
    widths = [0.5 * size * len(w) for w in words]
    gap = (width - sum(widths)) / (len(words) - 1)
    runs = []
    for word, w in zip(words, widths):
        runs.append(Glyph(word, x, x + w, top, top + 1.2 * size, size, False, False, True))
        x += w + gap
    return runs


@pytest.mark.parametrize("size", [8.0, 10.5, 16.0])
def test_a_justified_line_s_stretched_spaces_are_neither_gutters_nor_cell_edges(size):
    """Two justified columns on offset baselines; lines with few words have their spaces
    stretched to one and a half or two ems, wider than the gutter. Each is still one line, and
    the columns are read one after the other."""
    col, lead = 22 * size, 1.2 * size
    left = [["We", "carried", "out", "an", "announced", "inspection", "at", "the"], ["the", "practice", "is", "rated", "as", "good"],
            ["overall", "and", "for", "the", "key", "questions", "we", "asked"]]
    right = [["level", "three", "child", "training", "for", "all"], ["the", "doctors", "and", "the", "nurses", "who", "work"]]
    glyphs = [g for n, words in enumerate(left) for g in _justified(words, 40, 60 + n * lead, col, size)]
    glyphs += [g for n, words in enumerate(right) for g in _justified(words, 40 + col + 1.8 * size, 60 + (n + 0.45) * lead, col, size)]
    lines = [line.text for line in read_page(glyphs, 1, 2000.0, 842.0).lines]
    assert lines == [" ".join(words) for words in left + right]


@pytest.mark.parametrize("size", [9.0, 12.0, 15.0])
def test_a_table_of_labels_beside_must_and_should_columns_is_read_one_column_at_a_time(size):
    """Core service / MUST / SHOULD, each cell a bullet list: a reader takes the MUST column's
    rows, each after its label, then the SHOULD column's; the header row sits apart from the
    body by padding as deep as a blank band, and a label cell wraps."""
    label, must, should = 0, 10, 32
    rows = [("Core service", label, 0, True), ("Action the hospital MUST take", must, 0, True),
            ("Action the hospital SHOULD take", should, 0, True), ("to improve", should, 1.3, True),
            ("Surgery", label, 3.4), ("• Ensure that all staff in theatres", must, 3.4), ("complete the safety checks.", must + 1, 4.7),
            ("• Consider a competency framework", should, 3.4), ("for nurses in recovery.", should + 1, 4.7),
            ("Outpatients and", label, 7.0), ("diagnostic imaging", label, 8.3),
            ("• Ensure that local rules are signed.", must, 7.0), ("None identified.", should, 7.0)]
    assert _read(*rows, size=size) == [
        "Core service", "Action the hospital MUST take",
        "Surgery", "• Ensure that all staff in theatres", "complete the safety checks.",
        "Outpatients and diagnostic imaging", "• Ensure that local rules are signed.",
        "Core service", "Action the hospital SHOULD take", "to improve",
        "Surgery", "• Consider a competency framework", "for nurses in recovery.",
        "Outpatients and diagnostic imaging", "None identified."]
