"""merge: same-issue findings become one action; look-alikes and boilerplate stay apart.

Statements are written here, not read from tests/eval or vocab, so a test cannot pass
by agreeing with whatever the data files say.
"""

import itertools
import random
from collections import Counter

import pytest

from cqcplan.models import Finding, Regulation, Tag
from cqcplan.pipeline import tag as tag_module
from cqcplan.pipeline import text as text_module
from cqcplan.pipeline.merge import (
    DEFAULT_THRESHOLD,
    REVIEW_BELOW,
    firm_regulations,
    merge,
    regulation_factors,
    score_findings,
)
from cqcplan.pipeline.similarity import (
    MIN_LONE_COVERAGE,
    RELATED_PENALTY,
    dice_matrix,
    distinct_specifics,
    is_issue,
    is_specific,
    regulation_factor,
    weight,
)
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import stem, terms, terms_many


def finding(text: str, ident: str = "f1", *, file: str = "a.pdf", page: int = 3, regs: tuple[str, ...] = (),
            service: str | None = "Medical care") -> Finding:
    kind = "must" if " must " in f" {text} " else "should"
    regulations = [Regulation(instrument="RA2014", number=r.split("(")[0], paragraphs=r[len(r.split("(")[0]):])
                   for r in regs]
    return Finding(id=ident, kind=kind, text=text, file=file, page=page, section="Areas for improvement",
                   service=service, regulations=regulations)


def merged_together(a: str, b: str, **kwargs) -> bool:
    return len(merge([finding(a, "a"), finding(b, "b")], **kwargs)) == 1


def pair_score(a: Finding, b: Finding) -> float:
    return float((dice_matrix(terms_many([a.text, b.text])) * regulation_factors([a, b]))[0, 1])


PARAPHRASES = [
    ("The trust must ensure that medicines fridge temperatures are checked and recorded daily.",
     "The service must make sure the temperature of the refrigerator used for medicines is recorded every day."),
    ("The provider must ensure DBS checks are completed before new staff start work.",
     "The service must make sure disclosure and barring service checks are carried out for all new staff."),
    ("The trust must ensure staff follow infection prevention and control procedures.",
     "The service must make sure staff comply with IPC policy on every ward."),
    ("The service must ensure that mental capacity assessments are completed in line with the MCA.",
     "The trust must make sure staff assess capacity and record it as the Mental Capacity Act requires."),
    ("The trust must ensure resus trolleys are checked daily.",
     "The service must make sure resuscitation trolleys are checked every day and the checks recorded."),
    ("The service should ensure staff wear PPE when delivering personal care.",
     "The provider should make sure staff use personal protective equipment correctly during personal care."),
    ("The trust must ensure that all staff complete their mandatory training.",
     "The service must improve compliance with mandatory training so that staff meet the target."),
]

LOOK_ALIKES = [
    ("The trust must ensure that medicines fridge temperatures are checked and recorded daily.",
     "The trust must ensure that resuscitation trolleys are checked and recorded daily."),
    ("The trust must ensure that all staff complete their mandatory training.",
     "The trust must ensure that all staff complete their annual appraisal."),
    ("The trust must ensure that staff assess and record mental capacity under the MCA when adults consent to treatment.",
     "The trust must ensure that staff assess and record Gillick competence when children consent to treatment."),
    ("The service must ensure that fridge temperatures are monitored.",
     "The service must ensure that water temperatures are monitored to reduce the risk of legionella."),
    ("The provider must ensure that controlled drugs are checked by two staff.",
     "The provider must ensure that out-of-date medicines are removed."),
    ("The trust should ensure staff receive safeguarding training.",
     "The trust should ensure staff receive mandatory training."),
]

BOILERPLATE_ONLY = [
    ("The trust must ensure that staff ensure patients are supported appropriately.",
     "The service should consider how staff ensure patients' needs are met."),
    ("The provider must ensure that people who use the service receive safe care.",
     "The provider must take action to ensure the service is effective for people."),
]


@pytest.mark.parametrize("a,b", PARAPHRASES)
def test_merge_joins_paraphrases(a, b):
    assert merged_together(a, b)


@pytest.mark.parametrize("a,b", LOOK_ALIKES)
def test_merge_keeps_look_alikes_apart(a, b):
    assert not merged_together(a, b)


@pytest.mark.parametrize("a,b", BOILERPLATE_ONLY)
def test_merge_ignores_boilerplate_overlap(a, b):
    assert not merged_together(a, b, threshold=0.05)
    assert pair_score(finding(a), finding(b)) == 0.0


