"""Merging gated by theme, and the domain knowledge that tells one issue from a look-alike.

Two statements whose themes (CQC's evidence categories) were read with confidence and differ
never merge; inside one theme, the same object or duty merges; where one object is asked
different things, a consultant's distinction (an exclusive family of vocab/issue_terms.toml,
or an aspect) keeps the two apart. Statements are written here, not copied from an evaluation
set, and are tagged first, as the pipeline tags them before merging. Each test fails without
the vocabulary entry or rule it names (checked by running it against the code before them).
"""

import pytest

from cqcplan.models import Finding
from cqcplan.pipeline.merge import DEFAULT_THRESHOLD, merge, score_findings, sure_themes
from cqcplan.pipeline.similarity import distinct_specifics
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms


def tagged(text: str, ident: str) -> Finding:
    kind = "must" if " must " in f" {text} " else "should"
    bare = Finding(id=ident, kind=kind, text=text, file="a.pdf", page=2, section="Areas for improvement")
    return tag([bare], [])[0]


def together(a: str, b: str) -> bool:
    return len(merge([tagged(a, "a"), tagged(b, "b")])) == 1


# ---- the theme gate: records kept locked are not a medicines fridge kept locked

RECORDS_LOCKED = "The trust must ensure that patient records on the children's ward are kept in a locked cabinet."
RECORDS_SECURE = "The service should make sure that medical records are stored securely and not left on desks."
FRIDGE_LOCKED = "The trust must ensure that the medicines fridge on the children's ward is kept locked."
CHEMICALS_LOCKED = "The provider must ensure that cleaning chemicals are kept in a locked cupboard."


def test_patient_records_named_as_the_object_get_a_sure_records_theme():
    """vocab/cues.toml safe.patient_records: a topic cue, not governance wording."""
    for text in (RECORDS_LOCKED, RECORDS_SECURE):
        assert sure_themes(tagged(text, "r"))[:1] == ["Records"]


def test_hazardous_substances_are_an_environment_theme():
    """vocab/cues.toml safe.coshh: COSHH is filed with the premises' other hazards."""
    assert sure_themes(tagged(CHEMICALS_LOCKED, "c"))[:1] == ["Environment and equipment"]


@pytest.mark.parametrize("other", [FRIDGE_LOCKED, CHEMICALS_LOCKED])
def test_things_kept_locked_in_different_themes_never_merge(other):
    _, scores, vetoed = score_findings([tagged(RECORDS_LOCKED, "a"), tagged(other, "b")])
    assert vetoed[0, 1] and scores[0, 1] == 0.0
    assert not together(RECORDS_LOCKED, other)


def test_records_kept_secure_in_other_words_merge_inside_their_theme():
    assert together(RECORDS_LOCKED, RECORDS_SECURE)


def test_records_named_in_passing_add_no_regulation():
    """The records cue weighs under the other topics, so an aside beside another topic adds no
    regulation 17 to a consent statement."""
    found = tagged("The practice should ensure that written consent is recorded for joint injections "
                   "and kept in the patient records.", "x")
    assert "17" not in {r.number for r in found.regulations}
    assert sure_themes(found)[0].startswith("Consent")


# ---- exclusive families: one object, a different duty

LOOK_ALIKES = [
    # a recruitment check before someone starts is not the check renewed while they work
    ("The provider must ensure that criminal record checks are obtained for care workers before they start work.",
     "The provider must ensure that DBS checks for care workers are renewed every three years."),
    # controlled drugs counted against the register are not controlled drugs destroyed
    ("The hospital must ensure that controlled drugs in theatres are checked twice daily.",
     "The hospital must ensure that unwanted controlled drugs in theatres are denatured with a witness present."),
    # pressure ulcer prevention: repositioning is not assessing the risk or the mattress
    ("The provider must ensure that residents at risk of pressure ulcers are repositioned as often as their "
     "care plans say.",
     "The provider must ensure that pressure ulcer risk assessments are reviewed each month and "
     "pressure-relieving mattresses are in place."),
    # what is out of date in a cupboard: consumables or medicines
    ("The trust must ensure that out-of-date dressings and cannulas are removed from the recovery unit.",
     "The trust must ensure that out-of-date medicines are removed from the recovery unit."),
    # planned servicing is not the routine check before use
    ("The trust must ensure that blood pressure machines are serviced in line with the maintenance schedule.",
     "The trust must ensure that blood pressure machines are checked daily before use."),
]


