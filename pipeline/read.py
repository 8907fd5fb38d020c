"""Stage 2, the layout-aware read: takes a path and page numbers, returns `ReportDocument`
(through `start_read`, so the caller can do other work while worker processes read).

pdfplumber words are grouped into printed rows, rows are cut into segments at wide
gaps (table cells, columns), and a page with a two-column stretch is read column by
column. Overprinted fake-bold text is de-duplicated and marked bold; ligatures are
expanded by pdfplumber's word extractor. Each page is closed as soon as it is read.
"""

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from pdfplumber.utils import extract_words

from cqcplan.errors import DamagedPdf, PasswordRequired
from cqcplan.models.document import Line, Page, ReportDocument

from .text import bullet_marker, is_list_marker

# Words closer than this (in units of font size) belong to the same segment of a row.
SEGMENT_GAP_EM = 2.2
# Rows that must start text at one x before it counts as a column edge.
MIN_COLUMN_ROWS = 3
# The least space (in font sizes) between the last word of a cell and a word at a column edge.
COLUMN_GAP_EM = 0.8
# Two overprinted copies of a glyph sit within this many points of each other.
OVERPRINT_TOLERANCE = 1.0
# A two-column stretch needs at least this many lines with text beside them across the gutter.
MIN_TWO_SIDED_ROWS = 3
# Vertical space (in font sizes) that ends a two-column stretch.
BLANK_BAND_EM = 1.5
# Type larger than this is a watermark or a decorative numeral, not report text.
MAX_TEXT_SIZE = 60.0
SYMBOL_FONTS = re.compile(r"wingding|symbol|dingbat|webding", re.IGNORECASE)
BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


def start_read(path: Path, pages: list[int], *, sha256: str, password: str | None = None,
               workers: int = 1) -> Callable[[], ReportDocument]:
    """Read the given 1-based pages; returns a function that gives the document.

    With `workers` > 1, forked processes (pdfminer's parsing is pure Python, so threads
    would not help) start on most of the pages at once, and this process reads a smaller
    share only when the function is called: the caller loads the next stages meanwhile.
    """
    own = pages[:: workers + 1] if workers > 1 else pages
    rest = [n for n in pages if n not in own]
    chunks = [rest[i :: workers - 1] for i in range(workers - 1) if rest[i :: workers - 1]]
    if not chunks:
        return lambda: _document(path, sha256, [_read_pages(path, password, own)])
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(len(chunks), mp_context=multiprocessing.get_context("fork"))
    futures = [pool.submit(_read_pages, path, password, chunk) for chunk in chunks]

    def finish() -> ReportDocument:
        try:
            mine = [_read_pages(path, password, own)] if own else []
            return _document(path, sha256, mine + [f.result() for f in futures])
        finally:
            pool.shutdown(cancel_futures=True)

    return finish


def _document(path: Path, sha256: str, results: list[tuple[int, list[Page]]]) -> ReportDocument:
    read_pages = sorted((page for _, got in results for page in got), key=lambda page: page.number)
    return ReportDocument(file=path.name, sha256=sha256, page_count=results[0][0], pages=read_pages)


