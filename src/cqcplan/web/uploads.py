"""Uploaded report PDFs: checked by content, saved under server-made names, read, then deleted.

The visitor's file name is only ever displayed (and put in the plan as the report's name);
on disk the upload is `upload-<n>.pdf` in the visitor's folder. A file is a PDF when its
first kilobyte holds `%PDF-` (the PDF standard's header), whatever it is called; size is
counted while it is saved, so an oversized file is refused without filling the disk; page
count, damage, encryption and scans are the command line's own checks (`extract_report`).
"""

import re
import threading
from pathlib import Path

from ..errors import CqcplanError, PasswordRequired
from ..inputs import MAX_MEGABYTES
from ..models.report import ReportExtraction

MAX_FILES = 20
CHUNK = 1 << 20
# The pipeline's caches (vocabularies, the spaCy pipeline) load on first use; one report is
# read at a time, and a second visitor's upload waits for the first instead of racing it.
_READING = threading.Lock()


class Refused(Exception):
    """A sentence for the page about one uploaded file."""


# What to do instead, on the page, where the command line's message says which option to give.
PAGE_FIXES = {PasswordRequired: "this page takes no password: open it, save a copy without its password "
                                "(Print, then Save as PDF), and upload that copy"}
_OPTION_ASIDE = re.compile(r"\s*\([^()]*\s--[a-z][^()]*\)")  # "(cqcplan update creates it; or give --store)"
_OPTION_CLAUSE = re.compile(r"[;:]\s[^;]*\s--[a-z][^;]*")  # "; give this plan its own store with --store"


def refused(exc: CqcplanError, path: Path, name: str) -> Refused:
    """The command line's refusal as a sentence for the page: naming the file as the visitor knows it,
    and never telling them to give a command-line option the page does not have."""
    message = exc.message.replace(str(path), name).replace(path.name, name)
    message = _OPTION_CLAUSE.sub("", _OPTION_ASIDE.sub("", message))
    fix = next((words for kind, words in PAGE_FIXES.items() if isinstance(exc, kind)), "")
    return Refused(f"{message}; {fix}." if fix else message)


def display_name(raw: str | None, taken: set[str], default: str = "report.pdf") -> str:
    """The name shown for an upload: its last path part, printable, unique among this upload's files."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()[:120] or default
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    unique, n = name, 2
    while unique.lower() in taken:
        unique, n = f"{stem} ({n}){dot}{ext}", n + 1
    taken.add(unique.lower())
    return unique


def safe_stem(name: str) -> str:
    """A download's file name from the name an upload was shown by: letters, digits, dots, dashes."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).stem).strip("-.") or "report"


def save(stream, target: Path, name: str, max_bytes: int = MAX_MEGABYTES * 1_000_000) -> None:
    """Copy the upload to `target`, refusing a non-PDF or an oversized file part-way."""
    head = stream.read(1024)
    if b"%PDF-" not in head:
        raise Refused(f"{name} is not a PDF file (its content is not a PDF's), so it was not read. "
                      "Choose the report's PDF, as downloaded from the CQC website.")
    if copy_upload(stream, head, target, name, max_bytes, "a CQC report is rarely over 20 MB") <= len(b"%PDF-"):
        raise Refused(f"{name} is empty.")


def copy_upload(stream, head: bytes, target: Path, name: str, max_bytes: int, usual: str) -> int:
    """Write `head` and the rest of the stream to `target`, counting: an oversized file is refused
    part-way (`usual` says what size is normal) rather than filling the disk. Returns the size."""
    size = len(head)
    with target.open("wb") as out:
        out.write(head)
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise Refused(f"{name} is over {max_bytes / 1e6:,.0f} MB, so it was not read; {usual}.")
            out.write(chunk)
    return size


def read(path: Path, name: str) -> ReportExtraction:
    """The report's findings, labelled with the name the visitor knows it by; the file is deleted after."""
    from ..api import extract_report

    try:
        with _READING:
            report = extract_report(path)
    except CqcplanError as exc:
        raise refused(exc, path, name) from None
    finally:
        path.unlink(missing_ok=True)
    return _renamed(report, name)


def _renamed(report: ReportExtraction, name: str) -> ReportExtraction:
    findings = [f.model_copy(update={"file": name}) for f in report.findings]
    return report.model_copy(update={"meta": report.meta.model_copy(update={"file": name}), "findings": findings})
