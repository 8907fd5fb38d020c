"""Papers printed by old or odd writers (read166), every PDF built here:

- a line printer's committee paper in one fixed-pitch face, underlining by a second pass that prints
  spaces and "_" over the words from the line's start, on the same baseline: the low lines are a rule,
  not text, and part no words; its numbered headings naming the lists are set in capitals only, and the
  paper's next numbered section after the lists is no item;
- a poster whose list heading is set turned in a coloured band down the page's side, longer than a
  label's few words: it heads what the band runs beside;
- a letter-spaced label whose kerned pairs ("LT") come as one run between single letters, the writer's
  space characters before the others: one word, as a reader sees it;
- lines fitted to a box (SVG's textLength with lengthAdjust="spacingAndGlyphs"): glyphs squeezed or
  stretched, perhaps tracked, with or without space characters stored: gaps are measured between the
  glyphs' own advances, so the words and their spaces are as printed.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round74 import pdf_from_objects  # noqa: E402

from cqcplan.api import extract_report  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

PAGE_W, PAGE_H = 595.0, 842.0

# ---- a line printer's paper: underlines overstruck as "_" ------------------------------------------

MUSTS = [["The provider must ensure that medicines in the clinic room are",
          "stored within the safe temperature range. (Regulation 12(2)(g))"],
         ["The provider must ensure that every member of staff has supervision",
          "at least once a quarter. (Regulation", "18(2)(a))"]]
SHOULDS = [["The provider should review how verbal complaints are logged and",
            "answered."],
           ["The provider should consider how people are involved in choosing",
            "the activities on offer at weekends."]]


def _underlined(line: str, words: tuple[str, ...]) -> str:
    """The printer's second pass for `line`: "_" under each of `words` (and a citation's parts), a space elsewhere."""
    marks = [" "] * len(line)
    for word in words:
        start = line.find(word)
        while start >= 0:
            marks[start:start + len(word)] = "_" * len(word)
            start = line.find(word, start + len(word))
    return "".join(marks).rstrip()


def _printout(path, size: float, numbered_items: bool = False):
    """The paper at `size` in Courier, a line a row: each row printed, then (where it underlines) printed
    again from its start as spaces and low lines. `numbered_items`: the items numbered "1." "2." … at the
    headings' own indent, in the headings' scheme, instead of starred under them."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    lead, left, char = 1.6 * size, 40.0, 0.6 * size
    rows: list[tuple[int, str]] = [
        (0, "HARTWELL CARE LTD  QUALITY COMMITTEE  4 MARCH 2024  ITEM 6"), (0, ""),
        (0, "1. The Care Quality Commission published its report on 2 February"),
        (0, "2024. The actions below are copied from it. Every lead should note"),
        (0, "that each action must have an owner by April."), (0, ""),
        (0, "2. ACTION THE PROVIDER MUST TAKE TO IMPROVE")]
    number = 0

    def items(lines_of: list[list[str]]) -> None:
        nonlocal number
        for item in lines_of:
            number += 1
            head = f"{number}. " if numbered_items else "* "
            rows.append((0 if numbered_items else 3, head + item[0]))
            rows.extend((len(head) + (0 if numbered_items else 3), line) for line in item[1:])
            rows.append((0, ""))

    items(MUSTS)
    rows.append((0, "3. ACTION THE PROVIDER SHOULD TAKE TO IMPROVE"))
    items(SHOULDS)
    if not numbered_items:  # numbered so, the paper's next section would be numbered as an item is
        rows += [(0, "4. RECOMMENDATION. The committee is asked to agree that owners"),
                 (0, "should report progress each month.")]
    rows += [(0, ""), (0, "Signed: ____________")]
    c.setFont("Courier", size)
    for n, (indent, text) in enumerate(rows):
        x, y = left + indent * char, PAGE_H - 60.0 - n * lead
        c.drawString(x, y, text)
        second = _underlined(text, ("MUST", "SHOULD", "must", "should", "(Regulation", "12(2)(g))", "18(2)(a))"))
        if "_" in second and not text.startswith(("1.", "4.", "2024.", "that", "should report")):
            c.drawString(x, y, second)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_an_underline_overstruck_as_low_lines_is_no_text_and_parts_no_words(tmp_path, size):
    """Every "must", "should" and citation lies under a run of "_" on its own baseline: the lines read as
    printed, with no low line in them and no word parted where a run starts or ends; the blank to sign
    on, over no text, keeps its low lines."""
    doc = start_read(_printout(tmp_path / "paper.pdf", size), sha256="-")()
    texts = [line.text for page in doc.pages for line in page.lines]
    assert "2. ACTION THE PROVIDER MUST TAKE TO IMPROVE" in texts
    assert "* The provider must ensure that medicines in the clinic room are" in texts
    assert "stored within the safe temperature range. (Regulation 12(2)(g))" in texts
    assert "Signed: ____________" in texts
    assert not any("_" in text for text in texts if not text.startswith("Signed"))


