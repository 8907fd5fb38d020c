"""`cqcplan report`: the board's progress report counts what the edited plan holds, follows the
plan store's versions, escapes plan text in HTML, embeds its charts in Word, and refuses bad
input (and an existing output) without writing anything."""

import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import test_living as living
from docx import Document
from plan_samples import NASTY, care_home, nasty

from cqcplan import api
from cqcplan.models.plan import BRAGS, NO_SERVICE, NOT_RATED, STATUSES
from cqcplan.pipeline.briefs import area
from cqcplan.pipeline.progress import LOCAL

DAY = living.DAY


def _brag_counts(actions) -> dict[str, int]:
    found = Counter(a.brag or NOT_RATED for a in actions)
    return {b: found[b] for b in (*BRAGS, NOT_RATED)}


def test_counts_match_the_plan_after_edits(tmp_path):
    plan = living._draft(tmp_path)
    living._edit_docx(plan, living._lead_edits)
    report = api.progress(plan, today=DAY)
    edited = api.update(plan, today=DAY).plan  # the same edits, as the next version holds them
    assert report.edited and report.version == "0.1" and not report.from_store
    assert [(v.version, v.amber, v.blue, v.closed) for v in report.versions] == [("0.1", 1, 1, 1)]  # no store: this one
    assert report.must + report.should == len(edited.actions) == 8  # 7 CQC actions and the local row T1
    assert report.by_brag == _brag_counts(edited.actions) == {"Red": 0, "Amber": 1, "Green": 0, "Blue": 1,
                                                             NOT_RATED: 6}
    assert report.by_status == {s: sum(a.status == s for a in edited.actions) for s in STATUSES}
    assert report.by_status["Closed"] == 1 and report.by_status["In progress"] == 1
    for group in report.by_key_question:
        members = [a for a in edited.actions if area(a) == group.label]  # a local row with no key question: "Our own actions"
        assert group.brag == _brag_counts(members)
        assert (group.must, group.should) == (sum(a.kind == "must" for a in members),
                                              sum(a.kind == "should" for a in members))
    assert sum(g.total for g in report.by_key_question) == len(edited.actions)
    assert "Our own actions" in [g.label for g in report.by_key_question]  # the local row T1, never "Not tagged"
    status = api.status(plan, today=DAY)  # `status` counts open actions alike: T1 is the trust's own, not "Local" CQC work
    assert "Our own actions" in status.by_key_question and "Local actions" in status.by_service
    assert list(status.by_service)[-1] in ("Provider-wide", "Local actions")
    services = {g.label: g for g in report.by_service}
    for label, group in services.items():
        members = [a for a in edited.actions if label in (a.services or [LOCAL if a.local else NO_SERVICE])]
        assert group.total == len(members) and group.brag == _brag_counts(members)
    assert services[LOCAL].total == 1
    labels = list(services)  # the core services, then "Provider-wide" and the local actions, as README says
    assert labels[-2:] == [NO_SERVICE, LOCAL] and labels.count(NO_SERVICE) == 1, labels
    assert [(a.ref, a.days) for a in report.overdue] == [("M2", -2)]  # deadline 1 March 2025
    assert [a.ref for a in report.due_soon] == []
    [closed] = report.closed
    assert (closed.ref, closed.closed_on, closed.evidence) == (
        "M3", DAY, "Audit report May 2025, minutes of the quality committee")
    assert closed.statements and all(s.text in [w.text for a in edited.actions if a.ref == "M3" for w in a.wordings]
                                     for s in closed.statements)
    later = api.progress(plan, today=date(2025, 6, 10))  # M1 (30 June) now due within 30 days
    assert [a.ref for a in later.due_soon] == ["M1"] and later.due_soon[0].days == 20


def test_musts_come_first_in_every_list(tmp_path):
    plan = living._draft(tmp_path)

    def deadlines(root):
        rows = living._rows(root)
        living._type(rows["S1"], "deadline", "1 January 2025")
        living._type(rows["M4"], "deadline", "1 February 2025")
        living._type(rows["S2"], "deadline", "10 March 2025")
        living._type(rows["M2"], "deadline", "20 March 2025")
    living._edit_docx(plan, deadlines)
    report = api.progress(plan, today=DAY)
    assert [a.ref for a in report.overdue] == ["M4", "S1"]  # the must first, though S1 is older
    assert [a.ref for a in report.due_soon] == ["M2", "S2"]


