"""Session 61, facts61: the report's facts the plan's title, cover and footers print. A range of a visit's days
is every day of it, a longer range (an assessment's period) its ends; visits the text adds to the cover's dates
are the inspection's too, and the plan prints them after the cover's wording; ratings are CQC's scale as CQC
spells it, whatever capitals the cover sets them in; a cover's dates end at a column of running text set level
with them; a provider named as the body running the location is a one-name cover's provider. Each fails
without its rule in metadata.py / cover_ratings.py.
"""

from datetime import date

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round32 import _fonts  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402
from cqcplan.pipeline.render.text import dates_as_printed  # noqa: E402
from cqcplan.pipeline.scan import page_texts  # noqa: E402

LEFT = 56.0


def _meta(tmp_path, pages: list[list[tuple]]):
    doc = mark_furniture(start_read(_pages(tmp_path / "report.pdf", pages), sha256="-")())
    return read_metadata(doc, "\n".join(page_texts(doc)))


def _cover(size: float, *rows: str, name: str = "Larchwood Court", title: str = "Inspection report") -> list[tuple]:
    """A cover: the location's name, the title, an address, then `rows` a line each."""
    lines = [(name, LEFT, 70.0, 2 * size, True), (title, LEFT, 70.0 + 3 * size, 1.4 * size, False),
             ("14 Chapel Street, Lowmoor, LM6 2JX", LEFT, 70.0 + 6 * size, size, False)]
    return lines + [(row, LEFT, 70.0 + (8 + 1.6 * k) * size, size, False) for k, row in enumerate(rows)]


