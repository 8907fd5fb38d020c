"""A table's label set turned a quarter (upright text running up or down its cell: "Surgery" in a
narrow dark first cell beside its row's must and should cells). glyphs.py leaves turned text out
(a side tab, a watermark), so the rows would take the service of a heading elsewhere; a reader
takes such a label as the name of the rows its cell spans. Its cell is known by what is drawn:
a box round it (a shaded cell) or rules over and under it across its column. Each run of the
cell's rows, as read, is given the label first, level with the run's first line, as an upright
label cell is read before its row's cell (read.py `_by_table_column`). Turned text in no cell (a
side tab in the margin) or with no line right of it in its cell is still left out.
"""

from ..models.document import Line

from .glyphs import LEVEL_SLANT, Glyph, _face, char_matrix
from .merged_cells import names
from .rules import MAX_SEGMENTS, RULE_SLACK_EM, Rule

# Letters of one turned line follow one another within this many ems along it; wider than
# WORD_EM apart is a word space, wider than LABEL_EM another label.
WORD_EM, LABEL_EM = 0.2, 1.0
# Letters of one turned line share a column within this many ems across it.
ACROSS_EM = 0.5
# A turned line names its cell up to a heading's length: a side band's title running the page's height
# ("Action the trust MUST take to improve") heads all the band spans, as a short label names its rows.
# Text turned along a cell is a name or a heading; running text turned so ends with a stop.
HEADING_WORDS = 16


def turned_labels(textpage, chars: list[int], height: float, paths: list, rules: list[Rule]) -> list[Glyph]:
    """Each label of the page's turned characters (`chars`: their indexes, glyphs.page_glyphs'
    `turned`) as a Glyph whose x is the label's and whose top and bottom are its cell's: the box
    drawn round it (of `paths`: the page's own) or the rules over and under it, the nearer of each.
    A label wrapped on to two turned lines or more in its cell is one label (`_wrapped_joined`)."""
    celled = []
    for text, x0, x1, top, bottom, size, bold, up in _turned_lines(textpage, chars, height):
        cell = _cell(x0, x1, top, bottom, size, paths, height, rules)
        if cell and names(Line(text=text, page=0, x0=x0, text_x0=x0, x1=x1, top=top, bottom=bottom, size=size),
                          HEADING_WORDS):
            celled.append((Glyph(text, x0, x1, cell[0], cell[1], size, bold, False), up))
    return _wrapped_joined(celled)


def _wrapped_joined(labels: list[tuple[Glyph, bool]]) -> list[Glyph]:
    """Turned lines of one cell set side by side, a line's leading apart ("Community health services" /
    "for adults" running up a lane's cell), joined as one label in the order they are read: left to
    right for text running up the page, right to left for text running down."""
    joined: list[tuple[Glyph, bool]] = []
    def place(pair: tuple[Glyph, bool]) -> tuple:  # its cell, then across it in reading order
        label, up = pair
        return label.top, label.bottom, up, label.x0 if up else -label.x1

    for label, up in sorted(labels, key=place):
        if joined:
            last, last_up = joined[-1]
            gap = label.x0 - last.x1 if up else last.x0 - label.x1
            if last_up == up and (last.top, last.bottom) == (label.top, label.bottom) and \
                    -ACROSS_EM * label.size < gap < LABEL_EM * label.size:
                joined[-1] = (last._replace(text=f"{last.text} {label.text}", x0=min(last.x0, label.x0),
                                            x1=max(last.x1, label.x1)), up)
                continue
        joined.append((label, up))
    return [label for label, _ in joined]


