"""The `cqcplan` command: argument parsing, one API call, printing. Nothing else.

Every user-caused error is a `CqcplanError`, printed as one line on stderr with its own
exit code (README lists them). Heavy libraries are imported inside the commands so that
`cqcplan --help` stays fast.
"""

import logging
import os
import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import click
import typer

from cqcplan.errors import CqcplanError, Interrupted
from cqcplan.io import OUTPUT_FORMATS

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Turn CQC inspection report PDFs into first-draft improvement action plans.",
)

GROUPINGS = ("key-question", "theme", "service")
# Processes sharing the close read of a single report (more than two gains little: the
# rest of the pipeline is serial).
READ_WORKERS = min(2, os.cpu_count() or 1)
PasswordOpt = Annotated[Optional[str], typer.Option(help="Password of an encrypted PDF.")]
CuesOpt = Annotated[Optional[Path], typer.Option(help="Your TOML file of extra tagging cues (shape of vocab/cues.toml).")]
MergeOpt = Annotated[bool, typer.Option("--no-merge", help="One action per statement; no merging.")]
PreviousOpt = Annotated[Optional[list[Path]], typer.Option(
    "--previous", help="The previous report(s) of the same service (PDF or folder; repeatable): mark each statement "
                       "that repeats one of their issues.")]
ThresholdOpt = Annotated[Optional[float], typer.Option(help="Merge similarity threshold (0-1); higher merges less.")]


@app.command()
def extract(
    report: Annotated[Path, typer.Argument(help="A CQC inspection report PDF.")],
    json: Annotated[bool, typer.Option("--json", help="Print the JSON contract instead of a table.")] = False,
    password: PasswordOpt = None,
    cues: CuesOpt = None,
    no_merge: MergeOpt = False,
    threshold: ThresholdOpt = None,
    previous: PreviousOpt = None,
) -> None:
    """List every must/should statement in a report, verbatim, with its page and core service."""
    from cqcplan import api

    extraction = api.extract(report, password=password, workers=READ_WORKERS, cues=cues, merge=not no_merge,
                             threshold=threshold, previous=previous or ())
    if json:
        typer.echo(extraction.model_dump_json(indent=2))
    else:
        from cqcplan.show import print_findings

        print_findings(extraction)
    if extraction.message and api.NOTHING_READ in extraction.message:
        from cqcplan.errors import FindingsNotRead

        raise FindingsNotRead(extraction.message)


@app.command()
def draft(
    reports: Annotated[list[Path], typer.Argument(help="A report PDF, several, or folders of them.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Plan file (one report) or folder (several).")] = None,
    format: Annotated[list[str], typer.Option("--format", "-f", help="docx, xlsx, csv or json; repeat for several.")] = ["docx"],
    template: Annotated[Optional[Path], typer.Option(help="Your restyled copy of the Word template.")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite existing output files.")] = False,
    password: PasswordOpt = None,
    cues: CuesOpt = None,
    no_merge: MergeOpt = False,
    threshold: ThresholdOpt = None,
    group_by: Annotated[Optional[str], typer.Option(
        help="Order the plan's actions by key-question, theme (key question › theme) or service, with a heading "
             "per group; refs never change. Default: musts then shoulds for one report, theme for a combined plan.")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Reports read in parallel (worker processes).")] = 2,
    combine_providers: Annotated[bool, typer.Option(
        "--combine-providers", help="One combined plan for a batch of several providers' reports.")] = False,
    response_due: Annotated[Optional[str], typer.Option(
        "--response-due", help="Date the provider's report to CQC is due (YYYY-MM-DD), shown on the cover.")] = None,
    previous: PreviousOpt = None,
) -> None:
    """Write a pre-filled Word action plan (and xlsx/csv/json) for one report or a batch."""
    from cqcplan import api

    unknown = sorted(set(format) - set(OUTPUT_FORMATS))
    if unknown:
        raise typer.BadParameter(f"unknown format {', '.join(unknown)}; choose from {', '.join(OUTPUT_FORMATS)}", param_hint="--format")
    if group_by is not None and group_by not in GROUPINGS:
        raise typer.BadParameter(f"choose {' or '.join(GROUPINGS)}", param_hint="--group-by")
    options = api.DraftOptions(formats=tuple(format), template=template, force=force, password=password,
                               merge=not no_merge, threshold=threshold, group_by=group_by,
                               workers=READ_WORKERS, cues=cues, response_due=_date(response_due),
                               combine_providers=combine_providers, previous=tuple(previous or ()))
    if len(reports) == 1 and not reports[0].is_dir():
        for path in api.draft(reports[0], out, options):
            typer.echo(f"wrote {path}")
        return
    from cqcplan.show import run_batch

    run_batch(reports, out or Path("action-plans"), options, workers)


def _date(text: str | None):
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date like 2025-03-31", param_hint="--response-due") from None


PlanArg = Annotated[Path, typer.Argument(help="A plan `cqcplan draft` wrote: its .docx, .xlsx or --format json file.")]
ForceOpt = Annotated[bool, typer.Option(help="Overwrite existing output files.")]


@app.command("said-did")
def said_did(
    plan: PlanArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="The .docx to write.")] = Path("said-did.docx"),
    force: ForceOpt = False,
) -> None:
    """Write "CQC said, we did": each CQC statement beside what was done, plus top things to know."""
    from cqcplan import api

    for path in api.said_did(plan, out, force=force):
        typer.echo(f"wrote {path}")


