"""The living plan: leads edit the Word plan the way Word does (the XML) and the tracker with
openpyxl; `update` twice keeps every typed value, restores CQC's words, keeps deleted and
local rows, closes Blue actions; checks fire; bad input changes nothing."""

import copy
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from openpyxl import load_workbook
from plan_samples import acute_trust, care_home

from cqcplan import api
from cqcplan.errors import DamagedPlan, NotAPlan, PlanMismatch, StoreError
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.readback import read_plan, visible_text
from cqcplan.pipeline.render import render

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DAY = date(2025, 3, 3)


def _draft(tmp_path, sample=acute_trust, fmt="docx") -> Path:
    [path] = render(make_plan(sample()), tmp_path / f"plan.{fmt}", [fmt])
    return path


def _edit_docx(path: Path, edit) -> None:
    """Rewrite word/document.xml in place, as Word saves it: every other part kept."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    edit(root)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _rows(root) -> dict[str, etree._Element]:
    """ref -> its action-table row (first table whose header reads Ref ... CQC wording)."""
    found = {}
    for table in root.iter(f"{W}tbl"):
        trs = [tr for tr in table if tr.tag == f"{W}tr"]
        if "CQC wording (verbatim)" not in [visible_text(tc) for tc in trs[0].iter(f"{W}tc")]:
            continue
        for tr in trs[1:]:
            ref = visible_text(next(tr.iter(f"{W}tc"))).split("\n")[0]
            found[ref] = tr
    return found


def _control(row, field: str):
    """The content control tagged "cqcplan.<field>" (an id's tag also carries the id: "cqcplan.id:<uid>")."""
    return next(s for s in row.iter(f"{W}sdt")
                if s.find(f"{W}sdtPr/{W}tag").get(f"{W}val").partition(":")[0] == f"cqcplan.{field}")


def _type(row, field: str, text: str) -> None:
    """Type into a content control, as Word does: the text of its one run is replaced."""
    sdt = _control(row, field)
    texts = list(sdt.find(f"{W}sdtContent").iter(f"{W}t"))
    texts[0].text = text
    for extra in texts[1:]:
        extra.text = ""
    if field == "deadline":
        sdt.find(f"{W}sdtPr/{W}date").set(f"{W}fullDate", "2025-06-30T00:00:00Z")


def _type_over(row, field: str, text: str) -> None:
    """Delete the control and type plain text where it was (what a person does by accident)."""
    sdt = _control(row, field)
    run = etree.SubElement(sdt.getparent(), f"{W}r")
    etree.SubElement(run, f"{W}t").text = text
    sdt.getparent().remove(sdt)


def _first_wording_text(row):
    cells = list(row.iter(f"{W}tc"))
    return next(t for t in cells[4].iter(f"{W}t") if (t.text or "").strip())


def _lead_edits(root) -> None:
    rows = _rows(root)
    _type(rows["M1"], "lead", "Jane Smith, Matron")
    _type(rows["M1"], "executive_lead", "Chief Nurse")
    _type(rows["M1"], "deadline", "30 June 2025")
    _type(rows["M1"], "brag", "Amber")
    _type(rows["M1"], "status", "In progress")
    _type(rows["M1"], "change", "Fridge log moved to the ePMA; daily sign-off by nurse in charge")
    _type_over(rows["M2"], "lead", "Dr A Patel")          # control deleted, typed as plain text
    _type(rows["M2"], "deadline", "1 March 2025")         # overdue at DAY
    _type(rows["M3"], "status", "Complete")
    _type(rows["M3"], "brag", "Blue")
    _type(rows["M3"], "evidence", "Audit report May 2025, minutes of the quality committee")
    _type(rows["M3"], "audit", "Three monthly audits at 100%")
    _type(rows["M4"], "deadline", "end of Q2")            # not a date: flagged, kept
    words = _first_wording_text(rows["M4"])
    words.text = words.text.replace("must", "should")     # CQC's words edited
    table = rows["M1"].getparent()
    table.remove(rows["M3"])
    table.insert(list(table).index(rows["M1"]), rows["M3"])  # reordered: M3 before M1
    local = copy.deepcopy(rows["S1"])                     # a copied row: a local action
    _first_wording_text(local).text = "Repaint the day room on ward 7"
    first = next(local.iter(f"{W}tc"))
    next(t for t in first.iter(f"{W}t") if t.text == "S1").text = "T1"
    _type(local, "lead", "Estates manager")
    table.append(local)
    table.remove(rows["S2"])                              # deleted


def test_update_twice_keeps_every_typed_value_and_flags_each_edit(tmp_path):
    plan = _draft(tmp_path)
    _edit_docx(plan, _lead_edits)
    first = api.update(plan, today=DAY)
    nxt = Path(first.written[0])
    assert nxt.name == "plan-v0.2.docx" and first.plan.version == "0.2"
    by_ref = {a.ref: a for a in first.plan.actions}
    m1 = by_ref["M1"]
    assert (m1.lead, m1.executive_lead, m1.deadline, m1.brag, m1.status) == (
        "Jane Smith, Matron", "Chief Nurse", date(2025, 6, 30), "Amber", "In progress")
    assert m1.scaffold.change.startswith("Fridge log moved")
    assert by_ref["M2"].lead == "Dr A Patel"
    assert by_ref["M3"].closed_on == DAY and by_ref["M3"].status == "Closed" and by_ref["M3"].lessons
    assert "end of Q2" in by_ref["M4"].progress
    source = make_plan(acute_trust())
    assert [w.text for w in by_ref["M4"].wordings] == [w.text for a in source.actions if a.ref == "M4" for w in a.wordings]
    assert "S2" in by_ref and by_ref["T1"].local and by_ref["T1"].description.startswith("Repaint the day room on ward 7")
    assert by_ref["T1"].lead == "Estates manager"
    codes = {(c.code, c.ref) for c in first.checks}
    assert {("wording-changed", "M4"), ("deleted-row", "S2"), ("local-row", "T1"), ("overdue-must", "M2"),
            ("unreadable-value", "M4"), ("must-no-lead", "M4")} <= codes
    assert ("wording-changed", "M1") not in codes and ("must-no-lead", "M1") not in codes
    # the new version, read back as it stands, holds all of it; M3 is in Closed actions
    again = {r.ref: r for r in read_plan(nxt).rows}
    assert again["M1"].values["lead"] == "Jane Smith, Matron" and again["M2"].values["lead"] == "Dr A Patel"
    assert again["M3"].closed_table and again["T1"].values["lead"] == "Estates manager"
    doc_text = "\n".join(visible_text(tc) for tc in etree.fromstring(
        zipfile.ZipFile(nxt).read("word/document.xml")).iter(f"{W}tc"))
    for action in source.actions:
        for wording in action.wordings:
            assert wording.text in doc_text

    # round two: edit the new version, update again
    def more(root):
        rows = _rows(root)
        _type(rows["M1"], "progress", "Ward 7 done; ward 9 next month")
        _type(rows["T1"], "deadline", "12/05/2025")
    _edit_docx(nxt, more)
    second = api.update(nxt, today=date(2025, 4, 1))
    by_ref = {a.ref: a for a in second.plan.actions}
    assert second.plan.version == "0.3" and Path(second.written[0]).name == "plan-v0.3.docx"
    assert by_ref["M1"].lead == "Jane Smith, Matron" and by_ref["M1"].progress == "Ward 7 done; ward 9 next month"
    assert by_ref["M2"].lead == "Dr A Patel" and by_ref["T1"].deadline == date(2025, 5, 12)
    assert by_ref["M3"].closed_on == DAY and "end of Q2" in by_ref["M4"].progress
    assert [r.version for r in second.plan.reviews] == ["0.1", "0.2"]
    history = api.history(Path(second.written[0]))
    assert [v.version for v in history] == ["0.1", "0.2", "0.3"]
    assert any(c.ref == "M1" and c.field == "lead" and c.new == "Jane Smith, Matron" for c in history[1].changes)


def test_tracker_edited_in_excel_round_trips(tmp_path):
    path = _draft(tmp_path, fmt="xlsx")
    book = load_workbook(path)
    sheet = book["Actions"]
    header = [c.value for c in sheet[1]]
    col = {h: header.index(h) + 1 for h in header}
    refs = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(refs["M1"], col["Lead"], "Jane Smith")
    sheet.cell(refs["M1"], col["Deadline"], datetime(2025, 3, 20))
    sheet.cell(refs["M1"], col["BRAG"], "red")
    sheet.cell(refs["S1"], col["Status"], "Complete")
    sheet.cell(refs["S1"], col["BRAG"], "Blue")
    sheet.cell(refs["S1"], col["Evidence / key documents"], "Spot checks signed off")
    sheet.cell(refs["M2"], col["CQC wording (verbatim)"], "edited")
    new = sheet.max_row + 1
    sheet.cell(new, 1, "L1")
    sheet.cell(new, col["Local action"], "New signage")
    sheet.cell(new, col["Lead"], "Estates")
    sheet.delete_rows(refs["S2"])
    book.save(path)
    result = api.update(path, today=DAY)
    assert Path(result.written[0]).suffix == ".xlsx"
    by_ref = {a.ref: a for a in result.plan.actions}
    assert (by_ref["M1"].lead, by_ref["M1"].deadline, by_ref["M1"].brag) == ("Jane Smith", date(2025, 3, 20), "Red")
    assert by_ref["S1"].closed_on == DAY and by_ref["L1"].local and by_ref["L1"].lead == "Estates"
    codes = {(c.code, c.ref) for c in result.checks}
    assert {("wording-changed", "M2"), ("deleted-row", "S2"), ("local-row", "L1"), ("due-soon", "M1"),
            ("blue-without-audit", "S1")} <= codes  # closed in this version: its C line is checked as it closes
    assert ("blue-without-evidence", "S1") not in codes
    back = {r.ref: r for r in read_plan(Path(result.written[0])).rows}
    assert back["M1"].values["lead"] == "Jane Smith" and back["L1"].values["description"] == "New signage"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_store_kept_for_another_report_of_the_same_file_name_says_so(tmp_path):
    plan = _draft(tmp_path)
    api.update(plan, today=DAY)
    [store] = tmp_path.glob("*.cqcplan-store.sqlite")
    same_name = acute_trust().reports[0].file

    def renamed():
        extraction = care_home()
        reports = [r.model_copy(update={"file": same_name}) for r in extraction.reports]
        findings = [f.model_copy(update={"file": same_name}) for f in extraction.findings]
        return extraction.model_copy(update={"reports": reports, "findings": findings})

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = _draft(other_dir, renamed)
    with pytest.raises(PlanMismatch, match=f"another plan, for a different report also named {same_name}"):
        api.update(other, other_dir / "x.docx", store=store, today=DAY)


def test_bad_input_is_refused_and_changes_nothing(tmp_path):
    plan = _draft(tmp_path)
    api.update(plan, today=DAY)  # creates the store
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = _draft(other_dir, care_home)
    [store] = tmp_path.glob("anytown-2024-*.cqcplan-store.sqlite")
    before = _snapshot(tmp_path)
    with pytest.raises(PlanMismatch, match="the plan for .*, not this plan"):
        api.update(other, tmp_path / "x.docx", store=store, today=DAY)
    Document().save(tmp_path / "word.docx")
    with pytest.raises(NotAPlan):
        api.update(tmp_path / "word.docx", today=DAY)
    (tmp_path / "broken.docx").write_bytes(plan.read_bytes()[:2000])
    with pytest.raises(DamagedPlan):
        api.update(tmp_path / "broken.docx", today=DAY)
    assert _snapshot(tmp_path) == {**before, "word.docx": (tmp_path / "word.docx").read_bytes(),
                                   "broken.docx": (tmp_path / "broken.docx").read_bytes()}
    with sqlite3.connect(store) as connection:
        connection.execute("PRAGMA user_version = 99")
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="newer"):
        api.update(plan, tmp_path / "plan-v9.docx", today=DAY)
    assert _snapshot(tmp_path) == before


