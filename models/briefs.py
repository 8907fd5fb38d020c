"""The short documents made from a drafted plan: "CQC said, we did" and the version fit to publish.

Each CQC wording travels verbatim with its page; everything else is what the plan's own
fields say, so neither document can claim an action the plan does not record.
"""

from datetime import date as Date

from pydantic import BaseModel, ConfigDict


class Statement(BaseModel):
    """One CQC statement, verbatim, with where it was printed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    file: str
    page: int
    raised_before: str = ""  # the repeat mark (draft --previous), if any


class SaidDidRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    kind: str
    key_question: str
    statement: Statement | None = None  # None for the trust's own (local) action, whose words are `own`
    own: str | None = None
    did: list[str]  # A/B/C lines a lead has written (prompts left out) and the progress update
    evidence: str
    status: str


class Brief(BaseModel):
    """A key question in a few plain sentences, from the plan's counts, themes and statuses."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key_question: str
    lines: list[str]


class SaidDid(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    date: Date
    top: list[Brief]
    rows: list[SaidDidRow]


class Removal(BaseModel):
    """One thing left out of the public version, so a person can check it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    field: str
    removed: str
    replaced_by: str


class PublicAction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    kind: str
    key_question: str
    theme: str
    statements: list[Statement]
    own: str | None = None  # a local action's own words (the trust's, not CQC's: it has no statements)
    actions: list[str]  # what the trust has decided (prompts never published)
    lead: str  # the role, never a name
    deadline: Date | None = None
    status: str
    progress: str


class PublicPlan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    version: str
    date: Date
    summary: list[Brief]
    actions: list[PublicAction]
    removed: list[Removal]