@pytest.mark.parametrize("a,b", LOOK_ALIKES)
def test_one_object_asked_a_different_duty_stays_apart(a, b):
    assert distinct_specifics(terms(a), terms(b))
    assert not together(a, b)


PARAPHRASES = [
    # both before employment, worded apart
    ("The provider must ensure that DBS checks are received before staff start work.",
     "The service should make sure disclosure and barring checks are in place prior to employment."),
    # getting rid of expired medicines is the follow-through of checking their dates: no family fires
    ("The home must ensure that expired medicines are disposed of safely.",
     "The home should ensure medicines' expiry dates are checked so that expired stock is removed."),
]


@pytest.mark.parametrize("a,b", PARAPHRASES)
def test_one_duty_in_other_words_still_merges(a, b):
    assert not distinct_specifics(terms(a), terms(b))
    assert together(a, b)


def test_a_check_at_recruitment_and_afterwards_names_both_times():
    both = terms("Registration is confirmed at recruitment and afterwards.")
    assert both.keys() >= terms("before they start").keys() | terms("renewed").keys()


# ---- synonyms and abbreviations: one thing named apart

SYNONYM_PARAPHRASES = [
    # an appraisal every year is an annual appraisal
    ("The trust should ensure that therapists receive an annual appraisal.",
     "The trust should ensure that therapists have an appraisal every year."),
    # Regulation 18(1)'s own words are the staffing-numbers duty, not an ask about competence
    ("The trust must deploy sufficient numbers of suitably qualified, competent, skilled and experienced midwives "
     "on the labour ward.",
     "The service should make sure that there are enough midwives on the labour ward."),
    # patients on another specialty's ward
    ("The trust should reduce the number of medical outliers.",
     "The trust should reduce how often medical patients are placed on surgical wards."),
    # positive behaviour support
    ("The provider must ensure that staff follow each person's positive behaviour support plan.",
     "The provider should make sure staff follow people's PBS plans."),
    # rapid tranquillisation named by its route and its reason
    ("The trust must ensure that physical health observations are recorded after rapid tranquillisation.",
     "The service should ensure that physical health observations are recorded after patients are given IM "
     "medication for behavioural disturbance."),
    # relatives are family members
    ("The trust should ensure that professional interpreters are used rather than relatives.",
     "The service should not rely on family members to interpret."),
]


@pytest.mark.parametrize("a,b", SYNONYM_PARAPHRASES)
def test_synonyms_join_one_issue_named_apart(a, b):
    assert together(a, b)


def test_the_core_service_a_statement_is_in_is_not_its_issue():
    """'Medical' and 'surgical' wards say where, not what (topic words): sharing them and a word
    of the theme's topic is not one issue."""
    assert not together("The trust should ensure that fluid balance charts are completed on the surgical wards.",
                        "The trust should ensure that nutrition screening is completed on the surgical wards.")


@pytest.mark.parametrize("name,other", [
    ("an annual appraisal", "an appraisal every year"),
    ("a positive behaviour support plan", "a PBS plan"),
    ("IM medication for behavioural disturbance", "rapid tranquillisation"),
    ("relatives", "family members"),
    ("lone workers", "the lone working policy"),
    ("consent to treatment forms", "T2 and T3"),
])
def test_a_name_and_its_synonym_give_the_same_terms(name, other):
    assert terms(name).keys() >= terms(other).keys()


def test_regulation_wording_is_read_as_staffing_numbers():
    assert terms("sufficient numbers of suitably qualified, competent and experienced staff").keys() == \
        terms("sufficient numbers of staff").keys()


