"""Prompts for judge59's misfits that prompts44 left, each by a rule for a class of statement, tried on two
wordings (prompts45)."""
from cqcplan.pipeline.scaffold import scaffold_for


def _lines(wording: str, **kw) -> str:
    scaffold, evidence = scaffold_for(wording, **kw)
    return " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence]).lower()


def test_one_document_shared_with_a_group_reaches_each_of_them_not_a_meeting_or_ten_cases():
    """A dashboard or a plan that goes out to all staff or the board: each issue reaches everyone it must."""
    for wording, kw in (("The trust should ensure that the maternity dashboard is shared with all staff.",
                         {"report_types": ["trust-inspection-report"], "services": ["Maternity"]}),
                        ("We recommend the provider ensures the service’s action plan is kept under review and shared with "
                         "staff so that improvements are made and sustained.", {"report_types": ["care-home-report"]}),
                        ("Ensure the service improvement plan is circulated to all teams.",
                         {"report_types": ["gp-inspection-report"]})):
        lines = _lines(wording, **kw)
        assert "distribution list" in lines and "have seen it" in lines
        assert "10 cases" not in lines and "which meeting or manager reviews it" not in lines


def test_records_said_by_their_flaw_are_checked_for_being_complete():
    """"MARs contained gaps" asks for MARs without gaps: no check sets out to confirm the failing."""
    for wording in ("Medicines administration records contained gaps and staff had not identified these in their audits. "
                    "This placed people at risk of harm.",
                    "Daily records of people's fluid intake had gaps and staff had not acted on them."):
        lines = _lines(wording, report_types=["care-home-report"])
        assert "complete and accurate, without gaps" in lines
        assert "confirm that medicines administration records contained" not in lines and "confirm that daily records" \
            " of people's fluid intake had gaps" not in lines


def test_an_ask_that_is_only_an_audit_gets_an_audit_programme_not_the_topics_practice():
    for wording in ("The provider should ensure that paediatric early warning scores are audited regularly.",
                    "The trust should make sure that the use of the sepsis screening tool is audited monthly."):
        lines = _lines(wording, report_types=["hospital-inspection-report"])
        assert "which tool" not in lines and "audit schedule" in lines and "audits or monitoring must cover" in lines


def test_learning_from_complaints_reaches_the_services_staff_not_only_the_teams_involved():
    for wording in ("Formalise the process for sharing learning from complaints with the whole practice team.",
                    "Ensure that learning from complaints is shared with all staff."):
        lines = _lines(wording, report_types=["gp-inspection-report"])
        assert "teams involved" not in lines and "upheld" not in lines
        assert "gps, nurses and reception and administrative staff" in lines


def test_temporary_staff_are_checked_against_the_rotas_not_the_staff_list():
    """Agency, bank and locum workers are on no staff list: who worked each shift is the list."""
    for wording, kind in (("We recommend the provider reviews its processes for the induction of agency staff so that they "
                           "are familiar with people’s needs before they work unsupervised.", "care-home-report"),
                          ("The provider must ensure that bank and agency nurses complete a local induction before working "
                           "on the ward.", "hospital-inspection-report")):
        lines = _lines(wording, report_types=[kind])
        assert "staff list" not in lines and "named on the rotas" in lines


def _told(wording: str, **kw) -> str:
    scaffold, _ = scaffold_for(wording, **kw)
    return scaffold.communicate.lower()


def test_therapists_whose_advice_is_followed_are_not_whom_b_tells():
    """Staff named as where guidance comes from ("guidance from speech and language therapists") do not do the ask."""
    for wording in ("Some people who were at risk of choking did not have up-to-date guidance from speech and language "
                    "therapists in their care plans, and staff were not aware of the changes to their diets.",
                    "Ensure that people's care plans include the current advice from speech and language therapists about "
                    "their diets."):
        told = _told(wording, report_types=["asc-inspection-report"])
        assert told.startswith("prompt: tell the care staff")


def test_recruiting_is_told_to_those_who_recruit_alone():
    """A manager's task no care worker shares: the managers who recruit, not the staff on each shift."""
    for wording in ("We recommend the provider reviews its recruitment procedures against current best practice guidance "
                    "and updates its practice accordingly.",
                    "The provider should ensure that recruitment checks, including full employment histories, are completed "
                    "before staff start work.",
                    "The provider must ensure that staff are recruited safely."):
        told = _told(wording, report_types=["asc-inspection-report"])
        assert "managers who recruit" in told and "care staff" not in told


