"""A word wider than its table cell gets optional hyphens, so Word and LibreOffice break it where
a typesetter would ("contempo-raneously") rather than at the cell's edge ("contemporaneousl" / "y").

Column widths keep the plan's own long words whole, but an evidence line or a verbatim wording may
quote any word CQC wrote, and a narrow column cannot be widened for every one. The word is measured
in Arial's metrics (Helvetica's widths, shipped as data in src/cqcplan/fonts/helvetica_widths.json:
importing fpdf2 for its copy cost a draft more than the rest of its rendering) at its paragraph's
type size against the cell's width less its margins; the break points are the en_GB patterns
LibreOffice uses (pyphen, pipeline/hyphenation.py). Each is a w:softHyphen between the word's
pieces: no character is added to the text, so what is read back (pipeline/readback.py) and every verbatim check see the same words.
"""

import json
from copy import deepcopy
from functools import cache
from importlib.resources import files

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl

from ..hyphenation import dictionary
from ..regex_programs import compiled

EMU_PER_PT = 12_700
TWIPS_PER_PT = 20
WORD_DEFAULT_MARGINS_TWIPS = 2 * 108  # Word's left and right cell margins when a table sets none
LONGEST_ADVANCE_EM = 0.95  # no letter is wider than this (Arial's "W" is 0.94 em): shorter words are never measured
_WORD = compiled(r"\S+")
_LETTERS = compiled(r"[A-Za-z]{6,}")


def hyphenate_long_words(tbl: CT_Tbl, sizes: dict[str, float]) -> None:
    """Optional hyphens in each word wider than its cell; `sizes` are the paragraph styles' type sizes."""
    margins = _margins_pt(tbl)
    for tc in tbl.iter(qn("w:tc")):
        room = (tc.width or 0) / EMU_PER_PT - margins
        if room <= 0:
            continue
        for p in tc.iter(qn("w:p")):
            style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            size = sizes.get(style.get(qn("w:val")) if style is not None else "", sizes[""])
            for t in list(p.iter(qn("w:t"))):
                if t.text and len(max(t.text.split() or [""], key=len)) * LONGEST_ADVANCE_EM * size > room:
                    _split(t, room, size, _bold(t))


def _margins_pt(tbl: CT_Tbl) -> float:
    margins = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")
    if margins is None:
        return WORD_DEFAULT_MARGINS_TWIPS / TWIPS_PER_PT
    sides = [margins.find(qn(f"w:{side}")) for side in ("left", "right")]
    return sum(int(s.get(qn("w:w"))) for s in sides if s is not None) / TWIPS_PER_PT


def _bold(t) -> bool:
    run = t.getparent()
    return run.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None


def _split(t, room: float, size: float, bold: bool) -> None:
    """Replace the w:t with its text in pieces, a w:softHyphen between the pieces of each long word."""
    text = t.text
    pieces, start = [], 0
    for match in _WORD.finditer(text):
        if _width(match.group(), size, bold) <= room:
            continue
        for cut in _break_points(match.group()):
            pieces.append(text[start : match.start() + cut])
            start = match.start() + cut
    if not pieces:
        return
    pieces.append(text[start:])
    t.text = pieces[0]
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    at = t
    for piece in pieces[1:]:
        hyphen = OxmlElement("w:softHyphen")
        at.addnext(hyphen)
        rest = deepcopy(t)
        rest.text = piece
        hyphen.addnext(rest)
        at = rest


def _break_points(word: str) -> list[int]:
    """Offsets in `word` where the en_GB patterns hyphenate its letters ("contemporaneously)," -> 3, 6, 9, 11)."""
    en_gb = dictionary("en_GB")
    return [m.start() + cut for m in _LETTERS.finditer(word) for cut in en_gb.positions(m.group().lower())]


def _width(word: str, size: float, bold: bool) -> float:
    """The word's width in points in Arial's metrics."""
    widths = _widths()["bold" if bold else "regular"]
    latin = word.translate(_STRAIGHT).encode("latin-1", "replace")  # the core font's characters
    return sum(widths[code] for code in latin) * size / 1000


_STRAIGHT = str.maketrans("“”‘’–—", "\"\"''--")  # the core font has no curly quotes: the same widths


@cache
def _widths() -> dict[str, list[int]]:
    """Helvetica's advance widths (regular and bold) per Latin-1 code, in thousandths of an em."""
    return json.loads((files("cqcplan") / "fonts" / "helvetica_widths.json").read_text())
