"""Reading round 103 (random layouts: lists flowing through raised columns beside their headings), each
on a page built here, at two type sizes.

- Two columns of narrative (the left column's last sentence going on at the right column's top) over
  a must list in two columns: the left column opens the list with a bold lead-in and a core service
  wrapped over two lines, the right column with its own core service, level with the left one's
  second line. Headings set beside each other (one column's bold heading lines reaching down level
  with the other's top, body text under both) begin a new block: before, only headings level at
  their tops did, so the list was read inside the narrative's columns, the right column's narrative
  after the left column's list (random seed 125035). Only headings in one type: a section's larger heading
  beside a lead-in inside a letter's column begins no block (guarded by outside set ES,
  community_trust_qr_2016, not by a page built here).
- A bold heading's last line shares its row with the last line of a column carried over beside it (set
  a little lower, ending level with the heading's foot); the item under the heading, nearer than a
  blank to it, goes on in the left column, though the space over its bullet (a dingbat set lower on
  its line) is a blank's across the page: the blank is the right column's only (`left_goes_on`), so
  the item stays in the block whose heading the carried column begins beside (random seed 125039).
- A list in two columns whose right column's item opens with a dash hung out in the gutter, its
  first line justified so that the space after the dash is stretched past a hanging indent: the
  dash is the right column's bullet (it stands within a hanging indent of the column's text edge),
  not the last word of the left column's line level with it (random seed 125082).

Each test fails without its change: the `beside` branch of gutters.py's `_new_block`,
`Gutter.left_goes_on` for a blank that is the right column's only, and `hung_out`'s hanging indent
measured to the band's edge.
"""

from pathlib import Path

import pytest

from cqcplan.pipeline.read import start_read

LEFT_X = 57.0


def _read(tmp_path: Path, lines: list[tuple], width: float) -> list[str]:
    from test_read_round8 import _pages

    path = _pages(tmp_path / "page.pdf", [lines], width=width, height=842.0)
    return [line.text for line in start_read(path, sha256="-")().body_lines()]


def _column(texts: list[str], x: float, top: float, size: float, lead: float = 1.4) -> list[tuple]:
    return [(text, x, top + k * lead * size, size, False) for k, text in enumerate(texts)]


def _item(texts: list[str], x: float, top: float, size: float, mark: str = "•") -> list[tuple]:
    """A bulleted item: its mark at x, its lines at a hanging indent."""
    return [(mark, x, top, size, False)] + _column(texts, x + 1.6 * size, top, size)


NARRATIVE_LEFT = ["The service must take action to", "meet the regulations. Where we", "found that it was not, we told",
                  "the service what it must do."]
NARRATIVE_RIGHT = ["place but did not always identify", "risks in a timely way. Care was",
                   "delivered in line with guidance."]
MUST_LEFT = ["Ensure that follow-up", "appointments are booked within", "the timescales set by the", "clinician. (Regulation 13)"]
MUST_RIGHT = ["Improve its governance so that", "risks on the children's ward are", "identified and acted on.",
              "(Regulation 17)"]


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_headings_beside_each_other_begin_a_new_block(tmp_path: Path, size):
    pytest.importorskip("reportlab")
    right_x = LEFT_X + 20 * size
    lines = _column(NARRATIVE_LEFT, LEFT_X, 60.0, size)
    tail = 60.0 + 4 * 1.4 * size
    lines.append(("Governance processes were in", LEFT_X, tail, size, False))
    right = _column(NARRATIVE_RIGHT, right_x, 60.0, size)
    top = tail + 2.2 * size
    heads = [("Importantly, the service must:", LEFT_X, top, 0.96 * size, True),
             ("ACUTE WARDS FOR ADULTS", LEFT_X, top + 1.3 * size, 0.96 * size, True),
             ("OF WORKING AGE", LEFT_X, top + 2.6 * size, 0.96 * size, True)]
    left_list = heads + _item(MUST_LEFT, LEFT_X, top + 4.6 * size, size)
    right_list = [("OUTPATIENTS", right_x, top + 1.3 * size, 0.96 * size, True)] + _item(MUST_RIGHT, right_x, top + 3.0 * size, size)
    read = _read(tmp_path, lines + right + left_list + right_list, right_x + 20 * size)
    want = [t for t, *_ in lines + right + left_list + right_list if t != "•"]
    assert [text.removeprefix("• ") for text in read] == want


def _word(text: str, x: float, top: float, size: float, bold: bool = False) -> dict:
    """A word as read.py hands it to the gutter sweep (a glyph box a size tall, 0.55 em a letter)."""
    from types import SimpleNamespace

    from cqcplan.pipeline.text import is_list_marker

    return {"text": text, "x0": x, "x1": x + 0.55 * size * len(text), "top": top, "bottom": top + size,
            "size": size, "chars": [SimpleNamespace(bold=bold)], "marker": is_list_marker(text)}


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_the_left_column_goes_on_after_a_blank_that_is_the_right_columns_only(size):
    """A bold heading's last line shares its row with the carried column's last line (set a little
    lower, ending level with the heading's foot); the item under the heading, nearer than a blank to
    it, goes on in the left column, though the space over its bullet (set lower, a dingbat centred on
    its line) is a blank's across the page: seed 125039's must, "The hospital must ensure that" /
    "patient records are accurate, …"."""
    from cqcplan.pipeline.gutters import Gutter

    big, small, right_x = 1.5 * size, 0.9 * size, LEFT_X + 20 * size
    band = Gutter(LEFT_X + 12 * size, right_x, 100.0, small)
    for k, (head, carried) in enumerate([("ACTION THE", "complete and contemporaneously"),
                                         ("TO IMPROVE", "teams, including agency staff.")]):
        top = 100.0 + k * 1.25 * big
        band.add([_word(head, LEFT_X, top, big, bold=True), _word(carried, right_x, top + big - small, small)])
    foot = 100.0 + 1.25 * big + big
    item = [_word("•", LEFT_X, foot + 1.7 * small, 0.6 * small),
            _word("The hospital must", LEFT_X + 1.6 * size, foot + 1.2 * small, small)]
    assert band.left_goes_on(item)
    assert not band.left_goes_on([dict(w, top=w["top"] + small, bottom=w["bottom"] + small) for w in item])


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_dash_hung_in_the_gutter_before_a_stretched_space_is_the_right_columns(tmp_path: Path, size):
    pytest.importorskip("reportlab")
    from test_read_round7e import _width

    left = _item(["Ensure that at least 90% of", "medical staff complete their", "safeguarding training."],
                 LEFT_X, 60.0, size, mark="–") \
        + _item(["Ensure that medicines are", "stored securely."], LEFT_X, 60.0 + 4 * 1.4 * size, size, mark="–")
    # the right column's text edge 3.5 ems right of the left column's longest line; its item's dash
    # hung 2.4 ems out into the gutter, the space after it stretched (a justified first line)
    right_x = max(x + _width(text, size) for text, x, _, _, _ in left) + 3.5 * size
    right = _column(["at the right temperatures and", "that learning is shared."], right_x, 60.0, size)
    row = 60.0 + 1.4 * size
    right += [("–", right_x - 2.4 * size, row + 1.4 * size, size, False),
              ("Ensure that patients", right_x + 1.5 * size, row + 1.4 * size, size, False)]
    right += _column(["are escalated using the early", "warning score."], right_x, row + 2 * 1.4 * size, size)
    read = _read(tmp_path, left + right, right_x + 22 * size)
    assert not any(text.endswith("–") for text in read)
    assert "– Ensure that patients" in read
