"""Stage 1: takes a path, returns `ScanResult`; and, once the pages are read, decides what
the document is.

`scan` turns every unreadable-input case into its own one-line error before any page is
read. `recognise` then looks at the layout-aware text of the first pages (never at the
content stream's order, which some writers shuffle): a document with no text layer, or
one that is not a CQC inspection report, is refused there. A document without a report's
cover that reproduces its must/should lists under CQC's own headings (a trust's copy of the
report with its responses, board slides, an action register) is read, with a warning.
"""

import hashlib
import logging
import re
from pathlib import Path

from ..errors import DamagedPdf, InputNotFound, NoTextLayer, NotACqcReport, NotAPdf
from ..models.document import ReportDocument
from ..models.scan import ScanResult

from .furniture import CQC_FOOTER
from .regex_programs import compiled
from .structure_patterns import ASSESSMENT_WORDING, legend_heading, opener_kind, styled_head_kind
from .text import STYLED_RATIO, body_size, collapse_ws

log = logging.getLogger("cqcplan")

# Phrases printed on CQC reports of every family; two different ones make a CQC report. A phrase
# may wrap over a line end ("We looked at 10 quality" / "statements ..."), so its spaces match any.
CQC_MARKERS = compiled((
    r"care quality commission|\bcqc\b|quality report|inspection report|assessment report|date of inspection visit"
    r"|date of assessment|overall rating for this|are services[^?\n]{0,40}safe\?|is the service safe\?"
    r"|assessment under our new approach|quality statements?|regulated activities\) regulations"
    # an assessment report's own headings and scores (single assessment framework, 2023 on)
    r"|our view of the service|people['’]s experience of this service|this service scored \d+ \(?out of 100\)?"
    r"|evidence shows (?:an exceptional|a good|some|significant) (?:standard|shortfalls)"
    # the inspector's own account of what it inspected and rated on CQC's scale, as an easy read version
    # words it ("An easy read report about our inspection of X", "Overall rating: Requires improvement")
    r"|our (?:[\w-]+ )?inspection of|we inspected|overall rating\s*:?\s*(?:outstanding|good|requires improvement|inadequate)\b"
    ).replace(" ", r"\s+"),
    re.IGNORECASE,
)
# CQC, or its report by the report's title (a copy of the report's lists that never prints CQC's name).
NAMES_CQC = compiled(r"care\s+quality\s+commission|\bcqc\b|\b(?:quality|inspection|assessment)\s+report\b", re.IGNORECASE)
# The report's own structure: a document that only mentions CQC (board minutes about an
# action plan) has none of these. A printed web page has the site's breadcrumb.
REPORT_STRUCTURE = compiled(
    r"dates? of (?:inspection|assessment)|(?:inspection|assessment) (?:visit )?dates?\s*:|inspection visits?"
    r"|overall rating for (?:this|the)|overall rating\s*:?\s*(?:outstanding|good|requires improvement|inadequate)\b"
    r"|we identified \w+ breach(?:es)? of (?:the )?(?:legal )?regulation|ratings? for (?:this|the) "
    r"(?:service|location|trust|practice|provider)|are services[^?\n]{0,40}\?|is the service[^?\n]{0,20}\?|"
    r"we inspected|we carried out an? [\w -]{0,40}(?:inspection|assessment)|summary of (?:this inspection|findings)|requirement notices?|"
    r"(?:this|the) assessment took place|action we have told the provider to take|find and compare services"
    rf"|{ASSESSMENT_WORDING.pattern}",  # an assessment's, printed from its web page too
    re.IGNORECASE,
)
# What every report's cover prints, on a line of its own: its title, or a cover label (a
# report printed from CQC's website: "Report published: …", "Overall  Good", the rating
# perhaps after its coloured chip, read as a bullet).
COVER_LINE = compiled(
    r"^\s*(?:(?:(?:quality|inspection|assessment) report|inspection summary)\s*$|dates? of (?:inspection|publication|assessment)"
    r"|overall rating for (?:this|the)\b|ratings\s*$|report published\b"
    r"|overall(?: rating)?\s*:?\s*(?:[^\w\s]\s*)?(?:outstanding|good|requires improvement|inadequate)\s*$)", re.IGNORECASE | re.MULTILINE)
# Meeting papers that discuss a CQC report (board or council minutes) print these.
MEETING_LINE = compiled(
    r"^\s*(?:minutes of (?:the|a) [\w ]{0,30}meeting|present\s*:|apologies(?: for absence)?\s*:|in attendance\s*:"
    r"|agenda item\b|resolved\s*:)", re.IGNORECASE | re.MULTILINE)
# A page with fewer printable characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
# The first pages that say what a document is.
COVER_PAGES = 6


def scan(path: Path, password: str | None = None) -> ScanResult:
    """Check the file can be read as a PDF at all (password and damage are found by opening it)."""
    from .read import page_count

    data = _read_pdf_bytes(path)
    return ScanResult(file=path.name, sha256=hashlib.sha256(data).hexdigest(), page_count=page_count(path, password))


