"""An edited plan uploaded to see its checks and progress: checked by content, read, never changed.

A .docx and a .xlsx are zip files; which one it is comes from the parts inside
(`word/document.xml`, `xl/workbook.xml`), or, for a zip too damaged to open, from the part
names its local headers still carry, never from the visitor's file name. It is kept as
`plan.docx` or `plan.xlsx` in the visitor's folder while they look at it (a new date re-reads
it) and read by `api.status`, the command line's own read-only path: nothing is written
back, and no plan store is made. A file that is not a cqcplan plan, or is damaged, gets the
command line's own sentence (exit 15 / 16), with the visitor's name for the file.
"""

import zipfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from ..errors import CqcplanError
from ..models.living import StatusReport, in_order
from .uploads import Refused, copy_upload, refused, safe_stem

MAX_MEGABYTES = 50  # a drafted plan is well under 5 MB, even a trust's
MAX_UNPACKED = 500_000_000  # what its parts may unpack to (a zip bomb is refused before it is read)
ZIP = b"PK\x03\x04"
PARTS = {"word/document.xml": "docx", "xl/workbook.xml": "xlsx"}
KINDS = tuple(PARTS.values())


def not_office(name: str) -> Refused:
    return Refused(f"{name} is not a Word or Excel file (its content is not a .docx's or an .xlsx's), so it was "
                   "not read. Choose the action plan (.docx or .xlsx) that cqcplan wrote and your leads edited.")


def save(stream, folder: Path, name: str) -> str:
    """Keep the upload as plan.docx or plan.xlsx in `folder`; returns which, or raises Refused."""
    staged = folder / "plan-upload.part"
    try:
        head = stream.read(len(ZIP))
        if head != ZIP:
            raise not_office(name)
        copy_upload(stream, head, staged, name, MAX_MEGABYTES * 1_000_000, "a plan cqcplan wrote is rarely over 5 MB")
        kind = kind_of(staged, name)
        remove(folder)
        staged.replace(folder / f"plan.{kind}")
        return kind
    finally:
        staged.unlink(missing_ok=True)


def kind_of(path: Path, name: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):  # damaged: the reader says so in the CLI's words
        data = path.read_bytes()
        found = [kind for part, kind in PARTS.items() if part.encode() in data]
    else:
        if sum(i.file_size for i in infos) > MAX_UNPACKED:
            raise Refused(f"{name} unpacks to over {MAX_UNPACKED / 1e6:,.0f} MB, so it was not read; "
                          "a plan cqcplan wrote unpacks to a few MB.")
        names = {i.filename for i in infos}
        found = [kind for part, kind in PARTS.items() if part in names]
    if not found:
        raise not_office(name)
    return found[0]


def remove(folder: Path) -> None:
    for kind in KINDS:
        (folder / f"plan.{kind}").unlink(missing_ok=True)


def stored(folder: Path, kind: str) -> Path | None:
    path = folder / f"plan.{kind}" if kind in KINDS else None
    return path if path and path.is_file() else None


def status(path: Path, name: str, today: date) -> StatusReport:
    """`cqcplan status` of the kept plan at `today`."""
    from ..api import status as plan_status

    with _as_sentence(path, name):
        return plan_status(path, today=today)


def next_version(path: Path, name: str, today: date, scratch: Path) -> tuple[bytes, str]:
    """The next version `cqcplan update` would write (CQC's words restored, Blue actions closed), as
    bytes and a file name to download; nothing is kept and no plan store is made."""
    from ..api import next_plan, next_plan_path
    from ..io import make_folder
    from ..pipeline.render import render

    kind = path.suffix.lstrip(".")
    with _as_sentence(path, name):
        _, plan, _, _ = next_plan(path, today=today)
    make_folder(scratch)
    (written,) = render(plan, scratch / f"next.{kind}", (kind,))
    return written.read_bytes(), next_plan_path(Path(f"{safe_stem(name)}.{kind}"), plan.version).name


@contextmanager
def _as_sentence(path: Path, name: str):
    """The command line's refusal (exit 15, 16 …) as a sentence naming the visitor's file."""
    try:
        yield
    except CqcplanError as exc:
        raise refused(exc, path, name) from None


def view(report: StatusReport) -> dict:
    """What the progress page shows: counts by BRAG, key question and service (in the order `status`
    gives them), then the checks, listed as the command line lists them (`in_order`: errors first)."""
    overdue = [c for c in report.checks if c.code in ("overdue-must", "overdue")]
    due_soon = [c for c in report.checks if c.code == "due-soon"]
    from ..pipeline.living import next_number

    return {"report": report, "open": sum(report.by_brag.values()), "next": next_number(report.version),
            "counts": [("BRAG", list(report.by_brag.items())),
                       ("Key question", list(report.by_key_question.items())),
                       ("Core service", list(report.by_service.items()))],
            "overdue": overdue, "due_soon": due_soon, "checks": in_order(report.checks)}
