"""A folded leaflet (outside set FZ, gp_trifold), on small landscape PDFs drawn here with reportlab.

Its inside sheet sets three panels side by side: a ratings table (label | rating) in the first, a
paragraph and the must list in the second, the should list in the third, each panel on baselines
of its own. Read as one page, the table's rows read across into the other panels' lines and the
should list's items fell under the must list (fails without pipeline/leaflet_panels.py).

Its flap goes on with the should list under the heading printed again with a "(continued)" mark
after its bold words ("improvements are: (continued)"): that heading is the list's (not a running
header, though its first line recurs at other pages' tops, nor plain text), so the items under it
are shoulds, not the open must list's (fails without the mark set aside in opener_kind,
text._runs_into_text and furniture._headings_wrapped)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, _findings, _wrapped  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

WIDTH, HEIGHT = 842.0, 595.0
MUST_HEAD = ("The areas where the provider must make", "improvements are:")
SHOULD_HEAD = ("The areas where the provider should make", "improvements are:")
MUSTS = [["Ensure that care and treatment is", "provided in a safe way to patients."],
         ["Establish effective systems and", "processes to ensure good governance."]]
SHOULDS = [["Continue to improve the uptake of", "cervical cancer screening."],
           ["Take action to improve patient", "satisfaction with telephone access."],
           ["Review the system for recording", "verbal complaints so that trends", "can be identified."],
           ["Improve the identification of carers", "so that they can access support."],
           ["Continue to review the uptake of", "childhood immunisations."]]
FLAP = [["Ensure that all clinical staff complete", "sepsis awareness training."],
        ["Develop a documented business", "continuity plan for the practice."]]
SUMMARY = ["We carried out an announced", "comprehensive inspection at", "Brookfield Surgery on 17 September",
           "2019 as part of our inspection", "programme."]
FINDINGS = ["The practice did not have a", "reliable system to monitor patients", "prescribed high-risk medicines.",
            "Recruitment checks had not been", "completed for two locum clinicians."]
GROUPS = ["Older people", "People with long-term conditions", "Families, children and young people",
          "Working age people"]
RATINGS = [("Are services safe?", "Requires improvement"), ("Are services effective?", "Requires improvement"),
           ("Are services caring?", "Good"), ("Are services responsive?", "Good"),
           ("Are services well-led?", "Requires improvement")]


def _pdf(path, pages: list[list[tuple]]):
    """Each page's runs (text, x, top, size, bold) drawn in DejaVu Sans on landscape A4."""
    return _pages(path, pages, WIDTH, HEIGHT)


def _list(heading: tuple[str, str], items: list[list[str]], x: float, top: float, size: float,
          mark: str = "") -> list[tuple]:
    """A bold two-line heading (its second line perhaps followed by a plain `mark`), then bulleted items."""
    from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
    from reportlab.pdfbase.ttfonts import TTFont

    registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))  # measured before any page is drawn
    runs = [(heading[0], x, top, size, True), (heading[1], x, top + 1.4 * size, size, True)]
    if mark:
        runs.append((mark, x + stringWidth(heading[1] + " ", "DejaVu-Bold", size), top + 1.4 * size, size, False))
    y = top + 3.2 * size
    for item in items:
        runs.append(("•", x, y, size, False))
        for words in item:
            runs.append((words, x + 1.2 * size, y, size, False))
            y += 1.35 * size
        y += 0.5 * size
    return runs


def _inside(size: float) -> list[tuple]:
    """Panels 2 | 3 | 4: the ratings table over a summary; a paragraph over the must list; the should
    list, its first item raised half a line over the panel beside it."""
    em, panel = size, WIDTH / 3
    runs = [("Ratings", 30.0, 40.0, 1.3 * em, True),
            ("Overall rating: Requires improvement", 30.0, 40.0 + 2.4 * em, 0.93 * em, False)]
    for k, (label, rating) in enumerate(RATINGS):
        top = 40.0 + (3.8 + 1.25 * k) * em
        runs += [(label, 30.0, top, 0.93 * em, False), (rating, 30.0 + 12.5 * em, top, 0.93 * em, True)]
    runs += [("Population group ratings", 30.0, 40.0 + 10.6 * em, em, True)]
    for k, group in enumerate(GROUPS):
        top = 40.0 + (12.4 + 2.3 * k) * em
        runs += [(group, 30.0, top, 0.93 * em, False), ("Requires", 30.0 + 16.5 * em, top, 0.93 * em, False),
                 ("improvement", 30.0 + 16.5 * em, top + 1.05 * em, 0.93 * em, False)]
    runs += [("Overall summary", 30.0, 40.0 + 22.5 * em, em, True)]
    runs += [(words, 30.0, 40.0 + (24.3 + 1.35 * k) * em, em, False) for k, words in enumerate(SUMMARY)]
    runs += [(words, panel + 35.0, 40.0 + (0.4 + 1.35 * k) * em, em, False) for k, words in enumerate(FINDINGS)]
    runs += _list(MUST_HEAD, MUSTS, panel + 35.0, 40.0 + 12.0 * em, em)
    runs += _list(SHOULD_HEAD, SHOULDS, 2 * panel + 35.0, 40.0 - 0.6 * em, em)
    return runs


