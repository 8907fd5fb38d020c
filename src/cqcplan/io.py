"""Write several output files as one step: all of them, or none.

A plan goes out as .docx plus .xlsx/.csv/.json, and a half-written set (a new docx
beside last week's xlsx) is worse than an error. So every file is first written into
a temporary folder next to its destination (same file system, so `os.replace` is an
atomic rename), and only when every writer has succeeded are they moved into place.
Existing files are refused unless `force` is given; with `force` they are kept aside
until the whole set is in place, so a failure part-way restores them.
"""

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from .errors import OutputExists

Writer = Callable[[Path], None]
# The formats a plan can be written in (the CLI checks them before importing any renderer).
OUTPUT_FORMATS = ("docx", "xlsx", "csv", "json")


def atomic_write_all(writers: Mapping[Path, Writer], *, force: bool = False) -> list[Path]:
    """Call each writer with a temporary path, then move every result to its key's path."""
    targets = {Path(path).absolute(): write for path, write in writers.items()}
    if not force:
        _refuse_existing(list(targets))
    staging = _staging_dirs(list(targets))
    try:
        staged = {t: _stage(t, write, staging[t.parent]) for t, write in targets.items()}
        _move_into_place(staged, staging)
    finally:
        for folder in staging.values():
            shutil.rmtree(folder, ignore_errors=True)
    return list(targets)


def _refuse_existing(targets: list[Path]) -> None:
    for target in targets:
        if target.exists():
            raise OutputExists(f"{target} already exists (use --force to overwrite)")


def _staging_dirs(targets: list[Path]) -> dict[Path, Path]:
    """One hidden temporary folder beside each destination folder."""
    parents = dict.fromkeys(t.parent for t in targets)
    made: dict[Path, Path] = {}
    try:
        for parent in parents:
            made[parent] = Path(tempfile.mkdtemp(prefix=".cqcplan-", dir=parent))
    except OSError:
        for folder in made.values():
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return made


def _stage(target: Path, write: Writer, folder: Path) -> Path:
    staged = folder / target.name
    write(staged)
    if not staged.is_file():
        raise RuntimeError(f"writer for {target.name} did not create its file")
    return staged


def _move_into_place(staged: dict[Path, Path], staging: dict[Path, Path]) -> None:
    """Replace targets one by one; on failure undo the ones already moved."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for target, new in staged.items():
            backup = _set_aside(target, staging[target.parent])
            done.append((target, backup))
            os.replace(new, target)
    except BaseException:
        _undo(done)
        raise


def _set_aside(target: Path, folder: Path) -> Path | None:
    if not target.exists():
        return None
    backup = folder / "previous" / target.name
    backup.parent.mkdir(exist_ok=True)
    os.replace(target, backup)
    return backup


def _undo(done: list[tuple[Path, Path | None]]) -> None:
    for target, backup in reversed(done):
        if backup is not None:
            os.replace(backup, target)
        else:
            target.unlink(missing_ok=True)
