"""Stage 2, the close read of every page: takes a path, returns `ReportDocument` (through
`start_read`, so the caller can do other work while worker processes read).

Glyphs come from pypdfium2 (glyphs.py) in positional terms only; everything here is
measured against the type it concerns, never in fixed points, so a large-print edition,
a tightly set page and a re-printed PDF read alike:

- words: glyphs on one baseline with less than a fraction of an em between them
  (a space is room for one, whether or not the writer drew a space character);
- rows: the words of one baseline (columns set on other baselines are other rows);
- gutters: x bands left empty on several consecutive rows with text on both sides,
  found from the whitespace itself, so one, two, three or mixed columns on a page are
  all found without expecting positions; a page-wide blank band ends them;
- segments: a row cut at gutters, at very wide gaps, and at x edges where many rows
  start text (table cells);
- reading order: top to bottom, and column by column inside a stretch of columns (two
  lists each set in columns, one under the other, are two stretches; a table whose label
  column's cells start level with its other cells is read row by row, each label cell
  whole, then its actions);
- each line carries the left edge of the column it is set in, so locate can follow an
  item's indents into the next column or over a page break into a column set elsewhere.

Overprinted fake-bold glyphs are de-duplicated and mark the line bold.
"""

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from cqcplan.errors import DamagedPdf, PasswordRequired
from cqcplan.models.document import Line, Page, ReportDocument

from .glyphs import FAR, LETTER_GAP_EM, Glyph, page_glyphs, shape_bullets
from .text import BULLET_GLYPHS, bullet_marker, is_list_marker

# Gaps (in ems of the type beside them): wider than WORD_GAP_EM is a word space (a space is
# about a quarter of an em); narrower than LETTER_GAP_EM is inside a word (kerning); in
# between (tight or letter-spaced setting), the writer's space character decides.
WORD_GAP_EM = 0.2
# Two copies of one glyph this close (in ems) are one glyph printed twice (fake bold).
OVERPRINT_EM = 0.12
# Glyphs whose baselines differ by less than this (in ems) share a printed line.
BASELINE_EM = 0.3
# Words further apart than this (in ems) belong to different segments of a row.
SEGMENT_GAP_EM = 2.2
# Rows that must start text at one x before it counts as a cell edge.
MIN_COLUMN_ROWS = 3
# The least space (in ems) between the last word of a cell and a word at a cell edge.
COLUMN_GAP_EM = 0.8
# A gutter is at least this wide (in ems) and has text on each side of it on this many rows
# (columns need not share baselines: the rows of one side may fall between the other's).
GUTTER_EM = 0.9
MIN_SIDE_ROWS = 2
# Vertical space (in ems) across the whole page that ends a stretch of columns; and the
# space above a line set below the end of both columns that puts it after them.
BLANK_BAND_EM = 1.5
TRAILING_GAP_EM = 1.0
# A column whose next line is this far (in ems) beyond its leading, or a heading, has ended;
# so has one whose line stops this far short of its right edge (a paragraph's last line)
# when the next starts at another indent.
NEW_BLOCK_EM = 0.4
SHORT_LINE_EM = 3.0
# Type this much larger than the text beside a gutter is a heading (as in locate.py).
HEADING_RATIO = 1.1
# A column narrower than this share of the text width is a table's label column: read by row.
MIN_COLUMN_SHARE = 0.22
# Pages handed to a worker at a time: small enough that this process, once it has loaded the
# tagger, finds chunks not yet started and reads them itself.
CHUNK_PAGES = 6
# A column with a third as many lines as another holds a table's labels: read by row too.
LABEL_COLUMN_RATIO = 3


def start_read(path: Path, *, sha256: str, password: str | None = None,
               workers: int = 1) -> Callable[[], ReportDocument]:
    """Read every page; returns a function that gives the document.

    With `workers` > 1, forked processes (the glyph loop is Python) start reading chunks of pages
    at once while the caller loads the next stages; when the function is called, this process
    takes every chunk no worker has started, so no core idles however long the report.
    """
    count = page_count(path, password)
    pages = list(range(1, count + 1))
    if workers <= 1 or count <= CHUNK_PAGES:
        return lambda: _document(path, sha256, count, [_read_pages(path, password, pages)])
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork"))
    chunks = [pages[i : i + CHUNK_PAGES] for i in range(0, count, CHUNK_PAGES)]
    futures = [(chunk, pool.submit(_read_pages, path, password, chunk)) for chunk in chunks]

    def finish() -> ReportDocument:
        try:
            mine = [_read_pages(path, password, chunk) for chunk, future in reversed(futures) if future.cancel()]
            return _document(path, sha256, count, mine + [f.result() for _, f in futures if not f.cancelled()])
        finally:
            pool.shutdown(cancel_futures=True)

    return finish


