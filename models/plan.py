"""The drafted action plan: what every renderer (docx, xlsx, csv, json) writes.

Independent of how findings were grouped: an action holds its CQC wordings as
copies with their provenance, so a renderer never looks anything up in the
`Extraction` and a change to merging never changes this shape. Fields a trust fills
in later (lead, deadline, BRAG, progress) exist from the start, empty, so the JSON,
xlsx and docx columns line up with the printed plan.
"""

from datetime import date as Date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .finding import Kind, Place, PriorFinding
from .report import ReportMeta

Brag = Literal["Red", "Amber", "Green", "Blue"]
# "Complete" is the lead's word, "Closed" the plan's; with Blue BRAG either moves an action to Closed actions.
Status = Literal["Open", "In progress", "Complete", "Closed"]
STATUSES: tuple[str, ...] = ("Open", "In progress", "Complete", "Closed")
BRAGS: tuple[str, ...] = ("Red", "Amber", "Green", "Blue")
NOT_RATED = "Not rated"  # how counts label an action with no BRAG yet

# How often a lead reviews an action's measure (a drop-down in the plan and the tracker).
Cadence = Literal["Weekly", "Fortnightly", "Monthly", "Quarterly"]
CADENCES: tuple[str, ...] = ("Weekly", "Fortnightly", "Monthly", "Quarterly")

# Label for an action whose statements name no core service (trust- or provider-wide lists).
NO_SERVICE = "Provider-wide"


def statement_services(statement) -> list[str]:
    """A statement's core services (a `Finding` or a `Wording`): the one it was printed under, then any
    other service list that repeats it. An action's services are its statements'."""
    return list(dict.fromkeys(s for s in [statement.service, *(p.service for p in statement.also_at)] if s))


def services_in_report_order(reports) -> list[str]:
    """The core services the reports name (`ReportMeta.services`), in the order they name them, report by
    report: a plan grouped or counted by service follows the report, not the order its musts fall in."""
    return list(dict.fromkeys(s for r in reports for s in r.services))


def service_label(statement) -> str:
    """A statement's core services as every table shows them (plan appendix, `extract`): one rule."""
    return ", ".join(statement_services(statement)) or NO_SERVICE


class Wording(BaseModel):
    """One CQC statement an action answers, verbatim, with where it was printed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    finding_id: str
    kind: Kind
    text: str
    file: str
    page: int
    section: str
    service: str | None = None
    group: str | None = None
    also_at: list[Place] = []
    basis: list[str] = []
    review: bool = False
    merged_because: str = ""  # why the merge stage put it with an earlier wording of its action
    repeat_of: PriorFinding | None = None  # the previous report's statement of the same issue


class Scaffold(BaseModel):
    """The A/B/C lines: prompts for the action lead to replace, never decided actions."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topic: str
    change: str
    communicate: str
    audit: str


class PlanAction(BaseModel):
    """One row of the plan. `kind` is "must" if any of its wordings is a must."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    kind: Kind
    services: list[str]
    key_question: str | None = None
    quality_statement: str | None = None
    theme: str | None = None
    group: str | None = None  # its group's heading when the plan is grouped (--group-by), e.g. "Safe › Medicines"
    regulations: list[str] = []
    wordings: list[Wording]
    scaffold: Scaffold
    lead: str = ""
    executive_lead: str = ""
    deadline: Date | None = None
    brag: Brag | None = None
    evidence: str = ""
    status: Status = "Open"
    progress: str = ""
    review: bool = False
    notices: list[str] = []  # the enforcement behind it as the report states it: "Requirement notice", "Warning notice"
    # The living plan (issue 13): a stable id that survives reordering, a local action's own words
    # (it answers no CQC wording), and what closing it recorded.
    uid: str = ""
    local: bool = False
    description: str = ""
    closed_on: Date | None = None
    lessons: str = ""
    # SMART measure (the second line of each action in the Word plan). `baseline` alone is pre-filled,
    # and only with a figure the report states (pipeline/baseline.py); the rest is the lead's.
    baseline: str = ""
    target_measure: str = ""
    evidence_source: str = ""
    review_cadence: Cadence | None = None
    # Risk to delivery: internal, never published.
    risks: str = ""
    early_warning_signs: str = ""
    escalation_trigger: str = ""
    # Assurance: who signed the action off for the executive, and who checked it independently.
    signed_off_by: str = ""
    signed_off_on: Date | None = None
    independent_check_by: str = ""
    independent_check_on: Date | None = None

    @property
    def is_closed(self) -> bool:
        """The one meaning of "closed" that `status`, the board's report, the plan's progress rows
        and its Closed actions table all count: moved to Closed actions (Complete or Closed, and
        Blue; `pipeline/living.py` moves it and dates it)."""
        return self.closed_on is not None

    @property
    def counted_status(self) -> Status:
        """The status an action is counted under: "Closed" only when it is closed as above; a
        lead's "Closed" on an action not yet Blue counts as "Complete" (the lead's word: done,
        waiting for Blue), so no count of "Closed" disagrees with the number closed."""
        if self.is_closed:
            return "Closed"
        return "Complete" if self.status == "Closed" else self.status


class Review(BaseModel):
    """One row of "Progress at each review": the counts of one version."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    date: Date
    open: int
    closed: int
    red: int
    amber: int
    green: int
    blue: int
    not_rated: int


class Count(BaseModel):
    """Actions under one label (a key question, regulation or core service)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    must: int
    should: int


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    musts: int
    shoulds: int
    findings: int
    by_key_question: list[Count]
    by_regulation: list[Count]
    by_service: list[Count]
    repeats: int = 0  # CQC statements that repeat an issue of the previous report (--previous)
    repeats_to_check: int = 0  # of those, weak matches a person should confirm
    repeats_closed: int = 0  # of those, repeats of an action the previous plan had marked complete (--previous-plan)


class GlossaryEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    term: str
    meaning: str


class Approval(BaseModel):
    """Who approved this version of the plan (a person, or a board or committee), on the cover."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    approved_by: str = ""
    approver_role: str = ""  # their role, or the board / committee that approved it
    approved_on: Date | None = None


class ActionPlan(BaseModel):
    """A versioned draft: trusts keep each version, so version and date travel with it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reports: list[ReportMeta]
    version: str
    date: Date
    summary: Summary
    actions: list[PlanAction]
    glossary: list[GlossaryEntry] = []
    unexpanded: list[str] = []  # abbreviations printed in the plan that the glossary cannot expand yet
    previous: list[ReportMeta] = []  # the earlier reports the statements were compared with
    group_by: str | None = None  # how the actions are ordered: None (musts, then shoulds), key-question, theme, service
    plan_id: str = ""  # the same in every version of one plan (pipeline/identity.py)
    reviews: list[Review] = []  # earlier versions' progress rows, oldest first
    approval: Approval = Approval()

    def review(self) -> Review:
        """This version's row of "Progress at each review"."""
        brag = {b.lower(): sum(a.brag == b for a in self.actions) for b in BRAGS}
        closed = sum(a.is_closed for a in self.actions)
        return Review(version=self.version, date=self.date, open=len(self.actions) - closed, closed=closed,
                      not_rated=sum(a.brag is None for a in self.actions), **brag)
