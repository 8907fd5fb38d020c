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
from .regex_programs import compiled


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
    used = [t for t in _table().term if _may_print(t, joined) and _pattern(_forms(t)).search(joined)]
    return [GlossaryEntry(term=t.term, meaning=t.meaning) for t in sorted(used, key=_sort_key)]


# Two capitals in a word: "IPC", "DoLS", "ePMA", "NEWS2", "A&E" (not "The" or "Surgery").
_ABBREVIATION = compiled(r"(?<![\w&])(?=[\w&]*[A-Z][\w&]*[A-Z])[A-Za-z][\w&]*[A-Za-z0-9](?![\w&])")


def unexpanded(texts: list[str]) -> list[str]:
    """Abbreviations printed in `texts` that no glossary entry covers: the list to add to
    vocab/glossary.toml, so a plan never prints a short form it cannot explain."""
    joined = "\n".join(texts)
    for term in _table().term:
        if _may_print(term, joined):
            joined = _pattern(_forms(term)).sub(" ", joined)
    skip = set(_table().not_abbreviations)
    found = {m.group(0) for m in _ABBREVIATION.finditer(joined)}
    return sorted(w for w in found if w not in skip and w.rstrip("s") not in skip)


def _may_print(term: Term, text: str) -> bool:
    """One of the term's forms is in the text at all. Most of the glossary is printed nowhere in a
    plan: its patterns, which open on a lookbehind and so are tried at every character, are neither
    compiled nor run for it (speed50)."""
    return any(form in text for form in _forms(term))


def _forms(term: Term) -> tuple[str, ...]:
    return term.term, *term.forms


def _sort_key(term: Term) -> str:
    return term.term.casefold()


@cache
def _table() -> GlossaryTable:
    return load(GlossaryTable, "glossary.toml")


@cache
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return compiled(rf"(?<!\w)(?:{alternatives})s?(?!\w)")
