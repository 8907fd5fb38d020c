"""Build `ReportDocument`s by hand, so stage tests need no PDF (spaCy's "construct a Doc")."""

from cqcplan.models.document import Line, Page, ReportDocument

PAGE_HEIGHT = 842.0
LEADING = 12.0


class PageBreak:
    """Marker in a spec: the following lines go on a new page."""


def line(text: str, *, x: float = 72.0, size: float = 10.0, bold: bool = False, gap: float = 0.0,
         text_x: float | None = None, at: float | None = None, run_in: str = "", left: float = 0.0):
    """One spec entry; `gap` adds vertical space before the line (a paragraph break), `at`
    places it at that top instead (a header or footer), leaving the flow where it was;
    `run_in` is a bold label the line opens with (read.py's `Line.run_in`), `left` the left
    edge of the column it is set in (`Line.column_left`)."""
    return {"text": text, "x": x, "size": size, "bold": bold, "gap": gap, "text_x": text_x, "at": at, "run_in": run_in,
            "left": left}


def bullet(text: str, *, x: float = 72.0, indent: float = 12.0, **kw):
    return line(f"• {text}", x=x, text_x=x + indent, **kw)


def doc(*spec, top: float = 80.0) -> ReportDocument:
    pages: list[list[Line]] = [[]]
    y = top
    for entry in spec:
        if entry is PageBreak or isinstance(entry, PageBreak):
            pages.append([])
            y = top
            continue
        if isinstance(entry, str):
            entry = line(entry)
        y += entry["gap"]
        top = entry.get("at") if entry.get("at") is not None else y
        width = 5.0 * len(entry["text"])
        pages[-1].append(
            Line(
                text=entry["text"],
                page=len(pages),
                x0=entry["x"],
                text_x0=entry["text_x"] if entry["text_x"] is not None else entry["x"],
                x1=entry["x"] + width,
                top=top,
                bottom=top + entry["size"],
                size=entry["size"],
                bold=entry["bold"],
                run_in=entry.get("run_in", ""),
                column_left=entry.get("left", 0.0),
            )
        )
        if entry.get("at") is None:
            y += LEADING if entry["size"] <= 10 else entry["size"] * 1.4
    return ReportDocument(
        file="built.pdf",
        sha256="0" * 64,
        page_count=len(pages),
        pages=[Page(number=i + 1, width=595.0, height=PAGE_HEIGHT, lines=ls) for i, ls in enumerate(pages)],
    )


def wrapped(text: str, width: float, size: float, font: str = "Helvetica") -> list[str]:
    """`text` broken greedily into lines no wider than `width` in `font` at `size`, as a writer sets a
    paragraph (for tests that draw their own PDF with reportlab)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line: list[str] = []
    for word in text.split():
        if line and stringWidth(" ".join(line + [word]), font, size) > width:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    return lines + [" ".join(line)]
