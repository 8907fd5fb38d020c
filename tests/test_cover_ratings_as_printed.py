"""The cover's ratings as printed (issue 10, metadata), on small PDFs drawn here with reportlab
and read back whole:

- an overall label worded as a core service's report words it ("Ratings for this core
  service"), not only "Overall rating for …" (before, the overall rating was None);
- a rating wrapped in its narrow cell at a line-end hyphen ("Requires improve-" / "ment"),
  its lines set tighter than their boxes, centred beside a label of one line or two (before,
  every such rating was None);
- a hospital's cover rating the hospital and each core service, its key questions' ratings in
  the grid of a later landscape page: the key questions as the header row, a row per core
  service, then the hospital's row labelled "Overall" (before, the key questions were None;
  read alone, the grid's page gave its first service's row);
- a large-print cover whose ratings list reaches its foot and goes on at the top of the next
  page (before, the rows there were lost: well-led None on random layouts 104210, 104213,
  104229, 104233).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from cqcplan.pipeline.cover_ratings import cover_ratings  # noqa: E402
from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
PORTRAIT, LANDSCAPE = (595.0, 842.0), (842.0, 595.0)
LEFT = 50.0


def _read(path: Path, pages: list[tuple[tuple[float, float], list[tuple]]]):
    """Each page (its size, its lines (text, x, top, size, bold)) drawn in DejaVu Sans, then read."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    pdf = canvas.Canvas(str(path))
    for (width, height), lines in pages:
        pdf.setPageSize((width, height))
        for text, x, top, size, bold in lines:
            pdf.setFont("DejaVu-Bold" if bold else "DejaVu", size)
            pdf.drawString(x, height - top - size, text)
        pdf.showPage()
    pdf.save()
    return mark_furniture(start_read(path, sha256="-")())


def _title(provider: str, location: str | None, size: float) -> list[tuple]:
    names = [provider] + ([location] if location else [])
    lines = [(name, LEFT, 60.0 + 2.6 * size * n, (1.3 + n) * size, True) for n, name in enumerate(names)]
    return lines + [("Quality Report", LEFT, 60.0 + 2.6 * size * len(names), 2 * size, True),
                     ("Date of publication: 25/08/2016", LEFT, 60.0 + 2.6 * size * len(names) + 3 * size, size, False)]


def _list(rows: list[tuple[str, str]], size: float, top: float = 300.0) -> list[tuple]:
    lines = []
    for label, rating in rows:
        lines += [(label, LEFT, top, size, False), (rating, LEFT + 20 * size, top, size, False)]
        top += 1.8 * size
    return lines


KEY_QUESTIONS = [("Are services safe?", "Inadequate"), ("Are services effective?", "Requires improvement"),
                 ("Are services caring?", "Good"), ("Are services responsive?", "Good"),
                 ("Are services well-led?", "Requires improvement")]


@pytest.mark.parametrize("size", [8.5, 11.0])
@pytest.mark.parametrize("label", ["Ratings for this core service", "Rating for this service",
                                   "Overall rating for this core service"])
def test_a_core_service_s_overall_label_as_worded_rates_it(tmp_path, size, label):
    cover = _title("Thornfield Partnership NHS Foundation Trust", "Acute wards for adults of working age", size) \
        + _list([(label, "Requires improvement")] + KEY_QUESTIONS, size)
    ratings = read_metadata(_read(tmp_path / "report.pdf", [(PORTRAIT, cover)]), "").ratings
    assert ratings == {"overall": "Requires improvement", "safe": "Inadequate", "effective": "Requires improvement",
                       "caring": "Good", "responsive": "Good", "well-led": "Requires improvement"}


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
@pytest.mark.parametrize("hyphen", ["\u2010", "-"])
def test_a_rating_wrapped_at_a_hyphen_in_a_narrow_cell_is_one_rating(tmp_path, size, hyphen):
    """Each row's cells centred on one middle, the lines of a wrapped cell 1.12 ems apart (their
    boxes overlap): the label "Overall rating for this loca-" / "tion", its rating "Requires
    improve-" / "ment"; one-line labels beside two-line ratings and the reverse."""
    pitch, rating_x = 1.12 * size, LEFT + 20 * size
    rows = [(["Overall rating for this loca" + hyphen, "tion"], ["Requires improve" + hyphen, "ment"]),
            (["Are services safe?"], ["Requires improve" + hyphen, "ment"]),
            (["Are services effective?"], ["Good"]),
            (["Are services responsive to people’s", "needs?"], ["Outstanding"]),
            (["Are services well-led?"], ["Requires improve" + hyphen, "ment"])]
    lines, middle = [], 300.0
    for label, rating in rows:
        for x, cell in ((LEFT, label), (rating_x, rating)):
            top = middle - len(cell) * pitch / 2
            lines += [(text, x, top + n * pitch, size, False) for n, text in enumerate(cell)]
        middle += 2.6 * pitch
    cover = _title("Greyfriars Healthcare Limited", "The Greyfriars Hospital", size) + lines
    ratings = read_metadata(_read(tmp_path / "report.pdf", [(PORTRAIT, cover)]), "").ratings
    assert ratings == {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good",
                       "responsive": "Outstanding", "well-led": "Requires improvement"}


