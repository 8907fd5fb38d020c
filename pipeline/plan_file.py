"""Read back a plan cqcplan drafted, for said-did and publish: its --format json file, its
.docx / .xlsx with what the leads have typed into it so far, or its plan store (the latest
version recorded).

The Word plan and the tracker carry the plan as drafted (pipeline/embed.py); the living-plan
readback (pipeline/readback.py, pipeline/living.py) lays the leads' edits over it, so a
said-did sheet shows what was done, not the first draft.
"""

from datetime import date
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputNotFound, NotAPlan
from ..models.plan import ActionPlan


def load_plan(path: Path) -> ActionPlan:
    """The plan in a .json, .docx or .xlsx that cqcplan wrote (with what a lead typed in it, as the
    next version if anything was typed), or the latest version in its plan store; NotAPlan (exit 15) for anything else, StoreError (18) for a damaged or newer store."""
    from .living import next_version
    from .readback import read_plan
    from .store import is_store, plan_versions

    path = Path(path)
    if not path.is_file():
        raise InputNotFound(f"no such plan file: {path}")
    if is_store(path):
        return plan_versions(path)[-1]
    if path.suffix.lower() == ".json":
        try:
            return ActionPlan.model_validate_json(path.read_bytes())
        except (ValidationError, ValueError) as exc:
            raise NotAPlan(f"{path}: not a plan cqcplan drafted ({type(exc).__name__}); give the .docx, .xlsx or "
                           "--format json file that `cqcplan draft` wrote") from None
    reading = read_plan(path)
    plan, changes, _ = next_version(reading, date.today())
    if not changes:  # nothing typed since it was written: it is still that version, of that date
        return plan.model_copy(update={"version": reading.source.version, "date": reading.source.date})
    return plan
