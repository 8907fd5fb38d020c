"""Prompts for an outside reader's misfits (judge92), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts73)."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
IMAGING = dict(services=["Diagnostic imaging"], **CORE)
CARE_HOME = dict(report_types=["adult-social-care"])


def test_a_record_named_in_straight_quotes_is_sampled_by_its_whole_name():
    """"the 'This is me' document": its name in straight single quotes is kept whole, not cut to "me' documents"."""
    for wording, options, name in (
            ("Improve the use of the 'This is me' document on the care of the elderly wards.", MEDICAL, "'this is me' documents"),
            ("The provider should ensure that each person's 'About me' form is completed.", CARE_HOME, "'about me' forms")):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert name in check and name in evidence, (check, evidence)


def test_what_a_thing_once_did_does_not_choose_the_kind_of_fix():
    """"the care plan that replaced the Liverpool Care Pathway", "the tool which was introduced": which thing is meant,
    so no estates work for "replaced" or "fitted"."""
    for wording, options in (
            ("Improve the completion of the individualised end of life care plan that replaced the Liverpool Care Pathway.",
             dict(services=["End of life care"], **CORE)),
            ("Improve the completion of the falls risk assessment that replaced the old screening tool.", MEDICAL),
            ("Improve the use of the electronic prescribing system which was installed last year.", MEDICAL)):
        lines = lowered_lines(wording, **options)
        assert not any("works order" in line or "estates" in line or "the work is done" in line for line in lines), lines


def test_restrictions_removed_are_ward_rules_not_works():
    """"blanket restrictions are removed": rules lifted for each patient, not estates work."""
    for wording, options in (
            ("The trust must ensure that blanket restrictions are removed.", WARDS),
            ("The provider should remove blanket restrictions on access to the garden.", CARE_HOME)):
        lines = lowered_lines(wording, **options)
        assert not any("works order" in line or "estates" in line or "the work is done" in line for line in lines), lines
    lines = lowered_lines("The trust must ensure that ligature points in the bathrooms are removed.", WARDS)
    assert any("estates" in line or "the work" in line for line in lines), lines  # a thing removed is still work


def test_a_document_an_audit_is_measured_against_is_no_document_to_write():
    """"audit turnaround times against the service level agreement", "against the contract": the audit or the figures,
    the agreement only the standard, not a document to write and approve."""
    for wording, options in (
            ("The service should audit reporting turnaround times for ultrasound against the service level agreement "
             "with the reporting provider.", IMAGING),
            ("The trust should audit the timeliness of discharge summaries against the trust's policy.", MEDICAL)):
        change, told, check, evidence = lowered_lines(wording, **options)
        assert "writes or updates the document" not in change and "approved" not in evidence, (change, evidence)
        assert "audit" in check, check


def test_abandoned_calls_and_callers_waits_are_the_telephone_systems_figures():
    """"the number of abandoned calls and caller waiting times are monitored": the telephone system's call data, not a
    waiting list's figures."""
    crisis = dict(services=["Mental health crisis services and health-based places of safety"], **CORE)
    for wording, options in (
            ("The trust should ensure that the number of abandoned calls and caller waiting times are monitored.", crisis),
            ("The practice should continue to reduce the number of abandoned calls and the time callers wait for an answer.",
             dict(services=["GP practice"], report_types=["gp"]))):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert "call data" in check and "waiting list" not in check + evidence, (check, evidence)


def test_a_stay_longer_than_the_hours_permitted_is_timed_stay_by_stay():
    """"not detained in the health-based place of safety for longer than the 24 hours permitted": each stay's start and end
    times, not the general paperwork audit of every detained patient."""
    crisis = dict(services=["Mental health crisis services and health-based places of safety"], **CORE)
    for wording in (
            "The trust must ensure that people are not detained in the health-based place of safety for longer than the 24 "
            "hours permitted under section 136 of the Mental Health Act.",
            "The trust must ensure that patients are not kept in the section 136 suite for more than the 24 hours allowed."):
        _, _, check, evidence = lowered_lines(wording, **crisis)
        assert "start and end times" in check and "start and end times" in evidence, (check, evidence)


def test_what_staff_receive_and_what_they_have_completed_are_each_checked():
    """"staff receive an annual appraisal and have completed mandatory training": the appraisal and the training, each
    with its own check and record, not the appraisal alone."""
    for wording, options in (
            ("Ensure that staff on the medical wards receive an annual appraisal and have completed mandatory training, "
             "including safeguarding adults level 2, so that they have the skills and knowledge to carry out their roles "
             "safely.", MEDICAL),
            ("The provider must ensure that care staff receive regular supervision and have completed training in moving "
             "and handling.", CARE_HOME)):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert "training, drill or competency records" in check, check
        assert "training" in evidence and ("appraisal" in evidence or "supervision" in evidence), evidence


