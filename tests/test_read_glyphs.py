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
