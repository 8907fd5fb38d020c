"""A table whose first cell in each row holds the row's list number ("(i)", "2.") may centre it
vertically beside the row's text (fpdf2's tables, a web page's or a word processor's
vertical-align: middle). With no gap between the rows (shaded rows, no rules), the number is
the only sign of where a row starts: read by baseline, it is set level with a middle line of a
row of three (and read as that line's bullet, so the row is cut there) or between two lines of
a row of two (and read as a word of the text), and the row's first line goes on the row above.

Read as a reader takes it, each number is its row's marker, joined to the row's first line. The
rows are told from the geometry alone: down a run of lines set at one text edge, with the
numbers in a narrow cell left of it, each row starts where the row above ended, and the middle
of its lines is the middle of its number (within a quarter of an em); the last row ends with
the run, and each row holds its own number's line and no other. Top-aligned numbers fit this
reading only when it changes nothing (rows of one line), or by coincidence of row lengths; so
a run is read so only in a document whose writer is seen to centre them: some number of a run
that fits stands between two baselines, level with no line, as no top-aligned number can.
"""

from dataclasses import dataclass

from ..models.document import Line, Page

from .text import DASH_BULLETS, is_list_marker

# A row's middle is its number's middle within this many ems.
CENTRE_EM = 0.25
# A number's cell is at most this many ems wide, from the number's left to the row's text.
CELL_EM = 8.0
# Lines of one run share their text edge within this many ems.
EDGE_EM = 0.3
# Lines of one run follow each other with at most this many ems between them (a row's padding).
ROW_GAP_EM = 1.0


@dataclass
class _Number:
    """A row's number: a line of its own (`alone`), or the first word of a text line."""

    text: str
    middle: float
    size: float
    line: int  # index of its line in the page's lines
    alone: bool


@dataclass
class _Run:
    texts: list[int]  # indexes of the run's text lines, top to bottom
    numbers: list[_Number]


def centred_numbers_joined(pages: list[Page]) -> list[Page]:
    """The document's pages with each centred row number joined to its row's first line, when
    the document shows such numbers (see the module's docstring); else as they were."""
    readings = {page.number: [(run, rows) for run in _runs(page.lines) if (rows := _rows(page.lines, run))]
                for page in pages}
    if not any(_between_baselines(page.lines, run) for page in pages for run, _ in readings[page.number]):
        return pages
    return [page.model_copy(update={"lines": _rewritten(page.lines, readings[page.number])})
            if readings[page.number] else page for page in pages]


def _number_of(line: Line) -> str | None:
    """The list number a line holds alone or opens with (its text set further right)."""
    words = line.text.split()
    if not words or not is_list_marker(words[0]) or words[0] in DASH_BULLETS:
        return None
    return words[0] if len(words) == 1 or line.text_x0 > line.x0 + 0.5 * line.size else None


def _runs(lines: list[Line]) -> list[_Run]:
    """Runs of consecutive lines at one text edge, with row numbers in a cell left of it: from
    each number not yet in a run, back over the plain lines at its text's edge just above it,
    then down while the lines keep to that edge."""
    runs: list[_Run] = []
    n = 0
    while n < len(lines):
        edge = _edge(lines, n)
        if edge is None:
            n += 1
            continue
        start = n
        while start > 0 and _number_of(lines[start - 1]) is None and _at_edge(lines[start - 1], edge) \
                and _follows(lines[start - 1], lines[start]):
            start -= 1
        run = _run_from(lines, start, edge)
        if run is None:
            n += 1
            continue
        runs.append(run)
        n = max(run.texts + [number.line for number in run.numbers]) + 1
    return runs


def _edge(lines: list[Line], n: int) -> float | None:
    """Where the text of the row numbered by line `n` starts: after its number on its line, or
    at the next line's left (a number on a line of its own)."""
    line = lines[n]
    if _number_of(line) is None:
        return None
    if len(line.text.split()) > 1:
        return line.text_x0
    return lines[n + 1].x0 if n + 1 < len(lines) and lines[n + 1].x0 > line.x1 else None


def _at_edge(line: Line, edge: float) -> bool:
    """A plain line (no number or bullet) starting at the edge."""
    return abs(line.x0 - edge) <= EDGE_EM * line.size and line.text_x0 == line.x0


