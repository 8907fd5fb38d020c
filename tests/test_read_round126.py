"""Reading round 126, the harder outside set IA's poster-like copies of a report's lists (a trust's
"plan on a page", a roll-up banner), each built here:

- a grid of panels, each under a title bar naming its core service, the titles set alone a bar's
  padding over the panels' columns (and a column of ratings beside them under no title): each title
  is read at the top of its panel's column, so the panel's items take its service (read.py
  `_titles_joined`).
- a line of facts parted by middle dots ("published 9 May 2024 · Inspection visits … · Overall: Requires
  improvement"): each label's value ends at its field's end (metadata.py, cover_ratings.py).
- "Must do" / "Should do" set in bold or larger type, and "We must:" / "We should:" (a provider
  speaking), head their lists like CQC's own headings (vocab/headings.toml), so a banner naming CQC
  whose lists are set under "We must:" is read, with a warning, not refused (scan.py
  `reproduces_action_lists`); so is a plan naming CQC whose lists are set under "Must do" in bold.
- drawn bullets sized to very large type (a banner's, or any page written at a scale of its own, /UserUnit 2)
  are bullets: the drawn shapes are measured against the page's type, not in points (glyphs.py `_shapes`).
Each test fails without its change.
"""

import logging
from datetime import date

import pytest
from build import bullet, doc, line

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from cqcplan.errors import NotACqcReport  # noqa: E402
from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.scan import page_texts, recognise  # noqa: E402
from reading import read_findings  # noqa: E402

PANELS = [("Surgery", {"must": ["The trust must ensure that the safer surgery checklist is completed for every "
                                "patient. (Regulation 12(2)(a))"],
                       "should": ["The trust should ensure that patients are given written information before "
                                  "discharge."]}),
          ("Maternity", {"must": ["The trust must ensure that midwives complete training in fetal monitoring. "
                                  "(Regulation 18(2)(a))",
                                  "The trust must ensure that emergency equipment is checked daily. "
                                  "(Regulation 15(1)(e))"],
                         "should": ["The trust should review how it involves partners in birth planning."]})]
WIDE, TALL = 1190.0, 842.0


class _Poster:
    """A landscape reportlab page written top-down (tops in points from the page's top)."""

    def __init__(self, path, size: float):
        self.canvas, self.size = canvas.Canvas(str(path), pagesize=(WIDE, TALL)), size

    def put(self, text: str, x: float, top: float, size: float, bold: bool = False) -> None:
        self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.canvas.drawString(x, TALL - top - size, text)

    def item(self, text: str, x: float, top: float, width: float) -> float:
        """A bulleted item, each wrapped line a text object of its own; the top under it."""
        self.put("•", x, top, self.size)
        for words in simpleSplit(text, "Helvetica", self.size, width):
            self.put(words, x + 1.2 * self.size, top, self.size)
            top += 1.25 * self.size
        return top + 0.6 * self.size


def _panels(path, size: float) -> None:
    page = _Poster(path, size)
    page.put("North Weald Hospitals NHS Trust: CQC inspection – our plan on a page", 30, 30, 2 * size, bold=True)
    page.put("Inspection report published 9 May 2024 · Overall: Requires improvement", 30, 30 + 3 * size, size)
    width = 34 * size
    titles = 30 + 7 * size
    for k, (service, lists) in enumerate(PANELS):
        x = 30 + k * (width + 4 * size)
        page.put(service, x, titles, 1.2 * size, bold=True)  # the title bar, its padding under it
        top = titles + 4 * size
        for kind, items in lists.items():
            page.put(f"{kind.capitalize()} do", x, top, 1.05 * size, bold=True)
            top += 1.6 * size
            for text in items:
                top = page.item(text, x + 0.5 * size, top, width - 2 * size)
            top += size
    ratings = 30 + 2 * (width + 4 * size)  # a ratings box beside the panels, under no title
    page.put("Ratings", ratings, titles + 2.6 * size, 1.1 * size, bold=True)
    for k, rating in enumerate(["Safe: Requires improvement", "Effective: Good", "Caring: Good"]):
        page.put(rating, ratings, titles + (4.3 + 1.7 * k) * size, 0.9 * size)
    page.canvas.showPage()
    page.canvas.save()


@pytest.mark.parametrize("size", [8.0, 10.5, 13.0])
def test_each_panel_s_items_take_the_title_over_its_column(tmp_path, size):
    path = tmp_path / "panels.pdf"
    _panels(path, size)
    assert [(f.kind, f.text, f.service, f.section) for f in read_findings(path)] == [
        (kind, text, service, f"{kind.capitalize()} do") for service, lists in PANELS
        for kind, items in lists.items() for text in items]


@pytest.mark.parametrize("must, should", [("Must do", "Should do"), ("MUST DO", "SHOULD DO"),
                                          ("Must-do:", "Should-do:"), ("We must:", "We should:")])
@pytest.mark.parametrize("size", [9.0, 20.0])
def test_must_do_and_we_must_head_their_lists(must, should, size):
    built = doc(line("Emergency and urgent care", size=1.3 * size, bold=True),
                line(must, size=0.9 * size, bold=True, gap=size),
                bullet("The trust must ensure that vehicles are cleaned. (Regulation 15(1)(a))", size=size),
                line(should, size=0.9 * size, bold=True, gap=size),
                bullet("The trust should consider how to give crews protected meal breaks.", size=size))
    found = extract(locate(built), "built.pdf")
    assert [(f.kind, f.section, f.service) for f in found] == [
        ("must", must, "Emergency and urgent care"), ("should", should, "Emergency and urgent care")]