def test_merge_must_with_should_is_must():
    should = finding("The trust should ensure fridge temperatures are recorded daily.", "s1")
    must = finding("The trust must ensure medicines fridge temperatures are recorded every day.", "m1")
    (action,) = merge([should, must])
    assert action.kind == "must"
    assert action.ref == ""  # refs are given once, by the plan step (pipeline/refs.py)
    assert action.findings == ["s1", "m1"]


def test_merge_refs_follow_first_appearance_within_kind():
    findings = [
        finding("The trust should ensure call bells are answered promptly.", "a"),
        finding("The trust must ensure ligature risks are assessed.", "b"),
        finding("The trust must ensure DBS checks are completed for new staff.", "c"),
        finding("The trust should ensure complaints are answered on time.", "d"),
        finding("The service must make sure ligature risk assessments are completed.", "e"),
    ]
    from cqcplan.models import Extraction, ReportMeta
    from cqcplan.pipeline.refs import number_actions

    extraction = Extraction(reports=[ReportMeta(file="t.pdf", sha256="0", report_type="x")], findings=findings,
                            actions=merge(findings))
    assert [(a.ref, a.findings) for a in number_actions(extraction).actions] == [
        ("M1", ["b", "e"]), ("M2", ["c"]), ("S1", ["a"]), ("S2", ["d"]),
    ]


def test_merge_disabled_gives_one_action_per_finding():
    findings = [finding(a, f"p{i}") for i, (a, _) in enumerate(PARAPHRASES)]
    findings += [finding(b, f"q{i}") for i, (_, b) in enumerate(PARAPHRASES)]
    actions = merge(findings, enabled=False)
    assert [a.findings for a in actions] == [[f.id] for f in findings]
    assert all(a.merges == [] for a in actions)
    assert len(merge(findings)) < len(actions)  # the same input does merge when enabled


def test_a_weak_merge_is_marked_for_review_and_a_strong_one_is_not():
    weak, strong = [
        merge([finding(a, "a"), finding(b, "b")], threshold=0.05)[0].merges[0]
        for a, b in [("The trust must ensure fridge temperatures are recorded.",
                      "The trust must ensure fridge temperatures are recorded and that staff act on readings outside "
                      "the safe range, escalating them to pharmacy, on every ward and in every clinic room."),
                     ("The trust must ensure fridge temperatures are recorded daily.",
                      "The service must ensure fridge temperatures are recorded every day.")]]
    assert weak.score < REVIEW_BELOW <= strong.score
    assert weak.review and not strong.review


def test_merge_records_score_and_shared_terms():
    a = finding("The trust must ensure medicines fridge temperatures are recorded daily.", "a")
    b = finding("The service must make sure refrigerator temperatures are recorded every day.", "b")
    (action,) = merge([a, b])
    (link,) = action.merges
    assert (link.a, link.b, link.a_file, link.b_file) == ("a", "b", "a.pdf", "a.pdf")
    assert link.score == pytest.approx(pair_score(a, b), abs=1e-3)
    assert link.score >= DEFAULT_THRESHOLD
    assert {"fridge", "temperature"} <= set(link.shared_terms)  # canonical forms, via the synonyms
    assert not {"trust", "must", "ensure", "service"} & set(link.shared_terms)


@pytest.mark.parametrize("threshold", [0.1, 0.2, DEFAULT_THRESHOLD, 0.4, 0.6])
def test_merge_respects_threshold_for_every_pair_in_an_action(threshold):
    pool = _pool(unique_ids=True)
    position = {f.id: i for i, f in enumerate(pool)}
    scores = dice_matrix(terms_many([f.text for f in pool])) * regulation_factors(pool)
    for action in merge(pool, threshold=threshold):
        assert all(link.score >= threshold for link in action.merges)
        for x, y in itertools.combinations(action.findings, 2):
            assert scores[position[x], position[y]] >= threshold


def test_merge_higher_threshold_never_merges_more():
    pool = _pool(unique_ids=True)
    counts = [len(merge(pool, threshold=t)) for t in (0.1, 0.2, 0.3, 0.5, 0.8, 1.01)]
    assert counts == sorted(counts)
    assert counts[0] < counts[-1] == len(pool)


@pytest.mark.parametrize("seed", range(25))
def test_merge_keeps_every_finding_exactly_once(seed):
    """Ids repeat across the two files of the pool, so only counts can be compared."""
    rng = random.Random(seed)
    subset = rng.sample(_pool(), rng.randint(0, len(_pool())))
    actions = merge(subset, threshold=rng.choice([0.15, DEFAULT_THRESHOLD, 0.5]))
    assert Counter(i for a in actions for i in a.findings) == Counter(f.id for f in subset)
    assert all(len(a.merges) == len(a.findings) - 1 for a in actions)


