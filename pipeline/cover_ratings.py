"""The cover's ratings (overall, the five key questions, use of resources, combined), read the
same way whatever the layout: a rating label and a rating word on one line, beside each other
on one row, or the rating in the cell below the label (a grid with the key questions as its
header row; a hospital's grid rates each core service in a row of its own, the hospital in the
row labelled "Overall"). Distances are in ems of the type concerned, so a large-print cover, a ratings
table and a list of "label … rating" rows read alike.

Takes the cover's laid-out lines (pipeline/read.py segments table cells into lines of their own).
"""

import re

from ..models.document import Line

from . import structure_patterns as sp
from .regex_programs import compiled
from .panels import shares_width
from .text import BULLET_GLYPHS, FIELD_SEPARATOR, SPLIT_HYPHENS, collapse_ws, join_lines, merge_wrapped_headings

RATING = r"(outstanding|good|requires improvement|inadequate|not rated|insufficient evidence to rate)"
RATING_LABELS = [
    # "Overall rating for this hospital", "Overall"; a core service's "Ratings for this core service"
    ("overall", compiled(r"^(?:overall(?:\b.{0,30}\brating\b.*)?|ratings? for this\b.*)$", re.I)),
    ("use-of-resources", compiled(r"^are resources used productively", re.I)),
    ("combined", compiled(r"^combined quality and resource", re.I)),
]
# What a rating graphic prints around the word: coloured dots (read as bullets), dashes, arrows.
_DECORATION = f" {BULLET_GLYPHS}-–—:.↑↓←→↔↕↗↘⬆⬇⬅➡"
_ONLY_RATING = compiled(rf"^{RATING}$", re.I)
_FIELDS = compiled(rf"{FIELD_SEPARATOR.pattern}|;\s*")
# A rating beside a label: its middle within the label's lines, give or take this (ems).
ROW_SLACK_EM = 0.35
# A rating in the cell below a label: starts within this many ems under the label.
BELOW_EM = 2.5
# A rating wrapped in its cell: the next line starts within this many ems under the one before.
WRAP_EM = 1.8
_RATINGS = RATING.strip("()").split("|")
# A rating's words, so a line-end hyphen inside one ("improve-" / "ment") is a split.
_RATING_WORDS = frozenset(" ".join(_RATINGS).split())


def cover_ratings(lines: list[Line]) -> dict[str, str]:
    """Rating key -> rating, the first one printed for each key; `lines` as read, in reading order."""
    ratings: dict[str, str] = {}
    labels: list[tuple[str, Line]] = []
    for line in merge_wrapped_headings(lines):  # "Are services at this location" / "well-led?"
        text = collapse_ws(line.text)
        key, rating = _label_and_rating(text)
        if key and not rating:
            labels.append((key, line))
            continue
        # a line of facts: "Inspection report published 14 February 2024 · Overall rating: Requires improvement",
        # or of ratings parted by semicolons after their label: "Ratings: Overall Requires improvement; Safe Good;"
        fields = _FIELDS.split(text)
        for key, rating in [(key, rating), *map(_label_and_rating, [fields[0].rsplit(":", 1)[-1], *fields[1:]]
                                                if len(fields) > 1 else [])]:
            if key and rating:
                ratings.setdefault(key, rating)
    pairs, grid = _grid(lines)
    for key, rating in pairs:
        ratings.setdefault(key, rating)
    # a grid's cells are read by its rows, its header cells label no cell of their own
    grid = {(l.top, l.x0) for l in grid}
    labels = [(key, label) for key, label in labels if (label.top, label.x0) not in grid]
    # as printed: a wrapped heading may be joined across the cells of a row
    free = [c for c in _rating_cells(lines) if (c.top, c.x0) not in grid]
    for find in (_beside, _below):  # a rating beside its label wins over one below it
        for key, label in labels:
            if key in ratings:
                continue
            cell = find(label, free)
            if cell is not None:
                ratings[key] = rating_case(_only_rating(cell.text))
                free.remove(cell)
    for key, rating in _in_sentences(lines):
        ratings.setdefault(key, rating)
    return ratings


def rates(text: str) -> bool:
    """A line of a ratings list: a rating's label, its rating, or both ("Are services safe?", "Good –––")."""
    return bool(_label_and_rating(collapse_ws(text))[0]) or _starts_rating(text)


def _label_and_rating(text: str) -> tuple[str | None, str | None]:
    """("safe", "Good") for "Are services safe? Good –––"; ("safe", None) for a bare label. A rating word
    after "and" or "or" is a sentence's ("… checks that services are safe and good."), no label's."""
    text = text.strip(_DECORATION)
    match = re.search(rf"(?:^|\s|\?){RATING}\b", text, re.I)
    if match and match.start(1) > 0 and not re.search(r"\b(?:and|or)\s*$", text[: match.start(1)], re.I):
        key = rating_key(text[: match.start(1)].strip(_DECORATION))
        if key:
            return key, rating_case(match.group(1))
    return (rating_key(text), None) if not match else (None, None)


