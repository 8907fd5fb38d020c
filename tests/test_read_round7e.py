"""Round seven e of issue 10 (outside batch AJ as a development set), on a small PDF drawn
here with reportlab and read back whole: a must list in three justified columns, grouped by
location (spaced capitals in smaller type) and core service, with items numbered afresh in
each service. A location set at the top of a later column, after an item, keeps the list
going (it is a group over the service heading under it, not a paragraph ending the list); a
location's justified line with one stretched space in the last column is one line; a short
line over a plain paragraph still ends the list."""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reading import doc_findings, read_doc  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
HEIGHT, LEFT, WIDTH, GUTTER = 842.0, 40.0, 165.0, 12.0
ITEMS = {
    "Urgent and emergency care": [
        "The trust must ensure that all patients arriving by ambulance receive an initial clinical assessment "
        "within 15 minutes and that delays are escalated. (Regulation 12(2)(a))",
        "The trust must ensure that there are enough registered nurses with paediatric competencies on every "
        "shift in the children's emergency department. (Regulation 18(1))",
        "The trust must ensure that patients with suspected sepsis receive antibiotics within one hour of "
        "recognition. (Regulation 12(2)(b))"],
    "Surgery": [
        "The trust must ensure that the five steps to safer surgery checklist is completed for every patient "
        "in main theatres. (Regulation 12(2)(a))",
        "The trust must ensure that controlled drugs in the day surgery unit are stored, checked and recorded "
        "in line with legislation. (Regulation 12(2)(g))"],
    "Outpatients": [
        "The trust must ensure that patients on the ophthalmology follow up waiting list are clinically "
        "reviewed and prioritised according to risk of harm. (Regulation 12(2)(a))",
        "The trust must ensure that governance processes identify and address the backlog of unreported "
        "diagnostic images. (Regulation 17(2)(a))"],
}


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():  # once: reading the font takes a while
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    return pdfmetrics.stringWidth(text, "DejaVu", size)


def _justified(words: list[str], x: float, top: float, size: float, width: float) -> list[tuple]:
    """One line's words spread to fill `width` (the stretched word spaces of a justified line)."""
    if len(words) == 1:
        return [(words[0], x, top, size)]
    space = (width - sum(_width(w, size) for w in words)) / (len(words) - 1)
    placed = []
    for word in words:
        placed.append((word, x, top, size))
        x += _width(word, size) + space
    return placed


def _wrapped(text: str, size: float, width: float) -> list[list[str]]:
    lines: list[list[str]] = [[]]
    for word in text.split():
        if lines[-1] and _width(" ".join(lines[-1] + [word]), size) > width:
            lines.append([])
        lines[-1].append(word)
    return lines


def _block(text: str, x: float, top: float, size: float, width: float, indent: float = 0.0,
           mark: str = "") -> tuple[list[tuple], float]:
    """A justified paragraph (its last line set ragged), numbered with a hanging indent."""
    lines = _wrapped(text, size, width - indent)
    drawn = [(mark, x, top, size)] if mark else []
    for k, words in enumerate(lines):
        if k == len(lines) - 1:
            drawn.append((" ".join(words), x + indent, top, size))
        else:
            drawn += _justified(words, x + indent, top, size, width - indent)
        top += 1.2 * size
    return drawn, top


def _pdf(path: Path, lines: list[tuple]) -> Path:
    from reportlab.pdfgen import canvas

    _width("", 1.0)  # registers the font
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    for text, x, top, size in lines:
        page.setFont("DejaVu", size)
        page.drawString(x, HEIGHT - top - size, text)
    page.showPage()
    page.save()
    return path


def _page(size: float, tail: list[str]) -> list[tuple]:
    """Band heading, then three columns: col 1 a location, a service and its items; col 2 the
    next service; col 3 a second location (its name justified over two lines) and its service."""
    lines = [("Action the trust MUST take to improve", LEFT, 60, 1.4 * size)]
    small = 0.97 * size
    columns = [("MORTON GENERAL HOSPITAL", "Urgent and emergency care"), (None, "Surgery"),
               ("KINGSHOLM COMMUNITY HOSPITAL", "Outpatients")]
    bottoms = []
    for n, (location, service) in enumerate(columns):
        x, top = LEFT + n * (WIDTH + GUTTER), 60 + 3 * size
        if location:
            words = location.split()
            lines += _justified(words[:2], x, top, small, WIDTH) if n == 2 else [(location, x, top, small)]
            if n == 2:
                top += 1.2 * small
                lines.append((words[2], x, top, small))
            top += 1.6 * size
        lines.append((service, x, top, 1.06 * size))
        top += 1.4 * size
        for k, text in enumerate(ITEMS[service], start=1):
            drawn, top = _block(text, x, top, size, WIDTH, indent=2.2 * size, mark=f"M{k}.")
            lines += drawn
            top += 0.4 * size
        bottoms.append(top)
    top = max(bottoms) + 2 * size
    for text in tail:
        drawn, top = _block(text, LEFT, top, size, 3 * WIDTH + 2 * GUTTER)
        lines += drawn
    return lines


