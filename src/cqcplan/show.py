"""Terminal rendering of an extraction: a readable table, not the JSON contract."""

from rich.console import Console
from rich.table import Table

from cqcplan.models import Extraction


def print_findings(extraction: Extraction, console: Console | None = None) -> None:
    console = console or Console()
    for report in extraction.reports:
        names = " / ".join(n for n in (report.provider, report.location) if n) or report.file
        console.print(f"[bold]{names}[/bold]  ({report.file}, {report.report_type})")
    if not extraction.findings:
        console.print("No must or should actions were found in this report.")
        return
    table = Table(show_lines=True)
    for column in ("Ref", "Page", "Core service", "Key question", "Statement (verbatim)"):
        table.add_column(column, overflow="fold")
    for f in extraction.findings:
        table.add_row(f.id, str(f.page), f.service or "-", f.domain or "-", f.text)
    console.print(table)
    musts = sum(f.kind == "must" for f in extraction.findings)
    console.print(f"{musts} must, {len(extraction.findings) - musts} should")
