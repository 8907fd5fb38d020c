"""Which gate of `merge` kept each missed same-issue pair apart, and what let each wrong merge through.

Usage: python bench/merge_gates.py PAIRS.jsonl [...] [--list]

Each pair is scored alone (pair mode, as bench/eval_merge.py), and every statement of a file in one
merge() call (batch mode). A same-issue pair split in batch mode is put down to the first gate that
stopped it alone, in the order merge applies them:
  regulation      an explicit regulation conflict (pipeline/similarity.py `regulation_factor`)
  provider        each names a different provider before its must/should (pipeline/named_providers.py)
  theme           different sure themes that are not neighbours (vocab/theme_neighbours.toml)
  neighbour-duty  neighbouring themes, but the statements fail `same_duty` (object and duty)
  guessed-theme   the printed themes differ, one a guess, and the score is under REVIEW_BELOW
  block:<which>   a word-score block (pipeline/similarity.py): no-specific (no shared issue-specific
                  term), distinct (members of one exclusive family), aspect (aspects clash),
                  one-term (one shared term, no aspect shared), one-term-cited (the same, read without the
                  standards both cite), lone (a lone term in a long statement);
                  a same-theme pair so blocked scores THEME_BONUS alone
  wait            one asks for a wait to be shorter, the other only for those who wait (pipeline/waits.py)
  renewal         one asks for a check or authority first, the other for its renewal (pipeline/renewals.py)
  precondition    one shares the other's object only in the condition it gates its act on (pipeline/preconditions.py)
  deadline        each sets its own time limit for another act (pipeline/deadlines.py)
  handling        one asks a thing made by others to be acted on, the other for it to be made (pipeline/handling.py)
  record-only     one asks only for the record of an act, the other for the act (pipeline/records_only.py)
  told            one asks only that people are told about a thing, the other for the thing (pipeline/informing.py)
  audit-only      one asks only for a practice to be audited, the other for the practice (pipeline/audit_only.py)
  threshold       scored, but under the threshold
  clustering      merged alone, split in the batch (complete-link: each joined another group first)
A wrong merge (a different-issue pair merged alone or in the batch) is put down to what carried it:
  neighbour       the themes differ and only the neighbour exception let the pair be scored
  bonus           it reaches the threshold only with the same-theme THEME_BONUS
  words           its word score alone reaches the threshold
  batch-only      split alone, merged in the batch (through other statements)
The block named is the first that applies in the order above, read from the helpers
pipeline/similarity.py composes; --list prints every pair with its gate.
"""

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

from eval_merge import distinct_statements, finding, load
from cqcplan.pipeline import merge as merging, similarity
from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.aspects import aspects_many
from cqcplan.pipeline.deadlines import deadline_apart
from cqcplan.pipeline.handling import handling_apart
from cqcplan.pipeline.named_providers import providers_apart
from cqcplan.pipeline.preconditions import precondition_apart
from cqcplan.pipeline.informing import told_apart
from cqcplan.pipeline.audit_only import audit_apart
from cqcplan.pipeline.records_only import record_apart
from cqcplan.pipeline.renewals import renewal_apart
from cqcplan.pipeline.theme_neighbours import neighbouring
from cqcplan.pipeline.waits import wait_apart


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--list", action="store_true", help="print every missed and wrongly merged pair")
    args = parser.parse_args()
    totals = {"missed": Counter(), "wrong": Counter()}
    for path in args.pairs:
        records = load(path)
        together = batch_merged(records)
        missed, wrong = Counter(), Counter()
        for record, batch in zip(records, together):
            a, b = finding(record["a"], "a"), finding(record["b"], "b")
            gate, score = pair_gate(a, b)
            alone = gate == "merged"
            if record["label"] == "same" and not batch:
                reason = "clustering" if alone else gate
                missed[reason] += 1
            elif record["label"] != "same" and (alone or batch):
                reason = carried_by(a, b, score) if alone else "batch-only"
                wrong[reason + (" (look-alike)" if record["lookalike"] else "")] += 1
            else:
                continue
            if args.list:
                print(f"  {record['id']:<10} {record['label']:<9} {reason:<22} {score:5.2f}  {record['a']['text'][:70]!r}"
                      f" | {record['b']['text'][:70]!r}")
        print(f"{path}: same-issue pairs split in batch mode {sum(missed.values())}: {_counts(missed)}")
        print(f"  different-issue pairs merged (alone or in the batch) {sum(wrong.values())}: {_counts(wrong)}")
        totals["missed"] += missed
        totals["wrong"] += wrong
    if len(args.pairs) > 1:
        print(f"ALL: split {sum(totals['missed'].values())}: {_counts(totals['missed'])}")
        print(f"  merged wrongly {sum(totals['wrong'].values())}: {_counts(totals['wrong'])}")


