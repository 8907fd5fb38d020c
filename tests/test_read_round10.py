"""Reading round ten (issue 10, outside batch AQ as a development set), on small PDFs drawn here
with reportlab and read back whole:

- a running header set flush right whose words change page to page ("Summary of findings",
  "Action the provider MUST take to improve (continued)"): it is furniture, known by its right
  edge, height and style (before, only a shared left edge was looked for, so the header on the
  page a list runs on to was read as a paragraph that ended the list, and that page's items
  under their next sub-heading were lost);
- a list in small type printed twice (the summary's and the chapter's copy), its last item
  wrapping into the page's bottom tenth on both pages: the wrapped lines go on the item's
  sentence at its leading, so they are text, not a running footer (before, their words recurring
  in two pages' margins made them furniture, and the items were cut at their first line);
- a table's cells each holding one inline bullet whose lines wrap back to the bullet's x: a line
  ending with a colon ("… Memorandum 07-01:") goes on at the bullet's x with the words it leads
  to (before, the capital after the colon read as a new paragraph, which cut the statement and
  ended the list, losing the rows after it).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import HEIGHT, _findings, _width  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT, RIGHT_EDGE = 56.0, 540.0


def _flush_right(text: str, top: float, size: float) -> tuple:
    return (text, RIGHT_EDGE - _width(text, size), top, size, False)


def _list_page(header: str, size: float, groups: list[tuple[str, list[str]]], heading: str | None = None) -> list[tuple]:
    """A page under a flush-right running header: the list's heading (on its first page), then
    each group's bold sub-heading and its one-line bullets; a footer at the foot."""
    lines = [_flush_right(header, 27.0, 0.8 * size)]
    top = 64.0
    if heading:
        lines.append((heading, LEFT, top, 1.3 * size, True))
        top += 2.4 * size
    for group, items in groups:
        lines.append((group, LEFT, top, 1.05 * size, True))
        top += 1.8 * size
        for item in items:
            lines.append((f"• {item}", LEFT + size, top, size, False))
            top += 1.5 * size
        top += 0.8 * size
    lines.append(("Brookfield House Inspection report 02/05/2019", LEFT, HEIGHT - 30.0, 0.8 * size, False))
    return lines


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_flush_right_running_header_whose_words_change_is_furniture_and_the_list_runs_on_under_it(tmp_path, size):
    first = [("Ward A", ["The provider must ensure that care plans are reviewed every month."]),
             ("Ward B", ["The provider must ensure that fridge temperatures are recorded daily."])]
    second = [("Ward C", ["The provider must ensure that agency staff receive a local induction.",
                          "The provider must ensure that ligature risks are assessed on every ward."])]
    pages = [
        _list_page("Summary of findings", size, first, heading="Action the provider MUST take to improve"),
        _list_page("Action the provider MUST take to improve (continued)", size, second),
        [_flush_right("Our inspection team", 27.0, 0.8 * size),
         ("The team was led by an inspector.", LEFT, 64.0, size, False)],
    ]
    doc, found = _findings(_pages(tmp_path / "report.pdf", pages))
    assert [(f.kind, f.page, f.text) for f in found] == [
        ("must", page, text) for page, groups in ((1, first), (2, second)) for _, items in groups for text in items]
    headers = {(line.page, line.text) for page in doc.pages for line in page.lines if line.layer == "furniture"}
    assert {(2, "Action the provider MUST take to improve (continued)"), (3, "Our inspection team")} <= headers


SMALL_LIST = [
    ("The provider should make sure that families can reach the duty line",),
    ("The provider should make sure that the wait for a first hearing test is",
     "brought down towards the 18-week standard in every locality."),
    ("The provider should make sure that baby clinic rooms at Wyvern Road are",
     "kept clean and that toys are washed in line with the infection", "prevention and control policy."),
]


def _small_list_page(size: float, foot: float, heading: str) -> list[tuple]:
    """A should list whose last line is set at `foot`, under a paragraph of filler from the page's
    top; a footer well below."""
    lead = 1.24 * size
    rows = [(text, n == 0) for item in SMALL_LIST for n, text in enumerate(item)]
    top = foot - lead * (len(rows) - 1)
    lines = [(heading, LEFT, top - 2.2 * size, 1.1 * size, True)]
    for text, opens in rows:
        lines.append((f"• {text}" if opens else text, LEFT if opens else LEFT + 1.2 * size, top, size, False))
        top += lead
    filler_top = 64.0
    while filler_top < lines[0][2] - 3 * size:
        lines.append(("Staff told us they felt supported by their managers and", LEFT, filler_top, size, False))
        filler_top += lead
    lines.append(("Wyvern Community Health NHS Trust Quality Report 12/01/2015", LEFT, HEIGHT - 32.0, 0.95 * size, False))
    return lines


@pytest.mark.parametrize("size", [6.5, 7.2])
def test_a_small_type_list_printed_twice_keeps_the_lines_it_wraps_into_the_bottom_margin(tmp_path, size):
    heading = "Action the provider SHOULD take to improve"
    pages = [_small_list_page(size, HEIGHT - 0.06 * HEIGHT, heading),
             _small_list_page(size, HEIGHT - 0.06 * HEIGHT + 1.5 * size, heading)]
    _, found = _findings(_pages(tmp_path / "report.pdf", pages))
    want = [" ".join(item) for item in SMALL_LIST]
    assert [(f.page, f.text) for f in found] == [(page, text) for page in (1, 2) for text in want]


CELLS = [
    ("Ensure that sharps are handled safely and that staff use safer sharps systems.",),
    ("Ensure that clinical waste is managed in line with Health Technical Memorandum 07-01:",
     "Safe and sustainable management of healthcare waste."),
    ("Ensure that the oxygen cylinder and the defibrillator pads are checked every week and",
     "that the checks are recorded."),
]


@pytest.mark.parametrize("size", [9.0, 10.5])
def test_a_bullet_cell_line_ending_with_a_colon_goes_on_at_the_bullet_s_x(tmp_path, size):
    lines = [("The practice was not meeting two regulations. They must:", LEFT, 100.0, size, True)]
    top = 100.0 + 2.4 * size
    for cell in CELLS:
        for n, text in enumerate(cell):
            lines.append((f"•  {text}" if n == 0 else text, LEFT, top, size, False))
            top += 1.3 * size
        top += 1.1 * size  # the cell's padding and rule
    lines.append(("Full details of the regulations not met are at the end of this report.", LEFT, top + 1.5 * size,
                  size, False))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [(f.kind, f.text) for f in found] == [("must", " ".join(cell)) for cell in CELLS]

