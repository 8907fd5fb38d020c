"""An adult social care report's "Enforcement" summary restating a breach by what it concerns only
("We have also found a breach of the registration regulations in relation to notifications.") while
the report states that breach in full with its number (regulation 18, Notification of other
incidents): the summary points at the breach, it is no must of its own (before, it came out as an
extra must). A breach named by its concern alone that no numbered breach states stays a must, however
the paragraph goes on."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT = 60.0
NOTIFIED = ("The registered manager had not told us about two serious injuries to people living at the home. "
            "This was a breach of regulation 18 (Notification of other incidents) of the Care Quality Commission "
            "(Registration) Regulations 2009.")
DIGNITY = "We also found a breach of the regulations in relation to dignity and respect."


def _report(size: float, summary: list[str]) -> list[tuple]:
    """(text, x, top, size, bold) lines: a summary's Enforcement paragraph (`summary`), then the
    well-led section stating the notification breach in full."""
    lead = 1.35 * size
    lines, top = [("Summary of findings", LEFT, 60.0, 1.4 * size, True)], 60.0 + 2.5 * size
    lines.append(("Enforcement", LEFT, top, 1.1 * size, True))
    top += 1.8 * size
    for words in summary:
        lines.append((words, LEFT, top, size, False))
        top += lead
    top += 2 * size
    lines.append(("Is the service well-led?", LEFT, top, 1.4 * size, True))
    top += 2.5 * size
    for words in ("The registered manager had not told us about two serious injuries to people",
                  "living at the home. This was a breach of regulation 18 (Notification of other",
                  "incidents) of the Care Quality Commission (Registration) Regulations 2009."):
        lines.append((words, LEFT, top, size, False))
        top += lead
    return lines


SUMMARY = ["We have identified breaches in relation to safe care and treatment and staffing",
           "at this inspection. We have also found a breach of the registration regulations",
           "in relation to notifications. Please see the action we have told the provider to",
           "take at the end of this report."]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_summary_restating_a_breach_stated_in_full_is_no_must_of_its_own(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _report(size, SUMMARY)))
    assert [(f.kind, f.text) for f in found] == [("must", NOTIFIED)]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_breach_named_by_a_concern_no_numbered_breach_states_stays_a_must(tmp_path, size):
    summary = ["Staff spoke over people and did not knock before entering rooms.",
               "We also found a breach of the regulations in relation to dignity and respect.",
               "Please see the action we have told the provider to take at the end of this report."]
    _, found = _findings(_pdf(tmp_path / "report.pdf", _report(size, summary)))
    assert [f.kind for f in found] == ["must", "must"]
    assert DIGNITY in found[0].text and found[1].text == NOTIFIED
