"""Columns found from the whitespace of a page's rows (read.py's rows of words, top to
bottom), measured in ems of the type: a gutter is an x band left empty on consecutive rows
with text on both sides, so one, two, three or mixed columns are found without expecting
positions. A page-wide blank band ends a stretch of columns; a stretch is cut where every
column breaks off and a new block begins (two lists, each set in columns, one under the
other), and trimmed of a heading set under its columns.
"""

from itertools import takewhile
from typing import NamedTuple

from .citations import citation_spans
from .glyphs import FAR, GUTTER_EM
from .list_numbers import next_in_outline, next_in_turn
from .rules import Rule, ruled_across

# Glyphs whose baselines differ by less than this (in ems) share a printed line.
BASELINE_EM = 0.3
# A gutter is at least GUTTER_EM wide (glyphs.py) and has text on each side of it on this many
# rows (columns need not share baselines: the rows of one side may fall between the other's).
MIN_SIDE_ROWS = 2
# Vertical space (in ems) across the whole page that ends a stretch of columns; and the
# space above a line set below the end of both columns that puts it after them.
BLANK_BAND_EM = 1.5
TRAILING_GAP_EM = 1.0
# A column whose next line is this far (in ems) beyond its leading, or a heading, has ended;
# so has one whose line stops this far short of its right edge (a paragraph's last line)
# when the next starts at another indent.
NEW_BLOCK_EM = 0.4
# A column's paragraphs set this near (in ems) one space apart go on at one pace.
PACE_EM = 0.15
SHORT_LINE_EM = 3.0
# The least word space (in ems) a line sets before a word it had room for.
WORD_SPACE_EM = 0.2
# Rows whose tops are nearer than this (in ems) are not two lines of one column.
OFFSET_ROW_EM = 0.9
# Type at most this share of a line's size is smaller type: a footer's, not that line's text.
SMALLER_TYPE = 0.9
# A running footer prints at most this many lines at the page's foot.
FOOT_ROWS = 3
# The columns' text type carries at least this share of their plain characters.
TEXT_TYPE_SHARE = 0.2
# A heading wraps on to at most this many lines; more set alike in a column are a paragraph.
HEADING_LINES = 2
# How a finished sentence ends.
SENTENCE_END = (".", "!", "?", ".)", ".”", ".’")
# A citation closing a finished sentence at a column's foot opened at most this many lines up.
CITATION_ROWS = 3
# A line whose top is above this share of a heading's height is beside it, not below it.
BESIDE_SHARE = 0.6
# Type this much larger than the text beside a gutter is a heading (as in locate.py).
HEADING_RATIO = 1.1
# Sizes within this share of each other are one type; a lead-in wraps on to lines at most this
# many of its ems apart.
SAME_TYPE = 0.03
LEAD_IN_WRAP_EM = 1.8
# A line set in capitals is a heading's style from this many words and letters (not an acronym or two).
CAPITALS_WORDS, CAPITALS_LETTERS = 2, 8
# Word spaces of a justified line are all stretched alike: a gap within this share (plus this
# many ems) of the width of the gap next to it on its baseline is one of them, not a gutter.
EVEN_GAP_SHARE, EVEN_GAP_EM = 0.1, 0.05
# A box's top edge is at most this many ems above its first line (its padding).
BOX_PAD_EM = 1.5
# Lines of one justified column start (and end) within this many ems of each other.
JUSTIFIED_EDGE_EM = 0.15
# A gutter narrowed by a cell's line short of the next column's text edge keeps at least this many
# ems: twice a plain word space (a quarter em in most faces), so no unstretched word space.
NARROWED_GUTTER_EM = 0.5
# A row crossing a band under a heading more than this many ems under a side's one line is the next
# block's, set under the columns' ends, not the rest of a justified line whose word space the band was
# (words across it in other type close it however near: the next block's, `_crossed_under`).
CROSSED_UNDER_EM = 2.5


class Gutter:
    """An x band kept empty down a stretch of rows, with text on both sides of it."""

    def __init__(self, lo: float, hi: float, top: float, em: float):
        self.lo, self.hi, self.top, self.bottom, self.em = lo, hi, top, top, em
        self.opened_em = em  # the size of the row it was found on
        self.rows: list[_BandRow] = []
        self.found_rows = self.rows  # as the sweep saw them, across the whole page
        self.chain = [self]  # this band and those it goes on from over blank bands (a table's rows)
        self.first = 0  # index of its first row among the page's rows
        self.crossed = False  # text set across it right above it, or closing it below (not a blank band, the page's end)
        self.text_lo = lo  # where the left column's text ends on rows with text on both sides (`beside_text`)
        self.next_top: float | None = None  # the top of the page's next row under the band (None: the page's end)
        self.next_size: float | None = None  # and that row's type size
        self.crossed_by: list[dict] = []  # the row that crossed it below, closing it
        self.under_a_line = False  # it opened right under a line of its paragraph set across it (`_set_across`)
        self.over: list[dict] = []  # the row over its first row (`_row_over`)
        self.boxed = False  # it opens right under a drawn rule across it: one row of boxes (`_boxed`)
        self.chars: dict[float, int] = {}  # characters on its rows by their type size

    def add(self, row: list[dict]) -> None:
        # the text's size, not a heading's that opened the band, nor a citation's small wrapped end
        size = row_size(row)
        self.chars[size] = self.chars.get(size, 0) + sum(len(w["text"]) for w in row)
        self.em = min(self.opened_em, text_size(self.chars))
        self.rows.append(self._beside(row, row_top(row), max(w["bottom"] for w in row)))
        self.bottom = row_top(row)

    def beside_text(self, row: list[dict]) -> None:
        """Note where the row's left text ends when it has text right of the band too: the gutter's
        left edge as the columns set it. A row on the left only (a heading over the columns whose
        end reaches into the gutter) narrows the band's whitespace but is no column's edge, so a
        bullet hung out into the gutter below it is still the right column's (`hung_out`)."""
        if any(w["x0"] >= self.hi - 0.5 for w in row):
            self.text_lo = max([self.text_lo] + [w["x1"] for w in row if w["x1"] <= self.lo + 0.5])

    def overreached(self, row: list[dict]) -> bool:
        """A row with text on the left only, in other type than the columns' text (a heading), ending past
        the left column's measure by more than a gutter (its lines beside the right column's all end level
        there: justified, or filling it): wider than the column, it is set across the block under a short
        right column (the next list's heading), not the column's line, and closes the band as text across
        it does. A column whose lines end anywhere shows no measure, and nothing is told."""
        left = [w for w in row if w["x0"] < self.hi - 0.5]
        measured = [r.ends[0] for r in self.rows if r.side[0] is False and r.side[1] is not None]
        if not left or len(left) < len(row) or len(measured) < MIN_SIDE_ROWS \
                or max(measured) - min(measured) > JUSTIFIED_EDGE_EM * self.em:
            return False  # (no column's measure: its lines beside the right column do not all end level)
        ends = max(w["x1"] for w in left) - max(measured) > GUTTER_EM * self.em
        return ends and (abs(row_size(left) - self.em) > SAME_TYPE * self.em or bool(_styled(left, self.em)))

    def _beside(self, words: list[dict], top: float, bottom: float) -> "_BandRow":
        left = [w for w in words if w["x1"] <= self.lo and not is_marker(w)]
        right = [w for w in words if w["x0"] >= self.hi]
        stretched = justified_spaces(words)
        near_left = _segment_ending(left, GUTTER_EM * self.em, stretched=stretched)
        near_right = _segment_ending(right[::-1], GUTTER_EM * self.em, backwards=True, stretched=stretched)
        return _BandRow(top, bottom, _styled(near_left, self.em), _styled(near_right, self.em),
                        (_text_x(near_left), _text_x(near_right)), (_end(near_left), _end(near_right)),
                        (_top(near_left), _top(near_right)), (_bottom(near_left), _bottom(near_right)), words)

    def between(self, bands: list["Gutter"]) -> None:
        """Each row's sides as the columns next to the band see them, only the text between
        the neighbouring bands open on that row: in three columns, a row with nothing in the
        middle column has nothing beside either band there, whatever the outer columns hold."""
        rows = []
        for r in self.found_rows:
            beside = [o for o in bands if o is not self and o.top <= r.top <= o.bottom]
            # from the left neighbour's own left edge: a bullet hung out into that band is this side's
            left_edge = max((o.lo for o in beside if o.hi <= self.lo), default=-FAR)
            right_edge = min((o.lo for o in beside if o.lo >= self.hi), default=FAR)
            rows.append(self._beside([w for w in r.words if w["x0"] >= left_edge - 0.5 and w["x1"] <= right_edge + 0.5],
                                     r.top, r.bottom) if beside else r)
        self.rows = rows

    def valid(self) -> bool:
        """Text on each side on enough rows, counting the bands it goes on from or into over
        blank bands: a table's rows, cut apart by their padding, make one gutter between them.
        One line on a side will do beside more on the other, or beside one on a row of its own
        (`_offset_pair`), when it is level with the other side's first line (or a little apart,
        on a baseline of its own) and no text closes the band by crossing it (a blank band or
        the page's end does) nor opened it, set across it right above: a short block's last
        column, or a table column saying "None identified."
        (two words of a justified line follow, or are followed by, lines set across their gap)."""
        rows = [r for band in self.chain for r in band.rows]
        if self._inside_justified_lines(rows):
            return False
        counts = [sum(r.side[s] is not None for r in rows) for s in (0, 1)]
        if min(counts) == 1 and (max(counts) >= MIN_SIDE_ROWS or self._offset_pair(rows)):
            one = counts.index(1)
            line = next(r for r in rows if r.side[one] is not None)
            base, size = row_base(line.words), row_size(self._side_words(line, one))
            bottom = max(r.bottom for r in rows if r.side[one] is not None)
            return any(abs(base - row_base(r.words)) < OFFSET_ROW_EM * self.em or self._level_tops(line, r, one, size)
                       for r in self._cell_rows(rows, 1 - one)) \
                and not any(band.crossed and not self._crossed_under(band, rows, bottom) or band.under_a_line
                            for band in self.chain)
        return min(counts) >= MIN_SIDE_ROWS

    def _level_tops(self, line: "_BandRow", other: "_BandRow", side: int, size: float) -> bool:
        """The side's one line starts level with the other side's line in larger type (a heading beside it:
        its baseline set lower by its larger type, as a box's padding over both columns leaves them),
        within an offset row's share of an em and the difference of the two sizes."""
        theirs = row_size(self._side_words(other, 1 - side))
        return theirs > size and abs(line.tops[side] - other.tops[1 - side]) < OFFSET_ROW_EM * self.em + theirs - size

    @staticmethod
    def _offset_pair(rows: list["_BandRow"]) -> bool:
        """One line each side on rows of their own: two one-line columns, one set a little higher
        than the other (a box's top padding in the first column only), not a row's two cells."""
        left, right = (next(r for r in rows if r.side[s] is not None) for s in (0, 1))
        return left is not right

    def _crossed_under(self, band: "Gutter", rows: list["_BandRow"], y: float) -> bool:
        """The row that closed `band` crossed it well under y (a column's one line), under a heading
        set between them or itself a heading (the next list's, set across the columns' ends), and no
        line ran across the bands right above: short columns of one item whose lines ended above the
        next list's heading, not a justified line's word space between lines of its column set
        across it. Words across the band in other type than the band's may close it nearer: the
        next block's, never the next line of a justified paragraph (an item run through three
        columns, one line at each end, right over the next list's heading and its smaller items)."""
        below = row_top(band.crossed_by) if band.crossed_by else None
        across = [w for w in band.crossed_by if w["x0"] < band.hi and w["x1"] > band.lo]
        retyped = bool(across) and abs(row_size(across) - self.em) > SAME_TYPE * self.em
        return (below is not None and (below - y > CROSSED_UNDER_EM * self.em or retyped)
                and (any(y < r.top < below and _styled(r.words, self.em) for r in rows)
                     or bool(_styled(band.crossed_by, self.em)))
                and not any(b.under_a_line for b in self.chain))

    def columns_of_its_own(self) -> bool:
        """Text on each side of the band on enough of its own rows (not counting the bands it goes on
        from): columns a rule under them ends, not a table's one-line header row over its cells."""
        return all(sum(r.side[s] is not None for r in self.rows) >= MIN_SIDE_ROWS for s in (0, 1))

    def _inside_justified_lines(self, rows: list["_BandRow"]) -> bool:
        """The band is only the stretched word spaces of a narrow justified column, lined up on a
        few lines ("are        reported," over "investigated   and   that"): on every row with text
        on both sides, the left side starts at one edge and ends anywhere, and the right side ends at
        one edge, but starts somewhere else on each row. A column beside a real gutter starts at its
        edge (or a bullet's indent), so some of its lines start level; a justified column left of
        one ends level. A heading's number alone left of the band is its line's first word ("5.1
        Governance," over "management      and")."""
        lefts = {id(r): self._left_span(r) for r in rows}
        both = [r for r in rows if lefts[id(r)] is not None and r.side[1] is not None]
        if len(both) < MIN_SIDE_ROWS:
            return False
        tol = JUSTIFIED_EDGE_EM * self.em

        def level(xs: list[float]) -> bool:
            return max(xs) - min(xs) <= tol

        starts = sorted(r.starts[1] for r in rows if r.side[1] is not None)
        return level([lefts[id(r)][0] for r in both]) and level([r.ends[1] for r in both]) \
            and not level([lefts[id(r)][1] for r in both]) \
            and (all(b - a > tol for a, b in zip(starts, starts[1:])) or self._last_words_only(both, tol))

    def _last_words_only(self, both: list["_BandRow"], tol: float) -> bool:
        """Right of the band is one word of letters on each row (no date or reference: a sheet's last cells),
        and a line set across the band right over or under its rows starts where their left text starts and
        ends where those words end: each the last word of a justified line of its column (two of them may
        start level by chance, short words alike), not a column of its own."""
        across = [row for row in (self.chain[0].over, self.chain[-1].crossed_by)
                  if any(w["x0"] < self.hi and w["x1"] > self.lo for w in row)]
        start, end = self._left_span(both[0])[0], both[0].ends[1]
        words = [self._side_words(r, 1) for r in both]
        return all(len(w) == 1 and w[0]["text"].rstrip(".,;:").isalpha() for w in words) and any(
            any(abs(w["x1"] - end) <= tol for w in row) and any(abs(w["x0"] - start) <= tol for w in row)
            for row in across)

    def _left_span(self, row: "_BandRow") -> tuple[float, float] | None:
        """Where the row's text left of the band starts and ends, or where a list number (or bullet)
        alone there does: `_BandRow` sides leave markers out."""
        if row.side[0] is not None:
            return row.starts[0], row.ends[0]
        marks = [w for w in row.words if w["x1"] <= self.lo]
        return (min(w["x0"] for w in marks), max(w["x1"] for w in marks)) if marks else None

    def _cell_rows(self, rows: list["_BandRow"], side: int) -> list["_BandRow"]:
        """The rows where the side's text starts anew: its first line, a line after more than half a
        line's space (a table's next row, where the one-line cell beside it says "MUST"; as
        read.py's `_groups` tells cells), and the first line under a heading (a list's first
        item, whose other column holds one line beside it)."""
        lines = [r for r in rows if r.side[side] is not None]
        return [r for n, r in enumerate(lines)
                if n == 0 or r.tops[side] - lines[n - 1].bottoms[side] > 0.5 * self.em or lines[n - 1].side[side]]

    def under_rule(self, index: int, row: list[dict]) -> "Gutter":
        """The band going on under the rule that closed it, into the table's next row of cells (a cell
        each side of it, `_cells_either_side`): their lines, wrapping at different heights, may sit
        on baselines of their own and never leave a gutter's width open on one row (a cell's first
        line alone, or a line coming within a word space of the next cell's); the sweep ends it on
        the first row that crosses it."""
        band = Gutter(self.lo, self.hi, row_top(row), self.em)
        band.first = index
        band.follow(self)
        return band

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
            piece.next_top = self.rows[end].top if end < len(self.rows) else self.next_top
            piece.next_size = (row_size(self.rows[end].words) if self.rows[end].words else None) \
                if end < len(self.rows) else self.next_size
            if piece.valid():
                pieces.append(piece.trimmed())
        return pieces

    def _breaks_at(self, i: int) -> list[tuple] | None:
        """How each column beside the band breaks off before row i, or None if one goes on:
        per side, (starts with a heading, the tops of its first line and of its first line
        in body type after that, broke, goes on from elsewhere: see `_goes_on_elsewhere`, size,
        opens a new item after a finished sentence: `_opens_item_after`, the tops of a bold heading's
        lines with body text under them, or None). A column breaks off after a
        gap beyond its leading, with a heading, or, after a short line, with a line at another
        indent (flowing on at its usual leading); it may have broken off where it goes on at
        another indent after a full line, or in lower case after a short one, or with a new item
        after a finished sentence, its number hung out into the band so that its text starts at the
        column's edge (`broke` False: see `_new_block`)."""
        ends = []
        # each column's leading: a column of one line has none of its own, and keeps the other's (one block's)
        leadings = [self._leading([r for r in self.rows[:i] if r.side[side] is not None], side) for side in (0, 1)]
        for side in (0, 1):
            above = [r for r in self.rows[:i] if r.side[side] is not None]
            below = [r for r in self.rows[i:] if r.side[side] is not None][:2]
            if not below or len(above) < 2 and not (self._one_line_block(above, below[0], side) or self._runs_across_top(i)) \
                    or self._heading_wraps_on(above, below[0], side) or self._announced_sub_item(above[-1], below[0], side):
                return None  # a column just begun, a heading wrapping on, or an item going on: no block ends here
            leading = leadings[side] if len(above) > 1 else leadings[1 - side]
            gap = below[0].tops[side] - above[-1].bottoms[side]
            # the measure of the text under the side's last heading (a column's narrative above a list
            # may be set wider than the list's items)
            headed = max((k for k, r in enumerate(above[:-1]) if r.side[side]), default=-1)
            room = max(r.ends[side] for r in above[headed + 1:]) - above[-1].ends[side]
            # a paragraph's last line: short, and the next line's first word would have fitted on it
            short = room > SHORT_LINE_EM * self.em and room > self._first_word_width(below[0], side) + WORD_SPACE_EM * self.em
            shifted = abs(below[0].starts[side] - above[-1].starts[side]) > NEW_BLOCK_EM * self.em \
                and not self._hanging_wrap(above[-1], below[0], side)
            # a line in lower case after a paragraph's last line (a short one, or one ending its
            # sentence or its closing citation) carries on text from elsewhere: the column broke off
            elsewhere = self._goes_on_elsewhere(above, below[0], side) \
                or gap > leading + NEW_BLOCK_EM * self.em and self._cites_after_finished(above, below[0], side)
            # text going on in other type than the column's last line is no line of its paragraph:
            # the next block's (a should box in smaller type under a must box, both over the columns)
            retyped = not self._same_size(above[-1], below[0], side)
            elsewhere = elsewhere or retyped and self._opens_lower(below[0], side)
            # an item opening under text broken off mid-clause: that text goes on in another column
            item = self._opens_item_after(above, below[0], side)
            # a heading: bold or larger than the band's text, not opening in lower case (a larger
            # block's sentence going on beside the smaller type that sets the band's em)
            heading = bool(below[0].side[side]) and not self._opens_lower(below[0], side) \
                or self._lead_in_own_type(above[-1], below, side) or self._heading_own_type(above[-1], below, side)
            # (not a sub-item after its bare sibling, set at the pace the siblings keep: one item's list)
            broke = (heading or gap > leading + NEW_BLOCK_EM * self.em or short and shifted
                     or elsewhere or retyped or item and self._cut_mid_clause(above, side)
                     and not self._next_sibling(above, below[0], gap, side))
            carried = short and self._opens_lower(below[0], side)
            # an item at the column's own indent after a finished sentence is the list going on
            # (a list's next item level with a heading in the other column cuts no block)
            hung = item and self._hung_marker(below[0], side)
            if not (broke or shifted or carried or hung) or not (heading or elsewhere or retyped) and self._paced(above, gap, leading, side):
                return None
            # its first line's top and the first below it in body type (a wrapped heading's
            # second line is not the line under the heading that other columns begin level with)
            under = next((r for r in self.rows[i:][1:] if r.side[side] is False
                          or r.side[side] and not self._same_type(r, below[0], side)), None)
            tops = [below[0].tops[side]] + ([under.tops[side]] if under is not None else [])
            size = row_size(self._side_words(below[0], side) or [{"size": self.em}])
            # a heading set in bold with body text under it: the tops of its lines (None: headings only, to
            # the band's end; not a paragraph only larger than a smaller type beside it)
            bold = heading and _bold(self._side_words(below[0], side))
            after = [r for r in self.rows[i:] if r.side[side] is not None]
            lines = list(takewhile(lambda r: r.side[side], after))
            heads = [r.tops[side] for r in lines] if bold and len(lines) < len(after) else None
            ends.append((heading, tops, broke, elsewhere, size, item, heads))
        return ends

    @staticmethod
    def _leading(above: list["_BandRow"], side: int) -> float:
        """The least space between the side's lines above (each column's own lines: the other column's, on
        baselines a little apart, share its rows); FAR for fewer than two."""
        return min((b.tops[side] - a.bottoms[side] for a, b in zip(above, above[1:])), default=FAR)

    def _announced_sub_item(self, above: "_BandRow", below: "_BandRow", side: int) -> bool:
        """On that side, the line above leads on with a colon and the line below opens with a bullet or
        number set right of where that line starts: the sub-items it announces ("… including that:" over
        "▪ falls risk assessments …"), its item going on, whatever block the other column begins."""
        words = sorted(self._side_words(above, side), key=lambda w: w["x0"])
        under = sorted(self._side_words(below, side), key=lambda w: w["x0"])
        return bool(words and under) and words[-1]["text"].endswith(":") and is_marker(under[0]) \
            and under[0]["x0"] > above.starts[side] + NEW_BLOCK_EM * self.em

    def _one_line_block(self, above: list["_BandRow"], below: "_BandRow", side: int) -> bool:
        """The side's one line above ends a finished sentence and the line below is set in other
        type: a box's last column holding one line (the last words of an item carried from the column
        before, closed by its citation) over the next block's column, stacked with no blank between."""
        return len(above) == 1 and self._finished(above, side) and not self._same_size(above[0], below, side)

    def _runs_across_top(self, i: int) -> bool:
        """Above row i, the columns open level and the left one's text, cut mid-clause at its foot, goes
        on in lower case at the right one's top: one item run through short columns (a one-item block
        of a line or two a column); or the left one's text ends its sentence and the right one's only line
        is a citation alone (that sentence's, carried to the next column's top). A side's one line there
        is that column whole, which may end its block, not the first line of a column just begun."""
        lefts, rights = ([r for r in self.rows[:i] if r.side[s] is not None] for s in (0, 1))
        return bool(lefts and rights) and abs(lefts[0].tops[0] - rights[0].tops[1]) < BASELINE_EM * self.em \
            and (self._opens_lower(rights[0], 1) and self._cut_mid_clause(lefts, 0)
                 or len(rights) == 1 and self._citation_alone(rights[0], 1) and self._finished(lefts, 0))

    def _paced(self, above: list["_BandRow"], gap: float, leading: float, side: int) -> bool:
        """The side goes on after the space it set between its paragraphs (items) above, no wider:
        its list going on at its own pace beside the other column's next heading (a group heading
        of a list run on from that column's foot, "Kingsmere General Hospital", set level with it),
        not the next block's first line, set apart by the space over a new block."""
        body = [r for r in above if r.side[side] is False]
        spaces = [b.tops[side] - a.bottoms[side] for a, b in zip(body, body[1:]) if self.rows.index(b) == self.rows.index(a) + 1
                  or all(r.side[side] is None for r in self.rows[self.rows.index(a) + 1:self.rows.index(b)])]
        paragraph = [space for space in spaces if space > leading + NEW_BLOCK_EM * self.em]
        return any(abs(gap - space) <= PACE_EM * self.em for space in paragraph)

    def _next_sibling(self, above: list["_BandRow"], below: "_BandRow", gap: float, side: int) -> bool:
        """On that side, the line below opens with a bullet at the x of an earlier bullet of the column,
        under a line of the column's further left (their parent item's), set the same space under the
        line before it: the next of one item's sub-bullets, set at the column's own pace ("including
        that:" / "– assessments are completed" / "– blood tests are carried out"), whose bare ends
        break off no clause. An item after text cut mid-clause is otherwise the next block's."""
        mark, paced = self._marker_x(below, side), None
        if mark is None:
            return False
        for k in range(len(above) - 1, -1, -1):
            row = above[k]
            earlier = self._marker_x(row, side)
            if row.side[side] or min(earlier or FAR, row.starts[side]) < mark - BASELINE_EM * self.em:
                return bool(paced) and not row.side[side]  # the parent item's first line (not a heading)
            if paced is None and k and earlier is not None and abs(earlier - mark) <= BASELINE_EM * self.em:
                paced = abs(row.tops[side] - above[k - 1].bottoms[side] - gap) <= PACE_EM * self.em
        return False

    def _marker_x(self, row: "_BandRow", side: int) -> float | None:
        """Where the row's bullet or number on that side stands, if it opens with one."""
        words = sorted(self._side_words(row, side), key=lambda w: w["x0"])
        return words[0]["x0"] if words and is_marker(words[0]) else None

    def _hanging_wrap(self, above: "_BandRow", below: "_BandRow", side: int) -> bool:
        """On that side, the line above opens with a bullet or number and the line below starts
        right of that marker, no further right than the text after it: the item's next line at its
        hanging indent (a bullet and its space may take more room than the indent), not a line set
        at another indent."""
        words = sorted(self._side_words(above, side), key=lambda w: w["x0"])
        text = next((k for k, w in enumerate(words) if w["x0"] >= above.starts[side] - 0.5), 0)
        return text > 0 and is_marker(words[text - 1]) and \
            words[text - 1]["x1"] - 0.5 <= below.starts[side] <= above.starts[side] + 0.5

    def _heading_wraps_on(self, above: list["_BandRow"], below: "_BandRow", side: int) -> bool:
        """The side's last line above is set as a heading (bold or larger than the band's text),
        one of at most `HEADING_LINES` so set in a row. More are a paragraph in larger type (a
        narrative over a list in smaller type), which may end a block, when they are plain and
        larger than the columns' own text and the line `below` leaves their type: a small bold
        label sets the band's em, so the columns' ordinary lines under it look larger than that,
        and a main column beside a panel in smaller type goes on in its own type."""
        run = []
        for row in reversed(above):
            if not row.side[side]:
                break
            run.append(row)
        if run and self._next_heading(run[0], below, side):
            return False
        if len(run) <= HEADING_LINES:
            return bool(run) and not self._plain_sentence(run, side)
        text = HEADING_RATIO * self.text_em()
        return self._same_type(run[0], below, side) or not all(
            not _bold(words) and row_size(words) >= text for words in (self._side_words(row, side) for row in run))

    def _next_heading(self, last: "_BandRow", below: "_BandRow", side: int) -> bool:
        """The line below is a heading over a block of its own, not the line above wrapping on: set in
        the type of the left column's heading above, further under it than a heading wraps on to
        (LEAD_IN_WRAP_EM of its ems, top to top) while that heading's words go on at the next column's
        top (a should list's lead-in under a must list's), or in bold under a plain list item that is
        only larger than the band's text (a should list's heading under a must list's items, set larger
        than the should items)."""
        size = row_size(self._side_words(last, side))
        if not below.side[side]:
            return False
        if self._plain_item(last, side):
            return _bold(self._side_words(below, side))
        return side == 0 and self._heading_runs_on_right(last) and below.tops[side] - last.tops[side] > LEAD_IN_WRAP_EM * size

    def _heading_runs_on_right(self, last: "_BandRow") -> bool:
        """The column right of the band opens with a line in the type of the left column's heading
        `last`, in lower case: that heading's words carried on to the next column ("regulations. The" /
        "provider must:"), so it wraps on there, not down its own column."""
        right_top = next((r for r in self.rows if r.side[1] is not None), None)
        if right_top is None or not right_top.side[1] or not self._opens_lower(right_top, 1):
            return False
        heading, top = self._side_words(last, 0), self._side_words(right_top, 1)
        return abs(row_size(heading) - row_size(top)) <= SAME_TYPE * row_size(top) and _bold(heading) == _bold(top)

    def _plain_item(self, row: "_BandRow", side: int) -> bool:
        """The row's text on that side opens with a bullet or number and is not bold: a list item,
        though `_styled` finds it larger than the band's text (a must list's items over a should
        list's in smaller type)."""
        words = sorted(self._side_words(row, side), key=lambda w: w["x0"])
        return bool(words) and is_marker(words[0]) and not _bold(words[1:] or words)

    def _plain_sentence(self, run: list["_BandRow"], side: int) -> bool:
        """The run of lines (last first), larger than the band's text but plain, opens in lower case
        or ends with a full stop: a sentence's lines in larger type (a must box's text over a
        should box's in smaller type), no heading."""
        words = [sorted(self._side_words(row, side), key=lambda w: w["x0"]) for row in reversed(run)]
        if not all(words) or any(_bold(w) for w in words):
            return False
        return words[0][0]["text"][:1].islower() or words[-1][-1]["text"].endswith(".")

    def _same_type(self, a: "_BandRow", b: "_BandRow", side: int) -> bool:
        """The two rows' text on that side is set in one type (size and weight): a heading's
        wrapped line, not another heading under it."""
        words = [self._side_words(r, side) for r in (a, b)]
        return all(words) and abs(row_size(words[0]) - row_size(words[1])) <= SAME_TYPE * row_size(words[1]) \
            and _bold(words[0]) == _bold(words[1])

    def _same_size(self, a: "_BandRow", b: "_BandRow", side: int) -> bool:
        """The two rows' text on that side is set in one size, bold or not."""
        words = [self._side_words(r, side) for r in (a, b)]
        return not all(words) or abs(row_size(words[0]) - row_size(words[1])) <= SAME_TYPE * row_size(words[1])

    def _side_words(self, row: "_BandRow", side: int) -> list[dict]:
        """The row's words on that side of the band."""
        return [w for w in row.words if (w["x1"] <= self.lo if side == 0 else w["x0"] >= self.hi)]

    def _goes_on_elsewhere(self, above: list["_BandRow"], below: "_BandRow", side: int) -> bool:
        """On that side, the text above ends its sentence (`_finished`) and the line below opens in
        lower case: it goes on from another column, not from the text above it."""
        return self._opens_lower(below, side) and self._finished(above, side)

    def _lead_in_own_type(self, above: "_BandRow", below: list["_BandRow"], side: int) -> bool:
        """On that side, the line below is one line leading on with a colon to an item, in type of its own
        (neither the size of the line above it nor of the item's): a list's heading set plain and smaller
        than the lists ("In addition the service should:" between a must and a should list), which the
        band's type takes for no heading."""
        words = [sorted(self._side_words(row, side), key=lambda w: w["x0"]) for row in below]
        return len(words) == 2 and bool(words[1]) and words[0][-1]["text"].endswith(":") and is_marker(words[1][0]) \
            and not self._same_size(above, below[0], side) and not self._same_size(below[1], below[0], side)

    def _heading_own_type(self, above: "_BandRow", below: list["_BandRow"], side: int) -> bool:
        """On that side, the line below is one line set larger than the text either side of it, which is
        one type, and the line under it opens an item: a list's heading set plain and only a little larger
        than its text (less than the band's heading ratio), not opening in lower case nor ending a sentence,
        which the band's type takes for no heading."""
        words = [sorted(self._side_words(row, side), key=lambda w: w["x0"]) for row in below]
        if len(words) != 2 or not all(words) or not is_marker(words[1][0]) or _bold(words[0]) \
                or self._opens_lower(below[0], side) or words[0][-1]["text"].endswith(SENTENCE_END):
            return False
        return row_size(words[0]) > row_size(self._side_words(above, side) or words[0]) \
            and not self._same_size(above, below[0], side) and self._same_size(above, below[1], side)

    def _cites_after_finished(self, above: list["_BandRow"], below: "_BandRow", side: int) -> bool:
        """On that side, the text above ends its sentence and the line below, set apart by a paragraph's gap,
        is a bracketed citation alone: the citation of a sentence finished in another column (a box's item
        ending at the column's foot, its "(Regulation 10(1)(a)(b))" at the next column's top), not of the
        text above it, which it would follow at the column's leading."""
        return self._citation_alone(below, side) and self._finished(above, side)

    def _citation_alone(self, row: "_BandRow", side: int) -> bool:
        """The row's text on that side is a bracketed citation and nothing else ("(Regulation 12(2)(g))")."""
        text = " ".join(w["text"] for w in sorted(self._side_words(row, side), key=lambda w: w["x0"]))
        return text.startswith("(") and text.endswith(")") and citation_spans(text[1:])[:1] == [(0, len(text) - 2)]

    def _opens_item_after(self, above: list["_BandRow"], below: "_BandRow", side: int) -> bool:
        """On that side, the text above ends its sentence and the line below opens with a bullet or
        number (on the right, one hung out into the band): a new item, which may open the next block level with a heading beside it (a list
        box's columns start at one height; the larger type of the heading sets its first line lower).
        So may one after text broken off mid-clause (its last word bare or with a comma or hyphen,
        not a colon or semicolon leading on to the item): that text goes on in another column, and
        the item is the next block's."""
        words = self._side_words(below, side)
        return bool(words) and (is_marker(words[0]) or self._hung_marker(below, side)) \
            and (self._finished(above, side) or self._cut_mid_clause(above, side))

    def _hung_marker(self, row: "_BandRow", side: int) -> bool:
        """On the right, the row's bullet or number stands out in the band, its text at the column's edge."""
        return side == 1 and any(is_marker(w) and w["x0"] >= self.lo - 0.5 for w in row.words if w["x1"] <= self.hi + 0.5)

    def _cut_mid_clause(self, above: list["_BandRow"], side: int) -> bool:
        """On that side, the text above ends mid-clause: its last word bare, or with a comma or hyphen,
        outside any bracket it opened (a citation's "(Regulations 12 and" goes on with "17)")."""
        words = [w for row in above[-CITATION_ROWS:] for w in sorted(self._side_words(row, side), key=lambda w: w["x0"])]
        last = words[-1]["text"] if words else ""
        text = " ".join(w["text"] for w in words)
        return bool(last) and (last[-1].isalnum() or last[-1] in ",-\u00ad\u2010") and text.count("(") <= text.count(")")

    def _opens_mid_item(self, i: int) -> bool:
        """Above row i, the column right of the band opens with a line starting at the text edge of
        an item set below it (right of that item's bullet), with no bullet of its own: an item's
        wrapped line, going on from another column."""
        rights = [r for r in self.rows[:i] if r.side[1] is not None]
        words = sorted(self._side_words(rights[0], 1), key=lambda w: w["x0"]) if rights else []
        if not words or is_marker(words[0]):
            return False
        edge = rights[0].starts[1]
        return any(is_marker(first := min(self._side_words(r, 1), key=lambda w: w["x0"]))
                   and first["x1"] - 0.5 <= edge and abs(r.starts[1] - edge) <= 0.5 for r in rights[1:])

    def _finished(self, above: list["_BandRow"], side: int) -> bool:
        """On that side, the text above ends its sentence (or the bracket that closes a finished
        sentence, opened on its line or any line before: "… score. (Regulation 12(2)(g))", "…
        guidance. (Regulation" over "18(2)(a))", a 2010 regulation's name wrapped over four lines of
        a narrow column, or a line that is a bracket alone)."""
        words = [w for row in above for w in sorted(self._side_words(row, side), key=lambda w: w["x0"])]
        if not words:
            return False
        if words[-1]["text"].endswith(SENTENCE_END):
            return True
        if not words[-1]["text"].endswith(")"):
            return False
        depth = 0
        for k in range(len(words) - 1, -1, -1):  # back to the bracket the last one closes
            depth += words[k]["text"].count(")") - words[k]["text"].count("(")
            if depth <= 0:
                return words[k]["text"].startswith("(") and (k == 0 or words[k - 1]["text"].endswith(SENTENCE_END))
        return False

    def _first_word_width(self, row: "_BandRow", side: int) -> float:
        """The width of the row's first word on that side of the band (after a bullet)."""
        words = sorted((w for w in self._side_words(row, side) if not is_marker(w) and w["x0"] >= row.starts[side] - 0.5),
                       key=lambda w: w["x0"])
        return words[0]["x1"] - words[0]["x0"] if words else 0.0

    def _opens_lower(self, row: "_BandRow", side: int) -> bool:
        """The row's text on that side of the band begins in lower case."""
        words = self._side_words(row, side)
        return bool(words) and words[0]["text"][:1].islower()

    def runs_on_across(self, start: int, i: int) -> bool:
        """The column right of the band opens the stretch (from row `start`) in mid-sentence,
        while every paragraph of the column left of it above row i ends its sentence: the
        right column's top goes on from nothing above i, so from the left column further
        down. Text that runs down one column and on at the top of the next (a box broken over
        columns), with headings level in both at i, is one block, not two set one under the
        other."""
        right_top = next((r for r in self.rows[start:i] if r.side[1] is not None), None)
        lefts = [r for r in self.rows[start:i] if r.side[0] is not None]
        if right_top is None or not lefts:
            return False
        right = sorted((w for w in right_top.words if w["x0"] >= self.hi), key=lambda w: w["x0"])
        if not right or is_marker(right[0]) or not right[0]["text"][:1].islower():
            return False
        ends = [a for a, b in zip(lefts, lefts[1:]) if b.side[0] or is_marker(self._left_words(b)[0])] + [lefts[-1]]
        return all(self._left_words(r)[-1]["text"].endswith(SENTENCE_END) for r in ends)

    def wrapped_across_above(self, start: int, i: int) -> bool:
        """Above row i (from row `start`), the column left of the band breaks off mid-clause on a full
        line right over a heading, and the column right of it opens in lower case and ends its sentence:
        one paragraph set in two columns and closed there, so what either column holds from row i on is
        the next block's, however far under the heading the right column's list begins (its first item
        level with the heading's second line). A short line (a table's cell, a paragraph's last) is no
        column's end."""
        lefts = [r for r in self.rows[start:i] if r.side[0] is not None]
        rights = [r for r in self.rows[start:i] if r.side[1] is not None]
        if not lefts or not rights or not self.rows[i].side[0]:
            return False
        sizes = [row_size(self._side_words(lefts[-1], 0)), row_size(self._side_words(rights[0], 1))]
        if max(sizes) - min(sizes) > SAME_TYPE * max(sizes):
            return False  # not one paragraph's type: a heading wrapping on in larger type ("ACTION … TO" / "IMPROVE")
        right = sorted(self._side_words(rights[0], 1), key=lambda w: w["x0"])
        return not is_marker(right[0]) and self._opens_lower(rights[0], 1) and self._finished(rights, 1) \
            and self._cut_mid_clause(lefts, 0) and self._full(lefts[-1], rights[0])

    def _full(self, left: "_BandRow", right: "_BandRow") -> bool:
        """The left line reaches the band, or leaves too little room before it for the right line's first
        word and a space before it (as wide as the face sets it: up to twice the least word space)."""
        room = self.lo - left.ends[0]
        return room < SHORT_LINE_EM * self.em or room < self._first_word_width(right, 1) + 2 * WORD_SPACE_EM * self.em

    def lead_in_open(self, i: int) -> bool:
        """A column beside the band ends above row i on a colon and goes on below it no further
        left than that line: a lead-in ("… including that:") whose items hang under it, so the rows
        above and below are one stretch, whatever heading the other column sets level with its
        items (a bullet further left below it opens the next block's list)."""
        for side in (0, 1):
            last = next((r for r in reversed(self.rows[:i]) if r.side[side] is not None), None)
            words = sorted(self._side_words(last, side), key=lambda w: w["x0"]) if last else []
            under = next((r for r in self.rows[i:] if r.side[side] is not None), None)
            below = sorted(self._side_words(under, side), key=lambda w: w["x0"]) if under else []
            if words and words[-1]["text"].endswith(":") and below and below[0]["x0"] >= words[0]["x0"] - 0.5:
                return True
        return False

    def _left_words(self, row: "_BandRow") -> list[dict]:
        return sorted((w for w in row.words if w["x1"] <= self.lo), key=lambda w: w["x0"]) or [{"text": "", "marker": False}]

    def trimmed(self) -> "Gutter":
        """Without the rows after both columns have ended: a heading set under the columns,
        a paragraph gap below the shorter one, is read after them, not inside the longer
        (unless the longer column had already run on past the shorter's end: then a line in
        body type is its own next item, except on the band's last row, unbulleted, where text
        across the band follows: a list heading set in body type over the next block). A body
        line that fills the left column's measure is the column's own, wherever it falls; and
        so is a heading in the left column when that column runs on alone under it, filling
        its measure there (columns filled in turn, not balanced: the left one full, the right
        one short; text set across the columns would have closed the band)."""
        ends = min(max((r.bottom for r in self.rows if r.side[s] is not None), default=self.top) for s in (0, 1))
        measure = self._left_measure()
        if self._filled_in_turn(ends, measure):
            return self
        closing = self._closing_rows(ends, measure)
        previous_bottom = None
        side_bottoms: list[float | None] = [None, None]  # where each column's text above ends
        heads: list[bool] = [False, False]  # each column's line above is a heading beside the other's text
        foot = self._carried_foot(ends)
        for row in self.rows:
            # a line that fills the left column's measure, wrapping on, is that column's: not under the columns;
            # so is the text under a heading of its column set beside the other column's text
            filled = row.ends[0] is not None and measure - row.ends[0] < NEW_BLOCK_EM * self.em and not row.side[0] \
                or foot is not None and row.top <= foot or self._heads_right_top(row) \
                or any(here is False and headed for here, headed in zip(row.side, heads)) or self._in_left_type(row)
            # the space over the row's own text, from the column it is set under (another column's
            # line on a baseline a little lower shares the row above, and is no text over it)
            above = max((b for b, here in zip(side_bottoms, row.side) if b is not None and here is not None),
                        default=previous_bottom)
            if row is closing or (row.top > ends and above is not None and row.top - above > TRAILING_GAP_EM * self.em
                    and not filled
                    and (any(row.side) or previous_bottom <= ends + NEW_BLOCK_EM * self.em
                         or row is self.rows[-1] and not any(is_marker(w) for w in row.words[:1]))):
                self.bottom = max(r.top for r in self.rows if r.top < row.top)
                break
            previous_bottom = row.bottom
            side_bottoms = [b if b is not None else old for b, old in zip(row.bottoms, side_bottoms)]
            heads = [self._heads_beside(row, s, ends) if here is not None else headed
                     for s, (here, headed) in enumerate(zip(row.side, heads))]
        return self

    def _in_left_type(self, row: "_BandRow") -> bool:
        """A plain row on the left only in the left column's own type, other than the right column's (a side
        panel's smaller type beside the main column): the panel going on under the main column's end, not
        text set under both columns."""
        if row.side[0] is not False or row.side[1] is not None:
            return False
        sizes = []
        for side in (0, 1):
            chars: dict[float, int] = {}
            for r in self.rows:
                words = [w for w in r.words if (w["x1"] <= self.lo if side == 0 else w["x0"] >= self.hi)
                         and not all(g.bold for g in w["chars"])]
                if words:
                    chars[row_size(words)] = chars.get(row_size(words), 0) + sum(len(w["text"]) for w in words)
            if not chars:
                return False
            sizes.append(max(chars, key=chars.get))  # the type most of each column is set in, not a heading's
        own = row_size(self._left_words(row))
        return abs(sizes[0] - sizes[1]) > SAME_TYPE * max(sizes) and abs(own - sizes[0]) <= SAME_TYPE * sizes[0]

    def _heads_beside(self, row: "_BandRow", side: int, ends: float) -> bool:
        """The row is a heading on that side, above the columns' ends, beside (or under) text of the
        other column: a heading inside its column, over what follows it there."""
        return bool(row.side[side]) and row.top < ends and any(
            r.side[1 - side] is False and r.top < row.bottom for r in self.rows)

    def _closing_rows(self, ends: float, measure: float | None) -> "_BandRow | None":
        """The first of the band's last rows when they are set under its columns, not in the left one,
        though no wider than it and close under it: below the right column's end, on the left only,
        back out of the hanging indent of the left column's last item after that item's finished
        sentence, opening no item, no line of them filling the column's measure nor leading on with a
        colon, not all headings, and nothing under them before a page-wide blank; while the right
        column opens with an item, or goes on in lower case the left column's last item broken off
        mid-clause (columns filled in turn). A line in smaller type right under them (a running
        footer) is not text they run into. A list in balanced columns over a letter's signature
        ("Professor Sir Mike Richards" / "Chief Inspector of Hospitals"): the right column's items
        follow the left one's, and the signature follows both."""
        right_top = next((r for r in self.rows if r.side[1] is not None), None)
        items = [k for k, r in enumerate(self.rows) if r.side[0] is not None and is_marker(self._left_words(r)[0])]
        if right_top is None or not items or measure is None:
            return None
        right_first = min((w for w in right_top.words if w["x0"] >= self.hi), key=lambda w: w["x0"])
        if not is_marker(right_first) and not right_first["text"][:1].islower():
            return None
        item = self.rows[items[-1]]
        tail = self.rows[items[-1] + 1:]
        # out of the item's text; out left of its bullet when the right column goes on the item (its
        # wraps may hang left of its text, or go back to its bullet)
        edge = item.starts[0] if is_marker(right_first) else self._left_words(item)[0]["x0"]
        k = next((n for n, r in enumerate(tail)
                  if r.starts[0] is not None and r.starts[0] < edge - NEW_BLOCK_EM * self.em), None)
        if k is None:
            return None
        rows = tail[k:]
        last = self._left_words(rows[-1])[-1]["text"]
        if not (all(r.top > ends and r.side[1] is None and r.side[0] is not None for r in rows)
                and not any(is_marker(self._left_words(r)[0]) for r in rows)
                and all(self._short_or_past(r, self.rows[:items[-1] + 1 + k], measure) for r in rows)
                and not all(r.side[0] for r in rows) and not last.endswith(":")
                and (self._finished(self.rows[:items[-1] + 1 + k], 0) if is_marker(right_first)
                     else self._cut_mid_clause(self.rows[:items[-1] + 1 + k], 0))
                and (self.next_top is None or self.next_top - rows[-1].bottom > BLANK_BAND_EM * self.em
                     or self.next_size is not None and self.next_size < SMALLER_TYPE * row_size(rows[-1].words))):
            return None
        return rows[0]

    def _short_or_past(self, row: "_BandRow", above: list["_BandRow"], measure: float) -> bool:
        """The row's left text stops well short of the left column's measure, or runs past the end
        of every body line of the column above it (into the band: a signature set under the
        columns, whose end narrowed the band and so set the measure itself)."""
        own = max((r.ends[0] for r in above if r.ends[0] is not None and r.side[0] is False), default=measure)
        return measure - row.ends[0] >= SHORT_LINE_EM * self.em or row.ends[0] > own + NEW_BLOCK_EM * self.em

    def ends_at_right_top(self, bottom: float, under: float | None, size: float, end: float) -> bool:
        """Text left of the band in type of `size`, ending at `bottom`, with nothing under it before
        a page-wide blank in its own type (`under`: the top of the page's next row below it, None at
        the page's end; a chapter heading's own space under it is no such blank), is the left
        column's foot, going on at the right column's top when that column opens with a heading or
        an item, not text going on mid-sentence: columns filled in turn, a list's heading at the
        left column's foot is read before its list at the right column's top, not after both
        columns as a lead-in of nothing below it. Only text set in the column next to the band,
        reaching (`end`) past where that column's lines start beside the right column: a line under
        the first of three columns, short of the middle one's edge, is no foot of the middle one."""
        if under is not None and under - bottom <= BLANK_BAND_EM * max(size, self.em):
            return False
        starts = sorted(r.starts[0] for r in self.rows if r.starts[0] is not None and r.side[1] is not None)
        return (not starts or end > starts[len(starts) // 2]) and self._right_opens_anew(self.rows)

    def _right_opens_anew(self, rows: list["_BandRow"]) -> bool:
        """The column right of the band opens on those rows with a heading or an item."""
        right_top = next((r for r in rows if r.side[1] is not None), None)
        if right_top is None:
            return False
        first = min((w for w in right_top.words if w["x0"] >= self.hi), key=lambda w: w["x0"])
        return bool(right_top.side[1]) or is_marker(first)

    def _heads_right_top(self, row: "_BandRow") -> bool:
        """The row and every row after it in the band are headings on its left only, at the
        left column's foot, going on at the right column's top (`ends_at_right_top`)."""
        foot = self.rows[self.rows.index(row):]
        return all(r.side == (True, None) for r in foot) and self.ends_at_right_top(
            foot[-1].bottom, self.next_top, max(row_size(self._side_words(r, 0)) for r in foot),
            max(r.ends[0] for r in foot)) and not self._numbered_on_right()

    def _numbered_on_right(self) -> bool:
        """The right column opens with the number after the left column's last ("D." then "E."):
        the left column's list runs on at the right column's top, so what is set under it at the
        left column's foot comes after both columns, not between them."""
        right_top = next((r for r in self.rows if r.side[1] is not None), None)
        numbered = [words for r in self.rows if is_marker((words := self._left_words(r))[0])]
        if right_top is None or not numbered:
            return False
        right = sorted((w for w in right_top.words if w["x0"] >= self.hi), key=lambda w: w["x0"])
        return next_in_turn(_opening(numbered[-1]), _opening(right))

    def filled_in_turn(self) -> bool:
        """The column right of the band opens in lower case, going on the sentence the column left of it
        leaves unfinished at its foot: the left column is read whole before the right one."""
        rights = [r for r in self.rows if r.side[1] is not None]
        lefts = [r for r in self.rows if r.side[0] is not None]
        return bool(rights and lefts) and self._opens_lower(rights[0], 1) and not self._finished(lefts, 0)

    def headed_on_from_foot(self) -> bool:
        """The column left of the band ends in a heading with nothing under it, on a row of its own
        (no line of the right column opens on its baseline, as a table's next cell would beside its
        label), while the right column's text runs on down beside it: the heading heads the right
        column's top (a chapter's first sub-heading at the left column's foot), so the columns are
        filled in turn, the left read whole before the right."""
        lefts = [r for r in self.rows if r.side[0] is not None]
        rights = [r for r in self.rows if r.side[1] is not None]
        if not (lefts and rights) or not lefts[-1].side[0] or self._opens_lower(rights[0], 1):
            return False
        foot = lefts[-1]
        return foot.side[1] is None and rights[-1].bottom > foot.top

    def numbered_on_from_foot(self, start: int, i: int) -> bool:
        """The column right of the band opens the stretch (from row `start`) with the number after the
        last one of the column left of it below row i, and not after its last one above row i ("2.3" at
        the right column's top, "1.3" left of it, "2.2" at the left column's foot): the list runs from
        the left column's foot on to the right column's top, the columns balanced over one block (CSS
        column flow), whatever headings fall level in both at row i (two group headings)."""
        right_top = next((r for r in self.rows[start:i] if r.side[1] is not None), None)
        if right_top is None:
            return False
        right = _opening(sorted((w for w in right_top.words if w["x0"] >= self.hi), key=lambda w: w["x0"]))

        def last_number(rows: list["_BandRow"]) -> str:
            return next((_opening(words) for r in reversed(rows) if is_marker((words := self._left_words(r))[0])), "")

        below, above = last_number(self.rows[i:]), last_number(self.rows[start:i])
        def after(item: str) -> bool:
            return bool(item) and (next_in_turn(item, right) or next_in_outline(item, right))

        return after(below) and not after(above)

    def foot_heads_top_over(self, i: int) -> bool:
        """Below row i the left column ends at its foot with a heading going on at the right column's
        top above row i (`_heads_right_top`), and the right column's text from row i opens with no
        heading or item it could head: the columns are filled in turn, one stretch, not two blocks
        (the heading read after the text it heads)."""
        k = len(self.rows)
        while k > i and self.rows[k - 1].side == (True, None):
            k -= 1
        return (k < len(self.rows) and self._heads_right_top(self.rows[k]) and not self._right_opens_anew(self.rows[i:k])
                or self._list_at_foot(i))

    def _list_at_foot(self, i: int) -> bool:
        """From row i the left column holds a list's heading and its first items only (their sub-items
        set further in), down to the band's end (the right column may run on a line further), the
        column's foot (`ends_at_right_top`); the right column opens the band with an item, and its
        text from row i opens a paragraph (no heading or item, not in lower case) or a heading in
        larger type than the list's own, while the list's last item at the foot has finished its
        sentence: the list goes on at the right column's top (columns filled in turn, a should list
        begun at the left column's foot), and the right column's paragraph or higher heading level with
        the list's heading is its own text going on, no new block's (which would go on the list, with
        an item, a group heading or the foot's sentence)."""
        lefts = [r for r in self.rows[i:] if r.side[0] is not None]
        heads = 0
        while heads < len(lefts) and lefts[heads].side[0]:
            heads += 1
        items = lefts[heads:]
        if not 0 < heads <= HEADING_LINES or not items or self.rows[-1].top - items[-1].top >= BLANK_BAND_EM * self.em \
                or not is_marker(self._left_words(items[0])[0]) \
                or any(r.starts[0] < items[0].starts[0] - 0.5 for r in items):
            return False
        right_top = next(r for r in self.rows if r.side[1] is not None)
        first = min((w for w in right_top.words if w["x0"] >= self.hi), key=lambda w: w["x0"])
        beside = next(r for r in self.rows[i:] if r.side[1] is not None)
        foot = items[-1]
        heading = max(row_size(self._side_words(r, 0)) for r in lefts[:heads])
        higher = beside.side[1] and row_size(self._side_words(beside, 1)) > (1 + SAME_TYPE) * heading
        return (is_marker(first) and (higher or not self._right_opens_anew(self.rows[i:])) and not self._opens_lower(beside, 1)
                and self._finished(items, 0) and self.ends_at_right_top(
                    foot.bottoms[0], self.next_top, row_size(self._side_words(foot, 0)), max(r.ends[0] for r in items)))

    def _carried_foot(self, ends: float) -> float | None:
        """The top of the left column's last line when that column runs on alone below the
        right one's end and its text carries over to the right column's top: the right column
        opens mid-sentence (in lower case), the left one's text level with it had finished its
        sentence, and below that the left column's first unfinished body line (after its group
        headings) is where the text goes on from (columns filled in turn, the last item of the
        left one wrapping to the right one's top). None when it does not."""
        right_top = next((r for r in self.rows if r.side[1] is not None), None)
        below = [r for r in self.rows if r.top > ends]
        if right_top is None or not below or right_top.side[1] or any(r.side[1] is not None for r in below) \
                or not self._opens_lower(right_top, 1):
            return None
        beside = [r for r in self.rows if r.top <= ends and r.side[0] is not None]
        if not beside or not self._left_words(beside[-1])[-1]["text"].endswith(SENTENCE_END):
            return None
        for row in below:
            if row.side[0] is False and not self._left_words(row)[-1]["text"].endswith(SENTENCE_END):
                return row.top
        return None

    def _left_measure(self) -> float | None:
        """Where the left column's lines end when full: its body lines' furthest end (a heading
        in larger type may run further, and is no measure of the text)."""
        ends = [r.ends[0] for r in self.rows if r.ends[0] is not None]
        body = [r.ends[0] for r in self.rows if r.ends[0] is not None and r.side[0] is False]
        return max(body or ends, default=None)

    def _filled_in_turn(self, ends: float, measure: float | None) -> bool:
        """Below the shorter column's end the band holds text on its left only, and a line
        there in body type after a heading fills the left column's measure (justified, or set
        ragged: the next line's first word would not have fitted on it): the left column goes on
        (its headings and paragraphs), not a block set under the columns. Such a line spans the
        column: it starts no further in than the column's lines beside the other's do, give or take
        an item's indent (a short line ending at the band's edge from further in is another block's
        column, the band run on inside it)."""
        below = [r for r in self.rows if r.top > ends]
        headed = next((k for k, r in enumerate(below) if r.side[0]), None)
        edge = max((r.starts[0] for r in self.rows if r.top <= ends and r.starts[0] is not None), default=None)
        return (measure is not None and headed is not None and edge is not None and all(r.side[1] is None for r in below)
                and any(r.side[0] is False and r.starts[0] <= edge + SHORT_LINE_EM * self.em and self._fills(r, nxt, measure)
                        for r, nxt in zip(below[headed:], below[headed + 1:] + [None])))

    def _fills(self, row: "_BandRow", after: "_BandRow | None", measure: float) -> bool:
        """The row's left text reaches the left column's measure, or stops short of it by less than
        the next row's first word there and a word space, in the type of the line that set the
        measure (ragged right, wrapped at the measure; not a label in smaller type wrapped short)."""
        room = measure - row.ends[0]
        if room < NEW_BLOCK_EM * self.em:
            return True
        setting = next(r for r in self.rows if r.ends[0] is not None and r.ends[0] >= measure)
        return after is not None and after.side[0] is False and self._same_size(row, setting, 0) \
            and room < self._first_word_width(after, 0) + WORD_SPACE_EM * self.em

    def left_goes_on(self, row: list[dict]) -> bool:
        """After a page-wide blank, the row goes on in the left column alone: the column right
        of the band ended above (the blank is only the left column's paragraph gap), or the blank
        is the right column's only, the row set under the left column's last line nearer than a
        blank (a heading's own space under it: the right column's last line shared the heading's
        row, on a baseline a little lower); and the row starts no further left than that column
        and stays clear of the right one, in type no smaller than the columns' (not a running
        footer; nor is the page's last row)."""
        lefts = [r.starts[0] for r in self.rows if r.starts[0] is not None]
        left_foot = max((r.bottoms[0] for r in self.rows if r.bottoms[0] is not None), default=None)
        ended = self.rows[-1].side[1] is None or left_foot is not None \
            and row_top(row) - left_foot <= BLANK_BAND_EM * min(self.em, row_size(row))
        return (ended and bool(lefts) and row_size(row) >= (1 - SAME_TYPE) * self.em
                and all(w["x1"] < self.hi and w["x0"] >= min(lefts) - 0.5 for w in row))

    def lead_in_at(self, i: int) -> bool:
        """Row i, on the band's left only, is the next block's lead-in (`_lead_in`), below the
        end of every column above it (`_lead_in` ends a band at one when the sweep meets it;
        this cuts one that a block in larger type above kept open)."""
        row = self.rows[i]
        words = [w for w in row.words if w["x1"] <= self.lo]
        return bool(row.side[0] and row.side[1] is None and all(r.bottom <= row.top for r in self.rows[:i])
                    and not _goes_on_left(self, self.rows[:i], words)
                    and not _carried_to_right(self, self.rows[:i], words, [r.words for r in self.rows[i + 1:] if r.words])
                    and _opens_block(self, words, [r.words for r in self.rows[i + 1:] if r.words], self.rows[:i]))

    def text_em(self, left: bool = False) -> float:
        """The size of the columns' text: the smallest type on the rows the sweep saw, not counting
        words set in bold (a small bold label over a list is no measure of the text a lead-in is
        larger than); `left`, of the column left of the band only (a sidebar in smaller type
        beside a main column is no measure of the main column's own lines)."""
        plain = [[w for w in r.words if not all(g.bold for g in w["chars"]) and (not left or w["x1"] <= self.lo)]
                 for r in self.found_rows]
        chars: dict[float, int] = {}
        for p in filter(None, plain):
            size = row_size(p)
            chars[size] = chars.get(size, 0) + sum(len(w["text"]) for w in p)
        return text_size(chars) if chars else self.em

    def quiet_at(self, y: float) -> bool:
        """Every column beside the band has ended above y, and nothing is beside it on y's row."""
        return all(r.bottom <= y for r in self.rows if r.top < y - 0.5) and not any(
            any(r.side) for r in self.rows if abs(r.top - y) <= 0.5)

    def holds(self, row: list[dict]) -> bool:
        return self.top - 1 <= row_top(row) <= self.bottom + 1


class _BandRow(NamedTuple):
    """A row beside a gutter: per side, None (no text), or whether its text starts with a heading."""

    top: float
    bottom: float
    left: bool | None
    right: bool | None
    starts: tuple[float | None, float | None]  # where the text next to the gutter starts, per side
    ends: tuple[float | None, float | None]  # and where it ends
    tops: tuple[float | None, float | None]
    bottoms: tuple[float | None, float | None]
    words: list[dict]  # the row's words, to see it again between neighbouring bands

    @property
    def side(self) -> tuple[bool | None, bool | None]:
        return self.left, self.right


def _styled(words: list[dict], em: float) -> bool | None:
    """None without words; else whether the first is set as a heading (bold or larger), or the words are set
    in capitals (`_capitals`)."""
    if not words:
        return None
    first = words[0]
    return first["size"] >= HEADING_RATIO * em or all(g.bold for g in first["chars"]) or _capitals(words)


def _capitals(words: list[dict]) -> bool:
    """Words set in capitals, two or more and a heading's letters ("ACTION THE TRUST MUST TAKE"), not an acronym
    or two: a heading's style as bold is, and all of it a scan's text layer keeps (it has no weights)."""
    letters = "".join(c for w in words for c in w["text"] if c.isalpha())
    return len(words) >= CAPITALS_WORDS and len(letters) >= CAPITALS_LETTERS and letters.isupper()


def _segment_ending(words: list[dict], gap: float, backwards: bool = False,
                    stretched: list[tuple[float, float]] = ()) -> list[dict]:
    """The last run of words (in the order given: by x, or backwards) with no gap wider than
    `gap` inside it (a bullet's hanging indent is no gap, nor is one of a justified line's
    `stretched` word spaces): the part of a row's text beside a gutter that sits in the
    column next to it."""
    run: list[dict] = []
    for word in words:
        if run:
            lo, hi = (word["x1"], run[-1]["x0"]) if backwards else (run[-1]["x1"], word["x0"])
            if (hi - lo > gap and not is_marker(word if backwards else run[-1])
                    and not any(a - 0.5 <= lo and hi <= b + 0.5 for a, b in stretched)):
                run = []
        run.append(word)
    return run


def _opening(words: list[dict]) -> str:
    """A line's marker and first word, as `list_numbers` reads a marker."""
    return " ".join(w["text"] for w in words[:2])


def _text_x(words: list[dict]) -> float | None:
    """Where the text starts, after a bullet or list number (its continuation lines start there)."""
    return min((w["x0"] for w in words if not is_marker(w)), default=None) or min((w["x0"] for w in words), default=None)


def _end(words: list[dict]) -> float | None:
    return max((w["x1"] for w in words), default=None)


def _top(words: list[dict]) -> float | None:
    return min((w["top"] for w in words), default=None)


def _bottom(words: list[dict]) -> float | None:
    return max((w["bottom"] for w in words), default=None)


def find_gutters(rows: list[list[dict]], spaces: list[list[tuple[float, float]]], rules: list[Rule] = ()) -> list[Gutter]:
    """Sweep down the rows keeping each band of whitespace that stays open; a band closes
    when text crosses it (narrowing it below a gutter's width), at a page-wide blank, or
    under a drawn rule across it (the foot of a row of boxes, rules.py; a band under it may
    go on from it, as under a blank). `spaces` are each row's `justified_spaces`, which are
    never a gutter."""
    open_: list[Gutter] = []
    found: list[Gutter] = []
    previous_bottom, previous_row, ended_before = None, [], []
    for index, row in enumerate(rows):
        em = row_size(row)
        after_blank: list[Gutter] = []
        # in ems of the smaller type beside it: the space above a heading is its own, not the
        # text's, and a lead-in in larger type between two blocks of columns is inside neither
        # (to the row's first word: a label centred down merged cells rises above its row's text, no blank)
        if previous_bottom is not None and row[0]["top"] - previous_bottom > BLANK_BAND_EM * min(em, row_size(previous_row)):
            going_on = [band for band in open_ if index + 1 < len(rows) and band.left_goes_on(row)]
            after_blank = [band for band in open_ if band not in going_on]
            found += after_blank
            open_ = going_on
        if previous_bottom is not None:
            ruled = [band for band in open_ if ruled_across(rules, previous_bottom, row_top(row), band.lo, band.hi,
                                                            min(em, band.em)) and band.columns_of_its_own()]
            after_blank += ruled
            found += ruled
            open_ = [band for band in open_ if band not in ruled] + [band.under_rule(index, row) for band in ruled
                                                                   if _opened_under_rule(band, rows, rules)
                                                                   and _cells_either_side(band, rows, index, rules)]
        still = []
        for band in open_:
            size = min(em, band.em)
            free = _free_part(band, row, rows[index + 1] if index + 1 < len(rows) else [], size)
            crossed = free is None or _open_width(band, free, row, size) < GUTTER_EM * size \
                and not _short_of_the_edge(band, free, row) or _word_space_within(band, free, spaces[index], row) \
                or band.overreached(row)
            if crossed or _lead_in(band, row, rows[index + 1:]) and not _boxed(band, rows, rules):  # none inside a box
                band.crossed = crossed and not _page_foot(rows[index:], band.em)
                band.crossed_by = row if band.crossed else []
                if band.rows:
                    found.append(band)
                else:
                    band.chain.remove(band)  # a band under a rule the row under it crosses: none goes on
                continue
            band.lo, band.hi = free
            band.beside_text(row)
            band.add(row)
            still.append(band)
        # the row before is another column's line on an offset baseline: its box overlaps this row's,
        # or its top is nearer than a line can follow a line of the same column (a column's first
        # line set higher, as inside a box whose top padding only the first column has)
        overlaps = previous_row and (previous_row[0]["bottom"] > row_top(row) + 0.2 * em
                                     or row_top(row) - row_top(previous_row) < OFFSET_ROW_EM * em)
        beside = sorted(row + previous_row, key=lambda w: w["x0"]) if overlaps else row  # columns on offset baselines
        stretched = spaces[index] + (spaces[index - 1] if overlaps else [])
        # in ems of the smaller type of the two rows: a table's large numbers on baselines of their
        # own beside its cells' text leave the text's gutter between a cell and the next number
        text_em = min(em, row_size(previous_row)) if overlaps else em
        gap_lo = -FAR
        for a, b in zip(beside, beside[1:]):
            gap_lo, gap_hi = max(gap_lo, a["x1"]), b["x0"]
            if gap_hi - gap_lo < GUTTER_EM * text_em or is_marker(a) \
                    or any(lo - 0.5 <= gap_lo and gap_hi <= hi + 0.5 for lo, hi in stretched):
                continue  # a word space, a bullet's hanging indent, or the stretched spaces of a justified line
            if not any(s.lo < gap_hi and gap_lo < s.hi for s in still):
                band = Gutter(gap_lo, gap_hi, row_top(previous_row if overlaps else row), em)
                band.first = index - 1 if overlaps else index
                band.over = _row_over(rows, band.first, gap_lo, gap_hi)
                firsts = [previous_row, row] if overlaps else [row]  # on offset baselines, each of its first two rows
                band.crossed = band.under_a_line = all(_set_across(band.over, first, gap_lo, gap_hi, row_size(first))
                                                       for first in firsts)
                if overlaps:
                    band.add(previous_row)  # the other column's line that found the gap with this one
                band.add(row)
                still.append(band)
                ended = after_blank + (ended_before if overlaps else [])  # ended over the row before's line too
                above = next((g for g in ended if g.lo < gap_hi and gap_lo < g.hi), None)
                if above is not None:
                    band.follow(above)
        open_ = still
        previous_bottom, previous_row, ended_before = max(w["bottom"] for w in row), row, after_blank
    found += open_
    for band in found:
        if band.under_a_line and not any(w["x0"] < band.hi and w["x1"] > band.lo for w in band.over):
            band.under_a_line = False  # the line above ran only across the wider gap the band narrowed from
            band.crossed = bool(band.crossed_by)
        after = next((r for r in rows if row_top(r) > band.rows[-1].bottom - 0.5), None)
        band.next_top, band.next_size = (row_top(after), row_size(after)) if after else (None, None)
    bands = [g for g in found if g.valid()]
    for band in bands:
        _reach_up(band, rows, bands, rules)
        band.boxed = _boxed(band, rows, rules)
    for band in bands:
        _let_go(band, bands)
    for band in bands:
        _end_above_band_inside(band, bands)
    while True:  # word gaps of justified lines beside a real gutter have text on one side only, seen between gutters
        for band in bands:
            band.between(bands)
        kept = [g for g in bands if g.valid() and not _line_end_beside(g, bands)]
        if len(kept) == len(bands):
            break
        bands = kept
    breaks = {id(g): g.breaks() for g in bands}
    return sorted((piece for g in bands for piece in g.pieces([] if g.boxed else _cuts(g, bands, breaks))),
                  key=lambda g: (g.top, g.lo))


def _page_foot(rows: list[list[dict]], em: float) -> bool:
    """The page's last rows, a few at most, all in smaller type than the text's: its running footer,
    which ends the text above it as the page's edge does (it closes no band as text set across it)."""
    return len(rows) <= FOOT_ROWS and all(row_size(row) < SMALLER_TYPE * em for row in rows)


def _line_end_beside(band: Gutter, bands: list[Gutter]) -> bool:
    """All the band has right of it, up to the next band, is one line's end, at the edge where that
    band's left column ends its other lines: the one stretched space of a justified line of two or
    three words (a web address too long to break leaves it little else to stretch), over the
    column's short lines, not a column between two gutters."""
    tails = [r for r in band.rows if r.side[1] is not None]
    if len(tails) != 1:
        return False
    tail, tol = tails[0], JUSTIFIED_EDGE_EM * band.em
    return any(sum(r.top != tail.top and r.ends[0] is not None and abs(r.ends[0] - tail.ends[1]) <= tol
                   for r in other.found_rows) >= MIN_SIDE_ROWS
               for other in bands if other.lo >= band.hi and other.holds(tail.words))


def _opened_under_rule(band: Gutter, rows: list[list[dict]], rules: list[Rule]) -> bool:
    """The band's first row (of the bands it goes on from) sits right under a rule across it: a
    table's rows of cells, each closed by a rule, not columns a box's or table's top edge ends."""
    k = band.chain[0].first
    return k > 0 and ruled_across(rules, max(w["bottom"] for w in rows[k - 1]), row_top(rows[k]),
                                  band.lo, band.hi, min(band.em, row_size(rows[k])))


def _cells_either_side(band: Gutter, rows: list[list[dict]], index: int, rules: list[Rule]) -> bool:
    """The table's row under the rule, from row `index` down to the next rule across the band (or a
    page-wide blank, or the page's end), sets text on each side of it: a cell beside a cell. A row
    holding one cell (a service's name across the table) or with its other cells empty (the left
    cell's item going on under a header row repeated at a page's top) has no gutter going on."""
    sides = [False, False]
    for k in range(index, len(rows)):
        if k > index:
            foot, top = max(w["bottom"] for w in rows[k - 1]), row_top(rows[k])
            size = min(band.em, row_size(rows[k]))
            if top - foot > BLANK_BAND_EM * size or ruled_across(rules, foot, top, band.lo, band.hi, size):
                break
        sides[0] = sides[0] or any(w["x1"] <= band.lo + 0.5 for w in rows[k])
        sides[1] = sides[1] or any(w["x0"] >= band.hi - 0.5 for w in rows[k])
    return all(sides)


def _boxed(band: Gutter, rows: list[list[dict]], rules: list[Rule]) -> bool:
    """The band opens right under a drawn rule across it (a box's padding above its first row, or
    above the lines on one side of it right above that row; not a running header's rule further
    up): its columns are one row of boxes (cards, a table's cells), each read whole: never cut
    into blocks one under the other (`_cuts`), nor ended by a line in larger type than a small
    one above it (`_lead_in`: a card's text under its score line). Only a box's top edge counts, a
    rule a side runs down from (`Rule.tops_box`): not a running header's lone rule, nor the bottom
    edge of a box ended above the band."""
    rules = [rule for rule in rules if rule.tops_box]
    k = band.first
    while True:
        top = row_top(rows[k])
        above = max([top - BOX_PAD_EM * band.em] + ([w["bottom"] for w in rows[k - 1]] if k else []))
        if ruled_across(rules, above, top, band.lo, band.hi, band.em):
            return True
        if not k or any(w["x1"] > band.lo + 0.5 and w["x0"] < band.hi - 0.5 for w in rows[k - 1]) \
                or top - max(w["bottom"] for w in rows[k - 1]) > BLANK_BAND_EM * band.em:
            return False
        k -= 1  # a cell's first lines above the first line beside them (one card's text set higher)


def _lead_in(band: Gutter, row: list[dict], below: list[list[dict]]) -> bool:
    """The row, on the band's left only, is set below the end of the columns right of it and
    opens the next block (`_opens_block`): the next block's lead-in at the page's text edge
    (however little space is above it), which ends the columns."""
    top = row_top(row)
    if not all(w["x1"] <= band.lo for w in row):
        return False
    right_above = [r.bottom for r in band.rows if any(w["x0"] >= band.hi for w in r.words)]
    return bool(right_above) and max(right_above) <= top and not _goes_on_left(band, band.rows, row) \
        and not _carried_to_right(band, band.rows, row, below) and _opens_block(band, row, below, band.rows)


def _carried_to_right(band: Gutter, above: list["_BandRow"], row: list[dict], below: list[list[dict]]) -> bool:
    """The row and the lines under it in its type, left of the band, break off mid-clause, and the right
    column's last lines, in that type, open in lower case: the left column's foot, its sentence going on
    at the top of the right column's last stretch (a should box cut at the first column's foot under its
    heading, going on in the second column), not the next block's lead-in."""
    size = row_size(row)
    run = []
    for r in reversed([r for r in above if r.side[1] is not None]):
        words = band._side_words(r, 1)
        if abs(row_size(words) - size) > SAME_TYPE * size:
            break
        run.append(words)
    if not run or not min(run[-1], key=lambda w: w["x0"])["text"][:1].islower():
        return False
    foot = [row]
    for r in below:
        if row_top(r) - max(w["bottom"] for w in foot[-1]) > BLANK_BAND_EM * size or any(w["x1"] > band.lo for w in r) \
                or abs(row_size(r) - size) > SAME_TYPE * size:
            break
        foot.append(r)
    last = max(foot[-1], key=lambda w: w["x0"])["text"]
    return last[-1].isalnum() or last[-1] in ",-\u00ad\u2010"


def _goes_on_left(band: Gutter, above: list["_BandRow"], row: list[dict]) -> bool:
    """The row, in the type (size and weight) of the left column's last line `above` it, goes on that line's sentence,
    which breaks off unfinished (a card's breach sentence running on under a shorter card beside it), or goes on
    its paragraphs, at its edge and leading (a card's next paragraph under a shorter card): the left column's next
    line, however small other type in the band (a card's score) sets its text."""
    left = [r for r in above if r.side[0] is not None]
    if not left:
        return False
    last = band._side_words(left[-1], 0)
    size = row_size(last)
    if abs(row_size(row) - size) > SAME_TYPE * size or _bold(row) != _bold(last):
        return False
    return not band._finished(left, 0) or _next_line(band, left, row)


def _next_line(band: Gutter, left: list["_BandRow"], row: list[dict]) -> bool:
    """The row starts where the left column's last line does, no further under it than that column's
    lines are set under one another."""
    gaps = [b.tops[0] - a.bottoms[0] for a, b in zip(left, left[1:])]
    return bool(gaps) and abs(min(w["x0"] for w in row) - left[-1].starts[0]) <= NEW_BLOCK_EM * band.em \
        and row_top(row) - left[-1].bottoms[0] <= min(gaps) + NEW_BLOCK_EM * band.em


def _opens_block(band: Gutter, words: list[dict], below: list[list[dict]], above: list["_BandRow"] = ()) -> bool:
    """Words on the band's left, in type larger than the left column's text (`Gutter.text_em`), with
    nothing beside them or beside the lines they wrap on to in their type: the next block's
    lead-in. Not when the text under them goes on in their column's measure with nothing
    beside it (that column's own heading, set after the column right of it has ended). Bold words
    in the text's type are one too under the left column's plain text cut mid-clause (`above`: it
    goes on at the right column's top, so they come after that column) with the row right under
    them set across the band (a list's heading over columns of its own)."""
    if not words:
        return False
    size, top = min(w["size"] for w in words), min(w["top"] for w in words)
    text = band.text_em(left=True)
    if size < HEADING_RATIO * text and not (_bold(words) and size >= text and _left_flows_on(band, above)
                                            and _crossed_right_under(band, words, below)):
        return False
    last, bottom = top, max(w["bottom"] for w in words)
    for r in below:
        if row_top(r) - last > LEAD_IN_WRAP_EM * size:
            break
        left = [w for w in r if w["x1"] <= band.lo]
        if left and abs(row_size(left) - size) <= SAME_TYPE * size:
            last, bottom = row_top(r), max(w["bottom"] for w in left)  # a line the lead-in wraps on to
    if any(w["x0"] > band.lo for r in below if row_top(r) < last + BESIDE_SHARE * (bottom - last) for w in r):
        return False  # text beside it, or beside a line it wraps on to: a heading of the left column
    if band.ends_at_right_top(bottom, next((row_top(r) for r in below if row_top(r) > bottom - 0.5), None), size,
                              max(w["x1"] for w in words)):
        return False
    if _right_goes_on_beside(band, below, last, bottom):
        return False
    measure = max((r.ends[0] for r in band.rows if r.ends[0] is not None), default=None)
    x = min(w["x0"] for w in words)
    under = [u for u in ([w for w in r if w["x0"] >= x - 0.5] for r in below if row_top(r) >= bottom - 0.5) if u]
    if measure is None or len(under) < 2 or any(w["x1"] >= band.hi for w in under[0] + under[1]):
        return True
    return not (measure - max(w["x1"] for w in under[0]) < SHORT_LINE_EM * band.em or _left_runs_on_alone(band, under, measure))


def _left_flows_on(band: Gutter, above: list["_BandRow"]) -> bool:
    """The left column's last line above is plain text cut mid-clause: it goes on in the next column."""
    left = [r for r in above if r.side[0] is not None]
    return bool(left) and not _bold(band._side_words(left[-1], 0)) and band._cut_mid_clause(left, 0)


def _crossed_right_under(band: Gutter, words: list[dict], below: list[list[dict]]) -> bool:
    """The row right under the words, a line's leading or less below, has text across the band."""
    bottom, size = max(w["bottom"] for w in words), min(w["size"] for w in words)
    row = next((r for r in below if row_top(r) > bottom - 0.5), None)
    return row is not None and row_top(row) - bottom < LEAD_IN_WRAP_EM * size and any(
        w["x0"] < band.hi and w["x1"] > band.lo for w in row)


def _left_runs_on_alone(band: Gutter, under: list[list[dict]], measure: float) -> bool:
    """Everything under the words, down to a page-wide blank (a running footer's space), stays
    left of the band, and a line of it in the columns' text type fills the left column's
    measure: the left column goes on under its own headings (a short right column beside its
    top), not a block set under the columns."""
    stretch = under[:1]
    for u in under[1:]:
        if row_top(u) - max(w["bottom"] for w in stretch[-1]) > BLANK_BAND_EM * band.em:
            break
        stretch.append(u)
    return all(w["x1"] < band.hi for u in stretch for w in u) and any(
        abs(row_size(u) - band.em) <= SAME_TYPE * band.em and measure - max(w["x1"] for w in u) < SHORT_LINE_EM * band.em
        for u in stretch)


def _right_goes_on_beside(band: Gutter, below: list[list[dict]], last: float, bottom: float) -> bool:
    """The column right of the band goes on beside the lead-in's last line (its text starts
    above that line's foot) before the text under the lead-in starts on the left: a heading
    of the left column with the right column's next paragraph set on offset baselines beside
    it, not a lead-in that every column of the next block starts under (the first column no
    later than the others)."""
    right = next((min(w["top"] for w in r if w["x0"] > band.lo) for r in below
                  if row_top(r) > last + 0.5 and any(w["x0"] > band.lo for w in r)), None)
    left = next((row_top(r) for r in below if row_top(r) > last + 0.5 and any(w["x1"] <= band.lo for w in r)), None)
    return right is not None and right < bottom and (left is None or right < left - BASELINE_EM * band.em)


def _row_over(rows: list[list[dict]], first: int, lo: float, hi: float) -> list[dict]:
    """The row right above row `first`, or the nearest above it with text over the x band: in columns
    set on offset baselines the row right above may be another column's, the line over the band
    one row further up."""
    above = rows[:first][::-1]
    return next((r for r in above if any(w["x0"] < hi and w["x1"] > lo for w in r)), above[0] if above else [])


def _set_across(row: list[dict], under: list[dict], lo: float, hi: float, em: float) -> bool:
    """The row, in the type of the row `under` it (`em` is its size, within SAME_TYPE: a heading
    a size larger is not, its weight lost in a scanned page's text layer; and it is bold or not
    alike), runs across the x band: a band opening right under it is a wide word space of the
    same paragraph (a justified line of two words), not a gutter under a bold row across a
    table (a service's name over its must and should cells). Not across a page-wide blank: a
    running header over a page's first rows is no line of their paragraph."""
    return bool(row) and abs(row_size(row) - em) <= SAME_TYPE * em and _bold(row) == _bold(under) and any(
        w["x0"] < hi and w["x1"] > lo for w in row) and row_top(under) - max(w["bottom"] for w in row) <= BLANK_BAND_EM * em


def _bold(words: list[dict]) -> bool:
    return all(g.bold for w in words for g in w["chars"])


def _reach_up(band: Gutter, rows: list[list[dict]], bands: list[Gutter], rules: list[Rule]) -> None:
    """Take in the rows right above the band that leave it empty and set text right of it
    (beside text left of it, or alone): a justified first line whose stretched word spaces
    hid the gutter, or a column's first line set higher than the others (a box's top
    padding in one column only). A row with text left of it only stops it, unless it sits
    under such a raised line on a baseline of its own (`_under_raised_line`). A page-wide
    blank band, or a rule across the band under a row of cells of its own (`_left_cell_above`),
    still ends the columns."""
    k = band.first - 1
    while k >= 0:
        row, below = rows[k], rows[k + 1]
        em = min(row_size(row), row_size(below), band.em)
        foot = max(w["bottom"] for w in row)
        if row_top(below) - foot > BLANK_BAND_EM * em \
                or ruled_across(rules, foot, row_top(below), band.lo, band.hi, em) and _left_cell_above(band, rows, k, rules):
            return
        across = [w for w, after in zip(row, row[1:] + [None])
                  if w["x0"] < band.hi - 0.5 and w["x1"] > band.lo + 0.5 and not hung_out(w, after, band)]
        edge = _indented_top(band, row, across, em)
        if across and edge is None:
            return  # text across the band
        hi = band.hi if edge is None else min(band.hi, edge)
        if not any(w["x0"] >= hi - 0.5 for w in row) and not _under_raised_line(band, rows, k, bands, em):
            return  # text left of it only: a heading over the columns is read first as it is
        band.hi = hi
        band.rows.insert(0, band._beside(row, row_top(row), max(w["bottom"] for w in row)))
        band.top, band.first, k = row_top(row), k, k - 1


def _left_cell_above(band: Gutter, rows: list[list[dict]], k: int, rules: list[Rule]) -> bool:
    """The rows from row k up to the blank or rule above them (one row of boxes or a table's row) set
    text left of the band: the row above a rule has cells of its own there, so the rule ends the columns.
    With none (a table's row whose label cells are empty, its actions going on), the columns go on."""
    while True:
        if any(w["x1"] <= band.lo + 0.5 for w in rows[k]):
            return True
        if not k:
            return False
        top, foot = row_top(rows[k]), max(w["bottom"] for w in rows[k - 1])
        em = min(row_size(rows[k]), band.em)
        if top - foot > BLANK_BAND_EM * em or ruled_across(rules, foot, top, band.lo, band.hi, em):
            return False
        k -= 1


def _under_raised_line(band: Gutter, rows: list[list[dict]], k: int, bands: list[Gutter], em: float) -> bool:
    """Row k, with text left of the band only, is a line of a column left of it set on a baseline
    of its own under the right column's raised first line: the row right above it (no blank
    between) sets text right of the band and none across it, and either row k's text is a column's
    further left, beside a gutter of its own (a heading in the first column of three, under the
    raised first lines of the other two), or the row above holds text right of the band only and
    the row above that is the left column's line before row k at its usual leading (the right
    column's first line, in type of its own, between two of the left column's lines)."""
    if k == 0:
        return False
    row, above = rows[k], rows[k - 1]
    if row_top(row) - max(w["bottom"] for w in above) > BLANK_BAND_EM * em \
            or not any(w["x0"] >= band.hi - 0.5 for w in above) \
            or any(w["x0"] < band.hi - 0.5 and w["x1"] > band.lo + 0.5 for w in above):
        return False
    if any(other is not band and other.hi <= band.lo and other.holds(row)
           and all(w["x1"] <= other.lo + 0.5 for w in row) for other in bands):
        return True
    if k < 2 or any(w["x1"] <= band.lo + 0.5 for w in above):
        return False
    left_before = [w for w in rows[k - 2] if w["x1"] <= band.lo + 0.5]
    left_after = next(([w for w in r if w["x1"] <= band.lo + 0.5] for r in rows[k + 1:]
                       if any(w["x1"] <= band.lo + 0.5 for w in r)), [])
    if not left_before or not left_after:
        return False
    leading = row_top(left_after) - row_top(row)  # in the left column's own type, not the right column's
    return abs(row_top(row) - row_top(left_before) - leading) <= NEW_BLOCK_EM * row_size(row)


def _indented_top(band: Gutter, row: list[dict], across: list[dict], em: float) -> float | None:
    """Where the right column's text starts on a row above the band that reaches into the band's
    right part only: a column's first line set higher (a wrapped item going on at the top of the
    next column) whose own lines below are sub-bullets hung further right, so the band as the
    rows below found it ends at their bullets, right of where this line starts. It must leave a
    gutter's width of the band open left of it and run on past the band; None otherwise."""
    if not across:
        return None
    start = min(w["x0"] for w in across)
    left = max((w["x1"] for w in row if w["x1"] <= band.lo + 0.5), default=band.lo)
    if start - max(left, band.lo) < GUTTER_EM * em or any(w["x1"] <= band.hi for w in across):
        return None
    return start


def _let_go(band: Gutter, bands: list[Gutter]) -> None:
    """Leave out the band's last row (or rows on offset baselines, within an em) from one where another
    band opens when none of their text is its columns' (`_set_away`): the first line of the next block
    of columns, set below the last line of one column of this block, or its columns' tops in their own
    type beside its heading (each going on the item the column before cut off), right under a block of
    columns in other type."""
    opened = {o.first for o in bands if o is not band}
    k = next((k for k in range(MIN_SIDE_ROWS, len(band.rows)) if band.first + k in opened), None)
    if k is None or band.rows[-1].top - band.rows[k].top > band.em:
        return  # (the band goes on beside the next block's columns: the gutter parting a two-up sheet's pages)
    away = [_set_away(band, row, k) for row in band.rows[k:]]
    if all(away) and any(row.side != (None, None) for row in band.rows[k:]):
        del band.rows[k:]
        band.bottom = band.rows[-1].top


def _set_away(band: Gutter, row: "_BandRow", k: int) -> bool:
    """The row's text on each side of the band is set well away from where that side's text lines start
    on the band's first k rows, or in other type than those lines: not their column's."""
    for side in (0, 1):
        if row.side[side] is None:
            continue
        above = [r for r in band.rows[:k] if r.side[side] is False]  # the column's text, not its headings
        if not above:
            return False
        size = row_size(band._side_words(row, side))
        if not (all(abs(row.starts[side] - r.starts[side]) > 2 * band.em for r in above)
                or all(abs(size - row_size(band._side_words(r, side))) > SAME_TYPE * size for r in above)):
            return False
    return True


def _end_above_band_inside(band: Gutter, bands: list[Gutter]) -> None:
    """A band opening inside the column right of this one (that column's lines above it set across
    its x) begins the next block of columns: this band ends above that band's first row when its left
    column does not go on there in its text (a list's heading in the first column, its list's columns
    starting level with it, right under the columns above that ended)."""
    for other in bands:
        if other is band or other.lo < band.hi or not band.top < other.top <= band.bottom or any(
                o is not band and o is not other and o.top < other.top and o.bottom >= band.top
                and other.lo - 0.5 <= o.hi <= other.hi + 0.5 for o in bands):
            continue  # (a band whose right column starts where one above starts, beside this band's rows, is the same
            # grid's, no new block's; one that ended above them, another block's, says nothing)
        if not _column_right_of(other):
            continue
        k = next((n for n, r in enumerate(band.rows) if r.top >= other.top - 0.5), len(band.rows))
        if k < MIN_SIDE_ROWS or k == len(band.rows) or band.rows[k].side[0] is False:
            continue
        if any(_in_right_column(band, r, bands, other) for r in band.rows[:k]):
            del band.rows[k:]  # in place: the sweep's rows, seen again between neighbouring bands
            band.bottom = band.rows[-1].top
            return


def _column_right_of(band: Gutter) -> bool:
    """The text right of the band starts level on every row, or at a few x's each shared by several rows:
    a column's edge (and its sub-items' indent), not word spaces of narrow justified lines that line up
    for a few rows ("recorded      on" beside a sub-item's hanging indent), whose right words start anywhere."""
    starts = [r.starts[1] for r in band.rows if r.side[1] is not None]
    slack = JUSTIFIED_EDGE_EM * band.em
    return bool(starts) and (max(starts) - min(starts) <= slack
                             or all(sum(abs(s - t) <= slack for t in starts) >= MIN_SIDE_ROWS for s in starts))


def _in_right_column(band: Gutter, row: "_BandRow", bands: list[Gutter], inside: Gutter) -> bool:
    """The row's text in the column right of the band (up to the next band open on its row) is set
    across the x band of `inside`."""
    edge = min((o.lo for o in bands if o is not inside and o.lo >= band.hi and o.top <= row.top <= o.bottom), default=FAR)
    return any(w["x0"] >= band.hi - 0.5 and w["x1"] <= edge + 0.5 and w["x0"] < inside.hi and w["x1"] > inside.lo
               for w in row.words)


def _cuts(band: Gutter, bands: list[Gutter], breaks: dict) -> list[int]:
    """Rows before which every column of the stretch (beside this band and beside any other
    band open there) breaks off and a new block begins: two lists, each set in columns, one
    under the other."""
    cuts = []
    for i in range(1, len(band.rows)):
        y = band.rows[i].top
        if band.lead_in_at(i) and all(other.quiet_at(y) for other in bands
                                      if other is not band and other.top < y < other.bottom):
            cuts.append(i)  # the next list's lead-in, below the end of every column
            continue
        sides = breaks[id(band)].get(i)
        if sides is None or cuts and _just_begun(band.rows[cuts[-1]:i]):
            continue
        # whether the stretch's first column, left of every band, opens with a heading, and with an item
        first = (band.lo, sides[0][0], sides[0][5])
        for other in bands:
            # a band whose last row is this one still holds it: that column's last line, set under the
            # others' ends, is no next block's first row (the block begins under it, if at all)
            if other is band or not other.top < y <= other.bottom:
                continue
            theirs = next((found for j, found in breaks[id(other)].items()
                           if abs(other.rows[j].top - y) < BASELINE_EM * band.em), None)
            if theirs is None:
                break
            sides = sides + theirs
            first = min(first, (other.lo, theirs[0][0], theirs[0][5]))
        else:
            # a new block's list is headed in its first column (or above them all): an item opening the
            # first column level with a heading only in a later one goes on the first column's list
            start = cuts[-1] if cuts else 0
            if ((_new_block(sides, band.em) or band.wrapped_across_above(start, i))
                    and not _carried_over(band, i, first_headed=first[1])
                    and not (first[2] and not first[1])
                    and not band.runs_on_across(start, i) and not band.lead_in_open(i)
                    and not band.foot_heads_top_over(i) and not band.numbered_on_from_foot(start, i)):
                cuts.append(i)
    return cuts


def _just_begun(rows: list["_BandRow"]) -> bool:
    """Since the last cut, a column beside the band has fewer than two lines: it has just begun
    (the next block's columns set a little above its heading), and breaks off nowhere yet."""
    return any(sum(r.side[s] is not None for r in rows) < MIN_SIDE_ROWS for s in (0, 1))


def _carried_over(band: Gutter, i: int, first_headed: bool) -> bool:
    """Above row i, the column right of the band opens mid-sentence (in lower case, after a bullet
    too: a lead-in's sub-item), carrying on text from the foot of the column left of it below
    row i (an item wrapping from column to column round a group heading that falls level with
    the next column's line): the rows
    above and below are one stretch, not two blocks. Told so when the heading is not in the
    first column, or when the first column ends a sentence above row i and leaves one
    unfinished at its foot. So is a right column opening at its items' text edge with no bullet
    of its own (`_opens_mid_item`, "Health Act Code of Practice …") under a first column whose
    foot is cut mid-clause ("… the guidance in the Mental"): an item wrapping from column to column,
    when the heading is not in the first column. With it there, the first column's text above the
    heading is a block's of its own that such a line may go on as well ("… documented." /
    "(Regulation 18(1))"): no sign of one stretch."""
    right = next(([w for w in r.words if w["x0"] >= band.hi] for r in band.rows[:i] if r.side[1] is not None), [])
    right = right[1:] if right and is_marker(right[0]) else right  # a sub-item's bullet: its words open it
    if right and not right[0]["text"][:1].islower():
        return not first_headed and band._opens_mid_item(i) \
            and band._cut_mid_clause([r for r in band.rows[i:] if r.side[0] is not None], 0)
    if not right:
        return False
    if not first_headed:
        return True

    def last_word(rows: list) -> str:
        words = next(([w for w in r.words if w["x1"] <= band.lo] for r in reversed(rows) if r.side[0] is not None), [])
        return words[-1]["text"].rstrip() if words else ""

    return last_word(band.rows[:i]).endswith(SENTENCE_END) and not last_word(band.rows[i:]).endswith(SENTENCE_END)


def _new_block(sides: list[tuple], em: float) -> bool:
    """One column begins with a heading and the others begin again level with it or with
    the line under it (the next list begins at one height in every column, its heading in
    the first or above them all; a group heading of one list balanced over its columns falls
    level with nothing in the others), or anywhere between the two when, after a finished
    sentence, they go on one in lower case (the new block's text carried over from its first
    column, below a box's padding or level with a sub-heading; or up to the heading's em above
    it, the space a heading sets over itself); a new item after a finished sentence may begin
    up to that em above the heading, but no lower than the heading's own top (a list box's columns
    start at one height, its heading's larger type set lower; an item lower down beside a
    heading is its list going on beside the next group's heading); a column that went on at
    another indent after a full line must begin exactly level with the heading (the next
    list's first item running on from the column before). Level is within a share of an em of
    the text, or of the smaller of two headings' type (larger type sits further from where
    its line's box begins: two headings level in two columns may start a few points apart).
    Bold headings in one type set beside each other, each over body text, begin a block too, though
    their tops are not level: one column's heading lines reach down to a line level with the other's
    top (a bold lead-in and a core service wrapped over two lines beside another column's one-line
    core service; not a section's larger heading beside a lead-in inside a letter's column, nor a bold
    line set between two of the other's heading lines, level with neither: two flowing columns' bold
    paragraph openings falling near one height by chance)."""
    headed = [(tops, size, heads) for is_heading, tops, _, _, size, _, heads in sides if is_heading]

    def slack(size: float, other: float) -> float:
        """In ems of the smaller type of the two (headings alike: theirs), and the difference of the
        two sizes: on one baseline, the larger type's line box begins that much higher."""
        return BASELINE_EM * max(em, min(size, other)) + abs(size - other)

    def level(tops: list[float], elsewhere: bool, item: bool, size: float) -> bool:
        return any(any(abs(tops[0] - top) < slack(size, osize) for top in other)
                   or (elsewhere or item) and other[0] - max(slack(size, osize), osize) < tops[0]
                   < (other[-1] if elsewhere else other[0]) + slack(size, osize)
                   for other, osize, _ in headed if other is not tops)

    def beside(tops: list[float], size: float, heads: list[float] | None) -> bool:
        return heads is not None and any(
            oheads is not None and abs(size - osize) <= SAME_TYPE * max(size, osize)
            and (any(abs(other[0] - top) < slack(size, osize) for top in heads)
                 or any(abs(tops[0] - top) < slack(size, osize) for top in oheads))
            for other, osize, oheads in headed if other is not tops)

    return bool(headed) and all(
        (level(tops, elsewhere, item, size) or beside(tops, size, heads) if broke
         else any(abs(tops[0] - other[0]) < slack(size, osize) for other, osize, _ in headed if other is not tops))
        or is_heading and len(headed) == 1 for is_heading, tops, broke, elsewhere, size, item, heads in sides)


def justified_spaces(row: list[dict]) -> list[tuple[float, float]]:
    """The word spaces (x bands) of a justified line on this baseline: runs of two or more
    consecutive gaps as wide as each other, however wide (a narrow justified column may
    stretch its spaces past a gutter's width), between words of one type size (a justified
    line is set in one; a table row's cells may not be); a gutter is as wide as neither neighbour."""
    gaps = [(a["x1"], b["x0"], a, b) for a, b in zip(row, row[1:]) if not is_marker(a)]
    even: set[int] = set()
    runs: list[list[int]] = []  # chains of gaps each as wide as the next
    for k, ((lo, hi, a, middle), (lo2, hi2, _, b)) in enumerate(zip(gaps, gaps[1:])):
        if middle is not gaps[k + 1][2]:
            continue  # not neighbours: a bullet lies between them
        sizes = (a["size"], middle["size"], b["size"])  # asked of every gap of every row: no generators
        if max(sizes) > 1.02 * min(sizes):
            continue  # words of different sizes: cells of a table row, not one justified line
        if even_gaps(hi - lo, hi2 - lo2, max(a["size"], b["size"])):
            even.update((k, k + 1))
            if runs and runs[-1][-1] == k:
                runs[-1].append(k + 1)
            else:
                runs.append([k, k + 1])
    return [gaps[k][:2] for k in sorted(even - _cells_gaps(gaps, runs))]


def _cells_gaps(gaps: list[tuple], runs: list[list[int]]) -> set[int]:
    """The row's first two gaps, when they alone are even, a gutter's width or wider, and the row goes
    on after them at under half their width in their type: a row's leading cells, one word each (a
    reference and a kind cell set level with the last line of a statement wrapped beside them), not a
    justified line's spaces (a justified line of three words stops at its measure, and a longer one
    stretches more of its spaces alike)."""
    run = runs[0] if runs and runs[0] == [0, 1] and len(gaps) > 2 else None
    if run is None:
        return set()
    narrowest = min(gaps[k][1] - gaps[k][0] for k in run)
    size = gaps[0][2]["size"]
    lo, hi, after, _ = gaps[2]
    return set(run) if narrowest >= GUTTER_EM * size and hi - lo < narrowest / 2 \
        and abs(after["size"] - size) <= SAME_TYPE * size else set()


def even_gaps(width: float, width2: float, size: float) -> bool:
    """Two gaps as wide as each other, as a justified line stretches its word spaces."""
    return abs(width - width2) <= EVEN_GAP_SHARE * max(width, width2) + EVEN_GAP_EM * size


def _word_space_within(band: Gutter, free: tuple[float, float], stretched: list[tuple[float, float]],
                       row: list[dict]) -> bool:
    """The row's words reach into the band, leaving only one of a justified line's stretched word
    spaces open: a line set across the band, not a gutter going on. From both sides: the band was
    a wider gutter above, or a heading's end. From one side only, the space must be as wide as the
    row's next space on that side (the words reaching in are spaced as the band's gap is: a narrow
    justified column's spaces lined up under the one gap of a line of two words), not only as
    the next space on the far side (a justified column beside a real gutter as wide as its spaces)."""
    if not any(lo - 0.5 <= free[0] and free[1] <= hi + 0.5 for lo, hi in stretched):
        return False
    left, right = free[0] > band.lo + 0.5, free[1] < band.hi - 0.5
    if left and right:
        return True
    if not (left or right):
        return False
    gaps = [(a["x1"], b["x0"], a, b) for a, b in zip(row, row[1:]) if not is_marker(a)]
    k = next((k for k, (lo, hi, _, _) in enumerate(gaps) if abs(lo - free[0]) <= 0.5 and abs(hi - free[1]) <= 0.5),
             None)
    if k is None or not 0 <= (side := k - 1 if left else k + 1) < len(gaps):
        return False
    (lo, hi, a, b), (lo2, hi2, _, _) = gaps[k], gaps[side]
    return even_gaps(hi - lo, hi2 - lo2, max(a["size"], b["size"]))


def _open_width(band: Gutter, free: tuple[float, float], row: list[dict], size: float) -> float:
    """How wide the row leaves the band open: its free part; but a band one cell's line narrowed
    below a gutter's width (`_short_of_the_edge`) is as wide on the next rows as their own space
    around it, the narrowing being that line's, not the columns' (a table's gutter, seen on most
    of its rows, where one row's words come within a word space of the next cell's)."""
    if band.hi - band.lo >= GUTTER_EM * size:
        return free[1] - free[0]
    lo = max((w["x1"] for w in row if w["x1"] <= free[0] + 0.5), default=-FAR)
    hi = min((w["x0"] for w in row if w["x0"] >= free[1] - 0.5), default=FAR)
    return hi - lo


def _short_of_the_edge(band: Gutter, free: tuple[float, float], row: list[dict]) -> bool:
    """A left cell's line reaching into a narrow gutter stops short of the right column's text
    edge, which stays where the rows above set it, in this band or the table's rows it goes on
    from (a label cell in large print, "MUST take to improve", beside its row's text; or a list
    cell's line on a baseline of its own, the next cell's lines offset from it): its gap, to the
    next cell's word or to that edge, is at least `NARROWED_GUTTER_EM`, wider than the spaces of
    the words before it (if any: a cell's line of one word, "(continued)" under "Safe") and as wide
    as neither gap beside it, so it is no word space of a line set across the band, justified or not."""
    edge = [r for b in band.chain for r in b.rows if r.starts[1] is not None and abs(r.starts[1] - free[1]) <= 0.5]
    if free[1] < band.hi - 0.5 or len(edge) < MIN_SIDE_ROWS:
        return False
    gaps = [(a["x1"], b["x0"], a, b) for a, b in zip(row, row[1:]) if not is_marker(a)]
    if row[-1]["x1"] <= free[0] + 0.5:  # nothing right of the band on this row
        gaps.append((row[-1]["x1"], free[1], row[-1], row[-1]))
    k = next((k for k, (lo, hi, _, _) in enumerate(gaps) if abs(lo - free[0]) <= 0.5 and abs(hi - free[1]) <= 0.5),
             None)
    if k is None:
        return False
    lo, hi, a, b = gaps[k]
    size = max(a["size"], b["size"])
    return hi - lo >= NARROWED_GUTTER_EM * size and all(hi - lo > other_hi - other_lo and not even_gaps(hi - lo, other_hi - other_lo, size)
               for other_lo, other_hi, _, _ in gaps[:k]) \
        and (k + 1 == len(gaps) or not even_gaps(hi - lo, gaps[k + 1][1] - gaps[k + 1][0], size))


def _free_part(band: Gutter, row: list[dict], below: list[dict], em: float) -> tuple[float, float] | None:
    """The widest part of the band that no word of the row covers (a bullet covers its
    hanging indent too: the band never runs between a bullet and its text; but a bullet
    hung out into the band before the right column's text leaves it open, `hung_out`); of
    several a gutter wide, one the row `below` leaves open too: a header row's gap over a
    label cell's justified line ("Action        the") and the gutter beside the cell goes on
    beside the cell, not between its words."""
    def free(band: Gutter, row: list[dict]) -> list[tuple[float, float]]:
        pieces = [(band.lo, band.hi)]
        for w, after in zip(row, row[1:] + [None]):
            x1 = after["x0"] if after and is_marker(w) and 0 <= after["x0"] - w["x1"] <= 3 * after["size"] else w["x1"]
            if x1 <= band.lo or w["x0"] >= band.hi or hung_out(w, after, band):
                continue
            pieces = [p for lo, hi in pieces for p in ((lo, min(hi, w["x0"])), (max(lo, x1), hi)) if p[1] > p[0]]
        return pieces

    pieces = free(band, row)
    wide = [p for p in pieces if p[1] - p[0] >= GUTTER_EM * em]
    if len(wide) > 1 and below:
        going_on = [p for p in wide if any(hi - lo >= GUTTER_EM * em for lo, hi in free(Gutter(*p, band.top, em), below))]
        pieces = going_on or pieces
    return max(pieces, key=lambda p: p[1] - p[0], default=None)


def is_marker(word: dict) -> bool:
    return word["marker"]


def hung_out(word: dict, after: dict | None, band: Gutter) -> bool:
    """The word is a bullet set out into the band, its text (within a hanging indent) starting
    at the band's right edge: the right column's bullets hang in the gutter before its text
    edge (narrow columns of dense type), so the bullet is that column's, not text across the band.
    It need only start right of the left column's text (`Gutter.text_lo`), not of a heading's end,
    and end within a hanging indent of the band's edge, however far right its text starts (a
    justified first line stretches the space after the bullet)."""
    return (is_marker(word) and after is not None and word["x0"] >= min(band.lo, band.text_lo) - 0.5
            and after["x0"] >= band.hi - 0.5 and 0 <= min(after["x0"], band.hi) - word["x1"] <= 3 * after["size"])


def active(gutters: list[Gutter], row: list[dict]) -> list[Gutter]:
    return [g for g in gutters if g.holds(row)]


def row_top(row: list[dict]) -> float:
    """A row's top is its highest word's, as the rows are ordered (a dash bullet's box may sit
    lower than the text after it)."""
    return min(w["top"] for w in row)


def row_base(row: list[dict]) -> float:
    """A row's baseline, from its glyphs' origins: how far apart two rows sit, whatever boxes their
    fonts declare (a re-print sets a ligature in a font of its own, its box taller than its line's)."""
    bases = sorted(g.baseline for w in row for g in w["chars"])
    return bases[len(bases) // 2]


def text_size(chars: dict[float, int]) -> float:
    """The smallest type carrying at least `TEXT_TYPE_SHARE` of the characters (`chars`, by size): the
    text's, not a heading's over it, nor a small type on a few rows (a citation's wrapped end). Type in
    many sizes, none carrying that share, is read in the size carrying most."""
    least = TEXT_TYPE_SHARE * sum(chars.values())
    return min((size for size, n in chars.items() if n >= least), default=max(chars, key=chars.get))


def row_size(row: list[dict]) -> float:
    sizes = sorted(w["size"] for w in row)
    return sizes[len(sizes) // 2]