def test_an_action_across_services_tells_every_statements_staff():
    """An action joining wards', community teams' and a crisis team's statements: B names each one's staff, the
    community "teams" and "crisis staff" and a team named in five words among them."""
    options = dict(services=["Acute wards for adults of working age and psychiatric intensive care units",
                             "Community-based mental health services for adults of working age",
                             "Mental health crisis services and health-based places of safety"], **CORE)
    _, told, _, _ = lowered_lines(
        "The trust should ensure that nursing staff on the wards receive regular clinical supervision.\n"
        "The service should ensure that staff in the community teams receive regular clinical supervision.\n"
        "The trust should ensure that crisis staff receive regular supervision.", **options)
    who = told.split("(")[0]  # the staff told, before the asks quoted
    assert "community teams" in who and "crisis staff" in who and "nursing staff" in who, told


def test_a_team_named_in_five_words_is_told():
    """"the assertive outreach and home treatment team at the north base has two qualified nurses": the team is told,
    beside the wards' nurses of the statement merged with it."""
    options = dict(services=["Acute wards for adults of working age and psychiatric intensive care units",
                             "Mental health crisis services and health-based places of safety"], **CORE)
    _, told, _, _ = lowered_lines(
        "The trust must ensure that there are enough qualified nurses on each shift on every ward.\n"
        "The trust must ensure that the assertive outreach and home treatment team at the north base has two qualified "
        "nurses on every shift.", **options)
    assert "assertive outreach and home treatment team" in told.split("(")[0], told
    _, told, _, _ = lowered_lines("Review the availability of the specialist palliative care team at weekends.",
                                  services=["End of life care"], **CORE)
    assert told.startswith("prompt: tell the specialist palliative care team "), told  # the team, not "availability of ..."


def test_two_figures_asked_together_are_each_tracked_from_their_own_data():
    """"monitor theatre utilisation and the number of procedures cancelled on the day", "reduce bed occupancy and the
    number of patients placed in out of area beds": both figures tracked and shown, not the count alone."""
    for wording, options, first, second in (
            ("The service should continue to monitor theatre utilisation and the number of procedures cancelled on the day.",
             dict(services=["Surgery"], **CORE), "session figures", "cancel"),
            ("The trust should continue to work to reduce bed occupancy and the number of patients placed in out of area "
             "beds.", WARDS, "bed occupancy figures", "outside the organisation's own area"),
            ("The hospital should reduce bed occupancy and the number of patients moved between wards at night.", MEDICAL,
             "bed occupancy figures", "moved between wards at night")):
        _, _, check, evidence = lowered_lines(wording, **options)
        assert first in check and second in check, check
        assert first in evidence, evidence


def test_medicines_given_only_when_authorised_are_administered_not_offered():
    """"medicines are only given to ... when ...": a duty of the staff who give them, not what each person is offered or
    told."""
    for wording, options in (
            ("The provider must ensure that medicines are only given to people when a prescriber has authorised them.",
             CARE_HOME),
            ("The trust must ensure that medicines are not given to patients before their allergies are recorded.", MEDICAL)):
        change, told, _, _ = lowered_lines(wording, **options)
        assert "offered or told" not in change and "offered or explained" not in told, (change, told)


def test_a_copy_of_the_thing_named_before_follows_on():
    """"... authorised on a valid certificate of consent to treatment, and that a copy of the certificate is kept with the
    medication chart": the copy is the certificate, so the consent to treatment lines (each chart checked against its
    certificate) cover both asks."""
    _, _, check, evidence = lowered_lines(
        "The trust must ensure that medicines are only given to detained patients when they are authorised on a valid "
        "certificate of consent to treatment, and that a copy of the certificate is kept with the medication chart.", **WARDS)
    assert "prescription chart against their consent to treatment certificate" in check, check
    assert "feedback of the people concerned" not in evidence, evidence


def test_a_community_teams_staffing_is_posts_and_caseloads_not_shifts():
    """"enough suitably qualified staff in the community mental health teams": staff in post against the establishment
    and caseloads, whatever words name the level, and no ward's fill rates or rotas by shift beside them."""
    for wording, services in (
            ("The trust must ensure that there are enough suitably qualified staff in the community mental health teams "
             "to meet the needs of patients safely.", ["Community-based mental health services for adults of working age"]),
            ("The trust should ensure that there are enough registered nurses in the district nursing teams.",
             ["Community health services for adults"])):
        _, told, check, evidence = lowered_lines(wording, services=services, **CORE)
        assert "caseload" in check and "by shift" not in check and "rotas" not in check, check
        assert "each shift" not in told and "by shift" not in evidence, (told, evidence)


def test_things_done_to_a_document_and_what_it_must_say_are_each_asked():
    """"the local rules are reviewed, signed by staff and name the current radiation protection supervisors": the review
    (a document updated and approved) as well as the signatures, not a read-and-sign alone."""
    for wording, options in (
            ("The service must ensure that the local rules for all ionising radiation equipment are reviewed, signed by "
             "staff and name the current radiation protection supervisors.", IMAGING),
            ("The provider must ensure that the fire procedure is updated, signed by all staff and names the current fire "
             "marshals.", CARE_HOME)):
        change, _, check, evidence = lowered_lines(wording, **options)
        assert "sign" in check and "approved" in evidence and "signed list" in evidence, (check, evidence)
