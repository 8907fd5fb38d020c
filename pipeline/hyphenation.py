"""Is a hyphen at the end of a printed line part of the word, or a typesetter's split?

Writers differ: browsers and WeasyPrint print U+2010 at a split, Word and LibreOffice a
plain hyphen-minus, and PDFium reports every line-end hyphen the same way. So the
answer comes from words, in this order of trust:

1. the report itself: a word it prints whole elsewhere ("prophylaxis") is rejoined, a
   compound it prints hyphenated mid-line ("co-ordinate", "follow-up") keeps its hyphen; a word
   of a regulation's official title, which CQC cites word for word ("Safety, avai-/lability
   and suitability of equipment"), is rejoined unless British usage (4.) keeps it hyphenated;
2. the English hyphenation patterns (pyphen's en_GB, which LibreOffice uses, and en_US:
   writers hyphenate by either, "med-ic-al" or "med-i-cal") and an English word list
   (pyspellchecker): rejoined when the joined word is a word and the split falls on one
   of its hyphenation points ("prophy-laxis", "recalcu-lated", "Founda-tion",
   "deterio-rating") or leaves a piece that is no word ("govern-ance": each writer has its
   own exceptions), or, for a word the list lacks ("metho-trexate"), when neither piece is a
   word and the split falls on a hyphenation point; kept otherwise, as a compound of two words ("well-led", "self-harm",
   "follow-up", "two-hourly", "cardio-pulmonary"), or one broken at its own hyphen
   ("day-to-day"; but "post-an-/aesthetic", a word split where British patterns split it, is joined, as
   is "Person-cen-/tred", a title's word, or a compound the report prints whole, by step 1);
3. the writer: a report that prints its splits with U+2010 (a browser, WeasyPrint) prints
   a hyphen-minus at a line end only where the word has one
   ("pre-/operative" beside "depart‐/ment"): kept;
4. British usage before the American word list (`vocab/hyphenated.toml`): "non-" and "self-"
   stay hyphenated before a word ("non-medical", "non-urgent"), and an established hyphenated
   spelling stays whole ("on-going", "co-ordinate"), though the list closes them up
   ("nonmedical", "ongoing"); the report's own closed-up spelling, read in step 1, wins.

Both libraries ship their data inside the package and are loaded on the first line-end
hyphen a report prints.
"""

from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from .regex_programs import compiled

# Put among a report's words when its lines show it marks splits with U+2010.
MARKS_SPLITS = "\u2010"
_WORD_END = compiled(r"[^\W\d_]+$")
_WORD_START = compiled(r"[^\W\d_]+")
# The parts of a hyphenated compound before its last ("Person-", "day-to-").
_COMPOUND_START = compiled(r"(?:[^\W\d_]+-)*$")


def splits_word(before: str, after: str, known_words: frozenset[str]) -> bool:
    """`before` ends with the hyphen; `after` is the next line. True: drop the hyphen and join."""
    head = _WORD_END.search(before[:-1])
    tail = _WORD_START.match(after)
    if not head or not tail:
        return False
    head_text, tail_text = head.group(0), tail.group(0)
    whole, compound = (head_text + tail_text).lower(), f"{head_text}-{tail_text}".lower()
    if before[: head.start()].endswith("-"):
        start = _COMPOUND_START.search(before[: head.start()]).group(0).lower()
        # a compound broken at one of its own hyphens ("day-to-/day"), unless the report prints it
        # whole ("Person-cen-/tred" beside "person-centred"), its last part is a word of a regulation's
        # title ("Person-centred care") or a word split where British patterns split it
        # ("post-an-/aesthetic"; they never split "to-day")
        if start + whole in known_words:
            return True
        if start + compound in known_words:
            return False
        return whole in _title_words() or is_word(whole) and head.end() - head.start() >= 2 and \
            head_text.islower() and len(head_text) in dictionary("en_GB").positions(whole)
    if compound in known_words:
        return False
    if whole in known_words:
        return True
    if MARKS_SPLITS in known_words:
        return False
    british = _british()
    if compound in british.compounds:
        return False
    if whole in _title_words():
        return True
    if head_text.lower() in british.prefixes and tail_text.islower() and is_word(tail_text.lower()):
        return False
    if not tail_text[0].islower():
        return False
    if not is_word(whole):
        # a word the list lacks ("metho-/trexate"): split where neither piece is a word of its own,
        # at a point the patterns allow (a compound is made of words: "e-learning", "well-led")
        return (min(len(head_text), len(tail_text)) >= 3 and not is_word(head_text.lower())
                and not is_word(tail_text) and _hyphenation_point(whole, len(head_text)))
    return (_hyphenation_point(whole, len(head_text)) or not is_word(tail_text)
            or _inside_printed_stem(whole, len(head_text), known_words))


