"""A paper that reproduces a report's lists with no CQC cover (a board paper, a staff briefing, an export)
says the report's facts in its own words: "following its inspection of the trust on 4, 5 and 6 October
2022", "The CQC rated the trust Requires improvement overall (Safe: Requires improvement; effective: Good;
…)", or a line "Ratings: Overall Good; Safe Requires improvement; …". Those are its inspection dates and
ratings (metadata.py `ASSESSED_ON`, cover_ratings.py `_RATED_OVERALL`, `_in_sentences`, `_FIELDS`); an
earlier inspection's date ("our last inspection on …") is none. Drawn at two type sizes and widths."""

import pytest

pytest.importorskip("reportlab")

from test_read_round8 import _pages  # noqa: E402
from test_read_round86 import _paragraphs  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402
from cqcplan.pipeline.scan import page_texts  # noqa: E402

RATINGS = {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Good", "caring": "Good",
           "responsive": "Requires improvement", "well-led": "Requires improvement"}
BOARD = ("Report of the Chief Nurse. Purpose: to inform the Board of the actions set out by the Care Quality Commission "
         "following its inspection of the trust on 4, 5 and 6 October 2022 and published on 18 January 2023. The CQC "
         "rated the trust Requires improvement overall (Safe: Requires improvement; Effective: Good; Caring: Good; "
         "Responsive: Requires improvement; Well-led: Requires improvement).")
BRIEFING = ("The Care Quality Commission inspected our acute wards and community mental health teams on 12 and 13 "
            "September 2023 and published its report on 8 December 2023. The trust is rated Requires improvement "
            "overall (safe: Requires improvement; effective: Good; caring: Good; responsive: Requires improvement; "
            "well-led: Requires improvement). Every member of staff should read this briefing.")
EARLIER = ("At our last inspection on 3 May 2019 we found staff did not always feel safe: good practice was not shared. "
           "This paper sets out the actions from the new report.")
EXPORT = ["Ratings: Overall Requires improvement; Safe Requires improvement;",
          "Effective Good; Caring Good; Responsive Requires improvement;", "Well-led Requires improvement"]


def _meta(tmp_path, blocks, size: float, width: float):
    page = _paragraphs([("Kestrel Bay Hospitals NHS Foundation Trust", True, 1.4), *blocks,
                        ("Action the trust MUST take to improve", True, 1.2),
                        ("\u2022 The trust must ensure that staff complete their training. (Regulation 18(2)(a))",
                         False, 1.0)], size, width)
    doc = mark_furniture(start_read(_pages(tmp_path / "report.pdf", [page]), sha256="0")())
    return read_metadata(doc, "\n".join(page_texts(doc)[:4]))


@pytest.mark.parametrize("size, width", [(9.0, 420.0), (11.0, 300.0)])
@pytest.mark.parametrize("prose, dates", [(BOARD, ["2022-10-04", "2022-10-05", "2022-10-06"]),
                                          (BRIEFING, ["2023-09-12", "2023-09-13"])])
def test_a_paper_s_sentence_gives_the_inspection_dates_and_ratings(tmp_path, size, width, prose, dates):
    meta = _meta(tmp_path, [(prose, False, 1.0)], size, width)
    assert [d.isoformat() for d in meta.inspection_dates] == dates
    assert {k: v for k, v in meta.ratings.items() if v} == RATINGS


@pytest.mark.parametrize("size, width", [(9.0, 420.0), (11.0, 300.0)])
def test_an_earlier_inspection_and_a_narrative_colon_give_nothing(tmp_path, size, width):
    meta = _meta(tmp_path, [(EARLIER, False, 1.0)], size, width)
    assert meta.inspection_dates == []
    assert {k: v for k, v in meta.ratings.items() if v} == {}


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_ratings_parted_by_semicolons_after_their_label(tmp_path, size):
    meta = _meta(tmp_path, [(line, True, 0.8) for line in EXPORT], size, 420.0)
    assert {k: v for k, v in meta.ratings.items() if v} == RATINGS
