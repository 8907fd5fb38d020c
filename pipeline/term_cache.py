"""A cache file for work derived only from data files (the shipped vocabulary, a user's cue
file, pyphen's dictionaries), in the user's cache folder ($XDG_CACHE_HOME/cqcplan, else
~/.cache/cqcplan). Data other than the vocab files is named in the inputs.

Named by a hash of the inputs, the vocab files, the pipeline's code, spaCy's version and
Python's, so it is never stale; written to a temporary name and renamed, so never
half-written; and optional: a file that cannot be read or decoded, or a folder that cannot
be written, falls back to doing the work. Each new file removes those of its kind not read for
`STALE_DAYS` (an upgrade's or an old cue file's), so the folder does not grow with every release.
"""

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple


class Form(NamedTuple):
    """How a cached value is written to bytes and read back (`load` raises on a damaged file)."""

    suffix: str
    dump: Callable[[Any], bytes]
    load: Callable[[bytes], Any]


STALE_DAYS = 30
JSON = Form("json", lambda value: json.dumps(value).encode(), json.loads)


def whole(dump: Callable[[Any], bytes], load: Callable[[bytes], Any]) -> Form:
    """A form whose file starts with a digest of the rest, checked before `load` reads it:
    marshal is not safe against damaged data."""
    def checked_load(data: bytes) -> Any:
        digest, body = data[:32], data[32:]
        if hashlib.sha256(body).digest() != digest:
            raise ValueError("damaged cache file")
        return load(body)

    def digested_dump(value: Any) -> bytes:
        body = dump(value)
        return hashlib.sha256(body).digest() + body

    return Form("bin", digested_dump, checked_load)


def cached(kind: str, inputs: list, compute: Callable[[], Any], form: Form = JSON) -> Any:
    path = _path(kind, inputs, form)
    try:
        value = form.load(path.read_bytes())
        os.utime(path)  # read now: not stale
        return value
    except Exception:  # noqa: BLE001 - missing, truncated or damaged: each decoder raises its own kinds
        pass
    result = compute()
    store(kind, inputs, result, form)
    return result


def store(kind: str, inputs: list, value: Any, form: Form = JSON) -> None:
    """Write `value` where `cached` reads it (a value that grows as it is used: regex_programs.py)."""
    path = _path(kind, inputs, form)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_bytes(form.dump(value))
        os.replace(temporary, path)
        _remove_stale(path.parent.glob(f"{kind}-*.{form.suffix}"))
    except OSError:
        pass


def _path(kind: str, inputs: list, form: Form) -> Path:
    return _folder() / f"{kind}-{_key(inputs)}.{form.suffix}"


def _remove_stale(paths) -> None:
    """Files not read for STALE_DAYS: left by an earlier release or a cue file no longer used."""
    cutoff = time.time() - STALE_DAYS * 86_400
    for old in paths:
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # another process removed or is replacing it


def _folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cqcplan"


def _key(inputs: list) -> str:
    digest = hashlib.sha256(_code_and_vocab())
    digest.update(json.dumps(inputs).encode())
    return digest.hexdigest()[:24]


@cache
def _code_and_vocab() -> bytes:
    """The vocab files, the pipeline code that derives from them, spaCy's version (its tokeniser)
    and Python's (its TOML parser)."""
    from importlib.metadata import version
    from importlib.resources import files

    here = Path(__file__).resolve().parent
    vocab = sorted((p for p in files("cqcplan.vocab").iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)
    digest = hashlib.sha256(version("spacy").encode() + sys.version.encode())
    for item in [*vocab, *sorted(here.glob("*.py"))]:
        digest.update(item.name.encode() + item.read_bytes())
    return digest.digest()
