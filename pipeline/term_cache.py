"""A cache file for work derived only from the shipped vocabulary, in the user's cache
folder ($XDG_CACHE_HOME/cqcplan, else ~/.cache/cqcplan).

Named by a hash of the inputs, the vocab files and the code that derives from them, so
it is never stale; written to a temporary name and renamed, so never half-written; and
optional: any failure to read or write it falls back to doing the work.
"""

import hashlib
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path


def cached(kind: str, inputs: list[str], compute: Callable[[], list]) -> list:
    path = _folder() / f"{kind}-{_key(inputs)}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    result = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(json.dumps(result), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass
    return result


def _folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cqcplan"


def _key(inputs: list[str]) -> str:
    digest = hashlib.sha256(_code_and_vocab())
    digest.update(json.dumps(inputs).encode())
    return digest.hexdigest()[:24]


@cache
def _code_and_vocab() -> bytes:
    """The vocab files, the code that derives terms from them, and spaCy's version (its tokeniser)."""
    from importlib.metadata import version
    from importlib.resources import files

    here = Path(__file__).resolve().parent
    vocab = sorted((p for p in files("cqcplan.vocab").iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)
    digest = hashlib.sha256(version("spacy").encode())
    for item in [*vocab, here / "terms.py", here / "text.py"]:
        digest.update(item.name.encode() + item.read_bytes())
    return digest.digest()
