"""Terminal output of the living-plan commands: checks, status and history, one line each."""

from rich.console import Console
from rich.markup import escape

from .models.living import BEHIND, Check, StatusReport, VersionRecord, in_order, label
from .models.plan import Approval
from .pipeline.daytext import short_date

MARK = {"error": "[red]✗[/red]", "warning": "[yellow]![/yellow]", "info": "[blue]·[/blue]"}


def print_checks(checks: list[Check], console: Console | None = None) -> None:
    console = console or Console()
    if not checks:
        console.print("No checks to report.")
    for check in in_order(checks):
        console.print(f"{MARK[check.severity]} {escape(check.message)}  [dim]({check.code})[/dim]")


def print_status(report: StatusReport, console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]Version {report.version}[/bold], at {short_date(report.today)}; {report.total} actions: "
                  f"{report.total - report.closed} open, {report.closed} closed")
    behind = [c for c in report.checks if c.code == BEHIND]
    print_checks(behind, console) if behind else None  # which version is counted, before any count
    console.print(_approval(report.approval))
    console.print("Status: " + ", ".join(f"{k} {v}" for k, v in report.by_status.items()))
    for title, counts in (("Open by BRAG", report.by_brag), ("Open by key question", report.by_key_question),
                          ("Open by service", report.by_service), ("Open by review cadence", report.by_cadence)):
        console.print(f"{title}: " + ", ".join(f"{escape(k)} {v}" for k, v in counts.items()))  # in their order
    open_count = sum(report.by_brag.values())
    console.print(f"With baseline and target: {report.measured} of {open_count} open; "
                  f"signed off: {report.signed_off}; independently checked: {report.checked}")
    for title, codes in (("Overdue", ("overdue-must", "overdue")), ("Due within 30 days", ("due-soon",))):
        found = [c for c in report.checks if c.code in codes]
        console.print(f"{title}: {len(found)}")
        print_checks(found, console) if found else None
    others = [c for c in report.checks if c.code not in ("overdue-must", "overdue", "due-soon", BEHIND)]
    if others:
        console.print("Other checks:")
        print_checks(others, console)


def print_history(records: list[VersionRecord], console: Console | None = None) -> None:
    console = console or Console()
    seen: set[str] = set()
    for record in records:
        # a store an earlier cqcplan forked (two files of one version, each updated) may repeat a number
        again = " (again: a fork an earlier cqcplan recorded)" if record.version in seen else ""
        seen.add(record.version)
        console.print(f"[bold]{escape(record.version)}[/bold]{again}  {short_date(record.date)}  "
                      f"{escape(record.file)}  {len(record.changes)} change(s), {len(record.checks)} check(s)")
        if record.approval.approved_by or record.approval.approved_on:
            console.print(f"  {_approval(record.approval)}")
        for change in record.changes:
            console.print(f"  {escape(change.ref)} {label(change.field)}: {escape(_short(change.old))} → "
                          f"{escape(_short(change.new))}")


def _approval(approval: Approval) -> str:
    if not (approval.approved_by or approval.approved_on):
        return "Plan approval: not recorded"
    role = f" ({approval.approver_role})" if approval.approver_role else ""
    when = f" on {short_date(approval.approved_on)}" if approval.approved_on else ", no date"
    return f"Plan approved by {escape(approval.approved_by or 'no name')}{escape(role)}{when}"


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split()) or "(empty)"
    return text if len(text) <= width else text[: width - 1] + "…"
