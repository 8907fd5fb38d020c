"""draft --previous: repeat findings against the previous report of the same service.

Gold comes from the fixture generator: fixtures/specs/gp_pair_2018.py says by hand which
earlier statement each later one repeats (repeated word for word, reworded), and which
are new (one a look-alike of a resolved statement); gold.json carries it as `repeat_of`.
"""

import json
from pathlib import Path

import pytest

from cqcplan import api
from cqcplan.models import Finding
from cqcplan.pipeline.previous import mark_repeats, report_label

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD = FIXTURES / "gp_pair_2016" / "report.pdf"
NEW = FIXTURES / "gp_pair_2018" / "report.pdf"


@pytest.fixture(scope="module")
def marked():
    new = api.extract_report(NEW)
    return api.against_previous(new, api.previous_reports([OLD]))


def test_every_repeat_is_found_with_its_basis_and_none_is_invented(marked):
    gold = json.loads((FIXTURES / "gp_pair_2018" / "gold.json").read_text())["repeat_of"]
    assert len(marked.findings) == 7
    for finding in marked.findings:
        expected = gold.get(finding.text)
        if expected is None:
            assert finding.repeat_of is None, finding.text
        else:
            assert finding.repeat_of is not None, finding.text
            assert finding.repeat_of.text == expected
            assert finding.repeat_of.report == "2016 report" and finding.repeat_of.page == 2
            assert finding.repeat_of.shared_terms


def test_repeats_are_counted_on_the_summary_and_marked_in_every_output(marked, tmp_path):
    from cqcplan.pipeline.plan import make_plan
    from cqcplan.pipeline.render import render

    plan = make_plan(api.to_extraction([marked]))
    assert plan.summary.repeats == 4 and plan.previous[0].file == "report.pdf"
    written = render(plan, tmp_path / "plan.docx", ("docx", "csv", "json"))
    import docx

    text = "\n".join(p.text for p in docx.Document(str(written[0])).paragraphs)
    assert "Raised before: 4 of the 7 CQC statements repeat an issue of the 2016 report" in text
    cells = "\n".join(c.text for t in docx.Document(str(written[0])).tables for r in t.rows for c in r.cells)
    assert "aised before: 2016 report p. 2, 'Ensure that recruitment checks" in cells  # sure, or "Check: possibly"
    assert written[1].read_text(encoding="utf-8").count("aised before: 2016 report") == 4
    assert json.loads(written[2].read_text())["summary"]["repeats"] == 4


def _finding(fid: str, text: str) -> Finding:
    return Finding(id=fid, kind="must", text=text, file=f"{fid}.pdf", page=1, section="")


def test_a_weak_match_is_marked_check_never_dropped():
    """A pair from tests/eval (same issue, labelled by hand) that scores over the threshold but under 0.5."""
    from cqcplan.models import ReportMeta

    old = _finding("O1", "Ensure that paramedics check and sign for morphine and other controlled drugs at each shift "
                         "handover, and that these are kept locked on the vehicle.")
    new = _finding("N1", "The trust must ensure that controlled drugs carried on vehicles are stored securely and "
                         "accounted for at the start and end of every shift.")
    prior = ReportMeta(file="old.pdf", sha256="0", report_type="trust-inspection-report")
    marked, = mark_repeats([new], [(prior, [old])])
    assert marked.repeat_of is not None and marked.repeat_of.review
    assert marked.repeat_of.report == "old.pdf"  # no date on the cover: the file names it
    strict, = mark_repeats([new], [(prior, [old])], threshold=0.9)
    assert strict.repeat_of is None


def test_a_repeat_sharing_one_word_is_marked_check_though_it_would_not_merge():
    """Merge's blocks against one shared word keep these two rows apart; as a repeat it is shown, to confirm."""
    from cqcplan.models import ReportMeta
    from cqcplan.pipeline.merge import merge

    old = _finding("O1", "The practice should ensure that each clinician completes a yearly appraisal.")
    # one side asks for a record, the other says nothing of what it asks: one shared word blocks the merge
    new = _finding("N1", "The practice should make sure annual appraisals are recorded for every GP and nurse.")
    assert len(merge([old, new])) == 2
    prior = ReportMeta(file="old.pdf", sha256="0", report_type="trust-inspection-report")
    marked, = mark_repeats([new], [(prior, [old])])
    assert marked.repeat_of is not None and marked.repeat_of.review
    assert marked.repeat_of.shared_terms


def test_a_blocked_pair_is_never_a_repeat_whatever_the_threshold():
    from cqcplan.models import ReportMeta

    old = _finding("O1", "Ensure that all staff receive an annual appraisal.")
    new = _finding("N1", "Ensure that all staff complete safeguarding training appropriate to their role.")
    prior = ReportMeta(file="old.pdf", sha256="0", report_type="gp-quality-report")
    marked, = mark_repeats([new], [(prior, [old])], threshold=0.0)
    assert marked.repeat_of is None


def test_report_label_names_the_inspection_year():
    from datetime import date

    from cqcplan.models import ReportMeta

    meta = ReportMeta(file="x.pdf", sha256="0", report_type="t", inspection_dates=[date(2019, 3, 1)],
                      published=date(2020, 1, 1))
    assert report_label(meta) == "2019 report"


def test_the_check_line_a_repeat_prints_is_the_rule_that_marked_it(marked):
    """One constant: the note, the summary and the README print the threshold `mark_repeats` applies."""
    import re

    from cqcplan.models.finding import SURE_REPEAT
    from cqcplan.pipeline.render.text import repeat_note

    repeats = [f.repeat_of for f in marked.findings if f.repeat_of]
    assert repeats
    for prior in repeats:
        note = repeat_note(prior)
        said = re.search(r"similarity (\d\.\d\d), under (\d\.\d\d)", note)
        assert prior.review == note.startswith("Check")
        assert bool(said) == (prior.review and prior.score < SURE_REPEAT)
        if said:
            assert float(said.group(1)) < float(said.group(2)) == SURE_REPEAT
    just_under = repeats[0].model_copy(update={"score": round(SURE_REPEAT - 0.01, 2), "review": True})
    assert f"similarity {SURE_REPEAT - 0.01:.2f}, under {SURE_REPEAT:.2f}" in repeat_note(just_under)
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"a match scoring under (\d\.\d+)", " ".join(readme.split()))
    assert stated and float(stated.group(1)) == SURE_REPEAT


def test_family_carers_are_not_care_workers():
    """'Carers' in a GP or hospital statement is the family (qa10: a carers' register repeated a staffing
    statement's 'care worker'); 'paid carers' and 'care workers' are still the staff."""
    from cqcplan.pipeline.terms import terms

    assert "care_worker" not in terms("The practice should identify carers and offer them a health check.")
    assert "care_worker" in terms("Paid carers must arrive at the agreed time.")
    assert "care_worker" in terms("Care workers must arrive at the agreed time.")
