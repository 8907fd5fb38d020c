"""Reading round seventy-three (random seeds of the ranges 119000 and 120000); each page is drawn here line by
line, at several type sizes:

- a must box in two columns filled in turn, then the should list's bold heading and its one item, cut at
  the first column's foot ("… referral to") and going on at the second column's top, under the must box's
  end ("treatment times, …"): the item's lines are in larger type than the musts, yet no lead-in of a
  block under the columns, since the second column's last lines go on their sentence (seed 119003);
- a must list in two columns butting onto a should list under "In addition the service should:", set
  plain and smaller than the lists: a list's heading all the same, so the block of should items is read
  after the must block's second column, not inside it (seed 119018);
- a should list in two columns filled in turn, then a must box whose first item ends at the first
  column's foot and its citation, set apart, heads the second column: a citation alone after a
  paragraph gap goes on a sentence finished elsewhere, and the must box is a block of its own (seed 120092);
- an item of two columns filled in turn announcing sub-items at the first column's foot ("… includ‐" /
  "ing that:"), the sub-bullets set further in at the second column's top, level with the next list's
  heading in the first: the item goes on, no block ends there (seed 119071);
- an item of one line whose bullet is only drawn, its citation wrapped to the next line left of the item's
  first text (where the item above's wrapped line went): the item's citation, not a line of its own
  (seed 120083);
- a should item opening with a core service's bold label wrapped over three lines ("Acute wards for adults
  of" / "working age and psychiatric" / "intensive care units: Improve"): the label's last line runs into
  the statement's plain text, so it is no wrapped heading's line and the label is the item's group (seed 120062).

Each test fails without its change: gutters.py's `_carried_to_right`, `Gutter._lead_in_own_type`,
`Gutter._cites_after_finished` and `Gutter._announced_sub_item`, locate.py's
`_Walker._under_hidden_bullet` (a citation), text.py's `_runs_into_text`.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _draw, _found  # noqa: E402
from test_read_round66 import _page  # noqa: E402

from cqcplan.pipeline.text import collapse_ws  # noqa: E402

A4 = (595.28, 841.89)
A4_WIDE = (841.89, 595.28)
LETTER_WIDE = (792.0, 612.0)


def _width(text: str, points: float) -> float:
    """The text's advance in DejaVu Sans Bold."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    return pdfmetrics.stringWidth(text, "DejaVu-Bold", points)


def _found_at(pages: list[tuple], tmp_path) -> list[tuple[str, str]]:
    return [(kind, collapse_ws(text)) for kind, _, text, _ in _found(_draw(tmp_path / "page.pdf", pages))]


SHOULD_CUT = "Continue to work with commissioners to reduce referral to treatment times, in line with national guidance."


def _should_box_carried(size: float) -> list[tuple]:
    """Seed 119003's page 5 (9.3 pt musts, 10.5 pt should)."""
    rows = [("They must:", 65.3, 427.5, 12.2, True),
            ("◦", 76.5, 450.6, 9.3, False), ("Make sure that consent and mental", 99.6, 450.6, 9.3, False),
            ("capacity assessments are recorded in", 99.6, 463.4, 9.3, False),
            ("patients’ notes.", 99.6, 476.2, 9.3, False),
            ("◦", 76.5, 492.7, 9.3, False), ("Ensure that ‘do not attempt", 99.6, 492.7, 9.3, False),
            ("cardiopulmonary resuscitation’ forms are", 99.6, 505.6, 9.3, False),
            ("completed in full, including for agency", 99.6, 518.4, 9.3, False),
            ("and bank staff, including that:", 99.6, 531.2, 9.3, False),
            ("◦", 112.2, 545.6, 9.3, False), ("falls risk assessments are", 135.3, 545.6, 9.3, False),
            ("reviewed after every fall;", 368.8, 443.6, 9.3, False),
            ("◦", 345.7, 457.9, 9.3, False), ("patients’ weights are recorded", 368.8, 457.9, 9.3, False),
            ("on admission;", 368.8, 470.7, 9.3, False),
            ("◦", 345.7, 485.1, 9.3, False), ("fridge temperatures are", 368.8, 485.1, 9.3, False),
            ("recorded and action is taken", 368.8, 497.9, 9.3, False),
            ("when they are out of range.", 368.8, 510.7, 9.3, False),
            ("(Regulations 9 and 10)", 368.8, 523.6, 9.3, False),
            ("They should:", 72.3, 566.5, 15.5, True),
            ("◦", 76.5, 593.1, 10.5, False), ("Continue to work with", 99.6, 593.1, 10.5, False),
            ("commissioners to reduce referral to", 99.6, 607.8, 10.5, False),
            ("treatment times, in line with national", 333.1, 558.9, 10.5, False),
            ("guidance.", 333.1, 573.6, 10.5, False)]
    return [(A4, _page(rows, size, 65.3, 427.5, 9.3))]