def _findings(path: Path):
    doc = read_doc(path)
    return doc, doc_findings(doc, path.name)


@pytest.mark.parametrize("size", [7.0, 7.5, 8.0])
def test_a_location_at_the_top_of_a_later_column_keeps_the_list_going(tmp_path, size):
    doc, found = _findings(_pdf(tmp_path / "report.pdf", _page(size, [])))
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", service, text) for service, texts in ITEMS.items() for text in texts]
    texts = [line.text for line in doc.pages[0].lines]
    assert "KINGSHOLM COMMUNITY" in texts  # one justified line: its one stretched space is no cell gap


def test_a_short_line_over_a_plain_paragraph_still_ends_the_list(tmp_path):
    tail = ["Staff views",
            "Staff told us that the trust must do more to support them at night and that managers "
            "should be visible on the wards more often than they are now."]
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(8.0, tail)))
    assert [f.text for f in found if f.kind == "must"] == [text for texts in ITEMS.values() for text in texts]


# ---- a wider gutter above, kept open over a heading, meets a justified line -------------

def _spaced(words: list[str], x: float, top: float, size: float, gap: float) -> list[tuple]:
    placed = []
    for word in words:
        placed.append((word, x, top, size))
        x += _width(word, size) + gap
    return placed


ITEMS_AJ8 = [
    "The trust must ensure that it has effective systems to assess, monitor and improve the quality and "
    "safety of services. (Regulation 17(1))",
    "The trust must ensure that medicines are stored securely on vehicles and at stations. (Regulation 12(2)(g))",
    "The trust must ensure that patient report forms are stored securely. (Regulation 17(2)(c))",
    "The trust must ensure that staff who transport patients have completed basic life support training. "
    "(Regulation 18(2))",
    "The trust must ensure that vehicle checks are completed and recorded before every shift. "
    "(Regulation 15(1)(e))"]
NARRATIVE = ("We inspected four core services provided by the trust. We found that leaders must do more to "
             "understand the pressures on the operations centre, and some staff told us they should have been "
             "consulted about the new rota. The trust had improved response times since our last inspection.")


def _gutter_page(size: float) -> list[tuple]:
    """Two justified columns of narrative, a heading, then three columns of musts whose first
    item runs from the first column to the top of the second."""
    wide = 1.1 * size
    lines: list[tuple] = []
    top = 60.0
    bottoms = []
    for x, text in ((40.0, NARRATIVE), (306.0, NARRATIVE[:NARRATIVE.index(" The trust had")])):
        drawn, bottom = _block(text, x, top, wide, 249.0)  # two justified columns (gutter 289-306), the right one shorter
        lines += drawn
        bottoms.append(bottom)
    heading_top = max(bottoms) + 2 * wide
    lines.append(("Action the trust MUST take to improve", 40.0, heading_top, 1.12 * size))
    top = heading_top + 2.4 * size
    hang, col = 1.4 * size, 166.0
    lines.append(("Trust-wide", 40.0, top + 0.5 * size, 1.07 * size))
    drawn, below = _block(ITEMS_AJ8[0], 40.0, top + 2 * size, size, col, hang, "1.")
    lines += drawn
    lines.append(("Emergency and urgent care", 40.0, below + 0.5 * size, 1.07 * size))
    below += 2 * size
    lines.append(("1.", 40.0, below, size))
    for words in _wrapped("The trust must ensure that vehicles and equipment are cleaned in line with", size, col - hang):
        lines += _justified(words, 40.0 + hang, below, size, col - hang)
        below += 1.2 * size
    # the item goes on at the top of the middle column, its first line stretched so that one
    # of its word spaces lies where the gutter of the two columns above was (289-306)
    gap = 0.95 * size
    x = 294.5 - _width("the", size) - _width("deep-clean", size) - gap
    lines += _spaced(["the", "deep-clean", "schedule", "and", "that"], x, top, size, gap)
    lines += [("cleaning is recorded.", x, top + 1.2 * size, size), ("(Regulation 15(1)(a))", x, top + 2.4 * size, size)]
    below = top + 4 * size
    for k, text in enumerate(ITEMS_AJ8[1:3], start=2):
        drawn, below = _block(text, x - hang, below, size, col, hang, f"{k}.")
        lines += drawn
        below += 0.4 * size
    right = x - hang + col + 12.0
    below = top
    for k, text in enumerate(ITEMS_AJ8[3:], start=4):
        drawn, below = _block(text, right, below, size, col, hang, f"{k}.")
        lines += drawn
        below += 0.4 * size
    return lines


@pytest.mark.parametrize("size", [7.0, 7.5, 8.0])  # (larger, the stretched line leaves no gutter left of it)
def test_a_gutter_above_does_not_run_on_through_a_justified_line_of_the_next_block(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _gutter_page(size)))
    assert [f.text for f in found if f.kind == "must"] == [
        ITEMS_AJ8[0], "The trust must ensure that vehicles and equipment are cleaned in line with the deep-clean "
        "schedule and that cleaning is recorded. (Regulation 15(1)(a))", *ITEMS_AJ8[1:]]
