"""Score tagging on an outside author's labelled set: one action per statement, as in an "Areas for
improvement" list with no section heading, against the author's key question (strict, and counting
their defensible second choice `kq_also`) and the regulation numbers they label.

    python bench/eval_tag_set.py SETDIR     # SETDIR holds statements.jsonl and labels.jsonl

statements.jsonl: {"id", "kind", "service", "text"}; labels.jsonl: {"id", "kq", "kq_also", "category",
"regulation": ["12", "REG2009-18", ...]}. Prints the three figures, then every key-question miss.
"""

import argparse
import json
import re
from pathlib import Path

from cqcplan import api
from cqcplan.models import Finding, ReportMeta
from cqcplan.models.report import ReportExtraction
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.tag import prepare, tag


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setdir", type=Path)
    folder = parser.parse_args().setdir
    statements = _rows(folder / "statements.jsonl")
    labels = {row["id"]: row for row in _rows(folder / "labels.jsonl")}
    prepare(None)
    findings = tag([Finding(id=f"F{i}", kind=r["kind"], text=r["text"], file="set.pdf", page=1, section="",
                            service=r.get("service")) for i, r in enumerate(statements, 1)], [])
    meta = ReportMeta(file="set.pdf", sha256="0" * 64, report_type="Inspection report", provider="Labelled set")
    plan = make_plan(api.to_extraction([ReportExtraction(meta=meta, findings=findings, notices=[])], merge=False))
    by_text = {r["text"]: r["id"] for r in statements}
    strict = either = regs_found = regs_labelled = 0
    misses = []
    for action in plan.actions:
        numbers = {n for r in action.regulations for n in re.findall(r"Regulation (\d+[A-Z]?)", r)}
        for wording in action.wordings:
            label = labels[by_text[wording.text]]
            strict += action.key_question == label["kq"]
            either += action.key_question in (label["kq"], label.get("kq_also"))
            wanted = {x.replace("REG2009-", "") for x in label["regulation"]}
            if wanted:
                regs_labelled += 1
                regs_found += wanted <= numbers
            if action.key_question != label["kq"]:
                misses.append((label["id"], label["kq"], label.get("kq_also"), action.key_question,
                               label["category"], action.theme))
    n = len(labels)
    print(f"key question {strict}/{n} = {strict / n:.3f}; counting second choices {either}/{n} = {either / n:.3f}; "
          f"labelled regulation(s) found {regs_found}/{regs_labelled} = {regs_found / max(regs_labelled, 1):.3f}")
    for miss in misses:
        print("  ", miss)


if __name__ == "__main__":
    main()
