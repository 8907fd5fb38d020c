"""A key question's headline naming several breaches by what they relate to ("We identified breaches
of the legal regulations in relation to safe care and treatment and staffing."), its section stating
each by number under its quality statements: the section's headline, no must of its own, as one
naming a single breach is (read86). Before, naming two it came out as an extra must (GZ 06). One naming
a breach its section does not state stays a must, and so does the overall view's count of breaches.
Drawn at three type sizes; fails without breaches.py's `_headline` taking several breaches."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round86 import BREACH_12, _paragraphs  # noqa: E402

BREACH_18 = ("The provider had failed to ensure there were enough suitably qualified staff deployed at all times. "
             "This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated "
             "Activities) Regulations 2014.")
SUMMARY = "We identified 3 breaches of the legal regulations in relation to safe care and treatment, staffing and good governance."


def _page(size: float, headline: str) -> list[tuple]:
    return _paragraphs([
        ("Our view of the service", True, 1.3),
        ("There were not always enough nurses at night. " + SUMMARY, False, 1.0),
        ("Safe", True, 1.3),
        ("This service scored 54 out of 100 based on the areas we looked at during this assessment. " + headline,
         False, 1.0),
        ("Safe and effective staffing", True, 1.1),
        ("Rotas showed 23 night shifts with one registered nurse on duty. " + BREACH_18, False, 1.0),
        ("Medicines optimisation", True, 1.1),
        ("Controlled drugs registers had missing signatures. " + BREACH_12, False, 1.0),
        ("Well-led", True, 1.3),
        ("Leaders had not identified the risks we found. This was a breach of regulation 17 (Good governance) of "
         "the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", False, 1.0)],
        size, 36 * size)


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_headline_naming_breaches_its_section_states_by_number_is_no_must_of_its_own(tmp_path, size):
    headline = "We identified breaches of the legal regulations in relation to safe care and treatment and staffing."
    found = read_findings(_pages(tmp_path / "report.pdf", [_page(size, headline)]))
    musts = [f.text for f in found if f.kind == "must"]
    assert len(musts) == 4 and musts[0].endswith(SUMMARY) and not any(headline in text for text in musts)


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_headline_naming_a_breach_its_section_does_not_state_stays_a_must(tmp_path, size):
    headline = "We identified breaches of the legal regulations in relation to staffing and dignity and respect."
    found = read_findings(_pages(tmp_path / "report.pdf", [_page(size, headline)]))
    musts = [f.text for f in found if f.kind == "must"]
    assert len(musts) == 5 and musts[1].endswith(headline)