@pytest.mark.parametrize("seed", range(10))
def test_merge_kind_is_must_when_any_member_is_must(seed):
    rng = random.Random(seed)
    subset = rng.sample(_pool(unique_ids=True), rng.randint(1, len(_pool())))
    kind_of = {f.id: f.kind for f in subset}
    for action in merge(subset, threshold=rng.choice([0.15, DEFAULT_THRESHOLD])):
        assert action.kind == ("must" if "must" in {kind_of[i] for i in action.findings} else "should")


def test_merge_leaves_findings_untouched():
    pool = _pool()
    before = [f.model_dump() for f in pool]
    merge(pool)
    assert [f.model_dump() for f in pool] == before


def test_merge_across_files_with_repeated_ids():
    a = finding("The trust must ensure ligature risk assessments are completed on every ward.", "f1", file="one.pdf")
    b = finding("The trust must make sure ward ligature risk assessments are completed.", "f1", file="two.pdf")
    c = finding("The trust must ensure call bells are answered promptly.", "f2", file="two.pdf")
    actions = merge([a, b, c])
    assert [a.findings for a in actions] == [["f1", "f1"], ["f2"]]
    (link,) = actions[0].merges
    assert (link.a_file, link.b_file) == ("one.pdf", "two.pdf")


def test_merge_blocks_different_regulations():
    text = "The trust must ensure staff complete training and records are kept."
    assert not len(merge([finding(text, "a", regs=("12(2)(g)",)), finding(text, "b", regs=("18",))])) == 1
    assert len(merge([finding(text, "a", regs=("17(2)(c)",)), finding(text, "b", regs=("17",))])) == 1


def test_merge_penalises_clashing_subparagraphs():
    a = finding("The trust must ensure equipment and medicines are checked.", "a", regs=("12(2)(g)",))
    b = finding("The trust must ensure equipment and medicines are checked.", "b", regs=("12(2)(e)",))
    same = finding("The trust must ensure equipment and medicines are checked.", "c", regs=("12(2)(g)",))
    assert pair_score(a, b) == pytest.approx(pair_score(a, same) / 2)


def test_merge_keeps_regulation_conflict_out_of_a_group():
    """Complete-link with a cannot-link: a third statement cannot bridge two vetoed ones."""
    a = finding("The trust must ensure fridge temperatures are recorded.", "a", regs=("12",))
    b = finding("The trust must ensure fridge temperatures are recorded.", "b", regs=("18",))
    bridge = finding("The trust must ensure fridge temperatures are recorded daily.", "c")
    actions = merge([a, b, bridge])
    assert not any({"a", "b"} <= set(action.findings) for action in actions)


def test_merge_empty_and_single():
    assert merge([]) == []
    (action,) = merge([finding("The trust should ensure complaints are answered on time.")])
    assert (action.ref, action.kind, action.merges) == ("", "should", [])


@pytest.mark.parametrize("words", [("recorded", "records", "recording"), ("completed", "complete"),
                                   ("planned", "plan"), ("labelled", "labels"), ("isolated", "isolation")])
def test_stem_meets_inflections(words):
    assert len({stem(w) for w in words}) == 1


def test_terms_apply_phrase_synonyms_before_stop_words():
    assert terms("infection prevention and control").keys() == terms("IPC").keys()
    assert terms("do not attempt cardiopulmonary resuscitation").keys() == terms("DNACPR").keys()
    assert not terms("DNACPR").keys() & terms("resuscitation trolley").keys()


@pytest.mark.parametrize("text,phrase", [
    ("Staff report all safeguarding concerns.", "Staff report safeguarding concerns."),
    ("Concerns are referred to local authority teams.", "Concerns are referred to the local authority teams."),
    ("Staff raise safeguarding concerns.", "Staff raise a safeguarding concern."),
])
def test_a_phrase_matches_across_articles_and_quantifiers(text, phrase):
    """A synonym variant is met with "all", "the", "a" (and the like) inside it or without them."""
    assert "safeguarding_referral" in terms(text)
    assert terms(text).keys() == terms(phrase).keys()


@pytest.mark.parametrize("done,doing", [("letters sent", "send letters"), ("families told", "tell families"),
                                        ("meetings held", "hold meetings"), ("plans written", "write plans")])
def test_irregular_verbs_meet_their_plain_form(done, doing):
    assert terms(done).keys() == terms(doing).keys()