def test_cli_status_exit_code_and_bad_input_lines(tmp_path):
    plan = _draft(tmp_path)
    _edit_docx(plan, lambda root: _type(_rows(root)["M1"], "deadline", "1 January 2025"))
    run = lambda *a: subprocess.run([sys.executable, "-m", "cqcplan", *a], capture_output=True, text=True)
    done = run("status", str(plan), "--today", "2025-03-03")
    assert done.returncode == 19 and "M1: overdue by 61 days" in done.stdout
    assert run("status", str(plan), "--today", "2024-12-01").returncode == 0
    Document().save(tmp_path / "word.docx")
    bad = run("update", str(tmp_path / "word.docx"))
    assert bad.returncode == 15 and len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    assert not list(tmp_path.glob("*.sqlite"))


def test_checks_fire_where_they_should_and_nowhere_else():
    from datetime import timedelta

    from cqcplan.pipeline.checks import check_plan
    from cqcplan.pipeline.identity import ensure_ids

    plan = ensure_ids(make_plan(acute_trust()))
    week = date(2025, 5, 5)  # a Monday
    actions = [a.model_copy(update={"lead": "X", "deadline": week + timedelta(days=i % 5)}) for i, a in
               enumerate(plan.actions)]
    actions[0] = actions[0].model_copy(update={"brag": "Blue", "status": "Open"})
    actions[1] = actions[1].model_copy(update={"brag": "Red", "status": "Complete", "deadline": date(2025, 9, 1)})
    checks = check_plan(plan.model_copy(update={"actions": actions}), today=date(2025, 4, 10))
    codes = sorted((c.code, c.ref) for c in checks)
    first, second = actions[0].ref, actions[1].ref
    assert codes == sorted([("blue-without-evidence", first), ("blue-without-audit", first), ("brag-status", first),
                            ("blue-without-signoff", first),
                            ("brag-status", second), ("deadline-cluster", None), ("deadline-cluster", None)]
                           + [("due-soon", a.ref) for a in actions[:1] + actions[2:]])  # all within 30 days but the Complete one
    spread = [a.model_copy(update={"deadline": date(2025, 6 + i, 1), "brag": None, "status": "Open"})
              for i, a in enumerate(actions)]
    assert check_plan(plan.model_copy(update={"actions": spread}), today=date(2025, 4, 10)) == []


