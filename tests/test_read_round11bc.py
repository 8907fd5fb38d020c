"""Reading round eleven, outside batch BC as a development set (issue 10), on small PDFs drawn
here with reportlab and fpdf2 at several type sizes and read back whole:

- a table whose row numbers are centred vertically beside their rows, the rows set with no gap
  between them (shaded rows, no rules) and the list running over a page break: each number is
  its row's list number, and the row starts at its first line (before, a number level with a
  row's middle line cut the row there and gave its first lines to the row above, and a number
  between two baselines was read into the text);
- in a report with no must/should lists, a breach sentence printed word for word at the end of
  two passages (in two key questions) is one derived must at its first printing, the second
  `also_at`, each passage its evidence (before, the second passage was a must of its own);
- a key question set as a heading on a printed web page's first page, over a paragraph, heads
  its section (before, every key question on page 1 was taken for the cover's ratings grid, and a
  breach under a quality statement's heading had that heading for its section, and no key question).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round9b import _fpdf_pages  # noqa: E402

LEFT = 60.0
ROWS = [("Make sure that every fire door on the ground floor", "closes fully when released."),
        ("Put in place a system so that hoists and slings are", "serviced at the intervals the maker sets and that",
         "each sling is labelled with its safe working load."),
        ("Keep a record of each agency worker's induction.",),
        ("Carry out a legionella risk assessment and act on", "what it finds."),
        ("Review how patient group directions are signed", "so that only trained nurses supply medicines",
         "under them."),
        ("Tell people how to raise a concern about their care.",)]
TEXTS = [" ".join(row) for row in ROWS]
HEADING = "Action the service MUST take to improve"
END = "Our inspection team"


def _centred(numbers: list[str], rows: list[tuple], top: float, size: float, lead: float) -> tuple[list[tuple], float]:
    """Rows of a table with no gap between them, each number set in a narrow cell at its row's
    vertical middle; the row's text in the wide cell right of it."""
    lines = []
    for number, row in zip(numbers, rows):
        lines.append((number, LEFT, top + (len(row) - 1) * lead / 2, size, False))
        lines += [(words, LEFT + 2.8 * size, top + k * lead, size, False) for k, words in enumerate(row)]
        top += len(row) * lead
    return lines, top


def _table_over_a_page(numbers: list[str], size: float, lead_em: float) -> list[list[tuple]]:
    lead = lead_em * size
    first, _ = _centred(numbers[:4], ROWS[:4], 100.0 + 2 * size, size, lead)
    second, bottom = _centred(numbers[4:], ROWS[4:], 70.0, size, lead)
    return [[(HEADING, LEFT, 100.0, 1.2 * size, True)] + first,
            second + [(END, LEFT, bottom + 1.5 * size, 1.2 * size, True)]]


@pytest.mark.parametrize("writer,size,lead_em,numbers", [
    (_pages, 10.0, 1.3, ["1.", "2.", "3.", "4.", "5.", "6."]),
    (_pages, 12.5, 1.5, ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]),
    (_fpdf_pages, 9.0, 1.25, ["i.", "ii.", "iii.", "iv.", "v.", "vi."]),
])
def test_row_numbers_centred_beside_rows_with_no_gap_number_each_row_from_its_first_line(tmp_path, writer, size,
                                                                                        lead_em, numbers):
    _, found = _findings(writer(tmp_path / "report.pdf", _table_over_a_page(numbers, size, lead_em)))
    assert [(f.kind, f.page, f.text) for f in found] == [("must", 1 if k < 4 else 2, text) for k, text in enumerate(TEXTS)]


def test_numbers_on_their_rows_first_lines_are_read_as_before(tmp_path):
    """A list whose numbers sit on each item's first line keeps its items, though its rows of
    three lines fit a centred reading too (rows of 1, 5, 1 and 5 lines): no number stands between
    baselines."""
    size, lead = 10.0, 13.0
    rows = [ROWS[1], ROWS[4], ROWS[1], ROWS[4]]
    lines, top = [(HEADING, LEFT, 100.0, 1.2 * size, True)], 100.0 + 2 * size
    for number, row in zip(["1.", "2.", "3.", "4."], rows):
        lines.append((number, LEFT, top, size, False))
        lines += [(words, LEFT + 2.8 * size, top + k * lead, size, False) for k, words in enumerate(row)]
        top += len(row) * lead
    lines.append((END, LEFT, top + 1.5 * size, 1.2 * size, True))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [f.text for f in found] == [" ".join(row) for row in rows]


