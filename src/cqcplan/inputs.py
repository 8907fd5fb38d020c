"""What a user hands in is checked before anything reads it: report files and numbers.

Reading is where bad input turns into a hang or a runaway: a named pipe blocks
`read()` for ever, `/dev/zero` never ends, a 5 GB file or a PDF claiming a million
pages eats memory, and a merge threshold of NaN never stops merging. So only regular
files are opened (checked on an open descriptor, never by reading), sizes and page
counts have limits, and `--threshold` must be a finite number from 0 to 1. Each
refusal is one sentence with the documented exit code.
"""

import errno
import math
import os
import stat
from pathlib import Path

from .errors import BadOption, InputNotFound, InputTooLarge, NotAPdf

# A CQC trust report is 5-20 MB and under 300 pages; these leave a wide margin.
MAX_MEGABYTES = 200
MAX_PAGES = 3000
KINDS = {stat.S_ISFIFO: "a named pipe", stat.S_ISCHR: "a device", stat.S_ISBLK: "a block device",
         stat.S_ISSOCK: "a socket", stat.S_ISDIR: "a folder"}


def check_report_file(path: Path, password: str | None = None) -> None:
    """Refuse anything but a readable regular file of sane size and page count."""
    size = _regular_file_size(Path(path))
    if size > MAX_MEGABYTES * 1_000_000:
        raise InputTooLarge(f"{path.name} is {size / 1e6:,.0f} MB; cqcplan reads PDFs of up to {MAX_MEGABYTES} MB "
                            "(a CQC report is rarely over 20 MB)")
    pages = _page_count(Path(path), password)
    if pages is not None and pages > MAX_PAGES:
        raise InputTooLarge(f"{path.name} has {pages:,} pages; cqcplan reads reports of up to {MAX_PAGES:,} pages")


def checked_threshold(value: float | None) -> float | None:
    """A merge threshold is a finite number from 0 to 1 (NaN would never stop merging)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not 0 <= value <= 1:
        raise BadOption(f"--threshold must be a number from 0 to 1, not {value!r}")
    return float(value)


def _regular_file_size(path: Path) -> int:
    """The size of the regular file at `path`; opened without blocking, so a pipe cannot hang us."""
    try:
        kind = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputNotFound(f"{path} is a broken symbolic link" if path.is_symlink() else f"no such file: {path}") from None
    except OSError as exc:
        raise InputNotFound(f"cannot read {path}: {_reason(exc)}") from None
    _refuse_kind(path, kind)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputNotFound(f"cannot read {path}: {_reason(exc)}") from None
    try:
        opened = os.fstat(descriptor)
    finally:
        os.close(descriptor)
    _refuse_kind(path, opened.st_mode)  # it may have been swapped since the first look
    return opened.st_size


def _refuse_kind(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in KINDS.items() if test(mode)), "not a regular file")
    raise NotAPdf(f"{path} is {kind}, not a PDF file")


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "its symbolic links go round in a loop"
    return (exc.strerror or type(exc).__name__).lower()


def _page_count(path: Path, password: str | None) -> int | None:
    """The page count pdfium reads from the page tree, or None when it cannot open the file
    (`scan` then says why: damaged, encrypted, not a PDF)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path), password=password)
    except Exception:  # noqa: BLE001 - scan gives the precise error
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()
