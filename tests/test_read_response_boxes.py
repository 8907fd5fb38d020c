"""A reprinted report with the provider's response set under each must in smaller type ("Our
response: …"): a reader reads past each response and the list goes on. Where an item ended in its
citation on a line of its own, set smaller still than the response, the response was not seen as
smaller than the items and the list ended there; the rest of the musts were lost. Fails without
inserts.py comparing the responses with the items' type (the next bullet's when the item's last
line is its citation's)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT = 60.0
ITEMS = [(["The trust must ensure that anticipatory medicines are prescribed in line with the",
           "trust's symptom control guidance."], "(Regulation 12(2)(g))",
          "Our response: the palliative care pharmacist now audits every prescription weekly."),
         (["The trust must ensure that syringe drivers are checked and their checks recorded at",
           "the intervals set out in trust policy."], "(Regulation 12(2)(e))",
          "Our response: syringe driver training is now part of the preceptorship programme."),
         (["The trust must ensure that there are enough specialist palliative care nurses to",
           "provide a face-to-face service seven days a week."], "(Regulation 18(1))",
          "Our response: two additional posts were approved by the board in May."),
         (["The trust must establish effective governance of end of life care services."], "(Regulation 17(1))",
          None)]


def _page(size: float) -> list[tuple]:
    """(text, x, top, size, bold) lines: the list's heading, its service, then each bulleted must,
    its citation on a line of its own in smaller type, and the response indented under it."""
    lines = [("Action the trust MUST take to improve", LEFT, 60.0, 1.3 * size, True),
             ("End of life care", LEFT, 60.0 + 2.2 * size, 1.05 * size, True)]
    top = 60.0 + 4.0 * size
    for words, citation, response in ITEMS:
        lines.append(("•", LEFT + 0.4 * size, top, size, False))
        for text in words:
            lines.append((text, LEFT + 1.6 * size, top, size, False))
            top += 1.4 * size
        lines.append((citation, LEFT + 1.6 * size, top + 0.2 * size, 0.7 * size, False))
        top += 2.0 * size
        if response:
            lines.append((response, LEFT + 3.6 * size, top, 0.86 * size, False))
            top += 2.2 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_the_list_goes_on_past_each_response_under_a_must(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(size)))
    assert [f.text for f in found] == [" ".join(words + [citation]) for words, citation, _ in ITEMS]
    assert {(f.kind, f.service) for f in found} == {("must", "End of life care")}
