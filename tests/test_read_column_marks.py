"""A provider's compliance tracker (outside set IA, r2_tick_tracker_4up), on small PDFs drawn here with
reportlab: one table under "Actions the provider must and should take to improve", its columns
No. | Action | Must | Should | Owner, each row's kind shown only by a tick in the Must or the Should
column (the narrow Should column's heading broken "Shou" / "ld"), its owner wrapped onto a second line.

The tick holds no words: the rows took no kind from it (fails without pipeline/column_marks.py); a
tick in a column with any other heading ("Done") stays a tick. The owner's second line, right of the
row's kind cell on a row of the statement's own, is no part of the statement (fails without
locate's `_beside_kind_cell` reaching the item's rows under its kind cell's). A full-width row under
the header row naming the service of the rows under it, its name at the table's left ("Surgery"), is
read after the whole header row, not between its first cells and the others (fails without
read._head_row_first: the rows took no service)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

ROWS = [("must", ["Ensure care and treatment is provided in", "a safe way for service users."]),
        ("should", ["Review the system for recording verbal", "complaints so that trends are found."]),
        ("must", ["Establish effective systems to assess", "and monitor the service. (Regulation 17)"])]


def _page(size: float, second: str = "Should", service: str = "") -> list[tuple]:
    """The table at `size` points, its columns placed in ems of it."""
    em, left, top = size, 60.0, 80.0
    at = {"No.": left, "Action": left + 2 * em, "Must": left + 24 * em, "Should": left + 27.5 * em,
          "Owner": left + 31 * em}
    lead = 1.3 * em
    runs = [("Actions the provider must and should take to improve", left, top, 1.3 * size, True)]
    y = top + 3 * em
    for head in ("No.", "Action", "Must", "Owner"):
        runs.append((head, at[head], y, size, True))
    if second == "Should":
        runs += [("Shou", at["Should"], y, size, True), ("ld", at["Should"], y + lead, size, True)]
    else:
        runs.append((second, at["Should"], y, size, True))
    y += 2 * lead + 0.6 * em
    if service:  # a full-width row naming the rows under it, its name at the table's left
        runs.append((service, left, y, size, True))
        y += lead + 0.6 * em
    for n, (kind, lines) in enumerate(ROWS, start=1):
        runs.append((str(n), at["No."], y, size, False))
        runs.append(("✓", at["Must" if kind == "must" else "Should"] + 0.5 * em, y, size, False))
        runs += [("Practice", at["Owner"], y, size, False), ("manager", at["Owner"], y + lead, size, False)]
        for k, line in enumerate(lines):
            runs.append((line, at["Action"], y + k * lead, size, False))
        y += len(lines) * lead + 0.8 * em
    return runs


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_tick_under_must_or_should_gives_its_row_the_kind(tmp_path, size):
    _, found = _findings(_pages(tmp_path / "report.pdf", [_page(size)]))
    assert [(f.kind, f.text) for f in found] == [(kind, " ".join(lines)) for kind, lines in ROWS]


def test_a_tick_under_another_heading_names_nothing(tmp_path):
    doc, _ = _findings(_pages(tmp_path / "report.pdf", [_page(9.0, second="Done")]))
    texts = [line.text for line in doc.pages[0].lines]
    assert not any("SHOULD" in text for text in texts) and any("✓" in text for text in texts)


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_service_row_under_the_header_row_names_the_rows_under_it(tmp_path, size):
    _, found = _findings(_pages(tmp_path / "report.pdf", [_page(size, service="Surgery")]))
    assert [(f.kind, f.service, f.text) for f in found] == [(kind, "Surgery", " ".join(lines)) for kind, lines in ROWS]


def test_a_tick_bullet_under_a_service_heading_stays_a_bullet(tmp_path):
    """A list bulleted with ticks under its service's heading: the heading reaches over the items'
    text, so the tick is no cell mark and the items keep their words and their service."""
    size, left = 9.0, 60.0
    runs = [("Action the trust MUST take to improve", left, 80.0, 1.3 * size, True), ("Surgery", left, 110.0, size, True)]
    for k, (_, lines) in enumerate(ROWS):
        runs += [("✓", left, 130.0 + k * 40, size, False),
                 (" ".join(lines), left + 1.2 * size, 130.0 + k * 40, size, False)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [runs], 842.0))
    assert [(f.service, f.text) for f in found] == [("Surgery", " ".join(lines)) for _, lines in ROWS]


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_small_square_bullet_off_its_items_baseline_stays_a_bullet(tmp_path, size):
    """Square bullets set smaller than their items and level with their tops, so off the items'
    baselines, under services' headings: the items are still the bullets' row, the headings reach
    over their text: each bullet stays a bullet (not read as its heading's service, a label in front
    of each item: the report FD mh_elmhurst_2017 then took its repeat's page for those statements),
    and each item keeps its words and the service it is listed under."""
    left, y = 60.0, 80.0
    runs = [("Action the trust MUST take to improve", left, y, 1.3 * size, True)]
    for service in ("Surgery", "Maternity"):
        y += 3 * size
        runs.append((service, left, y, size, True))
        for _, lines in ROWS:
            y += 2 * size
            runs += [("■", left, y, 0.57 * size, False), (" ".join(lines), left + 1.3 * size, y, size, False)]
    doc, found = _findings(_pages(tmp_path / "report.pdf", [runs], 842.0))
    assert [line.text[:1] for line in doc.pages[0].lines if line.x0 < left + size] == ["A", "S"] + 3 * ["■"] + \
        ["M"] + 3 * ["■"]
    assert [(f.service, f.text) for f in found] == [(service, " ".join(lines))
                                                    for service in ("Surgery", "Maternity") for _, lines in ROWS]