def page_count(path: Path, password: str | None) -> int:
    with open_pdf(path, password) as pdf:
        return len(pdf)


def _document(path: Path, sha256: str, count: int, results: list[list[Page]]) -> ReportDocument:
    read_pages = sorted((page for got in results for page in got), key=lambda page: page.number)
    return ReportDocument(file=path.name, sha256=sha256, page_count=count, pages=read_pages)


class open_pdf:
    """pypdfium2's document, with its errors turned into the tool's one-line ones."""

    def __init__(self, path: Path, password: str | None):
        self.path, self.password = path, password

    def __enter__(self):
        import pypdfium2

        try:
            self.pdf = pypdfium2.PdfDocument(self.path, password=self.password)
        except pypdfium2.PdfiumError as exc:
            name = self.path.name
            if "password" in str(exc).lower():
                if self.password:
                    raise PasswordRequired(f"the password given for {name} is wrong") from None
                raise PasswordRequired(f"{name} is password-protected: give it with --password") from None
            raise DamagedPdf(f"{name} is damaged and cannot be read ({exc})") from None
        return self.pdf

    def __exit__(self, *exc) -> None:
        self.pdf.close()


def _read_pages(path: Path, password: str | None, numbers: list[int]) -> list[Page]:
    import pypdfium2

    pages = []
    with open_pdf(path, password) as pdf:
        for number in numbers:
            try:
                pages.append(_read_one(pdf, number))
            except pypdfium2.PdfiumError as exc:
                raise DamagedPdf(f"{path.name} is damaged: page {number} cannot be read ({exc})") from None
    return pages


def _read_one(pdf, number: int) -> Page:
    page = pdf[number - 1]
    textpage = page.get_textpage()
    try:
        glyphs, shapes = page_glyphs(page, textpage)
        width, height = page.get_size()
        return read_page(glyphs + shape_bullets(shapes, glyphs), number, width, height)
    finally:
        textpage.close()
        page.close()


def read_page(glyphs: list[Glyph], number: int, width: float, height: float) -> Page:
    """Lay one page's glyphs out as lines in reading order."""
    rows = _attach_markers(sorted((_words(line) for line in _baselines(glyphs)), key=lambda row: min(w["top"] for w in row)))
    gutters = _gutters(rows)
    beside = [tuple(_active(gutters, row)) for row in rows]
    grouped = [_gap_groups(row, list(near)) for row, near in zip(rows, beside)]
    edges = _cell_edges([g for groups in grouped for g in groups])
    lines = [[_to_line(g, number) for g in _split_at_edges(groups, edges)] for groups in grouped]
    return Page(number=number, width=float(width), height=float(height), lines=_reading_order(lines, beside))


# ---- glyphs -> words ------------------------------------------------------------------

