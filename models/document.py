"""The PDF as positioned lines: what `read` produces and every later stage consumes.

Internal to the pipeline (not part of the JSON contract), so it may change freely.
Furniture (running headers, footers, page numbers) is labelled, not deleted, so a
leak into a statement can be traced to the line it came from.
"""

from typing import Iterator, Literal

from pydantic import BaseModel, ConfigDict


class Line(BaseModel):
    """One printed line (or one column's part of it). `text` keeps a line-end soft hyphen."""

    model_config = ConfigDict(frozen=True)

    text: str
    page: int
    x0: float
    text_x0: float  # where the words start after a bullet glyph or list number
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    column_left: float = 0.0  # left edge of the column the line is set in: indents are measured from it
    run_in: str = ""  # a bold label run in before regular text ("Surgery:"), still part of `text`
    ruled_over: bool = False  # a drawn level rule runs just over the line's start (a table cell's or box's edge)
    layer: Literal["body", "furniture"] = "body"
    pitch: float = 0.0  # the one step its characters and spaces are set at (a fixed-pitch face), else 0
    on_arc: bool = False  # laid level from text set along an arc of its own: the whole of what that arc says


class Page(BaseModel):
    model_config = ConfigDict(frozen=True)

    number: int
    width: float
    height: float
    lines: list[Line]


class ReportDocument(BaseModel):
    """The pages that were read; `page_count` is the whole file's, so pages may be a subset."""

    model_config = ConfigDict(frozen=True)

    file: str
    sha256: str
    page_count: int
    pages: list[Page]

    def body_lines(self) -> Iterator[Line]:
        for page in self.pages:
            for line in page.lines:
                if line.layer == "body":
                    yield line
