"""How alike two statements are: IDF-weighted Dice overlap of their meaning-bearing terms.

Takes `Terms` (pipeline/terms.py) and regulations, returns scores in [0, 1]. The
decisions a reader would get wrong:
- IDF comes from vocab/reference_statements.toml, a shipped corpus of CQC statements,
  never from the report at hand: a 20-statement report cannot say that "staff" is common
  and "legionella" rare, and a pair's score must not change with the rest of the batch.
- Issue words (vocab/issue_terms.toml) weigh double, shared or not: sharing "mattress"
  is strong evidence of one issue. And when both statements name issues but no issue
  word is shared ("fridge" against "resuscitation trolley", both "checked and recorded
  daily") the score is halved: that is evidence of two issues, however many ordinary
  words agree.
- Explicit regulations veto: both cite regulations and no number (of the same
  instrument) is shared -> 0; same number but different lettered sub-paragraphs, like
  12(2)(g) medicines against 12(2)(e) equipment -> score halved.
"""

import math
import re
from collections import Counter
from functools import cache

import numpy as np
from pydantic import BaseModel, ConfigDict

from cqcplan.models import Regulation
from cqcplan.vocab import load

from .terms import Terms, terms_many

ISSUE_WEIGHT = 2.0  # issue words count double; 1.5-3 were within 0.01 F1 on the dev pairs
ISSUE_CONFLICT_PENALTY = 0.5  # cost no dev F1 at any value from 0 to 1; 0.5 keeps it a penalty, not a veto
SUBPARAGRAPH_PENALTY = 0.5  # same regulation, disjoint (a)-(i) sub-paragraphs: likely different duties
_LETTER = re.compile(r"\(([a-z]{1,2})\)")


class ReferenceCorpus(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    statements: list[str]


class IssueTermFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    terms: list[str]


@cache
def _idf() -> tuple[dict[str, float], float]:
    """Smoothed IDF per term of the reference corpus, and the value for an unseen term."""
    corpus = load(ReferenceCorpus, "reference_statements.toml").statements
    df = Counter(term for found in terms_many(corpus) for term in found)
    n = len(corpus)
    idf = {term: math.log((n + 1) / (count + 1)) + 1 for term, count in df.items()}
    return idf, math.log(n + 1) + 1


@cache
def issue_terms() -> frozenset[str]:
    phrases = load(IssueTermFile, "issue_terms.toml").terms
    return frozenset(term for found in terms_many(phrases) for term in found)


def weight(term: str) -> float:
    idf, unseen = _idf()
    return idf.get(term, unseen) * (ISSUE_WEIGHT if term in issue_terms() else 1.0)


def dice(a: Terms, b: Terms) -> float:
    """Weighted Dice: twice the weight shared over the two statements' total weight."""
    return float(dice_matrix([a, b])[0, 1])


def dice_matrix(found: list[Terms]) -> np.ndarray:
    """`dice` for every pair at once, as weighted matrix products, with the issue-word penalty."""
    vocab = {term: i for i, term in enumerate(sorted({t for f in found for t in f}))}
    x = np.zeros((len(found), len(vocab)))
    for row, terms in enumerate(found):
        x[row, [vocab[t] for t in terms]] = 1.0
    w = np.array([weight(t) for t in vocab])
    totals = x @ w
    denom = totals[:, None] + totals[None, :]
    scores = np.divide(2 * ((x * w) @ x.T), denom, out=np.zeros((len(found), len(found))), where=denom > 0)
    return np.where(_issue_conflicts(x, vocab), scores * ISSUE_CONFLICT_PENALTY, scores)


def _issue_conflicts(x: np.ndarray, vocab: dict[str, int]) -> np.ndarray:
    """Pairs where both statements name an issue and they share no issue word."""
    issues = x[:, [i for term, i in vocab.items() if term in issue_terms()]]
    named = issues.sum(axis=1) > 0
    return named[:, None] & named[None, :] & ((issues @ issues.T) == 0)


def shared_terms(a: Terms, b: Terms) -> list[str]:
    """The shared terms as a reader knows them, heaviest first."""
    common = sorted(a.keys() & b.keys(), key=lambda t: (-weight(t), t))
    return [a[t] for t in common]


def regulation_factor(a: list[Regulation], b: list[Regulation]) -> float:
    """1 when regulations allow a merge, 0 when they forbid it, in between when doubtful."""
    if not a or not b:
        return 1.0
    common = {(r.instrument, r.number) for r in a} & {(r.instrument, r.number) for r in b}
    if not common:
        return 0.0
    if all(_letters_clash(a, b, key) for key in common):
        return SUBPARAGRAPH_PENALTY
    return 1.0


def _letters_clash(a: list[Regulation], b: list[Regulation], key: tuple[str, str]) -> bool:
    """Both cite lettered sub-paragraphs of this regulation and none of them agree."""
    letters_a = _letters(a, key)
    letters_b = _letters(b, key)
    return bool(letters_a and letters_b and not letters_a & letters_b)


def _letters(regs: list[Regulation], key: tuple[str, str]) -> set[str]:
    return {m for r in regs if (r.instrument, r.number) == key for m in _LETTER.findall(r.paragraphs)}
