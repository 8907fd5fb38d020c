"""Versioned TOML vocabularies (headings, regulations, cues), shipped as package data.

Each consumer validates a file into its own pydantic model through `load`, so a typo
in a vocab or user config file is one `ConfigError` line at load time, never a
tomllib traceback or a silent miss later.
"""

import tomllib
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from cqcplan.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


def load(model: type[M], source: str | Path) -> M:
    """Read and validate one vocab file: a str names a packaged file, a Path a user's file."""
    label = str(source)
    try:
        raw = _read(source)
        return model.model_validate(tomllib.loads(raw))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{label}: cannot read ({exc.__class__.__name__})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: not valid TOML ({exc})") from exc
    except ValidationError as exc:
        raise ConfigError(f"{label}: {_first_error(exc)}") from exc


def _read(source: str | Path) -> str:
    if isinstance(source, Path):
        return source.read_text(encoding="utf-8")
    return files(__name__).joinpath(source).read_text(encoding="utf-8")


def _first_error(exc: ValidationError) -> str:
    """One line is enough to find the typo; the rest usually follow from it."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "top level"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {error['msg']}{more}"
