"""Merge: findings about the same issue become one action.

Takes `list[Finding]` (one report or a whole batch), returns `list[Action]`: every
finding in exactly one action, its verbatim text untouched (actions hold ids only).
The decisions a reader would get wrong:
- Groups form by complete-link agglomeration: two groups join only when EVERY cross pair
  reaches the threshold, so look-alikes are never glued together through intermediate
  statements (single-link chains them; average-link still did on the dev batch, where it
  merged waiting areas, waiting lists and waiting times into one action).
- Complete-link asks every two members to merge on their own words, and one block only asks for more
  evidence than a pair has: the lone-term block (one shared word in a long statement). So, once no two
  groups can join, two still join when every cross pair reaches the threshold or is held under it by
  that block alone and a member of either group reaches it with both (`_bridge`): in a batch a
  paraphrase that had joined a third wording first no longer stranded its partner (a trust's MCA
  assessments, whole report CG). The blocks that say two statements ask different things are never
  bridged: counting the one-shared-term block too joined 61 same-issue pairs of the sixteen pair sets
  and 14 look-alikes, through statements asking both steps (bench/eval_merge.py notes).
- Findings are keyed by position, never by id: ids repeat across the files of a batch.
- An explicit regulation conflict (pipeline/similarity.py) is a cannot-link: two groups
  holding such a pair never join, however alike their other members are. Explicit means
  cited in the statement or named by its requirement-notice row (tag basis "explicit" or
  "requirement_notice"): a regulation the tag stage guessed from wording cues is not used,
  because two wordings of one issue often trip different cues (on the fresh evaluation pairs,
  tagged, the guesses vetoed 13 more same-issue pairs than the citations alone). The blocks of
  pipeline/similarity.py (no shared issue-specific term, distinct specifics such as
  section 132 against section 17, one shared word in a much longer statement) score a
  pair 0, so complete-link keeps such pairs apart in a batch as well.
- Statements in different themes (CQC's evidence categories, pipeline/themes.py) never
  merge, nor statements about different providers (the reports' covers, `providers`, or the
  provider a statement names before its "must", or a care home or practice it names after it as
  the ask's subject or place, pipeline/named_providers.py): both are
  cannot-links like a regulation conflict. The theme gate stays absolute even when the words
  agree strongly: "patient records are kept locked" and "the medicines fridge is kept locked"
  on one ward score 0.58 and share "locked". The one exception is two themes CQC files one
  issue under either (vocab/theme_neighbours.toml: safeguarding training under Mandatory
  training, Competent staff or Safeguarding; a DoLS application under Safeguarding or the MCA)
  when the statements agree on the object and the duty (pipeline/similarity.py `same_duty`):
  then their words are scored as usual, without the same-theme bonus; not when one asks for staff to be
  trained and the other does not (`_taught_apart`: "training in positive behaviour support" and "a positive
  behaviour support plan", the plan naming no aspect). A guess of the tag stage
  that files one wording under a neighbour of the other's theme no longer splits them; words
  alone never bridge themes that are not neighbours. A theme the tag stage only guessed (nothing
  in the statement named it) neither gates nor helps the word score, but a pair whose printed
  themes differ, one of them such a guess, merges only on a strong match (REVIEW_BELOW or more),
  and is then marked "Check", naming both themes (pipeline/conflicts.py): "pre-operative clinic
  capacity" (guessed Evidence-based care) joined "leadership capacity ... theatre programme"
  (Leadership) at 0.32 on "capacity" alone; on the labelled pairs this costs one or two
  same-issue pairs a set and saves one to two look-alikes (bench/eval_merge.py).
- A clinical setting named on both sides (ED, maternity, theatres) tells two statements of one
  report apart, not two of a trust's reports (`reports`, pipeline/similarity.py `same_report`): each
  core-service report names its own setting, and the same duty in two of them is one issue.
  So does a staff group, except in a staffing ask (vocab/issue_terms.toml `across_reports_if`):
  midwives' and nurses' appraisals are one trust-wide issue, nurse and medical staffing two.
- Inside one theme, merging is readier, for a consultant who wants one action per problem:
  a lower threshold (THEME_BONUS); a statement that only names its object joins one that says
  how it is done (pipeline/similarity.py `_elaborates`), and so does one of whose asks is the
  other's duty, the rest its oversight (`ask_same_duty`); and in a theme CQC reports as one
  figure (vocab/themes.toml `one_action`: Mandatory training) two statements asking for that
  training are one problem whatever staff group or course they name (`_one_action`), also when
  one of them sits in a neighbouring theme that passed `same_duty`: a trust writes one action
  with one trajectory for all of a report's mandatory-training shortfalls, the programme, basic
  life support and safeguarding level 3 alike (tests/eval/LABELLING.md rule 4). What keeps
  look-alikes of one theme apart is unchanged: the aspects, the exclusive families and the
  blocks of pipeline/similarity.py.
- The words are read without a participle naming people by an earlier assessment ("patients
  assessed as at high risk ... receive equipment", pipeline/asks.py `without_earlier_result`), and
  the theme without the caseload they are on too (`without_population`): whom an ask is for is
  not what it asks. Nor a goal the ask is a means to ("privacy and dignity are maintained by not
  caring for them in mixed-sex accommodation", `without_goal`): one goal reached by two means is two
  actions (the accommodation, conversations overheard at reception). Nor a count of people said by
  what they have done ("improve the number of staff on medical wards who have completed mandatory
  training", `without_count`): the figure is the training's, and "number of staff" asks for no staffing
  (IM, a trust's mandatory training across three core services; `read_as_asked` reads all three).
- What a statement asks (its aspects) reads an ask that only says another ask's act is recorded ("hoists
  are cleaned between patients and that cleaning is recorded") as the record of that act
  (pipeline/aspects.py `asked_aspects`): it agrees with another statement's record, not, by the kin of
  recording, with a check (hoists serviced and inspected): CA's look-alikes 5 -> 4, one same-issue
  pair of the tuning set fresh lost (spot checks against observations of competence "recorded").
- The word score's issue-word penalty and lone-term block also read each statement's duties, its
  asks without the qualifier hung on them (pipeline/similarity.py `dice_matrix` `duties`): "enough
  qualified nurses on every shift so that escorted leave is not cancelled" asks for nurses, not leave.
- Two statements that both list examples of their object ("mandatory training, including moving
  and handling and basic life support"; "... in particular fire safety and infection control";
  "policies, including the observation policy") are also scored without them, and the better
  reading counts (`_beside_examples`): a trust's core-service reports illustrate one trust-wide
  problem each with their own examples, and the examples alone tripped the distinct-course block
  and the issue-word penalty. A pair where only one lists examples is read whole: with only one
  side's example dropped, a lone shared word covered enough to merge a look-alike (mortuary
  storage against mortuary access, pair set fresh2).
- One statement asking for a wait to be shorter and the other only for the people who wait to be
  kept safe while they do ("reduce the waits for autism assessments" against "children waiting for
  an autism assessment are contacted and their risk reviewed") score 0 whatever their words share
  (pipeline/waits.py `wait_apart`): what each asks differs, not the words. A finding that asks nothing ("This was a
  breach of regulation 17 because the trust had no oversight of how many outpatients were overdue a follow-up") is read
  by what it says instead: oversight of the people overdue is not the backlog cut.
- One statement asking for a check or authority to be renewed ("DoLS authorisations tracked so
  renewals go in on time") and the other for it to be had first ("DBS checks at recruitment",
  "applications are submitted"), or one for a review repeated at a set interval ("hourly") and the other for
  the assessment on admission, score 0 likewise (pipeline/renewals.py `renewal_apart`).
- One statement gating its own act on the other's duty ("medicines are given covertly only when a mental
  capacity assessment ... has been recorded" against "staff assess and record patients' capacity") shares
  it only in that condition: scored 0 likewise (pipeline/preconditions.py `precondition_apart`).
- Two statements setting different time limits for acts that share no term ("an initial assessment
  within 15 minutes of arrival" against "pain relief within 20 minutes of the initial assessment") are
  two standards: scored 0 likewise (pipeline/deadlines.py `deadline_apart`).
- One statement asking for a thing to be acted on once someone has made it ("safeguarding referrals made by crews
  are processed by the safeguarding team", or "staff who raise concerns receive feedback about the outcome of their
  referral") and the other for it to be made ("crews make safeguarding referrals", "refer concerns to the local
  authority") ask two steps of two owners: scored 0 likewise (pipeline/handling.py `handling_apart`).
- One statement asking only for the record of an act ("keep a record of each fire drill", "mental capacity
  assessments are kept in people's care files") and the other for the act, naming no record ("a fire drill is
  held every six months"), ask two things of two kinds (the paperwork, the act): scored 0 likewise
  (pipeline/records_only.py `record_apart`).
- One statement asking only that people are told about a thing ("patients are given clear information about
  fasting before surgery") and the other for the thing itself, naming no information ("patients do not fast for
  longer than necessary"), ask what people are told and what is done: scored 0 likewise
  (pipeline/informing.py `told_apart`).
- One statement asking only for a practice to be audited ("audit compliance with the WHO surgical safety checklist and
  share the results with theatre teams") and the other for the practice, naming no audit, check or oversight ("all five
  steps to safer surgery are completed for every patient"), ask an audit programme and the practice: scored 0 likewise
  (pipeline/audit_only.py `audit_apart`).
- One statement asking only for staff to be trained in a thing ("staff are trained in the restraint techniques the trust
  approves") and the other for the thing done, naming no aspect ("staff use only the restraint techniques the trust
  approves") ask the course and the practice: scored 0 likewise, in any theme (`_trained_apart`; merge58).
- A theme cue that only names the report's own core service ("complaints about end of life care"
  in the End of life care report) neither ties a statement's theme nor adds one (`_names_service`):
  every statement of that report is about its service.
- A must merged with a should is a must. Actions leave merge unnumbered (ref ""), in order
  of their first finding; pipeline/refs.py gives the refs every output prints.
"""

