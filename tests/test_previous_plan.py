"""draft --previous-plan: each repeat shows what the previous plan last recorded for its action.

The previous plan is drafted from the 2016 fixture report and edited the way Word saves it
(tests/test_living.py's helpers); which 2018 statements repeat which 2016 ones is the fixture
generator's gold (fixtures/gp_pair_2018/gold.json).
"""

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from test_living import _edit_docx, _rows, _type

from cqcplan import api
from cqcplan.models.plan import ActionPlan

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD = FIXTURES / "gp_pair_2016" / "report.pdf"
NEW = FIXTURES / "gp_pair_2018" / "report.pdf"
GOLD = json.loads((FIXTURES / "gp_pair_2018" / "gold.json").read_text())["repeat_of"]  # new text -> old text
DAY = date(2020, 5, 3)


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """The 2016 plan with two repeated actions edited: one Complete and Blue, one In progress and Amber."""
    folder = tmp_path_factory.mktemp("previous")
    api.draft(OLD, folder / "old.docx", api.DraftOptions(formats=("docx", "json")))
    plan = ActionPlan.model_validate_json((folder / "old.json").read_text())
    ref_of = {w.text: a.ref for a in plan.actions for w in a.wordings}
    repeated = sorted({ref_of[old] for old in GOLD.values()})
    closed, amber = repeated[0], repeated[1]

    def edit(root):
        rows = _rows(root)
        _type(rows[closed], "status", "Complete")
        _type(rows[closed], "brag", "Blue")
        _type(rows[amber], "status", "In progress")
        _type(rows[amber], "brag", "Amber")

    _edit_docx(folder / "old.docx", edit)
    return folder, plan, closed, amber


def _statuses(plan_json: Path) -> dict[str, dict | None]:
    """New statement text -> the plan_status on its repeat mark (None: not a repeat or no status)."""
    plan = json.loads(plan_json.read_text())
    return {w["text"]: (w["repeat_of"] or {}).get("plan_status") for a in plan["actions"] for w in a["wordings"]}


def _expected_ref(plan: ActionPlan, new_text: str) -> str:
    return next(a.ref for a in plan.actions for w in a.wordings if w.text == GOLD[new_text])


def test_a_repeat_shows_the_word_plans_last_status_and_a_non_repeat_none(previous, tmp_path):
    folder, old_plan, closed, amber = previous
    out = tmp_path / "new.docx"
    api.draft(NEW, out, api.DraftOptions(formats=("docx", "json", "csv", "xlsx"), previous=(OLD,),
                                         previous_plan=folder / "old.docx"))
    statuses = _statuses(tmp_path / "new.json")
    assert len(statuses) == 7
    for text, status in statuses.items():
        if text not in GOLD:
            assert status is None, text
            continue
        ref = _expected_ref(old_plan, text)
        assert status["ref"] == ref and status["plan"] == "old.docx" and status["version"] == "0.1"
        expected = {closed: ("Complete", "Blue", True), amber: ("In progress", "Amber", False)}.get(ref, ("Open", None, False))
        assert (status["status"], status["brag"], status["closed"]) == expected, text
    cells = "\n".join(c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells)
    assert cells.count("FOUND AGAIN: marked Complete (Blue) in version 0.1") == 1
    assert cells.count("Previous plan: was In progress (Amber) at version 0.1") == 1
    summary = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "FOUND AGAIN: 1 of them repeat an action the previous plan had marked complete" in summary
    assert (tmp_path / "new.csv").read_text(encoding="utf-8-sig").count("FOUND AGAIN") == 1
    sheet = load_workbook(tmp_path / "new.xlsx")["Actions"]
    column = [c.value for c in sheet[1]].index("Raised before")
    marks = [row[column] for row in sheet.iter_rows(min_row=2) if row[column].value]  # refs: the old plan's
    assert len(marks) == len(GOLD)
    assert any("Previous plan: was In progress (Amber)" in c.value and f"({amber} of old.docx)" in c.value for c in marks)
    red = [c.value for c in marks if c.fill.fgColor.rgb.endswith("E8544E")]
    assert len(red) == 1 and f"({closed} of old.docx); CQC found it again" in red[0]


