"""The plan's glossary: the curated abbreviations the plan actually prints.

Takes the plan's printed text (statements, prompts, theme headings, regulations), returns
`list[GlossaryEntry]` in alphabetical order, and names any abbreviation it cannot expand;
reads vocab/glossary.toml. Matching is whole-word and case-sensitive, because the
short forms are ordinary words in lower case ("ED" in "used", "CD" in "cd").
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, model_validator

from ..models.plan import GlossaryEntry
from ..vocab import load


class Term(BaseModel):
    """One row of vocab/glossary.toml; `forms` are other spellings that count as a use."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    term: str
    meaning: str
    forms: list[str] = []


class GlossaryTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    not_abbreviations: list[str] = []
    term: list[Term]

    @model_validator(mode="after")
    def _unique_terms(self) -> "GlossaryTable":
        names = [t.term for t in self.term]
        if len(names) != len(set(names)):
            raise ValueError("glossary terms must be unique")
        return self


def glossary_for(texts: list[str]) -> list[GlossaryEntry]:
    """Entries whose term (or another form of it) appears in any of `texts`."""
    joined = "\n".join(texts)
    used = [t for t, pattern in _patterns() if pattern.search(joined)]
    return [GlossaryEntry(term=t.term, meaning=t.meaning) for t in sorted(used, key=_sort_key)]


# Two capitals in a word: "IPC", "DoLS", "ePMA", "NEWS2", "A&E" (not "The" or "Surgery").
_ABBREVIATION = re.compile(r"(?<![\w&])(?=[\w&]*[A-Z][\w&]*[A-Z])[A-Za-z][\w&]*[A-Za-z0-9](?![\w&])")


def unexpanded(texts: list[str]) -> list[str]:
    """Abbreviations printed in `texts` that no glossary entry covers: the list to add to
    vocab/glossary.toml, so a plan never prints a short form it cannot explain."""
    joined = "\n".join(texts)
    for _, pattern in _patterns():
        joined = pattern.sub(" ", joined)
    skip = set(_table().not_abbreviations)
    found = {m.group(0) for m in _ABBREVIATION.finditer(joined)}
    return sorted(w for w in found if w not in skip and w.rstrip("s") not in skip)


def _sort_key(term: Term) -> str:
    return term.term.casefold()


@cache
def _table() -> GlossaryTable:
    return load(GlossaryTable, "glossary.toml")


@cache
def _patterns() -> list[tuple[Term, re.Pattern[str]]]:
    return [(t, _pattern([t.term, *t.forms])) for t in _table().term]


def _pattern(forms: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})s?(?!\w)")
