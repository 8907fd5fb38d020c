"""Stage 2, the close read of every page: takes a path, returns `ReportDocument` (through
`start_read`, so the caller can do other work while worker processes read).

Glyphs come from pypdfium2 (glyphs.py) in positional terms only; everything here is
measured against the type it concerns, never in fixed points, so a large-print edition,
a tightly set page and a re-printed PDF read alike:

- words: glyphs on one baseline with less than a fraction of an em between them
  (a space is room for one, whether or not the writer drew a space character);
- rows: the words of one baseline (columns set on other baselines are other rows);
- gutters (gutters.py): x bands left empty on consecutive rows with text on both sides,
  found from the whitespace itself, so one, two, three or mixed columns on a page are
  all found without expecting positions; a page-wide blank band ends them;
- segments: a row cut at gutters, at very wide gaps, and at x edges where many rows
  start text (table cells);
- reading order: top to bottom, and column by column inside a stretch of columns (two
  lists each set in columns, one under the other, are two stretches; a table whose label
  column's cells start level with its other cells is read row by row, each label cell
  whole, then its actions; with two or more wide columns beside the labels, such as
  must / should, one wide column at a time, each cell after its row's label; a table
  headed by a row of bold cells, one over each column, has each cell read again at the
  top of its column in the table's later rows);
- each line carries the left edge of the column it is set in, so locate can follow an
  item's indents into the next column or over a page break into a column set elsewhere.

Overprinted fake-bold glyphs are de-duplicated and mark the line bold.
"""

import ctypes
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import takewhile
from pathlib import Path

from ..errors import DamagedPdf, PasswordRequired
from ..models.document import Line, Page, ReportDocument

from . import actual_text
from .askew import straightened
from .slanted_headers import slanted, spliced
from .clipped import clipped_out
from .column_rules import column_rule, ruled_parts
from .lanes import lanes_apart
from .leaflet_panels import panels
from .panel_folios import in_folio_order
from .regex_programs import compiled
from .sheet_grid import grid_cells
from .column_marks import marks_read, named_dots
from .field_labels import by_field, by_row, field_labels
from .glyphs import FAR, GUTTER_EM, LETTER_GAP_EM, LINE_END_HYPHENS, SOFT_HYPHEN, Glyph, object_matrix, page_glyphs, shape_bullets
from .gutters import (BASELINE_EM, JUSTIFIED_EDGE_EM, OFFSET_ROW_EM, SAME_TYPE, Gutter, active, even_gaps, find_gutters,
                      hung_out, SENTENCE_END, SHORT_LINE_EM, is_marker as _marker, justified_spaces)
from .hyphenation import is_word
from .ligatures import LOST, rejoined, restore
from .line_numbers import without_line_numbers
from .dot_leaders import without_leaders
from .glyph_rules import without_glyph_rules
from .quote_marks import without_quote_marks
from .sheet_headings import without_sheet_headings
from .tab_citations import citations_tabbed_in
from .centred_markers import centred_numbers_joined
from .bottom_markers import bottom_numbers_joined
from .citations import opens_with_citation
from .row_markers import counted_over_pages, markers_joined
from .merged_cells import merged_labels_first
from .turned_labels import labels_given, turned_labels
from .painted_over import painted_over
from .ground_colour import in_ground_colour
from .ring_order import ring_parts
from .form_fields import printed_fields
from .trailing_labels import labels_cut
from .page_objects import page_objects
from .parallel_text import without_parallel_text
from .inset_figures import lines_round_figures
from .callouts import callout_labels_first
from .small_caps import small_caps_size
from .stacked_letters import stacks_read
from .rules import Rule, page_rules, ruled_over
from .overstruck import without_overstruck
from .strikes import unstruck
from .drifting_lines import levelled
from .connectors import without_connectors
from .typed_grid import typed_grid
from .two_across import STEP_EM, two_across
from .hard_wraps import LEADING_EM as NEXT_BASELINE_EM, cut_at_wrap_column, fixed_pitch
from .zero_width import BREAK, broken_at, ends_broken
from .text import (BULLET_GLYPHS, LABEL_WORDS, STYLED_RATIO, body_size, bullet_marker, collapse_ws, is_list_marker,
                   TERMINAL, join_lines, kind_word, opens_lower)

# Gaps (in ems of the type beside them): wider than WORD_GAP_EM is a word space (a space is
# about a quarter of an em); narrower than LETTER_GAP_EM is inside a word (kerning); in
# between (tight or letter-spaced setting), the writer's space character decides, unless the
# page is set tight (`_tight_word_gap`).
WORD_GAP_EM = 0.2
# On a page set tight, an in-between gap is a word space when it is at least this share of
# the page's narrow word spaces (their lower quartile); a narrower one is a glyph box short
# of its advance (a ligature's) inside a word.
TIGHT_SPACE_SHARE = 0.75
# From this share up to TIGHT_SPACE_SHARE a gap is in doubt (a glyph box overhanging its
# advance, as a serif "f" does, narrows a word space; a ligature's box short of its advance
# widens a gap inside a word): a word space unless the letters either side read as one word
# that they do not read as two ("Staffi ng" joins, "staff complete" stays apart).
TIGHT_DOUBT_SHARE = 0.4
# A run-in label ("Services for children and young people:") is at most this many words (a heading's).
RUN_IN_WORDS = 16
# Two copies of one glyph this close (in ems) are one glyph printed twice (fake bold).
OVERPRINT_EM = 0.12
# Glyphs whose baselines differ by less than this (ems) sit on one printed baseline: a writer's
# rounding, not a second line.
PRINTED_BASELINE_EM = 0.01
# A superscript (an ordinal's "th", a note's mark): a run of smaller type, at most SUPERSCRIPT_WIDE_EM
# of the line's type wide, whose baseline is at most RAISED_EM of that type above the line's, set
# straight after one of the line's glyphs with no room for a space and over none of them.
RAISED_EM = 0.6
SUPERSCRIPT_WIDE_EM = 2.0
# A raised run of smaller type may also close its line a word space after it (up to this many ems of
# the line's type), however wide: a citation set small above the line after its full stop.
RAISED_SPACE_EM = 0.6
SMALLER_TYPE = 0.95
# Words further apart than this (in ems) belong to different segments of a row.
SEGMENT_GAP_EM = 2.2
# A word hung at least this many ems of the text left of a list's text edge, on a baseline of its own (more than
# OWN_BASELINE_EM from its text's) or set over the text's first word, marks the item (`_hung_words`).
HUNG_INDENT_EM, OWN_BASELINE_EM = 0.5, 0.05
# A middle dot no further from the words before it than this many times its space to its text after it
# parts two fields of a line (`_field_separator`).
SEPARATOR_RATIO, MIDDLE_DOT = 1.5, "\u00b7"
# Rows that must start text at one x before it counts as a cell edge.
MIN_COLUMN_ROWS = 3
# The least space (in ems) between the last word of a cell and a word at a cell edge.
COLUMN_GAP_EM = 0.8
# A word starts at a cell edge, and a cell's text ends flush at one x, within this many ems.
EDGE_EM = 0.15
# A space this many times a line's own widest word space (of its last WIDENED_WORDS words) and a
# quarter em (QUARTER_EM, a plain word space) of the next word's type is widened: no word space.
WIDENED_SPACE, WIDENED_WORDS, QUARTER_EM = 1.5, 4, 0.25
# A column narrower than this share of the text width is a table's label column: read by row.
MIN_COLUMN_SHARE = 0.22
# A gutter this many times wider than every other of its stretch, columns on both sides of it, parts
# two pages printed on one sheet.
SHEET_GUTTER_RATIO = 2.5
# A report of at most this many pages is read by this process alone (a worker would start after it was done).
READ_ALONE_PAGES = 6
# A line this far (in ems) below the last row of a gutter that has ended is on a row of its own
# under it (a column set a little lower shares that row).
RUN_ON_EM = 0.5
# A line set past the page box's side runs on past it with words this near (ems); text further off is
# another page's (a spread split by page box alone), which sets at least OTHER_PAGE_ROWS lines there.
PAST_BOX_EM, OTHER_PAGE_ROWS = 1.0, 5
# A label column right of a table's wide column is at most this share of its width.
RIGHT_LABEL_SHARE = 2 / 3
# A column with a third as many lines as another holds a table's labels: read by row too.
LABEL_COLUMN_RATIO = 3
# A table's header row heads the columns of the stretches below it while each follows the one
# above within this many ems (a row's padding), with at most this many rows across the table
# (a full-width row naming a service) between them.
HEAD_GAP_EM = 3.0
HEAD_ROWS_BETWEEN = 2
# A stretch opening with a row of cells, one under each header cell, goes on in the table over a
# gap this many times as deep (a web page's generous cell padding).
ROOMY_ROWS = 2.0
# Type this much larger than a table's header cells is no part of the table.
LARGER_TYPE = 1.05
# Header cells head their columns when the columns are about as wide as one another (within this ratio).
EVEN_COLUMNS_RATIO = 1.5
# Type this many times the size of the type beside it on a row is set in a cell or column of its own.
TYPE_APART_RATIO = 1.5
# One printed line follows another of its column within this many ems (top to top).
LEADING_EM = 1.5
# A line starting this many ems right of its column's text edge is set apart from its lines (no indent).
BADGE_EM = 3.0
# A list number's text follows it within this many ems (a hanging indent, or a tab stop's reach).
ITEM_TEXT_EM = 6.0


def start_read(path: Path, *, sha256: str, password: str | None = None,
               workers: int = 1) -> Callable[[], ReportDocument]:
    """Read every page; returns a function that gives the document.

    With `workers` > 1, forked processes (the glyph loop is Python) start reading pages, one at a
    time from the first, while the caller loads the next stages; when the function is called, this
    process reads, last first, every page no worker has started, so no core idles for longer than
    a page or two (handing out several pages at a time left this process waiting for a worker's
    last few, a tenth of an 82-page draft).
    """
    count = page_count(path, password)
    pages = list(range(1, count + 1))
    if workers <= 1 or count <= READ_ALONE_PAGES:
        return lambda: _document(path, sha256, count, _read_pages(path, password, pages))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_opens, initargs=(path, password))
    futures = [(number, pool.submit(_worker_reads, number)) for number in pages]

    def finish() -> ReportDocument:
        try:
            with open_pdf(path, password) as pdf:
                mine = [_read_checked(pdf, path, number) for number, future in reversed(futures) if future.cancel()]
            return _document(path, sha256, count, mine + [f.result() for _, f in futures if not f.cancelled()])
        finally:
            pool.shutdown(cancel_futures=True)

    return finish


def page_count(path: Path, password: str | None) -> int:
    with open_pdf(path, password) as pdf:
        return len(pdf)


def _document(path: Path, sha256: str, count: int, pages: list[Page]) -> ReportDocument:
    read_pages = bottom_numbers_joined(centred_numbers_joined(sorted(pages, key=lambda page: page.number)))
    return ReportDocument(file=path.name, sha256=sha256, page_count=count, pages=counted_over_pages(read_pages))


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
        self.pdf.init_forms()  # a form's fields get the appearance a viewer prints, where it has none (form_fields.py)
        return self.pdf

    def __exit__(self, *exc) -> None:
        self.pdf.close()


class _Worker:
    """A reader worker's report, opened once for all the pages it is given."""

    path: Path
    pdf = None


def _worker_opens(path: Path, password: str | None) -> None:
    import gc

    gc.freeze()  # the collector in a worker need not walk the objects it inherits (english.py `loading`)
    _Worker.path, _Worker.pdf = path, open_pdf(path, password).__enter__()


def _worker_reads(number: int) -> Page:
    return _read_checked(_Worker.pdf, _Worker.path, number)


def _read_pages(path: Path, password: str | None, numbers: list[int]) -> list[Page]:
    with open_pdf(path, password) as pdf:
        return [_read_checked(pdf, path, number) for number in numbers]


def _read_checked(pdf, path: Path, number: int) -> Page:
    import pypdfium2

    try:
        return _read_one(pdf, number)
    except pypdfium2.PdfiumError as exc:
        raise DamagedPdf(f"{path.name} is damaged: page {number} cannot be read ({exc})") from None


def _read_one(pdf, number: int) -> Page:
    printed = printed_fields(pdf, number - 1)
    turned_page = printed.get_rotation() in _TURNS
    page = _upright(printed)
    objects = in_ground_colour(page, painted_over(page, page_objects(page)))
    width, height = page.get_size()
    turned_faces = straightened(objects.page_text, objects.drawn, width, height)
    slant = None if turned_faces else slanted(objects.page_text, [object_matrix(obj) for obj in objects.page_text],
                                              objects.drawn, width, height)
    spans = actual_text.unmarked(objects.text)
    textpage = page.get_textpage()
    try:
        splits = frozenset(actual_text.split_points(textpage, spans))
        unseen = clipped_out(textpage, objects.page_text)
        turned: list[int] = []
        if turned_faces:  # a sheet read from several sides: the upright face, then each one turned upright
            faces = [_face(page, textpage, objects, splits, unseen, [obj for face in turned_faces for obj in face]),
                     *(_face(page, textpage, objects, splits, unseen, face, upright=False) for face in turned_faces)]
        elif slant:  # the slanted headers read level, apart, and put back where they stand (`spliced`)
            faces = [_face(page, textpage, objects, splits, unseen, slant.objects, turned=turned)]
            headers = _face(page, textpage, objects, splits, unseen, slant.objects, upright=False)
        else:
            faces = [_face(page, textpage, objects, splits, unseen, turned=turned)]
        labels = turned_labels(textpage, turned, height, objects.page_paths, faces[0][2]) if turned else []
        parts = [_visible(page, width, height, part, kept, turned_page)
                 for part, kept in in_folio_order([(part, kept) for ruled, kept, _ in faces for part in ruled], width)]
        read = [half for part, kept in parts if part for half in _halves_read(part, number, width, height, kept)] \
            or [read_page([], number, width, height)]
        kept = {id(line) for line in without_parallel_text([line for page_part in read for line in page_part.lines])}
        # a row split round an inset figure is one part's (one panel's, one face's): parts read apart are never joined
        lines = [line for page_part in read for line in lines_round_figures([l for l in page_part.lines if id(l) in kept])]
        if labels:
            lines = labels_given(lines, _visible(page, width, height, labels, [], turned_page)[0], number)
        if slant:
            lines = spliced(lines, [line for part in headers[0] for half in _halves_read(part, number, width, height, headers[1])
                                    for line in half.lines], slant, height)
        return read[0].model_copy(update={"lines": lines})
    finally:
        textpage.close()
        page.close()


