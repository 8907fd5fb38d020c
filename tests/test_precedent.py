"""The precedent model: how outside authors filed statements worded alike may overrule a weak or
often-overruled key question, and says so in words a quality lead can weigh.

Models here are written by hand (a few words each), so the tests pin the rule that combines the
model with the cue rules, not the shipped weights; one test reads the shipped file's shape.
"""

import pytest

from cqcplan.models import Finding, Regulation, Tag
from cqcplan.pipeline import precedent
from cqcplan.pipeline.plan import tag_basis
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.text import stem

SAFE = 0
GRAB_BAGS = {"emergency": SAFE, "grab": SAFE, "bags": SAFE, "weekly": SAFE}


def _model(words: dict[str, int], strength: float = 6.0, track: dict | None = None) -> precedent.Model:
    """A model in which each word points to one key question (index into KEY_QUESTIONS)."""
    weights = {}
    for word, kq in words.items():
        row = [0.0] * len(precedent.KEY_QUESTIONS)
        row[kq] = strength
        weights[stem(word)] = row
    return precedent.Model(weights, [0.0] * len(precedent.KEY_QUESTIONS), track or {}, statements=500)


def _kq_tag(value: str, confidence: float, rule_id: str = "cue.x", basis: str = "wording") -> Tag:
    return Tag(field="domain", value=value, basis=basis, evidence="grab", rule_id=rule_id, confidence=confidence)


@pytest.fixture(autouse=True)
def _shipped_afterwards():
    yield
    precedent.use_shipped()


def test_features_leave_out_citations_and_style_words():
    found = precedent.features("The provider must ensure grab bags are checked. (Regulation 12(2)(a) Safe care)")
    assert {"grab", "bag", "check", "grab bag"} <= found
    assert not {"ensur", "ensure", "provid", "regul", "safe", "care", "12"} & found


def test_a_guess_gives_way_to_a_clear_precedent():
    precedent.use(_model(GRAB_BAGS))
    new = precedent.reconsider(_kq_tag("Well-led", 0.3), "Emergency grab bags are checked weekly.")
    assert new is not None and new.value == "Safe" and new.basis == "precedent"
    assert new.evidence.startswith("similar statements in past reports were filed under Safe")
    assert "“grab” pointed to Well-led" in new.evidence
    assert 0 < new.confidence <= 0.9


def test_a_sure_cue_stands_against_a_fair_precedent():
    precedent.use(_model(GRAB_BAGS, strength=1.5))  # 83% Safe
    assert precedent.reconsider(_kq_tag("Well-led", 0.9), "Emergency grab bags are checked weekly.") is None


def test_a_cue_other_authors_often_overruled_gives_way():
    text = "Emergency grab bags are checked weekly."
    precedent.use(_model(GRAB_BAGS, strength=1.5, track={"cue.x": (40, 39)}))
    assert precedent.reconsider(_kq_tag("Well-led", 0.9), text) is None
    precedent.use(_model(GRAB_BAGS, strength=1.5, track={"cue.x": (10, 2)}))
    new = precedent.reconsider(_kq_tag("Well-led", 0.9), text)
    assert new is not None and new.value == "Safe" and "agreed with that cue 2 of 10 times" in new.evidence


def test_only_a_key_question_the_worded_regulation_spans_can_win():
    """The wording named a regulation spanning Well-led and Effective: a clear Safe precedent is
    outside it and overrules nothing (tag round eleven); inside the span it still wins."""
    precedent.use(_model(GRAB_BAGS))
    text = "Emergency grab bags are checked weekly."
    assert precedent.reconsider(_kq_tag("Well-led", 0.3), text, ("Well-led", "Effective")) is None
    new = precedent.reconsider(_kq_tag("Well-led", 0.3), text, ("Well-led", "Safe"))
    assert new is not None and new.value == "Safe"


def test_a_vague_vote_overrules_nothing():
    """No word known: the vote is the prior, leaning to the commonest key question (here Safe 40%);
    that outweighs a very weak guess but is no majority, so the guess stands."""
    model = _model(GRAB_BAGS)
    precedent.use(precedent.Model(model.weights, [1.0, 0.0, 0.0, 0.0, 0.0], {}, 500))
    assert max(precedent.model().probabilities("Theatre lists start on time.").values()) < precedent.MAJORITY
    assert precedent.reconsider(_kq_tag("Well-led", 0.1), "Theatre lists start on time.") is None


def test_too_few_known_words_overrule_nothing():
    """Two words seen in training, however one-sided, are too little to overrule even a guess."""
    precedent.use(_model({"grab": SAFE, "bags": SAFE}))
    assert precedent.reconsider(_kq_tag("Well-led", 0.3), "Emergency grab bags are checked weekly.") is None