def _summary_page(sentence: str, size: float) -> list[tuple]:
    """A "Summary of findings" page printing `sentence` wrapped at 300 points."""
    words, lines, line = sentence.split(), [], ""
    for word in words:
        if line and pdfmetrics.stringWidth(f"{line} {word}", "DejaVu", size) > 300:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    body = [("Summary of findings", LEFT, 70.0, 1.5 * size, True)]
    return body + [(text, LEFT, 70.0 + (3 + 1.3 * k) * size, size, False) for k, text in enumerate(lines)]


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("printed, wanted", [
    ("14 to 16 January 2020", [date(2020, 1, d) for d in (14, 15, 16)]),
    ("28 February to 3 March 2017", [date(2017, 2, 28), date(2017, 3, 1), date(2017, 3, 2), date(2017, 3, 3)]),
    ("8–10 November 2016", [date(2016, 11, d) for d in (8, 9, 10)]),
    ("06/11/2017 - 09/11/2017", [date(2017, 11, d) for d in (6, 7, 8, 9)]),
    ("8 and 10 March 2016", [date(2016, 3, 8), date(2016, 3, 10)]),
    ("5 March to 11 April 2019", [date(2019, 3, 5), date(2019, 4, 11)]),  # an assessment's period: its ends
])
def test_a_visit_s_range_is_every_day_of_it(tmp_path, size, printed, wanted):
    meta = _meta(tmp_path, [_cover(size, f"Date of inspection visit: {printed}", "Date of publication: 2 June 2020")])
    assert meta.inspection_dates == wanted
    assert meta.inspection_dates_printed == printed  # the plan prints the cover's own words


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("sentence, added, printed", [
    ("We inspected the hospital between 8 and 10 March 2016, with an unannounced visit on 21 March 2016.",
     [date(2016, 3, 21)], "8 to 10 March 2016 and 21 March 2016"),
    ("We inspected the trust's core services and carried out a well-led review on 29 and 30 March 2016.",
     [date(2016, 3, 29), date(2016, 3, 30)], "8 to 10 March 2016 and 29 and 30 March 2016"),
    ("At our last inspection we made an unannounced visit on 21 March 2016 to the wards.", [], "8 to 10 March 2016"),
])
def test_visits_the_text_adds_are_the_inspection_s(tmp_path, size, sentence, added, printed):
    """The cover prints the announced days; a sentence of the report adds a visit (never an earlier
    inspection's), and the plan prints the cover's words and the days they leave out."""
    _fonts()
    body = _summary_page(sentence, size)
    meta = _meta(tmp_path, [_cover(size, "Date of inspection visit: 8 to 10 March 2016",
                                   "Date of publication: 14 July 2016"), body])
    assert meta.inspection_dates == [date(2016, 3, d) for d in (8, 9, 10)] + added
    assert dates_as_printed(meta) == printed


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_ratings_in_other_capitals_are_cqc_s_scale(tmp_path, size):
    _fonts()
    rows = [("Overall rating for this service", "Requires Improvement"), ("Is the service safe?", "REQUIRES IMPROVEMENT"),
            ("Is the service caring?", "GOOD"), ("Is the service well-led?", "Inadequate")]
    beside = LEFT + max(pdfmetrics.stringWidth(label, "DejaVu", size) for label, _ in rows) + 3 * size
    cover = _cover(size, "Date of inspection visit: 9 March 2022")
    for k, (label, rating) in enumerate(rows):
        top = 70.0 + (12 + 1.6 * k) * size
        cover += [(label, LEFT, top, size, False), (rating, beside, top, size, True)]
    meta = _meta(tmp_path, [cover])
    assert meta.ratings == {"overall": "Requires improvement", "safe": "Requires improvement", "caring": "Good",
                            "well-led": "Inadequate"}


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_cover_s_dates_end_at_running_text_level_with_them(tmp_path, size):
    """A summary column set right of the cover's facts, its lines level with the dates label and the days
    under it: its words are no part of the dates, nor its "at this" a date's."""
    right = LEFT + 24 * size
    text = ["We have identified breaches in relation to", "safe care and treatment, staffing and",
            "good governance at this 3 inspection.", "Please see the action we have told the",
            "provider to take at the end of this report."]
    cover = _cover(size, "Date of inspection visit:", "14 January 2020", "16 January 2020", "Date of publication:",
                   "28 February 2020")
    cover += [(line, right, 70.0 + (8 + 1.6 * k) * size, size, False) for k, line in enumerate(text)]
    meta = _meta(tmp_path, [cover])
    assert meta.inspection_dates == [date(2020, 1, 14), date(2020, 1, 16)]
    assert meta.published == date(2020, 2, 28)


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("sentence, provider", [
    ("The practice is run by Dr A Mensah and Partners. It serves 9,000 patients.", "Dr A Mensah and Partners"),
    ("Tollbridge Road Surgery is operated by Medway Vale Healthcare Limited.", "Medway Vale Healthcare Limited"),
    ("The service had been managed by an area manager since January.", "Tollbridge Road Surgery"),
])
def test_the_body_running_the_location_is_its_provider(tmp_path, size, sentence, provider):
    cover = _cover(size, "Date of inspection visit: 12 March 2019", name="Tollbridge Road Surgery")
    body = [("Summary of findings", LEFT, 70.0, 1.5 * size, True), (sentence, LEFT, 70.0 + 3 * size, size, False)]
    meta = _meta(tmp_path, [cover, body])
    assert (meta.provider, meta.location) == (provider, "Tollbridge Road Surgery")


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_line_of_facts_labels_each_value(tmp_path, size):
    """"Report published: 11/02/2025 Inspection: 26 and 27 November 2024": the published date ends at the
    next label; a title in capitals is the title in its usual case."""
    cover = _cover(size, "Report published: 11/02/2025 Inspection: 26 and 27 November 2024",
                   title="INSPECTION REPORT")
    meta = _meta(tmp_path, [cover])
    assert (meta.published, meta.title) == (date(2025, 2, 11), "Inspection report")


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("name, location", [("Dr Okafor and Partners", "Ashgrove Medical Centre"),
                                            ("Brookfold Surgery", "Brookfold Surgery")])