def _halves_read(glyphs: list[Glyph], number: int, width: float, height: float, rules: list[Rule]) -> list[Page]:
    """The part as laid out; a table printed two across in it (two_across.py) read as two pages, its left
    half (with all else) before its right half."""
    page = read_page(glyphs, number, width, height, rules)
    found = two_across(page.lines)
    if found is None:
        return [page]
    cut, top, end = found

    def right(x0: float, y: float, size: float) -> bool:
        return x0 >= cut - STEP_EM * size and top <= y < end

    glyphs_right = [g for g in glyphs if right(g.x0, g.top, g.size)]
    rules_right = [r for r in rules if right(r.x0, r.y, 0.0)]
    return [read_page([g for g in glyphs if not right(g.x0, g.top, g.size)], number, width, height,
                      [r for r in rules if not right(r.x0, r.y, 0.0)]),
            read_page(glyphs_right, number, width, height, rules_right)]


def _face(page, textpage, objects, splits: frozenset[int], unseen: frozenset[int], back: list = (), upright: bool = True,
          turned: list[int] | None = None) -> tuple[list[list[Glyph]], list[Rule], list[Rule]]:
    """One face of the page (the objects `back` holds, turned upright, or the others: all of them on a
    page printed one way up), its glyphs split into the parts read in turn (a sheet's grid of pages,
    column rules, a leaflet's panels; a mark in a column headed with a kind or a service read as its
    heading, column_marks.py), and its level rules: those a strike does not take, and all as drawn
    (turned_labels.py reads labels' cells from them)."""
    width, height = page.get_size()
    paths = [obj for obj in objects.page_paths if (obj in back) != upright]
    marks = [obj for obj in objects.marks if (obj in back) != upright]
    face = (frozenset(ctypes.addressof(obj.raw.contents) for obj in back), not upright) if back else None
    rings: list = []
    glyphs, shapes = page_glyphs(page, textpage, marks, splits, turned, face, rings, unseen=unseen)
    glyphs = broken_at(glyphs, actual_text.breaks(objects.text, height))
    drawn_rules = page_rules(paths, height)
    glyphs, rules = unstruck(without_overstruck(glyphs), drawn_rules)
    glyphs = levelled(glyphs)
    glyphs = glyphs + shape_bullets(shapes, glyphs, rules) + \
        named_dots(paths, objects.page_text, textpage, height, glyphs, rules)
    return [panel for ring_part in ring_parts(glyphs, rings, height)
            for cell in map(marks_read, grid_cells(ring_part, width, height))
            for part in ruled_parts(cell, column_rule(paths, height, cell, rules))
            for panel in panels(part, width)], rules, drawn_rules


# The turn from a page's own axes to the axes a reader sees, per /Rotate (clockwise), as the
# matrix's (a, b, c, d) and its move given the crop box (x0, y0, x1, y1) (PDF 32000 §7.7.3.3).
_TURNS = {90: ((0, -1, 1, 0), lambda x0, y0, x1, y1: (-y0, x1)),
          180: ((-1, 0, 0, -1), lambda x0, y0, x1, y1: (x1, y1)),
          270: ((0, 1, -1, 0), lambda x0, y0, x1, y1: (y1, -x0))}


def _upright(page):
    """The page with a /Rotate turned into its content: a landscape table on a portrait sheet
    printed with /Rotate 90 is drawn sideways in the page's own axes, where every glyph reads
    as a tilted one (and is left out); turned, it reads as the reader sees it."""
    import pypdfium2
    import pypdfium2.raw as raw_api

    turn = page.get_rotation()
    if turn not in _TURNS:
        return page
    box = page.get_cropbox()
    (a, b, c, d), move = _TURNS[turn]
    matrix = pypdfium2.PdfMatrix(a, b, c, d, *move(*box))
    for obj in list(page.get_objects(max_depth=1)):
        obj.transform(matrix)
        raw_api.FPDFPageObj_TransformClipPath(obj.raw, *matrix.get())  # its clip turns with it (clipped.py)
    width, height = box[2] - box[0], box[3] - box[1]
    if turn != 180:
        width, height = height, width
    page.set_rotation(0)
    page.set_mediabox(0, 0, width, height)
    page.set_cropbox(0, 0, width, height)
    return page


def _visible(page, width: float, height: float, glyphs: list[Glyph], rules: list[Rule],
             turned: bool = False) -> tuple[list[Glyph], list[Rule]]:
    """Glyphs and rules measured from the visible page's top left corner (its crop box), those
    outside it left out. PDFium measures from the corner of the sheet, which a printer's file makes
    larger than the page to hold crop marks and a proof line; a reader sees the page only. A box at
    the sheet's corner leaves out what lies beside it only when OTHER_PAGE_ROWS rows or more hold text
    set clear beyond its side (a spread split into its pages by box alone: the other page's lines),
    not a line or two a writer set too long (`_run_on_shown`); a page `_upright` turned keeps its
    text (PDFium still gives its size as the sheet's)."""
    import pypdfium2.raw as raw_api

    box = raw_api.FS_RECTF()  # the crop box within the media box, each as the page or its parents set it
    if not raw_api.FPDF_GetPageBoundingBox(page.raw, box):
        return glyphs, rules
    dx, dy = box.left, box.top - height
    kept = [r._replace(x0=max(r.x0 - dx, 0), x1=min(r.x1 - dx, width), y=r.y + dy) for r in rules]
    kept = [r for r in kept if r.x0 < r.x1 and 0 <= r.y <= height]
    if not dx and not dy:
        if turned or sum(not _shown(g, width, height) for g in glyphs) < OTHER_PAGE_ROWS:
            return glyphs, rules  # too few glyphs off the box to fill OTHER_PAGE_ROWS rows (most pages: none)
        rows = [(row, _run_on_shown(row, width, height)) for row in _baselines(glyphs)]
        if sum(len(shown) < len(row) for row, shown in rows) < OTHER_PAGE_ROWS:
            return glyphs, rules
        return [g for _, shown in rows for g in shown], kept
    moved = (g._replace(x0=g.x0 - dx, x1=g.x1 - dx, top=g.top + dy, bottom=g.bottom + dy,
                        base=None if g.base is None else g.base + dy) for g in glyphs)
    return [g for g in moved if _shown(g, width, height)], kept


def _shown(g: Glyph, width: float, height: float) -> bool:
    return g.x1 > 0 and g.x0 < width and g.bottom > 0 and g.top < height


def _run_on_shown(row: list[Glyph], width: float, height: float) -> list[Glyph]:
    """A row's glyphs the page shows, with the words its line runs on with past the box's side, each a
    word space or less from the last (a writer's line set too long); text set clear of the shown part (the
    spread's other page) is not on this page."""
    row = sorted(row, key=lambda g: g.x0)
    shown = [k for k, g in enumerate(row) if _shown(g, width, height)]
    if not shown:
        return []
    first, last = shown[0], shown[-1]
    while first > 0 and row[first].x0 - row[first - 1].x1 <= PAST_BOX_EM * row[first].size:
        first -= 1
    while last + 1 < len(row) and row[last + 1].x0 - row[last].x1 <= PAST_BOX_EM * row[last].size:
        last += 1
    return row[first:last + 1]


def read_page(glyphs: list[Glyph], number: int, width: float, height: float, rules: list[Rule] = ()) -> Page:
    """Lay one page's glyphs out as lines in reading order; `rules`, the page's drawn level rules
    (rules.py), end columns at the edges of a row of boxes."""
    baselines, typed = typed_grid(_baselines(without_connectors(stacks_read(glyphs))))
    rules = [*rules, *typed]
    tight = _tight_word_gap(baselines)
    rows = citations_tabbed_in(without_sheet_headings(without_line_numbers(without_leaders(_attach_markers(_hung_words(without_quote_marks(without_glyph_rules(sorted((_words(line, *((None, spacing) if (spacing := _letter_spacing(line)) else (tight, None)))
                                   for line in baselines),
                                  key=lambda row: min(w["top"] for w in row))))))))))
    spaces = [justified_spaces(row) for row in rows]  # asked by gutters, segments and cell edges alike
    gutters = find_gutters(rows, spaces, rules)
    beside = [tuple(active(gutters, row)) for row in rows]
    grouped = [_gap_groups(row, list(near), stretched) for row, near, stretched in zip(rows, beside, spaces)]
    edges = _cell_edges([g for groups in grouped for g in groups])
    ends = _cell_ends(grouped, edges)
    cut = [_split_at_edges(groups, edges, stretched, ends) for groups, stretched in zip(grouped, spaces)]
    lines = [[_to_line(g, number) for g in labels_cut(groups, cut[n + 1][0] if n + 1 < len(cut) else None)]
             for n, groups in enumerate(cut)]
    split = {(w["x1"], w["top"]): w["lost"] for row in rows for w in row if w.get("lost")}
    read = cut_at_wrap_column(rejoined(markers_joined(callout_labels_first(merged_labels_first(_reading_order(lines, beside), rules), rules)), split))
    return Page(number=number, width=float(width), height=float(height), lines=_ruled_over(read, rules))


def _ruled_over(lines: list[Line], rules: list[Rule]) -> list[Line]:
    """The lines, each a rule is drawn just over marked so (`Line.ruled_over`); a line read twice (a
    label cell read again before each column) stays one line, read twice."""
    marked: dict[int, Line] = {}
    for line in lines:
        if id(line) not in marked:
            marked[id(line)] = line.model_copy(update={"ruled_over": True}) \
                if ruled_over(rules, line.x0, line.top, line.size) else line
    return [marked[id(line)] for line in lines]


# ---- glyphs -> words ------------------------------------------------------------------

def _baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs that share a baseline, each group sorted left to right. A printed line joins the
    line above whole or not at all: another column's line set BASELINE_EM lower is not cut in
    two by its glyphs' rounding either side of that limit."""
    lines: list[list[Glyph]] = []
    for printed in _superscripts_set_down(_printed_baselines(glyphs)):
        size = max(g.size for g in printed)
        if lines and printed[0].baseline - lines[-1][0].baseline <= BASELINE_EM * max(size, lines[-1][0].size):
            lines[-1].extend(printed)
        else:
            lines.append(printed)
    return [part for line in lines for part in _untangled(sorted(line, key=lambda g: g.x0))]


def _printed_baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """The glyphs top down, grouped by the baseline they are printed on (within PRINTED_BASELINE_EM
    of the group's first)."""
    groups: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.baseline, g.x0)):
        if groups and g.baseline - groups[-1][0].baseline <= PRINTED_BASELINE_EM * g.size:
            groups[-1].append(g)
        else:
            groups.append([g])
    return groups


def _superscripts_set_down(groups: list[list[Glyph]]) -> list[list[Glyph]]:
    """Each raised run of smaller type set on the line it is part of (see RAISED_EM): a reader
    reads "the 30th September" as one line, the "th" where it is printed, not as a line of its own."""
    reach = RAISED_EM * max((g.size for group in groups for g in group), default=0)
    largest = [max(g.size for g in group) for group in groups]  # never raised by a run set down on it
    for k, group in enumerate(groups):
        # only lines below within reach can host a run, and only in type larger than the run's
        # (checked per line before per run: most pages have no superscript at all)
        lowest = max(g.baseline for g in group)
        near = list(takewhile(lambda j: groups[j][0].baseline - lowest <= reach, range(k + 1, len(groups))))
        if not near or min(g.size for g in group) > SMALLER_TYPE * max(largest[j] for j in near):
            continue
        runs: list[list[Glyph]] = []
        for g in sorted(group, key=lambda g: g.x0):  # cut where there is room for a space
            if runs and g.x0 - runs[-1][-1].x1 < WORD_GAP_EM * g.size:
                runs[-1].append(g)
            else:
                runs.append([g])
        last: tuple[list[Glyph], list[Glyph]] | None = None  # the run set down before, and its host
        for run in runs:
            size, base = max(g.size for g in run), run[0].baseline
            host = next((groups[j] for j in near if groups[j][0].baseline - base <= reach
                         and size <= SMALLER_TYPE * largest[j] and _raised_on(run, groups[j])), None)
            if host is None and last is not None and _raised_words_go_on(last[0], run, last[1]):
                host = last[1]
            if host is not None:
                host.extend(run)
                group[:] = [g for g in group if g not in run]
                last = run, host
    return [group for group in groups if group]


def _raised_on(run: list[Glyph], line: list[Glyph]) -> bool:
    """`run` is a superscript of `line`, a printed baseline below it: set straight after one of its
    glyphs, over none of them, in smaller type raised at most RAISED_EM of that glyph's type; or
    closing the line a word space after its last glyph, however wide (`_closes_raised`)."""
    left, right = run[0].x0, run[-1].x1
    before = next((g for g in line if -LETTER_GAP_EM * g.size <= left - g.x1 < WORD_GAP_EM * g.size), None)
    wide = before is None or right - left > SUPERSCRIPT_WIDE_EM * before.size
    if wide and (closing := _closes_raised(run, line)) is not None:
        before, wide = closing, False
    if before is None or wide or max(g.size for g in run) > SMALLER_TYPE * before.size \
            or line[0].baseline - run[0].baseline > RAISED_EM * before.size:
        return False
    return not any(g.x0 < right - LETTER_GAP_EM * g.size and g.x1 > left + LETTER_GAP_EM * g.size for g in line)


def _closes_raised(run: list[Glyph], line: list[Glyph]) -> Glyph | None:
    """The line's last glyph, when `run` starts a word space after it (up to RAISED_SPACE_EM of its
    type) and nothing of the line lies right of that: a raised citation closing the line."""
    last = max(line, key=lambda g: g.x1)
    gap = run[0].x0 - last.x1
    return last if WORD_GAP_EM * last.size <= gap <= RAISED_SPACE_EM * last.size else None


def _raised_words_go_on(before: list[Glyph], run: list[Glyph], host: list[Glyph]) -> bool:
    """`run` is the next word of the raised run set down on `host` before it: its type, on its
    baseline, a word space of that type after it, over none of the host's glyphs."""
    size, gap = before[-1].size, run[0].x0 - before[-1].x1
    return (abs(max(g.size for g in run) - size) < 0.05 * size and abs(run[0].baseline - before[0].baseline) < 0.05 * size
            and WORD_GAP_EM * size <= gap <= RAISED_SPACE_EM * size
            and not any(g.x1 > run[0].x0 and g.x0 < run[-1].x1 for g in host if g not in before))


def _untangled(line: list[Glyph]) -> list[list[Glyph]]:
    """Two printed lines a little apart on nearly one baseline, their glyphs set over one
    another (a floated panel's last line running under a page's footer): each is a line of its
    own, split where their baselines part most. One line's glyphs never overlap (a fake bold's
    second copy aside), so a superscript or a ligature's own font stays on its line."""
    if not any(a.x1 > b.x0 and _overlap(a, b) for a, b in zip(line, line[1:])):  # most runs end before the next starts
        return [line]
    bases = sorted({g.baseline for g in line})
    if len(bases) < 2:
        return [line]
    _, cut = max((b - a, (a + b) / 2) for a, b in zip(bases, bases[1:]))
    return [part for side in ([g for g in line if g.baseline < cut], [g for g in line if g.baseline > cut])
            for part in _untangled(side)]