@pytest.mark.parametrize("size", [8.5, 9.3, 10.0])
def test_a_should_item_cut_at_the_first_column_s_foot_goes_on_at_the_second_s(tmp_path, size):
    found = _found_at(_should_box_carried(size), tmp_path)
    assert found[-1] == ("should", SHOULD_CUT)
    assert [kind for kind, _ in found] == ["must", "must", "should"]


SHOULDS_UNDER_PLAIN = [
    "Ensure that staff are aware of the vision and strategy for the service and that learning is shared across "
    "teams within 10-14 days of referral.",
    "Improve the completion of the day-to-day cleaning schedules at night and at weekends and that compliance is "
    "monitored through regular audits.",
    "Make sure that leaflets are available in languages other than English in the community teams and that "
    "compliance is monitored through regular audits every 3-6 months."]


def _plain_small_heading(size: float) -> list[tuple]:
    """Seed 119018's page 4 (8.5 pt, the should list's heading plain in 8.1 pt)."""
    rows = [("Importantly, the service must:", 55.6, 205.1, 12.6, True),
            ("•", 59.0, 220.7, 8.5, False),
            ("Ensure that medicines are stored securely and at the right temperatures", 89.2, 220.7, 8.5, False),
            ("in the community teams, in line with national guidance. (Regulation 18(2)(a))", 77.7, 232.6, 8.5, False),
            ("•", 59.0, 247.5, 8.5, False),
            ("Ensure that the environment at night and at weekends is safe & suitable", 89.2, 247.5, 8.5, False),
            ("for the patients who use it, including for agency and bank staff for young", 77.7, 259.4, 8.5, False),
            ("people aged 16-18.", 77.7, 271.3, 8.5, False),
            ("•", 426.9, 220.7, 8.5, False),
            ("Ensure that at least 90% of medical staff complete safeguarding children", 457.1, 220.7, 8.5, False),
            ("level 3 training, so that patients receive safe care and treatment, including", 445.6, 232.6, 8.5, False),
            ("that:", 445.6, 244.5, 8.5, False),
            ("-", 455.8, 257.9, 8.5, False), ("patients’ weights are recorded on admission;", 474.5, 257.9, 8.5, False),
            ("-", 455.8, 271.3, 8.5, False),
            ("oxygen is prescribed for every patient who receives it.", 474.5, 271.3, 8.5, False),
            ("In addition the service should:", 55.6, 283.1, 8.1, False),
            ("(a)", 59.0, 300.5, 8.5, False),
            ("Ensure that staff are aware of the vision and strategy for the service and that", 77.7, 300.5, 8.5, False),
            ("learning is shared across teams within 10-14 days of referral.", 77.7, 312.4, 8.5, False),
            ("(b)", 59.0, 327.3, 8.5, False),
            ("Improve the completion of the day-to-day cleaning schedules at night and at", 77.7, 327.3, 8.5, False),
            ("weekends and that compliance is monitored through regular audits.", 445.6, 288.0, 8.5, False),
            ("(c)", 426.9, 302.9, 8.5, False),
            ("Make sure that leaflets are available in languages other than English in the", 445.6, 302.9, 8.5, False),
            ("community teams and that compliance is monitored through regular audits", 445.6, 314.8, 8.5, False),
            ("every 3-6 months.", 445.6, 326.7, 8.5, False)]
    return [(A4_WIDE, _page(rows, size, 55.6, 205.1, 8.5))]


