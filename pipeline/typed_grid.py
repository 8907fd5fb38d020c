"""A table drawn with typed characters: a fixed-width text export (a register's .txt, a psql or
reStructuredText grid) printed as it is, its borders rows of "+-----+-----+" and its cell walls a
"|" on every line between them. A reader sees ruled cells, not characters: read as text, every line
holds pieces of two or three cells between bars ("| seclusion are reviewed by a doctor | Kestrel"),
and a statement wrapped in its cell reads with bars in it. A border row becomes the level rule it
draws, and a bar standing where a border's junction ("+") stands, on the lines down from a border
or up to one (a row cut by a page break goes on above the next page's first border), becomes the
whitespace between the cells it parts, as a drawn table's walls do.
"""

from .glyphs import Glyph
from .rules import Rule

# A border is drawn with these (ASCII, and box drawing's light, heavy and double lines) ...
LEVEL = frozenset("-=_─━═╌╍┄┅┈┉")
# ... its junctions, where walls meet it ...
JUNCTIONS = frozenset("+┼┬┴├┤┌┐└┘╋┳┻┣┫┏┓┗┛╬╦╩╠╣╔╗╚╝╪╫╤╧╟╢╞╡")
# ... and the walls between cells with these.
WALLS = frozenset("|│┃║¦")
# A border is at least this many ems long (a cell of two or three characters between two junctions).
MIN_BORDER_EM = 2.0


def typed_grid(rows: list[list[Glyph]]) -> tuple[list[list[Glyph]], list[Rule]]:
    """`rows` (glyphs on baselines, top down, each left to right) less a typed table's borders and
    walls, and the level rules its borders draw; rows left empty dropped."""
    borders = [n for n, row in enumerate(rows) if _border(row)]
    if not borders:
        return rows, []
    junctions = {n: _junctions(rows[n]) for n in borders}
    walls: set[int] = set()  # ids of the bars standing at a border's junction
    tops: set[int] = set()  # borders a wall runs down from
    for n in borders:
        for step in (1, -1):
            k = n + step
            while 0 <= k < len(rows) and k not in junctions:
                bars = [g for g in rows[k] if _at_junction(g, junctions[n])]
                if not bars:
                    break
                walls.update(map(id, bars))
                if step == 1:
                    tops.add(n)
                k += step
    rules = [Rule(rows[n][0].x0, rows[n][-1].x1, (min(g.top for g in rows[n]) + max(g.bottom for g in rows[n])) / 2,
                  n in tops) for n in borders]
    kept = [[g for g in row if id(g) not in walls] for n, row in enumerate(rows) if n not in junctions]
    return [row for row in kept if row], rules


def _border(row: list[Glyph]) -> bool:
    """A row drawn of border characters only, with junctions at its ends at least, an em or two long."""
    text = "".join(g.text for g in row)
    return (set(text) <= LEVEL | JUNCTIONS and sum(ch in JUNCTIONS for ch in text) >= 2 and any(ch in LEVEL for ch in text)
            and row[-1].x1 - row[0].x0 >= MIN_BORDER_EM * max(g.size for g in row))


def _junctions(row: list[Glyph]) -> list[tuple[float, float]]:
    """Each junction's x band: its character's share of its run's width (a fixed-width font's)."""
    bands = []
    for g in row:
        width = (g.x1 - g.x0) / len(g.text)
        bands.extend((g.x0 + k * width, g.x0 + (k + 1) * width) for k, ch in enumerate(g.text) if ch in JUNCTIONS)
    return bands


def _at_junction(g: Glyph, bands: list[tuple[float, float]]) -> bool:
    """A lone bar whose middle stands within a junction's band."""
    middle = (g.x0 + g.x1) / 2
    return g.text in WALLS and any(x0 <= middle <= x1 for x0, x1 in bands)
