"""A care home report's well-led section closes the box about the last inspection with "Enough
improvement had not been made at this inspection and the provider was still in breach of regulation
17.", then says what was wrong and "This was a continued breach of regulation 17 (Good governance) …":
one breach said twice, one must (the passage saying what was wrong). Before, the box's sentence came
out as a second must (GZ 04). Said in a summary section of its own ("Rating at last inspection and
update"), the continued breach stays a must there too. Fails without breaches.py's `_continued_again` (a narrative must's, no table row answering it)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT = 60.0
BOX = ["At our last inspection the provider had failed to establish effective systems to assess, monitor",
       "and improve the quality and safety of the service. This was a breach of regulation 17 (Good",
       "governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."]
STILL = "Enough improvement had not been made at this inspection and the provider was still in breach of regulation 17."
PASSAGE = ["Systems were either not in place or robust enough to demonstrate the quality and safety of the",
           "service was effectively managed. This placed people at risk of harm. This was a continued breach",
           "of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated Activities)",
           "Regulations 2014."]
CONTINUED = " ".join(PASSAGE)


def _report(size: float, summary: bool) -> list[tuple]:
    lead, lines, top = 1.35 * size, [], 60.0

    def heading(text: str) -> None:
        nonlocal top
        lines.append((text, LEFT, top, 1.4 * size, True))
        top += 2.5 * size

    def paragraph(words: list[str]) -> None:
        nonlocal top
        for text in words:
            lines.append((text, LEFT, top, size, False))
            top += lead
        top += 0.8 * size

    if summary:
        heading("Rating at last inspection and update")
        paragraph(["The last rating for this service was requires improvement. At this inspection not enough",
                   "improvement had been made and the provider was still in breach of regulation 17."])
    heading("Is the service well-led?")
    if not summary:
        paragraph(BOX)
        paragraph([STILL[:59], STILL[60:]])
    paragraph(["Monthly medicines audits had not identified the missing protocols or the gaps in records."])
    paragraph(PASSAGE)
    return lines


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_a_continued_breach_said_again_in_its_section_with_what_was_wrong_is_one_must(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _report(size, summary=False)))
    assert [(f.kind, f.text.endswith(CONTINUED)) for f in found] == [("must", True)]


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_a_continued_breach_said_in_a_summary_section_stays_a_must_there(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _report(size, summary=True)))
    assert [f.kind for f in found] == ["must", "must"]
    assert "still in breach of regulation 17" in found[0].text and found[1].text.endswith(CONTINUED)
