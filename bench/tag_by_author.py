"""Score tagging on every outside author's labelled set, per author and pooled, with any part that
learns from labels scored leave-one-author-out: the precedent model (pipeline/precedent.py) is
trained on the other fifteen sets for each set it scores, so no figure counts a set the model has seen.

    python bench/tag_by_author.py [--root /work/blind]
    python bench/tag_by_author.py --warm BASE.json     # the warm start, each later set left out in turn

With --warm: for each set of `LATER`, the cue rules alone, the model BASE (the sixteen-author model
as shipped before the warm start: `git show de8fcc6:vocab/precedent.json > base.json`), and BASE
updated by warm start on the other later sets (`train_precedent.train` with `start`).

Columns per author: statements; the cue rules alone (strict key question / counting the author's
second choice / labelled regulation found / statements given a regulation the author did not
label / regulation numbers given per statement / the author's key question among the tagger's
first and second choice / statements offered a second choice); the same with the precedent model
trained without that author. The cue rules themselves were tuned by hand, round by round, on every
set here (README and bench/HISTORY.md, measured figures), so their figures are development figures, not fresh ones;
only the learned parts' held-out figures say how a new author would fare.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_tag_set import Score, score  # noqa: E402
from train_precedent import LATER, labelled, train  # noqa: E402

from cqcplan.pipeline import precedent  # noqa: E402


def _cells(result: Score) -> str:
    strict, either, regs = result.figures()
    return (f"{strict:.3f}  {either:.3f}  {regs:.3f}  {result.regs_extra:3d}  {result.regs_given / result.n:.2f}  "
            f"{result.in_two / result.n:.3f}  {result.offered:3d}")


def warm_held_out(root: Path, base: precedent.Model) -> None:
    """Each later set scored by the rules alone, by `base`, and by `base` warm-started on the others."""
    sets = labelled(root, LATER)
    print(f"{'author':8} {'n':>4}   strict / second / regs: rules alone | base | warm start without it")
    try:
        for name, statements in sets.items():
            labels = {s["id"]: s["label"] for s in statements}
            cells = []
            for model in (None, base, train([e for other, rows in sets.items() if other != name for e in rows], base)):
                precedent.use(model)
                cells.append("  ".join(f"{x:.3f}" for x in score(statements, labels).figures()))
            print(f"{name:8} {len(statements):4d}   " + " | ".join(cells))
    finally:
        precedent.use_shipped()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("/work/blind"))
    parser.add_argument("--warm", type=Path, metavar="BASE", help="score the warm start from this model file")
    args = parser.parse_args()
    root = args.root
    if args.warm:
        warm_held_out(root, precedent.Model.from_json(json.loads(args.warm.read_text(encoding="utf-8"))))
        return
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