def _baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs that share a baseline, each group sorted left to right."""
    lines: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.bottom, g.x0)):
        if lines and abs(lines[-1][0].bottom - g.bottom) <= BASELINE_EM * max(g.size, lines[-1][0].size):
            lines[-1].append(g)
        else:
            lines.append([g])
    return [sorted(line, key=lambda g: g.x0) for line in lines]


def _words(line: list[Glyph]) -> list[dict]:
    """Join a baseline's glyph runs into words where there is no room for a space between
    them (runs split by a shuffled or re-printed content stream meet again); drop overprints."""
    words: list[dict] = []
    current: list[Glyph] = []
    for g in line:
        if current:
            prev = current[-1]
            em = max(prev.size, g.size)
            if g.text == prev.text and abs(g.x0 - prev.x0) <= OVERPRINT_EM * em:
                current[-1] = prev._replace(bold=True)
                continue
            gap = (g.x0 - prev.x1) / em
            if gap > WORD_GAP_EM or gap > LETTER_GAP_EM and g.spaced or prev.text in BULLET_GLYPHS:
                words.append(_word(current))
                current = []
        current.append(g)
    if current:
        words.append(_word(current))
    for before, word in zip(words, words[1:]):
        if word["marker"] and word["text"] not in BULLET_GLYPHS and word["x0"] - before["x1"] < GUTTER_EM * word["size"]:
            word["marker"] = False  # "18)" closing "(Reg 18)", not a list number: no room before it
    return words


def _word(glyphs: list[Glyph]) -> dict:
    text = "".join(g.text for g in glyphs)
    if len(text) == 1 and (glyphs[0].symbol or text < " "):
        text = "•"  # Word's Wingdings bullet is "l", its square "n"; a re-printed one may have lost its
        # character altogether: a lone glyph of either kind is what a reader sees as a bullet
    sizes = sorted(g.size for g in glyphs)
    return {
        "text": text,
        "x0": glyphs[0].x0,
        "x1": max(g.x1 for g in glyphs),
        "top": min(g.top for g in glyphs),
        "bottom": max(g.bottom for g in glyphs),
        "size": sizes[len(sizes) // 2],
        "chars": glyphs,
        "marker": is_list_marker(text),  # asked once: the gutter sweep asks for every row beside a band
    }


# ---- words -> rows and gutters ---------------------------------------------------------

def _attach_markers(rows: list[list[dict]]) -> list[list[dict]]:
    """A bullet set on its own baseline (a small dingbat centred on the line, or one drawn
    in another font whose extent differs) joins the row it sits beside when nothing follows
    it on its own row: the line whose extent holds its middle and whose text starts just
    right of it. Its own row may hold other columns' text."""
    for row in rows:
        for word in [w for w in row if _marker(w) and not _followed(w, row)]:
            middle = (word["top"] + word["bottom"]) / 2
            host = next((r for r in rows if r and r is not row and min(w["top"] for w in r) <= middle <= max(w["bottom"] for w in r)
                         and any(0 <= w["x0"] - word["x1"] <= 3 * w["size"] and not _marker(w) for w in r)), None)
            if host is not None:
                row.remove(word)
                host.append(word)
                host.sort(key=lambda w: w["x0"])
    return [row for row in rows if row]


def _followed(word: dict, row: list[dict]) -> bool:
    """Text follows the word on its row within a bullet's hanging indent."""
    return any(0 <= w["x0"] - word["x1"] <= 3 * w["size"] for w in row if w is not word)


