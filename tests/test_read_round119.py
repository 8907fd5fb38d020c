"""Reading round 119 (randomised layouts, range 133000), each page drawn here at two type sizes:

- a must list of one item run through two short columns, a line in each, its words going on in lower
  case at the second column's top; the should list's heading, bold in the text's size (no larger
  lead-in), set right under the first column at about the leading, its list flowing through both
  columns under it. Before, a column's one line was
  always taken for a column just begun, so no block ended under it and the first column was read
  straight down into the should list (gutters.py `_runs_across_top`);
- a bullet in small type followed by a tab, its text further out than a hanging indent, beside a
  larger heading whose line shares the item's wrapped line's row. Before, the bullet joined that
  wrapped line (read.py `_followed_in_column`).

Each test fails without its change.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402
from test_read_round62 import _draw, _found  # noqa: E402

MUST = "Make sure that consent and mental capacity assessments are recorded in patients' notes."
SHOULDS = ["Ensure that policies and procedures are reviewed and kept up-to-date, including for agency and bank staff.",
           "Continue to work with commissioners to reduce referral to treatment times, in accordance with the trust "
           "policy.",
           "Consider a decision-making tool for the management of patients with sepsis, in accordance with the trust "
           "policy."]


def _flowed(items: list[str], mark: str, xs: list[float], top: float, size: float, width: float,
            per_column: int) -> list[tuple]:
    """The items, each a marker and lines at its hanging indent, poured through columns at `xs` from
    `top`, `per_column` lines a column (an item's lines go on at the next column's top)."""
    lead, indent = 1.25 * size, 1.3 * size
    lines, n = [], 0
    for text in items:
        for k, words in enumerate(_wrapped(text, size, width - indent)):
            column, row = divmod(n, per_column)
            x, base = xs[column], top + row * lead
            if k == 0:
                lines.append((mark, x, base, size, False))
            lines.append((" ".join(words), x + indent, base, size, False))
            n += 1
    return lines


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_one_item_block_run_through_one_line_columns_ends_over_the_next_lists_heading(tmp_path, size):
    width, gutter, left = 30 * size, 2 * size, 5 * size
    xs = [left, left + width + gutter]
    page = (2 * left + 2 * width + gutter, 70 * size)
    must_lines = _wrapped(MUST, size, width - 1.3 * size)
    assert len(must_lines) == 2  # a line in each column
    lines = [("Inspection report", left, 4 * size, 1.4 * size, True),
             ("Medical care", left, 8 * size, 1.2 * size, True),
             ("Action the provider must take to improve", left, 11 * size, 1.2 * size, True)]
    lines += _flowed([MUST], "1.", xs, 13 * size, size, width, 1)
    # the should heading right under the first column's one line, about a leading below it
    lines.append(("Action the provider should take to improve", left, 14.4 * size, size, True))
    rows = sum(len(_wrapped(text, size, width - 1.3 * size)) for text in SHOULDS)
    should = _flowed(SHOULDS, "•", xs, 16.2 * size, size, width, (rows + 1) // 2)
    assert any(x > xs[1] and text[:1].islower() for text, x, *_ in should)  # the second column opens mid-sentence
    lines += should
    found = _found(_draw(tmp_path / "short.pdf", [(page, lines)]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", MUST)] + [("should", s) for s in SHOULDS]


TABBED = ["The hospital must improve its governance arrangements so that risks in the theatres and recovery areas "
          "are identified, recorded and acted on. (Regulation 17(1))",
          "The hospital must make sure that staff receive an annual appraisal and regular clinical supervision. "
          "(Regulation 18(2)(a))"]


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_bullet_tabbed_further_than_a_hanging_indent_keeps_its_own_line(tmp_path, size):
    """Items in small type, each bullet followed by a tab (its first line's text 3.2 ems of its type
    after the bullet, its wrapped lines at a hanging indent nearer), beside a service's heading in large
    type whose second line shares the first item's second baseline. Before, the bullet, with
    nothing within a hanging indent after it on its own row, joined the taller row of the heading's
    second line and the item's wrapped line beside it (read.py `_followed_in_column`)."""
    left, x, lead, width = 5 * size, 30 * size, 1.4 * size, 26 * size
    page = (60 * size, 40 * size)
    base = 10 * size
    lines = [("Inspection report", left, 4 * size, 1.4 * size, True),
             ("Action the provider MUST take to improve", left, 7 * size, 1.3 * size, True),
             ("Outpatients", left, base - lead, 2.5 * size, True),
             ("Diagnostic", left, base + lead, 2.5 * size, True),
             ("Imaging", left, base + 3 * lead, 2.5 * size, True)]
    for text in TABBED:
        rows = _wrapped(text, size, width - 2.2 * size)
        lines.append(("•", x, base, size, False))
        lines.append((" ".join(rows[0]), x + 3.8 * size, base, size, False))
        lines += [(" ".join(words), x + 2.2 * size, base + k * lead, size, False) for k, words in enumerate(rows[1:], 1)]
        base += len(rows) * lead + 0.6 * size
    found = _found(_draw(tmp_path / "tabbed.pdf", [(page, lines)]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", text) for text in TABBED]
