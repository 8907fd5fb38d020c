"""Nothing on disk is overwritten without --force, even by a draft racing another, and every
refusal of the file system is one sentence with exit 12 and nothing left behind."""

import errno
import multiprocessing
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cqcplan.errors import OutputExists, OutputNotWritable
from cqcplan.io import atomic_write_all, make_folder

FIXTURES = Path(__file__).parents[2] / "fixtures"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _write(tag: str):
    return lambda path: path.write_text(tag, encoding="utf-8")


def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path):
    """The check-then-replace race: another draft creates the plan between our check and our move."""
    plan = tmp_path / "plan.docx"

    def slow_writer(path):
        path.write_text("ours", encoding="utf-8")
        plan.write_text("theirs", encoding="utf-8")  # the other process wins the name meanwhile

    with pytest.raises(OutputExists):
        atomic_write_all({plan: slow_writer, tmp_path / "plan.json": _write("ours")})
    assert plan.read_text(encoding="utf-8") == "theirs" and _leftovers(tmp_path) == ["plan.docx"]


def _race(target: str, tag: str, start) -> None:
    def slow(path):  # every racer has checked the name before any has finished writing
        time.sleep(0.3)
        path.write_text(tag, encoding="utf-8")

    start.wait()
    try:
        atomic_write_all({Path(target): slow})
    except OutputExists:
        sys.exit(8)


def test_eight_drafts_to_one_name_at_once_leave_exactly_one_winner(tmp_path):
    target = tmp_path / "plan.docx"
    start = multiprocessing.get_context("fork").Barrier(8)
    procs = [multiprocessing.get_context("fork").Process(target=_race, args=(str(target), f"w{n}", start)) for n in range(8)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(20)
    codes = [p.exitcode for p in procs]
    assert codes.count(0) == 1 and codes.count(8) == 7
    winner = codes.index(0)
    assert target.read_text(encoding="utf-8") == f"w{winner}" and _leftovers(tmp_path) == ["plan.docx"]


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "the disk is full"), (errno.EACCES, "permission denied"),
                                         (errno.EFBIG, "file-size limit"), (errno.EROFS, "read-only")])
def test_file_system_refusals_are_one_sentence_and_leave_nothing(tmp_path, code, words):
    def refused(path):
        path.write_text("half", encoding="utf-8")
        raise OSError(code, "from the file system")

    old = tmp_path / "plan.json"
    old.write_text("old", encoding="utf-8")
    with pytest.raises(OutputNotWritable, match=words) as caught:
        atomic_write_all({tmp_path / "plan.docx": _write("new"), old: refused}, force=True)
    assert caught.value.exit_code == 12 and "\n" not in caught.value.message
    assert _leftovers(tmp_path) == ["plan.json"] and old.read_text(encoding="utf-8") == "old"


def test_a_real_file_size_limit_is_exit_12_without_a_traceback(tmp_path):
    """ulimit -f: Python ignores SIGXFSZ, so the write fails with EFBIG, which must not be 'internal error'."""
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
            f"sys.argv = ['cqcplan', 'draft', {str(FIXTURES / 'gp_focused_2017' / 'report.pdf')!r}, '-o', "
            f"{str(tmp_path / 'p.docx')!r}]\nfrom cqcplan.cli import main; main()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 12 and "file-size limit" in result.stderr and "Traceback" not in result.stderr
    assert _leftovers(tmp_path) == []


def test_a_folder_under_proc_or_a_file_in_the_way_is_exit_12(tmp_path):
    with pytest.raises(OutputNotWritable, match="cannot write"):
        atomic_write_all({Path("/proc/plan.docx"): _write("x")})
    (tmp_path / "plans").write_text("a file", encoding="utf-8")
    with pytest.raises(OutputNotWritable, match="is a file, not a folder"):
        make_folder(tmp_path / "plans")
    (tmp_path / "plan.docx").mkdir()
    with pytest.raises(OutputNotWritable, match="it is a folder"):
        atomic_write_all({tmp_path / "plan.docx": _write("x")}, force=True)


def test_batch_out_naming_an_existing_file_is_one_line(tmp_path):
    (tmp_path / "plans").write_text("keep me", encoding="utf-8")
    report = str(FIXTURES / "gp_focused_2017" / "report.pdf")
    result = subprocess.run([sys.executable, "-m", "cqcplan", "draft", report, report, "-o", str(tmp_path / "plans")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 12 and result.stderr.strip().splitlines()[-1].endswith("give a folder with -o")
    assert (tmp_path / "plans").read_text(encoding="utf-8") == "keep me"
