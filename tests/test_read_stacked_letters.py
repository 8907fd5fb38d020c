"""A side tab lettered one letter a line down the margin ("CQC REPORT"), read between a
statement's lines: its letters are no words of the statement (stacked_letters.py). Before, the
statement read "… to facilitate C Q" and lost its last line (session 48's GJ03)."""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.stacked_letters import without_stacked_letters

FIRST = "The provider must ensure that there are enough suitably qualified nurses on each shift to facilitate"
REST = "patients' section 17 leave. (Regulation 18(1))"


def _letters(word: str, top: float, size: float) -> list:
    return [line(letter, x=480, size=size, at=top + k * 1.06 * size) for k, letter in enumerate(word)]


@pytest.mark.parametrize("size", [8.5, 12.0])
def test_a_word_lettered_down_the_margin_is_no_part_of_a_statement(size):
    top = 80.0 + 12.0 + (12.0 if size <= 10 else size * 1.4)  # level with the item's first line, as in build.doc
    spec = [PageBreak, line("Action the provider MUST take to improve", bold=True, size=size),
            bullet(FIRST, size=size), *_letters("CQC", top, size), line(REST, x=84, size=size),
            *_letters("REPORT", top + 4.5 * size, size),
            bullet("The provider must ensure that care plans are reviewed monthly.", size=size)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [f.text for f in found] == [f"{FIRST} {REST}", "The provider must ensure that care plans are reviewed monthly."]




@pytest.mark.parametrize("size", [8.5, 12.0])
def test_a_list_s_letters_hung_before_one_line_items_stay_its_markers(size):
    items = ["The provider must ensure that care plans are reviewed monthly.",
             "The provider must ensure that staff are trained.",
             "The provider must ensure that audits are acted on.",
             "The provider must ensure that rotas are safe."]
    spec = [PageBreak, line("Action the provider MUST take to improve", bold=True, size=size)]
    for k, (letter, text) in enumerate(zip("ABCD", items)):
        top = 120.0 + k * 1.5 * size
        spec += [line(letter, x=72, size=size, at=top), line(text, x=72 + 1.5 * size, size=size, at=top)]
    assert len(without_stacked_letters([l for p in doc(*spec).pages for l in p.lines])) == 1 + 2 * len(items)