@pytest.mark.parametrize("size", [8.0, 8.5, 9.5])
def test_a_plain_list_heading_smaller_than_the_lists_heads_the_next_block(tmp_path, size):
    found = _found_at(_plain_small_heading(size), tmp_path)
    assert [text for kind, text in found if kind == "should"] == SHOULDS_UNDER_PLAIN
    assert [kind for kind, _ in found] == ["must"] * 3 + ["should"] * 3


MUST_CITED_ACROSS = ("Ensure that the well-led framework is embedded, with clear lines of accountability for quality and "
                     "that learning is shared across teams. (Regulation 10(1)(a)(b))")


def _citation_heads_next_column(size: float) -> list[tuple]:
    """Seed 120092's page 2 (9.5 pt)."""
    rows = [("They should:", 79.1, 507.4, 10.0, True),
            ("•", 82.9, 521.3, 9.5, False), ("Continue to work with commissioners to", 103.8, 521.3, 9.5, False),
            ("reduce referral to treatment times, so", 103.8, 534.6, 9.5, False),
            ("that patients receive safe care and", 103.8, 547.9, 9.5, False),
            ("treatment.", 103.8, 561.2, 9.5, False),
            ("•", 82.9, 577.8, 9.5, False), ("Consider how to improve engagement", 103.8, 577.8, 9.5, False),
            ("with person-centred care planning on the", 103.8, 591.1, 9.5, False),
            ("children’s ward and that learning is", 103.8, 604.4, 9.5, False),
            ("shared across teams every 3-6 months.", 103.8, 617.7, 9.5, False),
            ("•", 82.9, 634.3, 9.5, False), ("Review the discharge arrangements so", 103.8, 634.3, 9.5, False),
            ("that patients are not delayed", 338.2, 521.3, 9.5, False),
            ("unnecessarily, including that:", 338.2, 534.6, 9.5, False),
            ("-", 349.6, 549.4, 9.5, False), ("resuscitation trolleys are sealed", 370.5, 549.4, 9.5, False),
            ("and checked;", 370.5, 562.7, 9.5, False),
            ("-", 349.6, 577.5, 9.5, False), ("controlled drugs are checked daily", 370.5, 577.5, 9.5, False),
            ("and discrepancies are escalated;", 370.5, 590.8, 9.5, False),
            ("-", 349.6, 605.6, 9.5, False), ("fridge temperatures are recorded", 370.5, 605.6, 9.5, False),
            ("and action is taken when they are", 370.5, 618.9, 9.5, False),
            ("out of range.", 370.5, 632.2, 9.5, False),
            ("Trustwide", 79.1, 657.8, 10.0, True),
            ("They must:", 86.1, 678.8, 10.0, False),
            ("»", 89.9, 699.3, 9.5, False), ("Ensure that the well-led framework", 110.8, 699.3, 9.5, False),
            ("is embedded, with clear lines of", 110.8, 712.6, 9.5, False),
            ("accountability for quality and that", 110.8, 725.9, 9.5, False),
            ("learning is shared across teams.", 110.8, 739.2, 9.5, False),
            ("(Regulation 10(1)(a)(b))", 345.2, 671.6, 9.5, False),
            ("»", 324.3, 688.2, 9.5, False), ("Ensure that follow-up appointments", 345.2, 688.2, 9.5, False),
            ("are booked within the timescales set", 345.2, 701.5, 9.5, False),
            ("by the clinician, including for agency", 345.2, 714.8, 9.5, False),
            ("and bank staff.", 345.2, 728.1, 9.5, False)]
    return [(A4, _page(rows, size, 79.1, 507.4, 9.5))]


