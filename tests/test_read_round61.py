"""Reading round sixty-one, set EF as a development set; each page is drawn here line by line, at
several type sizes:

- pages stored last to first (printed page numbers 3, 2, 1 in the footers): read in their printed
  order, each keeping its number in the file. Before, a must item running on to the next printed
  page was read from its last words, the pages in file order, and cut;
- a must list filling a left column, its last item cut mid-sentence at the column's foot, going on
  in the right column of the next page after a panel, another text stream and a box read between:
  the item goes on there at its wrapped lines' indent, and its list's next item follows. Before,
  the item was cut and the next one was read as no list's;
- a row of core services' names set alone over three columns, each opening under list headings
  of its own (an A3 fold-out's must and should lists per service): each name heads its column.
  Before, the row was read first, so every column took the last name's service;
- a heading naming the actions of both kinds ("Summary of actions by key question") over a table
  of key questions beside their musts and shoulds: its items say their kind. Before, no item was read.

Each test fails without its change: page_order.py, locate.py's `_resumes_after_jump`, read.py's
`_under_column_heads` (a title row set alone), vocab/headings.toml's `either`.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402
from test_read_round62 import _draw  # noqa: E402

from reading import read_findings  # noqa: E402

A4 = (595.0, 842.0)
MUST = "Action the trust MUST take to improve"
SHOULD = "Action the trust SHOULD take to improve"
SERVICE = "Acute wards for adults of working age and psychiatric intensive care units"
NARRATIVE = ("Staff on the wards knew the patients well and spoke about them with respect. The wards were clean "
             "and tidy, and patients told us that they felt safe there and that staff listened to them. Managers "
             "held regular meetings with staff and shared learning from incidents across the wards.")


def _findings(path: Path) -> list[tuple]:
    return [(f.kind, f.page, f.service, f.text) for f in read_findings(path, default_service=SERVICE)]


def _item(text: str, x: float, base: float, size: float, width: float) -> tuple[list[tuple], float]:
    """A bulleted item with a hanging indent of one em; the baseline under its last line."""
    lines = _wrapped(text, size, width - size)
    drawn = [("•", x, base, size, False)]
    for words in lines:
        drawn.append((" ".join(words), x + size, base, size, False))
        base += 1.25 * size
    return drawn, base + 0.5 * size


def _paragraph(text: str, x: float, base: float, size: float, width: float) -> tuple[list[tuple], float]:
    drawn = []
    for words in _wrapped(text, size, width):
        drawn.append((" ".join(words), x, base, size, False))
        base += 1.25 * size
    return drawn, base + 0.5 * size


# ---- pages stored last to first ------------------------------------------------------------

FIRST = "The trust must ensure that ligature risk assessments are reviewed every year and kept up to date on every ward."
RUN_ON = ("The trust must ensure that patients' physical health is monitored after rapid tranquillisation, "
          "in line with national guidance and the trust's own policy, and that each observation is recorded "
          "in the patient's notes at the time it is taken.")


def _reversed(size: float, cover: bool = False) -> list[tuple]:
    """Three printed pages: narrative (or an unnumbered report cover); a must list whose second item's
    sentence runs on to the next printed page; narrative under its last words. Stored last to first,
    numbered in the footers."""
    width = 595.0 - 2 * 60.0
    one, _ = _paragraph(NARRATIVE, 60.0, 100.0, size, width)
    if cover:
        one = [(line, 60.0, 100.0 + 3 * k * size, 2 * size if k == 1 else size, k == 1) for k, line in enumerate(COVER)]
    two = [(MUST, 60.0, 100.0, 1.2 * size, True)]
    drawn, base = _item(FIRST, 60.0, 100.0 + 2 * size, size, width)
    two += drawn
    drawn, _ = _item(RUN_ON, 60.0, base, size, width)
    bases = sorted({b for _, _, b, _, _ in drawn})
    kept = bases[:2]  # the bullet and two lines at page 2's foot, the rest at page 3's top
    two += [(t, x, 842.0 - 60.0 - (len(kept) - kept.index(b)) * 1.25 * size, p, bold)
            for t, x, b, p, bold in drawn if b in kept]
    moved = [(t, x, 100.0 + (bases.index(b) - len(kept)) * 1.25 * size, p, bold) for t, x, b, p, bold in drawn if b not in kept]
    three, _ = _paragraph(NARRATIVE, 60.0, moved[-1][2] + 2 * size, size, width)
    three = moved + three
    printed = [lines + ([] if cover and n == 1 else [(str(n), 290.0, 842.0 - 30.0, 0.8 * size, False)])
               for n, lines in enumerate((one, two, three), 1)]
    return [(A4, lines) for lines in reversed(printed)]


COVER = ["Care Quality Commission", "Riverside Hospital", "Inspection report", "Date of inspection visit: 4 March 2019",
         "Overall rating for this service: Requires improvement"]


@pytest.mark.parametrize("size", [8.5, 10.0, 12.0])
def test_pages_stored_last_to_first_are_read_in_their_printed_order(tmp_path, size):
    path = _draw(tmp_path / "reversed.pdf", _reversed(size))
    assert _findings(path) == [("must", 2, SERVICE, FIRST), ("must", 2, SERVICE, RUN_ON)]


@pytest.mark.parametrize("size", [8.5, 12.0])
def test_a_report_stored_last_to_first_with_its_cover_unnumbered_is_recognised_and_read_in_printed_order(tmp_path, size):
    """The pages counting down from the numbered ones (the cover, last in the file, prints no number) are put
    in printed order before the report is recognised: read in the file's order its first pages hold no cover."""
    from cqcplan.api import extract_report

    path = _draw(tmp_path / "reversed_cover.pdf", _reversed(size, cover=True))
    found = extract_report(path).findings
    assert [(f.kind, f.page, f.text) for f in found] == [("must", 2, FIRST), ("must", 2, RUN_ON)]