class Gutter:
    """An x band kept empty down a stretch of rows, with text on both sides of it."""

    def __init__(self, lo: float, hi: float, top: float, em: float):
        self.lo, self.hi, self.top, self.bottom, self.em = lo, hi, top, top, em
        self.rows: list[_BandRow] = []
        self.chain = [self]  # this band and those it goes on from over blank bands (a table's rows)

    def add(self, row: list[dict]) -> None:
        self.em = min(self.em, _row_size(row))  # the text's size, not a heading's that opened the band
        self.rows.append(self._beside(row, row[0]["top"], max(w["bottom"] for w in row)))
        self.bottom = row[0]["top"]

    def _beside(self, words: list[dict], top: float, bottom: float) -> "_BandRow":
        left = [w for w in words if w["x1"] <= self.lo and not _marker(w)]
        right = [w for w in words if w["x0"] >= self.hi]
        near_left = _segment_ending(left, GUTTER_EM * self.em)
        near_right = _segment_ending(right[::-1], GUTTER_EM * self.em, backwards=True)
        return _BandRow(top, bottom, _styled(near_left, self.em), _styled(near_right, self.em),
                        (_text_x(near_left), _text_x(near_right)), (_end(near_left), _end(near_right)),
                        (_top(near_left), _top(near_right)), words)

    def between(self, left_edge: float, right_edge: float) -> None:
        """Each row's sides as the columns next to the band see them, only the text between
        the neighbouring bands: in three columns, a row with nothing in the middle column has
        nothing beside either band there, whatever the outer columns hold."""
        self.rows = [self._beside([w for w in r.words if w["x0"] >= left_edge - 0.5 and w["x1"] <= right_edge + 0.5],
                                  r.top, r.bottom) for r in self.rows]

    def valid(self) -> bool:
        """Text on each side on enough rows, counting the bands it goes on from or into over
        blank bands: a table's rows, cut apart by their padding, make one gutter between them."""
        rows = [r for band in self.chain for r in band.rows]
        return all(sum(r.side[s] is not None for r in rows) >= MIN_SIDE_ROWS for s in (0, 1))

    def follow(self, before: "Gutter") -> None:
        """This band opens just below a blank band that closed `before`, over the same x."""
        self.chain = before.chain
        self.chain.append(self)

    def breaks(self) -> dict[int, list]:
        """Rows before which both columns break off, with how each does (see `_breaks_at`)."""
        found = {i: self._breaks_at(i) for i in range(1, len(self.rows))}
        return {i: sides for i, sides in found.items() if sides}

    def pieces(self, cuts: list[int]) -> list["Gutter"]:
        """The band cut before those rows, each piece without the rows after both its
        columns have ended."""
        if not cuts:
            return [self.trimmed()]
        pieces = []
        for start, end in zip([0] + cuts, cuts + [len(self.rows)]):
            piece = Gutter(self.lo, self.hi, self.rows[start].top, self.em)
            piece.rows = self.rows[start:end]
            piece.bottom = piece.rows[-1].top
            if piece.valid():
                pieces.append(piece.trimmed())
        return pieces

    def _breaks_at(self, i: int) -> list[tuple] | None:
        """How each column beside the band breaks off before row i, or None if one goes on:
        per side, (starts with a heading, its first tops, broke). A column breaks off after a
        gap beyond its leading, with a heading, or, after a short line, with a line at another
        indent (flowing on at its usual leading); it may have broken off where it goes on at
        another indent after a full line (`broke` False: see `_new_block`)."""
        ends = []
        for side in (0, 1):
            above = [r for r in self.rows[:i] if r.side[side] is not None]
            below = [r for r in self.rows[i:] if r.side[side] is not None][:2]
            if len(above) < 2 or not below or above[-1].side[side]:
                return None  # a column just begun, or a heading wrapping on: no block ends here
            leading = min(b.top - a.bottom for a, b in zip(above, above[1:]))
            gap = below[0].top - above[-1].bottom
            short = max(r.ends[side] for r in above) - above[-1].ends[side] > SHORT_LINE_EM * self.em
            shifted = abs(below[0].starts[side] - above[-1].starts[side]) > NEW_BLOCK_EM * self.em
            broke = bool(below[0].side[side]) or gap > leading + NEW_BLOCK_EM * self.em or short and shifted
            if not (broke or shifted):
                return None
            ends.append((bool(below[0].side[side]), [r.tops[side] for r in below], broke))
        return ends

    def trimmed(self) -> "Gutter":
        """Without the rows after both columns have ended: a heading set under the columns,
        a paragraph gap below the shorter one, is read after them, not inside the longer
        (unless the longer column had already run on past the shorter's end: then a line in
        body type is its own next item)."""
        ends = min(max((r.bottom for r in self.rows if r.side[s] is not None), default=self.top) for s in (0, 1))
        previous_bottom = None
        for row in self.rows:
            if (row.top > ends and previous_bottom is not None and row.top - previous_bottom > TRAILING_GAP_EM * self.em
                    and (any(row.side) or previous_bottom <= ends + NEW_BLOCK_EM * self.em)):
                self.bottom = max(r.top for r in self.rows if r.top < row.top)
                break
            previous_bottom = row.bottom
        return self

    def holds(self, row: list[dict]) -> bool:
        return self.top - 1 <= row[0]["top"] <= self.bottom + 1


class _BandRow(NamedTuple):
    """A row beside a gutter: per side, None (no text), or whether its text starts with a heading."""

    top: float
    bottom: float
    left: bool | None
    right: bool | None
    starts: tuple[float | None, float | None]  # where the text next to the gutter starts, per side
    ends: tuple[float | None, float | None]  # and where it ends
    tops: tuple[float | None, float | None]
    words: list[dict]  # the row's words, to see it again between neighbouring bands

    @property
    def side(self) -> tuple[bool | None, bool | None]:
        return self.left, self.right


def _styled(words: list[dict], em: float) -> bool | None:
    """None without words; else whether the first is set as a heading (bold or larger)."""
    if not words:
        return None
    first = words[0]
    return first["size"] >= HEADING_RATIO * em or all(g.bold for g in first["chars"])


def _segment_ending(words: list[dict], gap: float, backwards: bool = False) -> list[dict]:
    """The last run of words (in the order given: by x, or backwards) with no gap wider than
    `gap` inside it (a bullet's hanging indent is no gap): the part of a row's text beside a
    gutter that sits in the column next to it."""
    run: list[dict] = []
    for word in words:
        if run:
            space = run[-1]["x0"] - word["x1"] if backwards else word["x0"] - run[-1]["x1"]
            if space > gap and not _marker(word if backwards else run[-1]):
                run = []
        run.append(word)
    return run


