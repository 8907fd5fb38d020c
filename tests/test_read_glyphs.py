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


def test_a_ligature_drawn_in_a_font_of_its_own_joins_its_line_by_its_baseline():
    """A re-print draws "fi" in another font whose ascent and descent put its box's foot level
    with the next column's line; its baseline (the glyph's origin) is its own line's."""
    size = 10.0
    glyphs = [g for text, x, top in [("Narrative text on its", 40, 97.5), ("own baselines here.", 40, 111.5),
                                     ("Review the times for a", 300, 100), ("with a care co-ordinator.", 300, 114)]
              for g in _set(text, x, top, size)]
    start = max(g.x1 for g in glyphs if g.top == 100) + size / 3
    glyphs.append(Glyph("fi", start, start + size, 97.6, 109.6, size, False, False, True, base=112.0))
    glyphs += _set("rst visit", start + size, 100, size)
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert "Review the times for a first visit" in lines and "Narrative text on its" in lines


def _two_columns(left: list[tuple[str, float, float, bool]], right: list[tuple[str, float]], size: float) -> list[str]:
    """Left column lines (text, top, size, bold) at x 40, right column lines (text, top) a gutter
    further right, all in points; read back in reading order."""
    glyphs = [g for text, top, s, bold in left for g in _set(text, 40, top, s, bold)]
    glyphs += [g for text, top in right for g in _set(text, 40 + 16 * size, top, size)]
    return [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]


@pytest.mark.parametrize("size", [8.5, 10.0, 14.0])
def test_a_left_column_s_heading_beside_the_right_column_s_next_paragraph_opens_no_new_block(size):
    """Columns filled in turn (AA8): a heading in the left column, the right column's next
    paragraph set on baselines of its own starting beside the heading's foot. The heading
    is the left column's, not a lead-in over a new block: the left column is read whole."""
    lead, big = 1.2 * size, 1.25 * size
    left = [(f"Left column text line {n}.", 50 + n * lead, size, False) for n in range(5)]
    top = 50 + 5 * lead + 0.4 * size
    left.append(("Our findings", top, big, True))
    under = top + 1.2 * big + 0.4 * size
    left += [(f"Left column text line {n}.", under + (n - 5) * lead, size, False) for n in range(5, 8)]
    right = [(f"Right column line {n}.", 50 + 0.5 * lead + n * lead) for n in range(4)]  # ends above the heading
    right += [(f"Right column line {n}.", top + 0.9 * big + (n - 4) * lead) for n in range(4, 8)]
    got = _two_columns(left, right, size)
    assert got == [text for text, *_ in left] + [text for text, _ in right]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_left_column_going_on_alone_after_a_blank_under_a_heading_is_read_before_the_right_one(size):
    """Columns filled in turn: the right column ends early; the left goes on, a paragraph gap
    and a heading later, to the foot of the page. Its text under the heading fills its
    measure: it is the left column's, read before the right column, not a block below."""
    lead = 1.2 * size
    left = [(f"Left column text line {n:02d}.", 50 + n * lead, size, False) for n in range(7)]
    top = 50 + 7 * lead + 1.8 * size
    left.append(("Records", top, 1.25 * size, True))
    left += [(f"Left column text line {n:02d}.", top + 1.6 * size + (n - 7) * lead, size, False) for n in range(7, 10)]
    right = [(f"Right column line {n}.", 50 + n * lead) for n in range(3)]
    assert _two_columns(left, right, size) == [text for text, *_ in left] + [text for text, _ in right]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_column_ending_its_citation_then_going_on_in_lower_case_beside_the_next_heading_is_two_blocks(size):
    """Two lists, each in two columns, one under the other with no blank between: the first
    list's right column ends its item with a citation; the second's right column, on
    baselines of its own, goes on in lower case beside the second list's heading (its item
    opened under the heading). Each block is read column by column in turn."""
    lead = 1.4 * size
    left = [("• The trust must see that", 50, size, False), ("ill patients on wards are", 50 + lead, size, False),
            ("THE TRUST SHOULD", 50 + 2 * lead + 0.2 * size, 1.12 * size, True),
            ("The trust should see that", 50 + 4.5 * lead, size, False)]
    right = [("escalated using the early", 50), ("score. (Reg 12(2)(g))", 50 + lead),
             ("its policies are reviewed", 50 + 2 * lead + 0.55 * size), ("and kept up to date.", 50 + 3 * lead + 0.55 * size)]
    got = _two_columns(left, right, size)
    assert got == [left[0][0], left[1][0], right[0][0], right[1][0], left[2][0], left[3][0], right[2][0], right[3][0]]


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


# ---- writer faults in the font's maps and metrics (the fixtures' hand-written writer) ---

def _raw_pdf(tmp_path: Path, lines: list[tuple[str, float, float, float, str]], **faults) -> Path:
    """A one-page PDF from fixtures/gen's hand-written writer: (text, x, baseline, size, font)."""
    import sys
    from types import SimpleNamespace

    pytest.importorskip("fontTools")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))
    from gen import render_raw
    from gen.layout import Text

    page = SimpleNamespace(number=1, size=(595.0, 842.0), ops=[Text(x, y, s, font, size) for s, x, y, size, font in lines])
    path = tmp_path / "faulty.pdf"
    render_raw.render(SimpleNamespace(pages=[page], page_w=595.0, page_h=842.0), str(path), {}, **faults)
    return path