def test_terms_drop_breach_framing_and_broad_regulation_titles():
    medicines = "We identified a breach of regulation relating to safe care and treatment because medicines were not managed safely."
    falls = "We identified a breach of regulation relating to safe care and treatment because falls risks were not assessed."
    assert terms(medicines).keys() & terms(falls).keys() == set()
    assert not merged_together(medicines, falls, threshold=0.05)
    assert "candour" in terms("Regulation 20 Duty of candour: letters were not sent.")


def test_terms_tell_the_must_tool_from_the_modal():
    assert terms("Staff must weigh people.").keys() != terms("Staff complete MUST and weigh people.").keys()
    assert terms("The trust must ensure that staff ensure patients") == {}


def _pool(unique_ids: bool = False) -> list[Finding]:
    """A small report-like mix: paraphrases, look-alikes, boilerplate, two files."""
    texts = [t for pair in PARAPHRASES + LOOK_ALIKES + BOILERPLATE_ONLY for t in pair]
    texts += [t.replace(" must ", " should ") for t in texts[::3]]
    return [finding(t, f"r{i % 2}-{i}" if unique_ids else f"f{i // 2}", file=f"r{i % 2}.pdf", page=i + 1)
            for i, t in enumerate(texts)]


# ---- blocking rules: a shared issue-specific term is required; distinct specifics block;
# one shared word in a much longer statement is not enough. Each look-alike below would merge
# on plain weighted overlap (asserted), so each test fails if its rule is taken away.

def unblocked_dice(a: str, b: str) -> float:
    """Weighted Dice before any block or penalty, from the same term weights merge uses."""
    ta, tb = terms(a), terms(b)
    shared = sum(weight(t) for t in ta.keys() & tb.keys())
    return 2 * shared / (sum(weight(t) for t in ta) + sum(weight(t) for t in tb))


BLOCKED_LOOK_ALIKES = [
    # only topic words shared: "care plans"
    ("The provider must ensure that care plans are audited and shortfalls are acted on.",
     "The provider should make sure care plans are updated whenever people's needs change."),
    # different Mental Health Act sections
    ("The trust must ensure that section 132 rights of detained patients under the Mental Health Act are recorded.",
     "The trust must ensure that section 17 leave of detained patients under the Mental Health Act is recorded."),
    # different named risk assessments
    ("The trust must ensure falls risk assessments are completed on admission and reviewed weekly.",
     "The trust must ensure pressure ulcer risk assessments are completed on admission and reviewed weekly."),
    # different checked equipment
    ("The trust must ensure medicines fridge temperatures are checked daily.",
     "The trust must ensure the resuscitation trolley is checked daily."),
    # different staff groups
    ("The trust must ensure there are enough registered nurses on duty on every shift.",
     "The trust must ensure a registered children's nurse is on duty on every shift."),
]


@pytest.mark.parametrize("a,b", BLOCKED_LOOK_ALIKES)
def test_blocks_keep_look_alikes_apart_that_overlap_alone_would_merge(a, b):
    assert unblocked_dice(a, b) >= DEFAULT_THRESHOLD  # the block, not the threshold, keeps them apart
    assert not merged_together(a, b, threshold=0.05)
    assert pair_score(finding(a), finding(b)) == 0.0


KEPT_PARAPHRASES = [
    ("The trust must ensure patients detained under the Mental Health Act have their section 132 rights explained and recorded.",
     "The service must make sure s132 rights are read to detained patients and that this is recorded."),
    ("The trust must ensure there is a paediatric nurse on each shift in the emergency department.",
     "The trust must ensure a registered children's nurse is on duty in the emergency department on every shift."),
    ("The provider should ensure Waterlow scores are recalculated weekly.",
     "The provider must ensure pressure ulcer risk assessments are recalculated weekly."),
    ("The trust must ensure the resuscitation trolley is checked daily.",
     "The service must ensure the resus trolley is checked every day and the check recorded."),
]


@pytest.mark.parametrize("a,b", KEPT_PARAPHRASES)
def test_blocks_leave_paraphrases_of_the_same_specific_alone(a, b):
    assert merged_together(a, b)


def test_topic_words_are_not_specific():
    for word in ("medicines", "records", "care", "plans", "risk", "assessment", "training", "section"):
        (term,) = terms(word).keys()
        assert not is_specific(term), word
    for word in ("fridge", "ligature", "appraisal", "DBS"):
        (term,) = terms(word).keys()
        assert is_specific(term), word


def test_topic_only_overlap_blocks_but_one_specific_word_does_not():
    only_topic = ("The trust must ensure medicines records are completed.",
                  "The trust must ensure records of medicines are checked.")
    assert unblocked_dice(*only_topic) > 0.5
    assert pair_score(finding(only_topic[0]), finding(only_topic[1])) == 0.0
    with_specific = ("The trust must ensure medicines fridge records are completed.",
                     "The trust must ensure records of the medicines fridge are checked.")
    assert pair_score(finding(with_specific[0]), finding(with_specific[1])) > 0.5


