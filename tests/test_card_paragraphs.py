"""A card's title and score cut from its text by a page break are no part of the text's paragraph
(pipeline/locate.py's `_paragraph_break`), on small made-up pages of lines."""

import pytest
from build import PageBreak, doc, line

from cqcplan.pipeline.locate import locate


@pytest.mark.parametrize("size", [9.0, 14.0])
def test_a_score_at_a_page_s_foot_ends_its_paragraph_before_the_card_s_text_on_the_next_page(size):
    """A card's title and its score line (in type a fifth smaller) end page 2 without ending a
    sentence; the card's text opens page 3. A sentence does not go on in type a heading's step apart:
    the text is a paragraph of its own, on page 3, so a breach it states is found on its own page.
    Fails without `_paragraph_break` breaking at the type step over the page break."""
    score = 0.8 * size
    built = doc(PageBreak,
                line("Kindness, compassion and dignity", size=size, at=700),
                line("Score: 1 - Evidence shows significant", size=score, at=700 + 1.3 * size),
                line("shortfalls", size=score, at=700 + 1.3 * size + 1.2 * score),
                PageBreak,
                line("Staff understood how to recognise and report abuse.", size=size),
                line("The provider was in breach of regulation 12 (Safe care and treatment).", size=size))
    firsts = {(p.lines[0].page, p.lines[0].text) for p in locate(built).paragraphs}
    assert (3, "Staff understood how to recognise and report abuse.") in firsts
