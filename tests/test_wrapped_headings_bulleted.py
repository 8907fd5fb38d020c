"""A bulleted line opens an item, never a heading wrapped over three lines (pipeline/text.py's
`merge_wrapped_headings`), on small made-up pages of lines."""

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline import structure_patterns as sp
from cqcplan.pipeline.text import merge_wrapped_headings


def _line(text: str, x0: float, top: float, size: float, bold: bool = False, text_x0: float | None = None) -> Line:
    return Line(text=text, page=2, x0=x0, text_x0=text_x0 or x0, x1=x0 + 0.5 * size * len(text), top=top,
                bottom=top + size, size=size, bold=bold, column_left=x0)


@pytest.mark.parametrize("size", [9.0, 12.0, 16.0])
def test_a_table_s_bulleted_item_in_larger_type_than_the_body_heads_nothing(size):
    """A must / should table set a third larger than the report's body: its must cell's one item is
    read, then the should cell's heading beside it. The item's lines and that heading together end
    like a list heading ("… training. The provider should:"), yet a bulleted line opens an item: no
    line is joined. Before, the three were one heading, and the must cell's item was lost. Fails
    without `_three_line_heading` refusing a bulleted first line."""
    body, lead = 0.75 * size, 1.25 * size
    lines = [_line(f"Care was delivered in line with guidance, line {n}.", 4 * size, 10 * size + n * lead, body)
             for n in range(8)]
    lines += [
        _line("The provider must:", 5 * size, 40 * size, size, bold=True),
        _line("◦ Ensure that at least 90% of medical staff complete", 5 * size, 40 * size + lead, size,
              text_x0=7 * size),
        _line("safeguarding children level 3 training.", 7 * size, 40 * size + 2 * lead, size),
        _line("The provider should:", 35 * size, 40 * size, size, bold=True),
        _line("• Continue to improve the recording of pain scores.", 35 * size, 40 * size + lead, size,
              text_x0=37 * size),
    ]
    assert [line.text for line in merge_wrapped_headings(lines, completes=sp.is_structural_heading)] == [
        line.text for line in lines]