def test_life_support_equipment_is_resuscitation_equipment_and_an_airway_trolley_no_anaesthetic_machine():
    assert terms("basic life support equipment").keys() == terms("resuscitation equipment").keys()
    assert not terms("the difficult airway trolley").keys() & terms("the anaesthetic machine").keys()
    assert not together("The trust must ensure the difficult airway trolley in recovery is checked daily.",
                        "The trust must ensure anaesthetic machines in recovery are checked daily.")


# ---- the one-shared-term block leaves alone two statements that ask nothing different

def test_same_issue_in_two_settings_saying_nothing_else_merges():
    """Both name no aspect and the same specific terms; only a setting or staff group differs."""
    a = "All nurses in the emergency department must receive an annual appraisal."
    b = "All staff must receive an annual appraisal."
    assert together(a, b)
    _, scores, _ = score_findings([tagged(a, "a"), tagged(b, "b")])
    assert scores[0, 1] >= DEFAULT_THRESHOLD


def test_the_same_issue_with_a_different_ask_stays_apart():
    """One side asks for training: not silent, so the block still holds."""
    assert not together("Managers must ensure that all staff have regular supervision.",
                        "Managers must ensure that the staff who give supervision are trained to do it.")


def test_two_statements_silent_on_the_ask_sharing_one_issue_word_merge():
    """Neither names an aspect, and the one word they share names the issue: nothing in them
    asks anything different, so the one-shared-term block does not split them."""
    assert together("Ensure that sharps bins are not overfilled.",
                    "The trust should ensure sharps containers are not filled above the fill line.")


def test_delays_discharging_medically_fit_patients_are_one_flow_issue():
    assert together("The trust should ensure patients are discharged in a timely way.",
                    "The trust should reduce delays in discharging patients who are medically fit.")


def test_weeks_from_referral_is_a_waiting_clock_not_a_referral_made():
    from cqcplan.pipeline.aspects import aspects

    assert "reporting" not in aspects("Ensure that patients are seen within 18 weeks of referral.")
    assert "reporting" in aspects("Ensure that staff make a safeguarding referral when abuse is suspected.")


def test_consent_to_an_operation_is_not_a_mental_capacity_assessment():
    a = "The hospital must ensure that consent for surgery is obtained and recorded before the day of the operation."
    b = "The hospital must ensure that staff assess and record mental capacity when patients may be unable to consent."
    assert distinct_specifics(terms(a), terms(b))
    assert not together(a, b)


def test_audit_results_shared_are_not_audits_carried_out():
    """"Audit results" are a thing shared: the ask is learning, not the audit itself."""
    from cqcplan.pipeline.aspects import aspects

    shared = "The trust should ensure that falls audit results are shared with ward staff."
    assert "checking" not in aspects(shared)
    assert not together("The trust should ensure that falls audits are completed every month.", shared)


@pytest.mark.parametrize("a,b", [
    ("The trust should ensure that all maternity staff attend PROMPT training.",
     "The service should make sure midwives and obstetricians complete multidisciplinary obstetric emergencies training."),
    ("The trust should ensure that each patient's preferred place of death is recorded.",
     "Staff should ask patients where they would like to die and record it."),
])
def test_maternity_and_end_of_life_names_join(a, b):
    assert together(a, b)


def test_a_kind_of_monitoring_named_as_what_staff_are_trained_in_is_not_a_check():
    from cqcplan.pipeline.aspects import aspects

    assert aspects("Midwives must complete fetal monitoring training.") == {"training"}
    assert not together("The trust must ensure that CTG traces on the labour ward are reviewed hourly.",
                        "The trust must ensure that labour ward midwives complete fetal monitoring training.")


# ---- inside one theme: a statement that only names its object, and one that says how to do it

SUPERVISION_BARE = "The provider should ensure that staff have regular supervision."