def _read_pages(path: Path, password: str | None, numbers: list[int]) -> tuple[int, list[Page]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            return len(pdf.pages), [_read_page(pdf.pages[n - 1], n) for n in numbers]
    except PDFPasswordIncorrect:
        raise PasswordRequired(f"{path.name} is password-protected: give the right --password") from None
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        if "password" in repr(exc).lower():
            raise PasswordRequired(f"{path.name} is password-protected: give the right --password") from None
        raise DamagedPdf(f"{path.name} is damaged and cannot be read ({type(exc).__name__})") from None


def _read_page(page, number: int) -> Page:
    try:
        chars, overprinted = _dedupe(page.chars)
        words = [_symbol_glyph(w) for w in extract_words(chars, extra_attrs=["fontname", "size"], return_chars=True)]
        rows = _split_at_columns([g for row in _rows(words) for g in _gap_groups(row)])
        segments = [_to_line(group, number, overprinted) for group in rows]
        return Page(number=number, width=float(page.width), height=float(page.height), lines=_reading_order(segments, float(page.width)))
    finally:
        page.close()


def _visible(chars: list[dict]) -> list[dict]:
    """Level, text-sized glyphs only: sideways margin tabs and diagonal or giant watermarks
    ("DRAFT", "CQC") are decoration, never a statement. And no "phantom" space: one the next
    glyph overlaps, as Chromium writes at every hyphenation opportunity inside a word. A
    reader sees no space there, so there is none."""
    upright = [c for c in chars if c.get("upright", True) and _level(c) and c["size"] <= MAX_TEXT_SIZE]
    kept = []
    for ch, following in zip(upright, upright[1:] + [None]):
        phantom = ch["text"] == " " and following is not None and abs(following["top"] - ch["top"]) < 1 \
            and following["x0"] < (ch["x0"] + ch["x1"]) / 2
        if not phantom:
            kept.append(ch)
    return kept


def _symbol_glyph(word: dict) -> dict:
    """A lone glyph from a symbol font is a bullet shape, whatever letter its code is
    (Word's Wingdings bullet is "l", its square "n"): a reader sees "•"."""
    if len(word["text"]) == 1 and SYMBOL_FONTS.search(word["fontname"]):
        return {**word, "text": "•"}
    return word


def _level(char: dict) -> bool:
    """Not rotated: pdfminer calls a 40-degree watermark "upright", its text matrix does not."""
    a, b, c, d = char["matrix"][:4]
    return abs(b) + abs(c) <= 0.05 * (abs(a) + abs(d))


def _dedupe(chars: list[dict]) -> tuple[list[dict], set[tuple[str, int, int]]]:
    """Drop glyphs printed twice at (almost) the same spot, remembering where (fake bold).

    Does what pdfplumber's `dedupe_chars` does, in one hashed pass: that one sorts per
    group and took 0.4 s a page on dense report pages, more than the rest of the read.
    """
    seen: dict[tuple[str, str, int], list[float]] = defaultdict(list)
    kept, marks = [], set()
    for ch in _visible(chars):
        key = (ch["text"], ch["fontname"], round(ch["top"]))
        twin = next((x for x in seen[key] if abs(x - ch["x0"]) <= OVERPRINT_TOLERANCE), None)
        if twin is not None and ch["text"].strip():
            marks.add((ch["text"], round(ch["top"]), round(twin)))
            continue
        seen[key].append(ch["x0"])
        kept.append(ch)
    return kept, marks


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words whose vertical middles fall inside one another's extent share a printed row."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        for row in reversed(rows[-3:]):
            if row[0]["top"] <= middle <= row[0]["bottom"]:
                row.append(word)
                break
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _gap_groups(row: list[dict]) -> list[list[dict]]:
    """Cut a row where the space between two words is much wider than a word space."""
    groups: list[list[dict]] = [[row[0]]]
    for word in row[1:]:
        if _gap(groups[-1], word) > SEGMENT_GAP_EM * groups[-1][-1]["size"]:
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups


def _gap(group: list[dict], word: dict) -> float:
    """Space before `word`; none after a lone bullet or list number, which belongs to its item."""
    if len(group) == 1 and is_list_marker(group[0]["text"]):
        return 0.0
    return word["x0"] - group[-1]["x1"]


def _split_at_columns(groups: list[list[dict]]) -> list[list[dict]]:
    """Also cut where a word starts exactly at a column edge that several rows start at.

    Table cells sit closer than a wide gap, but their text starts at the same x on many
    rows; a word there after more than a word space is the next cell, not the next word.
    """
    starts = Counter(round(g[0]["x0"]) for g in groups)
    columns = [x for x, n in starts.items() if n >= MIN_COLUMN_ROWS]
    result = []
    for group in groups:
        current = [group[0]]
        for word in group[1:]:
            at_column = any(abs(word["x0"] - x) <= 1.5 for x in columns)
            if at_column and _gap(current, word) >= COLUMN_GAP_EM * word["size"]:
                result.append(current)
                current = [word]
            else:
                current.append(word)
        result.append(current)
    return result


def _to_line(words: list[dict], page: int, overprinted: set) -> Line:
    chars = [c for w in words for c in w["chars"] if c["text"].strip()]
    bold_chars = sum(
        1
        for c in chars
        if any(b in c["fontname"].lower() for b in BOLD_NAMES)
        or (c["text"], round(c["top"]), round(c["x0"])) in overprinted
    )
    sizes = sorted(w["size"] for w in words)
    return Line(
        text=" ".join(w["text"] for w in words),
        page=page,
        x0=min(w["x0"] for w in words),
        text_x0=_text_start(words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=round(sizes[len(sizes) // 2], 1),
        bold=bool(chars) and bold_chars >= 0.6 * len(chars),
    )


def _text_start(words: list[dict]) -> float:
    """x of the first real word: after a lone bullet/number, or after a glyph fused to the word."""
    first = words[0]
    if len(words) > 1 and is_list_marker(first["text"]):
        return words[1]["x0"]
    if len(first["chars"]) > 1 and bullet_marker(first["text"]) and not first["text"][0].isalnum():
        return first["chars"][1]["x0"]
    return first["x0"]


def _reading_order(segments: list[Line], width: float) -> list[Line]:
    """Row order, except that a stretch of two-column rows is read left column first. A stretch
    ends at a row that spans the gutter or after a blank band (a signature under the columns)."""
    gutter = _find_gutter(segments, width)
    if gutter is None:
        return segments
    ordered: list[Line] = []
    stretch: list[Line] = []
    for row in _group_rows(segments):
        spans = any(s.x0 < gutter < s.x1 for s in row)
        if stretch and (spans or row[0].top - max(s.bottom for s in stretch) > BLANK_BAND_EM * row[0].size):
            ordered.extend(_flush(stretch, gutter))
            stretch = []
        if spans:
            ordered.extend(row)
        else:
            stretch.extend(row)
    ordered.extend(_flush(stretch, gutter))
    return ordered


def _flush(stretch: list[Line], gutter: float) -> list[Line]:
    left = [s for s in stretch if s.x1 <= gutter]
    right = [s for s in stretch if s.x0 >= gutter]
    if _side_by_side(left, right) < MIN_TWO_SIDED_ROWS:
        return stretch
    return left + right


def _side_by_side(left: list[Line], right: list[Line]) -> int:
    """Left segments with a right segment beside them (tops within a line's height):
    columns need not share baselines."""
    tops = sorted(r.top for r in right)
    return sum(1 for l in left if bisect_left(tops, l.top - l.size + 1e-6) < bisect_left(tops, l.top + l.size))


def _group_rows(segments: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for seg in segments:
        if rows and abs(rows[-1][0].top - seg.top) < 2:
            rows[-1].append(seg)
        else:
            rows.append([seg])
    return rows


def _find_gutter(segments: list[Line], width: float) -> float | None:
    """The x between 30% and 70% of the page with the most text side by side across it: a
    segment counts for every x between its right end and the furthest start of a segment
    beside it."""
    candidates = [width * step / 100 for step in range(30, 71, 2)]
    counts = [0] * len(candidates)
    ordered = sorted(segments, key=lambda s: s.top)
    tops = [s.top for s in ordered]
    for seg in ordered:
        near = ordered[bisect_left(tops, seg.top - seg.size + 1e-6) : bisect_left(tops, seg.top + seg.size)]
        reach = max((r.x0 for r in near if r.x0 >= seg.x1), default=None)
        if reach is not None:
            for i, x in enumerate(candidates):
                counts[i] += seg.x1 <= x <= reach
    best = max(range(len(candidates)), key=lambda i: (counts[i], -i))
    return candidates[best] if counts[best] >= MIN_TWO_SIDED_ROWS else None
