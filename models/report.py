"""What a report says about itself (cover metadata) and its requirement-notice tables."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .finding import EnforcementType, Finding, Regulation


class ReportMeta(BaseModel):
    """Cover-page facts. `ratings` maps "overall", "safe", ... "well-led" to the printed rating."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    sha256: str
    provider: str | None = None
    location: str | None = None
    report_type: str  # the family and era, a code ("trust-inspection-report"); see `title` for the printed words
    inspection_dates: list[date] = []
    published: date | None = None
    ratings: dict[str, str] = {}
    services: list[str] = []
    # Added fields (the contract only grows):
    service_ratings: dict[str, dict[str, str]] = {}  # per core service: "overall", "safe" ... as printed
    inspection_dates_printed: str | None = None  # the cover's wording, e.g. "18 to 20 January 2018"
    response_due: date | None = None  # the date the report gives for the provider's report to CQC, if any
    enforcement_counts: dict[str, int] = {}  # notices stated in the report, by type (requirement_notice, warning_notice ...)
    title: str | None = None  # the document's title as its cover prints it: "Quality Report", "Inspection report"


class RequirementNotice(BaseModel):
    """One row of a requirement-notice or enforcement table, read by column position; or of a pre-2015
    report's "Improvement actions" table, set the same way (kind "improvement"): where improvements
    should be made, no enforcement (`type` None)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["requirement_notice", "enforcement", "improvement"]
    activities: list[str]
    regulation: Regulation | None
    heading: str
    text: str
    page: int
    type: EnforcementType | None = "requirement_notice"  # what the row says CQC did (warning notice, conditions ...)
    statement: str = ""  # how the regulation was not met, as printed (wrapped lines joined)
    statement_page: int = 0  # the page the statement starts on (0: the row's page); a row may break before it
    section: str = ""  # the table's heading as printed


class ReportExtraction(BaseModel):
    """Everything read from one report: its cover, its findings and its notice tables."""

    model_config = ConfigDict(frozen=True)

    meta: ReportMeta
    findings: list[Finding]
    notices: list[RequirementNotice]
    seen: list[str] = []  # what the recognisers saw when no finding came out (lists, notice rows ...)
    previous: list[ReportMeta] = []  # the earlier reports its findings were compared with