# A label closed by its question mark or colon, then its rating word, inside running text.
_SENTENCE_PAIR = compiled(rf"([^.?!:;]*[?:])\s*{RATING}(?=[\s.,;)]|$)", re.I)
# The overall rating said in a sentence: "The CQC rated the trust Requires improvement overall", "is rated Good overall".
_RATED_OVERALL = compiled(rf"\brated (?:[\w'’-]+ ){{0,4}}?{RATING} overall\b", re.I)


def _in_sentences(lines: list[Line]) -> list[tuple[str, str]]:
    """Ratings printed as the sentences of a paragraph, wrapped anywhere ("Ratings – Overall
    rating for the service: Requires improvement. Are services safe? Inadequate. …"): each
    rating word right after a label's question mark or colon, the label read from a capital
    that starts one, or from an opening bracket or a semicolon before it, as a list of them in a
    sentence is set ("rated … Requires improvement overall (safe: Requires improvement; effective:
    Good; …)"; not a narrative's "felt safe: good …"); a run of two or more, as a cover's ratings are."""
    text = collapse_ws(join_lines([line.text for line in lines]))  # soft hyphens left out, as a reader reads it
    pairs = [("overall", rating_case(match.group(1))) for match in _RATED_OVERALL.finditer(text)][:1]
    for match in _SENTENCE_PAIR.finditer(text):
        words = match.group(1).split()
        listed = text[:match.start()].rstrip().endswith(";")
        key = next((k for n in range(len(words)) if (words[n][:1].isupper() or words[n][:1] == "(" or listed and n == 0)
                    and (k := rating_key(" ".join(words[n:]).lstrip("(")))), None)
        if key:
            pairs.append((key, rating_case(match.group(2))))
    return pairs if len(pairs) >= 2 else []


_GRID_WORD = compiled(r"\s*(safe|effective|caring|responsive|well[- ]led|overall)\b", re.I)
_RATING_WORD = compiled(rf"\s*{RATING}\b", re.I)


def _grid(lines: list[Line]) -> tuple[list[tuple[str, str]], list[Line]]:
    """A ratings grid's (key, rating) pairs and its lines. The key questions are its header row
    ("Safe", "Effective" … "Overall", a line per cell or the row read as one line) over rows of
    ratings, one per key question. Where its rows are labelled (a hospital's grid rates each core
    service, then the hospital) the row labelled "Overall" or the only row is the report's, and
    none when neither is printed; else the first row under the header."""
    rows = printed_rows(lines)
    for at, head in enumerate(rows):
        columns = [(l, keys) for l in head if (keys := _sequence(_GRID_WORD, l.text))]
        if sum(len(keys) for _, keys in columns) < 2:
            continue
        read = []
        for above, row in zip(rows[at:], rows[at + 1:]):
            cells = _grid_row(row, columns)
            if cells is None or row[0].top - max(l.bottom for l in above) > BELOW_EM * above[0].size:
                break  # the grid ends
            read.append((row, cells))
        if not read:
            continue
        overall = [cells for _, cells in read if rating_key(cells[0]) == "overall"]
        report = overall or [cells for _, cells in read[:1] if len(read) == 1 or not cells[0]]
        return (report[0][1] if report else []), head + [l for row, _ in read for l in row]
    return [], []


def _grid_row(row: list[Line], columns: list[tuple[Line, list[str]]]) -> tuple[str, list[tuple[str, str]]] | None:
    """(row label, key -> rating pairs) for a row rating every column, else None. A line may hold
    several cells ("Good Good Good"): its ratings go in order into the columns from the first one
    it lies under."""
    keys = [key.lower().replace(" ", "-") for _, words in columns for key in words]
    starts = [sum(len(words) for _, words in columns[:n]) for n in range(len(columns))]
    slots: list[str | None] = [None] * len(keys)
    label = []
    for line in row:
        ratings = _sequence(_RATING_WORD, line.text)
        under = next((n for n, (head, _) in enumerate(columns) if shares_width(head, line)), None)
        if not ratings or under is None:
            if any(slots) or line.x0 >= columns[0][0].x0:
                return None
            label.append(line.text)
            continue
        for slot, rating in enumerate(ratings, starts[under]):
            if slot >= len(slots) or slots[slot]:
                return None
            slots[slot] = rating_case(rating)
    return (collapse_ws(" ".join(label)), list(zip(keys, slots))) if all(slots) else None