def test_a_section_a_citation_and_a_reviewer_are_never_overruled():
    precedent.use(_model(GRAB_BAGS))
    for basis in ("section", "explicit", "requirement_notice", "reviewer"):
        assert precedent.reconsider(_kq_tag("Well-led", 0.3, basis=basis), "Grab bags are checked weekly.") is None


def test_tagging_follows_the_precedent_and_marks_it_for_review():
    text = "The trust must ensure that the unit is secure and that access to the ward is controlled."
    finding = Finding(id="M1", kind="must", text=text, file="r.pdf", page=3, section="")
    precedent.use(None)
    by_rules = tag([finding], [])[0]
    other = next(kq for kq in precedent.KEY_QUESTIONS if kq != by_rules.domain)
    precedent.use(_model({w: precedent.KEY_QUESTIONS.index(other) for w in ("unit", "secure", "access", "controlled")}))
    learned = tag([finding], [])[0]
    assert learned.domain == other and learned.review
    kq_tag = next(t for t in learned.tags if t.field == "domain")
    assert kq_tag.basis == "precedent" and kq_tag.rule_id == f"precedent.{other}"
    from cqcplan.pipeline import themes
    assert themes.named(learned.theme).key_question == other  # the theme follows the key question
    assert tag_basis(kq_tag).startswith(f"Key question {other}: from how past reports filed similar statements (")


def test_the_shipped_model_reads_and_votes():
    model = precedent.shipped()
    assert model is not None and model.statements > 0 and len(model.bias) == len(precedent.KEY_QUESTIONS)
    votes = model.probabilities("Ensure that medicines are stored at the right temperature.")
    assert abs(sum(votes.values()) - 1) < 1e-9 and max(votes, key=votes.get) == "Safe"


def test_an_overruled_theme_moves_to_its_counterpart():
    """Training filed under Safe is Mandatory training (§9.4), not whatever Safe topic the course names."""
    text = "The trust should ensure that all nursing staff on the ward complete sepsis awareness training."
    finding = Finding(id="M1", kind="should", text=text, file="r.pdf", page=3, section="")
    precedent.use(None)
    assert tag([finding], [])[0].theme == "Competent staff"
    precedent.use(_model({w: SAFE for w in ("nursing", "ward", "sepsis", "awareness", "training")}))
    learned = tag([finding], [])[0]
    assert (learned.domain, learned.theme) == ("Safe", "Mandatory training")
    theme_tag = next(t for t in learned.tags if t.field == "theme")
    assert theme_tag.rule_id == "counterpart.mandatory_training" and theme_tag.evidence == "training"


def test_a_counterpart_must_sit_under_another_key_question():
    from cqcplan.pipeline.themes import ThemeTable, table

    rows = [t.model_dump() for t in table().theme]
    for row in rows:
        if row["id"] == "competent_staff":
            row["counterpart"] = "assessing_needs"  # also an Effective theme
    with pytest.raises(ValueError, match="counterpart"):
        ThemeTable(version=1, theme=rows)


def _citing(words: dict[str, str], strength: float = 6.0) -> precedent.Model:
    """A key-question model that knows the words (no lean), and a regulation model in which each
    word points to one regulation number."""
    model = _model({w: SAFE for w in words}, strength=0.0)
    cited = {}
    for word, number in words.items():
        row = [-strength] * len(precedent.REGULATIONS)
        row[precedent.REGULATIONS.index(number)] = strength
        cited[stem(word)] = row
    return precedent.Model(model.weights, model.bias, {}, 500, cited, [0.0] * len(precedent.REGULATIONS))


def _reg(number: str) -> Regulation:
    return Regulation(instrument="RA2014", number=number, title="")


def _reg_tag(number: str, evidence: str, basis: str = "wording") -> Tag:
    return Tag(field="regulation", value=f"RA2014 {number}", basis=basis, evidence=evidence, rule_id="cue.x",
               confidence=0.7)


CAPACITY = {"capacity": "11", "assessment": "11", "decision": "11", "recorded": "11"}
TEXT = "A capacity assessment is recorded for each decision about their care."


def test_a_regulation_worded_alike_statements_seldom_cite_is_left_off_and_said_so():
    precedent.use(_citing(CAPACITY))
    regs, tags = precedent.fewer_regulations([_reg("11"), _reg("9")], [_reg_tag("11", "capacity"),
                                             _reg_tag("9", "decision about their care")], TEXT)
    assert [r.number for r in regs] == ["11"] and tags[0].basis == "precedent"
    assert "left off: 9 (“decision about their care”" in tags[0].evidence
    assert tag_basis(tags[0]).startswith("Regulation 11")