def test_must_do_in_plain_type_is_a_sentence_s_words():
    built = doc(line("Surgery", size=13, bold=True),
                line("The report lists what the trust", gap=10), line("must do"),
                line("and the board will track each action monthly."),
                bullet("The trust must ensure that theatre staff complete sepsis training."))
    assert extract(locate(built), "built.pdf") == []


BANNER = ["TOP RAIL 40 mm – ARTWORK HIDDEN BY POLE", "Our CQC", "improvement journey",
          "Western Moors Ambulance Service NHS Trust",
          "Inspection report published 14 February 2024 · Overall rating: Requires improvement",
          "Emergency operations centre"]


def test_a_banner_naming_cqc_with_its_lists_under_we_must_is_read(caplog):
    built = doc(*(line(t, bold=k in (1, 2, 5)) for k, t in enumerate(BANNER)), line("We must:", bold=True, gap=8),
                bullet("The trust must ensure that there are enough call handlers on duty. (Regulation 18(1))"))
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        assert recognise(built, page_texts(built)) == []
    assert "no CQC report cover" in caplog.text


def test_a_banner_naming_no_cqc_is_still_refused():
    built = doc(*(line(t.replace(" CQC", ""), bold=k in (1, 2, 5)) for k, t in enumerate(BANNER[:4])),
                line("We must:", bold=True, gap=8), bullet("The trust must ensure that there are enough call handlers."))
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))


DRAWN = ["Call audits fed back to call handlers within a month.",
         "Handover delays at hospitals escalated in line with the protocol."]


@pytest.mark.parametrize("size", [10.0, 40.0])
def test_bullets_drawn_in_very_large_type_are_bullets(tmp_path, size):
    """A banner's items in very large type, each opened by a drawn round bullet sized to its type (at
    40 pt wider than a page's bullets ever are), set a little low beside its line: read as bulleted items,
    at any scale, whatever the file's unit (glyphs.py `_shapes`, and `shape_bullets` finding the line
    beside a shape within a quarter em of its middle, not 3 points)."""
    path = tmp_path / "banner.pdf"
    page = canvas.Canvas(str(path), pagesize=(40 * size, 20 * size))
    page.setFont("Helvetica-Bold", 1.3 * size)
    page.drawString(size, 20 * size - 3 * size, "Patient transport services")
    page.setFont("Helvetica-Bold", 0.9 * size)
    page.drawString(size, 20 * size - 5.5 * size, "We should:")
    for k, text in enumerate(DRAWN):
        base = 20 * size - (8 + 2 * k) * size
        page.circle(1.6 * size, base + 0.2 * size, 0.35 * size, stroke=0, fill=1)  # set low beside the letters' middle
        page.setFont("Helvetica", size)
        page.drawString(2.5 * size, base, text)
    page.showPage()
    page.save()
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == [
        ("should", text, "Patient transport services") for text in DRAWN]


PLAN = ["North Weald Hospitals NHS Trust: CQC inspection – our plan on a page", "Version 2 · for staff briefings"]


@pytest.mark.parametrize("must", ["Must do", "MUST DO"])
def test_a_plan_on_a_page_naming_cqc_with_must_do_headings_is_read(must, caplog):
    """No report cover (title, dates, ratings), but CQC named and its lists under "Must do" in bold:
    read, with the warning, as a copy of the report's lists."""
    built = doc(line(PLAN[0], size=18, bold=True), line(PLAN[1]), line("Surgery", size=13, bold=True, gap=10),
                line(must, bold=True, gap=6), bullet("The trust must ensure that theatre staff complete sepsis training."))
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        assert recognise(built, page_texts(built)) == []
    assert "no CQC report cover" in caplog.text


def test_must_do_in_plain_type_in_a_paper_naming_cqc_is_no_list_head():
    built = doc(line(PLAN[0], size=18, bold=True), line("The board asked what the trust", gap=10), line("must do"),
                line("first; the CQC report lists these:"),
                bullet("The trust must ensure that theatre staff complete sepsis training."))
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))


@pytest.mark.parametrize("separator", ["·", "|"])
def test_a_line_of_facts_gives_each_field_its_own_value(separator):
    """"Inspection report published 9 May 2024 · Inspection visits 5 December 2023 to 25 January 2024 ·
    Overall: Requires improvement": the publication's date is its field's, not the visits' (`FIELD_SEPARATOR`
    ends a label's value), the visits' dates are the inspection's, and the overall rating is read from its
    field (cover_ratings.py)."""
    facts = f" {separator} ".join(["Inspection report published 9 May 2024",
                                   "Inspection visits 5 December 2023 to 25 January 2024", "Overall: Requires improvement"])
    built = doc(line(PLAN[0], size=18, bold=True), line(facts))
    meta = read_metadata(built, "\n".join(page_texts(built)))
    assert (meta.published, meta.inspection_dates, meta.ratings.get("overall")) == (
        date(2024, 5, 9), [date(2023, 12, 5), date(2024, 1, 25)], "Requires improvement")



class _Mark:
    def __init__(self, bounds):
        self.bounds = bounds

    def get_bounds(self):
        return self.bounds


@pytest.mark.parametrize("size", [8, 10])
def test_a_square_bullet_nearly_as_tall_as_a_page_of_small_type_is_still_a_bullet(size):
    """A square bullet drawn nearly as tall as the small type beside it, on a page whose largest type is that
    size (the random layouts' picture bullets): still a possible bullet. `_shapes` keeps shapes up to
    BULLET_MAX_PT whatever the page's type; the cap relative to the largest type only widens it for very
    large type (a banner), and a rule or a box is still no bullet."""
    from cqcplan.pipeline.glyphs import _shapes
    square = _Mark((20, 100, 20 + 0.95 * size, 100 + 0.95 * size))
    rule = _Mark((20, 100, 300, 101))
    assert len(_shapes([square, rule], 800, float(size))) == 1