BREACH = "This was a breach of regulation 15 (Premises and equipment)."
SECTIONS = [
    ("Is the service safe?", ["Staff told us they knew how to raise an alarm at night.",
                              "Two of the four slings we checked were frayed and had not been taken out of use. " + BREACH]),
    ("Is the service effective?", ["The laundry had no separate route for soiled linen, and clean towels were stored "
                                   "beside the sluice on the first floor. " + BREACH,
                                   "The provider was in breach of regulation 17 (Good governance) because audits had "
                                   "not found these shortfalls."]),
]


def _narrative(size: float) -> list[list[tuple]]:
    """A care home report's key questions, one a page: paragraphs in ragged lines, one breach
    sentence printed word for word at the end of a paragraph in each."""
    from test_read_round7e import _wrapped

    pages = []
    for heading, paragraphs in SECTIONS:
        lines, top = [(heading, LEFT, 80.0, 1.5 * size, True)], 80.0 + 2.5 * size
        for text in paragraphs:
            for words in _wrapped(text, size, 430.0):
                lines.append((" ".join(words), LEFT, top, size, False))
                top += 1.3 * size
            top += 0.9 * size
        pages.append(lines)
    return pages


@pytest.mark.parametrize("writer,size", [(_pages, 9.5), (_fpdf_pages, 12.0)])
def test_a_breach_sentence_printed_again_after_another_passage_is_one_must(tmp_path, writer, size):
    """Each printing's passage says what was wrong there; the must is the first, printed again
    on page 2 (`also_at`), both passages its evidence."""
    _, found = _findings(writer(tmp_path / "report.pdf", _narrative(size)))
    musts = [f for f in found if f.kind == "must"]
    assert [(f.page, f.text) for f in musts] == [(1, SECTIONS[0][1][1]), (2, SECTIONS[1][1][1])]
    assert [(p.page, p.section) for p in musts[0].also_at] == [(2, "Is the service effective?")]
    assert [(e.page, e.text) for e in musts[0].evidence] == [(1, SECTIONS[0][1][1]), (2, SECTIONS[1][1][0])]


def _web_first_page(size: float) -> list[tuple]:
    """A printed assessment web page: the cover's ratings as key-question labels beside their
    ratings, then the first key question's section on the same page, its quality statement's
    heading in bold over a breach passage."""
    rows = [("Assessment report", LEFT, 60.0, size, False), ("Quayview Support Services", LEFT, 76.0, 2 * size, True)]
    top = 76.0 + 3 * size
    for label, rating in [("Safe", "Requires improvement"), ("Well-led", "Good")]:
        rows += [(label, LEFT, top, size, True), (rating, LEFT + 12 * size, top, size, False)]
        top += 1.4 * size
    rows.append(("Safe", LEFT, top + 2 * size, 1.7 * size, True))
    top += 2 * size + 3 * size
    rows.append(("This service scored 52 (out of 100) for this area.", LEFT, top, size, False))
    top += 2.2 * size
    rows.append(("Infection prevention and control", LEFT, top, 1.15 * size, True))
    top += 2 * size
    for words in ["Bins for clinical waste were kept in an unlocked shed beside the car park.",
                  "This was a breach of regulation 12 (Safe care and treatment)."]:
        rows.append((words, LEFT, top, size, False))
        top += 1.3 * size
    return rows


@pytest.mark.parametrize("writer,size", [(_pages, 9.0), (_fpdf_pages, 11.0)])
def test_a_key_question_heading_on_a_web_pages_first_page_is_its_sentences_section(tmp_path, writer, size):
    """Not the cover's ratings grid (its labels stand beside their ratings): the section a
    breach passage under a quality statement's heading sits in is the key question."""
    _, found = _findings(writer(tmp_path / "report.pdf", [_web_first_page(size)]))
    assert [(f.kind, f.section, f.domain) for f in found] == [("must", "Safe", "Safe")]