def test_a_cited_regulation_and_a_single_one_are_never_left_off():
    precedent.use(_citing(CAPACITY))
    both = [_reg("11"), _reg("9")]
    cited = [_reg_tag("11", "Regulation 11", basis="explicit"), _reg_tag("9", "Regulation 9", basis="explicit")]
    assert precedent.fewer_regulations(both, cited, TEXT) == (both, cited)
    one = ([_reg("9")], [_reg_tag("9", "decision about their care")])
    assert precedent.fewer_regulations(*one, TEXT) == one


def test_an_unsure_key_question_offers_its_second_choice():
    split = _model({"grab": SAFE, "bags": SAFE, "checked": 4, "weekly": 4}, strength=1.0)  # Safe / Well-led
    precedent.use(split)
    second = precedent.second_choice(_kq_tag("Safe", 0.9), "Emergency grab bags are checked weekly.")
    assert second is not None and second.value == precedent.KEY_QUESTIONS[4] and second.field == "domain"
    assert tag_basis(second).startswith(f"Second choice of key question {second.value}: from how past reports")
    assert precedent.second_choice(_kq_tag("Safe", 0.9, basis="section"), "Emergency grab bags are checked weekly.") is None
    precedent.use(_model(GRAB_BAGS))  # all Safe: nothing else to offer
    assert precedent.second_choice(_kq_tag("Safe", 0.9), "Emergency grab bags are checked weekly.") is None


def test_a_cited_regulations_key_question_is_second_guessed_only_within_what_it_spans():
    """The tester's dental must, Safe from its notice row's regulation 12, was offered a second choice
    with the vote read as if it outweighed the regulation: only a key question the regulation spans
    is offered, and the evidence says the regulation chose the first."""
    precedent.use(_model({"grab": SAFE, "bags": SAFE, "checked": 4, "weekly": 4}, strength=1.0))  # Safe / Well-led
    text = "Emergency grab bags are checked weekly."
    for basis in ("explicit", "requirement_notice"):
        assert precedent.second_choice(_kq_tag("Safe", 0.6, basis=basis), text, ("Safe", "Effective")) is None
        spans = precedent.second_choice(_kq_tag("Safe", 0.6, basis=basis), text, ("Safe", "Well-led"))
        assert spans is not None and spans.value == "Well-led"
        assert spans.evidence.split(" puts it under ")[1].startswith("Safe and spans Well-led too")
    assert precedent.second_choice(_kq_tag("Safe", 0.9), text, ("Safe", "Effective")).value == "Well-led"


def test_an_audit_system_cited_under_17_stays_well_led():
    """Audits that miss things are the governance system, whatever topics they audit."""
    text = ("The provider must ensure that audits of medicines, care records and the environment are effective in "
            "identifying shortfalls. (Regulation 17(2)(a))")
    precedent.use(_model({w: SAFE for w in ("audits", "medicines", "care", "records", "environment", "shortfalls")}))
    tagged = tag([Finding(id="M1", kind="must", text=text, file="r.pdf", page=3, section="")], [])[0]
    assert (tagged.domain, tagged.theme) == ("Well-led", "Governance")


def test_the_boards_assurance_stays_well_led_whatever_it_is_about():
    """A cue naming the governance system itself chose Well-led: past statements about the topic it
    oversees (the Mental Health Act) do not move it."""
    text = "The trust must ensure that the board receives assurance that the Mental Health Act is applied on every ward."
    precedent.use(_model({w: 1 for w in ("mental", "health", "act", "applied", "ward")}))  # all Effective
    tagged = tag([Finding(id="M1", kind="must", text=text, file="r.pdf", page=3, section="")], [])[0]
    assert (tagged.domain, tagged.theme) == ("Well-led", "Governance")


def test_a_warm_start_keeps_what_the_shipped_model_learned_and_adds_the_new_sets():
    """bench/train_precedent.py `train` with `start`: the sets the shipped model learned from are gone,
    so it is updated from its own weights and pulled toward them, its track records added to."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from train_precedent import train

    base = _model(GRAB_BAGS, track={"cue.x": (10, 9)})
    rule = _kq_tag("Well-led", 0.8)
    examples = [{"text": f"Share the staff survey results with every team {n}.", "rule": rule,
                 "label": {"kq": "Well-led", "regulation": ["17"]}} for n in range(4)]
    warm = train(examples, start=base)
    assert warm.statements == 504 and warm.track["cue.x"] == (14, 13)
    assert max(range(5), key=warm.weights[stem("grab")].__getitem__) == SAFE  # kept, not relearned from zero
    assert warm.weights[stem("grab")][SAFE] > 5.0
    assert stem("survey") in warm.weights  # a word of the new sets joins the vocabulary
