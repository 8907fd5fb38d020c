"""Terminal rendering of an extraction: a readable table, not the JSON contract. rich is imported where
a table is printed: `draft`'s one summary line needs none of it (a tenth of a second of a short draft's start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import Extraction
from .models.plan import service_label
from .pipeline.refs import FINDING_LABEL, REF_LABEL

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


def print_findings(extraction: Extraction, console: Console | None = None) -> None:
    from rich.console import Console

    console = console or Console()
    for report in extraction.reports:
        names = " / ".join(n for n in (report.provider, report.location) if n) or report.file
        console.print(f"[bold]{names}[/bold]  ({report.file}, {report.report_type})")
    if not extraction.findings:
        console.print(extraction.message or "No must or should actions were found in this report.")
        return
    console.print(findings_table(extraction))
    musts = sum(f.kind == "must" for f in extraction.findings)
    console.print(f"{musts} must, {len(extraction.findings) - musts} should")


def findings_table(extraction: Extraction) -> Table:
    """One row per finding under its finding id, with the ref of the action that answers it
    (headed as every plan heads refs), so the two series are never confused."""
    from rich.table import Table

    refs = {fid: a.ref for a in extraction.actions for fid in a.findings}
    table = Table(show_lines=True)
    for column in (FINDING_LABEL, REF_LABEL, "Page", "Core service", "Key question", "Statement (verbatim)"):
        table.add_column(column, overflow="fold")
    for f in extraction.findings:
        table.add_row(f.id, refs.get(f.id, "-"), str(f.page), service_label(f), f.domain or "-", f.text)
    return table


def run_batch(inputs, out_dir, options, workers: int, console: Console | None = None) -> None:
    """Run a batch with a progress bar, then print one summary row per file (also when
    Ctrl-C stopped it: the rows say what was kept and what was never drafted)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from . import api
    from .errors import BatchFailed, CqcplanError

    console = console or Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=console, transient=False) as progress:
            task = progress.add_task("Drafting plans", total=None)
            result = api.draft_batch(inputs, out_dir, options, workers=workers, on_done=lambda *_: progress.advance(task),
                                     on_start=lambda total: progress.update(task, total=total))
    except api.BatchInterrupted as stop:
        _print_summary(stop.result, console)
        raise
    _print_summary(result, console)
    if result.failures:
        raise BatchFailed(f"{len(result.failures)} of {len(result.items)} files failed; {_what_became(result, out_dir)}")
    if result.combined_error:  # e.g. a re-run: the combined plan exists (exit 8) or cannot be written (12)
        error = CqcplanError(f"the combined plan was not written: {result.combined_error}")
        error.exit_code = result.combined_exit
        raise error


def _what_became(result, out_dir) -> str:
    """What became of the other files, as it happened: plans written, plans kept as they were, skipped."""
    written = sum(bool(i.written) for i in result.items)
    kept = sum(i.kept for i in result.items)
    skipped = sum(not (i.written or i.kept or i.error) for i in result.items)
    parts = [f"{written} plan{'s' * (written != 1)} written to {out_dir}" if written else "no plan was written"]
    if kept:
        parts.append(f"{kept} already had {'a plan' if kept == 1 else 'plans'}, kept as they were (--force redrafts)")
    if skipped:
        parts.append(f"{skipped} skipped (see the summary)")
    return "; ".join(parts)


# The plan's actions, as `draft` counts them: statements about one issue merged into one action.
COUNT_COLUMNS = ("Must actions", "Should actions")


def _print_summary(result, console: Console) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="Batch summary (interrupted)" if result.interrupted else "Batch summary")
    for column in ("File", *COUNT_COLUMNS, "Result"):
        table.add_column(column, overflow="fold")
    for item in result.items:
        musts, shoulds = item.musts, item.shoulds
        outcome = [_wrote(item.written)] if item.written else []
        outcome += [f"[red]failed:[/red] {escape(item.error)}"] if item.error else []
        outcome += [escape(item.note)] if item.note else []
        table.add_row(escape(item.file), _count(musts), _count(shoulds), "; ".join(outcome))
    if result.combined or result.combined_error:
        wrote = _wrote(result.combined) if result.combined else ""
        table.add_row("(combined plan)", "-", "-", wrote or f"[red]not written:[/red] {escape(result.combined_error)}")
    elif result.interrupted:
        table.add_row("(combined plan)", "-", "-", "interrupted: not written")
    console.print(table)
    if result.combined:
        console.print("Combined plan: " + ", ".join(str(p) for p in result.combined))


def _wrote(paths) -> str:
    """Every file written, one a line: a narrow column folds lines, never a name, and no line ends in a comma."""
    return "wrote " + "\n".join(p.name for p in paths)


def _count(value: int | None) -> str:
    return "-" if value is None else str(value)


def draft_summary(plan, written) -> str:
    """The one line `draft` ends with: what was found, what was merged, what needs a person, and where it went."""
    merged = sum(len(a.wordings) > 1 for a in plan.actions)
    check = sum(a.review for a in plan.actions)
    where = ", ".join(str(p) for p in written)
    return (f"{plan.summary.findings} statements, {len(plan.actions)} actions ({plan.summary.musts} musts, "
            f"{plan.summary.shoulds} shoulds), {merged} merged, {check} marked \"Check\"; wrote {where}")
