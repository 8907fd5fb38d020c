"""Did a speed change change any output? Records, then compares, what every fixture report
and three generated trust reports read as (every line of every page, with its position) and
draft as (the plan as JSON).

Not a test: run it by hand around a change that should change nothing but time.
  python bench/same_output.py record /tmp/before     # on the code before the change
  python bench/same_output.py compare /tmp/before    # after: names every report that differs
Needs `pip install -e ".[fixtures]"` (reportlab builds the long reports).
"""

import hashlib
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from long_report import build  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def reports(folder: Path) -> list[Path]:
    """Every fixture report that opens without a password, and trust reports of 36, 82 and 121
    pages (built once, into the record's folder: a PDF built again carries a new date and id)."""
    fixtures = [g.parent / "report.pdf" for g in sorted(ROOT.glob("fixtures/**/gold.json"))
                if not json.loads(g.read_text()).get("password") and (g.parent / "report.pdf").exists()]
    folder.mkdir(parents=True, exist_ok=True)
    built = [folder / f"trust-{n}.pdf" for n in (40, 76, 120)]
    return fixtures + [path if path.exists() else build(path, int(path.stem[6:])) for path in built]


def outputs(path: Path, work: Path) -> dict[str, str]:
    """The close read's lines (a digest: they are long) and the draft's JSON plan (whole, for a diff)."""
    from cqcplan import api
    from cqcplan.errors import CqcplanError
    from cqcplan.pipeline.read import start_read

    got: dict[str, str] = {}
    for workers in (1, 2):
        try:
            doc = start_read(path, sha256="", workers=workers)()
            got[f"read, {workers} process(es)"] = hashlib.sha256(doc.model_dump_json().encode()).hexdigest()
        except CqcplanError as exc:
            got[f"read, {workers} process(es)"] = f"{type(exc).__name__}: {exc}"
    out = work / "plan.json"
    try:
        api.draft(path, out, api.DraftOptions(formats=("json",), force=True, workers=2))
    except CqcplanError as exc:
        got["error"] = f"{type(exc).__name__}: {exc}"
    got["draft"] = out.read_text(encoding="utf-8") if out.exists() else ""
    out.unlink(missing_ok=True)
    return got


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in ("record", "compare"):
        sys.exit(__doc__)
    verb, folder = sys.argv[1], Path(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="cqcplan-same-") as tmp:
        work = Path(tmp)
        now = {str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p.name): outputs(p, work) for p in reports(folder)}
    if verb == "record":
        (folder / "outputs.json").write_text(json.dumps(now, indent=1, sort_keys=True), encoding="utf-8")
        print(f"{len(now)} reports recorded in {folder}")
        return
    before = json.loads((folder / "outputs.json").read_text(encoding="utf-8"))
    differ = [name for name in sorted(before.keys() | now.keys()) if before.get(name) != now.get(name)]
    for name in differ:
        parts = [k for k in sorted((before.get(name) or {}).keys() | (now.get(name) or {}).keys())
                 if (before.get(name) or {}).get(k) != (now.get(name) or {}).get(k)]
        print(f"DIFFERS {name}: {', '.join(parts)}")
    print(f"{len(now)} reports, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
