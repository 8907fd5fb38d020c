"""The living plan: what is read back from an edited plan, the checks on it, and its versions.

`PlanReading` is what `pipeline/readback.py` finds in a .docx or .xlsx a lead has edited:
the plan as cqcplan last wrote it (embedded in the file) and, row by row, the text now in
each field a person fills in. `pipeline/living.py` turns it into the next `ActionPlan`;
`pipeline/checks.py` gives the `Check`s; `pipeline/store.py` keeps each `VersionRecord`.
"""

from datetime import date as Date
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .plan import ActionPlan, Approval

# Fields a person fills in, by the name of their content-control tag ("cqcplan.<field>").
SMART_FIELDS = ("baseline", "target_measure", "evidence_source", "review_cadence")
RISK_FIELDS = ("risks", "early_warning_signs", "escalation_trigger")
SIGN_OFF_FIELDS = ("signed_off_by", "signed_off_on", "independent_check_by", "independent_check_on")
LEAD_FIELDS = ("lead", "executive_lead", "deadline", "brag", "status", "evidence", "progress",
               "change", "communicate", "audit", "lessons", *SMART_FIELDS, *RISK_FIELDS, *SIGN_OFF_FIELDS)
APPROVAL_FIELDS = tuple(Approval.model_fields)  # on the cover: "cqcplan.approved_by" ...
DATE_FIELDS = ("deadline", "signed_off_on", "independent_check_on", "approved_on")
# How each field is labelled where it is printed: the Word plan's labelled lines, messages, history.
LABELS = {"baseline": "Baseline", "target_measure": "Target measure", "evidence_source": "Evidence source",
          "review_cadence": "Review cadence", "risks": "Risks", "early_warning_signs": "Early-warning signs",
          "escalation_trigger": "Escalation trigger", "signed_off_by": "Executive sign-off",
          "signed_off_on": "Signed off on", "independent_check_by": "Independent check",
          "independent_check_on": "Checked on", "approved_by": "Approved by", "approver_role": "Role / committee",
          "approved_on": "Date of approval", "brag": "BRAG", "description": "Local action"}


def label(field: str) -> str:
    return LABELS.get(field) or field.replace("_", " ").capitalize()


# A value typed into a field it does not fit ("end of Q2" as a deadline) is kept, as a line of
# its own in Progress: "Deadline typed as: end of Q2". It is a note for the plan's owners, so
# the public version leaves such lines out (`pipeline/publish.py`).
READING_NOTE = " typed as: "


def reading_note(field: str, typed: str) -> str:
    return f"{label(field)}{READING_NOTE}{typed}"


def is_reading_note(line: str, fields) -> bool:
    """Whether `line` is a reading note about one of `fields` (as `reading_note` writes it)."""
    head, found, _ = line.strip().partition(READING_NOTE)
    return bool(found) and head in {label(f) for f in fields}


class ReadRow(BaseModel):
    """One action row as found in the edited file; `values` holds only the fields found."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    uid: str = ""  # the hidden stable id; empty when the row has none (a row a person added)
    ref: str = ""
    values: dict[str, str] = {}
    wording: str = ""  # the text of the CQC wording cell, as it now reads
    position: int  # 0-based order among the rows read
    closed_table: bool = False  # read from "Closed actions"
    by_column: list[str] = []  # fields read by column position (their control was typed over)
    second_line_only: bool = False  # an action's second line whose own row was deleted
    formulas: dict[str, str] = {}  # tracker cells holding a formula, as typed ("=HYPERLINK(…)")


class PlanReading(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    format: Literal["docx", "xlsx"]
    source: ActionPlan  # the version as cqcplan wrote it, embedded in the file
    rows: list[ReadRow]
    approval: dict[str, str] = {}  # the cover's plan-approval fields found, as typed
    approval_formulas: dict[str, str] = {}  # the tracker's approval cells holding a formula, as typed


Severity = Literal["error", "warning", "info"]


class Check(BaseModel):
    """One finding about the plan; `code` is stable for machines, `message` is for people."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    severity: Severity
    ref: str | None = None
    message: str


SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
BEHIND = "based-on-older-version"  # the check saying which version a file's counts are laid on


def in_order(checks: list[Check]) -> list[Check]:
    """Checks as they are listed (terminal and web page): which version is counted first, then errors,
    warnings, notes, each in the order found."""
    return sorted(checks, key=lambda c: (c.code != BEHIND, SEVERITIES.index(c.severity)))


class FieldChange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    uid: str
    ref: str
    field: str
    old: str
    new: str


class VersionRecord(BaseModel):
    """One version in the plan store."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    date: Date
    recorded_at: datetime
    file: str
    changes: list[FieldChange] = []
    checks: list[Check] = []
    approval: Approval = Approval()


class UpdateResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    plan: ActionPlan
    changes: list[FieldChange]
    checks: list[Check]
    written: list[str]
    store: str


class StatusReport(BaseModel):
    """What `cqcplan status` prints: counts now, and what is overdue or due soon."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    today: Date
    by_brag: dict[str, int]  # this and the next two count the open actions
    by_key_question: dict[str, int]
    by_service: dict[str, int]
    closed: int  # `PlanAction.is_closed`, as the board's report counts it
    checks: list[Check]
    total: int = 0
    by_status: dict[str, int] = {}  # every action, as the board's report counts them (`pipeline/progress.py` tally)
    by_cadence: dict[str, int] = {}
    measured: int = 0  # open actions with both a baseline and a target measure
    signed_off: int = 0  # actions (open or closed) with an executive sign-off
    checked: int = 0  # ... and with an independent check
    approval: Approval = Approval()

    @property
    def must_overdue(self) -> bool:
        return any(c.code == "overdue-must" for c in self.checks)


class PlanVersions(BaseModel):
    """A previous action plan as `draft --previous-plan` reads it: each version it holds, oldest
    first (a .docx or .xlsx holds one, with what the leads typed; a plan store holds them all)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    versions: list[ActionPlan]
