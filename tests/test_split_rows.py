"""A row of cells split by a page break is read cell by cell; columns that flow into each other on
the next page are not cells (pipeline/split_rows.py), on small made-up pages of lines."""

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline.split_rows import rows_resumed


def _line(text: str, page: int, x0: float, top: float, column_left: float, bold: bool = False,
          size: float = 12.0) -> Line:
    return Line(text=text, page=page, x0=x0, text_x0=x0, x1=x0 + 0.5 * size * len(text), top=top, bottom=top + size,
                size=size, bold=bold, column_left=column_left)


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_each_cell_goes_on_at_the_next_page_before_the_cell_beside_it():
    lines = [
        _line("The provider must:", 1, 50, 700, 50),
        _line("• Ensure that staff are", 1, 50, 716, 50),
        _line("trained in", 1, 62, 732, 50),
        _line("The provider should:", 1, 300, 700, 300),
        _line("• Review the rota.", 1, 300, 716, 300),
        _line("basic life support.", 2, 62, 60, 50),
        _line("• Consider audits.", 2, 300, 60, 300),
    ]
    assert _texts(rows_resumed(lines)) == ["The provider must:", "• Ensure that staff are", "trained in",
                                           "basic life support.", "The provider should:", "• Review the rota.",
                                           "• Consider audits."]


def test_columns_flowing_into_each_other_on_the_next_page_are_not_cells():
    lines = [
        _line("Surgery", 1, 50, 760, 24, bold=True),
        _line("• The trust should ensure that venous", 1, 300, 754, 300),
        _line("repeated within 24 hours.", 1, 312, 770, 300),
        _line("• The trust should review theatre", 2, 50, 46, 24),
        _line("scheduling to reduce the number of", 2, 62, 60, 24),
        _line("operations cancelled on the day.", 2, 312, 46, 312),
    ]
    assert _texts(rows_resumed(lines)) == _texts(lines)


def test_a_card_going_on_alone_at_the_next_page_is_read_before_the_finished_card_beside_it():
    """Two cards side by side split by a page break: the right card finished on the page before,
    the left one goes on alone at the next page's top (then the next row's cards). The left card's
    last lines are read right after its lines on the page before, not after the right card."""
    lines = [
        _line("Safeguarding", 1, 50, 700, 50, bold=True),
        _line("Staff had not completed training.", 1, 50, 716, 50),
        _line("The provider was in breach of", 1, 50, 732, 50),
        _line("Staffing", 1, 300, 700, 300, bold=True),
        _line("Relatives felt welcome.", 1, 300, 716, 300),
        _line("regulation 18 (Staffing).", 2, 50, 60, 50),
        _line("Learning culture", 2, 50, 100, 24, bold=True),
        _line("Medicines", 2, 300, 100, 300, bold=True),
    ]
    assert _texts(rows_resumed(lines)) == ["Safeguarding", "Staff had not completed training.",
                                           "The provider was in breach of", "regulation 18 (Staffing).", "Staffing",
                                           "Relatives felt welcome.", "Learning culture", "Medicines"]


def test_a_cell_goes_on_past_a_capitalised_line_beside_it_when_the_next_page_goes_on_in_lower_case():
    """The right card's lines above the page's foot are read first under its title, which is read
    earlier: the line read after the left card's foot opens with a capital, where the left card's
    line at the next page's top goes on in lower case. Each card is read whole."""
    lines = [
        _line("We recommend the provider", 1, 50, 716, 50),
        _line("reviews how it shares", 1, 50, 732, 50),
        _line("People told us they", 1, 300, 716, 300),
        _line("felt safe and that staff", 1, 300, 732, 300),
        _line("learning with staff.", 2, 50, 60, 50),
        _line("knew them well.", 2, 300, 60, 300),
    ]
    assert _texts(rows_resumed(lines)) == ["We recommend the provider", "reviews how it shares", "learning with staff.",
                                           "People told us they", "felt safe and that staff", "knew them well."]


