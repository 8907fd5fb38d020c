"""Prompts for judge64's misfits, each by a rule for a class of statement, tried on two wordings (prompts51)."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import kind_of, named_staff, with_roles

AMBULANCE = {"report_types": ["hospital-inspection-report"], "services": ["Patient transport services"]}
CARE_HOME = {"report_types": ["asc-inspection-report"]}


def test_the_same_version_of_a_document_is_checked_against_the_register():
    """Copies in use checked against the current version, not "audit 10 records" or practice observed."""
    for ask in ("staff at all stations have access to the same version of the clinical guidelines",
                "staff use the current version of the medicines policy"):
        assert kind_of(ask).id == "document_register", ask
    _, _, audit, _ = lowered_lines("The trust should ensure that staff at all stations have access to the same version "
                                   "of the clinical guidelines.", **AMBULANCE)
    assert "current version" in audit and "10 records" not in audit


def test_a_performance_and_development_review_is_an_appraisal():
    for ask in ("staff have an annual performance and development review", "all staff receive a PDR each year"):
        assert kind_of(ask).id == "appraisal", ask
    _, _, audit, evidence = lowered_lines("The service should ensure that staff have an annual performance and "
                                          "development review.", **AMBULANCE)
    assert "appraisal" in audit and "appraisal" in evidence and "observe practice" not in audit


def test_work_to_improve_a_time_is_a_measure():
    """"continue to work to improve response times": the times tracked, not "check that this was done"."""
    for ask in ("work to improve response times for category 1 and category 2 calls",
                "take action to improve handover times at the emergency department"):
        assert kind_of(ask).id == "measure", ask
    _, _, audit, evidence = lowered_lines("The trust should continue to work to improve response times for category 1 "
                                          "and category 2 calls.", **AMBULANCE)
    assert "track" in audit and "target" in evidence


def test_vehicles_are_maintained_with_the_fleet_department():
    """Vehicles go to the fleet department and its schedule, not medical engineering's equipment register."""
    for wording in ("The trust should ensure that vehicles are serviced and maintained in line with the fleet "
                    "maintenance schedule.", "The service should ensure all ambulances have a valid MOT and are maintained."):
        change, tell, _, _ = lowered_lines(wording, **AMBULANCE)
        assert "fleet" in change and "medical engineering" not in change and "vehicle" in tell, (change, tell)
    assert kind_of("infusion pumps are serviced").id == "servicing"
    assert kind_of("wheelchairs and stretchers on patient transport vehicles are serviced").id == "servicing"


def test_patients_own_living_skills_are_no_staff_training():
    for ask in ("patients are supported to develop daily living skills in preparation for discharge",
                "people are helped to maintain their independent living skills"):
        assert kind_of(ask).id != "training", ask
    assert kind_of("staff have skills in managing aggression").id == "training"


def test_those_whose_advice_is_followed_are_not_told():
    """"follow the advice of ... speech and language therapists": the staff who follow it are told, not the therapists."""
    for wording in ("Staff did not always follow the advice of healthcare professionals, including speech and language "
                    "therapists.", "The provider must ensure that staff follow the recommendations of "
                                   "physiotherapists and occupational therapists."):
        assert "therapists" not in named_staff(wording), wording
    _, tell, _, _ = lowered_lines("Risks to people were not always assessed or managed. Staff did not always follow "
                                  "the advice of healthcare professionals, including speech and language therapists.",
                                  **CARE_HOME)
    assert not tell.startswith("prompt: tell therapists"), tell


def test_what_is_done_at_booking_is_told_to_those_who_book():
    for asked in ("eligibility criteria for patient transport are applied consistently when journeys are booked",
                  "patients' mobility needs are assessed at the point of booking"):
        assert with_roles("crews and station or operational managers", [asked]) == "the staff who take the bookings"


