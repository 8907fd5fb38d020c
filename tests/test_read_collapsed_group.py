"""A web page's list printed with one group collapsed (a closed <details>): only its summary line prints,
bold and marked ("▸ Workforce (3 actions, all complete)"), among the plain numbered statements. It asks
nothing (no must or should, no verb opening it): a group's label whose items are not printed, no
statement (extract.py `_label_alone`). A bold statement that does ask stays one. Built with reportlab
at several type sizes."""

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import _Page  # noqa: E402
from reading import read_findings  # noqa: E402

SHOULD = ["S1. The trust should ensure that handover notes are completed for every patient.",
          "S2. The trust should review how it shares learning from complaints with crews."]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
@pytest.mark.parametrize("summary", ["Workforce (3 actions, all complete)", "Medicines management"])
def test_a_collapsed_group_s_summary_line_is_no_statement(tmp_path, size, summary):
    path = tmp_path / "collapsed.pdf"
    page = _Page(path, size)
    page.put("Action the trust SHOULD take to improve", 40, 40, 1.3 * size, bold=True)
    page.put("Clinical care", 40, 40 + 2.5 * size, 1.05 * size, bold=True)
    top = 40 + 4.5 * size
    for statement in SHOULD:
        page.put(statement, 44, top)
        top += 2 * size
    page.put("•", 44, top, bold=True)
    page.put(summary, 44 + 1.2 * size, top, bold=True)
    page.put("Action the trust MUST take to improve", 40, top + 6 * size, 1.3 * size, bold=True)
    page.put("M1. The trust must ensure that vehicles are cleaned after every shift.", 44, top + 8.5 * size, bold=True)
    page.put("M2. The trust must ensure that drug bags are sealed.", 44, top + 10.5 * size)
    page.save()
    assert [f.text for f in read_findings(path)] == [s.split(" ", 1)[1] for s in SHOULD] + [
        "The trust must ensure that vehicles are cleaned after every shift.",
        "The trust must ensure that drug bags are sealed."]
