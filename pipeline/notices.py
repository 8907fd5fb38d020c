"""Stage 4c: takes `ReportDocument`, returns the requirement-notice and enforcement table rows.

The tables have two columns (regulated activities | regulation and how it was not met)
whose text interleaves in reading order, so the columns are told apart by x position:
the boundary is where the "Regulation" column header starts. A row starts at a
regulation heading in the right column and runs, across page breaks, to the next one.
A report printed from a web page may stack each row's cells instead, label above value
("Regulated activity" / "Personal care" / "Regulation" / …): a row then runs from one
"Regulated activity" label to the next. A pre-2015 report's "Compliance actions" and
"Improvement actions" tables set a third column naming the outcome ("Outcome 09: Management
of medicines"), no part of the row's statement, and print the statement in a row of its own
across the table under its label ("How the regulation was not being met:").
"""

import re
from functools import cache

from ..models.document import Line, ReportDocument
from ..models.report import RequirementNotice

from . import structure_patterns as sp
from .citations import regulation_from_heading, regulation_title
from .regex_programs import compiled
from .text import bullet_marker, collapse_ws, join_lines, strip_marker

# "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment" starts a row; the bare
# citation "Regulation 12(1)(2)(a)" that often closes a cell's text does not.
ROW_HEADING = compiled(r"^Regulations? \d{1,2}A?\s+[A-Za-z]")
INSTRUMENT_WORDS = compiled(r"HSCA|Regulations? 20\d\d|Registration|Regulated Activities|Health and Social Care Act", re.I)
CELL_LABEL = compiled(r"^(how the regulation|the enforcement action|why there is a need|where these improvements"
                      r"|why we have concerns)", re.I)
# The label of a cell's closing part, which may wrap ("The enforcement action we" / "took: …").
CLOSING_LABEL = compiled(r"^the enforcement action", re.I)
# A paragraph that is only a citation ("Regulation 12(1)(2)(a)(b)(g)", "Regulations 12 and 17").
BARE_CITATION = compiled(r"^Regulations? \d{1,2}A?(?:\(\w{1,4}\))*(?:(?:,|,? and) \d{1,2}A?(?:\(\w{1,4}\))*)*\.?$")
COLUMN_HEADERS = {"regulated activity", "regulated activities", "regulation"}
SLACK = 3.0


def read_notices(doc: ReportDocument, known_words: frozenset[str] = frozenset()) -> list[RequirementNotice]:
    notices = []
    for kind, heading, lines in _table_regions(list(doc.body_lines())):
        boundary = _column_boundary(lines)
        if boundary is not None:
            notices += [n.model_copy(update={"section": heading}) for n in _rows_to_notices(kind, lines, boundary, known_words)]
    return notices


def _table_regions(lines: list[Line]) -> list[tuple[str, str, list[Line]]]:
    regions: list[tuple[str, str, list[Line]]] = []
    for line in lines:
        text = collapse_ws(line.text)
        kind = sp.notice_kind(text) if _heading_like(text) else None
        if kind:
            regions.append((kind, text, []))
        elif regions and (sp.opener_kind(text) or sp.key_question(text) or _ends_tables(text)):
            regions.append(("", text, []))
        elif regions:
            regions[-1][2].append(line)
    return [(k, h, ls) for k, h, ls in regions if k]


def _statement(raw_lines: list[str], known_words: frozenset[str]) -> str:
    """How the regulation was not met, as a reader sees it: wrapped lines joined, each bullet
    on a line of its own, the closing "enforcement action we took" part left out, and so is a
    bare citation set as the cell's last paragraph (it names the regulation's paragraphs, which
    the notice's regulation keeps; it says nothing of what was wrong)."""
    cut = next((i for i, l in enumerate(raw_lines) if sp.is_enforcement_label(l)), len(raw_lines))
    paragraphs: list[list[str]] = []
    for raw in raw_lines[:cut]:
        line = strip_marker(raw)
        if not paragraphs or bullet_marker(raw) or _starts_citation_line(line):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    texts = [join_lines(p, known_words) for p in paragraphs if p]
    if len(texts) > 1 and BARE_CITATION.match(texts[-1]):
        texts.pop()
    return "\n".join(texts)


def _starts_citation_line(line: str) -> bool:
    """The bare "Regulation 12(1)(2)(a)" that often closes a cell is a line of its own."""
    return bool(re.match(r"^Regulations? \d{1,2}A?\s*(?:\(|$)", line))