def test_naming_a_duty_and_saying_how_it_is_done_is_one_issue_inside_a_theme():
    """The first names the object and asks nothing more; the second asks the same of it and says
    how it is done (documented: an aspect of manner). One theme, one issue, one action."""
    elaborated = "The service must make sure staff on every ward receive supervision and that each session is documented."
    assert sure_themes(tagged(SUPERVISION_BARE, "a"))[0] == sure_themes(tagged(elaborated, "b"))[0]
    assert together(SUPERVISION_BARE, elaborated)


@pytest.mark.parametrize("other", [
    # training in it is another duty about the same object
    "The provider should make sure supervisors are trained to carry out supervision.",
    # so is an audit of it
    "The provider should audit supervision across the service.",
])
def test_naming_a_duty_and_asking_another_thing_of_it_stays_apart(other):
    assert not together(SUPERVISION_BARE, other)


def test_a_bare_statement_with_its_own_object_is_not_inside_the_other():
    """"Bed rails are fitted" names no aspect but the pair shares the object only; the other asks
    for checks (not an aspect of manner), so the one-shared-term block holds."""
    assert not together("The trust must ensure that bed rails are fitted on every bed that needs them.",
                        "The trust should make sure bed rails are checked before use and the checks are recorded.")


def test_manner_aspects_are_data():
    from cqcplan.pipeline.aspects import aspect_names, manner_aspects

    assert {"recording", "policy", "practice", "timeliness"} <= manner_aspects() <= set(aspect_names())
    assert "training" not in manner_aspects() and "checking" not in manner_aspects()


# ---- reusable equipment cleaned between patients: one duty whatever the equipment

def test_equipment_cleaned_between_patients_is_one_duty_in_other_words():
    assert together("The trust should ensure that commodes are wiped down between patients.",
                    "The service must make sure shared equipment such as blood pressure cuffs and commodes is "
                    "decontaminated after each use.")
    assert terms("I am clean stickers").keys() == terms("cleaned between patients").keys()


def test_equipment_cleaned_between_patients_is_not_the_ward_cleaning_schedule():
    assert not together("The trust should ensure that ward cleaning schedules are completed every day.",
                        "The trust should ensure that patient equipment on the ward is cleaned between uses.")


def test_a_policy_within_its_review_date_is_a_policy_kept_up_to_date():
    assert together("The provider should ensure that policies are within their review date.",
                    "The provider should ensure that its procedures are kept up to date.")
    # a review date recorded against each risk is a field of the register, not being in date
    assert "current" not in terms("Each risk on the register has an owner and a review date.")


# ---- a theme CQC reports as one figure: mandatory training

def test_mandatory_training_of_two_staff_groups_is_one_action():
    """Mandatory training is one compliance figure (vocab/themes.toml `one_action`): medical and
    nursing staff behind on it are one problem with one trajectory, though the staff-group family
    of vocab/issue_terms.toml would keep them apart anywhere else."""
    a = "Ensure that medical staff complete mandatory training."
    b = "The trust must ensure that all nursing staff are up to date with their statutory and mandatory training."
    assert sure_themes(tagged(a, "a"))[0] == sure_themes(tagged(b, "b"))[0] == "Mandatory training"
    assert together(a, b)


def test_two_courses_named_alone_are_one_action():
    """tests/eval/LABELLING.md rule 4: a report's mandatory-training shortfalls, named courses too,
    are one action with one trajectory."""
    assert together("The trust must ensure that staff complete paediatric life support training.",
                    "The trust must ensure that staff complete moving and handling training.")


def test_every_mandatory_training_statement_of_a_report_is_one_action():
    """Complete-link joins them only if every pair does: the programme, two courses and a
    staff group's course, none sharing a course with another."""
    texts = ["The trust must ensure that all staff complete mandatory training, including fire safety.",
             "The trust should ensure that nurses on the surgical wards are up to date with basic life support "
             "training.",
             "The trust should ensure that doctors complete level 3 safeguarding children training.",
             "The trust should ensure that theatre staff complete resuscitation training appropriate to their role."]
    actions = merge([tagged(text, f"f{n}") for n, text in enumerate(texts)])
    assert [a.findings for a in actions] == [["f0", "f1", "f2", "f3"]]