def test_topic_only_statements_saying_the_same_thing_still_merge():
    a = "The trust must ensure that medicines records are completed."
    b = "The service must make sure medicine records are completed."
    assert merged_together(a, b)
    assert not merged_together(a, "The service must make sure medicine records are completed and checked.")


def test_distinct_specifics_need_a_member_on_both_sides():
    fridge, resus = terms("medicines fridge checks"), terms("resuscitation trolley checks")
    assert distinct_specifics(fridge, resus)
    assert not distinct_specifics(fridge, terms("checks of the fridge and resus trolley"))  # one member shared
    assert not distinct_specifics(fridge, terms("medicines are checked"))  # names no member: no clash
    assert not distinct_specifics(terms("Waterlow scores"), terms("pressure ulcer risk assessments"))  # one member
    assert distinct_specifics(terms("section 132 rights"), terms("s17 leave"))
    assert not distinct_specifics(terms("sections 2 and 3"), terms("section 3 patients"))


def test_section_numbers_are_terms():
    assert {"section_17"} <= terms("s17 leave").keys()
    assert {"section_2", "section_3"} <= terms("detained under sections 2 and 3").keys()
    assert terms("section 132 rights").keys() == terms("S132 rights").keys()
    assert not any(t.startswith("section_") for t in terms("the patient's 24 hours and 3 beds"))


def test_one_shared_word_in_a_much_longer_statement_does_not_merge():
    short = "The trust should replace mattresses."
    long = ("The trust must ensure that bed frames, commodes, wheelchairs, cushions and mattresses are "
            "cleaned, inspected, labelled and logged after each discharge.")
    shared = terms(short).keys() & terms(long).keys()
    assert shared == {"mattress"}
    assert weight("mattress") / sum(weight(t) for t in terms(long)) < MIN_LONE_COVERAGE
    assert unblocked_dice(short, long) > 0.1
    assert not merged_together(short, long, threshold=0.1)
    # the same word carrying a fair share of a shorter statement still merges
    assert merged_together(short, "The trust must ensure worn mattresses are replaced.")


def test_blocked_pairs_stay_apart_in_a_batch_with_a_bridge():
    """Complete-link with blocked pairs: a statement like both cannot pull two different
    assessments into one action; must with should stays a must; every finding once."""
    falls = finding("The trust must ensure falls risk assessments are completed on admission.", "falls")
    pressure = finding("The trust should ensure pressure ulcer risk assessments are completed on admission.", "pu")
    waterlow = finding("The trust should make sure Waterlow scores are completed for all patients on admission.", "wl")
    bridge = finding("The trust must ensure risk assessments are completed on admission.", "bridge")
    actions = merge([falls, pressure, waterlow, bridge], threshold=0.05)
    groups = [set(a.findings) for a in actions]
    assert not any({"falls", "pu"} <= g or {"falls", "wl"} <= g for g in groups)
    assert Counter(i for a in actions for i in a.findings) == Counter(["falls", "pu", "wl", "bridge"])
    (pu_action,) = [a for a in actions if "pu" in a.findings]
    assert "wl" in pu_action.findings
    assert pu_action.kind == ("must" if "bridge" in pu_action.findings else "should")
    for action in actions:
        for link in action.merges:
            assert link.score > 0 and link.shared_terms


def test_stem_leaves_canonical_term_names_whole():
    assert stem("end_of_life") == "end_of_life"
    assert terms("hand_hygiene").keys() == terms("hand hygiene").keys() == {"hand_hygiene"}


# ---- the curated vocabulary (vocab/synonyms.toml version 2): NHS and social-care names for one
# thing meet; look-alikes that name different members of one kind stay apart. Each paraphrase
# below shares no issue word with its partner until the vocabulary joins them, so each test
# fails if its entries are taken away.

VOCABULARY_PARAPHRASES = [
    ("The provider must ensure each resident's personal emergency evacuation plan is reviewed monthly.",
     "We recommend that PEEPs are reviewed whenever a resident's mobility changes."),
    ("The provider must ensure there are protocols for medicines to be taken as and when required.",
     "We recommend that PRN guidance is written for each person who has these medicines."),
    ("The trust must ensure that detained patients can access an IMHA.",
     "The service should tell detained patients about independent mental health advocacy."),
    ("The provider must ensure hoists and slings are examined as LOLER requires.",
     "We recommend that lifting equipment has its six-monthly thorough examination."),
    ("The practice must ensure that NMC and GMC registration is checked for clinical staff.",
     "The practice should confirm that each clinician's registration with their professional regulator is current."),
    ("The trust must ensure that time-critical medicines for Parkinson's disease are given on time.",
     "The service should reduce omitted and delayed doses of levodopa on the wards."),
    ("The trust must reduce the number of patients who wait more than 12 hours in the emergency department.",
     "The service should improve performance against the four-hour standard in A&E."),
    ("The provider must make sure spot checks of care workers' practice take place.",
     "We recommend that field observations of staff are carried out to check their practice."),
    ("The trust must ensure that patients' pain is assessed and pain relief given promptly.",
     "The service should ensure analgesia is offered and pain scores are rechecked afterwards."),
]


