"""Reading round 162, each on a page built here, at two type sizes.

- A page of two columns flowing one into the other (a letter: the left column runs to the page's
  foot, its must list going on at the right column's top): a bold paragraph opening in the left
  column, wrapped over two lines, and a bold line in the right column (the letter's signature) fall
  near one height by chance, the right one level with neither of the left one's lines. Before, two
  bold headings anywhere between one's top and its body text began a new block of columns, so the
  left column's text under its heading was read after the right column's whole list, and its
  narrative bullet went on the right column's should list. Headings beside each other begin a
  block when one column's heading lines reach down to a line level with the other's top (the
  `beside` branch of gutters.py's `_new_block`).
- A soft hyphen drawn inside a line (a re-print mapping its hyphen glyph to U+00AD: "Well\u00adled" in a
  ratings grid) is a hyphen (read.py `_drawn_hyphens`).
"""

from pathlib import Path

import pytest

from cqcplan.pipeline.read import start_read

LEFT_X = 57.0


def _read(tmp_path: Path, lines: list[tuple], width: float) -> list[str]:
    from test_read_round8 import _pages

    path = _pages(tmp_path / "page.pdf", [lines], width=width, height=842.0)
    return [line.text for line in start_read(path, sha256="-")().body_lines()]


def _flow(blocks: list[tuple[str, list[str]]], x: float, top: float, size: float) -> tuple[list[tuple], float]:
    """Paragraphs down one column: each ("plain" | "bold" | "item", its lines), lines 1.3 em apart and
    paragraphs 1.95 em apart; an item's bullet at x, its lines at a hanging indent. The next top."""
    lines, y = [], top
    for kind, texts in blocks:
        if kind == "item":
            lines.append(("•", x, y, size, False))
        indent = 1.05 * size if kind == "item" else 0.0
        for k, text in enumerate(texts):
            lines.append((text, x + indent, y + 1.3 * size * k, size, kind == "bold"))
        y += 1.3 * size * (len(texts) - 1) + 1.95 * size
    return lines, y


LEFT_ABOVE = [("plain", ["The clinic is run by a small", "independent provider and sees", "adults who pay for their care."]),
              ("bold", ["Our key findings were as follows:"]),
              ("item", ["Theatre staff did not always", "complete the final safety check."]),
              ("item", ["Records of consent were kept", "in two places and did not agree."])]
LEFT_BELOW = [("bold", ["We saw several areas of good", "practice including:"]),
              ("item", ["Patients were phoned at home", "on the day after their operation."]),
              ("plain", ["However, there were also areas", "where the provider must improve."]),
              ("bold", ["Importantly, the provider must:"]),
              ("item", ["Ensure that every patient is", "assessed before their operation."])]
RIGHT_ABOVE = [("item", ["Ensure that emergency drugs are", "checked every week."]),
               ("bold", ["In addition the provider should:"]),
               ("item", ["Review how it collects the views", "of patients after surgery."]),
               ("item", ["Consider training all assistants", "to act as chaperones."])]
RIGHT_BELOW = [("bold", ["Dr Jane Example"]), ("plain", ["Chief Inspector of Hospitals"])]


@pytest.mark.parametrize("size", [9.5, 12.0])
def test_bold_openings_near_one_height_in_flowing_columns_begin_no_block(tmp_path: Path, size):
    pytest.importorskip("reportlab")
    right_x = LEFT_X + 22 * size
    left, below = _flow(LEFT_ABOVE, LEFT_X, 60.0, size)
    right, right_below = _flow(RIGHT_ABOVE, right_x, 60.0, size)
    left_rest, _ = _flow(LEFT_BELOW, LEFT_X, below, size)
    # the signature's top between the left heading's two lines (0.57 em under the first), level with neither
    signature, _ = _flow(RIGHT_BELOW, right_x, below + 0.57 * size, size)
    read = [text.removeprefix("• ") for text in _read(tmp_path, left + right + left_rest + signature, right_x + 22 * size)]
    want = [t for t, *_ in left + left_rest + right + signature if t != "•"]
    assert read == want


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_soft_hyphen_drawn_inside_a_line_is_a_hyphen(tmp_path: Path, size):
    """A re-print may map its hyphen glyph to U+00AD: drawn inside a line ("Well\\u00adled", a score's
    "3 \\u00ad Evidence"), a reader sees a hyphen, and the cover's "Well-led" rates (one ending a line may
    still split its word: join_lines). Before, every soft hyphen was left out when lines were joined
    ("Wellled"), and the ratings grid's label was no key question's."""
    pytest.importorskip("reportlab")
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lines = [("Safe", LEFT_X, 60.0, size, False), ("Good", LEFT_X + 12 * size, 60.0, size, False),
             ("Well\u00adled", LEFT_X, 60.0 + 1.6 * size, size, False),
             ("Requires improvement", LEFT_X + 12 * size, 60.0 + 1.6 * size, size, False),
             ("Score: 3 \u00ad Evidence shows a good standard", LEFT_X, 60.0 + 4 * size, size, False)]
    from test_read_round8 import _pages

    doc = start_read(_pages(tmp_path / "page.pdf", [lines], width=LEFT_X + 40 * size, height=842.0), sha256="-")()
    read = list(doc.body_lines())
    assert [line.text for line in read] == ["Safe", "Good", "Well-led", "Requires improvement",
                                            "Score: 3 - Evidence shows a good standard"]
    assert cover_ratings(read) == {"safe": "Good", "well-led": "Requires improvement"}
