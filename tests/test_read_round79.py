"""Reading round seventy-nine (an outside author's harder set, FE); each page is drawn here at more
than one type size:

- a must list whose modal word is set larger, in bold, mid-line ("The provider MUST ensure …" with
  "must" at 1.55 times the type), each statement's citation set flush right on a line of its own under
  it, in type a little smaller. Before, the citation ended the list: only the first statement was read,
  without its citation;
- a should list drawn as a route of numbered stops: two rows of three boxes, each box's number set
  in bold, larger, in a badge over it (read as one line of figures, "123", "654"), its statement in
  narrow lines under it. Before, the badges' figures were taken for a heading, which replaced the
  list's core service, or for a paragraph ending the list;
- a run-in list: musts set one after another in a justified paragraph, each after a small "■", each
  core service's name in bold before its musts, at the end of a line after a citation or wrapping
  over two lines. Before, the list ended at an item's second wrapped line (back at the paragraph's
  left edge, left of the item's bullet), a bullet after an item's end on its row was taken for a
  sub-item, and a label ending a line was read as the last words of the statement before it.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _found  # noqa: E402

A4 = (595.0, 842.0)
MUSTS = [("The provider must ensure that controlled drugs are stored, recorded and destroyed in line with the "
          "hospice's own policy and national guidance, and that stock balance checks are completed and signed "
          "by two registered nurses.", "(Regulation 12(2)(g))"),
         ("The provider must ensure that syringe drivers are serviced and calibrated at the intervals set by "
          "the manufacturer and that records of servicing are kept up to date.", "(Regulation 15(1)(e))"),
         ("The provider must ensure that mental capacity assessments are completed and recorded where a "
          "patient's capacity to consent to a specific decision is in doubt.", "(Regulation 11(1))")]


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))


def _list_page(path: Path, title: str, heading: str, size: float):
    """A cover naming `title`, then a page opening with the list's `heading` in bold: the canvas, on that page."""
    from reportlab.pdfgen import canvas

    _fonts()
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("DejaVu-Bold", 2 * size)
    page.drawString(50, A4[1] - 80, title)
    page.showPage()
    page.setFont("DejaVu-Bold", 1.2 * size)
    page.drawString(50, A4[1] - 60, heading)
    return page


def _runs(words: list[str], size: float) -> list[tuple[str, str, float]]:
    """A line's runs (text, font, size): plain words joined by spaces, "must" a run of its own, larger."""
    runs: list[tuple[str, str, float]] = []
    for word in words:
        if word == "must":
            runs.append((word, "DejaVu-Bold", 1.55 * size))
        elif runs and runs[-1][1] == "DejaVu":
            runs[-1] = (f"{runs[-1][0]} {word}", "DejaVu", size)
        else:
            runs.append((word, "DejaVu", size))
    return runs


def _statement(page, text: str, cite: str, x: float, top: float, width: float, size: float, bullet: str) -> float:
    """One statement, "must" enlarged mid-line, its citation flush right under it; the next top."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def wide(words: list[str]) -> float:
        return sum(stringWidth(t, f, s) for t, f, s in _runs(words, size)) + stringWidth(" ", "DejaVu", size) * (
            len(_runs(words, size)) - 1)

    rows: list[list[str]] = [[]]
    for word in text.split():
        if rows[-1] and wide(rows[-1] + [word]) > width:
            rows.append([])
        rows[-1].append(word)
    height, lead = A4[1], 1.5 * size
    if bullet:
        page.setFont("DejaVu", size)
        page.drawString(x - 1.2 * size, height - top, bullet)
    for words in rows:
        at = x
        for k, (run, font, points) in enumerate(_runs(words, size)):
            run += " " if k < len(_runs(words, size)) - 1 else ""
            page.setFont(font, points)
            page.drawString(at, height - top, run)
            at += stringWidth(run, font, points)
        top += lead
    page.setFont("DejaVu", 0.9 * size)
    page.drawRightString(x + width, height - top, cite)
    return top + lead + 0.5 * size


def _must_card(path: Path, size: float, bullet: str) -> Path:
    page = _list_page(path, "Elmsbrook Hospice", "Action the provider MUST take to improve", size)
    page.setFont("DejaVu-Bold", size)
    page.drawString(50, A4[1] - 60 - 2 * size, "Hospice services for adults")
    top = 60 + 4.5 * size
    for text, cite in MUSTS:
        top = _statement(page, text, cite, 50 + 2 * size, top, A4[0] - 100 - 2 * size, size, bullet)
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("bullet", ["•", ""])
@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_citation_flush_right_under_its_statement_goes_on_it(tmp_path, size, bullet):
    found = _found(_must_card(tmp_path / "card.pdf", size, bullet))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        ("must", "Hospice services for adults", f"{text} {cite}") for text, cite in MUSTS]


SHOULDS = ["The provider should ensure that the Malnutrition Universal Screening Tool (MUST) is repeated weekly "
           "for all inpatients and that scores are acted upon.",
           "The provider should consider how bereaved relatives can be offered a private space away from the "
           "main corridor.",
           "The provider should ensure that all staff receive an annual appraisal.",
           "The provider should review the arrangements for medical cover at weekends so that a doctor can "
           "attend the inpatient unit within one hour.",
           "The provider should continue to develop the audit programme so that the results of audits are "
           "shared with ward staff.",
           "The provider should ensure that staff remind visitors that they must sign in and out of the "
           "inpatient unit at all times."]


def _route(path: Path, size: float) -> Path:
    """Two rows of three boxes, the second row's stops numbered right to left (6, 5, 4 across)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    page = _list_page(path, "Elmsbrook Hospice", "Action the provider SHOULD take to improve", size)
    page.setFont("DejaVu-Bold", size)
    page.drawString(50, A4[1] - 60 - 2.2 * size, "Hospice services for adults: improvement route")
    box, gap = (A4[0] - 100 - 2 * 2 * size) / 3, 2 * size
    top = 60 + 5 * size
    for row, stops in enumerate(([0, 1, 2], [5, 4, 3])):
        for column, stop in enumerate(stops):
            x = 50 + column * (box + gap)
            page.setFont("DejaVu-Bold", 1.3 * size)
            page.drawString(x + size, A4[1] - top, str(stop + 1))
            words, lines = SHOULDS[stop].split(), [[]]
            for word in words:
                if lines[-1] and stringWidth(" ".join(lines[-1] + [word]), "DejaVu", size) > box - 2 * size:
                    lines.append([])
                lines[-1].append(word)
            page.setFont("DejaVu", size)
            for k, words in enumerate(lines):
                page.drawString(x + size, A4[1] - top - (2.5 + 1.3 * k) * size, " ".join(words))
        top += 16 * size
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_numbered_stops_over_boxes_name_no_group_and_end_no_list(tmp_path, size):
    found = _found(_route(tmp_path / "route.pdf", size))
    assert sorted((kind, service, text) for kind, service, text, _ in found) == sorted(
        ("should", "Hospice services for adults", text) for text in SHOULDS)