def _inside_printed_stem(whole: str, at: int, known_words: frozenset[str]) -> bool:
    """The split falls inside a word the report prints that the joined word starts with
    ("cont-/rolled" where it prints "control"): a typesetter's split, not a compound's hyphen
    (a prefix of two letters, "re-/admission" beside "read", is too short to judge by)."""
    return at >= 3 and any(whole[:end] in known_words for end in range(at + 2, len(whole)))


class _British(NamedTuple):
    prefixes: frozenset[str]
    compounds: frozenset[str]


@cache
def _british() -> _British:
    from ..vocab import HyphenatedFile, load

    spelt = load(HyphenatedFile, "hyphenated.toml")
    return _British(frozenset(spelt.prefixes), frozenset(spelt.compounds))


@cache
def _title_words() -> frozenset[str]:
    """The words of the regulations' titles (vocab/regulations.toml)."""
    from ..vocab import regulations

    return frozenset(word.lower() for entry in regulations().values() for word in _WORD_START.findall(entry.title))


@cache
def _dictionary() -> list[str]:
    """pyspellchecker's English words, lower-cased as its case-insensitive SpellChecker keeps them, in
    order (looked up by bisection: a report asks a few dozen to a few hundred words, and hashing all 160,000
    into a set took twice as long as reading them, a fiftieth of a short report's extract), read from the
    cache (pipeline/term_cache.py): building the SpellChecker (its gzipped JSON of word counts parsed,
    lower-cased and summed) took several times as long as reading the words back. The cache file is named
    by pyspellchecker's version and its word file's content, so it is never stale."""
    import hashlib
    from importlib.metadata import version
    from importlib.util import find_spec
    from pathlib import Path

    from .term_cache import cached

    (folder,) = find_spec("spellchecker").submodule_search_locations
    words = Path(folder, "resources", "en.json.gz").read_bytes()
    inputs = [version("pyspellchecker"), hashlib.sha256(words).hexdigest()]
    return cached("english-words", inputs, _spellchecker_words)


def _spellchecker_words() -> list[str]:
    from spellchecker import SpellChecker

    return sorted(SpellChecker(language="en", case_sensitive=False).word_frequency.keys())


_LANGUAGES = ("en_GB", "en_US")  # British first: most reports are


@cache
def dictionary(lang: str):  # noqa: ANN201 - a pyphen.Pyphen
    """One hyphenation dictionary (pyphen), loaded once, when first needed: the American one only
    when the British one has not answered (the Word render asks only the British one)."""
    from .pyphen_patterns import hyphenator

    return hyphenator(lang)


# pyspellchecker's English list spells the American way; a British word is looked up by its
# American spelling too ("personalised" as "personalized", "behaviour" as "behavior").
_BRITISH = ((compiled(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"), (compiled(r"our(s|ed|ing|al|ite)?$"), r"or\1"),
            (compiled(r"tre(s)?$"), r"ter\1"), (compiled(r"tred$"), "tered"), (compiled(r"ogue(s)?$"), r"og\1"),
            (compiled(r"^(an|h)?ae"), r"\1e"), (compiled(r"^oe"), "e"), (compiled(r"paed"), "ped"),
            (compiled(r"lled$"), "led"), (compiled(r"lling$"), "ling"))


def is_word(word: str) -> bool:
    return _known(word.lower()) or any(
        american != word and _known(american.lower())
        for american in (pattern.sub(us, word, count=1) for pattern, us in _BRITISH))


def _known(word: str) -> bool:
    words = _dictionary()
    at = bisect_left(words, word)
    return at < len(words) and words[at] == word


def _hyphenation_point(word: str, at: int) -> bool:
    return any(at in dictionary(lang).positions(word) for lang in _LANGUAGES)
