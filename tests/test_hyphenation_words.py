"""British spellings are words to the line-end hyphen rule, through their American forms."""

import pytest

from cqcplan.pipeline.hyphenation import is_word


@pytest.mark.parametrize("word", ["centred", "centre", "centres", "theatres", "organised", "colours", "catalogue"])
def test_a_british_spelling_is_a_word(word: str) -> None:
    assert is_word(word)


@pytest.mark.parametrize("word", ["centerd", "tred", "prophy"])
def test_a_fragment_is_no_word(word: str) -> None:
    assert not is_word(word)
