"""make_plan: order and numbering, every finding once, A/B/C prompts by topic, glossary, counts."""

from collections import Counter
from datetime import date

import pytest
from plan_samples import ACUTE_REFS, ALL, acute_trust, care_home, mental_health

from cqcplan.errors import ConfigError
from cqcplan.models import Action, Extraction
from cqcplan.models.plan import NO_SERVICE
from cqcplan.pipeline.glossary import GlossaryTable, glossary_for
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.scaffold import ScaffoldTable, choose_topic
from cqcplan.vocab import load


def _ids(action):
    return [w.finding_id for w in action.wordings]


def test_musts_then_shoulds_numbered_in_report_order():
    plan = make_plan(acute_trust())
    assert {a.ref: _ids(a) for a in plan.actions} == ACUTE_REFS
    assert [a.ref for a in plan.actions] == list(ACUTE_REFS)


def test_a_must_merged_with_a_should_is_a_must_and_shows_the_must_first():
    m1 = make_plan(acute_trust()).actions[0]
    assert m1.kind == "must"
    assert [w.kind for w in m1.wordings] == ["must", "should"]
    assert m1.services == ["Urgent and emergency care", "Medical care (including older people's care)"]


def test_a_merged_wording_says_what_it_was_merged_on():
    m1 = make_plan(acute_trust()).actions[0]
    assert [w.merged_because for w in m1.wordings] == [
        "", "Merged with f-fridge, p. 14, Urgent and emergency care: shares “fridge”, “temperatures” (similarity 0.51)"]
    assert all(not w.merged_because for a in make_plan(acute_trust()).actions[1:] for w in a.wordings)


def test_a_weak_merge_marks_its_wording_and_action_for_a_check():
    extraction = acute_trust()
    merged = next(a for a in extraction.actions if a.merges)
    weak = merged.model_copy(update={"merges": [merged.merges[0].model_copy(update={"score": 0.35, "review": True})]})
    extraction = extraction.model_copy(update={"actions": [weak if a is merged else a for a in extraction.actions]})
    m1 = make_plan(extraction).actions[0]
    assert m1.review and [w.review for w in m1.wordings] == [False, True]
    assert m1.wordings[1].merged_because.endswith("(similarity 0.35; a weak match: check it is one issue)")
    assert not make_plan(acute_trust()).actions[0].review


def test_numbering_restarts_per_kind_across_reports():
    plan = make_plan(mental_health())
    assert [(a.ref, _ids(a)) for a in plan.actions] == [("M1", ["w1"]), ("M2", ["k1"]), ("M3", ["k2"]), ("S1", ["w2"])]


@pytest.mark.parametrize("name", list(ALL))
def test_every_finding_is_in_exactly_one_action_verbatim(name):
    extraction = ALL[name]()
    plan = make_plan(extraction)
    placed = Counter(w.finding_id for a in plan.actions for w in a.wordings)
    assert placed == Counter(f.id for f in extraction.findings)
    texts = {w.finding_id: w.text for a in plan.actions for w in a.wordings}
    assert texts == {f.id: f.text for f in extraction.findings}


def test_findings_without_an_action_get_one_each():
    plan = make_plan(care_home())
    assert [(a.ref, _ids(a)) for a in plan.actions] == [
        ("M1", ["c1"]), ("M2", ["c2"]), ("M3", ["c5"]), ("S1", ["c3"]), ("S2", ["c4"])]
    assert all(a.services == [NO_SERVICE] for a in plan.actions)


def test_an_action_naming_an_unknown_finding_is_refused():
    extraction = acute_trust()
    broken = Extraction(reports=extraction.reports, findings=extraction.findings,
                        actions=[Action(ref="A1", findings=["f-fridge", "no-such-finding"])])
    with pytest.raises(ValueError, match="no-such-finding"):
        make_plan(broken)


