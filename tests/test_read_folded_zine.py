"""A fold-and-cut zine: one landscape sheet of eight panels, the bottom row upright (pages 6, 7, 8
and the cover, 1), the top row printed upside down (pages 5, 4, 3, 2 from the left, so read upright
2, 3, 4, 5), each panel's page number small at its foot, the lists flowing 2 → 6 with statements
running over a panel's foot. Read as printed:

- the upside-down face is turned and read as a face of its own (askew.py), and the panels of both
  faces are read in the order of their page numbers (panel_folios.py): a statement going on from
  page 5 (upside down) to page 6 (upright) is one statement;
- a face's row of page numbers along its foot, evenly spaced, parts it into its panels, whose lines
  are never joined across a panel's edge (read.py, `inset_figures.lines_round_figures` a part at a time);
- a list heading wrapped in the narrow panel ("Action the trust MUST take to" / "improve") names a
  must/should list for recognising the document (scan.py `_wrapped_whole`);
- a list's introduction in smaller type than its bulleted items is no statement (locate.py
  `_smaller_before_items`), and a group heading under a statement that went on from the panel before
  is its group's heading, no note under the statement (locate.py `_link_under`, the item's lines in
  the column it ended in).

Built with reportlab at three type sizes; each part fails without its change at one size at least."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from cqcplan.pipeline.glyphs import Glyph  # noqa: E402
from cqcplan.pipeline.panel_folios import in_folio_order  # noqa: E402
from cqcplan.pipeline.scan import page_texts, recognise  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

from reading import read_findings  # noqa: E402

W, H = 842.0, 595.0
PANEL_W, PANEL_H, PAD = W / 4, H / 2, 14.0
PANELS_FILLED = 3.9  # pages 2 to 5 filled to the height that makes the flow end on page 6

FLOW = [("head", "Action the trust MUST take to improve"),
        ("intro", "These are what the inspectors told us we are legally required to put right this year."),
        ("group", "Community health inpatient services"),
        ("must", "The trust must ensure that patients' weights are recorded on admission and every week "
                 "after that, and acted on when they fall. (Regulation 14(4)(a))"),
        ("must", "The trust must ensure that oxygen cylinders are stored upright and secured in every ward "
                 "and that this is checked every day. (Regulation 12(2)(e))"),
        ("group", "Community health services for adults"),
        ("must", "The trust must ensure that every district nurse has an annual appraisal that is recorded "
                 "and that training needs from it are met. (Regulation 18(2)(a))"),
        ("head", "Action the trust SHOULD take to improve"),
        ("intro", "These are things we should do better, the inspectors said. They are not breaches."),
        ("group", "Community health inpatient services"),
        ("should", "The trust should review how it tells families when a patient is moved to another ward "
                   "late in the evening or at night."),
        ("should", "The trust should make sure that call bells are always within reach of patients who are "
                   "in bed or sitting out."),
        ("turn", ""),  # the panel ends before the statement's last line: its sentence goes on over the fold
        ("group", "Community health services for adults"),
        ("should", "The trust should consider how it can offer evening clinics for people who work during "
                   "the day and cannot attend in the morning."),
        ("should", "The trust should ensure that leg ulcer clinics have enough chairs and screens so that "
                   "patients have privacy while they are seen."),
        ("should", "The trust should continue to work with the local council to reduce the waiting time for "
                   "home adaptations that patients need to be discharged.")]
OPENS = ("head", "group", "must", "should")  # a gap over the first line of each
SIZES = {"head": 1.0, "intro": 0.9, "group": 0.9, "must": 1.0, "should": 1.0}


def _lines(size: float) -> list[tuple[str, str, float, bool, float]]:
    """Every line of the flow: (kind, text, size, bold, indent), with the gap before it."""
    out = []
    for kind, text in FLOW:
        if kind == "turn":
            out.insert(len(out) - 1, ("turn", "", 0.0, False, 0.0))
            continue
        type_size = SIZES[kind] * size
        bold = kind in ("head", "group")
        bullet = kind in ("must", "should")
        for n, words in enumerate(simpleSplit(text, "Helvetica-Bold" if bold else "Helvetica", type_size,
                                              PANEL_W - 2 * PAD - (0.9 * size if bullet else 0))):
            out.append((kind if n == 0 else "", ("- " if bullet and n == 0 else "") + words, type_size, bold,
                        0.9 * size if bullet and n else 0.0))
    return out


def _zine(path, size: float) -> None:
    c = canvas.Canvas(str(path), pagesize=(W, H))
    panels: dict[int, list] = {n: [] for n in range(2, 7)}
    number, top = 2, PAD
    lines = _lines(size)
    room = PAD + sum(1.2 * type_size + (0.8 * size if kind in OPENS else 0.0)
                     for kind, _, type_size, _, _ in lines if kind != "turn") / PANELS_FILLED
    for kind, text, type_size, bold, indent in lines:
        gap = 0.8 * size if kind in OPENS and top > PAD else 0.0
        if kind == "turn" or top + gap + 1.2 * type_size > room:
            number, top, gap = number + 1, PAD, 0.0
        if kind == "turn":
            continue
        top += gap
        panels[number].append((text, type_size, bold, indent, top))
        top += 1.2 * type_size
    assert number == 6, "the flow should end on page 6"
    cover = [("Our inspection pocket guide", 1.4 * size, True), ("Hollin Vale Community Health NHS Trust", size, True),
             ("What the Care Quality Commission asked us", 0.8 * size, False),
             ("to do after its inspection report.", 0.8 * size, False)]
    speak = ["If something is not right you", "should tell your manager.", "Everyone must feel safe to", "speak up."]

    def panel(slot: int, folio: int, lines: list) -> None:  # in the frame the panel is drawn in, bottom row
        x = slot * PANEL_W
        for text, type_size, bold, indent, top in lines:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", type_size)
            c.drawString(x + PAD + indent, PANEL_H - top - type_size, text)
        c.setFont("Helvetica", 0.65 * size)
        c.drawCentredString(x + PANEL_W / 2, 8, str(folio))

    for slot, folio in enumerate((6, 7, 8, 1)):
        lines = {6: panels[6], 7: [("Notes from my team meeting", size, True, 0.0, PAD)],
                 8: [("Speak up", size, True, 0.0, PAD)] + [(t, 0.8 * size, False, 0.0, PAD + (2 + n) * size)
                                                            for n, t in enumerate(speak)],
                 1: [(t, s, b, 0.0, PAD + 3 * size * n) for n, (t, s, b) in enumerate(cover)]}[folio]
        panel(slot, folio, lines)
    c.saveState()
    c.translate(W, H)
    c.rotate(180)  # the top row, upside down: pages 2 to 5 drawn left to right in the turned frame
    for slot, folio in enumerate((2, 3, 4, 5)):
        panel(slot, folio, panels[folio])
    c.restoreState()
    c.showPage()
    c.save()


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_a_zine_is_read_page_by_page_in_the_order_its_panels_are_numbered(tmp_path, size):
    path = tmp_path / "zine.pdf"
    _zine(path, size)
    doc = start_read(path, sha256="zine")()
    recognise(doc, page_texts(doc))  # refused as no CQC report when the wrapped list heading is not seen
    service = None
    want = []
    for kind, text in FLOW:
        if kind == "group":
            service = text
        elif kind in ("must", "should"):
            want.append((kind, text, service))
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == want


def _glyph(text: str, x: float, baseline: float, size: float = 10.0) -> Glyph:
    return Glyph(text, x, x + 0.55 * size * len(text), baseline - 0.8 * size, baseline + 0.2 * size, size, False, False)


@pytest.mark.parametrize("folios, xs, apart", [
    (["2", "1"], [150.0, 450.0], True),  # a two-up sheet's folios, centred in its halves: read 1 then 2
    (["2", "1"], [150.0, 380.0], False),  # numbers closing a table's columns, not centred in equal shares
    (["3", "1"], [150.0, 450.0], False),  # numbers that do not run on: no booklet's pages
])
def test_a_row_of_numbers_at_a_sheet_s_foot_orders_its_panels_only_as_a_booklet_s_folios(folios, xs, apart):
    """A sheet 600 points wide: a line of text over each half, its lowest row the numbers given."""
    texts = [_glyph("Left", 100.0, 100.0), _glyph("Right", 400.0, 100.0)]
    numbers = [_glyph(folio, x, 700.0) for folio, x in zip(folios, xs)]
    parts = in_folio_order([(texts + numbers, [])], 600.0)
    read = [[g.text for g in glyphs] for glyphs, _ in parts]
    assert read == ([["Right", "1"], ["Left", "2"]] if apart else [["Left", "Right", *folios]])
