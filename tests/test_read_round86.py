"""Round read86 (outside set FK, an ordinary batch), each layout drawn here at several type sizes.

Two-column pages filled in turn where the left column ended its sentence short of the page's foot
(it had room left) and the right column broke off mid-sentence at the foot: the next page's left
column opens with that sentence's rest in lower case, and its list runs on at the right column's
top. The pages are one flow, not a row of cells split by the break (pipeline/split_rows.py)."""

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import _findings  # noqa: E402
from test_read_round7e import HEIGHT  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT, TOP = 40.0, 60.0
SHOULDS = [["Review the arrangements for discharging", "patients at weekends."],
           ["Ensure that all medical staff complete", "mandatory training."],
           ["Consider providing a quiet room on the", "stroke unit for relatives."],
           ["Improve the completion of fluid balance", "charts on the elderly care wards."]]


def _column(texts: list[str], x: float, top: float, size: float) -> list[tuple]:
    return [(text, x, top + k * 1.3 * size, size, False) for k, text in enumerate(texts)]


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_list_at_the_foot_of_a_flow_goes_on_at_the_next_column_s_top(tmp_path, size):
    lead, right, foot = 1.3 * size, LEFT + 27 * size, HEIGHT - 70.0
    rows = int((foot - TOP) / lead)
    cover = [("Ashbourne General Hospital", LEFT, 200.0, 2 * size, True), ("Quality Report", LEFT, 240.0, 1.5 * size, False)]
    first = [("Medical care", LEFT, 30.0, 0.8 * size, False)]
    first += _column(["Staff were kind and caring towards", "patients and their relatives."] * ((rows - 6) // 2), LEFT, TOP, size)
    first.append(("Is the service responsive?", right, TOP, size, True))
    flow = ["Bed occupancy was above 95% and", "patients were sometimes cared for", "on wards that were not suited to"]
    first += _column((flow * rows)[: rows - 1], right, TOP + lead, size)
    second = [("Medical care", LEFT, 30.0, 0.8 * size, False)]
    second += _column(["their needs. The hospital had a", "discharge lounge."], LEFT, TOP, size)
    y = foot - 7 * lead - 1.2 * size  # the heading and the list's first two items fill the left column
    filler = ["The service had a clear vision and", "a strategy that staff understood."] * rows
    count = int((y - TOP - 3.5 * lead) / lead)
    second += _column(filler[:count - count % 2], LEFT, TOP + 2.5 * lead, size)
    second.append(("Action the hospital SHOULD take to improve", LEFT, y, size, True))
    y += lead
    for k, item in enumerate(SHOULDS):
        if k == 2:  # the rest of the list at the right column's top
            y = TOP
        x = LEFT if k < 2 else right
        second.append(("•", x, y, size, False))
        second += _column(item, x + size, y, size)
        y += len(item) * lead + 0.4 * size
    pages = [cover, first, second]
    found = _findings(_pages(tmp_path / "report.pdf", pages))
    assert [(f.kind, f.text, f.page) for f in found] == [("should", " ".join(item), 3) for item in SHOULDS]


# A hospice's two core services as its own ratings table names them, names the services vocabulary
# does not list; each chapter's lists are read under its heading, as a reader sees them.
OWN = [("Day hospice", "The provider must ensure that care plans", "are reviewed every month."),
       ("Hospice at home", "The provider must ensure that staff who", "work alone carry an alarm."),
       ("Family support", "The provider must ensure that records of", "bereavement visits are kept."),
       ("Lymphoedema clinic", "The provider must ensure that equipment", "is serviced every year.")]


def _ruled(path, pages: list[list[tuple]], rules: dict[int, list[tuple]]):
    """`_pages`, with level rules (x0, x1, y from the top) drawn on the pages `rules` names."""
    from reportlab.pdfgen import canvas

    _pages(path, pages)  # registers the fonts
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    for number, lines in enumerate(pages):
        for text, x, top, size, bold in lines:
            page.setFont("DejaVu-Bold" if bold else "DejaVu", size)
            page.drawString(x, HEIGHT - top - size, text)
        for x0, x1, y in rules.get(number, []):
            page.setLineWidth(0.75)
            page.line(x0, HEIGHT - y, x1, HEIGHT - y)
        page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.5, 10.0, 12.0])
def test_a_heading_naming_a_service_the_report_s_ratings_table_lists_heads_its_lists(tmp_path, size):
    from cqcplan import api

    lead = 1.3 * size
    cover = [("St Ann's Hospice", LEFT, 150.0, 2.2 * size, True), ("Inspection report", LEFT, 190.0, 1.6 * size, False),
             ("Date of inspection visit: 4 to 6 June 2018", LEFT, 230.0, size, False),
             ("Overall rating for this location", LEFT, 300.0, size, True), ("Good", LEFT + 22 * size, 300.0, size, False)]
    cell = LEFT + 0.4 * size  # the table's cells' text inset from its rules' ends
    top = TOP + 12 * lead  # under the summary's closing paragraph
    table = _column(["We rated the hospice as good overall. Staff were kind and caring, and", "people's needs were met.",
                     "", "Heads of Hospital Inspection"] * 2, LEFT, TOP, size)
    table += [("Our judgements about each of the main services", LEFT, top, 1.2 * size, True),
              ("Service", cell, top + 2 * lead, size, True), ("Rating", cell + 13 * size, top + 2 * lead, size, True),
              ("Summary of each main service", cell + 19.5 * size, top + 2 * lead, size, True)]
    rules = []
    for k, (name, _, _) in enumerate(OWN):
        y = top + (4 + 5 * k) * lead
        rules.append((LEFT, LEFT + 48 * size, y - 0.8 * lead))  # the rule over each row
        table += [(name, cell, y, size, False), ("Good", cell + 13 * size, y, size, False)]
        table += _column(["The service provided care for up to", "twelve patients. We rated safe and",
                          "effective as good, and caring as", "outstanding."],
                         cell + 19.5 * size, y, size)
    pages = [cover, table]
    for name, *item in OWN:
        pages.append([(name, LEFT, TOP, 1.6 * size, True),
                      ("Staff were kind and caring towards patients.", LEFT, TOP + 3 * lead, size, False),
                      ("Action the provider MUST take to improve", LEFT, TOP + 5 * lead, size, True),
                      ("•", LEFT, TOP + 6.5 * lead, size, False)]
                     + _column(item, LEFT + size, TOP + 6.5 * lead, size))
    found = api.extract_report(_ruled(tmp_path / "report.pdf", pages, {1: rules})).findings
    assert [(f.text, f.service) for f in found] == [(" ".join(item), name) for name, *item in OWN]