@pytest.mark.parametrize("size", [8.0, 11.0, 16.0])
def test_ligatures_a_writer_mapped_byte_swapped_read_as_their_letters(tmp_path, size):
    """LibreOffice maps a ligature glyph to its letters in byte-swapped UTF-16 ("ft" as
    U+6600 U+7400, which other readers print as CJK): the glyph's box, shared by its
    letters and narrower than an ideograph, says they are letters."""
    text = "Meadowcroft House: sufficient staff, official flu figures."
    path = _raw_pdf(tmp_path, [(text, 72.0, 700.0, size, "Sans")], swapped_ligatures=True)
    assert _lines(path) == [text]


@pytest.mark.parametrize("size", [8.0, 11.0, 16.0])
def test_a_font_that_declares_its_bounding_box_as_ascent_and_descent_gets_lines_of_usual_height(tmp_path, size):
    """Ghostscript writes a font's whole bounding box as its ascent and descent (1.7 em for
    DejaVu Sans), so lines set at 1.2 em overlap; the reader sets them back around their
    baselines, and a heading wrapped over two lines is one heading again."""
    lines = [("Acute wards for adults of working age and", 72.0, 700.0, size, "Sans-Bold"),
             ("psychiatric intensive care units", 72.0, 700.0 + 1.2 * size, size, "Sans-Bold")]
    read = start_read(_raw_pdf(tmp_path, lines, tall_box=True), sha256="-")().pages[0].lines
    assert [l.text for l in read] == [l[0] for l in lines]
    assert all(l.bottom - l.top <= 1.2 * l.size for l in read)
    assert read[1].top >= read[0].bottom  # they no longer overlap


def test_only_a_letter_in_the_high_byte_and_zero_in_the_low_reads_as_a_swapped_letter():
    from cqcplan.pipeline.glyphs import _swapped

    assert _swapped("\u6600") == "f" and _swapped("\u6601") is None and _swapped("\u4e2d") is None


def _words_at(words: list[tuple[str, float]], top: float, size: float) -> list[Glyph]:
    """Words set at the given x (in ems from the margin): a justified line's wide gaps."""
    return [Glyph(w, 40 + x * size, 40 + (x + 0.5 * len(w)) * size, 60 + top * size, 60 + (top + 1.2) * size,
                  size, False, False, True) for w, x in words]


@pytest.mark.parametrize("size", [8.0, 10.5, 14.0])
def test_a_justified_line_s_wide_word_gaps_beside_a_real_gutter_make_no_columns(size):
    """Two columns; the left one's last full line is justified with gaps an em wide, above a
    short last line. Beside the real gutter those gaps have text on their right on one row
    only: they are word gaps, and each column is still read whole."""
    left = [("• The provider must ensure that posit-", 0.0, 0.0), ("place for all patients and are re-", 1.5, 1.4)]
    right = [("• The provider should consider how", 26.0, 0.0), ("families and carers are involved in", 27.5, 1.4),
             ("multidisciplinary care reviews and", 27.5, 2.8), ("meetings with them.", 27.5, 4.2)]
    glyphs = [g for text, x, top in left + right for g in _set(text, 40 + x * size, 60 + top * size, size)]
    glyphs += _words_at([("viewed", 1.5), ("following", 5.5), ("incidents", 11.0), ("of", 17.0), ("re-", 19.5)], 2.8, size)
    glyphs += _words_at([("straint.", 1.5)], 4.2, size)
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [left[0][0], left[1][0], "viewed following incidents of re-", "straint.", *[r[0] for r in right]]


@pytest.mark.skipif(not shutil.which("gs"), reason="Ghostscript is not installed")
def test_ligatures_whose_later_letters_a_reprint_lost_are_told_from_the_words_they_make(tmp_path):
    """Ghostscript re-prints LibreOffice's byte-swapped ligature maps as the first letter and a
    null ("ff", "fi", "fl" and "ffi" all map to "f"): the word decides the rest."""
    text = "Sufficient staff, official flu figures and fire safety."
    original = _raw_pdf(tmp_path, [(text, 72.0, 700.0, 10.0, "Sans")], swapped_ligatures=True)
    reprinted = tmp_path / "reprinted.pdf"
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(reprinted),
                    str(original)], check=True, capture_output=True, timeout=60)
    assert _lines(reprinted) == [text]


@pytest.mark.skipif(not shutil.which("gs"), reason="Ghostscript is not installed")
@pytest.mark.parametrize("size", [9.0, 14.0])
@pytest.mark.parametrize("hyphen", ["\u00ad", "-"])
def test_a_lost_ligature_tail_at_a_line_end_hyphen_is_the_one_the_whole_word_needs(tmp_path, size, hyphen):
    """A word split right after a ligature whose tail a re-print lost ("suffi-" read "suf?-"): no tail
    makes the piece a word alone (or a wrong one does: "off-"), so the line it goes on in decides
    ("cient": "suffi"), the column's next line or the next column's top."""
    lead, right = 1.4 * size, 72.0 + 22.0 * size
    left = [f"Ensure that there are suffi{hyphen}", "cient numbers of nurses on", "each ward, and that the",
            "rota is agreed. Staff said the", f"offi{hyphen}"]
    beside = ["ces were kept in use for", "longer than the policy", "allows, and that the rota", "was agreed a week ahead."]
    placed = [(text, 72.0, 100.0 + n * lead) for n, text in enumerate(left)]
    placed += [(text, right, 100.0 + n * lead) for n, text in enumerate(beside)]
    original = _raw_pdf(tmp_path, [(text, x, y, size, "Sans") for text, x, y in placed], swapped_ligatures=True)
    reprinted = tmp_path / "reprinted.pdf"
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(reprinted),
                    str(original)], check=True, capture_output=True, timeout=60)
    assert _lines(reprinted) == left + beside