def test_a_label_cell_ending_above_the_cell_beside_it_does_not_go_on_at_the_next_page():
    """A table's last row: its label cell ("Trust-wide") ends level with the first line of the items
    beside it, which run on to the page's foot; the next page opens with a new section at the label
    column's edge. Only a cell reaching furthest down ran out of page: nothing is moved."""
    lines = [
        _line("Trust-wide", 1, 56, 600, 56),
        _line("• Consider how it shares learning", 1, 300, 600, 300),
        _line("with staff in the community.", 1, 312, 616, 300),
        _line("• Consider a decision-making tool.", 1, 300, 632, 300),
        _line("Requirement notices", 2, 50, 60, 50),
        _line("Action we have told the provider to take", 2, 50, 90, 50, bold=True),
    ]
    assert _texts(rows_resumed(lines)) == _texts(lines)


def test_the_last_column_going_on_at_the_next_page_s_top_is_no_cell_of_the_column_left_of_it():
    """A side panel right of the main column runs on at the next page's top, set alone there (its
    lines take the page's left edge as their column's); the main column, which reached further down
    the page before, opens its next chapter under it. The panel's lines are at the panel's text edge, not the main column's: they go on the panel,
    already read last, and nothing is moved before it."""
    lines = [
        _line("Complaints were handled in", 1, 50, 660, 50),
        _line("line with the trust policy,", 1, 50, 676, 50),
        _line("although responses were", 1, 50, 692, 50),
        _line("sometimes late.", 1, 50, 708, 50),
        _line("Community services", 1, 300, 660, 300, bold=True),
        _line("• The service must ensure that med-", 1, 300, 676, 300),
        _line("icines are stored securely and at", 1, 318, 692, 300),
        _line("the right temperatures on floors 2-4.", 2, 318, 60, 50),
        _line("Urgent and emergency care", 2, 50, 200, 50, bold=True),
        _line("The trust told us that every patient", 2, 50, 216, 50),
    ]
    assert _texts(rows_resumed(lines)) == _texts(lines)


def test_a_column_going_on_in_the_next_one_with_a_colon_is_no_cell_beside_it():
    """Two columns filled in turn: the left one's item breaks off mid-sentence and goes on at the
    right column's top, a line in lower case ending with a colon (no lead-in of a cell of its own),
    then its sub-bullets; the next page opens a new section at the left edge. Nothing is moved."""
    lines = [
        _line("The provider should:", 1, 50, 600, 50),
        _line("• Consider a decision-making tool", 1, 50, 616, 50),
        _line("for sepsis and that", 1, 62, 632, 50),
        _line("learning is shared, including that:", 1, 300, 600, 300),
        _line("◦ staff have access to policies.", 1, 310, 616, 300),
        _line("Requirement notices", 2, 50, 60, 50),
        _line("Action we have told the provider to take", 2, 50, 90, 50, bold=True),
    ]
    assert _texts(rows_resumed(lines)) == _texts(lines)


def test_a_cut_cell_read_before_a_shorter_column_beside_it_goes_on_at_the_next_page_first():
    """The page's lowest line breaks off mid-sentence in the left cell, read before the column right
    of it (a card of the row above, ended higher up); the next page opens at its edge with its rest."""
    lines = [
        _line("Monitoring outcomes", 1, 50, 600, 50, bold=True),
        _line("We recommend that the provider", 1, 50, 616, 50),
        _line("updates its audits so that they", 1, 50, 632, 50),
        _line("identify shortfalls in care", 1, 50, 648, 50),
        _line("How staff work together", 1, 300, 400, 300, bold=True),
        _line("The home was clean.", 1, 300, 416, 300),
        _line("records. Staff were kind.", 2, 50, 60, 50),
        _line("Caring", 2, 44, 100, 44, bold=True),
    ]
    assert _texts(rows_resumed(lines)) == ["Monitoring outcomes", "We recommend that the provider",
                                           "updates its audits so that they", "identify shortfalls in care",
                                           "records. Staff were kind.", "How staff work together",
                                           "The home was clean.", "Caring"]