def _follows(above: Line, line: Line) -> bool:
    """`line` is set just under `above` (a row's padding at most between them), in the same type."""
    size = line.size
    return (above.top <= line.top and line.top - above.bottom <= ROW_GAP_EM * size
            and abs(above.size - size) <= 0.1 * size)


def _run_from(lines: list[Line], n: int, edge: float) -> _Run | None:
    """The run of lines at `edge` from line `n`, with the numbers in a cell left of it."""
    texts: list[int] = []
    numbers: list[_Number] = []
    for k in range(n, len(lines)):
        line = lines[k]
        number, size = _number_of(line), line.size
        alone = number is not None and len(line.text.split()) == 1
        in_cell = number is not None and (line.x1 if alone else line.x0) < edge and edge - line.x0 <= CELL_EM * size
        if alone:
            if not (in_cell and texts):
                break
            numbers.append(_Number(number, (line.top + line.bottom) / 2, size, k, True))
            continue
        opens = in_cell and abs(line.text_x0 - edge) <= EDGE_EM * size
        if not (opens or number is None and _at_edge(line, edge)) or texts and not _follows(lines[texts[-1]], line):
            break
        if opens:
            numbers.append(_Number(number, (line.top + line.bottom) / 2, size, k, False))
        texts.append(k)
    numbers.sort(key=lambda number: number.middle)
    return _Run(texts, numbers) if numbers and texts else None


def centred_on(middle: float, size: float, first: Line, last: Line) -> bool:
    """A number whose middle is at `middle`, in type of `size`, is centred beside the lines from
    `first` to `last`: their middle is its middle within `CENTRE_EM` (a cell's vertical-align:
    middle). One test for every reader of centred numbers (`row_markers` too)."""
    return abs((first.top + last.bottom) / 2 - middle) <= CENTRE_EM * size


def _rows(lines: list[Line], run: _Run) -> list[tuple[int, int]] | None:
    """(first, last) text line of each number's row, when every number is centred on its row
    and the rows fill the run; else None. None too when nothing would change."""
    texts = [lines[k] for k in run.texts]
    rows: list[tuple[int, int]] = []
    start = 0
    for number in run.numbers:
        fits = [end for end in range(start, len(texts)) if centred_on(number.middle, number.size, texts[start], texts[end])]
        if not fits:
            return None
        rows.append((start, fits[0]))
        start = fits[0] + 1
    if start != len(texts) or not _own_numbers(run, rows):
        return None
    moved = any(number.alone or run.texts[first] != number.line for number, (first, _) in zip(run.numbers, rows))
    return rows if moved else None


def _own_numbers(run: _Run, rows: list[tuple[int, int]]) -> bool:
    """Each number opening a text line opens one of its own row's lines (the rows taken in
    turn, so no other row's)."""
    return all(number.alone or number.line in run.texts[first: last + 1]
               for number, (first, last) in zip(run.numbers, rows))


def _between_baselines(lines: list[Line], run: _Run) -> bool:
    """A number of the run on a line of its own, its middle level with no line's middle."""
    middles = [(lines[k].top + lines[k].bottom) / 2 for k in run.texts]
    return any(number.alone and all(abs(number.middle - m) > CENTRE_EM * number.size for m in middles)
               for number in run.numbers)


def _rewritten(lines: list[Line], readings: list[tuple[_Run, list[tuple[int, int]]]]) -> list[Line]:
    """The lines with each number moved to its row's first line."""
    out = list(lines)
    dropped: set[int] = set()
    for run, rows in readings:
        for number, (first, _) in zip(run.numbers, rows):
            host = run.texts[first]
            if number.alone:
                dropped.add(number.line)
            elif number.line != host:
                line = out[number.line]
                out[number.line] = line.model_copy(update={"text": line.text.split(None, 1)[1], "x0": line.text_x0})
            if number.alone or number.line != host:
                line = out[host]
                out[host] = line.model_copy(update={"text": f"{number.text} {line.text}",
                                                    "x0": min(line.x0, lines[number.line].x0)})
    return [line for k, line in enumerate(out) if k not in dropped]