import re
from functools import cache

import numpy as np

from ..models import Action, Finding, MergeLink, Regulation, Tag

from .asks import (Ask, asks, emphasis, unreferenced, without_count, without_earlier_result, without_goal,
                   without_population, without_privileges)
from .aspects import asked_aspects, aspects_many
from .audit_only import audit_apart
from .conflicts import differences
from .deadlines import deadline_apart
from .handling import handling_apart
from .informing import told_apart
from .named_providers import providers_apart
from .preconditions import precondition_apart
from .records_only import record_apart
from .regex_programs import compiled
from .renewals import renewal_apart
from . import themes
from .similarity import (ask_same_duty, dice_readings, names_family, overlap, regulation_factor, same_duty,
                         shared_terms)
from .theme_neighbours import neighbouring
from .theming import SURE
from .terms import Terms, terms_many
from .text import EXAMPLE_OPENER
from .waits import wait_apart

# Chosen by bench/eval_merge.py --fresh on the dev, heldout and fresh pairs (tagged findings). Re-swept
# with the lone-term block of pipeline/similarity.py the plateau's middle is 0.31, within one pair of
# 0.32 on every split, so 0.32 stays. On the blind sets of other authors (fresh2-6) higher thresholds
# trade recall for fewer look-alike merges: the curve for --threshold is in bench/HISTORY.md (merging).
DEFAULT_THRESHOLD = 0.32
# A merge scoring under this is marked for a person to confirm. On the pair sets fresh2-6 pooled,
# at the default threshold, 0.5 marks 33 of the 59 wrong merges and 93 of the 494 right ones
# (bench/eval_merge.py --curve; when chosen, with 70 wrong merges, 0.45 marked 37 and 97 right ones,
# 0.55 marked 54 and 199): most wrong merges, for a reviewer reading under a fifth of the right ones.
REVIEW_BELOW = 0.5
# Two statements surely in one theme (CQC's evidence category) need less word overlap to be one
# issue: the bonus is added to their score before the threshold (bench/eval_merge.py).
THEME_BONUS = 0.1
_FIRM = ("explicit", "requirement_notice")  # tag bases that read a regulation, not guess it
# An example a statement lists, up to the next comma: "..., including the defibrillator and oxygen, ...";
# also what it names "in particular" (the tag stage's EXAMPLE_OPENER does not count that phrase).
_EXAMPLE = compiled(rf"(?:{EXAMPLE_OPENER}|\bin particular\s)" + r"[^,;.()]*", re.IGNORECASE)


