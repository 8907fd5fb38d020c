"""Stage 3: takes `ReportDocument`, returns it with running headers, footers and page
numbers labelled `furniture` (kept, not deleted, so a leak can be traced to its line).

A line is furniture when it sits in the top or bottom margin band and either looks
like a page number / CQC footer, or is short and its text (digits and spacing ignored)
recurs in the margins of another page. List headings are never furniture, even when a chapter starts
at the top of a page with the same heading as the chapter before (a bold structural
heading of body size or larger is kept; a smaller running header with the same words
is not), and neither is a bulleted line (a statement printed twice may top two pages), nor a
table's header row repeated at the top of each page whose cells wrap on below the margin.

A running header whose words change from page to page (a chapter's name, or a line printed
once on the page a list runs on to) is known by where it stands instead: the topmost line of
its page, set no larger than the text and well clear of the text below it, at the place
and in the style where other pages have such a line, or above where any other page prints.
"""

import re
from collections import Counter

from ..models.document import Line, ReportDocument

from .regex_programs import compiled
from .sheet_grid import cell_pages
from .side_rails import rail_lines
from .stitched_bars import bar_copies
from .tile_overlaps import overlap_copies
from .text import HEADING_RATIO, TERMINAL, body_size, bullet_marker, collapse_ws, opens_lower, set_under, size_weights
from .structure_patterns import is_structural_heading, without_continued

# Running headers and footers are at most this many words (a CQC footer is about ten),
# unless set smaller than the text (a long "What people should know ..." banner).
MAX_RUNNING_WORDS = 14
SMALL_TYPE = 0.95
LARGER_TYPE = 1.05
# A size carrying at least this share of the body size's characters is a text size too.
TEXT_SHARE = 0.5
# A printed page label: a number, or a lower-case roman numeral on front matter (/PageLabels i, ii, iii).
ROMAN = r"(?-i:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
PAGE_LABEL = rf"(?:\d{{1,4}}|{ROMAN})"
PAGE_NUMBER = compiled(rf"^(?:page\s+)?{PAGE_LABEL}(?:\s+of\s+\d{{1,4}})?$|^[-–]\s*{PAGE_LABEL}\s*[-–]$", re.IGNORECASE)
CQC_FOOTER = compiled(
    rf"^{PAGE_LABEL}\s+.+\b(?:quality report|inspection report|evidence appendix)\b.*\d{{4}}$|"
    rf"^.+\b(?:quality report|inspection report)\s+\d{{1,2}}[/ ]\w+[/ ]\d{{4}}\s+{PAGE_LABEL}$",
    re.IGNORECASE,
)


# A running header stands this many of its ems clear of the first line below it; one at the place
# and in the style of such a header stands at least the smaller clearance clear of its own (its type
# large beside a fixed top margin: 1.96 ems), more than a paragraph's gap.
HEADER_CLEARANCE_EM = 2.0
VOUCHED_CLEARANCE_EM = 1.5
# Top lines in one place and style, set smaller than the text and clear of it, on this many pages
# are a running header however near the text each stands.
SMALL_HEADER_PAGES = 3
# Fractions of page height: running headers and footers live in these margin bands.
MARGIN_BAND = (0.1, 0.9)
# A line printed in the same words at the same place on two or more pages below this share of
# the page's height (or above one minus it) is a running footer (header) too, wherever the writer
# set its margin (a line fixed to the page's foot above a wide bottom margin, or to its head below
# a wide top one).
LOW_FOOTER_BAND = 0.85


_ROMAN_AT_END = compiled(rf"^{ROMAN}\s|\s{ROMAN}$")
_DIGITS_AND_SPACES = compiled(r"[\d\s]+")


def margin_key(text: str) -> str:
    """A margin line with digits, spacing and a roman page label at either end ignored:
    "12 X Quality Report 30/03/2017" recurs, and so does "ii X Quality Report" on "iii X ..."."""
    return _DIGITS_AND_SPACES.sub("", _ROMAN_AT_END.sub(" ", text.strip()).lower())