@pytest.mark.parametrize("a,b", VOCABULARY_PARAPHRASES)
def test_vocabulary_joins_paraphrases(a, b):
    assert merged_together(a, b)
    shared = terms(a).keys() & terms(b).keys()
    assert any(is_issue(t) for t in shared)  # joined on the named issue, not on framing words


VOCABULARY_LOOK_ALIKES = [
    # one fire-safety measure is not another
    ("The provider must ensure that fire doors are not wedged open.",
     "The provider must ensure that fire drills are held at night."),
    # emergency department standards: triage is not ambulance handover
    ("The trust must ensure patients are triaged within 15 minutes of arrival.",
     "The trust must ensure patients arriving by ambulance are handed over within 15 minutes."),
    # stages of handling an incident
    ("The trust must ensure that staff report all incidents and near misses.",
     "The trust must ensure that learning from incidents is shared with all staff."),
    # where medicines are kept cool
    ("The trust must ensure that medicines fridge temperatures are monitored and recorded.",
     "The trust must ensure that clinic room temperatures are monitored and recorded."),
    # recruitment checks
    ("The provider must ensure that DBS checks are obtained before staff start work.",
     "The provider must ensure that references are obtained before staff start work."),
    # Mental Health Act duties
    ("The trust must ensure that detained patients have their rights explained and recorded.",
     "The trust must ensure that T2 and T3 certificates are kept with medication charts and recorded."),
    # home care: late calls are not short calls
    ("The provider must ensure that care calls are not late or missed.",
     "The provider must ensure that care calls last the full length people are assessed for."),
    # watching a patient is not taking vital signs
    ("The trust must ensure that enhanced observations are carried out at the level prescribed.",
     "The trust must ensure that vital signs are recorded at the frequency prescribed."),
    # the same standard in two settings
    ("The trust must ensure women attending maternity triage are assessed within 15 minutes.",
     "The trust must ensure patients arriving in the emergency department are triaged within 15 minutes."),
    # consent frameworks: the Mental Capacity Act against Gillick competence
    ("The trust must ensure staff assess mental capacity before adults consent to treatment.",
     "The trust must ensure staff assess Gillick competence before children consent to treatment."),
    # doctors of one specialty are not another's
    ("The trust must ensure that there are enough obstetricians on the delivery suite.",
     "The trust must ensure that there are enough anaesthetists on the delivery suite."),
]


@pytest.mark.parametrize("a,b", VOCABULARY_LOOK_ALIKES)
def test_vocabulary_keeps_different_members_of_one_kind_apart(a, b):
    assert distinct_specifics(terms(a), terms(b))
    assert not merged_together(a, b, threshold=0.05)


def test_a_phrase_wins_over_the_issue_word_inside_it():
    """"Readings fall outside the range" is not about falls; leaving a building in a fire is
    not section 17 leave; a resuscitation decision is not resuscitation equipment."""
    readings = terms("Staff must act when fridge readings fall outside the range.")
    assert not readings.keys() & terms("falls").keys()
    assert readings.keys() >= terms("out of range").keys()
    assert not terms("residents need help to leave the building in a fire").keys() & terms("section 17 leave").keys()
    assert not terms("resuscitation decisions are discussed").keys() & terms("the resus trolley").keys()


def test_a_specific_name_keeps_its_general_term():
    """A canonical of several terms keeps the general one: childhood immunisation is still a
    vaccine, a waiting list still a wait, so each meets statements that name only the general."""
    assert terms("childhood immunisations").keys() >= terms("vaccinations").keys()
    assert terms("the waiting list").keys() & terms("long waiting times").keys()
    assert not terms("the waiting area").keys() & terms("long waiting times").keys()  # a place, not a wait
    assert merged_together("The practice should improve the uptake of childhood immunisations.",
                           "The practice should increase the number of children who receive their vaccinations.")