@pytest.mark.parametrize("size", [8.0, 12.0])
@pytest.mark.parametrize("numbered_items", [False, True])
def test_a_line_printers_paper_gives_its_lists_under_its_capital_headings(tmp_path, size, numbered_items):
    """The paper is read as a report's lists (it names CQC and prints the lists' headings): each item
    verbatim under its numbered heading in capitals, the only style a line printer has, and the
    paper's next section ("4. RECOMMENDATION. … owners should report …") no should item. Items numbered
    in the headings' own scheme, at their indent, are items still ("4." under "3. ACTION …" is the
    second should)."""
    report = extract_report(_printout(tmp_path / "paper.pdf", size, numbered_items))
    found = [(f.kind, f.section, f.text) for f in report.findings]
    assert found == [(kind, heading, " ".join(item)) for kind, heading, items in (
        ("must", "2. ACTION THE PROVIDER MUST TAKE TO IMPROVE", MUSTS),
        ("should", "3. ACTION THE PROVIDER SHOULD TAKE TO IMPROVE", SHOULDS)) for item in items]


# ---- a poster's list heading turned in a side band ---------------------------------------------------

CARDS = {"MUST": [("Community health services for adults",
                   ["The provider must ensure that wound care plans are", "reviewed at every visit. (Regulation 12)"]),
                  ("Community health inpatient services",
                   ["The provider must ensure that call bells are answered", "promptly at night. (Regulation 18)"])],
         "SHOULD": [("Community health services for adults",
                     ["The provider should ensure that patients know who to", "call out of hours."])]}


def _poster(path, size: float):
    """One page a list: a dark band down the page's left side, the list's heading running up it, and
    cards right of it, each a service label over its statement."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    band = 2.5 * size
    for kind, cards in CARDS.items():
        c.setFillGray(0.2)
        c.rect(0, 0, band, PAGE_H, stroke=0, fill=1)
        c.saveState()
        c.setFillGray(1.0)
        c.setFont("Helvetica-Bold", 1.4 * size)
        c.translate(0.65 * band, 0.45 * PAGE_H)
        c.rotate(90)
        c.drawString(0, 0, f"Action the provider {kind} take to improve")
        c.restoreState()
        c.setFillGray(0.0)
        c.setFont("Helvetica-Bold", 1.6 * size)
        c.drawString(band + 2 * size, PAGE_H - 50.0, "Our CQC improvement plan at a glance")
        top = 50.0 + 4 * size
        for service, lines in cards:
            c.setFont("Helvetica-Bold", 0.8 * size)
            c.drawString(band + 3 * size, PAGE_H - top, service.upper())
            c.setFont("Helvetica", size)
            for n, line in enumerate(lines):
                c.drawString(band + 3 * size, PAGE_H - top - (1.4 + 1.3 * n) * size, line)
            top += (3 + 1.3 * len(lines)) * size
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_a_list_heading_turned_in_a_side_band_heads_what_the_band_runs_beside(tmp_path, size):
    """The band's turned title (seven words: more than a label cell's name) is the section of every
    card beside it, and its kind the cards' own."""
    _, found = _findings(_poster(tmp_path / "poster.pdf", size))
    assert [(f.kind, f.section, f.text) for f in found] == [
        (kind.lower(), f"Action the provider {kind} take to improve", " ".join(lines))
        for kind, cards in CARDS.items() for _, lines in cards]


# ---- a letter-spaced label with kerned pairs -----------------------------------------------------------

KERNED = ("LT", "TY")


