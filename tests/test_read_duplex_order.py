"""Pages saved out of their printed order by a manual duplex print (the odd pages printed to one file,
then the even pages, the two merged: 1, 3, 5, 2, 4, 6), each page's printed number kept in a running
footer that also names the report ("4 Riverside Hospital Quality Report 04/05/2019"), or printed alone
under the text while the cover prints none. Read in printed order (page_order.py): a must running from
printed page 2's foot on to printed page 3's top (stored before it) is whole, and a service's should
list going on at printed page 5 (stored third) keeps that service. Read in the file's order, the must
was cut and its rest lost, and the list's next item was read under the wrong chapter. A finding's page
stays its page in the file.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round61 import _findings, _item, _paragraph  # noqa: E402
from test_read_round62 import _draw  # noqa: E402

A4 = (595.0, 842.0)
SERVICE = "Acute wards for adults of working age and psychiatric intensive care units"
NARRATIVE = ("Staff on the wards knew the patients well and spoke about them with respect. The wards were clean "
             "and tidy, and patients told us that they felt safe there and that staff listened to them.")
FIRST = "The trust must ensure that ligature risk assessments are reviewed every year and kept up to date on every ward."
RUN_ON = ("The trust must ensure that patients' physical health is monitored after rapid tranquillisation, "
          "in line with national guidance and the trust's own policy, and that each observation is recorded "
          "in the patient's notes at the time it is taken.")
SHOULD_1 = "The trust should ensure that patients can make phone calls in private on every ward."
SHOULD_2 = "The trust should consider how it can offer more activities to patients at weekends."
FOOTER = "Riverside Hospital Quality Report 04/05/2019"


def _printed(size: float) -> list[list[tuple]]:
    """Six printed pages: narrative; the must list, its second item cut after two lines; the item's
    rest and narrative; narrative; the should list's first item at the foot; its second at the top."""
    left, width = 60.0, 595.0 - 2 * 60.0
    one, _ = _paragraph(NARRATIVE, left, 100.0, size, width)
    two = [("Action the trust MUST take to improve", left, 100.0, 1.2 * size, True)]
    drawn, base = _item(FIRST, left, 100.0 + 2 * size, size, width)
    two += drawn
    drawn, _ = _item(RUN_ON, left, base, size, width)
    bases = sorted({b for _, _, b, _, _ in drawn})
    kept = bases[:2]  # the bullet and two lines at page 2's foot, the rest at page 3's top
    two += [(t, x, 842.0 - 90.0 - (len(kept) - kept.index(b)) * 1.25 * size, p, bold)
            for t, x, b, p, bold in drawn if b in kept]
    three = [(t, x, 100.0 + (bases.index(b) - len(kept)) * 1.25 * size, p, bold)
             for t, x, b, p, bold in drawn if b not in kept]
    more, _ = _paragraph(NARRATIVE, left, three[-1][2] + 2 * size, size, width)
    three += more
    four = [("Surgery", left, 100.0, 1.4 * size, True)]
    more, base = _paragraph(NARRATIVE, left, 100.0 + 2 * size, size, width)
    four += more + [("Action the hospital SHOULD take to improve", left, 842.0 - 90.0 - 3 * size, 1.1 * size, True)]
    drawn, _ = _item(SHOULD_1, left, 842.0 - 90.0 - size, size, width)
    four += drawn
    five, base = _item(SHOULD_2, left, 100.0, size, width)
    five = [("Maternity", left, base + size, 1.4 * size, True)] + five
    more, _ = _paragraph(NARRATIVE, left, base + 3 * size, size, width)
    five += more
    six, _ = _paragraph(NARRATIVE, left, 100.0, size, width)
    return [one, two, three, four, five, six]


def _duplex(pages: list[list[tuple]], footer) -> list[tuple]:
    """The printed pages, each with its footer (None: none), stored odd pages first, then even."""
    numbered = [lines + ([(text, 60.0, 842.0 - 40.0, 7.5, False)] if (text := footer(n)) else [])
                for n, lines in enumerate(pages, 1)]
    return [(A4, numbered[n - 1]) for n in [*range(1, len(pages) + 1, 2), *range(2, len(pages) + 1, 2)]]


def _expected() -> list[tuple]:
    # stored: printed 1, 3, 5, 2, 4, 6; printed 2 is the file's page 4, printed 4 its page 5, printed 5 its page 3
    return [("must", 4, SERVICE, FIRST), ("must", 4, SERVICE, RUN_ON),
            ("should", 5, "Surgery", SHOULD_1), ("should", 3, "Surgery", SHOULD_2)]


@pytest.mark.parametrize("size", [8.5, 10.0, 12.0])
def test_a_duplex_print_saved_odd_then_even_is_read_by_its_footers_folios(tmp_path, size):
    path = _draw(tmp_path / "duplex.pdf", _duplex(_printed(size), lambda n: f"{n} {FOOTER}"))
    assert _findings(path) == _expected()


@pytest.mark.parametrize("size", [8.5, 12.0])
def test_a_folio_ending_the_footer_numbers_its_page_too(tmp_path, size):
    path = _draw(tmp_path / "duplex.pdf", _duplex(_printed(size), lambda n: f"{FOOTER} {n}"))
    assert _findings(path) == _expected()


@pytest.mark.parametrize("size", [8.5, 12.0])
def test_a_duplex_print_with_its_cover_unnumbered_is_read_in_printed_order(tmp_path, size):
    """The numbered pages agree with the odd-then-even order, the cover taking its place in it."""
    path = _draw(tmp_path / "duplex.pdf", _duplex(_printed(size), lambda n: str(n) if n > 1 else None))
    assert _findings(path) == _expected()


def test_a_footer_printing_the_same_number_on_every_page_orders_nothing(tmp_path):
    """A footer ending on the same figure on every page ("… item 9") is no folio: the file's order stays."""
    pages = _printed(10.0)
    path = _draw(tmp_path / "plain.pdf", [(A4, lines + [("Board of Directors agenda item 9", 60.0, 802.0, 7.5, False)])
                                          for lines in pages])
    assert [f[1] for f in _findings(path)] == [2, 2, 4, 5]
