"""A heading (or a run of large-type lines read as one) wrapped over three lines keeps a word
split by a soft hyphen at the middle line's end whole (pipeline/text.py's `merge_wrapped_headings`
joins the parts in turn), on small made-up pages of lines at two type sizes."""

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline import structure_patterns as sp
from cqcplan.pipeline.text import merge_wrapped_headings


def _line(text: str, x0: float, top: float, size: float, bold: bool = False) -> Line:
    return Line(text=text, page=2, x0=x0, text_x0=x0, x1=x0 + 0.5 * size * len(text), top=top,
                bottom=top + size, size=size, bold=bold, column_left=x0)


@pytest.mark.parametrize("size", [10.0, 16.0])
def test_a_soft_hyphen_ending_a_wrapped_heading_s_middle_line_rejoins_its_word(size):
    """"… long-term condi\u00ad" / "tions (community services)" reads "conditions". Before, the
    first two parts' join dropped the soft hyphen as a finished text does, and the third part
    was joined after a space ("condi tions"; a re-print's 14 pt statement read "account ability").
    Fails without `_joined` keeping the second part's line-end soft hyphen."""
    body, lead = 0.75 * size, 1.25 * size
    lines = [_line(f"Care was delivered in line with guidance, line {n}.", 4 * size, 10 * size + n * lead, body)
             for n in range(8)]
    lines += [_line("Medical care for older people and", 4 * size, 40 * size, size, bold=True),
              _line("people with long-term condi\u00ad", 4 * size, 40 * size + lead, size, bold=True),
              _line("tions (community services)", 4 * size, 40 * size + 2 * lead, size, bold=True)]
    merged = merge_wrapped_headings(lines, completes=sp.is_structural_heading)
    assert merged[-1].text == "Medical care for older people and people with long-term conditions (community services)"