def mark_furniture(doc: ReportDocument) -> ReportDocument:
    """The document with its running lines labelled; a sheet printing several pages in a grid
    (sheet_grid.py) judged a page of the grid at a time, each with its own margins."""
    cells = [(page, cell_pages(page)) for page in doc.pages]
    if all(len(parts) == 1 for _, parts in cells):
        return _marked(doc)
    shrunk = [part for _, parts in cells for part, _ in parts]
    shrunk = [part.model_copy(update={"number": n, "lines": [l.model_copy(update={"page": n}) for l in part.lines]})
              for n, part in enumerate(shrunk, start=1)]
    marked = iter(_marked(doc.model_copy(update={"pages": shrunk})).pages)
    pages = []
    for page, parts in cells:
        layers = {k: line.layer for (_, indexes) in parts for k, line in zip(indexes, next(marked).lines)}
        pages.append(page.model_copy(update={"lines": [line.model_copy(update={"layer": layers[k]})
                                                       for k, line in enumerate(page.lines)]}))
    return doc.model_copy(update={"pages": pages})


def _marked(doc: ReportDocument) -> ReportDocument:
    margins = {page.number: {id(line): band for line in page.lines if (band := _band(line, page.height))}
               for page in doc.pages}
    lines = [line for page in doc.pages for line in page.lines]
    text_size = body_size(lines)
    _placed_lines(doc, margins, text_size)
    _footers_after_text(doc, margins, text_size)
    recurring = _recurring_in(doc, margins)
    for page in doc.pages:
        _wrapped_footers(page.lines, margins[page.number], recurring)
    _wrapped_headers(doc, margins, _recurring_in(doc, margins))
    recurring = _recurring_in(doc, margins)
    headers = {id(line) for line in _headers_in_place(doc, _largest_text_size(lines, text_size), recurring)}
    headers |= rail_lines(doc, margins, _placed)
    headers |= {line for page in doc.pages for line in bar_copies(page, page.height * MARGIN_BAND[0], text_size)}
    headers |= overlap_copies(doc)
    pages = []
    for k, page in enumerate(doc.pages):
        into_body = _running_into_body(page.lines, page.height, margins[page.number],
                                       k > 0 and _ends_mid_sentence(doc.pages[k - 1].lines, margins[doc.pages[k - 1].number]))
        marked = {id(line) for line in page.lines
                  if (id(line) in headers or _is_furniture(line, page.height, margins[page.number], recurring, text_size))
                  and id(line) not in into_body}
        marked -= _beside_items(page.lines, marked)
        marked -= _sentences_run_on(page.lines, marked)
        marked -= _headings_wrapped(page.lines, marked, text_size)
        lines = [line.model_copy(update={"layer": "furniture"}) if id(line) in marked else line for line in page.lines]
        pages.append(page.model_copy(update={"lines": lines}))
    return doc.model_copy(update={"pages": pages})


def _band(line: Line, height: float) -> str | None:
    if line.bottom <= height * MARGIN_BAND[0]:
        return "top"
    if line.top >= height * MARGIN_BAND[1]:
        return "bottom"
    return None


def _placed_lines(doc: ReportDocument, bands: dict[int, dict[int, str]], text_size: float) -> None:
    """Add to their pages' bottom (top) bands the low (high) lines printed in the same words and
    place on two or more pages (`LOW_FOOTER_BAND`). A low printing whose sentence runs on into the line
    under it, a line of its own (one printed so on no other page), is text, not a footer: a column's
    text that happens to repeat a phrase at one place low on two pages (a high one running on into the
    text is known later, `_running_into_body`)."""
    ends = [(page, line, _placed(line, page.height), band) for k, page in enumerate(doc.pages) for line in page.lines
            if id(line) not in bands[page.number] and (band := _end_of_page(line, page.height, text_size))
            and not (band == "bottom" and _runs_on_over_the_page(page, line, doc.pages[k + 1:k + 2], bands))]
    counts, kept = {}, None
    while kept != len(ends):  # a line going on into one found to be text is text too, up the paragraph
        kept, counts = len(ends), _pages_with(ends)
        ends = [end for end in ends if end[3] == "top" or not _runs_on_into_text(end[0], end[1], counts)]
    for page, line, key, band in ends:
        if len(counts[key]) >= 2:
            bands[page.number][id(line)] = band


def _runs_on_over_the_page(page, line: Line, after: list, bands: dict[int, dict[int, str]]) -> bool:
    """The line is its page's last line of text, ending no sentence, and the next page's first line
    under its top band goes on from it: in its type and at its x, opening in lower case. Text cut by
    the page break (a card's paragraph printed again low on another page), not a footer: a footer
    is no sentence the next page's text goes on."""
    if not after or line.text.rstrip().endswith(TERMINAL) or any(
            other.top > line.bottom and id(other) not in bands[page.number] for other in page.lines):
        return False
    nxt = after[0]
    first = min((other for other in nxt.lines if id(other) not in bands[nxt.number]), key=lambda other: other.top,
                default=None)
    return (first is not None and opens_lower(first.text) and abs(first.size - line.size) < 0.05 * line.size
            and abs(first.x0 - line.x0) < 0.5 * line.size)