SERVICES = {"Urgent and emergency services": ["Inadequate", "Not rated", "Good", "Inadequate", "Requires improvement",
                                              "Inadequate"],
            "Medical care": ["Good", "Requires improvement", "Good", "Requires improvement", "Good", "Requires improvement"],
            "Surgery": ["Good", "Good", "Outstanding", "Requires improvement", "Good", "Good"]}
HOSPITAL = ["Requires improvement", "Requires improvement", "Good", "Inadequate", "Requires improvement",
            "Requires improvement"]
GRID = ["Safe", "Effective", "Caring", "Responsive", "Well-led", "Overall"]


def _grid_page(size: float, rows: dict[str, list[str]]) -> list[tuple]:
    """A landscape page: its heading, the key questions as header cells, a row per label."""
    label_width, pitch = 18 * size, 12.5 * size
    lines = [("Our ratings for this hospital", LEFT, 50.0, 1.6 * size, True)]
    lines += [(word, LEFT + label_width + n * pitch, 50.0 + 3 * size, size, True) for n, word in enumerate(GRID)]
    for r, (label, ratings) in enumerate(rows.items(), 1):
        top = 50.0 + 3 * size + 2 * size * r
        lines += [(label, LEFT, top, size, label == "Overall")]
        lines += [(rating, LEFT + label_width + n * pitch, top, size, False) for n, rating in enumerate(ratings)]
    return lines


@pytest.mark.parametrize("size", [7.0, 8.0])
def test_a_hospital_s_key_questions_come_from_the_overall_row_of_a_later_landscape_grid(tmp_path, size):
    cover = _title("Kestrel Bay and Marshfield Hospitals NHS Trust", "Kestrel Bay Hospital", size) + _list(
        [("Overall rating for this hospital", "Requires improvement")] + [(s, r[-1]) for s, r in SERVICES.items()], size)
    letter = [("Letter from the Chief Inspector of Hospitals", LEFT, 60.0, 1.4 * size, True),
              ("Overall, we rated this hospital as requires improvement.", LEFT, 60.0 + 3 * size, size, False)]
    grid = _grid_page(size, {**SERVICES, "Overall": HOSPITAL})
    doc = _read(tmp_path / "report.pdf", [(PORTRAIT, cover), (PORTRAIT, letter), (LANDSCAPE, grid)])
    assert read_metadata(doc, "").ratings == {"overall": "Requires improvement", **dict(zip(
        ["safe", "effective", "caring", "responsive", "well-led"], HOSPITAL))}
    # the grid read alone is the hospital's row, not its first service's
    assert cover_ratings([l for l in doc.pages[2].lines if l.layer == "body"]) == dict(zip(
        ["safe", "effective", "caring", "responsive", "well-led", "overall"], HOSPITAL))


def test_a_grid_of_services_with_no_overall_row_rates_no_key_question(tmp_path):
    """Which service's row is the report's is not printed: none is taken for the hospital."""
    doc = _read(tmp_path / "report.pdf", [(LANDSCAPE, _grid_page(8.0, SERVICES))])
    assert set(cover_ratings([l for l in doc.pages[0].lines if l.layer == "body"])) <= {"overall"}


@pytest.mark.parametrize("size", [12.0, 15.0])
@pytest.mark.parametrize("ends_cover", [True, False])
def test_a_ratings_list_run_over_the_cover_s_foot_goes_on_at_the_next_page_s_top(tmp_path, size, ends_cover):
    """A large-print cover whose list of ratings reaches the page's foot: its last rows open the
    next page, before the summary. A cover whose list is followed by other lines has none there."""
    rows = [("Overall rating for this trust", "Good")] + KEY_QUESTIONS
    rows[3] = ("Are services caring?", "Outstanding")  # (a word printed at both the foot and the top is furniture's)
    first = _list(rows[:4], size, top=PORTRAIT[1] - 50.0 - 4 * 1.8 * size)
    if not ends_cover:
        first = _list(rows[:4], size, top=PORTRAIT[1] - 80.0 - 4 * 1.8 * size) + [
            ("Tel: 01632 960 556", LEFT, PORTRAIT[1] - 60.0, size, False)]
    cover = _title("Kingsbridge & District Healthcare NHS Trust", None, size) + first
    after = _list(rows[4:], size, top=60.0) + [("Overall summary", LEFT, 60.0 + 6 * size, 1.3 * size, True),
                                                ("Staff were caring and treated patients with dignity.", LEFT,
                                                 60.0 + 8.5 * size, size, False)]
    ratings = read_metadata(_read(tmp_path / "report.pdf", [(PORTRAIT, cover), (PORTRAIT, after)]), "").ratings
    on_cover = {"overall": "Good", "safe": "Inadequate", "effective": "Requires improvement", "caring": "Outstanding"}
    assert ratings == (on_cover | {"responsive": "Good", "well-led": "Requires improvement"} if ends_cover else on_cover)
