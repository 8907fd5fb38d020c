"""Which kind of fix a statement is (prompts77): a level of caseload-carrying staff or a senior's presence is staffing,
not a guideline or daily practice; records split across two systems are a records migration, not works; figures a
board is given being accurate is data validation, not training to complete."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])


def test_enough_caseload_carrying_staff_is_the_establishment():
    for wording in ("The trust should ensure there are sufficient health visitors in the north locality so that every family "
                    "is seen.", "The provider must make sure that it employs enough case managers for the people referred."):
        change, told, check, evidence = lowered_lines(wording, theme="Staffing")
        assert "establishment" in check + evidence and "daily practice" not in change, (change, check)


def test_a_seniors_presence_to_meet_guidance_is_cover_on_the_rota_not_a_guideline():
    change, told, check, evidence = lowered_lines(
        "The trust should ensure that there is sufficient consultant anaesthetist presence in critical care to meet "
        "national standards.", theme="Staffing", services=["Critical care"], **CORE)
    assert "rota" in check + evidence and "guideline" not in change + told + evidence, (change, evidence)


def test_records_in_two_systems_are_brought_into_one_not_works():
    change, told, check, evidence = lowered_lines(
        "The provider should make sure nurses do not have to search two separate electronic patient records systems to "
        "find each person's care plan.", theme="Records")
    assert "works order" not in evidence and "estates" not in change and "migrat" in evidence, (change, evidence)
    assert "10 records" in check, check


def test_accurate_figures_for_the_board_are_validated_not_training_completed():
    change, told, check, evidence = lowered_lines(
        "The trust must ensure that its systems for recording appraisal and training rates give leaders accurate and "
        "timely data.", theme="Mandatory training")
    assert "validat" in change and "source records" in check, (change, check)
    assert "date completed" not in evidence and "released to" not in told, (told, evidence)


def test_leaders_seen_where_care_is_given_are_told_at_their_meetings_and_the_staff_at_theirs():
    for wording in ("The provider should make sure that executives are visible in the outpatient departments.",
                    "The trust should ensure that executive directors visit the inpatient wards often enough for staff to "
                    "recognise them."):
        change, told, check, evidence = lowered_lines(wording, theme="Leadership",
                                                      services=["Medical care (including older people's care)"], **CORE)
        assert "management meetings" in told and "staff they visit" in told, told
        assert "visits" in check + evidence, check


def test_time_set_aside_for_a_task_is_the_time_not_the_task_received():
    change, told, check, evidence = lowered_lines(
        "The service should make sure ward sisters have time set aside to carry out supervision of the healthcare "
        "assistants.", theme="Competent staff", services=["Surgery"], **CORE)
    assert "protected time" in change and "rota" in evidence, (change, evidence)
    assert "must have it" not in told and "supervision log" not in evidence, (told, evidence)


def test_caseload_carrying_staff_on_each_shift_are_still_cover_on_the_rota():
    change, told, check, evidence = lowered_lines("The provider must ensure there are sufficient community nurses on every "
                                                  "shift at weekends.", theme="Staffing")
    assert "rota" in check and "establishment" not in check, check
