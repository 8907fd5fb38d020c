"""Prompts round thirty-one (from outside readers' verdicts, issue 12): a failing said as "either not ... or ..." is
turned into its duty, never agreed as the system; an event CQC was not told of is a notification, checked against the
records of events, not a job redone monthly; a count to bring down is tracked by its own figures; how a service
monitors something is its monitoring, not a target; a room's environment improved is works; audits of prescribing
sample prescriptions, not medicines storage; what went well, said beside a breach, is no finding to put right.
Statements here are written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import findings

from prompt_lines import prompt_lines as _lines


def test_a_failing_said_as_either_not_or_is_turned_into_its_duty():
    lines = _lines("Processes were either not in place or effective enough to make sure medicines were managed safely. "
                   "This was a breach of regulation 12.", report_types=["asc-"])
    assert "either not in place" not in lines["a"] + lines["b"] + lines["c"]
    assert "in place and effective enough" in lines["a"]


@pytest.mark.parametrize("wording", [
    "The provider had not informed us of three allegations of abuse, as required by law. This was a breach of "
    "regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.",
    "The registered manager had not notified us of the deaths of two people using the service.",
])
def test_events_cqc_was_not_told_of_are_notifications_checked_against_the_events(wording):
    lines = _lines(wording, report_types=["asc-"])
    assert "notif" in lines["a"] and "notifications sent" in lines["c"], wording
    assert "Check monthly for three months that this was done" not in lines["c"]
    assert "us of" not in lines["a"] + lines["c"] + lines["e"]  # the inspectors' "us" is CQC in the lead's words


def test_a_count_to_bring_down_is_tracked_by_its_own_figures():
    lines = _lines("The trust should review its bed management so that fewer patients are moved between wards at night.")
    assert "figures for the number of patients moved between wards at night" in lines["c"]
    assert "figures for fewer" not in lines["c"] + lines["e"]


def test_how_a_service_monitors_something_is_its_monitoring_not_a_target():
    lines = _lines("The provider should consider how it monitors the flow of patients through the day surgery unit so "
                   "that bottlenecks are identified.", services=["Surgery"])
    assert "agree the target" not in lines["a"] and "dated trajectory" not in lines["a"]
    assert "monitoring must cover" in lines["a"]
    measured = _lines("The provider should improve the flow of patients through the day surgery unit.")
    assert "target" in measured["a"]  # a guard: the flow itself to improve is still a figure to move


@pytest.mark.parametrize("wording", [
    "The trust should consider how it can improve the environment of the family room on the children's ward so that it "
    "meets national guidance.",
    "Improve the physical environment of the seclusion room.",
])
def test_a_rooms_environment_improved_is_work_to_order(wording):
    lines = _lines(wording)
    assert "agree the work" in lines["a"] and "works order" in lines["e"], wording
    assert "records of" not in lines["c"] and "Observe practice" not in lines["c"], wording


@pytest.mark.parametrize("wording, types", [
    ("The practice should carry out audits of antibiotic prescribing in line with national guidance.", ["gp-"]),
    ("Introduce regular prescribing audits for antimicrobials, taking into account the Faculty guidance.", ["dental-"]),
])
def test_audits_of_prescribing_sample_prescriptions_not_medicines_storage(wording, types):
    lines = _lines(wording, report_types=types)
    assert "prescriptions" in lines["c"] and "prescribing audits" in lines["e"], wording
    assert "fridge" not in lines["c"] + lines["e"] and "storage" not in lines["c"], wording
    stored = _lines("The practice should ensure medicines fridge temperatures are recorded daily.", report_types=["gp-"])
    assert "fridge" in stored["c"]  # a guard: medicines kept are still checked where they are kept


def test_what_went_well_beside_a_breach_is_no_finding_to_put_right():
    wording = ("Medicine records were not always accurate. People told us the staff were caring and friendly. The home "
               "was visibly clean throughout. The provider had a clear complaints policy which set out how to raise a "
               "concern.\nThe provider was in breach of regulation 12 (Safe care and treatment).")
    found = findings(wording)
    assert not any("caring" in f or "visibly clean" in f or "complaints policy" in f for f in found)
    kept = findings("Care records were not always accurate. Call bell records showed people waited over 20 minutes on 30 "
                    "occasions. This was a breach of regulation 12.")
    assert any("20 minutes" in f for f in kept)  # a guard: a finding with no "not" in it is still put right
    assert any("unkind" in f for f in findings("Care plans were not reviewed. Two staff were unkind to people. "
                                               "This was a breach of regulation 9."))  # "kind" inside a failing word


def test_praise_leading_a_breach_passage_is_no_ask():
    wording = ("Staff knew people well and spoke kindly of them. Relatives told us they were made welcome. Falls risk "
               "assessments had not been reviewed after people fell. This was a breach of regulation 12 (Safe care and "
               "treatment).")
    assert not any(a.required for a in asks(wording))  # an irregular past ("knew") says what was found, as "used" does
    lines = _lines(wording, report_types=["asc-"], regulations="Regulation 12 Safe care and treatment")
    assert "knew people well" not in "".join(lines.values())
    assert "Falls risk assessments had not been reviewed" in lines["c"]


def test_a_rating_printed_as_a_heading_is_not_read_into_the_ask():
    lines = _lines("Inadequate Checks had not identified the shortfalls we found with medicines and staffing. This was a "
                   "breach of regulation 17 (Good governance).", report_types=["asc-"])
    assert "Inadequate" not in lines["a"] + lines["c"] and "checks identify the shortfalls" in lines["a"]


def test_a_citation_cut_off_at_the_end_is_not_quoted():
    lines = _lines("The provider must ensure that all staff working with children have completed level 2 safeguarding "
                   "adults training. (Regulation", report_types=["independent-"])
    assert "(Regulation" not in "".join(lines.values()) and "safeguarding adults training" in lines["a"]


@pytest.mark.parametrize("wording", [
    "The trust should make the assessment room safer for patients in mental health crisis.",
    "Make the assessment suite on the older people's ward more welcoming for people living with dementia.",
])
def test_a_room_named_by_what_is_done_in_it_is_walked_round_not_its_records_sampled(wording):
    lines = _lines(wording)
    assert "walk round" in lines["c"].lower() and "records of" not in lines["c"], wording
    assert "audit 10 assessments" not in lines["c"] and "10 care plans" not in lines["c"], wording
    assert "10 care plans" in _lines("Ensure care plans are reviewed monthly.")["c"]  # a guard: records still sampled


def test_what_someone_told_or_informed_the_inspectors_is_no_notification():
    lines = _lines("The registered manager informed us that new falls audits had been introduced, but care plans had not "
                   "been reviewed after people fell. This was a breach of regulation 12.", report_types=["asc-"])
    assert "notif" not in lines["a"] + lines["c"]
    assert "notif" not in _lines("Ensure that staff tell us about their concerns when asked.")["c"]


@pytest.mark.parametrize("wording", [
    "The trust should ensure that the fridges in the hospital mortuary are alarmed.",
    "The provider should ensure that the CCTV in the seclusion suite is working.",
])
def test_equipment_fixed_in_place_is_seen_where_it_is_not_sampled_as_records(wording):
    lines = _lines(wording)
    assert "walk round" in lines["c"].lower() and "records of" not in lines["c"], wording
    assert "Observe practice" not in lines["c"], wording


def test_consumables_to_keep_in_date_are_checked_against_a_list():
    lines = _lines("The practice should ensure that the spare defibrillator pads and dressings are in date.", report_types=["gp-"])
    assert "against the list" in lines["c"] and "records of" not in lines["c"] and "Observe practice" not in lines["c"]
