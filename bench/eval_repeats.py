"""Repeats against the previous inspection, measured on labelled pairs of reports of one provider.

    python bench/eval_repeats.py PAIR_DIR [PAIR_DIR ...]

PAIR_DIR holds old.pdf, new.pdf and labels.json (written by someone who never saw the tool's marks):
{"old": [{"id", "kind", "text", "page"}], "new": [...], "repeats": [[new_id, old_id], ...],
 "not_repeats_lookalike": [[new_id, old_id], ...]}. The new report is read against the old one as
`cqcplan draft new.pdf --previous old.pdf` reads it; each labelled new statement is matched to the
finding with the same collapsed text, and its `repeat_of` to the old statement with the same text.
Prints repeats found (right old statement), marked "Check", missed, and marks on statements that
repeat nothing (split into labelled look-alikes and others): the issue asks for none invented
across different issues, a doubtful one marked "Check" rather than hidden.
"""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from cqcplan import api


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def score(pair: Path) -> Counter:
    labels = json.loads((pair / "labels.json").read_text(encoding="utf-8"))
    new = api.against_previous(api.extract_report(pair / "new.pdf"), [api.extract_report(pair / "old.pdf")])
    old_id = {collapse(s["text"]): s["id"] for s in labels["old"]}
    marks = {collapse(f.text): f.repeat_of for f in new.findings}
    repeats = dict(labels["repeats"])
    lookalike = {a: b for a, b in labels["not_repeats_lookalike"]}
    counts = Counter()
    for s in labels["new"]:
        text = collapse(s["text"])
        if text not in marks:
            counts["not extracted"] += 1
            print(f"  {pair.name}: {s['id']} not extracted")
            continue
        mark = marks[text]
        said = old_id.get(collapse(mark.text), "?") if mark else None
        if s["id"] in repeats:
            counts["repeats"] += 1
            if said == repeats[s["id"]]:
                counts["found"] += 1
                counts["found, marked Check"] += mark.review
            else:
                counts["missed"] += 1
                print(f"  {pair.name}: missed {s['id']} (repeats {repeats[s['id']]}; marked {said})")
        elif mark:
            kind = "look-alike" if s["id"] in lookalike else "other"
            counts[f"invented ({kind})"] += 1
            counts[f"invented ({kind}), marked Check"] += mark.review
            print(f"  {pair.name}: {s['id']} marked as repeating {said} ({kind}{', Check' if mark.review else ''})")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", type=Path)
    args = parser.parse_args()
    total = Counter()
    for pair in args.pairs:
        total.update(score(pair))
    for key in ("repeats", "found", "found, marked Check", "missed", "invented (look-alike)",
                "invented (look-alike), marked Check", "invented (other)", "invented (other), marked Check",
                "not extracted"):
        print(f"{key:<40} {total[key]}")


if __name__ == "__main__":
    main()