def page_texts(doc: ReportDocument) -> list[str]:
    """Each page's text in reading order, one printed line a line."""
    return ["\n".join(line.text for line in page.lines) for page in doc.pages]


def row_texts(doc: ReportDocument) -> list[str]:
    """Each page's text one printed row a line: lines that share most of their height, left
    to right. A cover's label and its value set in two columns of a grid ("Overall" beside
    "Requires improvement") are read column by column, but a reader sees them on one row."""
    texts = []
    for page in doc.pages:
        rows: list[list] = []
        for line in sorted(page.lines, key=lambda line: line.top):
            row = rows[-1] if rows else None
            if row and min(line.bottom, row[0].bottom) - max(line.top, row[0].top) > 0.5 * min(
                    line.bottom - line.top, row[0].bottom - row[0].top):
                row.append(line)
            else:
                rows.append([line])
        texts.append("\n".join("  ".join(line.text for line in sorted(row, key=lambda line: line.x0)) for row in rows))
    return texts


def recognise(doc: ReportDocument, texts: list[str]) -> list[int]:
    """Refuse a document without text or not a CQC report; return the pages without text."""
    if sum(len(t.strip()) for t in texts) < MIN_TEXT_CHARS:
        raise NoTextLayer(f"{doc.file} has no text layer (it looks like a scanned image): run OCR on it first")
    why = not_a_report(texts, row_texts(doc))
    if why and not reproduces_action_lists(texts, doc):
        raise NotACqcReport(f"{doc.file} does not look like a CQC inspection report: {why}")
    if why:
        log.warning("%s has no CQC report cover, but reproduces a report's must/should lists under CQC's headings; "
                    "they are read as printed: check the plan against the report itself", doc.file)
    return [page.number for page, text in zip(doc.pages, texts) if len(text.strip()) < MIN_TEXT_CHARS]


def not_a_report(texts: list[str], rows: list[str] | None = None) -> str | None:
    """Why the first pages are not a CQC report's (None when they are): a document that only
    talks about one (board minutes quoting its ratings, requirement notices and must-dos)
    has no report cover, and reads as meeting papers. `rows` (`row_texts`) are the same
    pages one printed row a line, where a cover label beside its value is found."""
    early = _first_pages(texts)
    found = {collapse_ws(m.group(0)).lower() for t in early for m in CQC_MARKERS.finditer(t)}
    if len(found) < 2 or not any(REPORT_STRUCTURE.search(t) for t in early):
        return "no cover, ratings or inspection dates of one on its first pages"
    meeting = sorted({collapse_ws(m.group(0)).rstrip(" :") for t in early[:2] for m in MEETING_LINE.finditer(t)})
    early_rows = [t for t in (rows or []) if t.strip()][:2]
    cover = any(COVER_LINE.search(t) for t in early[:2] + early_rows)
    if len(meeting) >= 2 and not cover:
        return f"it mentions CQC but reads as meeting papers ({', '.join(meeting[:3])}), with no report cover"
    if not cover:
        return "it mentions CQC but has no report cover (title, inspection or publication date, ratings) on its first pages"
    return None


def reproduces_action_lists(texts: list[str], doc: ReportDocument | None = None) -> bool:
    """Whether the first pages name CQC or its report by the report's title (`NAMES_CQC`: "Inspection report
    published 9 October 2026", a copy that never prints CQC's name), or print a CQC report's own page footer ("1 X Hospital
    Quality Report 02/08/2018": pages taken out of the report itself), and print one of its must/should
    list headings ("Action the hospital MUST take to improve", or naming it in a key: `legend_heading`), or a list's head in bold or larger
    type ("Must do", "The hospital should" over a table's column, a question asking what must be done:
    `styled_head_kind`, in `doc`'s lines): a copy of the report's lists, not minutes quoting a few."""
    early = _first_pages(texts)
    rows = _first_pages(row_texts(doc)) if doc else early  # a footer's page number is a line of its own
    names_cqc = (any(NAMES_CQC.search(t) for t in early)
                 or any(CQC_FOOTER.match(collapse_ws(line)) for t in rows for line in t.splitlines()))
    return names_cqc and (any(opener_kind(line) or legend_heading(line) for t in early for line in _wrapped_whole(t))
                          or _styled_list_head(doc))


def _wrapped_whole(text: str) -> list[str]:
    """Each line of `text`, and each read on into the next: a heading wrapped in a narrow column ("Action
    the trust MUST take to" / "improve") is one heading."""
    lines = text.splitlines()
    return lines + [f"{a} {b}" for a, b in zip(lines, lines[1:])]


def _styled_list_head(doc: ReportDocument | None) -> bool:
    """Whether the first pages set a list's head in bold or larger type than their text (`styled_head_kind`)."""
    lines = [line for page in (doc.pages[:COVER_PAGES] if doc else []) for line in page.lines]
    text = body_size(lines)
    return any(styled_head_kind(collapse_ws(line.text)) and (line.bold or line.size >= STYLED_RATIO * text)
               for line in lines)


def _first_pages(texts: list[str]) -> list[str]:
    """The first pages with text: where a document says what it is."""
    return [t for t in texts if t.strip()][:COVER_PAGES]


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
