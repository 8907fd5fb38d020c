"""The JSON contract outside tools read: reports, findings, actions. Field names are frozen."""

from pydantic import BaseModel, ConfigDict

from .finding import Finding
from .report import ReportMeta


class Action(BaseModel):
    """One row of the plan: the findings it answers (one each until merging groups them)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    findings: list[str]


class Extraction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reports: list[ReportMeta]
    findings: list[Finding]
    actions: list[Action]
