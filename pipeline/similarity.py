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
  12(2)(g) medicines against 12(2)(e) equipment -> score halved; two regulations that state
  one duty (RELATED_REGULATIONS: 12(2)(d)/(e) safe premises and equipment, 15(1)(c)-(f)
  suitable and maintained premises and equipment) -> scored down, not vetoed. Only the
  regulations a finding cites or its requirement notice names take part (pipeline/merge.py
  `firm_regulations`): those the tag stage guessed from wording are left out.
- Exclusive families (vocab/issue_terms.toml) are kinds of thing inspectors name one of:
  checked equipment, fire-safety measures, recruitment checks, Mental Health Act duties,
  stages of handling an incident, clinical settings. The tag stage's key question and quality
  statement were measured as a further block and left out: among pairs scoring 0.15 or more
  on the tuning sets they disagreed for 34 same-issue pairs and 3 different-issue ones, none
  of those 3 merged; as a block they would have split 29 merged same-issue pairs for nothing.
- Aspects (vocab/aspects.toml: training, checking, recording, timeliness, staffing, ...): what
  a statement asks to be done about its issue. Both name aspects and share none (nor a kin
  aspect): blocked when the shared content is at most ASPECT_MAX_SHARED specific terms (one
  issue word, or an issue word and a setting), else scored down by ASPECT_PENALTY. "Hoists are
  serviced" and "staff are competent to use hoists" share only "hoist".
