"""Themes: CQC's evidence categories (vocab/themes.toml), looked up by id, heading or regulation.

A theme is the sub-heading CQC files an issue under inside a key question (Safe ›
Medicines, Responsive › Access and flow). Tagging, merging, grouping and prompts all read
it, so this module only answers questions about the vocabulary and never tags anything.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cqcplan.models.finding import KeyQuestion
from cqcplan.vocab import load


class Theme(BaseModel):
    """One row of vocab/themes.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    key_question: KeyQuestion
    name: str = Field(min_length=1)
    aliases: list[str] = []
    default: bool = False
    regulations: list[str] = []
    # An aspect: the category is one compliance figure, so all its statements asking this are one problem.
    one_action: str | None = None


class ThemeTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    theme: list[Theme]

    @model_validator(mode="after")
    def _unique_and_one_default_each(self) -> "ThemeTable":
        ids = [t.id for t in self.theme]
        if len(ids) != len(set(ids)):
            raise ValueError("theme ids must be unique")
        headings = [_fold(h) for t in self.theme for h in (t.name, *t.aliases)]
        repeated = sorted({h for h in headings if headings.count(h) > 1})
        if repeated:
            raise ValueError(f"a heading names two themes: {', '.join(repeated)}")
        defaults = [t.key_question for t in self.theme if t.default]
        if sorted(defaults) != sorted(set(t.key_question for t in self.theme)):
            raise ValueError("each key question needs exactly one default theme")
        regs = [r for t in self.theme for r in t.regulations]
        if len(regs) != len(set(regs)):
            raise ValueError("a regulation may default to one theme only")
        return self


def _fold(heading: str) -> str:
    """Headings compare without case, punctuation or "the": "Access and flow:" is "access and flow"."""
    words = re.findall(r"[a-z0-9]+", heading.lower().replace("’", "'").replace("'s", "s"))
    return " ".join(w for w in words if w != "the")


@cache
def table() -> ThemeTable:
    return load(ThemeTable, "themes.toml")


@cache
def by_id() -> dict[str, Theme]:
    return {t.id: t for t in table().theme}


@cache
def _by_name() -> dict[str, Theme]:
    return {t.name: t for t in table().theme}


@cache
def _by_heading() -> dict[str, Theme]:
    return {_fold(h): t for t in table().theme for h in (t.name, *t.aliases)}


def named(name: str | None) -> Theme | None:
    """The theme printed as `name` in a plan or JSON."""
    return _by_name().get(name or "")


def from_heading(heading: str | None) -> Theme | None:
    """The theme a report sub-heading (any variant) names, if it names one exactly."""
    return _by_heading().get(_fold(heading or "")) if heading else None


def for_regulation(label: str) -> Theme | None:
    """The theme a statement gets when a regulation ("RA2014 17") is its only clue."""
    return next((t for t in table().theme if label in t.regulations), None)


def default_for(key_question: str) -> Theme:
    return next(t for t in table().theme if t.default and t.key_question == key_question)


def theme_rank(name: str) -> int:
    """Vocabulary order, for a plan grouped by theme; names not in it sort last."""
    names = list(_by_name())
    return names.index(name) if name in names else len(names)
