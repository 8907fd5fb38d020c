"""Meaning-bearing terms of a statement, the working form `merge` compares.

Takes statement text, returns `Terms` (normalised term -> the word a reader would
recognise). The decision a reader would get wrong: synonyms are matched before stop
words are dropped, because the phrases that matter contain stop words ("infection
prevention and control", "do not attempt resuscitation"); boilerplate phrases such as a
regulation's title go at the same step; only then are spaCy stop words, punctuation,
numbers and the CQC boilerplate words of vocab/boilerplate.toml removed.
Numbered sections ("section 132", "s17", "sections 2 and 3") are the exception to dropping
numbers: each becomes one term, "section_132", because the number is what tells a rights
statement from a leave statement; the bare word "section" says only that some Act is meant.
Words are normalised by `stem` of pipeline/text.py, the one stemmer the tag stage uses too.
A synonym's canonical form may be several terms, general first ("vaccine child" for
childhood immunisations, "waiting_time waiting_list"), so a specific name still meets a
statement that names only the general thing; and a phrase always wins over the words inside
it ("readings fall outside the range" is out of range, not falls; "resuscitation decisions"
are DNACPR, not resuscitation equipment). Inside a phrase a possessive is passed over as "their"
is ("planning for a patient's discharge"), and a two-word variant ending in "-ing" also matches
turned round with "for" or "of" ("planning for discharge", "servicing of equipment"; not after an
adjective: "testing of electrical equipment" is the equipment's): one
variant covers the word orders English gives a compound, not a list of them in the vocab. Two
modifiers sharing one head ("managerial and clinical supervision") are each read with it, when each
makes a variant with it.
Verbatim text is never changed; these terms live only inside the merge step.
"""

import re
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict

from ..vocab import load

from .regex_programs import compiled
from .text import stem, tokenisable

Terms = dict[str, str]  # normalised term -> display form

_MAX_PHRASE = 10  # longest synonym variant, in words
_KEEP_S = ("ss", "us", "is")  # "assess", "status", "analysis" are not plurals
# Passed over inside a phrase, in the text and in the variant alike: "report all safeguarding
# concerns" is "report safeguarding concerns", "referred to local authority" is "referred to
# the local authority", "after every use" is "after each use", and a pronoun standing for the
# object just named ("report them to the local authority") is the verb's phrase without it.
_FILLERS = frozenset({"a", "an", "the", "all", "any", "every", "each", "their", "its", "them", "it"})
# A possessive stands where "their" would inside a phrase ("planning for a patient's discharge" is
# "planning for their discharge"), so a text's phrase is also read without it; its owner is the word
# before "'s" or before a lone apostrophe after a plural ("patients' discharge").
_POSSESSIVE = ("'s", "’s")
_APOSTROPHE = ("'", "’")
# A two-word variant ending in a verb's "-ing" is also matched turned round with "for" or "of":
# "discharge planning" / "planning for discharge", "equipment servicing" / "servicing of equipment".
# Not when its first word reads as an adjective: "electrical testing" turned round would take
# "testing of electrical" out of "testing of electrical equipment", which names the equipment.
_TURNED = ("for", "of")
_ADJECTIVE = ("al", "ic", "ary", "ory", "ive", "ous")
SECTION_PREFIX = "section_"
_SECTION_WORDS = ("section", "sections")
_SECTION_NUMBER = compiled(r"^(\d{1,3}[a-z]?)(?:\(|$)", re.IGNORECASE)  # "132", "5(2" -> "5"
_SECTION_GLUED = compiled(r"^s\.?(\d{1,3}[a-z]?)$", re.IGNORECASE)  # "s17", "s.136", "S58"


