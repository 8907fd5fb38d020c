"""Prompts round thirty (from outside readers' verdicts, issue 12): an ask that is a fixture, a purchase or a one-off
document gets a works or document route and a check that it was done, not daily practice watched or patients' notes
sampled. Statements here are written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.scaffold import composable

from prompt_lines import prompt_lines as _lines


@pytest.mark.parametrize("wording", [
    "The trust should ensure that seclusion room doors have observation panels that patients can close from inside.",
    "The provider should ensure that the seating in the day room is wipeable.",
    "The practice should consider how it can make its reception usable by people in wheelchairs, with a lowered counter.",
    "Improve the family room on the children's unit so that it is separate from the adult ward.",
])
def test_a_feature_a_fitting_or_place_is_given_is_work_to_order_and_check_done(wording):
    lines = _lines(wording)
    assert "agree the work" in lines["a"] and "works order" in lines["e"], wording
    assert "daily practice" not in lines["a"] and "Observe practice" not in lines["c"] and "records of" not in lines["c"]


def test_a_state_kept_on_the_premises_is_still_walked_round():
    lines = _lines("The provider must ensure that the quiet room on the children's ward has a second exit.")
    assert "walk round" in lines["c"].lower()  # a guard: a place that has something, no feature to build, as before
    assert "Observe practice" in _lines("Staff must ensure bedroom doors are closed when personal care is given.")["c"]


def test_what_a_leaflet_says_is_a_document_to_revise():
    lines = _lines("The practice should make sure its complaints leaflet tells patients how to contact the Ombudsman.")
    assert "updates the document" in lines["a"] and "approved and dated" in lines["e"]
    assert "records of 10" not in lines["c"] and "patients' records" not in lines["e"]


@pytest.mark.parametrize("wording", [
    "The trust must ensure that ligature risk assessments are read and signed by all staff working on the ward.",
    "The trust must ensure that the laser local rules and risk assessments are signed by staff who use the laser.",
    "The trust must ensure that all theatre staff sign the risk assessment for the laser to show they have read it.",
])
def test_a_document_staff_must_read_and_sign_is_checked_on_the_signature_list_not_a_risk_tool(wording):
    lines = _lines(wording)
    assert "signature list" in lines["c"] and "signed list" in lines["e"]
    assert "which tool" not in lines["a"] and "the tool" not in lines["b"] and "10 records" not in lines["c"]


@pytest.mark.parametrize("wording", [
    "The provider must ensure that surgeons granted practising privileges have their indemnity cover, appraisal and "
    "revalidation reviewed each year.",
    "The provider should ensure that every anaesthetist with practising privileges has a current appraisal and "
    "revalidation.",  # appraisal and revalidation (the training topic's words) tie with "practising privileges"
])
def test_practising_privileges_checks_are_the_privileges_file_not_staff_appraisal(wording):
    lines = _lines(wording, report_types=["independent-"])
    assert "practising privileges file" in lines["c"] and "who appraises whom" not in lines["a"]
    assert "appraisal tracker" not in lines["e"]
    assert "who appraises whom" in _lines("The provider should ensure that nurses have their appraisal and revalidation "
                                          "checked each year.")["a"]  # a guard: staff appraisal stays appraisal


def test_a_qualification_to_hold_is_checked_against_the_staff_list_and_rota_not_completed_as_a_course():
    lines = _lines("The trust must ensure that young people admitted to the adult surgical ward are cared for by nurses "
                   "who hold a children's nursing qualification.")
    assert "hold the qualification" in lines["a"] and "rotas" in lines["c"] and "qualification" in lines["e"]
    assert "release" not in lines["a"] + lines["b"] and "training, drill or competency records" not in lines["c"]
    course = _lines("The provider should ensure that all care staff complete a recognised qualification in care.")
    assert "training" in course["c"]  # a guard: a qualification to complete is still a course


@pytest.mark.parametrize("kw", [{}, {"theme": "Governance"}, {"regulations": "Regulation 12 Safe care and treatment"}])
def test_a_count_of_breaches_is_tied_to_the_plans_actions_for_them_not_one_regulations_topic(kw):
    lines = _lines("We identified 2 breaches of the legal regulations in relation to person-centred care and premises "
                   "and equipment.", report_types=["asc-"], **kw)
    assert "each regulation breached" in lines["a"] and "actions in this plan" in lines["c"]
    assert "for each thing asked" not in lines["a"] and "which tool" not in lines["a"]
    guard = _lines("We identified 2 breaches of regulation. The provider must ensure that fire doors close fully.")
    assert "each regulation breached" not in "".join(guard.values())  # a guard: what it asks keeps its own lines


def test_equipment_kept_maintained_and_fit_for_use_is_one_ask_checked_on_the_equipment_register():
    wording = ("Ensure that the anaesthetic machines are checked, maintained and fit for use, in line with Regulation 15 of "
               "the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.")
    assert len(composable(wording)) == 1  # "fit for use" is no verb of a second clause
    lines = _lines(wording)
    assert "equipment register" in lines["c"] and "service" in lines["e"]
    assert "activities planned" not in lines["c"] + lines["e"]  # the regulation's "(Regulated Activities)" names none
    assert "Observe practice" not in lines["c"]


def test_a_document_named_in_single_quotes_is_sampled_by_its_whole_name():
    lines = _lines("Ensure that the ‘Read me first’ form is completed for every new resident.")
    assert "‘Read me first’ forms" in lines["c"] and "first’ forms" not in lines["c"].replace("‘Read me first’ forms", "")


def test_a_duty_read_after_failed_to_with_an_adverb_is_an_instruction_done():
    lines = _lines("Falls had not been reviewed. The provider had failed to properly review the care of people who fell. "
                   "This was a breach of regulation 12.", report_types=["asc-"])
    assert "confirm that properly review" not in lines["c"] and "this was done: properly review" in lines["c"]


def test_what_is_assessed_keeps_the_list_it_ends_in():
    lines = _lines("The provider must assess the risks to the health, safety and welfare of each person on admission.")
    assert "health, safety and welfare of each person" in lines["e"]


@pytest.mark.parametrize("wording", [
    "The provider should buy a height-adjustable couch for the treatment room.",
    "The provider should ensure there are enough chairs in the dining room for every resident.",
    "The trust should ensure that the unit has a shower that people who use wheelchairs can reach.",
])
def test_something_bought_or_built_is_work_to_order(wording):
    lines = _lines(wording)
    assert "agree the work" in lines["a"] and "works order" in lines["e"], wording
    assert "daily practice" not in lines["a"] and "records of" not in lines["c"], wording


def test_staff_or_activities_in_a_place_are_no_work_to_order():
    assert "agree the work" not in _lines("The provider should ensure there are enough staff on duty in the communal "
                                          "areas.")["a"]  # a guard: who is there is no purchase


@pytest.mark.parametrize("wording", [
    "The provider should ensure that the major incident plan includes the contact details of the on-call managers.",
    "The trust should ensure the terms of reference for the safeguarding committee are reviewed.",
])
def test_what_a_plan_or_terms_of_reference_say_is_a_document_to_revise(wording):
    lines = _lines(wording)
    assert "updates the document" in lines["a"] and "approved and dated" in lines["e"], wording
    assert "daily practice" not in lines["a"] and "Observe practice" not in lines["c"], wording


def test_records_taken_out_are_tracked_on_a_log_not_taught_as_what_to_write():
    lines = _lines("The trust must ensure that medical notes taken home by community staff are tracked and returned.")
    assert "log a record out and back" in lines["b"] and "tracking log" in lines["c"]
    assert "what must be recorded" not in lines["b"]


def test_a_place_of_another_core_service_names_that_services_managers_and_meeting():
    wording = "The trust must ensure that babies on the labour ward are weighed before transfer."
    lines = _lines(wording, services=["Urgent and emergency care"])
    assert "maternity" in lines["a"] + lines["c"] and "urgent and emergency care" not in lines["a"] + lines["c"]
    two = _lines("Ensure patients wait less than an hour in theatre recovery before going to the surgical ward.",
                 services=["Medical care", "Surgery"])
    assert "medical care" in two["a"]  # a guard: an action joined across two services keeps its first
    same = _lines("Ensure that the emergency department's paediatric area is staffed.", services=["Accident and emergency"])
    assert "accident and emergency" in same["a"]  # a guard: a place of its own service keeps it


@pytest.mark.parametrize("wording", [
    "The trust should ensure that patients with infections are nursed in side rooms separate from other patients.",
    "The provider should ensure that people's medicines are stored separate from other people's medicines in their rooms.",
    "The provider should ensure staff support people who use wheelchairs in the lounge.",
])
def test_practice_in_a_place_is_no_work_to_order(wording):
    assert "agree the work" not in _lines(wording)["a"], wording  # the feature is said of the place, not of the people