def merge(findings: list[Finding], *, threshold: float = DEFAULT_THRESHOLD, enabled: bool = True,
          providers: list[str | None] | None = None, reports: list[int] | None = None) -> list[Action]:
    """Group findings about the same issue; `enabled=False` gives one action per finding.
    `providers` (one per finding, None if unknown) keeps different providers' statements apart;
    `reports` (one per finding: which report of a batch it is from; by default its file name)
    tells the statements of one report from those of a trust's other reports."""
    if not threshold >= 0:  # NaN fails this too; below 0 the clustering never stops (above 1: no merges)
        raise ValueError(f"merge threshold must be 0 or more, not {threshold!r}")
    if not enabled or len(findings) < 2:
        return _actions(findings, [[i] for i in range(len(findings))], [[] for _ in findings])
    found, scores, loose, vetoed = _scored(findings, providers, lenient=False, reports=reports)
    groups, joins = _agglomerate(scores, vetoed, threshold)
    if len(findings) > 2:
        groups, joins = _bridge(groups, joins, scores, vetoed, (loose >= threshold) & (scores < threshold), threshold)
    return _actions(findings, groups, [_merge_links(findings, found, scores, pairs) for pairs in joins])


def score_findings(findings: list[Finding], providers: list[str | None] | None = None, *, lenient: bool = False,
                   reports: list[int] | None = None) -> tuple[list[Terms], np.ndarray, np.ndarray]:
    """Each finding's terms, the pair scores merge compares with the threshold, and the
    cannot-links (an explicit regulation conflict, different themes, different providers);
    `lenient` scores without the one-shared-word blocks (pipeline/similarity.py `dice_matrix`);
    `reports` as for `merge`."""
    found, scores, _, vetoed = _scored(findings, providers, lenient=lenient, reports=reports)
    return found, scores, vetoed


