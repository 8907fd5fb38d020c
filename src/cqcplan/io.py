"""Write several output files as one step: all of them, or none, and never over a file
that appeared meanwhile.

A plan goes out as .docx plus .xlsx/.csv/.json, and a half-written set (a new docx
beside last week's xlsx) is worse than an error. So every file is first written into
a hidden temporary folder next to its destination (same file system), and only when
every writer has succeeded are they put in place. Without `force` a file is put in
place with a hard link, which the file system refuses if the name exists: checking
first and replacing after would let two drafts to one name both "succeed", one
silently overwriting the other. With `force` existing files are kept aside until the
whole set is in place, so a failure part-way restores them. The file system's own
refusals (permission, full disk, file-size limit) become one `OutputNotWritable` line.
"""

import errno
import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputExists, OutputNotWritable

Writer = Callable[[Path], None]
# The formats a plan can be written in (the CLI checks them before importing any renderer).
OUTPUT_FORMATS = ("docx", "xlsx", "csv", "json")
STAGING_PREFIX = ".cqcplan-"
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
# File systems without hard links (some network and FAT mounts) answer link() with these.
NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS, errno.EXDEV}
REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be over the file-size limit (ulimit -f)",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "the folder does not exist or cannot hold files",
    errno.ENOTDIR: "part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


def atomic_write_all(writers: Mapping[Path, Writer], *, force: bool = False) -> list[Path]:
    """Call each writer with a temporary path, then put every result at its key's path."""
    targets = {Path(path).absolute(): write for path, write in writers.items()}
    for target in targets:
        _check_target(target, force)
    with unwritable_as_error(next(iter(targets)).parent):
        staging: dict[Path, Path] = {}
        try:
            with signals_held():  # a folder made but not yet recorded would outlive a Ctrl-C
                staging.update(_staging_dirs(list(targets)))  # recorded before a held signal is raised
            staged = {}
            for target, write in targets.items():
                with unwritable_as_error(target):
                    staged[target] = _stage(target, write, staging[target.parent])
            _move_into_place(staged, staging, force)
        finally:
            with signals_held():  # Ctrl-C or SIGTERM is raised after the clean-up, not half-way through it
                for folder in staging.values():
                    shutil.rmtree(folder, ignore_errors=True)
    return list(targets)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back for a moment; one that came meanwhile is raised on leaving."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def make_folder(folder: Path) -> None:
    """mkdir -p, with the file system's refusal as one line."""
    if folder.exists() and not folder.is_dir():
        raise OutputNotWritable(f"{folder} is a file, not a folder: give a folder with -o")
    with unwritable_as_error(folder):
        folder.mkdir(parents=True, exist_ok=True)


@contextmanager
def unwritable_as_error(where: Path) -> Iterator[None]:
    """Turn an OSError while writing `where` into the one-line error the user can act on."""
    try:
        yield
    except (OutputExists, OutputNotWritable):
        raise
    except FileExistsError:
        raise OutputExists(f"{where} already exists (use --force to overwrite)") from None
    except OSError as exc:
        reason = REASONS.get(exc.errno) or exc.strerror or str(exc) or type(exc).__name__
        raise OutputNotWritable(f"cannot write {where}: {reason}") from None


def remove_staging(folder: Path, pid: int) -> None:
    """Remove what a process that has exited (killed, or its clean-up cut short) left in `folder`."""
    for leftover in Path(folder).glob(f"{STAGING_PREFIX}{pid}-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _check_target(target: Path, force: bool) -> None:
    """Early, cheap refusals (the link in `_place` is what makes "exists" race-free)."""
    if target.is_dir():
        raise OutputNotWritable(f"cannot write {target}: it is a folder")
    if not force and (target.exists() or target.is_symlink()):
        raise OutputExists(f"{target} already exists (use --force to overwrite)")


def _staging_dirs(targets: list[Path]) -> dict[Path, Path]:
    """One hidden temporary folder beside each destination folder, named with this process id."""
    made: dict[Path, Path] = {}
    try:
        for parent in dict.fromkeys(t.parent for t in targets):
            with signals_held():  # a stop between the folder's making and its noting here would leave it behind
                made[parent] = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=parent))
    except BaseException:
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


def _move_into_place(staged: dict[Path, Path], staging: dict[Path, Path], force: bool) -> None:
    """Place targets one by one; on any failure (or Ctrl-C) undo the ones already placed."""
    done: list[tuple[Path, Path, Path | None]] = []
    try:
        for target, new in staged.items():
            with unwritable_as_error(target):
                backup = _set_aside(target, staging[target.parent]) if force else None
                done.append((target, new, backup))
                _replace(new, target) if force else _place(new, target)
    except BaseException:
        with signals_held():
            _undo(done)
        raise


def _place(new: Path, target: Path) -> None:
    """Create `target` from `new`, failing if `target` exists, even if it appeared a moment ago."""
    try:
        os.link(new, target)
        return
    except FileExistsError:
        raise OutputExists(f"{target} already exists (use --force to overwrite)") from None
    except OSError as exc:
        if exc.errno not in NO_HARD_LINKS:
            raise
    try:  # no hard links here: claim the name exclusively, then rename over the claim
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except FileExistsError:
        raise OutputExists(f"{target} already exists (use --force to overwrite)") from None
    os.replace(new, target)


def _replace(new: Path, target: Path) -> None:
    """--force: an atomic rename, so readers see the old file or the new one, never neither."""
    os.replace(new, target)


def _set_aside(target: Path, folder: Path) -> Path | None:
    """Keep the file `--force` replaces, to restore it if a later file of the set fails."""
    if not target.exists():
        return None
    backup = folder / "previous" / target.name
    backup.parent.mkdir(exist_ok=True)
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


def _undo(done: list[tuple[Path, Path, Path | None]]) -> None:
    for target, new, backup in reversed(done):
        if backup is not None:
            os.replace(backup, target)
        elif _same_file(target, new) or not new.exists():  # ours (linked, or renamed where there are no
            target.unlink(missing_ok=True)                  # hard links): never remove another process's file


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
