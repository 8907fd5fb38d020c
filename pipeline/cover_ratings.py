"""The cover's ratings (overall, the five key questions, use of resources, combined), read the
same way whatever the layout: a rating label and a rating word on one line, beside each other
on one row, or the rating in the cell below the label (a grid with the key questions as its
header row). Distances are in ems of the type concerned, so a large-print cover, a ratings
table and a list of "label … rating" rows read alike.

Takes the cover's laid-out lines (pipeline/read.py segments table cells into lines of their own).
"""

import re

from ..models.document import Line

from . import structure_patterns as sp
from .text import BULLET_GLYPHS, collapse_ws, merge_wrapped_headings

RATING = r"(outstanding|good|requires improvement|inadequate|not rated|insufficient evidence to rate)"
RATING_LABELS = [
    ("overall", re.compile(r"^overall(?:\b.{0,30}\brating\b.*)?$", re.I)),
    ("use-of-resources", re.compile(r"^are resources used productively", re.I)),
    ("combined", re.compile(r"^combined quality and resource", re.I)),
]
# What a rating graphic prints around the word: coloured dots (read as bullets), dashes, arrows.
_DECORATION = f" {BULLET_GLYPHS}-–—:.↑↓←→↔↕↗↘⬆⬇⬅➡"
_ONLY_RATING = re.compile(rf"^{RATING}$", re.I)
# A rating beside a label: its middle within the label's lines, give or take this (ems).
ROW_SLACK_EM = 0.35
# A rating in the cell below a label: starts within this many ems under the label.
BELOW_EM = 2.5


def cover_ratings(lines: list[Line]) -> dict[str, str]:
    """Rating key -> rating, the first one printed for each key; `lines` as read, in reading order."""
    ratings: dict[str, str] = {}
    labels: list[tuple[str, Line]] = []
    for line in merge_wrapped_headings(lines):  # "Are services at this location" / "well-led?"
        key, rating = _label_and_rating(collapse_ws(line.text))
        if key and rating:
            ratings.setdefault(key, rating)
        elif key:
            labels.append((key, line))
    for key, rating in _grid_rows(lines):
        ratings.setdefault(key, rating)
    free = _rating_cells(lines)  # as printed: a wrapped heading may be joined across the cells of a row
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


def _label_and_rating(text: str) -> tuple[str | None, str | None]:
    """("safe", "Good") for "Are services safe? Good –––"; ("safe", None) for a bare label."""
    text = text.strip(_DECORATION)
    match = re.search(rf"(?:^|\s|\?){RATING}\b", text, re.I)
    if match and match.start(1) > 0:
        key = rating_key(text[: match.start(1)].strip(_DECORATION))
        if key:
            return key, rating_case(match.group(1))
    return (rating_key(text), None) if not match else (None, None)


# A label closed by its question mark or colon, then its rating word, inside running text.
_SENTENCE_PAIR = re.compile(rf"([^.?!:;]*[?:])\s*{RATING}(?=[\s.,;]|$)", re.I)


def _in_sentences(lines: list[Line]) -> list[tuple[str, str]]:
    """Ratings printed as the sentences of a paragraph, wrapped anywhere ("Ratings – Overall
    rating for the service: Requires improvement. Are services safe? Inadequate. …"): each
    rating word right after a label's question mark or colon, the label read from a capital
    that starts one (not a narrative's "felt safe: good …"); a run of two or more, as a cover's
    ratings are."""
    pairs = []
    for match in _SENTENCE_PAIR.finditer(collapse_ws(" ".join(line.text for line in lines))):
        words = match.group(1).split()
        key = next((k for n in range(len(words)) if words[n][:1].isupper() and (k := rating_key(" ".join(words[n:])))),
                   None)
        if key:
            pairs.append((key, rating_case(match.group(2))))
    return pairs if len(pairs) >= 2 else []


_GRID_WORD = re.compile(r"\s*(safe|effective|caring|responsive|well[- ]led|overall)\b", re.I)
_RATING_WORD = re.compile(rf"\s*{RATING}\b", re.I)


def _grid_rows(lines: list[Line]) -> list[tuple[str, str]]:
    """A grid whose cells were read as one line: "Safe Effective Caring Responsive Well-led" over
    "Requires improvement Good Good Good Inadequate", one rating per key question."""
    pairs: list[tuple[str, str]] = []
    for head in lines:
        keys = _sequence(_GRID_WORD, head.text)
        if len(keys) < 2:
            continue
        under = [l for l in lines if _overlaps(head, l) and 0 <= l.top - head.bottom <= BELOW_EM * head.size]
        rows = [_sequence(_RATING_WORD, l.text) for l in sorted(under, key=lambda l: l.top)]
        values = next((row for row in rows if len(row) == len(keys)), [])
        pairs += [(k.lower().replace(" ", "-"), rating_case(v)) for k, v in zip(keys, values)]
    return pairs


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
    """Lines that hold a rating and nothing else; "Requires" over "improvement" in a narrow
    cell is one."""
    cells: list[Line] = []
    for line in lines:
        text = collapse_ws(line.text).strip(_DECORATION).lower()
        over = next((i for i, c in enumerate(cells) if collapse_ws(c.text).strip(_DECORATION).lower() == "requires"
                     and _overlaps(c, line) and 0 <= line.top - c.bottom < 0.8 * c.size), None)
        if text == "improvement" and over is not None:
            prev = cells[over]
            cells[over] = prev.model_copy(update={"text": "Requires improvement", "bottom": line.bottom,
                                                  "x1": max(prev.x1, line.x1)})
        elif _ONLY_RATING.match(text) or text == "requires":
            cells.append(line)
    return [c for c in cells if _only_rating(c.text)]


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
    under = [c for c in cells if _overlaps(label, c) and -0.2 * em <= c.top - label.bottom <= BELOW_EM * em]
    return min(under, key=lambda c: c.top - label.bottom, default=None)


def _overlaps(a: Line, b: Line) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1


def rating_case(rating: str) -> str:
    """A rating as the cover prints it ("Requires Improvement" stays so), but capitals are a style
    ("REQUIRES IMPROVEMENT" is "Requires improvement") and a rating inside a sentence opens with
    its capital ("rated requires improvement")."""
    rating = " ".join(rating.split())
    if rating.isupper():
        rating = rating.lower()
    return rating[0].upper() + rating[1:]