RUN_IN = {"Community health services for adults": [
              "The trust must ensure that wound care assessments, including photographs and measurements, are "
              "completed and reviewed at the frequency set out in the trust's tissue viability policy. "
              "(Regulation 12(2)(a))",
              "The trust must ensure that staff in the district nursing teams complete mandatory training in basic "
              "life support and safeguarding adults level 2. (Regulation 18(2)(a))"],
          "Community health inpatient services": [
              "The trust must ensure that patients at risk of falls have a completed multifactorial falls risk "
              "assessment within 24 hours of admission to Heron and Kingfisher wards. (Regulation 12(2)(a))",
              "The trust must ensure that resuscitation equipment on Kingfisher ward is checked daily and that "
              "expired items are replaced. (Regulation 12(2)(e))"],
          "Community health services for children, young people and families": [
              "The trust must ensure that health visitors receive safeguarding supervision at least every three "
              "months. (Regulation 13(2))"]}


def _justified(page, words: list[tuple[str, bool]], x: float, top: float, width: float, size: float) -> float:
    """Words (text, bold) set justified from `top` ("■" smaller, a little space each side); the next top."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def look(text: str, bold: bool) -> tuple[str, float, float]:
        font, points = ("DejaVu-Bold" if bold else "DejaVu", 0.7 * size if text == "■" else size)
        pad = 0.5 * size if text == "■" else 0.0
        return font, points, stringWidth(text, font, points) + 2 * pad

    space = stringWidth(" ", "DejaVu", size)
    rows: list[list[tuple[str, bool]]] = [[]]
    for word in words:
        wide = sum(look(*w)[2] for w in rows[-1] + [word]) + space * len(rows[-1])
        if rows[-1] and wide > width:
            rows.append([])
        rows[-1].append(word)
    for n, row in enumerate(rows):
        gap = space if n == len(rows) - 1 else (width - sum(look(*w)[2] for w in row)) / max(len(row) - 1, 1)
        at = x
        for text, bold in row:
            font, points, wide = look(text, bold)
            page.setFont(font, points)
            page.drawString(at + (0.5 * size if text == "■" else 0.0), A4[1] - top, text)
            at += wide + gap
        top += 1.45 * size
    return top


def _run_in(path: Path, size: float) -> Path:
    page = _list_page(path, "Eastmarsh Community Healthcare NHS Trust", "Action the trust MUST take to improve", size)
    words = []
    for service, musts in RUN_IN.items():
        words += [(w, True) for w in f"{service}:".split()]
        for text in musts:
            words += [("■", False)] + [(w, False) for w in text.split()]
    _justified(page, words, 64, 60 + 2.5 * size, A4[0] - 128, size)
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [9.0, 9.6, 11.0])
def test_a_run_in_list_reads_each_item_whole_under_its_label(tmp_path, size):
    found = _found(_run_in(tmp_path / "run_in.pdf", size))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        ("must", service, text) for service, musts in RUN_IN.items() for text in musts]
