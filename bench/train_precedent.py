"""Train the key-question precedent model (pipeline/precedent.py) on outside authors' labelled sets
and write vocab/precedent.json.

    python bench/train_precedent.py [--root /work/blind]      # the sixteen sets of `AUTHORS`
    python bench/train_precedent.py --warm                    # the shipped model updated on `LATER`

A multinomial logistic regression (numpy, full-batch gradient descent, L2) over each
statement's stemmed words and word pairs seen in at least two statements (over the same
features, one yes/no regression per regulation the authors cited), and each cue's
track record: on every training statement the cue rules alone choose a key question, and the
rule that chose it is credited when the author agrees. bench/tag_by_author.py calls `train`
with fifteen sets to score the sixteenth.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from cqcplan.models import Finding
from cqcplan.pipeline import precedent
from cqcplan.pipeline.tag import prepare, tag

sys.path.insert(0, str(Path(__file__).parent))
from eval_tag_set import rows  # noqa: E402

# The sixteen labelled sets by sixteen outside authors the model may learn from; any set not named
# here (a fresh set kept to score the tool blind) is never read.
AUTHORS = ("setI", "setL/tags", "setO/tags", "setQ", "setR", "setS/tags", "setV", "setW/tags", "setX/tags",
           "setY", "setZ/tags", "setAD", "setAE/tags", "setAF/tags", "setAH/tags", "setAI")
MIN_STATEMENTS = 2  # a word or pair in fewer training statements is not a precedent
L2 = 0.1
STEPS = 500
RATE = 4.0
# Sets labelled after the sixteen had left this machine: the shipped model is updated on them by warm
# start (`train` with `start`), pulled toward its own weights so what the sixteen taught is kept.
LATER = ("AM", "AN", "AS")
PULL = 30.0  # the pull toward the shipped weights (per statement-sum of the loss; L2 pulls toward zero)


def labelled(root: Path, names: tuple[str, ...] = AUTHORS) -> dict[str, list[dict]]:
    """Each author's statements with their label and the cue rules' own key-question tag."""
    out = {}
    for name in names:
        folder = root / name
        labels = {r["id"]: r for r in rows(folder / "labels.jsonl")}
        statements = rows(folder / "statements.jsonl")
        out[name.split("/")[0]] = [{**s, "label": labels[s["id"]], "rule": t}
                                   for s, t in zip(statements, rules_only(statements))]
    return out


def rules_only(statements: list[dict]) -> list:
    """The key-question tag the cue rules give each statement, with no precedent model."""
    prepare(None)
    precedent.use(None)
    try:
        found = tag([Finding(id=f"F{i}", kind=s["kind"], text=s["text"], file="set.pdf", page=1, section="",
                             service=s.get("service")) for i, s in enumerate(statements, 1)], [])
    finally:
        precedent.use_shipped()
    return [next(t for t in f.tags if t.field == "domain") for f in found]


def train(examples: list[dict], start: precedent.Model | None = None, pull: float = PULL) -> precedent.Model:
    """From scratch (L2 toward zero), or from `start` (a warm start): its words and pairs kept beside
    the new ones, its weights the starting point and what the penalty `pull`s toward, its track
    records added to, so statements no longer on this machine still count."""
    found = [precedent.features(e["text"]) for e in examples]
    counts = Counter(f for fs in found for f in fs)
    vocab = sorted({f for f, n in counts.items() if n >= MIN_STATEMENTS} | set(start.weights if start else ()))
    index = {f: j for j, f in enumerate(vocab)}
    x = np.zeros((len(examples), len(vocab)))
    for i, fs in enumerate(found):
        for f in fs:
            if f in index:
                x[i, index[f]] = 1.0
    x /= np.sqrt(np.maximum(x.sum(axis=1, keepdims=True), 1.0))
    y = np.eye(len(precedent.KEY_QUESTIONS))[[precedent.KEY_QUESTIONS.index(e["label"]["kq"]) for e in examples]]
    anchor = _anchor(vocab, start.weights if start else {}, y.shape[1])
    w, b = anchor.copy(), np.array(start.bias if start else np.zeros(y.shape[1]))
    penalty = pull if start else L2
    n = len(examples)
    for _ in range(STEPS):
        z = x @ w + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w = _pulled(w - RATE * x.T @ (p - y) / n, anchor, penalty, n)
        b -= RATE * (p - y).mean(axis=0)
    track: dict[str, list[int]] = {k: list(v) for k, v in (start.track if start else {}).items()}
    for e in examples:
        uses = track.setdefault(e["rule"].rule_id, [0, 0])
        uses[0] += 1
        uses[1] += e["rule"].value == e["label"]["kq"]
    weights = {f: [round(v, 4) for v in w[j]] for f, j in index.items()}
    cited, cited_bias = _citations(x, examples, vocab, start, penalty)
    return precedent.Model(weights, [round(v, 4) for v in b], {k: (u, a) for k, (u, a) in track.items()},
                           n + (start.statements if start else 0),
                           {f: [round(v, 4) for v in cited[j]] for f, j in index.items()},
                           [round(v, 4) for v in cited_bias])


def _anchor(vocab: list[str], weights: dict[str, list[float]], width: int) -> np.ndarray:
    """The starting weights, one row per word or pair of `vocab`: a warm start's own, zero for new ones."""
    return np.array([weights.get(f, [0.0] * width) for f in vocab]).reshape(len(vocab), width)


def _citations(x: np.ndarray, examples: list[dict], vocab: list[str], start: precedent.Model | None,
               penalty: float) -> tuple[np.ndarray, np.ndarray]:
    """One yes/no logistic regression per regulation of `precedent.REGULATIONS` (a label may cite
    several) over the same features: which regulations statements worded alike were cited under."""
    y = np.array([[r in e["label"]["regulation"] for r in precedent.REGULATIONS] for e in examples], dtype=float)
    anchor = _anchor(vocab, start.cited if start else {}, y.shape[1])
    w, b = anchor.copy(), np.array(start.cited_bias if start and start.cited_bias else np.zeros(y.shape[1]))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w = _pulled(w - RATE * x.T @ (p - y) / len(examples), anchor, penalty, len(examples))
        b -= RATE * (p - y).mean(axis=0)
    return w, b


def _pulled(w: np.ndarray, anchor: np.ndarray, penalty: float, n: int) -> np.ndarray:
    """The penalty's step taken exactly (a proximal step): stable however strong the pull is
    against the few statements of a warm start, where a plain gradient step would overshoot."""
    return anchor + (w - anchor) / (1.0 + RATE * penalty / n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("/work/blind"))
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "vocab" / "precedent.json")
    parser.add_argument("--warm", action="store_true", help="update the shipped model on LATER's sets")
    args = parser.parse_args()
    names = LATER if args.warm else AUTHORS
    examples = [e for statements in labelled(args.root, names).values() for e in statements]
    model = train(examples, precedent.shipped() if args.warm else None)
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{args.out}: {model.statements} statements, {len(model.weights)} words and pairs, {len(model.track)} rules")


if __name__ == "__main__":
    main()
