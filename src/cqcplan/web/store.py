"""Each visitor's files in a temporary folder of their own, named by the server, removed afterwards.

A visitor is known by a random id in a signed cookie; their folder is `<root>/<id>`, where
the id is checked to be one this server made (`secrets.token_hex`), so no string a visitor
sends ever becomes part of a path. Folders idle for `IDLE_SECONDS` are removed on the next
request, "Start again" removes one at once, and the whole root goes when the server stops.
"""

import re
import secrets
import shutil
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from .review import Review

IDLE_SECONDS = 2 * 3600
_ID = re.compile(r"[0-9a-f]{32}")


class Store:
    def __init__(self, root: Path | None = None):
        self.root = Path(root or tempfile.mkdtemp(prefix="cqcplan-serve-"))
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def new_id(self) -> str:
        visitor = secrets.token_hex(16)
        (self.root / visitor).mkdir(mode=0o700)
        return visitor

    def folder(self, visitor: str | None) -> Path | None:
        """The visitor's folder, or None for an id this server did not make (or has removed)."""
        if not visitor or not _ID.fullmatch(visitor):
            return None
        path = self.root / visitor
        return path if path.is_dir() else None

    @contextmanager
    def locked(self, visitor: str):
        """One change at a time per visitor (two tabs, a double click); visitors never wait for each other."""
        with self._guard:
            lock = self._locks.setdefault(visitor, threading.Lock())
        with lock:
            yield

    def load(self, visitor: str) -> Review | None:
        folder = self.folder(visitor)
        state = folder / "review.json" if folder else None
        if state is None or not state.is_file():
            return None
        return Review.model_validate_json(state.read_text(encoding="utf-8"))

    def save(self, visitor: str, review: Review) -> None:
        folder = self.folder(visitor)
        if folder is None:
            raise LookupError("Your session has ended; please upload the reports again.")
        staged = folder / "review.json.tmp"
        staged.write_text(review.model_dump_json(), encoding="utf-8")
        staged.replace(folder / "review.json")

    def remove(self, visitor: str | None) -> None:
        folder = self.folder(visitor)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
        with self._guard:
            self._locks.pop(visitor or "", None)

    def sweep(self, now: float | None = None) -> None:
        """Remove folders nobody has used for IDLE_SECONDS."""
        now = time.time() if now is None else now
        for path in self.root.iterdir():
            try:
                idle = now - path.stat().st_mtime
            except FileNotFoundError:  # removed meanwhile by its visitor
                continue
            if _ID.fullmatch(path.name) and idle > IDLE_SECONDS:
                self.remove(path.name)

    def touch(self, visitor: str) -> None:
        folder = self.folder(visitor)
        if folder:
            folder.touch()

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