@pytest.mark.parametrize("fragment, rest, read", [("suf\ufffd\u00ad", "cient numbers", "suffi\u00ad"),
                                                  ("suf\ufffd-", "cient", "suffi-"), ("of\ufffd-", "cer", "offi-"),
                                                  ("staf\ufffd-", "led wards", None), ("staf\ufffd-", "(", None)])
def test_a_lost_tail_before_a_line_end_hyphen_is_the_one_its_next_line_makes_a_word_with(fragment, rest, read):
    from cqcplan.pipeline.ligatures import completed_by

    assert completed_by(fragment, rest) == read


@pytest.mark.parametrize("word, read", [("staf\ufffd", "staff"), ("signif\ufffdcant", "significant"),
                                        ("of\ufffdcial", "official"), ("f\ufffdoor", "floor"),
                                        ("Staf\ufffd,", "Staff,"), ("f\ufffdrst", "first")])
def test_a_lost_ligature_tail_is_the_one_that_makes_a_word(word, read):
    from cqcplan.pipeline.ligatures import restore

    assert restore(word) == read


@pytest.mark.parametrize("size", [8.5, 10.5, 14.0])
def test_a_box_that_runs_down_one_column_and_on_at_the_top_of_the_next_is_read_column_by_column(size):
    """A shaded box broken over two columns: the right column opens mid-sentence, going on
    from the foot of the left one, though a heading stands level in both halfway down. The
    left column's text above those headings ends its sentence, so the right column's top
    cannot follow it: one block, each column read whole."""
    col = 24
    left = [("◦ The provider should ensure that care", 0, 0), ("plans are recovery-focused.", 1, 1.4),
            ("Wards for people with a learning", 0, 3.4, True), ("Action the provider MUST take", 0, 4.8, True),
            ("• The provider must ensure that posit-", 0, 6.4), ("ive behaviour plans are in place.", 1, 7.8),
            ("• The provider must ensure that staff", 0, 9.4)]
    right = [("receive training in the use of prone", col + 1, 0), ("restraint and record its use.", col + 1, 1.4),
             ("Action the provider SHOULD take", col, 3.6, True), ("◦ The provider should ensure that", col, 5.2),
             ("easy-read information is given.", col + 1, 6.6)]
    assert _read(*left, *right, size=size) == [spec[0] for spec in left + right]


@pytest.mark.parametrize("size", [8.5, 11.0, 15.0])
def test_a_column_s_first_line_set_higher_than_the_next_column_s_is_read_with_its_column(size):
    """A box broken over two columns has its top padding in the first column only, so the
    second column's first line stands 0.85 em higher (lines boxed one em tall, as after a
    re-print): nearer than a line follows a line of one column, it is that column's first
    line, not a line of its own read before both."""
    left = [("■ The service should continue to", 0, 0.85), ("work with commissioners.", 1.5, 2.25),
            ("■ The service should improve the", 0, 3.65), ("cleaning schedules.", 1.5, 5.05)]
    right = [("■ The service should improve the", 24, 0), ("documentation of observations.", 25.5, 1.4),
             ("■ The service should consider a", 24, 2.8), ("decision-making tool.", 25.5, 4.2)]
    glyphs = [g._replace(bottom=g.top + size) for text, x, top in left + right
              for g in _set(text, 40 + x * size, 60 + top * size, size)]
    assert [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines] == [spec[0] for spec in left + right]


@pytest.mark.parametrize("size", [8.6, 11.0, 14.0])
def test_two_columns_on_baselines_a_little_apart_are_read_column_by_column(size):
    """An engine that sets each column on baselines of its own (lines boxed 1.13 em tall, 1.23 em
    apart): the right column's first line sits a quarter of an em below the left's, so the two
    share a row, and a row's box spans both. Each column's leading is measured on its own lines,
    so a list heading in the right column level with the left column's next item (a third of an
    em further down, its usual item gap) cuts no block: the left column is read whole, then the right."""
    lead = 1.23
    left = [("• Controlled drugs were not always managed", 0, 0), ("safely and gaps were found.", 1.05, lead),
            ("• Leaders did not have effective oversight", 0, 2 * lead + 0.3), ("of risks in the service.", 1.05, 3 * lead + 0.3),
            ("• Staff treated patients with compassion.", 0, 4 * lead + 0.6)]
    right = [("There were no special reviews of the", 30, 0.25), ("service in the last twelve months.", 30, lead - 0.1),
             ("Action the provider MUST take", 30, 2 * lead + 0.3, True), ("• Ensure that all staff complete", 30, 3 * lead + 0.3),
             ("blue light driver training.", 31.05, 4 * lead + 0.3)]
    glyphs = [g._replace(bottom=g.top + 1.13 * size) for spec in left + right
              for g in _set(spec[0], 40 + spec[1] * size, 60 + spec[2] * size, size, len(spec) > 3 and spec[3])]
    assert [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines] == [spec[0] for spec in left + right]