- Four blocks set a pair's score to 0 (so the score merge records is the one it used):
  1. No shared issue-specific term. Topic words (vocab/issue_terms.toml `topic`: medicines,
     records, care plans, risk, training, section...) say which area, not which problem:
     "audits of care plans" and "care plans are reviewed" share only topic words. Unless
     the two have exactly the same terms: one finding repeated at trust and location level.
  2. Distinct specifics (vocab/issue_terms.toml [[exclusive]] families, and numbered
     sections): both name a member of one family and none in common, like falls against
     pressure ulcer risk assessments, or section 132 rights against section 17 leave.
  3. A lone shared specific term that is a small part of the longer statement (the shared
     weight under MIN_LONE_COVERAGE of the longer one's): a short statement wholly inside a
     long one does not merge on one word. Dice alone would let a wholly contained pair
     through at 0.28 with 16% coverage; 20% makes such a pair need 0.33.
  4. One shared term and nothing else, and no aspect shared (either may name none; a kin aspect
     does not count here): the pair is about one thing, but nothing shows it asks the same of it
     ("the fridge is locked" against "fridge temperatures are recorded"; "bed rail assessments
     are recorded" against "bed rails are checked before use"). On the pair sets of other authors
     (tests/eval/merge_pairs_fresh2-4) it cut look-alike merges from 71 to 45 at the same mean F1; the
     cost is paraphrases that name one issue and say nothing else alike ("wash their hands"
     against "follow hand hygiene procedures"), left as two rows a lead can join. Not blocked:
     two statements that name no aspect and share one issue word ("nurses in critical care
     have an annual appraisal" against "all staff have an annual appraisal"; "sharps bins are
     not overfilled" against "sharps containers are not filled above the line"): nothing in
     them asks anything different. On the seven pair sets this joined 13 same-issue pairs and
     2 look-alikes (discharge summaries sent in time / complete). Kin left out (session 36): the
     new authors' look-alikes reuse one object and ask another step of it (capacity assessed /
     best-interests decision recorded; early warning scores recorded / escalated; an allergy
     recorded on the chart / a wristband worn), which kin (recorded for checked, assessed or a
     policy) let through. Scored on the code each author was first scored blind on (CA, CF, CL,
     CO, CR), pair mode: look-alikes merged 33 -> 27 of 277, mean F1 0.847 -> 0.845; batch 20 ->
     16, 0.810 -> 0.806. On all fourteen pair sets now: 11 look-alikes apart, about 20 same-issue
     pairs lost, mostly paraphrases saying "recorded" for "checked" or "in line with the policy"
     (bench/eval_merge.py notes). Block 4 is also read on the asks without the standard each cites
     (pipeline/asks.py `unreferenced`), when both cite one: "record physical health observations after
     rapid tranquillisation, in line with the trust's policy" and "escalate deteriorating physical health
     in line with the NEWS protocol" share physical health and a policy, but the policy is what each is
     measured against; what they ask shares one term and no aspect (DT; no pair of the pair sets changed).
     The other way round, the exemption for two statements naming no aspect reads what their asks name
     without the standard cited and without the record of the act itself (`_asking`): "supervision in line
     with the supervision policy" and "supervision regularly and that it is recorded" ask the same of
     supervision (EC: clinical supervision across a trust's reports; no pair of the pair sets changed);
     so does block 4 read on the asks without the standards both cite, and the aspect clash must hold in
     that reading as well as in the whole one (`_aspects_asked`), as the issue-word penalty must: "receive
     clinical supervision at the frequency required by the supervision policy" is timed and to a policy only by
     the standard it cites (GT: supervision of a trust's ward staff and care coordinators; merge60).
  Blocks 3 and 4 also spare, inside one sure theme (pipeline/merge.py passes `one_theme`), a
  statement that only names its object against one that says how that object is to be done
  (`_elaborates`): the first names no aspect and no specific term the second lacks (who acts and
  where aside: "staff in the community mental health teams", merge65), they share an issue word, and the second names only aspects of manner (vocab/aspects.toml `manner`:
  recorded, to a policy, in practice, in time). "Staff have regular supervision sessions with
  their line manager" and "ward staff receive regular supervision and it is recorded" are one
  action; "staff have supervision" and "supervisors are trained" (training is another duty,
  not a manner) stay two. On the pair sets this joined 6 same-issue pairs (all of the tuning
  sets) and no look-alike; on the trust set H, the three supervision pairs across its reports.
  Block 3 also spares, inside one sure theme, a pair that passes `same_duty` below: "resuscitation
  trolleys are checked daily" against "emergency equipment, including the defibrillator and
  oxygen, is checked weekly and missing items replaced", one shared word in a long statement.
- The issue-word penalty and block 3 read what each statement asks (its duties, pipeline/asks.py
  `duty`), not only its whole wording: a consequence or an emphasis hung on an ask ("so that escorted
  leave is not cancelled", "particularly at night") names no second issue and does not drown the
  shared object. Block 3 takes the better of the two coverages; the penalty needs a conflict in both
  readings, and a duty that names no issue word (its object sits in the qualifier: "review the
  housekeeping so that commodes are cleaned") is read whole. Reading the words themselves (the Dice
  score) from the duties alone was measured and left out: it split paraphrases on two trust sets.
- `same_duty` is the test two statements in neighbouring themes (pipeline/merge.py) pass before
  their words are scored: one object (a shared issue word, and one names no issue word the other
  lacks, staff groups and settings aside) asked one thing (one names no aspect the other lacks,
  kin counted). Measured with every theme made a neighbour of every other, it let 4 look-alikes
  of the pair sets through (medicines audits against infection control audits; section 17 leave
  forms against staffing for section 17 leave); the neighbour list keeps them out.
"""

import math
from collections import Counter
from functools import cache

import numpy as np
from pydantic import BaseModel, ConfigDict

from ..models import Regulation
from ..vocab import load

from .aspects import RECORDED_ACT, kin, manner_aspects
from .regex_programs import compiled
from .terms import SECTION_PREFIX, Terms, vocab_terms

ISSUE_WEIGHT = 2.0  # issue words count double; 1.5-3 were within 0.01 F1 on the dev pairs
ISSUE_CONFLICT_PENALTY = 0.5  # cost no dev F1 at any value from 0 to 1; 0.5 keeps it a penalty, not a veto
SUBPARAGRAPH_PENALTY = 0.5  # same regulation, disjoint (a)-(i) sub-paragraphs: likely different duties
# Two citations of different regulations that state one duty: 12(2)(d)/(e) (premises and
# equipment are safe) and 15(1)(c)-(f) (premises and equipment are suitable, properly used,
# maintained and located). Reports cite either for an unchecked resuscitation trolley, so
# such a pair is doubtful (scored down), not vetoed.
RELATED_REGULATIONS = ((("RA2014", "12"), frozenset("de"), ("RA2014", "15"), frozenset("cdef")),)
RELATED_PENALTY = 0.75
# 0.18-0.22 scored alike on the old dev+heldout pairs; 0.25 began to split paraphrases.
MIN_LONE_COVERAGE = 0.2  # share of the longer statement's weight one shared specific term must cover
# Aspect conflict (pipeline/aspects.py): both statements say what is to be done about their issue
# and no aspect (or kin) agrees, like "chaperones are DBS checked" against "chaperones are trained".
# With at most ASPECT_MAX_SHARED shared specific terms (one issue word, or it and a setting word
# such as "night") the pair is blocked; with more it is scored down. On dev+heldout+fresh a cap of
# 1 or 2 and a penalty of 0.7-1.0 were within 0.005 mean F1; 2 and 0.8 are the stricter choice.
ASPECT_MAX_SHARED = 2
ASPECT_PENALTY = 0.8
_LETTER = compiled(r"\(([a-z]{1,2})\)")


class ReferenceCorpus(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    statements: list[str]


class ExclusiveFamily(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    members: list[list[str]]  # each member: the phrases that name it
    who_or_where: bool = False  # a staff group or a setting: who acts or where, not what the problem is
    within_report: bool = False  # tells apart the statements of one report only, not of a trust's reports
    across_reports_if: list[str] = []  # with within_report: the aspects for which it tells a trust's reports apart too


class IssueTermFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    terms: list[str]
    topic: list[str] = []
    means: list[str] = []  # issue words saying how any object is overseen (audits), not which object
    exclusive: list[ExclusiveFamily] = []


@cache
def _idf() -> tuple[dict[str, float], float]:
    """Smoothed IDF per term of the reference corpus, and the value for an unseen term."""
    corpus = load(ReferenceCorpus, "reference_statements.toml").statements
    df = Counter(term for found in vocab_terms(corpus) for term in found)
    n = len(corpus)
    idf = {term: math.log((n + 1) / (count + 1)) + 1 for term, count in df.items()}
    return idf, math.log(n + 1) + 1


@cache
def issue_terms() -> frozenset[str]:
    """Issue words, less topic words; a numbered section is always one."""
    phrases = load(IssueTermFile, "issue_terms.toml").terms
    return frozenset(term for found in vocab_terms(phrases) for term in found) - topic_terms()


@cache
def topic_terms() -> frozenset[str]:
    phrases = load(IssueTermFile, "issue_terms.toml").topic
    return frozenset(term for found in vocab_terms(phrases) for term in found)


@cache
def means_terms() -> frozenset[str]:
    """Issue words that say how an object is overseen, whatever it is (vocab/issue_terms.toml `means`)."""
    phrases = load(IssueTermFile, "issue_terms.toml").means
    return frozenset(term for found in vocab_terms(phrases) for term in found)


@cache
def exclusive_families() -> tuple[tuple[tuple[frozenset[str], ...], ...], ...]:
    """Per family, per member, the term sets of its phrases (a phrase is named when all its terms are)."""
    families = load(IssueTermFile, "issue_terms.toml").exclusive
    found = iter(vocab_terms([phrase for family in families for phrases in family.members for phrase in phrases]))
    return tuple(
        tuple(tuple(frozenset(terms) for terms in [next(found) for _ in phrases] if terms) for phrases in family.members)
        for family in families
    )


def names_family(found: list[Terms], family: str) -> np.ndarray:
    """Per statement, whether it names a member of the vocab/issue_terms.toml exclusive family
    called `family` (a phrase is named when all its terms are)."""
    names = [f.name for f in load(IssueTermFile, "issue_terms.toml").exclusive]
    members = exclusive_families()[names.index(family)]
    return np.array([any(phrase <= terms.keys() for member in members for phrase in member) for terms in found],
                    dtype=bool)


@cache
def who_or_where_terms() -> frozenset[str]:
    """Issue words that say who acts or where (staff groups, specialties, clinical settings)."""
    families = [f for f in load(IssueTermFile, "issue_terms.toml").exclusive if f.who_or_where]
    phrases = [phrase for family in families for member in family.members for phrase in member]
    return frozenset(term for found in vocab_terms(phrases) for term in found)


def is_issue(term: str) -> bool:
    return term in issue_terms() or term.startswith(SECTION_PREFIX)


def is_specific(term: str) -> bool:
    """Says which problem, not just which area: anything but a topic word."""
    return term not in topic_terms()


def weight(term: str) -> float:
    idf, unseen = _idf()
    return idf.get(term, unseen) * (ISSUE_WEIGHT if is_issue(term) else 1.0)


def dice_matrix(found: list[Terms], aspects: list[frozenset[str]] | None = None, **options) -> np.ndarray:
    """`dice_readings` with every block."""
    return dice_readings(found, aspects, **options)[0]


def dice_readings(found: list[Terms], aspects: list[frozenset[str]] | None = None, *,
                lenient: bool = False, one_theme: np.ndarray | None = None,
                same_report: np.ndarray | None = None, one_ask: np.ndarray | None = None,
                duties: list[Terms] | None = None,
                unreferenced: tuple[list[Terms], list[frozenset[str]], list[bool]] | None = None
                ) -> tuple[np.ndarray, np.ndarray]:
    """Weighted Dice (twice the weight two statements share over their total weight) for every
    pair at once, as weighted matrix products, with the issue-word
    penalty and the three blocks (no shared specific, distinct specifics, lone shared term);
    given each statement's aspects (pipeline/aspects.py), also the aspect conflict.
    `lenient` lifts the blocks that guard against one shared word (3 and 4): what may be one
    issue, for a mark a person confirms rather than a merge. Two readings come back: with every
    block, and without block 3 alone (pipeline/merge.py `_bridge` asks which pairs only it keeps
    apart). `same_report` marks the pairs from
    one report, where the clinical-setting family tells issues apart (vocab/issue_terms.toml
    `within_report`); across a trust's core-service reports each names its own setting.
    `one_ask` marks the pairs one of which asks the other's duty among its asks (`ask_same_duty`):
    inside one theme, blocks 3 and 4 spare them as they spare `_elaborates` pairs.
    `duties` are each statement's terms without the qualifiers hung on its asks (pipeline/asks.py
    `duty`): the issue-word penalty and block 3 weigh what is asked, so a consequence ("so that
    escorted leave is not cancelled") or an emphasis ("particularly at night") neither makes a
    second issue nor drowns the shared object."""
    n = len(found)
    x, vocab = _incidence(found)
    w = np.array([weight(t) for t in vocab])
    totals = x @ w
    shared = (x * w) @ x.T
    denom = totals[:, None] + totals[None, :]
    scores = np.divide(2 * shared, denom, out=np.zeros((n, n)), where=denom > 0)
    conflicts = _issue_conflicts(x, vocab, aspects)
    if duties is not None:  # a duty naming no issue word leaves its object to the qualifier: read the whole
        asked = [duty if any(is_issue(t) for t in duty) else whole for duty, whole in zip(duties, found)]
        conflicts &= _issue_conflicts(*_incidence(asked), aspects)
    scores = np.where(conflicts, scores * ISSUE_CONFLICT_PENALTY, scores)
    spec = _columns(x, vocab, is_specific)
    shared_specific = spec @ spec.T
    longer = np.maximum(totals[:, None], totals[None, :])
    coverage = np.divide(shared, longer, out=np.zeros((n, n)), where=longer > 0)
    if duties is not None:
        coverage = np.maximum(coverage, _coverage(*_incidence(duties)))
    iss = _columns(x, vocab, is_issue)
    elaborated = contained = np.zeros((n, n), dtype=bool)
    if aspects is not None and one_theme is not None:
        elaborated = one_theme & _elaborates(_columns(x, vocab, _names_what), iss, aspects)
        contained = one_theme & same_duty(found, aspects)
        if one_ask is not None:
            elaborated = elaborated | (one_theme & one_ask)
    lone = (shared_specific == 1) & (coverage < MIN_LONE_COVERAGE) & (not lenient) & ~elaborated & ~contained
    identical = _same_rows(x)
    blocked = ((shared_specific == 0) & ~identical) | _distinct_specifics(found, same_report, aspects)
    if aspects is not None:
        clash = aspect_conflicts(aspects)
        if unreferenced is not None:
            clash &= aspect_conflicts(_aspects_asked(aspects, unreferenced))
        blocked |= clash & (shared_specific <= ASPECT_MAX_SHARED)
        if not lenient:
            blocked |= _one_term(x, iss, aspects, _asking(aspects, unreferenced)) & ~elaborated
            if unreferenced is not None:
                bare, vocab_bare = _incidence(unreferenced[0])
                iss_bare = _columns(bare, vocab_bare, is_issue)
                cite = np.array(unreferenced[2])
                blocked |= (_one_term(bare, iss_bare, unreferenced[1], _asking(aspects, unreferenced))
                            & cite[:, None] & cite[None, :] & ~elaborated)
        scores = np.where(clash, scores * ASPECT_PENALTY, scores)
    return np.where(blocked | lone, 0.0, scores), np.where(blocked, 0.0, scores)


def _one_term(x: np.ndarray, iss: np.ndarray, aspects: list[frozenset[str]],
              named: np.ndarray | None = None) -> np.ndarray:
    """Block 4: pairs sharing one term and no aspect (kin not counted), unless they name exactly the
    same terms or both name no aspect (`named`, by default any of `aspects`) and share an issue word."""
    named = np.array([bool(a) for a in aspects]) if named is None else named
    silent = ~named[:, None] & ~named[None, :]
    alike = aspect_agreement(aspects, kin_counted=False)[0]
    return ((x @ x.T) == 1) & ~alike & ~_same_rows(x) & ~(silent & ((iss @ iss.T) == 1))


def _aspects_asked(aspects: list[frozenset[str]],
                   unreferenced: tuple[list[Terms], list[frozenset[str]], list[bool]]) -> list[frozenset[str]]:
    """Each statement's aspects as its asks name them without the standard they cite (`unreferenced`), for one
    that cites one; the rest keep theirs. The aspect clash must hold in both readings, as the issue-word
    penalty must: "receive clinical supervision at the frequency the supervision policy sets" asks supervision,
    timed and to a policy only by the standard it is measured against, no other thing than "receive supervision
    and that it is recorded"."""
    return [bare if cited else whole for whole, bare, cited in zip(aspects, unreferenced[1], unreferenced[2])]


def _asking(aspects: list[frozenset[str]],
            unreferenced: tuple[list[Terms], list[frozenset[str]], list[bool]] | None) -> np.ndarray | None:
    """Per statement, whether it asks an aspect for block 4's exemption: one its asks name without the
    standard they cite (`unreferenced`), the record of its own act aside. "Receive regular supervision in
    line with the supervision policy" and "receive supervision regularly and that it is recorded" both ask
    supervision, done to a standard and on the record. A statement with no ask keeps all its aspects."""
    if unreferenced is None:
        return None
    return np.array([bool((a - {RECORDED_ACT}) & bare) if terms else bool(a)
                     for a, terms, bare in zip(aspects, unreferenced[0], unreferenced[1])], dtype=bool)


def _columns(x: np.ndarray, vocab: dict[str, int], keep) -> np.ndarray:
    """The columns of `x` (`_incidence`) of the terms `keep` holds true of: the specific or the issue words."""
    return x[:, [i for term, i in vocab.items() if keep(term)]]


def _incidence(found: list[Terms]) -> tuple[np.ndarray, dict[str, int]]:
    """0/1 rows of which terms each statement names, and the column of each term."""
    vocab = {term: i for i, term in enumerate(sorted({t for f in found for t in f}))}
    x = np.zeros((len(found), len(vocab)))
    for row, terms in enumerate(found):
        x[row, [vocab[t] for t in terms]] = 1.0
    return x, vocab


def _coverage(x: np.ndarray, vocab: dict[str, int]) -> np.ndarray:
    """The weight two statements share over the longer one's weight (block 3's measure)."""
    w = np.array([weight(t) for t in vocab])
    totals = x @ w
    longer = np.maximum(totals[:, None], totals[None, :])
    return np.divide((x * w) @ x.T, longer, out=np.zeros(longer.shape), where=longer > 0)


def _names_what(term: str) -> bool:
    """A specific term that says what, not who acts or where (a staff group, a clinical setting)."""
    return is_specific(term) and term not in who_or_where_terms()


def _elaborates(spec: np.ndarray, iss: np.ndarray, aspects: list[frozenset[str]]) -> np.ndarray:
    """Pairs where one statement only names an object and the other asks the same of it, in more
    words: the first names no aspect and no specific term the other lacks (who acts and where aside, as
    `same_duty` leaves them: `spec` holds the terms that say what), they share an issue word, and the
    other names only aspects of manner (recorded, to a policy, in time). "Staff have regular supervision"
    against "ward staff receive regular supervision and it is recorded", and "staff in the community
    mental health teams receive regular supervision" against "staff have supervision as often as the
    policy sets"."""
    manner = manner_aspects()
    bare = np.array([not a for a in aspects])
    plain = np.array([a <= manner for a in aspects])
    inside = (spec @ (1.0 - spec).T) == 0  # [i, j]: i names no specific term j lacks
    one = bare[:, None] & plain[None, :] & inside & ((iss @ iss.T) >= 1)
    return one | one.T


def same_duty(found: list[Terms], aspects: list[frozenset[str]]) -> np.ndarray:
    """Pairs about one object asked one thing, the test two statements in neighbouring themes
    must pass before their words are scored (pipeline/merge.py): the object, they share an issue
    word and one names no issue word the other lacks, leaving aside who acts and where (a staff
    group, a clinical setting: "midwives" against "nursing staff" is not another object); the
    duty, one asks nothing the other does not ask too (each of its aspects, or a kin one, is
    among the other's; naming none asks nothing different). "Medical staff complete
    safeguarding children level 3 training" and "doctors working with children have up-to-date
    level 3 safeguarding training" pass;
    "training night staff on fire evacuation" and "staffing levels at night" share "night" but
    not the object (fire), nor the duty (training against staffing)."""
    share, among, asks_within = _object_and_duty(found, aspects)
    return share & (among | among.T) & (asks_within | asks_within.T)


def _object_and_duty(found: list[Terms], aspects: list[frozenset[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Three [i, j] matrices: the two share an issue word; i's object (its issue words, who acts
    and where aside) is among j's; j asks nothing i does not (each of j's aspects, or a kin one,
    is among i's; naming none asks nothing)."""
    issues = _rows([{t for t in terms if is_issue(t)} for terms in found])
    what = _rows([{t for t in terms if is_issue(t) and t not in who_or_where_terms()} for terms in found])
    among = (what @ what.T) == what.sum(axis=1)[:, None]
    names = sorted(set().union(*aspects))
    asked = _rows([set(a) for a in aspects], names)
    related = kin()
    near = np.array([[other in related.get(name, {name}) for other in names] for name in names],
                    dtype=float).reshape(len(names), len(names))
    covered = ((asked @ near) > 0) @ asked.T  # [i, j]: how many of j's aspects i asks too (or a kin)
    return (issues @ issues.T) > 0, among, covered == asked.sum(axis=1)[None, :]


def ask_same_duty(found: list[Terms], aspects: list[frozenset[str]], part_found: list[Terms],
                  part_aspects: list[frozenset[str]], owner: list[int]) -> np.ndarray:
    """Pairs where one statement's asks include the other's duty and add only what concerns the same
    object: one of its asks is about an object the other names (its issue words among the other's)
    and asks what the other asks, no more and no less (aspects, kin counted), and none of its other
    asks names an issue word the other lacks. "Staff receive an annual appraisal and team leaders
    monitor appraisal rates" and "all staff have an annual appraisal" are one action (the first adds
    the oversight of that very duty); "fluid balance charts are completed and low intake escalated"
    and "patients are not left without fluids before surgery" are not (the chart is recorded, the
    fast is not). The parts are each statement's asks (pipeline/asks.py), `owner` the statement each
    belongs to; a statement of one ask is its own part, which `same_duty` already compares."""
    n = len(found)
    share, among, asks_within = _object_and_duty([*found, *part_found], [*aspects, *part_aspects])
    duty = (share & among & asks_within & asks_within.T)[n:, :n]  # [ask, statement]
    issues = [{t for t in terms if is_issue(t)} for terms in found]
    part_issues = [{t for t in terms if is_issue(t)} for terms in part_found]
    out = np.zeros((n, n), dtype=bool)
    for i in {o for o, count in Counter(owner).items() if count > 1}:
        parts = [k for k, o in enumerate(owner) if o == i]
        for j in range(n):
            if j != i and any(duty[k, j] and all(part_issues[other] <= issues[j] for other in parts if other != k)
                              for k in parts):
                out[i, j] = True
    return out | out.T


def _rows(sets: list[set[str]], names: list[str] | None = None) -> np.ndarray:
    """0/1 rows: which of `names` (by default all members, sorted) each set holds."""
    index = {item: k for k, item in enumerate(names if names is not None else sorted(set().union(*sets)))}
    x = np.zeros((len(sets), len(index)))
    for row, items in enumerate(sets):
        x[row, [index[item] for item in items]] = 1.0
    return x


def overlap(sets: list[set[str]]) -> np.ndarray:
    """Pairs of sets with a member in common."""
    x = _rows(sets)
    return (x @ x.T) > 0


def _same_rows(x: np.ndarray) -> np.ndarray:
    """Pairs of rows naming exactly the same (at least one) terms."""
    counts = x.sum(axis=1)
    return (x @ x.T == counts[:, None]) & (counts[:, None] == counts[None, :]) & (counts[:, None] > 0)


def aspect_agreement(aspects: list[frozenset[str]], *, kin_counted: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Pairs that share an aspect (or, `kin_counted`, a kin aspect), and which statements name any aspect."""
    related = kin() if kin_counted else {}
    names = sorted(set().union(*aspects))
    a = np.array([[name in found for name in names] for found in aspects], dtype=float).reshape(len(aspects), len(names))
    near = np.array([[other in related.get(name, {name}) for other in names] for name in names], dtype=float)
    return (a @ near.reshape(len(names), len(names)) @ a.T) > 0, a.sum(axis=1) > 0


def aspect_conflicts(aspects: list[frozenset[str]]) -> np.ndarray:
    """Pairs where both statements name an aspect and they share none."""
    return _clash(*aspect_agreement(aspects))


def _clash(agree: np.ndarray, named: np.ndarray) -> np.ndarray:
    return named[:, None] & named[None, :] & ~agree


def _issue_conflicts(x: np.ndarray, vocab: dict[str, int], aspects: list[frozenset[str]] | None = None) -> np.ndarray:
    """Pairs where both statements name an issue and they share no issue word, or share one saying how it is
    overseen (vocab/issue_terms.toml `means`) and no other while each names an object of its own, who acts and where aside
    ("record keeping audits" and "hand hygiene audits" audit two things; "call handlers' calls audited" and "an
    audit of call handling with feedback" one);
    given their aspects, also pairs
    that share no specific term but who acts or where (a staff group, a setting) while each names an issue of its
    own: "the resident medical officer has protected handover time" and "... protected rest time" ask two things
    of one doctor. Not when either asks for the staff themselves (vocab/issue_terms.toml `across_reports_if`):
    there the staff group is the object ("enough registered nurses at night", "fill registered nurse vacancies"); two
    such asks naming one group conflict only if they also do without the words for it, a grade of the group included:
    "enough registered nurses on every shift in the emergency department" and "nurse staffing levels at night" ask for
    the nurses, and only the second names anything else; "recruit to vacant posts and use fewer agency nurses" and "a
    caseload weighting tool" still name two objects."""
    conflicts = _no_shared_issue(_columns(x, vocab, is_issue))
    if aspects is not None:
        staff = np.array([bool(a & _staff_as_object()) for a in aspects], dtype=bool)
        besides = _no_shared_issue(_columns(x, vocab, lambda t: is_issue(t) and t not in who_or_where_terms()))
        conflicts &= besides | ~(staff[:, None] & staff[None, :] & _same_staff_group(x, vocab))
    means = _columns(x, vocab, lambda t: t in means_terms())
    objects = _columns(x, vocab, lambda t: is_issue(t) and t not in means_terms() and t not in who_or_where_terms())
    own = objects.sum(axis=1) > 0
    conflicts |= own[:, None] & own[None, :] & ((objects @ objects.T) == 0) & ((means @ means.T) > 0)
    if aspects is None:
        return conflicts
    what = _columns(x, vocab, lambda t: is_issue(t) and t not in who_or_where_terms())
    rest = _columns(x, vocab, lambda t: is_specific(t) and t not in who_or_where_terms())
    own = (what.sum(axis=1) > 0) & np.array([not a & _staff_as_object() for a in aspects], dtype=bool)
    return conflicts | (own[:, None] & own[None, :] & ((rest @ rest.T) == 0))


def _no_shared_issue(issues: np.ndarray) -> np.ndarray:
    """Pairs that both name an issue word (columns of `issues`) and share none."""
    named = issues.sum(axis=1) > 0
    return named[:, None] & named[None, :] & ((issues @ issues.T) == 0)


def _same_staff_group(x: np.ndarray, vocab: dict[str, int]) -> np.ndarray:
    """Pairs naming one member of a who-or-where family that tells staffing asks apart (`across_reports_if`)."""
    terms = [{term for term, i in vocab.items() if row[i]} for row in x]
    out = np.zeros((len(x), len(x)), dtype=bool)
    families = load(IssueTermFile, "issue_terms.toml").exclusive
    for family, members in zip(families, exclusive_families()):
        if family.who_or_where and family.across_reports_if:
            named = np.array([[any(p <= t for p in member) for member in members] for t in terms], dtype=float)
            out |= (named @ named.T) > 0
    return out


@cache
def _staff_as_object() -> frozenset[str]:
    """The aspects for which a staff group or setting tells issues apart (`across_reports_if` of the
    who-or-where families): asked for, the staff are what the statement is about."""
    families = load(IssueTermFile, "issue_terms.toml").exclusive
    return frozenset(a for family in families if family.who_or_where for a in family.across_reports_if)


def _distinct_specifics(found: list[Terms], same_report: np.ndarray | None = None,
                        aspects: list[frozenset[str]] | None = None) -> np.ndarray:
    """Pairs that name members of one exclusive family (or numbered sections) and share none;
    given `same_report`, a `within_report` family counts only for statements of one report, or,
    for a family with `across_reports_if`, for a pair either of which names one of those aspects
    (staff groups tell a trust's nurse staffing from its medical cover, not its midwives'
    appraisals from its nurses')."""
    n = len(found)
    clash = np.zeros((n, n), dtype=bool)
    sections = sorted({t for f in found for t in f if t.startswith(SECTION_PREFIX)})
    families = [*exclusive_families(), tuple((frozenset([s]),) for s in sections)]
    local = _within_report_families()
    for k, members in enumerate(families):
        vocab = frozenset().union(*(phrase for member in members for phrase in member))
        rows = [r for r, terms in enumerate(found) if not vocab.isdisjoint(terms)]  # the rest name none
        if len(rows) < 2:
            continue
        named = np.array([[any(phrase <= found[r].keys() for phrase in member) for member in members]
                          for r in rows], dtype=float)
        some = named.sum(axis=1) > 0
        differ = some[:, None] & some[None, :] & ((named @ named.T) == 0)
        if k in local and same_report is not None:
            keep = same_report[np.ix_(rows, rows)]
            if local[k] and aspects is not None:
                asks = np.array([bool(aspects[r] & local[k]) for r in rows])
                keep = keep | asks[:, None] | asks[None, :]
            differ &= keep
        clash[np.ix_(rows, rows)] |= differ
    return clash


@cache
def _within_report_families() -> dict[int, frozenset[str]]:
    """Positions (in `exclusive_families` order) of the families that tell apart only the
    statements of one report (vocab/issue_terms.toml `within_report`), each with the aspects
    for which it tells a trust's reports apart as well (`across_reports_if`; none for most)."""
    families = load(IssueTermFile, "issue_terms.toml").exclusive
    return {k: frozenset(family.across_reports_if) for k, family in enumerate(families) if family.within_report}


def distinct_specifics(a: Terms, b: Terms) -> bool:
    """Whether two statements name different members of one exclusive family."""
    return bool(_distinct_specifics([a, b])[0, 1])


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
        return RELATED_PENALTY if _related(a, b) or _related(b, a) else 0.0
    if all(_letters_clash(a, b, key) for key in common):
        return SUBPARAGRAPH_PENALTY
    return 1.0


def _related(a: list[Regulation], b: list[Regulation]) -> bool:
    """`a` cites one side of a RELATED_REGULATIONS pair and `b` the other, with fitting sub-paragraphs."""
    for key_a, letters_a, key_b, letters_b in RELATED_REGULATIONS:
        if _letters(a, key_a) & letters_a and _letters(b, key_b) & letters_b:
            return True
    return False


def _letters_clash(a: list[Regulation], b: list[Regulation], key: tuple[str, str]) -> bool:
    """Both cite lettered sub-paragraphs of this regulation and none of them agree."""
    letters_a = _letters(a, key)
    letters_b = _letters(b, key)
    return bool(letters_a and letters_b and not letters_a & letters_b)


def _letters(regs: list[Regulation], key: tuple[str, str]) -> set[str]:
    return {m for r in regs if (r.instrument, r.number) == key for m in _LETTER.findall(r.paragraphs)}
