"""The plan's glossary: the curated abbreviations its CQC statements actually use.

Takes the statements' text, returns `list[GlossaryEntry]` in alphabetical order;
reads vocab/glossary.toml. Matching is whole-word and case-sensitive, because the
short forms are ordinary words in lower case ("ED" in "used", "CD" in "cd").
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, model_validator

from cqcplan.models.plan import GlossaryEntry
from cqcplan.vocab import load


class Term(BaseModel):
    """One row of vocab/glossary.toml; `forms` are other spellings that count as a use."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    term: str
    meaning: str
    forms: list[str] = []


class GlossaryTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
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


def _sort_key(term: Term) -> str:
    return term.term.casefold()


@cache
def _patterns() -> list[tuple[Term, re.Pattern[str]]]:
    table = load(GlossaryTable, "glossary.toml")
    return [(t, _pattern([t.term, *t.forms])) for t in table.term]


def _pattern(forms: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})s?(?!\w)")
