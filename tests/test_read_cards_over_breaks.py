"""Assessment cards set two a row and cut by a page break (issue 10, random layouts 111000), each
page drawn here line by line at several type sizes (pipeline/split_rows.py):

- the right card breaks off mid-citation ("… in breach of regulation") and goes on at the next page's
  top with the regulation's number ("9 (Person-centred care)."), beside the left card opening a new
  paragraph with a capital: a number goes on the sentence as lower case does (before, the right
  card's rest was read after the left card's paragraph, and the breach lost its regulation);
- the right card breaks off in the Act's name and goes on with a capital ("Care Act 2008 …") at the
  page's top, the left card's new paragraph beside it set a paragraph gap lower: the line starting
  lower is no sentence's rest (before, the breach took the left card's paragraph as its end);
- the left card, set a line higher by a paragraph gap, breaks off a line above the right card's
  finished breach and goes on alone at the next page's top: its next line would have ended below
  the right card's foot, so it ran out of page too (before, it was taken for a finished label cell
  and its rest was read after the right card's breach, ending it with "appointment of the new manager.").

- a row of cards cut right under the first line of their titles (plain type: a re-print lost the
  bold), one line each read as one row: the two lines are the row's cells side by side, so each card
  goes on in its own cell (before, the right card's title and score ended the left card's breach).

Each test fails without its change in split_rows.py (`_breaks_from`: a number; a line set lower;
`_ran_out`; `_beside`: cells on one line share their column's edge).
"""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round7e import HEIGHT  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT = 60.0
INTRO = [("Safe", 1.5, True), ("Rating: Requires improvement", 1.0, True)]
# Each card's first paragraph, above the lines a test sets at the page's foot.
OPENING = ["Leaders were visible and staff said", "they were approachable. Relatives", "said they were kept informed and",
           "felt welcome."]


def _cards(size: float, left: list[str], right: list[str], left_gap: int | None = None) -> list[tuple]:
    """Two cards side by side whose last lines end at the page's foot; `left_gap`: a paragraph gap
    (0.6 em) before that line of the left card, which sets its later lines lower."""
    lead, right_x = 1.3 * size, LEFT + 24 * size
    top = HEIGHT - 70.0 - lead * (max(len(left), len(right)) + len(OPENING) + 5)
    page = [(text, LEFT, 60.0 + k * 2.5 * size, scale * size, bold) for k, (text, scale, bold) in enumerate(INTRO)]
    for x, title, lines, gap in ((LEFT, ["Safeguarding"], left, left_gap),
                                 (right_x, ["How staff and teams", "work together"], right, None)):
        page += [(text, x, top + k * lead, size, True) for k, text in enumerate(title)]
        page.append(("Score: 2 - Evidence shows some shortfalls", x, top + len(title) * lead, 0.8 * size, False))
        y = top + (len(title) + 1.5) * lead
        for k, text in enumerate(OPENING + lines):
            y += 0.6 * size if k in (len(OPENING), gap) else 0.0
            page.append((text, x, y, size, False))
            y += lead
    return page


def _next(size: float, left: list[str], right: list[str], left_lower: float = 0.0) -> list[tuple]:
    lead, right_x = 1.3 * size, LEFT + 24 * size
    page = [(text, LEFT, 60.0 + left_lower * size + k * lead, size, False) for k, text in enumerate(left)]
    page += [(text, right_x, 60.0 + k * lead, size, False) for k, text in enumerate(right)]
    return page + [("Effective", LEFT - 6, 60.0 + 8 * lead, 1.5 * size, True)]


def _musts(tmp_path, first: list[tuple], second: list[tuple]) -> list[str]:
    return [f.text for f in read_findings(_pages(tmp_path / "report.pdf", [first, second])) if f.kind == "must"]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_a_card_going_on_with_its_regulation_s_number_keeps_it(tmp_path, size):
    left = ["Staff understood how to recognise", "and report abuse. People told us", "they felt safe."]
    right = ["Staff had not completed the", "training they needed. The provider", "was in breach of regulation"]
    first = _cards(size, left, right)
    second = _next(size, ["Morale had improved since the", "appointment of the new manager."],
                   ["9 (Person-centred care)."])
    assert _musts(tmp_path, first, second) == [
        "Staff had not completed the training they needed. The provider was in breach of regulation 9 "
        "(Person-centred care)."]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_a_card_going_on_with_a_capital_beside_a_paragraph_set_lower_keeps_its_rest(tmp_path, size):
    left = ["Staff understood how to recognise", "and report abuse. People told us", "they felt safe."]
    right = ["Staff had not completed the", "training they needed. The provider", "was in breach of regulation 18",
             "(Staffing) of the Health and Social"]
    first = _cards(size, left, right)
    second = _next(size, ["People were supported to be as", "independent as possible."],
                   ["Care Act 2008 (Regulated Activities)", "Regulations 2014."], left_lower=0.6)
    assert _musts(tmp_path, first, second) == [
        "Staff had not completed the training they needed. The provider was in breach of regulation 18 "
        "(Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_a_card_a_paragraph_gap_set_a_line_higher_goes_on_alone_before_the_finished_card(tmp_path, size):
    left = ["Staff understood how to recognise", "and report abuse.", "Staff worked with GPs and district",
            "nurses to meet people's health", "needs. Morale had improved since the"]
    right = ["Medicine records had gaps. This", "was a breach of regulation 11 (Need", "for consent) of the Health and",
             "Social Care Act 2008 (Regulated", "Activities) Regulations 2014."]
    first = _cards(size, left, right, left_gap=len(OPENING) + 2)
    second = _next(size, ["appointment of the new manager."], [])
    assert _musts(tmp_path, first, second) == [
        "Medicine records had gaps. This was a breach of regulation 11 (Need for consent) of the Health and "
        "Social Care Act 2008 (Regulated Activities) Regulations 2014."]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_cards_cut_under_their_titles_first_line_go_on_each_in_its_own_cell(tmp_path, size):
    lead, right_x = 1.3 * size, LEFT + 24 * size
    first = [(text, LEFT, 60.0 + k * 2.5 * size, scale * size, False) for k, (text, scale, _) in enumerate(INTRO)]
    first += [(text, LEFT, 60.0 + (6 + k) * lead, size, False) for k, text in enumerate(OPENING)]
    first += [("Kindness,", LEFT, HEIGHT - 70.0 - lead, size, False),
              ("Independence,", right_x, HEIGHT - 70.0 - lead, size, False)]
    left = ["Risks to people were not", "assessed. The provider was", "in breach of regulation 12 (Safe",
            "care and treatment)."]
    right = ["Leaders were visible and staff", "said they were approachable."]
    second = []
    for x, title, score, lines in ((LEFT, ["compassion and", "dignity"], 1, left), (right_x, ["choice and control"], 2, right)):
        second += [(text, x, 60.0 + k * lead, size, False) for k, text in enumerate(title)]
        second.append((f"Score: {score} - Evidence shows some shortfalls", x, 60.0 + len(title) * lead, 0.8 * size, False))
        second += [(text, x, 60.0 + (k + len(title) + 1.5) * lead, size, False) for k, text in enumerate(lines)]
    second.append(("Effective", LEFT - 6, 60.0 + 8 * lead, 1.5 * size, True))
    assert _musts(tmp_path, first, second) == [
        "Risks to people were not assessed. The provider was in breach of regulation 12 (Safe care and treatment)."]