def _text_x(words: list[dict]) -> float | None:
    """Where the text starts, after a bullet or list number (its continuation lines start there)."""
    return min((w["x0"] for w in words if not _marker(w)), default=None) or min((w["x0"] for w in words), default=None)


def _end(words: list[dict]) -> float | None:
    return max((w["x1"] for w in words), default=None)


def _top(words: list[dict]) -> float | None:
    return min((w["top"] for w in words), default=None)


def _gutters(rows: list[list[dict]]) -> list[Gutter]:
    """Sweep down the rows keeping each band of whitespace that stays open; a band closes
    when text crosses it (narrowing it below a gutter's width) or at a page-wide blank."""
    open_: list[Gutter] = []
    found: list[Gutter] = []
    previous_bottom, previous_row = None, []
    for row in rows:
        em = _row_size(row)
        after_blank: list[Gutter] = []
        if previous_bottom is not None and row[0]["top"] - previous_bottom > BLANK_BAND_EM * em:
            found += open_
            after_blank, open_ = open_, []
        still = []
        for band in open_:
            free = _free_part(band, row)
            if free is None or free[1] - free[0] < GUTTER_EM * min(em, band.em):
                found.append(band)
                continue
            band.lo, band.hi = free
            band.add(row)
            still.append(band)
        overlaps = previous_row and previous_row[0]["bottom"] > row[0]["top"] + 0.2 * em
        beside = sorted(row + previous_row, key=lambda w: w["x0"]) if overlaps else row  # columns on offset baselines
        for a, b in zip(beside, beside[1:]):
            gap_lo, gap_hi = max(w["x1"] for w in beside[:beside.index(b)]), b["x0"]
            if _marker(a):
                continue  # the space between a bullet and its text is a hanging indent
            if gap_hi - gap_lo >= GUTTER_EM * em and not any(s.lo < gap_hi and gap_lo < s.hi for s in still):
                band = Gutter(gap_lo, gap_hi, (previous_row if overlaps else row)[0]["top"], em)
                if overlaps:
                    band.add(previous_row)  # the other column's line that found the gap with this one
                band.add(row)
                still.append(band)
                above = next((g for g in after_blank if g.lo < gap_hi and gap_lo < g.hi), None)
                if above is not None:
                    band.follow(above)
        open_ = still
        previous_bottom, previous_row = max(w["bottom"] for w in row), row
    found += open_
    bands = [g for g in found if g.valid()]
    for band in bands:
        beside = [o for o in bands if o is not band and o.top < band.bottom and band.top < o.bottom]
        left_edge = max((o.hi for o in beside if o.hi <= band.lo), default=None)
        right_edge = min((o.lo for o in beside if o.lo >= band.hi), default=None)
        if left_edge is not None or right_edge is not None:
            band.between(-FAR if left_edge is None else left_edge, FAR if right_edge is None else right_edge)
    breaks = {id(g): g.breaks() for g in bands}
    return sorted((piece for g in bands for piece in g.pieces(_cuts(g, bands, breaks))), key=lambda g: (g.top, g.lo))


def _cuts(band: Gutter, bands: list[Gutter], breaks: dict) -> list[int]:
    """Rows before which every column of the stretch (beside this band and beside any other
    band open there) breaks off and a new block begins: two lists, each set in columns, one
    under the other."""
    cuts = []
    for i, sides in breaks[id(band)].items():
        y = band.rows[i].top
        for other in bands:
            if other is band or not other.top < y < other.bottom:
                continue
            theirs = next((found for j, found in breaks[id(other)].items()
                           if abs(other.rows[j].top - y) < BASELINE_EM * band.em), None)
            if theirs is None:
                break
            sides = sides + theirs
        else:
            if _new_block(sides, band.em):
                cuts.append(i)
    return cuts


def _new_block(sides: list[tuple], em: float) -> bool:
    """One column begins with a heading and the others begin again level with it or with
    the line under it (the next list begins at one height in every column, its heading in
    the first or above them all; a group heading of one list balanced over its columns falls
    level with nothing in the others); a column that went on at another indent after a full
    line must begin exactly level with the heading (the next list's first item running on
    from the column before)."""
    headed = [tops for is_heading, tops, _ in sides if is_heading]
    return bool(headed) and all(
        (any(abs(tops[0] - top) < BASELINE_EM * em for other in headed if other is not tops for top in other)
         if broke else any(abs(tops[0] - other[0]) < BASELINE_EM * em for other in headed if other is not tops))
        or is_heading and len(headed) == 1 for is_heading, tops, broke in sides)


