"""Speed and memory of `cqcplan draft`, as ratios against baselines measured in the same run.

Not a test: run it by hand (`python bench/bench.py`, needs `pip install -e ".[fixtures]"` for
reportlab, which builds the long reports). Prints:
  - per report of a mixed set (every fixture family and writer, short and long, dense and
    sparse, plus generated 40- to 300-page trust reports): draft wall time / pdfplumber
    extract_text() over every page (the median of rounds that run the two back to back), and /
    pypdfium2 text over every page (the floor); the median and the maximum (targets: <= 0.25 for
    every report of 40 pages or more, median <= 0.20); the same ratios in CPU time, which the
    machine's other work moves far less (no target: a check on whether the code or the machine moved)
  - start-up: extract and draft of a short report against `python -c pass` (targets 1.0 s, 1.3 s)
  - peak memory of draft on a 300-page report (target <= 250 MB)
  - a batch of 8 reports with 1 and with 2 workers (target >= 1.7x)
  - `cqcplan --help` time (target <= 0.4 s)
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from long_report import build  # noqa: E402

CQCPLAN = [sys.executable, "-m", "cqcplan"]
# Time the tool as an installed copy runs: with its bytecode cached. A developer's shell may turn
# the cache off, which adds compiling every module to each start-up (importing the draft's modules
# took 2.0 s against 1.4 s cached, on a busy machine).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def timed(fn, repeat: int = 3) -> float:
    """Median wall time of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_alternately(fns, repeat: int = 3) -> list[float]:
    """Median wall time of each of `fns`, run in turns (`in_turns`)."""
    return [statistics.median(wall for wall, _ in spent) for spent in in_turns(fns, repeat)]


