"""Reading round ninety-four (a harder held-back set, GB), drawn here at two type sizes:

- a must list whose numbers stand right-aligned in a narrow cell at each row's foot, level with the
  statement's last line (vertical-align: bottom). Before, each number was read as a word in the
  middle of its statement ("… cylinders are 3 checked before each shift."), and the list lost items.
- a flow chart: statements in boxes set in turn left and right, a large arrow glyph ("↘", "↙")
  in the gap between each box and the next. Before, each arrow was a bullet, its tall type joined
  and reordered the lines beside it, and the chart's statements were cut or lost.
- a should list set in two columns, each under a core service's bold heading in the text's type,
  the columns saying "should" on three and four lines. Before, the heading row was taken for a
  table's header and the column saying it less often for the evidence beside the list: its items
  were lost.
- a hospital's core service chapter whose lists sit under no heading naming the service: only the
  running header at each page's top ("End of life care") names it (the chapter's title is drawn on a
  divider page). Before, its lists were no service's.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found, _item  # noqa: E402
from test_read_round7e import _width, _wrapped  # noqa: E402

LEFT, WIDTH = 60.0, 470.0
PTS = "Patient transport services"
EUC = "Emergency and urgent care"
MUSTS = ["The provider must ensure that all vehicles are cleaned and decontaminated in line with its infection "
         "prevention and control policy, and that cleaning is recorded. (Regulation 12(2)(h))",
         "The provider must ensure that staff complete safeguarding training at the level appropriate to their "
         "role. (Regulation 13(2))",
         "The provider must ensure that recruitment checks, including enhanced Disclosure and Barring Service "
         "checks and references, are completed and recorded for all staff before they start work, including "
         "staff who work on an ad hoc basis. (Regulation 19(3)(a))"]
CHART = ["The provider must ensure that staff assess and record patients' observations, including a full set "
         "of vital signs, on every patient report form. (Regulation 12(2)(a))",
         "The provider must ensure that all equipment on emergency vehicles is serviced and within its test "
         "date. (Regulation 15(1)(e))",
         "The provider must ensure that controlled drugs are not carried unless the service holds the "
         "appropriate Home Office licence. (Regulation 12(2)(g))",
         "The provider must ensure that paramedics' registration with the Health and Care Professions Council "
         "is checked at least annually. (Regulation 19(2))"]
LEFT_SHOULDS = ["The provider should consider recording the times patients wait for their return journey.",
                "The provider should ensure that staff have access to translation services for patients whose "
                "first language is not English.",
                "The provider should review how feedback from patients is collected and used."]
RIGHT_SHOULDS = ["The provider should ensure that the incident reporting policy reflects the duty of candour.",
                 "The provider should consider introducing clinical supervision for emergency care assistants.",
                 "The provider should ensure that the event medical plan is signed off by a clinical lead.",
                 "The provider should review how staff obtain patients' consent and record it."]


def _heading(text: str, base: float, size: float, scale: float = 1.2) -> tuple:
    return (text, LEFT, base, scale * size, True)


def _numbered_at_foot(size: float) -> list[tuple]:
    lead, indent = 1.4 * size, 2.2 * size
    lines = [_heading("Action the provider MUST take to improve", 70.0, size),
             _heading(PTS, 70.0 + 2 * size, size, 1.0)]
    base = 70.0 + 4 * size
    for n, text in enumerate(MUSTS, 1):
        rows = _wrapped(text, size, WIDTH - indent)
        lines += [(" ".join(words), LEFT + indent, base + k * lead, size, False) for k, words in enumerate(rows)]
        last = base + (len(rows) - 1) * lead
        lines.append((str(n), LEFT + 1.2 * size - _width(str(n), size), last, size, False))  # right-aligned, at the foot
        base = last + lead + 0.9 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_numbers_set_level_with_each_rows_last_line_mark_the_row(tmp_path, size):
    found = _found(_draw(tmp_path / "report.pdf", [(A4, _numbered_at_foot(size))]))
    assert [(kind, service, text) for kind, service, text, _ in found] == [("must", PTS, text) for text in MUSTS]


def _chart(size: float) -> list[tuple]:
    lead, box = 1.35 * size, 21 * size
    lines = [_heading("Action the provider MUST take to improve", 70.0, size), _heading(EUC, 70.0 + 2 * size, size, 1.0)]
    top = 70.0 + 5 * size
    for n, text in enumerate(CHART):
        x = LEFT + size if n % 2 == 0 else LEFT + box + 6 * size
        rows = _wrapped(text, size, box)
        lines += [(" ".join(words), x, top + k * lead, size, False) for k, words in enumerate(rows)]
        last = top + (len(rows) - 1) * lead
        if n + 1 < len(CHART):  # the arrow to the next box, in the gap, beside this box's foot
            lines.append(("↘" if n % 2 == 0 else "↙", LEFT + box + 2.5 * size, last + 0.5 * size, 2.2 * size, False))
        top = last + 1.6 * lead
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_flow_charts_arrows_are_connectors_not_bullets(tmp_path, size):
    found = _found(_draw(tmp_path / "report.pdf", [(A4, _chart(size))]))
    assert [(kind, service, text) for kind, service, text, _ in found] == [("must", EUC, text) for text in CHART]


def _two_columns(size: float) -> list[tuple]:
    column = (WIDTH - 1.2 * size) / 2
    lines = [_heading("Action the provider SHOULD take to improve", 70.0, size)]
    for x, service, items in ((LEFT, PTS, LEFT_SHOULDS), (LEFT + column + 1.2 * size, EUC, RIGHT_SHOULDS)):
        lines.append((service, x, 70.0 + 2 * size, size, True))
        base = 70.0 + 3.6 * size
        for text in items:
            drawn, base = _item("•", text, x, base, size, column, 0.9 * size)
            lines += drawn
            base += 0.6 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_list_in_two_columns_under_level_headings_is_no_list_beside_its_evidence(tmp_path, size):
    found = _found(_draw(tmp_path / "report.pdf", [(A4, _two_columns(size))]))
    assert [(kind, service, text) for kind, service, text, _ in found] == \
        [("should", PTS, text) for text in LEFT_SHOULDS] + [("should", EUC, text) for text in RIGHT_SHOULDS]


# ---- a chapter named only by its running header ------------------------------------------

EOL = "End of life care"
EOL_MUSTS = ["Ensure that do not attempt cardiopulmonary resuscitation forms are fully completed, including a record "
             "of the discussion with the patient. (Regulation 11(1))",
             "Ensure that the mental capacity of patients who lack capacity is assessed and recorded. (Regulation 11(3))"]
EOL_SHOULDS = ["Review the availability of the specialist palliative care team at weekends.",
               "Consider how syringe drivers can be made available on wards out of hours without delay."]


def _chapter_page(number: int, kind: str, items: list[str], size: float) -> list[tuple]:
    lines = [(EOL, A4[0] - LEFT - _width(EOL, 0.9 * size), 36.0, 0.9 * size, False),  # the running header
             (f"{number} Marlowe Vale Hospital Quality Report 18/05/2016", LEFT, A4[1] - 40.0, 0.8 * size, False),
             ("Areas for improvement", LEFT, 80.0, 1.3 * size, True),
             (f"Action the hospital {kind} take to improve", LEFT, 80.0 + 2 * size, 1.1 * size, True)]
    base = 80.0 + 4 * size
    for text in items:
        drawn, base = _item("•", text, LEFT - size, base, size, WIDTH, size)  # hung in the margin
        lines += drawn
    return lines


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_chapters_running_header_names_the_service_of_its_lists(tmp_path, size):
    pages = [(A4, _chapter_page(4, "MUST", EOL_MUSTS, size)), (A4, _chapter_page(5, "SHOULD", EOL_SHOULDS, size))]
    found = _found(_draw(tmp_path / "report.pdf", pages))
    assert [(kind, service, text) for kind, service, text, _ in found] == \
        [("must", EOL, text) for text in EOL_MUSTS] + [("should", EOL, text) for text in EOL_SHOULDS]


def _solid_with_large_refs(size: float) -> list[tuple]:
    """A solid list (no step between items), each item's ref ("M1") at its first line's start, in
    larger type than the text: the numbered lines' boxes stand higher, their tops unevenly spaced."""
    lead, indent = 1.1 * size, 3.2 * size
    lines = [_heading("Action the provider MUST take to improve", 70.0, size),
             _heading(PTS, 70.0 + 2 * size, size, 1.0)]
    base = 70.0 + 3.6 * size
    for n, text in enumerate(MUSTS, 1):
        rows = _wrapped(text, size, WIDTH - indent)
        lines.append((f"M{n}", LEFT, base, 1.25 * size, True))
        lines += [(" ".join(words), LEFT + indent, base + k * lead, size, False) for k, words in enumerate(rows)]
        base += len(rows) * lead
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_refs_at_the_top_of_a_solid_list_stay_on_their_rows_first_lines(tmp_path, size):
    found = _found(_draw(tmp_path / "report.pdf", [(A4, _solid_with_large_refs(size))]))
    assert [(kind, service, text) for kind, service, text, _ in found] == [("must", PTS, text) for text in MUSTS]


