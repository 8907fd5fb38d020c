"""Pydantic models passed between pipeline stages; `Extraction` is the public JSON contract."""

from .contract import Action, Extraction, MergeLink
from .document import Line, Page, ReportDocument
from .finding import Finding, Place, Regulation, Tag
from .report import ReportMeta, RequirementNotice

__all__ = [
    "Action",
    "Extraction",
    "Finding",
    "Line",
    "MergeLink",
    "Page",
    "Place",
    "Regulation",
    "ReportDocument",
    "ReportMeta",
    "RequirementNotice",
    "Tag",
]
