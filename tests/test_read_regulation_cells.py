"""Outside set EN's GP report: the must list is a two-column table, "Action required | Regulation", each
statement's citation alone in the right-hand cell of its row, in smaller type and level with its first line.
The cell is read past as a note beside the list (the statement's text stays without it, as printed), and
now gives the finding its regulations: the cell on the item's own row, matched by place, however the
reading order interleaves the column's cells with the items (before, the regulations were guessed from
the wording: the fire risk assessment as regulation 15, where the row prints 12(2)(d))."""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _fonts, _wrapped  # noqa: E402

from reading import read_findings  # noqa: E402

MUSTS = [("Ensure that the fire risk assessment is reviewed and that identified actions, including fire drills and the "
          "servicing of fire-fighting equipment, are completed.", "Regulation 12(2)(d)"),
         ("Ensure that recruitment checks, including Disclosure and Barring Service checks, are carried out for all "
          "staff before they start work.", "Regulation 19(3)(a)"),
         ("Establish effective systems and processes to ensure good governance, including the management of "
          "significant events and safety alerts.", "Regulation 17(1)")]


def _table(path: Path, size: float, cells_last: bool) -> None:
    """The regulations column drawn with its rows (`cells_last` False) or after every item (True)."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    left, cell = 56.0, A4[0] - 56.0 - 12 * size

    def draw(text: str, x: float, top: float, font: str = "DejaVu", scale: float = 1.0) -> None:
        page.setFont(font, scale * size)
        page.drawString(x, A4[1] - top - size, text)

    draw("Inspection report", left, 60, "DejaVu-Bold", 2.0)  # a cover: page 1 has rules of its own
    page.showPage()
    top = 60.0
    draw("The areas where the provider must make improvements are:", left, top, "DejaVu-Bold", 1.2)
    top += 2.2 * size
    draw("Action required", left + 0.4 * size, top, "DejaVu-Bold", 0.9)
    draw("Regulation", cell, top, "DejaVu-Bold", 0.9)
    top += 2 * size
    later = []
    for text, citation in MUSTS:
        later.append((citation, top + 0.05 * size))
        if not cells_last:
            draw(citation, cell, top + 0.05 * size, scale=0.9)
        draw("•", left + 0.4 * size, top)
        for words in _wrapped(text, cell - left - 4 * size, cell - left - 4 * size, size):
            draw(words, left + 1.7 * size, top)
            top += 1.33 * size
        top += size
    for citation, at in later if cells_last else []:
        draw(citation, cell, at, scale=0.9)
    draw("(Please see the specific details on action required at the end of this report).", left, top + size, scale=0.9)
    page.showPage()
    page.save()


@pytest.mark.parametrize("cells_last", [False, True])
@pytest.mark.parametrize("size", [9.5, 11.0])
def test_a_regulation_cell_gives_its_row_s_finding_its_regulations(tmp_path, size, cells_last):
    path = tmp_path / "gp.pdf"
    _table(path, size, cells_last)
    found = read_findings(path)
    assert [(f.kind, f.text, [(r.number, r.paragraphs) for r in f.regulations]) for f in found] == [
        ("must", text, [(citation.split()[1][:2], citation.split()[1][2:])]) for text, citation in MUSTS]
