"""Aspects: what a statement asks to be done about its issue (vocab/aspects.toml).

Takes statement text, returns the names of the aspects it names, such as {"training"} for
"staff who act as chaperones are trained" and {"checking"} for "... are DBS checked". The
decisions a reader would get wrong:
- Matched on the statement's own words, lower-cased with plural endings folded, not on the
  merge terms of pipeline/terms.py: those are stemmed ("servicing" equipment would meet the
  "service" told to act) and drop boilerplate the aspect needs ("within timescales").
- The longest phrase at a position wins, and `ignore` phrases name nothing: "learning
  disability" is a population, not learning from events.
- An aspect says nothing about which issue a statement is about; pipeline/similarity.py uses
  it only against pairs whose shared content is one issue word.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from ..vocab import load

from .asks import without_record_of_act
from .regex_programs import compiled
from .terms import _fold, _nlp
from .text import tokenisable

_MAX_PHRASE = 6


class Aspect(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    about: str
    kin: list[str] = []
    manner: bool = False  # says how or when the thing itself is done, not another duty about it
    words: list[str]


class AspectFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    ignore: list[str] = []
    aspect: list[Aspect]


def aspects(text: str) -> frozenset[str]:
    """The aspects one statement names."""
    return aspects_many([text])[0]


# A time limit in a number and a unit ("within 36 hours", "within two working days"): something is to happen
# in time, whatever the number (vocab/aspects.toml lists only words).
TIME_LIMIT = compiled(r"\bwithin\s+(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                      r"(?:working\s+|calendar\s+|clear\s+)?(?P<unit>minute|hour|day|week|month)s?\b", re.IGNORECASE)


def aspects_many(texts: list[str]) -> list[frozenset[str]]:
    nlp = _nlp()
    return [_doc_aspects(nlp.make_doc(tokenisable(text))) | _timed(text) for text in texts]


def _timed(text: str) -> frozenset[str]:
    return frozenset({"timeliness"}) if TIME_LIMIT.search(text) else frozenset()


RECORDED_ACT = "recorded act"  # vocab/aspects.toml: named by an ask, not by words


def asked_aspects(texts: list[str]) -> list[frozenset[str]]:
    """The aspects each statement asks, an ask that only records the act another ask names read as
    RECORDED_ACT rather than by its words (pipeline/asks.py `without_record_of_act`): "hoists are
    cleaned between patients and that cleaning is recorded" asks cleaning, done on the record."""
    plain = [without_record_of_act(t) for t in texts]
    return [found | {RECORDED_ACT} if p != t else found for found, p, t in zip(aspects_many(plain), plain, texts)]


def aspect_names() -> tuple[str, ...]:
    return tuple(a.name for a in load(AspectFile, "aspects.toml").aspect)


@cache
def manner_aspects() -> frozenset[str]:
    """Aspects that say how or when a duty is done (recorded, to a policy, in practice, in time):
    a statement naming only these asks the same of its object as one that names no aspect."""
    return frozenset(a.name for a in load(AspectFile, "aspects.toml").aspect if a.manner)


@cache
def kin() -> dict[str, frozenset[str]]:
    """Each aspect with the aspects that count as shared with it (itself and its kin, both ways)."""
    out = {a.name: {a.name, *a.kin} for a in load(AspectFile, "aspects.toml").aspect}
    for name, related in list(out.items()):
        for other in related:
            out.setdefault(other, {other}).add(name)
    return {name: frozenset(related) for name, related in out.items()}


def _doc_aspects(doc) -> frozenset[str]:
    table, starts = _table()
    folded = [_fold(t.text) for t in doc if not (t.is_punct and t.text != "-") and not t.is_space]
    found: set[str] = set()
    i = 0
    while i < len(folded):
        if folded[i] not in starts:
            i += 1
            continue
        for length in range(min(_MAX_PHRASE, len(folded) - i), 0, -1):
            names = table.get(tuple(folded[i : i + length]))
            if names is not None:
                found |= names
                i += length
                break
        else:
            i += 1
    return frozenset(found)


@cache
def _table() -> tuple[dict[tuple[str, ...], frozenset[str]], frozenset[str]]:
    """Folded word sequence -> the aspects it names (empty for an ignored phrase), and first words. Built from
    the vocab file once, then read from the cache (pipeline/term_cache.py): tokenising its phrases is a
    tenth of a short report's start-up."""
    from .term_cache import cached

    table = {tuple(key): frozenset(names) for key, names in cached("aspects", [], _phrase_lists)}
    return table, frozenset(k[0] for k in table)


def _phrase_lists() -> list[list[list[str]]]:
    """The table in JSON's shapes: each phrase's folded words with the aspects it names."""
    data = load(AspectFile, "aspects.toml")
    nlp = _nlp()
    table: dict[tuple[str, ...], set[str]] = {}

    def key(phrase: str) -> tuple[str, ...]:
        return tuple(_fold(t.text) for t in nlp.make_doc(phrase) if not (t.is_punct and t.text != "-"))

    for entry in data.aspect:
        for phrase in entry.words:
            table.setdefault(key(phrase), set()).add(entry.name)
    for phrase in data.ignore:
        table[key(phrase)] = set()
    longest = max(len(k) for k in table)
    if longest > _MAX_PHRASE:
        raise ValueError(f"aspects.toml: a phrase of {longest} words is longer than the {_MAX_PHRASE} matched")
    return [[list(k), sorted(v)] for k, v in table.items()]
