"""What a report says about itself (cover metadata) and its requirement-notice tables."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .finding import Finding, Regulation


class ReportMeta(BaseModel):
    """Cover-page facts. `ratings` maps "overall", "safe", ... "well-led" to the printed rating."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    sha256: str
    provider: str | None = None
    location: str | None = None
    report_type: str
    inspection_dates: list[date] = []
    published: date | None = None
    ratings: dict[str, str] = {}
    services: list[str] = []


class RequirementNotice(BaseModel):
    """One row of a requirement-notice or enforcement table, read by column position."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["requirement_notice", "enforcement"]
    activities: list[str]
    regulation: Regulation | None
    heading: str
    text: str
    page: int


class ReportExtraction(BaseModel):
    """Everything read from one report: its cover, its findings and its notice tables."""

    model_config = ConfigDict(frozen=True)

    meta: ReportMeta
    findings: list[Finding]
    notices: list[RequirementNotice]