def test_versions_appear_in_brag_over_time_after_two_updates(tmp_path):
    plan = living._draft(tmp_path)
    living._edit_docx(plan, lambda root: living._type(living._rows(root)["M1"], "brag", "Red"))
    second = Path(api.update(plan, today=DAY).written[0])

    def more(root):
        rows = living._rows(root)
        living._type(rows["M1"], "brag", "Amber")
        living._type(rows["M2"], "brag", "Green")
    living._edit_docx(second, more)
    third = Path(api.update(second, today=date(2025, 4, 1)).written[0])
    report = api.progress(third, today=date(2025, 4, 2))
    assert report.from_store and not report.edited
    assert [(v.version, v.red, v.amber, v.green, v.not_rated) for v in report.versions] == [
        ("0.1", 0, 0, 0, 7), ("0.2", 1, 0, 0, 6), ("0.3", 0, 1, 1, 5)]
    assert report.versions[-1].date == date(2025, 4, 1)
    # typed into v0.3 after the update: the last point is the file as it reads now
    living._edit_docx(third, lambda root: living._type(living._rows(root)["S1"], "brag", "Red"))
    now = api.progress(third, today=date(2025, 4, 2))
    assert now.edited and [(v.version, v.red) for v in now.versions] == [("0.1", 0), ("0.2", 1), ("0.3", 1)]
    out = tmp_path / "board.html"
    api.progress_report(third, out, today=date(2025, 4, 2))
    text = out.read_text(encoding="utf-8")
    assert all(f"<td>v{v}</td>" in text for v in ("0.1", "0.2", "0.3"))
    # an older file reported on is counted on the store's newest version, so its heading and its last row agree
    older = api.progress(second, today=date(2025, 4, 2))
    assert older.version == "0.3" and [v.version for v in older.versions] == ["0.1", "0.2", "0.3"]


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_plan_text_and_is_self_contained(tmp_path):
    plan = living._draft(tmp_path, nasty)

    def typed(root):
        rows = living._rows(root)
        living._type(rows["M1"], "deadline", "1 January 2025")
        living._type(rows["M1"], "lead", "<script>alert('lead')</script> & Co")
    living._edit_docx(plan, typed)
    out = tmp_path / "progress.html"
    assert api.progress_report(plan, out, today=DAY) == [out]
    html = out.read_text(encoding="utf-8")
    parsed = _Elements()
    parsed.feed(html)
    assert "script" not in parsed.tags and "&lt;script&gt;" in html
    text = "".join(parsed.text)
    assert "<script>alert('lead')</script> & Co" in text  # shown literally, as typed
    assert f"The provider must ensure {NASTY}." in text  # CQC's words verbatim, {{ 7*7 }} not evaluated
    assert "<ward 7>" not in html
    assert html.count('<img src="data:image/png;base64,') == 2
    assert "http://" not in html.replace('http://example.invalid', "") and "<link" not in html


def test_docx_opens_and_holds_both_charts(tmp_path):
    plan = living._draft(tmp_path)
    living._edit_docx(plan, living._lead_edits)
    out = tmp_path / "progress.docx"
    api.progress_report(plan, out, today=DAY)
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 2
    with zipfile.ZipFile(out) as archive:
        images = [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")]
    assert len(images) == 2 and all(i.startswith(b"\x89PNG\r\n\x1a\n") for i in images)
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "M2" in cells and "2 days overdue" in cells
    assert "Audit report May 2025, minutes of the quality committee" in cells


def _run(*args):
    return subprocess.run([sys.executable, "-m", "cqcplan", *map(str, args)], capture_output=True, text=True)


def test_cli_bad_input_and_existing_output_write_nothing(tmp_path):
    import sqlite3

    plan = living._draft(tmp_path)
    api.update(plan, today=DAY)  # the store beside the plan
    [store] = tmp_path.glob("anytown-2024-*.cqcplan-store.sqlite")
    Document().save(tmp_path / "word.docx")
    (tmp_path / "broken.docx").write_bytes(plan.read_bytes()[:2000])
    care = tmp_path / "care"
    care.mkdir()
    care_plan = living._draft(care, care_home)
    out = tmp_path / "out.html"
    before = living._snapshot(tmp_path)
    for args, code in ((["word.docx"], 15), (["broken.docx"], 16), ([care_plan, "--store", store], 17),
                       (["plan.docx", "-o", tmp_path / "out.pdf"], 2)):
        done = _run("report", *[tmp_path / a if isinstance(a, str) and not a.startswith("-") else a for a in args],
                    *([] if "-o" in args else ["-o", out]))
        assert done.returncode == code, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert living._snapshot(tmp_path) == before and not out.exists()
    with sqlite3.connect(store) as connection:
        connection.execute("PRAGMA user_version = 99")
    before = living._snapshot(tmp_path)
    newer = _run("report", plan, "-o", out)
    assert newer.returncode == 18 and "newer" in newer.stderr
    assert living._snapshot(tmp_path) == before and not out.exists()
    with sqlite3.connect(store) as connection:
        connection.execute("PRAGMA user_version = 1")
    out.write_text("the board's last report", encoding="utf-8")
    exists = _run("report", plan, "-o", out)
    assert exists.returncode == 8 and out.read_text(encoding="utf-8") == "the board's last report"
    assert _run("report", plan, "-o", out, "--force").returncode == 0 and out.read_text().startswith("<!DOCTYPE html>")


def test_status_and_the_report_count_closed_actions_alike(tmp_path):
    """One meaning of closed (moved to Closed actions: Complete or Closed, and Blue): a lead's
    "Closed" on a Green action, or a Blue action still Open, is not closed in either count."""
    plan = living._draft(tmp_path)

    def edits(root):
        rows = living._rows(root)
        for ref, status, brag in (("M3", "Complete", "Blue"), ("M1", "Closed", "Green"), ("M2", "Open", "Blue"),
                                  ("S1", "Closed", "Blue")):
            living._type(rows[ref], "status", status)
            living._type(rows[ref], "brag", brag)
    living._edit_docx(plan, edits)
    status, report = api.status(plan, today=DAY), api.progress(plan, today=DAY)
    closed = sorted(a.ref for a in report.closed)
    assert closed == ["M3", "S1"]
    assert status.closed == len(closed) == report.by_status["Closed"] == report.versions[-1].closed
    assert sum(g.status["Closed"] for g in report.by_key_question) == len(closed)
    assert status.by_status == report.by_status and sum(status.by_status.values()) == status.total
    assert sum(status.by_brag.values()) == status.total - status.closed == report.must + report.should - len(closed)
    from cqcplan.pipeline.briefs import by_key_question
    from cqcplan.pipeline.plan_file import load_plan

    completed = [int(line.split(" completed")[0]) for brief in by_key_question(load_plan(plan))
                 for line in brief.lines if " completed, " in line]
    # said-did and the public version's summaries count the statuses the rows show, as `status` does
    assert sum(completed) == status.by_status["Complete"] + status.by_status["Closed"] == 3
