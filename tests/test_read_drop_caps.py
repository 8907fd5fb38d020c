"""Drop caps (issue 10, CU/CX: a "We recommend" sentence opened by a large "W" set apart, in
LibreOffice's frame and WeasyPrint's floated ::first-letter), on a small PDF drawn here with
reportlab: the letter, drawn after the paragraph, stands beside the paragraph's first two or
three lines, its top level with the first line's capitals and its baseline on the last (about
three or five times its text's size: the deeper one is past the size of a watermark). The sentence is read
whole, letter first (before, it read "e recommend …", or the letter, past the watermark size,
was dropped and the sentence with it)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import LEFT, _pdf  # noqa: E402

LINES = ("e recommend the provider reviews its", "induction for agency staff so that they", "know the needs of people using the",
         "service and the fire procedures before they work", "unsupervised.")
CAP_HEIGHT_EM = 0.73  # DejaVu Sans


@pytest.mark.parametrize("size", [9.0, 10.5])
@pytest.mark.parametrize("deep", [2, 3])
def test_a_drop_cap_opens_the_first_word_of_the_line_beside_it(tmp_path, size, deep):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _pdf(tmp_path / "fonts.pdf", [])  # registers the fonts
    top, step = 120.0, 1.3 * size
    cap = size + (deep - 1) * step / CAP_HEIGHT_EM
    indent = LEFT + stringWidth("W", "DejaVu", cap) + 0.15 * size
    lines = [("Staff told us their induction had been short and had not covered the", LEFT, top, size, False),
             ("fire procedures for the building.", LEFT, top + step, size, False)]
    first = top + 2.5 * step
    lines += [(text, indent if i < deep else LEFT, first + i * step, size, False) for i, text in enumerate(LINES)]
    lines.append(("W", LEFT, first + (deep - 1) * step + size - cap, cap, False))
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [(f.kind, f.text) for f in found] == [("should", "W" + " ".join(LINES))]


@pytest.mark.parametrize("size", [9.0, 10.5])
def test_a_wide_drop_cap_in_a_cell_of_its_own_opens_the_text_cell_starting_inside_its_box(tmp_path, size):
    """A "W" three lines deep drawn in a narrow cell of its own: the text cell's lines start inside
    the letter's box, by a share of the letter's size (its side bearing), past half an em of the
    text. Before, the lines counted as set over the letter and the sentence read "e recommend"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _pdf(tmp_path / "fonts.pdf", [])  # registers the fonts
    top, step, deep = 120.0, 1.3 * size, 3
    cap = size + (deep - 1) * step / CAP_HEIGHT_EM
    indent = LEFT + stringWidth("W", "DejaVu", cap) - 0.17 * cap
    first = top + 2.5 * step
    lines = [("Staff told us their induction had been short.", LEFT, top, size, False)]
    lines += [(text, indent if i < deep else LEFT, first + i * step, size, False) for i, text in enumerate(LINES)]
    lines.append(("W", LEFT, first + (deep - 1) * step + size - cap, cap, False))
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [(f.kind, f.text) for f in found] == [("should", "W" + " ".join(LINES))]
