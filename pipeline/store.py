"""The plan store: every version of one plan, in an SQLite file beside it (standard library).

One store holds one plan (its `plan_id`, fixed by the report(s) it answers), so a plan from
another report is refused rather than mixed in. Each version keeps the whole plan as
written (its approval on the cover included), what changed per action and the checks at the time. `PRAGMA user_version` is the
schema number: a store from a newer cqcplan is refused before anything is written.
Writing is one transaction, committed only after the plan file is in place.
"""

import json
import sqlite3
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from ..errors import InputNotFound, PlanMismatch, StoreError
from ..models.living import Check, FieldChange, VersionRecord
from ..models.plan import ActionPlan, Approval, Review

SCHEMA = 1
SUFFIX = ".cqcplan-store.sqlite"
ID_CHARS = 8  # of the plan's id in a store's default name: 4 billion to one against two reports sharing one
TABLES = """
CREATE TABLE IF NOT EXISTS plan (plan_id TEXT PRIMARY KEY, reports TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS version (
    id INTEGER PRIMARY KEY, plan_id TEXT NOT NULL, version TEXT NOT NULL, date TEXT NOT NULL,
    recorded_at TEXT NOT NULL, file TEXT NOT NULL, plan_json TEXT NOT NULL, checks_json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS change (
    version_id INTEGER NOT NULL REFERENCES version(id), uid TEXT NOT NULL, ref TEXT NOT NULL,
    field TEXT NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL);
"""


def default_store(plan_file: Path, plan: ActionPlan) -> Path:
    """Beside the plan, named after the report it answers (a combined plan: "combined") and the
    start of the plan's id, which the reports' contents fix: `report-1a2b3c4d.cqcplan-store.sqlite`,
    so two different reports of one file name never share a store. A store an earlier cqcplan named
    after the report alone (`report.cqcplan-store.sqlite`) is still used while it keeps this plan."""
    stem = Path(plan.reports[0].file).stem if len(plan.reports) == 1 else "combined"
    earlier = Path(plan_file).with_name(f"{stem}{SUFFIX}")
    if not plan.plan_id:
        return earlier
    named = Path(plan_file).with_name(f"{stem}-{plan.plan_id[:ID_CHARS]}{SUFFIX}")
    if not named.exists() and earlier.exists() and _may_keep(earlier, plan):
        return earlier
    return named


def _may_keep(path: Path, plan: ActionPlan) -> bool:
    """False only when the store at `path` clearly keeps another plan; a store that cannot be read
    is used, so that its own error is what the user sees."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT plan_id FROM plan").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return True
    return row is None or row[0] == plan.plan_id


@contextmanager
def opened(path: Path, plan: ActionPlan, *, create: bool):
    """A connection checked for schema and identity; `create` makes a new store if there is none."""
    path = Path(path)
    if not path.exists() and not create:
        raise InputNotFound(f"no plan store at {path} (cqcplan update creates it; or give --store)")
    connection = _connect(path)
    try:
        _check_schema(connection, path)
        _check_identity(connection, path, plan)
        yield connection
    finally:
        connection.close()


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA user_version").fetchone()
        return connection
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a cqcplan plan store, or damaged ({exc})") from exc


def _check_schema(connection: sqlite3.Connection, path: Path) -> None:
    try:
        found = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a cqcplan plan store, or damaged ({exc})") from exc
    if found > SCHEMA:
        raise StoreError(f"{path}: plan store from a newer cqcplan (schema {found}; this one reads {SCHEMA}); upgrade")
    if tables and not {"plan", "version", "change"} <= tables:
        raise StoreError(f"{path}: an SQLite file that is not a cqcplan plan store")


def _check_identity(connection: sqlite3.Connection, path: Path, plan: ActionPlan) -> None:
    try:
        row = connection.execute("SELECT plan_id, reports FROM plan").fetchone()
    except sqlite3.OperationalError:  # a new, empty store
        return
    if row and row[0] != plan.plan_id:
        kept = (f"another plan, for a different report also named {row[1]}" if row[1] == _reports(plan)
                else f"the plan for {row[1]}, not this plan ({_reports(plan)})")
        raise PlanMismatch(f"{path} keeps {kept}; give this plan its own store with --store")


def _reports(plan: ActionPlan) -> str:
    return ", ".join(r.file for r in plan.reports)


def begin(connection: sqlite3.Connection, plan: ActionPlan) -> None:
    """Start the transaction that records a version (commit with `connection.execute("COMMIT")`)."""
    connection.execute("BEGIN IMMEDIATE")
    for statement in TABLES.strip().split(";\n"):
        if statement.strip():
            connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {SCHEMA}")
    connection.execute("INSERT OR IGNORE INTO plan VALUES (?, ?, ?)",
                       (plan.plan_id, _reports(plan), datetime.now().isoformat(timespec="seconds")))


def record(connection: sqlite3.Connection, plan: ActionPlan, file: str, changes: list[FieldChange],
           checks: list[Check]) -> None:
    cursor = connection.execute(
        "INSERT INTO version (plan_id, version, date, recorded_at, file, plan_json, checks_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (plan.plan_id, plan.version, plan.date.isoformat(), datetime.now().isoformat(timespec="seconds"), file,
         plan.model_dump_json(), json.dumps([c.model_dump() for c in checks])))
    connection.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?)",
                           [(cursor.lastrowid, c.uid, c.ref, c.field, c.old, c.new) for c in changes])


def newest(connection: sqlite3.Connection) -> tuple[ActionPlan, str, set[str]] | None:
    """The last version kept (its plan and file) and every version number kept; None for an empty store."""
    try:
        numbers = {r[0] for r in connection.execute("SELECT version FROM version")}
        row = connection.execute("SELECT plan_json, file FROM version ORDER BY id DESC LIMIT 1").fetchone()
        return (ActionPlan.model_validate_json(row[0]), row[1], numbers) if row else None
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise StoreError(f"plan store is damaged ({type(exc).__name__})") from exc


def dated_before(connection: sqlite3.Connection, plan: ActionPlan) -> Check | None:
    """A warning when `plan` is dated before the last version the store keeps (an update run with an
    earlier --today, or a clock set wrong): both are kept, and the board's charts follow the order saved."""
    try:
        row = connection.execute("SELECT version, date FROM version ORDER BY id DESC LIMIT 1").fetchone()
        last = (row[0], date.fromisoformat(row[1])) if row else None
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise StoreError(f"plan store is damaged ({exc})") from exc
    if last is None or plan.date >= last[1]:
        return None
    from .render.text import uk_date  # the render package only when there is something to say

    return Check(code="date-before-last-version", severity="warning",
                 message=f"version {plan.version} is dated {uk_date(plan.date)}, before version {last[0]} "
                         f"({uk_date(last[1])}) kept in the plan store; both are kept")


