"""Round 35 of issue 10: blocks set beside a list in type of their own, made here with reportlab at
several type sizes (all geometry is in ems of the type). A pull-quote floated beside a large-print
list, its top level with the list's heading and its foot beside the first item's lines, the item's
sentence running on under the float at the full measure: the quote is no part of the item."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from test_read_outside_tables import WIDTH, _Page  # noqa: E402
from reading import read_findings  # noqa: E402

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
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", text) for text in MUSTS]


GROUPS = [("Older people", "Good"), ("People with long-term conditions", "Good"),
          ("Families, children and young people", "Requires improvement"),
          ("Working age people (including those recently retired and students)", "Requires improvement"),
          ("People whose circumstances may make them vulnerable", "Good"),
          ("People experiencing poor mental health (including people with dementia)", "Good")]
FACTS = ["Registered patients: 9,850", "Deprivation decile: 3 of 10", "GP partners: 4 (2 female, 2 male)",
         "Salaried GPs: 2", "Practice nurses: 3 and one healthcare assistant",
         "Opening hours: 8am to 6.30pm weekdays; extended hours Tuesday until 8pm", "Out-of-hours: Medway Unscheduled Care"]
SHOULDS = ["Continue to improve the uptake of cervical screening and childhood immunisations.",
           "Review the arrangements for monitoring fridge temperatures in the treatment room so that breaks in the "
           "cold chain are identified and acted on.",
           "Improve the identification of carers so that they can be offered appropriate support.",
           "Take action to improve patient satisfaction with telephone access to the practice.",
           "Review the process for acting on patient safety alerts to ensure historical alerts are revisited when "
           "new staff join.",
           "Establish a programme of two-cycle clinical audit that demonstrates quality improvement.",
           "Keep a record of verbal complaints so that themes and trends can be identified."]


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_sidebar_s_ratings_table_and_box_beside_the_lists_are_read_apart_from_them(tmp_path, size):
    """A narrow sidebar in smaller type left of the lists: a table of population groups and their ratings
    (two narrow columns, their rows level with nothing in the lists), then a box of practice facts across
    both its columns, while a should item runs on beside the box's top. The sidebar is one column of its
    own, read whole before the lists (before, the table's rows were read across the lists, and the box's
    heading cut an item and ended the list)."""
    path = tmp_path / "sidebar.pdf"
    page = _Page(path, size)
    em, small = size / 10.5, 0.72 * size
    label_x, value_x, side_w, main_x = 53.6, 52 + 58.8 * em, 108 * em, 52 + 126 * em
    starts: list[float] = []

    def items(heading: str, texts: list[str], top: float) -> float:
        page.put(heading, main_x, top, bold=True)
        top += 2.2 * size
        for text in texts:
            starts.append(top)
            for n, words in enumerate(simpleSplit(text, "Helvetica", size, WIDTH - 56 - main_x - 17 * em)):
                if n == 0:
                    page.put("•", main_x + 7 * em, top)
                page.put(words, main_x + 17 * em, top)
                top += 1.75 * size
            top += 0.3 * size
        return top + size

    items("The areas where the provider should make improvements are:", SHOULDS,
          items("The areas where the provider must make improvements are:", MUSTS, 52.0))
    top = 63.0
    page.put("Population group ratings", 52, top, 0.8 * size, bold=True)
    top += 1.6 * small
    for label, rating in GROUPS:
        labels = simpleSplit(label, "Helvetica", small, 52 * em)
        ratings = simpleSplit(rating, "Helvetica", small, 48 * em)
        for n, text in enumerate(labels):
            page.put(text, label_x, top + n * small, small)
        for n, text in enumerate(ratings):
            page.put(text, value_x, top + n * small, small)
        top += (max(len(labels), len(ratings)) + 0.8) * small  # rows padded apart
    top = max(top + small, starts[len(MUSTS) + 1] + size)  # the box's heading beside the second should's lines
    page.put("About the practice", 52, top, 0.8 * size, bold=True)
    top += 1.5 * small
    for fact in FACTS:
        for text in simpleSplit(fact, "Helvetica", small, side_w - 8 * em):
            page.put(text, 52, top, small)
            top += small
        top += 0.4 * small
    page.save()
    found = [(f.kind, f.text) for f in read_findings(path)]
    assert found == [("must", text) for text in MUSTS] + [("should", text) for text in SHOULDS]
