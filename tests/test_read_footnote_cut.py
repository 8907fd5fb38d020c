"""A must item cut by the page's foot with a footnote printed between its two halves (LibreOffice:
the footnote anchored in the paragraph above the list, "… diabetes.1", set at the page's foot in
smaller type, its raised figure read into its first word, "1Quality …"), drawn here line by line
at several type sizes. The item goes on at the next page's top, and the next page's items stay in
the list. Before, the footnote ended the list: the item lost its end and the next page's musts,
read outside any list, were credited to a later printing. Fails without locate.py's `_footnote_under`."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import LEFT, _pages  # noqa: E402

MUSTS = [["Ensure that all staff who act as chaperones have received a", "criminal records check."],
         ["Ensure that blank prescription forms are tracked through the", "practice and kept securely"],
         ["at all times, in line with NHS Protect guidance."],
         ["Notify the Care Quality Commission without delay when the", "registered manager is absent."]]
SHOULD = ["Consider installing a hearing loop in the reception area."]
NOTE = ["1Quality and Outcomes Framework results for 2014/15: the practice achieved", "97.8% of the total points available."]


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
@pytest.mark.parametrize("small", [0.76, 0.85])
def test_a_footnote_between_a_cut_item_s_halves_neither_ends_it_nor_its_list(tmp_path, size, small):
    step, indent, foot = 1.8 * size, LEFT + 2 * size, 780.0
    first = [("The practice held a register of patients with diabetes.1 Uptake of the flu", LEFT, 100.0, size, False),
             ("vaccination was 74%.", LEFT, 100.0 + step, size, False),
             ("The areas where the provider must make improvement are:", LEFT, 100.0 + 3 * step, size, False)]
    top = 100.0 + 5 * step
    for item in MUSTS[:2]:
        first.append(("•", LEFT, top, size, False))
        for k, text in enumerate(item):
            first.append((text, indent, top + k * step, size, False))
        top += (len(item) + 0.5) * step
    note = size * small
    first += [(text, LEFT, top + 1.5 * step + k * 1.3 * note, note, False) for k, text in enumerate(NOTE)]
    second = [(MUSTS[2][0], indent, 60.0, size, False), ("•", LEFT, 60.0 + 1.5 * step, size, False)]
    second += [(text, indent, 60.0 + (1.5 + k) * step, size, False) for k, text in enumerate(MUSTS[3])]
    second += [("The areas where the provider should make improvement are:", LEFT, 60.0 + 4 * step, size, False),
               ("•", LEFT, 60.0 + 5.5 * step, size, False), (SHOULD[0], indent, 60.0 + 5.5 * step, size, False)]
    pages = [lines + [(f"{n} Riverside Lane Surgery Quality Report 14/07/2016", LEFT, foot, 0.76 * size, False)]
             for n, lines in enumerate([first, second], 1)]
    _, found = _findings(_pages(tmp_path / "report.pdf", pages))
    musts = [" ".join(MUSTS[0]), " ".join(MUSTS[1] + MUSTS[2]), " ".join(MUSTS[3])]
    assert [(f.kind, f.page, f.text) for f in found] == \
        [("must", 1, musts[0]), ("must", 1, musts[1]), ("must", 2, musts[2]), ("should", 2, SHOULD[0])]
