"""Findings: the verbatim must/should statements and where they were printed.

`text` is the regulator's wording exactly as a reader sees it on the page; working
forms (lower-cased, normalised) are computed where needed and never stored here.
"""

from datetime import date as Date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Instrument = Literal["RA2014", "REG2009", "RA2010"]
Kind = Literal["must", "should"]
KeyQuestion = Literal["Safe", "Effective", "Caring", "Responsive", "Well-led"]
KEY_QUESTIONS: tuple[str, ...] = get_args(KeyQuestion)  # in CQC's order; the one list every stage uses
TagField = Literal["domain", "regulation", "quality_statement", "theme"]
# reviewer: set on the review page; equivalent: the 2014 regulation that replaced a 2010 one cited;
# precedent: how outside authors filed statements worded like it (pipeline/precedent.py); inferred: a regulation
# nothing printed names, the one CQC usually cites for the statement's theme (pipeline/tag.py `_inferred`)
Basis = Literal["explicit", "requirement_notice", "section", "wording", "reviewer", "equivalent", "precedent",
                "inferred"]
# What CQC did about a breach, as the report states it (requirement-notice or enforcement table).
EnforcementType = Literal["requirement_notice", "warning_notice", "notice_of_proposal", "notice_of_decision",
                          "conditions", "urgent_action", "enforcement_action"]
ENFORCEMENT_LABELS: dict[str, str] = {
    "requirement_notice": "Requirement notice",
    "warning_notice": "Warning notice",
    "notice_of_proposal": "Notice of proposal",
    "notice_of_decision": "Notice of decision",
    "conditions": "Conditions on registration",
    "urgent_action": "Urgent action",
    "enforcement_action": "Enforcement action",
}


class Regulation(BaseModel):
    """One regulation of one instrument: regulation 18 of RA2014 is staffing, of REG2009 notifications."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    instrument: Instrument
    number: str
    paragraphs: str = ""
    title: str | None = None
    # Not printed in the report: the regulation CQC usually cites for the statement's theme, so every plan
    # row names one; outputs say it is inferred, never that it was cited.
    inferred: bool = False


class Tag(BaseModel):
    """Why a finding carries a key question, regulation or quality statement, so a reviewer can check it.

    `evidence` is the words that triggered the tag and `rule_id` the rule that read them
    (a cue id from vocab/cues.toml, a citation, a requirement-notice row, the section).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: TagField
    value: str
    basis: Basis
    evidence: str
    rule_id: str
    confidence: float = Field(ge=0.0, le=1.0)


class Enforcement(BaseModel):
    """The notice behind a must: its type, the regulation and regulated activities the report names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: EnforcementType
    regulation: Regulation | None = None
    activities: list[str] = []
    page: int


class Evidence(BaseModel):
    """A passage of the report that states the breach a must answers, verbatim, with its page."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    page: int
    text: str
    section: str = ""


class Place(BaseModel):
    """Another place the same wording is printed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    page: int
    section: str
    service: str | None = None


class PlanStatus(BaseModel):
    """Where the previous action plan had got with the action that answered a repeated statement
    (draft --previous-plan): its last status there, and the version and date that recorded it.

    `since_version` / `since_date` are the first version in the store's unbroken run of that
    status (when it was marked so); a single plan file knows only its own version. `closed` is
    true when the action had been marked Complete or Closed, or rated Blue: CQC found it again.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    plan: str  # the previous plan's file (or store) name
    ref: str  # the action's ref in that plan
    status: str
    brag: str | None = None
    version: str  # the latest version the plan (or store) holds
    date: Date
    since_version: str
    since_date: Date
    closed: bool = False


# A repeat scoring under this is marked "Check" for a person to confirm (why 0.7: pipeline/previous.py);
# the plan's note and summary print it from here, so the words and the rule cannot drift apart.
SURE_REPEAT = 0.7


class PriorFinding(BaseModel):
    """The statement of a previous report that a new finding repeats, and why it was judged one issue.

    `score` and `shared_terms` are the merge stage's (pipeline/merge.py); `review` is true for
    a weak match a person should confirm (the plan marks it "Check").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    report: str  # how the plan names the previous report, e.g. "2016 report"
    finding_id: str
    kind: Kind
    text: str  # verbatim, as the previous report printed it
    page: int
    score: float = Field(ge=0.0, le=1.0)
    shared_terms: list[str] = []
    review: bool = False
    plan_status: PlanStatus | None = None  # --previous-plan: that action in the previous plan


class Finding(BaseModel):
    """One must/should statement, with its first place of printing and every other one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: Kind
    text: str
    file: str
    page: int
    section: str
    service: str | None = None
    domain: str | None = None
    group: str | None = None  # the list's group naming no core service it is listed under: a ward, a unit, "Trust wide"
    regulations: list[Regulation] = []
    derived: bool = False
    also_at: list[Place] = []
    tags: list[Tag] = []
    quality_statement: str | None = None
    theme: str | None = None  # CQC's evidence category (report sub-heading), e.g. "Mandatory training"
    review: bool = False  # a tag is unsure, or key question and regulation disagree: the plan marks it "check"
    enforcement: list[Enforcement] = []  # the requirement/warning notices etc. the report states for this breach
    evidence: list[Evidence] = []  # narrative passages stating the breach (derived musts)
    repeat_of: PriorFinding | None = None  # the previous report's statement of the same issue (--previous)
