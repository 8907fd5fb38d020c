"""Merge: findings about the same issue become one action.

Takes `list[Finding]` (one report or a whole batch), returns `list[Action]`: every
finding in exactly one action, its verbatim text untouched (actions hold ids only).
The decisions a reader would get wrong:
- Groups form by complete-link agglomeration: two groups join only when EVERY cross pair
  reaches the threshold, so look-alikes are never glued together through intermediate
  statements (single-link chains them; average-link still did on the dev batch, where it
  merged waiting areas, waiting lists and waiting times into one action).
- Findings are keyed by position, never by id: ids repeat across the files of a batch.
- An explicit regulation conflict (pipeline/similarity.py) is a cannot-link: two groups
  holding such a pair never join, however alike their other members are. The blocks of
  pipeline/similarity.py (no shared issue-specific term, distinct specifics such as
  section 132 against section 17, one shared word in a much longer statement) score a
  pair 0, so complete-link keeps such pairs apart in a batch as well.
- A must merged with a should is a must. Refs number musts M1… and shoulds S1… in order
  of each action's first finding in the input.
"""

import numpy as np

from cqcplan.models import Action, Finding, MergeLink

from .similarity import dice_matrix, regulation_factor, shared_terms
from .terms import Terms, terms_many

# Chosen on the dev+heldout pairs of tests/eval/merge_pairs.jsonl by bench/eval_merge.py, after
# the blocking rules of pipeline/similarity.py: 0.24-0.29 are within 0.01 F1 of the best with
# look-alikes under 2%; 0.26-0.29 merge the fewest look-alikes (1 of 199), 0.28 is its middle.
DEFAULT_THRESHOLD = 0.28


def merge(findings: list[Finding], *, threshold: float = DEFAULT_THRESHOLD, enabled: bool = True) -> list[Action]:
    """Group findings about the same issue; `enabled=False` gives one action per finding."""
    if not enabled or len(findings) < 2:
        return _actions(findings, [[i] for i in range(len(findings))], [[] for _ in findings])
    found = terms_many([f.text for f in findings])
    factors = regulation_factors(findings)
    scores = dice_matrix(found) * factors
    groups, joins = _agglomerate(scores, factors == 0.0, threshold)
    return _actions(findings, groups, [_merge_links(findings, found, scores, pairs) for pairs in joins])


def regulation_factors(findings: list[Finding]) -> np.ndarray:
    """Pairwise `regulation_factor`: 1 where either cites nothing, 0 for a conflict."""
    factors = np.ones((len(findings), len(findings)))
    cited = [i for i, f in enumerate(findings) if f.regulations]
    for pos, i in enumerate(cited):
        for j in cited[pos + 1 :]:
            factors[i, j] = factors[j, i] = regulation_factor(findings[i].regulations, findings[j].regulations)
    return factors


def _agglomerate(
    scores: np.ndarray, vetoed: np.ndarray, threshold: float
) -> tuple[list[list[int]], list[list[tuple[int, int]]]]:
    """Complete-link clustering with cannot-links; returns groups and the pairs that joined them."""
    n = len(scores)
    weakest = np.where(vetoed, -1.0, scores)  # weakest cross pair between two groups
    np.fill_diagonal(weakest, -1.0)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    joins: dict[int, list[tuple[int, int]]] = {i: [] for i in range(n)}
    while len(members) > 1:
        i, j, link = _best_pair(weakest, list(members))
        if link < threshold:
            break
        joins[i] += joins.pop(j) + [_closest(scores, members[i], members[j])]
        members[i] += members.pop(j)
        weakest[i, :] = np.minimum(weakest[i, :], weakest[j, :])
        weakest[:, i] = weakest[i, :]
        weakest[i, i] = -1.0
    order = sorted(members, key=lambda k: min(members[k]))
    return [sorted(members[k]) for k in order], [joins[k] for k in order]


def _best_pair(weakest: np.ndarray, alive: list[int]) -> tuple[int, int, float]:
    """The two live groups whose weakest cross pair is strongest."""
    idx = np.array(alive)
    sub = weakest[np.ix_(idx, idx)]
    a, b = np.unravel_index(np.argmax(sub), sub.shape)
    return int(idx[min(a, b)]), int(idx[max(a, b)]), float(sub[a, b])


def _closest(scores: np.ndarray, left: list[int], right: list[int]) -> tuple[int, int]:
    sub = scores[np.ix_(left, right)]
    a, b = np.unravel_index(np.argmax(sub), sub.shape)
    return left[a], right[b]


def _merge_links(findings: list[Finding], found: list[Terms], scores: np.ndarray, pairs) -> list[MergeLink]:
    return [
        MergeLink(
            a=findings[i].id,
            b=findings[j].id,
            a_file=findings[i].file,
            b_file=findings[j].file,
            score=round(float(scores[i, j]), 3),
            shared_terms=shared_terms(found[i], found[j]),
        )
        for i, j in pairs
    ]


def _actions(findings: list[Finding], groups: list[list[int]], links: list[list[MergeLink]]) -> list[Action]:
    """Musts M1… then shoulds S1…, each numbered in order of the group's first finding."""
    kinds = ["must" if any(findings[i].kind == "must" for i in g) else "should" for g in groups]
    actions = []
    for kind, prefix in (("must", "M"), ("should", "S")):
        chosen = [(g, link) for g, link, k in zip(groups, links, kinds) if k == kind]
        for number, (group, group_links) in enumerate(sorted(chosen, key=lambda c: min(c[0])), 1):
            ids = [findings[i].id for i in group]
            actions.append(Action(ref=f"{prefix}{number}", findings=ids, kind=kind, merges=group_links))
    return actions