def test_a_dose_watched_as_it_is_taken_is_a_supervised_round_not_monitoring_before_prescribing():
    for wording, kind in (("The provider must ensure that prisoners prescribed high-risk medicines, including those on methadone "
                           "and buprenorphine, are observed taking each dose and that the supervision is recorded.",
                           "hospital-inspection-report"),
                          ("Make sure that people prescribed high risk medicines who need supervised doses are seen taking "
                           "their medicines.", "gp-inspection-report")):
        lines = _lines(wording, report_types=[kind])
        assert "supervised dose" in lines and "before each prescription" not in lines and "tests needed" not in lines


def test_staff_confident_with_a_system_is_training_not_the_records_it_holds():
    for wording, kind in (("The trust should ensure that staff are confident in using the electronic patient record and that "
                           "flagged information is reviewed.", "trust-inspection-report"),
                          ("Ensure that nursing staff feel confident using the new electronic prescribing system.",
                           "hospital-inspection-report")):
        lines = _lines(wording, report_types=[kind])
        assert "need the training" in lines and "what a complete record must contain" not in lines
        assert "audit 10 records monthly for three months to confirm that staff" not in lines


def test_funded_one_to_one_hours_are_cover_on_the_rota_not_what_each_person_is_offered():
    for wording in ("People did not always receive the one-to-one hours they were funded for. Rotas for January 2021 showed "
                    "41 shifts that were not covered.",
                    "The provider should make sure that people's funded one-to-one support is provided in full."):
        lines = _lines(wording, report_types=["asc-inspection-report"])
        assert "planned and actual rotas" in lines and "offered or told" not in lines


def test_clinic_waits_said_of_another_place_are_the_same_figure_not_a_waiting_list_too():
    """"waiting times in the outpatient department are monitored" beside "told about delays": the waits in clinic the
    lines track already, said of a department, not a second figure given waiting-list lines."""
    for wording in ("The provider should ensure that waiting times in the outpatient department are monitored and that "
                    "patients are told about delays.",
                    "The trust should ensure that waiting times in the fracture clinic are monitored and that patients are "
                    "informed of delays."):
        lines = _lines(wording, report_types=["hospital-inspection-report"], services=["Outpatients"])
        assert "arrival to being seen" in lines and "waiting list" not in lines


def test_feedback_said_to_be_gathered_is_feedback_whatever_its_people_use():
    for wording, kind in (("Improve the way in which feedback from patients who use the text relay and interpreter services "
                           "is gathered and acted on.", "gp-inspection-report"),
                          ("The provider should ensure that the views of people who use the advocacy service are regularly "
                           "sought and acted on.", "asc-inspection-report")):
        lines = _lines(wording, report_types=[kind])
        assert "feedback is gathered" in lines and "book an interpreter" not in lines


def test_what_an_ask_narrows_to_names_its_records():
    """"care and treatment is provided in a safe way, in particular that X": the records named are X's."""
    for wording, named in (("Ensure care and treatment is provided in a safe way to patients, in particular that medical "
                            "emergency medicines and equipment are available and checked in accordance with national guidance.",
                            "(medical emergency medicines and equipment)"),
                           ("Ensure care and treatment is provided in a safe way to patients, in particular that the sharps "
                            "bins are labelled and dated.", "(sharps bins)")):
        lines = _lines(wording, report_types=["dental-inspection-report"])
        assert named in lines and "(care and treatment)" not in lines


def test_people_given_a_say_in_how_the_service_is_run_get_its_reviews_not_the_programmes_lines():
    for wording in ("We recommend the provider involves people and their relatives in reviewing the activities programme.",
                    "The provider should involve residents and their families in planning the menus."):
        lines = _lines(wording, report_types=["asc-inspection-report"])
        assert "who took part" in lines and "guidance named here" not in lines


def test_people_involved_in_their_own_care_stay_what_each_is_offered():
    lines = _lines("Ensure that people are involved in planning their care.", report_types=["asc-inspection-report"])
    assert "who took part" not in lines


def test_guidance_on_involving_people_is_a_review_not_their_say_itself():
    lines = _lines("We recommend the provider consider current guidance on involving people and their relatives in the "
                   "development of the service and take action to update their practice accordingly.",
                   report_types=["asc-inspection-report"])
    assert "who took part" not in lines and "review" in lines