def _free_part(band: Gutter, row: list[dict]) -> tuple[float, float] | None:
    """The widest part of the band that no word of the row covers."""
    pieces = [(band.lo, band.hi)]
    for w in row:
        if w["x1"] <= band.lo or w["x0"] >= band.hi:
            continue
        pieces = [p for lo, hi in pieces for p in ((lo, min(hi, w["x0"])), (max(lo, w["x1"]), hi)) if p[1] > p[0]]
    return max(pieces, key=lambda p: p[1] - p[0], default=None)


def _marker(word: dict) -> bool:
    return word["marker"]


def _active(gutters: list[Gutter], row: list[dict]) -> list[Gutter]:
    return [g for g in gutters if g.holds(row)]


def _row_size(row: list[dict]) -> float:
    sizes = sorted(w["size"] for w in row)
    return sizes[len(sizes) // 2]


# ---- rows -> segments ------------------------------------------------------------------

def _gap_groups(row: list[dict], gutters: list[Gutter]) -> list[list[dict]]:
    """Cut a row at the gutters it sits beside and where two words are much further apart
    than a word space."""
    groups: list[list[dict]] = [[row[0]]]
    for word in row[1:]:
        prev = groups[-1][-1]
        across = any(prev["x1"] <= g.lo + 0.5 and word["x0"] >= g.hi - 0.5 for g in gutters)
        if across or _gap(groups[-1], word) > SEGMENT_GAP_EM * prev["size"]:
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups


def _gap(group: list[dict], word: dict) -> float:
    """Space before `word`; none after a lone bullet or list number, which belongs to its item."""
    if len(group) == 1 and _marker(group[0]):
        return 0.0
    return word["x0"] - group[-1]["x1"]


def _cell_edges(groups: list[list[dict]]) -> list[int]:
    """x positions where at least MIN_COLUMN_ROWS segments of the page start text."""
    starts = Counter(round(g[0]["x0"]) for g in groups)
    return [x for x, n in starts.items() if n >= MIN_COLUMN_ROWS]


def _split_at_edges(groups: list[list[dict]], columns: list[int]) -> list[list[dict]]:
    """Also cut where a word starts exactly at a cell edge (see `_cell_edges`).

    Table cells sit closer than a wide gap, but their text starts at the same x on many
    rows; a word there after more than a word space is the next cell, not the next word.
    """
    result = []
    for group in groups:
        current = [group[0]]
        for word in group[1:]:
            at_column = any(abs(word["x0"] - x) <= 0.15 * word["size"] for x in columns)
            if at_column and _gap(current, word) >= COLUMN_GAP_EM * word["size"]:
                result.append(current)
                current = [word]
            else:
                current.append(word)
        result.append(current)
    return result


def _to_line(words: list[dict], page: int) -> Line:
    glyphs = [g for w in words for g in w["chars"]]
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
        bold=sum(len(g.text) for g in glyphs if g.bold) >= 0.6 * sum(len(g.text) for g in glyphs),
    )


def _text_start(words: list[dict]) -> float:
    """x of the first real word: after a lone bullet/number, or after a glyph fused to the word."""
    first = words[0]
    if len(words) > 1 and first["marker"]:
        return words[1]["x0"]
    if len(first["chars"]) > 1 and bullet_marker(first["text"]) and not first["text"][0].isalnum():
        return first["chars"][1].x0  # "o" or "-" drawn as a run of its own, touching its text
    return first["x0"]


# ---- reading order ---------------------------------------------------------------------

def _reading_order(rows: list[list[Line]], beside: list[tuple]) -> list[Line]:
    """Row order, except that inside a stretch of columns each column is read whole, left to
    right: consecutive rows beside the same gutters form a stretch."""
    page_left = min((line.x0 for row in rows for line in row), default=0.0)
    rows, beside = _side_by_side(rows, beside)
    ordered: list[Line] = []
    stretch: list[Line] = []
    stretch_gutters: tuple = ()
    for row, here in zip(rows, beside):
        if here != stretch_gutters:
            ordered.extend(_columns_first(stretch, stretch_gutters, page_left))
            stretch, stretch_gutters = [], here
        stretch.extend(row)
    ordered.extend(_columns_first(stretch, stretch_gutters, page_left))
    return ordered


