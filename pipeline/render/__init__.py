"""Write an `ActionPlan` as .docx (default), .xlsx, .csv and/or .json, all or nothing.

`render(plan, out, formats)` names every file after `out` with the format's suffix
(plan.docx → plan.xlsx, plan.csv …; a folder gets action_plan.*), refuses to replace
an existing file unless `force`, and writes the set atomically through
`cqcplan.io.atomic_write_all`: a failure in any format leaves nothing new behind.
"""

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from ...io import OUTPUT_FORMATS, atomic_write_all
from ...models.plan import ActionPlan

from ..identity import ensure_ids
from .docx import write_docx

DEFAULT_NAME = "action_plan"


def render(
    plan: ActionPlan,
    out: Path,
    formats: Sequence[str] = ("docx",),
    template: Path | None = None,
    force: bool = False,
) -> list[Path]:
    """Write the plan in each format; returns the paths written, in `formats` order."""
    chosen = list(dict.fromkeys(f.lower().lstrip(".") for f in formats))
    unknown = [f for f in chosen if f not in OUTPUT_FORMATS]
    if unknown or not chosen:
        raise ValueError(f"unknown output format(s) {unknown or formats}; choose from {', '.join(OUTPUT_FORMATS)}")
    plan = ensure_ids(plan)  # every format carries the same stable ids
    base = _base(Path(out))
    writers = {base.with_name(f"{base.name}.{fmt}"): _writer(fmt, plan, template) for fmt in chosen}
    return atomic_write_all(writers, force=force)


def _base(out: Path) -> Path:
    """plan.docx → plan; a folder → folder/action_plan; other names are kept whole."""
    if out.is_dir():
        return out / DEFAULT_NAME
    return out.with_suffix("") if out.suffix.lower().lstrip(".") in OUTPUT_FORMATS else out


def _writer(fmt: str, plan: ActionPlan, template: Path | None) -> Callable[[Path], None]:
    if fmt == "docx":
        return partial(write_docx, plan, template=template)
    if fmt == "json":
        return partial(write_json, plan)
    from . import tables  # openpyxl takes a tenth of a second to import; a Word-only draft needs none of it

    return partial(tables.write_xlsx if fmt == "xlsx" else tables.write_csv, plan)


def write_json(plan: ActionPlan, path: Path) -> None:
    path.write_text(plan.model_dump_json(indent=2), encoding="utf-8")
