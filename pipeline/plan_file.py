"""Read back a plan cqcplan drafted: its --format json file, or the copy of it inside its .docx.

The Word plan carries the plan's JSON as a package part of its own (`embed_plan`), because
a plan's table read back from Word is the living-plan work's job (issue 13); until that
exists, said-did and publish read the plan as drafted, plus any JSON a user has edited.
"""

from pathlib import Path

from pydantic import ValidationError

from cqcplan.errors import InputNotFound, NotAPlan
from cqcplan.models.plan import ActionPlan

PART_NAME = "/cqcplan/plan.json"
RELATIONSHIP = "https://cqcplan.invalid/relationships/plan"


def embed_plan(document, plan: ActionPlan) -> None:
    """Add the plan's JSON to a python-docx Document as its own part (Word keeps unknown related parts)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(PART_NAME), "application/json", plan.model_dump_json().encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP)


def load_plan(path: Path) -> ActionPlan:
    """The plan in a .json or .docx that cqcplan wrote; NotAPlan (exit 15) for anything else."""
    path = Path(path)
    if not path.is_file():
        raise InputNotFound(f"no such plan file: {path}")
    try:
        if path.suffix.lower() == ".json":
            return ActionPlan.model_validate_json(path.read_bytes())
        if path.suffix.lower() == ".docx":
            return ActionPlan.model_validate_json(_embedded(path))
    except (ValidationError, ValueError, KeyError, OSError) as exc:
        raise NotAPlan(f"{path}: not a plan cqcplan drafted ({_reason(exc)}); give the .docx or "
                             "--format json file that `cqcplan draft` wrote") from None
    raise NotAPlan(f"{path}: give the .docx or .json plan that `cqcplan draft` wrote")


def _embedded(path: Path) -> bytes:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, Exception) as exc:  # a damaged or foreign file: one line, not a traceback
        raise ValueError(str(exc)) from None
    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP:
            return rel.target_part.blob
    raise KeyError("no cqcplan plan data inside (drafted before this version, or saved by another program)")


def _reason(exc: Exception) -> str:
    return str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else type(exc).__name__