def test_seeing_what_has_changed_is_no_building_work():
    """"so that people can see what has changed": feedback told back, not works ordered; a line of sight stays works."""
    for wording in ("We recommend the provider reviews how feedback from relatives’ meetings is recorded and acted upon, "
                    "so that people can see what has changed as a result.",
                    "The provider should review how it acts on residents' survey results so that people can see how "
                    "their views have been used."):
        change, _, _, evidence = lowered_lines(wording, **CARE_HOME)
        assert "estates" not in change and "works order" not in evidence, (change, evidence)
    assert kind_of("staff can see patients in the bays from the nurses station").id == "works"


def test_a_plan_made_and_shared_is_checked_by_its_sending():
    """"develop an action plan ... and share it with people": the record that it was sent, not people's records."""
    _, _, _, evidence = lowered_lines("We recommend the provider develops an action plan in response to the feedback "
                                      "received in the 2019 survey and shares it with people and their relatives.",
                                      **CARE_HOME)
    assert "distribution list" in evidence and "people's records" not in evidence
    assert kind_of("share it with staff").id == "circulated"


def test_a_service_that_has_a_system_is_tested_through_its_cases():
    """"the triage service has a standardised system for prioritising": cases traced through it, not a walk-round."""
    for ask in ("the maternity triage service has a standardised system for prioritising women and birthing people",
                "the emergency department has a clear process for escalating deteriorating patients"):
        assert kind_of(ask).id == "system", ask
    _, _, audit, evidence = lowered_lines("The trust must ensure that the maternity triage service has a standardised "
                                          "system for prioritising women and birthing people.",
                                          report_types=["hospital-inspection-report"], services=["Maternity"])
    assert "walk round" not in audit and "photos" not in evidence


def test_staff_redeployed_to_cover_is_seen_on_the_rota():
    for ask in ("qualified staff are not regularly redeployed from Hazel ward to cover other wards",
                "nurses on the children's ward are not moved to work on adult wards"):
        assert kind_of(ask).id == "staff_on_duty", ask


def test_advisors_and_dispatchers_are_staff_named():
    assert named_staff("there are sufficient numbers of call handlers and clinical advisors on each shift") == \
        "call handlers and clinical advisors"
    assert named_staff("clinical advisers in the emergency operations centre receive regular supervision") == \
        "clinical advisers in the emergency operations centre"
    assert named_staff("all clinical call handlers and health advisers complete the training") == \
        "all clinical call handlers and health advisers"


def test_suitably_qualified_staff_are_the_staff_named():
    """"suitably qualified call handlers": CQC's phrase for the call handlers, not a grade "qualified call handlers"."""
    assert named_staff("there are sufficient numbers of suitably qualified call handlers and clinical advisors in the "
                       "emergency operations centre") == "call handlers and clinical advisors in the emergency operations centre"
    assert named_staff("there are sufficient numbers of suitably qualified clinical advisers on duty") == "clinical advisers"
    assert named_staff("there are enough qualified nurses on each shift") == "qualified nurses"


def test_a_strategy_shared_with_staff_keeps_the_leadership_lines():
    """A vision or strategy written and shared is the leadership topic's business; its sending is no reason to drop it."""
    change, _, audit, _ = lowered_lines("Develop a written vision and strategy for the practice and share it with staff.",
                                        report_types=["gp-inspection-report"])
    assert "leadership or strategy" in change and "strategy or leadership plan" in audit


def test_a_failing_said_of_the_thing_named_again_is_the_breachs_finding():
    """"used a dependency tool ..., but the tool had not been reviewed": like "but it had not been", a finding, not
    garbled into a duty ("the provider used ..., but the tool is reviewed since ...")."""
    for wording in ("The provider used a dependency tool to calculate staffing levels, but the tool had not been reviewed "
                    "since several people with higher needs moved into the home. This meant the provider was in breach "
                    "of regulation 18 (Staffing).",
                    "The provider had a falls policy, but the policy had not been updated since 2019. This was a breach "
                    "of regulation 17."):
        change, _, audit, _ = lowered_lines(wording, **CARE_HOME)
        assert " is reviewed since" not in change and " is updated since" not in change, change
        assert "confirm that the provider" not in audit and "confirm that the provider had" not in audit, audit
    assert lowered_lines("The provider had a falls policy, but the policy had not been updated since 2019. This was a "
                         "breach of regulation 17.", **CARE_HOME)[0] != ""