def test_a_finding_in_two_actions_is_refused():
    extraction = acute_trust()
    twice = Extraction(reports=extraction.reports, findings=extraction.findings,
                       actions=[Action(ref="A1", findings=["f-rtt"]), Action(ref="A2", findings=["f-rtt"])])
    with pytest.raises(ValueError, match="f-rtt"):
        make_plan(twice)


def test_ids_repeated_across_the_files_of_a_batch_are_kept_apart():
    first, second = care_home(), mental_health()
    clash = second.findings[0].model_copy(update={"id": first.findings[0].id})
    batch = Extraction(reports=first.reports + second.reports,
                       findings=first.findings + [clash, *second.findings[1:]], actions=[])
    plan = make_plan(batch)
    assert sorted(w.text for a in plan.actions for w in a.wordings) == sorted(f.text for f in batch.findings)
    refer = batch.model_copy(update={"actions": [Action(ref="M1", findings=[clash.id])]})
    with pytest.raises(ValueError, match="used by several findings"):
        make_plan(refer)


def test_the_plan_ignores_how_the_merge_stage_labelled_its_actions():
    extraction = acute_trust()
    relabelled = [a.model_copy(update={"kind": "should", "ref": f"X{i}"}) for i, a in enumerate(extraction.actions)]
    plan = make_plan(extraction.model_copy(update={"actions": relabelled}))
    assert {a.ref: _ids(a) for a in plan.actions} == ACUTE_REFS


@pytest.mark.parametrize("name", list(ALL))
def test_every_abc_line_and_evidence_is_a_prompt_not_a_decision(name):
    for action in make_plan(ALL[name]()).actions:
        lines = [action.scaffold.change, action.scaffold.communicate, action.scaffold.audit, action.evidence]
        assert all(line.startswith("Prompt: ") for line in lines), action.ref
        # ongoing work is checked for three months; a job done once (a repair, a review) once, when done
        assert "three months" in action.scaffold.audit or "when each is done" in action.scaffold.audit


@pytest.mark.parametrize(("finding_id", "topic", "specific_words"), [
    ("f-fridge", "medicines", ["medicines", "fridge"]),
    ("f-staffing", "staffing", ["staffing", "establishment"]),
    ("f-training", "mandatory_training", ["mandatory", "compliance"]),
    ("f-governance", "governance", ["governance", "risk register"]),
    ("f-who", "surgical_safety", ["checklist", "theatre"]),  # readers: a checklist to complete, not a risk tool
    ("f-rtt", "waiting_times", ["waiting", "trajectory"]),
    ("f-learning", "incidents", ["incidents", "learning", "what they learned"]),  # the learning reaching staff (round 36)
])
def test_prompts_fit_the_topic_of_the_wording(finding_id, topic, specific_words):
    action = next(a for a in make_plan(acute_trust()).actions if finding_id in _ids(a))
    assert action.scaffold.topic == topic
    prompts = " ".join([action.scaffold.change, action.scaffold.communicate, action.scaffold.audit]).lower()
    assert all(word in prompts for word in specific_words)


def test_different_topics_get_different_prompts():
    plan = make_plan(acute_trust())
    assert len({a.scaffold.change for a in plan.actions}) == len({a.scaffold.topic for a in plan.actions}) == 7


