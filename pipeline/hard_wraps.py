"""A plain-text file printed as it is (a print server's enscript, `fold`): set in a fixed-pitch face, every
line hard-wrapped at one column whatever falls there, so a word is cut anywhere, with no hyphen
("… into line with lega" / "l requirements."), and a reader reads the two pieces as one word.

Such text shows itself by its geometry, not its words: its characters and spaces step at one pitch
(`fixed_pitch`: each run of letters as wide as its count of them times the pitch, each gap a whole number
of pitches), and most of its lines that end near the right end end at exactly one column, the wrap
column (a word wrap leaves the line ends ragged, a column or a word short). There, a line ending in a
letter or figure (or a bracket opening one) at the wrap column, whose next line (or, at the page's foot,
the next page's) goes on at the text's first column with no space, is cut inside a word: it keeps a zero-width break at
its end, so `join_lines` joins the next line on with no space (zero_width.py). A cut that fell at a space
carries the space over: the next line starts one column in, and the words stay apart.
"""

from ..models.document import Line

from .zero_width import BREAK

# What a line the wrap cut ends in: a letter or figure, or what opens or joins a word ("12(2)(" / "a))"),
# the next line going on with any character ("safely" / ". (Regulation"); a rule of "=" is no word's piece.
OPENS_WORD = "([{/-'\u2018\u201c"
MIN_RUNS = 3  # runs of glyphs (words) a line needs for its pitch to show
PITCH_SLACK = 0.02  # a run's step within this share of the line's pitch is that pitch
GAP_SLACK = 0.15  # of a pitch: a gap this near a whole number of pitches is that many spaces
END_SLACK = 0.25  # of a pitch: a line ending this near a column ends at it
NEAR_COLUMNS = 8  # lines ending within this many columns of the wrap column are those a wrap could end
MIN_COLUMNS = 20  # a wrap column further left is no page width of text
MIN_CUT = 3  # lines at the wrap column on a page before it is known for one
LEADING_EM = 2.0  # the next line of the text is the next baseline, this many ems down at most
# The widest step over the narrowest that steps all within PITCH_SLACK of one pitch can reach (a hair over,
# so a line this test turns away is one the pitch's own test would).
_SPREAD = (1 + PITCH_SLACK) / (1 - PITCH_SLACK) * (1 + 1e-9)


def fixed_pitch(glyphs: list) -> float:
    """The one step a line's glyph runs are set at (a fixed-pitch face: Courier, a terminal's), else 0."""
    runs = [g for g in glyphs if g.text.strip()]
    steps = [(g.x1 - g.x0) / len(g.text) for g in runs]
    if len(runs) < MIN_RUNS or max(steps) > min(steps) * _SPREAD:
        return 0.0  # steps too far apart to lie within the slack of any one pitch: most lines, a proportional face's
    runs.sort(key=lambda g: g.x0)
    text = "".join(g.text for g in runs)
    if 2 * sum(map(str.isalpha, text)) < len(text):
        return 0.0  # a row of figures: a proportional face's figures share one width too
    steps.sort()
    pitch = steps[len(steps) // 2]
    if pitch <= 0 or any(abs(step - pitch) > PITCH_SLACK * pitch for step in steps):
        return 0.0
    for a, b in zip(runs, runs[1:]):
        spaces = (b.x0 - a.x1) / pitch
        if abs(spaces - round(spaces)) > GAP_SLACK:
            return 0.0
    return round(pitch, 3)


def cut_at_wrap_column(lines: list[Line]) -> list[Line]:
    """The page's lines (in reading order), each one a hard wrap cut inside a word ending in a zero-width break."""
    texts: dict[tuple[float, float], list[Line]] = {}
    for line in lines:
        if line.pitch:
            texts.setdefault((line.pitch, line.size), []).append(line)
    cut: set[int] = set()
    for (pitch, _), text in texts.items():
        cut |= _cut_inside_words(text, pitch, lines)
    if not cut:
        return lines
    return [line.model_copy(update={"text": line.text + BREAK}) if id(line) in cut else line for line in lines]


def _cut_inside_words(text: list[Line], pitch: float, lines: list[Line]) -> set[int]:
    """The lines of one fixed-pitch text (one pitch and size) that its wrap column cut inside a word; the
    next line may be too short to show its pitch ("gulation 12(2)(b))"), so it is the page's next in its size."""
    left = min(line.x0 for line in text)
    ends = [(line.x1 - left) / pitch for line in text]
    wrap = round(max(ends))
    at = {id(line) for line, end in zip(text, ends) if abs(end - wrap) <= END_SLACK}
    near = sum(end >= wrap - NEAR_COLUMNS - END_SLACK for end in ends)
    if wrap < MIN_COLUMNS or len(at) < MIN_CUT or 2 * len(at) <= near:
        return set()
    cut = set()
    for n, line in enumerate(lines):
        if id(line) not in at or not (line.text[-1:].isalnum() or line.text[-1:] in OPENS_WORD):
            continue
        after = next((later for later in lines[n + 1:] if later.size == line.size), None)
        if after is not None and 0 < after.top - line.top <= LEADING_EM * line.size:
            if abs(after.x0 - left) <= END_SLACK * pitch and after.text[:1].strip():
                cut.add(id(line))
        elif line is text[-1]:
            cut.add(id(line))  # the text's last line on the page: the next page goes on with the word
    return cut


def over_page_breaks(lines: list[Line]) -> list[Line]:
    """An item's lines, a cut at a page's foot (`cut_at_wrap_column` could not see the next page) undone
    where the next page goes on one column in from where the item's lines start on the page before:
    the wrap fell at a space, and the space was carried over."""
    out = list(lines)
    for n, (line, after) in enumerate(zip(lines, lines[1:])):
        if line.pitch and after.page != line.page and line.text.endswith(BREAK):
            left = min(earlier.x0 for earlier in lines[:n + 1] if earlier.page == line.page)
            if abs(after.x0 - left - line.pitch) <= END_SLACK * line.pitch:
                out[n] = line.model_copy(update={"text": line.text[:-len(BREAK)]})
    return out
