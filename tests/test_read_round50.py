"""Reading round fifty, set DQ as a development set; each page is drawn here line by line, at
several type sizes:

- an adult social care report's history box ("At our last inspection the provider had failed to
  ensure there were enough staff.") cut by a page break before its "This was a breach of
  regulation 18 (Staffing) …" sentence: the sentence opens a paragraph of its own on the next
  page, and "This" is the last inspection's failing the paragraph just before told. It is history,
  as it is when the box fits on one page. Before, it was read as a current breach, a must;
- the set's gold leaves `derived` out: bench/eval_extract.py now matches its breach sentences the way
  it matches a gold marked `derived` (by a derived must's passage ending with it). Before, every
  derived must of the set counted as missed and its passage as extra;
- an assessment printed from the web page sets the kind of service ("Care home") over the location's
  name on its cover: the location is the name the address under the title opens with again; and the
  "Date of publication …" row under the assessment dates is the next label's, not more dates of the
  assessment. Before: location "Care home", the publication date an assessment date;
- a GP practice's cover names the practice only, and the report's text its provider ("The registered
  provider is Dr A Mensah and Partners."): that is the provider. Before: the practice was its own;
- a key question's definition in bold body type that fits one line ("Responsive – this means we looked
  at how people's needs were met.") is no key question heading. Before, it was the section of the
  breach under it (a wrapped one was a paragraph already).

Each test fails without its change: breaches.py's `_told_before` (a breach sentence opening its
paragraph with "This …" takes the last inspection's story from the paragraph printed just before
it); eval_extract.py's `derived_must`; metadata.py's `_location` (the name printed again under the
title) and `_only_dates` (a row with words before its dates is a label's), `_registered_provider`;
vocab/headings.toml's key question pattern (not "… – this means …").
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round8 import _pages  # noqa: E402
from test_read_round42 import _lines  # noqa: E402

from reading import read_findings  # noqa: E402
from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT = 60.0
HISTORY = "At our last inspection the provider had failed to ensure there were enough suitably qualified staff deployed."
PAST = ("This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated "
        "Activities) Regulations 2014.")
CLEARED = "Enough improvement had been made at this inspection and the provider was no longer in breach of regulation 18."
NOW = ("Care plans were not reviewed after falls. This was a breach of regulation 12 (Safe care and treatment) "
       "of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.")


def _paragraphs(texts: list[str], top: float, size: float, width: float) -> tuple[list[tuple], float]:
    out = []
    for text in texts:
        lines, top = _lines(text, LEFT, top, size, width)
        out += lines
        top += 1.2 * size
    return out, top


@pytest.mark.parametrize("size", [9.0, 10.5, 13.0])
def test_a_history_box_cut_by_a_page_break_is_still_history(tmp_path, size):
    width, foot = 38 * size, 805.0
    first = [("Is the service safe?", LEFT, 80.0, 1.6 * size, True)]
    lines, top = _paragraphs([NOW], 80.0 + 3 * size, size, width)
    first += lines
    history, _ = _lines(HISTORY, LEFT, 700.0, size, width)
    first += history  # the box's first paragraph at the page's foot
    second, _ = _paragraphs([PAST, CLEARED], 80.0, size, width)
    pages = [[*lines, (f"{n} Birchwood House Inspection report 20 April 2022", LEFT, foot, 7.5, False)]
             for n, lines in ((1, first), (2, second))]
    found = read_findings(_pages(tmp_path / "report.pdf", pages))
    assert [(f.kind, f.text.endswith(NOW)) for f in found] == [("must", True)]


def test_an_outside_gold_that_does_not_mark_derived_musts_is_matched_by_the_passage():
    """bench/eval_extract: an outside set's gold may leave `derived` out; its breach sentence is then
    answered by a derived must whose passage ends with it, as a gold marking it `derived` is."""
    import sys
    from pathlib import Path

    from cqcplan.models.finding import Finding

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from eval_extract import states

    must = Finding(id="", kind="must", text=f"Falls were not reviewed. {PAST}", file="r.pdf", page=3,
                   section="Is the service safe?", derived=True)
    listed = must.model_copy(update={"derived": False})
    gold = {"kind": "must", "text": PAST, "page": 3}
    assert states(must, gold) and states(must, {**gold, "derived": True})
    assert not states(must, {**gold, "derived": False}) and not states(listed, gold)


def _cover_meta(tmp_path, rows: list[tuple[str, float, bool]], size: float, later: tuple[str, ...] = ()):
    """The cover's rows (text, size in the body's, bold) over one another; `later` a page of paragraphs."""
    from cqcplan.pipeline.metadata import read_metadata

    top, lines = 80.0, []
    for text, scale, bold in rows:
        lines.append((text, LEFT, top, scale * size, bold))
        top += 1.6 * scale * size
    pages = [lines, _paragraphs(list(later), 80.0, size, 38 * size)[0]] if later else [lines]
    doc = mark_furniture(start_read(_pages(tmp_path / "report.pdf", pages), sha256="-")())
    return read_metadata(doc, "\n".join(text for text, _, _ in rows))


@pytest.mark.parametrize("size", [9.0, 10.5, 13.0])
def test_an_assessment_cover_s_kind_of_service_is_no_name_and_its_next_label_no_date(tmp_path, size):
    """A printed web page's cover sets the kind of service ("Care home") over the location's name,
    the address under the title opening with that name again: the name printed again is the location.
    The publication date's row under the assessment dates is the next label's, no date of the
    assessment. Before: location "Care home", the publication date one of the assessment's."""
    meta = _cover_meta(tmp_path, [("Care home", 1.0, False), ("Ashcombe Lodge", 2.0, True),
                                  ("Assessment report", 1.4, False), ("Ashcombe Lodge", 1.0, False),
                                  ("7 Quarry Lane", 1.0, False), ("Devon", 1.0, False),
                                  ("Provider: Meadowvale Healthcare Ltd", 1.0, False),
                                  ("Date of assessment 14 May 2024 to 3 June 2024", 1.0, False),
                                  ("Date of publication 22 August 2024", 1.0, False)], size)
    assert (meta.provider, meta.location) == ("Meadowvale Healthcare Ltd", "Ashcombe Lodge")
    assert [d.isoformat() for d in meta.inspection_dates] == ["2024-05-14", "2024-06-03"]
    assert meta.published.isoformat() == "2024-08-22"