CUT = ["The trust should ensure that patients' discharge summaries are sent to their GP within 24 hours of discharge.",
       "The trust should review the provision of therapy staff at weekends on the elderly care wards."]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_bullet_under_the_last_line_of_an_item_a_page_break_cut_stays_its_own(tmp_path, size):
    """A bullet is set at its item's first line: the item's last line at the next page's top, then
    a one-line bulleted item, is no row with a bullet at its foot."""
    head, foot = ("Riverside Hospital - What the trust should do to improve", LEFT, 36.0, 0.8 * size, False), 40.0
    first = [head, _heading("Action the trust SHOULD take to improve", A4[1] - foot - 6 * size, size),
             ("• " + CUT[0][:-len(" discharge.")], LEFT, A4[1] - foot - 3 * size, size, False)]
    second = [head, ("discharge.", LEFT + _width("• ", size), 80.0, size, False),
              ("• " + CUT[1], LEFT, 80.0 + 1.7 * size, size, False),
              _heading("Outstanding practice", 80.0 + 4 * size, size)]
    found = _found(_draw(tmp_path / "report.pdf", [(A4, first), (A4, second)]))
    assert [(kind, text) for kind, _, text, _ in found] == [("should", text) for text in CUT]


TAILED = ["The trust should consider how it shares learning from complaints with staff in the emergency department "
          "and that compliance is monitored through regular audits.",
          "The trust should review the arrangements for face-to-face interpreting services."]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_lettered_item_under_the_tail_of_one_a_page_break_cut_stays_its_own(tmp_path, size):
    """The tail of an item a page break cut ("through regular audits.", lower case, at the next page's
    top) over the next lettered item is no row whose letter is set at its foot."""
    indent, lead = 2.2 * size, 1.3 * size
    head = ("Riverside Hospital - What the trust should do to improve", LEFT, 36.0, 0.8 * size, False)
    base = A4[1] - 40.0 - 4 * size
    first = [head, _heading("Action the trust SHOULD take to improve", base - 3 * size, size), ("a)", LEFT, base, size, False),
             ("The trust should consider how it shares learning from complaints with", LEFT + indent, base, size, False),
             ("staff in the emergency department and that compliance is monitored", LEFT + indent, base + lead, size, False)]
    second = [head, ("through regular audits.", LEFT + indent, 80.0, size, False),
              ("b)", LEFT, 80.0 + lead, size, False), (TAILED[1], LEFT + indent, 80.0 + lead, size, False),
              _heading("Outstanding practice", 80.0 + 4 * size, size)]
    found = _found(_draw(tmp_path / "report.pdf", [(A4, first), (A4, second)]))
    assert [(kind, text) for kind, _, text, _ in found] == [("should", text) for text in TAILED]
