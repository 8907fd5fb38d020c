"""A statement's citation set on a tab at the end of its last line ("…own policy.⟶Regulation 12(2)(g)",
a word processor's right-aligned tab stop) is the end of the statement as a reader reads it, not a
column of its own: the wide gap before it is a tab, and the lines around run straight through that
gap. Its words are moved to follow the sentence by a word space before columns are looked for, so
neither a gutter nor a segment opens there.

A row's tail is such a citation when it reads as one citation and nothing else, a gutter's width
(GUTTER_EM of its type) or more after words that end a sentence, and a row NEAR_ROWS above or below
runs text without a gutter-wide gap from where the sentence ends to where the citation starts: a
table's regulations column leaves that band empty down the table. Those rows are the sentence's
neighbours, within NEAR_ROWS double-spaced lines of it (PITCH_EM of its type each): a running footer
set across the page under a row of cards is none, so a card's last line is not read as a tab.
"""

from .citations import citation_spans
from .glyphs import GUTTER_EM

NEAR_ROWS = 2
PITCH_EM = 2.0  # a double-spaced line's pitch
SPACE_EM = 0.25  # the word space the citation is set after once moved
_SENTENCE_END = (".", ";", ":", ")", "”", "’")


def citations_tabbed_in(rows: list[list[dict]]) -> list[list[dict]]:
    """`rows` (words on baselines, top down) with each tab-set citation moved up to its sentence."""
    out = list(rows)
    for n, row in enumerate(rows):
        cut = _tab_before_citation(row)
        if cut is None:
            continue
        head, tail = row[:cut], row[cut:]
        reach = NEAR_ROWS * PITCH_EM * head[-1]["size"]
        near = [other for other in rows[max(0, n - NEAR_ROWS):n] + rows[n + 1:n + 1 + NEAR_ROWS]
                if abs(other[0]["top"] - row[0]["top"]) <= reach]
        if any(_runs_across(other, head[-1]["x1"], tail[0]["x0"]) for other in near):
            out[n] = head + _moved(tail, head[-1]["x1"] + SPACE_EM * head[-1]["size"] - tail[0]["x0"])
    return out


def _tab_before_citation(row: list[dict]) -> int | None:
    """Where the row's last gutter-wide gap is, when the words after it are one citation and the
    words before it end a sentence."""
    for k in range(len(row) - 1, 0, -1):
        if row[k]["x0"] - row[k - 1]["x1"] >= GUTTER_EM * min(row[k]["size"], row[k - 1]["size"]):
            text = " ".join(w["text"] for w in row[k:])
            spans = citation_spans(text)
            whole = len(spans) == 1 and spans[0][0] == 0 and spans[0][1] >= len(text.rstrip(" ."))
            return k if whole and row[k - 1]["text"].endswith(_SENTENCE_END) else None
    return None


def _runs_across(row: list[dict], left: float, right: float) -> bool:
    """The row's text runs from `left` to `right` with no gutter-wide gap between its words there."""
    start = None
    for before, word in zip([None] + row[:-1], row):
        if before is None or word["x0"] - before["x1"] >= GUTTER_EM * word["size"]:
            start = word["x0"]
        if start <= left and word["x1"] >= right:
            return True
    return False


def _moved(words: list[dict], dx: float) -> list[dict]:
    return [{**w, "x0": w["x0"] + dx, "x1": w["x1"] + dx,
             "chars": [g._replace(x0=g.x0 + dx, x1=g.x1 + dx) for g in w["chars"]]} for w in words]