def _turned_lines(textpage, chars: list[int], height: float) -> list[tuple]:
    """(text, x0, x1, top, bottom, size, bold, up) of each line of characters turned a quarter, read
    in the direction they run (up when the glyphs' baseline points up the page)."""
    import pypdfium2.raw as raw_api

    raw, box = textpage.raw, raw_api.FS_RECTF()
    turned = []
    for k in chars:
        a, b, c, d, size = char_matrix(raw_api, raw, k)
        if abs(a) + abs(d) > LEVEL_SLANT * (abs(b) + abs(c)) or b * c >= 0:
            continue  # tilted (a watermark) or mirrored, not turned a quarter
        ch = chr(raw_api.FPDFText_GetUnicode(raw, k))
        if not ch.isprintable():
            continue
        raw_api.FPDFText_GetLooseCharBox(raw, k, box)
        turned.append((ch, box.left, box.right, height - box.top, height - box.bottom, size * abs(c), b > 0, k))
    lines: list[list[tuple]] = []
    for glyph in sorted(turned, key=lambda g: g[3]):
        line = next((line for line in lines if abs(line[-1][1] - glyph[1]) < ACROSS_EM * glyph[5]
                     and line[-1][6] == glyph[6] and glyph[3] - max(g[4] for g in line) < LABEL_EM * glyph[5]), None)
        if line is None:
            lines.append([glyph])
        else:
            line.append(glyph)
    return [_line(line, textpage) for line in lines]


def _line(glyphs: list[tuple], textpage) -> tuple:
    """One turned line read along its baseline, a space where letters stand a word space apart."""
    import pypdfium2.raw as raw_api

    up = glyphs[0][6]
    ordered = sorted(glyphs, key=lambda g: -g[4] if up else g[3])
    size = max(g[5] for g in glyphs)
    text = ordered[0][0]
    for before, after in zip(ordered, ordered[1:]):
        gap = before[3] - after[4] if up else after[3] - before[4]
        text += (" " if gap > WORD_EM * size else "") + after[0]
    return (text, min(g[1] for g in glyphs), max(g[2] for g in glyphs), min(g[3] for g in glyphs),
            max(g[4] for g in glyphs), size, _face(raw_api, textpage.raw, glyphs[0][7])[0], up)


def _cell(x0: float, x1: float, top: float, bottom: float, size: float, paths: list, height: float,
          rules: list[Rule]) -> tuple[float, float] | None:
    """The top and bottom of the cell holding a turned label: of the smallest box drawn round it,
    or of the rules nearest over and under it that run across its column, the nearer of each."""
    slack = RULE_SLACK_EM * size
    boxes = []
    for obj in paths:
        left, low, right, high = obj.get_bounds()
        if left <= x0 + slack and right >= x1 - slack and height - high <= top + slack and height - low >= bottom - slack:
            boxes.append(((right - left) * (high - low), height - high, height - low, obj))
    box = min(boxes, key=lambda b: b[0], default=None)
    drawn = [box[1:3]] if box is not None and _few_segments(box[3]) else []
    across = [r.y for r in rules if r.x0 <= x0 + slack and r.x1 >= x1 - slack]
    tops = [y for y, _ in drawn] + [y for y in across if y <= top + slack]
    feet = [y for _, y in drawn] + [y for y in across if y >= bottom - slack]
    return (max(tops), min(feet)) if tops and feet else None


def _few_segments(obj) -> bool:
    import pypdfium2.raw as raw_api

    return 0 < raw_api.FPDFPath_CountSegments(obj.raw) <= MAX_SEGMENTS


def labels_given(lines: list[Line], labels: list[Glyph], page: int) -> list[Line]:
    """The page's lines in reading order, each turned label before every run of the lines its cell
    spans right of it, level with the run's first line. A line's text decides where it stands: a
    row's reference cell left of the label, joined to the row's first line as its marker
    (row_markers.py), leaves that line right of the label, the first of its row."""
    out = list(lines)
    for label in labels:
        slack = RULE_SLACK_EM * label.size
        spanned = [label.x1 <= line.text_x0 and label.top - slack <= line.top and line.bottom <= label.bottom + slack
                   for line in out]
        if not any(spanned):
            continue
        given = []
        for n, line in enumerate(out):
            if spanned[n] and (n == 0 or not spanned[n - 1]):
                given.append(Line(text=label.text, page=page, x0=label.x0, text_x0=label.x0, x1=label.x1,
                                  top=line.top, bottom=line.top + (line.bottom - line.top) * label.size / line.size,
                                  size=label.size, bold=label.bold, column_left=label.x0))
            given.append(line)
        out = given
    return out