def test_a_finished_cell_at_the_foot_leaves_the_next_page_to_the_column_read_last():
    """The lowest line ends its sentence and the column read last breaks off: the next page's lower-case
    top goes on the column read last, where the reading order already has it."""
    lines = [
        _line("• Ensure that the ward is safe.", 1, 50, 700, 50),
        _line("(Regulation 18(2)(a))", 1, 62, 716, 50),
        _line("• Ensure that 90% of staff", 1, 300, 680, 300),
        _line("are monitored through", 1, 312, 696, 300),
        _line("regular audits.", 2, 62, 60, 50),
    ]
    assert _texts(rows_resumed(lines)) == _texts(lines)


def test_columns_filled_in_turn_are_no_cut_cell_whatever_the_next_page_opens_with():
    """The lowest line breaks off mid-sentence and the column read after it goes on that sentence in
    lower case (a lead-in ending with a colon): one flow filled in turn; the next page's first line,
    set at the same edge, is not the cut sentence's rest."""
    lines = [
        _line("• Consider a tool for patients with sepsis and that", 1, 50, 700, 50),
        _line("learning is shared across teams, including that:", 1, 400, 600, 400),
        _line("◦ staff have access to policies.", 1, 412, 616, 400),
        _line("Requirement notices", 2, 50, 60, 50),
    ]
    assert _texts(rows_resumed(lines)) == _texts(lines)


def test_a_card_cut_in_its_breach_sentence_goes_on_in_a_bracket_past_the_title_beside_it():
    """Two cards side by side, both cut mid-sentence at the page's foot; the right card's title lost
    its bold (a re-print), a capital after the left card's "Act 2008", and the left card's next
    line opens with the bracket its sentence goes on in: each card goes on in its own cell (before,
    the columns were read as one flow, the left card's sentence taking the right card's title)."""
    lines = [
        _line("Learning culture", 1, 50, 700, 50),
        _line("The provider was in breach of", 1, 50, 716, 50),
        _line("regulation 9 of the Health and", 1, 50, 732, 50),
        _line("Social Care Act 2008", 1, 50, 748, 50),
        _line("Freedom to speak up", 1, 300, 700, 300),
        _line("Staff felt able to raise concerns", 1, 300, 716, 300),
        _line("and were", 1, 300, 732, 300),
        _line("(Regulated Activities)", 2, 50, 60, 50),
        _line("Regulations 2014.", 2, 50, 76, 50),
        _line("listened to by managers.", 2, 300, 60, 300),
    ]
    assert _texts(rows_resumed(lines)) == [
        "Learning culture", "The provider was in breach of", "regulation 9 of the Health and", "Social Care Act 2008",
        "(Regulated Activities)", "Regulations 2014.", "Freedom to speak up", "Staff felt able to raise concerns",
        "and were", "listened to by managers."]


def test_an_item_cut_at_its_lead_in_s_colon_goes_on_alone_with_its_first_sub_items():
    """A must cell's last item ends "including that:" at the page's foot, the should cell beside it
    (going on from the page before) ends its sentence higher up; the next page opens with the must
    item's sub-items alone, bulleted otherwise than the items and indented from them. They are read
    right after it, not after the should cell (before, the bullet was taken for no going on)."""
    lines = [
        _line("tent nursing staff.", 1, 80, 600, 50),
        _line("5. Ensure that patients at night", 1, 50, 616, 50),
        _line("are escalated appropriately,", 1, 80, 632, 50),
        _line("including that:", 1, 80, 648, 50),
        _line("unnecessarily delayed.", 1, 300, 600, 300),
        _line("– Review the interpreting service.", 1, 300, 616, 300),
        _line("o controlled drugs are checked;", 2, 96, 60, 50),
        _line("o weights are recorded.", 2, 96, 76, 50),
        _line("Outpatients", 2, 50, 140, 50, bold=True),
    ]
    assert _texts(rows_resumed(lines)) == [
        "tent nursing staff.", "5. Ensure that patients at night", "are escalated appropriately,", "including that:",
        "o controlled drugs are checked;", "o weights are recorded.", "unnecessarily delayed.",
        "– Review the interpreting service.", "Outpatients"]


