"""Precedent: which key question outside authors filed statements worded like this one under.

The cue rules decide the key question from the words that name a topic; each round they were
tuned on one author's set, and on the next author's set they did worse. This second opinion
is learned from all the labelled sets at once (vocab/precedent.json, written by
bench/train_precedent.py): a linear model over the statement's stemmed words and word pairs,
and each cue's track record (how often the key question it chose matched the label). The
rules' choice counts with its confidence times that track record; the model's share counts
beside it; the larger wins. Only a key question read from wording is weighed (a section heading,
a cited regulation or a reviewer decides as before). So a sure cue with a good record is overruled only when the
model is near certain, and a guess (a category's vocabulary, the Governance fallback) or a
cue other authors often filed elsewhere gives way more easily. Measured by leaving each
author out in turn (bench/tag_by_author.py). numpy only; the file is read on first use.

The same words also learn which regulations the authors cited. That second model only ever takes
a regulation away: when the cues read two or more from the wording (consent's 11 and, from "a
decision about their care", involvement's 9), past statements worded alike were clearly cited
under one of them, and hardly ever under another, the other is left off, and the kept tag says why.
"""

import json
import re
from dataclasses import dataclass, field
from functools import cache

from ..models import KEY_QUESTIONS, Regulation, Tag
from .citations import citation_spans
from .text import stem

MODEL_WEIGHT = 1.0  # the model's probabilities against the rules' confidence x track record
KNOWN = 3  # fewer of the statement's words and pairs seen in training is too little to go on ("offered … support")
MAJORITY = 0.6  # the model overrules only with at least this share: a vague vote leans to Safe, the commonest
PRIOR = 5  # a cue's track record starts as PRIOR agreements in PRIOR uses: one overruling is not a record
# The 2014 regulations the second model learns (RA2014 numbers; a label may cite several).
REGULATIONS = ("9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
CITED = 0.6  # past statements worded alike were cited under one of the regulations read with at least this share
SELDOM = 0.1  # ... and under this one with less than this: it is left off
SECOND = 0.25  # past statements worded alike went to another key question this often: offer it as a second choice
SECOND_CHOICE = "second."  # rule_id prefix of a second-choice key question tag (never the finding's domain)
_STOPWORDS = frozenset(
    "the and that this with for are was were have has had not all any must should ensure ensures their they "
    "them from into been being which who when where there its our your will would can could may might also "
    "provider trust service practice hospital staff people patients patient make sure take action carry out "
    "recommend consider review continue improve".split()
)


def features(text: str) -> set[str]:
    """Stemmed content words and adjacent pairs; a citation's words are not the statement's."""
    for start, end in citation_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    text = re.sub(r"(?i)\bregulations?\s+\d+\w*(?:\([^)]*\))*|\((?:[^()]*regulation[^()]*)\)", " ", text)
    words = [stem(w) for w in re.findall(r"[a-z][a-z']+", text.lower()) if len(w) > 2 and w not in _STOPWORDS]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


@dataclass(frozen=True)
class Model:
    """Weights per feature and key question, a bias, and each cue's [uses, agreements]; weights
    per feature and regulation (`REGULATIONS`, each its own yes/no) and their bias."""

    weights: dict[str, list[float]]
    bias: list[float]
    track: dict[str, tuple[int, int]]
    statements: int  # how many labelled statements it learned from
    cited: dict[str, list[float]] = field(default_factory=dict)  # none: no regulation is ever left off
    cited_bias: list[float] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict) -> "Model":
        return cls({k: list(v) for k, v in data["weights"].items()}, list(data["bias"]),
                   {k: (v[0], v[1]) for k, v in data["track"].items()}, int(data["statements"]),
                   {k: list(v) for k, v in data["cited"].items()}, list(data["cited_bias"]))

    def to_json(self) -> dict:
        return {"statements": self.statements, "classes": list(KEY_QUESTIONS), "bias": self.bias,
                "track": {k: list(v) for k, v in sorted(self.track.items())},
                "weights": dict(sorted(self.weights.items())), "regulations": list(REGULATIONS),
                "cited_bias": self.cited_bias, "cited": dict(sorted(self.cited.items()))}

    def known(self, text: str) -> int:
        return sum(f in self.weights for f in features(text))

    def probabilities(self, text: str) -> dict[str, float]:
        import numpy as np

        rows = [self.weights[f] for f in features(text) if f in self.weights]
        score = np.array(self.bias) + (np.sum(rows, axis=0) / np.sqrt(len(rows)) if rows else 0.0)
        p = np.exp(score - score.max())
        return dict(zip(KEY_QUESTIONS, (p / p.sum()).tolist()))

    def citations(self, text: str) -> dict[str, float]:
        """For each of `REGULATIONS`, how likely past statements worded like this one cited it."""
        import numpy as np

        rows = [self.cited[f] for f in features(text) if f in self.cited]
        score = np.array(self.cited_bias) + (np.sum(rows, axis=0) / np.sqrt(len(rows)) if rows else 0.0)
        return dict(zip(REGULATIONS, (1.0 / (1.0 + np.exp(-score))).tolist()))

    def record(self, rule_id: str) -> float:
        uses, agreed = self.track.get(rule_id, (0, 0))
        return (agreed + PRIOR) / (uses + PRIOR)


