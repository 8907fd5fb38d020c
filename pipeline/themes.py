"""Themes: CQC's evidence categories (vocab/themes.toml), looked up by id, heading or regulation.

A theme is the sub-heading CQC files an issue under inside a key question (Safe ›
Medicines, Responsive › Access and flow). Tagging, merging, grouping and prompts all read
it, so this module only answers questions about the vocabulary and never tags anything.
"""

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..models.finding import KeyQuestion
from ..vocab import load, regulations



class Theme(BaseModel):
    """One row of vocab/themes.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    key_question: KeyQuestion
    name: str = Field(min_length=1)
    aliases: list[str] = []
    default: bool = False
    regulations: list[str] = []
    words: list[str] = []  # the category's typical objects and duties, read when no cue names a topic
    cites: str | None = None  # the regulation a breach filed under this theme is usually cited under
    # Where no one regulation fits the category well enough to name it from its words (a wait: 12 or 17), the one
    # inferred for a statement left with none, after every other choice is made.
    inferred_cites: str | None = None
    # An aspect: the category is one compliance figure, so all its statements asking this are one problem.
    one_action: str | None = None
    # With one_action: the vocab/issue_terms.toml exclusive family naming what the figure counts
    # (mandatory training, a course of it); a statement naming none of them is not counted in it.
    counted: str | None = None
    # The same issue's category under the other key question (Competent staff <-> Mandatory training):
    # where a statement goes when it is filed under that key question instead (pipeline/precedent.py), or when
    # cited under the counterpart's own regulation (pipeline/tag.py `_counterparts_cited`: a crisis plan under 9).
    counterpart: str | None = None
    # With one_action: words saying the counted thing is done or kept current ("up to date with", "complete"):
    # a statement of the counterpart theme so worded is a row of the figure (pipeline/merge.py `_counted_apart`).
    completed: list[str] = []


class ThemeTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    mental_health_services: list[str] = []  # words of a core-service name that mark §9.4's MH column
    audits_as_governance_services: list[str] = []  # ...whose reports file any audit under Well-led
    audits_as_governance_words: list[str] = []  # whole words only those services' audits are of
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
        if any((t.cites is None) == (t.inferred_cites is None) for t in self.theme):
            raise ValueError("each theme needs one of cites and inferred_cites")
        unknown = [c for t in self.theme for c in (t.cites, t.inferred_cites)
                   if c and tuple(c.split(" ", 1)) not in regulations()]
        if unknown:
            raise ValueError(f"cites names no known regulation: {', '.join(unknown)}")
        by_id = {t.id: t for t in self.theme}
        odd = [t.id for t in self.theme if t.counterpart and (t.counterpart not in by_id
                                                              or by_id[t.counterpart].key_question == t.key_question)]
        if odd:
            raise ValueError(f"counterpart must be a theme of another key question: {', '.join(odd)}")
        named = {t for entry in regulations().values() for ids in entry.paragraph_themes.values() for t in ids}
        named |= {t for entry in regulations().values() for t in entry.well_led_paragraph_themes.values()}
        if named - set(ids):
            raise ValueError(f"regulations.toml paragraph_themes names no theme: {', '.join(sorted(named - set(ids)))}")
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


NAMED = 0.45  # named by the category's vocabulary (`words`), no cue: a guess


@dataclass(frozen=True)
class Named:
    """The theme a statement's words belong to by the category's vocabulary, and the evidence."""

    theme: Theme
    evidence: str
    rule: str = "words"  # what named it: the category's vocabulary, or a cited paragraph
    confidence: float = NAMED  # a guess from vocabulary; a cited paragraph is surer

    @property
    def basis(self) -> str:
        """A cited paragraph is the report's own word; a category's vocabulary is wording."""
        return "explicit" if self.rule == "paragraph" else "wording"


class WordHit(NamedTuple):
    """One entry of a theme's `words` found in a statement (by the tag stage's matcher, on the
    same normal forms as the cues): its theme, the normal forms it matched, and where."""

    theme: str
    key: tuple[str, ...]
    start: int
    end: int


def named_by(hits: list[WordHit], text: str, key_questions: set[str] | None = None) -> Named | None:
    """The theme whose vocabulary (`words`) the text uses most, each entry counted once (entries
    that normalise alike, "door" and "doors", are one, and an entry inside a longer one of another
    category is the longer one's: "voluntary work" is the person's own, not the voluntary sector); a
    tie goes to a topic over a key question's default theme (an audit of a topic stays with the
    topic), then to the first mentioned. `key_questions` limits the themes considered. None when no
    entry matched: the text names no category at all."""
    themes = by_id()
    found = [h for h in hits if key_questions is None or themes[h.theme].key_question in key_questions]
    found = [h for h in found if not any(o.theme != h.theme and o.start <= h.start and h.end <= o.end
                                         and o.end - o.start > h.end - h.start for o in found)]
    if not found:
        return None
    named = {h.theme for h in found}
    counts = {theme: len({h.key for h in found if h.theme == theme}) for theme in themes if theme in named}  # file order
    first = {theme: min((h for h in found if h.theme == theme), key=lambda h: h.start) for theme in counts}
    winner = max(counts, key=lambda t: (counts[t], not themes[t].default, -first[t].start))
    return Named(themes[winner], text[first[winner].start:first[winner].end])


def is_mental_health(service: str | None) -> bool:
    """A core service whose report files topics under §9.4's mental-health ward sub-headings."""
    return _service_in(service, table().mental_health_services)


def audits_are_governance(service: str | None, text: str) -> bool:
    """A service whose report files an audit of any topic under Well-led quality assurance (dental), named by
    its service or, where none is printed, by what only its audits are of ("audits of radiography")."""
    words = table().audits_as_governance_words
    return _service_in(service, table().audits_as_governance_services) or any(
        re.search(rf"(?i)\b{re.escape(word)}\b", text) for word in words)


def _service_in(service: str | None, markers: list[str]) -> bool:
    folded = (service or "").lower()
    return any(marker.lower() in folded for marker in markers)


def default_for(key_question: str) -> Theme:
    return next(t for t in table().theme if t.default and t.key_question == key_question)


def theme_rank(name: str) -> int:
    """Vocabulary order, for a plan grouped by theme; names not in it sort last."""
    names = list(_by_name())
    return names.index(name) if name in names else len(names)