def test_a_cell_going_on_with_a_figure_and_a_colon_is_no_lead_in_of_a_new_cell():
    """The should cell's item breaks off at a hyphenated figure ("within 48-") and goes on at the next
    page's top with "72 hours, including that:", the must cell beside it opening its next item there:
    the line ending in a colon is the sentence's rest, not a lead-in (before, it was taken for a new
    cell, so the row was read as one flow and the item lost its end and its sub-items)."""
    lines = [
        _line("The provider must:", 1, 50, 600, 50, bold=True),
        _line("• Ensure that records are complete.", 1, 50, 616, 50),
        _line("The provider should:", 1, 300, 600, 300, bold=True),
        _line("1. Improve monitoring within 48-", 1, 300, 616, 300).model_copy(update={"text_x0": 324.0}),
        _line("• Make sure that staff are appraised.", 2, 50, 60, 50),
        _line("• Ensure that patient records are kept.", 2, 50, 76, 50),
        _line("72 hours, including that:", 2, 324, 58, 300),
        _line("• trolleys are sealed and checked.", 2, 336, 74, 300),
    ]
    assert _texts(rows_resumed(lines)) == [
        "The provider must:", "• Ensure that records are complete.", "• Make sure that staff are appraised.",
        "• Ensure that patient records are kept.", "The provider should:", "1. Improve monitoring within 48-",
        "72 hours, including that:", "• trolleys are sealed and checked."]


@pytest.mark.parametrize("size", [9.0, 12.0, 15.0])
def test_a_figure_s_hyphen_at_a_cell_s_foot_goes_on_in_the_cell_at_the_next_page_s_top(size):
    """A must cell cut at the page's foot after "aged 16-" goes on alone at the next page's top with
    "18. (Regulation 18(2)(a))": the figure's rest, as `join_lines` joins it, not a numbered item. It is
    read right after the cell, before the should cell beside it. Fails without split_rows.py's `_goes_on`
    asking `figure_goes_on`."""
    lead, left, right = 1.3 * size, 4 * size, 24 * size
    lines = [
        _line("The hospital must:", 1, left, 600, left, bold=True, size=size),
        *[_line(text, 1, left, 600 + k * lead, left, size=size) for k, text in enumerate(
            ["– The hospital must improve its", "governance arrangements so that", "risks are acted on for",
             "young people aged 16-"], start=1)],
        _line("The hospital should:", 1, right, 600, right, bold=True, size=size),
        _line("a) The hospital should review", 1, right, 600 + lead, right, size=size),
        _line("staff wellbeing.", 1, right, 600 + 2 * lead, right, size=size),
        _line("18. (Regulation 18(2)(a))", 2, left, 60, left, size=size),
        _line("Critical care", 2, 2 * size, 60 + 4 * lead, 2 * size, bold=True, size=size),
    ]
    order = _texts(rows_resumed(lines))
    assert order.index("18. (Regulation 18(2)(a))") == order.index("young people aged 16-") + 1
    assert order.index("The hospital should:") > order.index("18. (Regulation 18(2)(a))")


@pytest.mark.parametrize("size", [7.0, 9.0, 12.0])
def test_cards_cut_by_a_page_break_start_level_at_their_titles_read_apart_from_their_text(size):
    """Two cards side by side, their titles and scores read as a row of their own before their texts
    (the left score wraps onto a second line, so its text starts lower than the right card's): the
    cards start level at their titles, and each card's text goes on at the next page's top. Each is
    read whole. Fails without split_rows.py's `_level` measuring each cell from its own top
    (`_cell_top`)."""
    score, lead, gap, left, right = 0.8 * size, 1.25 * size, 0.6 * size, 20 * size, 40 * size
    lines = [
        _line("Person-centred care", 1, left, 600, 0, bold=True, size=size),
        _line("Score: 1 - Evidence shows significant", 1, left, 600 + lead, 0, size=score),
        _line("shortfalls", 1, left, 600 + lead + score, 0, size=score),
        _line("Providing information", 1, right, 600, right, bold=True, size=size),
        _line("Score: 2 - Evidence shows some shortfalls", 1, right, 600 + lead, right, size=score),
        _line("People told us they felt safe and", 1, left, 600 + lead + 2 * score + gap, 0, size=size),
        _line("People told us they felt safe and", 1, right, 600 + lead + score + gap, right, size=size),
        _line("that staff knew them well. The", 1, right, 600 + 2 * lead + score + gap, right, size=size),
        _line("that staff knew them well.", 2, left, 60, 0, size=size),
        _line("provider did not have oversight.", 2, right, 60, right, size=size),
    ]
    order = _texts(rows_resumed(lines))
    assert order[5:] == ["People told us they felt safe and", "that staff knew them well.",
                         "People told us they felt safe and", "that staff knew them well. The",
                         "provider did not have oversight."]


