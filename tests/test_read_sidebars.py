"""Round 35 of issue 10: blocks set beside a list in type of their own, made here with reportlab at
several type sizes (all geometry is in ems of the type). A pull-quote floated beside a large-print
list, its top level with the list's heading and its foot beside the first item's lines, the item's
sentence running on under the float at the full measure: the quote is no part of the item."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from test_read_outside_tables import WIDTH, _findings, _Page  # noqa: E402

MUSTS = ["Ensure that care and treatment is provided in a safe way to patients, including the monitoring of "
         "patients prescribed high-risk medicines such as methotrexate and lithium, and that the results of their "
         "blood tests are checked before each new prescription is issued.",
         "Establish effective systems and processes to ensure good governance in accordance with the "
         "fundamental standards of care.",
         "Ensure that recruitment checks are carried out for all clinical staff before they start work."]
QUOTE = ["“Staff were caring, but the", "systems around them were not",
         "strong enough to keep them", "safe.” — Chief Inspector"]


def _flow(page: _Page, text: str, x: float, top: float, widths, indent: float = 0.0, number: str = "") -> float:
    """Set `text` line by line, each line's measure `widths(top)` (narrower beside a float), its
    first line after `number`; returns the top under it (leading 1.2 em)."""
    words, first = text.split(), True
    while words:
        lead = indent if first else 0.0
        width = widths(top) - lead
        n = len(words)
        while n > 1 and simpleSplit(" ".join(words[:n]), "Helvetica", page.size, width)[1:]:
            n -= 1
        if first and number:
            page.put(number, x, top, bold=True)
        page.put(" ".join(words[:n]), x + lead, top)
        words, first, top = words[n:], False, top + 1.2 * page.size
    return top


@pytest.mark.parametrize("size", [10.0, 13.0, 15.0])
def test_a_pull_quote_beside_a_list_heading_and_its_item_is_no_part_of_the_item(tmp_path, size):
    path = tmp_path / "pull.pdf"
    page = _Page(path, size)
    left, right = 56.0, WIDTH - 56.0
    quote_x, quote_size = left + 0.62 * (right - left), 0.8 * size
    top = page.para("Overall summary", left, 60, right - left, 1.4 * size, bold=True) + 0.6 * size
    top = page.para("We carried out an announced comprehensive inspection at the practice as part of our "
                    "inspection programme. Patients said they were treated with compassion. " * 2,
                    left, top, right - left) + 0.8 * size
    float_top = top + 0.5 * size
    for n, text in enumerate(QUOTE):
        page.put(text, quote_x, float_top + 1.25 * n * quote_size, quote_size)
    float_bottom = float_top + 1.25 * len(QUOTE) * quote_size

    def widths(at: float) -> float:
        return (quote_x - 1.5 * size if at < float_bottom else right) - left

    top = _flow(page, "The areas where the provider must make improvements are:", left, top, widths) + 0.6 * size
    for n, text in enumerate(MUSTS, 1):
        top = _flow(page, text, left, top, widths, indent=2.2 * size, number=f"1.{n}") + 0.4 * size
    page.save()
    assert [(f.kind, f.text) for f in _findings(path)] == [("must", text) for text in MUSTS]