def test_a_store_gives_the_latest_version_and_when_the_status_was_first_set(previous, tmp_path):
    folder, old_plan, closed, amber = previous
    result = api.update(folder / "old.docx", tmp_path / "old-v0.2.docx", today=DAY, store=tmp_path / "s.sqlite")
    assert result.plan.version == "0.2"
    with sqlite3.connect(tmp_path / "s.sqlite") as connection:
        assert connection.execute("SELECT COUNT(*) FROM version").fetchone()[0] == 2
    api.draft(NEW, tmp_path / "new.json", api.DraftOptions(formats=("json",), previous=(OLD,),
                                                           previous_plan=tmp_path / "s.sqlite"))
    for text, status in _statuses(tmp_path / "new.json").items():
        if text not in GOLD:
            assert status is None
            continue
        ref = _expected_ref(old_plan, text)
        assert (status["version"], status["date"], status["plan"]) == ("0.2", DAY.isoformat(), "s.sqlite")
        # edited before the update: so marked from version 0.2; untouched: Open since the draft, 0.1
        assert status["since_version"] == ("0.2" if ref in (closed, amber) else "0.1"), ref
        assert status["closed"] == (ref == closed)


def test_the_plan_alone_stands_in_for_the_previous_report(previous, tmp_path):
    folder, old_plan, closed, _ = previous
    extraction = api.extract(NEW, previous_plan_file=folder / "old.docx")
    repeats = {f.text: f.repeat_of for f in extraction.findings if f.repeat_of}
    assert {t: r.text for t, r in repeats.items()} == GOLD
    assert [r.plan_status.ref for r in repeats.values() if r.plan_status.closed] == [closed]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cqcplan", *args], capture_output=True, text=True, timeout=120)


def test_a_bad_previous_plan_is_one_line_its_exit_code_and_nothing_written(tmp_path):
    not_ours = tmp_path / "notes.docx"
    docx.Document().save(str(not_ours))
    damaged = tmp_path / "broken.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 99")
    junk_store = tmp_path / "junk.sqlite"
    junk_store.write_text("not a database")
    text = tmp_path / "plan.txt"
    text.write_text("M1 done")
    cases = {not_ours: 15, damaged: 16, newer: 18, junk_store: 18, text: 15, tmp_path / "missing.docx": 2}
    for bad, code in cases.items():
        out = tmp_path / "out" / "new.docx"
        run = _run("draft", str(NEW), "--previous-plan", str(bad), "-o", str(out))
        assert run.returncode == code, (bad.name, run.stderr)
        assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr, run.stderr
        assert not (tmp_path / "out").exists()


def test_a_batch_shows_the_previous_status_in_each_plan_and_the_combined_one(previous, tmp_path):
    folder, _, closed, _ = previous
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "new.pdf").write_bytes(NEW.read_bytes())
    (reports / "other.pdf").write_bytes((FIXTURES / "gp_focused_2017" / "report.pdf").read_bytes())  # a combined plan needs two
    result = api.draft_batch([reports], tmp_path / "plans", api.DraftOptions(
        formats=("json",), previous_plan=folder / "old.docx", combine_providers=True))
    new = set(_statuses(tmp_path / "plans" / "new-action-plan.json"))
    for path in (tmp_path / "plans" / "new-action-plan.json", tmp_path / "plans" / "combined-action-plan.json"):
        statuses = [s for text, s in _statuses(path).items() if s and text in new]
        assert len(statuses) == len(GOLD) and [s["ref"] for s in statuses if s["closed"]] == [closed], path
    assert not result.failures


def test_a_plan_for_another_report_gives_no_status_and_says_so(tmp_path, caplog):
    other = FIXTURES / "gp_practice_2016" / "report.pdf"
    api.draft(other, tmp_path / "other.json", api.DraftOptions(formats=("json",)))
    api.draft(NEW, tmp_path / "new.json", api.DraftOptions(formats=("json",), previous=(OLD,),
                                                           previous_plan=tmp_path / "other.json"))
    statuses = _statuses(tmp_path / "new.json")
    assert len(statuses) == 7 and not any(statuses.values())
    assert "not the statements these repeat" in caplog.text