def _scored(findings: list[Finding], providers: list[str | None] | None, *, lenient: bool,
            reports: list[int] | None) -> tuple[list[Terms], np.ndarray, np.ndarray, np.ndarray]:
    """`score_findings` with the lone-term block and without it (pipeline/similarity.py `dice_readings`)."""
    texts = [read_as_asked(f.text) for f in findings]
    found = terms_many(texts)
    sure = [sure_themes(f) for f in findings]
    filed = [s or ([f.theme] if f.theme else []) for s, f in zip(sure, findings)]
    asked = asked_aspects(texts)
    required = [[a for a in asks(text) if a.required] for text in texts]
    parts = [(i, a.text) for i, mine in enumerate(required) for a in mine]
    one_ask = ask_same_duty(found, asked, terms_many([p for _, p in parts]), aspects_many([p for _, p in parts]),
                            [i for i, _ in parts])
    spared = neighbouring(filed) & ((same_duty(found, asked) & ~_taught_apart(asked))
                                    | _counted_apart(filed, asked, found, texts))
    factors = (regulation_factors(findings) * _theme_factors(sure, spared)
               * apart(providers or [None] * len(findings)) * ~providers_apart(texts))
    primary = [next(iter(s), None) for s in sure]
    one_report = same([str(r) for r in reports] if reports is not None else [f.file for f in findings]).astype(bool)
    duties = terms_many([" ".join(a.duty for a in mine) for mine in required])
    options = {"lenient": lenient, "one_theme": _share_theme(sure), "same_report": one_report, "one_ask": one_ask}
    whole = _one_action(primary, asked, found, spared)
    guessed_apart = _theme_factors(filed, spared) == 0.0  # the themes the plan prints differ, one a guess
    apart_asks = (wait_apart(said_asks(required, texts)) | renewal_apart(texts) | precondition_apart(texts, found) | deadline_apart(texts)
                  | handling_apart(texts) | record_apart(texts) | told_apart(texts) | audit_apart(texts) | _trained_apart(asked, texts))
    out = []
    for words, beside in zip(dice_readings(found, asked, duties=duties, unreferenced=unreferenced_asks(required), **options),
                             _beside_examples(texts, required, **options)):
        words = np.maximum(words, beside) + THEME_BONUS * same(primary)
        scores = np.minimum(1.0, np.where(whole, np.maximum(words, REVIEW_BELOW), words)) * factors
        scores = np.where(guessed_apart & (scores < REVIEW_BELOW), 0.0, scores)
        out.append(np.where(apart_asks, 0.0, scores))
    return found, *out, factors == 0.0


def read_as_asked(text: str) -> str:
    """The wording merge scores: without the people an earlier assessment picked out, the goal an ask is a
    means to, a count of people said by what they have done, or the practising privileges that only say which
    doctors are meant (pipeline/asks.py): whom an ask is for, what it is for and how it is counted are not what
    it asks."""
    return without_privileges(without_count(without_goal(without_earlier_result(text))))


def _beside_examples(texts: list[str], required: list[list[Ask]], **options) -> tuple[np.ndarray, np.ndarray]:
    """The word score of the statements read without the examples they list, for pairs that both
    list some (0 for the rest), in both readings of `dice_readings`; `options` as for it."""
    plain = [_EXAMPLE.sub(" ", t) for t in texts]
    listing = np.array([p != t for p, t in zip(plain, texts)])
    if listing.sum() < 2:
        return np.zeros((len(texts), len(texts))), np.zeros((len(texts), len(texts)))
    found = terms_many(plain)
    duties = terms_many([" ".join(_EXAMPLE.sub(" ", a.duty) for a in mine) for mine in required])
    alone = unreferenced_asks(required, lambda text: _EXAMPLE.sub(" ", text))
    both = listing[:, None] & listing[None, :]
    strict, loose = dice_readings(found, asked_aspects(plain), duties=duties, unreferenced=alone, **options)
    return np.where(both, strict, 0.0), np.where(both, loose, 0.0)