@pytest.mark.parametrize("size", [9.0, 13.0])
def test_a_cell_cut_mid_sentence_does_not_flow_into_a_card_title_beside_it(size):
    """A card's text cut mid-sentence at the page's foot beside a card whose title (a re-print lost its
    bold) is one line over its score in smaller type: the title opens with a capital as the cut card's
    next line on the next page does, yet no sentence runs into a title; each card goes on at the next
    page's top. Fails without split_rows.py's `_titled`."""
    score, lead, left, right = 0.8 * size, 1.25 * size, 8 * size, 32 * size
    lines = [
        _line("Delivering care and", 1, left, 600, 0, size=size),
        _line("treatment", 1, left, 600 + lead, 0, size=size),
        _line("Score: 2 - Evidence shows", 1, left, 600 + 2 * lead, 0, size=score),
        _line("Staff had not completed their", 1, left, 600 + 2 * lead + 2 * score, 0, size=size),
        _line("training. This was a breach of", 1, left, 600 + 3 * lead + 2 * score, 0, size=size),
        _line("regulation 19 of the Health and", 1, left, 600 + 4 * lead + 2 * score, 0, size=size),
        _line("Assessing needs", 1, right, 600, right, size=size),
        _line("Score: 3 - Evidence shows", 1, right, 600 + lead, right, size=score),
        _line("Leaders were visible and", 1, right, 600 + lead + 2 * score, right, size=size),
        _line("Relatives said they were", 1, right, 600 + 4 * lead + 2 * score, right, size=size),
        _line("Social Care Act 2008.", 2, left, 60, 0, size=size),
        _line("kept informed.", 2, right, 60, right, size=size),
    ]
    order = _texts(rows_resumed(lines))
    assert order.index("Social Care Act 2008.") == order.index("regulation 19 of the Health and") + 1
    assert order.index("kept informed.") == order.index("Relatives said they were") + 1


@pytest.mark.parametrize("size", [9.0, 14.0])
def test_cards_cut_by_a_page_break_under_a_heading_at_the_box_s_edge_start_level_at_their_titles(size):
    """The same two cards under their key question's heading and rating ("Caring" / "Rating:
    Inadequate"), set at the table box's edge, left of the cards' padded text and a line's gap above
    the left title: the heading is no line of the left card, so the cards still start level at their
    titles and each goes on at the next page's top. Before, the left card's top was taken at the
    heading, the row was not level, and its next page's text ran into the right card's (a stray
    "needs." after a statement). Fails without split_rows.py's `_cell_top` keeping to lines at or
    right of the cell's edge (`INSIDE_EM`)."""
    score, lead, gap, left, right, pad = 0.8 * size, 1.25 * size, 0.6 * size, 20 * size, 40 * size, 0.4 * size
    lines = [
        _line("Caring", 1, left - pad, 600 - 3.8 * size, 0, bold=True, size=1.25 * size),
        _line("Rating: Inadequate", 1, left - pad, 600 - 1.8 * size, 0, bold=True, size=size),
        _line("Person-centred care", 1, left, 600, 0, bold=True, size=size),
        _line("Score: 1 - Evidence shows significant", 1, left, 600 + lead, 0, size=score),
        _line("shortfalls", 1, left, 600 + lead + score, 0, size=score),
        _line("Providing information", 1, right, 600, right, bold=True, size=size),
        _line("Score: 2 - Evidence shows some shortfalls", 1, right, 600 + lead, right, size=score),
        _line("People told us they felt safe and", 1, left, 600 + lead + 2 * score + gap, 0, size=size),
        _line("People told us they felt safe and", 1, right, 600 + lead + score + gap, right, size=size),
        _line("that staff knew them well. The", 1, right, 600 + 2 * lead + score + gap, right, size=size),
        _line("that staff knew them well.", 2, left, 60, 0, size=size),
        _line("provider did not have oversight.", 2, right, 60, right, size=size),
    ]
    order = _texts(rows_resumed(lines))
    assert order[7:] == ["People told us they felt safe and", "that staff knew them well.",
                         "People told us they felt safe and", "that staff knew them well. The",
                         "provider did not have oversight."]