def _pages_with(ends: list[tuple]) -> dict[tuple, set[int]]:
    counts: dict[tuple, set[int]] = {}
    for page, _, key, _ in ends:
        counts.setdefault(key, set()).add(page.number)
    return counts


def _runs_on_into_text(page, line: Line, counts: dict[tuple, set[int]]) -> bool:
    """The line's sentence goes on in the line stacked right under it (`_stacked`), which is printed
    at its place on no other page."""
    return any(_stacked(line, below) and (not line.text.rstrip().endswith(TERMINAL) or below.text.lstrip()[:1].islower())
               and len(counts.get(_placed(below, page.height), ())) < 2 for below in page.lines)


def _footers_after_text(doc: ReportDocument, bands: dict[int, dict[int, str]], text_size: float) -> None:
    """Add to its page's bottom band a page's lowest line, set smaller than the text, whose words,
    size and left edge another page prints in its bottom band: a running footer that is a table's
    repeated footer row (a browser's `tfoot`) follows the text on a page the text does not fill."""
    def key(line: Line) -> tuple:
        return _sized(line) + (round(line.x0 / line.size),)

    feet = {key(line) for page in doc.pages for line in page.lines if bands[page.number].get(id(line)) == "bottom"}
    for page in doc.pages:
        last = max(page.lines, key=lambda line: line.top, default=None)
        if last is not None and id(last) not in bands[page.number] and last.size < SMALL_TYPE * text_size \
                and key(last) in feet:
            bands[page.number][id(last)] = "bottom"


def _end_of_page(line: Line, height: float, text_size: float) -> str | None:
    """"bottom" or "top" for a line in the page's lowest or highest share `LOW_FOOTER_BAND` leaves;
    a high one only in type smaller than the text's: a statement printed twice tops two pages in
    the text's own type, its last line's words at the same place on both."""
    if line.top >= LOW_FOOTER_BAND * height:
        return "bottom"
    if line.bottom <= (1 - LOW_FOOTER_BAND) * height and line.size < SMALL_TYPE * text_size:
        return "top"
    return None


def _wrapped_footers(lines: list[Line], bands: dict[int, str], recurring: set[str]) -> None:
    """Add to a page's bottom band the lines a running footer wraps up from it (a large-print
    footer of three lines reaches up out of the band): set as a footer line there is, whose
    words recur or read as a footer, stacked on it at its leading."""
    feet = [line for line in lines if bands.get(id(line)) == "bottom"
            and (margin_key(line.text) in recurring or CQC_FOOTER.match(line.text.strip()))]
    while feet:
        above = [line for line in lines if id(line) not in bands and any(_stacked(line, foot) for foot in feet)]
        for line in above:
            bands[id(line)] = "bottom"
        feet = above


def _wrapped_headers(doc: ReportDocument, bands: dict[int, dict[int, str]], recurring: set[str]) -> None:
    """Add to their pages' top bands the lines a running header wraps down out of the band (a long
    header in small type, "Trust — Core service Quality" over "Report. Providers must display …"):
    stacked under a top line whose words recur, alone on its row (a table's repeated header row
    has cells beside the one that wraps), the line's own words stacked so on two or more pages."""
    under: dict[int, list[Line]] = {}
    for page in doc.pages:
        heads = [line for line in page.lines if bands[page.number].get(id(line)) == "top"
                 and margin_key(line.text) in recurring and not bullet_marker(line.text)
                 and not any(other is not line and abs(other.top - line.top) < 0.3 * line.size for other in page.lines)]
        under[page.number] = [line for line in page.lines if id(line) not in bands[page.number]
                              and any(_stacked(head, line) for head in heads)]
    pages_with = Counter(key for lines in under.values() for key in {margin_key(line.text) for line in lines})
    for number, lines in under.items():
        for line in lines:
            if pages_with[margin_key(line.text)] >= 2:
                bands[number][id(line)] = "top"


