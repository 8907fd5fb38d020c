"""Score tagging on every outside author's labelled set, per author and pooled, with any part that
learns from labels scored leave-one-author-out: the precedent model (pipeline/precedent.py) is
trained on the other fifteen sets for each set it scores, so no figure counts a set the model has seen.

    python bench/tag_by_author.py [--root /work/blind]

Columns per author: statements; the cue rules alone (strict key question / counting the author's
second choice / labelled regulation found / statements given a regulation the author did not
label / regulation numbers given per statement / the author's key question among the tagger's
first and second choice / statements offered a second choice); the same with the precedent model
trained without that author. The cue rules themselves were tuned by hand, round by round, on every
set here (README, measured figures), so their figures are development figures, not fresh ones;
only the learned parts' held-out figures say how a new author would fare.
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
    return (f"{strict:.3f}  {either:.3f}  {regs:.3f}  {result.regs_extra:3d}  {result.regs_given / result.n:.2f}  "
            f"{result.in_two / result.n:.3f}  {result.offered:3d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("/work/blind"))
    root = parser.parse_args().root
    sets = labelled(root)
    header = "strict  second  regs  extra  per  in-two  offered"
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
