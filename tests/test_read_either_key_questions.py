"""Areas for improvement printed as one list (must and should together, each item's kind in its
own words, a legend under the heading), grouped by key question: "Are services safe?" right under
the heading, before any item, groups the list's items, and so do the key questions after them once
the list is grouped so (read113). Fails without locate's either-list case in `_key_question_group`
(the key question read as the report's next section, closing the list: no item read). Built at two
type sizes."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402

from test_read_round8 import _pdf  # noqa: E402

LEFT = 60.0
GROUPS = [("Are services safe?", [["The trust must ensure that all ambulances carry the full range of",
                                   "resuscitation equipment set out in its own vehicle checklist."],
                                  ["The trust should ensure that vehicles are deep cleaned at the",
                                   "intervals set in its decontamination policy."]]),
          ("Are services effective?", [["The trust should ensure that staff receive an annual appraisal."],
                                       ["The trust must ensure that paramedics have completed and",
                                        "recorded the competencies required by the clinical guideline."]])]


def _page(size: float) -> list[tuple]:
    """(text, x, top, size, bold) lines: the list's heading, its legend in smaller type, then each key
    question in bold at the items' size over its items, each bulleted with a hanging indent."""
    lead = 1.4 * size
    lines = [("Areas for improvement", LEFT, 60.0, 1.3 * size, True),
             ("MUST: action the trust must take to meet a legal requirement SHOULD: action the trust should take",
              LEFT, 60.0 + 2 * lead, 0.8 * size, False)]
    top = 60.0 + 4 * lead
    for question, items in GROUPS:
        lines.append((question, LEFT, top, size, True))
        top += 1.5 * lead
        for words in items:
            lines.append(("•", LEFT, top, size, False))
            for text in words:
                lines.append((text, LEFT + 1.5 * size, top, size, False))
                top += lead
            top += 0.5 * lead
        top += lead
    return lines


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_key_questions_group_an_either_lists_items(tmp_path, size):
    path = _pdf(tmp_path / "report.pdf", _page(size))
    found = read_findings(path)
    assert [(f.kind, f.text) for f in found] == [(words[0].split()[2], " ".join(words))
                                               for _, items in GROUPS for words in items]