def said_asks(required: list[list[Ask]], texts: list[str]) -> list[list[Ask]]:
    """Each statement's required asks; a finding that asks nothing ("This was a breach of regulation 17 because ..."),
    by what it says."""
    return [mine or asks(text) for mine, text in zip(required, texts)]


def unreferenced_asks(required: list[list[Ask]], plain=lambda text: text
                  ) -> tuple[list[Terms], list[frozenset[str]], list[bool]]:
    """Each statement's asks without the standard they cite (pipeline/asks.py `unreferenced`), read
    `plain`: their terms, the aspects they ask, and whether any ask cited one."""
    cut = [[(unreferenced(a.text), a.text) for a in mine] for mine in required]
    texts = [" ".join(plain(short) for short, _ in mine) for mine in cut]
    return terms_many(texts), asked_aspects(texts), [any(short != whole for short, whole in mine) for mine in cut]


def _one_action(primary: list[str | None], asked: list[frozenset[str]], found: list[Terms],
                spared: np.ndarray) -> np.ndarray:
    """Pairs one of which is surely in a theme CQC reports as a single figure (vocab/themes.toml
    `one_action`, Mandatory training), the other in that theme too or in a neighbouring one
    (`spared`), and both asking for what the figure counts (training) and naming it (the theme's
    `counted` family: mandatory training or one of its courses). Such a pair is one problem
    whatever staff group, service or course each names, and scores at least REVIEW_BELOW:
    "medical staff complete mandatory training", "nursing staff are up to date with basic life
    support training" and "theatre staff complete resuscitation training" are one action, and so
    are "midwives complete safeguarding children training" (Mandatory training) and "nursing staff
    are trained in safeguarding children to level 3" (Competent staff). The courses share no word,
    so the word score keeps them apart (the distinct-course block): only the figure joins them.
    Training records kept accurate ask for records, not training, and chaperones "trained for the
    role" name no course: both stay with the word score."""
    n = len(primary)
    out = np.zeros((n, n), dtype=bool)
    for name in {p for p in primary if p}:
        theme = themes.named(name)
        if not (theme and theme.one_action):
            continue
        asks_it = _asks_counted(theme, asked, found)
        inside = np.array([p == name for p in primary]) & asks_it
        pairs = inside[:, None] & asks_it[None, :] & (inside[None, :] | spared)
        out |= pairs | pairs.T
    return out


def _taught_apart(asked: list[frozenset[str]]) -> np.ndarray:
    """Pairs one of which asks for staff to be trained in a thing and the other not: across neighbouring
    themes, the course ("staff receive training in positive behaviour support", Competent staff) is another
    duty than the thing itself ("every patient has a positive behaviour support plan"), though the plan
    names no aspect and so asks nothing `same_duty` would call different."""
    taught = np.array(["training" in mine for mine in asked], dtype=bool)
    return taught[:, None] != taught[None, :]


# Staff trained in a thing, said by the verb the ask turns on ("staff are trained in", "crews receive training in"): not a
# course listed among other support ("receive support, training and supervision") nor training given to patients.
_TRAINED = compiled(r"\b(?:(?:are|is|be|been|get|gets)\s+(?:\w+ly\s+)?trained|(?:receive|receives|complete|completes|"
                    r"attend|attends|undertake|undertakes|have|has)\s+(?:\w+\s+)?training)\s+(?:in|on|to|for|about)\b",
                    re.IGNORECASE)


def _trained_apart(asked: list[frozenset[str]], texts: list[str]) -> np.ndarray:
    """Pairs one of which asks only for staff to be trained in a thing (training its one aspect, said by `_TRAINED`) and
    the other asks no aspect of it at all: "staff are trained in the restraint techniques the trust approves" and
    "staff use only the restraint techniques the trust approves" are the course and the practice, two fixes with two
    owners, in any theme (`_taught_apart` does this across neighbouring themes, where a plan names no aspect either).
    A statement asking anything more than training, or the other naming an aspect, is left to the word score."""
    taught = np.array([mine == {"training"} and bool(_TRAINED.search(t)) for mine, t in zip(asked, texts)], dtype=bool)
    bare = np.array([not mine for mine in asked], dtype=bool)
    one = taught[:, None] & bare[None, :]
    return one | one.T