@pytest.mark.parametrize(("wording", "topic"), [
    ("The provider had failed to ensure people's medicines were managed safely; MAR charts had gaps.", "medicines"),
    ("Two staff files had no DBS check and no references.", "recruitment"),
    ("We recommend the provider seeks advice about the Mental Capacity Act 2005 and DoLS.", "consent"),
    ("People were deprived of their liberty without lawful authority. Regulation 13(5)", "consent"),
    ("People at risk of malnutrition did not have food and fluid charts completed.", "nutrition"),
    ("The trust must ensure patients detained under the Mental Health Act have their rights explained.", "mha"),
    ("The trust should review its use of seclusion and restraint on Willow ward.", "restrictive"),
    ("The provider must notify CQC of all safeguarding allegations without delay.", "notifications"),
    ("The trust should ensure hand hygiene audits are completed and acted upon.", "ipc"),
    ("The trust should ensure resuscitation trolleys are checked daily.", "premises_equipment"),
    ("The trust should ensure complaints are answered within the timescales in its policy.", "complaints"),
    ("The trust should ensure privacy and dignity are maintained in the emergency department.", "dignity"),
    ("The service must ensure care plans are person-centred and reflect people's preferences.", "care_planning"),
    ("The trust must ensure patient records are accurate, complete and contemporaneous.", "records"),
    ("The trust must ensure that staff complete mandatory training in safeguarding adults.", "mandatory_training"),
    ("Systems were not robust. This was a breach of regulation 17 (Good governance) of the Health and Social "
     "Care Act 2008 (Regulated Activities) Regulations 2014.", "governance"),
    ("The practice should improve the uptake of cervical screening.", "health_promotion"),
    ("The service must use its office for storing files.", "general"),
])
def test_topic_choice(wording, topic):
    assert choose_topic(wording)[0].id == topic


def test_capitalised_triggers_match_only_in_capitals():
    assert choose_topic("The CD register was not signed.")[0].id == "medicines"
    assert choose_topic("Staff said the cd player was broken.")[0].id == "general"


def test_key_question_quality_statement_and_regulations():
    plan = make_plan(acute_trust())
    by_ref = {a.ref: a for a in plan.actions}
    assert by_ref["M2"].key_question == "Safe"  # "safe" in the extraction, spelt as the drop-down list has it
    assert by_ref["M4"].key_question == "Well-led"  # "well led"
    assert by_ref["M4"].quality_statement == "Governance, management and sustainability"
    assert by_ref["M1"].regulations == ["Regulation 12(2)(g) Safe care and treatment"]
    assert by_ref["S2"].regulations == []
    mh = {a.ref: a for a in make_plan(mental_health()).actions}
    assert mh["M2"].regulations == ["Regulation 18 (Registration Regulations 2009) Notification of other incidents"]
    assert mh["M3"].regulations == ["Regulation 9 (2010 Regulations) Care and welfare of service users"]


def test_tag_basis_and_review_flag_reach_the_plan():
    by_ref = {a.ref: a for a in make_plan(acute_trust()).actions}
    fridge = by_ref["M1"].wordings[0]
    assert fridge.basis == ["Regulation 12: cited in the statement",
                            "Key question Safe: from the section it is printed under"]
    assert not by_ref["M1"].review
    assert by_ref["S1"].review and by_ref["S1"].wordings[0].review
    assert by_ref["S1"].wordings[0].basis == ["Key question Safe: from its wording (“surgical safety checklist”)"]


def test_tag_basis_names_a_regulation_as_a_reader_says_it():
    from cqcplan.models import Tag
    from cqcplan.pipeline.plan import tag_basis

    def basis(value):
        return tag_basis(Tag(field="regulation", value=value, basis="explicit", evidence="", confidence=1.0, rule_id="citation"))
    assert basis("RA2014 12") == "Regulation 12: cited in the statement"
    assert basis("RA2010 13") == "Regulation 13 (2010 Regulations): cited in the statement"
    assert basis("REG2009 18") == "Regulation 18 (Registration Regulations 2009): cited in the statement"


def test_summary_counts_each_action_once_per_label():
    summary = make_plan(acute_trust()).summary
    assert (summary.musts, summary.shoulds, summary.findings) == (4, 3, 8)
    kq = {c.label: (c.must, c.should) for c in summary.by_key_question}
    assert kq == {"Safe": (2, 1), "Effective": (1, 0), "Responsive": (0, 1), "Well-led": (1, 1)}
    regs = [(c.label, c.must, c.should) for c in summary.by_regulation]
    assert regs == [("Regulation 12 Safe care and treatment", 1, 0), ("Regulation 17 Good governance", 1, 0),
                    ("Regulation 18 Staffing", 2, 0), ("No regulation cited", 0, 3)]
    services = {c.label: (c.must, c.should) for c in summary.by_service}
    assert services["Medical care (including older people's care)"] == (3, 0)
    assert services[NO_SERVICE] == (0, 1)


