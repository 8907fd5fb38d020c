"""Batch edges: every file gets a summary row, names never clash, re-runs keep what exists,
and Ctrl-C / SIGTERM stop at once, keeping finished plans and leaving no staging folder."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document

from cqcplan import api
from cqcplan.batch import plan_jobs

FIXTURES = Path(__file__).parents[2] / "fixtures"
SMALL = FIXTURES / "gp_focused_2017" / "report.pdf"
OTHER = FIXTURES / "independent_hospital_2015" / "report.pdf"


def _tree(tmp_path: Path, *names: str) -> list[Path]:
    paths = [tmp_path / n for n in names]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF-1.4")
    return paths


def test_same_stems_from_different_folders_get_distinct_predictable_names(tmp_path):
    a, b, c = _tree(tmp_path, "north/report.pdf", "south/report.pdf", "south/Summary.pdf")
    combined = _tree(tmp_path, "east/combined.pdf")[0]
    jobs = plan_jobs([a, b, c, combined], tmp_path / "out", "-action-plan", reserved=["combined-action-plan"])
    assert [j.out.name for j in jobs] == ["north-report-action-plan.docx", "south-report-action-plan.docx",
                                          "Summary-action-plan.docx", "east-combined-action-plan.docx"]
    assert [j.label for j in jobs] == ["north/report.pdf", "south/report.pdf", "Summary.pdf", "combined.pdf"]
    deeper = _tree(tmp_path, "x/reports/r.pdf", "y/reports/r.pdf", "z/r.pdf")  # as many folders as tell them apart
    assert [j.label for j in plan_jobs(deeper, tmp_path / "out", "-p")] == ["x/reports/r.pdf", "y/reports/r.pdf", "z/r.pdf"]


def test_names_that_still_clash_are_numbered_and_case_is_ignored(tmp_path):
    a, b = _tree(tmp_path, "x/reports/R.pdf", "y/reports/r.pdf")
    jobs = plan_jobs([a, b], tmp_path, "-action-plan")
    assert [j.out.name for j in jobs] == ["reports-R-action-plan.docx", "reports-r-2-action-plan.docx"]


def test_one_file_given_twice_or_through_a_link_is_read_once(tmp_path):
    (a,) = _tree(tmp_path, "r/a.pdf")
    (tmp_path / "r" / "b.pdf").symlink_to(a)
    jobs = plan_jobs([tmp_path / "r", a], tmp_path, "-action-plan")
    assert [j.skip for j in jobs] == [None, "skipped: the same file as a.pdf", "skipped: the same file as a.pdf"]


def test_bad_entries_in_a_folder_are_rows_and_the_rest_finish(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SMALL, folder / "good.pdf")
    shutil.copy(SMALL, folder / "copy.pdf")
    (folder / "dangling.pdf").symlink_to(folder / "nowhere.pdf")
    (folder / "loop.pdf").symlink_to(folder / "loop.pdf")
    (folder / "x.pdf").mkdir()
    os.mkfifo(folder / "pipe.pdf")
    out = tmp_path / "plans"
    result = api.draft_batch([folder, folder / "good.pdf"], out, workers=1)
    rows: dict[str, str] = {}
    for item in result.items:
        rows.setdefault(item.file, item.error or item.note or "")
    assert set(rows) == {"copy.pdf", "dangling.pdf", "good.pdf", "loop.pdf", "pipe.pdf", "x.pdf"}
    assert "broken symbolic link" in rows["dangling.pdf"] and "loop" in rows["loop.pdf"]
    assert "is a folder" in rows["x.pdf"] and "named pipe" in rows["pipe.pdf"]
    assert rows["good.pdf"].startswith("same content as copy.pdf")
    assert len(result.items) == 7 and result.items[-1].note == "skipped: the same file as good.pdf"
    assert len(result.reports) == 1  # the copy is read once: one report, so no combined plan beside its own
    assert sorted(p.name for p in out.iterdir()) == ["copy-action-plan.docx", "good-action-plan.docx"]

    (folder / "new.pdf").write_bytes(OTHER.read_bytes())  # a re-run after adding a report
    again = api.draft_batch([folder], out, api.DraftOptions(combine_providers=True), workers=1)  # another provider: one combined plan still
    kept = {i.file: i.note for i in again.items if i.kept}
    assert set(kept) == {"copy.pdf", "good.pdf"} and all(n.startswith("kept the existing") for n in kept.values())
    assert again.written["new.pdf"][0].name == "new-action-plan.docx"
    assert [p.name for p in again.combined] == ["combined-action-plan.docx"]
    third = api.draft_batch([folder], out, api.DraftOptions(combine_providers=True), workers=1)
    assert third.combined == [] and "already exists" in third.combined_error and third.combined_exit == 8


def _start(args: list[str]) -> subprocess.Popen:
    """The command as a terminal starts it: its own process group, Ctrl-C not ignored."""
    return subprocess.Popen([sys.executable, "-m", "cqcplan", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for(condition, process: subprocess.Popen | None = None, seconds: float = 120) -> None:
    """Poll until `condition()`; fail at once if `process` ends first. `seconds` only stops a hang:
    on a loaded machine the first plan can take a good part of a minute."""
    deadline = time.monotonic() + seconds
    while not condition():
        if process is not None and process.poll() is not None:
            pytest.fail(f"the command ended first (exit {process.returncode}): {process.stderr.read()[-500:]}")
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_ctrl_c_stops_a_batch_at_once_and_keeps_what_was_finished(tmp_path):
    folder, out = tmp_path / "reports", tmp_path / "plans"
    folder.mkdir()
    for n in range(10):
        shutil.copy(SMALL, folder / f"r{n}.pdf")
    process = _start(["draft", str(folder), "-o", str(out), "--workers", "2"])
    began = time.monotonic()
    # The first plan appears while its worker is still removing its staging folder: the Ctrl-C below
    # lands in that clean-up at its most likely moment, and whatever it cuts short must still go.
    _wait_for(lambda: out.exists() and any(p.suffix == ".docx" for p in out.iterdir()), process)
    first_plan = time.monotonic() - began
    os.killpg(process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    started = time.monotonic()
    _, stderr = process.communicate(timeout=120)
    # "At once": well before one more report could be drafted; both stretch alike on a loaded machine.
    assert time.monotonic() - started < max(5.0, first_plan)
    assert process.returncode == 130 and stderr.strip().splitlines()[-1] == "cqcplan: interrupted"
    assert "Batch summary (interrupted)" in stderr and "not drafted" in stderr and "Traceback" not in stderr
    left = sorted(p.name for p in out.iterdir())
    assert left and all(n.endswith("-action-plan.docx") and not n.startswith("combined") for n in left)
    for name in left:
        Document(str(out / name))  # complete, not half-written


def test_sigterm_during_the_word_render_leaves_no_staging_folder(tmp_path):
    slow = Document()
    for text in [*["{%p for a in actions %}", "{{ a.ref }}{% for w in a.wordings %}{{ w.text }}{% endfor %}",
                   "{%p endfor %}"], "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}"]:
        slow.add_paragraph(text)
    slow.save(str(tmp_path / "slow.docx"))
    out = tmp_path / "plans"
    out.mkdir()
    process = _start(["draft", str(SMALL), "-o", str(out / "p.docx"), "--template", str(tmp_path / "slow.docx")])
    _wait_for(lambda: any(p.name.startswith(".cqcplan-") for p in out.iterdir()))
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 143 and stderr.strip() == "cqcplan: stopped by SIGTERM"
    assert list(out.iterdir()) == []


def test_a_folder_is_searched_with_its_subfolders_in_a_stable_order_never_leaving_it(tmp_path, caplog):
    from cqcplan.batch import report_paths

    folder = tmp_path / "trust"
    made = _tree(folder, "zeta/Report.pdf", "b.pdf", "Alpha/deep/er/c.PDF", "alpha2.pdf", "notes.txt")
    outside = _tree(tmp_path, "elsewhere/secret.pdf", "elsewhere/sub/other.pdf")
    (folder / "link-out.pdf").symlink_to(outside[0])  # a link leading out of the folder: not followed
    (folder / "linked-folder").symlink_to(outside[0].parent, target_is_directory=True)  # not entered
    (folder / "zeta" / "same.pdf").symlink_to(made[1])  # a link inside the folder: kept (read once later)
    expected = [folder / "Alpha/deep/er/c.PDF", folder / "alpha2.pdf", folder / "b.pdf",
                folder / "zeta/Report.pdf", folder / "zeta/same.pdf"]
    with caplog.at_level("WARNING"):
        assert report_paths([folder]) == expected
    assert "link-out.pdf" in caplog.text and "outside" in caplog.text
    jobs = plan_jobs([folder], tmp_path / "out", "-action-plan")
    assert [j.skip for j in jobs] == [None, None, None, None, "skipped: the same file as b.pdf"]
    assert len({j.out for j in jobs if j.out}) == 4


def _cut_short(folder: Path) -> None:
    """A job whose staging folder is still there when the stop signal ends its worker (as when the
    signal cuts its clean-up short)."""
    (folder / f".cqcplan-{os.getpid()}-cut").mkdir()
    time.sleep(60)


def test_stopping_a_batch_removes_what_a_stopped_worker_left(tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    from cqcplan.batch import init_worker, in_worker, stop_pool

    pool = ProcessPoolExecutor(max_workers=1, initializer=init_worker)
    pool.submit(in_worker, _cut_short, tmp_path)
    _wait_for(lambda: any(tmp_path.iterdir()))
    started = time.monotonic()
    stop_pool(pool, [tmp_path])
    assert time.monotonic() - started < 3  # it stopped on the signal, not when killed
    assert list(tmp_path.iterdir()) == []
