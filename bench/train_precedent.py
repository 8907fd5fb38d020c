"""Train the key-question precedent model (pipeline/precedent.py) on outside authors' labelled sets
and write vocab/precedent.json.

    python bench/train_precedent.py [--root /work/blind]      # the sixteen sets of `AUTHORS`

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


def labelled(root: Path) -> dict[str, list[dict]]:
    """Each author's statements with their label and the cue rules' own key-question tag."""
    out = {}
    for name in AUTHORS:
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


def train(examples: list[dict]) -> precedent.Model:
    found = [precedent.features(e["text"]) for e in examples]
    counts = Counter(f for fs in found for f in fs)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_STATEMENTS)
    index = {f: j for j, f in enumerate(vocab)}
    x = np.zeros((len(examples), len(vocab)))
    for i, fs in enumerate(found):
        for f in fs:
            if f in index:
                x[i, index[f]] = 1.0
    x /= np.sqrt(np.maximum(x.sum(axis=1, keepdims=True), 1.0))
    y = np.eye(len(precedent.KEY_QUESTIONS))[[precedent.KEY_QUESTIONS.index(e["label"]["kq"]) for e in examples]]
    w = np.zeros((len(vocab), y.shape[1]))
    b = np.zeros(y.shape[1])
    n = len(examples)
    for _ in range(STEPS):
        z = x @ w + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= RATE * (x.T @ (p - y) / n + L2 * w / n)
        b -= RATE * (p - y).mean(axis=0)
    track: dict[str, list[int]] = {}
    for e in examples:
        uses = track.setdefault(e["rule"].rule_id, [0, 0])
        uses[0] += 1
        uses[1] += e["rule"].value == e["label"]["kq"]
    weights = {f: [round(v, 4) for v in w[j]] for f, j in index.items()}
    cited, cited_bias = _citations(x, examples)
    return precedent.Model(weights, [round(v, 4) for v in b], {k: (u, a) for k, (u, a) in track.items()}, n,
                           {f: [round(v, 4) for v in cited[j]] for f, j in index.items()},
                           [round(v, 4) for v in cited_bias])


def _citations(x: np.ndarray, examples: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """One yes/no logistic regression per regulation of `precedent.REGULATIONS` (a label may cite
    several) over the same features: which regulations statements worded alike were cited under."""
    y = np.array([[r in e["label"]["regulation"] for r in precedent.REGULATIONS] for e in examples], dtype=float)
    w = np.zeros((x.shape[1], y.shape[1]))
    b = np.zeros(y.shape[1])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= RATE * (x.T @ (p - y) / len(examples) + L2 * w / len(examples))
        b -= RATE * (p - y).mean(axis=0)
    return w, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("/work/blind"))
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "vocab" / "precedent.json")
    args = parser.parse_args()
    examples = [e for statements in labelled(args.root).values() for e in statements]
    model = train(examples)
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{args.out}: {model.statements} statements, {len(model.weights)} words and pairs, {len(model.track)} rules")


if __name__ == "__main__":
    main()