@cache
def shipped() -> Model | None:
    """The shipped model, parsed from the term cache's marshalled copy once one is kept (named by the
    file's digest): parsing its JSON was a fiftieth of a short report's extract."""
    import hashlib
    import marshal
    from importlib.resources import files

    from .term_cache import cached, whole

    path = files("cqcplan.vocab").joinpath("precedent.json")
    if not path.is_file():
        return None
    data = path.read_bytes()
    return Model.from_json(cached("precedent", [hashlib.sha256(data).hexdigest()],
                                  lambda: json.loads(data), whole(marshal.dumps, marshal.loads)))


_override: list[Model | None] = []  # set by `use`: the benchmark's model trained without the set it scores


def use(model: Model | None) -> None:
    """Tag with `model` instead of the shipped one (None: the cue rules alone) until `use_shipped`."""
    _override[:] = [model]


def use_shipped() -> None:
    _override.clear()


def model() -> Model | None:
    return _override[0] if _override else shipped()


def reconsider(kq_tag: Tag, text: str, spanned: tuple[str, ...] = ()) -> Tag | None:
    """A key question tag from precedent when past statements like this one outweigh the rules' choice,
    else None. The evidence says both sides in words a quality lead can weigh. When the wording also
    named a regulation, only a key question that regulation spans (`spanned`) can win: one outside it
    contradicts the wording rather than weighing it ("a consultant surgeon available out of hours" read
    as staffing, 18, is not moved to Responsive because "out of hours" in past statements was access
    to a GP); the other key question is still offered as a second choice."""
    current = model()
    if current is None or kq_tag.basis != "wording" or current.known(text) < KNOWN:
        return None  # a section, a citation or notice row, or a reviewer decided: only wording is weighed
    p = current.probabilities(text)
    record = current.record(kq_tag.rule_id)
    votes = {kq: MODEL_WEIGHT * share for kq, share in p.items() if not spanned or kq in spanned}
    votes[kq_tag.value] = votes.get(kq_tag.value, 0.0) + kq_tag.confidence * record
    winner = max(votes, key=votes.__getitem__)
    if winner == kq_tag.value or p[winner] < MAJORITY:
        return None
    uses, agreed = current.track.get(kq_tag.rule_id, (0, 0))
    said = f"“{kq_tag.evidence}”" if kq_tag.evidence else "the rules"
    history = f"; past reports agreed with that cue {agreed} of {uses} times" if uses else ""
    evidence = (f"similar statements in past reports were filed under {winner} (a {p[winner]:.0%} vote, learned "
                f"from {current.statements} statements labelled by outside authors); {said} pointed to "
                f"{kq_tag.value}{history}")
    sure = votes[winner] / (votes[winner] + votes[kq_tag.value])
    return Tag(field="domain", value=winner, basis="precedent", evidence=evidence,
               rule_id=f"precedent.{winner}", confidence=round(min(0.9, sure), 2))