def _stacked(line: Line, foot: Line) -> bool:
    """`line` is the line above `foot` in the same text: same type, less than half an em of
    white between them, overlapping across."""
    return (line.bold == foot.bold and abs(line.size - foot.size) < 0.05 * foot.size
            and -0.1 * line.size <= foot.top - line.bottom < 0.5 * line.size and line.x0 < foot.x1 and foot.x0 < line.x1)


def _ends_mid_sentence(lines: list[Line], bands: dict[int, str]) -> bool:
    """The page's text, read in order, ends no sentence: it runs on to the next page."""
    last = next((line for line in reversed(lines) if id(line) not in bands), None)
    return last is not None and not last.text.rstrip().endswith(TERMINAL)


def _running_into_body(lines: list[Line], height: float, bands: dict[int, str], run_on: bool) -> set[int]:
    """Ids of margin lines (in the top band, or placed as a header below a wide top margin:
    `_placed_lines`) that run on into the page's body: a line set the same under one of
    them at its leading (a table's header row repeated at the top of each page, its cells
    wrapping below the margin band; not a running header's own wrapped line, `_wrapped_headers`),
    or one on that line's row in its size (the row's other cells; a running header in small type
    beside a pull quote's first line in large type is no cell of its row); and, when the page
    before ends mid-sentence (`run_on`), up from such a line each set so over the next that opens
    in lower case: the sentence run on from there, its lines recurring where another printing of
    it tops a page."""
    def same_size(a: Line, b: Line) -> bool:
        return abs(a.size - b.size) < 0.05 * a.size

    def same_style(a: Line, b: Line) -> bool:
        return a.bold == b.bold and same_size(a, b)

    def over(line: Line, below: Line) -> bool:
        return same_style(line, below) and set_under(line, below, 0.8 * line.size) \
            and below.x0 < line.x1 and line.x0 < below.x1

    top = [line for line in lines if bands.get(id(line)) == "top"]
    wrapping = [line for line in top if any(_band(below, height) is None and id(below) not in bands
                                            and over(line, below) for below in lines)]
    while run_on and (more := [line for line in top if line not in wrapping and opens_lower(line.text)
                                and any(over(line, below) for below in wrapping)]):
        wrapping += more  # and so up, line by line: a sentence run on from the page before tops the page
    return {id(line) for line in top if any(
        abs(line.top - cell.top) < 0.3 * line.size and same_size(line, cell) for cell in wrapping)}


def _beside_items(lines: list[Line], marked: set[int]) -> set[int]:
    """Ids of marked lines set on the row of an unmarked line that opens with a bullet or list
    number, clear of it across: a table's cells beside a list item (a service's name in a low row,
    "Maternity", whose words a running header prints on another page), not a running header or
    footer (one printed over the item shares its extent across)."""
    items = [l for l in lines if id(l) not in marked and bullet_marker(collapse_ws(l.text))]
    return {id(line) for line in lines if id(line) in marked
            and any(abs(item.top - line.top) < 0.3 * line.size and (line.x1 <= item.x0 or item.x1 <= line.x0)
                    for item in items)}


def _sentences_run_on(lines: list[Line], marked: set[int]) -> set[int]:
    """Ids of marked lines that go on the text's sentence into a margin band (small type fills
    the band with body lines; a statement printed twice recurs there): set right under a body
    line in its type at its leading, that line ending no sentence or this one opening in lower
    case; and so on down, line by line. A footer is not text run on: a margin's white parts it."""
    kept: set[int] = set()
    body = [line for line in lines if id(line) not in marked]
    for line in sorted((line for line in lines if id(line) in marked), key=lambda line: line.top):
        text = line.text.strip()
        if PAGE_NUMBER.match(text) or CQC_FOOTER.match(text):
            continue
        if any(_stacked(above, line) and (not _ends_sentence(above.text) or text[:1].islower()) for above in body):
            kept.add(id(line))
            body.append(line)
    return kept


def _ends_sentence(text: str) -> bool:
    """The line ends a sentence: a full stop (or ! or ?) before any closing bracket or quote. A bracket or
    quote closed mid-sentence ("… Act 2008 (Regulated Activities)" over "Regulations 2014.") ends none."""
    return text.rstrip().rstrip(")]”’\"'").endswith((".", "!", "?"))


