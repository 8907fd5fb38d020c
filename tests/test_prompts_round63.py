"""Prompts for an outside reader's misfits (judge78), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts63)."""
from prompt_lines import lowered_lines

SURGERY = dict(services=["Surgery"], report_types=["hospital-inspection-report"])
URGENT = dict(services=["Urgent and emergency care"], report_types=["hospital-inspection-report"])
MH_WARD = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
               report_types=["core-service-inspection-report"])
CARE_HOME = dict(report_types=["asc-care-home-inspection-report"])
GP = dict(report_types=["gp-practice-inspection-report"])
DENTAL = dict(report_types=["dental-practice-inspection-report"])
TRUST = dict(report_types=["trust-inspection-report"])


def test_people_who_have_a_plan_each_have_their_own():
    """"patients admitted under the orthopaedic team have a clear plan and a daily consultant review": each patient's
    plan, the cases listed and checked, not a document written and approved."""
    for wording in ("The trust should ensure that patients admitted to the ward from theatre have a clear plan and a daily "
                    "review by a consultant.",
                    "The service should ensure that people with a percutaneous feeding tube have an up-to-date plan for "
                    "its care."):
        change, tell, check, evidence = lowered_lines(wording, **SURGERY)
        assert "document" not in change + tell + check + evidence, (change, check)
        assert "list the cases it applies to" in check, check
    change, _, _, _ = lowered_lines("The trust should ensure that the surgical division has a clear plan for theatre "
                                    "refurbishment.", **SURGERY)
    assert "document" in change, change  # a place's plan is still one document


def test_a_paragraph_cited_bare_after_the_sentence_is_no_part_of_it():
    """"... were not always recorded. 17(1)(2)(c)": the citation is read past, not spliced into a line's sentence."""
    from cqcplan.pipeline.asks import bare
    assert bare("Care records were not always accurate. 17(1)(2)(c)") == bare("Care records were not always accurate.")
    lines = lowered_lines("Care plans were not always reviewed, and fluid charts were not always completed. 17(2)(b)(c)",
                          **CARE_HOME)
    assert not any("17(2)" in line for line in lines), lines


def test_training_and_supervision_asked_together_are_both_checked():
    """"Staff had not received the training and supervision they needed": the training records beside the supervision
    log; supervision alone stays the supervision log."""
    _, _, check, evidence = lowered_lines("The provider had not ensured that care workers received suitable training and "
                                          "supervision for their roles.", **CARE_HOME)
    assert "training record" in check and "supervision log" in check, check
    assert "training record" in evidence and "supervision log" in evidence, evidence
    _, _, check, _ = lowered_lines("The registered manager must ensure that care workers receive regular supervision.",
                                   **CARE_HOME)
    assert "supervision log" in check and "training record" not in check, check


def test_staff_experience_asked_with_networks_is_an_equality_plan():
    """Improving a group of staff's experience with its network: actions agreed with the networks and measured by the
    equality standards and the staff survey, not a ward's huddles nor a circular "record of what was checked"."""
    change, tell, check, evidence = lowered_lines("The trust should work with the race equality network to improve the "
                                                  "experience of black and minority ethnic staff.", **TRUST)
    assert "network" in change and "huddle" not in tell, (change, tell)
    assert "wres" in check and "staff survey" in evidence, (check, evidence)
    assert "what was checked each month" not in evidence, evidence


def test_specified_information_about_staff_is_recruitment():
    """The information Schedule 3 specifies for each person employed is kept by whoever recruits: the recruitment
    checks, told to the managers who recruit, not a change in daily practice told to the whole team."""
    _, tell, check, _ = lowered_lines("The practice must ensure that the specified information is held for every person "
                                      "employed.", **GP)
    assert "who recruit" in tell and "reception" not in tell, tell
    assert "file" in check, check


def test_recruitment_in_a_practice_is_decided_with_its_manager_not_hr():
    """A dental or GP practice has no HR department: its recruitment checks are decided with the practice manager; a
    trust's stay with HR."""
    wording = "The provider must ensure that all recruitment checks, including references, are completed before staff start."
    change, _, _, _ = lowered_lines(wording, **DENTAL)
    assert "hr" not in change.split() and "practice manager" in change, change
    change, _, _, _ = lowered_lines(wording, **TRUST)
    assert "with hr" in change, change