def test_one_stemmer_for_tag_and_merge():
    """pipeline/text.py holds the only stemmer; the tag stage's cue matching and the merge
    stage's terms both use it."""
    assert stem is text_module.stem
    assert tag_module._stem is text_module.stem
    assert {stem(w) for w in ("trained", "training", "train")} == {"train"}
    assert stem("staffing") != stem("staff")  # staffing levels are not the framing word "staff"
    assert stem("serviced") != stem("service")  # equipment serviced is not the service that must act


# ---- regulations: only those a finding cites or its requirement notice names can veto; a
# regulation the tag stage guessed from wording is not evidence enough to keep two apart.

def _tagged(text: str, ident: str) -> Finding:
    return tag([finding(text, ident)], [])[0]


def test_wording_guessed_regulations_do_not_veto():
    a = _tagged("The trust must ensure that patients at risk of falls can reach their call bells.", "a")
    b = _tagged("The service should make sure every patient's call bell is within their reach.", "b")
    # the tag stage guessed different regulations from the wording (safe care; person-centred care)...
    assert a.regulations and b.regulations
    assert {r.number for r in a.regulations} != {r.number for r in b.regulations}  # ...which differ
    assert firm_regulations(a) == firm_regulations(b) == []
    assert regulation_factors([a, b])[0, 1] == 1.0
    assert len(merge([a, b])) == 1


def test_cited_regulations_still_veto_after_tagging():
    a = _tagged("The trust must ensure staff complete training and records are kept. (Regulation 12(2)(g))", "a")
    b = _tagged("The trust must ensure staff complete training and records are kept. (Regulation 18(2)(a))", "b")
    assert [r.number for r in firm_regulations(a)] == ["12"] and [r.number for r in firm_regulations(b)] == ["18"]
    _, scores, vetoed = score_findings([a, b])
    assert vetoed[0, 1] and scores[0, 1] == 0.0
    assert len(merge([a, b])) == 2


def test_firm_regulations_keep_notice_rows_and_drop_guesses():
    reg = Regulation(instrument="RA2014", number="12", paragraphs="(2)(g)")
    guess = Regulation(instrument="RA2014", number="17")
    tags = [Tag(field="regulation", value="RA2014 12", basis="requirement_notice", evidence="x", rule_id="n", confidence=0.9),
            Tag(field="regulation", value="RA2014 17", basis="wording", evidence="y", rule_id="c", confidence=0.6)]
    tagged = finding("The trust must ensure medicines are stored safely.").model_copy(
        update={"regulations": [reg, guess], "tags": tags})
    assert firm_regulations(tagged) == [reg]
    untagged = finding("The trust must ensure medicines are stored safely.", regs=("12(2)(g)", "17"))
    assert [r.number for r in firm_regulations(untagged)] == ["12", "17"]  # given, not guessed


def test_premises_and_equipment_regulations_are_related_not_vetoed():
    """12(2)(e) (equipment is safe) and 15(1)(e) (equipment is maintained) state one duty."""
    def reg(number: str, paragraphs: str) -> list[Regulation]:
        return [Regulation(instrument="RA2014", number=number, paragraphs=paragraphs)]

    assert regulation_factor(reg("12", "(2)(e)"), reg("15", "(1)(e)")) == RELATED_PENALTY
    assert regulation_factor(reg("15", "(1)(e)"), reg("12", "(2)(e)")) == RELATED_PENALTY
    assert regulation_factor(reg("12", "(2)(g)"), reg("15", "(1)(e)")) == 0.0  # medicines are not equipment
    assert regulation_factor(reg("12", "(2)(h)"), reg("15", "(2)")) == 0.0
    trolley = "The trust must ensure that resuscitation trolleys are checked daily and the checks recorded."
    assert len(merge([finding(trolley, "a", regs=("12(2)(e)",)), finding(trolley, "b", regs=("15(1)(e)",))])) == 1


def test_merge_of_a_thousand_findings_places_each_once():
    """Speed is measured by bench/eval_merge.py (it prints the time of a batch merge), not here."""
    texts = [t for pair in PARAPHRASES + LOOK_ALIKES + VOCABULARY_PARAPHRASES + VOCABULARY_LOOK_ALIKES for t in pair]
    pool = [finding(f"{texts[i % len(texts)]} Ward {i // len(texts)}.", f"x{i}") for i in range(1000)]
    actions = merge(pool)
    assert Counter(i for a in actions for i in a.findings) == Counter(f.id for f in pool)


# Aspect: what a statement asks to be done about its issue (pipeline/aspects.py). These topics
# are deliberately not the ones named in vocab/aspects.toml's header.
from cqcplan.pipeline.aspects import aspects, kin  # noqa: E402
from cqcplan.pipeline.similarity import ASPECT_MAX_SHARED, aspect_conflicts  # noqa: E402