def _pieces(word: str) -> list[str]:
    """The word's letters, a kerned pair one piece."""
    pieces, k = [], 0
    while k < len(word):
        step = 2 if word[k:k + 2] in KERNED else 1
        pieces.append(word[k:k + step])
        k += step
    return pieces


def _spaced_label(path, label: str, size: float, spacing_em: float, kern_em: float):
    """`label` letter-spaced at `spacing_em`, each letter (or kerned pair, its second letter drawn
    `kern_em` closer) placed by its own matrix after a space character, as a browser prints a label
    with CSS letter-spacing; a plain line under it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ops, x, y = [f"BT /F1 {size} Tf"], 72.0, 700.0
    space = stringWidth(" ", "Helvetica-Bold", size)
    for word in label.split():
        for piece in _pieces(word):
            ops.append(f"1 0 0 1 {x - space:.3f} {y:.3f} Tm")
            ops.append(f"[( {piece[0]}) {kern_em * 1000:.0f} ({piece[1:]})] TJ" if len(piece) == 2 else f"( {piece}) Tj")
            x += stringWidth(piece, "Helvetica-Bold", size) - (kern_em * size if len(piece) == 2 else 0) + spacing_em * size
        x += space + spacing_em * size
    ops += ["ET", f"BT /F2 {size} Tf 1 0 0 1 72 {y - 2 * size:.3f} Tm (The provider must review the rota.) Tj ET"]
    stream = "\n".join(ops)
    path.write_bytes(pdf_from_objects([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]))
    return path


@pytest.mark.parametrize("size", [7.0, 9.0, 12.0])
@pytest.mark.parametrize("spacing_em", [0.08, 0.12])
def test_a_kerned_pair_in_letter_spaced_type_is_two_of_its_letters(tmp_path, size, spacing_em):
    """"HEALTH" letter-spaced, its "LT" kerned closer than the spacing (one run of two between single
    letters, each single one after a space character): one word, not "HEA LT H"."""
    label = "COMMUNITY HEALTH SERVICES FOR ADULTS"
    path = _spaced_label(tmp_path / "label.pdf", label, size, spacing_em, 0.08)
    texts = [line.text for page in start_read(path, sha256="-")().pages for line in page.lines]
    assert texts == [label, "The provider must review the rota."]


# ---- lines squeezed or stretched to fit a box -----------------------------------------------------------

FITTED = ["The provider must ensure that the 12(2)(b) plan for Mrs Adeyemi is kept.",
          "Staff at Wrenfield House should check the MUST log every week."]


def _fitted(path, size: float, scale: float, tracking: float, spaces: bool):
    """`FITTED` in Helvetica at horizontal scale `scale` (per cent) and `tracking` ems between letters:
    each line one string with its spaces, or (`spaces` False) each word placed alone by its own matrix."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ops = [f"BT /F1 {size} Tf {scale} Tz {tracking * size:.3f} Tc"]
    for n, line in enumerate(FITTED):
        y = 700.0 - 1.6 * size * n
        if spaces:
            ops.append(f"1 0 0 1 72 {y:.3f} Tm ({line}) Tj")
            continue
        x = 72.0
        for word in line.split():
            ops.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm ({word}) Tj")
            x += (stringWidth(word + " ", "Helvetica", size) + tracking * size * (len(word) + 1)) * scale / 100
    ops.append("ET")
    stream = "\n".join(ops)
    path.write_bytes(pdf_from_objects([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]))
    return path


@pytest.mark.parametrize("size", [9.0, 12.0])
@pytest.mark.parametrize("scale", [55, 75, 140, 180])
@pytest.mark.parametrize("tracking", [0.0, 0.1])
@pytest.mark.parametrize("spaces", [True, False])
def test_a_line_squeezed_or_stretched_to_fit_keeps_its_words_and_spaces(tmp_path, size, scale, tracking, spaces):
    """However far a fitted line's glyphs are squeezed or stretched, the gaps inside its words stay
    none (each glyph's box is its own scaled advance) and its word spaces stay spaces."""
    path = _fitted(tmp_path / "fitted.pdf", size, scale, tracking, spaces)
    assert [line.text for page in start_read(path, sha256="-")().pages for line in page.lines] == FITTED