def _touched(path, progress: str) -> Path:
    """The plan file with a lead's line typed in M1's Progress (an unchanged file adds no version)."""
    _edit_docx(Path(path), lambda root: _type(_rows(root)["M1"], "progress", progress))
    return Path(path)


def test_an_unchanged_file_adds_no_version_and_says_so(tmp_path):
    import typer.testing

    from cqcplan.cli import app

    plan = _draft(tmp_path)
    first = api.update(_touched(plan, "Started"), today=DAY)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    for again in (plan, Path(first.written[0])):  # the same file twice, and the version it made
        result = typer.testing.CliRunner().invoke(app, ["update", str(again), "--today", "2025-03-04"])
        assert result.exit_code == 0 and "nothing changed since version 0.2: no new version written" in result.output
        assert "carries" not in result.output and "version 0.3" not in result.output  # qa10: no version it did not write
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert [r.version for r in api.history(Path(first.written[0]))] == ["0.1", "0.2"]


def test_a_version_dated_before_the_last_one_kept_is_warned_about_and_both_are_kept(tmp_path, capsys):
    from cqcplan.cli import app

    [plan] = render(make_plan(acute_trust(), today=date(2025, 1, 6)), tmp_path / "plan.docx", ["docx"])
    first = api.update(plan, today=date(2025, 6, 30))
    assert not [c for c in first.checks if c.code == "date-before-last-version"]
    second = api.update(_touched(first.written[0], "May"), today=date(2025, 5, 1))  # an earlier --today
    [warning] = [c for c in second.checks if c.code == "date-before-last-version"]
    assert warning.severity == "warning" and "\n" not in warning.message
    assert "1 May 2025" in warning.message and "30 June 2025" in warning.message
    records = api.history(Path(second.written[0]))
    assert [(r.version, r.date) for r in records][-2:] == [("0.2", date(2025, 6, 30)), ("0.3", date(2025, 5, 1))]
    later = api.update(_touched(second.written[0], "July"), today=date(2025, 7, 1))  # going forward again: no warning
    assert not [c for c in later.checks if c.code == "date-before-last-version"]
    import typer.testing

    result = typer.testing.CliRunner().invoke(app, ["update", str(_touched(later.written[0], "Jan")), "--today", "2025-01-02"])
    assert result.exit_code == 0
    assert len([line for line in result.output.splitlines() if "before version" in line]) == 1


