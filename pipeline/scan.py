"""Stage 1, the fast pass: takes a path, returns `ScanResult`.

Opens the file with pypdfium2 (tens of times faster than pdfplumber), turns every
unreadable-input case into its own one-line error, decides whether the file is a CQC
report at all, and picks the pages the layout-aware read needs: the cover, every page
with a list heading, core-service heading or notice table, and the pages a list or
table runs on to. Running headers and footers are cut off (text of the body band
only) so a chapter name repeated in the margin does not make every page "needed".
A report with no list heading anywhere states its actions in running text (adult
social care, assessments), and is read whole.
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

from . import structure_patterns as sp
from .text import bullet_marker, collapse_ws

# Phrases printed on CQC reports of every family; two different ones make a CQC report.
CQC_MARKERS = re.compile(
    r"care quality commission|\bcqc\b|quality report|inspection report|assessment report|date of inspection visit"
    r"|date of assessment|overall rating for this|are services[^?\n]{0,40}safe\?|is the service safe\?"
    r"|assessment under our new approach|quality statements?|regulated activities\) regulations",
    re.IGNORECASE,
)
# A page with fewer printable characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
# Fractions of page height. Running headers and footers live in the margin bands; pages
# are chosen from the text of the (wider) body band, so a list heading printed high on a
# page is never cut off, while a chapter name repeated in the margin does not count.
MARGIN_BAND = (0.1, 0.9)
BODY_BAND = (0.05, 0.95)
SCOPE_END = re.compile(r"^(?:outstanding practice|areas for improvement)\b", re.IGNORECASE)
# How much of a page's text counts as its top, where a list from the page before goes on.
PAGE_TOP_CHARS = 800
# A bullet among a page's last this many lines means the page ends inside a list.
LIST_TAIL_LINES = 4
# No heading the pass looks for is longer than this many words.
HEADING_WORDS = 16
LIST_WORDS = re.compile(r"\b(?:must|should)\b|^Regulations? \d", re.IGNORECASE | re.MULTILINE)


def scan(path: Path, password: str | None = None, *, all_pages: bool = False) -> ScanResult:
    """`all_pages` reads every page closely (slower; the fast choice must give the same findings)."""
    data = _read_pdf_bytes(path)
    texts, bodies, margins = _page_texts(path, data, password)
    if sum(len(t.strip()) for t in texts) < MIN_TEXT_CHARS:
        raise NoTextLayer(f"{path.name} has no text layer (it looks like a scanned image): run OCR on it first")
    if not is_cqc_report(texts):
        raise NotACqcReport(f"{path.name} does not look like a CQC inspection report")
    return ScanResult(
        file=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        page_count=len(texts),
        page_texts=texts,
        recurring_margins=recurring_margin_lines(margins),
        pages_to_read=list(range(1, len(texts) + 1)) if all_pages else pages_to_read(bodies),
        pages_without_text=[n for n, text in enumerate(texts, 1) if len(text.strip()) < MIN_TEXT_CHARS],
    )


def margin_key(text: str) -> str:
    """A margin line with digits and spacing ignored: "12 X Quality Report 30/03/2017" recurs."""
    return re.sub(r"[\d\s]+", "", text.lower())


def recurring_margin_lines(margins: list[str]) -> list[str]:
    pages_with: dict[str, int] = {}
    for margin in margins:
        for key in {margin_key(line) for line in margin.splitlines() if margin_key(line)}:
            pages_with[key] = pages_with.get(key, 0) + 1
    return sorted(key for key, count in pages_with.items() if count >= 2)


def pages_to_read(bodies: list[str]) -> list[int]:
    """1-based pages the close read needs, from each page's body-band text."""
    marks = [_page_marks(body) for body in bodies]
    if not any("opens" in m for m in marks):
        return list(range(1, len(bodies) + 1))
    wanted = {1}
    for index, page_marks in enumerate(marks):
        if page_marks:
            wanted.add(index + 1)
            _follow_on(bodies, index, wanted)
    return sorted(wanted)


def _page_marks(body: str) -> set[str]:
    marks = set()
    lines = [collapse_ws(raw) for raw in body.splitlines()]
    for text, following in zip(lines, lines[1:] + [""]):
        if not text or len(text.split()) > HEADING_WORDS or bullet_marker(text):
            continue  # headings are short lines; the regexes below are the slow part of the pass
        if sp.opener_kind(text):
            marks.add("opens")
        elif sp.notice_kind(text):
            marks.add("table")
        elif sp.service_name(text) or sp.service_name(f"{text} {following}") or SCOPE_END.match(text):
            marks.add("scope")  # a heading may wrap onto a second line
    return marks


def _runs_on(body: str) -> bool:
    """The page ends inside a bulleted list, mid-sentence: the item goes on overleaf.
    (Narrative also runs across pages; only a bullet near the foot of the page counts.)"""
    tail = [collapse_ws(line) for line in body.splitlines() if line.strip()][-LIST_TAIL_LINES:]
    in_list = any(bullet_marker(line) for line in tail)
    return bool(tail) and in_list and not tail[-1].endswith((".", "!", "?", ";", ")"))


def _follow_on(bodies: list[str], index: int, wanted: set[int]) -> None:
    """Add the pages a list or table on page `index` runs on to: while the top of the next
    page still reads like one (a "should" deep in narrative further down does not count)."""
    for following in range(index + 1, len(bodies)):
        if not LIST_WORDS.search(bodies[following][:PAGE_TOP_CHARS]) and not _runs_on(bodies[following - 1]):
            return
        wanted.add(following + 1)


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


def _page_texts(path: Path, data: bytes, password: str | None) -> tuple[list[str], list[str], list[str]]:
    """Per page: whole text (to recognise the report), body-band text (to choose pages)
    and margin text (to recognise running headers and footers)."""
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
        texts = [_page_text(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()
    return [t[0] for t in texts], [t[1] for t in texts], [t[2] for t in texts]


def _page_text(pdf, index: int) -> tuple[str, str, str]:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        width, height = page.get_size()
        body = textpage.get_text_bounded(0, height * (1 - BODY_BAND[1]), width, height * (1 - BODY_BAND[0]))
        top, bottom = height * (1 - MARGIN_BAND[0]), height * (1 - MARGIN_BAND[1])
        margins = textpage.get_text_bounded(0, top, width, height) + "\n" + textpage.get_text_bounded(0, 0, width, bottom)
        return tuple(t.replace("\r\n", "\n") for t in (textpage.get_text_range(), body, margins))
    finally:
        textpage.close()
        page.close()
