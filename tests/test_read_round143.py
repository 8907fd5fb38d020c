"""Reading round 143: a table typed in a fixed-width font with an owner column right of its statements
("| The trust must ensure that where patients are | MCA lead |"), built here at three type sizes.

The bars are walls (typed_grid.py), a gap of three characters down the rows, and the reader reads the owner's
cell as a column of its own right after the statement's first line. That cell, in a column the reader found
right of the statement's lines, is another cell of the row, no part of the statement, whether the
statement's first line fills its cell to the wall or not and whether the owner's cell wraps or not (locate.py
`_cell_across_row`). Fails without it: each statement carried its owner's words after its first line.
A justified line's wide word space is no such column (random layout 135015, in the 135000 range).
"""

import textwrap

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from test_read_outside_tables import _findings  # noqa: E402

SERVICE = "Wards for older people with mental health problems"
ROWS = [("M01", "The trust must ensure that where patients are deprived of their liberty, applications are made "
                "to the local authority and the outcome is recorded. (Regulation 13(5))", "MCA lead"),
        ("M02", "The trust must ensure that patients in seclusion are reviewed by a doctor and a nurse at the "
                "intervals set out in the Code of Practice. (Regulation 12(2)(a))", "Matron, Kestrel/Heron"),
        ("M03", "The trust must ensure that staff record physical health observations after rapid "
                "tranquillisation. (Regulation 12(2)(b))", "Physical health nurse")]
WIDTHS = (5, 46, 14)  # each cell's width in characters, inside its padding


def _border(fill: str = "-") -> str:
    return "+" + "+".join(fill * (w + 2) for w in WIDTHS) + "+"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.ljust(w) for cell, w in zip(cells, WIDTHS)) + " |"


def _lines() -> list[str]:
    span = sum(WIDTHS) + 3 * (len(WIDTHS) - 1)
    lines = ["NORTHMARSH PARTNERSHIP NHS FOUNDATION TRUST", "", "ACTION THE PROVIDER MUST TAKE TO IMPROVE", "",
             _border(), _row("Ref", "CQC action (as worded in report)", "Owner"), _border("="),
             "| " + f"Core service: {SERVICE}".ljust(span) + " |", _border()]
    for ref, text, owner in ROWS:
        texts, owners = textwrap.wrap(text, WIDTHS[1]), textwrap.wrap(owner, WIDTHS[2])
        for k in range(max(len(texts), len(owners))):
            lines.append(_row(ref if k == 0 else "", *(part[k] if k < len(part) else "" for part in (texts, owners))))
        lines.append(_border())
    return lines


def _typed(path, size: float) -> None:
    lines = _lines()
    height = (len(lines) + 6) * 1.2 * size
    page = canvas.Canvas(str(path), pagesize=((len(_border()) * 0.6 + 8) * size, height))
    page.setFont("Courier", size)
    for n, text in enumerate(lines):
        page.drawString(4 * size, height - (3 + 1.2 * n) * size, text)
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_an_owner_s_cell_typed_beside_the_statement_is_no_part_of_it(tmp_path, size):
    path = tmp_path / "register.pdf"
    _typed(path, size)
    assert [(f.kind, f.text, f.service) for f in _findings(path)] == [("must", text, SERVICE) for _, text, _ in ROWS]
