"""Reading round sixty-three (random layouts that still failed); each page is drawn here line by line,
at several type sizes:

- two lists stacked in narrow columns, no blank between them: the must list's item cut at the left
  column's foot goes on at the right column's top, where the next must item closes with a 2010
  regulation's name in brackets wrapped over four lines; the should list's heading opens the left
  column below, its second item opens the right column a little above that heading. The citation
  closes a finished sentence, so the right column's numbered item is the next block's: the must list
  is read whole (both columns) before the should list. Before, a citation was looked for only three
  lines up, so the columns were read as one stretch and the should list's heading and first item
  came between the cut item and its last words (seed 115008).
- a must box in small type over two columns, its item cut at the left column's foot and closed by
  its citation, one line at the right column's top; the should list in larger type stacked right
  under it, its heading opening the left column level with the right column's next line (the last
  words of the should item cut at the left column's foot). A column's one line that ends a finished
  sentence, over a line in other type, has ended its block: the box is read whole before the list.
  Before, a column needed two lines before it could break off, so the box's citation was read
  after the should list's first item, whose last words followed the heading (seed 115066).

- a must box over three columns, each item running on from column to column, the should list stacked
  under it under a box's padding (less than a blank band): its heading in larger type opens the first
  column, the other columns' first lines (the ends of items cut at the foot of the column before) set
  about its baseline, so their tops lie lower than the heading's by more than a share of the text's
  em. Lines in two sizes are level within that share plus the difference of the sizes (the larger
  type's box begins that much higher): the box is read before the list. Before, the columns were one
  stretch, the should heading read in the middle of the must box's items (seed 112082).

Each test fails without its change: gutters.py's `Gutter._finished` (a bracket opened any number of
lines up), `Gutter._one_line_block` and `_new_block`'s slack (the difference of two sizes).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

CUT = "Ensure that incidents are reported, investigated and that learning is shared with staff."
APPRAISAL = ("Make sure that staff receive an annual appraisal and regular clinical supervision, in line with "
             "national guidance. (Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 Staffing)")
EARLIER = ("Falls risk assessments are reviewed after every fall and staff have access to up-to-date policies "
           "and procedures on every ward.")
REVIEW = "Review the arrangements for face-to-face interpreting services, in accordance with the trust policy."
IMPROVE = ("Improve the completion of the day-to-day cleaning schedules in the emergency department, in line "
           "with national guidance.")


def _read(tmp_path: Path, drawn: list[tuple]) -> list[str]:
    """The page's lines as read, in reading order."""
    return [line.text for line in start_read(_pdf(tmp_path / "page.pdf", drawn), sha256="-")().body_lines()]


def _item(text: str, mark: str, x: float, top: float, size: float, width: float) -> tuple[list[tuple], float]:
    """A bulleted or numbered item with a hanging indent, leading 1.6 ems; its lines and the top under it."""
    lines = [(mark, x, top, size, False)] if mark else []
    for k, words in enumerate(_wrapped(text, size, width - 1.5 * size)):
        lines.append((" ".join(words), x + 1.5 * size, top + k * 1.6 * size, size, False))
    return lines, top + len(lines) * 1.6 * size - (1.6 * size if mark else 0)


def _stacked(size: float) -> list[tuple]:
    """The page: the must list over two narrow columns, its cut item going on at the right column's
    top, the should list stacked under it with no blank band between."""
    width, left = 16 * size, 54.0
    right = left + width + 1.2 * size
    drawn, y = _item(EARLIER, "•", left, 60.0, size, width)
    lines, y = _item(EARLIER.replace("every ward", "both sites"), "•", left, y + 0.8 * size, size, width)
    drawn += lines
    cut = _wrapped(CUT, size, width - 1.5 * size)
    lines, y = _item(" ".join(" ".join(words) for words in cut[:-1]), "•", left, y + 0.8 * size, size, width)
    drawn += lines
    heading = y + 0.8 * size
    drawn.append(("The hospital should:", left, heading, 1.15 * size, True))
    drawn += _item(REVIEW, "1.", left, heading + 2.4 * size, size, width)[0]
    drawn.append((" ".join(cut[-1]), right + 1.5 * size, 60.0, size, False))
    lines, y = _item(APPRAISAL, "•", right, 60.0 + 2.6 * size, size, width)
    drawn += lines
    assert y < heading - 2 * size  # the must item ends above the should list's heading
    drawn += _item(IMPROVE, "2.", right, heading - 0.8 * size, size, width)[0]
    return drawn


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_citation_wrapped_over_four_lines_ends_the_block(tmp_path, size):
    text = " ".join(_read(tmp_path, _stacked(size)))
    assert CUT in text
    assert text.index("Staffing)") < text.index("The hospital should:") < text.index("Review the")
    assert text.index("Review the") < text.index("Improve the")


BOXED = ("The provider must make sure that consent and mental capacity assessments are recorded in patients' "
         "notes and that learning is shared across teams. (Regulation 12(2)(g))")
