"""The JSON contract outside tools read: reports, findings, actions. Field names are frozen."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .finding import Finding, Kind
from .report import ReportMeta


class MergeLink(BaseModel):
    """Why two findings share an action: the closest pair when merge joined their groups, or a
    reviewer's join on the web page (`basis` "reviewer": a person's decision, so score 1.0).

    Files are kept beside ids because ids repeat across the files of a batch.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    a: str
    b: str
    a_file: str
    b_file: str
    score: float = Field(ge=0.0, le=1.0)
    shared_terms: list[str]
    # a weak match, or wordings that differ in a figure, standard or theme (pipeline/conflicts.py):
    # a person should confirm the merge (the plan marks it "Check")
    review: bool = False
    basis: Literal["similarity", "reviewer"] = "similarity"


class Action(BaseModel):
    """One row of the plan: the findings it answers (one each until merging groups them).

    `kind` is "must" if any of its findings is a must; `merges` is empty for one finding.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str
    findings: list[str]
    kind: Kind = "must"
    merges: list[MergeLink] = []


class Extraction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reports: list[ReportMeta]
    findings: list[Finding]
    actions: list[Action]
    message: str | None = None  # said when there is nothing to act on, or what was seen but not read
    previous: list[ReportMeta] = []  # the earlier reports findings were compared with (`repeat_of`)
