"""Reading round 138: read126's row of panel titles (read.py `_titles_over`) is one title over
each column. Two columns of paragraphs in type a little larger than the lists set under them
(a section's narrative going on from the left column to the right, a breach sentence broken
between the two) are running text, read column by column before the lists, not each column's
lines taken as titles at the top of the list under them, which broke the sentence around the
left column's list (random 134071 and 134077). Fails without the change.
"""

import pytest
from cqcplan.pipeline.read import start_read
from test_read_round126 import _Poster

pytest.importorskip("reportlab")

LEFT = ["Staff had not completed the training they needed", "to support people safely. This was a breach of",
        "regulation 12 (Safe care and treatment) of the"]
RIGHT = ["Health and Social Care Act 2008 (Regulated", "Activities) Regulations 2014. Staff knew how to",
         "report incidents."]
MUST = "The location must ensure that controlled drugs are checked daily."
SHOULD = "The location should ensure that staff are aware of the vision for the service."


def _page(path, size: float) -> None:
    page = _Poster(path, size)
    page.put("Areas for improvement", 30, 30, 1.5 * size, bold=True)
    width, text = 34 * size, 1.1 * size
    for k, lines in enumerate([LEFT, RIGHT]):
        x = 30 + k * (width + 4 * size)
        for n, words in enumerate(lines):
            page.put(words, x, 30 + 3 * size + 1.3 * text * n, text)
    top = 30 + 3 * size + 1.3 * text * len(LEFT) + size
    for k, (head, item) in enumerate([("The location must:", MUST), ("The location should:", SHOULD)]):
        x = 30 + k * (width + 4 * size)
        page.put(head, x, top, size, bold=True)
        page.item(item, x + 0.5 * size, top + 1.6 * size, width - 2 * size)
    page.canvas.showPage()
    page.canvas.save()


@pytest.mark.parametrize("size", [8.0, 10.5, 13.0])
def test_two_columns_of_paragraphs_over_two_lists_are_no_row_of_titles(tmp_path, size):
    path = tmp_path / "paragraphs.pdf"
    _page(path, size)
    read = [line.text for line in start_read(path, sha256="0")().pages[0].lines]
    assert read[:7] == ["Areas for improvement", *LEFT, *RIGHT]
    assert read[7] == "The location must:"