def test_a_provider_s_cover_names_its_location_opening_the_address(tmp_path, size, name, location):
    """A practice's cover naming its provider over the title ("Dr Okafor and Partners" / "Quality Report")
    names the location opening the address line ("Ashgrove Medical Centre, 4 Kiln Road, …"); a cover naming
    the practice keeps it as the location, the building the address opens with no name of the report's."""
    cover = [(name, LEFT, 70.0, 2 * size, False), ("Quality Report", LEFT, 70.0 + 3 * size, size, False),
             ("Ashgrove Medical Centre, 4 Kiln Road, Hallowby, HB6 2PN", LEFT, 70.0 + 5 * size, size, False),
             ("Date of inspection visit: 23 February 2016", LEFT, 70.0 + 7 * size, size, False)]
    meta = _meta(tmp_path, [cover])
    assert (meta.provider, meta.location) == (name, location)


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("sentence, wanted", [
    ("Overall, we rated the hospital as requires improvement. We rated it good for caring and effective, and "
     "requires improvement for safe, responsive and well-led.",
     {"caring": "Good", "effective": "Good", "safe": "Requires improvement", "responsive": "Requires improvement",
      "well-led": "Requires improvement"}),
    ("Caring was rated as good, while safe and well-led were rated as requires improvement.",
     {"caring": "Good", "safe": "Requires improvement", "well-led": "Requires improvement"}),
    ("We rated surgery as good for caring and effective, and outpatients as good.", {}),  # a core service's
])
def test_a_summary_s_sentences_rate_the_key_questions_a_cover_leaves_out(tmp_path, size, sentence, wanted):
    """A 2014-2016 hospital cover prints the location's overall rating and its core services' only; the
    summary's sentences rating the location give its key questions, never a core service's sentence."""
    _fonts()
    beside = LEFT + pdfmetrics.stringWidth("Overall rating for this hospital", "DejaVu", size) + 3 * size
    cover = _cover(size, "Date of inspection visit: 12 March 2015", name="Thornbury General Hospital",
                   title="Quality Report")
    top = 70.0 + 12 * size
    cover += [("Overall rating for this hospital", LEFT, top, size, False),
              ("Requires improvement", beside, top, size, True),
              ("Surgery", LEFT, top + 1.6 * size, size, False), ("Good", beside, top + 1.6 * size, size, True)]
    body = _summary_page(sentence, size)
    meta = _meta(tmp_path, [cover, body])
    assert meta.ratings == {"overall": "Requires improvement", **wanted}


def test_a_visit_the_text_adds_after_april_2015_keeps_the_2010_regulations(tmp_path):
    """An inspection of 24 to 26 March 2015 with an unannounced visit on 2 April 2015 is judged under the
    2010 Regulations: the cover's days say when it was, the later visit is no inspection of its own."""
    from cqcplan.pipeline import facts

    size = 10.0
    body = [("Summary of findings", LEFT, 70.0, 1.5 * size, True),
            ("We inspected the hospital between 24 and 26 March 2015,", LEFT, 70.0 + 3 * size, size, False),
            ("with an unannounced visit on 2 April 2015.", LEFT, 70.0 + 4.3 * size, size, False)]
    meta = _meta(tmp_path, [_cover(size, "Date of inspection visit: 24 to 26 March 2015"), body])
    assert meta.inspection_dates[-1] == date(2015, 4, 2)
    assert facts.default_instrument(meta, [], []) == "RA2010"


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("first, second, published", [
    ("This report describes our judgement of the care we saw on our visit. Date of", "publication 2 May 2019.",
     date(2019, 5, 2)),
    ("Inspected 5 and 6 March 2019 by two inspectors and a specialist adviser. Date", "of publication: 30/04/2019",
     date(2019, 4, 30)),
])
def test_a_label_wrapped_at_a_line_end_labels_the_value_after_it(tmp_path, size, first, second, published):
    """A sentence of facts wrapping its label over a line end ("… Date of" / "publication 2 May 2019."): the date
    after the label on the next line is the report's publication (session 62, read177)."""
    meta = _meta(tmp_path, [_cover(size, first, second)])
    assert meta.published == published