def _headings_wrapped(lines: list[Line], marked: set[int], text_size: float) -> set[int]:
    """Ids of marked bold lines of the text's size or larger that are a line of a structural heading
    wrapped over lines stacked in its type ("The areas where the provider should make" / "improvements
    are:"; a long core service's name whose last line a chapter's title tops another page with): a
    heading wrapped, however often one of its lines recurs in a margin (a leaflet's list going on in
    another panel under its heading again), never a running header."""
    kept: set[int] = set()
    for line in lines:
        if id(line) in marked and line.bold and line.size >= 0.95 * text_size:
            run = _stacked_run(lines, line)
            at = run.index(line)
            if any(is_structural_heading(without_continued(" ".join(l.text.strip() for l in run[i:j + 1])))
                   for i in range(at + 1) for j in range(max(at, i + 1), len(run))):
                kept.add(id(line))
    return kept


def _stacked_run(lines: list[Line], line: Line) -> list[Line]:
    """The line with the lines stacked over and under it in its type (`_stacked`), top to bottom; a
    line under it read in the heading's type when only a "(continued)" mark follows its bold words."""
    run = [line]
    while above := next((l for l in lines if all(l is not r for r in run) and _stacked(l, run[0])), None):
        run.insert(0, above)
    while below := next((l for l in lines if all(l is not r for r in run) and _stacked(run[-1], _in_heading_type(l))),
                        None):
        run.append(below)
    return run


def _in_heading_type(line: Line) -> Line:
    """The line as bold when only a "(continued)" mark follows its bold run-in words ("improvements
    are: (continued)", the mark in italic): the heading's own words are all in its type."""
    if line.bold or not line.run_in or without_continued(line.text) != line.run_in.strip():
        return line
    return line.model_copy(update={"bold": True})


def _recurring_in(doc: ReportDocument, margins: dict[int, dict[int, str]]) -> set[str]:
    """Margin lines (a row's cells separately: chapter name left, section right) printed on
    two or more pages: their keys, the same keys with their place (`_placed`) and with their
    type size (`_sized`)."""
    pages_with: dict = {}
    for page in doc.pages:
        lines = [l for l in page.lines if id(l) in margins[page.number]]
        keys = {margin_key(l.text) for l in lines} | {_placed(l, page.height) for l in lines} | {_sized(l) for l in lines}
        for key in keys:
            pages_with[key] = pages_with.get(key, 0) + 1
    return {key for key, count in pages_with.items() if count >= 2}


def _placed(line: Line, height: float) -> tuple:
    """A margin line's key with its place: left edge, and height above the page's foot, in ems."""
    return margin_key(line.text), round(line.x0 / line.size), round((height - line.top) / line.size)


def _sized(line: Line) -> tuple:
    """A margin line's key with its type size to half a point: a running line repeats in its style."""
    return margin_key(line.text), round(line.size * 2)


def _largest_text_size(lines: list[Line], text_size: float) -> float:
    """The largest size a report sets its text in: one carrying at least `TEXT_SHARE` of the
    characters the body size carries (a narrative in 8.5 pt beside lists and notes in 7.3 pt is
    text too; a heading's size never carries that much)."""
    weights = size_weights(lines)
    return max((size for size, weight in weights.items() if weight >= TEXT_SHARE * weights.get(text_size, 0)),
               default=text_size)


def _headers_in_place(doc: ReportDocument, text_size: float, recurring: set) -> list[Line]:
    """Top lines of their pages that stand where, and as, the top line of another page does
    (same height on the page and the same left edge, right edge or centre, same size and weight,
    a like gap below: one of them well clear of the text, `HEADER_CLEARANCE_EM`), however their
    words differ. A line whose words recur in its place (`recurring`, `_placed`) is a running header
    however close its text: it vouches for its place and style (large type under a fixed top margin
    leaves a header little more than an em clear of the text)."""
    found: dict[tuple, list[Line]] = {}
    tops = {page.number: min((l.top for l in page.lines), default=page.height) for page in doc.pages}
    for page in doc.pages:
        lines = sorted(page.lines, key=lambda l: l.top)
        if len(lines) < 2 or _band(lines[0], page.height) != "top":
            continue
        first = lines[0]
        below = next((l for l in lines[1:] if l.top >= first.bottom - 0.1 * first.size), None)
        clear = below is not None and (below.top - first.bottom) / first.size >= VOUCHED_CLEARANCE_EM
        recurs = _placed(first, page.height) in recurring
        if not (clear or recurs) or bullet_marker(first.text):
            continue
        well_clear = recurs or below.top - first.bottom >= HEADER_CLEARANCE_EM * first.size
        # above where any other page prints: in the margin, printed once
        above_all = len(doc.pages) > 1 and all(top >= first.bottom for number, top in tops.items() if number != page.number)
        larger = first.size > LARGER_TYPE * text_size
        named = larger and well_clear and _plain_under_heading_size(first, text_size, words=False) \
            and not _plain_under_heading_size(first, text_size)
        if larger and not (well_clear and _plain_under_heading_size(first, text_size)) and not named:
            continue  # a heading's size, weight or words, or close over the text: a heading
        place = (round(first.top / first.size), round(first.size * 2), first.bold)
        for edge in _edges(first):
            found.setdefault((*place, edge), []).append((first, well_clear, named))
        if above_all and well_clear and not named:
            found.setdefault(place, []).extend([(first, True, False), (first, True, False)])
    return list({id(line): line for lines in found.values()
                 if _in_place(lines) or _small_on_many([(line, well) for line, well, _ in lines], text_size)
                 for line, _, _ in lines}.values())