@app.command()
def publish(
    plan: PlanArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="The .docx to write.")] = Path("public.docx"),
    force: ForceOpt = False,
) -> None:
    """Write a version fit to publish: names replaced by roles, internal columns dropped, and a list of what was removed."""
    from cqcplan import api

    for path in api.publish(plan, out, force=force):
        typer.echo(f"wrote {path}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction contract (the copy shipped in cqcplan.models)."""
    from importlib.resources import files

    typer.echo(files("cqcplan.models").joinpath("extraction.schema.json").read_text(encoding="utf-8"), nl=False)


TodayOpt = Annotated[Optional[str], typer.Option(help="The day to check deadlines against (YYYY-MM-DD); default today.")]
StoreOpt = Annotated[Optional[Path], typer.Option(help="The plan store (default: <report>.cqcplan-store.sqlite beside the plan).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON (checks as a list).")]


def _day(text: Optional[str]):
    from datetime import date

    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date like 2025-06-30", param_hint="--today") from None


@app.command()
def update(
    plan: Annotated[Path, typer.Argument(help="The plan the leads edited: .docx or .xlsx written by cqcplan.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Next version (default: PLAN-v<next>.docx).")] = None,
    today: TodayOpt = None,
    store: StoreOpt = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing output file.")] = False,
    json: JsonOpt = False,
) -> None:
    """Read back an edited plan, check it, and write its next version (kept in the plan store)."""
    from cqcplan import api
    from cqcplan.show_living import print_checks

    result = api.update(plan, out, today=_day(today), store=store, force=force)
    if json:
        typer.echo(result.model_dump_json(indent=2, exclude={"plan"}))
        return
    for path in result.written:
        typer.echo(f"wrote {path} (version {result.plan.version}; {len(result.changes)} field(s) changed; "
                   f"store {result.store})")
    print_checks(result.checks)


@app.command()
def status(
    plan: Annotated[Path, typer.Argument(help="A plan (.docx or .xlsx) written by cqcplan.")],
    today: TodayOpt = None,
    json: JsonOpt = False,
) -> None:
    """Print progress (BRAG, key question, service; overdue, due soon); exit 19 when a must is overdue."""
    from cqcplan import api
    from cqcplan.show_living import print_status

    report = api.status(plan, today=_day(today))
    typer.echo(report.model_dump_json(indent=2)) if json else print_status(report)
    if report.must_overdue:
        from cqcplan.errors import MustOverdue

        raise MustOverdue(f"{sum(c.code == 'overdue-must' for c in report.checks)} must action(s) overdue")


@app.command()
def history(
    plan: Annotated[Path, typer.Argument(help="A plan (.docx or .xlsx) written by cqcplan.")],
    store: StoreOpt = None,
    json: JsonOpt = False,
) -> None:
    """List the plan's versions from its store, with what changed per action."""
    from cqcplan import api
    from cqcplan.show_living import print_history

    records = api.history(plan, store=store)
    if json:
        typer.echo("[" + ",".join(r.model_dump_json() for r in records) + "]")
    else:
        print_history(records)


def main() -> None:
    """Entry point: run the app and turn errors into one line and an exit code."""
    if len(sys.argv) == 1:
        sys.argv.append("--help")
    logging.basicConfig(format="cqcplan: warning: %(message)s", level=logging.WARNING)
    signal.signal(signal.SIGTERM, _stop)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)
    try:
        code = app(standalone_mode=False)
        if code == 130:  # typer's own answer to a KeyboardInterrupt that reached it
            typer.echo("cqcplan: interrupted", err=True)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.TyperException as exc:  # a mistyped command line (click's usage errors)
        typer.echo(f"cqcplan: error: {exc.format_message()} (see cqcplan --help)", err=True)
        sys.exit(exc.exit_code)
    except (click.exceptions.Abort, typer.Abort, KeyboardInterrupt, Interrupted) as exc:
        code = getattr(exc.__cause__ if isinstance(exc, click.exceptions.Abort) else exc, "exit_code", 130)
        typer.echo("cqcplan: stopped by SIGTERM" if code == 143 else "cqcplan: interrupted", err=True)
        sys.exit(code)
    except CqcplanError as exc:
        typer.echo(f"cqcplan: error: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug, not the user's fault: still one line unless asked
        if os.environ.get("CQCPLAN_DEBUG"):
            raise
        typer.echo(f"cqcplan: internal error: {exc!r} (set CQCPLAN_DEBUG=1 for the traceback)", err=True)
        sys.exit(1)


def _stop(signum, frame) -> None:
    """Ctrl-C and SIGTERM unwind the same way, so staging folders are removed on the way out."""
    raise Interrupted(143 if signum == signal.SIGTERM else 130)
