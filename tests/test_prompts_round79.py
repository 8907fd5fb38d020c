"""Prompts for outside readers' misfits (judge100), each by a rule for a class of statement: a variant named only among a
statement's examples does not narrow it; what a C line checks is chosen from the statement's object (equipment looked at
where it is kept, what is offered at meals observed at the meal, documents read shown by signed confirmations, the
records named after "up to date"); a wording that only restates its regulation's title points to the findings under it;
the people told include those whose work it is (prompts79). Wordings are new, not the reader's items."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import _courses
from cqcplan.pipeline.scaffold import _table, _variant, regulation_heading

CORE = dict(report_types=["core-service-inspection-report"])
UEC = dict(services=["Urgent and emergency care"], **CORE)
GP = dict(report_types=["gp-quality-report"])
DENTAL = dict(report_types=["dental-inspection-report"])
CARE_HOME = dict(report_types=["asc-inspection-report"])


def test_a_variant_the_statement_names_outside_its_examples_still_narrows():
    medicines = next(t for t in _table().topic if t.id == "medicines")
    assert _variant(medicines, "Medicines are given safely, including medicines given covertly.", "care_home") is None
    named = _variant(medicines, "Each decision to give medicines covertly is reviewed, including the pharmacist's advice.",
                     "care_home")
    assert named is not None and "covertly" in named.triggers, named


def test_equipment_kept_somewhere_is_looked_at_there_not_sampled_as_records():
    for wording in ("The provider must ensure that the gas cylinders kept in the treatment room are chained to the wall.",
                    "The service should ensure that the hoists stored in the corridor are kept clean."):
        *_, check, evidence = lowered_lines(wording, theme="Environment and equipment", **CARE_HOME)
        assert "records of" not in check and "walk round" in check, check


def test_records_named_after_up_to_date_are_those_named_after_them():
    *_, check, evidence = lowered_lines(
        "The provider must ensure that people's care is planned with up to date assessments of the risk of malnutrition.",
        theme="Person-centred care", **CARE_HOME)
    assert "audit 10 date assessments" not in check and "audits of date assessments" not in evidence, (check, evidence)
    assert "audit 10 assessments of the risk of malnutrition" in check, check


def test_what_is_offered_at_meals_is_observed_at_the_meal():
    *_, check, evidence = lowered_lines("The service should ensure that people are offered a choice of drinks at each "
                                        "mealtime.", theme="Person-centred care", **CARE_HOME)
    assert "observe a mealtime" in check and "mealtime observations" in evidence, (check, evidence)
    assert "records of 10" not in check, check


def test_a_course_of_two_nouns_joined_by_and_is_named_whole():
    assert _courses("staff complete training in infection prevention and control and in safeguarding adults") == \
        "training in infection prevention and control and in safeguarding adults"
    assert _courses("staff complete training in moving and handling and a DBS check is done") == \
        "training in moving and handling"


def test_a_wording_that_only_restates_its_regulations_title_lists_the_findings_under_it():
    for wording, setting in (("Ensure care and treatment is provided in a safe way to patients.", GP),
                             ("Ensure care and treatment is provided in a safe way to patients.", DENTAL),
                             ("Outcome 21: Records", CARE_HOME)):
        change, told, check, evidence = lowered_lines(wording, **setting)
        if "records" in wording.lower():  # a title of one word is no heading of its own: too little to tell
            assert "requirement notice" not in change, change
            continue
        assert "requirement notice" in change and "regulation 12 (safe care and treatment)" in change, change
        assert "in a safe way" not in check and "each shortfall" in check, check


def test_a_wording_saying_more_than_its_regulations_title_is_no_heading():
    assert regulation_heading("Ensure care and treatment is provided in a safe way to patients.") == \
        "regulation 12 (Safe care and treatment)"
    assert regulation_heading("Ensure care and treatment is provided in a safe way to patients by checking the "
                              "emergency equipment weekly.") == ""
    assert regulation_heading("Ensure care and treatment is provided in a safe way to patients.\nEnsure the practice's "
                              "fire risk assessment is reviewed.") == ""


def test_a_specialty_review_tells_the_specialties_who_answer_the_referrals():
    _, told, *_ = lowered_lines("The trust should reduce the time patients wait for a specialty review after referral.",
                                theme="Access and flow", **UEC)
    assert "specialty teams" in told and "urgent and emergency care" in told, told


def test_documents_staff_must_have_read_are_shown_by_signed_confirmations_against_start_dates():
    change, told, check, evidence = lowered_lines(
        "Make sure that locum GPs have read the practice's infection control policy before their first shift.", **GP)
    assert "signed" in check and "start" in evidence and "the record of what was checked" not in evidence, (check, evidence)
    assert told.startswith("prompt: tell locum gps"), told


def test_works_a_variants_lines_leave_out_are_agreed_with_estates():
    change, *_ = lowered_lines(
        "The trust must ensure that the psychiatric assessment room is fit for purpose, with ligature points removed and "
        "furniture that cannot be thrown.", theme="Environment and equipment", **UEC)
    assert "with estates or the premises lead, agree the work it asks" in change, change


def test_a_regulation_heading_names_the_page_of_its_notice_when_the_plan_knows_it():
    change, *_ = lowered_lines("Ensure care and treatment is provided in a safe way to patients.",
                               notice="the requirement notice on page 7", **GP)
    assert "the requirement notice on page 7 says how the regulation was not met" in change, change