def _in_place(lines: list[tuple[Line, bool, bool]]) -> bool:
    """Top lines in one place and style on two pages or more, one of them well clear of the text; when any of
    them reads as a heading's words (a core service's name: `named`), on `SMALL_HEADER_PAGES` pages or more,
    each well clear: a running header naming each page's chapter, not a chapter's heading at two pages' tops."""
    if any(named for _, _, named in lines):
        return len({line.page for line, _, _ in lines}) >= SMALL_HEADER_PAGES and all(well for _, well, _ in lines)
    return len(lines) >= 2 and any(well for _, well, _ in lines)


def _small_on_many(lines: list[tuple[Line, bool]], text_size: float) -> bool:
    """Top lines in one place and style on `SMALL_HEADER_PAGES` pages or more, set smaller than the
    text and each clear of it: a running header that names each page's chapter, none of them two
    ems clear (a small type under a fixed top margin), is still one. Text is set no smaller than
    the text, and a heading at a page's top is no smaller."""
    return len({line.page for line, _ in lines}) >= SMALL_HEADER_PAGES and all(
        line.size < SMALL_TYPE * text_size for line, _ in lines)


def _plain_under_heading_size(line: Line, text_size: float, words: bool = True) -> bool:
    """Plain type short of a heading's size (`HEADING_RATIO` times the text), not a heading's
    words (unless `words` is False): a running header a writer set a little larger than the text (1.06
    times), printed once in the top margin, is still no heading there."""
    return not line.bold and line.size < HEADING_RATIO * text_size and not (words and is_structural_heading(line.text))


def _edges(line: Line) -> tuple[tuple, ...]:
    """Where a line is aligned, in its ems: its left edge, its right edge (a header set flush
    right ends where the others do, however long its words) and its centre."""
    return (("left", round(line.x0 / line.size)), ("right", round(line.x1 / line.size)),
            ("centre", round((line.x0 + line.x1) / 2 / line.size)))


def _is_furniture(line: Line, height: float, margins: dict[int, str], recurring: set, text_size: float) -> bool:
    band = margins.get(id(line))
    heading = line.bold and line.size >= 0.95 * text_size and is_structural_heading(line.text)
    if band is None or heading:
        return False
    text = line.text.strip()
    if PAGE_NUMBER.match(text) or CQC_FOOTER.match(text):
        return True
    # A statement printed twice (letter and service list) may start at the top of two pages:
    # running headers are short or set smaller than the text, and never bulleted (but for a part
    # of one set smaller than the text, recurring in its place, that opens with a separator dot
    # read as a bullet: "Hospice · Inspection report · 21/11/2018" cut at its first dot).
    # A long footer line (large type wraps a footer into lines of many words) recurs in its place.
    running = (len(text.split()) <= MAX_RUNNING_WORDS or line.size < SMALL_TYPE * text_size
               or band == "bottom" and _placed(line, height) in recurring)
    # A name set larger than the text (a cover's title, a chapter's) is a running line only where
    # it recurs in that size: the cover's 22 pt service name is no header for a 16 pt heading.
    key = _sized(line) if line.size > LARGER_TYPE * text_size else margin_key(text)
    # A footer wrapped onto a line opening with its dash ("– providers should keep this report …") goes
    # on in lower case, as no statement opens; it too recurs in its place.
    separated = _placed(line, height) in recurring and (
        line.size < SMALL_TYPE * text_size or band == "bottom" and opens_lower(text[len(bullet_marker(text) or ""):].lstrip()))
    return running and (not bullet_marker(text) or separated) and key in recurring