def test_a_practices_clinical_records_are_told_to_its_clinicians():
    """Those who write a dental practice's clinical records are its dentists and dental nurses, not its receptionists;
    records named by the staff who write them keep those staff."""
    _, tell, _, _ = lowered_lines("The practice should ensure that dental care records are completed in line with "
                                  "the guidance of the Faculty of General Dental Practice.", **DENTAL)
    assert "reception" not in tell and "dentists" in tell, tell
    _, tell, _, _ = lowered_lines("The practice should ensure that the dentists complete dental care records in line "
                                  "with the guidance of the Faculty of General Dental Practice.", **DENTAL)
    assert "dentists" in tell and "dental nurses" not in tell, tell


def test_cover_for_its_own_sake_has_no_second_result():
    """"enough nurses to meet the planned establishment", "to care for children": the rotas show it, no circular
    "those on duty were able to care for children"; a place staffed to open is said of the place."""
    _, _, check, evidence = lowered_lines("The trust must ensure there are enough nurses on the assessment unit to meet "
                                          "the agreed staffing levels on every shift.", **URGENT)
    assert "were able to" not in check + evidence, check
    _, _, check, _ = lowered_lines("The trust must ensure there are enough paediatric nurses on the ward to look after "
                                   "children overnight.", **URGENT)
    assert "were able to" not in check, check
    _, _, check, _ = lowered_lines("The trust should ensure that the day surgery unit has enough nursing staff to open "
                                   "at weekends as planned.", **SURGERY)
    assert "the day surgery unit was able to open" in check, check
    _, _, check, _ = lowered_lines("The trust must ensure there are enough call handlers to answer 999 calls promptly.",
                                   **URGENT)
    assert "able to answer 999 calls promptly" in check, check


def test_managers_named_for_the_audit_are_told_beside_the_staff_who_do_the_work():
    """"observations are taken ...; ward managers audit compliance": the nurses who take them are told as well as the
    managers who audit; managers named for the whole ask are told alone."""
    _, tell, _, _ = lowered_lines("The trust must ensure that neurological observations are taken after every fall at "
                                  "the intervals set in policy and that ward managers audit compliance monthly.", **MH_WARD)
    assert "nurses" in tell and "ward managers" in tell, tell
    for wording in ("The trust should ensure that ward managers review the seclusion records each month.",
                    "The trust should ensure that ward managers audit the medicines charts and that the actions from "
                    "those audits are completed."):  # the actions of their own audits are the managers' work too
        _, tell, _, _ = lowered_lines(wording, **MH_WARD)
        assert tell.startswith("prompt: tell ward managers "), tell


def test_signs_reviewed_for_what_people_know_are_looked_at_where_they_are():
    """"review the signs in the waiting room so that patients know who to ask for help": what the signs tell, looked
    at where they are, not patients' records audited."""
    _, _, check, evidence = lowered_lines("The trust should review the signs in the waiting area so that patients know "
                                          "how to ask for pain relief.", **URGENT)
    assert "records of 10 patients" not in check and "patients' records" not in evidence, (check, evidence)
    assert "look" in check and "photo" in evidence, (check, evidence)


EOL = dict(services=["End of life care"], report_types=["core-service-inspection-report"])
CHILDREN = dict(services=["Community health services for children, young people and families"],
                report_types=["core-service-inspection-report"])


def test_a_decision_handed_on_to_the_team_that_takes_over_is_traced_per_person():
    """(judge77) "treatment escalation plans made on the ward are sent to the district nurses when patients go home": each
    person discharged traced to the receiving team's record, not a meeting that reviews it nor the plan's own form;
    learning shared with a team is still the incidents topic's."""
    change, _, check, evidence = lowered_lines("The trust should ensure that treatment escalation plans made on the ward "
                                               "are sent to the district nurses when patients go home.", **EOL)
    assert "discharged or transferred" in change and "receiving team" in check, (change, check)
    assert "minutes" not in check + evidence, check
    _, _, check, _ = lowered_lines("The trust should ensure that learning from incidents is shared with community teams.",
                                   **EOL)
    assert "receiving team" not in check, check


