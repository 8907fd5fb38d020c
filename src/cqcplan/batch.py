"""A batch's housekeeping: which files, under which plan names, run where, stopped how.

`plan_jobs` turns the paths a user gave into one job per file, each with a label for
the summary and a plan name no other job has: `a/report.pdf` and `b/report.pdf` both
exist in a trust's folders, and one must not overwrite the other. The same file given
twice is read once; broken links and folders named `*.pdf` become failed rows instead
of stopping the batch. `run_pool` runs the jobs in worker processes and, on Ctrl-C or
SIGTERM, stops at once: queued jobs are cancelled, running workers are told to stop
(their `finally` blocks remove staging folders; a worker that does not stop within a
few seconds is killed and its staging folder removed for it) and finished results are
kept.
"""

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from .errors import InputNotFound, Interrupted
from .io import remove_staging

# Seconds a worker is given to clean up after being told to stop, before it is killed.
STOP_GRACE = 3.0


@dataclass(frozen=True)
class Job:
    """One file of a batch: `label` names it in the summary, `out` is its plan (None if `skip`)."""

    source: Path
    label: str
    out: Path | None = None
    skip: str | None = None


def plan_jobs(inputs: Sequence[Path], out_dir: Path, suffix: str, reserved: Sequence[str] = ()) -> list[Job]:
    """PDFs named, and the PDFs inside folders named (subfolders too, `folder_pdfs`), each with a unique
    plan name: `<stem><suffix>`, or `<folder>-<stem><suffix>` when stems clash (then -2, -3 ...)."""
    paths = report_paths(inputs)
    first: dict[str, Path] = {}
    names = _labels(paths)
    jobs: list[Job] = []
    for path in paths:
        key = os.path.realpath(path)
        if key in first:
            jobs.append(Job(path, names[path], skip=f"skipped: the same file as {names[first[key]]}"))
        else:
            first[key] = path
            jobs.append(Job(path, names[path]))
    plans = _plan_names([j.source for j in jobs if j.skip is None], suffix, {r.lower() for r in reserved})
    return [j if j.skip else Job(j.source, j.label, out_dir / f"{plans[j.source]}.docx") for j in jobs]


def report_paths(inputs: Sequence[Path]) -> list[Path]:
    """PDFs named (links too, even broken ones: they get a row), and the PDFs inside folders named,
    their subfolders included (`folder_pdfs`)."""
    paths: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            paths += folder_pdfs(item)
        elif item.exists() or item.is_symlink():
            paths.append(item)
        else:
            raise InputNotFound(f"no such file or folder: {item}")
    if not paths:
        raise InputNotFound(f"no PDF files in {', '.join(map(str, inputs))}")
    return paths


def folder_pdfs(folder: Path) -> list[Path]:
    """Every PDF in `folder` and its subfolders, in a stable order (by path, folder by folder, case
    aside), never leaving the folder: a linked subfolder is not entered, and a linked file that
    points outside the folder is left out with a warning (a link inside it is kept: the batch reads
    the same file once). A folder named *.pdf is not entered: it gets its row ("is a folder")."""
    import logging

    root = os.path.realpath(folder)
    found: list[Path] = []
    outside: list[str] = []
    for top, folders, files in os.walk(folder, followlinks=False):
        named = [f for f in folders if f.lower().endswith(".pdf")]
        folders[:] = sorted(f for f in folders if f not in named)
        for name in files + named:
            path = Path(top) / name
            if path.suffix.lower() != ".pdf":
                continue
            if path.is_symlink() and os.path.commonpath([root, os.path.realpath(path)]) != root:
                outside.append(str(path))
            else:
                found.append(path)
    if outside:
        logging.getLogger("cqcplan").warning(
            "%d PDF link(s) pointing outside %s left out: %s", len(outside), folder, ", ".join(sorted(outside)))
    return sorted(found, key=lambda p: [part.casefold() for part in p.relative_to(folder).parts])


def _labels(paths: list[Path]) -> dict[Path, str]:
    """The file name, or where two different files share a name, the name with as many of its folders
    as tell it from the others ("uec/report.pdf"): reports, plans and warnings all go by it."""
    files: dict[str, set[str]] = {}
    for path in paths:
        files.setdefault(path.name, set()).add(os.path.realpath(path))
    return {p: p.name if len(files[p.name]) == 1 else _qualified(p, [q for q in paths if q.name == p.name])
            for p in paths}


def _qualified(path: Path, namesakes: list[Path]) -> str:
    """The shortest tail of `path` (folders and name) that no other file among `namesakes` ends in."""
    others = [Path(os.path.abspath(q)).parts for q in namesakes if os.path.realpath(q) != os.path.realpath(path)]
    parts = Path(os.path.abspath(path)).parts
    for size in range(2, len(parts) + 1):
        if all(other[-size:] != parts[-size:] for other in others):
            return str(Path(*parts[-size:]))
    return str(path)


def _plan_names(paths: list[Path], suffix: str, reserved: set[str]) -> dict[Path, str]:
    """Stems compared without case (Windows and macOS file systems ignore it)."""
    stems: dict[str, int] = {}
    for path in paths:
        stems[path.stem.lower()] = stems.get(path.stem.lower(), 0) + 1
    taken = set(reserved)
    names: dict[Path, str] = {}
    for path in paths:
        clash = stems[path.stem.lower()] > 1 or f"{path.stem}{suffix}".lower() in taken
        base = f"{Path(os.path.abspath(path)).parent.name}-{path.stem}" if clash else path.stem
        name, number = f"{base}{suffix}", 1
        while name.lower() in taken:
            number += 1
            name = f"{base}-{number}{suffix}"
        taken.add(name.lower())
        names[path] = name
    return names


# --- running in worker processes -------------------------------------------------

_busy = False  # in a worker: is a job running (SIGTERM then unwinds it) or is it idle


def init_worker() -> None:
    """Ctrl-C reaches every process of the terminal's group: workers leave it to the parent,
    which stops them with SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)


def _stop_worker(signum, frame) -> None:
    if _busy:
        raise Interrupted(143)  # unwinds the job, running its finally blocks
    os._exit(143)


def in_worker(function: Callable, *args):
    """Run a job in a worker; when told to stop, leave as soon as its clean-up has run."""
    global _busy
    _busy = True
    try:
        return function(*args)
    except Interrupted:
        os._exit(143)
    finally:
        _busy = False


def run_pool(pool: ProcessPoolExecutor, tasks: dict[str, tuple]) -> Iterator[tuple[str, object]]:
    """Yield (key, result) as tasks (function, *args) finish in the pool's workers."""
    futures: dict[Future, str] = {pool.submit(in_worker, *task): key for key, task in tasks.items()}
    for future in as_completed(futures):
        yield futures[future], future.result()


def stop_pool(pool: ProcessPoolExecutor, folders: Sequence[Path]) -> None:
    """Cancel what has not started, ask running workers to stop, kill those that do not (all of
    them within one STOP_GRACE), then remove what any of them left in `folders`: a worker's own
    clean-up can be cut short (the stop signal reaches it through another thread, mid-way through
    removing its staging folder), and once it has exited nothing else uses that folder."""
    import time

    processes = dict(getattr(pool, "_processes", None) or {})
    pool.shutdown(wait=False, cancel_futures=True)
    for pid in processes:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE
    for pid, process in processes.items():
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            _signal(pid, signal.SIGKILL)
            process.join()
        for folder in folders:
            remove_staging(folder, pid)


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass
