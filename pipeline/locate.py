"""Stage 4: takes `ReportDocument` (furniture marked), returns `Structure`: the must/should
list items with their heading context, and the narrative paragraphs outside lists.

Reads only body lines, in reading order. Headings are recognised by their words
(vocab/headings.toml, vocab/services.toml) or by their look (larger or bold). A heading's
scope ends at the next heading of the same or higher rank, which is how a core service
chapter, a location group inside a list, or a key-question section ends. A list ends at a
heading of its own rank or above, a closing heading, or a plain paragraph after bullets.
"""

import re
from collections import Counter

from ..models.document import Line, ReportDocument
from ..models.structure import Context, ListItem, Paragraph, Structure

from . import structure_patterns as sp
from .band_headings import headings_after_bands
from .card_chips import chips_apart
from .column_cuts import at_column_foot, goes_on_elsewhere, resumes_at
from .citations import citation_spans, opens_with_citation
from .evidence_columns import without_evidence_columns
from .glyphs import GUTTER_EM
from .field_records import field_records
from .foot_tags import services_by_foot_tags
from .gutters import JUSTIFIED_EDGE_EM, SAME_TYPE, SENTENCE_END
from .header_rows import repeated_header_cells
from .inserts import inserted_between
from .label_rows import labels_beside_rows
from .margin_citations import citations_beside
from .list_numbers import marker_kinds, next_in_turn, same_kind
from .orphan_tails import tails_rejoined
from .ornaments import without_ornaments
from .regex_programs import compiled
from .stacked_letters import without_stacked_letters
from .panels import PLACE_EM, panels_resumed, paragraph_at, same_type
from .running_services import running_services
from .spilled_cells import spilled_rows
from .split_rows import rows_resumed
from .two_across import second_copy
from .cover_ratings import printed_rows
from .unheaded_lists import unheaded_items
from .copied_items import copies_as_items
from .text import (CITATION_BREAK, CITATION_TAIL, DASH_BULLETS, HEADING_RATIO, OPENING_QUOTES,
                   STYLED_RATIO, TERMINAL, body_size, bracket_open, bullet_marker, closing_bracket_start, collapse_ws,
                   figure_goes_on, is_list_marker, join_lines, kind_word, merge_wrapped_headings, opens_citation,
                   opens_lower, set_under, strip_marker)

# What a core service's heading is called, printed as its caption or as a table's header cell.
SERVICE_KIND = compiled(r"(?:core )?services?", re.IGNORECASE)
# A table's header row repeated over a page break holds at most this many cells (lines).
HEADER_ROW_LINES = 4
# A heading is at most this many words and does not end with a full stop (nor one inside these quotes).
MAX_HEADING_WORDS = 16
CLOSING_QUOTES = "”’\"'"
# A vertical gap this much larger than the usual line gap (in font sizes) starts a paragraph.
PARAGRAPH_GAP_EM = 0.3
# A paragraph set with wide leading (double spacing) goes on over a gap up to this many ems of
# its type, where its sentence is unfinished and the next line opens with no capital.
WIDE_LEADING_EM = 2.0
# A footnote's mark: a superscript figure or a note sign ("¹ National Institute for …"), or a
# raised figure read into the note's first word ("1Quality and Outcomes Framework …").
FOOTNOTE_MARK = compiled(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|\d{1,2}(?=[A-Z][a-z]))")
# Horizontal slack (in ems of the line) when comparing indents.
INDENT_SLACK_EM = 0.4
# A slanted frame's lines step across by the same amount, within this many ems.
SLANT_SLACK_EM = 0.05
# A bullet this much (in ems) further right than its item's bullet is a sub-bullet.
SUB_INDENT_EM = 0.8
# A line's pitch (top to top) in a paragraph of loose leading, in ems: lines further apart are no one paragraph.
LOOSE_LEADING_EM = 1.6
# At most this far (in ems) left of an unbulleted item's first line, its next line is still its
# own: the hanging indent of a bullet drawn only in a page's picture (a scan's text layer).
HIDDEN_BULLET_EM = 4.5
# A line ending at most this many ems short of its column's right edge ran to it (its next word did not fit).
LINE_END_EM = 2.5
# Plain type at most this share of an open item's size, set clear of the item's lines, is a note beside it.
SIDE_NOTE_RATIO = 0.75
# A fill-in line under an item starts at least this many ems (of the item's type) right of the item's
# text: set flush right, not a note at the item's left edge.
FLUSH_RIGHT_EM = 4.0
# A data table's cell holding a figure: a count, an amount, a share.
TABLE_FIGURE = compiled(r"[£$]?\d[\d,]*(?:\.\d+)?%?")
# A one-line label under a heading (`_Walker._label_above`) stops at least this many ems short
# of the line under it.
LABEL_SHORT_EM = 3.0
# A sentence's end with more words after it on the line: running text, never a heading.
INNER_SENTENCE_END = compiled(r"[a-z]{2}[.!?][’”\"']?\s+[A-Z]")
# A line of running text under a heading has at least this many words (a rating or a grid's label fewer).
MIN_SENTENCE_WORDS = 5
# What marks a row's reference printed again where the row goes on: "M6 cont.", "S2 (continued)".
ROW_GOES_ON = compiled(r"\(?(?:continued|cont'?d|cont\.)\)?(?:\s+|$)", re.IGNORECASE)
# A line ending in a regulation's number and paragraphs ("Regulation 20(1)"): its citation may go on.
REGULATION_BREAK = compiled(r"\b[Rr]egulations? " + CITATION_BREAK.pattern)


def locate(doc: ReportDocument, default_service: str | None = None) -> Structure:
    """`default_service` is the core service a single-service report names on its cover."""
    printed = list(doc.body_lines())
    lines = merge_wrapped_headings(headings_after_bands(tails_rejoined(labels_beside_rows(rows_resumed(panels_resumed(without_evidence_columns(without_ornaments(citations_beside(without_stacked_letters(chips_apart(spilled_rows(printed))))))))))),
                                   completes=sp.is_structural_heading)
    records, lines = field_records(read := lines)
    # the leading as printed: a page whose every line is bold (reverse type on bands) has its wrapped lines
    # joined as headings' below, which would leave the gaps between its items the commonest
    walker = _Walker(body_size(lines), _usual_gap(printed), default_service, _page_markers(lines))
    walker.right_edges = _right_edges(lines)
    walker.page_lines = _by_page(lines)
    walker.printed_lines = _by_page(printed)
    walker.header_cells = repeated_header_cells(lines)
    walker.header_copies = {id(cell) for page in walker.page_lines.values() for row in printed_rows(page)
                            for cell in second_copy(row, page)}
    walker.page_services = running_services(doc)
    for n, (line, after) in enumerate(zip(lines, lines[1:] + [None])):
        walker.ahead = lines[n + 1 : n + 1 + HEADER_ROW_LINES]
        walker.feed(line, after)
    walker.close_all()
    items = _with_records(walker.items, records, read)
    items, paragraphs = copies_as_items(*unheaded_items(items, walker.paragraphs, lines), read)
    return Structure(items=services_by_foot_tags(doc, items), paragraphs=paragraphs,
                     services=walker.services)


def _with_records(items: list[ListItem], records: list[ListItem], lines: list[Line]) -> list[ListItem]:
    """The walker's items and the records' (field_records.py) in the order their pages are read,
    each page's walker items in their own order before its records."""
    if not records:
        return items
    rank = {page: n for n, page in reversed(list(enumerate(line.page for line in lines)))}
    return sorted(items + records, key=lambda item: rank.get(item.lines[0].page, len(rank)))


def _room_for_next_word(line: Line, after: Line, edge: float | None = None) -> bool:
    """`line` stops short enough of `after`'s end (or of `edge`, its column's right edge) for `after`'s first
    word (and a space) to have fitted on it: it ended there, not wrapped (a box's ragged line, "… that
    Deprivation of" / "Liberty Safeguards …"). The word's width is its share of its line's characters."""
    text = after.text.strip()
    word = text.split(" ", 1)[0]
    width = (after.x1 - after.x0) * (len(word) + 1) / max(len(text), 1)
    return (after.x1 if edge is None else edge) - line.x1 > width


def _right_edges(lines: list[Line]) -> dict[tuple[int, int], float]:
    """Each column's right edge on each page: where its furthest line ends."""
    edges: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, round(line.column_left))
        edges[key] = max(edges.get(key, 0.0), line.x1)
    return edges


def _by_page(lines: list[Line]) -> dict[int, list[Line]]:
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return pages


def _page_markers(lines: list[Line]) -> dict[int, list[str]]:
    """Each page's list markers as its text prints them (a scan's text layer leaves out the
    bullets its font cannot encode)."""
    out: dict[int, list[str]] = {}
    for line in lines:
        marker = bullet_marker(collapse_ws(line.text))
        if marker:
            out.setdefault(line.page, []).append(marker)
    return out


def _usual_gap(lines: list[Line]) -> float:
    """The commonest space between consecutive lines, in ems of the line above: the leading
    inside a paragraph, whatever the type size. Set solid or tighter than its font's box (about 1.17
    ems of Helvetica), a line's box overlaps the one above's: that overlap is the space, below 0."""
    gaps = [round((b.top - a.bottom) / a.size, 1) for a, b in zip(lines, lines[1:])
            if a.page == b.page and set_under(a, b, 3 * a.size)]
    return float(Counter(gaps).most_common(1)[0][0]) if gaps else 0.2


class _Heading:
    def __init__(self, rank: tuple, text: str, service: str | None = None, domain: str | None = None,
                 line: Line | None = None):
        self.rank, self.text, self.service, self.domain, self.line = rank, text, service, domain, line
        self.start = line  # its first line (`line` follows a label cell as it wraps)
        self.cell = text  # a label cell's lines joined so far ("Medical care (including" before "… care)")
        self.owns_lists = False  # a core service set right above a list heading: its lists are the service's
        self.parts: set[str] = set()  # a core service's chapter parts set in its own type (`_push_part`)
        self.items_before = 0  # how many items were read before it
        self.after_service = False  # set in place of a core service's heading of its rank, naming none (`_push`)
        self.part_of: _Heading | None = None  # the core service's chapter it is a part of (`_push_part`)
        self.within: _Heading | None = None  # a heading it is read under whatever their types (`_service_over_key_questions`)

    def beside(self, line: Line) -> bool:
        """Set wholly left of `line` on its page: a table's label cell, beside the row's cell."""
        return self.line is not None and self.line.page == line.page and self.line.x1 < line.x0


class _List:
    def __init__(self, kind: str, heading: str, rank: tuple, styled: bool):
        self.kind, self.heading, self.rank, self.styled = kind, heading, rank, styled
        self.bulleted = False
        self.marker = ""  # the marker its bulleted items open with in the text
        self.item: list[Line] = []
        self.subs: list[int] = []
        self.glyph_x = self.text_x = self.cont_x = 0.0
        self.left = 0.0  # the left edge of the open item's column, as its indents place it
        self.flush = False  # the open item's text wraps back to its bullet's x (no hanging indent)
        self.hidden = False  # the open item's bullet is not in the text (`_under_hidden_bullet`)
        self.group_headings: set[str] = set()
        self.group_ranks: set[tuple] = set()  # how its groups' headings are set
        self.suspended_at: tuple = ()
        self.preamble: Line | None = None  # the last line of a lead-in paragraph
        self.lead_in: list[str] = []  # its lead-in paragraph's lines (`_Walker._service`)
        self.emitted = 0  # items ended so far
        self.defaulted: set[int] = set()  # items (their first lines' ids) given the cover's service under a group naming none
        self.unfinished: ListItem | None = None  # this list's last item on the page before (see `_resume`)
        self.context: Context | None = None  # a resumed item's own heading context
        self.line: Line | None = None  # its heading's line
        # a table's header row of list headings side by side ("… must …" | "… should …"): each
        # heading's left edge, kind and text; an item is the list's whose heading is over it
        self.columns: list[tuple[float, str, str]] = []
        self.own_kind: str | None = None  # the open item's kind from its row's kind cell right of it
        self.kind_cell: Line | None = None  # that cell
        self.note: Line | None = None  # the first line of a note under the items in a table's cell (`_Walker._cell_note`)
        self.row_label: Line | None = None  # the label cell on the open item's first row, left of it (`_Walker._label_cell`)
        self.citation = ""  # the open item's regulations cell (`_Walker._cite_row`)
        self.set_on: Line | None = None  # the open item's own citation, read level with its lines (`_Walker._set_on`)
        self.row_cell: Line | None = None  # the cell right of a kind cell on its row: the row's item, whatever its first word


class _Walker:
    """Walks body lines once, keeping a heading stack and at most one open list or paragraph."""

    def __init__(self, body_size: float, usual_gap: float, default_service: str | None, page_markers: dict[int, list[str]]):
        self.body_size, self.usual_gap, self.default_service = body_size, usual_gap, default_service
        self.page_markers = page_markers  # each page's list markers in its text (a scan's text layer may lack them)
        self.sibling_service_ranks: set[tuple] = set()  # types of core services set under another service
        self.stack: list[_Heading] = []
        self.open: _List | None = None
        self.suspended: _List | None = None
        self.paragraph: list[Line] = []
        self.headed = False  # the open paragraph began right under a heading
        self.in_table = False
        self.items: list[ListItem] = []
        self.paragraphs: list[Paragraph] = []
        self.cut: list[Paragraph] = []  # paragraphs ended mid-sentence at their column's foot (`column_cuts.py`)
        self.resumed: Context | None = None  # the open paragraph's context: a cut one's, taken up again
        self.services: list[str] = []
        self.prev: Line | None = None
        self.next: Line | None = None  # the line read after the one being fed
        self.pushed: _Heading | None = None  # the heading the line being fed pushed, if any
        self.pushed_before: _Heading | None = None  # the one the line before pushed
        self.last_heading: Line | None = None
        self.header_cells: dict[str, int] = {}  # a table's header row: its cells' texts, and their page
        self.page_services: dict[int, str] = {}  # the core service each page's running header names
        self.header_lines: dict[str, Line] = {}  # a header row over a list's first row: each cell's first printing
        self.header_row: list[Line] = []  # the cells of a header row under a list's heading, beside the one read
        self.column_heads: list[Line] = []  # all the cells of the last such header row: where its table's columns start
        self.ahead: list[Line] = []  # the lines read after the one being fed (a few)
        self.closing_dash: Line | None = None  # a heading set between dashes whose closing dash wrapped
        self.panel: tuple[_List, list[Line]] | None = None  # a list a side panel's end closed, and its last item
        self.left_empty: tuple[_List, _Heading] | None = None  # a list a closing heading ended before its items (`_resumes_empty`)
        self.right_edges: dict[tuple[int, int], float] = {}  # (page, column's left edge) -> its right edge
        self.page_lines: dict[int, list[Line]] = {}
        self.printed_lines: dict[int, list[Line]] = {}  # as read, before wrapped headings are joined: what is set on a row
        self.noted: Line | None = None  # the line just read past as a note beside the open item
        self.across: Line | None = None  # the last line read past as another cell of the open item's row
        self.quote: Line | None = None  # the last line of a pull quote read past inside a list (`_pull_quote`)
        self.ended: tuple[_List, list[_Heading]] | None = None  # the list `close_all` last ended, the headings over it then
        # the first page's ratings grid's labels: one printed again under it as a heading heads its section
        self.grid_labels: set[str] = set()
        self.header_copies: set[int] = set()  # the cells of a header row's second copy on its row (two_across.py)

    # ---- classification -------------------------------------------------------------
    def _rank(self, line: Line) -> tuple:
        return (round(line.size), int(line.bold))

    def _styled(self, line: Line) -> bool:
        return line.size >= self.body_size * STYLED_RATIO or line.bold

    def _heads_a_section(self, line: Line, text: str, after: Line | None) -> bool:
        """A key question or core service on the first page set as a heading over a paragraph in body
        type (a printed web page's first page runs on into its key questions, or a one-page web print
        into its services' sections, read105), or over a sentence in
        larger type (an assessment's score: "This service scored 17 points out of a possible 32."):
        a section's heading; so is one over a sub-heading in smaller type over such a paragraph (a
        quality statement's, "LEARNING CULTURE"). A ratings grid's label is followed by its rating or
        by the next label."""
        if after is None or not (sp.key_question(text) or sp.service_name(text)) or not self._styled(line):
            return False
        words = collapse_ws(after.text)
        if self._styled(after) and not words.endswith(".") and after.size < line.size and self._sentence_words(words):
            after = next((l for l in self.ahead[1:] if not self._styled(l)), None)  # the text under the sub-heading
            words = collapse_ws(after.text) if after is not None else ""
        elif self._styled(after) and not words.endswith("."):
            return False
        return len(words.split()) >= MIN_SENTENCE_WORDS and self._sentence_words(words)

    @staticmethod
    def _sentence_words(words: str) -> bool:
        """Neither a key question, a core service nor a rating: not the next label or the rating of a ratings grid."""
        return not sp.key_question(words) and not sp.service_name(words) and not words.lower().startswith(sp.RATING_WORDS)

    def _looks_like_heading(self, line: Line, text: str) -> bool:
        """Larger or bold, short, no full stop (a quotation's either: a pull-quote set large is no
        heading, "“… when we ring.”"); inside a list, not a line in the type of its item
        before, nor one only larger than the body that opens as its statements do (a list set in
        a panel's larger type, a bullet lost: "Ensure that risk assessments for" is no heading), nor
        one closing the bracket the item's text stops inside, whatever its type (a citation set in
        bold wrapped from a plain line: "… reviewed. (Regulation" / "12(2)(a))")."""
        return (
            self._styled(line)
            and len(text.split()) <= MAX_HEADING_WORDS
            and not text.rstrip(CLOSING_QUOTES).endswith(".")
            and not (self.open and self.open.item and self._same_style(line, self.open.item[-1]))
            and not (self.open and self.open.item and _closes_bracket(self.open.item, text))
            and not (self.open and not line.bold and self._opens_paragraph_item(self.open, text))
            and not self._running_text(line, text)
            and not self._sentence_goes_on_under(line, text)
        )

    def _sentence_goes_on_under(self, line: Line, text: str) -> bool:
        """Words pulled out in larger or bold type inside a sentence (a poster's key phrase, a line of
        its own or most of one): the sentence goes on right under it, at its left edge, in plainer type
        and in lower case ("… staff complete" / "PROMPT obstetric emergency training and" / "is
        monitored."). A heading ends no sentence there: what it heads opens with a capital or a marker
        ("a) The trust …"), and a lead-in's colon ends it. A list number hung left of the edge between them is passed."""
        if text.endswith(sp.TERMINAL_MARKS):
            return False
        under = next((l for l in self.ahead if not (l.page == line.page and l.x1 < line.x0)), None)
        words = collapse_ws(under.text) if under is not None else ""
        return (under is not None and under.page == line.page and opens_lower(words) and not bullet_marker(words)
                and abs(under.x0 - line.x0) < under.size and line.top < under.top and under.top - line.bottom < under.size
                and (under.size < line.size or line.bold and not under.bold))

    def _running_text(self, line: Line, text: str) -> bool:
        """A plain line in larger type that is a paragraph's, not a heading: it holds a sentence's
        end before more words ("… kind and patient. One person said"), or goes on the open
        paragraph in its type at its leading (a caring section's text set larger than the body), or
        opens one: the lines under it, in its type at its leading, end the sentence it began ("We
        identified 3 breaches of regulation relating to … and good" / "governance. You can read …"; a
        heading ends no sentence)."""
        if line.bold:
            return False
        last = self.paragraph[-1] if self.paragraph else None
        return bool(INNER_SENTENCE_END.search(text)) or (
            last is not None and self._same_style(line, last) and not self._paragraph_break(line, last)) or (
            self._sentence_ends_below(line))

    def _sentence_ends_below(self, line: Line) -> bool:
        """A line read next after `line` (those in view ahead), each set under the one before in its
        type at its leading, ends a sentence or holds a sentence's end."""
        above = line
        for after in self.ahead:
            if after.page != line.page or after.top <= above.top or not self._same_style(after, line) \
                    or self._paragraph_break(after, above):
                return False
            if INNER_SENTENCE_END.search(after.text) or _ends_sentence([after]):
                return True
            above = after
        return False

    def _same_style(self, a: Line, b: Line) -> bool:
        return abs(a.size - b.size) < 0.05 * max(a.size, b.size) and a.bold == b.bold

    def _paragraph_break(self, line: Line, prev: Line | None) -> bool:
        if prev is None:
            return True
        if self._jump(line, prev):
            # over a page or column break, an unfinished sentence (one ending "... Act 2008 (Regulated
            # Activities)" too) or a citation goes on, and so does a line opening lower case in the
            # sentence's type (one in bold or other type is a heading's wrapped end: a card's title)
            # (nor does a sentence go on in type a heading's step apart: a card's score line, cut at a page's foot,
            # over the card's text on the next page)
            item = self._read_to(prev)
            if max(line.size, prev.size) >= STYLED_RATIO * min(line.size, prev.size):
                return True
            return _ends_sentence(item) and not _open_sentence(item) and not opens_citation(line.text) \
                and not (line.text[:1].islower() and self._same_style(line, prev))
        if line.size < prev.size and FOOTNOTE_MARK.match(line.text.lstrip()):
            return True  # a footnote in smaller type under the paragraph that marks it
        if (line.on_arc or prev.on_arc) and _ends_sentence([prev]):
            return True  # text set along an arc of its own ends there: the next arc is the next statement
        gap = line.top - prev.bottom
        if gap <= (self.usual_gap + PARAGRAPH_GAP_EM) * prev.size:
            return False
        # double-spaced text beside text set tight: an unfinished sentence goes on, on a line
        # opening with no capital ("lations 2014.", "18 (Staffing) …") and no list marker, or
        # closing the bracket the text above left open ("… 2008 (Regulated" / "Activities) …")
        text = line.text.lstrip().lstrip(OPENING_QUOTES)
        closes = ")" in text.split("(")[0] and bracket_open([above.text for above in self._read_to(prev)])
        return not (text and (not text[0].isupper() or closes) and not bullet_marker(text)
                    and self._same_style(line, prev) and gap <= WIDE_LEADING_EM * prev.size and _open_sentence([prev]))

    def _read_to(self, prev: Line) -> list[Line]:
        """The open item or paragraph whose last line is `prev`, else that line alone."""
        if self.open and self.open.item and self.open.item[-1] is prev:
            return self.open.item
        return self.paragraph if self.paragraph and self.paragraph[-1] is prev else [prev]

    @staticmethod
    def _next_column(line: Line, prev: Line) -> bool:
        """The top of the next column: on this page, or on the next in a column set elsewhere."""
        if line.page != prev.page:
            return line.page == prev.page + 1 and abs(line.column_left - prev.column_left) > SUB_INDENT_EM * line.size
        return line.top < prev.bottom - 1 and line.x0 > prev.x1  # above, or beside it on its row

    @staticmethod
    def _jump(line: Line, prev: Line) -> bool:
        """A page break or a move to the top of the next column."""
        return line.page != prev.page or line.top < prev.top - 1

    # ---- heading context ------------------------------------------------------------
    def _push(self, heading: _Heading) -> None:
        """A heading set in a core service's type, naming none, is in that service's place
        (`after_service`): after one it pops of its rank, or in a type a service was set in
        under another service set otherwise (services set in two types, siblings all). A key
        question set in its core service's type before the service's lists is a section of the
        service's chapter ("Urgent and emergency care" / "Is the service safe?"), not its sibling."""
        self.pushed = heading
        heading.items_before = len(self.items)
        while self.stack and self.stack[-1].rank <= heading.rank and self.stack[-1] is not heading.within \
                and not self._chapter_section(heading, self.stack[-1]):
            popped = self.stack.pop()
            heading.after_service |= not heading.service and popped.rank == heading.rank and bool(popped.service)
        if heading.service and any(h.service and h.rank != heading.rank for h in self.stack):
            self.sibling_service_ranks.add(heading.rank)
        heading.after_service |= not heading.service and heading.rank in self.sibling_service_ranks
        self.stack.append(heading)
        if heading.service and heading.service not in self.services:
            self.services.append(heading.service)

    def _chapter_section(self, heading: _Heading, chapter: _Heading) -> bool:
        return (bool(heading.domain and chapter.service) and heading.rank == chapter.rank
                and len(self.items) == chapter.items_before)

    def _push_part(self, heading: _Heading) -> None:
        """A part of a core service's chapter ("Information about the service", "Outstanding practice
        and areas for improvement") set in the chapter heading's own type stays in the chapter until
        the chapter's own lists are read, once each: after them, or again, it is the location's own,
        after its last chapter."""
        chapter = next((h for h in reversed(self.stack) if h.service), None)
        if chapter is None or chapter.rank != heading.rank or heading.text in chapter.parts \
                or len(self.items) > chapter.items_before:
            self._push(heading)
            return
        chapter.parts.add(heading.text)
        heading.part_of = chapter
        while self.stack[-1] is not chapter:
            self.stack.pop()
        self.pushed = heading
        heading.items_before = len(self.items)
        self.stack.append(heading)

    def _context(self, section: str) -> Context:
        service = self._service()
        domain = next((h.domain for h in reversed(self.stack) if h.domain), None)
        lst = self.open or self.suspended
        group = next((h.text for h in reversed(self.stack) if not h.service and lst and h.text in lst.group_headings), None)
        return Context(section=section, service=service, domain=domain, group=group)

    def _service(self) -> str | None:
        """The service of the nearest heading naming one; but a heading set in place of a core
        service's, in its type, naming none ("Trust-wide" after "Services for children and young
        people") is that service's sibling, not a part of a service headed above them both. Under
        no such heading, the one service the list's lead-in says its actions relate to."""
        lst = self.open or self.suspended
        return self._headed_service() or self._lead_in_service(lst) or self._default_service()

    def _headed_service(self) -> str | None:
        """The service of the nearest heading naming one, up to a heading set in place of a service's."""
        for heading in reversed(self.stack):
            if heading.service:
                return heading.service
            if heading.after_service:
                break
        return None

    @staticmethod
    def _lead_in_service(lst: "_List | None") -> str | None:
        return sp.related_service(join_lines(lst.lead_in)) if lst and lst.lead_in else None

    def _default_service(self) -> str | None:
        """The cover's core service, unless the open list is grouped by core service: there a
        group naming none ("Trust wide" after the services, or before them: `_ungrouped`) is no
        service's. Else a list item's page's running header's (running_services.py)."""
        lst = self.open or self.suspended
        if lst and any(sp.service_name(text) for text in lst.group_headings):
            return None
        return self.default_service or (self.page_services.get(lst.item[0].page) if lst and lst.item else None)

    def _paragraph_section(self) -> str:
        """A sentence's section is the key question it sits under, else the nearest heading."""
        key_question = next((h.text for h in reversed(self.stack) if h.domain), None)
        return key_question or (self.stack[-1].text if self.stack else "")

    # ---- feeding --------------------------------------------------------------------
    def feed(self, line: Line, after: Line | None = None) -> None:
        """`after` is the line read next: a table's label cell is known by the item beside it."""
        text = collapse_ws(line.text)
        line, text = _reference_apart(line, text)
        if self.open is not None and self.open.item:
            line, text = _row_goes_on(line, text, after)
            if not text:
                return  # the mark alone on its line (in type of its own beside the statement's rest): read past
        self.next = after
        if self._service_tag(line, text):
            return
        if self._pull_quote(line, text) or self._side_note(line, text) or self._item_caption(line, text) \
                or self._figures_in_badges(line, text) or self._value_beside(line, text) or self._diagram_label(line, text) \
                or (not self.open and self.paragraph
                                            and (self._footnote_under(line, text, self.paragraph)
                                                 or self._note_beside_paragraph(line, text))):
            self.noted = line
            self._cite_row(line, text)
            return  # read past, as though not there (a footnote under a paragraph the page's foot cut too)
        self.noted = None
        if self._set_on(line, text):
            self.open.set_on = line
            return  # the item's own citation, read where its sentence ends
        if self.closing_dash is not None and line.page == self.closing_dash.page and text == self.closing_dash.text.strip():
            self.closing_dash = None
            return  # the closing dash of the heading before, wrapped to a line of its own
        self.closing_dash = None
        self.pushed_before, self.pushed = self.pushed, None
        text = self._between_dashes(line, text, after) or text
        if self.panel is not None and self._panel_resumes(line, text):
            self._end_paragraph()
            cut = self._panel_sub_item(text)
            self.open, self.panel = self.panel[0], None
            if cut is not None:  # its item goes on with it, as it was
                self.items.remove(cut)
                self.open.item, self.open.subs, self.open.context = list(cut.lines), list(cut.sub_starts), cut.context
        lst = self.open
        leaving = lst.item if lst is not None and lst.item and self._panel_left(line, lst.item) else \
            self.items[-1].lines if lst is not None and not lst.item and self._label_left(line, lst) else None
        if leaving and self._column_before(line, leaving):
            self.close_all()  # the main column held back past the panel's end: no group of the panel's list
        if text and self._beside_kind_cell(line):
            pass  # another cell of an item's row, right of its kind cell
        elif text and (self._row_number(line, text, after) or self._empty_row(line, text, after)):
            pass  # the row's number in a table's reference column: no group of the list, no paragraph
        elif text and self._next_row_reference(line, text):
            self._end_item()  # the next row's reference: its cells are read as the first row's were
        elif text and self._feed_heading(line, text, after):
            self._note_header_row(line, text)
            self.last_heading = line
        elif text:
            self._feed_body(line, text)
            self.last_heading = None
        if leaving and self.open is None:
            self.panel = lst, leaving  # the main column's text or heading closed a panel's list
        self.prev = line

    def _service_tag(self, line: Line, text: str) -> bool:
        """A tag naming a core service beside the open item's first line, clear right of it (a short
        form the document's own key explains, "E&UC", in a margin): the item's service."""
        service = sp.SERVICE_KEY.get().get(text)
        if service is None or not self._cell_beside_item(line):
            return False
        self._push(_Heading(self._rank(line), text, service=service, line=line))
        return True

    def _pull_quote(self, line: Line, text: str) -> bool:
        """Inside a list, a quotation set larger than the text, opening a sentence where no item's
        sentence is unfinished (a pull quote floated beside the list, "“The nurses should be given
        medals …”"), and the lines stacked under it at its left edge (who said it): someone's words,
        not the regulator's; read past, the list goes on. (A statement's line may open with a
        quotation mark too: "‘do not attempt cardiopulmonary resuscitation’ forms …".)"""
        if self.open is None and self.suspended is None:
            self.quote = None
            return False
        under = self.quote
        if under is not None and under.page == line.page and abs(line.x0 - under.x0) <= INDENT_SLACK_EM * line.size \
                and set_under(under, line, under.size):
            self.quote = line
            return True
        larger = line.size > (1 + SAME_TYPE) * self.body_size
        unfinished = self.open is not None and bool(self.open.item) and _open_sentence(self.open.item)
        opens = text[:1] in OPENING_QUOTES and text[1:2].isupper()
        self.quote = line if larger and opens and not unfinished and not sp.opener_kind(text) else None
        return self.quote is not None

    def _side_note(self, line: Line, text: str) -> bool:
        """A plain line in type much smaller than the open item's (`SIDE_NOTE_RATIO`), set clear of
        the item's lines across the page (beside them, or where such a column goes on over a page
        break): a note or cell of its own beside the list ("Key question: Safe. Ref AW-01", a
        shaded aside), read between the item's lines or items by row. It neither goes on the item
        nor ends the list. A bold one is too while the item's sentence is unfinished: the heading of
        a sidebar floated beside the item ("Key facts"), the item going on under it. So is any line in
        smaller type set level with the list's lines on their page, its heading's to the item's (`_level_with`),
        bold or bulleted: a pull-quote floated beside the item, its top beside the heading ("“I have to ring
        …” / – a patient"), read after the item's lines beside it, the item's sentence going on under it.
        So is a cell opening with a regulation citation set clear of the item's lines, after its sentence's
        end or level with its lines, whatever its type: a table's regulations cell beside the item's row
        ("Regulation 12, 17, 18"), not the sentence going on at the next column's top ("… in line with" /
        "Regulation 12 of …")."""
        lst = self.open
        if lst is None or not lst.item or not text or self._opener(line, text) \
                or self._citation_flush_right(line, text, lst.item) or self._set_on(line, text):
            return False
        item = lst.item
        smallest = min(l.size for l in item)
        if self._footnote_under(line, text, item):
            return True
        if self._fill_in_line(line, item) or self._note_at_break(line, item) or self._link_under(line, text, item):
            return True
        if not (line.x0 >= max(l.x1 for l in item) or line.x1 <= min(l.x0 for l in item)) or self._labels_next_row(line) \
                or self._caption_over_next_item(line, lst):
            return False
        if self._note_goes_on(line):
            return True
        if self._cell_across_row(line, text, item):
            self.across = line
            return True
        if opens_with_citation(text) and (not _open_sentence(item) or _on_a_row_of(line, item)) \
                and not (self.prev is not None and self._group_continued(collapse_ws(self.prev.text))):
            if _on_a_row_of(line, item) and line.x0 >= max(l.x1 for l in item if l.page == line.page):
                self.across = line  # a cell across the item's row: the owner's cell read right after it is one too
            return True  # a table's regulations cell beside the item's row (not the item's going on under its group's "(continued)")
        if line.size < (1 - SAME_TYPE) * smallest and _level_with(line, item + ([lst.line] if lst.line else []) + self._going_on(item, line)):
            return True
        if bullet_marker(text) or (line.bold and not _open_sentence(item)):
            return False
        return line.size <= SIDE_NOTE_RATIO * smallest

    def _caption_over_next_item(self, line: Line, lst: _List) -> bool:
        """After a finished item, the line and any in its type stacked under it sit right over the
        next item's first line, within its width (a cell's "MUST" and service name centred over
        its statement, cells side by side across the page): the next cell's caption, not a note
        beside the item."""
        after = self._next_in_other_type(line)
        if after is None or after.page != line.page or _open_sentence(lst.item) or after not in self.ahead:
            return False
        above = line
        for between in self.ahead[:self.ahead.index(after)]:
            if between.page != line.page or not 0 < between.top - above.top < 2 * line.size:
                return False
            above = between
        slack = INDENT_SLACK_EM * after.size
        return (set_under(above, after, after.size) and after.x0 - slack <= min(line.x0, above.x0)
                and max(line.x1, above.x1) <= self._paragraph_right(after) + slack
                and self._opens_paragraph_item(lst, collapse_ws(after.text)))

    def _paragraph_right(self, first: Line) -> float:
        """Where the paragraph opening at `first` (`paragraph_at`, its lines read next) ends its lines: its
        widest line, or up to LINE_END_EM short of the measure it ran to (ragged right; a card's label
        flush right over it)."""
        lines = paragraph_at(self.ahead, self.ahead.index(first)) if first in self.ahead else [first]
        return max(l.x1 for l in lines) + (LINE_END_EM * first.size if len(lines) > 1 else 0.0)

    def _cell_across_row(self, line: Line, text: str, item: list[Line]) -> bool:
        """A plain line in the item's type, read right after the item's last line (no note read past
        between) in a column of its own that the reader found right of the item's lines (its column's
        left edge clear right of them: a gutter down the table's rows, not a wide word space), on the
        row of one of the item's lines: on its last line's row, the item going on under it at its text's
        x (a table read row by row: an owner's cell between the statement's lines), or on any of its
        lines' rows once the item's sentence is finished (the cell read after its statement's): another
        cell of the item's row, no part of it; so is a line read right after such a cell, or after a
        regulations cell read past across the item's row (`_side_note`), on its row right of it, in its
        column or one further right (the owner's cell, then the due date's). A kind cell
        ("MUST") is the item's own, a cell naming a core service its row's label, a bullet or a
        statement's opening the next item, and a citation is left to the citation's own rules (the
        item's, wrapped to the next column's top)."""
        last = item[-1]
        here = [l for l in item if l.page == line.page]
        if line.bold or not here or not same_type(line, last) or _kind_cell_look(line) or bullet_marker(text) \
                or sp.opens_action(text) or sp.service_name(text) or opens_with_citation(text) or opens_citation(text):
            return False
        if self.noted is not None and self.across is not None \
                and (self.noted is self.across or not same_type(self.noted, line)):
            # read right after that cell, or after a note in other type read past since (in the row's painted-over cell)
            return _on_its_row(line, self.across) and line.column_left >= self.across.column_left
        if self.prev is not last or self.noted is not None or self._column_edge(line) < max(l.x1 for l in here):
            return False
        if not _open_sentence(item) and _on_a_row_of(line, item):
            return True
        after = next((l for l in self.ahead if abs(l.x0 - line.x0) > PLACE_EM * line.size and not _on_its_row(l, line)
                      and l.x1 > last.text_x0 and same_type(l, last)), None)  # past the row's cells right of it (the due
        # date), left of it (its service wrapped) and notes in other type
        return (_on_its_row(line, last) and after is not None and after.page == last.page and after.top > last.top
                and abs(after.x0 - last.text_x0) <= INDENT_SLACK_EM * after.size and after.x1 <= line.x0)

    def _column_edge(self, line: Line) -> float:
        """The left edge of the column `line` is set in: the reader's, or the left edge of the open list's
        table header cell it starts under (a table read across its rows, the reader's one column the
        whole table's, each of its columns still headed by a cell of its own: "Lead" over the lead's cell)."""
        return max([line.column_left, *(cell.x0 for cell in self.column_heads
                                        if abs(cell.x0 - line.x0) <= PLACE_EM * line.size)])

    def _note_beside_paragraph(self, line: Line, text: str) -> bool:
        """A plain line in other type than the open paragraph's, set on its last line's row clear right
        of its lines, while its sentence is unfinished and the first line read after it not in its type
        (past the note's own lines: its column read first on the next page) goes on the sentence: a
        note written in the margin beside the text ("Pharm. review booked 20/6"), read past with its
        lines; the paragraph goes on (its "We recommend …" sentence whole)."""
        if self._note_goes_on(line):
            return True
        last = self.paragraph[-1]  # the line read after the note asked last: most lines are no note
        return (not line.bold and not same_type(line, last) and not self._opener(line, text)
                and _on_its_row(line, last) and line.x0 >= max(l.x1 for l in self.paragraph if l.page == line.page)
                and _open_sentence(self.paragraph) and (after := self._next_in_other_type(line)) is not None
                and same_type(after, last) and not self._paragraph_break(after, last))

    def _note_at_break(self, line: Line, item: list[Line]) -> bool:
        """A line in smaller type than the item's and the body's, while its text is unfinished
        (mid-sentence, or a sub-item's ";"), set last on the item's page or first on the next, the text
        read after it (past lines of its own type) larger again: a note on the page break ("continues
        overleaf", "(continued)"), read past; the item goes on after it. (An item whose first line is set
        larger goes on in body type: no note.)"""
        if not (line.size < (1 - SAME_TYPE) * min([l.size for l in item] + [self.body_size]) and not _ends_sentence(item)):
            return False
        page = self.page_lines.get(line.page, [])
        if not ((line.page == item[-1].page and page[-1] is line) or (line.page == item[-1].page + 1 and page[0] is line)):
            return False
        after = self._next_in_other_type(line)
        return after is not None and after.size > line.size

    def _next_in_other_type(self, line: Line) -> Line | None:
        """The first line read after `line` not in its type (past its own note's or caption's lines)."""
        return next((l for l in self.ahead if abs(l.size - line.size) > SAME_TYPE * line.size), None)

    def _item_caption(self, line: Line, text: str) -> bool:
        """In an open list, a short line in type much smaller than the body's and the text read next
        (`SIDE_NOTE_RATIO`), no sentence, citation or lower-case going on, naming no key question or
        service, with a statement of the list opening under it (past lines of its own type): a
        counter over a statement ("2 of 12") or a tag under the one before ("Key question: Safe").
        Read past; the list goes on. Not a list's own heading in small type ("Action the trust MUST
        take to improve" under a card's "MUST DO" and its service): that heading opens its list."""
        lst = self.open
        if lst is None or text.endswith(TERMINAL) or len(text.split()) > MAX_HEADING_WORDS or opens_lower(text) \
                or opens_with_citation(text) or opens_citation(text) or bullet_marker(text) or sp.key_question(text) \
                or sp.service_name(text) or self._opener(line, text):
            return False
        nxt = self._next_in_other_type(line)
        if nxt is None or nxt.page not in (line.page, line.page + 1) \
                or line.size > SIDE_NOTE_RATIO * min(nxt.size, self.body_size) or self._opener(nxt, collapse_ws(nxt.text)):
            return False
        words = collapse_ws(nxt.text)
        return bool(bullet_marker(words)) or self._opens_paragraph_item(lst, words)

    def _diagram_label(self, line: Line, text: str) -> bool:
        """In an open list whose item has finished its sentence, a short line in other type than the
        item's, set clear of its lines across the page, with an item of the list's numbering that the
        list has not used yet opening under it (past lines of its own type, the label's wrapped words):
        a diagram's label between its numbered cells (a radial chart's hub, "Should" / "do", read by row
        among the items round it). Read past; the list goes on. A heading over a list of its own numbers
        it from the start, so ends this one; its lines opening lower case only go on such a label."""
        lst = self.open
        if lst is None or not lst.item or _open_sentence(lst.item) or not text or text.endswith(TERMINAL) \
                or len(text.split()) > MAX_HEADING_WORDS or bullet_marker(text) or self._opener(line, text) \
                or same_type(line, lst.item[0]) or not (line.x0 >= max(l.x1 for l in lst.item)
                                                         or line.x1 <= min(l.x0 for l in lst.item)):
            return False
        if opens_lower(text) and not (self.noted is not None and same_type(self.noted, line)):
            return False
        nxt = self._next_in_other_type(line)
        if nxt is None or nxt.page != line.page or not same_type(nxt, lst.item[0]):
            return False
        used = [marker_kinds(collapse_ws(lines[0].text))
                for lines in [item.lines for item in self.items[len(self.items) - lst.emitted:]] + [lst.item]]
        return any(value is not None and all(kinds.get(kind) not in (None, value) for kinds in used)
                   for kind, value in marker_kinds(collapse_ws(nxt.text)).items())

    def _figures_in_badges(self, line: Line, text: str) -> bool:
        """Figures and nothing else, no list number, bold or larger than the body, in an open list and
        not inside an item's sentence: the numbers printed in badges over a row of boxes ("123", each
        box's number, read as one line), which name no group and do not end the list."""
        lst = self.open
        return (lst is not None and self._styled(line) and not any(char.isalpha() for char in text)
                and any(char.isdigit() for char in text) and not bullet_marker(text)
                and not (lst.item and _open_sentence(lst.item)))

    def _value_beside(self, line: Line, text: str) -> bool:
        """In an open list, a line whose words past its reference are figures only ("M2 · 75%"), set a
        gutter clear right of the open item's lines on its page: a bar's value label at its end, beside
        the chart's axis label that is the statement (read by row, between its lines or after them), or
        a score beside an item. No item of its own: read past; the item and the list go on."""
        lst, marker = self.open, bullet_marker(text)
        rest = text[len(marker):] if marker else ""
        here = [l for l in lst.item if l.page == line.page] if lst is not None else []
        return (bool(here) and marker is not None and marker[:1].isalnum() and any(c.isdigit() for c in rest)
                and not any(c.isalpha() for c in rest) and line.x0 >= max(l.x1 for l in here) + GUTTER_EM * line.size)

    def _fill_in_line(self, line: Line, item: list[Line]) -> bool:
        """A line in type much smaller than the item's (`SIDE_NOTE_RATIO`) under its finished sentence,
        set flush right: its row ends at the item's column's right edge and it starts well right of the
        item's text (`FLUSH_RIGHT_EM`). A fill-in line set under each item ("Lead: ____ Target date: ____
        Status: ☐ open"), no part of the statement and no end of the list."""
        last, after = item[-1], self.next
        if line.page != last.page or line.top < last.bottom or _open_sentence(item) \
                or line.size > SIDE_NOTE_RATIO * min(l.size for l in item):
            return False
        row = [line] + ([after] if after is not None and after.page == line.page and same_type(after, line)
                        and abs(after.top - line.top) < 0.5 * line.size else [])  # a row the gutters parted
        edge = self.right_edges.get((line.page, round(last.column_left)), last.x1)
        return max(l.x1 for l in row) >= edge - INDENT_SLACK_EM * line.size \
            and line.x0 - last.text_x0 >= FLUSH_RIGHT_EM * last.size

    def _set_on(self, line: Line, text: str) -> bool:
        """A line that is all a bracketed citation ("(Regulation 12(2)(a))"), level with one of the open
        item's lines and a gutter clear of them, read while the item's sentence is unfinished, or level
        with its first line, the only one read yet: the statement's own citation set on at the top of the
        next column of a band too short for its columns to be found (so read by row), on a tab, or as a
        note in the margin either side (`margin_citations.py`). It ends the item once its sentence does,
        as CQC prints it; a table's regulations cell opens with its citation unbracketed ("Regulation 12",
        `_cite_row`)."""
        lst = self.open
        if lst is None or not lst.item or lst.set_on is not None or not opens_citation(text) or not _all_citation(text) \
                or not (_open_sentence(lst.item) or len(lst.item) == 1) or not _on_a_row_of(line, lst.item):
            return False
        here = [l for l in lst.item if l.page == line.page]
        gutter = GUTTER_EM * line.size
        return line.x0 >= max(l.x1 for l in here) + gutter or line.x1 <= min(l.x0 for l in here) - gutter

    def _citation_flush_right(self, line: Line, text: str, item: list[Line]) -> bool:
        """A line that is all a citation ("(Regulation 12(2)(g))"), next under the item's last line on its
        page and set flush right: it ends at the item's column's right edge, starting right of the item's
        text. The statement's citation on a line of its own, which goes on it; neither a regulations cell
        beside the row nor a note, nor the list's end."""
        last = item[-1]
        if line.page != last.page or not set_under(last, line, last.size) or not _all_citation(text):
            return False
        edge = self.right_edges.get((line.page, round(last.column_left)), last.x1)
        slack = INDENT_SLACK_EM * line.size
        return abs(line.x1 - edge) <= slack and line.x0 > min(l.text_x0 for l in item) + slack

    def _link_under(self, line: Line, text: str, item: list[Line]) -> bool:
        """A short line in type smaller than the item's, next under its finished sentence on its page
        and set to the right (reaching the right edge of the item's lines there, or past it, and starting
        right of their middle): a link or note under the item ("↑ Back to top" closing each section of
        a printed web page, its arrow read as a bullet), read past, not a sub-item (read105)."""
        last = item[-1]
        if line.page != last.page or not set_under(last, line, 2 * last.size) or _open_sentence(item) \
                or not line.size < (1 - SAME_TYPE) * min(l.size for l in item) or len(text.split()) > MAX_HEADING_WORDS:
            return False
        # the item's lines in the column it ended in: one that went on from another column (a panel's foot) is no edge here
        here = [l for l in item if l.page == line.page and abs(l.column_left - last.column_left) <= INDENT_SLACK_EM * l.size]
        edge = max(l.x1 for l in here)
        return line.x1 >= edge - INDENT_SLACK_EM * line.size and line.x0 > (min(l.text_x0 for l in here) + edge) / 2

    def _cite_row(self, line: Line, text: str) -> None:
        """A regulations cell read past (`_side_note`) is the citation of the item whose first line it is
        level with, or centred on (a cell set vertical-align middle), right of it: its own row, matched by
        place, since the reading order may give a column's cells after several rows' items."""
        lst = self.open
        if lst is None or not opens_with_citation(text):
            return

        def row(lines: list[Line]) -> bool:  # the cell is level with the item's first line, right of its lines
            here = [l for l in lines if l.page == line.page]
            return lines[0].page == line.page and line.x0 >= max(l.x1 for l in here) and (
                abs(lines[0].top - line.top) < 0.5 * line.size
                or abs(here[0].top + here[-1].bottom - line.top - line.bottom) < line.size)

        if lst.item and row(lst.item):
            lst.citation = text
            return
        at = next((n for n in range(len(self.items) - 1, len(self.items) - 1 - lst.emitted, -1) if row(self.items[n].lines)), None)
        if at is not None:
            self.items[at] = self.items[at].model_copy(update={"citation": text})

    def _footnote_under(self, line: Line, text: str, item: list[Line]) -> bool:
        """A footnote under an item (or a paragraph: a breach sentence) that the page's foot cut
        mid-sentence (the footnote area printed between its two halves): in smaller type than the
        item's, below its last line on that page, opening with a note's mark, or the note's next line
        in its type at its left edge. The item goes on at the next page's top."""
        last = item[-1]
        # the last line's size first: no smaller than the item's least, it settles most lines unasked
        if line.page != last.page or line.top < last.bottom or line.size >= (1 - SAME_TYPE) * last.size \
                or line.size >= (1 - SAME_TYPE) * min(l.size for l in item) or not _open_sentence(item):
            return False
        note = self.noted
        return bool(FOOTNOTE_MARK.match(text)) or note is not None and note.page == line.page \
            and note.top >= last.bottom and same_type(line, note) and abs(line.x0 - note.x0) < INDENT_SLACK_EM * line.size

    def _note_goes_on(self, line: Line) -> bool:
        """Read right after a note read past, in its type at its left edge, on its page or the next:
        the note's box going on (a sidebar run over a page break, read first there, `panels_resumed`),
        though no longer level with the item's lines."""
        note = self.noted
        return (note is not None and line.page in (note.page, note.page + 1) and same_type(line, note)
                and abs(line.x0 - note.x0) <= PLACE_EM * line.size)

    def _going_on(self, item: list[Line], beside: Line) -> list[Line]:
        """The line read next at the item's x (or its text's, past its bullet or row reference; or ending
        at its right edge, the item set flush right and ragged left: a chart's wrapped axis label), on its
        page: when it goes on the item's unfinished sentence (a label set level with it, a row's tab
        centred on its statement read between its lines, a note in a painted-over cell beside its
        wrapped row label, a bar's value label beside a wrapped axis label, is beside the item), or when it
        ends clear left of `beside` (a float the list's lines wrap around, a rating badge whose lines sit
        on their baselines: its last line, read after a finished sentence, lies beside the list's next line)."""
        after = next((l for l in self.ahead if not _on_its_row(l, item[-1])), None)  # past its row's cells right of it
        if after is None or after.page != item[-1].page:
            return []
        at = [l for l in (item[0], item[-1])
              if min(abs(after.x0 - l.x0), abs(after.x0 - l.text_x0)) <= INDENT_SLACK_EM * after.size
              or abs(after.x1 - l.x1) <= JUSTIFIED_EDGE_EM * after.size and after.x0 < l.x1]
        if _open_sentence(item):
            return [after] if item[-1] in at else []
        return [after] if at and after.x1 <= beside.x0 else []

    def _labels_next_row(self, line: Line) -> bool:
        """The line is set left of the line read next, level with it, and that line opens an
        item: the label cell of the table row the item opens (a core service in small type),
        however small, not a note beside the list."""
        after = self.next
        return (after is not None and after.page == line.page and line.x1 < after.x0
                and abs(after.top - line.top) < 0.5 * after.size and bool(bullet_marker(collapse_ws(after.text))))

    def _between_dashes(self, line: Line, text: str, after: Line | None) -> str | None:
        """"— Forensic inpatient or secure wards —": a heading set between dashes, not an item with a
        dash bullet; its closing dash may wrap to a line of its own. Its words: a few, no sentence's end."""
        marker = bullet_marker(text)
        if not marker or marker.strip() not in DASH_BULLETS:
            return None
        dash, inner = marker.strip(), text[len(marker):]
        if inner.endswith(f" {dash}"):
            inner = inner[:-2].rstrip()
        elif after is not None and after.page == line.page and collapse_ws(after.text) == dash:
            self.closing_dash = after
        else:
            return None
        if not inner[:1].isupper() or inner.endswith(TERMINAL) or len(inner.split()) > MAX_HEADING_WORDS:
            self.closing_dash = None
            return None
        return inner

    def _note_header_row(self, line: Line, text: str) -> None:
        """Two headings side by side on one row, neither a structural heading ("Core service" |
        "Actions"), or one the list's heading over the actions column ("Core service" | "Action
        the trust SHOULD take to improve"): a table's header row, which a table repeats over its
        page breaks (repeated on a later page, a cell that opens the list still open goes on with it).
        A bold cell read as text before it on its row ("No.", a full stop ending it) is one of its cells."""
        last = self.last_heading
        prev = self.prev
        if last is None and prev is not None and prev.bold and len(prev.text.split()) <= MAX_HEADING_WORDS:
            last = prev
        if kind_word(text):
            return  # a row's label and its kind cell ("MUST"), not a header row
        if last is None or last.page != line.page or abs(last.top - line.top) >= 0.3 * line.size or last.x1 >= line.x0:
            return
        cells = (collapse_ws(last.text), text)
        if any(sp.service_name(cell) for cell in cells):
            return  # a row's core service beside its list heading ("Surgery" | "The location must:"), no header row
        if any(sp.opener_kind(cell) for cell in cells) or not any(sp.is_structural_heading(cell) for cell in cells):
            for cell in cells:
                self.header_cells.setdefault(cell, line.page)

    def _list_cell_ending(self, line: Line, text: str) -> str:
        """A header row repeated on a later page with neighbouring cells read as one line ("Core service
        They must:": the column under the first is empty there, so no gutter parts them): the cell that
        ends it when that cell heads a list, so its list opens again; else the text."""
        if self.header_cells.get(text, line.page) >= line.page or sp.opener_kind(text):
            return text
        return next((cell for cell in self.header_cells if text.endswith(" " + cell) and sp.opener_kind(cell)), text)

    def _feed_heading(self, line: Line, text: str, after: Line | None = None) -> bool:
        """Handle the line if it is a heading of any kind; False for body text."""
        if not bullet_marker(text) and self._label_goes_on(line, text):
            return True  # the rest of a table's label cell ("age and psychiatric intensive care units")
        if bullet_marker(text) and not self._numbered_heading(line, text):
            if not self._marked_heading(line, text):
                return False
            text = strip_marker(text)
        if opens_lower(text):
            return False
        if id(line) in self.header_copies:  # a table printed two across: its header row again over the right half,
            self.column_heads = [*self.column_heads, line]  # heading its columns there; the item goes on under it
            return True
        if self._between_halves(line, after):
            return True  # a running header (not told from its margin: on one page only) inside a statement
        if self._group_continued(text):
            return True  # "Safe (continued)" where a column breaks: the open item and its group go on under it
        if line.page == 1 and not (self.open or self.suspended) and (sp.key_question(text) or sp.service_name(text)) \
                and not self._heads_a_section(line, text, after) and not (text in self.grid_labels and self._styled(line)):
            self.grid_labels.add(text)
            return True  # the cover's ratings grid, not a section of the report (nor a group of a list there)
        text = self._list_cell_ending(line, text)
        if self.header_cells.get(text, line.page) < line.page and not (
                self._opener(line, text) and (self.open is None or self._opener(line, text) != self.open.kind)) \
                and not self._kind_cell_opening(line, after):
            return True  # a table's header row repeated on a new page (a cell heading another kind's list opens it)
        if any(line is cell for cell in self.header_row):
            return True  # a cell of the header row below, read after the first column's cells
        if self._header_row_again(line, text):
            return True  # the next table of the open list (under its next group) printing the same header row
        row = self._header_row_under_list(line, text, after)
        if row:
            if self.column_heads and _on_its_row(line, self.column_heads[0]):  # a row of more cells than are read ahead
                row = [*self.column_heads, *(cell for cell in row if all(cell is not head for head in self.column_heads))]
            self.header_row = row
            self.column_heads = [line, *(cell for cell in row if cell is not line)]
            for cell in (line, *row):  # its cells read again over a page break are read past too
                self.header_cells.setdefault(collapse_ws(cell.text), line.page)
                self.header_lines.setdefault(collapse_ws(cell.text), cell)
            return True  # a table's header row over the open list's first row: its columns', not a section's
        if self._caption_under_service(line, text, after):
            self.pushed = self.pushed_before
            return True  # the wards or teams a core service's heading covers, under it: the heading stays over the list
        rank = self._rank(line) if self._styled(line) else (round(self.body_size), 0)
        kind = self._opener(line, text)
        if kind:
            text = sp.asked(text) if sp.question_kind(text) else sp.without_kind_label(text)
            heading, text = text, sp.without_continued(text)
            lst = self.open or self.suspended or self._ended_under_same_headings()
            if heading != text and lst is not None and (lst.kind, lst.heading) == (kind, text):
                self.open = self.open or (None if self.suspended else lst)
                return True  # its list's heading repeated "(continued)" over the next page: that list goes on
            self._open_list(kind, text, rank, self._styled(line), line)
            self.open.unfinished = next((item for item in reversed(self.items) if item.kind == kind
                                         and item.context.section == text and item.lines[-1].page == line.page - 1),
                                        self.open.unfinished)
            return True
        if self._own_kind_cell(line, text):
            return True
        beside = self._next_cell(after)
        if self._kind_cell(line, text, beside):
            return True
        if self._label_cell(line, text, beside):
            label = _Heading(rank, text, service=sp.service_name(text), line=line)
            label.within = self._service_over_key_questions() if sp.key_question(text) else None
            self._sub_heading(label, label=True)  # "Trust-wide" beside its actions
            self.open.row_label = line
            return True
        table = sp.notice_kind(text)
        if table or sp.is_end_heading(text):
            before = self.open
            self.close_all()
            self.in_table = bool(table)
            heading = _Heading(rank, text)
            if not table and sp.is_chapter_part(text):
                self._push_part(heading)
            else:
                self._push(heading)
            self.left_empty = (before, heading) if before and not table and not before.emitted else None
            return True
        domain = sp.key_question(text)
        if domain and self._key_question_group(line, after):
            group = _Heading(rank, text, domain=domain, line=line)
            group.within = self._service_over_key_questions()
            self._sub_heading(group)
            return True
        if domain and (self._styled(line) or text.endswith("?")):
            self.left_empty = None
            self.close_all()
            self.in_table = False
            self._push(_Heading(rank, text, domain=domain))
            return True
        if self._figures_row_label(line):
            return True  # a data table's row set into the list ("Gynaecology | 96 | 388 | 9"): no group of it
        if self.suspended and not self.open and sp.is_rating(text):
            self.suspended = None
            return True  # a chapter's rating under its heading ("Requires improvement ↓"): its text follows, no group of the list
        service = sp.service_name(text)
        if not service and self._kind_of_heading_above(line, text, after):
            return True  # "Core service" under a slide's title "Surgery: areas for improvement": a caption, no heading
        if service and self._cell_beside_item(line):
            self._push(_Heading(rank, text, service=service, line=line))  # a table's service column: the row's service
            return True
        if service or self._looks_like_heading(line, text):
            self._sub_heading(_Heading(rank, text, service=service, line=line))
            return True
        return False

    def _caption_under_service(self, line: Line, text: str, after: Line | None) -> bool:
        """A line right under a core service's heading, in plain type smaller than the text's, naming
        no service and no sentence ("Linnet and Kestrel wards; Osprey PICU"), the next line a list's
        heading: a caption saying what the service covers, read past, so the service heading stays
        over the list however the list's heading is set (larger than the service's)."""
        heading = self.pushed_before
        return (heading is not None and bool(heading.service) and heading.line is self.prev and self.prev is not None
                and self.prev.page == line.page and not line.bold and line.size < self.body_size
                and line.size < heading.line.size and not text.endswith(TERMINAL) and not bullet_marker(text)
                and not sp.service_name(text) and after is not None and after.page == line.page
                and self._opener(after, collapse_ws(after.text)) is not None)

    def _kind_of_heading_above(self, line: Line, text: str, after: Line | None) -> bool:
        """A caption saying what kind of heading the one read just before is ("Core service" under
        "Surgery: areas for improvement"), set smaller than it with nothing beside it on its row (a
        table's header cell "Core service" has its columns' cells beside it): read past, so the service
        heading stays over the lists under it."""
        heading = self.pushed_before
        return (heading is not None and bool(heading.service) and heading.line is not None
                and heading.line.page == line.page and line.size < heading.line.size
                and SERVICE_KIND.fullmatch(text) is not None
                and not (after is not None and after.page == line.page and abs(after.top - line.top) < 0.5 * line.size))

    def _figures_row_label(self, line: Line) -> bool:
        """The first cell of a data table's row: the lines level with it on its page, right of it, two
        or more figures and nothing else ("96", "1,044", "38%"; not another column's "2014." ending a
        sentence). A table's label, not a heading, whatever it names."""
        cells = [l for l in self.page_lines.get(line.page, ()) if l is not line and l.x0 > line.x1
                 and abs(l.top - line.top) < 0.5 * line.size]
        return len(cells) >= 2 and all(TABLE_FIGURE.fullmatch(collapse_ws(l.text)) for l in cells)

    def _group_continued(self, text: str) -> bool:
        """The open list's group heading printed again "(continued)" (over the next column or
        page): the group goes on, and so does an item broken there (its citation below it)."""
        lst, group = self.open, sp.without_continued(text)
        return lst is not None and group != text and (group in lst.group_headings or bool(self.stack) and self.stack[-1].text == group)

    def _key_question_group(self, line: Line, after: Line | None) -> bool:
        """A key question set no larger than the open list's heading, right over one of its items,
        a statement ("Action the provider MUST take to improve" / "Safe" / "1.1 The trust must …"; in a
        list with no bullets, a paragraph opening as a statement does, "Review …"):
        the list's group, not a section of the report closing it. In an "either" list ("Areas for
        improvement", must and should in one list) only right under its heading, before any item, or
        once its items are grouped by key question: one after its ungrouped items is the report's next section."""
        lst = self.open
        if lst is None or lst.line is None or line.size > lst.line.size or after is None:
            return False
        if lst.kind == "either" and (lst.item or lst.emitted) and not any(map(sp.key_question, lst.group_headings)):
            return False
        text = collapse_ws(after.text)
        marker = bullet_marker(text)
        return (bool(marker) or not lst.bulleted) and sp.opens_action(text[len(marker or ""):].lstrip())

    def _service_over_key_questions(self) -> _Heading | None:
        """The nearest core service heading, when no key question is read under it: a list's
        key questions then group its items within that service ("Urgent and emergency care" over
        a table of "Safe", "Responsive" rows), however large they are set."""
        for heading in reversed(self.stack):
            if heading.domain:
                return None
            if heading.service:
                return heading
        return None

    def _opener(self, line: Line, text: str) -> str | None:
        """The kind of list the line opens: a list heading, or in bold or larger type a table column's
        head naming who must or should act ("The hospital should") or a question asking what must or
        should be done (`sp.styled_head_kind`)."""
        return sp.opener_kind(text) or (sp.styled_head_kind(text) if self._styled(line) else None)

    def _numbered_heading(self, line: Line, text: str) -> bool:
        """An outline-numbered heading ("2.1 Action the hospital MUST take to improve", "3.1 Are
        services safe?", "3.1 Action we have taken"): bold or larger type naming a list, key
        question, notice table, core service or the lists' end after its number, not a numbered
        item (an item's words are a statement, in body type); such words set in capitals in body
        type too, a line printer's one style ("2. ACTION THE TRUST MUST TAKE TO IMPROVE"); or a
        paper's own numbered section title (`_section_title`)."""
        names = sp.is_structural_heading(text) or sp.is_end_heading(text)
        return (self._styled(line) or strip_marker(text).isupper()) and names or \
            self._styled(line) and self._section_title(line, text)

    def _section_title(self, line: Line, text: str) -> bool:
        """A numbered title in bold type read while a list is open (or set aside under a heading), its number of no scheme the list's
        items use (they are bulleted, or there are none yet): short, no sentence's end, opening as no
        statement does ("4. Recommendation" after a board paper's quoted bulleted lists, "3. Areas for
        improvement (extract from the CQC report)" under its "2. Areas for improvement"): the paper's
        next section, not an item of the list (read105)."""
        lst, marker = self.open or self.suspended, bullet_marker(text) or ""
        words = text[len(marker):].strip()
        return (lst is not None and line.bold and marker[:1].isdigit()
                and not (lst.marker and same_kind(lst.marker, marker))
                and len(words.split()) <= MAX_HEADING_WORDS and not words.endswith(sp.TERMINAL_MARKS) and not sp.opens_action(words))

    def _marked_heading(self, line: Line, text: str) -> bool:
        """A heading opened by a glyph ("▼ The areas where the provider must make improvements are:"): a
        printed web page's expandable section, its disclosure triangle drawn before its title, read as
        a bullet. Its words after the glyph, in bold or larger type, name a list, a notice table or
        the lists' end: they are the heading, the glyph no part of it. A bold bullet naming a core
        service or key question stays a list's group label ("• Wards for older people:")."""
        marker, words = bullet_marker(text) or "", strip_marker(text)
        return not any(char.isalnum() for char in marker) and self._styled(line) and bool(
            sp.opener_kind(words) or sp.notice_kind(words) or sp.is_end_heading(words))

    def _header_row_under_list(self, line: Line, text: str, after: Line | None) -> list[Line]:
        """A table's header row between a list's heading (and its lead-in) and its first item
        ("Ward(s)" | "Action required", set larger than the list's heading; an "either" section's
        table has kind cells to open its lists): cells side by side on
        one row, in bold or larger type, naming no list (but the open one's kind: "What the trust
        should do" over a should list's items), key question or core service, neither
        opening an item (a row's label cell beside its item). They head the table's columns, not
        sections: the list stays open. The row's other cells (read before it, right after it, or
        after the first column's cells), no statement's opening among them; none when not a header row."""
        lst = self.open
        if lst is None or lst.kind == "either" or lst.item or lst.emitted or not self._styled(line) or len(text.split()) > MAX_HEADING_WORDS \
                or self._opener(line, text) not in (None, lst.kind) or sp.key_question(text) or sp.service_name(text) \
                or sp.is_structural_heading(text):
            return []
        return [cell for cell in (after, self.last_heading, *self.ahead)
                if cell is not None and cell.page == line.page and abs(cell.top - line.top) < 0.3 * line.size
                and self._styled(cell) and not bullet_marker(collapse_ws(cell.text)) and not sp.opens_action(cell.text)
                and (cell.x0 > line.x1 or cell.x1 < line.x0)]

    def _header_row_again(self, line: Line, text: str) -> bool:
        """A cell of the header row read over the open list's first row, printed again lower on its
        page at its x: the list's next table, under its next group ("Maternity" / "Key question" |
        "Action"), heads its columns the same way; no section, and the list goes on."""
        first = self.header_lines.get(text)
        return (first is not None and self.open is not None and first.page == line.page and line.top > first.bottom
                and abs(first.x0 - line.x0) <= INDENT_SLACK_EM * line.size and not self._opener(line, text))

    def _next_cell(self, after: Line | None) -> Line | None:
        """The line read next, past a table's header cell read again over its column (the
        reading order repeats a header row's cells at the top of their columns): the cell
        beside a label or kind cell on its row."""
        return next((l for l in self.ahead if collapse_ws(l.text) not in self.header_cells), after)

    def _between_halves(self, line: Line, after: Line | None) -> bool:
        """The first line of a page, set between an item's unfinished sentence at the foot of the
        page before and its lower-case continuation below (right below, or under the rest of the
        line's row: a table's repeated header row), or between a sub-item ending "…;" or
        "including that:" and the next sub-bullet: page furniture, whatever it says, unless the
        continuation goes on it as one paragraph (`_set_as_one`: the item's next words). Not a header
        row's cell of another list than the open item's (lists side by side, each column read in turn):
        the words under it go on that list's item cut at the page's foot (`_resume`). A line under
        other lines of its page (a repeated header row's, read as such) at the item's own indent is
        no page's first: it is the item's text (a header cell's wrapped line set elsewhere is not)."""
        lst = self.open
        if not (lst and lst.item and after is not None and line.page == lst.item[-1].page + 1 and after.page == line.page):
            return False
        prev = self.prev
        if prev is not None and prev.page == line.page and abs(prev.top - line.top) >= 0.3 * line.size \
                and abs(line.x0 - lst.cont_x) <= INDENT_SLACK_EM * line.size:
            return False
        text = collapse_ws(line.text)
        if text != lst.heading and any(text == heading for _, _, heading in lst.columns):
            return False
        last = lst.item[-1].text.rstrip()
        if not last.endswith(TERMINAL):  # and the line after goes on it: lower case, or its citation, no list letter
            return (self._goes_on(after) and not _set_as_one(line, after, lst.item)) or self._header_row_before_rest(line)
        return last.endswith((";", ":")) and bool(lst.subs or last.endswith(":")) and bool(bullet_marker(collapse_ws(after.text)))

    @staticmethod
    def _goes_on(line: Line) -> bool:
        """The line goes on an unfinished sentence: lower case, or its citation (no list letter: "b) Ensure …"
        opens lower case, yet is the next item)."""
        return (opens_lower(line.text) or opens_citation(line.text)) and not bullet_marker(collapse_ws(line.text))

    def _header_row_before_rest(self, line: Line) -> bool:
        """The line opens a row of cells at the page's top (a table's header row repeated, in any
        type: a re-print may lose its bold) with the unfinished item's next words right under it."""
        row = [l for l in self.ahead if l.page == line.page and abs(l.top - line.top) < 0.3 * line.size]
        rest = self.ahead[len(row):]
        return bool(row) and len(row) == len([l for l in self.ahead[:len(row)] if l in row]) and bool(rest) \
            and rest[0].page == line.page and self._goes_on(rest[0]) \
            and not any(bullet_marker(collapse_ws(l.text)) or l.text.rstrip().endswith(TERMINAL) for l in [line, *row])

    def _label_goes_on(self, line: Line, text: str) -> bool:
        """The rest of a table's service label: split by a page break ("Emergency operations
        centre" / "(EOC)", or "Acute wards for adults of working" / "age and psychiatric …", a
        label that names no service until joined), set where that label was on the next page
        and making a service name only joined to it; or wrapped under it on its page, beside
        the item its row opens (read after that item's first line), under its text (past the row's
        reference cell joined to it, row_markers.py). The label's heading takes the whole name."""
        top = self.stack[-1] if self.stack else None
        if not (top and top.line and abs(top.line.text_x0 - line.x0) < INDENT_SLACK_EM * line.size
                and (text[:1].islower() or not sp.service_name(text))):  # "children and young people" goes on a name
            return False
        under = top.line.page == line.page and self._wraps_label(top.line, line, top.start or top.line)
        if not (under or top.line.page == line.page - 1):
            return False
        whole = join_lines([top.cell, text])
        joined = sp.service_name(whole)
        if not (joined or under):
            return False
        top.cell, top.line = whole, line
        if joined:
            old, top.text, top.service = top.service, joined, joined
            self.services = [joined if name == old else name for name in self.services]
            if joined not in self.services:
                self.services.append(joined)
            self._name_items_since(top, old)
        elif not top.service:
            lst = self.open or self.suspended
            if lst and top.text in lst.group_headings:
                lst.group_headings.add(whole)  # the group it heads, whole ("Larch ward" / "Rowan ward")
            top.text = whole
        return True

    def _name_items_since(self, heading: _Heading, old: str | None) -> None:
        """Items the heading's row held before its wrapped name was whole take the whole name."""
        if heading.start is None:
            return
        since = (heading.start.page, heading.start.top - 0.3 * heading.start.size)
        self.items = [item.model_copy(update={"context": item.context.model_copy(update={"service": heading.service})})
                      if item.context.service in (None, old) and (item.lines[0].page, item.lines[0].top) >= since else item
                      for item in self.items]

    def _wraps_label(self, label: Line, line: Line, first: Line) -> bool:
        """`line` is the next line of the label cell `label` (whose `first` line opened it): in its
        type, right under it, and left of the open item beside the cell; or, the cell read whole
        before its row (a service cell spanning its rows), left of the row's next cell, set level
        with the cell's first line further on."""
        lst = self.open
        if not (lst and line.bold == label.bold and abs(line.size - label.size) < 0.05 * label.size
                and (set_under(label, line, 0.8 * label.size)
                     or line.top >= label.bottom and self._at_row_pitch(label, line, lst))):
            return False
        if lst.item:
            return line.x1 < lst.item[0].x0
        return any(l.page == first.page and abs(l.top - first.top) < 0.3 * first.size and l.x0 > max(line.x1, first.x1)
                   for l in self.ahead)

    def _at_row_pitch(self, label: Line, line: Line, lst: "_List") -> bool:
        """`line` is one line pitch under `label`, the pitch the item beside it keeps between its own lines
        (a sheet printed at a loose row height: every cell's lines that far apart), and no statement opens
        level with it (the next row's cell)."""
        first = lst.item[0] if lst.item else None
        if first is None or first.page != line.page:
            return False
        page = self.page_lines.get(line.page, [])
        tops = sorted(l.top for l in page if abs(l.x0 - first.x0) < INDENT_SLACK_EM * first.size)
        pitch = min((b - a for a, b in zip(tops, tops[1:]) if b - a > 0.5 * first.size), default=None)
        if pitch is None or line.top - label.top > pitch + 0.3 * label.size:
            return False
        return not any(abs(l.top - line.top) < 0.5 * line.size and l.x0 > line.x1 and (
            _kind_cell_look(l) or sp.opens_action(collapse_ws(l.text)) or bullet_marker(collapse_ws(l.text))) for l in page)

    def _label_cell(self, line: Line, text: str, after: Line | None) -> bool:
        """Inside a list (or one suspended at a heading), a short line with the next item’s bullet beside it, right of it
        on the same row (or a "MUST" / "SHOULD" cell set between them): a table's label cell (a group of the list),
        whatever its type; not the open item's unfinished sentence going on where its lines go (a run-in list's
        item ending "(Regulation" / "12(2)(a))", the next item's bullet after it; under its text, or back under
        its bullet when its lines wrap there: no hanging indent), nor a statement's bracketed citation set under
        it ("(Regulation 15(1)(c))", level with the last line of a box beside it): a citation names a regulation,
        never a row."""
        lst = self.open
        if lst is not None and lst.item and (_open_sentence(lst.item) or opens_citation(text)) \
                and (self._under_item(line, lst) or lst.flush and self._flush(line, lst)):
            return False
        return bool((self.open or self.suspended) and after is not None
                    and (bullet_marker(collapse_ws(after.text)) or _kind_cell_look(after) or sp.opens_action(after.text))
                    and after.page == line.page and self._level_with_item(line, after)
                    and after.x0 > line.x1 and len(text.split()) <= MAX_HEADING_WORDS and not text.endswith(".")
                    and not sp.opens_action(text))  # a statement's first line, its kind cell right of it

    def _level_with_item(self, line: Line, after: Line) -> bool:
        """Level with `after`, or within the height of the paragraph it opens: a label cell centred
        on a row of several lines (a coloured tab beside each statement), read before the row's
        first line (`labels_beside_rows`, or the reading order's rows)."""
        lines = [after]
        for below in self.ahead[self.ahead.index(after) + 1:] if after in self.ahead else []:
            last = lines[-1]
            if below.page != after.page or abs(below.x0 - after.x0) > INDENT_SLACK_EM * below.size \
                    or below.top - last.bottom >= last.size:
                break
            lines.append(below)
        return abs(after.top - line.top) < 0.5 * line.size or _level_with(line, lines)

    def _kind_cell(self, line: Line, text: str, after: Line | None) -> bool:
        """A cell saying only "MUST" or "SHOULD" (`_kind_cell_look`), with an item beside it on its row (bulleted
        or not): a table's kind column. The items beside it are of that kind (they may not say it:
        "Ensure that …"); it opens a list of that kind when none is open (a table under a
        heading that opens none), keeping the service cell beside it. Unbulleted, the cell beside it
        opens the row's item whatever its first word ("Audit the time …": no known imperative)."""
        kind = _cell_kind(text)
        if not self._kind_cell_beside(line, after):
            return False
        if self.open is None:
            section = next((h.text for h in reversed(self.stack) if not h.service), text)
            self._open_list(kind, section, self._rank(line), True, line)
        self._end_item()
        self.open.kind, self.open.row_cell = kind, after
        self.open.marker = bullet_marker(collapse_ws(after.text)) or ""
        self.open.bulleted = bool(self.open.marker)  # unbulleted, its row's paragraphs are its items
        return True

    def _kind_cell_beside(self, line: Line, after: Line | None) -> bool:
        """`line` is a kind cell (`_kind_cell_look`) with `after` right of it on its row (bulleted or a plain
        paragraph), level with its first line or, aligned to the foot or the middle of a row its statement
        wraps in, with its last or middle one."""
        return bool(_kind_cell_look(line) and after is not None and after.page == line.page and after.x0 > line.x1
                    and (abs(after.top - line.top) < 0.5 * line.size or self._level_with_item(line, after)))

    def _kind_cell_opening(self, line: Line, after: Line | None) -> bool:
        """A kind cell beside a statement's opening (`sp.opens_action`) or a bullet: a row's kind, however
        alike an earlier header cell ("MUST" heading a summary's column of counts) it is printed."""
        beside = self._next_cell(after)
        return self._kind_cell_beside(line, beside) and bool(
            bullet_marker(collapse_ws(beside.text)) or sp.opens_action(beside.text))

    def _own_kind_cell(self, line: Line, text: str) -> bool:
        """A "MUST" / "SHOULD" cell (`_kind_cell_look`) set right of the open item's last line,
        level with it (a kind column right of the statement, the cell aligned with the row's
        foot, or with its top: the statement wraps on under it): the item's own kind, not the next
        row's; the cells further right on its row (a regulation, or none) are no part of it."""
        lst = self.open
        if not (lst and lst.item and _kind_cell_look(line)):
            return False
        last = lst.item[-1]
        if not (last.page == line.page and abs(last.top - line.top) < 0.5 * line.size
                and line.x0 > max(l.x1 for l in lst.item if l.page == line.page)):
            return False
        lst.own_kind, lst.kind_cell = kind_word(text), line
        return True

    def _beside_kind_cell(self, line: Line) -> bool:
        """A cell further right than the open item's own kind cell, on its row or on one of the item's
        (its regulation; its owner and due date, wrapped under the row's top), or right
        of the text of an item opened beside a kind cell left of it (or beside the row's service cell read
        between them), on one of its lines' rows (its lead, due date, progress; set at their own sizes, level
        with the item's top or foot): no part of the item."""
        lst = self.open
        cell = lst.kind_cell if lst else None
        if cell:  # on its row, or on a row of the item's lines the kind cell's column leaves empty
            return line.page == cell.page and line.x0 > cell.x1 and any(
                l.page == line.page and abs(line.top - l.top) < 0.5 * line.size for l in (cell, *lst.item))
        here = [l for l in lst.item if l.page == line.page] if lst and lst.item and (
            lst.item[0] is lst.row_cell or lst.row_cell is not None and _on_its_row(lst.item[0], lst.row_cell)) else []
        return bool(here) and line.x0 > max(l.x1 for l in here) and any(
            min(abs(l.top - line.top), abs(l.bottom - line.bottom)) < 0.5 * line.size for l in here)

    def _row_number(self, line: Line, text: str, after: Line | None) -> bool:
        """A figure alone ("12") with a "MUST" / "SHOULD" cell right of it on its row (`_kind_cell_look`):
        a reference column numbering a table's rows, read before the row's kind cell."""
        return text.isdigit() and (beside := self._next_cell(after)) is not None and beside.page == line.page \
            and _kind_cell_look(beside) and abs(beside.top - line.top) < 0.5 * line.size and beside.x0 > line.x1

    def _empty_row(self, line: Line, text: str, after: Line | None) -> bool:
        """A reference cell alone on its row ("M4", the row's other cells blank: a form's row left empty,
        or filled in with entries that do not print) in an open list, the next row's reference of its
        kind under it at its x: an empty row of the list's table, read past, so the rows under it stay
        in the list (a plain paragraph after an item would end it)."""
        if not (self.open and self.open.item and after is not None and after.page == line.page
                and after.top > line.bottom and len(text.split()) == 1 and is_list_marker(text)
                and any(c.isalnum() for c in text)):
            return False
        return abs(after.x0 - line.x0) < INDENT_SLACK_EM * line.size and same_kind(f"{text} {after.text}", after.text)

    def _next_row_reference(self, line: Line, text: str) -> bool:
        """A reference cell alone ("M2", "4.", "CQC-07": `_row_reference`) left of a statement that opens
        on its row (their line boxes level), in an open list's item: the next row of the list's table,
        whose other cells (its service, lead, due date) may be read before its statement when the
        statement cell is set a little lower. The item ends here, as a bullet would end it, not at the
        first of those cells as at a plain paragraph; no group of the list, so a service cell left empty
        under a printed one keeps that service."""
        lst = self.open
        if not (lst and lst.item and not lst.bulleted and len(text.split()) == 1
                and (is_list_marker(text) or _row_reference(text)) and any(c.isalnum() for c in text)):
            return False
        return any(other.x0 > line.x1 and other.top < line.bottom and other.bottom > line.top
                   and self._opens_paragraph_item(lst, collapse_ws(other.text))
                   for other in self.page_lines.get(line.page, []))

    def _cell_beside_item(self, line: Line) -> bool:
        """A line set right of the open item's first line, on the same row: a table cell."""
        lst = self.open
        return bool(lst and len(lst.item) == 1 and line.page == lst.item[0].page
                    and abs(line.top - lst.item[0].top) < 0.5 * line.size and line.x0 > lst.item[0].x1)

    def _sub_heading(self, heading: _Heading, label: bool = False) -> None:
        """A service or location heading: inside a list it starts a new group of the same list.

        A heading of the list's own size may be a group too (location names are often set
        like the list heading, or in bold at its size), and so may a core service set larger
        than the list heading: the list is suspended and resumes if bullets follow. Any
        heading then set like one of its groups' is a group ("Trust-wide" after the core
        services), and so is a table's label cell beside the list's next item (`label`),
        however it is set.
        """
        lst = self.open or self.suspended
        if self.open and not heading.service and not label and heading.text in self.open.group_headings:
            return  # a table's header row repeated on a new page, between the halves of a statement
        if lst and (label or heading.rank < lst.rank or heading.rank in lst.group_ranks
                    or heading.service and (heading.rank == lst.rank or not lst.styled)):
            self._end_item()  # under the groups read so far: the new one is the next item's
            lst.group_headings.add(heading.text)
            lst.group_ranks.add(heading.rank)
            self.open, self.suspended = lst, None
        else:
            self.close_all()
            # a group of the list if bullets follow: set at the list heading's size, naming a core
            # service, or set right under the list's heading before any item (whatever its size:
            # some reports set the service, or "Trust-wide", above the list's rank)
            self.suspended = lst if lst and not self._next_question(heading) and (
                heading.rank[0] == lst.rank[0] and not self._sibling_of_list(lst, heading)
                or heading.service or self._first_under(lst, heading)) else None
            if self.suspended:
                self.suspended.suspended_at = heading.rank
            self.in_table = self.in_table and not heading.service
        self._push(heading)

    def _sibling_of_list(self, lst: _List, heading: _Heading) -> bool:
        """A heading set just as the list's own, the list's groups all set in smaller type under it
        and none read before in the list's type, bullets right under it (a location in the list's type
        has its services under it, set as the groups): the list heading's sibling (a deck's next slide
        title, "Next steps", after its slides' service headings), which ends the list, not a group of it."""
        return heading.rank == lst.rank and lst.suspended_at != lst.rank and bool(lst.group_ranks) \
            and all(r[0] < lst.rank[0] for r in lst.group_ranks) \
            and bool(self.ahead) and bool(bullet_marker(self.ahead[0].text))

    @staticmethod
    def _next_question(heading: _Heading) -> bool:
        """A heading asking a question and naming no core service or key question ("What happens now?"
        after the questions whose answers are the lists): a page's next question, no group of a list."""
        return bool(sp.asked(heading.text)) and not heading.service and not heading.domain

    def _first_under(self, lst: _List, heading: _Heading) -> bool:
        """The heading is the next thing read under the list's heading (or its lead-in), on its
        page, the list still without items: the list's first group, however it is set."""
        return (not lst.item and not lst.emitted and lst.line is not None and heading.line is not None
                and heading.line.page == lst.line.page and (self.prev is lst.line or self.prev is lst.preamble))

    def _open_list(self, kind: str, text: str, rank: tuple, styled: bool, line: Line) -> None:
        """A list opening in a table's cell ("The trust must:") keeps the row's label (its service).
        A list heading set right of another on its row, that one's list still without items, is
        the next cell of a table's header row: the table's items are each the list's whose
        heading is over them, whichever was read last."""
        before, self.panel, self.left_empty = self.open, None, None
        cut = before.item[-1] if before is not None and before.item and before.item[-1].page < line.page else None  # its item's last line on the page before
        if before is not None and before.kind == "either" and before.item and not before.bulleted and not before.emitted:
            before.preamble, before.item = before.item[-1], []  # the section's one paragraph, before its lists: their lead-in
        self.close_all()
        self.in_table = False
        owner = self._list_owner()
        while self.stack and self.stack[-1].rank <= rank and not self.stack[-1].beside(line):
            self.stack.pop()
        if owner and owner not in self.stack:
            self.stack.append(owner)
        named = sp.named_after_heading(text)
        if named:  # its heading names its service after a colon: a heading of its own over the list
            self.stack.append(_Heading(rank, text, service=named, line=line))
            self.services += [named] if named not in self.services else []
        self.open = _List(kind, text, rank, styled)
        self.open.line = line
        if before is not None and before.rank == rank and sp.related_service(join_lines(before.lead_in)):
            self.open.lead_in = before.lead_in  # the next list of the section ("… SHOULD …" after "… MUST …"): its service too
        if (before is not None and before.line is not None and not before.item and before.line.page == line.page
                and abs(before.line.top - line.top) < 0.3 * line.size and before.line.x1 < line.x0):
            self.open.columns = (before.columns or [(before.line.x0, before.kind, before.heading)]) + [(_cell_left(line, before.line), kind, text)]
            self.open.unfinished = before.unfinished  # the cell left of it: its item cut at the page before goes on
        elif cut is not None and self._header_cell_left(line, before.kind):  # that item's list heading read past, left of this one
            self.open.columns = before.columns or [(self.prev.x0, before.kind, before.heading), (line.x0, kind, text)]
            self.open.unfinished = next((item for item in self.items[-1:] if item.lines[-1] is cut), None)

    def _header_cell_left(self, line: Line, kind: str) -> bool:
        """The line read last is a repeated header row's cell on the line's row, left of it, heading a
        list of `kind`: the open item's list heading, read past (`header_cells`), beside the next list's."""
        prev = self.prev
        return (prev is not None and prev.page == line.page and collapse_ws(prev.text) in self.header_cells
                and sp.opener_kind(self._list_cell_ending(prev, collapse_ws(prev.text))) == kind
                and abs(prev.top - line.top) < 0.3 * line.size and prev.x1 < line.x0)

    def _ended_under_same_headings(self) -> _List | None:
        """The list last ended (by a note under it, "Continued overleaf"), no heading read since."""
        if self.ended is not None and self.ended[1] == self.stack:
            return self.ended[0]
        return None

    def _list_owner(self) -> _Heading | None:
        """The core service (or a heading in a service's place, naming none) the list being opened
        belongs to, whatever the two headings' sizes:
        one set on the line right above its heading, or one that an earlier list belonged to
        with nothing else headed since (a service's must list, then its should list). A heading
        naming none set right above the list's heading, under a service whose own lists were read
        ("Trust wide" after "Maternity" and its lists, set smaller), is that service's sibling.
        A list under a part of a chapter ("Summary of this service") is the chapter's, however the
        list's heading is set (in the chapter heading's type too)."""
        top = self.stack[-1] if self.stack else None
        if top is not None and top.part_of in self.stack:
            top = top.part_of
            top.owns_lists = True
            return top
        if top is not None and not top.service and top is self.pushed_before \
                and any(h.service and h.owns_lists for h in self.stack[:-1]):
            top.after_service = True  # naming none, over lists of its own after a service's own: in a service's place
        if top is None or not (top.service or top.after_service) or not (top.owns_lists or top is self.pushed_before):
            return None
        top.owns_lists = True
        return top

    def _feed_body(self, line: Line, text: str) -> None:
        lst = self.suspended
        if lst and (bullet_marker(text) or not lst.bulleted and self._opens_paragraph_item(lst, text)):
            self.open = lst  # bullets, or in a list without them a paragraph set like a statement
            lst.group_ranks.add(lst.suspended_at)  # a heading set so is a group of this list ("Trust-wide")
        elif lst and self.prev is not None and self.prev.page == line.page and line.x0 > self.prev.x1 \
                and abs(line.top - self.prev.top) < 0.5 * line.size:
            lst.group_ranks.add(lst.suspended_at)  # that label is a group of the list, as one with items is
            return  # the cell beside a table's label says it has no items ("None identified."): the list goes on
        self.suspended = None
        if not self.open and self._resumes_empty(text):
            self._feed_list(line, text)
        elif not self.open and self._resumes_after_jump(line, text):
            return
        elif not self.open and self._resumes_past_insert(line, text):
            self._feed_list(line, text)
        elif not self.open and not self.in_table and self._resumes_cut(line, text):
            return
        elif self.open:
            self._feed_list(line, text)
        elif not self.in_table:
            lead_in = self._run_in_opener(text)
            if lead_in is not None:
                kind, sentence = lead_in
                self._open_list(kind, sentence, (round(self.body_size), 0), False, self.paragraph[-1])
                return self._feed_list(line, text)
            if self.paragraph and (self._paragraph_break(line, self.paragraph[-1]) or self._label_above(line)
                                   or self._cut_goes_on_elsewhere(line)):
                self._end_paragraph()
            if bullet_marker(text) and self.paragraph and not self._wrapped_number(line, text):
                self._end_paragraph()
            if not self.paragraph:
                self.headed = self.last_heading is not None
            self.paragraph.append(line)

    def _cut_goes_on_elsewhere(self, line: Line) -> bool:
        """Over a column or page break the open paragraph's unfinished sentence goes on in its own
        column on the next page, not at `line`, another column's (`column_cuts.py`)."""
        last = self.paragraph[-1]
        return self._jump(line, last) and _unfinished(self.paragraph) and goes_on_elsewhere(line, last, self.page_lines)

    def _resumes_cut(self, line: Line, text: str) -> bool:
        """A paragraph ended mid-sentence at its column's foot goes on at `line`, its column's next line
        on the next page, unless the open paragraph's unfinished sentence goes on there itself."""
        cut = next((p for p in reversed(self.cut) if resumes_at(line, p.lines[-1], self.page_lines)), None)
        if cut is None or bullet_marker(text) or (self.paragraph and _unfinished(self.paragraph) and abs(
                self.paragraph[-1].x0 - line.x0) <= INDENT_SLACK_EM * line.size):
            return False
        self._end_paragraph()
        self.cut.remove(cut)
        self.paragraphs = [p for p in self.paragraphs if p is not cut]
        self.paragraph, self.resumed = [*cut.lines, line], cut.context
        return True

    def _resumes_empty(self, text: str) -> bool:
        """A bullet saying what the list's own subject must or should do ("The trust should ..."),
        the first after a closing heading ended that list before any item ("Action the trust SHOULD
        take" over a box of "Outstanding practice", its list set in columns below): the list's
        item. The list goes on under the headings read since, as its groups."""
        marker = bullet_marker(text)
        if self.left_empty is None or not marker:
            return False
        left, self.left_empty = self.left_empty, None
        opening = sp.OPENING.match(text[len(marker):].lstrip())
        if opening is None or left[0].kind not in opening.group(0).lower().split():
            return False
        lst, closing = left
        since = self.stack[self.stack.index(closing) + 1:] if closing in self.stack else []
        self.stack = [h for h in self.stack if h is not closing]
        lst.group_headings.update(h.text for h in since)
        lst.group_ranks.update(h.rank for h in since)
        self.open = lst
        return True

    def _resumes_after_jump(self, line: Line, text: str) -> bool:
        """The last item read, cut mid-sentence at its column's foot when other text ended its list
        (a list "continued on page 3, right-hand column", a panel and another text stream read
        between), goes on at the first line on a later page that opens in lower case in its type at
        its own wrapped lines' indent from the column's edge, and is no paragraph's next line (one read
        between, unfinished, at its indent there, unless the line starts where the item's text does on
        the page and the paragraph's does not): its list is open again, under its own headings (those
        read between are the other text's)."""
        if self.ended is None or not self._cut_goes_on(self.ended[0], line, text):
            return False
        lst, headings = self.ended
        item = self.items[-1]
        before = self.paragraph[-1] if self.paragraph else None
        slack = INDENT_SLACK_EM * line.size
        if before is not None and same_type(line, before) and _open_sentence([before]) \
                and abs(_indent(line) - _indent(before)) <= slack \
                and not abs(line.x0 - item.lines[-1].text_x0) <= slack < abs(line.x0 - before.x0):
            return False  # the paragraph's next line, at its indent (not set where the item's text is and it is not)
        self._end_paragraph()
        self.stack, self.ended, self.open = list(headings), None, lst
        self._resume(item, line, lst)
        return True

    def _resumes_past_insert(self, line: Line, text: str) -> bool:
        """A bullet opening like the ended list's items ("The provider must …", its kind), in their
        type at their bullet's x, read right after a table or figure in smaller type that ended the
        list (`inserts.py`): the list goes on, under its own headings (not the insert's caption or cells);
        after a core service's heading under the insert (a response under a group's last item), under
        that service."""
        if self.ended is None or not self.items or not (marker := bullet_marker(text)):
            return False
        lst, headings = self.ended
        item = self.items[-1]
        opening = sp.OPENING.match(text[len(marker):].lstrip())
        if (opening is None or lst.kind not in opening.group(0).lower().split() or item.kind != lst.kind
                or not same_type(line, item.lines[0]) or abs(line.x0 - item.lines[0].x0) > INDENT_SLACK_EM * line.size):
            return False
        between = inserted_between(item.lines[-1], line, self.page_lines, self._group_heading)
        if between is None:
            return False
        self._end_paragraph()
        grouped = self._group_heading(between[-1])  # the list's next core service, headed since: under it
        self.stack = self.stack if grouped else [h for h in headings if h.line not in between]
        self.ended, self.open = None, lst
        return True

    def _group_heading(self, line: Line) -> bool:
        """A core service's heading in bold or larger type: a group of the list it is set inside."""
        return self._styled(line) and sp.service_name(collapse_ws(line.text)) is not None

    def _cut_goes_on(self, lst: _List, line: Line, text: str) -> bool:
        """The last item read, of `lst`, was cut mid-sentence at the foot of an earlier page, and the
        line, in its type, opens in lower case at its wrapped lines' indent from the column's edge (where
        its text starts past its bullet, when it was cut after its first line), or where they start on the
        page (the next page's column holding no other line to measure its edge by)."""
        if not self.items or bullet_marker(text) or not opens_lower(text):
            return False
        item = self.items[-1]
        last = item.lines[-1]
        return (item.kind == lst.kind and item.context.section == lst.heading and last.page < line.page
                and same_type(line, last)
                and (abs(_indent(line) - (last.text_x0 - last.column_left)) <= INDENT_SLACK_EM * line.size
                     or abs(line.x0 - last.text_x0) <= INDENT_SLACK_EM * line.size)
                and _open_sentence(item.lines))  # asked last: it reads the whole item, for every line after it

    def _run_in_opener(self, text: str) -> tuple[str, str] | None:
        """(kind, sentence) when a bullet or list number follows a paragraph whose last sentence
        opens a must/should list and announces it with a colon ("However, … must address.
        Importantly, the hospital must:"): that sentence is the list's heading, run in at the
        paragraph's end, and the paragraph before it narrative."""
        if not (self.paragraph and bullet_marker(text)):
            return None
        joined = join_lines([l.text for l in self.paragraph])
        last = re.search(r"(?:^|(?<=[.!?] ))([A-Z][^.!?]*:)$", joined)
        kind = sp.opener_kind(last.group(1)) if last else None
        return (kind, last.group(1)) if kind else None

    def _wrapped_number(self, line: Line, text: str) -> bool:
        """A number past 1 opening a line at the paragraph's own text edge, straight after a line
        stopping on a word mid-sentence ("… still in breach of regulation" / "17. We recommend …"),
        in a paragraph that opened with no marker: the sentence's number wrapped onto the next line,
        no list item (a list starts at 1, after a lead-in ending in a colon, and hangs its lines)."""
        prev = self.paragraph[-1]
        number = bullet_marker(text).strip().rstrip(".)")
        return (number.isdigit() and int(number) > 1 and prev.text.rstrip()[-1:].isalpha()
                and not bullet_marker(self.paragraph[0].text) and abs(line.x0 - prev.x0) <= INDENT_SLACK_EM * line.size)

    def _label_above(self, line: Line) -> bool:
        """The paragraph so far is one line right under a heading, stopping short without a
        sentence's end, and `line` opens a sentence and runs on far past it: that line is a label
        under the heading in body type (an assessment's quality statement score, "Score: 2 -
        Evidence shows some shortfalls"), a paragraph of its own, not the text's first words."""
        label = self.paragraph[0]
        return (len(self.paragraph) == 1 and self.headed and not label.text.rstrip().endswith(TERMINAL)
                and line.text[:1].isupper() and line.page == label.page and line.top > label.top
                and line.x1 - label.x1 > LABEL_SHORT_EM * line.size and _room_for_next_word(label, line))

    # ---- lists ----------------------------------------------------------------------
    def _feed_list(self, line: Line, text: str) -> None:
        lst = self.open
        unfinished, lst.unfinished = lst.unfinished, None
        if unfinished is None and not lst.item and self._cut_goes_on(lst, line, text):
            unfinished = self.items[-1]  # cut at a page's foot, other matter read between (a table's title its group)
        if unfinished is not None and not lst.item and not bullet_marker(text) and (
                text[:1].islower() or _open_sentence(unfinished.lines)):
            return self._resume(unfinished, line, lst)
        if unfinished is not None and not lst.item and self._subs_resumed(unfinished, line, text):
            return self._resume_subs(unfinished, line, lst)
        if lst.item and self._panel_left(line, lst.item) or not lst.item and self._label_left(line, lst):
            self.close_all()  # a list set in a panel ends with the panel, unless it goes on (`_panel_resumes`)
            return self._feed_body(line, text)
        wrapping_flush = len(lst.item) > 1 and self._flush(lst.item[-1], lst)  # its lines go back to the bullet's x
        if lst.item and self._jump(line, lst.item[-1]):
            self._move_indents(line, lst)
        if self._next_section(line, text, lst):
            self.close_all()  # the paper's section after the list's own: no item of it
            return self._feed_body(line, text)
        if self._card_head(line, text, lst):
            self._end_item()
            label = strip_marker(text).strip()
            self.stack = [h for h in self.stack if h.text not in lst.group_headings]
            self._sub_heading(_Heading(self._rank(line), label, service=sp.service_name(label), line=line), label=True)
        elif bullet_marker(text) and not (lst.item and (_citation_goes_on(lst.item, text)
                                                        or figure_goes_on(lst.item[-1].text, text)
                                                        or self._dash_goes_on(line, text, lst))):
            self._feed_bullet(line, lst)
        elif lst.item and self._under_hidden_next_bullet(line, lst):
            self._end_item()
            self._start_item(line, lst)
        elif lst.item and self._under_hidden_sub_bullet(line, lst):
            lst.subs.append(len(lst.item))
            lst.item.append(line)
            lst.cont_x = line.x0
        elif lst.item and self._label_beside(line, lst):
            self._labels_to_groups([(lst.item[0], strip_marker(join_lines([collapse_ws(l.text) for l in lst.item])))], line, lst)
        elif lst.item and self._citation_flush_right(line, text, lst.item):
            lst.item.append(line)  # its citation, set flush right on a line of its own under it
        elif lst.item and self._continues(line, lst):
            last = lst.item[-1]
            back = self._back_under_bullet(line, last, lst)
            lst.flush = lst.flush or back
            back = back or self._back_under_sub_bullet(line, last, lst)
            if len(lst.item) == 1 and (self._between(line, lst) or _under_text(line, lst)):
                lst.cont_x = line.x0  # the first wrapped line shows where the item's lines go (see `_under_item`)
            elif (self._next_column(line, last) or not (self._under_item(line, lst) or back)) and not (
                    self._flush(line, lst) and (wrapping_flush or not self._jump(line, last))) \
                    and not self._words_set_apart(line, last) and not self._ragged(line, last):
                # the item's indents, as they are in the new column: its text goes on at the
                # bullet's x there (no hanging indent) or at its text's; an item that has
                # wrapped already showed which (a wrong guess at the new column's edge does not).
                lst.flush = lst.flush or not self._wrapped(lst) and abs(line.x0 - lst.glyph_x) < abs(line.x0 - lst.cont_x)
                shift = line.x0 - (_sub_wrap_x(lst) or (lst.glyph_x if lst.flush else lst.cont_x))
                lst.glyph_x, lst.text_x, lst.cont_x = lst.glyph_x + shift, lst.text_x + shift, line.x0
                # a flush item's line at its column's edge places the edge itself (its bullet perhaps set in from
                # the edge, its text wrapping back to the edge: the glyph's shift would misplace it); a hanging
                # item's line is indented from an edge its column's own lines may not show
                at_edge = lst.flush and abs(line.x0 - line.column_left) <= INDENT_SLACK_EM * line.size
                lst.left = line.column_left if at_edge else lst.left + shift
            lst.item.append(line)
        elif self._preamble_goes_on(line, lst) or sp.is_preamble(text) and not (lst.bulleted and lst.item):
            lst.preamble = line  # explains the list ("We told the trust that it must ..."): not a statement
            lst.lead_in.append(line.text)
        elif not lst.bulleted and (line is lst.row_cell or self._opens_paragraph_item(lst, collapse_ws(_without_run_in(line).text))
                                   and not self._smaller_after_items(line, lst) and not self._smaller_before_items(line, lst)
                                   and not self._left_of_list(line, lst)):
            self._end_item()
            self._start_item(line, lst)  # lists without bullets: one statement per paragraph
        elif self._label_wraps_on(line, text, lst):
            pass  # the group label opened on the line before takes it
        elif (service := self._service_lead_in(line, text, lst)) or self._group_label(line, text, lst):
            self._end_item()
            self.stack = [h for h in self.stack if h.text not in lst.group_headings]  # the list's next group replaces its last
            self._sub_heading(_Heading(self._rank(line), text, service=service or sp.service_name(text), line=line),
                              label=True)
        elif lst.item and self._cell_note(line, lst) or lst.note is not None and self._in_note(line, lst.note):
            self._end_item()  # a note in the items' cell of a table row ("Ward manager to report …"): read past
            lst.note = lst.note or line
        elif lst.item or lst.note is not None:
            self.close_all()  # a plain paragraph after the items ends the list
            self._feed_body(line, text)

    def _next_section(self, line: Line, text: str, lst: _List) -> bool:
        """The line opens with the number after the one heading the list ("3. ACTION THE TRUST SHOULD
        TAKE TO IMPROVE" then "4. RECOMMENDATION. The committee is asked …"), no further in than the heading
        and in no scheme the list's bulleted items use: the paper's next numbered section, not an item."""
        head = lst.line
        return (head is not None and lst.bulleted and bool(lst.item) and line.x0 <= head.x0 + INDENT_SLACK_EM * line.size
                and not same_kind(collapse_ws(lst.item[0].text), text) and next_in_turn(collapse_ws(head.text), text))

    def _smaller_after_items(self, line: Line, lst: _List) -> bool:
        """In a list without bullets, a paragraph in smaller type than its items' after a paragraph's
        gap (a note under the list, a poster's footer, "You should never feel afraid to speak up."):
        no statement of the list, which is one statement a paragraph in its items' type."""
        last = lst.item[-1] if lst.item else None
        return last is not None and line.size < (1 - SAME_TYPE) * lst.item[0].size and self._paragraph_break(line, last)

    def _smaller_before_items(self, line: Line, lst: _List) -> bool:
        """Under a list's heading, before its first item, a paragraph in smaller type than the bulleted items
        that follow it ("These are things CQC said we should do to improve.", over a group's first bullet):
        the list's introduction, no statement of it."""
        first = next((l for l in self.ahead if bullet_marker(collapse_ws(l.text))), None) if not lst.item else None
        return first is not None and line.size < (1 - SAME_TYPE) * first.size

    @staticmethod
    def _left_of_list(line: Line, lst: _List) -> bool:
        """In a list without bullets set flush left, a paragraph set further left than both the list's
        heading and its items on their page (a slide's speaker notes under the slide, a page's note outside
        a box the list is set in): outside the list's frame, no statement of it, whatever it says. Lines
        centred or set flush right (the heading's middle or right edge the item's) start anywhere."""
        head, first, slack = lst.line, lst.item[0] if lst.item else None, INDENT_SLACK_EM * line.size
        if head is None or first is None or not head.page == first.page == line.page:
            return False
        aligned = abs(head.x0 + head.x1 - first.x0 - first.x1) <= 2 * slack or abs(head.x1 - first.x1) <= slack
        return not aligned and line.x0 < min(head.x0, first.x0) - slack

    def _cell_note(self, line: Line, lst: _List) -> bool:
        """A plain paragraph after a finished item, set no further left than the item's bullet, in a
        list whose group is a table's label cell set left of the items: more of the row's cell, under
        its items, not text after the table. The table's next rows go on with the list."""
        group = next((h for h in reversed(self.stack) if h.text in lst.group_headings), None)
        return (group is not None and group.line is not None and group.line.x1 < lst.glyph_x
                and self._in_note(line, lst.item[0]) and _ends_sentence(lst.item))

    @staticmethod
    def _in_note(line: Line, start: Line) -> bool:
        """Set no further left than `start` (an item's bullet, a cell note's first line), on its page."""
        return line.page == start.page and line.x0 >= start.x0 - INDENT_SLACK_EM * line.size

    def _group_label(self, line: Line, text: str, lst: _List) -> bool:
        """A short line with no sentence's end, after a finished item (or before the first),
        with a bullet of the list's own kind right under it (in a list without bullets, a
        statement's opening; on the next page under a table's header row read again: a row
        broken by the page), no further left: a group of the
        list ("Bramley ward" before its numbered items), however it is set (a scanned page's
        text layer has no bold and no heading sizes). Other such lines may come between, as
        short and no further left (a location over its core service's heading, over its items)."""
        if not self._label_look(text) or lst.item and _open_sentence(lst.item):
            return False

        def opens_item(words: str) -> bool:  # a bullet, or in a list without bullets a statement's opening
            return bool(bullet_marker(words)) or not lst.bulleted and self._opens_paragraph_item(lst, words)

        after = next((l for l in self.ahead if not (self._label_look(collapse_ws(l.text)) or sp.service_name(l.text))
                      or opens_item(collapse_ws(l.text)) or l.x0 < line.x0 - INDENT_SLACK_EM * line.size), None)
        if after is None or after.page != line.page and not (self._under_header_row(line, after)
                                                             or self._opens_next_page(line, after)):
            return False
        marker = opens_item(collapse_ws(after.text))
        own = lst.item or next((item.lines for item in reversed(self.items) if item.context.section == lst.heading), None)
        return bool(marker) and after.x0 >= line.x0 - INDENT_SLACK_EM * line.size and (
            not own or same_kind(collapse_ws(after.text), collapse_ws(own[0].text)))

    def _opens_next_page(self, line: Line, after: Line) -> bool:
        """`after` is the first line of the page after the label's, nothing read between: the label ends its page
        (a panel's foot) and its group's items go on at the next page's top."""
        lines = self.page_lines.get(after.page, [])
        return after.page == line.page + 1 and bool(lines) and lines[0] is after and self.ahead[:1] == [after]

    def _service_lead_in(self, line: Line, text: str, lst: _List) -> str | None:
        """The core service a line of a list's lead-in, or one between its items, leads in to ("… the
        trust must take. In maternity:", "In urgent and emergency care:" after the maternity items), a
        bullet of the list's own kind right under it: the next items' group. None for any other line."""
        service = sp.lead_in_service(text) if not (lst.item and _open_sentence(lst.item)) else None
        after = self.next
        return service if service and after is not None and bullet_marker(collapse_ws(after.text)) and (
            not lst.item or same_kind(collapse_ws(after.text), collapse_ws(lst.item[0].text))) else None

    def _under_header_row(self, line: Line, after: Line) -> bool:
        """A label cell at a page's foot whose row goes on at the next page's top, under the table's
        header row read again there (each line read between them one of its cells)."""
        between = self.ahead[:self.ahead.index(after)] if after in self.ahead else []
        return after.page == line.page + 1 and bool(between) and all(
            l.page == after.page and collapse_ws(l.text) in self.header_cells for l in between)

    @staticmethod
    def _label_look(text: str) -> bool:
        """Short, opening with a capital, no sentence's end, no bullet: a label, not a statement."""
        return (text[:1].isupper() and not text.endswith(TERMINAL) and len(text.split()) <= MAX_HEADING_WORDS
                and not bullet_marker(text))

    def _label_wraps_on(self, line: Line, text: str, lst: _List) -> bool:
        """The next line of a group label the line before opened, in its type right under it
        at its x ("KINGSHOLM COMMUNITY" / "HOSPITAL"): the label takes the whole text."""
        head, prev = self.pushed_before, self.prev
        if not (head and prev is not None and head.line is prev and head.text in lst.group_headings
                and not head.service and not lst.item):
            return False
        if not (self._label_look(text) and self._same_style(line, prev) and line.page == prev.page
                and set_under(prev, line, 0.8 * prev.size) and abs(line.x0 - prev.x0) < INDENT_SLACK_EM * line.size):
            return False
        whole = join_lines([head.text, text])
        lst.group_headings.discard(head.text)
        lst.group_headings.add(whole)
        head.text = head.cell = whole
        head.line = line
        self.pushed = head
        return True

    def _panel_left(self, line: Line, item: list[Line]) -> bool:
        """The item's sentence is finished and the next line read, in other type, is the top of
        another column (or page), or is set outside the item's column (the main column running
        on across the page under a side panel's end; in the item's column only left of its lines,
        from the edge of a panel set at the margin, or level with its last line, right of it: a
        panel's one line at a page's top beside the main column's): the list was set in a panel of its own type,
        which ended there (`panels.py`), and the main column goes on, with its text or, on the
        panel's page, a heading in other type than the panel's (when the panel's is not the body's:
        a heading after a list in the body's own type, bold or in a heading's larger type, as on a
        scan's text layer, which has no bold, goes on the report, not beside a panel), or
        is from an earlier page (the main column's, read after a panel that ran through its page).
        In the item's column, not a label over a bullet of the list's own kind: the list's next group.
        The item's type is its first line's as well as its last's: a citation set smaller ends an
        item, and the next item goes on in the statements' type."""
        last = item[-1]
        if _open_sentence(item) or self._same_style(line, last) or self._same_style(line, item[0]):
            return False
        if line.page < last.page:
            return True  # the main column's lines held back while the panel ran through their page (`panels.py`)
        heading = line.bold != last.bold or (line.size >= last.size * HEADING_RATIO
                                             and self._looks_like_heading(line, collapse_ws(line.text)))
        if heading and (same_type(line, last) or line.page != last.page or not self._own_type(last)) \
                and not self._column_before(line, item):
            return False
        if abs(line.top - last.top) < 0.3 * line.size and line.x0 > last.x1:
            return True  # level with the item's last line, right of it: beside it on its row, whatever its column
        slack = SUB_INDENT_EM * line.size
        mine = [l for l in item if l.page == line.page]
        if abs(line.column_left - last.column_left) <= slack:
            return bool(mine) and line.x0 < min(l.x0 for l in mine) - INDENT_SLACK_EM * line.size \
                and not (self.open and self._group_label(line, collapse_ws(line.text), self.open))
        outside = bool(mine) and (line.x0 < min(l.x0 for l in mine) - slack or line.x0 > max(l.x1 for l in mine))
        return self._jump(line, last) or outside

    def _label_left(self, line: Line, lst: "_List") -> bool:
        """A group's label of a list set in a panel's own type, no item under it yet (the label at the
        panel's foot), and the next line read in other type than the label's and the list's last item's,
        higher up the page and right of the label: the top of the main column's next column, the panel
        ended there (`_panel_left` reads an open item's end; a label opens no sentence to end)."""
        label = self.stack[-1].line if self.stack and self.stack[-1].text in lst.group_headings else None
        last = self.items[-1].lines[-1] if self.items else None
        return label is not None and last is not None and label.page == line.page == last.page \
            and self._own_type(label) and self._own_type(last) \
            and not self._same_style(line, label) and not self._same_style(line, last) \
            and line.top < label.top - 1 and line.x0 > max(label.x1, last.x1)

    def _column_before(self, line: Line, item: list[Line]) -> bool:
        """The item is set in type of its own (a side panel's), and the line higher up its page and wholly
        left of its lines: the top of a column read after the panel's, never its list going on (a page's
        columns are read left to right), but the main column held back past the panel's end (`panels.py`),
        whatever type its heading is set in. (A table's header cell read again over its next row's label
        is in the body's type beside items in it.)"""
        mine = [l for l in item if l.page == line.page]
        return bool(mine) and self._own_type(item[-1]) and line.top < mine[-1].top - 1 \
            and line.x1 < min(l.x0 for l in mine)

    def _own_type(self, line: Line) -> bool:
        """The line is set in other type than most of the report's text (a side panel's)."""
        return abs(line.size - self.body_size) > SAME_TYPE * max(line.size, self.body_size)

    def _panel_resumes(self, line: Line, text: str) -> bool:
        """After the main column's text that closed a panel's list (`_panel_left`), the panel goes
        on below it or at the next page's top: a line in the panel's type, set where the list's
        heading or items were, that opens its next item (a bullet of its kind, a statement in a
        list without bullets), its last item's next sub-item or citation (`_panel_sub_item`) or its next group
        (a label in bold), with no other list opened since."""
        lst, item = self.panel
        last = item[-1]
        if self.open is not None or line.page > last.page + 1:
            self.panel = None
            return False
        starts = [l.x0 for l in item] + ([lst.line.x0] if lst.line is not None else [])
        if not (same_type(line, last) and any(abs(line.x0 - x) <= PLACE_EM * line.size for x in starts)):
            return False
        marker = bullet_marker(text)
        if marker:
            return same_kind(text, collapse_ws(item[0].text)) or self._panel_sub_item(text) is not None
        return (line.bold and self._label_look(text) or not lst.bulleted and self._opens_paragraph_item(lst, text)
                or self._panel_sub_item(text) is not None)

    def _panel_sub_item(self, text: str) -> ListItem | None:
        """The panel's last item, when `text` goes on it: a bracket opening its citation (set under its
        finished sentence, at the next page's top), or a bullet opening its next sub-item (the item
        broke off after a sub-item ending with a semicolon, more of its sub-list to come, and the bullet
        is of that sub-item's kind)."""
        last = self.panel[1][-1]
        item = next((item for item in reversed(self.items) if item.lines and item.lines[-1] is last), None)
        if item is not None and opens_citation(text):
            return item
        if item is None or not item.sub_starts or not last.text.rstrip().endswith(";"):
            return None
        return item if same_kind(text, collapse_ws(item.lines[item.sub_starts[-1]].text)) else None

    def _resume(self, item: ListItem, line: Line, lst: _List) -> None:
        """A list heading repeated at the top of a page (a table's header row, each column read
        in turn) and then a line in lower case, or any line not a bullet after an item whose
        sentence was cut off: the list's last item on the page before (cut off there when the
        next column was read) goes on here, under its own heading context."""
        self.items.remove(item)
        if lst.columns:  # lists side by side in a table row: the item stays its own list's
            lst.kind, lst.heading = item.kind, item.context.section
        hang = item.lines[0].text_x0 - item.lines[0].x0
        lst.item, lst.subs, lst.context = list(item.lines) + [line], list(item.sub_starts), item.context
        lst.text_x = lst.cont_x = line.x0
        lst.glyph_x = line.x0 - hang
        lst.left = line.column_left

    @staticmethod
    def _subs_resumed(item: ListItem, line: Line, text: str) -> bool:
        """A bullet set further right than the item's own by a sub-bullet's indent (from its column's
        edge), the item cut at the page's foot after announcing its sub-items ("including that:"):
        the item's first sub-item, its list's heading repeated over it (a table's header row)."""
        first = item.lines[0]
        return (bool(bullet_marker(text)) and item.lines[-1].text.rstrip().endswith(":") and not item.sub_starts
                and (line.x0 - line.column_left) - (first.x0 - first.column_left) > SUB_INDENT_EM * line.size)

    def _resume_subs(self, item: ListItem, line: Line, lst: _List) -> None:
        """The item goes on with `line` as its first sub-item (`_subs_resumed`), its indents moved with the column."""
        self._resume(item, line, lst)
        first, shift = item.lines[0], line.column_left - item.lines[0].column_left
        lst.glyph_x, lst.text_x, lst.cont_x = first.x0 + shift, first.text_x0 + shift, line.text_x0
        lst.subs.append(len(lst.item) - 1)

    @staticmethod
    def _move_indents(line: Line, lst: _List) -> None:
        """Over a page or column break, the item's indents as they are where the line is set:
        where they were, or moved with the column's left edge, whichever the line lines up
        with (a bullet at the top of the next column is a new item, not a sub-bullet). The old
        column's edge is where the item's own lines placed it (`_List.left`): a column whose
        lines are all indented (sub-bullets) seems to start further right than it does. A bullet
        after a sub-bullet left unfinished ("… policies;") is the next sub-bullet: the indents move
        by as much as puts the last sub-bullet's glyph at it (the new column's edge, guessed from
        where its lines start, may lie nearer its bullets or further from them than the old one's)."""
        marks = (lst.glyph_x, lst.text_x, lst.cont_x)
        moved = line.column_left - lst.left
        shift = min((0.0, moved), key=lambda s: min(abs(line.x0 - (x + s)) for x in marks))
        sub = lst.item[lst.subs[-1]] if lst.subs else None
        if (sub is not None and bullet_marker(collapse_ws(line.text)) and sub.page == lst.item[-1].page
                and abs(sub.column_left - lst.item[-1].column_left) < 0.5 and lst.glyph_x < sub.x0
                and (_open_sentence(lst.item) or lst.item[-1].text.rstrip().endswith(";"))):
            shift = line.x0 - sub.x0
        lst.glyph_x, lst.text_x, lst.cont_x = (x + shift for x in marks)
        lst.left += shift

    def _preamble_goes_on(self, line: Line, lst: _List) -> bool:
        """The lead-in's paragraph wraps on ("... legal requirements. They should also make
        other improvements.")."""
        return bool(lst.preamble and not lst.item and not self._paragraph_break(line, lst.preamble))

    @staticmethod
    def _opens_paragraph_item(lst: _List, text: str) -> bool:
        """Under "Areas for improvement" (no must/should in the heading) a paragraph must open
        like a statement ("The trust must ...", "Ensure ..."), since narrative there may say
        must or should in passing; under a must/should heading, reading as an action is enough.
        Either way it opens with a capital: a line in lower case goes on a sentence. A line saying
        only "Should" or "Must" (a diagram's hub, a label) names a kind and asks nothing: no statement."""
        if text[:1].islower() or kind_word(text):
            return False
        if lst.kind == "either":
            return sp.opens_action(text) and sp.reads_as_action(text)
        return sp.reads_as_action(text)

    def _card_head(self, line: Line, text: str, lst: _List) -> bool:
        """A card's head: a reference code and a short label after it ("M2 Emergency and urgent care",
        the service's tag), no sentence, with the statement opening on the next line at its x and no
        marker of its own. The code marks the card; the label is its group (its service when it names
        one), not the statement's first words (read105)."""
        marker, after = bullet_marker(text) or "", self.next
        label = text[len(marker):].strip()
        if not marker[:1].isalnum() or after is None or after.page != line.page or not 0 < after.top - line.top < 3 * line.size:
            return False
        words = collapse_ws(after.text)
        return (bool(label) and len(label.split()) <= MAX_HEADING_WORDS and not label.endswith(sp.TERMINAL_MARKS)
                and not opens_lower(label) and not sp.opens_action(label) and not sp.reads_as_action(label)
                and abs(after.x0 - line.x0) <= INDENT_SLACK_EM * after.size and not bullet_marker(words)
                and self._opens_paragraph_item(lst, words))

    def _feed_bullet(self, line: Line, lst: _List) -> None:
        if lst.item and not line.x0 > lst.glyph_x + SUB_INDENT_EM * line.size and self._announced_at_jump(line, lst):
            # its parent's bullet lies left of it, by at least a sub-bullet's indent: the indents
            # as a guess at the new column's edge placed them may put it further right
            shift = line.x0 - (SUB_INDENT_EM + INDENT_SLACK_EM) * line.size - lst.glyph_x
            lst.glyph_x, lst.text_x, lst.left = lst.glyph_x + shift, lst.text_x + shift, lst.left + shift
        if lst.item and not next_in_turn(collapse_ws(lst.item[0].text), collapse_ws(line.text)) and (
                line.x0 > lst.glyph_x + SUB_INDENT_EM * line.size or self._sub_by_glyph(line, lst)
                or self._sub_list_goes_on(line, lst) or self._announced_in_paragraph(line, lst)
                or _lead_in_goes_on(line, lst)) \
                and not self._back_from_subs(line, lst) and not self._next_after_jump(line, lst) \
                and not _on_its_row(line, lst.item[-1]) and not self._next_set_ragged_left(line, lst) \
                and _cell_over(line, lst) in (None, (lst.kind, lst.heading)):  # another header cell's item: no sub-bullet
            labels = self._numbered_labels(line, lst)
            if labels:
                return self._labels_to_groups(labels, line, lst)
            lst.subs.append(len(lst.item))
            lst.item.append(line)
            lst.cont_x = line.text_x0
            return
        self._end_item()
        lst.bulleted, lst.marker = True, bullet_marker(collapse_ws(line.text)) or lst.marker
        self._start_item(line, lst)

    def _dash_goes_on(self, line: Line, text: str, lst: _List) -> bool:
        """A dash opening a line at the item's own text edge, after a line that ran to its column's
        right edge mid-sentence ("… early warning score" / "– MEOWS."): the sentence wrapped before
        its dash, which goes on it; a sub-list's dash follows a line that announces it or stops short.
        A second dash under it at its x, or one at the item's last sub-item's, is a sub-list's."""
        last, slack = lst.item[-1], INDENT_SLACK_EM * line.size
        if lst.subs and abs(lst.item[lst.subs[-1]].x0 - line.x0) <= slack:
            return False
        if not (text[:1] in DASH_BULLETS and line.page == last.page and _open_sentence(lst.item)
                and not last.text.rstrip().endswith(":") and min(abs(line.x0 - x) for x in (lst.text_x, lst.cont_x)) <= slack):
            return False
        edge = self.right_edges.get((line.page, round(line.column_left)), last.x1)
        after = self.next
        dashed_on = after is not None and after.page == line.page and abs(after.x0 - line.x0) <= slack \
            and collapse_ws(after.text)[:1] in DASH_BULLETS
        return last.x1 >= edge - LINE_END_EM * line.size and not dashed_on

    def _numbered_labels(self, line: Line, lst: _List) -> list[tuple[Line, str]]:
        """The open item is only a label ("1. Community health services for adults", no sentence,
        saying nothing to do), and so is each sub-item under it so far (a tree view's location over
        its core service over its actions), and its first sub-item opens a statement ("1.1 The trust
        should …"): the labels are groups of the list, outer first, and the sub-items are the
        list's items. Each label's first line and its text, wrapped lines joined."""
        levels = [lst.item[a:b] for a, b in zip([0, *lst.subs], [*lst.subs, len(lst.item)])]
        labels = [(lines[0], strip_marker(join_lines([collapse_ws(l.text) for l in lines]))) for lines in levels]
        opens = all(self._label_look(_before_aside(label)) and not sp.reads_as_action(label) for _, label in labels)
        return labels if opens and sp.opens_action(strip_marker(collapse_ws(line.text))) else []

    def _label_beside(self, line: Line, lst: _List) -> bool:
        """The open item is only a label cell ("M01 Urgent and emergency" / "care": a row's reference and
        core service, no sentence, saying nothing to do) and `line`, level with its first line clear right
        of all its lines, opens a statement: the row's next cell. The label is a group of the list and
        the statement the row's item."""
        first = lst.item[0]
        label = strip_marker(join_lines([collapse_ws(l.text) for l in lst.item]))
        return (line.page == first.page and abs(line.top - first.top) < 0.5 * line.size
                and line.x0 > max(l.x1 for l in lst.item) and self._label_look(_before_aside(label))
                and not sp.reads_as_action(label) and sp.opens_action(strip_marker(collapse_ws(line.text))))

    def _labels_to_groups(self, labels: list[tuple[Line, str]], line: Line, lst: _List) -> None:
        self._to_groups(labels, lst)
        self._start_item(line, lst)

    def _to_groups(self, labels: list[tuple[Line, str]], lst: _List) -> None:
        """The open item's lines are the labels of the list's next groups, not an item."""
        lst.item, lst.subs = [], []
        self.stack = [h for h in self.stack if h.text not in lst.group_headings]  # the list's next group replaces its last
        for first, label in labels:
            self._sub_heading(_Heading(self._rank(first), label, service=sp.service_name(label), line=first), label=True)

    def _row_label_alone(self, item: list[Line]) -> str | None:
        """The item is a table row's reference and core service cells alone ("M3 Acute wards for adults" /
        "of working age and …", no statement cell beside them: left empty, or painted over): the row's
        label (the service), no statement; else None."""
        first = collapse_ws(item[0].text)
        label = strip_marker(join_lines([collapse_ws(l.text) for l in item]))
        return label if label != first and sp.service_name(label) and not sp.reads_as_action(label) else None

    def _announced_at_jump(self, line: Line, lst: _List) -> bool:
        """The item's text so far ends announcing sub-items ("including that:") and this bullet
        opens the next column or page, where indents cannot tell (the column's edge is guessed
        from lines that may all be indented): its first sub-bullet, whatever its glyph."""
        last = lst.item[-1]
        return not lst.subs and self._jump(line, last) and last.text.rstrip().endswith(":")

    def _next_after_jump(self, line: Line, lst: _List) -> bool:
        """A bullet of the item's own kind opening the next column or page, or set in the column or
        page the item went on into, after an item with no sub-bullets that ended its sentence (not
        announcing sub-items: ":"): the list's next item, wherever the guess at that column's edge
        puts it."""
        jumped = any(self._jump(b, a) for a, b in zip(lst.item, lst.item[1:] + [line]))
        return (not lst.subs and jumped and _ends_sentence(lst.item)
                and same_kind(collapse_ws(line.text), collapse_ws(lst.item[0].text)))

    def _next_set_ragged_left(self, line: Line, lst: _List) -> bool:
        """A bullet of the item's own kind in a column set ragged-left (right-aligned: each line ends
        at one right edge, its wrapped lines starting wherever their words put them): the list's next
        item, however far right its short first line sets its bullet."""
        slack = INDENT_SLACK_EM * line.size
        own = lst.item[:lst.subs[0]] if lst.subs else lst.item
        items = [item.lines for item in self.items[len(self.items) - lst.emitted:]] + [own]
        items = [lines for lines in items if lines[0].page == line.page]
        return (same_kind(collapse_ws(line.text), collapse_ws(own[0].text))
                and all(same_type(l, line) and abs(l.x1 - line.x1) <= slack for lines in items for l in lines)
                and any(abs(l.x0 - lines[0].text_x0) > slack for lines in items for l in lines[1:]))

    def _sub_by_glyph(self, line: Line, lst: _List) -> bool:
        """A bullet of another kind than the item's own right after a sub-bullet of its kind:
        another sub-bullet, wherever it is set. A list's next item has the item's own kind."""
        text = collapse_ws(line.text)
        if not lst.subs or same_kind(text, collapse_ws(lst.item[0].text)):
            return False
        return same_kind(text, collapse_ws(lst.item[lst.subs[-1]].text))

    @staticmethod
    def _announced_in_paragraph(line: Line, lst: _List) -> bool:
        """In a list of paragraphs (no bullets), a bullet under an item that announces sub-items
        (": ") at or right of the item's left edge, or one level with the item's last sub-bullet, is a
        sub-bullet: the paragraph has no bullet for it to be set right of, so its indent cannot tell."""
        if lst.bulleted or not lst.item:
            return False
        slack = INDENT_SLACK_EM * line.size
        if lst.subs:
            return abs(line.x0 - lst.item[lst.subs[-1]].x0) <= slack
        return lst.item[-1].text.rstrip().endswith(":") and line.x0 >= lst.glyph_x - slack

    def _sub_list_goes_on(self, line: Line, lst: _List) -> bool:
        """The item's sub-list went on over a column or page break and its last entry ends in a
        semicolon ("staff have access to up-to-date" / "policies;"): the bullet after it is the
        sub-list's next entry, where the guess at the new column's edge cannot tell by indent."""
        if not lst.subs or not lst.item[-1].text.rstrip().endswith(";"):
            return False
        subs = lst.item[lst.subs[0]:] + [line]
        return any(self._jump(b, a) for a, b in zip(subs, subs[1:]))

    def _back_from_subs(self, line: Line, lst: _List) -> bool:
        """A bullet of the item's own kind, set left of the sub-bullets it follows, is the list's
        next item, however far its column's edge seems to lie from the item's bullet (over a
        page or column break into a box with other padding, the guess at that edge may be off)."""
        if not lst.subs:
            return False
        text, first, sub = collapse_ws(line.text), collapse_ws(lst.item[0].text), lst.item[lst.subs[-1]]
        return (same_kind(text, first) and not same_kind(first, collapse_ws(sub.text))
                and line.x0 < sub.x0 - SUB_INDENT_EM * line.size)

    def _words_set_apart(self, line: Line, last: Line) -> bool:
        """The line is the last words of the line before, set apart on its row (a justified
        line of two words), not the top of a column: the line after it does not go on at its x."""
        after = self.next
        return abs(line.top - last.top) < 0.3 * line.size and (
            after is None or abs(after.x0 - line.x0) > INDENT_SLACK_EM * line.size)

    @staticmethod
    def _wrapped(lst: _List) -> bool:
        """The item has a line of its own text after its first (not a sub-bullet's)."""
        own = lst.subs[0] if lst.subs else len(lst.item)
        return own > 1

    def _start_item(self, line: Line, lst: _List) -> None:
        under = _cell_over(line, lst)
        if under:  # the header row's cell over the item heads its list
            lst.kind, lst.heading = under
        lst.item = [line]
        lst.subs = []
        lst.note = None
        lst.flush = lst.hidden = False
        lst.glyph_x, lst.text_x, lst.cont_x = line.x0, line.text_x0, line.text_x0
        lst.left = line.column_left
        label = lst.row_label
        lst.row_label = label if label and label.page == line.page and abs(label.top - line.top) < 0.5 * line.size else None

    def _continues(self, line: Line, lst: _List) -> bool:
        """Is `line` the next line of the open item? Under a hanging indent it must start at
        the item's text (a line back at the bullet's x is a new paragraph), and then it is,
        even after a gap; without one, a paragraph gap ends the item."""
        last = lst.item[-1]
        if _note_after(line, lst.item):
            return False
        if self._next_column(line, last):
            return not self._paragraph_break(line, last)  # is the sentence unfinished?
        if self._set_flush_right(line, lst):
            return not self._paragraph_break(line, last)  # its left edges say nothing: only the gap tells
        if self._flush(line, lst) and not self._jump(line, last) and line.top - last.bottom < last.size:
            # wrapped back to the bullet's x (a bullet set inline, as in justified text) mid-sentence,
            # with less than a blank line between (a box may set its lines further apart than the text);
            # a colon at the line's end leads on to what follows ("Memorandum 01-05:" / "Decontamination …")
            return (_open_sentence(lst.item) or line.text[:1].islower() or last.text.rstrip().endswith(":")
                    or self._back_under_bullet(line, last, lst))  # or it opens its citation, or follows a label
        if not self._under_item(line, lst):
            if self._back_under_bullet(line, last, lst) or self._back_under_sub_bullet(line, last, lst):
                return True
            if self._under_hidden_bullet(line, lst):
                lst.glyph_x = lst.cont_x = line.x0  # its lines go here, its first line's text further right
                lst.hidden = True
                return True
            if self._hangs_past_text(line, lst) or self._wraps_to_row_start(line, lst) or self._wraps_to_column_edge(line, lst):
                lst.cont_x = line.x0  # its lines go here (a little right of its first line's text, or at the paragraph's edge)
                return True
            if self._ragged(line, last):
                return True
            if self._slanted_on(line, lst):
                lst.cont_x = line.x0  # its next line steps on from here
                return True
            # the sentence runs on over the page break, wherever the next page sets it (a column
            # the reader could not tell on the page before)
            return line.page == last.page + 1 and not self._paragraph_break(line, last)
        if lst.hidden and not _open_sentence(lst.item) and line.text[:1].isupper() and abs(line.x0 - lst.text_x) < abs(line.x0 - lst.cont_x):
            return False  # back at the first line's x after a sentence's end: the next item, its bullet as hidden
        if lst.text_x > lst.glyph_x + INDENT_SLACK_EM * line.size and line.x0 > lst.glyph_x - INDENT_SLACK_EM * line.size:
            return True  # aligned under the item's text, even after a gap: its next paragraph (never left of its bullet)
        if self._jump(line, last):
            return not self._paragraph_break(line, last)
        if self._paragraph_break(line, last):
            return False
        if not lst.bulleted and last.text.rstrip().endswith(TERMINAL) and line.text[:1].isupper():
            # a sentence ends at the line end: the next statement, if it opens like one or the
            # last line stopped short of the column's right edge, unless blank gaps set the items apart
            if self._items_set_apart(line, lst):
                return True
            return last.x1 > max(l.x1 for l in lst.item) - 3 * last.size and not sp.opens_action(line.text)
        return True

    def _slanted_on(self, line: Line, lst: _List) -> bool:
        """Text set in a slanted frame, every line's left edge a little right (or left) of the line
        above's: the item's next line steps on as its wrapped lines have stepped, on its page with
        no paragraph gap and no marker of its own."""
        edges = [l.x0 for l in lst.item[1:] if l.page == line.page]  # its wrapped lines (a number hangs the first)
        if len(edges) < 2 or bullet_marker(collapse_ws(line.text)) or self._paragraph_break(line, lst.item[-1]):
            return False
        steps = [b - a for a, b in zip(edges, edges[1:])] + [line.x0 - edges[-1]]
        return 0 < abs(steps[0]) <= INDENT_SLACK_EM * line.size and all(
            abs(step - steps[0]) <= SLANT_SLACK_EM * line.size for step in steps)

    def _items_set_apart(self, line: Line, lst: _List) -> bool:
        """A list without bullets whose statements are set apart by a blank gap (one sentence a line,
        its next sentence "This must be in line with …" at the leading): among lines in its type at the
        item's left edge on its page, the next paragraph's gap after `line` opens a statement, or at the
        page's last item the gap before it does."""
        first, slack = lst.item[0], INDENT_SLACK_EM * line.size
        page = [l for l in self.page_lines.get(line.page, []) if self._same_style(l, line) and abs(l.x0 - first.x0) <= slack]
        below = [l for l in page if l.top >= line.top]
        for above, under in zip(below, below[1:]):
            if self._blank_gap(above, under):
                return self._opens_paragraph_item(lst, collapse_ws(under.text))
        before = [l for l in page if l.top < first.top]
        return first.page == line.page and bool(before) and self._blank_gap(before[-1], first) \
            and self._opens_paragraph_item(lst, collapse_ws(first.text))

    def _blank_gap(self, above: Line, under: Line) -> bool:
        """A paragraph's gap between two lines with nothing set in it (a citation on a line of its own
        in smaller type fills it; a margin letter on `under`'s row does not)."""
        return self._paragraph_break(under, above) and not any(
            above.top < l.top < under.top - 0.5 * under.size for l in self.page_lines.get(under.page, []))

    def _set_flush_right(self, line: Line, lst: _List) -> bool:
        """The list's lines on the line's page, its items' read so far and the open one's, and the line
        itself end at one right edge, three lines or more, and start mostly each at a left edge of its
        own (more edges than half the lines: ragged left, a chart's wrapped axis labels set against the
        axis; a justified column's lines share a few, its indents and bullets'): no indent marks an item's
        next line or next item there, only the gap before the line does."""
        lines = [l for item in self.items[len(self.items) - lst.emitted:] for l in item.lines] + lst.item + [line]
        here = [l for l in lines if l.page == line.page and same_type(l, line)]
        slack, edge = INDENT_SLACK_EM * line.size, JUSTIFIED_EDGE_EM * line.size
        if len(here) < 3 or max(l.x1 for l in here) - min(l.x1 for l in here) > edge:
            return False
        lefts: list[float] = []
        for left in sorted(l.x0 for l in here):
            if not lefts or left - lefts[-1] > slack:
                lefts.append(left)
        return 2 * len(lefts) > len(here)

    def _ragged(self, line: Line, last: Line) -> bool:
        """A column set ragged-left (right-aligned: a side column's list) or centred (a poster's every
        line centred): the item's next line ends where its last line did, or has its middle where its
        last line had, on its page in its type and leading, wherever it starts."""
        slack = INDENT_SLACK_EM * line.size
        return line.page == last.page and same_type(line, last) and not self._paragraph_break(line, last) and (
            abs(line.x1 - last.x1) <= slack or abs((line.x0 + line.x1) - (last.x0 + last.x1)) <= 2 * slack)

    def _back_under_bullet(self, line: Line, last: Line, lst: _List) -> bool:
        """A bullet set without a hanging indent: its text wraps back to the bullet's x, and the
        line there goes on an unfinished sentence (or opens its citation) with no paragraph gap."""
        unfinished = (_open_sentence(lst.item) or line.text[:1].islower() or opens_citation(line.text)
                      or all(l.bold for l in lst.item) and last.text.rstrip().endswith(":"))  # only a label so far
        return (line.page == last.page and abs(line.x0 - lst.glyph_x) <= INDENT_SLACK_EM * line.size
                and unfinished and not self._paragraph_break(line, last))

    def _back_under_sub_bullet(self, line: Line, last: Line, lst: _List) -> bool:
        """A sub-item set without a hanging indent ("a) have completed the …" / "assessment;"): its
        text wraps back to its letter's x, on this page or at the next one's top where the column's
        edge is where it was, and the line there goes on its unfinished sentence."""
        if not lst.subs:
            return False
        sub, slack = lst.item[lst.subs[-1]], INDENT_SLACK_EM * line.size
        unfinished = _open_sentence(lst.item) or line.text[:1].islower() or opens_citation(line.text)
        return (sub.text_x0 > sub.x0 + slack and abs(line.x0 - sub.x0) <= slack and unfinished
                and abs(line.column_left - sub.column_left) <= slack and not self._paragraph_break(line, last))

    def _under_hidden_bullet(self, line: Line, lst: _List) -> bool:
        """The first wrapped line of an item with no bullet in the text, set a little left of
        its first line mid-sentence (or opening its citation) with no paragraph gap: the item's bullet is only drawn (a
        scanned page's picture holds it, not its text layer), so its first line starts at the
        text and the wrapped lines back at the bullet, or left of a first line tabbed on (or set
        after an inline label, however wide: `_under_row_label`)."""
        first = lst.item[0]
        return (len(lst.item) == 1 and not bullet_marker(first.text) and line.page == first.page
                and 0 < first.x0 - line.x0 and (first.x0 - line.x0 <= HIDDEN_BULLET_EM * line.size or self._under_row_label(line, lst))
                and line.x0 >= lst.left - INDENT_SLACK_EM * line.size
                and (_open_sentence(lst.item) or opens_citation(line.text)) and not self._paragraph_break(line, first))

    @staticmethod
    def _under_row_label(line: Line, lst: _List) -> bool:
        """Back at (or left of) the label cell set on the item's first row: an inline label (a
        coloured key-question chip) opens the statement, and its text wraps back under it."""
        label = lst.row_label
        return label is not None and line.x0 <= label.x0 + INDENT_SLACK_EM * line.size

    def _under_hidden_next_bullet(self, line: Line, lst: _List) -> bool:
        """The next item of a bulleted list on a page whose text holds no marker of its items' kind (a
        scan's picture holds them; its text layer may keep a sub-list's "o" and drop the items' "■"):
        set where the items' lines go, after an item that ended its sentence, opening like a
        statement ("The hospital must …"), not the item's own next paragraph."""
        held = any(not lst.marker or same_kind(lst.marker, marker) for marker in self.page_markers.get(line.page, ()))
        return (lst.bulleted and not held and _ends_sentence(lst.item)
                and self._under_item(line, lst) and sp.opens_action(line.text))

    def _hangs_past_text(self, line: Line, lst: _List) -> bool:
        """The first wrapped line of an item, set right of its first line's text by less than a
        sub-bullet's indent, mid-sentence or opening the item's citation, with no paragraph gap:
        the hanging indent is deeper than the number and its space (a scan's text layer stretches
        each line to its box, so the space after "1." is narrower than the tab printed there; a
        "2.1" number is wider than the indent's tab stop)."""
        first = lst.item[0]
        return (len(lst.item) == 1 and line.page == first.page and not bullet_marker(collapse_ws(line.text))
                and 0 < line.x0 - lst.text_x <= SUB_INDENT_EM * line.size
                and (_open_sentence(lst.item) or opens_citation(line.text)) and not self._paragraph_break(line, first))

    def _wraps_to_row_start(self, line: Line, lst: _List) -> bool:
        """The item's bullet is set inline, right of where the paragraph's lines start (after other words on
        its row: a run-in list, a paragraph of items, each after the last one's end or its group's label; or,
        opening its row, right of the row above's start), and `line` goes on its unfinished sentence (or
        opens its citation) back at that edge, in the item's type with no paragraph gap."""
        first, last = lst.item[0], lst.item[-1]
        edge = self._paragraph_edge(first, line)
        return (edge is not None and edge < first.x0 - INDENT_SLACK_EM * line.size and line.page == first.page
                and (same_type(line, last) or not strip_marker(collapse_ws(last.text)))  # or a bullet alone so far
                and abs(line.x0 - edge) <= INDENT_SLACK_EM * line.size
                and (_open_sentence(lst.item) or opens_citation(line.text)) and not self._paragraph_break(line, last))

    def _wraps_to_column_edge(self, line: Line, lst: _List) -> bool:
        """A bullet indented from where its page's text starts, whose text wraps back to that edge, left
        of the bullet (a plain-text file printed as it is: "  * The trust must …" / "record a …" at the
        first column, or one character in where the wrap carried a space over): the item's last line
        left no room before its column's right edge for `line`'s first word mid-sentence (it wrapped),
        and `line` goes on at that edge in the item's type with no paragraph gap."""
        last, slack = lst.item[-1], INDENT_SLACK_EM * line.size
        edge = self.right_edges.get((last.page, round(last.column_left)), last.x1)
        left = min((l.x0 for l in self.page_lines.get(line.page, ()) if same_type(l, line)), default=line.x0)  # its type's lines start
        return (line.page == last.page and same_type(line, last) and not self._paragraph_break(line, last)
                and left - slack <= line.x0 <= left + SUB_INDENT_EM * line.size
                and line.x0 < lst.glyph_x - slack and not _room_for_next_word(last, line, edge)
                and (_open_sentence(lst.item) or opens_citation(line.text)))

    def _paragraph_edge(self, first: Line, line: Line) -> float | None:
        """Where the lines in `line`'s type start, on `first`'s row left of it, else on the row right above it
        when that row runs to where `first` ends (the paragraph's text running on to the bullet's row, not a
        paragraph's short last line before a list). A bullet set alone at a row's end may be smaller than the text."""
        printed = [l for l in self.printed_lines.get(first.page, ()) if same_type(l, line)]
        row = [l for l in printed if abs(l.top - first.top) < 0.5 * first.size and l.x1 <= first.x0]
        above = [l for l in printed if set_under(l, first, first.size)]
        above = [l for l in above if abs(l.top - max(a.top for a in above)) < 0.5 * first.size]
        if not row and above and max(l.x1 for l in above) >= first.x1 - INDENT_SLACK_EM * line.size:
            row = above
        return min(l.x0 for l in row) if row else None

    def _under_hidden_sub_bullet(self, line: Line, lst: _List) -> bool:
        """The first line of a sub-item whose bullet is only drawn (a scanned page's picture):
        right after the item announces its sub-items ("including that:"), set further right
        than the item's text by at least a sub-bullet's indent, with no paragraph gap."""
        last = lst.item[-1]
        return (not lst.subs and last.text.rstrip().endswith(":") and line.page == last.page
                and line.x0 > max(lst.text_x, lst.cont_x) + SUB_INDENT_EM * line.size
                and line.x0 - max(lst.text_x, lst.cont_x) <= HIDDEN_BULLET_EM * line.size
                and not self._paragraph_break(line, last))

    @staticmethod
    def _flush(line: Line, lst: _List) -> bool:
        """Set at the item's bullet, not under its text (which starts further right)."""
        slack = INDENT_SLACK_EM * line.size
        return lst.text_x > lst.glyph_x + slack and abs(line.x0 - lst.glyph_x) <= slack

    @staticmethod
    def _between(line: Line, lst: _List) -> bool:
        """Under a hanging indent, set between the bullet and the item's first text, clear of
        both: an inline picture bullet and a tab set the first line's text further right than
        the item's wrapped lines."""
        slack = INDENT_SLACK_EM * line.size
        return lst.glyph_x + slack < line.x0 < lst.text_x - slack

    def _under_item(self, line: Line, lst: _List) -> bool:
        """Set where the item's lines go: under its text (a hanging indent, or where its first
        wrapped line went: `_between`), or between its bullet and its text."""
        slack = INDENT_SLACK_EM * line.size
        if lst.text_x > lst.glyph_x + slack:
            return (min(abs(line.x0 - lst.text_x), abs(line.x0 - lst.cont_x)) <= slack or self._between(line, lst)
                    or _under_sub_item(line, lst))
        return lst.glyph_x - slack <= line.x0 <= max(lst.text_x, lst.cont_x) + slack

    def _end_item(self) -> None:
        lst = self.open
        if lst and lst.item and not lst.bulleted and sp.is_preamble(join_lines([line.text for line in lst.item])):
            lst.lead_in += [line.text for line in lst.item]
            lst.preamble, lst.item, lst.subs = lst.item[-1], [], []  # a paragraph that explains the list, told whole
        if lst and lst.item and (label := self._row_label_alone(lst.item)):
            self._to_groups([(lst.item[0], label)], lst)  # its row's statement cell empty (or painted over)
        if lst and lst.item:
            label, lst.item = _run_in_label(lst.item, grouped=bool(lst.group_headings))
            if label:  # "Surgery: The hospital must …": the label names the item's group, its text follows
                lst.group_headings.add(label)
                self._push(_Heading((round(lst.item[0].size), 1), label, service=sp.service_name(label)))
            context = lst.context or self._context(lst.heading)
            if lst.context is None and context.group and context.service and not self._headed_service() \
                    and not self._lead_in_service(lst):
                lst.defaulted.add(id(lst.item[0]))  # the cover's service, under a group naming none (`_ungrouped`)
            lst.emitted += 1
            lines = lst.item + ([lst.set_on] if lst.set_on is not None and not _all_citation(lst.item[-1].text.strip())
                                else [])
            self.items.append(ListItem(kind=lst.own_kind or lst.kind, context=context, lines=lines, sub_starts=lst.subs,
                                       citation=lst.citation))
            lst.item, lst.subs, lst.context, lst.citation = [], [], None, ""
        if lst:
            lst.own_kind = lst.kind_cell = lst.set_on = None

    def _ungrouped(self, lst: "_List | None") -> None:
        """A list grouped by core service: its items under a group naming none ("Trust-wide", set before
        the services' groups) that took the cover's service, as no group named a service yet, are no
        service's (`_default_service`)."""
        if lst and lst.defaulted and any(sp.service_name(text) for text in lst.group_headings):
            self.items = [item.model_copy(update={"context": item.context.model_copy(update={"service": None})})
                          if id(item.lines[0]) in lst.defaulted else item for item in self.items]
            lst.defaulted = set()

    # ---- paragraphs -----------------------------------------------------------------
    def _end_paragraph(self) -> None:
        if self.paragraph:
            context = self.resumed or self._context(self._paragraph_section())
            self.paragraphs.append(Paragraph(context=context, lines=self.paragraph))
            if _unfinished(self.paragraph) and at_column_foot(self.paragraph[-1], self.page_lines.get(self.paragraph[-1].page, [])):
                self.cut.append(self.paragraphs[-1])
            self.paragraph, self.resumed = [], None

    def close_all(self) -> None:
        """End whatever list item, list and paragraph are open."""
        self._end_item()
        self._ungrouped(self.open or self.suspended)
        if self.open or self.suspended:
            self.ended = (self.open or self.suspended, list(self.stack))
        self.open = self.suspended = None
        self._end_paragraph()


def _cell_left(head: Line, left_of: Line) -> float:
    """Where a list heading's cell starts: the left edge of the column it is set in when that
    lies right of the heading beside it (a heading centred over its box's items starts
    right of them), else the heading's own left edge."""
    return head.column_left if left_of.x1 < head.column_left < head.x0 else head.x0


def _cell_over(line: Line, lst: _List) -> tuple[str, str] | None:
    """(kind, heading) of the header row's cell the line is set under, lists side by side in a
    table row (`_List.columns`); None for a list of one column."""
    under = [(kind, heading) for x, kind, heading in lst.columns if x <= line.x0 + INDENT_SLACK_EM * line.size]
    return under[-1] if under else None


def _set_as_one(line: Line, after: Line, item: list[Line]) -> bool:
    """`after` goes on `line` as the next line of one paragraph: in its type, at its x, a line's
    pitch under it (the item's own where it wrapped, else a loose leading): the item's next words
    at the top of a column, not a running header over them."""
    pitches = [b.top - a.top for a, b in zip(item, item[1:]) if a.page == b.page and b.top > a.top]
    pitch = min(pitches) if pitches else LOOSE_LEADING_EM * line.size
    return (same_type(line, after) and line.bold == after.bold and abs(line.x0 - after.x0) <= INDENT_SLACK_EM * line.size
            and 0 < after.top - line.top <= pitch + PARAGRAPH_GAP_EM * line.size)


def _lead_in_goes_on(line: Line, lst: _List) -> bool:
    """A bullet opening in lower case under an item's lead-in ("… arrangements, including:"), or
    level with its sub-bullet before that ended in a semicolon, is the lead-in's next entry: the
    sentence goes on in it, however its type (a size of its own) places its bullet against the item's."""
    if not lst.bulleted or not opens_lower(strip_marker(collapse_ws(line.text))):
        return False
    last = lst.item[-1].text.rstrip()
    if not lst.subs:
        return last.endswith(":") and line.x0 >= lst.glyph_x - INDENT_SLACK_EM * line.size
    sub = lst.item[lst.subs[-1]]
    return bool(re.search(r";(?: and| or)?$", last)) and abs(line.x0 - sub.x0) <= INDENT_SLACK_EM * line.size


def _under_sub_item(line: Line, lst: _List) -> bool:
    """Set under the open sub-item's hanging indent: clear right of its bullet, not right of its
    text (spaces after the bullet may set its first line's text further right than its wraps).
    Its first wrapped line going on its unfinished sentence may start right of that text by less
    than a sub-bullet's indent, no bullet of its own (a word set in a padded tinted box opens it),
    or further right when it opens in lower case right under it, no blank line between (a text
    export indents a label's wrapped words deeper than a statement's: "├─ Acute wards … intensive
    care" / "units"): words going on, not an item of their own."""
    if not lst.subs:
        return False
    sub, slack = lst.item[lst.subs[-1]], INDENT_SLACK_EM * line.size
    if sub.x0 + slack < line.x0 <= sub.text_x0 + slack:
        return True
    return (lst.item[-1] is sub and line.page == sub.page and not bullet_marker(collapse_ws(line.text))
            and 0 < line.x0 - sub.text_x0 and _open_sentence(lst.item)
            and (line.x0 - sub.text_x0 < SUB_INDENT_EM * line.size
                 or line.text[:1].islower() and line.top - sub.bottom < PARAGRAPH_GAP_EM * line.size))


def _under_text(line: Line, lst: _List) -> bool:
    """Under the item's first line on its page, at its text's x give or take the slack: its hanging
    indent, which may sit a little right of that text (a tab stop after "– "); the next lines are set
    there too, so they are measured from it, not from the first line's text, where a re-print's
    rounding may put them either side of the slack's edge."""
    first = lst.item[0]
    return (line.page == first.page and line.top > first.top
            and abs(line.x0 - lst.text_x) <= INDENT_SLACK_EM * line.size)


def _sub_wrap_x(lst: _List) -> float | None:
    """Where the open sub-item's wrapped lines go, when it has one: a line going on it at the next
    column's top sits there, whatever the item's own lines do (a flush item's sub-items may hang)."""
    if lst.subs and len(lst.item) - 1 > lst.subs[-1]:
        return lst.item[-1].x0 + lst.cont_x - lst.item[lst.subs[-1]].text_x0  # moved as the indents were
    return None


def _reference_apart(line: Line, text: str) -> tuple[Line, str]:
    """A row's reference cell read with the kind cell right of it as a list number with its item ("M01
    MUST"): the kind cell, where its word starts; the reference only numbers the row."""
    marker = bullet_marker(text)
    rest = text[len(marker):].strip() if marker and marker[:1].isalnum() else ""
    if not rest or not _kind_cell_look(line.model_copy(update={"text": rest})):
        return line, text
    return line.model_copy(update={"text": rest, "x0": line.text_x0}), rest


def _row_goes_on(line: Line, text: str, after: Line | None) -> tuple[Line, str]:
    """A row's reference marked as going on ("M6 cont.", "S2 (continued)": a table row cut by a column or
    page break, its label printed again where the rest of its statement is set): the rest of the open
    item, read without the mark. The mark may stand alone in the statement's cell, the reference in its
    own cell before it on the row, marked or not ("S2+" | "(continued)"): both read past."""
    if ROW_GOES_ON.fullmatch(text):
        return line, ""
    if after is not None and _on_its_row(after, line) and ROW_GOES_ON.fullmatch(collapse_ws(after.text)) \
            and _row_reference(text.rstrip("+*")):
        return line, ""
    marker = bullet_marker(text)
    mark = ROW_GOES_ON.fullmatch(text[len(marker):]) or ROW_GOES_ON.match(text[len(marker):]) \
        if marker and marker[:1].isalnum() else None
    if mark is None:
        return line, text
    rest = text[len(marker) + mark.end():]
    return line.model_copy(update={"text": rest, "x0": line.text_x0}), rest
def _row_reference(text: str) -> bool:
    """One word carrying a figure, nothing but letters, figures and joining marks ("12", "M4", "CQC-07",
    "A.2"; not a date, "31/03/2023"): a table's reference for one row, never a group's name."""
    return len(text.split()) == 1 and any(c.isdigit() for c in text) and all(c.isalnum() or c in "-." for c in text)


def _cell_kind(text: str) -> str | None:
    """"must" or "should" for a kind cell, also with the row's reference read into its line ("CQC-14 SHOULD":
    a narrow gap between the two columns)."""
    words = collapse_ws(text).split()
    return kind_word(words[-1] if len(words) == 2 and _row_reference(words[0]) else text)


def _kind_cell_look(line: Line) -> bool:
    """The line says only "MUST" or "SHOULD" (past its row's reference), in bold or in capitals (a
    re-print may lose the bold font's name, never the letters)."""
    return bool(_cell_kind(line.text)) and (line.bold or line.text.strip(" :").isupper())


def _citation_goes_on(lines: list[Line], text: str) -> bool:
    """`text` opens with a bracketed paragraph ("(2) (a) (b))") while the item's citation is still
    open ("… NG10. (Regulation 12"), or after a regulation's paragraph ending the item's last line
    ("in line with Regulation 20(1)" / "(a) of the …"): its next part, set at the line's start, not
    a list number."""
    joined = "".join(line.text for line in lines)
    if text.startswith("(") and REGULATION_BREAK.search(joined.rstrip()[-CITATION_TAIL:]):
        return True
    depth, opened = 0, -1
    for at, char in enumerate(joined):
        if char == "(":
            depth, opened = depth + 1, at if depth == 0 else opened
        elif char == ")" and depth:
            depth -= 1
    return depth > 0 and text.startswith("(") and opens_citation(joined[opened:])


def _all_citation(text: str) -> bool:
    """The text is one citation, bracketed ("(Regulation 12(2)(g))") or not ("Regulation 17(1)")."""
    if opens_citation(text):
        return closing_bracket_start(text) == 0
    spans = citation_spans(text)
    return bool(spans) and spans[0] == (0, len(text.rstrip(".")))


def _on_its_row(line: Line, last: Line) -> bool:
    """`line` is set on `last`'s row, right of it: a bullet run in after the item's end (a paragraph of
    items), the next item, never a sub-item."""
    return line.page == last.page and abs(line.top - last.top) < 0.5 * line.size and line.x0 >= last.x1


def _level_with(line: Line, lines: list[Line]) -> bool:
    """`line` lies within the height of `lines` on its page: beside them, not after them. Its top may
    stand up to its own size above theirs: a float's box set level with a heading's line box, its
    smaller type's first line higher than the heading's larger letters."""
    here = [l for l in lines if l.page == line.page]
    return bool(here) and line.top >= min(l.top for l in here) - line.size and line.bottom <= max(l.bottom for l in here)


def _on_a_row_of(line: Line, lines: list[Line]) -> bool:
    """`line` starts level with one of `lines` (within half an em): set beside it on its row."""
    return any(l.page == line.page and abs(l.top - line.top) < 0.5 * line.size for l in lines)


def _note_after(line: Line, item: list[Line]) -> bool:
    """A line in smaller type than the item's, after its sentence has ended, and no citation: a note
    set under it ("continued -", "(list continued in the next column)"), none of its lines."""
    return (line.size < (1 - SAME_TYPE) * min(l.size for l in item) and not _open_sentence(item)
            and not opens_citation(line.text))


def _before_aside(label: str) -> str:
    """A label's words before the bracketed aside it ends with ("Community services (trust-wide)"),
    which ends no sentence; the label itself when it ends otherwise, or its bracket holds a citation."""
    opened = closing_bracket_start(label)
    return label if opened is None or opens_citation(label[opened:]) else label[:opened].rstrip()


def _closes_bracket(lines: list[Line], text: str) -> bool:
    """`text` closes a bracket the lines' text stops inside ("(Regulation" / "12(2)(a))")."""
    texts = [line.text for line in lines]
    return bracket_open(texts) and text.count(")") > text.count("(")


def _indent(line: Line) -> float:
    """How far right of its column's edge the line starts."""
    return line.x0 - line.column_left


def _open_sentence(lines: list[Line]) -> bool:
    """The item's text so far stops mid-sentence: its last line ends without a sentence's end,
    or inside a bracket ("(Regulation 13 HSCA 2008 (Regulated Activities)" goes on)."""
    if not lines[-1].text.rstrip().endswith(TERMINAL):
        return True
    return bracket_open([line.text for line in lines])


def _unfinished(lines: list[Line]) -> bool:
    """The text's last sentence is not ended: it may go on over a column or page break."""
    return not _ends_sentence(lines) or _open_sentence(lines)


def _ends_sentence(lines: list[Line]) -> bool:
    """The item's text ends a finished sentence, or the bracket closing one ("… on all wards.
    (Regulation 12(2)" / "(g))"): a citation after its sentence's stop ends the item too."""
    text = collapse_ws(" ".join(line.text for line in lines))
    if text.endswith(SENTENCE_END):
        return True
    opened = closing_bracket_start(text)
    return opened is not None and text[:opened].rstrip().endswith(SENTENCE_END)


def _run_in_label(lines: list[Line], grouped: bool = False) -> tuple[str, list[Line]]:
    """The bold label an item opens with, and the item without it: run in on its first line,
    the whole of its first lines (all in bold, the last ending ":"), or wrapping from its first lines all in
    bold onto the next ("• Wards for older people" / "with mental health" / "problems: The service must").
    Or one not in bold (`_plain_run_in`; `grouped`: the item's list has groups already)."""
    first = lines[0]
    plain = "" if first.run_in else _plain_run_in(first, grouped)
    if first.run_in or plain:
        first = first if first.run_in else first.model_copy(update={"run_in": plain})
        return first.run_in.rstrip(":").strip(), [_without_run_in(first)] + lines[1:]
    text = collapse_ws(first.text)
    marker = bullet_marker(text) or ""
    head = text[len(marker):].strip()
    whole = next((n for n in range(1, len(lines)) if not lines[n].bold or lines[n].run_in or lines[n].page != first.page), 0)
    label = " ".join([head] + [collapse_ws(line.text) for line in lines[1:whole]])
    if whole and first.bold and label.endswith(":") and len(label.split()) <= MAX_HEADING_WORDS:
        # the label's lines, all in bold, the last ending ":" (joined as a heading's)
        return label.rstrip(":").strip(), [first.model_copy(update={"text": marker.strip()})] + lines[whole:]
    if whole and first.bold and lines[whole].run_in and lines[whole].page == first.page:
        label = f"{label} {lines[whole].run_in}"
        if len(label.split()) <= MAX_HEADING_WORDS and not head.endswith((".", ":")):
            kept = first.model_copy(update={"text": marker.strip()})
            return label.rstrip(":").strip(), [kept, _without_run_in(lines[whole])] + lines[whole + 1:]
    return _plain_wrapped_run_in(lines)


def _plain_wrapped_run_in(lines: list[Line]) -> tuple[str, list[Line]]:
    """A plain label naming a core service wrapped from the item's first line onto its next, closed by
    a colon before the statement's first words ("– Acute wards for adults of working age and" /
    "psychiatric intensive care units: The provider must …", a re-print losing the label's bold):
    the label, and the item without it (its first line its bullet alone, as a bold label's leaves it)."""
    first = collapse_ws(lines[0].text)
    marker = bullet_marker(first) or ""
    words = [first[len(marker):].strip()]
    for k in range(1, len(lines)):
        text = collapse_ws(lines[k].text)
        label, colon, rest = text.partition(": ")
        words.append(label)
        if len(" ".join(words).split()) > MAX_HEADING_WORDS or lines[k].page != lines[0].page:
            break
        if colon:
            if sp.service_name(" ".join(words)) and sp.opens_action(" ".join([rest, *(l.text for l in lines[k + 1:k + 2])])):
                return " ".join(words), [lines[0].model_copy(update={"text": marker.strip()}),
                                         lines[k].model_copy(update={"text": rest})] + lines[k + 1:]
            break
    return "", lines


def _plain_run_in(line: Line, grouped: bool) -> str:
    """A label closed by a colon before a statement's first words, after the line's bullet or
    number ("➢ Outpatients: The location must …"): its run-in label, though not in bold (a re-print
    may lose the bold font's name), when it names a core service, or, in a list with groups
    already, looks like a label ("Trust wide: The location must …"). "" when the line opens otherwise."""
    text = collapse_ws(line.text)
    head = text[len(bullet_marker(text) or ""):].strip()
    label, colon, rest = head.partition(": ")
    named = sp.service_name(label) or grouped and _Walker._label_look(label)
    return f"{label}:" if colon and named and sp.opens_action(rest) else ""


def _without_run_in(line: Line) -> Line:
    """The line without its run-in label (kept after its bullet or number, if any)."""
    if not line.run_in:
        return line
    text = collapse_ws(line.text)
    marker = bullet_marker(text) or ""
    at = text.find(line.run_in, len(marker))
    if at < 0:
        return line
    rest = text[at + len(line.run_in):].strip()
    return line.model_copy(update={"text": f"{marker.strip()} {rest}" if marker else rest, "run_in": ""})