def _counts(counter: Counter) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in counter.most_common())


def batch_merged(records: list[dict]) -> list[bool]:
    """Per labelled pair, whether one merge() call over all the file's statements put them together."""
    statements, _ = distinct_statements(records)
    actions = merging.merge([finding(s, str(i)) for i, s in enumerate(statements)])
    action_of = {f: n for n, action in enumerate(actions) for f in action.findings}
    index = {s["text"]: str(i) for i, s in enumerate(statements)}
    return [action_of[index[r["a"]["text"]]] == action_of[index[r["b"]["text"]]] for r in records]


def pair_gate(a, b) -> tuple[str, float]:
    """The first gate that keeps the pair apart when merged alone ("merged" if none), and its score."""
    pair = [a, b]
    found, scores, vetoed = merging.score_findings(pair)
    score = float(scores[0, 1])
    if score >= merging.DEFAULT_THRESHOLD:
        return "merged", score
    if merging.regulation_factors(pair)[0, 1] == 0:
        return "regulation", score
    texts = [merging.read_as_asked(f.text) for f in pair]
    if providers_apart(texts)[0, 1]:
        return "provider", score
    asked = aspects_many(texts)
    sure = [merging.sure_themes(f) for f in pair]
    near = bool(neighbouring(sure)[0, 1])
    if sure[0] and sure[1] and not set(sure[0]) & set(sure[1]) and not (near and similarity.same_duty(found, asked)[0, 1]):
        return ("neighbour-duty" if near else "theme"), score
    required = [[x for x in asks(text) if x.required] for text in texts]
    blocked = score in (0.0, merging.THEME_BONUS) and which_block(found, asked, merging.unreferenced_asks(required))
    if blocked:
        return f"block:{blocked}", score
    if score == 0.0 and wait_apart(merging.said_asks(required, texts))[0, 1]:
        return "wait", score
    if score == 0.0 and renewal_apart(texts)[0, 1]:
        return "renewal", score
    if score == 0.0 and precondition_apart(texts, found)[0, 1]:
        return "precondition", score
    if score == 0.0 and deadline_apart(texts)[0, 1]:
        return "deadline", score
    if score == 0.0 and handling_apart(texts)[0, 1]:
        return "handling", score
    if score == 0.0 and record_apart(texts)[0, 1]:
        return "record-only", score
    if score == 0.0 and told_apart(texts)[0, 1]:
        return "told", score
    if score == 0.0 and audit_apart(texts)[0, 1]:
        return "audit-only", score
    if score == 0.0:
        return "guessed-theme", score
    return "threshold", score


def which_block(found, asked, unreferenced) -> str | None:
    """The first block of pipeline/similarity.py `dice_matrix` that holds for the pair, if its
    plain word score (no theme, report or duty readings) is 0; "one-term-cited" when only block 4
    read without the standards both cite (`unreferenced`) holds."""
    if similarity.dice_matrix(found, asked)[0, 1] > 0:
        return "one-term-cited" if similarity.dice_matrix(found, asked, unreferenced=unreferenced)[0, 1] == 0 else None
    shared = found[0].keys() & found[1].keys()
    if not any(similarity.is_specific(t) for t in shared):
        return "no-specific"
    if similarity.distinct_specifics(found[0], found[1]):
        return "distinct"
    specific = sum(similarity.is_specific(t) for t in shared)
    if similarity.aspect_conflicts(asked)[0, 1] and specific <= similarity.ASPECT_MAX_SHARED:
        return "aspect"
    return "one-term" if len(shared) == 1 else "lone"


def carried_by(a, b, score: float) -> str:
    """What let a wrongly merged pair reach the threshold alone."""
    sure = [merging.sure_themes(a), merging.sure_themes(b)]
    if sure[0] and sure[1] and not set(sure[0]) & set(sure[1]):
        return "neighbour"
    primary = [s[0] if s else None for s in sure]
    bonus = merging.THEME_BONUS * float(np.asarray(merging.same(primary))[0, 1])
    return "bonus" if bonus and score - bonus < merging.DEFAULT_THRESHOLD else "words"


if __name__ == "__main__":
    main()