@pytest.mark.parametrize("finished", [False, True])
@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_cards_cut_mid_sentence_go_on_in_their_own_columns_when_one_opens_with_a_number(size, finished):
    """Two cards cut mid-sentence at the page's foot ("… of the" beside "… Social Care Act"): the right
    card's text opens with a capital, as the left card's next page does, so case cannot tell a flow of
    columns from a row of cards. The next page's right column opens "2008 (Regulated Activities)" beside
    a left column that ended its sentences: it goes on from its own card, not from the column beside it,
    so the page's columns are the cards going on. Fails without split_rows.py's `_goes_on_alone`. When
    the right card ended its sentence at the foot (`finished`), that column opens going on from nothing
    of its own (a narrative flowing from column to column): the columns are left to the flow's reading."""
    lead, left, right = 1.3 * size, 20 * size, 45 * size
    lines = [
        *[_line(text, 1, left, 500 + k * lead, left, size=size) for k, text in enumerate(
            ["Leaders were visible. This was", "a breach of regulation 19 of the"])],
        *[_line(text, 1, right, 500 + k * lead, right, size=size) for k, text in enumerate(
            ["Staff understood how to report", "abuse. This was a breach of", "regulation 18 of the Health and",
             "Social Care Act 2008." if finished else "Social Care Act"])],
        _line("Health and Social Care Act 2008.", 2, left, 60, left, size=size),
        _line("People felt safe.", 2, left, 60 + lead, left, size=size),
        _line("2008 (Regulated Activities).", 2, right, 60, right, size=size),
        _line("People felt welcome.", 2, right, 60 + lead, right, size=size),
    ]
    cells = [*_texts(lines[:2]), *_texts(lines[6:8]), *_texts(lines[2:6]), *_texts(lines[8:])]
    assert _texts(rows_resumed(lines)) == (_texts(lines) if finished else cells)


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_columns_filled_in_turn_with_a_heading_cut_at_the_right_column_foot_are_not_cells(size):
    """Two columns filled in turn over a page break: the left column breaks off mid-sentence and goes
    on at the right column's top; the right column ends in a service's bold name cut in two ("Community
    health services" / "for adults" at the next page's top). The next page's right column opens with a
    citation going on from its left column's item, beside that column's finished sentence, yet the right
    cell on the page before ended in a heading, not a sentence broken off: the columns flow, no row's
    cells go on (the bold heading over the left column sets its edge level with the next page's). Fails without split_rows.py's `_ends_running` in `_goes_on_alone`."""
    lead, left, right, indent = 1.3 * size, 5 * size, 30 * size, 3 * size
    lines = [
        _line("Urgent care", 1, left, 500, left, bold=True, size=size),
        _line("The provider must ensure that", 1, left + indent, 500 + lead, left, size=size),
        _line("staff are trained and that compli-", 1, left + indent, 500 + 2 * lead, left, size=size),
        _line("ance is monitored through", 1, right + indent, 500, right, size=size),
        _line("regular audits.", 1, right + indent, 500 + lead, right, size=size),
        _line("Community health services", 1, right, 500 + 2 * lead, right, bold=True, size=size),
        _line("for adults", 2, left, 60, left, bold=True, size=size),
        _line("The service must ensure that", 2, left + indent, 60 + lead, left, size=size),
        _line("staff are trained.", 2, left + indent, 60 + 2 * lead, left, size=size),
        _line("(Regulation 17(1)(2)(a)(b))", 2, right + indent, 60, right, size=size),
        _line("The service should review its", 2, right + indent, 60 + lead, right, size=size),
        _line("rota.", 2, right + indent, 60 + 2 * lead, right, size=size),
    ]
    assert _texts(rows_resumed(lines)) == _texts(lines)