def test_untagged_actions_are_counted_as_such():
    kq = {c.label: (c.must, c.should) for c in make_plan(mental_health()).summary.by_key_question}
    assert kq == {"Not tagged": (3, 1)}


def test_glossary_covers_what_the_statements_and_prompts_print_and_no_more():
    extraction = acute_trust()
    checked = "The trust must ensure that controlled drugs are checked and recorded in line with its medicines policy."
    stored = extraction.model_copy(update={"findings": [  # the medicines topic's own lines name CD checks and PRN protocols
        f.model_copy(update={"text": checked}) if f.id == "f-fridge" else f for f in extraction.findings]})
    plan = make_plan(stored)
    terms = [g.term for g in plan.glossary]
    assert {"RTT", "WHO checklist"} <= set(terms)  # from the statements
    assert {"CD", "PRN"} <= set(terms)  # from the prompts (medicines)
    assert "PRN" not in [g.term for g in make_plan(acute_trust()).glossary]  # a fridge's temperature: no PRN printed
    assert "ED" not in [g.term for g in make_plan(care_home()).glossary]  # "used" is not "ED"
    assert plan.unexpanded == [] and make_plan(care_home()).unexpanded == []


def test_glossary_covers_the_report_type_the_cover_prints():
    extraction = care_home()
    saf = extraction.model_copy(update={"reports": [r.model_copy(update={"report_type": "saf-assessment"})
                                                    for r in extraction.reports]})
    assert "SAF" not in [g.term for g in make_plan(extraction).glossary]
    assert "SAF" in [g.term for g in make_plan(saf).glossary]


def test_glossary_explains_what_the_plan_prints_around_the_statements():
    """qa10: the title's CQC, the BRAG column, a trust's NHS were printed unexplained; HSCA and MHRA
    had no entry, and a product name in camel case ("BirthRate Plus") was taken for an abbreviation."""
    plan = make_plan(acute_trust())  # an NHS trust's report whose statements name neither CQC nor BRAG
    assert {"CQC", "BRAG", "NHS"} <= {g.term for g in plan.glossary}
    extraction = care_home()
    quoted = extraction.findings[0].model_copy(update={
        "text": "The provider must report device faults to the MHRA as the HSCA requires, and use BirthRate Plus."})
    plan = make_plan(extraction.model_copy(update={"findings": [quoted, *extraction.findings[1:]]}))
    assert {"MHRA", "HSCA"} <= {g.term for g in plan.glossary} and plan.unexpanded == []


def test_an_abbreviation_the_glossary_cannot_expand_is_listed():
    extraction = care_home()
    odd = extraction.findings[0].model_copy(update={"text": "The provider must ensure XQZR checks and the MUST take place."})
    plan = make_plan(extraction.model_copy(update={"findings": [odd, *extraction.findings[1:]]}))
    assert "XQZR" in plan.unexpanded and "MUST" not in plan.unexpanded


def test_glossary_matches_whole_words_and_plurals_case_sensitively():
    terms = [g.term for g in glossary_for(["CDs were kept in a cupboard; MCAs done; the ward used PPE.", "cd"])]
    assert terms == ["CD", "MCA", "PPE"]
    assert [g.term for g in glossary_for(["CDROM PICUs"])] == ["PICU"]
    scans = glossary_for(["Patients waited for CT and MRI scans because the IT system failed; it was fixed."])
    assert [g.term for g in scans] == ["CT", "IT", "MRI"]


def test_curated_glossary_has_the_terms_action_plans_need():
    table = load(GlossaryTable, "glossary.toml")
    terms = {t.term for t in table.term}
    wanted = {"MCA", "DoLS", "IPC", "VTE", "RTT", "DBS", "MAR", "NEWS2", "PRN", "CD", "PPE", "WHO checklist", "ED",
              "PICU", "MHA", "CTO", "DNACPR", "RCA", "PALS", "SALT", "BRAG", "FPPR", "PGD", "HCA", "CT", "MRI", "IT"}
    assert wanted <= terms
    assert all(t.meaning.strip() for t in table.term)