ASPECT_CONFLICTS = [
    ("The provider must ensure that staff are trained to use bed rails safely.",
     "The provider must ensure that bed rails are checked every week."),
    ("The service must make sure staff who administer insulin are trained and competent.",
     "The service must make sure insulin doses are recorded on the chart when given."),
    ("The provider should ensure there is a whistleblowing policy.",
     "The provider should ensure that whistleblowing concerns are answered without delay."),
    ("The trust should ensure there are enough staff to run the endoscopy unit.",
     "The trust should ensure that endoscopy staff complete their training."),
]

ASPECT_PARAPHRASES = [
    ("The provider must ensure that staff are trained to use bed rails safely.",
     "The provider must make sure staff are competent in using bed rails."),
    ("The trust must ensure bladder scanners are serviced regularly.",
     "The service must make sure bladder scanners are maintained and tested."),
    ("The service should ensure that lessons from medication errors are shared with staff.",
     "The provider should make sure staff receive feedback and learning from medication errors."),
]


@pytest.mark.parametrize("a,b", ASPECT_CONFLICTS)
def test_different_aspects_of_one_issue_stay_apart(a, b):
    assert aspect_conflicts([aspects(a), aspects(b)])[0, 1]
    assert not merged_together(a, b)


def test_aspect_is_what_blocks_a_conflict():
    """Without aspects the bed rails pair scores above zero: the aspect conflict splits it."""
    a, b = ASPECT_CONFLICTS[0]
    found = terms_many([a, b])
    assert dice_matrix(found)[0, 1] > 0
    assert dice_matrix(found, [aspects(a), aspects(b)])[0, 1] == 0.0
    assert len(found[0].keys() & found[1].keys() - {t for t in found[0] if not is_specific(t)}) <= ASPECT_MAX_SHARED


@pytest.mark.parametrize("a,b", ASPECT_PARAPHRASES)
def test_one_aspect_in_different_words_still_merges(a, b):
    assert aspects(a) & aspects(b)
    assert not aspect_conflicts([aspects(a), aspects(b)])[0, 1]
    assert merged_together(a, b)


# One shared term and nothing else: the pair is about one thing, but whether it asks the same
# of it shows only in the aspects. Without an agreeing aspect it stays two actions, even when
# it is one issue in other words (the last pair): a missed merge leaves two rows a lead can
# join, a wrong one hides a requirement inside another action.
LONE_TERM_APART = [
    ("The provider must ensure that bed rails have bumpers fitted.",
     "The provider must ensure that bed rails are checked every week."),
    ("The trust must ensure the controlled drugs cupboard is kept locked.",
     "The trust must ensure that controlled drugs are checked at every change of shift."),
    ("The service must make sure staff wash their hands between patients.",
     "The trust must ensure staff follow hand hygiene procedures."),
]
LONE_TERM_TOGETHER = [
    ("The trust must ensure the controlled drugs register is completed at each administration.",
     "The trust must make sure entries in the controlled drugs register are signed by two staff."),
]


@pytest.mark.parametrize("a,b", LONE_TERM_APART)
def test_one_shared_term_without_an_agreeing_aspect_stays_apart(a, b):
    found = terms_many([a, b])
    assert len(found[0].keys() & found[1].keys()) == 1
    assert unblocked_dice(a, b) >= DEFAULT_THRESHOLD
    assert not merged_together(a, b, threshold=0.05)


@pytest.mark.parametrize("a,b", LONE_TERM_TOGETHER)
def test_one_shared_term_with_an_agreeing_aspect_merges(a, b):
    found = terms_many([a, b])
    assert len(found[0].keys() & found[1].keys()) == 1
    assert merged_together(a, b)


def test_aspect_words_are_read_in_context():
    assert aspects("Staff must be trained.") == {"training"}
    assert "checking" in aspects("Equipment must be serviced each year.")
    assert "checking" not in aspects("The service must ensure that people are safe.")
    assert "learning" not in aspects("People with a learning disability must have a health action plan.")
    assert aspects("Ensure people know their rights.") == frozenset()


def test_kin_aspects_count_as_shared_and_a_silent_statement_never_conflicts():
    assert "recording" in kin()["checking"] and "checking" in kin()["recording"]
    checked, recorded = aspects("Fridges are checked."), aspects("Fridge readings are written down.")
    silent = aspects("Medicines are kept cool.")
    clash = aspect_conflicts([checked, recorded, silent, aspects("Staff are trained.")])
    assert not clash[0, 1] and not clash[0, 2] and not clash[2, 3]
    assert clash[0, 3] and clash[3, 0]
