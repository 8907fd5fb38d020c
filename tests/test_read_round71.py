"""Reading round seventy-one (an outside author's harder set, ET): a must list printed by a browser,
its statements without bullet glyphs (picture bullets) wrapping around a round rating badge floated
right ("Rated" / "Requires" / "improvement", a little smaller than the text), the badge's lines read
between the statements' lines. Its last line sits lower than the line the first statement's
sentence ends on, beside the citation read next. Before, that line was taken for a heading after a
finished sentence: the list ended there, the first statement lost its citation and the rest of the
list was not read (only the list printed again later was).

Fails without locate.py's `_going_on` taking the line read next beside a float after a finished
sentence.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found  # noqa: E402
from test_read_round64 import _width  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

A4 = (595.0, 842.0)
MUSTS = [("The provider must ensure that seclusion is recorded and reviewed in line with the Mental Health Act "
          "Code of Practice, including medical reviews within the required timescales.", "(Regulation 12(2)(a))"),
         ("The provider must ensure that ligature risk assessments are completed for all wards and that the "
          "risks identified are mitigated.", "(Regulation 12(2)(d))"),
         ("The provider must ensure that there are enough qualified nurses on each shift on Heron and Kestrel "
          "wards so that escorted leave is not cancelled.", "(Regulation 18(1))")]
SHOULDS = ["The provider should ensure that staff receive regular clinical supervision and that this is recorded."]
BADGE = [("Rated", False), ("Requires", True), ("improvement", True)]


def _page(size: float) -> list[tuple]:
    """Headings at the left edge, statements indented with no bullet glyph; the first statement's
    sentence on three lines short of the badge, its citation on a fourth; the badge's lines
    centred right of them, each a little under a statement line's baseline (the last beside the
    citation's line)."""
    left, text_x, lead = 60.0, 60.0 + 2 * size, 1.4 * size
    lines = [("Summary of findings", left, 80.0, 1.5 * size, True),
             ("Action the provider MUST take to improve", left, 80.0 + 2.6 * size, size, True)]
    base = 80.0 + 5.0 * size
    badge_size = 0.96 * size
    for k, (sentence, citation) in enumerate(MUSTS):
        rows = [" ".join(words) for words in _wrapped(sentence, size, (32.0 if k == 0 else 40.0) * size)]
        if k == 0:
            assert len(rows) == 3
            centre = text_x + max(_width(row, "DejaVu", size) for row in rows) + 6.0 * size
            for (word, bold), step in zip(BADGE, (0.36, 1.41, 2.25)):
                width = _width(word, "DejaVu-Bold" if bold else "DejaVu", badge_size)
                lines.append((word, centre - width / 2, base + step * lead, badge_size, bold))
        for row in rows + [citation]:
            lines.append((row, text_x, base, size, False))
            base += lead
        base += 0.4 * size
    lines.append(("Action the provider SHOULD take to improve", left, base + 0.8 * size, size, True))
    base += 2.6 * size
    for row in _wrapped(SHOULDS[0], size, 40.0 * size):
        lines.append((" ".join(row), text_x, base, size, False))
        base += lead
    return lines


@pytest.mark.parametrize("size", [9.0, 10.2, 11.5])
def test_a_badge_floated_beside_a_list_is_read_past_and_the_list_goes_on(tmp_path, size):
    found = _found(_draw(tmp_path / "badge.pdf", [(A4, _page(size))]))
    assert found == ([("must", None, f"{sentence} {citation}", 1) for sentence, citation in MUSTS]
                     + [("should", None, SHOULDS[0], 1)])