SHARES = ("The provider should consider how it shares learning from complaints with staff on all medical wards "
          "and that compliance is monitored through regular audits.")
REVIEWS = "The service should review the arrangements for face-to-face interpreting services for young people."


def _box_over_list(size: float) -> list[tuple]:
    """The page: a must box in 0.85 of the list's type, over two columns, its citation alone at the
    right column's top; the should list stacked under it, its item cut at the left column's foot."""
    width, left, small = 18 * size, 54.0, 0.85 * size
    right = left + width + 1.5 * size
    boxed = [" ".join(words) for words in _wrapped(BOXED, small, width)]
    drawn = [(text, left, 60.0 + k * 1.6 * small, small, False) for k, text in enumerate(boxed[:-1])]
    drawn.append((boxed[-1], right, 60.0, small, False))
    heading = 60.0 + len(boxed[:-1]) * 1.6 * small + 0.3 * size
    drawn += [("Action the provider SHOULD", left, heading, 1.25 * size, False),
              ("take to improve", left, heading + 1.6 * 1.25 * size, 1.25 * size, False)]
    shares = _wrapped(SHARES, size, width - 1.5 * size)
    lines = _item(" ".join(" ".join(words) for words in shares[:-1]), "»", left, heading + 4.4 * size, size, width)[0]
    drawn += lines + [(" ".join(shares[-1]), right + 1.5 * size, heading, size, False)]
    drawn += _item(REVIEWS, "»", right, heading + 1.6 * size, size, width)[0]
    return drawn


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_one_line_column_closing_a_sentence_ends_the_block(tmp_path, size):
    text = " ".join(_read(tmp_path, _box_over_list(size)))
    assert BOXED in text
    assert SHARES in text
    assert text.index("Action the provider SHOULD") < text.index("The service should")


A_MUST = ("The service must ensure that at least 90% of medical staff complete safeguarding children level 3 "
          "training, including for agency and bank staff (HBN 00-09). (Regulation 23(1)(a))")
B_MUST = ("The service must make sure that at least 90% of medical staff complete", "safeguarding children level 3 "
          "training, including for agency and bank staff (HBN 00-09). (Regulation 23(1)(a))")
C_SHOULD = ("The service should consider a decision-making tool for the management of patients with",
            "sepsis and that compliance is monitored through regular audits.")
D_SHOULD = ("The service should make sure that leaflets are available in languages other than English",
            "across both hospital sites, in line with national guidance.")


def _three_columns(size: float) -> list[tuple]:
    """The page: a must box over three columns, each item running on from column to column; the should
    list stacked under it, its heading in larger type opening the first column at about the baseline of
    the other columns' first lines (the ends of items cut at the foot of the column before)."""
    width, lead, big = 13 * size, 1.3 * size, 1.26 * size
    xs = [40.0 + k * (width + 1.5 * size) for k in range(3)]

    def column(x: float, top: float, parts: list[tuple[str, str]]) -> tuple[list[tuple], float]:
        """Lines of text (or items, marked), one under another at the text's leading."""
        lines = []
        for text, mark in parts:
            if mark:
                lines.append((mark, x, top, size, False))
            for words in _wrapped(text, size, width - (1.5 * size if mark else 0)):
                lines.append((" ".join(words), x + (1.5 * size if mark else 0), top, size, False))
                top += lead
        return lines, top

    a = [" ".join(words) for words in _wrapped(A_MUST, size, width - 1.5 * size)]
    first, y1 = column(xs[0], 60.0, [(" ".join(a[:-1]), "a)")])
    second, y2 = column(xs[1] + 1.5 * size, 60.0, [(a[-1], "")])
    more, y2 = column(xs[1], y2, [(B_MUST[0], "b)")])
    third, y3 = column(xs[2] + 1.5 * size, 60.0, [(B_MUST[1], "")])
    heading = max(y1, y2, y3) + 0.6 * size  # under a box's padding, less than a blank band
    under = heading + 0.42 * size  # the other columns' first lines at about the heading's baseline (as seed 112082)
    drawn = first + second + more + third
    drawn += [(words, xs[0], heading + k * 1.3 * big, big, True)
              for k, words in enumerate(("Action the", "provider SHOULD", "take to improve"))]
    drawn += column(xs[0], heading + 4.1 * big, [(C_SHOULD[0], "c)")])[0]
    lines, y = column(xs[1] + 1.5 * size, under, [(C_SHOULD[1], "")])
    drawn += lines + column(xs[1], y + 0.4 * size, [(D_SHOULD[0], "d)")])[0]
    drawn += column(xs[2] + 1.5 * size, under, [(D_SHOULD[1], "")])[0]
    return drawn


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_columns_level_on_a_larger_headings_baseline_begin_a_block(tmp_path, size):
    text = " ".join(_read(tmp_path, _three_columns(size)))
    for part in (A_MUST, " ".join(B_MUST), " ".join(C_SHOULD), " ".join(D_SHOULD)):
        assert part in text
    assert text.index("(HBN 00-09)") < text.index("Action the provider SHOULD")
