"""A notice row's statement starts after its regulation's title, however the title wraps in the cell."""

import pytest
from build import doc, line

from cqcplan.pipeline.notices import read_notices


def _table(*cell, size: float = 10.0):
    return doc(
        line("Action we have told the provider to take", bold=True, size=14),
        line("Regulated activity", bold=True, size=size), line("Regulation", x=250, bold=True, at=92, size=size),
        line("Personal care", gap=6, size=size),
        *[c if isinstance(c, dict) else line(c, x=250, size=size) for c in cell],
    )


def _rows(built):
    return [(n.heading, n.statement) for n in read_notices(built)]


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_a_title_wrapped_in_the_statement_s_own_type_is_the_heading_s(size):
    built = _table("Regulation 12 HSCA RA Regulations 2014 Safe", "care and treatment",
                   "Risks to people’s health and safety were not", "assessed. Regulation 12(1)(2)(a)", size=size)
    assert _rows(built) == [("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
                             "Risks to people’s health and safety were not assessed. Regulation 12(1)(2)(a)")]


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_a_title_on_a_line_of_its_own_is_the_heading_s(size):
    built = _table("Regulation 18 HSCA RA Regulations 2014", "Staffing",
                   "Sufficient numbers of staff were not deployed.", size=size)
    assert _rows(built) == [("Regulation 18 HSCA RA Regulations 2014 Staffing",
                             "Sufficient numbers of staff were not deployed.")]


def test_a_statement_set_on_from_the_title_on_one_line_starts_where_the_title_ends():
    built = _table("Regulation 17 HSCA RA Regulations 2014 Good governance Systems were not operated effectively.",
                   "Regulation 11 HSCA RA Regulations 2014 Need for consent (1)(3)",
                   "Consent was not sought.")
    assert _rows(built) == [
        ("Regulation 17 HSCA RA Regulations 2014 Good governance", "Systems were not operated effectively."),
        ("Regulation 11 HSCA RA Regulations 2014 Need for consent (1)(3)", "Consent was not sought.")]


def test_a_cell_label_run_on_from_the_title_is_no_part_of_the_statement():
    built = _table("Regulation 18 HSCA RA Regulations 2014 Staffing How the regulation was not being met: Too few "
                   "staff were deployed.")
    assert _rows(built) == [("Regulation 18 HSCA RA Regulations 2014 Staffing", "Too few staff were deployed.")]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_title_wrapped_out_of_its_larger_bold_heading_line_is_the_heading_s(size):
    built = _table(line("Regulation 9 HSCA RA Regulations 2014 Person-", x=250, bold=True, size=size * 1.2),
                   line("centred care", x=250, size=size),
                   line("Care plans did not say how people liked to be supported.", x=250, size=size), size=size)
    assert _rows(built) == [("Regulation 9 HSCA RA Regulations 2014 Person-centred care",
                             "Care plans did not say how people liked to be supported.")]


def test_the_scorer_counts_a_derived_must_carrying_its_title_s_tail_or_a_cell_label_as_altered():
    """bench/eval_extract: a derived must is matched through its evidence passage, so its own text is
    checked for the notice table's words: a tail of its regulation's title run on into the statement,
    or a cell's label. Such a must is found, but not identical."""
    import sys
    from pathlib import Path

    from cqcplan.models.finding import Evidence, Finding, Regulation

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from eval_extract import match

    breach = "This was a breach of regulation 18 (Staffing)."

    def must(text):
        return Finding(id="", kind="must", text=text, file="r.pdf", page=6, section="Action we have told the provider to take", derived=True,
                       regulations=[Regulation(instrument="RA2014", number="18")],
                       evidence=[Evidence(page=4, text=f"Rotas were short. {breach}")])

    gold = [{"kind": "must", "text": breach, "page": 4, "service": None}]
    for text in ("Staffing Sufficient numbers of staff were not deployed.",
                 "How the regulation was not being met: Sufficient numbers of staff were not deployed."):
        identical, altered, missed, extra = match(gold, [must(text)])
        assert (identical, len(altered), missed, extra) == ([], 1, [], [])
    clean = must("Sufficient numbers of staff were not deployed. Staffing levels were not reviewed.")
    assert len(match(gold, [clean])[0]) == 1


def test_a_line_read_across_two_rows_cells_gives_the_first_row_its_own_statement_only():
    built = _table("Regulation 17 HSCA RA Regulations 2014 Good governance Audits were not effective. 17(1) "
                   "Regulation 18 HSCA RA Regulations 2014 Staffing Too few staff were deployed. 18(1)")
    assert _rows(built) == [("Regulation 17 HSCA RA Regulations 2014 Good governance", "Audits were not effective. 17(1)")]
