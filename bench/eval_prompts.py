"""Do the plan's A/B/C prompts fit the statements they sit under? Judged by a reader who did not write them.

    python bench/eval_prompts.py export PLAN.json [PLAN.json ...] -o items.jsonl
    python bench/eval_prompts.py score items.jsonl verdicts.jsonl

`export` takes plans written by `cqcplan draft --format json` (for reports no prompt was written
against) and writes one line per action: its CQC wordings and its prompts (A change the process,
B communicate / train, C audit, E the evidence that would show it), nothing else, so a reader
judges from what a lead would see. The reader writes one line per item: {"id": ..., "a": true|false,
"b": ..., "c": ..., "e": ..., "note": "..."}, true when the line is on the statement's topic and a
lead could start from it. `score` prints the share of prompt lines and of whole actions that fit
(an action fits when all four lines do), and lists the misfits with the reader's notes.
"""

import argparse
import json
from pathlib import Path

LINES = {"a": "change", "b": "communicate", "c": "audit", "e": "evidence"}


def export(plans: list[Path], out: Path) -> int:
    items = []
    for path in plans:
        plan = json.loads(path.read_text(encoding="utf-8"))
        for action in plan["actions"]:
            prompts = {**action["scaffold"], "evidence": action["evidence"]}
            items.append({"id": f"{path.stem}:{action['uid'] or action['ref']}",
                          "statements": [w["text"] for w in action["wordings"]],
                          **{key: prompts[field] for key, field in LINES.items()}})
    out.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return len(items)


def load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows}


def score(items_path: Path, verdicts_path: Path) -> None:
    items, verdicts = load(items_path), load(verdicts_path)
    judged = [i for i in items if i in verdicts]
    if not judged:
        raise SystemExit("no item of the export has a verdict")
    lines = [verdicts[i][key] for i in judged for key in LINES]
    whole = [all(verdicts[i][key] for key in LINES) for i in judged]
    print(f"actions judged {len(judged)} of {len(items)}")
    print(f"prompt lines that fit  {sum(lines)}/{len(lines)} = {sum(lines) / len(lines):.3f}")
    print(f"actions whose A, B, C and E all fit  {sum(whole)}/{len(whole)} = {sum(whole) / len(whole):.3f}  (aim 0.95)")
    for i in judged:
        bad = [key.upper() for key in LINES if not verdicts[i][key]]
        if bad:
            print(f"\n{i}  misfit {'/'.join(bad)}: {verdicts[i].get('note', '')}")
            print(f"  statement: {items[i]['statements'][0][:160]}")
            for key in LINES:
                if not verdicts[i][key]:
                    print(f"  {key.upper()}: {items[i][key][:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("plans", nargs="+", type=Path)
    ex.add_argument("-o", type=Path, required=True)
    sc = sub.add_parser("score")
    sc.add_argument("items", type=Path)
    sc.add_argument("verdicts", type=Path)
    args = parser.parse_args()
    if args.command == "export":
        print(f"{export(args.plans, args.o)} actions written to {args.o}")
    else:
        score(args.items, args.verdicts)


if __name__ == "__main__":
    main()