def printed_rows(lines: list[Line]) -> list[list[Line]]:
    """The lines in printed rows, top to bottom (their middles level within ROW_SLACK_EM), each
    row's lines left to right, whatever the type size (large print): a label and its value side by side."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        if rows and abs(line.top + line.bottom - rows[-1][0].top - rows[-1][0].bottom) < 2 * ROW_SLACK_EM * max(line.size, rows[-1][0].size):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda l: l.x0) for row in rows]


def _sequence(word: re.Pattern, text: str) -> list[str]:
    """The words of `text` when it is nothing but a run of them (decoration aside), else []."""
    text, found, pos = collapse_ws(text).strip(_DECORATION), [], 0
    while pos < len(text):
        match = word.match(text, pos)
        if not match:
            return []
        found.append(match.group(1))
        pos = match.end()
        while pos < len(text) and text[pos] in _DECORATION:
            pos += 1
    return found


def rating_key(label: str) -> str | None:
    for key, pattern in RATING_LABELS:
        if pattern.search(label):
            return key
    question = sp.key_question(label)
    return question.lower() if question else None


def _rating_cells(lines: list[Line]) -> list[Line]:
    """Lines that hold a rating and nothing else; a rating wrapped in a narrow cell ("Requires" /
    "improvement", "Requires improve-" / "ment", the lines set tighter than their boxes) is one."""
    cells: list[Line] = []
    for line in lines:
        over = next(((n, text) for n, cell in enumerate(cells) if (text := _wrapped(cell, line))), None)
        if over:
            n, text = over
            cells[n] = cells[n].model_copy(update={"text": text, "bottom": line.bottom, "x1": max(cells[n].x1, line.x1)})
        elif _starts_rating(line.text):
            cells.append(line)
    return [c for c in cells if _only_rating(c.text)]


def _wrapped(cell: Line, line: Line) -> str | None:
    """The cell's text and the line's joined, when the line is the cell's next (under it, in its
    column) and the two begin a rating."""
    if not (shares_width(cell, line) and 0.5 * cell.size < line.top - cell.top < WRAP_EM * cell.size):
        return None
    text = join_lines([cell.text, line.text], _RATING_WORDS)
    return text if _starts_rating(text) else None


def _starts_rating(text: str) -> bool:
    """A rating, or its first part up to a line break ("Requires", "Requires improve-")."""
    text = collapse_ws(text).strip(_DECORATION).rstrip("".join(SPLIT_HYPHENS) + "-").lower()
    return bool(text) and any(rating.startswith(text) for rating in _RATINGS)


def _only_rating(text: str) -> str | None:
    match = _ONLY_RATING.match(collapse_ws(text).strip(_DECORATION))
    return match.group(1) if match else None


def _beside(label: Line, cells: list[Line]) -> Line | None:
    """The nearest rating to the right of the label whose middle is level with the label's lines."""
    em = label.size
    level = [c for c in cells if c.x0 >= label.x1 - 0.5 * em
             and label.top - ROW_SLACK_EM * em <= (c.top + c.bottom) / 2 <= label.bottom + ROW_SLACK_EM * em]
    return min(level, key=lambda c: c.x0 - label.x1, default=None)


def _below(label: Line, cells: list[Line]) -> Line | None:
    """The nearest rating under the label, in the same column (their x ranges overlap)."""
    em = label.size
    under = [c for c in cells if shares_width(label, c) and -0.2 * em <= c.top - label.bottom <= BELOW_EM * em]
    return min(under, key=lambda c: c.top - label.bottom, default=None)



_KEY = r"(?:safe|effective|caring|responsive|well[- ]led)"
_KEYS = rf"({_KEY}(?:(?:,|,? and|,? or)\s+{_KEY})*)"
# A summary's sentence rating the location (not a core service) by key question: "We rated it good for caring
# and effective, and requires improvement for safe, responsive and well-led", "The practice is rated as good for
# providing effective services"; or "Caring was rated as good, while safe … were rated as requires improvement".
_RATES_IT = compiled(r"\brated (?:it|(?:the|this) (?:hospital|practice|service|location|provider|trust))\b|"
                     r"\b(?:practice|service|hospital|location|provider|trust) (?:is|was) rated\b", re.I)
_FOR_KEYS = compiled(rf"\b{RATING} (?:for|to be) (?:providing )?{_KEYS}\b", re.I)
_KEYS_RATED = compiled(rf"\b{_KEYS} (?:was|were) rated (?:as )?{RATING}\b", re.I)


def rated_in_sentences(text: str) -> dict[str, str]:
    """Key question -> rating from a summary's sentences rating the location (`_RATES_IT`, `_KEYS_RATED`), for a
    cover printing its overall rating only; a sentence rating a core service ("We rated surgery as good") rates
    no key question of the location."""
    found: dict[str, str] = {}
    for sentence in re.split(r"(?<=[.!?])\s+", collapse_ws(text)):
        pairs = [(m.group(1), m.group(2)) for m in _FOR_KEYS.finditer(sentence)] if _RATES_IT.search(sentence) else []
        pairs += [(m.group(2), m.group(1)) for m in _KEYS_RATED.finditer(sentence)]
        for rating, keys in pairs:
            for key in re.findall(_KEY, keys, re.I):
                found.setdefault(key.lower().replace(" ", "-"), rating_case(rating))
    return found


def rating_case(rating: str) -> str:
    """A rating on CQC's scale as CQC spells it ("Requires improvement"): capitals are a cover's style
    ("Requires Improvement", "REQUIRES IMPROVEMENT"), and a rating inside a sentence opens with its capital
    ("rated requires improvement")."""
    rating = " ".join(rating.split()).lower()
    return rating[0].upper() + rating[1:]