@pytest.mark.parametrize("size", [8.5, 9.5, 10.5])
def test_a_citation_alone_after_a_paragraph_gap_goes_on_another_column_s_sentence(tmp_path, size):
    found = _found_at(_citation_heads_next_column(size), tmp_path)
    assert ("must", MUST_CITED_ACROSS) in found
    assert found[2][1].startswith("Review the discharge arrangements so that patients are not delayed unnecessarily")
    assert [kind for kind, _ in found] == ["should"] * 3 + ["must"] * 2


MUST_ANNOUNCING = ("The service must ensure that the environment in outpatients is safe & suitable for the patients who "
                   "use it, including for agency and bank staff, in line with that: falls risk assessments are reviewed "
                   "after every fall; staff have access to up-to-date policies. (Regulation 12(2)(a))")


def _sub_items_at_next_column(size: float) -> list[tuple]:
    """Seed 119071's page 2 (8.3 pt), its hyphenated line ends set whole."""
    rows = [("Medicines", 37.8, 157.3, 10.0, True),
            ("Governance processes were in place but did not always", 37.8, 177.5, 8.3, False),
            ("identify risks in a timely way. Nurse staffing levels were", 37.8, 189.0, 8.3, False),
            ("reviewed three times a day by the matron and the site", 37.8, 200.4, 8.3, False),
            ("team.", 37.8, 211.9, 8.3, False),
            ("Environment and equipment", 37.8, 230.2, 10.0, True),
            ("One patient said staff “should be proud of the care they", 37.8, 250.4, 8.3, False),
            ("give”. Governance processes were in place but did not", 37.8, 261.9, 8.3, False),
            ("always identify risks in a timely way. Care was delivered", 37.8, 273.3, 8.3, False),
            ("in line with national guidance and audit results were in", 37.8, 284.8, 8.3, False),
            ("line with the England average. Staff told us they should", 37.8, 296.2, 8.3, False),
            ("have more time to complete training, but shifts were", 37.8, 307.7, 8.3, False),
            ("often too busy. Leaders agreed that the service must", 37.8, 319.1, 8.3, False),
            ("improve its waiting times and had a plan to do so.", 37.8, 330.6, 8.3, False),
            ("Areas for improvement", 37.8, 351.0, 11.5, True),
            ("Urgent and emergency care", 37.8, 373.6, 10.0, True),
            ("(a)", 41.6, 393.8, 8.3, False),
            ("The provider must ensure that controlled drugs", 62.5, 393.8, 8.3, False),
            ("are checked and that discrepancies are", 62.5, 405.3, 8.3, False),
            ("investigated and that compliance is monitored", 62.5, 416.7, 8.3, False),
            ("through regular audits.", 62.5, 428.2, 8.3, False),
            ("(Regulations 12 and 17)", 62.5, 439.6, 8.3, False),
            ("Trustwide", 281.9, 157.3, 10.0, True),
            ("(c)", 285.7, 177.5, 8.3, False),
            ("The service must ensure that patient records are", 306.6, 177.5, 8.3, False),
            ("accurate, complete and contemporaneously", 306.6, 189.0, 8.3, False),
            ("recorded, including for agency and bank staff,", 306.6, 200.4, 8.3, False),
            ("including that:", 306.6, 211.9, 8.3, False),
            ("▪", 318.0, 224.8, 8.3, False), ("oxygen is prescribed for every patient who", 338.9, 224.8, 8.3, False),
            ("receives it;", 338.9, 236.3, 8.3, False),
            ("▪", 318.0, 249.2, 8.3, False), ("resuscitation trolleys are sealed and", 338.9, 249.2, 8.3, False),
            ("checked.", 338.9, 260.7, 8.3, False),
            ("(d)", 285.7, 299.8, 8.3, False),
            ("The service must ensure that the environment in", 306.6, 299.8, 8.3, False),
            ("outpatients is safe & suitable for the patients who", 306.6, 311.3, 8.3, False),
            ("use it, including for agency and bank staff, in", 306.6, 322.7, 8.3, False),
            ("line with that:", 306.6, 334.2, 8.3, False),
            ("▪", 318.0, 347.1, 8.3, False), ("falls risk assessments are reviewed after", 338.9, 347.1, 8.3, False),
            ("every fall;", 338.9, 358.6, 8.3, False),
            ("▪", 318.0, 371.5, 8.3, False), ("staff have access to up-to-date policies.", 338.9, 371.5, 8.3, False),
            ("(Regulation 12(2)(a))", 338.9, 383.0, 8.3, False),
            ("(e)", 285.7, 397.8, 8.3, False),
            ("The provider should ensure that policies and", 306.6, 397.8, 8.3, False),
            ("procedures are reviewed and kept up-to-date.", 306.6, 409.2, 8.3, False)]
    return [(LETTER_WIDE, _page(rows, size, 37.8, 157.3, 8.3))]