# ---- a list going on in another column of the next page -----------------------------------

CUT = ("The trust must ensure that patients detained under the Mental Health Act have their rights explained to "
       "them on admission and at regular intervals thereafter, and that this is recorded.")
NEXT = "The trust must ensure that the clinic room on Teasel ward is kept at a temperature suitable for medicines."
OTHER = "The trust must ensure that seclusion records are completed fully, in line with the Code of Practice."


def _jump(size: float) -> list[tuple]:
    """Page 1: the must list in the left column, its last item cut after its first two lines, a
    "Continued" note and a "Key facts" panel under it; narrative in the right column. Page 2: a box
    across both columns, the narrative's end in the left column, the item's rest and the next item
    at the right column's top."""
    left, right, width = 45.0, 306.0, 240.0
    one = [("Action the trust MUST take", left, 80.0, 1.1 * size, True)]
    drawn, base = _item(OTHER, left, 80.0 + 1.8 * size, size, width)
    one += drawn
    drawn, _ = _item(CUT, left, base, size, width)
    one += drawn[:3]
    base = drawn[2][2] + 2.2 * size
    one += [("Continued on page 2, right-hand column", left, base, 0.85 * size, False),
            ("Key facts and figures", left + size, base + 4 * size, 1.2 * size, True)]
    one += [(f"{n} wards visited", left + size, base + (6 + 1.6 * k) * size, size, False) for k, n in enumerate((3, 5, 6))]
    text, after = _paragraph(NARRATIVE + " " + NARRATIVE, right, 80.0 + 1.8 * size, size, width)
    one += [("Information about the service", right, 80.0, 1.15 * size, True)] + text
    box, base = _paragraph(NARRATIVE, left, 80.0 + 1.8 * size, size, right + width - left)
    two = [("Mental Health Act responsibilities", left, 80.0, 1.3 * size, True)] + box
    top = base + 2 * size
    tail, _ = _paragraph("staff had not recorded why. " + NARRATIVE, left, top, size, width)
    two += tail
    two.append(("Continued from page 1", right + size, top - 1.4 * size, 0.85 * size, False))
    rest = [(t, right + size, top + k * 1.25 * size, points, False) for k, (t, _, _, points, _) in enumerate(drawn[3:])]
    two += rest
    drawn, _ = _item(NEXT, right, rest[-1][2] + 1.75 * size, size, width)
    two += drawn
    return [(A4, one), (A4, two)]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_an_item_cut_at_a_column_s_foot_goes_on_in_another_column_of_the_next_page(tmp_path, size):
    path = _draw(tmp_path / "jump.pdf", _jump(size))
    assert _findings(path) == [("must", 1, SERVICE, OTHER), ("must", 1, SERVICE, CUT), ("must", 2, SERVICE, NEXT)]


