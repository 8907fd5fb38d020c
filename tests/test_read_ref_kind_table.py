"""Outside set EO's landscape hospital report: the whole list is a table of rows "Ref | Action | What the
hospital needs to do", its Action cell saying only "Must" or "Should" and its statement saying no subject.
The kind cell opens its row's item whatever the statement's first word: "Audit the time …" (no verb of the
imperatives' list) was read past before. The Ref column's figures number the rows: no group of the list
(each row's number was the group of the row after it) and no paragraph (row 1's, read before a list was open).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _fonts  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

ROWS = [("Surgery", "Must", "Ensure that the surgical safety checklist is completed for every patient. (Regulation 12(2)(a))"),
        ("Surgery", "Should", "Review the arrangements for handovers between resident medical officers."),
        ("Outpatients", "Should", "Audit the time between referral and first appointment so that waiting times can be monitored."),
        ("Outpatients", "Should", "Consider providing a hearing loop at the main reception.")]
INTRO = ["The table below lists every action we found in each core service of the hospital.",
         "Actions marked Must are needed to comply with the regulations; actions marked Should",
         "would improve the service. We will check on the actions at our next inspection, and",
         "we asked the provider to send us an action plan setting out how it will address them.",
         "The provider sent us the action plan within the time we asked, and we accepted it."] * 2


def _table(path: Path, size: float) -> None:
    _fonts()
    width, height = landscape(A4)
    page = Canvas(str(path), pagesize=(width, height))
    top, ref, kind, action = 50.0, 56.0, 11 * size, 16 * size

    def draw(text: str, x: float, font: str = "DejaVu", scale: float = 1.0) -> None:
        page.setFont(font, scale * size)
        page.drawString(x, height - top - size, text)

    draw("The Linden Hospital Quality Report", ref, "DejaVu-Bold", 2.0)  # a cover: page 1 has rules of its own
    page.showPage()
    draw("Outstanding practice and areas for improvement", ref, "DejaVu-Bold", 1.5)
    top += 3 * size
    for words in INTRO:  # the report's running text, in type a little larger than the table's
        draw(words, ref, scale=1.05)
        top += 1.4 * size
    top += size
    for x, head in ((ref, "Ref"), (kind, "Action"), (action, "What the hospital needs to do")):
        draw(head, x, "DejaVu-Bold")
    service = None
    for n, (name, must, text) in enumerate(ROWS, 1):
        top += 2 * size
        if name != service:
            draw(name, ref, "DejaVu-Bold")
            top, service = top + 2 * size, name
        draw(str(n), ref, scale=0.9)
        draw(must, kind, "DejaVu-Bold")
        draw(text, action)
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [10.0, 11.0])
def test_a_kind_cell_opens_its_row_s_item_and_the_ref_column_is_read_past(tmp_path, size):
    path = tmp_path / "landscape.pdf"
    _table(path, size)
    structure = locate(mark_furniture(start_read(path, sha256="0")()))
    assert [(i.kind, i.context.service, i.context.group, " ".join(l.text for l in i.lines)) for i in structure.items] == [
        (must.lower(), name, None, text) for name, must, text in ROWS]
    assert not [p for p in structure.paragraphs if " ".join(l.text for l in p.lines).strip().isdigit()]
