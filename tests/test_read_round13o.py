"""Reading round thirteen o (issue 10): the outside batch's misses, each as a class, on pages built
by hand (tests/build.py) in several type sizes:

- a list heading whose list a closing heading ended before any item ("Action the trust SHOULD
  take to improve" over a box of "Outstanding practice", the list set in columns below it): the
  first bullet saying what the list's subject should do goes on that list, under the location and
  service headings read since (before, every item was lost);
- a core service chapter whose key questions, parts ("Summary of this service") and list headings
  are set in the chapter heading's own type: the chapter's lists are its service's (before, the
  first key question or the list's heading popped the service and its items had none);
- a paragraph set in plain type larger than the body (a caring section at 15 pt over 12 pt text):
  its lines are running text, not headings, so a "We recommend …" sentence in it is read whole
  (before, each short line without a full stop was a heading and the sentence was lost);
- a table's label column read before its action column on a page the table goes on to, under its
  header row printed again: the header row stays where it is and each label goes back before the
  item on its row (before, the header's label cell turned the whole column away, and the row going
  on from the page before took the next row's service).
The hyphenation of a regulation's title ("avai-/lability") is tested in tests/test_extract.py.
"""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate

SHOULDS = [("Trust-wide", None, "The trust should continue to work with partners to reduce delayed discharges."),
           ("Urgent and emergency care", "Urgent and emergency care",
            "The trust should ensure that follow-up appointments are booked before patients leave."),
           ("Maternity", "Maternity", "The trust should review the arrangements for bereavement support.")]


def _found(*spec):
    return extract(locate(doc(PageBreak, *spec)), "built.pdf")


def _box_then_list(size: float, box: list[str], items: list[tuple]) -> list:
    """A should heading, its one-line lead-in, an "Outstanding practice" box in larger type, then
    the list grouped by location and service in small type well below it (the columns' block)."""
    spec = [line("Action the trust SHOULD take to improve", size=1.6 * size, bold=True),
            line("The following actions are set out by location and core service.", size=size),
            line("Outstanding practice", size=1.5 * size, bold=True, gap=size),
            *[line(text, size=1.4 * size) for text in box]]
    gap = 8 * size
    for n, (group, _, text) in enumerate(items):
        if n == 1:
            spec.append(line("Royal Northmoor Hospital", size=size, bold=True))  # a location over its services
        spec += [line(group, size=size, bold=True, gap=gap), bullet(text, size=size)]
        gap = 0.0
    return spec


BOX = ["The emergency department had introduced a frailty practitioner who",
       "reviewed older patients within an hour of arrival."]


@pytest.mark.parametrize("size", [7.5, 8.0, 9.5])
def test_a_list_closed_before_its_items_goes_on_at_its_first_bullet(size):
    found = _found(*_box_then_list(size, BOX, SHOULDS))
    assert [(f.kind, f.text, f.service, f.section) for f in found] == [
        ("should", text, service, "Action the trust SHOULD take to improve") for _, service, text in SHOULDS]


@pytest.mark.parametrize("size", [8.0, 9.5])
def test_bullets_of_the_box_itself_or_of_another_kind_stay_out(size):
    practice = [("Maternity", None, "The perinatal team had developed a pathway with the local authority."),
                ("Surgery", None, "Theatre staff had introduced a daily safety huddle.")]
    assert _found(*_box_then_list(size, BOX, practice)) == []
    other = [("Maternity", None, "The trust must review the arrangements for bereavement support.")]
    assert _found(*_box_then_list(size, BOX, other)) == []


