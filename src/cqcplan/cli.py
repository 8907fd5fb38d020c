"""The `cqcplan` command: argument parsing, one API call, printing. Nothing else.

Every user-caused error is a `CqcplanError`, printed as one line on stderr with its own
exit code (README lists them). Heavy libraries are imported inside the commands so that
`cqcplan --help` stays fast.
"""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from cqcplan.errors import CqcplanError

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Turn CQC inspection report PDFs into first-draft improvement action plans.",
)

PasswordOpt = Annotated[Optional[str], typer.Option(help="Password of an encrypted PDF.")]


@app.command()
def extract(
    report: Annotated[Path, typer.Argument(help="A CQC inspection report PDF.")],
    json: Annotated[bool, typer.Option("--json", help="Print the JSON contract instead of a table.")] = False,
    password: PasswordOpt = None,
) -> None:
    """List every must/should statement in a report, verbatim, with its page and core service."""
    from cqcplan import api

    extraction = api.extract(report, password=password)
    if json:
        typer.echo(extraction.model_dump_json(indent=2))
    else:
        from cqcplan.show import print_findings

        print_findings(extraction)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction contract."""
    from cqcplan.models import Extraction
    import json as json_lib

    typer.echo(json_lib.dumps(Extraction.model_json_schema(), indent=2))


def main() -> None:
    """Entry point: run the app and turn errors into one line and an exit code."""
    try:
        app()
    except CqcplanError as exc:
        typer.echo(f"cqcplan: error: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("cqcplan: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug, not the user's fault: still one line unless asked
        if "--debug" in sys.argv or __import__("os").environ.get("CQCPLAN_DEBUG"):
            raise
        typer.echo(f"cqcplan: internal error: {exc!r} (set CQCPLAN_DEBUG=1 for the traceback)", err=True)
        sys.exit(1)