def _side_by_side(rows: list[list[Line]], beside: list[tuple]) -> tuple[list, list]:
    """Two rows outside any stretch of columns that share most of their height are one line
    to the eye, read left to right: a list heading in larger type beside its first item,
    whose top sits a little higher, is read first."""
    rows, beside = list(rows), list(beside)
    for k in range(len(rows) - 1):
        upper, lower = rows[k], rows[k + 1]
        if beside[k] or beside[k + 1] or not upper or not lower:
            continue
        shared = min(l.bottom for l in upper + lower) - max(min(l.top for l in upper), min(l.top for l in lower))
        height = min(max(l.bottom for l in row) - min(l.top for l in row) for row in (upper, lower))
        if shared > 0.5 * height and max(l.x1 for l in lower) <= min(l.x0 for l in upper):
            rows[k], rows[k + 1] = lower, upper
    return rows, beside


def _groups(column: list[Line]) -> list[list[Line]]:
    """A column's lines in groups (cells, paragraphs, items): a gap wider than half a line
    of the type below starts a new one."""
    groups: list[list[Line]] = []
    for line in column:
        if groups and line.top - groups[-1][-1].bottom <= 0.5 * line.size:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _label_cells(columns: list[list[Line]]) -> list[list[Line]] | None:
    """The cells of a table's label column (the left one of two), or None: it holds a third as
    many lines as its neighbour, in two or more cells, each starting level with a group (a
    cell) of the other. Running text in columns rarely lines up so, cell after cell."""
    if len(columns) != 2:
        return None
    labels, cells = columns
    if len(labels) * LABEL_COLUMN_RATIO >= len(cells):
        return None
    starts = [g[0].top for g in _groups(cells)]
    label_cells = _groups(labels)
    level = all(any(abs(cell[0].top - top) < 0.3 * cell[0].size for top in starts) for cell in label_cells)
    return label_cells if level and len(label_cells) > 1 else None


def _by_table_row(label_cells: list[list[Line]], cells: list[Line]) -> list[Line]:
    """A table read row by row: what runs on from the page before, then each label cell
    whole followed by the lines of the other cell down to the next label."""
    tops = [cell[0].top - 0.3 * cell[0].size for cell in label_cells] + [float("inf")]
    ordered = [line for line in cells if line.top < tops[0]]
    for cell, top, next_top in zip(label_cells, tops, tops[1:]):
        ordered += cell + [line for line in cells if top <= line.top < next_top]
    return ordered


def _columns_first(stretch: list[Line], gutters: tuple, page_left: float) -> list[Line]:
    """The stretch's columns in turn (the first starts at the page's text edge, whatever
    indent its own lines have: an item's continuation at the top of a page), or its table's
    rows, or its rows."""
    if not gutters:
        return _in_column(stretch)
    edges = sorted({(g.lo + g.hi) / 2 for g in gutters})
    left, right = min(s.x0 for s in stretch), max(s.x1 for s in stretch)
    bounds = [left] + edges + [right]
    columns: list[list[Line]] = [[] for _ in range(len(edges) + 1)]
    for seg in stretch:
        columns[sum((seg.x0 + seg.x1) / 2 > e for e in edges)].append(seg)
    narrow = [b - a < MIN_COLUMN_SHARE * (right - left) for a, b in zip(bounds, bounds[1:])]
    if any(narrow):
        if narrow != [True, False]:
            return _in_column(stretch)  # a table with narrow columns: its rows are read across
        label_cells = _groups(columns[0])  # a narrow label column: a table
    else:
        label_cells = _label_cells(columns)
    if label_cells:
        return _by_table_row([_in_column(cell) for cell in label_cells], _in_column(columns[1]))
    return [seg for k, column in enumerate(columns) for seg in _in_column(column, page_left if k == 0 else None)]


def _in_column(lines: list[Line], left: float | None = None) -> list[Line]:
    """The lines, each told the left edge of the column they share (indents are relative to
    it): `left`, or where the leftmost of them starts."""
    if not lines:
        return lines
    left = min(line.x0 for line in lines) if left is None else left
    return [line.model_copy(update={"column_left": left}) for line in lines]