def _counted_apart(filed: list[list[str]], asked: list[frozenset[str]], found: list[Terms],
                   texts: list[str]) -> np.ndarray:
    """Pairs one filed under a single-figure theme, the other under its counterpart and asking for a
    course of the figure to be completed or kept current (the theme's `completed` words), both naming
    what the figure counts (`_asks_counted`): one duty though the courses share no issue word. "Staff
    are up to date with training in the Mental Capacity Act" (Competent staff) and "staff complete
    mandatory training" are one row of the figure; training "in caring for people living with
    dementia" is a skill taught (Competent staff's own), and "enough staff on each shift hold" a life
    support course is the rota's (Staffing, no counterpart)."""
    out = np.zeros((len(asked), len(asked)), dtype=bool)
    for theme in themes.by_id().values():
        if not (theme.one_action and theme.counterpart):
            continue
        other = themes.by_id()[theme.counterpart].name
        asks_it = _asks_counted(theme, asked, found)
        done = np.array([bool(theme.completed and _completed(tuple(theme.completed))(text)) for text in texts])
        inside = asks_it & np.array([theme.name in mine for mine in filed])
        beside = asks_it & done & np.array([other in mine for mine in filed])
        out |= (inside[:, None] & beside[None, :]) | (beside[:, None] & inside[None, :])
    return out


@cache
def _completed(words: tuple[str, ...]):
    """A search for a theme's `completed` words, whole words, any case."""
    return compiled(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE).search


def _asks_counted(theme: themes.Theme, asked: list[frozenset[str]], found: list[Terms]) -> np.ndarray:
    """Per statement, whether it asks for the theme's `one_action` aspect and names its `counted` family."""
    asks_it = np.array([theme.one_action in mine for mine in asked], dtype=bool)
    return asks_it & names_family(found, theme.counted) if theme.counted else asks_it


def sure_themes(finding: Finding) -> list[str]:
    """The theme first, then any other its topic wording names, when the tag stage read the
    theme from a section or topic wording; empty for a guess (governance
    wording, a regulation's default), which neither gates nor helps a merge. A theme read from
    words in a qualifier hung on the ask ("... after rapid tranquillisation, in line with NICE
    guidance", pipeline/asks.py `duty`) is left out: it says what the ask is measured against,
    not what it asks, and gating on it split paraphrases whose duty named another theme. Nor is a
    further theme read from an example the statement lists ("fit and proper person checks, including
    DBS and references", Leadership, not Staffing): the example says what the object covers. Nor does
    a cue that only names the report's own core service (`_names_service`) lead or tie, when a
    sure cue or the other side of a tie remains."""
    tags = [t for t in finding.tags if t.field == "theme"]
    if not tags:
        return [finding.theme] if finding.theme else []
    whole = " ".join(a.duty for a in asks(finding.text)).casefold()
    duties = " ".join(a.duty for a in asks(without_population(finding.text))).casefold()
    if tags[0].confidence < SURE:
        emphases = [emphasis(a.text).casefold() for a in asks(finding.text)]
        return _tie_broken(tags, duties, whole, [e for e in emphases if e], finding.service)
    listed = _EXAMPLE.sub(" ", duties)
    found = [t for k, t in enumerate(tags) if t.basis != "wording" or t.evidence.casefold() in (listed if k else duties)]
    beside = [t for t in found if not _names_service(t, finding.service)]
    return [t.value for t in (beside if beside and beside[0].confidence >= SURE else found)]


def _names_service(tag: Tag, service: str | None) -> bool:
    """A wording cue that only names the core service the statement's report is about ("complaints
    about end of life care" in the End of life care report): every statement of that report is
    about it, so it tells no issue from another, and statements of a trust's other reports do
    not name it."""
    return bool(service and tag.basis == "wording" and tag.evidence.strip()
                and re.search(rf"\b{re.escape(tag.evidence.strip())}\b", service, re.IGNORECASE))


