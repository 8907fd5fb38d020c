"""One identity per action and per finding: the same ref and finding ids in extract --json,
draft --format json, Word, Excel and CSV, under every --group-by, per report and in a
batch's combined plan; and a finding id never reads as an action ref."""

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from cqcplan import api

FIXTURES = Path(__file__).parent.parent / "fixtures"
REPORT = FIXTURES / "hospital_quality_2016" / "report.pdf"
ACTION_REF = re.compile(r"^[MS]\d+$")


def _outputs(plan_path: Path) -> dict[str, dict[str, list[str]]]:
    """ref -> sorted finding ids, read back from every format written beside `plan_path`."""
    base = plan_path.with_suffix("")
    found = {}
    plan = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    found["json"] = {a["ref"]: sorted(w["finding_id"] for w in a["wordings"]) for a in plan["actions"]}
    doc = Document(str(base.with_suffix(".docx")))
    appendix = doc.tables[-1]
    word: dict[str, list[str]] = {}
    for row in appendix.rows[1:]:
        cells = [c.text for c in row.cells]
        word.setdefault(cells[0], []).append(cells[2])
    found["docx"] = {ref: sorted(ids) for ref, ids in word.items()}
    sheet = load_workbook(base.with_suffix(".xlsx"))["Actions"]
    found["xlsx refs"] = {row[0]: None for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    with base.with_suffix(".csv").open(encoding="utf-8-sig") as handle:
        found["csv refs"] = {row["Ref"]: None for row in csv.DictReader(handle)}
    return found


def _check(found: dict, expected: dict[str, list[str]]) -> None:
    assert found["json"] == expected
    assert found["docx"] == expected
    assert set(found["xlsx refs"]) == set(expected) == set(found["csv refs"])


@pytest.fixture(scope="module")
def extraction():
    return api.extract(REPORT)


def test_finding_ids_never_read_as_action_refs(extraction):
    assert all(ACTION_REF.match(a.ref) for a in extraction.actions)
    assert not any(ACTION_REF.match(f.id) for f in extraction.findings)


@pytest.mark.parametrize("group_by", [None, "key-question", "theme", "service"])
def test_one_report_every_format_and_grouping_prints_the_extract_refs(extraction, tmp_path, group_by):
    expected = {a.ref: sorted(a.findings) for a in extraction.actions}
    options = api.DraftOptions(formats=("docx", "xlsx", "csv", "json"), group_by=group_by)
    api.draft(REPORT, tmp_path / "plan.docx", options)
    _check(_outputs(tmp_path / "plan.docx"), expected)


def test_batch_per_report_and_combined_plans_print_their_extract_refs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["gp_focused_2017", "independent_hospital_2015"]
    for name in names:
        shutil.copy(FIXTURES / name / "report.pdf", folder / f"{name}.pdf")
    out = tmp_path / "out"
    options = api.DraftOptions(formats=("docx", "xlsx", "csv", "json"), combine_providers=True)  # two providers, one plan
    result = api.draft_batch([folder], out, options)
    combined = api.to_extraction(result.reports)
    _check(_outputs(out / "combined-action-plan.docx"), {a.ref: sorted(a.findings) for a in combined.actions})
    for name in names:
        alone = api.extract(folder / f"{name}.pdf")
        _check(_outputs(out / f"{name}-action-plan.docx"), {a.ref: sorted(a.findings) for a in alone.actions})


FINDING_ID = re.compile(r"^(R\d+-)?F\d+$")


def _labels_hold_their_series(header: list[str], rows: list[list[str]], where: str) -> None:
    """The column headed as refs holds only action refs; a finding id appears only under the
    finding-id heading (never "Ref"), whatever else the table shows."""
    from cqcplan.pipeline.refs import FINDING_LABEL, REF_LABEL

    assert REF_LABEL != FINDING_LABEL
    for row in rows:
        for name, value in zip(header, row):
            value = (value or "").strip()
            if name == REF_LABEL:  # the Word plan's ref cell adds "Must", "Check" … on lines below
                assert ACTION_REF.match(value.split("\n")[0]) or value == "-", (where, name, value)
            if FINDING_ID.match(value):
                assert name == FINDING_LABEL, (where, name, value)


def test_every_output_heads_finding_ids_and_refs_apart(extraction, tmp_path):
    from cqcplan.show import findings_table

    table = findings_table(extraction)
    header = [str(c.header) for c in table.columns]
    _labels_hold_their_series(header, [list(r) for r in zip(*(c._cells for c in table.columns))], "extract table")
    api.draft(REPORT, tmp_path / "plan.docx", api.DraftOptions(formats=("docx", "xlsx", "csv")))
    for index, docx_table in enumerate(Document(str(tmp_path / "plan.docx")).tables):
        cells = [[c.text for c in row.cells] for row in docx_table.rows]
        _labels_hold_their_series(cells[0], cells[1:], f"Word table {index}")
    for sheet in load_workbook(tmp_path / "plan.xlsx").worksheets:
        rows = [[str(v) if v is not None else "" for v in row] for row in sheet.iter_rows(values_only=True)]
        if rows:
            _labels_hold_their_series(rows[0], rows[1:], f"sheet {sheet.title}")
    with (tmp_path / "plan.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    _labels_hold_their_series(rows[0], rows[1:], "csv")
