"""The progress report for the board (`cqcplan report`): the numbers and lists, no sentences.

`pipeline/progress.py` computes it from a plan (with what leads have typed) and the plan
store's versions; `pipeline/render/progress.py` writes it as Word or HTML with charts.
Counts cover every action, closed ones included (a closed action is Blue and Closed), so
the board sees the whole plan; an action naming several core services counts under each.
"""

from datetime import date as Date

from pydantic import BaseModel, ConfigDict

from .briefs import Statement
from .finding import Kind
from .plan import Review


class GroupProgress(BaseModel):
    """The actions under one key question or core service, counted by kind, BRAG and status."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    must: int
    should: int
    brag: dict[str, int]  # every BRAG in BRAGS order, then NOT_RATED; zeros kept so columns line up
    status: dict[str, int]  # every status in STATUSES order

    @property
    def total(self) -> int:
        return self.must + self.should


class DueAction(BaseModel):
    """An open action that is overdue or due soon at the report's day."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    kind: Kind
    key_question: str
    statements: list[Statement]  # CQC's words, verbatim; empty for a local action
    description: str = ""  # a local action's own words
    lead: str
    deadline: Date
    days: int  # days from the report's day to the deadline: negative when overdue
    brag: str | None
    status: str


class ClosedAction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    kind: Kind
    key_question: str
    statements: list[Statement]
    description: str = ""
    closed_on: Date
    evidence: str  # empty when none is recorded (a prompt left in place is not evidence)
    lessons: str


class ProgressReport(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str  # who the plan is for: location(s), else provider(s)
    provider: str
    version: str  # the version counted on: the plan file's, or the store's newest (see `behind`)
    plan_date: Date
    today: Date  # the day deadlines are measured against
    edited: bool  # the file holds edits made since that version was written (counted here)
    behind: str = ""  # the file was written as a version older than the store's newest: counted on the newest (one line)
    must: int
    should: int
    by_brag: dict[str, int]  # BRAGS then NOT_RATED, every action
    by_status: dict[str, int]
    by_key_question: list[GroupProgress]  # CQC's order, then "Not tagged"
    by_service: list[GroupProgress]
    versions: list[Review]  # BRAG and open/closed per version, oldest first; the last is this file as read
    from_store: bool  # `versions` came from the plan store (otherwise: only this version)
    overdue: list[DueAction]  # musts first, then by deadline
    due_soon: list[DueAction]
    due_soon_days: int
    closed: list[ClosedAction]  # musts first, then by closing date