def test_training_records_are_not_the_training():
    assert not together("The trust must ensure that staff training records are accurate and kept up to date.",
                        "The trust must ensure that staff complete fire safety training.")


def test_outside_the_one_action_theme_staff_groups_still_differ():
    assert not together("The trust must ensure that there are enough nurses on every shift.",
                        "The trust must ensure that there are enough doctors on every shift.")


def test_one_action_themes_name_an_aspect():
    from cqcplan.pipeline import themes
    from cqcplan.pipeline.aspects import aspect_names

    flagged = {t.name: t.one_action for t in themes.table().theme if t.one_action}
    assert flagged == {"Mandatory training": "training"}
    assert set(flagged.values()) <= set(aspect_names())


def test_life_support_equipment_is_a_thing_checked_not_a_course():
    from cqcplan.pipeline.aspects import aspects

    assert aspects("Basic life support equipment on the wards is checked daily.") == {"checking"}
    assert "training" in aspects("Staff complete basic life support.")


def test_stored_securely_is_not_stored_at_the_right_temperature():
    """vocab/issue_terms.toml "storage requirement": two things a store must do, two fixes."""
    a = "The trust must ensure that medicines on the wards are stored securely."
    b = "The trust must ensure that medicines on the wards are stored at the correct temperature."
    assert distinct_specifics(terms(a), terms(b))
    assert not together(a, b)
    assert together(a, "The service should make sure ward medicines are kept locked away.")


def test_records_accurate_and_complete_is_the_record_keeping_standard():
    """Regulation 17(2)(c)'s "accurate, complete and contemporaneous record" in other words."""
    a = "The trust must ensure that nursing notes are complete and contemporaneous."
    b = "The service should make sure staff keep accurate, complete and up-to-date notes of the care given."
    assert together(a, b)
    assert not together(a, "The trust must ensure that nursing notes are stored securely.")


# ---- a theme named only in a qualifier does not gate

RT_QUALIFIED = ("The trust must ensure that patients' physical health is monitored after rapid tranquillisation, "
                "in line with NICE guidance.")
RT_PLAIN = "The service should make sure the vital signs of patients given rapid tranquillisation are checked."


def test_a_theme_read_from_the_qualifier_is_not_sure():
    """"In line with NICE guidance" says what the ask is measured against (pipeline/asks.py
    `duty`): the Evidence-based theme it gives does not gate the merge."""
    qualified = tagged(RT_QUALIFIED, "a")
    assert "Evidence-based care and treatment" in [t.value for t in qualified.tags if t.field == "theme"]
    assert "Evidence-based care and treatment" not in sure_themes(qualified)


def test_paraphrases_whose_themes_differ_only_by_a_qualifier_merge():
    _, _, vetoed = score_findings([tagged(RT_QUALIFIED, "a"), tagged(RT_PLAIN, "b")])
    assert not vetoed[0, 1]
    assert together(RT_QUALIFIED, RT_PLAIN)


def test_physical_health_checks_on_antipsychotics_in_a_mental_health_service_neighbour_medicines():
    """vocab/theme_neighbours.toml medicines / evidence_based: a mental-health service files health promotion under
    Best practice in treatment and care (vocab/cues.toml effective.healthier_lives), so there the checks of people on
    antipsychotics are medicines or best practice, as elsewhere medicines or health promotion."""
    service = "Community-based mental health services for adults of working age"
    pair = [Finding(id=i, kind=kind, text=text, file="a.pdf", page=2, section="Areas for improvement", service=service)
            for i, kind, text in (
                ("a", "must", "The trust must ensure that patients taking antipsychotic medicines have their physical "
                              "health monitored regularly."),
                ("b", "should", "The service should make sure people on antipsychotics receive physical health checks, "
                                "with blood tests and an ECG."))]
    a, b = tag(pair, [])
    assert (a.theme, b.theme) == ("Medicines", "Evidence-based care and treatment")
    assert len(merge([a, b])) == 1