def test_a_system_to_monitor_quality_is_its_audits_done_and_acted_on():
    """(judge77) "a system to monitor the quality of the service, including audits of X and Y": each audit or measure
    done when due and its results acted on; not a person's care plan audited nor cases traced through a pathway."""
    change, tell, check, evidence = lowered_lines(
        "The trust must ensure there is an effective system to monitor the quality of palliative care, including audit "
        "of symptom control and of whether people's wishes were met.", **EOL)
    assert "care plan" not in change + tell + check + evidence, (change, tell)
    assert "each audit or measure" in check and "tracing cases" not in evidence, (check, evidence)


def test_a_store_reviewed_so_a_way_is_clear_is_walked_round_not_locked():
    """(judge77) "review where equipment is stored so that fire exits are not obstructed": the review, then the way kept
    clear checked on a walk-round; nothing to keep secure."""
    change, tell, check, evidence = lowered_lines("The hospital should review the storage of linen in ward corridors so "
                                                  "that fire exits are not obstructed.", **SURGERY)
    assert "secure" not in change + tell, (change, tell)
    assert "walk round" in check and "walk-round" in evidence, (check, evidence)


def test_vaccines_carried_off_site_keep_the_cold_chain():
    """(judge77) vaccines carried in validated cool boxes with data loggers: the cold chain procedure and each session's
    logger readings, not works ordered from estates."""
    change, _, check, evidence = lowered_lines("The trust should ensure that vaccines taken to community clinics are "
                                               "transported in validated cool boxes with data loggers.", **CHILDREN)
    assert "estates" not in change and "works order" not in evidence, (change, evidence)
    assert "data logger" in check and "data logger" in evidence, (check, evidence)


def test_locum_and_agency_staff_named_together_are_both_told():
    """"including locum and agency staff": both groups are told, not the last one named alone."""
    from cqcplan.pipeline.compose import named_staff
    assert named_staff("the learning is shared with every team, including locum and agency staff") == "locum and agency staff"
    _, tell, _, _ = lowered_lines("The trust should ensure that safety alerts reach all staff groups, including locum and "
                                  "agency staff.", **URGENT)
    assert "locum and agency staff" in tell, tell


AMBULANCE = dict(report_types=["trust-inspection-report"], report="Northfell Ambulance Service NHS Trust\n")
GP_PRACTICE = GP


def test_welfare_calls_are_tracked_from_their_own_log():
    """(judge77) welfare calls to people waiting, made within the time set: each call's time from the welfare call log,
    not how many are waiting."""
    _, _, check, evidence = lowered_lines("The trust must ensure that people who are waiting for a crew receive "
                                          "welfare calls within the times set in its policy.", **AMBULANCE)
    assert "welfare call log" in check and "waiting list data" not in check + evidence, (check, evidence)


def test_learning_from_audits_fed_back_to_each_worker_is_their_own_feedback():
    """(judge77) "learning from record audits is fed back to individual nurses": each one's feedback checked, not the
    audit schedule."""
    _, _, check, evidence = lowered_lines("The trust should ensure that learning from clinical record audits is fed back "
                                          "to individual nurses.", **SURGERY)
    assert "feedback" in check and "audit schedule" not in evidence, (check, evidence)


def test_medicines_to_be_had_out_of_hours_are_shown_by_each_request():
    """(judge77) medicines available out of hours: each request and whether it was met, not the rota's cover."""
    _, _, check, evidence = lowered_lines("The trust should work with local pharmacies so that anticipatory medicines "
                                          "are available to patients at weekends.", **EOL)
    assert "request" in check and "rota" not in check, check


def test_a_piece_of_kit_to_have_is_checked_against_the_list():
    """(judge77) "the practice has access to a paediatric pulse oximeter": the kit checked (present, in date, working),
    not children's records audited."""
    _, _, check, evidence = lowered_lines("The practice should ensure that it has access to a defibrillator with "
                                          "paediatric pads.", **GP_PRACTICE)
    assert "item by item" in check and "records of 10" not in check, check