@pytest.mark.parametrize("size", [8.6, 12.0])
def test_a_label_column_as_long_as_its_cells_is_read_by_row(size):
    """One table row per item, the core service in a cell spanning its rows (printed once, in
    bold, wrapping over as many lines as the item beside it): each label is read with its row."""
    rows = [("Core service", 0, 0, True), ("Action", 16, 0, True),
            ("Community health services", 0, 2, True), ("for children, young people", 0, 3.2, True),
            ("and families", 0, 4.4, True),
            ("▸ The trust must ensure that children are seen", 16, 2), ("within the 18-week target.", 17, 3.2),
            ("Community end of life care", 0, 6.5, True),
            ("▸ The trust must ensure that syringe drivers", 16, 6.5), ("are checked and recorded.", 17, 7.7)]
    assert _read(*rows, size=size) == [
        "Core service", "Action", "Community health services", "for children, young people", "and families",
        "▸ The trust must ensure that children are seen", "within the 18-week target.", "Community end of life care",
        "▸ The trust must ensure that syringe drivers", "are checked and recorded."]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_a_body_line_below_the_other_column_s_heading_is_no_lead_in_for_being_larger_than_a_small_label(size):
    """Two columns of one flow, each list under a small bold label (smaller than the text):
    the first column's next line, set below the end of a heading in the second, is in the
    columns' own type, so it starts no new block (the label is no measure of the text)."""
    left = [("Action the trust MUST take:", 0, 0, True), ("• The trust must ensure that", 0, 1.3),
            ("patients are seen within an", 2, 2.6), ("hour of arriving here.", 2, 3.9), ("(Regulation 12)", 2, 5.2),
            ("• The trust must ensure that", 0, 6.5), ("sepsis is screened for.", 2, 7.8)]
    right = [("Action the trust SHOULD take:", 24, 0, True), ("• The trust must ensure that", 24, 1.3),
             ("drugs are checked daily.", 26, 2.6), ("Surgery", 24, 3.75, True),
             ("Action the trust MUST take:", 24, 6.0, True), ("• The trust must ensure that", 24, 7.3),
             ("staff are trained.", 26, 8.6)]
    glyphs = [g for text, x, top, *bold in left + right
              for g in _set(text, 40 + x * size, 60 + top * size, size * (0.85 if bold and "take:" in text else
                                                                          1.2 if bold else 1.0), bool(bold))]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [spec[0] for spec in left + right]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_a_left_column_s_heading_below_the_end_of_the_right_column_stays_in_its_column(size):
    """The right column of a two-column flow ends first; the left one goes on with a heading
    in larger type and lines that fill its measure: that heading is the column's own, not a
    lead-in under the columns, so the left column is read whole before the right."""
    body = "The trust must ensure that staff are"
    left = [(body, 0, 1.3 * n) for n in range(6)] + [("Surgery services", 0, 8.2, True)] + [
        (body, 0, 9.9 + 1.3 * n) for n in range(3)]
    right = [(body, 22, 1.3 * n) for n in range(5)]
    glyphs = [g for text, x, top, *bold in left + right
              for g in _set(text, 40 + x * size, 60 + top * size, size * (1.15 if bold else 1.0), bool(bold))]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [spec[0] for spec in left + right]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_a_heading_wrapped_in_the_left_column_with_text_beside_its_second_line_stays_in_its_column(size):
    """A heading in larger type wrapped on to two lines in the left column, below the end of
    a heading in the right column, whose text goes on beside the second line: text beside any
    line of it makes it the column's own."""
    body = "The trust must ensure that staff are"
    left = [(body, 0, 1.3 * n) for n in range(6)] + [("Community health services", 0, 7.9, True),
                                                      ("for children", 0, 9.8, True)] + [
        (body, 0, 11.7 + 1.3 * n) for n in range(3)]
    right = [(body, 22, 1.3 * n) for n in range(5)] + [("Areas for improvement", 22, 6.3, True)] + [
        (body, 22, 9.0 + 1.3 * n) for n in range(4)]
    glyphs = [g for text, x, top, *bold in left + right
              for g in _set(text, 40 + x * size, 60 + top * size, size * (1.25 if bold and x == 0 else 1.1 if bold else 1.0),
                            bool(bold))]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [spec[0] for spec in left + right]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
