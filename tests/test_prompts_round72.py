"""Prompts for an outside reader's misfits (judge90), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts72)."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
MATERNITY = dict(services=["Maternity"], **CORE)
WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
CARE_HOME = dict(report_types=["adult-social-care"])
GP = dict(services=["GP practice"], report_types=["gp"])


def test_attending_a_named_course_is_checked_from_training_records():
    """"attend the annual PROMPT course", "complete the fetal monitoring update": a course's attendance, shown by each
    member of staff's training record against the staff list, not by observing practice or auditing patients' records."""
    for wording, options in (
            ("The trust should ensure that all midwives and obstetricians attend the annual PROMPT obstetric emergencies "
             "course.", MATERNITY),
            ("The practice should ensure that all nurses complete the cervical screening update every three years.", GP),
            ("The provider should ensure that care staff attend a dementia awareness workshop.", CARE_HOME)):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert "training" in check and "staff list" in check and "observe practice" not in check, check
        assert "staff list" in evidence and "observation" not in evidence, evidence


def test_a_forum_to_develop_is_shown_by_its_meetings():
    """"continue to develop its carers' forum": the forum's meetings, attendance and actions, not anyone's care records."""
    for wording, options in (
            ("The provider should continue to develop its carers’ forum.", WARDS),
            ("The provider should set up a residents’ council.", CARE_HOME),
            ("The trust should establish a staff forum for healthcare assistants.", WARDS)):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert "attendance" in check and "records of 10" not in check and "observe practice" not in check, check
        assert "notes of each meeting" in evidence, evidence


def test_a_trackers_owner_and_date_cells_are_no_finding():
    """A tracker's owner and due date read on after the statement ("... a copy of their care plan. Ward managers
    31/03/2023"): no finding to check or tell, nor part of what is asked."""
    for wording, options in (
            ("The provider should ensure that patients are offered a copy of their care plan. Ward managers 31/03/2023",
             WARDS),
            ("The provider should review how people's weights are monitored. Deputy manager and chef 30 June 2024",
             CARE_HOME),
            ("The provider must ensure that staff complete and record physical health observations Ward manager, Heron "
             "31/03/2023", WARDS)):
        lines = lowered_lines(wording, **options)
        assert not any("what the report found" in line for line in lines), lines
        assert not any("2023" in line or "2024" in line for line in lines), lines


def test_feedback_to_act_on_is_gathered_and_reviewed_not_a_target():
    """"patient feedback ... can be acted on and monitored": the feedback gathered, reviewed and acted on, no figure
    tracked against a target."""
    for wording, options in (
            ("Consider how patient feedback about telephone access can be acted on and monitored.", GP),
            ("The provider should ensure that feedback from relatives is acted on and monitored.", CARE_HOME)):
        change, _, check, evidence = lowered_lines(wording, **options)
        assert "target" not in change + check and "feedback" in check and "trajectory" not in change, (change, check)
        assert "feedback gathered" in evidence, evidence


def test_an_action_across_services_tells_and_reports_to_each_service():
    """An action joining statements of maternity, the children's ward and outpatients: each service's staff told and
    each one's meeting reported to, not maternity's alone."""
    options = dict(services=["Maternity", "Services for children and young people", "Outpatients"], **CORE)
    wording = ("The trust must ensure that fridge temperatures on the labour ward are recorded every day.\n"
               "The trust must ensure that temperatures of medicines refrigerators in outpatient clinic rooms are monitored "
               "daily.\n"
               "The trust should make sure that temperatures of the medicines fridges on the children's ward are checked daily.")
    _, told, check, _ = lowered_lines(wording, **options)
    assert "midwives" in told and "outpatients" in told and "children and young people" in told, told
    assert "maternity and of" in check and "of outpatients" in check, check
    _, told, _, _ = lowered_lines(
        "The trust should ensure that staff on the children's ward follow hand hygiene procedures.\n"
        "The trust should ensure that staff in outpatient clinics comply with bare below the elbows.",
        services=["Services for children and young people", "Outpatients"], **CORE)
    assert told.startswith("prompt: tell staff on the children's ward and staff in outpatient clinics "), told
