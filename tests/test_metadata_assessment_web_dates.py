"""An assessment printed from its web page has no "Date of assessment" / "Date of publication" labels:
its view of the service says when the assessment was carried out ("We carried out an onsite assessment
on 12 and 13 March 2024 and spoke with …") and each key question when it was published ("Updated 30 May
2024"), the latest of them the report's publication. Before, both dates came out empty (GZ 06). A cover's
labelled dates still come first. Drawn at two type sizes; fails without metadata.py's `_assessed_on` and
`_updated_on`."""

import pytest

pytest.importorskip("reportlab")

from test_read_round8 import _pages  # noqa: E402
from test_read_round86 import _paragraphs  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402
from cqcplan.pipeline.scan import page_texts  # noqa: E402

VIEW = ("The hospice has a 12-bed inpatient unit. We carried out an onsite assessment on 12 and 13 March 2024 and "
        "spoke with staff, leaders and partners between 12 March and 9 April 2024.")


def _meta(tmp_path, size: float, labels: list[str] = ()):
    cover = _paragraphs([("Hospice services for adults", True, 1.3), ("St Aldhelm's Hospice", True, 1.6),
                         *((label, False, 1.0) for label in labels),
                         ("Report from 12 March 2024 assessment", False, 1.0), ("Our view of the service", True, 1.3),
                         (VIEW, False, 1.0)], size, 36 * size)
    later = [("Safe", True, 1.3), ("Updated 28 May 2024", False, 1.0),
             ("We looked for evidence that people were protected from abuse and avoidable harm.", False, 1.0),
             ("Well-led", True, 1.3), ("Updated 30 May 2024", False, 1.0),
             ("We looked for evidence that leadership assured high-quality, person-centred care.", False, 1.0)]
    path = _pages(tmp_path / "report.pdf", [cover, _paragraphs(later, size, 36 * size)])
    doc = mark_furniture(start_read(path, sha256="0")())
    return read_metadata(doc, "\n".join(page_texts(doc)[:4]))


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_an_assessment_web_page_s_dates_are_read_from_its_wording(tmp_path, size):
    meta = _meta(tmp_path, size)
    assert [d.isoformat() for d in meta.inspection_dates] == ["2024-03-12", "2024-03-13"]
    assert meta.inspection_dates_printed == "12 and 13 March 2024"
    assert meta.published.isoformat() == "2024-05-30"


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_cover_s_labelled_dates_come_first(tmp_path, size):
    meta = _meta(tmp_path, size, ["Date of assessment: 4 March 2024 to 22 March 2024", "Date of publication: 17 May 2024"])
    assert [d.isoformat() for d in meta.inspection_dates] == ["2024-03-04", "2024-03-22"]
    assert meta.published.isoformat() == "2024-05-17"