def _chapter(size: float, list_size: float, service: str, musts: list[str]) -> list:
    """A location heading over a core service chapter whose key questions and parts are set in the
    chapter heading's type, its must list headed in `list_size`."""
    heading = dict(size=size, bold=True, gap=size)
    return [line("Ashworth General Hospital", size=1.4 * size, bold=True), line(service, **heading),
            line("Summary of this service", **heading),
            line("Staff were caring and the department had improved since our last inspection.", size=10.0),
            line("Is the service safe?", **heading), line("Mandatory training", size=11.0, bold=True),
            line("Most staff had completed their mandatory training in key skills.", size=10.0),
            line("Is the service well-led?", **heading),
            line("Leaders had the skills and abilities to run the service.", size=10.0),
            line("Outstanding practice", **heading),
            line("Staff had developed a visual handover board.", size=10.0),
            line("Areas for improvement", **heading),
            line("Action the trust MUST take to improve", size=list_size, bold=True),
            *[bullet(text, size=10.0) for text in musts]]


@pytest.mark.parametrize("size, list_size", [(14.0, 11.2), (15.0, 15.0), (13.0, 13.0)])
def test_a_chapter_set_in_one_type_owns_its_lists(size, list_size):
    uec = ["The trust must ensure that patients are triaged within 15 minutes of arrival."]
    med = ["The trust must ensure that risk assessments are completed within 24 hours.",
           "The trust must ensure that mental capacity assessments are recorded."]
    found = _found(*_chapter(size, list_size, "Urgent and emergency care", uec), PageBreak,
                   *_chapter(size, list_size, "Medical care (including older people's care)", med))
    assert [(f.text, f.service) for f in found] == [(uec[0], "Urgent and emergency care")] + [
        (text, "Medical care (including older people's care)") for text in med]


CARING = ["People told us staff were kind and patient. One person said, “They always",
          "knock and ask before they come in.” However, in two shared rooms we saw",
          "that screens were not used when staff supported people with personal care.",
          "We recommend that the provider reviews how people's privacy is",
          "maintained when personal care is delivered in shared rooms."]


@pytest.mark.parametrize("ratio", [1.25, 1.5])
def test_a_paragraph_in_larger_plain_type_is_running_text(ratio):
    body = 10.0
    spec = [line("Is the service effective?", size=1.5 * body, bold=True),
            *[line("Staff had the skills and knowledge to support people living at the home well.", size=body)] * 6,
            line("Is the service caring?", size=1.5 * body, bold=True, gap=body),
            *[line(text, size=ratio * body) for text in CARING],
            line("Is the service responsive?", size=1.5 * body, bold=True, gap=body),
            *[line("Care plans did not always reflect people's current needs and preferences.", size=body)] * 6]
    structure = locate(doc(PageBreak, *spec))
    texts = [" ".join(l.text for l in p.lines) for p in structure.paragraphs]
    assert " ".join(CARING) in texts


def _cell_line(text: str, x: float, top: float, size: float, bold: bool = False):
    from cqcplan.models.document import Line

    return Line(text=text, page=2, x0=x, text_x0=x, x1=x + 0.5 * size * len(text), top=top, bottom=top + size,
                size=size, bold=bold)


@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_a_label_column_under_its_header_row_is_read_by_row(size):
    """A table's row going on from the page before, under the header row repeated, then a row whose
    label ("Outpatients ...") is read, with the header's label cell, before the action column: the
    label is put back before the item level with it, the header row stays where it is."""
    from cqcplan.pipeline.label_rows import labels_beside_rows

    step, right = 1.15 * size, 56.0 + 20 * size
    header = [_cell_line("Core service", 56.0, 60.0, size, True)]
    label = _cell_line("Outpatients and diagnostic imaging", 56.0, 60.0 + 9 * step, size)
    actions = [_cell_line("Action the hospital MUST take to", right, 60.0, size, True),
               _cell_line("improve", right, 60.0 + step, size, True)]
    actions += [_cell_line(text, right, 60.0 + (n + 2) * step, size) for n, text in enumerate(
        ["■ Ensure that staff receive an", "annual appraisal and that its", "completion is monitored by the",
         "senior team. (Regulation 23)", "", "", "", "■ Ensure that the resuscitation", "trolley is checked daily."]) if text]
    order = labels_beside_rows(header + [label] + actions)
    assert [l.text for l in order] == ["Core service", *[l.text for l in actions[:6]], label.text,
                                       *[l.text for l in actions[6:]]]