def _same_file_name_as_acute_trust():
    same_name = acute_trust().reports[0].file
    extraction = care_home()
    reports = [r.model_copy(update={"file": same_name}) for r in extraction.reports]
    findings = [f.model_copy(update={"file": same_name}) for f in extraction.findings]
    return extraction.model_copy(update={"reports": reports, "findings": findings})


def test_two_reports_of_one_file_name_get_their_own_stores_without_store(tmp_path):
    [first] = render(make_plan(acute_trust()), tmp_path / "north-plan.docx", ["docx"])
    [second] = render(make_plan(_same_file_name_as_acute_trust()), tmp_path / "south-plan.docx", ["docx"])
    one, two = api.update(first, today=DAY), api.update(second, today=DAY)
    assert one.store != two.store and Path(one.store).parent == Path(two.store).parent == tmp_path
    stem = Path(acute_trust().reports[0].file).stem
    assert all(Path(s).name.startswith(f"{stem}-") for s in (one.store, two.store))
    again = api.update(_touched(one.written[0], "next"), today=DAY)  # the next version finds its own store again
    assert again.store == one.store
    assert [r.version for r in api.history(Path(again.written[0]))] == ["0.1", "0.2", "0.3"]
    assert [r.version for r in api.history(Path(two.written[0]))] == ["0.1", "0.2"]


def test_a_store_an_earlier_cqcplan_named_after_the_report_is_still_found(tmp_path):
    import shutil

    plan = _draft(tmp_path)
    first = api.update(plan, today=DAY)
    earlier_name = tmp_path / f"{Path(acute_trust().reports[0].file).stem}.cqcplan-store.sqlite"
    shutil.move(first.store, earlier_name)  # as cqcplan named it before
    later = api.update(_touched(first.written[0], "next"), today=DAY)
    assert Path(later.store) == earlier_name and sorted(tmp_path.glob("*.sqlite")) == [earlier_name]
    assert [r.version for r in api.history(Path(later.written[0]))] == ["0.1", "0.2", "0.3"]
    assert api.progress(Path(later.written[0]), today=DAY).from_store
    # a store of that old name that keeps another report's plan is left alone: this plan gets its own
    (tmp_path / "other").mkdir()
    [other] = render(make_plan(_same_file_name_as_acute_trust()), tmp_path / "other" / "plan.docx", ["docx"])
    shutil.copy(earlier_name, other.parent / earlier_name.name)
    kept = (other.parent / earlier_name.name).read_bytes()
    mine = api.update(other, today=DAY)
    assert Path(mine.store) != other.parent / earlier_name.name and (other.parent / earlier_name.name).read_bytes() == kept


