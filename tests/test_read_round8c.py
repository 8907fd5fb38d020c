"""Reading round eight c, on small PDFs drawn here with reportlab and read back whole.

A "Core service | Action" table read column by column (pipeline/label_rows.py): the service cells are short names at the left,
well clear of the action cells, whose bulleted items run over several lines each. The reading
order gives every service first, then every action; each item still takes the service on its
row (before, every item took the last service read, or none)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages, _pdf  # noqa: E402

LEFT, RIGHT = 90.0, 306.0
ROWS = {  # each service's items, each item's lines
    "Surgery": [("The hospital must ensure that the five steps", "to safer surgery checklist is completed for",
                 "every patient. (Regulation 12)"),
                ("The hospital must ensure that controlled", "drugs in theatres are stored and recorded",
                 "in line with legislation. (Regulation 12)")],
    "Outpatients": [("The hospital must ensure that confidential", "information is not left unattended in",
                     "consulting rooms. (Regulation 17)")],
    "Diagnostic imaging": [("The hospital must ensure that the local rules", "for radiation protection are signed by all",
                            "staff. (Regulation 17(1))"),
                           ("The hospital must ensure that staff check", "patients' pregnancy status before exposure.")],
}


def _table(size: float, rows: dict = ROWS) -> list[tuple]:
    """Heading, header row, then each service beside its bulleted items (a service of two lines
    is given as "first line|second line")."""
    lines = [("Action the hospital MUST take to improve", LEFT, 80.0, 1.4 * size, True)]
    top = 80.0 + 3 * size
    lines += [("Core service", LEFT, top, 1.2 * size, False), ("Action", RIGHT, top, 1.2 * size, False)]
    top += 1.6 * size
    for service, items in rows.items():
        lines += [(part, LEFT, top + k * 1.15 * size, size, False) for k, part in enumerate(service.split("|"))]
        for item in items:
            for k, words in enumerate(item):
                lines.append(("● " + words if k == 0 else words, RIGHT, top, size, False))
                top += 1.15 * size
        top += 0.1 * size
    return lines


@pytest.mark.parametrize("size", [6.0, 8.0, 9.0])
def test_each_item_takes_the_service_on_its_row_when_the_labels_are_read_first(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _table(size)))
    want = [(service, " ".join(item)) for service, items in ROWS.items() for item in items]
    assert [(f.service, f.text) for f in found] == want


@pytest.mark.parametrize("size", [6.0, 9.0])
def test_a_service_cell_of_two_lines_is_put_back_whole_before_its_row(tmp_path, size, monkeypatch):
    """"Heron ward and" / "Willow ward" is one cell: its second line is not put inside the row's
    item, which would cut the item after its first line (an outside batch's ward table)."""
    from cqcplan.pipeline import label_rows, locate

    orders = []
    put_back = label_rows.labels_beside_rows
    monkeypatch.setattr(locate, "labels_beside_rows", lambda lines: orders.append(put_back(lines)) or orders[-1])
    rows = {"Heron ward and|Willow ward": ROWS["Surgery"], "Outpatients": ROWS["Outpatients"]}
    _, found = _findings(_pdf(tmp_path / "report.pdf", _table(size, rows)))
    assert [f.text for f in found] == [" ".join(item) for items in rows.values() for item in items]
    texts = [line.text for order in orders for line in order]
    at = texts.index("Heron ward and")
    assert texts[at + 1] == "Willow ward"


def _band(size: float) -> list[tuple]:
    """A should list in two balanced columns, in two blocks (both columns end a sentence on one
    row): the right column's top holds the last words of the left column's last item, which
    the reading order gives before it (that item is in the second block)."""
    left, right, lead = 56.0, 308.0, 1.35 * size
    top = 80.0 + 3 * size
    rows = [top + k * lead for k in range(3)] + [top + (k + 0.4) * lead for k in range(3, 8)]
    cells = {left: ["• The trust should ensure that pain scores", "are recorded and analgesia is", "offered promptly.",
                    "• The trust should consider how it shows", "waiting times in the waiting area.",
                    "• The trust should ensure that patients", "living with dementia have a completed"],
             right: ["‘This is me’ document.", "• The trust should ensure that board", "rounds start on time.",
                     "Maternity", "• The trust should ensure that women are", "offered a debrief after a caesarean."]}
    lines = [("Action the trust SHOULD take to improve", left, 80.0, 1.4 * size, True)]
    for x, texts in cells.items():
        lines += [(text, x if text.startswith("•") or text == "Maternity" else x + 1.1 * size, y, size, text == "Maternity")
                  for text, y in zip(texts, rows)]
    return lines


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_an_item_s_last_words_read_before_it_at_a_column_s_top_end_it(tmp_path, size):
    """Pieces of a list read out of order (pipeline/orphan_tails.py): the tail goes after the
    item it ends, and the list is not closed by it (before: the tail, read as a paragraph after
    bullets, closed the list and every later item was lost)."""
    _, found = _findings(_pdf(tmp_path / "report.pdf", _band(size)))
    assert sorted(f.text for f in found) == sorted([
        "The trust should ensure that pain scores are recorded and analgesia is offered promptly.",
        "The trust should consider how it shows waiting times in the waiting area.",
        "The trust should ensure that patients living with dementia have a completed ‘This is me’ document.",
        "The trust should ensure that board rounds start on time.",
        "The trust should ensure that women are offered a debrief after a caesarean.",
    ])


@pytest.mark.parametrize("size", [9.0, 10.5])
def test_a_bullet_opening_the_next_page_after_a_finished_item_is_the_next_item(tmp_path, size):
    """A band's two columns over a page break: the last item on the page is in the right column,
    the next opens the left column of the next page, its last words at the top of the right
    one; a heading further down starts at the page's margin, so the column's edge is guessed
    left of the bullet. It is the list's next item, not a sub-bullet of the item before (before,
    the two were read as one item)."""
    left, right, lead = 56.0, 308.0, 1.35 * size
    first = [("Action the trust SHOULD take to improve", left, 80.0, 1.4 * size, True),
             ("Surgery", left, 760.0, size, True),
             ("• The trust should ensure that venous", right, 754.0, size, False),
             ("thromboembolism assessments are", right + 1.1 * size, 754.0 + lead, size, False),
             ("repeated within 24 hours.", right + 1.1 * size, 754.0 + 2 * lead, size, False)]
    second = [("• The trust should review theatre", left + 3.0, 45.0, size, False),
              ("scheduling to reduce the number of", left + 3.0 + 1.1 * size, 45.0 + lead, size, False),
              ("operations cancelled on the day.", right + 1.1 * size, 45.0, size, False),
              ("Our findings", 24.0, 45.0 + 3 * lead, 1.4 * size, True)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [f.text for f in found] == [
        "The trust should ensure that venous thromboembolism assessments are repeated within 24 hours.",
        "The trust should review theatre scheduling to reduce the number of operations cancelled on the day.",
    ]