def enforcement_type(notice_kind: str, text: str) -> str | None:
    """What the row says CQC did: a requirement-notice table row is a requirement notice;
    an enforcement row names its action ("We served a warning notice", "imposed conditions");
    an improvement-actions row is none."""
    if notice_kind == "improvement":
        return None
    if notice_kind == "requirement_notice":
        return "requirement_notice"
    return sp.enforcement_action(text) or "enforcement_action"


def _heading_like(text: str) -> bool:
    """A table heading is short and is not a sentence ("… take enforcement action at this stage.")."""
    return len(text.split()) <= 12 and not text.endswith(".")


def _ends_tables(text: str) -> bool:
    return sp.is_end_heading(text) and not sp.notice_kind(text)


def _column_boundary(lines: list[Line]) -> float | None:
    """Where the regulation column starts: its header's x, or, when the header is centred over
    its column (a web page's table head), the left edge of the row headings under it that reach
    across its middle; with no header, the row headings' left edge."""
    starts = [l for l in lines if ROW_HEADING.match(l.text)]
    header = next((l for l in lines if collapse_ws(l.text).lower() == "regulation"), None)
    if header is not None:
        middle = (header.x0 + header.x1) / 2
        return min((l.x0 for l in starts if l.x0 < header.x0 - SLACK and l.x1 > middle), default=header.x0)
    return min(l.x0 for l in starts) if starts else None


def _rows_to_notices(kind: str, lines: list[Line], boundary: float, known_words: frozenset[str]) -> list[RequirementNotice]:
    if _stacked(lines):
        return _stacked_notices(kind, lines, known_words)
    how = _how_column(lines, boundary)
    across = [l for l in lines if CELL_LABEL.match(l.text) and l.x0 < boundary - SLACK]
    beside = _named_column(lines) if across else None
    right = [l for l in lines if l.x0 >= boundary - SLACK and not _is_header(l)
             and (how is None or l.x0 < how.x0 - SLACK) and (beside is None or l.x0 < beside.x0 - SLACK)]
    left = [l for l in lines if l.x1 <= boundary + SLACK and not _is_header(l) and all(l is not a for a in across)]
    starts = [i for i, l in enumerate(right) if _is_row_heading(right, i)]
    notices = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(right)
        cell = right[start:end]
        upper = _position(cell[0])
        lower = _position(right[end]) if end < len(right) else (10**6, 0.0)
        label = next((l for l in across if upper <= _position(l, SLACK) < lower), None)
        if label is not None:  # the statement in a row of its own across the table, under its label
            following = _position(right[end]) if end < len(right) else None
            lower = min(lower, _position(label))
            cell = [l for l in cell if _position(l) < lower] + _row_across(lines, label, following)
        activity_lines = [l for l in left if upper <= _position(l, SLACK) < lower]
        if how is not None:  # the regulation cell, then its row's part of the third column
            cell = cell + [how] + [l for l in lines if l.x0 >= how.x0 - SLACK and l.text != how.text
                                                  and upper <= _position(l, SLACK) < lower]
        notices.append(_notice(kind, cell, activity_lines, known_words))
    return notices


def _named_column(lines: list[Line]) -> Line | None:
    """The header of a third column right of "Regulation", level with it, in a table whose statements
    are set in rows across it (a pre-2015 table's "Outcome"): its cells name the regulation's outcome,
    no part of the statement."""
    regulation = next((l for l in lines if collapse_ws(l.text).lower() == "regulation"), None)
    if regulation is None:
        return None
    return next((l for l in lines if l.x0 > regulation.x1 and l.page == regulation.page and not CELL_LABEL.match(l.text)
                 and abs(l.top - regulation.top) < 0.3 * l.size), None)


def _row_across(lines: list[Line], label: Line, next_row: tuple[int, float] | None) -> list[Line]:
    """A row set across the table under its label: the label and every line after it, whatever its
    width (a wrapped statement's last line may end short of the next column), up to the next row's
    cells, or, once its statement has begun, to a drawn rule over a line (the table's foot: a note
    printed right under the table is no part of the row); a rule over a page's first line is the
    edge of the row the page break cut."""
    at = next(k for k, l in enumerate(lines) if l is label)
    row = [label]
    for line in lines[at + 1:]:
        if next_row is not None and _position(line, SLACK) >= next_row \
                or line.ruled_over and len(row) > 1 and line.page == row[-1].page:
            break
        if not _is_header(line):  # (the header row printed again at a page's top)
            row.append(line)
    return row