class Synonym(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    canonical: str
    variants: list[str] = []
    exact: list[str] = []


class SynonymFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    synonym: list[Synonym]


class BoilerplateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    words: list[str]
    keep: list[str] = []
    phrases: list[str] = []


def terms(text: str) -> Terms:
    """The meaning-bearing terms of one statement."""
    return terms_many([text])[0]


def terms_many(texts: list[str]) -> list[Terms]:
    """Terms for many statements, each found once per process (merging and the prompts ask for the same
    statements, asks and duties again: 355 times for 138 texts on an 82-page report); each caller gets
    dicts of its own."""
    return [dict(_text_terms(text)) for text in texts]


@lru_cache(maxsize=4096)
def _text_terms(text: str) -> Terms:
    return _doc_terms(_nlp().tokenizer(tokenisable(text)))


def vocab_terms(texts: list[str]) -> list[Terms]:
    """`terms_many` for phrases of the shipped vocabulary (the reference corpus, issue words),
    kept between runs in a cache file: tokenising them is a third of a short report's
    start-up. The file is named by a hash of the phrases, the vocab files and this code,
    so any change to them makes a new one; a cache that cannot be read or written is
    simply not used."""
    from .term_cache import cached

    return cached("terms", texts, lambda: terms_many(texts))


def _doc_terms(doc) -> Terms:
    words = [t for t in doc if not t.is_punct and not t.is_space]
    folded = [_fold(t.text) for t in words]
    owners = _possessives(words)
    found: Terms = {}
    i = 0
    while i < len(words):
        length, sections = _match_section(words, i)
        if sections:
            found.update(sections)
            i += length
            continue
        length, canonical = _match_synonym(words, folded, owners, i)
        if length == 1:
            length, canonical = _match_coordinated(words, folded, owners, i, canonical)
        if canonical is not None:  # {} for a boilerplate phrase: its words are dropped
            found.update(canonical)
            i += length
            continue
        _add_word(words[i], found)
        i += 1
    return found


def _match_section(words, i: int) -> tuple[int, Terms | None]:
    """"section 132", "sections 2 and 3", "s17" starting at word i, as (words used, section terms)."""
    glued = _SECTION_GLUED.match(words[i].text)
    if glued:
        return 1, _section_term(glued.group(1))
    if words[i].lower_ not in _SECTION_WORDS:
        return 1, None
    found: Terms = {}
    j = i + 1
    while j < len(words):
        number = _SECTION_NUMBER.match(words[j].text)
        if number:
            found.update(_section_term(number.group(1)))
            j += 1
        elif found and words[j].lower_ in ("and", "or", "to") and j + 1 < len(words) \
                and _SECTION_NUMBER.match(words[j + 1].text):
            j += 1
        else:
            break
    return (j - i, found) if found else (1, None)


def _section_term(number: str) -> Terms:
    return {SECTION_PREFIX + number.lower(): "section " + number.lower()}


def _match_synonym(words, folded: list[str], owners: frozenset[int], i: int) -> tuple[int, Terms | None]:
    """The longest synonym variant or boilerplate phrase starting at word i, as (words used,
    its canonical terms); (1, None) when none starts there. `owners` are the possessives'
    positions (`_possessives`)."""
    table = _synonyms()
    exact = table["exact"].get(words[i].text)
    if exact:
        return 1, exact
    if folded[i] in table["starts"]:
        # the phrase's words, passing over articles and quantifiers after its first word (and, in the
        # second reading, possessives), the longest match of either reading winning
        rest = [j for j in range(i + 1, len(words)) if folded[j] not in _FILLERS]
        readings = [rest, [j for j in rest if j not in owners]] if owners else [rest]
        found = [(at[length - 1], table["phrases"][key])
                 for at in ([i] + r[: _MAX_PHRASE - 1] for r in readings)
                 for length in range(len(at), 1, -1)
                 if (key := tuple(folded[j] for j in at[:length])) in table["phrases"]]
        if found:
            last, canonical = max(found, key=lambda match: match[0])
            return last + 1 - i, canonical
    if words[i].is_stop:
        return 1, None
    return 1, table["words"].get(stem(words[i].text))


def _match_coordinated(words, folded: list[str], owners: frozenset[int], i: int,
                       alone: Terms | None) -> tuple[int, Terms | None]:
    """Two modifiers of one head joined by "and" or "or" ("managerial and clinical supervision"), each a
    variant with that head ("managerial supervision", "clinical supervision"), as both variants' terms;
    else word i alone (`alone`, as `_match_synonym` read it)."""
    if i + 3 >= len(words) or folded[i + 1] not in ("and", "or"):
        return 1, alone
    length, second = _match_synonym(words, folded, owners, i + 2)
    head = tuple(w for w in folded[i + 3 : i + 2 + length] if w not in _FILLERS)
    first = _synonyms()["phrases"].get((folded[i], *head)) if length > 1 and second else None
    return (2 + length, {**first, **second}) if first is not None else (1, alone)


def _possessives(words) -> frozenset[int]:
    """Positions of the possessives among `words` (punctuation left out): "'s" and the word before it,
    and a plural word a lone apostrophe follows in the text ("patients' discharge")."""
    out = set()
    for j, word in enumerate(words):
        if word.text in _POSSESSIVE and j:
            out |= {j - 1, j}
        following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if following is not None and following.text in _APOSTROPHE and not word.whitespace_ \
                and word.lower_.endswith("s") and j + 1 < len(words):
            out.add(j)
    return frozenset(out)


def _add_word(token, found: Terms) -> None:
    if _is_noise(token):
        return
    key = stem(token.text)
    if key not in _boilerplate()["stems"]:
        found.setdefault(key, token.text.lower())


def _is_noise(token) -> bool:
    lower = token.lower_
    if lower in _boilerplate()["keep"]:
        return False
    return (
        token.is_stop
        or token.like_num
        or len(lower.rstrip(".")) < 2
        or any(ch.isdigit() for ch in lower)
        or lower in _boilerplate()["words"]
    )


def _fold(word: str) -> str:
    """Lower case without a plural or possessive ending: the form phrase variants are matched in. A lone
    letter keeps no full stop: the tokeniser reads a sentence's last "hepatitis B." as an initial."""
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'")
    if len(w) == 2 and w[1] == "." and w[0].isalpha():
        return w[0]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and len(w) > 3 and not w.endswith(_KEEP_S):
        return w[:-1]
    return w


def _nlp():
    """The shared blank English pipeline (pipeline/english.py); only its tokeniser is used here."""
    from .english import english

    return english()


@cache
def _synonyms() -> dict:
    """Variant lookups: multi-word variants by folded words, single words by stem, acronyms
    exactly (built from the vocab files once, then read from the cache: see `vocab_terms`)."""
    from .term_cache import cached

    phrases, words, exact = cached("synonyms", [], _synonym_lists)
    table = {"phrases": {tuple(key): value for key, value in phrases}, "words": words, "exact": exact}
    table["starts"] = frozenset(key[0] for key in table["phrases"])  # first words, to skip most tokens fast
    return table


def _synonym_lists() -> list:
    """The synonym table in JSON's shapes (a phrase key is a list of words)."""
    table: dict = {"phrases": {}, "words": {}, "exact": {}}
    nlp = _nlp()
    for entry in load(SynonymFile, "synonyms.toml").synonym:
        canonical = _canonical_terms(entry.canonical)
        for variant in [entry.canonical.replace("_", " "), *entry.variants]:
            words = [t for t in nlp.make_doc(variant) if not t.is_punct]
            if len(words) == 1:
                table["words"][stem(words[0].text)] = canonical
            else:
                key = _phrase_key(words)
                table["phrases"][key] = canonical
                if len(key) == 2 and key[1].endswith("ing") and not key[0].endswith(_ADJECTIVE):
                    for word in _TURNED:
                        table["phrases"].setdefault((key[1], word, key[0]), canonical)
        table["exact"].update({form: canonical for form in entry.exact})
    for phrase in load(BoilerplateFile, "boilerplate.toml").phrases:
        table["phrases"][_phrase_key([t for t in nlp.make_doc(phrase) if not t.is_punct])] = {}
    longest = max((len(key) for key in table["phrases"]), default=0)
    if longest > _MAX_PHRASE:
        raise ValueError(f"synonyms.toml or boilerplate.toml: a phrase of {longest} words is longer than the "
                         f"{_MAX_PHRASE} matched")
    return [[[list(key), value] for key, value in table["phrases"].items()], table["words"], table["exact"]]


def _phrase_key(words) -> tuple[str, ...]:
    """A phrase's folded words, without the articles and quantifiers after its first word."""
    folded = [_fold(t.text) for t in words]
    return (folded[0], *(w for w in folded[1:] if w not in _FILLERS))


def _canonical_terms(canonical: str) -> Terms:
    """"resuscitation trolley" is two terms; "controlled_drug" is one, shown with a space."""
    return {stem(word) if "_" not in word else word: word.replace("_", " ") for word in canonical.split()}


@cache
def _boilerplate() -> dict[str, frozenset[str]]:
    data = load(BoilerplateFile, "boilerplate.toml")
    return {
        "words": frozenset(data.words),
        "stems": frozenset(stem(w) for w in data.words),
        "keep": frozenset(data.keep),
    }
