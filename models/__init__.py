"""Pydantic models passed between pipeline stages; `Extraction` is the public JSON contract."""

from .contract import Action, Extraction, MergeLink
from .document import Line, Page, ReportDocument
from .finding import KEY_QUESTIONS, Enforcement, Evidence, Finding, Place, PriorFinding, Regulation, Tag
from .report import ReportMeta, RequirementNotice

__all__ = [
    "KEY_QUESTIONS",
    "Action",
    "Enforcement",
    "Evidence",
    "Extraction",
    "Finding",
    "Line",
    "MergeLink",
    "Page",
    "Place",
    "PriorFinding",
    "Regulation",
    "ReportDocument",
    "ReportMeta",
    "RequirementNotice",
    "Tag",
]
