"""The `cqcplan` command: argument parsing, one API call, printing. Nothing else.

Every user-caused error is a `CqcplanError`, printed as one line on stderr with its own
exit code (README lists them). Heavy libraries are imported inside the commands so that
`cqcplan --help` stays fast.
"""

import gc
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import click
import typer

from .errors import CqcplanError, Interrupted
from .io import OUTPUT_FORMATS

EXAMPLES = """\b
Examples:
  cqcplan serve                                  a web page for the whole job: open the address it prints
  cqcplan draft report.pdf                       report-action-plan.docx beside the report
  cqcplan draft report.pdf -o plans/             plans/report-action-plan.docx (folder made if missing)
  cqcplan draft report.pdf -o plan.xlsx          the Excel tracker only
  cqcplan draft reports/ -o plans/ -f docx -f xlsx   one plan per report; a combined plan per provider with 2+
  cqcplan extract report.pdf --json > findings.json
"""


def _epilog() -> str:
    from .errors import EXIT_CODES

    codes = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in sorted(EXIT_CODES.items()))
    return f"{EXAMPLES}\n\b\nExit codes:\n{codes}"


app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: no <bool> placeholders, no box drawing
    help="Turn CQC inspection report PDFs into first-draft improvement action plans.",
    epilog=_epilog(),
    context_settings={"max_content_width": 110},
)

GROUPINGS = ("key-question", "theme", "service")
# Processes sharing the close read of a single report (more than two gains little: the
# rest of the pipeline is serial).
READ_WORKERS = min(2, os.cpu_count() or 1)
# pipeline/merge.py DEFAULT_THRESHOLD, written here so --help imports nothing heavy (a test keeps them equal).
SHOWN_THRESHOLD = "0.32"
PasswordOpt = Annotated[Optional[str], typer.Option(metavar="PASSWORD", help="Password of an encrypted PDF.")]
CuesOpt = Annotated[Optional[Path], typer.Option(metavar="FILE.toml", help="Your TOML file of extra tagging cues (shape of vocab/cues.toml).")]
MergeOpt = Annotated[bool, typer.Option("--no-merge", help="One action per statement; no merging.")]
PreviousOpt = Annotated[Optional[list[Path]], typer.Option(
    "--previous", metavar="PDF|FOLDER", help="The previous report(s) of the same service (PDF or folder, subfolders "
                       "searched too; repeatable): mark each statement "
                       "that repeats one of their issues.")]
PreviousPlanOpt = Annotated[Optional[Path], typer.Option(
    "--previous-plan", metavar="PLAN.docx|PLAN.xlsx|STORE.sqlite",
    help="The action plan written after the previous inspection (its .docx, .xlsx, --format json file or plan "
         "store): show each repeat's last status there; with no --previous, its statements stand in for the "
         "previous report.")]
