"""Prompts for judge63's misfits (plans drafted from two fresh outside sets), each by a rule for a class of statement,
tried on two wordings (prompts49)."""
from prompt_lines import lowered_lines

GP = {"report_types": ["gp-quality-report"]}
HOSPICE = {"report_types": ["hospital-quality-report"], "report": "Harefield Vale Hospice"}
CARE_HOME = {"report_types": ["asc-inspection-report"]}
IMAGING = {"report_types": ["hospital-inspection-report"], "services": ["Diagnostic imaging"]}




def test_those_who_sign_are_who_is_told_to_sign():
    """"signed by all radiographers", "signed by each nurse who uses them": the signers, not the setting's other staff."""
    for wording, kw, who in (
            ("The provider must ensure that the local rules for work with ionising radiation are reviewed and signed by all "
             "radiographers. (Regulation 12(2)(b))", IMAGING, "radiographers"),
            ("Ensure that patient group directions are signed by each nurse who uses them and are authorised by a "
             "prescriber.", GP, "the nurses"),
            ("Ensure that patient specific directions are signed by every GP who uses them.", GP, "the gps")):
        _, told, _, _ = lowered_lines(wording, **kw)
        assert told.startswith(f"prompt: tell {who}") or told.startswith(f"prompt: tell all {who}"), told
        assert "reception" not in told and "imaging assistants" not in told


def test_a_group_named_beside_the_staff_is_told_with_them():
    """Learning shared "with volunteers as well as staff": the volunteers, who are the point, and the staff;
    training "for each role, including for sessional GPs": the GPs beside the usual staff."""
    for wording, kw, who in (
            ("The provider should ensure that learning from incidents is shared with volunteers as well as staff.", HOSPICE,
             "volunteers"),
            ("The hospice should ensure that lessons from complaints are cascaded to volunteers as well as staff.", HOSPICE,
             "volunteers"),
            ("Improve the uptake of safeguarding training to the level required for each role, including for sessional GPs.",
             GP, "sessional gps")):
        _, told, _, _ = lowered_lines(wording, **kw)
        assert told.startswith(f"prompt: tell {who}, and "), told


def test_a_breach_named_after_and_this_is_no_part_of_the_check():
    for wording in ("The provider had failed to ensure care was provided with the consent of the relevant person and this "
                    "was a breach of regulation 11 (Need for consent) of the Health and Social Care Act 2008 (Regulated "
                    "Activities) Regulations 2014.",
                    "The provider had failed to ensure people's medicines were managed safely and this was a breach of "
                    "regulation 12 (Safe care and treatment)."):
        _, _, audit, _ = lowered_lines(wording, "", **CARE_HOME)
        assert "breach of regulation" not in audit, audit


def test_the_last_rating_and_its_action_plan_are_history_not_findings():
    for wording in ("The last rating for this service was requires improvement (published 3 March 2021) and there were "
                    "breaches of regulation. The provider completed an action plan after the last inspection to show what "
                    "they would do and by when to improve. At this inspection not enough improvement had been made and the "
                    "provider was still in breach of regulation 17.",
                    "The previous rating for this service was inadequate (published 5 May 2020). The provider submitted an "
                    "action plan after the last inspection. At this inspection enough improvement had not been made and the "
                    "provider was still in breach of regulation 12."):
        _, _, audit, _ = lowered_lines(wording, "Regulation 17", **CARE_HOME)
        assert "last rating" not in audit and "previous rating" not in audit and "action plan after" not in audit, audit


def test_a_legionella_risk_assessment_is_the_water_systems_not_a_persons():
    for wording in ("Carry out a risk assessment for legionella and act on its findings.",
                    "The provider should complete risk assessments for Legionella at both sites."):
        change, _, audit, evidence = lowered_lines(wording, **GP)
        assert "each person found at risk" not in change and "10 records" not in audit
        assert "flushing" in audit and "legionella risk assessment" in evidence


def test_the_rating_shown_on_the_website_is_kept_by_those_who_keep_the_website():
    for wording in ("The provider's website did not show the rating from the last inspection. This was a breach of "
                    "regulation 20A (Requirement as to display of performance assessments) of the Health and Social Care "
                    "Act 2008 (Regulated Activities) Regulations 2014.",
                    "The provider must ensure the most recent CQC rating is shown on the practice website."):
        _, told, audit, evidence = lowered_lines(wording, **CARE_HOME)
        assert "website" in told and "runs out" not in told and "leaflet" not in audit
        assert "screenshot of the website" in evidence


def test_the_accessible_information_standard_is_each_persons_needs_not_a_display():
    for wording in ("We recommend the provider reviews how information is made available to people in formats they can "
                    "understand, in line with the Accessible Information Standard.",
                    "The practice should ensure it meets the Accessible Information Standard for patients with a learning "
                    "disability."):
        change, told, audit, evidence = lowered_lines(wording, **CARE_HOME)
        assert "communication needs" in change and "recorded and flagged" in audit
        assert "runs out" not in told and "leaflet stands" not in audit


def test_what_a_second_clause_says_of_the_same_place_is_checked_too():
    """"the environment on the ward is suitable for dementia and that the ward is secure": the ward is named before, but
    secure is the second ask, not covered by the walk-round for the first."""
    for wording in ("The trust must ensure that the environment on the Juniper ward is suitable for patients living with "
                    "dementia and that the ward is secure. (Regulation 15(1)(c))",
                    "The provider must ensure the environment on Beech unit is suitable for people living with dementia and "
                    "that the unit is secure."):
        change, _, audit, _ = lowered_lines(wording, report_types=["trust-inspection-report"], services=["Medical care"])
        assert "secure" in change and "secure" in audit, audit


def test_a_statement_naming_one_service_of_a_two_service_location_is_told_to_its_staff():
    """"Severnside NHS 111 and Out of Hours Service": the out-of-hours vehicles and bases are the out-of-hours service's,
    told to its clinicians and drivers, not to the 111 call handlers; a statement naming 111 stays the call centre's."""
    report = "Severnvale Health Partnership Ltd\nSevernside NHS 111 and Out of Hours Service"
    kw = {"report_types": ["trust-inspection-report"], "report": report}
    for wording in ("Review the arrangements for checking emergency medicines and equipment carried in out-of-hours vehicles.",
                    "Consider how feedback can be collected from patients who use the out-of-hours base at Bridgnorth "
                    "Community Hospital."):
        _, told, _, _ = lowered_lines(wording, **kw)
        assert "drivers" in told and "call handlers" not in told, told
    _, told, _, _ = lowered_lines("Improve the number of NHS 111 calls answered within 60 seconds.", **kw)
    assert "call handlers" in told


def test_staff_named_within_a_group_add_no_other_group():
    _, told, _, _ = lowered_lines("The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
                           "experienced nursing staff in the emergency department, including staff with paediatric "
                           "competencies, to meet the needs of patients at all times.",
                           report_types=["trust-inspection-report"], services=["Urgent and emergency care"])
    assert told.startswith("prompt: tell nursing staff in the emergency department and those in charge"), told
