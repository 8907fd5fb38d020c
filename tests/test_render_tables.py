"""xlsx, csv and json hold the same actions as the plan, literally, and the xlsx works as a tracker."""

import csv
import json
from datetime import date

import pytest

from cqcplan.pipeline.identity import ensure_ids
from docx import Document
from openpyxl import load_workbook
from plan_samples import ALL, FORMULA, NASTY, acute_trust, mental_health, nasty

from cqcplan.models.plan import ActionPlan
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.render import render
from cqcplan.pipeline.render.rows import HEADERS


def _write_all(plan, tmp_path):
    paths = render(plan, tmp_path / "plan.docx", formats=["docx", "xlsx", "csv", "json"])
    return dict(zip(["docx", "xlsx", "csv", "json"], paths))


def _xlsx_rows(path, sheet="Actions"):
    book = load_workbook(path)
    return [[("" if v is None else v) for v in row] for row in book[sheet].iter_rows(values_only=True)]


def _csv_rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _column(rows, header):
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


@pytest.mark.parametrize("name", list(ALL))
def test_xlsx_csv_and_json_hold_the_same_actions(name, tmp_path):
    plan = make_plan(ALL[name]())
    out = _write_all(plan, tmp_path)
    xlsx, rows = _xlsx_rows(out["xlsx"]), _csv_rows(out["csv"])
    loaded = ActionPlan.model_validate_json(out["json"].read_text(encoding="utf-8"))
    assert loaded == ensure_ids(plan)  # every format carries the stable ids `update` matches on
    refs = [a.ref for a in plan.actions]
    assert xlsx[0] == rows[0] == HEADERS
    assert _column(xlsx, "Ref") == _column(rows, "Ref") == refs
    wordings = ["\n\n".join(w.text for w in a.wordings) for a in plan.actions]
    assert _column(xlsx, "CQC wording (verbatim)") == _unguarded(_column(rows, "CQC wording (verbatim)")) == wordings
    for header, field in (("A. Change the process", "change"), ("B. Communicate / train staff", "communicate"),
                          ("C. Audit that it is embedded", "audit")):
        expected = [getattr(a.scaffold, field) for a in plan.actions]
        assert _column(xlsx, header) == _column(rows, header) == expected
    assert _column(rows, "Status") == ["Open"] * len(refs)
    docx_refs = [r.cells[0].text.split("\n")[0] for r in _docx_action_table(out["docx"]).rows[1:]
                 if "cqcplan.details" not in r._tr.xml]  # an action's second line
    assert docx_refs == refs


def _unguarded(cells: list[str]) -> list[str]:
    """A csv cell as the xlsx holds it: without the apostrophe that keeps "=..." from running."""
    return [c[1:] if c[:1] == "'" and c[1:2] in "=+-@" else c for c in cells]


def _docx_action_table(path):
    return next(t for t in Document(str(path)).tables if "CQC wording (verbatim)" in [c.text for c in t.rows[0].cells])


def test_every_column_matches_between_xlsx_and_csv(tmp_path):
    out = _write_all(make_plan(acute_trust()), tmp_path)
    xlsx, rows = _xlsx_rows(out["xlsx"]), _csv_rows(out["csv"])
    assert [[str(v) for v in row] for row in xlsx] == rows


def test_row_values_for_one_action(tmp_path):
    plan = make_plan(acute_trust())
    row = dict(zip(HEADERS, _csv_rows(_write_all(plan, tmp_path)["csv"])[1]))
    assert row["Ref"] == "M1" and row["Type"] == "Must"
    assert row["Core service(s)"] == "Urgent and emergency care\nMedical care (including older people's care)"
    assert row["Key question"] == "Safe"
    assert row["Regulation(s)"] == "Regulation 12(2)(g) Safe care and treatment"
    assert row["Where printed"] == ("p. 14, Action the trust MUST take to improve, Urgent and emergency care; also p. 5\n"
                                    "p. 19, Action the trust SHOULD take to improve, Medical care (including older "
                                    "people's care)")
    assert row["Why merged"] == "Merged with f-fridge, p. 14, Urgent and emergency care: shares “fridge”, “temperatures” (similarity 0.51)"
    assert row["Topic"] == "medicines" and row["Check"] == ""
    assert row["Finding"] == "f-fridge\nf-fridge-should"  # qa10: each wording's finding id, in its order
    assert row["Evidence / key documents"].startswith("Prompt: ")


def test_sources_name_the_file_when_there_are_several_reports(tmp_path):
    rows = _csv_rows(_write_all(make_plan(mental_health()), tmp_path)["csv"])
    assert _column(rows, "Where printed")[0].startswith("acute-wards.pdf: p. 11, ")


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_nasty_text_round_trips_literally(fmt, tmp_path):
    plan = make_plan(nasty())
    path = _write_all(plan, tmp_path)[fmt]
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = [w["text"] for a in data["actions"] for w in a["wordings"]]
        services = data["actions"][0]["services"]
    else:
        rows = _xlsx_rows(path) if fmt == "xlsx" else _csv_rows(path)
        texts = _column(rows, "CQC wording (verbatim)")
        services = _column(rows, "Core service(s)")[:1]
    formula = "'" + FORMULA if fmt == "csv" else FORMULA  # the csv's defence against formulas (tests/faults)
    assert texts == [f"The provider must ensure {NASTY}.", formula]
    assert services == [f"Service {NASTY}"]


def test_a_wording_that_looks_like_a_formula_stays_text(tmp_path):
    path = _write_all(make_plan(nasty()), tmp_path)["xlsx"]
    sheet = load_workbook(path)["Actions"]
    cell = sheet.cell(row=3, column=HEADERS.index("CQC wording (verbatim)") + 1)
    assert cell.data_type == "s" and cell.value == FORMULA


