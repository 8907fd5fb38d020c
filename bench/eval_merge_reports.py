"""Merging measured on whole reports: a labelled report, or a trust's core-service reports read as one batch.

    python bench/eval_merge_reports.py LABELS.json [LABELS.json ...] [--threshold T]

LABELS.json (written by someone who never saw the tool's merges) sits beside the reports:
{"statements": [{"id", "file", "kind", "text", "page"}], "groups": [[id, ...], ...],
 "lookalikes": [[id, id], ...]}: each group is one problem a consultant wants as one action;
a look-alike pair shares an object but asks something else, and must stay apart.
Each label file's reports are extracted, merged as `cqcplan draft FOLDER` merges a provider's
reports, and every labelled statement is matched to the finding with the same collapsed text
in the same file. Prints, per label file and pooled, same-issue pairs merged (recall),
merged pairs that are same-issue (precision), F1, and look-alike pairs merged, within one
report and across reports apart (the issue's bar: F1 >= 0.85, look-alikes <= 2%).
"""

import argparse
import itertools
import json
import re
from collections import Counter
from pathlib import Path

from cqcplan import api


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def action_of(labels: dict, root: Path, threshold: float | None) -> tuple[dict[str, str], list[str]]:
    """Each labelled statement's action ref, and the labelled ids the tool did not extract."""
    files = sorted({s["file"] for s in labels["statements"]})
    reports = [api.extract_report(root / name) for name in files]
    extraction = api.to_extraction(reports, threshold=threshold)
    by_finding = {f: a.ref for a in extraction.actions for f in a.findings}
    # several reports' finding ids carry the report's number ("R2-F3"); their file names may be alike
    file_of = {f"R{n}-{f.id}" if len(files) > 1 else f.id: name
               for n, (report, name) in enumerate(zip(reports, files), 1) for f in report.findings}
    found = {(file_of[f.id], collapse(f.text)): by_finding[f.id] for f in extraction.findings}
    refs, missing = {}, []
    for s in labels["statements"]:
        key = (s["file"], collapse(s["text"]))
        if key in found:
            refs[s["id"]] = found[key]
        else:
            missing.append(s["id"])
    return refs, missing


def pair_counts(labels: dict, refs: dict[str, str]) -> Counter:
    """Counts of same-issue, merged and look-alike pairs, split by within / across reports."""
    file_of = {s["id"]: s["file"] for s in labels["statements"]}
    group_of = {i: n for n, group in enumerate(labels["groups"]) for i in group}
    counts = Counter()
    for a, b in itertools.combinations(sorted(refs), 2):
        where = "within" if file_of[a] == file_of[b] else "across"
        same = a in group_of and group_of[a] == group_of.get(b)
        merged = refs[a] == refs[b]
        counts[where, "same"] += same
        counts[where, "merged"] += merged
        counts[where, "both"] += same and merged
    for a, b in labels["lookalikes"]:
        if a in refs and b in refs:
            where = "within" if file_of[a] == file_of[b] else "across"
            counts[where, "lookalike"] += 1
            counts[where, "lookalike_merged"] += refs[a] == refs[b]
    return counts


def errors(labels: dict, refs: dict[str, str]) -> list[str]:
    """Merged pairs that are not one issue (look-alikes marked), and one-issue pairs left apart."""
    group_of = {i: n for n, group in enumerate(labels["groups"]) for i in group}
    looks = {frozenset(pair) for pair in labels["lookalikes"]}
    out = []
    for a, b in itertools.combinations(sorted(refs), 2):
        same, merged = a in group_of and group_of[a] == group_of.get(b), refs[a] == refs[b]
        if merged and not same:
            out.append(f"  wrongly merged{' (look-alike)' if frozenset((a, b)) in looks else ''}: {a} + {b}")
        elif same and not merged:
            out.append(f"  left apart: {a} + {b}")
    return out


def show(name: str, counts: Counter) -> None:
    for where in ("within", "across", "all"):
        get = (lambda key: counts["within", key] + counts["across", key]) if where == "all" else \
              (lambda key, w=where: counts[w, key])
        same, merged, both = get("same"), get("merged"), get("both")
        recall = both / same if same else float("nan")
        precision = both / merged if merged else float("nan")
        f1 = 2 * both / (same + merged) if same + merged else float("nan")
        looks, wrong = get("lookalike"), get("lookalike_merged")
        print(f"{name:<28} {where:<7} same-issue pairs {same:>4}  merged {merged:>4}  recall {recall:.3f}  "
              f"precision {precision:.3f}  F1 {f1:.3f}  look-alikes merged {wrong}/{looks}"
              + (f" = {wrong / looks:.1%}" if looks else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="+", type=Path)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--errors", action="store_true", help="list wrong merges and same-issue pairs left apart")
    args = parser.parse_args()
    pooled = Counter()
    for path in args.labels:
        labels = json.loads(path.read_text(encoding="utf-8"))
        refs, missing = action_of(labels, path.parent, args.threshold)
        if missing:
            print(f"{path}: {len(missing)} labelled statements not extracted (left out): {', '.join(missing)}")
        counts = pair_counts(labels, refs)
        pooled.update(counts)
        show(path.parent.name, counts)
        if args.errors:
            print("\n".join(errors(labels, refs)))
    if len(args.labels) > 1:
        show("pooled", pooled)
    print("bar (issue 12): F1 >= 0.85, look-alikes merged <= 2%")


if __name__ == "__main__":
    main()