def versions(connection: sqlite3.Connection) -> list[VersionRecord]:
    try:
        rows = connection.execute(
            "SELECT id, version, date, recorded_at, file, checks_json, plan_json FROM version ORDER BY id").fetchall()
        records = []
        for vid, version, day, at, file, checks, plan in rows:
            changes = connection.execute("SELECT uid, ref, field, old, new FROM change WHERE version_id = ? "
                                         "ORDER BY rowid", (vid,)).fetchall()
            records.append(VersionRecord(
                version=version, date=date.fromisoformat(day), recorded_at=datetime.fromisoformat(at), file=file,
                changes=[FieldChange(uid=u, ref=r, field=f, old=o, new=n) for u, r, f, o, n in changes],
                checks=[Check.model_validate(c) for c in json.loads(checks)],
                approval=Approval.model_validate(json.loads(plan).get("approval") or {})))
        return records
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise StoreError(f"plan store is damaged ({exc})") from exc


def reviews(connection: sqlite3.Connection) -> list[Review]:
    """Each stored version's progress row (BRAG, open, closed), oldest first, from the plan it kept."""
    try:
        rows = connection.execute("SELECT plan_json FROM version ORDER BY id").fetchall()
        return [ActionPlan.model_validate_json(plan_json).review() for (plan_json,) in rows]
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise StoreError(f"plan store is damaged ({type(exc).__name__})") from exc


SQLITE_MAGIC = b"SQLite format 3\x00"
STORE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def is_store(path: Path) -> bool:
    """A plan store by its content (SQLite's header) or its name; the caller has checked it is a file."""
    with Path(path).open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head == SQLITE_MAGIC or Path(path).suffix.lower() in STORE_SUFFIXES


def plan_versions(path: Path) -> list[ActionPlan]:
    """Every version's plan in a store, oldest first, read without writing to it (draft
    --previous-plan); StoreError (exit 18) for a newer, damaged, empty or foreign file."""
    path = Path(path)
    if not path.is_file():
        raise InputNotFound(f"no such plan store: {path}")
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: not a cqcplan plan store, or damaged ({exc})") from exc
    try:
        _check_schema(connection, path)
        rows = connection.execute("SELECT plan_json FROM version ORDER BY id").fetchall()
        plans = [ActionPlan.model_validate_json(row[0]) for row in rows]
    except (sqlite3.Error, ValueError) as exc:  # pydantic's ValidationError is a ValueError
        raise StoreError(f"{path}: not a cqcplan plan store, or damaged ({type(exc).__name__})") from exc
    finally:
        connection.close()
    if not plans:
        raise StoreError(f"{path}: a plan store with no version recorded yet (cqcplan update records them)")
    return plans
