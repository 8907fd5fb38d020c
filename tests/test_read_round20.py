"""Reading round twenty (issue 10): a list's heading under columns filled in turn.

A two-column narrative ends with its left column one line longer than its right; under that
line, still in the left column's measure, comes a must list's heading, bold in the text's type,
and under it the list in smaller type through three columns of its own. The heading heads the
list: it is read after the right column, not as the left column's last line (before, the list
opened over the right column's narrative, which became a statement, and its items were lost).
A bold line is no line of the plain paragraph above it, however that line breaks off.
"""

import pytest

from cqcplan.pipeline.read import read_page

from test_read_glyphs import _set

LEFT = ["Staff told us they should have more", "time to complete training, but shifts",
        "were often too busy. Some staff said", "that managers should do more to share",
        "learning between teams. Patients were"]
RIGHT = ["screened using the tool on admission.", "Records we reviewed were not always",
         "complete; some risk assessments had", "not been updated on the wards."]
HEADING = "Importantly, the provider must:"
LIST = [["1. Ensure that there are", "enough nurses on wards.", "2. Ensure that risk"],
        ["assessments are done on", "admission. (Reg 12)", "3. Make sure that staff"],
        ["receive an appraisal.", "4. Ensure that all staff", "complete training."]]


@pytest.mark.parametrize("size", [8.0, 9.5, 12.0])
@pytest.mark.parametrize("larger", [1.0, 1.05])
def test_a_bold_list_heading_under_the_longer_column_heads_the_columns_below(size, larger):
    lead, small = 1.4 * size, 0.875 * size
    glyphs = [g for k, text in enumerate(LEFT) for g in _set(text, 40, 80 + k * lead, size)]
    glyphs += [g for k, text in enumerate(RIGHT) for g in _set(text, 40 + 23 * size, 80 + k * lead, size)]
    top = 80 + len(LEFT) * lead + 0.6 * size
    glyphs += _set(HEADING, 40, top, larger * size, bold=True)
    glyphs += [g for c, lines in enumerate(LIST) for k, text in enumerate(lines)
               for g in _set(text, 40 + 15 * c * size, top + 1.8 * size + k * 1.4 * small, small)]
    read = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert read == LEFT + RIGHT + [HEADING] + [text for lines in LIST for text in lines]
