"""A plain-text file printed as it is: a fixed-pitch face, every line hard-wrapped at one column
whatever falls there (`fold -w N`), the list's "  * " markers indented by spaces and their text
wrapping back to the first column. A word cut at the wrap column with no hyphen reads as one word
(hard_wraps.py), a cut at a space keeps the words apart (the space starts the next line), and the
wrapped lines go on their item though they start left of its bullet (locate `_wraps_to_column_edge`);
the same text word-wrapped at the same width keeps every space."""

import textwrap

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402

ITEMS = {
    "must": ["The trust must ensure that staff in the district nursing teams complete and record a pressure "
             "ulcer risk assessment for every patient on their caseload within the timescale set in policy. "
             "(Regulation 12(2)(a))",
             "The trust must ensure that there are enough suitably qualified and experienced community nurses "
             "deployed in the locality teams to meet patient demand safely. (Regulation 18(1))",
             "The trust must ensure that insulin administered in patients' homes is recorded accurately on the "
             "medicines administration record each time. (Regulation 12(2)(g))"],
    "should": ["The trust should ensure that staff compliance with mandatory safeguarding adults level 3 "
               "training reaches the trust target.",
               "The trust should consider how lone working devices are allocated so that every community nurse "
               "working alone after 6pm has one.",
               "The trust should ensure that wound photographs are uploaded to the electronic patient record "
               "and not kept on personal devices.",
               "The trust should review the arrangements for discharge planning meetings so that community "
               "teams are invited in good time."],
}
HEADINGS = {"must": "Action the trust MUST take to improve", "should": "Action the trust SHOULD take to improve"}


def _folded(text: str, columns: int) -> list[str]:
    """`fold -w columns`: cut every `columns` characters, whatever falls there."""
    return [text[k:k + columns] for k in range(0, len(text), columns)]


def _wrapped(text: str, columns: int) -> list[str]:
    return textwrap.wrap(text, columns)


def _printout(path, columns: int, size: float, wrap, rows_a_page: int):
    """The export as a print server prints it: Courier, one text line a printed line, a header on each
    sheet, `rows_a_page` lines a sheet (so an item may run over the page break)."""
    from reportlab.pdfgen import canvas

    rows = [*_rows(columns, wrap), "=" * columns,
            *wrap("NOTE: action owners should update the tracker. This extract must not be edited.", columns)]
    pitch, leading, left = 0.6 * size, 1.3 * size, 50.0
    page = canvas.Canvas(str(path), pagesize=(left * 2 + columns * pitch + 20, 842))
    for start in range(0, len(rows), rows_a_page):
        page.setFont("Helvetica", 8)
        page.drawString(left, 842 - 30, f"Page {start // rows_a_page + 1}   actions.txt")
        page.setFont("Courier", size)
        for n, row in enumerate(rows[start:start + rows_a_page]):
            page.drawString(left, 842 - 60 - n * leading, row)
        page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("columns, size, rows_a_page", [(80, 9.6, 60), (72, 8.0, 17), (64, 11.0, 23)])
def test_a_hard_wrap_inside_a_word_reads_as_one_word(tmp_path, columns, size, rows_a_page):
    folded = [row for items in ITEMS.values() for item in items for row in _folded("  * " + item, columns)]
    assert any(a[-1:].isalpha() and b[:1].isalpha() for a, b in zip(folded, folded[1:]))  # words cut
    assert any(b[:1] == " " for b in folded)  # and a cut at a space
    _, found = _findings(_printout(tmp_path / "report.pdf", columns, size, _folded, rows_a_page))
    assert [(f.kind, f.text) for f in found] == [(kind, item) for kind, items in ITEMS.items() for item in items]


@pytest.mark.parametrize("columns, size", [(80, 9.6), (60, 10.0), (48, 8.0)])
def test_the_same_text_word_wrapped_keeps_its_spaces(tmp_path, columns, size):
    _, found = _findings(_printout(tmp_path / "report.pdf", columns, size, _wrapped, 60))
    assert [(f.kind, f.text) for f in found] == [(kind, item) for kind, items in ITEMS.items() for item in items]


def test_proportional_type_has_no_pitch():
    from cqcplan.pipeline.glyphs import Glyph
    from cqcplan.pipeline.hard_wraps import fixed_pitch

    def run(text, x0, step):
        return Glyph(text, x0, x0 + step * len(text), 0.0, 10.0, 10.0, False, False)

    mono = [run("record", 0.0, 6.0), run("a", 42.0, 6.0), run("pressure", 54.0, 6.0)]
    assert fixed_pitch(mono) == 6.0
    assert fixed_pitch([run("record", 0.0, 5.1), run("a", 33.6, 5.6), run("pressure", 42.0, 5.4)]) == 0.0
    assert fixed_pitch([run("record", 0.0, 6.0), run("a", 40.0, 6.0), run("pressure", 52.0, 6.0)]) == 0.0  # gaps
    # a proportional face's figures share one width, its space half of it: a row of figures has no pitch
    assert fixed_pitch([run("12", 0.0, 5.56), run("34", 13.9, 5.56), run("56", 27.8, 5.56)]) == 0.0
    assert fixed_pitch([run("12", 0.0, 6.0), run("34", 18.0, 6.0), run("56", 36.0, 6.0)]) == 0.0  # figures only


def _rows(columns: int, wrap=_folded) -> list[str]:
    """The export's header and lists, each item wrapped at `columns` by `wrap`."""
    rows = ["CQC INSPECTION REPORT - ACTION EXTRACT", "=" * columns, "", "AREAS FOR IMPROVEMENT", ""]
    for kind, items in ITEMS.items():
        rows += [HEADINGS[kind], "-" * len(HEADINGS[kind])]
        for item in items:
            rows += wrap("  * " + item, columns)
        rows.append("")
    return rows


def test_a_cut_at_a_space_at_a_page_s_foot_keeps_the_words_apart(tmp_path):
    """The page break falls where the wrap carried a space over: the next page's line starts one column in
    from where the item's wrapped lines start on the page before."""
    columns, rows_a_page = next((columns, k) for columns in range(48, 96) for rows in [_rows(columns)]
                                for k in range(12, len(rows)) if rows[k][:1] == " " and rows[k][1:2].strip()
                                and len(rows[k - 1]) == columns and rows[k - 1][-1].isalnum() and "*" not in rows[k - 1])
    _, found = _findings(_printout(tmp_path / "report.pdf", columns, 9.0, _folded, rows_a_page))
    assert [(f.kind, f.text) for f in found] == [(kind, item) for kind, items in ITEMS.items() for item in items]
