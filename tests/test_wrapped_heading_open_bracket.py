"""A bold line left with a bracket open (a title cut off by its clip at a page's edge: "… (report published
21 Apr") goes on over the next line only when that line is no heading of its own: "Medical care (including
older people's" / "care)" is one heading, and a must/should list heading under the cut title heads its list
(pipeline/text.py's `merge_wrapped_headings`), on small made-up pages of lines."""

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline import structure_patterns as sp
from cqcplan.pipeline.text import merge_wrapped_headings


def _line(text: str, top: float, size: float, bold: bool = True) -> Line:
    return Line(text=text, page=1, x0=60.0, text_x0=60.0, x1=60.0 + 0.5 * size * len(text), top=top,
                bottom=top + size, size=size, bold=bold, column_left=60.0)


def _merged(first: str, second: str, size: float) -> list[str]:
    body = [_line(f"Body text of the register, line {n}.", 20 * size + n * 1.3 * size, 0.8 * size, False) for n in range(6)]
    lines = [_line(first, 6 * size, size), _line(second, 7.3 * size, size), *body]
    return [line.text for line in merge_wrapped_headings(lines, completes=sp.is_structural_heading)][:-len(body)]


@pytest.mark.parametrize("size", [9.0, 11.0, 14.0])
def test_a_list_heading_under_a_title_cut_with_its_bracket_open_heads_its_list(size):
    title = "Kingsmead NHS Trust - action register (inspection report published 21 Apr"
    assert _merged(title, "Action the trust MUST take to improve", size) == [title, "Action the trust MUST take to improve"]


@pytest.mark.parametrize("size", [9.0, 11.0, 14.0])
def test_a_heading_wrapped_inside_its_brackets_is_still_one(size):
    assert _merged("Medical care (including older people's", "care)", size) == ["Medical care (including older people's care)"]
