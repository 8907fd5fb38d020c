"""An assurance system's tree-view export (read108): box-drawing branches ("├─", "└─") open each
location, core service and action, and a guide "│" runs down beside every wrapped line. A branch is
a bullet (text.py's `_BULLET`; without it no action is an item of its own); a branch whose
text is a label, with labels under it, over a branch opening a statement, makes each label a group
of the list, outer first (locate's `_numbered_labels`; without it a location over its service
took the service and its actions as one item); a label's words wrapped deeper than its text,
in lower case right under it ("… intensive care" / "units"), go on the label (`_under_sub_item`;
without it the list ended there); and a label ending in a bracketed aside ("Community services
(trust-wide)") ends no sentence (`_before_aside`). Built at two type sizes."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT = 56.0
# (depth, branch, first line, wrapped lines, wrapped lines' extra levels): a tree of one list.
TREE = [
    (0, "├─", "Trust-wide", [], 0),
    (1, "└─", "The trust must ensure that its governance processes identify and act on",
     ["ligature risks across all inpatient wards in a timely way. (Regulation", "17(2)(b))"], 0),
    (0, "├─", "Larkspur House", [], 0),
    (1, "└─", "Acute wards for adults of working age and psychiatric intensive care", ["units"], 1),
    (2, "├─", "The trust must ensure that there are enough suitably qualified",
     ["nursing staff on each shift to carry out planned observations."], 0),
    (2, "└─", "The trust must ensure that seclusion records show that reviews by",
     ["doctors and nurses take place at the required intervals. (Regulation 13(4)(b))"], 0),
    (0, "└─", "Community services (trust-wide)", [], 0),
    (1, "└─", "Community-based mental health services for adults of working age", [], 0),
    (2, "└─", "The trust must ensure that staff who give depot medicines in clinics",
     ["store them at the correct temperature. (Regulation 12(2)(g))"], 0),
]
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
COMMUNITY = "Community-based mental health services for adults of working age"


def _page(size: float) -> list[tuple]:
    """(text, x, top, size, bold) lines: the list's heading, then the tree, each level three
    monospace characters (1.8 ems) right of the one above, a guide "│" left of every wrapped line."""
    step, lead = 1.8 * size, 1.2 * size
    lines = [("Action the trust MUST take to improve", LEFT, 60.0, size, False)]
    top = 60.0 + 2 * lead
    for depth, branch, first, wrapped, deeper in TREE:
        lines.append((f"{branch} {first}", LEFT + depth * step, top, size, False))
        for words in wrapped:
            top += lead
            lines.append(("│", LEFT + depth * step, top, size, False))
            lines.append((words, LEFT + (depth + 1 + deeper) * step, top, size, False))
        top += lead
    return lines


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_tree_views_branches_are_bullets_and_its_labels_groups(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(size)))
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", None, "The trust must ensure that its governance processes identify and act on ligature risks "
                       "across all inpatient wards in a timely way. (Regulation 17(2)(b))"),
        ("must", ACUTE, "The trust must ensure that there are enough suitably qualified nursing staff on each shift "
                        "to carry out planned observations."),
        ("must", ACUTE, "The trust must ensure that seclusion records show that reviews by doctors and nurses take "
                        "place at the required intervals. (Regulation 13(4)(b))"),
        ("must", COMMUNITY, "The trust must ensure that staff who give depot medicines in clinics store them at the "
                            "correct temperature. (Regulation 12(2)(g))")]
