"""Score tagging on every outside author's labelled set, per author and pooled, with any part that
learns from labels scored leave-one-author-out: the precedent model (pipeline/precedent.py) is
trained on the other ten sets for each set it scores, so no figure counts a set the model has seen.

    python bench/tag_by_author.py [--root /work/blind]

Columns per author: statements; the cue rules alone (strict key question / counting the author's
second choice / labelled regulation found / statements given a regulation the author did not
label); the same with the precedent model trained without that author. The cue rules themselves
were tuned by hand, round by round, on every set here except Y and Z (README, measured figures),
so their figures on the other nine are development figures, not fresh ones.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_tag_set import Score, score  # noqa: E402
from train_precedent import labelled, train  # noqa: E402

from cqcplan.pipeline import precedent  # noqa: E402


def _cells(result: Score) -> str:
    strict, either, regs = result.figures()
    return f"{strict:.3f}  {either:.3f}  {regs:.3f}  {result.regs_extra:3d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("/work/blind"))
    root = parser.parse_args().root
    sets = labelled(root)
    header = "strict  second  regs  extra"
    print(f"{'author':8} {'n':>4}   rules: {header}   held-out precedent: {header}")
    pooled_rules, pooled_held = Score(), Score()
    try:
        for name, statements in sets.items():
            labels = {s["id"]: s["label"] for s in statements}
            precedent.use(None)
            rules = score(statements, labels)
            precedent.use(train([e for other, rows in sets.items() if other != name for e in rows]))
            held = score(statements, labels)
            pooled_rules, pooled_held = pooled_rules + rules, pooled_held + held
            print(f"{name:8} {rules.n:4d}          {_cells(rules)}                        {_cells(held)}")
    finally:
        precedent.use_shipped()
    print(f"{'pooled':8} {pooled_rules.n:4d}          {_cells(pooled_rules)}                        "
          f"{_cells(pooled_held)}")


if __name__ == "__main__":
    main()
