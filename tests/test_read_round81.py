"""Reading round eighty-one (an ordinary held-back set, FI): a two-column report whose summary and
core-service chapter print the same must and should lists in their right-hand column, drawn here
at more than one type size:

- a must's lead-in ("… including that:") ends a column's row level with a heading the left column
  sets beside its sub-items. Before, the page was cut there into two blocks read one under the
  other: the lead-in was read without its sub-items, and the musts after it were lost;
- a should runs from the foot of the right column on to the top of the next page's left column,
  and the next chapter's printing does the same: its lines, in the text's type, recur at the top of
  two pages. Before, they were taken for a running header and the should was read without them;
- the must list's lead-in says which core service its actions relate to ("This action related to
  wards for people with a learning disability or autism."), under no heading naming one; the should
  list after it, in the same section, says nothing of its own. Before, the summary's musts and shoulds
  were read with no core service.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

SERVICE = "Wards for people with a learning disability or autism"
LEAD_IN = ("We told the provider that it must take action to bring services into line with three legal "
           "requirements. This action related to wards for people with a learning disability or autism.")
MUSTS = ["The provider must ensure that there are enough suitably qualified and experienced staff on each "
         "shift to keep patients safe. (Regulation 18(1))",
         "The provider must ensure that when patients are secluded or in long-term segregation, staff follow "
         "the Mental Health Act Code of Practice, including that:"]
SUBS = ["medical and nursing reviews take place within the required timescales;",
        "each patient in long-term segregation has a plan to end their segregation. (Regulation 13(4)(b))"]
LAST_MUST = ("The provider must ensure that the ward environments are clean and that all ligature risks are "
             "assessed and mitigated. (Regulation 15(1)(a))")
SHOULDS = ["The provider should ensure that care and treatment reviews and discharge planning meetings are "
           "held in line with national guidance, and that delayed discharges are escalated to commissioners.",
           "The provider should ensure that families and carers are involved in care planning where patients "
           "consent to this."]
FILLER = ("• Staff did not manage risk well. Risk assessments and positive behaviour support plans were out "
          "of date for five of the nine patients on the wards.")


def _para(text: str, x: float, base: float, size: float, width: float, indent: float = 0.0,
          mark: str = "", bold: bool = False) -> tuple[list[tuple], float]:
    """A paragraph (a bulleted one with a hanging indent); the baseline of the line after it."""
    lead = 1.3 * size
    rows = _wrapped(text, size, width - indent)
    lines = [(mark, x, base, size, bold)] if mark else []
    lines += [(" ".join(words), x + indent, base + k * lead, size, bold) for k, words in enumerate(rows)]
    return lines, base + len(rows) * lead


def _pages(size: float, title: str, number: int) -> list[tuple]:
    """Two pages: a left column of narrative under `title`, a heading set level with the must's
    sub-items; the lists in the right column, the first should running on to the next page."""
    width, gutter, left = 224.0, 32.0, 57.0
    right, lead, top = left + width + gutter, 1.3 * size, 60.0
    lines, base = _para(title, left, top, 1.5 * size, width, bold=True)
    ours, y = _para("Our inspection team", right, top, 1.2 * size, width, bold=True)
    lines += ours
    for text, big, bold in (("Areas for improvement", 1.2, True), ("Action the provider MUST take to improve", 1, True),
                            (LEAD_IN, 1, False)):
        drawn, y = _para(text, right, y + 0.4 * size, big * size, width, bold=bold)
        lines += drawn
    for text in MUSTS:
        drawn, y = _para(text, right, y + 0.4 * size, size, width, 1.2 * size, "•")
        lines += drawn
    sub_top = y + 0.5 * size
    for text in SUBS:
        drawn, y = _para(text, right + 1.2 * size, y + 0.5 * size, size, width - 1.2 * size, 1.1 * size, "–")
        lines += drawn
    drawn, y = _para(LAST_MUST, right, y + 0.4 * size, size, width, 1.2 * size, "•")
    lines += drawn
    drawn, y = _para("Action the provider SHOULD take to improve", right, y + 0.6 * size, size, width, bold=True)
    lines += drawn
    should = _wrapped(SHOULDS[0], size, width - 1.2 * size)
    y += 0.4 * size
    lines += [("•", right, y, size, False), (" ".join(should[0]), right + 1.2 * size, y, size, False),
              (" ".join(should[1]), right + 1.2 * size, y + lead, size, False)]
    while base + 3 * lead < sub_top:  # the left column's narrative, down to the heading level with the sub-items
        drawn, base = _para(FILLER[2:], left, base + 0.5 * size, size, width, 1.2 * size, "•")
        lines += drawn
    lines += _para("Our judgements about each of the main services", left, sub_top + 0.3 * size, 1.2 * size,
                   width, bold=True)[0]
    footer = [(f"{number} Meadowview Lodge Inspection report 23/10/2020", 51.0, 815.0, 0.8 * size, False),
              (title, 51.0, 28.0, 0.8 * size, False)]
    page = [footer[1]] + [(" ".join(words), left + 1.2 * size, 55.0 + k * lead, size, False)
                          for k, words in enumerate(should[2:])]
    drawn, _ = _para(SHOULDS[1], left, 55.0 + (len(should) - 2) * lead + 0.4 * size, size, width, 1.2 * size, "•")
    page += drawn + [(f"{number + 1} Meadowview Lodge Inspection report 23/10/2020", 51.0, 815.0, 0.8 * size, False)]
    return [(A4, lines + footer), (A4, page)]


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_two_column_lists_read_whole_with_their_service(tmp_path: Path, size: float) -> None:
    path = _draw(tmp_path / "two_columns.pdf", _pages(size, "Summary of findings", 1) + _pages(size, SERVICE, 3))
    found = _found(path)
    musts = [(service, text, page) for kind, service, text, page in found if kind == "must"]
    assert [text.split("\n")[0] for _, text, page in musts if page == 1] == MUSTS + [LAST_MUST]
    lead_in = next(text for _, text, page in musts if page == 1 and text.startswith(MUSTS[1]))
    assert all(sub in " ".join(lead_in.split()) for sub in SUBS)
    assert {service for service, _, page in musts if page == 1} == {SERVICE}
    shoulds = [(service, text, page) for kind, service, text, page in found if kind == "should"]
    assert (SERVICE, SHOULDS[0], 1) in shoulds and (SERVICE, SHOULDS[0], 3) in shoulds
    assert {service for service, _, _ in shoulds} == {SERVICE}