@pytest.mark.parametrize("size", [9.0, 10.5, 13.0])
def test_a_practice_cover_names_the_practice_and_the_report_its_registered_provider(tmp_path, size):
    """A GP practice's cover names the practice only; the report's text names its provider ("The
    registered provider is Dr A Mensah and Partners.", wrapped over a line end). Before: the practice
    was given as its own provider."""
    cover = [("Oakfield Surgery", 2.0, True), ("Quality Report", 1.4, False), ("14 Market Lane", 1.0, False),
             ("Northamptonshire", 1.0, False), ("Date of inspection visit: 9 March 2016", 1.0, False)]
    about = ("The practice serves about 7,400 patients under a General Medical Services contract. The registered "
             "provider is Dr A Mensah and Partners. The practice is in an area of lower than average deprivation.")
    meta = _cover_meta(tmp_path, cover, size, (about,))
    assert (meta.provider, meta.location) == ("Dr A Mensah and Partners", "Oakfield Surgery")
    meta = _cover_meta(tmp_path, cover, size, ("The practice serves about 7,400 patients.",))
    assert (meta.provider, meta.location) == ("Oakfield Surgery", "Oakfield Surgery")


@pytest.mark.parametrize("size", [9.0, 10.5, 13.0])
def test_a_key_question_s_one_line_definition_in_bold_is_no_heading(tmp_path, size):
    """A key question's definition set in bold body type ("Responsive – this means we looked at how
    people's needs were met.") is a sentence, not the key question's heading, when it fits one line as
    when it wraps. Before, a one-line definition was read as a key question heading and became the
    section of the breach under it."""
    width = 38 * size
    lines = [("Is the service responsive?", LEFT, 80.0, 1.5 * size, True),
             ("Our findings", LEFT, 80.0 + 3 * size, size, True),
             ("Responsive – this means we looked at how people’s needs were met.", LEFT, 80.0 + 5 * size, size, True)]
    body, _ = _paragraphs([NOW], 80.0 + 7.5 * size, size, width)
    found = read_findings(_pages(tmp_path / "report.pdf", [lines + body]))
    assert [(f.kind, f.section, f.domain) for f in found] == [("must", "Is the service responsive?", "Responsive")]


def test_a_cover_s_dates_one_a_row_go_on_past_a_weekday(tmp_path):
    """Days printed one a row under their label, each after its weekday, are the label's; the next
    label's row is not."""
    meta = _cover_meta(tmp_path, [("Brook House", 2.0, True), ("Inspection report", 1.4, False),
                                  ("Provider: Meadowvale Healthcare Ltd", 1.0, False),
                                  ("Date of inspection visit Tuesday 9 May 2017", 1.0, False),
                                  ("Wednesday 10 May 2017", 1.0, False),
                                  ("Date of publication 4 July 2017", 1.0, False)], 10.0)
    assert [d.isoformat() for d in meta.inspection_dates] == ["2017-05-09", "2017-05-10"]
