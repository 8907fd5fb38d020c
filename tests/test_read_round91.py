"""Reading round ninety-one (a harder held-back set, FT), drawn here at more than one type size:

- a numbered must list broken by a full-width table in smaller type (caption, header row, rows, source
  note), its numbering going on after it, where the item before the table closes with its citation
  wrapped onto a line of its own in type smaller still than the table's. Before, the table was measured
  against that citation line, not the items' type: it was no insert, and the musts after it were lost.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found, _item  # noqa: E402

LEFT, WIDTH = 68.0, 460.0
MUSTS = ["The provider must ensure that client risk assessments are completed before admission and updated when "
         "risks change. (Regulation 12(2)(a))",
         "The provider must ensure that medicines are stored at the correct temperature and that the temperature "
         "of the clinic room is monitored. (Regulation 12(2)(g))"]
AFTER = ["The provider must ensure that there are enough staff on duty at night who are trained to support "
         "clients during medically managed withdrawal. (Regulation 18(1))",
         "The provider must ensure that its governance systems are effective in monitoring incidents, audits and "
         "staff training. (Regulation 17(2)(a))"]
SHOULD = "The provider should consider offering family support sessions more than once a month."


def _table(base: float, size: float) -> tuple[list[tuple], float]:
    """A caption, a header row, three rows of figures and a source note, in type smaller than the items'."""
    small, step = 0.82 * size, WIDTH / 4
    lines = [("Table 1: Clinic room temperature checks, April to June", LEFT, base, small, False)]
    for row in (("Month", "Days checked", "Days above 25°C", "Action recorded"),
                ("April", "22 of 30", "0", "No"), ("May", "19 of 31", "6", "No"), ("June", "17 of 30", "11", "Yes")):
        base += 1.6 * small
        lines += [(cell, LEFT + k * step, base, small, row[0] == "Month" or k == 0) for k, cell in enumerate(row)]
    base += 1.8 * small
    lines.append(("Source: clinic room records, reviewed on site.", LEFT, base, 0.78 * size, False))
    return lines, base + 2.4 * size


def _interrupted_list(size: float) -> list[tuple]:
    indent = 1.6 * size
    lines, base = [("Action the provider MUST take to improve", LEFT, 70.0, 1.2 * size, True)], 70.0 + 2 * size
    for number, text in enumerate(MUSTS, 1):
        drawn, base = _item(f"{number}.", text, LEFT, base, size, WIDTH, indent)
        lines += drawn
    citation = MUSTS[-1].rsplit(" (", 1)[1]  # the last one's citation wraps onto a line of its own, smaller
    lines[-1] = (lines[-1][0].replace(" (" + citation, ""), *lines[-1][1:])
    lines.append(("(" + citation, LEFT + indent, base, 0.73 * size, False))
    drawn, base = _table(base + 1.6 * size, size)
    lines += drawn
    for number, text in enumerate(AFTER, len(MUSTS) + 1):
        drawn, base = _item(f"{number}.", text, LEFT, base, size, WIDTH, indent)
        lines += drawn
    lines.append(("Action the provider SHOULD take to improve", LEFT, base + 1.2 * size, 1.2 * size, True))
    drawn, _ = _item("•", SHOULD, LEFT, base + 3.2 * size, size, WIDTH, indent)
    return lines + drawn


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_a_table_after_an_item_closing_in_smaller_type_ends_no_list(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "interrupted.pdf", [(A4, _interrupted_list(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", t) for t in MUSTS + AFTER] + [("should", SHOULD)]
