"""Reading round nine (issue 10, random layouts 99200-99399), on small PDFs drawn here with
reportlab and read back whole."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT = 60.0
MUSTS = ["The hospital must ensure that controlled drugs are checked daily.",
         "The hospital must make sure that consent is recorded in patients' notes."]
SHOULDS = ["The hospital should review the arrangements for interpreting services.",
           "The hospital should improve the documentation of observations."]


@pytest.mark.parametrize("size", [8.0, 12.0, 15.0])
def test_a_list_heading_wrapped_over_a_page_break_is_one_heading(tmp_path, size):
    """"Action the hospital should take" at the foot of a page, "to improve" at the top of the
    next: only together do they head the should list (before, the items under it stayed musts)."""
    lead = 1.4 * size
    first = [("Action the hospital must take to improve", LEFT, 60.0, 1.1 * size, True)]
    top = 60.0 + 2 * size
    for text in MUSTS:
        first.append(("• " + text, LEFT, top, size, False))
        top += lead
    first.append(("Action the hospital should take", LEFT, 842.0 - 80.0, 1.1 * size, True))
    second = [("to improve", LEFT, 60.0, 1.1 * size, True)]
    top = 60.0 + 2 * size
    for text in SHOULDS:
        second.append(("• " + text, LEFT, top, size, False))
        top += lead
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.text, f.page) for f in found] == [("must", t, 1) for t in MUSTS] + [("should", t, 2) for t in SHOULDS]


def _sub_list_over_a_page(size: float, indent: float) -> list[list[tuple]]:
    """A should list whose last item's sub-bullets (the same glyph as its own) run on over the
    page break, the next page setting the list `indent` further right (another box's padding)."""
    lead, sub = 1.3 * size, 3.5 * size
    first = [("Action the hospital should take to improve", LEFT, 60.0, 1.1 * size, True)]
    top = 60.0 + 2 * size
    for text in ("• The hospital should improve the cleaning schedules, including that:",
                 "• fridge temperatures are recorded;", "• staff have access to current policies;"):
        first.append((text, LEFT + (sub if text[2:3].islower() else 0.0), top, size, False))
        top += lead
    second, top = [], 60.0
    for text in ["• falls risk assessments are reviewed after every fall."] + ["• " + t for t in SHOULDS]:
        second.append((text, LEFT + indent + (sub if text[2:3].islower() else 0.0), top, size, False))
        top += lead
    return [first, second]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_sub_bullet_left_unfinished_goes_on_at_the_next_page_whatever_its_indent(tmp_path, size):
    """The sub-bullet after "… current policies;" is the item's next one; the bullets left of
    it are the list's next items, not more sub-bullets of the last (before, the next page's
    indents were guessed from its column's edge and every item on it joined the open one)."""
    _, found = _findings(_pages(tmp_path / "report.pdf", _sub_list_over_a_page(size, 1.0 * size)))
    assert [f.text.split(":")[0] for f in found] == ["The hospital should improve the cleaning schedules, including that"] + SHOULDS
    assert found[0].text.endswith("after every fall.")


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_bold_label_wrapped_over_three_lines_is_run_in(tmp_path, size):
    """"• Wards for older people" / "with mental health" (bold) / "problems: The service must …":
    the label names the group; the statement starts after it (before, only a label on one or two
    lines was taken off)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = [("Action the service must take to improve", LEFT, 60.0, 1.1 * size, True)]
    top, x = 60.0 + 2 * size, LEFT + 1.5 * size
    lines += [("•", LEFT, top, size, False), ("Wards for older people", x, top, size, True),
              ("with mental health", x, top + 1.3 * size, size, True),
              ("problems:", x, top + 2.6 * size, size, True)]
    rest = x + stringWidth("problems: ", "DejaVu-Bold", size)
    lines += [("The service must make sure that consent", rest, top + 2.6 * size, size, False),
              ("is recorded in patients' notes.", x, top + 3.9 * size, size, False)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [(f.group or f.service, f.text) for f in found] == [
        ("Wards for older people with mental health problems",
         "The service must make sure that consent is recorded in patients' notes.")]


# Generator seeds of this round's range each read whole, services included, by this reader and not by
# the one before it: (seed, what it draws).
ROUND_NINE = [
    (99289, "a should list's heading wrapped over a page break in a large-type panel"),
    (99392, "sub-bullets of the item's own glyph running on over a page break into a column whose edge is "
            "guessed 1 em off; group labels in bold wrapped over two and three lines"),
    (99293, "two blocks of two columns filled in turn: a group heading at the first column's foot beside the "
            "second column's item (whose narrative above is set wider), the second block's heading a few "
            "points below the text the other column carries over"),
    (99375, "a large-type panel left of the key findings, broken mid-item at the page's foot while the key "
            "findings beside it, in body type, go on too"),
    (99328, "the same with a small-type panel, re-printed twice"),
    (99373, "must and should lists side by side under a header row, both columns cut mid-item at a page's foot, "
            "the header row repeated over their rest"),
    (99206, "a 'Core service | Actions' table in 16 pt type, a service cell of four lines beside a 'MUST' cell "
            "under a header row whose kind column's cell is blank"),
    (99346, "'In addition the provider' | 'should:' wrapped to the next column's top of a three-column band: the "
            "should list's heading, not a table's kind cell"),
    (99306, "the same heading, its 'should:' having lost its fake bold"),
    (99273, "'ACTION THE HOSPITAL' / 'SHOULD TAKE TO' / 'IMPROVE', the last line at the next column's top in "
            "regular weight"),
]


@pytest.mark.parametrize("seed", [seed for seed, _ in ROUND_NINE], ids=[why for _, why in ROUND_NINE])
def test_round_nine_layouts_are_read_whole(seed, tmp_path):
    from test_random_layouts import _assert_read_whole, _assert_services, _run_every_round

    gold, got = _run_every_round(seed, tmp_path)
    _assert_read_whole(gold, got)
    _assert_services(gold, got)
