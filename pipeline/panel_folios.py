"""Panels read in the order of their printed page numbers (folios). A sheet imposed to be folded and
cut into a booklet (a fold-and-cut zine: eight panels, the top row printed upside down; a tri-fold's
outside "5 | 6 | 1") sets its pages where the folding needs them, not where they are read; each panel
prints its page number small at its foot, and a reader reads them in that order.

A face's folio row is the lowest baseline of its text holding nothing but lone numbers, two or more
of them, each in the middle of its share of the sheet cut in as many equal parts (within `FOLD_SLACK`
of its width): each folio numbers the panel around it, the panels parted midway between folios, no
word across a parting. A part the page was already split into (a leaflet's panel, the other face of
the sheet) whose foot is one lone number is that numbered panel. Only when every part of the sheet
has its number and the numbers run on, each once (a booklet's pages), out of the order the sheet is
read in, are they read in number order; a page numbered once at its foot, parts only some of which are
numbered, or a spread whose pages are printed in order (read across the fold as before) keep the order
read.
"""

from statistics import median

from .leaflet_panels import FOLD_SLACK
from .regex_programs import compiled

FOLIO = compiled(r"\d{1,3}")
# A folio is set on the face's lowest baseline, its glyphs within this share of an em of it.
BASELINE_EM = 0.2
# Glyphs on one baseline this many ems apart or more are different folios, not digits of one.
APART_EM = 2.0


def in_folio_order(parts: list[tuple[list, list]], width: float) -> list[tuple[list, list]]:
    """`parts` (each a part's glyphs and the rules read with it) of a sheet `width` wide, read in the order
    of the folios their panels print, when every part is one or more numbered panels; else as given."""
    numbered = [(number, panel, rules) for glyphs, rules in parts if glyphs
                for number, panel in (_numbered_panels(glyphs, width) or [(None, glyphs)])]
    numbers = [number for number, _, _ in numbered]
    if len(numbered) < 2 or None in numbers or sorted(numbers) != list(range(min(numbers), min(numbers) + len(numbers))) \
            or numbers == sorted(numbers):
        return parts  # a booklet's pages are numbered in a run, each once; printed in order, they are read as they are
    return [(panel, rules) for _, panel, rules in sorted(numbered, key=lambda n: n[0])]


def _numbered_panels(glyphs: list, width: float) -> list[tuple[int, list]] | None:
    """[(folio, the panel's glyphs)] for a part whose foot is a folio row (one folio: the part itself),
    left to right; None when its foot is no folio row."""
    folios = _folio_row(glyphs)
    if not folios:
        return None
    if len(folios) == 1:
        return [(folios[0][0], glyphs)]
    if not _at_equal_shares(folios, width):
        return None  # numbers along a table's foot, not a sheet's folios
    middles = [(x0 + x1) / 2 for _, x0, x1 in folios]
    cuts = [(a + b) / 2 for a, b in zip(middles, middles[1:])]
    if any(g.x0 < cut < g.x1 for g in glyphs for cut in cuts):
        return None  # a word runs across where two panels would part: one page's text
    panels: list[list] = [[] for _ in folios]
    for g in glyphs:
        panels[sum((g.x0 + g.x1) / 2 > cut for cut in cuts)].append(g)
    return [(number, panel) for (number, _, _), panel in zip(folios, panels)]


def _at_equal_shares(folios: list[tuple[int, float, float]], width: float) -> bool:
    """Each folio centred in its share of the sheet cut in as many equal parts as there are folios."""
    share = width / len(folios)
    return all(abs((x0 + x1) / 2 - (k + 0.5) * share) <= FOLD_SLACK * width for k, (_, x0, x1) in enumerate(folios))


def _folio_row(glyphs: list) -> list[tuple[int, float, float]] | None:
    """The folios on the part's lowest baseline, [(number, x0, x1)] left to right, when that baseline
    holds lone numbers only (and other text is above it); else None."""
    em = median(g.size for g in glyphs)
    lowest = max(g.baseline for g in glyphs)
    row = sorted((g for g in glyphs if lowest - g.baseline <= BASELINE_EM * em), key=lambda g: g.x0)
    groups: list[list] = []
    for g in row:
        if groups and g.x0 - groups[-1][-1].x1 < APART_EM * em:
            groups[-1].append(g)
        else:
            groups.append([g])
    texts = ["".join(g.text for g in group) for group in groups]
    if not all(FOLIO.fullmatch(text) for text in texts) or len(row) == len(glyphs):
        return None
    return [(int(text), group[0].x0, group[-1].x1) for text, group in zip(texts, groups)]
