"""Lines whose words drift off one baseline: a poster made in a design tool tilts each line a little
(its own matrix, turned a degree or so: each glyph reads as level, but a long line's end sits half a
line above or below its start) and raises or lowers each word by a text rise. A reader still reads
each line as one: its words follow one another a word space apart, in one type, each a little above
or below the one before, and the next line is a whole line's leading away. Such a line is set back
on one baseline before the page's rows are found, so they take it whole and never mix it with the
lines above and below; a line printed on one baseline (most lines) stays as it is.
"""

from bisect import bisect_left, bisect_right

from .glyphs import BULLETS, LETTER_GAP_EM, LEVEL_SLANT, WORD_SPACE_EM, Glyph
from .gutters import BASELINE_EM, SAME_TYPE

# A run follows the one before on its line when it starts at most WORD_SPACE_EM of their type after
# its end (a letter's kerning before it at most) and sits at most STEP_EM of that type above or below
# it: a word's rise, or a tilt's drift over a word, well short of the leading to the next line.
STEP_EM = 0.6
_BULLETS = frozenset(BULLETS)


def levelled(glyphs: list[Glyph]) -> list[Glyph]:
    """`glyphs` with each line that drifts more than BASELINE_EM of its type between its runs set on
    the baseline its runs lie along, where it starts."""
    runs = [g for g in glyphs if g.text not in _BULLETS and not g.symbol]
    if _baselines_apart(runs):
        return glyphs
    after = _successors(runs)
    if all(after[id(g)].baseline == g.baseline for g in runs if id(g) in after):  # each line on one baseline
        return glyphs
    followed = {id(b) for b in after.values()}
    moved: dict[int, float] = {}
    for start in (g for g in runs if id(g) in after and id(g) not in followed):
        line = [start]
        while id(line[-1]) in after:
            line.append(after[id(line[-1])])
        bases = [g.baseline for g in line]
        if max(bases) - min(bases) > BASELINE_EM * start.size:
            base = _start_base(line)
            moved.update((id(g), base - g.baseline) for g in line)
    if not moved:
        return glyphs
    return [g._replace(top=g.top + d, bottom=g.bottom + d, base=None if g.base is None else g.base + d)
            if (d := moved.get(id(g))) else g for g in glyphs]


def _baselines_apart(runs: list[Glyph]) -> bool:
    """No run has a run on another baseline within STEP_EM of its type above or below it, so none
    can follow one on another baseline (`_successors`): every line is on one baseline, as on most
    pages, which need not be looked at run by run. Neighbouring baselines are enough to compare,
    each in the largest type set on either."""
    largest: dict[float, float] = {}
    for g in runs:
        base = g.baseline
        largest[base] = max(largest.get(base, g.size), g.size)
    bases = sorted(largest)
    return all(b - a > STEP_EM * max(largest[a], largest[b]) for a, b in zip(bases, bases[1:]))


def _successors(runs: list[Glyph]) -> dict[int, Glyph]:
    """Each run's next on its line (by id): of the runs in its type starting at most a word space after
    its end and at most STEP_EM above or below it, the nearest in height (then in space), when it is
    the next of no run nearer to it in height."""
    by_x = sorted(runs, key=lambda g: g.x0)
    # Each run's start, baseline and size looked up once: every run asks the runs in its window.
    starts = [g.x0 for g in by_x]
    bases = [g.baseline for g in by_x]
    sizes = [g.size for g in by_x]
    # The runs on each baseline, in the same order: a run there is the nearest in height, so most runs' next
    # is found among them, and only a line's last run (or one whose next is raised) asks the whole window.
    level: dict[float, tuple[list[float], list[int]]] = {}
    for i, base in enumerate(bases):
        on = level.setdefault(base, ([], []))
        on[0].append(starts[i])
        on[1].append(i)
    best: dict[int, tuple[tuple[float, float], Glyph]] = {}
    for a in runs:
        size, end, base = a.size, a.x1, a.baseline
        reach, same = STEP_EM * size, SAME_TYPE * size
        first, last = end - LETTER_GAP_EM * size, end + WORD_SPACE_EM * size
        level_starts, level_places = level[base]
        k = bisect_left(level_starts, first)  # the first of its type in the window is the nearest in space
        while k < len(level_starts) and level_starts[k] <= last and not (
                abs(sizes[level_places[k]] - size) <= same and by_x[level_places[k]] is not a):
            k += 1
        if k < len(level_starts) and level_starts[k] <= last:
            i = level_places[k]
            best[id(a)] = ((abs(bases[i] - base), starts[i] - end), by_x[i])
            continue
        near = [((abs(bases[i] - base), starts[i] - end), by_x[i])
                for i in range(bisect_left(starts, first), bisect_right(starts, last))
                if abs(bases[i] - base) <= reach and abs(sizes[i] - size) <= same and by_x[i] is not a]
        if near:
            best[id(a)] = min(near, key=lambda pair: pair[0])
    before: dict[int, tuple[tuple[float, float], int]] = {}
    for a, (key, b) in best.items():
        if id(b) not in before or key < before[id(b)][0]:
            before[id(b)] = (key, a)
    return {a: b for a, (_, b) in best.items() if before[id(b)][1] == a}


def _start_base(line: list[Glyph]) -> float:
    """The baseline of `line` where it starts: the straight line its runs' baselines lie along (least
    squares, turned no more than a level glyph may be), so a word raised or lowered moves it little."""
    xs = [(g.x0 + g.x1) / 2 for g in line]
    bases = [g.baseline for g in line]
    mx, mb = sum(xs) / len(xs), sum(bases) / len(bases)
    spread = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (b - mb) for x, b in zip(xs, bases)) / spread if spread else 0.0
    slope = max(-LEVEL_SLANT, min(LEVEL_SLANT, slope))
    return mb + slope * (line[0].x0 - mx)