def test_xlsx_is_a_usable_tracker(tmp_path):
    plan = make_plan(acute_trust())
    book_path = _write_all(plan, tmp_path)["xlsx"]
    book = load_workbook(book_path)
    sheet = book["Actions"]
    assert sheet.freeze_panes == "B2"
    letter = {h: sheet.cell(row=1, column=i + 1).column_letter for i, h in enumerate(HEADERS)}
    lists = {str(dv.sqref): dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert lists == {f"{letter['Key question']}2:{letter['Key question']}1000": '"Safe,Effective,Caring,Responsive,Well-led"',
                     f"{letter['BRAG']}2:{letter['BRAG']}1000": '"Red,Amber,Green,Blue"',
                     f"{letter['Status']}2:{letter['Status']}1000": '"Open,In progress,Complete,Closed"',
                     f"{letter['Review cadence']}2:{letter['Review cadence']}1000": '"Weekly,Fortnightly,Monthly,Quarterly"'}
    assert sheet.column_dimensions[letter["CQC wording (verbatim)"]].width == 60
    assert sheet.column_dimensions[letter["Ref"]].width == 7
    assert sheet.cell(row=2, column=1).alignment.wrap_text
    assert sheet.page_setup.orientation == "landscape"
    assert [row[0] for row in _xlsx_rows(book_path, "Glossary")] == ["Term", *[g.term for g in plan.glossary]]
    reports = _xlsx_rows(book_path, "Reports")
    assert reports[1][:2] == [plan.reports[0].file, plan.reports[0].sha256]
    assert reports[1][6] == "5, 6 and 7 March 2024"


def test_csv_dates_are_iso_and_deadline_is_blank_until_set(tmp_path):
    plan = make_plan(acute_trust())
    dated = plan.model_copy(update={"actions": [plan.actions[0].model_copy(update={"deadline": date(2025, 6, 30),
                                                                                  "brag": "Amber"})]})
    rows = _csv_rows(_write_all(dated, tmp_path)["csv"])
    assert (_column(rows, "Deadline"), _column(rows, "BRAG")) == (["2025-06-30"], ["Amber"])
    undated = _csv_rows(render(plan, tmp_path / "undated.csv", formats=["csv"])[0])
    assert set(_column(undated, "Deadline")) == {""}


@pytest.mark.parametrize(("slug", "label"), [
    ("asc-inspection-report", "Adult social care inspection report"),
    ("gp-quality-report", "GP quality report"),
    ("saf-assessment", "SAF assessment"),
    ("Inspection report", "Inspection report"),
])
def test_report_types_read_as_words(slug, label, tmp_path):
    plan = make_plan(acute_trust())
    plan = plan.model_copy(update={"reports": [plan.reports[0].model_copy(update={"report_type": slug})]})
    reports = _xlsx_rows(render(plan, tmp_path / "p.xlsx", formats=["xlsx"])[0], "Reports")
    assert reports[1][5] == label


def test_every_sheet_freezes_its_header_and_no_word_is_wider_than_its_column(tmp_path):
    """Glossary, Reports and Approval as well as Actions: the header stays in view, and a column is as
    wide as its longest word (characters), so Excel wraps between words, never inside one."""
    [path] = render(ensure_ids(make_plan(acute_trust())), tmp_path / "plan.xlsx", ["xlsx"])
    book = load_workbook(path)
    for sheet in (s for s in book.worksheets if s.sheet_state == "visible"):
        assert sheet.freeze_panes in ("A2", "B2"), sheet.title
        if sheet.title == "Actions":
            continue  # its widths are the tracker's (rows.py COLUMNS), checked above
        for column in sheet.iter_cols(min_row=1, max_row=sheet.max_row):
            if sheet.title == "Reports" and column[0].value == "SHA-256":
                continue  # one 64-character word, wraps by design
            longest = max((len(w) for c in column if isinstance(c.value, str) for w in c.value.split()), default=0)
            assert sheet.column_dimensions[column[0].column_letter].width >= longest, (sheet.title, column[0].value)


def test_reports_sheet_prints_dates_as_the_plan_does(tmp_path):
    """The cover's inspection dates as printed (a range stays a range), and the published date in the
    workbook's date format, not Excel's default timestamp."""
    plan = ensure_ids(make_plan(acute_trust()))
    report = plan.reports[0].model_copy(update={"inspection_dates_printed": "8–10 November 2016",
                                                "inspection_dates": [date(2016, 11, d) for d in (8, 9, 10)]})
    plan = plan.model_copy(update={"reports": [report]})
    [path] = render(plan, tmp_path / "plan.xlsx", ["xlsx"])
    sheet = load_workbook(path)["Reports"]
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    assert row[header.index("Inspection dates")].value == "8–10 November 2016"
    assert report.published and row[header.index("Published")].number_format == "d mmm yyyy"


def test_the_finding_column_lines_up_with_the_wordings_in_csv_and_xlsx(tmp_path):
    """qa10: finding ids were in the JSON and the Word appendix only; the tracker and the csv now carry
    them, one a line beside each wording's source, so a statement is traced across every output."""
    plan = make_plan(mental_health())
    out = _write_all(plan, tmp_path)
    for rows in (_csv_rows(out["csv"]), [[str(v) for v in r] for r in _xlsx_rows(out["xlsx"])]):
        ids = [cell.split("\n") for cell in _column(rows, "Finding")]
        assert ids == [[w.finding_id for w in a.wordings] for a in plan.actions]
        assert [len(cell.split("\n")) for cell in _column(rows, "Where printed")] == [len(i) for i in ids]
