"""Reading round eighty-five (a harder held-back set, FL), drawn here at more than one type size:

- bullets taken from Unicode's Miscellaneous Symbols (⚠ for each must, ☞ for each should, as a
  stylesheet's `::before` prints them), set a gutter's width before the item's text. Before, they were
  no bullets: each stood as a column of its own beside the items and no statement was read at all;
- a statement's citation set on a right-aligned tab stop at the end of its last line, in smaller
  type ("…own policy.⟶Regulation 12(2)(g)"). Before, the tab's gap cut it off as a cell of its own:
  the statement was read without it, or a column of citations was read after the next statement;
- a ratings table, with its caption, set in smaller type between two musts of one list. Before, its
  caption and header cells ended the list, and the musts after it were lost.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found  # noqa: E402
from test_read_round7e import _wrapped, _width  # noqa: E402

MUSTS = ["The trust must ensure that risk assessments for all patients are completed at the first appointment "
         "and updated after any change in risk. (Regulation 12(2)(a))",
         "The trust must ensure that staff receive regular supervision and an annual appraisal, and that these "
         "are recorded. (Regulation 18(2)(a))"]
SHOULDS = ["The trust should ensure that carers are offered an assessment of their own needs.",
           "The trust should review its telephone triage protocol, which states that duty workers must return "
           "calls within four hours, to check that this is achieved."]
LEFT, WIDTH = 62.0, 470.0


def _item(mark: str, text: str, base: float, size: float, indent: float) -> tuple[list[tuple], float]:
    """A bulleted item with a hanging indent; the baseline under its last line."""
    lead = 1.3 * size
    rows = _wrapped(text, size, WIDTH - indent)
    lines = [(mark, LEFT, base, size, False)] + [
        (" ".join(words), LEFT + indent, base + k * lead, size, False) for k, words in enumerate(rows)]
    return lines, base + len(rows) * lead


def _symbol_bullets(size: float) -> list[tuple]:
    """Each item's first line set bolder and a little larger than the rest (a stylesheet's `::first-line`)."""
    lines, base = [("Areas for improvement", LEFT, 70.0, 1.3 * size, True)], 70.0 + 2 * size
    for heading, mark, texts in (("Action the provider MUST take to improve", "⚠", MUSTS),
                                 ("Action the provider SHOULD take to improve", "☞", SHOULDS)):
        lines.append((heading, LEFT, base, 1.1 * size, True))
        base += 1.8 * size
        for text in texts:
            drawn, base = _item(mark, text, base, size, 2.0 * size)
            first = drawn[1]
            lines += [drawn[0], (first[0], first[1], first[2], 1.08 * size, True)] + drawn[2:]
            base += 0.6 * size
    return lines


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_miscellaneous_symbols_are_bullets(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "symbols.pdf", [(A4, _symbol_bullets(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", t) for t in MUSTS] + [("should", t) for t in SHOULDS]


TABBED = [("The provider must ensure that controlled drugs are administered, recorded and disposed of in line "
           "with legislation and the hospice’s own policy.", "Regulation 12(2)(g)"),
          ("The provider must ensure that all staff complete mandatory training in the safeguarding of adults "
           "at the level appropriate to their role.", "Regulation 13(2)"),
          ("The provider must ensure that records of care given in patients’ homes are complete and stored "
           "securely.", "Regulation 17(2)(c)")]
AFTER_TABLE = ("The provider must ensure that there are enough suitably qualified nurses in the hospice at home "
               "team to respond to urgent referrals out of hours.", "Regulation 18(1)")
SERVICES = ("Hospice services for adults", "Community end of life care")


def _tabbed(text: str, citation: str, base: float, size: float) -> tuple[list[tuple], float]:
    """An item whose citation, in smaller type, is set flush right on its last line's baseline."""
    lines, base = _item("•", text, base, size, 1.6 * size)
    small = 0.85 * size
    lines.append((citation, LEFT + WIDTH - _width(citation, small), lines[-1][2], small, False))
    return lines, base


def _table(base: float, size: float) -> tuple[list[tuple], float]:
    """A ratings table in smaller type, its caption over it: a header row and one row of ratings."""
    small, step = 0.78 * size, (WIDTH - 80.0) / 5
    lines = [("Table 1: Our ratings for hospice services for adults", LEFT, base, small, True)]
    base += 2.2 * small
    heads = ("Safe", "Effective", "Caring", "Responsive", "Well-led")
    lines += [("Our ratings for", LEFT, base, small, False)] + [
        (head, LEFT + 80.0 + k * step, base, small, False) for k, head in enumerate(heads)]
    base += 2.2 * small
    lines += [("Overall: Good", LEFT, base, small, False)] + [
        (rating, LEFT + 80.0 + k * step, base, small, False)
        for k, rating in enumerate(("Requires improvement", "Good", "Outstanding", "Good", "Good"))]
    return lines, base + 3 * small


def _list_with_table(size: float) -> list[tuple]:
    lines, base = [("Action the provider MUST take to improve", LEFT, 70.0, size, True),
                   (SERVICES[0], LEFT, 70.0 + 1.3 * size, size, True)], 70.0 + 3.2 * size
    for k, (text, citation) in enumerate(TABBED[:2]):
        drawn, base = _tabbed(text, citation, base, size)
        lines += drawn
        if k == 0:
            drawn, base = _table(base + 1.2 * size, size)
            lines += drawn
    lines.append((SERVICES[1], LEFT, base + 0.4 * size, size, True))
    base += 2.2 * size
    for text, citation in (AFTER_TABLE, TABBED[2]):
        drawn, base = _tabbed(text, citation, base, size)
        lines += drawn
    lines.append(("Action the provider SHOULD take to improve", LEFT, base + 1.2 * size, size, True))
    drawn, _ = _item("•", SHOULDS[0].replace("trust", "provider"), base + 3.0 * size, size, 1.6 * size)
    return lines + drawn


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_tabbed_citations_and_a_table_inside_the_list(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "tabbed.pdf", [(A4, _list_with_table(size))]))
    musts = [(service, text) for kind, service, text, _ in found if kind == "must"]
    assert musts == [(SERVICES[0], f"{text} {citation}") for text, citation in TABBED[:2]] + [
        (SERVICES[1], f"{text} {citation}") for text, citation in (AFTER_TABLE, TABBED[2])]
    assert [kind for kind, *_ in found].count("should") == 1


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_an_item_with_a_larger_first_line_goes_on_over_a_page_break(tmp_path: Path, size: float) -> None:
    """The first must's larger bold first line is the last line of its page and the rest of it opens the
    next page in body type (the report's running text, below the lists, sets the body type): the item's
    own text going on, no note on the break, which is smaller than the body type, not only than the
    item's first line. Each item's last line, last on its page, is no note either."""
    lines = _symbol_bullets(size)
    cut = [k for k, line in enumerate(lines) if line[0] == "⚠"][0] + 2
    rest = [(text, x, base - lines[cut][2] + 70.0, points, bold) for text, x, base, points, bold in lines[cut:]]
    below = rest[-1][2] + 3 * size
    rest += [(" ".join(words), LEFT, below + k * 1.3 * size, size, False)
             for k, words in enumerate(_wrapped(" ".join(["The community teams for older people were based at two "
                                                          "resource centres and saw patients in their homes."] * 6),
                                                size, WIDTH))]
    found = _found(_draw(tmp_path / "break.pdf", [(A4, lines[:cut]), (A4, rest)]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", t) for t in MUSTS] + [("should", t) for t in SHOULDS]