def in_turns(fns, repeat: int = 3) -> list[list[tuple[float, float]]]:
    """Each of `fns`' wall and CPU time per round, run in turns, so a drift in the machine's speed (this
    VM varies by tens of percent over a minute) falls on all of them alike: every other round in the
    reverse order, so neither side always runs first. CPU time is this process's and its children's
    (a draft's reader workers and render child count to its own), which other work on the machine
    moves far less than wall time."""
    times: list[list[tuple[float, float]]] = [[] for _ in fns]
    for round_ in range(repeat):
        order = list(zip(fns, times))
        for fn, spent in order[::-1] if round_ % 2 else order:
            start, cpu = time.perf_counter(), _cpu()
            fn()
            spent.append((time.perf_counter() - start, _cpu() - cpu))
    return times


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pdfplumber_full(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def pdfium_full(path: Path) -> None:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()


def run(*args: str) -> None:
    subprocess.run([*CQCPLAN, *args], check=True, capture_output=True)


def peak_tree_rss_mb(*args: str) -> float:
    """Largest total resident memory of the process and its children, sampled every 10 ms
    (an upper bound: pages a forked reader shares with its parent are counted twice)."""
    proc = subprocess.Popen([*CQCPLAN, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, sum(_rss_kb(pid) for pid in _tree(proc.pid)))
        time.sleep(0.01)
    return peak / 1024


def _tree(pid: int) -> list[int]:
    pids = [pid]
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                pids += _tree(int(child))
    except OSError:
        pass
    return pids


def _rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


ROOT = Path(__file__).resolve().parent.parent


def mixed_set(work: Path) -> list[Path]:
    """Every fixture report with findings (seen and unseen producers), the blind sets kept
    outside the repository if present, and two generated long trust reports."""
    import json

    golds = sorted(ROOT.glob("fixtures/*/gold.json")) + sorted(ROOT.glob("fixtures/unseen/*/gold.json"))
    reports = [g.parent / "report.pdf" for g in golds
               if json.loads(g.read_text())["expect"] in ("findings", "no_actions") and not json.loads(g.read_text())["password"]]
    return reports + [build(work / f"trust-{n}.pdf", n) for n in (40, 76, 120, 300)]


def ratios(reports: list[Path], work: Path) -> None:
    """Per report, the median of each round's draft / pdfplumber: the two run back to back, so a
    slower spell of the machine that spans a round weighs on both (a ratio of the two medians could
    take one side's from a quiet round and the other's from a busy one). The same in CPU time too,
    which other jobs on a shared machine barely move: when the wall ratios jump between runs of the
    same code and the CPU ones do not, the machine moved, not the code."""
    import gc

    import pdfplumber  # noqa: F401 - imported before the first round, not inside it
    import pypdfium2

    rows = []
    for path in reports:
        pages = len(pypdfium2.PdfDocument(path))
        repeat = 1 if pages > 150 else 3
        gc.collect()  # the last report's pdfplumber objects are not collected in this one's rounds
        plumber, draft = in_turns([lambda: pdfplumber_full(path),
                                   lambda: run("draft", str(path), "-o", str(work / "plan.docx"), "--force")], repeat)
        wall = statistics.median(d / p for (p, _), (d, _) in zip(plumber, draft))
        cpu = statistics.median(d / p for (_, p), (_, d) in zip(plumber, draft))
        floor = timed(lambda: pdfium_full(path), repeat)
        draft_wall = statistics.median(d for d, _ in draft)
        rows.append((path, pages, wall, cpu))
        name = f"{path.parent.name}/{path.name}" if path.name == "report.pdf" else path.name
        report(f"  {name[:40]} ({pages} p)", f"{wall:.3f}",
               f"draft {draft_wall:.2f} s, pdfplumber {statistics.median(p for p, _ in plumber):.2f} s, "
               f"{draft_wall / floor:.0f} x pypdfium2; CPU {cpu:.3f}")
    for label, column in (("", 2), (" (CPU time)", 3)):
        every = sorted(r[column] for r in rows)
        long = sorted(r[column] for r in rows if r[1] >= 40)
        report(f"draft / pdfplumber{label}, median of all reports", f"{statistics.median(every):.3f}",
               "short fixtures are mostly start-up")
        report(f"draft / pdfplumber{label}, maximum of all reports", f"{every[-1]:.3f}")
        if long:
            report(f"draft / pdfplumber{label}, median of reports of 40 pages or more",
                   f"{statistics.median(long):.3f}", "target <= 0.20" if not label else "")
            report(f"draft / pdfplumber{label}, maximum of reports of 40 pages or more",
                   f"{long[-1]:.3f}", "target <= 0.25" if not label else "")


def startup(short: Path, work: Path) -> None:
    python, extract, draft = timed_alternately([
        lambda: subprocess.run([sys.executable, "-c", "pass"], check=True),
        lambda: run("extract", str(short)),
        lambda: run("draft", str(short), "-o", str(work / "short.docx"), "--force")], 5)
    report("python -c pass", f"{python:.2f} s", "baseline")
    report(f"cqcplan extract, {short.parent.name} (short report)", f"{extract:.2f} s", "target <= 1.0 s")
    report(f"cqcplan draft, {short.parent.name}", f"{draft:.2f} s", "target <= 1.3 s")


def report(name: str, value: str, note: str = "") -> None:
    print(f"{name:<58} {value:>12}  {note}")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="cqcplan-bench-"))
    try:
        reports = mixed_set(work)
        long, longer = reports[-2], reports[-1]  # 120 and 300 pages
        print("Ratios per report (each the median of alternating runs):")
        ratios(reports, work)
        startup(ROOT / "fixtures" / "gp_practice_2016" / "report.pdf", work)
        memory = peak_tree_rss_mb("draft", str(longer), "-o", str(work / "plan300.docx"), "--force")
        report("peak memory, draft on 300 pages (all processes)", f"{memory:.0f} MB", "target <= 250 MB")
        batch = work / "batch"
        batch.mkdir()
        for i in range(8):
            shutil.copy(long, batch / f"core-service-{i + 1}.pdf")
        one, two = timed_alternately([
            lambda: run("draft", str(batch), "-o", str(work / "out1"), "--force", "--workers", "1"),
            lambda: run("draft", str(batch), "-o", str(work / "out2"), "--force", "--workers", "2")])
        report("batch of 8 reports, 1 worker", f"{one:.2f} s")
        report("batch of 8 reports, 2 workers", f"{two:.2f} s")
        report("  speed-up", f"{one / two:.2f} x", f"target >= 1.7 x on {os.cpu_count()} cores")
        report("cqcplan --help", f"{timed(lambda: run('--help'), 5):.3f} s", "target <= 0.4 s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
