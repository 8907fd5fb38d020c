"""A printed web page's cover: a row of tabs ("Overall summary", "Full report", "Print all tabs")
over the location's name, and the provider named in a side column under a label line of its own
("Provider" over "Northvale Urgent Care CIC"). Before, the tabs were read as the provider and the
location. A row of several links is no name (a name has its row to itself), and the line under a
"Provider" label is the provider. Fails without metadata.py's tab-row rule and `_provider_under_label`."""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round32 import _fonts  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

SIDE, MAIN = 30.0, 180.0


def _cover(size: float) -> list[tuple]:
    """(text, x, top, size, bold) lines: the side column's label and name, the main column's tabs,
    the location's name as the title over "Inspection report", and the dates."""
    _fonts()
    tabs, x = [], MAIN
    for text in ("Overall summary", "Full report", "Print all tabs"):
        tabs.append((text, x))
        x += pdfmetrics.stringWidth(text, "DejaVu", size) + 2.6 * size  # a tab's padding: its own line
    rows = [("Provider", SIDE, 200.0, size, True), ("Northvale Urgent Care CIC", SIDE, 200.0 + 1.4 * size, size, False)]
    rows += [(text, x, 90.0, size, False) for text, x in tabs]
    rows += [("Northvale Clinical Assessment Service", MAIN, 90.0 + 2.5 * size, 2 * size, True),
             ("Inspection report", MAIN, 90.0 + 5.5 * size, 1.4 * size, False),
             ("Date of inspection visit: 23 August 2022", MAIN, 90.0 + 8 * size, size, False),
             ("Date of publication: 2 November 2022", MAIN, 90.0 + 9.6 * size, size, False)]
    return rows


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_provider_under_its_label_and_no_tab_for_a_name(tmp_path, size):
    rows = _cover(size)
    doc = mark_furniture(start_read(_pages(tmp_path / "cover.pdf", [rows]), sha256="-")())
    meta = read_metadata(doc, "\n".join(text for text, *_ in rows))
    assert (meta.provider, meta.location) == ("Northvale Urgent Care CIC", "Northvale Clinical Assessment Service")