def test_a_file_based_on_an_older_version_catches_up_and_never_forks_the_history(tmp_path):
    """The Word plan and the tracker drafted from one 0.1, each updated: the second builds on the first."""
    word, tracker = render(make_plan(acute_trust()), tmp_path / "plan", ["docx", "xlsx"])
    _edit_docx(word, lambda root: (_type(_rows(root)["M1"], "lead", "Jane Smith"),
                                   _type(_rows(root)["M2"], "progress", "Typed in Word"),
                                   _type(_rows(root)["M4"], "progress", "Word: quotes asked for")))
    first = api.update(word, today=DAY)
    book = load_workbook(tracker)
    sheet = book["Actions"]
    header = [c.value for c in sheet[1]]
    refs = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(refs["M1"], header.index("Lead") + 1, "Bob Jones")                       # changed in both
    sheet.cell(refs["M3"], header.index("Evidence / key documents") + 1, "Typed in the tracker")
    sheet.cell(refs["M4"], header.index("Progress update") + 1, "Tracker: order placed")  # both: both kept
    book.save(tracker)
    second = api.update(tracker, tmp_path / "tracker-v0.2.xlsx", today=DAY)
    by_ref = {a.ref: a for a in second.plan.actions}
    assert second.plan.version == "0.3"
    assert by_ref["M2"].progress == "Typed in Word" and by_ref["M3"].evidence == "Typed in the tracker"
    assert by_ref["M1"].lead == "Bob Jones"
    assert by_ref["M4"].progress.splitlines() == ["Word: quotes asked for", "Tracker: order placed"]
    [notice] = [c for c in second.checks if c.code == "based-on-older-version"]
    assert "0.1" in notice.message and "0.2" in notice.message and "\n" not in notice.message
    [both] = [c for c in second.checks if c.code == "changed-in-both"]
    assert both.ref == "M1" and "Jane Smith" in both.message and "Bob Jones" in both.message
    assert any(c.ref == "M1" and c.field == "lead" and (c.old, c.new) == ("Jane Smith", "Bob Jones")
               for c in second.changes)
    assert not any(c.ref == "M2" for c in second.changes)  # carried, not changed since 0.2

    later = Path(first.written[0])                           # the Word file of 0.2, edited on
    _edit_docx(later, lambda root: _type(_rows(root)["M4"], "lead", "Carol White"))
    third = api.update(later, today=date(2025, 3, 10))
    by_ref = {a.ref: a for a in third.plan.actions}
    assert third.plan.version == "0.4" and Path(third.written[0]).name == "plan-v0.4.docx"
    assert (by_ref["M1"].lead, by_ref["M3"].evidence, by_ref["M4"].lead) == (
        "Bob Jones", "Typed in the tracker", "Carol White")
    assert not [c for c in third.checks if c.code == "changed-in-both"]
    again = api.update(word, today=date(2025, 3, 11), force=True)  # the oldest file once more
    assert again.plan.version == "0.5" and {a.ref: a for a in again.plan.actions}["M4"].lead == "Carol White"
    numbers = [v.version for v in api.history(word)]
    assert numbers == ["0.1", "0.2", "0.3", "0.4", "0.5"]


def test_a_formula_in_a_tracker_cell_is_kept_as_typed_never_worked_out_and_warned_about(tmp_path):
    path = _draft(tmp_path, fmt="xlsx")
    book = load_workbook(path)
    sheet = book["Actions"]
    header = [c.value for c in sheet[1]]
    refs = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    formula = '=HYPERLINK("http://x","Ann")'
    sheet.cell(refs["M1"], header.index("Lead") + 1, formula)          # openpyxl saves no value for it
    sheet.cell(refs["M2"], header.index("Deadline") + 1, "=DATE(2025,6,30)")
    book.save(path)
    result = api.update(path, today=DAY)
    by_ref = {a.ref: a for a in result.plan.actions}
    assert f"Lead typed as: {formula}" in by_ref["M1"].progress.splitlines()
    assert "Deadline typed as: =DATE(2025,6,30)" in by_ref["M2"].progress.splitlines()
    flagged = {c.ref: c.message for c in result.checks if c.code == "unreadable-value"}
    assert "formula" in flagged["M1"] and formula in flagged["M1"] and "formula" in flagged["M2"]
    back = load_workbook(result.written[0])["Actions"]
    assert all(not (isinstance(c.value, str) and c.value.startswith("=")) for row in back.iter_rows() for c in row)