def _flap(size: float) -> list[tuple]:
    """Panels 5 | 6 | 1: the should list going on under its heading marked "(continued)", a panel of
    contact details, the cover."""
    panel = WIDTH / 3
    return (_list(SHOULD_HEAD, FLAP, 25.0, 40.0, size, mark="(continued)")
            + [("About this leaflet", panel + 35.0, 40.0, 1.3 * size, True),
               ("This leaflet summarises the findings of the", panel + 35.0, 40.0 + 2.5 * size, size, False),
               ("Care Quality Commission's inspection.", panel + 35.0, 40.0 + 3.85 * size, size, False),
               ("Meridian Primary Care Group Ltd", 2 * panel + 35.0, 40.0, size, False),
               ("Brookfield Surgery", 2 * panel + 35.0, 40.0 + 6 * size, 2.4 * size, True),
               ("Inspection report", 2 * panel + 35.0, 40.0 + 9.5 * size, 1.5 * size, False)])


def _texts(items: list[list[str]]) -> list[str]:
    return [" ".join(item) for item in items]


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_leaflets_panels_are_read_one_at_a_time(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", [_inside(size)]))
    assert [(f.kind, f.text) for f in found] == [("must", t) for t in _texts(MUSTS)] + [
        ("should", t) for t in _texts(SHOULDS)]


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_list_heading_marked_continued_goes_on_with_its_list(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", [_inside(size), _flap(size)]))
    assert [(f.kind, f.text) for f in found] == [("must", t) for t in _texts(MUSTS)] + [
        ("should", t) for t in _texts(SHOULDS) + _texts(FLAP)]


@pytest.mark.parametrize("size", [6.5, 8.5, 10.0])
def test_only_gaps_at_a_sheets_folds_as_wide_as_its_margins_part_panels(size):
    """Three columns inside a page's margins keep their own reading, however many ems their gutters are
    in small type (four and a half, the margins wider still), also set at about the page's thirds; the same text set at a sheet's thirds, each gap as wide as the margins, is three panels."""
    from cqcplan.pipeline.glyphs import Glyph
    from cqcplan.pipeline.leaflet_panels import panels

    def page(starts: tuple, measure: float) -> list:
        return [Glyph("word", x, x + measure, top, top + size, size, False, False)
                for x in starts for top in (50.0, 70.0, 90.0)]

    gap = 4.5 * size
    measure = (595.0 - 2 * 50.0 - 2 * gap) / 3  # columns inside 50 pt margins
    assert len(panels(page((50.0, 50.0 + measure + gap, 50.0 + 2 * (measure + gap)), measure), 595.0)) == 1
    margin = 25.0
    measure = 595.0 / 3 - 2 * margin  # a panel's text inside its own margins
    starts = tuple(k * 595.0 / 3 + margin for k in range(3))
    assert [len(part) for part in panels(page(starts, measure), 595.0)] == [3, 3, 3]
    assert len(panels(page((starts[0] + 2 * margin, starts[1] + margin, starts[2]), measure), 595.0)) == 1


STRIPS = [("MUST", [["The trust must ensure that wound assessments are completed at every visit."],
                    ["The trust must ensure that caseloads are reviewed so that staff can manage their visits."]]),
          ("SHOULD", [["The trust should ensure that health visitors complete the review on time."]]),
          ("MUST", [["The trust must ensure that controlled drugs are checked and recorded in line with policy."],
                    ["The trust must ensure that best interests decisions are recorded."]]),
          ("SHOULD", [["The trust should continue to recruit to the vacant nurse posts."],
                      ["The trust should ensure that call bells are within reach."]]),
          ("MUST", [["The trust must ensure that the early warning score is used for all children."]])]


def _strips(size: float, margin: float) -> list[tuple]:
    """Five strips (a sheet of bookmarks) set evenly across the page: the gaps between their text as
    wide as the sheet's margin bar a fiftieth of an em (a writer's rounding), each strip's foot line set flush
    right to its text's right edge, a bold heading and bulleted items in each."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    gap = margin - 0.02 * size
    measure = (WIDTH - 2 * margin - 4 * gap) / 5
    runs: list[tuple] = []
    for k, (kind, items) in enumerate(STRIPS):
        x = margin + k * (measure + gap)
        top = 30.0
        for words in _wrapped(f"Action the trust {kind} take to improve", 1.2 * size, measure):  # (bold is wider)
            runs.append((" ".join(words), x, top, size, True))
            top += 1.3 * size
        top += 0.5 * size
        for item in items:
            runs.append(("▸", x, top, size, False))
            for words in _wrapped(item[0], size, measure - 1.3 * size):
                runs.append((" ".join(words), x + 1.3 * size, top, size, False))
                top += 1.35 * size
            top += 0.4 * size
        foot = f"bookmark {k + 1} of 5"
        runs.append((foot, x + measure - stringWidth(foot, "DejaVu", 0.8 * size), HEIGHT - 40.0, 0.8 * size, False))
    return runs


@pytest.mark.parametrize("size", [7.0, 8.5])
def test_strips_set_evenly_with_gaps_as_wide_as_the_margin_are_panels(tmp_path, size):
    """Gaps as wide as the sheet's margin (to a writer's rounding) part panels, each read down in turn: read
    as one page, five columns each a fifth of it were a table's narrow columns, their rows read across."""
    _, found = _findings(_pdf(tmp_path / "report.pdf", [_strips(size, 36.0)]))
    assert [(f.kind, f.text) for f in found] == [
        (kind.lower(), item[0]) for kind, items in STRIPS for item in items]