@pytest.mark.parametrize("wrapped", [True, False])
def test_a_table_s_rows_under_its_repeated_header_row_with_only_the_first_cell_filled_are_read_under_it(size, wrapped):
    """A must / should table continued at a page's top: its repeated header row (the first
    cell wrapped on to two lines, or not), then the rest of a must cell and the next, the
    should cells beside them empty. The must cells' lines are read under the must heading,
    before "They should:"."""
    must = [("We found breaches. The", 0, 0, True), ("provider must:", 0, 1.3, True)] if wrapped else [
        ("They must:", 0, 0, True)]
    cell = [("agency and bank staff.", 2, 3.2), ("• Ensure that records are", 0, 4.6), ("accurate and complete.", 2, 5.9)]
    foot = [("Page 3 of the report of the inspection of the trust, set across the whole width of the page", 0, 60)]
    glyphs = [g for text, x, top, *bold in must + [("They should:", 24, 0, True)] + cell + foot
              for g in _set(text, 40 + x * size, 60 + top * size, size, bool(bold))]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [spec[0] for spec in must + cell] + ["They should:", foot[0][0]]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_a_cell_saying_none_identified_under_a_bold_service_row_is_a_column_of_its_own(size):
    """A bold service row across a must / should table, then a must cell of several lines
    beside a should cell of one line ("None identified."): the bold row across the gap above
    them is the table's, not a line of the same paragraph, so the gap is a gutter and the
    cells are read one after the other, not glued line by line."""
    rows = [("Medical care (including older people's care) services", 0, 0, True),
            ("• Improve its governance arrangements so", 0, 1.5), ("that risks are identified and", 2, 2.8),
            ("acted on. (Regulation 17)", 2, 4.1), ("None identified.", 24, 1.5)]
    glyphs = [g for text, x, top, *bold in rows for g in _set(text, 40 + x * size, 60 + top * size, size, bool(bold))]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [spec[0] for spec in rows]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_the_first_column_s_last_line_below_the_end_of_the_two_columns_beside_it_is_read_in_its_column(size):
    """Three columns in a box, the first a line longer than the others: its last line (an
    item after an item gap, running on at the top of the second column), below the end of
    the gutter between the second and third, is read in the first column, before the second
    and third, not after them."""
    rows = [("We found breaches of the", 0, 0), ("regulations. The provider", 0, 1.3), ("must take action:", 0, 2.6),
            ("– Ensure that controlled drugs", 0, 4.5),
            ("are checked and that any", 22, 0), ("discrepancies are reported,", 22, 1.3),
            ("including for agency and", 44, 0), ("bank staff. (Regulation 12)", 44, 1.3)]
    glyphs = [g for text, x, top in rows for g in _set(text, 40 + x * size * 0.8, 60 + top * size, size * 0.8)]
    lines = [line.text for line in read_page(glyphs, 1, 595.0 * 2, 842.0 * 2).lines]
    assert lines == [spec[0] for spec in rows]


def _spaced_runs(text: str, x: float, top: float, size: float, gap_em: float, by_letter: bool = False) -> list[Glyph]:
    """A line drawn with no space characters: words (or, `by_letter`, single letters) as
    runs `gap_em` apart, word gaps in letter-spaced type twice that."""
    runs = []
    for word in text.split():
        for piece in (list(word) if by_letter else [word]):
            width = 0.5 * size * len(piece)
            runs.append(Glyph(piece, x, x + width, top, top + 1.2 * size, size, False, False, False))
            x += width + gap_em * size
        x += gap_em * size if by_letter else 0.0
    return runs


@pytest.mark.parametrize("size", [8.0, 11.0, 16.0])
def test_a_page_set_tight_word_by_word_keeps_its_word_spaces_and_letter_spaced_type_its_words(size):
    """Words drawn one by one 0.13 em apart with no space characters (tightly set justified
    text) are words; letters 0.13 em apart in a letter-spaced heading are one word; on an
    ordinary page a lone in-between gap inside a word (a ligature's short box) joins."""
    tight = ["The trust must ensure that staff are trained", "in line with the trust policy and that it",
             "is checked every month by the ward manager"]
    glyphs = [g for n, text in enumerate(tight) for g in _spaced_runs(text, 40, 60 + 1.4 * n * size, size, 0.13)]
    glyphs += _spaced_runs("SUMMARY", 40, 60 + 6 * size, size, 0.13, by_letter=True)
    assert [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines] == tight + ["SUMMARY"]
    ordinary = _set("Recruitment of sta", 40, 60, size)
    ordinary += _spaced_runs("ff", ordinary[-1].x1 + 0.13 * size, 60, size, 0.0)
    ordinary += _set("is under way and will be reviewed", ordinary[-1].x1 + size / 3, 60, size)
    assert [line.text for line in read_page(ordinary, 1, 595.0, 842.0).lines] == [
        "Recruitment of staff is under way and will be reviewed"]


@pytest.mark.parametrize("size", [9.0, 14.0])
def test_on_a_tight_page_a_narrowed_word_space_parts_words_and_a_widened_gap_inside_a_word_joins(size):
    """A serif "f" overhanging its advance narrows the word space after it; a ligature's box
    short of its advance widens a gap inside its word. Both fall below the page's word space;
    the letters either side decide: two words stay apart, one word's pieces join."""
    tight = ["The trust must ensure that staff are trained", "in line with the trust policy and that it"]
    glyphs = [g for n, text in enumerate(tight) for g in _spaced_runs(text, 40, 60 + 1.4 * n * size, size, 0.15)]
    line, x, top = [], 40.0, 60 + 2.8 * size
    for piece, gap in (("ensure", 0.15), ("all", 0.15), ("staff", 0.08), ("complete", 0.15), ("the", 0.15), ("Staffi", 0.09),
                       ("ng", 0.15), ("course.", 0.15)):
        line += _spaced_runs(piece, x, top, size, 0.0)
        x = line[-1].x1 + gap * size
    lines = [read.text for read in read_page(glyphs + line, 1, 595.0, 842.0).lines]
    assert lines == tight + ["ensure all staff complete the Staffing course."]