@pytest.mark.parametrize("typed", ["31-Dec-2026", "31-December-2026", "31-Dec-26", "31.12.26", "31.12.2026",
                                   "31-12-26", "2026/12/31", "31/12/2026", "31st December 2026", "31 / 12 / 2026",
                                   "31 . 12 . 26"])
def test_common_uk_dates_are_read(typed):
    from cqcplan.pipeline.daytext import parse_day

    assert parse_day(typed) == date(2026, 12, 31)


@pytest.mark.parametrize("typed, day", [("12/31/2026", None), ("05.04.26", date(2026, 4, 5)),
                                        ("05-04-2026", date(2026, 4, 5)), ("2026/04/05", date(2026, 4, 5))])
def test_numbered_dates_are_day_first_and_us_order_is_never_guessed(typed, day):
    from cqcplan.pipeline.daytext import parse_day

    assert parse_day(typed) == day


def test_the_command_line_reads_a_day_as_a_plan_does(tmp_path):
    """`--today 31/12/2026` is the day a plan's "31/12/2026" is; a US order is one line, exit 2."""
    import subprocess
    import sys

    plan = _draft(tmp_path)
    run = lambda day: subprocess.run([sys.executable, "-m", "cqcplan", "status", str(plan), "--today", day],  # noqa: E731
                                     capture_output=True, text=True, timeout=120)
    uk, iso = run("31/12/2026"), run("2026-12-31")
    assert uk.returncode == iso.returncode and uk.stdout == iso.stdout and "Traceback" not in uk.stderr
    us = run("12/31/2026")
    assert us.returncode == 2 and "12/31/2026" in us.stderr and "Traceback" not in us.stderr


def test_history_marks_a_number_an_earlier_cqcplan_recorded_twice():
    from rich.console import Console

    from cqcplan.models.living import VersionRecord
    from cqcplan.show_living import print_history

    records = [VersionRecord(version=v, date=DAY, recorded_at=datetime(2025, 3, 3), file=f)
               for v, f in (("0.1", "plan.docx"), ("0.2", "plan-v0.2.docx"), ("0.2", "tracker-v0.2.xlsx"))]
    console = Console(record=True, width=200)
    print_history(records, console)
    lines = console.export_text().splitlines()
    assert ["again" in line for line in lines] == [False, False, True] and "tracker-v0.2.xlsx" in lines[2]


def test_a_formula_in_the_trackers_approval_sheet_is_kept_in_the_role_line(tmp_path):
    path = _draft(tmp_path, fmt="xlsx")
    book = load_workbook(path)
    sheet = book["Approval"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("Approved by") + 1, '=HYPERLINK("http://x","Quality committee chair")')
    book.save(path)
    result = api.update(path, today=DAY)
    assert 'Approved by typed as: =HYPERLINK("http://x","Quality committee chair")' in result.plan.approval.approver_role
    assert any(c.ref == "Plan" and "formula" in c.message for c in result.checks if c.code == "unreadable-value")


def _tracker_edit(path: Path, edits: dict[tuple[str, str], str], approval: dict[str, str] = {}) -> None:
    """Type into the tracker as Excel would save it: {(ref, column header): value}; ref "" adds a row."""
    book = load_workbook(path)
    sheet = book["Actions"]
    header = [c.value for c in sheet[1]]
    refs = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    new_row = sheet.max_row + 1
    for (ref, column), value in edits.items():
        sheet.cell(refs.get(ref, new_row), header.index(column) + 1, value)
    cover = book["Approval"]
    for column, value in approval.items():
        cover.cell(2, [c.value for c in cover[1]].index(column) + 1, value)
    book.save(path)


def _word_and_tracker_of_one_version(tmp_path):
    """The Word plan updated to 0.2 (M1's lead, M2 closed, the approval); the tracker of 0.1 edited apart."""
    word, tracker = render(make_plan(acute_trust()), tmp_path / "plan", ["docx", "xlsx"])

    def edit(root):
        rows = _rows(root)
        _type(rows["M1"], "lead", "Jane Smith")
        for field, text in (("brag", "Blue"), ("status", "Complete"), ("evidence", "Audit May 2025")):
            _type(rows["M2"], field, text)
        _type(root, "approved_by", "Chief Executive")
    _edit_docx(word, edit)
    api.update(word, today=DAY)
    _tracker_edit(tracker, {("M1", "Lead"): "Bob Jones", ("M3", "Lead"): "Carol White"},
                  {"Approved by": "Board chair"})
    return word, tracker