ThresholdOpt = Annotated[Optional[float], typer.Option(
    metavar="0-1", show_default=SHOWN_THRESHOLD, help="Merge similarity threshold; higher merges less.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"cqcplan {version('cqcplan')}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Turn CQC inspection report PDFs into first-draft improvement action plans."""


@app.command()
def extract(
    report: Annotated[Path, typer.Argument(metavar="REPORT.pdf", help="A CQC inspection report PDF.")],
    json: Annotated[bool, typer.Option("--json", help="Print the JSON contract instead of a table.")] = False,
    password: PasswordOpt = None,
    cues: CuesOpt = None,
    no_merge: MergeOpt = False,
    threshold: ThresholdOpt = None,
    previous: PreviousOpt = None,
    previous_plan: PreviousPlanOpt = None,
) -> None:
    """List every must/should statement in a report, verbatim, with its page and core service."""
    from . import api

    extraction = api.extract(report, password=password, workers=READ_WORKERS, cues=cues, merge=not no_merge,
                             threshold=threshold, previous=previous or (), previous_plan_file=previous_plan)
    if json:
        typer.echo(extraction.model_dump_json(indent=2))
    else:
        from .show import print_findings

        print_findings(extraction)
    if extraction.message and api.NOTHING_READ in extraction.message:
        from .errors import FindingsNotRead

        raise FindingsNotRead(extraction.message)


@app.command(epilog=EXAMPLES)
def draft(
    reports: Annotated[list[Path], typer.Argument(metavar="REPORTS", help="A report PDF, several, or folders of them (their subfolders searched too; "
                                                "links out of a folder are not followed).")],
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", metavar="FILE|FOLDER/",
        help="A file whose extension (.docx .xlsx .csv .json) picks the format, or a folder (existing, ending in /, "
             "or without extension) to write <report>-action-plan.<ext> in.  [default: beside the report; "
             "action-plans/ for several]")] = None,
    format: Annotated[Optional[list[str]], typer.Option(
        "--format", "-f", metavar="FORMAT", show_default="docx, or -o's extension",
        help="docx, xlsx, csv or json; repeat for several.")] = None,
    template: Annotated[Optional[Path], typer.Option(metavar="FILE.docx", help="Your restyled copy of the Word template.")] = None,
    force: ForceOpt = False,
    password: PasswordOpt = None,
    cues: CuesOpt = None,
    no_merge: MergeOpt = False,
    threshold: ThresholdOpt = None,
    group_by: Annotated[Optional[str], typer.Option(
        metavar="key-question|theme|service", show_default="musts then shoulds; theme for a combined plan",
        help="Order the plan's actions in groups with a heading per group; refs never change.")] = None,
    workers: Annotated[int, typer.Option(metavar="N", min=1, max=64, help="Reports of a batch read in parallel.")] = 2,
    combine_providers: Annotated[bool, typer.Option(
        "--combine-providers", help="One combined plan for a batch of several providers' reports.")] = False,
    response_due: Annotated[Optional[str], typer.Option(
        "--response-due", metavar="DATE", help="Date the provider's report to CQC is due, shown on the cover (2025-03-31 or 31/03/2025, day first).")] = None,
    previous: PreviousOpt = None,
    previous_plan: PreviousPlanOpt = None,
) -> None:
    """Write a pre-filled Word action plan (and xlsx/csv/json) for one report or a batch."""
    unknown = sorted(set(format or ()) - set(OUTPUT_FORMATS))
    if unknown:
        raise typer.BadParameter(f"unknown format {', '.join(unknown)}; choose from {', '.join(OUTPUT_FORMATS)}", param_hint="--format")
    if group_by is not None and group_by not in GROUPINGS:
        raise typer.BadParameter(f"choose {' or '.join(GROUPINGS)}", param_hint="--group-by")
    single = len(reports) == 1 and not reports[0].is_dir()
    if single:
        from .outputs import files_for, plan_targets, refuse_existing

        target, formats = plan_targets(reports[0], out, format)
        if reports[0].exists():  # a missing report is the first thing to say
            refuse_existing(files_for(target, formats), force)
    else:
        from .outputs import batch_folder

        folder = batch_folder(out, Path("action-plans"))  # a file name is refused before any report is read
        formats = tuple(format or ("docx",))
    from . import api

    if previous_plan is not None:
        api.previous_plan(previous_plan)  # a bad previous plan is refused before any report is read
    options = api.DraftOptions(formats=formats, template=template, force=force, password=password,
                               merge=not no_merge, threshold=threshold, group_by=group_by,
                               workers=READ_WORKERS, cues=cues, response_due=_date(response_due),
                               combine_providers=combine_providers, previous=tuple(previous or ()),
                               previous_plan=previous_plan)
    if single:
        from .show import draft_summary

        written, plan = api.draft_counted(reports[0], target, options)
        typer.echo(draft_summary(plan, written))
        return
    from .show import run_batch

    run_batch(reports, folder, options, workers)


def _date(text: str | None, option: str = "--response-due"):
    """A day as plans are typed (`pipeline/daytext.py`): 2025-03-31, 31/03/2025, 31 March 2025."""
    from .pipeline.daytext import parse_day

    if text is None:
        return None
    day = parse_day(text)
    if day is None:
        raise typer.BadParameter(f"{text!r} is not a date like 2025-03-31 or 31/03/2025 (day first)",
                                 param_hint=option)
    return day


PlanArg = Annotated[Path, typer.Argument(metavar="PLAN.docx|PLAN.xlsx|PLAN.json|STORE", help="A plan `cqcplan draft` wrote: its .docx, .xlsx or --format json file, or its plan store (the latest version `cqcplan update` recorded).")]


SaidDidOut = Annotated[Path, typer.Option("--out", "-o", metavar="FILE.docx|FOLDER/",
                                           help="The .docx to write, or a folder for it.")]
PublicOut = Annotated[Path, typer.Option("--out", "-o", metavar="FILE.docx|FILE.pdf|FOLDER/",
                                          help="The .docx or .pdf to write (by its extension), or a folder for a .docx.")]


@app.command("said-did")
def said_did(plan: PlanArg, out: SaidDidOut = Path("said-did.docx"), force: ForceOpt = False) -> None:
    """Write "CQC said, we did": each CQC statement beside what was done, plus top things to know."""
    _write_brief(lambda api: api.said_did, plan, out, "said-did.docx", (".docx",), "a Word file", force)


@app.command()
def publish(plan: PlanArg, out: PublicOut = Path("public.docx"), force: ForceOpt = False) -> None:
    """Write a version fit to publish (Word or PDF): names replaced by roles, internal columns dropped, and a list of what was removed."""
    _write_brief(lambda api: api.publish, plan, out, "public.docx", (".docx", ".pdf"), "a Word or PDF file", force)


def _write_brief(command, plan: Path, out: Path, default_name: str, suffixes: tuple[str, ...], what: str,
                 force: bool) -> None:
    """said-did and publish: a document made from a drafted plan, written where -o says
    (`command` picks the API function once the API is imported, which --help never does)."""
    from . import api
    from .outputs import document_target

    for path in command(api)(plan, document_target(out, default_name, suffixes, what), force=force):
        typer.echo(f"wrote {path}")


@app.command()
def serve(
    port: Annotated[int, typer.Option(metavar="N", min=0, max=65535, help="Port to listen on (0: any free port).")] = 8765,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to listen on; anything but this computer "
                                      "(127.0.0.1) lets others on the network reach the page.")] = "127.0.0.1",
) -> None:
    """Start the web page: upload reports, review what was found, download the plan."""
    from .errors import ServeFailed

    try:
        from .web.serve import serve as run
    except ImportError as exc:
        raise ServeFailed(f"the web page needs the [web] extra ({exc.name} is missing): "
                          "python3 -m pip install 'cqcplan[web]'") from None
    run(host, port, announce=typer.echo)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction contract (the copy shipped in cqcplan.models)."""
    from importlib.resources import files

    typer.echo(files("cqcplan.models").joinpath("extraction.schema.json").read_text(encoding="utf-8"), nl=False)


TodayOpt = Annotated[Optional[str], typer.Option(metavar="DATE", help="The day to check deadlines against (2026-12-31, 31/12/2026 or 31 December 2026, day first as plans are typed); default today.")]
StoreOpt = Annotated[Optional[Path], typer.Option(metavar="STORE", help="The plan store (default: <report>-<plan id>.cqcplan-store.sqlite beside the plan, or a "
                                                             "<report>.cqcplan-store.sqlite an earlier cqcplan made for it).")]
EditedPlanArg = Annotated[Path, typer.Argument(metavar="PLAN.docx|PLAN.xlsx", help="A plan written by cqcplan, as the leads edited it.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON (checks as a list).")]


@app.command()
def update(
    plan: EditedPlanArg,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Next version (default: PLAN-v<next>.docx).")] = None,
    today: TodayOpt = None,
    store: StoreOpt = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing output file.")] = False,
    json: JsonOpt = False,
) -> None:
    """Read back an edited plan, check it, and write its next version (kept in the plan store)."""
    from . import api
    from .show_living import print_checks

    result = api.update(plan, out, today=_date(today, "--today"), store=store, force=force)
    if json:
        typer.echo(result.model_dump_json(indent=2, exclude={"plan"}))
        return
    for path in result.written:
        typer.echo(f"wrote {path} (version {result.plan.version}; {len(result.changes)} field(s) changed; "
                   f"store {result.store})")
    if not result.written:
        typer.echo(f"nothing changed since version {result.plan.version}: no new version written")
    print_checks(result.checks)


@app.command()
def status(
    plan: EditedPlanArg,
    today: TodayOpt = None,
    store: StoreOpt = None,
    json: JsonOpt = False,
) -> None:
    """Print progress (BRAG, key question, service; overdue, due soon); exit 19 when a must is overdue.
    A file written as an older version than the plan store's newest is counted on the newest."""
    from . import api
    from .show_living import print_status

    report = api.status(plan, store=store, today=_date(today, "--today"))
    typer.echo(report.model_dump_json(indent=2)) if json else print_status(report)
    if report.must_overdue:
        from .errors import MustOverdue

        refs = [c.ref or "" for c in report.checks if c.code == "overdue-must"]
        raise MustOverdue(f"{len(refs)} must action(s) overdue: {', '.join(refs)} (exit 19, for a scheduler)")


@app.command()
def history(
    plan: EditedPlanArg,
    store: StoreOpt = None,
    json: JsonOpt = False,
) -> None:
    """List the plan's versions from its store, with what changed per action."""
    from . import api
    from .show_living import print_history

    records = api.history(plan, store=store)
    if json:
        typer.echo("[" + ",".join(r.model_dump_json() for r in records) + "]")
    else:
        print_history(records)


@app.command()
def report(
    plan: EditedPlanArg,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE.docx|FILE.html|FOLDER/",
                                      help="The report to write: .docx for Word, .html for one self-contained web "
                                           "page; a folder gets progress.docx.")] = Path("progress.docx"),
    store: StoreOpt = None,
    today: TodayOpt = None,
    force: ForceOpt = False,
) -> None:
    """Write a progress report for the board, with charts: BRAG and status by key question and core service,
    BRAG over versions, overdue, due soon and closed actions."""
    from . import api

    for path in api.progress_report(plan, out, store=store, today=_date(today, "--today"), force=force):
        typer.echo(f"wrote {path}")


def main() -> None:
    """Entry point: `_run`, then a quick way out."""
    if len(sys.argv) == 1:
        sys.argv.append("--help")
    logging.basicConfig(format="cqcplan: warning: %(message)s", level=logging.WARNING)
    signal.signal(signal.SIGTERM, _stop)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)
    try:
        _run()
    finally:
        # The process ends here: with spaCy and numpy loaded, the collector's passes over every
        # object while the interpreter shuts down take a fifth to a third of a second. Frozen
        # objects are skipped by them; exit handlers, flushing and closing still run as before.
        gc.freeze()


def _run() -> None:
    """Run the app and turn errors into one line and an exit code."""
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
        sys.stdout.flush()  # whatever was printed first, the error line is the last one, however the streams are joined
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