def _how_column(lines: list[Line], boundary: float) -> Line | None:
    """The header of a third column ("How the regulation was not being met") set level with
    the "Regulation" header, right of it; None when that label opens the regulation cell."""
    regulation = next((l for l in lines if collapse_ws(l.text).lower() == "regulation"), None)
    if regulation is None:
        return None
    return next((l for l in lines if CELL_LABEL.match(l.text) and l.x0 > boundary + SLACK and l.page == regulation.page
                 and abs(l.top - regulation.top) < 0.3 * l.size), None)


def _stacked(lines: list[Line]) -> bool:
    """The "Regulation" label is set under the "Regulated activity" one, at its x: cells stacked."""
    activity = next((l for l in lines if _is_header(l) and collapse_ws(l.text).lower() != "regulation"), None)
    regulation = next((l for l in lines if collapse_ws(l.text).lower() == "regulation"), None)
    return bool(activity and regulation and abs(activity.x0 - regulation.x0) <= SLACK
                and _position(regulation) > _position(activity, SLACK))


def _stacked_notices(kind: str, lines: list[Line], known_words: frozenset[str]) -> list[RequirementNotice]:
    """Rows whose cells are stacked: activities under their label, then the regulation cell."""
    rows: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        label = collapse_ws(line.text).lower()
        if _is_header(line) and label != "regulation":
            rows.append(([], []))
        elif rows and label == "regulation" and not rows[-1][1]:
            rows[-1][1].append(line)  # the label opens the cell part; dropped below
        elif rows:
            rows[-1][1 if rows[-1][1] else 0].append(line)
    return [_notice(kind, cell[1:], activities, known_words) for activities, cell in rows if len(cell) > 1]


def _is_header(line: Line) -> bool:
    return collapse_ws(line.text).lower() in COLUMN_HEADERS


def _is_row_heading(right: list[Line], i: int) -> bool:
    if not ROW_HEADING.match(right[i].text):
        return False
    following = right[i + 1].text if i + 1 < len(right) else ""
    return bool(INSTRUMENT_WORDS.search(right[i].text + " " + following))


def _position(line: Line, slack: float = 0.0) -> tuple[int, float]:
    return (line.page, line.top + slack)


def _notice(kind: str, cell: list[Line], activity_lines: list[Line], known_words: frozenset[str]) -> RequirementNotice:
    label = next((i for i, l in enumerate(cell) if CELL_LABEL.match(l.text)), None)
    closing = label is not None and CLOSING_LABEL.match(cell[label].text) and label > _heading_wraps_to(cell)
    if closing:  # the statement is set under the heading with no label of its own; this one closes it
        label, close = None, label
    if label is not None:
        heading_lines, body = cell[:label], cell[label + 1:]
    else:
        heading_lines, body = _heading_and_body(cell)
    heading = join_lines([collapse_ws(l.text) for l in heading_lines])
    body = _cell_body(body)
    raw = [collapse_ws(l.text) for l in body]
    text = "\n".join(strip_marker(r) for r in raw)
    stated = raw[: next((k for k, l in enumerate(body) if l is cell[close]), len(body))] if closing else raw
    return RequirementNotice(
        kind=kind,
        activities=split_activities(join_lines([collapse_ws(l.text) for l in activity_lines])),
        regulation=regulation_from_heading(heading),
        heading=heading,
        text=text,
        page=cell[0].page,
        type=enforcement_type(kind, text),
        statement=_statement(stated, known_words),
        statement_page=body[0].page if body else 0,
    )


def _heading_and_body(cell: list[Line]) -> tuple[list[Line], list[Line]]:
    """The row's regulation heading and the statement under it. The heading runs at least as far as
    its own type does (`_heading_wraps_to`), and on to the end of the regulation's title however the
    title wraps ("… 2014 Safe" / "care and treatment" all in one type, "… 2014" / "Staffing"); when the
    cell sets its statement on from the title on one line ("… Safe care and treatment The provider had
    failed …"), the statement starts where the title ends, after the cell's label if one is run on there."""
    wraps = _heading_wraps_to(cell)
    end = _title_end(cell)
    if end is None:
        return cell[:wraps], cell[wraps:]
    at, offset = end
    text = collapse_ws(cell[at].text)
    rest = text[offset:].strip()
    if rest and at + 1 >= wraps and rest[0].isupper():
        if CELL_LABEL.match(rest):  # "… Good governance How the regulation was not being met: Systems …"
            rest = rest.partition(":")[2].strip()
        rest = rest[: _next_heading(rest)].rstrip()
        body = [cell[at].model_copy(update={"text": rest})] if rest else []
        return cell[:at] + [cell[at].model_copy(update={"text": text[:offset].rstrip()})], body + cell[at + 1:]
    n = max(wraps, at + 1)
    return cell[:n], cell[n:]


