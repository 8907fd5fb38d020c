"""Issue 10, batch FM: a cover printing its labels side by side on one row ("Date of inspection
visit: 15 October 2019" and, right of it, "Date of publication: 11 December 2019") read the row as
one line, and the publication date became a date of the inspection. The dates of a label end where
the next label on its row begins. Fails without metadata.py's `NEXT_LABEL`.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round32 import _fonts  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT = 60.0


@pytest.mark.parametrize("size", [8.0, 10.5])
@pytest.mark.parametrize("visit, wanted", [("15 October 2019", ["2019-10-15"]),
                                           ("5 August 2019, 6 August 2019", ["2019-08-05", "2019-08-06"]),
                                           ("14 March to 20 April 2023", ["2023-03-14", "2023-04-20"])])
def test_the_next_label_on_the_dates_row_ends_them(tmp_path, size, visit, wanted):
    _fonts()
    visit = f"Date of inspection visit: {visit}"
    beside = LEFT + pdfmetrics.stringWidth(visit, "DejaVu", size) + 3 * size
    rows = [("Cedar View Nursing Home", LEFT, 80.0, 2 * size, True), ("Inspection report", LEFT, 80.0 + 3.5 * size, 1.4 * size, False),
            ("14 Chapel Street, Lowmoor, LM6 2JX", LEFT, 80.0 + 6 * size, size, False),
            (visit, LEFT, 80.0 + 8 * size, size, False), ("Date of publication: 11 December 2019", beside, 80.0 + 8 * size, size, False)]
    doc = mark_furniture(start_read(_pages(tmp_path / "cover.pdf", [rows]), sha256="-")())
    meta = read_metadata(doc, "\n".join(text for text, *_ in rows))
    assert [d.isoformat() for d in meta.inspection_dates] == wanted
    assert meta.published.isoformat() == "2019-12-11"