def test_status_and_report_count_a_file_of_an_older_version_on_the_stores_newest(tmp_path):
    word, tracker = _word_and_tracker_of_one_version(tmp_path)
    alone = api.next_plan(tracker, today=DAY)[1]
    assert not any(a.is_closed for a in alone.actions)          # the tracker alone knows nothing of 0.2
    status = api.status(tracker, today=DAY)
    assert status.version == "0.2" and status.closed == 1 and status.checks[0].code == "based-on-older-version"
    assert "0.1" in status.checks[0].message and "0.2" in status.checks[0].message
    assert "\n" not in status.checks[0].message
    report = api.progress(tracker, today=DAY)
    assert report.version == "0.2" and [c.ref for c in report.closed] == ["M2"]
    assert "0.1" in report.behind and "0.2" in report.behind
    from cqcplan.pipeline.render.progress import make_page

    assert report.behind.rstrip(".") in make_page(report).intro
    result = subprocess.run([sys.executable, "-m", "cqcplan", "status", str(tracker), "--today", DAY.isoformat()],
                            capture_output=True, text=True)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Version 0.2") and "based-on-older-version" in "".join(lines[1:6])
    newest = api.status(word.with_name("plan-v0.2.docx"), today=DAY)  # the store's newest itself: nothing to say
    assert newest.version == "0.2" and not [c for c in newest.checks if c.code == "based-on-older-version"]


def test_a_value_that_loses_when_an_older_file_catches_up_is_shown_in_the_file_and_named(tmp_path):
    word, tracker = _word_and_tracker_of_one_version(tmp_path)
    result = api.update(tracker, tmp_path / "tracker-v0.3.xlsx", today=DAY)
    [notice] = [c for c in result.checks if c.code == "based-on-older-version"]
    assert "M1: Lead" in notice.message and "Plan: Approved by" in notice.message and "M3" not in notice.message
    written = read_plan(result.written[0]).source
    by_ref = {a.ref: a for a in written.actions}
    assert by_ref["M1"].lead == "Bob Jones" and by_ref["M3"].lead == "Carol White"
    [note] = [line for line in by_ref["M1"].progress.splitlines() if "Jane Smith" in line]
    assert "0.2" in note and "Bob Jones" in note
    assert not any("Carol White" in line for line in by_ref["M3"].progress.splitlines())
    assert written.approval.approved_by == "Board chair" and "Chief Executive" in written.approval.approver_role
    from cqcplan.pipeline.publish import make_public

    public = make_public(written)  # a reading note is the owners', not the public's
    assert "Jane Smith" not in public.model_dump_json(exclude={"removed"})


def test_a_formula_typed_as_a_local_actions_words_is_kept_as_typed_and_warned_about(tmp_path):
    path = _draft(tmp_path, fmt="xlsx")
    formula = '=HYPERLINK("http://x","Repaint the day room")'
    _tracker_edit(path, {("", "Local action"): formula, ("", "Lead"): "Estates manager"})
    result = api.update(path, today=DAY)
    [local] = [a for a in result.plan.actions if a.local]
    assert local.description == formula and local.lead == "Estates manager"
    assert f"Local action typed as: {formula}" in local.progress.splitlines()
    flagged = [c.message for c in result.checks if c.code == "unreadable-value" and c.ref == local.ref]
    assert len(flagged) == 1 and "formula" in flagged[0] and formula in flagged[0]
    back = load_workbook(result.written[0])["Actions"]
    assert all(c.data_type != "f" for row in back.iter_rows() for c in row)   # written back as text, never run
    again = api.update(result.written[0], today=DAY)
    [local] = [a for a in again.plan.actions if a.local]
    assert local.description == formula and not [c for c in again.checks if c.code == "unreadable-value"]
    assert local.progress.splitlines().count(f"Local action typed as: {formula}") == 1


def test_status_counts_brag_and_key_questions_in_their_own_order():
    from rich.console import Console

    from cqcplan.models import KEY_QUESTIONS
    from cqcplan.models.plan import BRAGS, NOT_RATED
    from cqcplan.show_living import print_status

    def edit(root):
        rows = _rows(root)
        for ref, brag in (("M1", "Green"), ("M2", "Red"), ("M3", "Amber"), ("M4", "Blue")):
            _type(rows[ref], "brag", brag)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        plan = _draft(Path(folder))
        _edit_docx(plan, edit)
        report = api.status(plan, today=DAY)
    assert len(report.by_brag) >= 4 and len(report.by_key_question) >= 3
    assert list(report.by_brag) == [b for b in (*BRAGS, NOT_RATED) if b in report.by_brag]
    assert list(report.by_key_question) == [k for k in (*KEY_QUESTIONS, "Not tagged") if k in report.by_key_question]
    console = Console(record=True, width=400)
    print_status(report, console)
    text = console.export_text()
    shown = next(line for line in text.splitlines() if line.startswith("Open by key question"))
    assert [shown.index(k) for k in report.by_key_question] == sorted(shown.index(k) for k in report.by_key_question)