def _tie_broken(tags: list[Tag], duties: str, whole: str, emphases: list[str], service: str | None) -> list[str]:
    """The one theme left of a tie between wording cues when every other cue sits only in an
    example the statement lists ("emergency equipment, including the defibrillator and oxygen,
    is checked weekly": equipment, not Medicines), or in what an emphasis singles out of the object
    (`emphases`: "up to date with mandatory training, particularly basic life support, moving and
    handling and safeguarding adults": Mandatory training, not patient risk or Safeguarding, three
    cues tied), or only in what names the people the ask is
    for (`duties` are read without it, `whole` with it: "patients on district nursing caseloads
    have a pressure area risk assessment" is patient risk, not Staffing), or when the other cue
    only names the report's own core service (`_names_service`); else none. An example
    says what the object covers, the people whose care it is; the object, named outside them,
    says what the ask is about. Any other guess stays one, a tie whose other cue sits in a
    qualifier of another kind too ("staff immunisation records ... in line with UK Health Security Agency
    guidance": the pair sets' immunisation paraphrases stayed one)."""
    tied = [t for t in tags if t.confidence == tags[0].confidence]
    if len(tied) < 2 or any(t.basis != "wording" for t in tied):
        return []
    other = [t.value for t in tied if not _names_service(t, service)]
    if len(other) == 1:
        return other
    plain = _EXAMPLE.sub(" ", duties)
    listed = " ".join([*_EXAMPLE.findall(duties), *emphases]) + (" " + whole if whole != duties else "")
    left = [t.value for t in tied if t.evidence.casefold() in plain]
    only_listed = [t for t in tied if t.evidence.casefold() in listed and t.evidence.casefold() not in plain]
    return left if len(left) == 1 and len(only_listed) == len(tied) - 1 else []


def _theme_factors(themes_of: list[list[str]], spared: np.ndarray) -> np.ndarray:
    """0 where both statements have themes and share none of them, unless `spared`."""
    known = np.array([bool(s) for s in themes_of])
    return np.where(known[:, None] & known[None, :] & ~_share_theme(themes_of) & ~spared, 0.0, 1.0)


def _share_theme(sure: list[list[str]]) -> np.ndarray:
    """Pairs whose sure themes have one in common (a statement with none shares none)."""
    return overlap([set(s) for s in sure])


def same(labels: list[str | None]) -> np.ndarray:
    """1 for a pair with the same known label, else 0."""
    folded = np.array([(label or "").casefold() for label in labels], dtype=object)
    return ((folded[:, None] == folded[None, :]) & (folded[:, None] != "")).astype(float)


def apart(labels: list[str | None]) -> np.ndarray:
    """0 for a pair whose labels are both known and differ (themes, providers), else 1."""
    folded = np.array([(label or "").casefold() for label in labels], dtype=object)
    known = folded != ""
    differ = (folded[:, None] != folded[None, :]) & known[:, None] & known[None, :]
    return np.where(differ, 0.0, 1.0)


def regulation_factors(findings: list[Finding]) -> np.ndarray:
    """Pairwise `regulation_factor` over firm regulations: 1 where either has none, 0 for a conflict."""
    factors = np.ones((len(findings), len(findings)))
    firm = [firm_regulations(f) for f in findings]
    cited = [i for i, regs in enumerate(firm) if regs]
    for pos, i in enumerate(cited):
        for j in cited[pos + 1 :]:
            factors[i, j] = factors[j, i] = regulation_factor(firm[i], firm[j])
    return factors


def firm_regulations(finding: Finding) -> list[Regulation]:
    """The regulations a finding cites or its requirement-notice row names. Those the tag stage
    guessed from wording are left out: two wordings of one issue often trip different cues
    ("patients at risk of falls can reach their call bells" reads as 12, "every patient's call
    bell is within their reach" as 9), and a guess must not veto. An untagged finding's
    regulations were given to it, so all of them count."""
    basis = {t.value: t.basis for t in finding.tags if t.field == "regulation"}
    if not basis:
        return finding.regulations
    return [r for r in finding.regulations if basis.get(f"{r.instrument} {r.number}") in _FIRM]