def _overlap(a: Glyph, b: Glyph) -> bool:
    """`b` (starting right of `a`'s start) is set over `a`, by more than half the narrower, and is
    no second copy of it."""
    narrower = min(a.x1 - a.x0, b.x1 - b.x0)
    copy = a.text == b.text and abs(a.x0 - b.x0) < OVERPRINT_EM * a.size
    return not copy and narrower > 0 and a.x1 - b.x0 > narrower / 2


def _tight_word_gap(lines: list[list[Glyph]]) -> float | None:
    """A page's narrow word space (ems: the lower quartile of its narrow gaps) when it is set
    tight, or None. Such a page sets its words a
    fraction of a usual space apart (and often draws each alone, with no space characters,
    or with spaces PDFium made up only where it judged the gap wide enough): on its lines,
    most gaps between runs of letters are too narrow for a usual space and too wide for
    kerning. On an ordinary page such a gap is a glitch (a ligature's box short of its
    advance) on a line whose words are parted by wider gaps. A page is set tight when at
    least half its lines with narrow gaps part most of their words with them."""
    narrow: list[float] = []
    with_narrow = tight = 0
    for line in lines:
        gaps = _kerned_run_gaps(line)
        mine = [gap for gap in gaps if LETTER_GAP_EM < gap <= WORD_GAP_EM]  # letter-spaced type parts single letters
        if mine:
            with_narrow += 1
        if len(mine) >= 2 and len(mine) > sum(gap > WORD_GAP_EM for gap in gaps):
            tight += 1
            narrow += mine
    if not tight or 2 * tight < with_narrow:
        return None
    return sorted(narrow)[len(narrow) // 4]


def _kerned_run_gaps(line: list[Glyph]) -> list[float]:
    """The gaps (ems) between the line's glyph runs joined where no more than kerning parts them, each
    run of two characters or more: a re-printer (Ghostscript) cuts a word into pieces at its kerning, a
    single letter among them ("Th" / "e" / "prov" / "ider"), and the gaps between words are between
    those pieces; a letter-spaced line's single letters stay apart. One pass over the line's glyphs
    (every line of every page is asked), no run built."""
    gaps: list[float] = []
    if not line:
        return gaps
    letters = len(line[0].text)  # the open run's characters
    before = None  # the gap before the open run, when the run before it has two characters or more
    for a, b in zip(line, line[1:]):
        gap = (b.x0 - a.x1) / max(a.size, b.size)
        if gap <= LETTER_GAP_EM:
            letters += len(b.text)
            continue
        if before is not None and letters > 1:
            gaps.append(before)
        before, letters = (gap if letters > 1 else None), len(b.text)
    if before is not None and letters > 1:
        gaps.append(before)
    return gaps


def _tight_space(gap: float, tight: float, word: list[Glyph], after: Glyph) -> bool:
    """On a page set tight (`tight`: its narrow word space), whether a gap of `gap` ems between
    the word so far and the next run is a word space (see TIGHT_DOUBT_SHARE)."""
    if gap >= TIGHT_SPACE_SHARE * tight:
        return True
    if gap < TIGHT_DOUBT_SHARE * tight:
        return False
    a, b = _letters_either_side(word, after)
    return not (a and b and _reads(a + b) and not (_reads(a) and _reads(b)))


def _two_words(word: list[Glyph], after: Glyph) -> bool:
    """The letters either side of a gap read as two words and not as one ("of" / "regulation"): on
    an ordinary page a gap too narrow for a usual space, with no space character, is still a word
    space there (a serif "f" overhanging its advance narrows it; re-printers drop the characters).
    A word of two letters or more before a run opening with a digit is two words too ("Regulations"
    / "2014."): nothing inside a word widens a gap before a digit (a ligature's short box ends
    letters), and a single letter stays on ("E2", a grade or a room)."""
    a, b = _letters_either_side(word, after)
    if not b and after.text[:1].isdigit():
        return len(a) >= 2 and _reads(a)
    return bool(a and b) and _reads(a) and _reads(b) and not _reads(a + b)


def _after_stop(word: list[Glyph], after: Glyph) -> bool:
    """The word so far ends a word of two letters or more with a stop (". , ; : ? !") and the next
    run opens a word or a bracket ("guidance." / "(Regulation 18(1))"): on an ordinary page a gap
    too narrow for a usual space, with no space character, is still a word space there, as no
    word goes on past its stop ("e.g." and "a.m." stop after one letter; "3.5" opens with a digit)."""
    return bool(_AFTER_STOP.search("".join(g.text for g in word))) and bool(re.match(r"[^\W\d_]|[(\[‘“]", after.text))


_AFTER_STOP = compiled(r"[^\W\d_]{2}[.,;:?!]$")


def _letters_either_side(word: list[Glyph], after: Glyph) -> tuple[str, str]:
    """The letters ending the word so far (a ligature's lost tail among them: its box, short of its
    advance, widens the gap after it) and opening the next run, lower case."""
    a = _LETTERS_ENDING.search("".join(g.text for g in word)).group(0).lower()
    return a, re.match(r"[^\W\d_]*", after.text).group(0).lower()


_LETTERS_ENDING = compiled(rf"(?:[^\W\d_]|{LOST})*$")


def _reads(letters: str) -> bool:
    """The letters make a word, a lost ligature tail in them filled in as the word needs."""
    return is_word(restore(letters) if LOST in letters else letters)


def _letter_spacing(line: list[Glyph]) -> float | None:
    """The letter spacing (ems) of a letter-spaced line, or None: most of its gaps part single
    letters wider than kerning (a line drawn glyph by glyph parts most of them by less), the
    narrowest quarter of those the spacing (a word's gap there is the spacing and a space)."""
    pairs = list(zip(line, line[1:]))
    singles = [(a, b) for a, b in pairs if len(a.text) == 1 and len(b.text) == 1]
    if 2 * len(singles) <= len(pairs):
        return None  # most gaps part longer runs (most lines): none is measured
    parted = sorted(gap for a, b in singles if (gap := (b.x0 - a.x1) / max(a.size, b.size)) > LETTER_GAP_EM)
    if len(parted) < 2 or 2 * len(parted) <= len(pairs):
        return None
    return parted[len(parted) // 4]


def _spaced_letters(a: Glyph, b: Glyph) -> bool:
    """Two runs side by side on a letter-spaced line are letters of its words: single letters, or a
    single letter beside a kerned pair (kerning sets "L" and "T" of "ADULTS" closer than the spacing,
    so they come as one run of two, which is no word of its own there)."""
    return min(len(a.text), len(b.text)) == 1 and max(len(a.text), len(b.text)) <= 2


def _words(line: list[Glyph], tight: float | None = None, spacing: float | None = None) -> list[dict]:
    """Join a baseline's glyph runs into words where there is no room for a space between
    them (runs split by a shuffled or re-printed content stream meet again); drop overprints.
    `tight`: the page's least word space when it is set tight; `spacing`: the line's letter
    spacing when it is letter-spaced (single letters set further apart than a word space stay
    one word up to half a word space wider, a kerned pair among them too: "S A F E" reads "SAFE",
    whatever space characters the writer or PDFium put between them; words beside them in a column
    of their own are spaced as usual)."""
    spaced_gap = max(WORD_GAP_EM, spacing + WORD_GAP_EM / 2) if spacing else WORD_GAP_EM
    words: list[dict] = []
    current: list[Glyph] = []
    for g in line:
        if current:
            prev = current[-1]
            em = max(prev.size, g.size)
            if abs(g.x0 - prev.x0) <= OVERPRINT_EM * em and (prev.text.startswith(g.text) or g.text.startswith(prev.text)):
                # one run printed twice (fake bold), the copy perhaps cut into runs elsewhere: the longer stands
                current[-1] = (prev if len(prev.text) >= len(g.text) else g)._replace(bold=True)
                continue
            gap = (g.x0 - prev.x1) / em
            letters = spacing is not None and _spaced_letters(prev, g)  # the line's spacing decides
            word_gap = spaced_gap if letters else WORD_GAP_EM
            if gap > word_gap or WORD_GAP_EM >= gap > LETTER_GAP_EM and not letters and (
                    g.spaced or (_tight_space(gap, tight, current, g) if tight is not None
                                 else _two_words(current, g) or _after_stop(current, g))) \
                    or prev.text in BULLET_GLYPHS:
                words.append(_word(current))
                current = []
        current.append(g)
    if current:
        words.append(_word(current))
    for before, word in zip(words, words[1:]):
        if word["marker"] and word["text"] not in BULLET_GLYPHS \
                and word["x0"] - before["x1"] < GUTTER_EM * min(word["size"], before["size"]):
            word["marker"] = False  # "18)" closing "(Reg 18)", not a list number: no room before it (in the
            # smaller type: a dash bullet set larger than its text, reportlab's 12 pt, opens a narrow column)
    for word, after in zip(words, words[1:] + [None]):
        if word["marker"] and word["text"].endswith(")") and "(" not in word["text"] and (
                after is None or after["x0"] - word["x1"] > ITEM_TEXT_EM * word["size"]):
            word["marker"] = False  # "18)" alone in its column, the end of "(Reg" / "18)": no item follows it (a
            # number in brackets of its own, "(a)", may be centred beside its row's lines: still a number)
    return words


def _word(glyphs: list[Glyph]) -> dict:
    first = glyphs[0]
    if len(glyphs) == 1:  # most words are one run of glyphs (a page has hundreds of words)
        text, x1, top, bottom, size = first.text, first.x1, first.top, first.bottom, first.size
    else:
        text = "".join(g.text for g in glyphs)
        sizes = sorted(g.size for g in glyphs)
        x1, top, bottom = max(g.x1 for g in glyphs), min(g.top for g in glyphs), max(g.bottom for g in glyphs)
        size = sizes[len(sizes) // 2]
    lost = None
    if LOST in text:
        # split at a line end right after the lost tail ("suf?-"): its next line decides it (`rejoined`)
        lost = text if text[-1] in LINE_END_HYPHENS and text[-2:-1] == LOST else None
        text = restore(text)
    broken = False
    if BREAK in text:  # nothing inside the word; at its end, where its line may break (zero_width.py)
        text, broken = ends_broken(text)
    if len(text) == 1 and (first.symbol or text < " "):
        text = "•"  # Word's Wingdings bullet is "l", its square "n"; a re-printed one may have lost its
        # character altogether: a lone glyph of either kind is what a reader sees as a bullet
    return {
        "text": text,
        "x0": first.x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "size": size,
        "chars": glyphs,
        "marker": is_list_marker(text),  # asked once: the gutter sweep asks for every row beside a band
        "lost": lost,
        "broken": broken,
    }


# ---- words -> rows (gutters.py finds the columns) ---------------------------------------------------------

def _attach_markers(rows: list[list[dict]]) -> list[list[dict]]:
    """A bullet set on its own baseline (a small dingbat centred on the line, or one drawn
    in another font whose extent differs) joins the row it sits beside when nothing follows
    it on its own row: the line whose extent holds its middle and whose text starts just
    right of it. Its own row may hold other columns' text, but not the text of that line's column:
    a word after it there, set further out than a hanging indent (a tab after a bullet in small
    type), is its own line's, which the line beside it only wraps under."""
    for row in rows:
        for word in [w for w in row if _marker(w) and not _followed(w, row)]:
            middle = (word["top"] + word["bottom"]) / 2
            host = next((r for r in rows if r and r is not row and min(w["top"] for w in r) <= middle <= max(w["bottom"] for w in r)
                         and any(0 <= w["x0"] - word["x1"] <= 3 * w["size"] and not _marker(w) for w in r)), None)
            if host is not None and not _followed_in_column(word, row, host):
                row.remove(word)
                host.append(word)
                host.sort(key=lambda w: w["x0"])
    return [row for row in rows if row]


def _hung_words(rows: list[list[dict]]) -> list[list[dict]]:
    """A word a list prints as its items' marker where a bullet glyph would stand ("bullet", "item"): left of the
    text edge the item's lines share, by more than HUNG_INDENT_EM and with no gutter's width between it and the
    text, on a baseline of its own (a row of its own beside the item's first line, or a little off that line's) or
    set over the line's first word. It marks the item, whatever its glyphs: read as the bullet it stands for (as
    `_word` reads a symbol font's lone glyph), its box ending where the text starts, so `_attach_markers` sets it at
    the item's start and the item's text is what follows it, never the marker read between its lines. The edge is
    a list's when another line near (an item's wrapped line, or the next item's) starts at it, nothing left of it
    over the marker's place: a short line beside a paragraph's first line is no marker. A number keeps its own
    reading (a step's number beside its box, `row_markers`): it says which item, not only where one starts."""
    for row in rows:
        for n, word in enumerate(row):
            if word["marker"] or n and word["x0"] - row[n - 1]["x1"] < GUTTER_EM * word["size"] \
                    or any(c.isdigit() for c in word["text"]):
                continue
            after = row[n + 1] if n + 1 < len(row) else None
            if after is not None and (after["x0"] < word["x1"] or abs(_base(after) - _base(word)) > OWN_BASELINE_EM * after["size"]) \
                    and after["x0"] - word["x0"] >= HUNG_INDENT_EM * after["size"]:
                host = row  # set a little off its text's baseline, or over its first word, on the text's row
            elif not _followed(word, row):
                middle = (word["top"] + word["bottom"]) / 2
                host = next((r for r in rows if r is not row and r and min(w["top"] for w in r) <= middle <= max(w["bottom"] for w in r)), None)
                after = next((w for w in host if w["x0"] - word["x0"] >= HUNG_INDENT_EM * w["size"]), None) if host else None
                if after is None or any(w["x1"] > word["x0"] and w["x0"] < after["x0"] for w in host):
                    continue
            else:
                continue
            edge, size = after["x0"], after["size"]
            if edge - word["x1"] < GUTTER_EM * size and edge - word["x0"] <= ITEM_TEXT_EM * size \
                    and _list_edge(rows, (row, host), word["x0"], edge, min(w["top"] for w in host), size):
                word.update(text="•", marker=True, x1=min(word["x1"], edge))
    return rows


def _base(word: dict) -> float:
    return word["chars"][0].baseline


def _list_edge(rows: list[list[dict]], own: tuple, left: float, edge: float, top: float, size: float) -> bool:
    """Another row within a few lines of `top` starts text at `edge`, nothing of it between `left` and the edge."""
    reach = 3 * LEADING_EM * size
    return any(all(r is not o for o in own) and abs(min(w["top"] for w in r) - top) <= reach
               and any(abs(w["x0"] - edge) <= EDGE_EM * size for w in r)
               and not any(w["x1"] > left and w["x0"] < edge - EDGE_EM * size for w in r) for r in rows)


def _followed_in_column(word: dict, row: list[dict], host: list[dict]) -> bool:
    """The word's own row goes on right of it inside the extent of the host's line after it (the
    host's words from the first right of the word, up to a gutter's gap): in that line's column."""
    after = sorted((w for w in host if w["x0"] >= word["x1"] and not _marker(w)), key=lambda w: w["x0"])
    end = after[0]["x1"]
    for a, b in zip(after, after[1:]):
        if b["x0"] - a["x1"] >= GUTTER_EM * b["size"]:
            break
        end = b["x1"]
    own = min((w["x0"] for w in row if w["x0"] >= word["x1"] and not _marker(w)), default=FAR)
    return own < end


def _followed(word: dict, row: list[dict]) -> bool:
    """Text follows the word on its row within a bullet's hanging indent."""
    return any(0 <= w["x0"] - word["x1"] <= 3 * w["size"] for w in row if w is not word)


# ---- rows -> segments ------------------------------------------------------------------

def _gap_groups(row: list[dict], gutters: list[Gutter], spaces: list[tuple[float, float]]) -> list[list[dict]]:
    """Cut a row at the gutters it sits beside and where two words are much further apart
    than a word space (but not at the evenly stretched spaces of a justified line, `spaces`)."""
    groups: list[list[dict]] = [[row[0]]]
    for word, after in zip(row[1:], row[2:] + [None]):
        prev = groups[-1][-1]
        across = any(prev["x1"] <= g.lo + 0.5 and (word["x0"] >= g.hi - 0.5 or hung_out(word, after, g))
                     for g in gutters) and not (
            len(groups[-1]) == 1 and _marker(prev) and _followed(prev, [word]))  # a list number keeps its item's text
        gap = _gap(groups[-1], word)
        wide = gap > SEGMENT_GAP_EM * prev["size"] and not _after_stretched_space(word, spaces) or _type_apart(prev, word, gap)
        if wide and abs(word["size"] - prev["size"]) < 0.02 * prev["size"] and (
                any(abs(word["x1"] - g.lo) < 0.5 for g in gutters) or _at_last_edge(word, gutters)):
            wide = False  # a justified line's one stretched space: its last word set flush at the column's edge (same type)
        if across or wide or _opens_item_beside(groups[-1], word, row, spaces, gap):
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups


def _type_apart(prev: dict, word: dict, gap: float) -> bool:
    """The word is set in type of a very different size from the word before (`TYPE_APART_RATIO`),
    a gutter's width of the smaller type away: a cell or note of its own (a side note in small type
    a little way right of a statement in large type), however narrow the space in the larger type's ems."""
    small, large = sorted((prev["size"], word["size"]))
    return large >= TYPE_APART_RATIO * small and gap >= GUTTER_EM * small


def _after_stretched_space(word: dict, spaces: list[tuple[float, float]]) -> bool:
    """The word starts where one of a justified line's stretched spaces ends."""
    return any(abs(word["x0"] - hi) < 0.5 for _, hi in spaces)


def _opens_item_beside(group: list[dict], word: dict, row: list[dict], spaces: list[tuple[float, float]], gap: float) -> bool:
    """A bullet or list number with its text after it, a gutter's width or more after the words
    before it on its row (not one of a justified line's stretched spaces): a list item set in
    the next column beside them (a heading at the foot of one column, the item at the top of
    the next, on one baseline), however few rows the columns share there. `gap`: `_gap(group, word)`.
    Not a mark inside a heading's run (`_heading_goes_on`)."""
    return (_marker(word) and _followed(word, row) and not _marker(group[-1])
            and (gap >= GUTTER_EM * word["size"] or _justified_run_ended(group, gap, spaces))
            and not _after_stretched_space(word, spaces) and not _heading_goes_on(group, word, row)
            and not _field_separator(word, row, gap))


def _field_separator(word: dict, row: list[dict], gap: float) -> bool:
    """A middle dot set about as far from the words before it as from its text after it: the separator
    between two fields of a line of facts ("X NHS Trust · Trust Board (Public) · 4 September 2025", a paper's
    running head), not an item's bullet beside them, hung a gutter before its text and a space from it."""
    after = min((w["x0"] - word["x1"] for w in row if w["x0"] >= word["x1"]), default=None)
    return word["text"] == MIDDLE_DOT and after is not None and 0 < gap <= SEPARATOR_RATIO * after


def _heading_goes_on(group: list[dict], word: dict, row: list[dict]) -> bool:
    """The words before the mark are bold, and every word after it on the row, up to a gutter's gap,
    is in their bold type and size: a heading's line going on past a mark set a few spaces on
    ("Urgent and emergency care   ↓ Requires improvement", a rating's trend arrow), not an item
    beside the heading, whose text (a bold run-in label at most) is set in the text's type."""
    if not all(g.bold for w in group for g in w["chars"]):
        return False
    size = group[-1]["size"]
    after = sorted((w for w in row if w["x0"] >= word["x1"]), key=lambda w: w["x0"])
    run = after[:1]
    for a, b in zip(after, after[1:]):
        if b["x0"] - a["x1"] >= GUTTER_EM * b["size"]:
            break
        run.append(b)
    return bool(run) and all(abs(w["size"] - size) < 0.05 * size and all(g.bold for g in w["chars"]) for w in run)


def _justified_run_ended(group: list[dict], gap: float, spaces: list[tuple[float, float]]) -> bool:
    """The words before end with one of a justified line's stretched spaces, and the gap after them
    is a word space or more but clearly not as wide: the justified line stopped at its measure (a
    table's label cell, "Urgent           and        emergency", run up to the bullet of the cell
    beside it), so what follows is no word of it."""
    if len(group) < 2 or gap < WORD_GAP_EM * group[-1]["size"]:
        return False
    last = (group[-2]["x1"], group[-1]["x0"])
    return any(abs(lo - last[0]) < 0.5 and abs(hi - last[1]) < 0.5 and not even_gaps(hi - lo, gap, group[-1]["size"])
               for lo, hi in spaces)


def _at_last_edge(word: dict, gutters: list[Gutter]) -> bool:
    """The word ends where the longest lines of the column right of the last gutter end (within
    a justified column's slack: letter-spaced capitals stop short of it by their last spacing)."""
    last = max(gutters, key=lambda g: g.hi, default=None)
    ends = [row.ends[1] for row in last.rows if row.ends[1] is not None] if last else []
    return bool(ends) and word["x0"] >= last.hi and abs(word["x1"] - max(ends)) < JUSTIFIED_EDGE_EM * word["size"]


def _gap(group: list[dict], word: dict) -> float:
    """Space before `word`; none after a lone bullet or list number, which belongs to its item."""
    if len(group) == 1 and _marker(group[0]):
        return 0.0
    return word["x0"] - group[-1]["x1"]


def _cell_edges(groups: list[list[dict]]) -> list[int]:
    """x positions where at least MIN_COLUMN_ROWS segments of the page start text, counting a word
    after a column's gap (COLUMN_GAP_EM) inside a segment as a start too: a table's next column whose
    one-line cells sit within a gutter's width of the cell before them on some rows, where no gutter
    parted them ("… (Regulated" "Outcome 12: Requirements …" on one row of a narrow table). Words after
    such a gap that all end at one right edge are a justified column's stretched last words, not cells."""
    starts = Counter(round(g[0]["x0"]) for g in groups)
    ends: dict[int, list[int]] = defaultdict(list)  # a start after a gap -> where each such segment ends
    for g in groups:
        for a, b in zip(g, g[1:]):
            if b["x0"] - a["x1"] >= COLUMN_GAP_EM * b["size"]:
                ends[round(b["x0"])].append(round(g[-1]["x1"]))
    starts.update({x: len(right) for x, right in ends.items() if len(set(right)) > 1})
    return [x for x, n in starts.items() if n >= MIN_COLUMN_ROWS]


def _cell_ends(grouped: list[list[list[dict]]], columns: list[int]) -> list[float]:
    """x positions where the text before a cell edge ends flush on MIN_COLUMN_ROWS rows or more, a
    widened space (`_widened`) short of the edge and the next cell's text in other type (a size
    apart by more than SAME_TYPE): cells set at sizes of their own (shrunk to fit) in one row, the
    next cell's text right after a cell's, nearer than COLUMN_GAP_EM. A column of numbers in the
    text's own type ("1" … "5" before each row's text) is no such cell."""
    found = [(group[k - 1]["x1"], group[k - 1]["size"]) for groups in grouped for group in groups
             for k in range(1, len(group))
             if group[k]["x0"] - group[k - 1]["x1"] > WIDENED_SPACE * QUARTER_EM * group[k]["size"]  # most are word spaces
             and abs(group[k]["size"] - group[k - 1]["size"]) > SAME_TYPE * max(group[k]["size"], group[k - 1]["size"])
             and _at_edge(group[k], columns) and _widened(group[:k], group[k])]
    return [x for x, size in found
            if sum(abs(x - other) <= EDGE_EM * size for other, _ in found) >= MIN_COLUMN_ROWS]


def _at_edge(word: dict, columns: list[int]) -> bool:
    return any(abs(word["x0"] - x) <= EDGE_EM * word["size"] for x in columns)


def _widened(before: list[dict], word: dict) -> bool:
    """The space before `word` is WIDENED_SPACE times the words before's own widest space (of their
    last few; a quarter em of their type when there is one) and of a quarter em of the word's type:
    wider than a word space in either cell's type, whatever sizes the cells are set at."""
    last = before[-WIDENED_WORDS:]
    own = max((b["x0"] - a["x1"] for a, b in zip(last, last[1:])), default=QUARTER_EM * last[-1]["size"])
    return word["x0"] - last[-1]["x1"] > WIDENED_SPACE * max(own, QUARTER_EM * word["size"])


def _split_at_edges(groups: list[list[dict]], columns: list[int], spaces: list[tuple[float, float]],
                    ends: list[float] = ()) -> list[list[dict]]:
    """Also cut where a word starts exactly at a cell edge (see `_cell_edges`).

    Table cells sit closer than a wide gap, but their text starts at the same x on many
    rows; a word there after more than a word space is the next cell, not the next word,
    unless the space is one of a justified line's stretched word spaces (`spaces`). Nearer
    than that, a word there after a widened space (`_widened`) is the next cell too when the
    words before end at one of `ends` (`_cell_ends`): cells set at different sizes in one row,
    or when they are set a line's word spaces apart (`_spaced_then_widened`): a cell set tight.
    """
    result = []
    for group in groups:
        current = [group[0]]
        for word in group[1:]:
            # the gap first: most words follow a word space, too narrow to be widened (`_widened`), and are
            # looked for neither at the edges nor at the spaces before them
            gap = _gap(current, word)
            if ((gap >= COLUMN_GAP_EM * word["size"]
                 or gap > max(0.0, WIDENED_SPACE * (QUARTER_EM * word["size"]))
                 and (ends and _flush_before(current, word, ends) or _spaced_then_widened(current, word)))
                    and _at_edge(word, columns)
                    and not _after_stretched_space(word, spaces)):
                result.append(current)
                current = [word]
            else:
                current.append(word)
        result.append(current)
    return result


def _spaced_then_widened(current: list[dict], word: dict) -> bool:
    """The words before `word` are set a line's word spaces apart (two spaces or more, each a space),
    and the space before `word` is widened past them (`_widened`): at a cell edge, a cell set tight to
    the one before it (a statement column ending under an em short of the lead's), not the same line's
    next word. A lone figure or a label before it shows no spaces of its own to measure by."""
    last = current[-WIDENED_WORDS:]
    spaces = [b["x0"] - a["x1"] for a, b in zip(last, last[1:])]
    return len(spaces) >= 2 and min(spaces) > 0 and _widened(current, word)


def _flush_before(current: list[dict], word: dict, ends: list[float]) -> bool:
    """The words before `word` end at a cell's flush right end (`_cell_ends`), a widened space before it."""
    x1 = current[-1]["x1"]
    return any(abs(x1 - x) <= EDGE_EM * current[-1]["size"] for x in ends) and _widened(current, word)


def _to_line(words: list[dict], page: int) -> Line:
    glyphs = [g for w in words for g in w["chars"]]
    sizes = sorted(w["size"] for w in words)
    return Line(
        text=_drawn_hyphens(" ".join(w["text"] for w in words)) + (BREAK if words[-1].get("broken") else ""),
        page=page,
        x0=min(w["x0"] for w in words),
        text_x0=_text_start(words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=small_caps_size(glyphs) or round(sizes[len(sizes) // 2], 1),
        bold=sum(len(g.text) for g in glyphs if g.bold) >= 0.6 * sum(len(g.text) for g in glyphs),
        run_in=_run_in(words),
        layer="furniture" if all(w.get("reply") for w in words) else "body",  # quote_marks.py
        pitch=fixed_pitch(glyphs),
        on_arc=all(g.arc for g in glyphs),
    )


def _drawn_hyphens(text: str) -> str:
    """A soft hyphen with text after it on its line was drawn there ("Well\u00adled", "Score: 3 \u00ad
    Evidence …": a re-print mapping its hyphen glyph to U+00AD; writers print no unused soft hyphen):
    a reader sees a hyphen. Only one ending the line may split a word (text.join_lines)."""
    return text[:-1].replace(SOFT_HYPHEN, "-") + text[-1:] if SOFT_HYPHEN in text[:-1] else text


def _run_in(words: list[dict]) -> str:
    """A bold label closed by a colon, after the line's bullet or number and before
    regular text ("■ Surgery: The hospital should …"): a group's name run in to its first
    item. Its words are bold whatever the line's other words; text follows it, or the
    label fills a bulleted line and the item's text starts on the next."""
    start = 1 if words[0]["marker"] else 0
    for end in range(start, min(len(words), start + RUN_IN_WORDS)):
        if not all(g.bold for g in words[end]["chars"]):
            return ""
        if words[end]["text"].endswith(":"):
            rest = words[end + 1:]
            plain = not rest or not all(g.bold for w in rest for g in w["chars"])
            return " ".join(w["text"] for w in words[start:end + 1]) if plain and (rest or start) else ""
    return ""


def _text_start(words: list[dict]) -> float:
    """x of the first real word: after a lone bullet/number, or after a glyph fused to the word."""
    first = words[0]
    if len(words) > 1 and first["marker"]:
        # a number or reference code and a bullet glyph after it ("M1 ▸") mark one item
        after = 2 if len(words) > 2 and words[1]["text"] in BULLET_GLYPHS else 1
        return words[after]["x0"]
    if len(first["chars"]) > 1 and bullet_marker(first["text"]) and not first["text"][0].isalnum():
        return first["chars"][1].x0  # "o" or "-" drawn as a run of its own, touching its text
    return first["x0"]


# ---- reading order ---------------------------------------------------------------------

def _reading_order(rows: list[list[Line]], beside: list[tuple]) -> list[Line]:
    """Row order, except that inside a stretch of columns each column is read whole, left to
    right: consecutive rows beside the same gutters form a stretch."""
    page_left = min((line.x0 for row in rows for line in row), default=0.0)
    rows, beside = _side_by_side(rows, beside)
    beside = _badges_over_columns(rows, _raised_first_lines(rows, beside))
    stretches: list[tuple[list[Line], tuple]] = []
    for row, here in zip(rows, beside):
        if stretches and (_goes_on(row, here, *stretches[-1]) or _nested(here, stretches[-1][1])):
            here = stretches[-1][1]
        across = _heading_across(row, here, stretches[-1][0]) if stretches and stretches[-1][0] \
            and here == stretches[-1][1] else None
        if not stretches or here != stretches[-1][1] or across:
            raised = [line for line in stretches[-1][0] if _raised_beside(line, across)] if across else []
            kept = [line for line in stretches[-1][0] if line not in raised] if stretches else []
            if raised and not kept:
                stretches.pop()
            elif raised:
                stretches[-1] = (kept, here)
            stretches.append((raised, here))
        stretches[-1][0].extend(row)
    return _under_column_heads(lanes_apart(_join_table_parts(_titles_joined(_flow_rejoined(stretches)))), page_left)


def _raised_beside(line: Line, heading: Line) -> bool:
    """The line is a column's first line set a little higher than the heading across the gutters (within its
    size), right of it: the band's, not the band above's."""
    return line.x0 >= heading.x1 and heading.top - heading.size <= line.top < heading.top


def _heading_across(row: list[Line], here: tuple, above: list[Line]) -> Line | None:
    """The heading's next part, when the row sets a heading across a gutter: its first part left of it
    breaking off mid-phrase, its next part level right of it in the same styled type, opening in lower case
    ("Action the location should take" | "to improve"). A band of its own opens there across the same
    columns (its lines read column by column under the heading), not a row inside the columns above, read
    in their flow. Neither part is the next line of a line in its style right over it in its own column: the
    next part no wrapped line of a heading (two cards' titles side by side, each wrapped: "Kindness, compassion
    and" / "dignity"), neither a paragraph's next line (two columns of text a little larger than a side
    panel's type, each line going on the one over it)."""
    for g in here:
        left = [line for line in row if line.x1 <= g.lo + 0.5]
        right = [line for line in row if line.x0 >= g.hi - 0.5]
        if not left or not right:
            continue
        first, rest = max(left, key=lambda line: line.x1), min(right, key=lambda line: line.x0)
        if (_same_style(first, rest) and (first.bold or first.size >= STYLED_RATIO * body_size(above))
                and opens_lower(rest.text.strip()) and not first.text.rstrip().endswith(TERMINAL)
                and not _goes_on_over(first, above) and not _goes_on_over(rest, above)):
            return rest
    return None


def _goes_on_over(part: Line, above: list[Line]) -> bool:
    """A line in the part's style is right over it in its own column: the part is that line's next line."""
    return any(_same_style(line, part) and line.x0 < part.x1 and part.x0 < line.x1
               and 0 < part.top - line.top <= NEXT_BASELINE_EM * part.size for line in above)


def _same_style(a: Line, b: Line) -> bool:
    return a.bold == b.bold and abs(a.size - b.size) <= 0.05 * a.size


def _flow_rejoined(stretches: list[tuple[list[Line], tuple]]) -> list[tuple[list[Line], tuple]]:
    """The page's first stretch of columns, opening the page's text (only smaller type above it: a running
    head) with no heading in any column (a list going on from the page before, the right column's top
    where the left column's text goes on from the page's foot, not from the band's: no column's first
    line goes on the column before it), and the stretch under it in the same columns over a blank band,
    every column of which opens with a heading, the headings level (each column's next heading set after
    a paragraph's gap, at one height by chance): one flow of columns, each read whole, not two bands
    read across. Columns under a heading of their own (a section's two columns of narrative over a row
    of lists) stay two bands."""
    first = next((k for k, (_, gutters) in enumerate(stretches) if gutters), None)
    if first is None or first + 1 >= len(stretches):
        return stretches
    (upper, above), (lower, below) = stretches[first], stretches[first + 1]
    text = body_size(upper)
    if any(line.size >= text for lines, _ in stretches[:first] for line in lines):
        return stretches
    if len(above) != len(below) or not below:
        return stretches
    pairs = zip(sorted(above, key=lambda g: g.lo), sorted(below, key=lambda g: g.lo))
    if any(abs(a.hi - b.hi) > min(a.em, b.em) for a, b in pairs):  # the next column starts at one x (ragged ends)
        return stretches
    tops, heads = _columns(upper, above)[0], _columns(lower, below)[0]
    if len(tops) != len(heads) or not all(tops) or not all(heads):
        return stretches
    opening = [min(column, key=lambda line: (line.top, line.x0)) for column in tops]
    headed = [min(column, key=lambda line: (line.top, line.x0)) for column in heads]
    if any(_set_apart(line, body_size(column)) or k and opens_lower(line.text.strip())
           for k, (line, column) in enumerate(zip(opening, tops))) \
            or not all(_set_apart(line, body_size(column)) for line, column in zip(headed, heads)) \
            or max(line.top for line in headed) - min(line.top for line in headed) >= min(line.size for line in headed):
        return stretches
    return stretches[:first] + [(upper + lower, above)] + stretches[first + 2:]


def _badges_over_columns(rows: list[list[Line]], beside: list[tuple]) -> list[tuple]:
    """A row opening a stretch of two columns, a bold heading left of the gutter and one short line
    right of it set apart in that column (flush right: ending within an em of its right edge,
    starting more than BADGE_EM ems right of the edge its lines start at, narrower than half the
    column; in no bold, more than a line's leading over the column's first line), is a heading across
    the page with its rating set at the far right (an assessment's key question over balanced
    columns, its rating on a badge): read before the columns, not as their first lines, which would
    put the rating between the left column's foot and the right column's top, inside a sentence."""
    beside = list(beside)
    for k, (row, here) in enumerate(zip(rows, beside)):
        if len(here) != 1 or k and here[0] in beside[k - 1]:
            continue
        gutter = here[0]
        column = [line for r, h in zip(rows[k + 1:], beside[k + 1:]) if gutter in h
                  for line in r if line.x0 >= gutter.hi - 0.5]
        right = [line for line in row if line.x0 >= gutter.hi - 0.5]
        left = [line for line in row if line.x1 <= gutter.lo + 0.5]
        if len(right) != 1 or not left or not column or right[0].bold:
            continue
        badge, size = right[0], sorted(line.size for line in column)[len(column) // 2]
        edge, end = min(line.x0 for line in column), max(line.x1 for line in column)
        under = min(line.top for line in column)
        if (badge.x0 > edge + BADGE_EM * size and end - badge.x1 < size and badge.x1 - badge.x0 < (end - edge) / 2
                and under - badge.top > LEADING_EM * size and any(line.bold for line in left)):
            beside[k] = ()
    return beside


def _nested(here: tuple, above: tuple) -> bool:
    """The row is beside every gutter of the stretch above and more, each of those more opening
    under the top of every gutter it has in common with that stretch and ending above their
    bottoms, and those columns are filled in turn (`Gutter.filled_in_turn`, or a heading at the left
    column's foot heads the right column's top: `Gutter.headed_on_from_foot`): a table inside the
    column filled first (a cover's ratings grid in a wide column read before a narrow one), read by
    row in its column, not a stretch of its own that would read the columns round it in pieces."""
    extra = set(here) - set(above)
    return bool(above) and bool(extra) and set(above) < set(here) and all(
        g.top < e.top and e.bottom < g.bottom and (g.filled_in_turn() or g.headed_on_from_foot())
        for g in above for e in extra)


def _raised_first_lines(rows: list[list[Line]], beside: list[tuple]) -> list[tuple]:
    """A row beside some of the gutters of the row right under it, one line's leading above it
    and clear of that row's other gutters, is a column's first line set higher than the
    columns beside it (a list's top margin in the first column only): it is read in the stretch
    of columns below, as the top of its column, not before the columns as a stretch of its own.
    So is a row beside those gutters and others that end with it (`_beside_ending`). Rows are
    taken bottom up, so the raised first lines of two columns, one above the other, both count.
    A row beside no gutter is such a line when all its text starts right of a gutter below (a
    right-hand column's first line, set above the band its indented lines under it leave open)."""
    beside = list(beside)
    for k in reversed(range(len(rows) - 1)):  # bottom up: two columns' first lines, each raised above the next
        row, below, here, under = rows[k], rows[k + 1], beside[k], beside[k + 1]
        if not (row and below and under):
            continue
        if here and not (set(here) < set(under) or _beside_ending(row, here, under, beside[k + 1:])):
            continue
        if not here and not all(any(line.x0 > g.lo + 0.5 for g in under) for line in row):
            continue
        size = max(line.size for line in row)
        extra = [g for g in under if g not in here]
        leading = min(line.top for line in below) - min(line.top for line in row)
        if leading < LEADING_EM * size and all(_leaves_open(line, g) for line in row for g in extra):
            beside[k] = under
    return beside


def _beside_ending(row: list[Line], here: tuple, under: tuple, later: list[tuple]) -> bool:
    """The row is beside every gutter of the row under it, and besides only gutters that end with
    it, all its text right of them: the columns above have ended, and a column's raised first
    line under them ("ment. (Regulation 11)" topping a list's second column, above the list's
    heading in the first) is beside their gutter only because it leaves it open."""
    ending = set(here) - set(under)
    return (set(under) < set(here) and not any(ending & set(gutters) for gutters in later)
            and all(line.x0 >= g.hi - 0.5 for line in row for g in ending))


def _leaves_open(line: Line, gutter: Gutter) -> bool:
    """The line leaves a gutter's width of the band open beside it (it may reach into the band
    a little: the gutter is as narrow as the lines beside it leave it)."""
    if line.x1 <= gutter.lo + 0.5 or line.x0 >= gutter.hi - 0.5:
        return True
    return max(gutter.hi - line.x1, line.x0 - gutter.lo) >= GUTTER_EM * line.size


def _goes_on(row: list[Line], here: tuple, lines: list[Line], above: tuple) -> bool:
    """The row is beside some of the gutters of the stretch above (its `lines`), its text
    across none of those that have ended and no further left than that stretch's (a list number
    hung left of it aside): a longer
    column's next lines, below the end of the shorter columns beside it (right of it, or left of
    it too: a middle column of three running on under both), are still that stretch's (read in
    their column, not after the others); a heading set out at the text edge under the columns is
    not, nor is one in bold right under their end (a signature). A bold one right of a gutter
    that goes on (a group heading inside a right-hand column, "St Aldhelm's Community Hospital"),
    or under lines the stretch already ran on with, on rows of their own below the end, heads
    the next group in its own column."""
    ended = set(above) - set(here)
    if not (here and ended and set(here) < set(above)):
        return False  # most rows: no columns (the stretch's lines, all the page's so far, are not measured)
    end = max(g.bottom for g in ended)
    ran_on = any(line.top - end > RUN_ON_EM * line.size for line in lines)
    side = _side_of(here, ended, lines)
    return all(
        side is not None and side[0] - 0.5 <= line.x0 and line.x1 <= side[1] + 0.5
        or all(line.x1 <= g.lo + 0.5 or line.x0 >= g.hi - 0.5 for g in ended)
        and (_opens_column_left(line, here, lines, end) or line.text_x0 >= min(other.x0 for other in lines) - 0.5
             and (not line.bold or ran_on or any(line.x0 >= g.hi - 0.5 for g in here))) for line in row)


def _opens_column_left(line: Line, here: tuple, lines: list[Line], end: float) -> bool:
    """The line is left of a gutter that goes on, whose left the stretch above left empty down to
    the end of the gutters that ended (past the column's own lines below it): a column opening
    lower than the one right of it (a staircase's next step down, its text level with the foot of
    the step above's), read in the stretch as a column of its own, not after the column beside
    it has been cut off there."""
    return any(line.x1 <= g.lo + 0.5 and all(other.x0 >= g.hi - 0.5 or other.top > end for other in lines)
               for g in here)


def _side_of(here: tuple, ended: set, lines: list[Line]) -> tuple[float, float] | None:
    """The x range (open towards the page's edge) of a side column whose own gutters are the ones that
    ended, a gutter going on parting it from the wider text beside it: its next block (a sidebar's box
    under its table of ratings) may cross them, and the text beside it goes on in its stretch. None if
    there is none."""
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    for g in here:
        if all(e.hi <= g.lo for e in ended) and g.lo - left < right - g.hi:
            return float("-inf"), g.lo
        if all(e.lo >= g.hi for e in ended) and right - g.hi < g.lo - left:
            return g.hi, float("inf")
    return None


def _under_column_heads(stretches: list[tuple[list[Line], tuple]], page_left: float) -> list[Line]:
    """Each stretch in its reading order (`_columns_first`); and a table whose header row
    heads its columns ("Action … MUST …" over one, "… SHOULD …" over the other, a row of
    bold cells level with one another) has that row's cells read again at the top of the
    columns of each later stretch of the table (rows cut apart by a full-width row, or
    continued after a page's first rows), as a reader takes each cell under its column's
    heading. The table goes on while stretches follow one another within a table row's
    padding and the columns stay under the header cells."""
    out: list[Line] = []
    heads: list[Line] = []
    bottom, alone = None, False  # alone: the stretch above held the header row and nothing else
    began = 0  # where the stretch above starts in `out`
    right = max((line.x1 for stretch, _ in stretches for line in stretch), default=0.0)
    for stretch, gutters in stretches:
        top = min(line.top for line in stretch)
        size = max(line.size for line in heads) if heads else 0.0
        row = heads and _opens_row_of_cells(stretch, heads)
        if heads and (bottom is not None and top - bottom > HEAD_GAP_EM * size * (ROOMY_ROWS if row else 1)
                      or max(line.size for line in stretch) > LARGER_TYPE * size and not row):
            heads = []  # the table has ended: a gap deeper than a row's padding, or a heading in larger type
        columns = _plain_columns(stretch, gutters) or _columns_under_heads(stretch, gutters, heads)
        if heads and columns is not None and _headed_anew(heads, _head_row(stretch, columns, right)[0]):
            if alone and _under(heads, columns):  # a row of titles set alone over columns with titles of their own:
                stretch = stretch + out[began:]  # each heads its column, read at its top, not all before them
                del out[began:]
            heads = []  # each column opens under a bold title of its own (the next row of cards), not the table's
        began = len(out)
        after: list[Line] = []
        if heads and columns is None and not gutters:
            before, cells, after = _cells_under(heads, stretch)  # a row whose cells hold a line or two: no gutter
            if cells is not None:
                out += _in_column(before)
                columns = cells
            else:
                after = []
        own = None
        table = _label_table(stretch, gutters) if heads and columns is None and gutters else None
        if table is not None and _under(heads, [[line for cell in table[0] for line in cell]] + table[1]):
            out += _in_column([heads[0]]) + _by_table_column([_in_column(cell) for cell in table[0]],
                                                             [_in_column(c) for c in table[1]], heads[1:])
        elif heads and columns is not None and _under(heads, columns):
            for head, column in zip(heads, columns):
                if not column:
                    continue  # an empty cell: its heading is not read again over nothing
                first = min(column, key=lambda line: line.top)
                out += ([] if first.top == head.top and first.x0 == head.x0 else [head])
                out += _in_column(column, page_left if head is heads[0] else None)
            out += _in_column(after)
        elif not gutters and (own := _under_head_row(stretch, heads if alone else [], right)) is not None:
            out += own
        else:
            out += _head_row_first(stretch, gutters, page_left) or _columns_first(stretch, gutters, page_left)
        found, rows_after = _head_row(stretch, columns, right)
        if found:
            heads = found
        alone = bool(found) and all(line.top < max(head.bottom for head in found) for line in stretch)
        if (columns is None and rows_after > HEAD_ROWS_BETWEEN and own is None) or after:
            heads = []  # running text under the table (or no table): it has ended
        bottom = max(line.bottom for line in stretch)
    return out


def _head_row_first(stretch: list[Line], gutters: tuple, page_left: float) -> list[Line] | None:
    """A stretch holding a table's header row (its first row: bold cells in every column) and, under
    it, text in its first column only (a full-width row naming the rows after it, "Surgery" in a
    shaded row, its text at the left): the
    header row's cells left to right, each with the bold lines it wraps onto ("Shou" / "ld"), then
    that text. Read by column, the text came between the first cells and the others, and the rows
    after it took none of it. None for any other stretch."""
    if not gutters:
        return None
    columns, first = _columns(stretch, gutters)[0], _rows(stretch)[0]
    if len(columns) < 2 or not all(line.bold for line in first) or \
            not all(any(line is c for line in first for c in column) for column in columns):
        return None
    cells = []
    for line in sorted(first, key=lambda line: line.x0):
        cell = [line]
        while under := next((l for l in stretch if l.bold and line.x0 <= l.x0 < line.x1 and l not in cell
                             and 0 <= l.top - cell[-1].bottom < 0.5 * line.size), None):
            cell.append(under)
        cells.append(cell)
    rest = [line for line in stretch if not any(line is h for cell in cells for h in cell)]
    if not rest or len(_rows(rest)) > 1 or not all(any(line is c for c in columns[0]) for line in rest):
        return None
    return [line for cell in cells for line in _in_column(cell, page_left if cell[0] in columns[0] else None)] + \
        _in_column(rest, page_left)


def _opens_row_of_cells(stretch: list[Line], heads: list[Line]) -> bool:
    """The stretch's first row sets a line under each header cell: the table's next row, its
    cells in type larger than the header row's and padded deeper (a web page's table), not a
    heading or running text across the page."""
    first = _rows(stretch)[0]
    return [_cell(heads, line) for line in first] == list(range(len(heads)))


def _headed_anew(heads: list[Line], own: list[Line]) -> bool:
    """A stretch's own header row, other than the table's (`heads`; a header row repeated at a
    page's top says the same)."""
    return bool(own) and [collapse_ws(h.text) for h in own] != [collapse_ws(h.text) for h in heads]


def _under_head_row(stretch: list[Line], heads: list[Line], right: float) -> list[Line] | None:
    """A stretch without gutters in a table whose header row it holds (`_head_row`) or that
    goes on right under a header row set alone above it (`heads`), its lines below the row
    under one header cell or another (the table's rows continued at a page's top under its
    repeated header row, the cells beside the first one empty there): the lines above the
    row, then each header cell followed by the lines under it down to the first line under
    no one cell, then the lines from there on. None when it is no such stretch."""
    own, _ = _head_row(stretch, None, right)
    heads = own or heads
    if not heads:
        return None
    top, low = (min(h.top for h in own), max(h.bottom for h in own)) if own else (-FAR, -FAR)
    below = sorted((line for line in stretch if line.top >= low - 0.5), key=lambda line: line.top)
    end = next((line.top for line in below if _cell(heads, line) is None), FAR)
    body = [line for line in below if line.top < end - 0.5]
    if not body:
        return None
    above = [line for line in stretch if line.top < top - 0.5]
    return _in_column(above) + [line for k, head in enumerate(heads) for line in [head] + _in_column(
        [b for b in body if _cell(heads, b) == k])] + _in_column([line for line in below if line.top >= end - 0.5])


def _cell(heads: list[Line], line: Line) -> int | None:
    """Which header cell the line is under: it starts right of the cell's x (an em to its
    left at most) and ends before the next cell's x."""
    inside = [k for k, head in enumerate(heads) if line.x0 > head.x0 - head.size
              and (k + 1 == len(heads) or line.x1 < heads[k + 1].x0)]
    return inside[-1] if inside else None


def _cells_under(heads: list[Line], stretch: list[Line]) -> tuple[list[Line], list[list[Line]] | None, list[Line]]:
    """A stretch without gutters inside a headed table: the lines above its first row with
    text under two or more header cells (a full-width row naming a service); from there on,
    its lines under each cell, down to the first row with a line under no one cell (None
    when there is none such); and the lines from that row on, below the table."""
    tops = sorted({round(line.top) for line in stretch})
    first = next((top for top in tops if len({_cell(heads, line) for line in stretch if round(line.top) == top}) > 1), None)
    if first is None:
        return [], None, []
    end = next((top for top in tops if top > first and any(_cell(heads, line) is None for line in stretch
                                                           if round(line.top) == top)), None)
    before = [line for line in stretch if round(line.top) < first]
    rest = [line for line in stretch if round(line.top) >= first and (end is None or round(line.top) < end)]
    after = [line for line in stretch if end is not None and round(line.top) >= end]
    if any(_cell(heads, line) is None for line in rest):
        return [], None, []
    return before, [[line for line in rest if _cell(heads, line) == k] for k in range(len(heads))], after


def _plain_columns(stretch: list[Line], gutters: tuple) -> list[list[Line]] | None:
    """The stretch's columns when it is read column by column (no table read by row), else None."""
    if not gutters or _label_table(stretch, gutters):
        return None
    columns, narrow = _columns(stretch, gutters)
    if any(narrow) or _label_cells(columns):
        return None
    return columns


def _columns_under_heads(stretch: list[Line], gutters: tuple, heads: list[Line]) -> list[list[Line]] | None:
    """The stretch's columns when each starts under a header cell of a table whose cells are as
    wide as one another (`_even`): a column is as wide as its cell, so one short line in it ("None
    identified.") makes it no narrow label column read by row. None when not so (or a kind column)."""
    if not heads or not gutters or _label_table(stretch, gutters):
        return None
    columns, _ = _kinds_apart(*_columns(stretch, gutters))
    if not all(columns) or any(_kind_column(column) for column in columns) or not _under(heads, columns):
        return None
    return columns


def _head_row(stretch: list[Line], columns: list[list[Line]] | None, right: float) -> tuple[list[Line], int]:
    """A header row's cells, left to right, and how many rows follow it in the stretch: in
    columns, the first row across them (under nothing but headings) holds one bold line per
    column; with none, the last row of two or more bold cells side by side (rows after it
    counted; with no such row, all of them), a cell's wrapped lines read as one and a cell set
    in the middle of its row as level with the row's cells (`_cell_rows`)."""
    if columns is not None:  # its first row across the columns, under nothing but headings
        rows = _rows(stretch)
        k = next((k for k, row in enumerate(rows) if len(row) > 1), 0)
        row = rows[k]
        headed = len(row) == len(columns) >= 2 and all(line.bold for r in rows[:k + 1] for line in r) and all(
            any(line in column for line in row) for column in columns)
        return (_even([_whole_cell(cell, stretch) for cell in row], right) if headed else []), 0
    runs = _wrap_runs(stretch)
    going_on = {id(line) for run in runs.values() for line in run[1:]}
    rows = _cell_rows([runs.get(id(line), [line]) for line in stretch if id(line) not in going_on])
    for k in range(len(rows) - 1, -1, -1):
        if len(rows[k]) >= 2 and all(line.bold for cell in rows[k] for line in cell):
            while k and [round(c[0].x0) for c in rows[k - 1]] == [round(c[0].x0) for c in rows[k]] and all(
                    line.bold for cell in rows[k - 1] for line in cell):
                k -= 1  # the cells' first lines over a gap deeper than a wrap's
            return _even([_one_line(cell) for cell in rows[k]], right), len(rows) - 1 - k
    return [], len(rows)


def _rows(lines: list[Line]) -> list[list[Line]]:
    """The lines in rows, left to right: those whose tops are level within a baseline's play."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: line.top):
        if rows and abs(line.top - rows[-1][0].top) < BASELINE_EM * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda line: line.x0) for row in rows]


def _cell_rows(cells: list[list[Line]]) -> list[list[list[Line]]]:
    """The cells (each its lines) in rows, left to right: cells whose tops are level (set at their row's
    top) or whose middles are (a web page's vertical-align: middle: a one-line "Core service" beside
    column heads wrapped on to two lines and three)."""
    rows: list[list[list[Line]]] = []
    for cell in sorted(cells, key=lambda cell: cell[0].top):
        first = rows[-1][0] if rows else None
        play = BASELINE_EM * cell[0].size
        if first is not None and (abs(cell[0].top - first[0].top) < play or abs(_middle(cell) - _middle(first)) < play):
            rows[-1].append(cell)
        else:
            rows.append([cell])
    return [sorted(row, key=lambda cell: cell[0].x0) for row in rows]


def _middle(cell: list[Line]) -> float:
    return (cell[0].top + cell[-1].bottom) / 2


def _wrap_runs(stretch: list[Line]) -> dict[int, list[Line]]:
    """Each bold line opening a cell (by id), with the lines it wraps on to (`_wrapped_lines`): a header
    cell's lines, read as one."""
    runs: dict[int, list[Line]] = {}
    taken: set[int] = set()
    for head in sorted(stretch, key=lambda line: line.top):
        if head.bold and id(head) not in taken:
            runs[id(head)] = run = _wrapped_lines(head, stretch)
            taken.update(id(line) for line in run)
    return runs


def _even(cells: list[Line], right: float) -> list[Line]:
    """The cells, if their columns (the last reaching the page's text edge, `right`) are about
    as wide as one another (a table's narrow label column, "Core service", is read by row,
    not under its header cell), else none."""
    edges = [cell.x0 for cell in cells] + [right]
    spans = [b - a for a, b in zip(edges, edges[1:])]
    if any(cell.text[:1].islower() for cell in cells):
        return []  # a heading wrapped from one column's foot to the next one's top, not cells of a row
    return cells if min(spans) > 0 and max(spans) <= EVEN_COLUMNS_RATIO * min(spans) else []


def _whole_cell(head: Line, lines: list[Line]) -> Line:
    """A header cell with the lines it wraps on to (bold, at its x, each right under the last), as one line."""
    return _one_line(_wrapped_lines(head, lines))


def _wrapped_lines(head: Line, lines: list[Line]) -> list[Line]:
    """`head` and the lines it wraps on to: bold, at its x, each within half an em under the last."""
    run = [head]
    for other in sorted(lines, key=lambda other: other.top):
        if other.top <= head.top or abs(other.x0 - head.x0) > 0.5 * head.size:
            continue
        if not (other.bold and abs(other.size - head.size) < 0.05 * head.size and other.top - run[-1].bottom < 0.5 * head.size):
            break
        run.append(other)
    return run


def _under(heads: list[Line], columns: list[list[Line]]) -> bool:
    """One column under each header cell: its text starts under the cell (an em left of it at most).
    A cell with nothing under it in this stretch (a shorter column of cards ended above, or its
    next card starts lower) has nothing out of place."""
    if len(heads) != len(columns):
        return False
    return all(head.x0 - head.size < min(line.x0 for line in column) < head.x1
               for head, column in zip(heads, columns) if column)


def _join_table_parts(stretches: list[tuple[list[Line], tuple]]) -> list[tuple[list[Line], tuple]]:
    """A table's header row and its body are two stretches when the padding between them is
    as deep as a blank band; their gutters go on from one another over it (`Gutter.chain`).
    Read as one label table (see `_label_table`), the header cell heads its column."""
    joined: list[tuple[list[Line], tuple]] = []
    for stretch, gutters in stretches:
        if joined and gutters and len(gutters) == len(joined[-1][1]):
            above, above_gutters = joined[-1]
            chained = all(a.chain is b.chain for a, b in zip(sorted(above_gutters, key=lambda g: g.lo),
                                                               sorted(gutters, key=lambda g: g.lo)))
            if chained and _label_table(above + stretch, gutters):
                joined[-1] = (above + stretch, gutters)
                continue
        joined.append((stretch, gutters))
    return joined


def _titles_joined(stretches: list[tuple[list[Line], tuple]]) -> list[tuple[list[Line], tuple]]:
    """A stretch of titles set over columns a title bar's padding below them (a grid of panels, each
    under its own coloured bar: "Child and adolescent mental health wards" | "Wards for older people
    …", each over its panel's "Must do" list) is the top of those columns: each title is read at the
    top of the column it is set over, not all of them before the columns (`_titles_over`)."""
    joined: list[tuple[list[Line], tuple]] = []
    for stretch, gutters in stretches:
        if joined and gutters and _titles_over(joined[-1][0], stretch, gutters):
            joined[-1] = (joined[-1][0] + stretch, gutters)
            continue
        start = _panels_from(joined, stretch, gutters) if gutters else None
        if start is not None:
            joined[start:] = [([line for above, _ in joined[start:] for line in above] + stretch, gutters)]
            continue
        joined.append((stretch, gutters))
    return joined


def _panels_from(above: list[tuple[list[Line], tuple]], stretch: list[Line], gutters: tuple) -> int | None:
    """Where a grid's row of panels starts among the stretches `above`, when the stretches right over
    `stretch` (each in columns, no line across its gutters: a chart's ticks, a title and its rating
    chip) open, one row, with a title over each of its columns, at the column's left edge, outranking
    in larger type (or bold over plain) the heading its column opens with under them (a panel's
    "Must do"): each panel is read whole, its title first, not the titles and charts of all the
    panels before their lists. A card grid's next row, its heads as large as the row's above, is
    read row by row as before, and two columns of paragraphs in larger type over the lists are
    running text, no titles (`_running_text`; `_panel_titles`)."""
    start, below = len(above), stretch
    while start and above[start - 1][1] and not any(
            line.x0 < g.lo and line.x1 > g.hi for line in above[start - 1][0] for g in gutters) and \
            _within_head_gap(above[start - 1][0], below):
        start -= 1
        below = above[start][0]
        if _panel_titles([line for upper, _ in above[start:] for line in upper], stretch, gutters):
            return start
    return None


def _within_head_gap(upper: list[Line], lower: list[Line]) -> bool:
    """`lower` starts at most a table row's padding (`HEAD_GAP_EM` of `upper`'s largest type) under `upper`."""
    return min(line.top for line in lower) - max(line.bottom for line in upper) <= \
        HEAD_GAP_EM * max(line.size for line in upper)


def _panel_titles(upper: list[Line], stretch: list[Line], gutters: tuple) -> bool:
    """Whether the first row of `upper` holds a title over each column of `stretch` (two or more),
    set as `_panels_from` says."""
    columns, _ = _columns(stretch, gutters)
    tops, _ = _columns(upper + stretch, gutters)
    if len(columns) < 2 or not all(columns):
        return False
    titles = []
    for column, top in zip(columns, tops):
        own = {id(line) for line in column}
        over = [line for line in top if id(line) not in own]
        if not over:
            return False
        title, first = _rows(over)[0][0], _rows(column)[0][0]
        in_its_type = [line for line in over
                       if line.bold == title.bold and abs(line.size - title.size) < SAME_TYPE * title.size]
        if _running_text(in_its_type):
            return False
        text = body_size(column)
        if abs(title.x0 - first.x0) >= title.size or not (
                _set_apart(first, text) and _set_apart(title, text)) or not (
                title.size >= STYLED_RATIO * first.size or title.bold and not first.bold and title.size >= first.size):
            return False
        titles.append(title)
    return max(t.top for t in titles) - min(t.top for t in titles) < min(t.size for t in titles)


def _running_text(lines: list[Line]) -> bool:
    """Lines of one type over a column are running text, no title wrapped ("Community health services
    for children," / "young people and families"), when they make two rows or more and a sentence
    ends in them."""
    return len(_rows(lines)) > 1 and any(re.search(r"[.!?](\s|$)", line.text) for line in lines)


def _titles_over(titles: list[Line], stretch: list[Line], gutters: tuple) -> bool:
    """Whether every line of `titles` heads a column of `stretch`, two columns or more: set at the
    column's left edge (within an em), ending short of the next column, in bold or larger type than
    the column's text, over a column that opens with a heading of its own (a panel's sub-heading: a
    table's header row over cells of plain text is read as a row, `_under_column_heads`) that it
    outranks (`_outranks`: a card's last paragraph, in plain type over the bold heading of the card
    under it, is that card's text, not its title), and at most a table row's padding
    (`HEAD_GAP_EM`) above it; one title over each column, a row of titles (two columns of
    paragraphs in larger type over a column's list are running text, read column by column before
    it). A column under no title (a chart's or a ratings box's beside the panels) is read in turn
    as before."""
    if len(titles) < 2 or min(line.top for line in stretch) - max(line.bottom for line in titles) > \
            HEAD_GAP_EM * max(line.size for line in titles):
        return False
    columns = [column for column in _columns(stretch, gutters)[0] if column]
    lefts = [min(line.x0 for line in column) for column in columns]
    over = set()
    for title in titles:
        k = next((k for k, left in enumerate(lefts) if abs(title.x0 - left) < title.size), None)
        if k is None or k in over or k + 1 < len(lefts) and title.x1 >= lefts[k + 1]:
            return False
        text = body_size(columns[k])
        first = min(columns[k], key=lambda line: line.top)
        if not (_set_apart(title, text) and _set_apart(first, text) and _outranks(title, first)):
            return False
        over.add(k)
    return len(over) >= 2


def _outranks(title: Line, heading: Line) -> bool:
    """Whether `title` is set no less prominently than the `heading` under it, as a panel's title is
    over the panel's own heads: in larger type, or in type as large and bold where the heading is."""
    if title.size >= STYLED_RATIO * heading.size:
        return True
    return title.size * STYLED_RATIO > heading.size and (title.bold or not heading.bold)


def _set_apart(line: Line, text: float) -> bool:
    """In heading type beside text of size `text`: bold, or larger."""
    return line.bold or line.size >= STYLED_RATIO * text


def _side_by_side(rows: list[list[Line]], beside: list[tuple]) -> tuple[list, list]:
    """Two rows outside any stretch of columns that share most of their height are one line
    to the eye, read left to right: a list heading in larger type beside its first item,
    whose top sits a little higher, is read first."""
    rows, beside = list(rows), list(beside)
    for k in range(len(rows) - 1):
        upper, lower = rows[k], rows[k + 1]
        if beside[k] or beside[k + 1] or not upper or not lower:
            continue
        if _one_line_to_the_eye(upper, lower):
            rows[k], rows[k + 1] = lower, upper
    return rows, beside


def _one_line_to_the_eye(upper: list[Line], lower: list[Line]) -> bool:
    """Whether `lower`, wholly left of `upper`, shares most of the height of the shorter of the two:
    one line to the eye, whose left part is read first."""
    if max(l.x1 for l in lower) > min(l.x0 for l in upper):
        return False  # asked first: most rows are not set side by side (their height is then not measured)
    shared = min(l.bottom for l in upper + lower) - max(min(l.top for l in upper), min(l.top for l in lower))
    height = min(max(l.bottom for l in row) - min(l.top for l in row) for row in (upper, lower))
    return shared > 0.5 * height


def _across(lines: list[Line]) -> list[Line]:
    """A stretch's lines read by row, a line set a little higher than the one left of it on its
    row (a floated counter "#3" right of a card's badge) read after it (`_one_line_to_the_eye`)."""
    lines = list(lines)
    for k in range(len(lines) - 1):
        if _one_line_to_the_eye([lines[k]], [lines[k + 1]]):
            lines[k], lines[k + 1] = lines[k + 1], lines[k]
    return lines


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
    many lines as its neighbour, in two or more cells (or one saying only "MUST" or "SHOULD"),
    each starting level with a group (a cell) of the other. Running text in columns rarely lines
    up so, cell after cell; a column opening in lower case on a group that reads as no label (a
    sentence going on from the page before and ending there, the main column's foot beside a
    panel's next group) is running text. One that names a row ("older people's care)") is a label
    cell's last line, its first set in the row above the columns: still a label."""
    if len(columns) != 2:
        return None
    labels, cells = columns
    label_cells = _groups(labels)
    if opens_lower(label_cells[0][0].text) and not _names_a_row(label_cells[0]):
        return None
    if len(labels) * LABEL_COLUMN_RATIO >= len(cells) and not all(map(_names_a_row, label_cells)):
        return None
    groups = _groups(cells)
    starts = [g[0].top for g in groups]
    level = all(any(abs(cell[0].top - top) < 0.3 * cell[0].size for top in starts) for cell in label_cells)
    if len(label_cells) < 2 and not kind_word(label_cells[0][0].text) or not (level or _centred_rows(label_cells, groups)):
        return None  # (a lone "SHOULD" beside its row: a table's kind column on a page its service cell left)
    return label_cells


def _names_a_row(cell: list[Line]) -> bool:
    """A cell that reads as a row's label, not a paragraph, a list item or a lead-in: a
    heading's length, no bullet or number opening it, no sentence or colon ending it. Such
    labels may be as long as the cells beside them (one row per item under a label spanning
    rows: "Community health services for children, young people and families" beside a
    two-line action)."""
    text = " ".join(line.text for line in cell).rstrip()
    return (len(text.split()) <= LABEL_WORDS and not text.endswith((".", "!", ";", ":"))
            and bullet_marker(text) is None)


def _centred_rows(label_cells: list[list[Line]], groups: list[list[Line]]) -> list[float] | None:
    """The top of each label's row when the labels are centred in their rows (a web page's or
    LibreOffice's vertical-align: middle), or None: each row takes the other column's next
    groups whose middle is the label's middle (within half a line), before the next label;
    the last row takes the rest (the page may cut it)."""
    tops, i = [], 0
    for k, cell in enumerate(label_cells):
        size = cell[0].size
        if i >= len(groups) or groups[i][0].top > cell[0].top + 0.3 * size:
            return None  # a row starting below its label
        tops.append(groups[i][0].top)
        if k == len(label_cells) - 1:
            break
        middle = (cell[0].top + cell[-1].bottom) / 2
        following = label_cells[k + 1][0].top + 0.3 * size
        ends = [j for j in range(i, len(groups) - 1) if groups[j + 1][0].top <= following]
        if not ends:
            return None
        j = min(ends, key=lambda j: abs((groups[i][0].top + groups[j][-1].bottom) / 2 - middle))
        if abs((groups[i][0].top + groups[j][-1].bottom) / 2 - middle) > 0.5 * size:
            return None
        i = j + 1
    return tops


def _by_table_row(label_cells: list[list[Line]], cells: list[Line]) -> list[Line]:
    """A table read row by row: what runs on from the page before, then each label cell
    whole followed by the lines of the other cell down to the next row (which starts level
    with its label, or where the rows the labels are centred in start: a label level with a cell
    starts its row there, though the cell above it may be centred on it too)."""
    groups = _groups(cells)
    level = all(any(abs(cell[0].top - g[0].top) < 0.3 * cell[0].size for g in groups) for cell in label_cells)
    starts = (None if level else _centred_rows(label_cells, groups)) or [_row_start(cell, groups) for cell in label_cells]
    return by_row(label_cells, [top - 0.3 * cell[0].size for top, cell in zip(starts, label_cells)], cells)


def _row_start(label: list[Line], groups: list[list[Line]]) -> float:
    """Where the row a label cell opens starts in the other column: level with the label, unless
    the cell is a note, not a row's name (`_names_a_row`), beside a paragraph whose line above it
    runs the paragraph's full measure without ending its sentence: a column of notes beside running
    text, whose paragraph goes on beside the note (a table's cell ends its row's text, its last line
    short or finished), so the row starts at the paragraph's end."""
    if _names_a_row(label):
        return label[0].top
    top = label[0].top - 0.3 * label[0].size
    for group, after in zip(groups, groups[1:] + [None]):
        above = [line for line in group if line.top < top]
        if not above or len(above) == len(group):
            continue
        last = above[-1]
        full = max(line.x1 for line in group) - last.x1 < SHORT_LINE_EM * last.size
        if full and not last.text.rstrip().endswith(SENTENCE_END):
            return after[0].top if after else group[-1].bottom
    return label[0].top


def _level(label_cells: list[list[Line]], columns: list[list[Line]]) -> bool:
    """Every label cell starts level with a cell (a group) of another column: table rows."""
    starts = [g[0].top for column in columns for g in _groups(column)]
    return len(label_cells) > 1 and all(any(abs(cell[0].top - top) < 0.3 * cell[0].size for top in starts)
                                        for cell in label_cells)


def _by_table_column(label_cells: list[list[Line]], columns: list[list[Line]], heads: list[Line] = ()) -> list[Line]:
    """A table of a label column and two or more wide ones ("Core service" / must / should)
    read one wide column at a time, each row's cell after that row's label (read again for
    each column), as a reader takes in one column's list, then the next: interleaved by row,
    two cells' lists would run into each other. `heads`: the header cells over the wide columns
    (the table's header row, printed above this part of it), each read at its column's top."""
    labels = [[_one_line(cell)] for cell in label_cells]
    return [line for k, column in enumerate(columns) for line in [*heads[k:k + 1], *_by_table_row(labels, column)]]


def _one_line(cell: list[Line]) -> Line:
    """A label cell's wrapped lines as one line ("Medical care (including older people's
    care)"): read again before each column, it must name its row whole, as a heading. Its lines
    are joined as running text is (a line-end hyphen, a citation broken between its parts)."""
    if len(cell) == 1:
        return cell[0]
    first = cell[0]
    return first.model_copy(update={"text": join_lines([line.text for line in cell]), "x1": max(line.x1 for line in cell),
                                    "bottom": cell[-1].bottom, "bold": all(line.bold for line in cell)})


def _columns_first(stretch: list[Line], gutters: tuple, page_left: float) -> list[Line]:
    """The stretch's columns in turn (the first starts at the page's text edge, whatever
    indent its own lines have: an item's continuation at the top of a page), or its table's
    rows, or its rows."""
    if not gutters:
        return _in_column(stretch)
    columns, narrow = _kinds_apart(*_columns(stretch, gutters))
    wide_beside_labels = _label_table(stretch, gutters)
    if wide_beside_labels:
        label_cells, wide = wide_beside_labels
        return _by_table_column([_in_column(cell) for cell in label_cells], [_in_column(c) for c in wide])
    if field_labels(columns):
        return by_field(*[_in_column(column) for column in columns])
    pairs = _label_pairs(columns, narrow)
    if pairs:
        return [line for labels, cells in pairs
                for line in _by_table_row([_in_column(cell) for cell in _groups(labels)], _in_column(cells))]
    right_labels = _right_labels(columns)
    if right_labels:
        return _rows_then_labels([_in_column(cell) for cell in right_labels], _in_column(columns[0], page_left))
    if _last_words(columns):
        label_cells = None
    elif any(narrow):
        label_cells = _nested_labels(columns[:-1], columns[-1]) if narrow[-1] is False and (
            all(narrow[:-1]) or _kind_column(columns[-2])) else None  # (a service column beside a kind column may be wide)
        side = None if label_cells else _side_table(columns, narrow, gutters)
        if side:
            inner = _inner_gutters(columns, side, gutters)
            return _columns_first([line for column in columns[:side] for line in column], inner, page_left) + \
                [line for column in columns[side:] for line in _in_column(_top_down(column))]
        if label_cells is None and not _column_of_its_own(columns, narrow):  # a table with narrow columns: its rows
            if len(columns) > 2 and _citing_column(columns[-1]):  # are read across, then its regulations column
                return _rows_then_citations(stretch, columns[-1])
            return _in_column(_across(stretch))
    else:
        label_cells = _label_cells(columns)
    if label_cells:
        return _by_table_row([_in_column(cell) for cell in label_cells], _in_column(columns[-1]))
    return [seg for k, column in enumerate(columns)
            for seg in (_citations_joined(column) if k and _citing_column(column)
                        else _in_column(_top_down(column), page_left if k == 0 else None))]


def _label_pairs(columns: list[list[Line]], narrow: list[bool]) -> list[list[list[Line]]] | None:
    """(label column, cell column) pairs of a table setting two or more cells to a row, each with a
    narrow label of its own (its number) left of it: columns narrow, wide, narrow, wide …, every
    label cell naming a row and level with a cell right of it. A reader takes such a row cell by
    cell, left to right; read across, the cells' lines would interleave. None otherwise."""
    if len(columns) < 4 or len(columns) % 2 or narrow != [True, False] * (len(columns) // 2) or not all(columns):
        return None
    pairs = [columns[k:k + 2] for k in range(0, len(columns), 2)]
    for labels, cells in pairs:
        starts = [group[0].top for group in _groups(cells)]
        if not all(_names_a_row(cell) and any(abs(cell[0].top - top) < 0.3 * cell[0].size for top in starts)
                   for cell in _groups(labels)):
            return None
    return pairs


def _kinds_apart(columns: list[list[Line]], narrow: list[bool]) -> tuple[list[list[Line]], list[bool]]:
    """The columns, a table's kind cells ("MUST", "SHOULD") split from the label column they were
    read with, all set right of its labels: too few on the page to leave a gutter of their own (one
    row beside a service cell), they are a kind column between the labels and the statements, the
    labels a narrow column read by row."""
    out: list[list[Line]] = []
    flags: list[bool] = []
    for column, is_narrow in zip(columns, narrow):
        kinds = [line for line in column if kind_word(line.text)]
        labels = [line for line in column if not kind_word(line.text)]
        if kinds and labels and min(l.x0 for l in kinds) > max(l.x1 for l in labels):
            out += [labels, kinds]
            flags += [True, True]
        else:
            out.append(column)
            flags.append(is_narrow)
    return out, flags


def _last_words(columns: list[list[Line]]) -> bool:
    """Two columns, the right one a single line level with the first line of the left one's
    first block, which wraps on under it: a short block's last column ("referral.", "11)"), read
    after the column left of it, however narrow, not a narrow table column read across rows (a
    cell wrapping under a one-line cell beside it is read whole first either way)."""
    if len(columns) != 2 or len(columns[1]) != 1 or not columns[0]:
        return False
    line, block = columns[1][0], _groups(sorted(columns[0], key=lambda other: other.top))[0]
    return len(block) > 1 and abs(line.top - block[0].top) < OFFSET_ROW_EM * line.size


def _top_down(column: list[Line]) -> list[Line]:
    """A column's lines top to bottom: a line set a line's height above the one before it goes before it
    (its descenders may reach that line's top; a bullet's box stands a little higher than its text). A row
    holds the words of one baseline across the page, and a line in small type beside a title in large
    type may share the title's row, whose top is the title's ("working age", the end of a heading in a
    right column, beside "Foundation Trust" in the left), though it is set under the column's line
    of the row after."""
    out: list[Line] = []
    for line in column:
        k = len(out)
        while k and out[k - 1].top - line.top >= OFFSET_ROW_EM * line.size:
            k -= 1
        out.insert(k, line)
    return out


def _column_of_its_own(columns: list[list[Line]], narrow: list[bool]) -> bool:
    """A narrow first column beside wide ones that ends while they go on, further below it than
    it ran, is no table's column (whose cells sit beside their rows down the table) but one of its
    own: a web page's navigation beside its content, read whole before the columns right of it. So
    is one ending higher than they do whose lines are neither level with their cells nor centred on
    them (the page's foot may cut the columns beside it short)."""
    if not narrow[0] or any(narrow[1:]) or not columns[0] or not all(columns[1:]):
        return False
    top, bottom = min(line.top for line in columns[0]), max(line.bottom for line in columns[0])
    below = [max(line.bottom for line in column) - bottom for column in columns[1:]]
    if all(b > bottom - top for b in below):
        return True
    cells = _groups(columns[0])
    return (all(b > 0 for b in below) and not _level(cells, columns[1:])
            and not any(_centred_rows(cells, _groups(column)) for column in columns[1:]))


def _side_table(columns: list[list[Line]], narrow: list[bool], gutters: tuple) -> int | None:
    """How many narrow columns at the left make one side column of its own, read whole before the
    wide column (a sidebar's table of ratings, then its box of facts across it): two or more, a line
    of them set across the gutter between them (no table's label cell reaches over the cell beside
    it), the first one's cells not all level with the wide column's rows. None if they do not."""
    side = next((k for k, n in enumerate(narrow) if not n), len(narrow))
    if side < 2 or side == len(columns) or any(narrow[side:]) or not all(columns):
        return None
    inside = _inner_gutters(columns, side, gutters)
    across = any(line.x0 < g.lo and line.x1 > g.hi for g in inside for column in columns[:side] for line in column)
    return side if across and not _level(_groups(columns[0]), columns[side:]) else None


def _inner_gutters(columns: list[list[Line]], side: int, gutters: tuple) -> tuple:
    """The gutters between the first `side` columns."""
    return tuple(g for g in gutters if (g.lo + g.hi) / 2 < min(line.x0 for line in columns[side]))


def _right_labels(columns: list[list[Line]]) -> list[list[Line]] | None:
    """The cells of a table's label column set right of its one wide column ("No. | Action |
    Core service", the service named once per group of rows), or None: narrower than the
    column left of it by a third at least, every cell reading as a row's label (opening with
    a capital: a column of text going on an item is lower case) and starting level with a cell
    beside it; two or more such cells, or one beside a numbered or bulleted row (its number in a
    cell of its own, "7" | "The trust must …", too; a heading beside a paragraph is no label); no
    regulations column (`_citing_column`)."""
    if len(columns) != 2 or not all(columns):
        return None
    left, right = columns
    width = max(l.x1 for l in left) - min(l.x0 for l in left)
    if max(l.x1 for l in right) - min(l.x0 for l in right) > RIGHT_LABEL_SHARE * width:
        return None
    cells, rows = _groups(right), _groups(left)
    beside = [next((row for row in rows if abs(row[0].top - cell[0].top) < 0.3 * cell[0].size), None) for cell in cells]
    if None in beside or not all(_names_a_row(cell) and cell[0].text[:1].isupper() for cell in cells) or _citing_column(right):
        return None
    first = beside[0][0].text.strip()
    return cells if len(cells) > 1 or bullet_marker(first) or first.isdigit() else None


def _citing_column(column: list[Line]) -> bool:
    """Every cell of the column (but a bold header cell over it) opens with a regulation citation: a
    table's regulations column, read in turn after the columns left of it, however narrow, not as
    labels by row, each such cell as one line."""
    cells = _groups(column)
    cells = cells[1:] if cells and all(line.bold for line in cells[0]) else cells  # under its header cell
    return bool(cells) and all(map(_cites, cells))


def _rows_then_citations(stretch: list[Line], column: list[Line]) -> list[Line]:
    """A table with narrow label columns read across, its regulations column's cells after its rows,
    each cell whole (not a line of it between two of a statement's lines beside it); a bold header
    cell over the column stays with its header row."""
    head = _groups(column)[0]
    cells = [line for line in column if not all(line.bold for line in head) or all(line is not h for h in head)]
    return _in_column(_across([line for line in stretch if all(line is not c for c in cells)])) + _citations_joined(cells)


def _citations_joined(column: list[Line]) -> list[Line]:
    """A regulations column in reading order, each cell that cites read as one line; lines set beside
    the cell's own on their row (a next column the gutters missed, its cell a line long: "Outcome 17:
    Complaints") are no part of it, read after it."""
    out: list[Line] = []
    for group in _groups(_in_column(column)):
        beside = min((b.x0 for a in group for b in group if b.x0 > a.x1 and abs(b.top - a.top) < BASELINE_EM * a.size),
                     default=None)
        cell = [line for line in group if beside is None or line.x0 < beside]
        out += ([_one_line(cell)] if _cites(cell) else cell) + [line for line in group if all(line is not c for c in cell)]
    return out


def _cites(cell: list[Line]) -> bool:
    """The cell opens with a regulation citation ("Regulation 12, 17, 18"): the regulations its row
    breaches, read after the row's actions, not a label naming the row."""
    return opens_with_citation(" ".join(line.text for line in cell))


def _rows_then_labels(label_cells: list[list[Line]], cells: list[Line]) -> list[Line]:
    """A table with its label column on the right read row by row: each row's first printed
    line (all of it: number and text), then the label cell beside it whole, as one line (the
    row's service, read while its item is one line long), then the rest of the row."""
    ordered: list[Line] = []
    pending = list(label_cells)
    for k, line in enumerate(cells):
        ordered.append(line)
        after = cells[k + 1] if k + 1 < len(cells) else None
        if after is not None and abs(after.top - line.top) < 0.3 * line.size:
            continue  # the row's first printed line goes on in another cell ("No." | "Action …")
        level = [cell for cell in pending if abs(cell[0].top - line.top) < 0.3 * line.size]
        for cell in level:
            ordered.append(_one_line(cell))
            pending.remove(cell)
    return ordered + [line for cell in pending for line in cell]


def _nested_labels(labels: list[list[Line]], wide: list[Line]) -> list[list[Line]] | None:
    """The label cells of one or more narrow columns left of a table's one wide column, in
    reading order: one column's cells; of two or more (a service cell spanning a "MUST" row
    and a "SHOULD" row beside it), row by row, each row's cells left to right, so an outer
    cell is read whole before the rows it spans. Every outer cell starts level with a cell of
    the column right of it (set at the top of the rows it spans), or of the wide column (a
    header row's cell over a kind column whose own header cell is blank), and every cell reads
    as a label, each read as one line (its wrapped lines joined: it names its row whole, as
    `_by_table_column` reads it) unless one column is a kind column (locate reads a service cell
    beside its kind cells line by line); else None (a table whose rows are read across)."""
    columns = [_groups(column) for column in labels]
    if len(columns) == 1:
        return columns[0]
    if not all(_names_a_row(cell) for column in columns for cell in column):
        return None
    rows_beside = _groups(wide)
    for outer, inner in zip(columns, columns[1:]):
        if not all(any(abs(cell[0].top - other[0].top) < 0.3 * cell[0].size for other in inner + rows_beside)
                   for cell in outer):
            return None
    rows: list[list[list[Line]]] = []
    for cell in sorted((cell for column in columns for cell in column), key=lambda cell: cell[0].top):
        if rows and abs(cell[0].top - rows[-1][0][0].top) < 0.3 * cell[0].size:
            rows[-1].append(cell)
        else:
            rows.append([cell])
    cells = [cell for row in rows for cell in sorted(row, key=lambda cell: cell[0].x0)]
    return cells if any(map(_kind_column, labels)) else [[_one_line(cell)] for cell in cells]


def _columns(stretch: list[Line], gutters: tuple) -> tuple[list[list[Line]], list[bool]]:
    """The stretch's lines cut into columns at the gutters, and which columns are narrow (or a kind column).
    Of three or more, the last is as wide as the one before it at least: its text may be one
    short line ("None identified.", a list's last words), which does not make it narrow; and a
    column between the first and the last, markedly narrower than the last, whose cells all name
    rows is a label column (a core service beside its location), narrow whatever its width: no
    list column read under labels. A regulations column right of another is read in turn, however
    narrow (`_citing_column`)."""
    edges = sorted({(g.lo + g.hi) / 2 for g in gutters})
    left, right = min(s.x0 for s in stretch), max(s.x1 for s in stretch)
    if len(edges) > 1:
        right = max(right, 2 * edges[-1] - edges[-2])
    bounds = [left] + edges + [right]
    columns: list[list[Line]] = [[] for _ in range(len(edges) + 1)]
    for seg in stretch:
        columns[sum((seg.x0 + seg.x1) / 2 > e for e in edges)].append(seg)
    last = bounds[-1] - bounds[-2]
    split = _sheet_split(sorted(gutters, key=lambda g: g.lo))
    widths = [right - left] * len(columns) if split is None else \
        [(edges[split] - left) if k <= split else (right - edges[split]) for k in range(len(columns))]
    return columns, [b - a < MIN_COLUMN_SHARE * width and not (k and _citing_column(column)) or _kind_column(column)
                     or 0 < k < len(columns) - 1 and EVEN_COLUMNS_RATIO * (b - a) < last and all(map(_names_a_row, _groups(column)))
                     or k == len(columns) - 1 > 0 and _badges(column, columns[k - 1])
                     for k, (a, b, column, width) in enumerate(zip(bounds, bounds[1:], columns, widths))]


def _badges(column: list[Line], before: list[Line]) -> bool:
    """The last column holds only badges (a "Priority: High" pill floated right of each statement's
    first line): one-line cells in type smaller by `TYPE_APART_RATIO` than the text left of them, each
    level with a line there. Narrow whatever room the page leaves them, so the rows are read across,
    each badge after its statement's first line, as where the statement's other lines run under it."""
    if not column or not before or _citing_column(column):
        return False
    text = sorted(line.size for line in before)[len(before) // 2]
    return all(len(cell) == 1 for cell in _groups(column)) and all(
        TYPE_APART_RATIO * line.size <= text and any(abs(line.top - other.top) < 0.3 * text for other in before)
        for line in column)


def _sheet_split(gutters: list[Gutter]) -> int | None:
    """The index of a gutter far wider than every other, with columns of their own on each side:
    two pages printed side by side on one sheet (a two-up print), each page's columns as narrow as
    its own width makes them, not the sheet's: no table's label columns. None on a page of its own."""
    if len(gutters) < 3:
        return None
    widths = [g.hi - g.lo for g in gutters]
    k = max(range(len(gutters)), key=widths.__getitem__)
    if 0 < k < len(gutters) - 1 and all(SHEET_GUTTER_RATIO * w < widths[k] for j, w in enumerate(widths) if j != k):
        return k
    return None


def _kind_column(column: list[Line]) -> bool:
    """Every line of the column says only "MUST" or "SHOULD": a table's kind column, narrow
    whatever its width."""
    return bool(column) and all(kind_word(line.text) for line in column)


def _label_table(stretch: list[Line], gutters: tuple) -> tuple[list[list[Line]], list[list[Line]]] | None:
    """(label cells, the other columns) of a table whose narrow first column labels the rows of two
    or more wide ones, each label cell starting level with a cell beside it; else None. Narrow
    columns between the labels and the wide ones (a rating column) are read in turn like them."""
    columns, narrow = _columns(stretch, gutters)
    first_wide = next((k for k, flag in enumerate(narrow) if not flag), len(narrow))
    if not narrow[0] or len(columns) - first_wide < 2 or any(narrow[first_wide:]):
        return None
    label_cells = _groups(columns[0])
    return (label_cells, columns[1:]) if _level(label_cells, columns[1:]) else None


def _in_column(lines: list[Line], left: float | None = None) -> list[Line]:
    """The lines, each told the left edge of the column they share (indents are relative to
    it): `left`, or where the leftmost of them starts."""
    if not lines:
        return lines
    left = min(line.x0 for line in lines) if left is None else left
    return [line.model_copy(update={"column_left": left}) for line in lines]