@pytest.mark.parametrize("size", [8.0, 10.0, 16.0])
def test_a_one_line_kind_cell_between_a_service_cell_and_its_items_is_a_cell_of_its_own(size):
    """Under a header row whose middle cell is empty, a row's service cell wraps over several
    lines, its "MUST" cell holds one line, level with the service's first line and the first
    item: it is neither run into the service's line nor lost with the gutters either side."""
    rows = [("Core service", 0, 0, True), ("Action the location MUST /", 16, 0, True),
            ("SHOULD take to improve", 16, 1.2, True),
            ("Acute wards for", 0, 3), ("adults of", 0, 4.2), ("working age", 0, 5.4), ("units", 0, 6.6),
            ("MUST", 9, 3, True),
            ("• Ensure that the", 16, 3), ("environment is safe and", 17.5, 4.2), ("suitable for patients.", 17.5, 5.4),
            ("• Ensure that staff", 16, 7), ("complete safeguarding", 17.5, 8.2), ("training every year.", 17.5, 9.4)]
    read = _read(*rows, size=size)
    assert "MUST" in read and "Acute wards for" in read
    assert read.index("Acute wards for") < read.index("MUST") < read.index("• Ensure that the")


@pytest.mark.parametrize("size", [8.0, 10.0, 16.0])
def test_a_lone_kind_cell_is_read_with_its_row_after_the_rest_of_the_item_above(size):
    """The table goes on from the page before: the first lines end an item whose cells began
    there, then a "SHOULD" cell (the only label on the page) opens the next row."""
    rows = [("Core service", 0, -2, True), ("Actions", 16, -2, True),
            ("including for agency", 17.5, 0), ("and bank staff.", 17.5, 1.2),
            ("SHOULD", 9, 3, True),
            ("• The trust should review", 16, 3), ("the discharge", 17.5, 4.2), ("arrangements.", 17.5, 5.4),
            ("• The trust should make", 16, 7), ("sure that leaflets are", 17.5, 8.2), ("available.", 17.5, 9.4)]
    assert _read(*rows, size=size)[:6] == ["Core service", "Actions", "including for agency", "and bank staff.", "SHOULD",
                                           "• The trust should review"]


@pytest.mark.parametrize("size", [8.0, 10.0, 16.0])
def test_a_wide_service_column_beside_a_kind_column_is_read_by_row(size):
    """The service column is as wide as a body column, the kind column's cells say only
    "SHOULD" or "MUST": each row is read label, kind, items."""
    rows = [("• The trust must ensure that", 22, 0), ("incidents are reported.", 23.5, 1.2),
            ("SHOULD", 14, 3, True),
            ("1. The trust should make sure", 22, 3), ("that leaflets are available.", 23.5, 4.2),
            ("MEDICAL CARE (INCLUDING", 0, 6, True), ("OLDER PEOPLE'S CARE)", 0, 7.2, True), ("MUST", 14, 6, True),
            ("• The service must ensure that", 22, 6), ("forms are completed in full.", 23.5, 7.2),
            ("• The trust must ensure that", 22, 8.5), ("staff complete training.", 23.5, 9.7)]
    assert _read(*rows, size=size) == [
        "• The trust must ensure that", "incidents are reported.", "SHOULD", "1. The trust should make sure",
        "that leaflets are available.", "MEDICAL CARE (INCLUDING", "OLDER PEOPLE'S CARE)", "MUST", "• The service must ensure that", "forms are completed in full.",
        "• The trust must ensure that", "staff complete training."]


@pytest.mark.parametrize("size", [8.0, 11.0, 16.0])
def test_a_fake_bold_line_whose_copy_a_reprint_cut_into_other_runs_reads_once(size):
    """Fake bold prints each run twice, a little apart; a re-print may cut the copy's runs
    elsewhere ("improvem" under "improvements"): the line reads once, in bold."""
    text = "The areas where the provider should make improvements are:"
    glyphs = _set(text, 40, 60, size)
    copy = [g._replace(x0=g.x0 + 0.03 * size, x1=g.x1 + 0.03 * size) for g in _set(text, 40, 60, size)]
    copy = [g._replace(text="improvem") if g.text == "improvements" else g for g in copy]
    [line] = read_page(glyphs + copy, 1, 595.0, 842.0).lines
    assert (line.text, line.bold) == (text, True)


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_two_lines_set_over_one_another_on_nearly_one_baseline_are_read_apart(size):
    """A floated panel's last line running under the page's footer, a little lower: glyphs of
    the two interleave on one baseline band; each comes back as a line of its own."""
    footer = _set("Anytown Dental Practice Inspection report summary of findings and actions", 40, 700, size)
    panel = _set("practice to manage medical emergencies", 40 + 20 * size, 700 + 0.08 * size, size)
    lines = [line.text for line in read_page(footer + panel, 1, 595.0, 842.0).lines]
    assert lines == ["Anytown Dental Practice Inspection report summary of findings and actions",
                     "practice to manage medical emergencies"]


def test_words_a_little_off_their_line_s_baseline_but_side_by_side_stay_one_line():
    """A re-print's ligature in a font of its own sits a little off the baseline: its glyphs
    do not overlap their neighbours, so the line is not split."""
    glyphs = _set("Staff", 40, 100) + _set("fi", 68.4, 100.6) + _set("lled in the forms", 78.4, 100)
    assert [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines] == ["Staff filled in the forms"]


