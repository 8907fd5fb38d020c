"""The overall view's count of breaches named by what they relate to ("We identified 3 breaches of the
legal regulations in relation to safe care and treatment, staffing and good governance."), each stated by
number further on, is its sentence alone: the narrative printed before it, in its paragraph or the one
above ("People received kind care. However, there were not always enough nurses …"), is no part of it.
Before, the summary must took that narrative as its passage (GZ 06). A numbered breach keeps the passage
saying what was wrong, and a summary naming a breach no sentence states by number keeps its own. Drawn
at two type sizes; fails without breaches.py's `_names_stated` clearing the summary's passage."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round86 import BREACH_12, _paragraphs  # noqa: E402

OVERVIEW = ("People received kind and compassionate care from staff who knew them well. However, there were not "
            "always enough registered nurses at night, and controlled drugs were not managed safely.")
SUMMARY = "We identified {n} breaches of the legal regulations in relation to safe care and treatment, {names}."
BREACH_18 = ("The provider had failed to ensure there were enough suitably qualified staff deployed at all times. "
             "This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated "
             "Activities) Regulations 2014.")
BREACH_17 = ("Audits had not identified the risks we found. This was a breach of regulation 17 (Good governance) of "
             "the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.")


def _musts(tmp_path, size: float, summary: str, joined: bool) -> list[str]:
    view = [(OVERVIEW + " " + summary, False, 1.0)] if joined else [(OVERVIEW, False, 1.0), (summary, False, 1.0)]
    page = _paragraphs([
        ("Our view of the service", True, 1.3), *view,
        ("Safe", True, 1.3),
        ("Safe and effective staffing", True, 1.1), (BREACH_18, False, 1.0),
        ("Medicines optimisation", True, 1.1), ("Controlled drugs registers had missing signatures. " + BREACH_12, False, 1.0),
        ("Well-led", True, 1.3),
        ("Governance, management and sustainability", True, 1.1), (BREACH_17, False, 1.0)], size, 36 * size)
    return [f.text for f in read_findings(_pages(tmp_path / "report.pdf", [page])) if f.kind == "must"]


@pytest.mark.parametrize("joined", [False, True])
@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_summary_of_breaches_stated_by_number_is_its_sentence_alone(tmp_path, size, joined):
    summary = SUMMARY.format(n=3, names="staffing and good governance")
    musts = _musts(tmp_path, size, summary, joined)
    assert musts[0] == summary
    assert musts[1] == BREACH_18  # a numbered breach keeps what was wrong
    assert len(musts) == 4


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_summary_naming_a_breach_stated_nowhere_else_keeps_its_passage(tmp_path, size):
    summary = SUMMARY.format(n=2, names="and dignity and respect")
    musts = _musts(tmp_path, size, summary, True)
    assert musts[0] == OVERVIEW + " " + summary
