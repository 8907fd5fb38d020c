"""Reading round one hundred (randomised layouts' failing seeds, classified by cause), drawn at two type sizes:

- two columns: the left one's narrative ends mid-sentence, its text going on at the right column's top,
  then a list's lead-in ending on a colon ("Importantly, the service must:") over a service heading; the
  right column's own service heading is set level with that heading's second line, not its first.
  Before, the two were not taken for one new block begun in both columns, so the right column's
  narrative was read after the left column's last must and joined to it.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found, _item  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

LANDSCAPE = (842.0, 595.0)
NARRATIVE = "The service must take action to meet the regulations. Where we found that the service was not " \
            "meeting them, we have told the service what it must do."
CUT = "Governance processes were in place but did not"
CARRIED = "always identify risks in a timely way. Care was delivered in line with national guidance and audit " \
          "results were in line with the England average."
LEFT = ["Ensure that follow-up appointments are booked within the timescales set by the clinician. "
        "(Regulation 12(2)(a))",
        "Ensure that emergency equipment in the theatres and recovery areas is checked daily and that the checks "
        "are documented, including for agency and bank staff. (Regulation 12(2)(e))"]
RIGHT = ["Improve its governance arrangements so that risks on the children's ward are identified, recorded and "
         "acted on.",
         "Ensure that patient records are stored securely and kept up to date."]


def _lead_in_over_service(size: float) -> list[tuple]:
    """Columns 30 ems wide, 2 ems apart; the right column's heading level with the left's second heading."""
    width, lead = 30 * size, 1.4 * size
    left, right, top = 40.0, 40.0 + 32 * size, 40.0 + 2 * size
    lines, base = [], top
    for row in _wrapped(NARRATIVE, size, width):
        lines.append((" ".join(row), left, base, size, False))
        base += lead
    base += 0.6 * size
    lines.append((CUT, left, base, size, False))
    base += lead + 0.8 * size
    lines.append(("Importantly, the service must:", left, base, size, True))
    base += lead
    heading = base
    lines.append(("SURGERY", left, heading, size, True))
    base = heading + lead + 0.4 * size
    for text in LEFT:
        drawn, base = _item("•", text, left, base, size, width, 1.2 * size)
        lines, base = lines + drawn, base + 0.4 * size
    base = top
    for row in _wrapped(CARRIED, size, width):
        lines.append((" ".join(row), right, base, size, False))
        base += lead
    lines.append(("OUTPATIENTS", right, heading, size, True))
    base = heading + lead + 0.4 * size
    for text in RIGHT:
        drawn, base = _item("•", text, right, base, size, width, 1.2 * size)
        lines, base = lines + drawn, base + 0.4 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_lead_in_over_a_service_heading_begins_a_block_in_both_columns(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "lead-in.pdf", [(LANDSCAPE, _lead_in_over_service(size))]))
    assert [(kind, service, text) for kind, service, text, _ in found] == \
        [("must", "Surgery", t) for t in LEFT] + [("must", "Outpatients", t) for t in RIGHT]
