"""A CQC sentence that a spreadsheet would run as a formula stays text in the CSV too."""

import csv

import pytest
from plan_samples import acute_trust

from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.render import render


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t=", " =", "\r@"])
def test_csv_cells_that_could_be_formulas_start_with_an_apostrophe(tmp_path, start):
    extraction = acute_trust()
    text = f'{start}HYPERLINK("http://x.invalid","y") staff must be trained.'
    findings = [extraction.findings[0].model_copy(update={"text": text}), *extraction.findings[1:]]
    plan = make_plan(extraction.model_copy(update={"findings": findings}))
    (path,) = render(plan, tmp_path / "plan.csv", formats=["csv"])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    wording = next(c for c in cells if "HYPERLINK" in c)
    assert wording.startswith("'") and wording.lstrip("' \t\r\n")[:1] in "=+-@"
    assert all(c.lstrip(" \t\r\n")[:1] not in "=+-@" or c.startswith("'") for c in cells if c)


def test_ordinary_text_is_left_alone(tmp_path):
    (path,) = render(make_plan(acute_trust()), tmp_path / "plan.csv", formats=["csv"])
    assert "'" + "The trust must" not in path.read_text(encoding="utf-8-sig")
