"""Stage 1, the fast pass: takes a path, returns `ScanResult`.

Opens the file with pypdfium2 (tens of times faster than pdfplumber), turns every
unreadable-input case into its own one-line error, and decides whether the file is a
CQC report at all, so the slow layout-aware read only ever runs on real reports.
"""

import hashlib
import re
from pathlib import Path

from cqcplan.errors import (
    DamagedPdf,
    InputNotFound,
    NoTextLayer,
    NotACqcReport,
    NotAPdf,
    PasswordRequired,
)
from cqcplan.models.scan import ScanResult

# Phrases printed on CQC reports of every family; two different ones make a CQC report.
CQC_MARKERS = re.compile(
    r"care quality commission|\bcqc\b|quality report|inspection report|date of inspection visit"
    r"|overall rating for this|are services[^?\n]{0,40}safe\?|is the service safe\?"
    r"|assessment under our new approach|regulated activities\) regulations",
    re.IGNORECASE,
)
# A page with fewer printable characters than this has no usable text layer.
MIN_TEXT_CHARS = 20


def scan(path: Path, password: str | None = None) -> ScanResult:
    data = _read_pdf_bytes(path)
    texts = _page_texts(path, data, password)
    if sum(len(t.strip()) for t in texts) < MIN_TEXT_CHARS:
        raise NoTextLayer(f"{path.name} has no text layer (it looks like a scanned image): run OCR on it first")
    if not is_cqc_report(texts):
        raise NotACqcReport(f"{path.name} does not look like a CQC inspection report")
    return ScanResult(
        file=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        page_count=len(texts),
        page_texts=texts,
        pages_to_read=list(range(1, len(texts) + 1)),
    )


def is_cqc_report(texts: list[str]) -> bool:
    found = {m.group(0).lower() for t in texts[:6] for m in CQC_MARKERS.finditer(t)}
    return len(found) >= 2


def _read_pdf_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputNotFound(f"no such file: {path}")
    if path.is_dir():
        raise NotAPdf(f"{path} is a folder, not a PDF file")
    data = path.read_bytes()
    if b"%PDF-" not in data[:1024]:
        raise NotAPdf(f"{path.name} is not a PDF file")
    if b"%%EOF" not in data[-2048:]:
        raise DamagedPdf(f"{path.name} is damaged: the file is truncated")
    return data


def _page_texts(path: Path, data: bytes, password: str | None) -> list[str]:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            if password:
                raise PasswordRequired(f"the password given for {path.name} is wrong") from None
            raise PasswordRequired(f"{path.name} is password-protected: give it with --password") from None
        raise DamagedPdf(f"{path.name} is damaged and cannot be read ({exc})") from None
    try:
        return [_page_text(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()


def _page_text(pdf, index: int) -> str:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        return textpage.get_text_range().replace("\r\n", "\n")
    finally:
        textpage.close()
        page.close()
