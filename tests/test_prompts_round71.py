"""Prompts for an outside reader's misfits (judge89), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts71)."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
COMMUNITY = dict(services=["Community health services for adults"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
SURGERY = dict(services=["Surgery"], **CORE)
CARE_HOME = dict(report_types=["adult-social-care"])
HOSPITAL = dict(services=["Surgery"], report_types=["independent-hospital"])
GP = dict(services=["GP practice"], report_types=["gp"])


def test_learning_shared_is_checked_with_every_shift_place_and_staff_group():
    """Learning shared with the staff a report names (agency staff, weekend staff, every site): the check quotes what is
    asked and asks staff drawn from each shift, place and staff group, since the gap named is one of them."""
    for wording, options in (
            ("The trust should ensure that lessons learned from incidents are shared with agency nurses and staff who work "
             "at weekends.", MEDICAL),
            ("The trust should ensure that learning from incidents is shared with community teams at all three sites.",
             COMMUNITY)):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert "night shifts" in check and "bank and agency" in check and "as asked (" in check, check
        assert "by shift" in evidence, evidence


def test_a_telephone_lines_response_times_are_its_call_data():
    """Response times of a phone line (a practice's, a single point of access's): the telephone system's call data, not
    an ambulance dispatch system's categories against the national standard."""
    for wording, options in (
            ("The practice should take action to improve response times on its telephone line for patients calling for an "
             "appointment.", GP),
            ("The trust should improve response times for the phone line that patients use to contact the community "
             "nursing team.", COMMUNITY)):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert "dispatch" not in check + evidence and "telephone system's call data" in check, check


def test_access_to_a_clinician_at_the_times_named_is_cover_on_the_rota():
    """"patients have access to physiotherapy at weekends": therapists on the weekend rota, not what each person is
    offered or told."""
    for wording in ("The trust should ensure that patients on the stroke unit have access to physiotherapy at weekends.",
                    "Ensure patients can access a doctor out of hours when their condition changes."):
        change, _, check, _ = lowered_lines(wording, **MEDICAL)
        assert "offered or told" not in change and "rota" in change, change
        assert "rota" in check, check


def test_people_involved_in_planning_the_homes_activities_take_part_in_its_reviews():
    """People and relatives "involved in planning the menus": a say in how the home is run, each review's record of who
    took part, not what each person is offered in their own care."""
    for wording in ("The provider should ensure that residents are involved in planning the menus.",
                    "We recommend the provider considers how people are involved in choosing the outings and events."):
        change, _, check, _ = lowered_lines(wording, **CARE_HOME)
        assert "offered or told" not in change and "take part" in change, change
        assert "who took part" in check, check
    change, _, _, _ = lowered_lines("The provider should ensure that people are involved in planning their care.", **CARE_HOME)
    assert "take part" not in change, change  # each one's own care


def test_they_after_a_signed_document_is_the_document_reviewed():
    """"local rules are signed by all staff and that they are reviewed annually": the document's own review, checked
    and quoted by what it is said of, not folded into the signature list."""
    _, _, check, evidence = lowered_lines(
        "The provider must ensure that the radiation safety policy is signed by all radiographers and that it is reviewed "
        "annually.", services=["Diagnostic imaging"], report_types=["independent-hospital"])
    assert "the radiation safety policy is reviewed annually" in check, check
    assert "approved and dated" in evidence, evidence


def test_outcomes_monitored_and_benchmarked_are_measures_set_up_not_one_result_improved():
    """"monitor patient outcomes ... and benchmark them": which outcomes are collected, where reported and compared with
    whom, not "which outcome needs action"."""
    for wording, options in (
            ("The hospital should monitor patient outcomes for joint replacement surgery and benchmark them against "
             "national data.", HOSPITAL),
            ("The trust should ensure that outcomes for patients having day surgery are monitored and benchmarked against "
             "similar services.", SURGERY)):
        change, _, check, evidence = lowered_lines(wording, **options)
        assert "needs action" not in change and "compared with" in change, change
        assert "comparison" in evidence, evidence


def test_a_meetings_minutes_are_told_to_its_chair_and_minute_taker():
    """Minutes that must record something are written by the meeting's chair and minute-taker, not the ward's staff."""
    for wording, options in (
            ("The provider should ensure that the clinical governance committee's minutes show who is responsible for each "
             "action.", HOSPITAL),
            ("The trust should ensure that minutes of the divisional governance meetings record the risks discussed.",
             SURGERY)):
        _, tell, _, _ = lowered_lines(wording, **options)
        assert tell.startswith("prompt: tell the chair and the minute-taker of"), tell
        assert "handover" not in tell, tell


def test_each_statement_of_an_action_has_its_staff_told():
    """An action of several statements tells the staff each names, not those of the first two."""
    _, tell, _, _ = lowered_lines(
        "The trust must ensure that all midwives complete safeguarding children training.\n"
        "The trust must ensure that staff on the neonatal unit complete safeguarding children training.\n"
        "The trust should improve the number of theatre staff who have completed safeguarding children training.",
        services=["Maternity", "Surgery"], **CORE)
    assert tell.startswith("prompt: tell all midwives, staff on the neonatal unit and theatre staff "), tell


def test_staff_named_for_their_appraisal_are_told_with_the_managers_who_appraise_them():
    """"staff in outpatient services have an appraisal every year": those staff (a service named in the plural) and the
    managers who appraise them."""
    for wording in ("The trust must ensure that staff in outpatient services have an appraisal every year.",
                    "The trust should ensure that nursing staff in the outpatient department receive an annual appraisal."):
        _, tell, _, _ = lowered_lines(wording, services=["Outpatients"], **CORE)
        assert tell.startswith("prompt: tell ") and "staff in " in tell.split(",")[0], tell
        assert ", and the managers who carry out appraisals, when" in tell, tell
    from cqcplan.pipeline.compose import named_staff
    assert named_staff("staff in services for older people have an appraisal") == ""  # no place named, only "services"


def test_a_quote_keeps_the_second_way_a_duty_is_met():
    """"with consent, or in accordance with the Mental Capacity Act": the guidance after "or" is the duty's other half,
    so the quote does not stop at a dangling "or"."""
    from cqcplan.pipeline.asks import quoted
    ask = "care is provided with the consent of the person, or in line with the Mental Capacity Act 2005"
    assert quoted(ask) == ask, quoted(ask)
    assert quoted("staff record the checks in line with national guidance").strip() == "staff record the checks"
    _, _, check, _ = lowered_lines("People's care was not always provided with their consent, or in line with the Mental "
                                   "Capacity Act 2005.", **CARE_HOME)
    assert "consent, or." not in check and "or in line with the mental capacity act 2005" in check, check


def test_a_time_counted_from_being_something_is_quoted_whole():
    """"within 30 minutes of being admitted": the standard named whole, not "(within 30 minutes of being)"."""
    _, _, check, _ = lowered_lines("The trust must ensure that patients are seen by a doctor within 30 minutes of being "
                                   "admitted to the assessment unit.", **MEDICAL)
    assert "of being)" not in check, check
