"""What `locate` finds: list items under must/should headings, and narrative paragraphs.

Internal to the pipeline. Each piece carries the heading context it sits under.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .document import Line


class Context(BaseModel):
    """Where a piece of text sits: its section heading, core service and key question."""

    model_config = ConfigDict(frozen=True)

    section: str
    service: str | None = None
    domain: str | None = None
    group: str | None = None  # the list's group it is listed under when that names no core service (a ward, "Trust wide")


class ListItem(BaseModel):
    """One bullet (or numbered or paragraph) item; `sub_starts` are indexes of sub-bullet lines."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["must", "should", "either"]
    context: Context
    lines: list[Line]
    sub_starts: list[int] = []
    citation: str = ""  # a regulations cell on its row, right of it (a table's column): what it breaches, not its text


class Paragraph(BaseModel):
    """Running text outside the lists and tables, for breach and recommendation sentences."""

    model_config = ConfigDict(frozen=True)

    context: Context
    lines: list[Line]


class Structure(BaseModel):
    model_config = ConfigDict(frozen=True)

    items: list[ListItem]
    paragraphs: list[Paragraph]
    services: list[str]
