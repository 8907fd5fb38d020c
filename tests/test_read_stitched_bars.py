"""A full-page capture of a web page, made here with reportlab at two type sizes: one tall page whose
screens were stitched together, the site's sticky bar (its name and navigation on one row, a notice
band under them) redrawn at the top of each screen, so a copy falls between a service's heading and
its first item and another between two items of one service. The copies are the page's running
header (stitched_bars.py), so each item keeps the service over it; a group label printed twice
("Trust-wide" under each list) is no bar. Before, the bar's title read as a heading that ended the
service, and the items after it had none."""

import pytest

pytest.importorskip("reportlab")


from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

LISTS = [("Action the trust MUST take to improve",
          [("Urgent and emergency care", ["The trust must ensure that patients who wait in the corridor have their "
                                          "early warning scores repeated as policy sets out. (Regulation 12(2)(a))",
                                          "The trust must ensure that there are enough children's nurses on every "
                                          "shift. (Regulation 18(1))"]),
           ("Medical care (including older people's care)",
            ["The trust must ensure that controlled drugs on the medical wards are checked and recorded. "
             "(Regulation 12(2)(g))",
             "The trust must ensure that mental capacity assessments are completed and recorded. (Regulation 11(1))",
             "The trust must ensure that staff complete training in the safe use of bed rails. (Regulation 18(2)(a))"]),
           ("Trust-wide", ["The trust must ensure that the board assurance framework reflects the current risks. "
                           "(Regulation 17(2)(b))"])]),
         ("Action the trust SHOULD take to improve",
          [("Maternity", ["The trust should ensure that birthing pool evacuation drills take place regularly.",
                          "The trust should review the information available to women whose first language is "
                          "not English.",
                          "The trust should ensure that staff know how to use the interpreting service."]),
           ("Trust-wide", ["The trust should ensure that all staff have had an appraisal in the last year."])])]


def _capture(path, size: float, breaks: set[tuple[str, int]]) -> None:
    """The post on one tall page, the bar drawn at its top and again before each item (service, index)
    of `breaks` (index 0: between the service's heading and its first item), as a capture's screens
    fall."""
    sheet = _Sheet(path, 612.0, 150 * size)
    left, measure, lead = 2.5 * size, 48 * size, 1.4 * size

    def bar(top: float) -> float:
        sheet.put("Westmoor Staff Hub", left, top + 0.5 * size, 1.3 * size, "Helvetica-Bold")
        sheet.put("Home   News   Policies   People   Search", 20 * size, top + 0.8 * size, 0.9 * size)
        sheet.put("Reminder: all staff must complete their training by 31 March.", left, top + 3.5 * size,
                  0.8 * size, "Helvetica-Bold")
        return top + 5.5 * size

    top = bar(0.0)
    sheet.put("Our CQC inspection: what we must and should do next", left, top, 1.6 * size, "Helvetica-Bold")
    top += 3 * size
    for heading, groups in LISTS:
        sheet.put(heading, left, top, 1.2 * size, "Helvetica-Bold")
        top += 2.2 * size
        for service, items in groups:
            sheet.put(service, left, top, 1.05 * size, "Helvetica-Bold")
            top += 1.8 * size
            for n, item in enumerate(items):
                if (service, n) in breaks:
                    top = bar(top + 0.5 * size)
                top = sheet.bullet_item(item, left + 2 * size, top, size, measure, lead) + 0.6 * size
    sheet.save()


@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("breaks", [{("Medical care (including older people's care)", 0), ("Maternity", 1)},
                                    {("Urgent and emergency care", 1), ("Maternity", 0)}])
def test_a_sticky_bar_stitched_into_a_tall_page_is_furniture(tmp_path, size, breaks):
    path = tmp_path / "capture.pdf"
    _capture(path, size, breaks)
    assert [(f.kind, f.service, f.text) for f in read_findings(path)] == [
        (heading.split()[3].lower(), None if service == "Trust-wide" else service, item)
        for heading, groups in LISTS for service, items in groups for item in items]


def _line(text: str, top: float, size: float = 10.0, bold: bool = False):
    from cqcplan.models.document import Line

    return Line(text=text, page=1, x0=60.0, text_x0=60.0, x1=400.0, top=top, bottom=top + size, size=size, bold=bold)


@pytest.mark.parametrize("first_top", [30.0, 120.0])
def test_a_paragraph_printed_twice_is_no_bar(first_top):
    """The page's first two lines, the text's own plain lines, printed again lower on the page (a
    passage quoted twice): no bar, wherever the page's text starts."""
    from cqcplan.models.document import Page
    from cqcplan.pipeline.stitched_bars import bar_copies

    words = ["Relatives said they were kept informed and", "felt welcome. Staff understood how to"]
    lines = [_line(words[0], first_top), _line(words[1], first_top + 12.7), _line("report abuse.", first_top + 25.4),
             _line(words[0], first_top + 300), _line(words[1], first_top + 312.7), _line("seek help.", first_top + 325.4)]
    page = Page(number=1, width=595.0, height=842.0, lines=lines)
    assert bar_copies(page, 84.2, 10.0) == set()
    bar = [_line("Westmoor Staff Hub", 20.0, 13.0, True), _line("Reminder: training is due.", 45.0, 8.0, True)]
    again = [line.model_copy(update={"top": line.top + 400, "bottom": line.bottom + 400}) for line in bar]
    page = Page(number=1, width=595.0, height=842.0, lines=bar + lines[2:3] + again + lines[5:])
    assert len(bar_copies(page, 84.2, 10.0)) == 4
