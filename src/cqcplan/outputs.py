"""Where `draft -o` puts a plan, decided from what `-o` names, before any report is read.

People type `-o plans/`, `-o plan.xlsx` or nothing and expect, respectively, a file inside
that folder, an xlsx, and a plan beside the report. So: an existing folder, a name ending
in a slash or a name without an extension is a folder (made if missing) that gets
`<report>-action-plan.<ext>`; a file name's extension picks its format, and an extension
that is no output format is an error rather than `x.pdf.docx`. Every file the draft would
write is checked up front, so an existing plan is refused before minutes of reading.
"""

import os
from collections.abc import Sequence
from pathlib import Path

from .errors import BadOption, OutputExists, OutputNotWritable
from .io import OUTPUT_FORMATS

PLAN_SUFFIX = "-action-plan"


def names_folder(out: str | os.PathLike) -> bool:
    """`-o` names a folder: it is one, ends in a slash, or has no extension to name a format."""
    text = os.fspath(out)
    return text.endswith(("/", os.sep)) or Path(text).is_dir() or not Path(text).suffix


def plan_targets(report: Path, out: str | os.PathLike | None, formats: Sequence[str] | None) -> tuple[Path, tuple[str, ...]]:
    """The plan's first file and every format to write, from the report, `-o` and `--format`.

    `formats` is None when the user gave no `--format`: then `-o`'s extension, or docx.
    """
    chosen = list(formats or ())
    if out is None or names_folder(out):
        folder = Path(report).parent if out is None else Path(out)
        chosen = chosen or ["docx"]
        return folder / f"{Path(report).stem}{PLAN_SUFFIX}.{chosen[0]}", tuple(dict.fromkeys(chosen))
    path = Path(out)
    ext = path.suffix.lower().lstrip(".")
    if ext not in OUTPUT_FORMATS:
        raise BadOption(f"-o {path.name}: .{ext} is not a plan format; end the name in "
                        f"{', '.join('.' + f for f in OUTPUT_FORMATS)}, or name a folder ending in /")
    return path, tuple(dict.fromkeys([ext, *chosen]))


def files_for(first: Path, formats: Sequence[str]) -> list[Path]:
    """Each file a plan is written as: `first` with each format's extension (as render names them)."""
    return [first.with_suffix(f".{fmt}") for fmt in formats]


def refuse_existing(paths: Sequence[Path], force: bool) -> None:
    """Exit 8 (or 12 for a folder in the way) now, not after the report has been read."""
    for path in paths:
        if path.is_dir():
            raise OutputNotWritable(f"cannot write {path}: it is a folder")
        if not force and (path.exists() or path.is_symlink()):
            raise OutputExists(f"{path} exists (use --force to overwrite)")


def batch_folder(out: str | os.PathLike | None, default: Path) -> Path:
    """Several reports make several plans, so `-o` must name a folder."""
    if out is None:
        return default
    if not names_folder(out):
        raise BadOption(f"-o {Path(out).name}: several reports make several plans; name a folder (e.g. plans/)")
    return Path(out)


def brief_target(out: str | os.PathLike, default_name: str, suffixes: Sequence[str] = (".docx",)) -> Path:
    """said-did and publish: a folder gets `default_name` inside it; a file must end in one of `suffixes`
    (said-did writes Word only, publish Word or PDF)."""
    if names_folder(out):
        return Path(out) / default_name
    if Path(out).suffix.lower() not in suffixes:
        raise BadOption(f"-o {Path(out).name}: this writes {' or '.join(suffixes)}; end the name in one of them, "
                        "or name a folder ending in /")
    return Path(out)