def test_scaffold_file_has_a_fallback_and_the_topics_the_brief_names():
    table = load(ScaffoldTable, "scaffolds.toml")
    ids = [t.id for t in table.topic]
    assert ids[-1] == "general" and not table.topic[-1].triggers
    assert {"medicines", "training", "staffing", "records", "ipc", "safeguarding", "consent", "governance",
            "complaints", "premises_equipment", "nutrition", "dignity", "care_planning", "mha", "recruitment",
            "waiting_times"} <= set(ids)


def test_a_scaffold_file_with_prompt_prefixes_is_a_config_error(tmp_path):
    bad = tmp_path / "scaffolds.toml"
    bad.write_text('version = 1\n[[topic]]\nid = "general"\nlabel = "General"\ntriggers = []\n'
                   'change = "Prompt: do it"\ncommunicate = "x"\naudit = "y"\nevidence = "z"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="change"):
        load(ScaffoldTable, bad)


def test_version_and_date():
    plan = make_plan(care_home(), version="1.2", today=date(2025, 1, 31))
    assert (plan.version, plan.date) == ("1.2", date(2025, 1, 31))
    assert all(a.status == "Open" and a.brag is None and not a.lead for a in plan.actions)


def test_make_plan_group_by_orders_groups_and_keeps_every_ref():
    from cqcplan.models import Action, Extraction, Finding, ReportMeta
    from cqcplan.pipeline.plan import make_plan

    def f(id_, kind, domain, service):
        return Finding(id=id_, kind=kind, text=f"The trust {kind} do {id_}.", file="r.pdf", page=1, section="S",
                       service=service, domain=domain)

    findings = [f("M1", "must", "Well-led", "Surgery"), f("S1", "should", "Safe", "Maternity"), f("M2", "must", "Safe", "Surgery"),
                f("M3", "must", "Safe", None)]
    extraction = Extraction(reports=[ReportMeta(file="r.pdf", sha256="0", report_type="x")], findings=findings,
                            actions=[Action(ref=x.id, findings=[x.id]) for x in findings])
    plain = {a.wordings[0].finding_id: a.ref for a in make_plan(extraction).actions}
    by_kq = make_plan(extraction, group_by="key-question").actions
    assert [(a.ref, a.key_question, a.wordings[0].finding_id) for a in by_kq] == [
        ("M2", "Safe", "M2"), ("M3", "Safe", "M3"), ("S1", "Safe", "S1"), ("M1", "Well-led", "M1")]
    by_service = make_plan(extraction, group_by="service").actions
    assert [a.services[0] for a in by_service] == ["Surgery", "Surgery", "Maternity", "Provider-wide"]  # no service: last
    for grouping in ("key-question", "service", "theme"):
        assert {a.wordings[0].finding_id: a.ref for a in make_plan(extraction, group_by=grouping).actions} == plain


def test_a_breach_sentence_without_topic_words_gets_prompts_for_its_regulation():
    from cqcplan.pipeline.scaffold import scaffold_for

    sentence = "Enough improvement had not been made and the provider was still in breach of regulation 17."
    assert scaffold_for(sentence)[0].topic == "general"
    assert scaffold_for(sentence, "Good governance")[0].topic == "governance"
    assert scaffold_for("Ensure controlled drugs are stored safely.", "Safe care and treatment")[0].topic == "medicines"


def test_a_theme_cannot_force_its_prompts_on_a_statement_it_does_not_name():
    """Governance's own topics (notifications, oversight) say nothing of a locked door: general prompts, quoting it."""
    from cqcplan.pipeline.scaffold import scaffold_for

    scaffold, _ = scaffold_for("The provider should ensure that the sluice room is kept locked when not in use.",
                               theme="Governance")
    assert scaffold.topic == "general"
    assert "(the sluice room is kept locked when not in use)" in scaffold.change


def test_a_topic_outside_the_theme_is_taken_only_when_the_theme_names_none():
    from cqcplan.pipeline.scaffold import scaffold_for

    wording = "The trust should ensure that discharge letters reach GPs within two days."
    assert scaffold_for(wording, theme="Assessing and responding to patient risk")[0].topic == "discharge"
    in_theme = "The provider should ensure that staff complete their induction and competency assessments before working alone."
    assert scaffold_for(in_theme, theme="Competent staff")[0].topic == "training"
    # appraisal and supervision have records of their own, which the training topic's lines never read
    own = "The provider should ensure that staff complete their annual appraisal and clinical supervision."
    assert "supervision log" in scaffold_for(own, theme="Competent staff")[0].audit


@pytest.mark.parametrize("wording, named", [
    ("Ensure that records are kept.", ["records are kept"]),  # one passing word names no topic surely
    ("Ensure that staff complete mandatory training and that medicines fridge temperatures are recorded daily.",
     ["mandatory training", "fridge temperatures"]),
])
def test_a_topic_named_by_one_word_or_alongside_another_gets_the_general_prompts(wording, named):
    from cqcplan.pipeline.scaffold import scaffold_for

    scaffold, _ = scaffold_for(wording)
    assert scaffold.topic == "general" and all(words in scaffold.change for words in named)


@pytest.mark.parametrize("wording, ask", [
    ("The provider should ensure that the sluice room is kept locked.", "the sluice room is kept locked"),
    ("Review the provision of chaplaincy at weekends (Regulation 9(1)).", "review the provision of chaplaincy at weekends"),
    ("The registered person must take action to ensure that PRN protocols exist. Staff were unsure.",
     "PRN protocols exist. Staff were unsure"),
    ("The trust must ensure that CTG reviews are hourly. All midwives must complete fetal monitoring training, "
     "including the annual update.", "CTG reviews are hourly. All midwives must complete fetal monitoring "
     "training, including the annual update"),
    ("Ensure " + "that all of the many forms are checked " * 6 + ".", ""),
])
def test_the_general_prompt_quotes_what_the_statement_asks(wording, ask):
    from cqcplan.pipeline.scaffold import asked

    assert asked(wording) == ask


def test_an_inferred_regulation_is_shown_inferred_never_as_cited():
    """A regulation nothing printed names (the tag stage inferred it from the theme) is marked so in the
    action's row, counted apart in the summary and explained in the wording's basis."""
    from cqcplan.models import Regulation, Tag

    extraction = acute_trust()
    inferred = Regulation(instrument="RA2014", number="12", title="Safe care and treatment", inferred=True)
    tag = Tag(field="regulation", value="RA2014 12", basis="inferred", rule_id="theme.patient_risk.cites",
              evidence="not printed in the report: its theme, Safe › Assessing and responding to patient risk, is "
                       "usually cited under regulation 12", confidence=0.4)
    findings = [f.model_copy(update={"regulations": [inferred], "tags": [tag, *f.tags]}) if f.id == "f-who" else f
                for f in extraction.findings]
    plan = make_plan(extraction.model_copy(update={"findings": findings}))
    who = next(a for a in plan.actions if "f-who" in _ids(a))
    assert who.regulations == ["Regulation 12 Safe care and treatment (inferred: not cited in the report)"]
    assert who.wordings[0].basis[0].startswith("Regulation 12: inferred (not printed in the report: its theme, Safe")
    regs = [(c.label, c.must, c.should) for c in plan.summary.by_regulation]
    assert regs[:2] == [("Regulation 12 Safe care and treatment", 1, 0),
                        ("Regulation 12 Safe care and treatment (inferred: not cited in the report)", 0, 1)]
    # beside a statement of the same action that cites it, the regulation is cited
    fridge = next(a for a in make_plan(acute_trust()).actions if "f-fridge" in _ids(a))
    assert all("inferred" not in r for r in fridge.regulations)