@pytest.mark.parametrize("size", [7.5, 8.3, 9.5])
def test_an_item_announcing_sub_items_goes_on_with_them_beside_the_next_list(tmp_path, size):
    found = _found_at(_sub_items_at_next_column(size), tmp_path)
    assert ("must", MUST_ANNOUNCING) in found


MUST_CITED_UNDER = ("The service must ensure that patient records are accurate, complete and contemporaneously recorded on "
                    "the children’s ward (HBN 00-09). (Regulation 15(1)(e))")


def _citation_under_hidden_bullet(size: float) -> list[tuple]:
    """Seed 120083's page 4 (9 pt, the bullets only drawn)."""
    rows = [("Action the provider MUST take to improve", 55.5, 246.9, 9.0, True),
            ("The provider must improve its governance arrangements so that risks on all medical wards are "
             "identified, recorded and acted on, so that patients", 92.9, 264.4, 9.0, False),
            ("receive safe care and treatment. (Regulation 11)", 78.9, 277.0, 9.0, False),
            ("The service must ensure that patient records are accurate, complete and contemporaneously recorded on "
             "the children’s ward (HBN 00-09).", 92.9, 292.8, 9.0, False),
            ("(Regulation 15(1)(e))", 78.9, 305.4, 9.0, False)]
    return [(A4_WIDE, _page(rows, size, 55.5, 246.9, 9.0))]


@pytest.mark.parametrize("size", [8.0, 9.0])
def test_a_citation_wrapped_under_an_item_with_a_drawn_bullet_is_its_own(tmp_path, size):
    found = _found_at(_citation_under_hidden_bullet(size), tmp_path)
    assert found[-1] == ("must", MUST_CITED_UNDER)


SHOULD_LABELLED = "Improve the documentation of observations and the frequency of monitoring in the theatres and recovery areas."


def _label_wrapped_over_three_lines(size: float) -> list[tuple]:
    """Seed 120062's page 3 (13 pt)."""
    rows = [("In addition the trust", 73.3, 531.2, 19.2, True),
            ("should:", 73.3, 555.8, 19.2, True),
            ("■", 78.5, 588.7, 13.0, True), ("Acute wards for adults of", 120.6, 588.7, 13.0, True),
            ("working age and psychiatric", 107.1, 606.9, 13.0, True),
            ("intensive care units:", 107.1, 625.1, 13.0, True),
            ("the documentation of", 107.1, 643.3, 13.0, False),
            ("observations and the frequency", 107.1, 661.5, 13.0, False),
            ("of monitoring in the theatres and", 107.1, 679.6, 13.0, False),
            ("recovery areas.", 107.1, 697.8, 13.0, False)]
    rows.append(("Improve", 107.1 + _width("intensive care units: ", 13.0), 625.1, 13.0, False))  # run on, regular
    return [(A4, _page(rows, size, 73.3, 531.2, 13.0))]


@pytest.mark.parametrize("size", [11.0, 13.0])
def test_a_bold_label_wrapped_over_lines_runs_into_its_statement(tmp_path, size):
    found = _found_at(_label_wrapped_over_three_lines(size), tmp_path)
    assert found == [("should", SHOULD_LABELLED)]