def _next_heading(text: str) -> int:
    """Where the next row's regulation heading starts in `text` (a line read across two rows' cells,
    "… 17(1)(2)(a) Regulation 18 HSCA RA Regulations 2014 Staffing …"), or its end: that row is no
    part of this one's statement. A heading names its instrument right after the number; a statement's
    "regulation 18 of the Health and Social Care Act …" does not."""
    found = NEXT_HEADING.search(text)
    return found.start() if found else len(text)


NEXT_HEADING = compiled(r"\bRegulations? \d{1,2}A?\s+(?=HSCA\b|CQC\b|Health and Social Care Act\b|\(?Registration\b)")


# How far into a cell a heading's title may wrap, and how many words may print before it ("Regulation 12
# HSCA (RA) Regulations 2014", "Regulation 18 CQC (Registration) Regulations 2009").
TITLE_LINES = 4
PREAMBLE_WORDS = 12


def _title_end(cell: list[Line]) -> tuple[int, int] | None:
    """Where the heading's regulation title ends in the cell: the line and the place in its collapsed
    text, the title read letter by letter whatever its wrapping, hyphens and spaces; None when the
    heading names no regulation whose title is known, or the title is not printed right after it."""
    regulation = regulation_from_heading(collapse_ws(cell[0].text))
    title = regulation and (regulation.title or regulation_title(regulation.instrument, regulation.number))
    if not title:
        return None
    wanted = re.sub(r"[^0-9a-z]", "", title.lower())
    texts = [collapse_ws(l.text) for l in cell[:TITLE_LINES]]
    places = [(i, k) for i, t in enumerate(texts) for k, c in enumerate(t) if c.isalnum()]
    letters = "".join(texts[i][k].lower() for i, k in places)
    at = letters.find(wanted)
    while at >= 0:
        (i, k), (j, e) = places[at], places[at + len(wanted) - 1]
        before = " ".join(texts[:i] + [texts[i][:k]])
        if (not texts[i][k - 1 : k].isalnum() and not texts[j][e + 1 : e + 2].isalnum()
                and len(before.split()) <= PREAMBLE_WORDS and not re.search(r"[a-z]{2}\.(\s|$)", before)):
            return j, e + 1
        at = letters.find(wanted, at + 1)
    return None


def _heading_wraps_to(cell: list[Line]) -> int:
    """How many lines the row's regulation heading takes: its first, and the lines it wraps on
    to in its own bold type ("… 2014 Safe care and" / "treatment") above the statement in plain
    type; one when nothing in the cell is plain (the heading's type tells nothing)."""
    first, k = cell[0], 1
    while (k < len(cell) and first.bold and cell[k].bold and cell[k].page == first.page
           and abs(cell[k].size - first.size) < 0.05 * first.size):
        k += 1
    return k if k < len(cell) else 1


def _cell_body(body: list[Line]) -> list[Line]:
    """The cell's text up to a line set after a blank line's gap in another type size: the
    table has ended (the last row runs on to the next row heading, which there is none of:
    a page's closing note after it, "The provider should tell us if …", is no part of it)."""
    for k in range(1, len(body)):
        above, line = body[k - 1], body[k]
        if (line.page == above.page and line.top - above.bottom > above.size
                and abs(line.size - body[0].size) > 0.05 * body[0].size):
            return body[:k]
    return body


@cache
def _activity_pattern() -> re.Pattern:
    names = sorted(sp.heading_vocab().activities.names, key=len, reverse=True)
    return compiled("|".join(re.escape(n) for n in names), re.I)


def split_activities(text: str) -> list[str]:
    """Known regulated-activity names in order; any other text is kept as one more entry."""
    found = [m.group(0) for m in _activity_pattern().finditer(text)]
    rest = collapse_ws(_activity_pattern().sub(" ", text))
    return found + ([rest] if rest else [])