def fewer_regulations(regs: list[Regulation], reg_tags: list[Tag], text: str) -> tuple[list[Regulation], list[Tag]]:
    """The regulations read from wording, less any that past statements worded alike were seldom
    cited under while clearly cited under another one read here. Never adds one; a citation, a
    notice row or a reviewer's regulation is never touched. The first regulation kept carries the
    reason (basis `precedent`), so a reader sees what was left off and why."""
    current = model()
    if (current is None or not current.cited or len(regs) < 2 or any(t.basis != "wording" for t in reg_tags)
            or current.known(text) < KNOWN):
        return regs, reg_tags
    share = current.citations(text)
    learned = {i: share[r.number] for i, r in enumerate(regs) if r.instrument == "RA2014" and r.number in share}
    if not learned or max(learned.values()) < CITED:
        return regs, reg_tags
    dropped = [i for i, p in learned.items() if p < SELDOM]
    if not dropped:
        return regs, reg_tags
    kept = [i for i in range(len(regs)) if i not in dropped]
    best = max(learned, key=learned.__getitem__)
    left = ", ".join(f"{regs[i].number} (“{reg_tags[i].evidence}”, {learned[i]:.0%})" for i in dropped)
    first = reg_tags[kept[0]]
    said = f"“{first.evidence}” points to it; " if first.evidence else ""
    evidence = (f"{said}past statements worded like this one were cited under {regs[best].number} "
                f"({learned[best]:.0%}, learned from {current.statements} statements labelled by outside "
                f"authors) and seldom under the regulation the wording also named, left off: {left}")
    tags = [reg_tags[i] for i in kept]
    tags[0] = first.model_copy(update={"basis": "precedent", "evidence": evidence})
    return [regs[i] for i in kept], tags


def second_choice(kq_tag: Tag, text: str, spanned: tuple[str, ...] = ()) -> Tag | None:
    """Where outside authors' past statements worded like this one were often filed under another key
    question, that one as a second choice (a `domain` tag whose rule_id starts with SECOND_CHOICE;
    the finding's key question stays the first), so a reader choosing between the two sees both.
    A section heading or a reviewer decides alone. A key question that is a cited or notice-row
    regulation's own (`spanned`: the key questions that regulation spans, vocab/regulations.toml) has
    a second choice only among the others it spans: one outside them contradicts what CQC cited
    (held out over sixteen authors, 4 of the 7 offered so were outside, none the author's choice)."""
    current = model()
    if current is None or kq_tag.basis in ("section", "reviewer") or current.known(text) < KNOWN:
        return None
    p = current.probabilities(text)
    cited = kq_tag.basis not in ("wording", "precedent")
    rivals = [kq for kq in p if kq != kq_tag.value and (not cited or kq in spanned)]
    if not rivals:
        return None
    other = max(rivals, key=p.__getitem__)
    if p[other] < SECOND:
        return None
    share = f"{other} {p[other]:.0%} of the time, under {kq_tag.value} {p[kq_tag.value]:.0%}"
    learned = f"learned from {current.statements} statements labelled by outside authors"
    source = "the requirement notice's regulation" if kq_tag.basis == "requirement_notice" else "the regulation cited"
    evidence = (f"{source} puts it under {kq_tag.value} and spans {other} too; similar statements in past "
                f"reports were filed under {share} ({learned})" if cited else
                f"similar statements in past reports were filed under {share} ({learned})")
    return Tag(field="domain", value=other, basis="precedent", evidence=evidence,
               rule_id=f"{SECOND_CHOICE}{other}", confidence=round(p[other], 2))
