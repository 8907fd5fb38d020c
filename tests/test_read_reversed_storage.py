"""A line stored last glyph first (a bidi layout engine writing every run in visual order): one TJ
array whose glyphs come right to left, a large positive offset after each moving the pen back to
where the glyph before it is drawn, so the page looks as usual. Words are read from where the glyphs
are, not from the order they are stored in: narrow letters stored one after the other ("ll" in
"tells", "li" in "clinical") are no run of their own, at any size."""

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from cqcplan.pipeline.read import start_read

from test_read_offset_word_gaps import _escaped, helvetica_page

HEADING = "Action the provider MUST take to improve"
BODY = ["Ensure that the leaflet tells patients how to escalate a complaint,",
        "that all clinical staff are trained, and that it is available",
        "and filled in by the illustrated deadline (Regulation 12(2)(f))."]


def _reversed(line: str) -> str:
    """`line` as a TJ array from its last glyph to its first: after each glyph, an offset taking the
    pen back over it and the glyph before it."""
    parts = []
    for k in range(len(line) - 1, -1, -1):
        parts.append(f"({_escaped(line[k])})")
        if k:
            back = stringWidth(line[k], "Helvetica", 1000) + stringWidth(line[k - 1], "Helvetica", 1000)
            parts.append(f"{back:.1f}")
    return "[" + " ".join(parts) + "] TJ"


def _pdf(size: float) -> bytes:
    leading = 1.3 * size
    ops = [f"BT /F1 {1.3 * size:.2f} Tf 72 720 Td ({_escaped(HEADING)}) Tj ET"]
    for n, line in enumerate(BODY):
        start = 72 + stringWidth(line[:-1], "Helvetica", size)  # where the last glyph is drawn
        ops.append(f"BT /F1 {size:.2f} Tf {start:.2f} {720 - (3 + n) * leading:.2f} Td {_reversed(line)} ET")
    return helvetica_page("\n".join(ops))


@pytest.mark.parametrize("size", [7.0, 10.0, 14.0])
def test_a_line_stored_last_glyph_first_reads_as_printed(tmp_path, size):
    path = tmp_path / "reversed.pdf"
    path.write_bytes(_pdf(size))
    page = start_read(path, sha256="reversed")().pages[0]
    assert [line.text for line in page.lines] == [HEADING, *BODY]
