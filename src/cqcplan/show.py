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
        console.print(extraction.message or "No must or should actions were found in this report.")
        return
    table = Table(show_lines=True)
    for column in ("Ref", "Page", "Core service", "Key question", "Statement (verbatim)"):
        table.add_column(column, overflow="fold")
    for f in extraction.findings:
        table.add_row(f.id, str(f.page), f.service or "-", f.domain or "-", f.text)
    console.print(table)
    musts = sum(f.kind == "must" for f in extraction.findings)
    console.print(f"{musts} must, {len(extraction.findings) - musts} should")


def run_batch(inputs, out_dir, options, workers: int, console: Console | None = None) -> None:
    """Run a batch with a progress bar, then print one summary row per file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from cqcplan import api
    from cqcplan.errors import BatchFailed

    console = console or Console(stderr=True)
    paths = api.report_paths(inputs)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("Drafting plans", total=len(paths))
        result = api.draft_batch(paths, out_dir, options, workers=workers, on_done=lambda *_: progress.advance(task))
    _print_summary(result, console)
    if result.failures:
        raise BatchFailed(f"{len(result.failures)} of {len(paths)} files failed; the others were written to {out_dir}")


def _print_summary(result, console: Console) -> None:
    table = Table(title="Batch summary")
    for column in ("File", "Must", "Should", "Result"):
        table.add_column(column, overflow="fold")
    for report in result.reports:
        musts = sum(f.kind == "must" for f in report.findings)
        wrote = ", ".join(p.name for p in result.written[report.meta.file])
        table.add_row(report.meta.file, str(musts), str(len(report.findings) - musts), f"wrote {wrote}")
    for name, error in result.failures.items():
        table.add_row(name, "-", "-", f"[red]failed:[/red] {error}")
    console.print(table)
    if result.combined:
        console.print("Combined plan: " + ", ".join(str(p) for p in result.combined))
