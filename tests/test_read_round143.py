"""Reading round 143: a table typed in a fixed-width font with an owner column right of its statements
("| The trust must ensure that where patients are | MCA lead |"), built here at three type sizes.

The bars are walls (typed_grid.py), a gap of three characters down the rows, and the reader reads the owner's
cell as a column of its own right after the statement's first line. That cell, in a column the reader found
right of the statement's lines, is another cell of the row, no part of the statement, whether the
statement's first line fills its cell to the wall or not and whether the owner's cell wraps or not (locate.py
`_cell_across_row`). Fails without it: each statement carried its owner's words after its first line.
A justified line's wide word space is no such column (random layout 135015, in the 135000 range). A cell
read right after such a cell on its row (a due date after the owner's cell) is another cell too: a sheet's
rows built here as lines.
"""

import textwrap

import pytest

pytest.importorskip("reportlab")

from build import doc, line  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from reading import read_findings  # noqa: E402

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
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == [("must", text, SERVICE) for _, text, _ in ROWS]


# ---- the row's further cells ----------------------------------------------------------------------------

SHEET = [("The provider should continue to develop its carers' forum.", "Patient experience", "30/09/2023"),
         ("The provider should ensure that patients are offered a copy of their care plan.", "Ward managers", "31/03/2023")]


@pytest.mark.parametrize("size", [9.0, 12.0])
@pytest.mark.parametrize("own_column", [True, False])
def test_a_row_s_cells_read_after_its_statement_are_no_part_of_it(size, own_column):
    """A sheet read a row at a time, the owner's and the due date's cells after each statement, in a column
    the reader found right of it (the date in the owner's column or in one of its own): the date, read right
    after the owner's cell, is another cell of the row too."""
    spec = [line("Action the provider SHOULD take to improve", size=1.3 * size, bold=True, at=80)]
    for k, (statement, owner, due) in enumerate(SHEET):
        top = 80 + (k + 1) * 3 * size
        owner_x = 72 + 5 * len(statement) + 3 * size
        due_x = owner_x + 5 * len(owner) + 3 * size
        spec += [line(statement, size=size, left=72, at=top), line(owner, size=size, x=owner_x, left=owner_x, at=top),
                 line(due, size=size, x=due_x, left=due_x if own_column else owner_x, at=top)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [f.text for f in found] == [statement for statement, _, _ in SHEET]