def _spread(words: list[str], x: float, top: float, width: float, size: float, bold: bool = False) -> list[Glyph]:
    """One line set across `width` (justified; one word alone is set flush left)."""
    widths = [0.5 * size * len(w) for w in words]
    gap = (width - sum(widths)) / (len(words) - 1) if len(words) > 1 else 0.0
    runs = []
    for word, w in zip(words, widths):
        runs.append(Glyph(word, x, x + w, top, top + 1.2 * size, size, bold, False, True))
        x += w + gap
    return runs


@pytest.mark.parametrize("size", [8.0, 9.0, 12.0])
def test_a_numbered_heading_justified_across_a_narrow_column_makes_no_gutter_of_its_word_gaps(size):
    """Three justified columns; the first opens with a bold numbered heading justified across
    its narrow measure ("5.1      Governance," over "management      and"), set a little lower
    than the other columns' first lines. Its wide word gaps line up into a band with text on
    both sides, but the number starts its line at the column's edge and the words after the
    gaps end at the other: word spaces, not a gutter. Each column is read whole."""
    width, gutter, lead, big = 17 * size, 1.8 * size, 1.2 * size, 1.05 * size
    body = [["the", "provider", "used", "an", "electronic", "care"], ["planning", "system", "that", "staff", "could"],
            ["access", "on", "handheld", "devices", "every", "day."]]
    heading = [["5.1", "Governance,"], ["management", "and"], ["sustainability"]]
    glyphs = [g for n, words in enumerate(heading) for g in _spread(words, 40, 60 + 0.65 * size + n * 1.25 * big, width, big, True)]
    under = 60 + 0.65 * size + 3 * 1.25 * big + 0.6 * size
    glyphs += [g for n, words in enumerate(body) for g in _spread(words, 40, under + n * lead, width, size)]
    for column in (1, 2):
        x = 40 + column * (width + gutter)
        glyphs += [g for n, words in enumerate(body * 2) for g in _spread(words, x, 60 + n * lead, width, size)]
    lines = [line.text for line in read_page(glyphs, 1, 595.0 * size / 8, 842.0).lines]
    text = [" ".join(words) for words in body]
    assert lines == [" ".join(words) for words in heading] + text + text * 2 + text * 2


@pytest.mark.parametrize("size", [8.5, 10.0, 12.0])
def test_a_heading_orphaned_at_the_left_column_s_foot_is_read_before_the_items_at_the_right_column_s_top(size):
    """Columns filled in turn: the left column's list ends at its foot with the heading
    "Surgery", whose items open the right column; under them the right column goes on with a
    new paragraph level with a heading further up the left column. That level start is no new
    block set under the first: the heading at the left column's foot heads the right column's
    top, so the left column is read whole, then the right one."""
    right = 26
    left = [("Action the trust MUST take", 0, 0, True), ("Trust-wide", 0, 1.5, True),
            ("• The trust must ensure that the", 0, 2.7), ("board assurance is sound. (Reg 17)", 1, 3.9),
            ("Riverside General Hospital", 0, 5.6, True), ("Urgent and emergency care", 0, 7.0, True),
            ("• The trust must ensure that all", 0, 8.2), ("patients get antibiotics. (Reg 12)", 1, 9.4),
            ("• The trust must ensure that the", 0, 10.6), ("children are kept safe. (Reg 18)", 1, 11.8),
            ("Surgery", 0, 13.4, True)]
    items = [("• The trust must ensure that the", right, 0), ("checklist is completed. (Reg 12)", right + 1, 1.2),
             ("• The trust must ensure that all", right, 2.4), ("staff are trained. (Reg 18)", right + 1, 3.6)]
    narrative = [("We inspected four core services at", right, 5.55), ("the hospital because our checks", right, 6.75),
                 ("showed that their quality may have", right, 7.95), ("changed since we last visited.", right, 9.15)]
    assert _read(*left, *items, *narrative, size=size) == [spec[0] for spec in left + items + narrative]


@pytest.mark.skipif(not (shutil.which("gs") and shutil.which("pdftocairo")), reason="Ghostscript or pdftocairo missing")
@pytest.mark.parametrize("size", [9.5, 11.0, 14.0])
def test_a_full_em_ligature_set_inside_a_word_is_letters_not_an_ideograph(tmp_path, size):
    """A serif face's "ffi" is as wide as an ideograph (0.97 em in DejaVu Serif); re-printed twice,
    its byte-swapped map is the bare first letter. Set between two letters of one word, touching
    both, it is a ligature whatever its width: no ideograph is printed inside a Latin word."""
    text = "There were sufficient staff for the official Staffing rota."
    original = _raw_pdf(tmp_path, [(text, 72.0, 700.0, size, "Serif")], swapped_ligatures=True)
    once, twice = tmp_path / "once.pdf", tmp_path / "twice.pdf"
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(once),
                    str(original)], check=True, capture_output=True, timeout=60)
    subprocess.run(["pdftocairo", "-pdf", str(once), str(twice)], check=True, capture_output=True, timeout=60)
    assert _lines(twice) == [text]