def _agglomerate(
    scores: np.ndarray, vetoed: np.ndarray, threshold: float
) -> tuple[list[list[int]], list[list[tuple[int, int]]]]:
    """Complete-link clustering with cannot-links; returns groups and the pairs that joined them.
    Each round joins the two live groups whose weakest cross pair is strongest (the first such
    pair in row order). Each row's strongest entry is kept, so a round rescans only the rows
    whose strongest partner took part in the join, not the whole matrix of live groups."""
    n = len(scores)
    weakest = np.where(vetoed, -1.0, scores)  # weakest cross pair between two groups
    np.fill_diagonal(weakest, -1.0)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    joins: dict[int, list[tuple[int, int]]] = {i: [] for i in range(n)}
    best_val = weakest.max(axis=1) if n else np.zeros(0)
    best_col = weakest.argmax(axis=1) if n else np.zeros(0, dtype=int)
    while len(members) > 1:
        row = int(np.argmax(best_val))
        link = float(best_val[row])
        if link < threshold:
            break
        i, j = sorted((row, int(best_col[row])))
        joins[i] += joins.pop(j) + [_closest(scores, members[i], members[j])]
        members[i] += members.pop(j)
        weakest[i, :] = np.minimum(weakest[i, :], weakest[j, :])
        weakest[:, i] = weakest[i, :]
        weakest[i, i] = -1.0
        weakest[j, :] = -1.0
        weakest[:, j] = -1.0
        best_val[j] = -np.inf
        for k in [i, *np.flatnonzero(np.isin(best_col, (i, j)))]:
            if k in members:
                best_col[k] = int(np.argmax(weakest[k]))
                best_val[k] = weakest[k, best_col[k]]
    order = sorted(members, key=lambda k: min(members[k]))
    return [sorted(members[k]) for k in order], [joins[k] for k in order]


def _bridge(groups: list[list[int]], joins: list[list[tuple[int, int]]], scores: np.ndarray, vetoed: np.ndarray,
            bridgeable: np.ndarray, threshold: float) -> tuple[list[list[int]], list[list[tuple[int, int]]]]:
    """Joins two complete-link groups when every cross pair reaches the threshold or is kept under it
    by the lone-term block alone (`bridgeable`) and a member of either group reaches it with both.
    That block asks for more than one shared word in a long statement, for lack of evidence, not
    against it; a third statement one issue with both is that evidence. Complete-link alone lost
    such pairs in a batch: "staff assess and record patients' mental capacity" joined nothing once
    its paraphrase had joined a third wording it shares one word with. The blocks that say two
    statements ask different things (the one-shared-term and aspect blocks, distinct specifics, the
    cannot-links) are never bridged: through a statement asking both, they merged look-alikes."""
    direct = ~vetoed & (scores >= threshold)
    np.fill_diagonal(direct, False)
    groups, joins = [list(g) for g in groups], [list(j) for j in joins]
    while True:
        label = np.empty(len(scores), dtype=int)
        for k, group in enumerate(groups):
            label[group] = k
        rows, cols = np.nonzero(direct & (label[:, None] < label[None, :]))
        links = [(_bridged_link(groups[a], groups[b], scores, direct, bridgeable), a, b)
                 for a, b in sorted(set(zip(label[rows].tolist(), label[cols].tolist())))]
        value, a, b = max(links, default=(-1.0, 0, 0), key=lambda link: link[0])
        if value < threshold:
            break
        joins[a] += joins.pop(b) + [_closest(scores, groups[a], groups[b])]
        groups[a] = sorted(groups[a] + groups.pop(b))
    order = sorted(range(len(groups)), key=lambda k: min(groups[k]))
    return [groups[k] for k in order], [joins[k] for k in order]


def _bridged_link(left: list[int], right: list[int], scores: np.ndarray, direct: np.ndarray,
                  bridgeable: np.ndarray) -> float:
    """The weakest cross pair of two groups, a bridgeable pair counted at its best path through a
    member of either group (the weaker of its two direct links), -1 if some pair has none."""
    union = left + right
    to = np.where(direct[np.ix_(left, union)], scores[np.ix_(left, union)], -1.0)
    back = np.where(direct[np.ix_(union, right)], scores[np.ix_(union, right)], -1.0)
    via = np.minimum(to[:, :, None], back[None, :, :]).max(axis=1)
    cross = np.where(direct[np.ix_(left, right)], scores[np.ix_(left, right)],
                     np.where(bridgeable[np.ix_(left, right)], via, -1.0))
    return float(cross.min())


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
            review=bool(scores[i, j] < REVIEW_BELOW or differences(findings[i], findings[j])),
        )
        for i, j in pairs
    ]


def _actions(findings: list[Finding], groups: list[list[int]], links: list[list[MergeLink]]) -> list[Action]:
    """Unnumbered, in order of each group's first finding: refs are the plan step's."""
    actions = []
    for group, group_links in sorted(zip(groups, links), key=lambda c: min(c[0])):
        kind = "must" if any(findings[i].kind == "must" for i in group) else "should"
        actions.append(Action(ref="", findings=[findings[i].id for i in group], kind=kind, merges=group_links))
    return actions