def test_errors_are_listed_before_warnings_and_the_exit_reason_is_the_last_line(tmp_path):
    plan = _draft(tmp_path)
    _edit_docx(plan, lambda root: [_type(_rows(root)[ref], "deadline", "1 January 2025") for ref in ("M2", "M4")])
    run = lambda *a: subprocess.run([sys.executable, "-m", "cqcplan", *a], capture_output=True, text=True)
    done = run("update", str(plan), "--today", DAY.isoformat())
    marks = [line[0] for line in done.stdout.splitlines() if line[:1] in "✗!·"]
    assert done.returncode == 0 and marks.count("✗") == 2 and "!" in marks
    assert marks == sorted(marks, key="✗!·".index)                  # errors first, then warnings, then notes
    joined = subprocess.run(f'"{sys.executable}" -m cqcplan status "{plan}" --today {DAY} 2>&1', shell=True,
                            capture_output=True, text=True)
    last = joined.stdout.strip().splitlines()[-1]
    assert joined.returncode == 19 and last.startswith("cqcplan: error:") and "M2, M4" in last


def _closed_table(root):
    return next(t for t in root.iter(f"{W}tbl")
                if "Lessons learned" in [visible_text(tc) for tc in next(t.iter(f"{W}tr")).iter(f"{W}tc")])


def test_closed_actions_keep_the_page_and_the_abc_lines_the_open_table_shows(tmp_path):
    plan = _draft(tmp_path)
    with zipfile.ZipFile(plan) as archive:
        drafted = etree.fromstring(archive.read("word/document.xml"))
    open_cells = {ref: [visible_text(tc) for tc in row.iter(f"{W}tc")] for ref, row in _rows(drafted).items()}
    _edit_docx(plan, lambda root: [_type(_rows(root)["M3"], f, t) for f, t in
                                   (("brag", "Blue"), ("status", "Complete"), ("evidence", "Audit May 2025"),
                                    ("audit", "Monthly audit, 100% for three months"))])
    closed = Path(api.update(plan, today=DAY).written[0])
    with zipfile.ZipFile(closed) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    table = _closed_table(root)
    header, row = [[visible_text(tc) for tc in tr.iter(f"{W}tc")] for tr in table.iter(f"{W}tr")][:2]
    assert row[0].startswith("M3") and row[header.index("CQC wording")] == open_cells["M3"][4]   # with its page
    abc = row[header.index("Actions")]
    assert "p. " in open_cells["M3"][4] and "A. Change" in abc and "Monthly audit, 100% for three months" in abc

    def lessons_and_audit(root):
        closed_row = list(_closed_table(root).iter(f"{W}tr"))[1]
        _type(closed_row, "lessons", "Check the fridge log at handover")
        _type(closed_row, "audit", "Quarterly audit from now on")
    _edit_docx(closed, lessons_and_audit)
    again = api.update(closed, today=DAY)
    m3 = {a.ref: a for a in again.plan.actions}["M3"]
    assert m3.is_closed and m3.lessons == "Check the fridge log at handover"
    assert m3.scaffold.audit == "Quarterly audit from now on"
    assert {(c.ref, c.field) for c in again.changes} == {("M3", "lessons"), ("M3", "audit")}


def test_a_closed_table_written_before_it_had_the_abc_column_is_still_read(tmp_path):
    plan = _draft(tmp_path)
    _edit_docx(plan, lambda root: [_type(_rows(root)["M3"], f, t)
                                   for f, t in (("brag", "Blue"), ("status", "Complete"))])
    closed = Path(api.update(plan, today=DAY).written[0])

    def as_before(root):  # the Actions column taken out, as plans were written before; then lessons typed
        table = _closed_table(root)
        grid = table.find(f"{W}tblGrid")
        grid.remove(grid[2])
        for tr in table.iter(f"{W}tr"):
            cells = [tc for tc in tr if tc.tag == f"{W}tc"]
            tr.remove(cells[2])
        _type(list(table.iter(f"{W}tr"))[1], "lessons", "Keep the log")
    _edit_docx(closed, as_before)
    again = api.update(closed, today=DAY)
    m3 = {a.ref: a for a in again.plan.actions}["M3"]
    assert m3.lessons == "Keep the log" and m3.closed_on == DAY
    assert [(c.ref, c.field) for c in again.changes] == [("M3", "lessons")]
