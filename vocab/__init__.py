"""Versioned TOML vocabularies (headings, regulations, cues), shipped as package data.

Each file is validated into a pydantic model through `load`, so a typo in a vocab or
user config file is one `ConfigError` line at load time, never a tomllib traceback or
a silent miss later. The schemas of the files that tagging reads live here too,
because a cue is only valid against the regulation and quality-statement lists.
"""

import tomllib
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import ConfigError
from ..models.finding import Instrument, KeyQuestion

M = TypeVar("M", bound=BaseModel)


def load(model: type[M], source: str | Path) -> M:
    """Read and validate one vocab file: a str names a packaged file, a Path a user's file."""
    label = str(source)
    try:
        return model.model_validate(_parsed(source))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{label}: cannot read ({exc.__class__.__name__})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: not valid TOML ({exc})") from exc
    except ValidationError as exc:
        raise ConfigError(f"{label}: {_first_error(exc)}") from exc


def _parsed(source: str | Path) -> dict:
    """A file's TOML as Python data. A packaged file's is kept in the cache as JSON (term_cache: named by
    every vocab file's content, so never stale), which reads back many times faster than TOML parses."""
    if isinstance(source, Path):
        return tomllib.loads(_read(source))
    from ..pipeline.term_cache import cached

    return cached("vocab", [source], lambda: tomllib.loads(_read(source)))


def _read(source: str | Path) -> str:
    if isinstance(source, Path):
        return source.read_text(encoding="utf-8")
    return files(__name__).joinpath(source).read_text(encoding="utf-8")


def _first_error(exc: ValidationError) -> str:
    """One line is enough to find the typo; the rest usually follow from it."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "top level"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {error['msg']}{more}"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RegulationEntry(_Strict):
    """One row of regulations.toml; `nearest` maps a 2010 regulation onto the 2014 ones."""

    instrument: Instrument
    number: str
    title: str
    key_questions: list[KeyQuestion]
    nearest: list[str] = []
    # Other names CQC's summaries give the regulation's breach ("consent to care and treatment" for
    # "Need for consent"), read when a breach is named with no number.
    names: list[str] = []
    # RA2010 only: word stems that choose this regulation among the 2010 ones sharing a nearest
    # 2014 regulation (a pre-2015 statement tagged from its wording); none marks the default.
    words: list[str] = []
    # A cited paragraph that names its topic: paragraph number -> vocab/themes.toml ids whose
    # cues may decide the key question ("18(1)" is numbers on shift, "18(2)" training and skills).
    paragraph_themes: dict[str, list[str]] = {}
    # A cited sub-paragraph that names the Well-led sub-heading of a statement filed under Well-led
    # ("17(2)(b)": assess, monitor and mitigate risks): sub-paragraph -> vocab/themes.toml id.
    well_led_paragraph_themes: dict[str, str] = {}


class RegulationTable(_Strict):
    version: int
    regulation: list[RegulationEntry]


class QualityStatements(_Strict):
    """The 34 SAF quality statements, by key question."""

    version: int
    statements: dict[KeyQuestion, list[str]]


class HyphenatedFile(_Strict):
    """hyphenated.toml: prefixes and compounds British writing keeps hyphenated."""

    version: int
    prefixes: list[str]
    compounds: list[str]


@cache
def regulations() -> dict[tuple[str, str], RegulationEntry]:
    table = load(RegulationTable, "regulations.toml")
    return {(entry.instrument, entry.number): entry for entry in table.regulation}


@cache
def quality_statements() -> QualityStatements:
    return load(QualityStatements, "quality_statements.toml")


class Cue(_Strict):
    """Words that point to a regulation and key question.

    `frame` marks governance wording (audit, oversight, records): it adds its regulation
    next to the topic's but never decides the key question when a topic cue is present.
    `weight` ranks topics when several match; a topic well below the strongest is dropped.
    """

    id: str = Field(min_length=1)
    instrument: Instrument = "RA2014"
    regulation: str | None = None
    key_question: KeyQuestion
    quality_statement: str | None = None
    theme: str | None = None  # a vocab/themes.toml id; its key question must be this cue's
    # In a mental-health core service, the theme this topic is filed under instead (§9.4's
    # mental-health ward column: care plans are Effective › Assessment of needs and planning of care).
    mental_health_theme: str | None = None
    phrases: list[str] = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0.0, le=2.0)
    frame: bool = False
    # Cited beside a topic no regulation covers (a wait, a discharge): the harm to people waiting
    # (12), their involvement in the plan (9). pipeline/tag.py `_side_regulation`.
    beside_a_wait: bool = False
    # Says when, or who is waiting ("at weekends", "on each shift", "patients waiting"), not what is
    # asked: beside topics named only as examples it decides nothing. pipeline/tag.py `_beside_examples`.
    setting: bool = False
    # One step of handling a matter, telling someone of it (the Commission's notification): joined by "and"
    # after another duty on the matter ("… reported to the local authority and notified to CQC"), it adds its
    # regulation beside the matter's topic, which keeps the key question. pipeline/tag.py `_steps_beside_topics`.
    a_step: bool = False

    @field_validator("phrases")
    @classmethod
    def _no_blank_phrase(cls, phrases: list[str]) -> list[str]:
        if any(not phrase.strip() for phrase in phrases):
            raise ValueError("phrases must not be blank")
        return phrases

    @model_validator(mode="after")
    def _known_references(self) -> "Cue":
        if self.regulation is not None and (self.instrument, self.regulation.upper()) not in regulations():
            raise ValueError(f"cue {self.id!r}: no regulation {self.regulation} in {self.instrument}")
        allowed = quality_statements().statements.get(self.key_question, [])
        if self.quality_statement is not None and self.quality_statement not in allowed:
            raise ValueError(f"cue {self.id!r}: {self.quality_statement!r} is not a {self.key_question} quality statement")
        return self


class CueLexicon(_Strict):
    version: int
    # Phrases that say only who or where ("every patient on the caseload"): matched like cues,
    # so the words inside them cue nothing, and then counted for nothing.
    asides: list[str] = []
    cue: list[Cue] = []

    @model_validator(mode="after")
    def _unique_ids(self) -> "CueLexicon":
        ids = [cue.id for cue in self.cue]
        repeated = sorted({cue_id for cue_id in ids if ids.count(cue_id) > 1})
        if repeated:
            raise ValueError(f"cue ids repeated: {', '.join(repeated)}")
        return self
