"""Reading round eleven (issue 10, batch CH as a development set), on small PDFs drawn here with
reportlab and read back whole:

- core-service sub-headings numbered in an outline over their numbered statements ("1 Urgent and
  emergency care" over "1.1 The trust must …", "2 Surgery" over "2.1 …"): the number is the
  outline's, the heading names the core service (before, the number kept the heading from matching
  any service, so every statement under it had no service, only a group "1 Urgent and emergency care").
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

from cqcplan.pipeline import structure_patterns as sp  # noqa: E402

LEFT = 56.0
GROUPS = [
    ("1 Urgent and emergency care", "Urgent and emergency care", [
        "The trust must ensure that patients in the emergency department are triaged promptly.",
        "The trust must ensure that sepsis screening tools are completed for every patient."]),
    ("2 Surgery", "Surgery", ["The trust must ensure that theatre staff complete safeguarding training."]),
    ("3 Trust-wide", None, ["The trust must ensure that its governance processes manage risks."]),
]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_numbered_core_service_sub_headings_give_their_numbered_statements_the_service(tmp_path, size):
    lines, top = [("Action the trust MUST take to improve", LEFT, 64.0, 1.3 * size, True),
                  ("MAIDSTONE ROAD HOSPITAL", LEFT, 64.0 + 2.4 * size, size, True)], 64.0 + 4.0 * size
    for heading, _, items in GROUPS:
        lines.append((heading, LEFT, top, size, True))
        top += 1.6 * size
        for n, item in enumerate(items, 1):
            lines.append((f"{heading.split()[0]}.{n}", LEFT, top, size, False))
            lines.append((item, LEFT + 2.2 * size, top, size, False))
            top += 1.5 * size
        top += 0.6 * size
    lines.append(("Our inspection team", LEFT, top + 2.0 * size, 1.3 * size, True))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", service, item) for _, service, items in GROUPS for item in items]


def test_a_section_number_before_a_core_service_is_numbering():
    assert sp.service_name("4 Surgery") == "Surgery"
    assert sp.service_name("2.1 Maternity") == "Maternity"
    assert sp.service_name("3 URGENT AND EMERGENCY CARE") == "Urgent and emergency care"
    assert sp.service_name("3 Trust-wide") is None
    assert sp.service_name("12 patients were seen in Surgery") is None