# ---- a row of services' names over their columns ------------------------------------------

COLUMNS = [("Emergency and urgent care",
            ["The trust must ensure that all vehicles are cleaned in line with the infection control policy.",
             "The trust must ensure that staff complete mandatory training, including safeguarding adults and "
             "children level 2, so that compliance meets the trust's target."],
            ["The trust should ensure that patient report forms are fully completed, including pain scores."]),
           ("Emergency operations centre (EOC)",
            ["The trust must ensure that there are enough call handlers on each shift to meet demand."],
            ["The trust should ensure that call handlers receive regular, documented supervision.",
             "The trust should ensure that the business continuity plan is tested at least once a year."]),
           ("Patient transport services",
            ["The trust must ensure that vehicles used to transport patients are serviced on time."],
            ["The trust should review eligibility criteria so that they are applied consistently."])]


def _fold_out(size: float) -> list[tuple]:
    """An A4 page, then an A3 landscape page: a title, the services' names in a row, and under each
    its must and should lists in its own column (each as long as its lists)."""
    a3 = (1190.0, 842.0)
    lines = [("Areas for improvement", 40.0, 50.0, 1.5 * size, True)]
    width = (a3[0] - 80.0 - 2 * 30.0) / 3
    for k, (service, musts, shoulds) in enumerate(COLUMNS):
        x = 40.0 + k * (width + 30.0)
        lines.append((service, x + 0.8 * size, 90.0, 1.15 * size, True))
        base = 90.0 + 3 * size
        for heading, items in ((MUST, musts), (SHOULD, shoulds)):
            lines.append((heading, x, base, 1.05 * size, True))
            base += (1.8 + 0.4 * k) * size  # no blank band across the page between two rows of items
            for item in items:
                drawn, base = _item(item, x, base, size, width)
                lines += drawn
            base += size
    cover, _ = _paragraph(NARRATIVE, 60.0, 100.0, size, 475.0)
    return [(A4, cover), (a3, lines)]


@pytest.mark.parametrize("size", [8.5, 9.5, 11.0])
def test_a_row_of_services_names_over_their_columns_heads_each_column(tmp_path, size):
    path = _draw(tmp_path / "fold_out.pdf", _fold_out(size))
    want = [(kind, 2, service, item) for service, musts, shoulds in COLUMNS
            for kind, items in (("must", musts), ("should", shoulds)) for item in items]
    assert _findings(path) == want


# ---- a heading naming the actions of both kinds --------------------------------------------

ROWS = [("Are services safe?", ["The provider must ensure that recruitment checks are completed for every new member "
                                "of staff. (Regulation 19(2))",
                                "The provider should implement a sharps risk assessment."]),
        ("Are services well-led?", ["The provider should introduce a system to act on patient safety alerts."])]


def _summary(size: float) -> list[tuple]:
    lines = [("Summary of actions by key question", 51.0, 100.0, 1.45 * size, True)]
    lead, base = _paragraph("We identified regulations that were not being met and the provider must take the actions "
                            "below. There were also areas where the provider could make improvements and should take "
                            "the actions below.", 51.0, 100.0 + 2 * size, size, 480.0)
    lines += lead
    base += size
    for question, items in ROWS:
        lines.append((question, 57.0, base, 1.1 * size, True))
        for item in items:
            drawn, base = _item(item, 57.0 + 16 * size, base, size, 480.0 - 16 * size)  # the cell right of the question
            lines += drawn
        base += size
    return [(A4, lines)]


@pytest.mark.parametrize("size", [8.5, 9.6, 11.0])
def test_a_summary_of_actions_by_key_question_gives_its_items_their_own_kinds(tmp_path, size):
    path = _draw(tmp_path / "summary.pdf", _summary(size))
    assert [(kind, text) for kind, _, _, text in _findings(path)] == [
        (text.split()[2], text) for _, items in ROWS for text in items]