@pytest.mark.skipif(not shutil.which("gs"), reason="Ghostscript is not installed")
@pytest.mark.parametrize("size", [9.0, 11.0, 15.0])
def test_on_an_ordinary_page_a_narrow_gap_with_no_space_character_parts_two_words(tmp_path, size):
    """Words drawn out of order, then re-printed by Ghostscript: no space characters, and a serif
    "f" overhanging its advance leaves "of" and "regulation" 0.09 em apart, too narrow for a usual
    space. On a page set with usual spaces the letters either side decide: two words and no one
    word stay apart, while a word's own pieces as far apart ("signi" / "ficant") join."""
    pytest.importorskip("reportlab")
    reprinted = _pieces_reprinted(tmp_path, ("DejaVuSerif", _serif()), size, (
        ("The provider was in breach", 0.3), ("of", 0.15), ("regulation 13 and made", 0.3), ("signi", 0.15),
        ("ficant", 0.3), ("changes.", 0.0)))
    assert _lines(reprinted) == ["The provider was in breach of regulation 13 and made significant changes."]


@pytest.mark.skipif(not shutil.which("gs"), reason="Ghostscript is not installed")
@pytest.mark.parametrize("size", [9.0, 11.0, 15.0])
def test_on_an_ordinary_page_a_narrow_gap_after_a_stop_parts_two_words(tmp_path, size):
    """Pieces drawn out of order, then re-printed by Ghostscript: no space characters, and a
    sentence's stop and the citation after it 0.15 em apart, too narrow for a usual space. No
    word goes on past its stop, so the gap after "guidance." or "staff," is a word space, while
    "e.g." (a stop after one letter) and a word's own pieces ("signi" / "ficant") stay closed."""
    pytest.importorskip("reportlab")
    reprinted = _pieces_reprinted(tmp_path, ("DejaVu", str(FONT)), size, (
        ("Train staff,", 0.15), ("e.", 0.15), ("g. nurses, in line with", 0.3), ("signi", 0.15),
        ("ficant guidance.", 0.15), ("(Regulation 18(1))", 0.0)))
    assert _lines(reprinted) == ["Train staff, e.g. nurses, in line with significant guidance. (Regulation 18(1))"]


@pytest.mark.skipif(not shutil.which("gs"), reason="Ghostscript is not installed")
@pytest.mark.parametrize("size", [9.0, 11.0, 15.0])
def test_on_an_ordinary_page_a_narrow_gap_before_a_number_parts_a_word_from_it(tmp_path, size):
    """Pieces drawn out of order, then re-printed by Ghostscript: no space characters, and a word
    and the year after it 0.15 em apart, too narrow for a usual space. Nothing inside a word widens
    a gap before a digit, so a word of two letters or more and a number are two words, while a
    single letter and its number ("E" / "2", a ward) stay closed."""
    pytest.importorskip("reportlab")
    reprinted = _pieces_reprinted(tmp_path, ("DejaVu", str(FONT)), size, (
        ("in breach of the Regulations", 0.15), ("2014. Ward", 0.3), ("E", 0.15), ("2 was made", 0.3),
        ("changes.", 0.0)))
    assert _lines(reprinted) == ["in breach of the Regulations 2014. Ward E2 was made changes."]


def _pieces_reprinted(tmp_path, font: tuple[str, str], size: float, pieces) -> Path:
    """One line of (piece, gap after it in ems) drawn last piece first in `font` (name, file), then
    re-printed by Ghostscript, which writes no space characters: the reader sees only the gaps."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    name, path = font
    pdfmetrics.registerFont(TTFont(name, path))
    original, reprinted = tmp_path / "original.pdf", tmp_path / "reprinted.pdf"
    page = canvas.Canvas(str(original))
    page.setFont(name, size)
    placed, x = [], 72.0
    for piece, gap in pieces:
        placed.append((x, piece))
        x += pdfmetrics.stringWidth(piece, name, size) + gap * size
    for x, piece in reversed(placed):
        page.drawString(x, 700, piece)
    page.save()
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(reprinted),
                    str(original)], check=True, capture_output=True, timeout=60)
    return reprinted


def _serif() -> str:
    """DejaVu Serif from the fixtures' fonts (the package ships the sans only)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))
    from gen.fonts import font_path

    return font_path("Serif")


@pytest.mark.skipif(not (shutil.which("gs") and shutil.which("pdftocairo")), reason="Ghostscript or pdftocairo missing")
@pytest.mark.parametrize("size", [9.0, 11.0, 15.0])
def test_on_a_tight_page_a_ligature_that_lost_its_tail_joins_the_letters_after_it(tmp_path, size):
    """Words set one by one 0.16 em apart (a page set tight), their ligatures mapped byte-swapped,
    re-printed twice: each ligature is its first letter and a lost tail, its box short of its
    advance, so the gap after it is half the page's word space. The letters either side decide,
    the lost tail filled in as the word needs: "f?" / "oors" is "floors", "staf?" / "on" two words."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))
    from gen.fonts import width

    texts = ["Staff on the floors had sufficient and qualified", "support, and leaflets were given to staff told",
             "about the changes made to the offices on the wards"]
    lines, y = [], 700.0
    for text in texts:
        x = 72.0
        for word in text.split():
            lines.append((word, x, y, size, "Cond"))
            x += width(word, "Cond", size) + 0.16 * size
        y += 1.4 * size
    original = _raw_pdf(tmp_path, lines, swapped_ligatures=True)
    once, twice = tmp_path / "once.pdf", tmp_path / "twice.pdf"
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(once),
                    str(original)], check=True, capture_output=True, timeout=60)
    subprocess.run(["pdftocairo", "-pdf", str(once), str(twice)], check=True, capture_output=True, timeout=60)
    assert _lines(twice) == texts
