"""Prompts for an outside reader's misfits (j70), each by a rule for a class of statement, tried on two wordings
(prompts56)."""
from prompt_lines import lowered_lines

TRUST = dict(report_types=["trust-inspection-report"])
CARE_HOME = dict(report_types=["care-home-inspection-report"])
AGENCY = dict(report_types=["asc-inspection-report"],
              report="Brightway Home Care Ltd\nBrightway Home Care\nPeople receive care in their own homes.")


def test_a_ratings_headline_is_neither_an_ask_nor_a_finding():
    """"The service was not consistently safe.": the key question's headline; the findings after it are what to check,
    never "check that consistently safe"."""
    for wording, finding in (("The service was not consistently safe. Risks to people’s health, including pressure damage "
                              "and weight loss, were not always assessed or monitored.", "assessed or monitored"),
                             ("The practice was not always well-led. Governance systems did not identify the shortfalls "
                              "we found.", "identify the shortfalls")):
        lines = lowered_lines(wording, **CARE_HOME)
        assert finding in lines[2], lines[2]
        for line in lines:
            assert "not consistently safe" not in line and "not always well-led" not in line, line
            assert "that consistently" not in line and "that always well-led" not in line, line


def test_records_given_as_examples_are_sampled_without_the_word_including():
    """"nursing documentation ..., including care plans, is fully completed": 10 care plans, never "10 including care
    plans"."""
    for wording, records in (("The trust should ensure that nursing documentation on the surgical wards, including care "
                              "plans, is fully completed.", "care plans"),
                             ("The provider should ensure that documentation on the ward, such as fluid balance charts, is "
                              "accurately completed.", "fluid balance charts")):
        _, _, audit, evidence = lowered_lines(wording, **TRUST)
        assert f"audit 10 {records}" in audit, audit
        assert "including care" not in audit.split(" to confirm")[0] and "such as" not in evidence.split("(")[0], evidence


def test_guidance_to_consider_and_act_on_is_guidance_followed_in_practice():
    """"consider current guidance on X and take action to update their practice accordingly": practice follows the
    guidance; never "confirm that current guidance on X" with no verb."""
    for wording, guidance in (("We recommend the provider consider current guidance on the Mental Capacity Act 2005 and take "
                               "action to update their practice accordingly.", "current guidance on the mental capacity act 2005"),
                              ("We recommend the provider considers current best practice guidance on the management of "
                               "medicines in care homes and takes action to update their practice accordingly.",
                               "current best practice guidance on the management of medicines in care homes")):
        lines = lowered_lines(wording, **CARE_HOME)
        assert f"{guidance} is followed in practice" in lines[2], lines[2]
        assert f"that {guidance}," not in lines[2] and f"that {guidance};" not in lines[2], lines[2]


def test_an_agencys_consent_lines_name_the_court_of_protection_not_dols():
    """Care in people's own homes: DoLS does not apply there; a restriction goes to the Court of Protection."""
    for wording in ("We recommend the provider consider current guidance on the Mental Capacity Act 2005 and take action to "
                    "update their practice accordingly.",
                    "The provider must ensure that consent is sought and recorded in line with the Mental Capacity Act 2005."):
        change, _, audit, evidence = lowered_lines(wording, **AGENCY)
        for line in (change, audit, evidence):
            assert "dols" not in line, line
        assert "court of protection" in audit, audit
        assert "dols" in lowered_lines(wording, **CARE_HOME)[2]  # a guard: a care home keeps DoLS


def test_assistants_named_beside_radiographers_are_told_too():
    """"all radiographers and radiology assistants complete ... training": both are told."""
    for wording, named in (("The provider must ensure that all radiographers and radiology assistants complete safeguarding "
                            "adults and children training at the level required by the intercollegiate guidance.",
                            "radiology assistants"),
                           ("The provider should ensure that sonographers and imaging assistants complete basic life "
                            "support training.", "imaging assistants")):
        _, told, _, _ = lowered_lines(wording, report_types=["independent-imaging"])
        assert named in told.split("(")[0], told


def test_the_providers_response_to_the_inspection_is_no_finding_to_check():
    """"The provider was responsive to our feedback and sent us an action plan": what went well, never checked monthly."""
    for wording, praise in (("The provider’s audits had not identified the concerns we found with risk management, medicines "
                             "and staff competency. Care plan audits had been completed but actions were not followed up. The "
                             "provider was responsive to our feedback and sent us an action plan after the site visit.",
                             "responsive"),
                            ("Systems to monitor the quality of the service were not effective. Audits did not identify the "
                             "gaps in care records. The registered manager acted promptly on our feedback and took immediate "
                             "action to review the care plans.", "acted promptly")):
        lines = lowered_lines(wording, **CARE_HOME)
        assert "check in particular" in lines[2], lines[2]
        for line in lines:
            assert praise not in line, line


def test_channels_the_statement_says_are_not_attended_are_left_out():
    """"community midwives who do not attend ward safety huddles": told some other way than the ward's huddles and
    handover; "night staff who cannot attend team meetings": not through team meetings."""
    for wording, service, missed in (("The trust should review how learning from incidents is shared with community midwives "
                                      "who do not attend ward safety huddles.", "Maternity", ("huddle", "handover")),
                                     ("The trust should ensure that learning from incidents is shared with night staff who "
                                      "cannot attend team meetings.", "Medical care (including older people's care)",
                                      ("team meetings",))):
        change, told, _, _ = lowered_lines(wording, report_types=["trust-inspection-report"], services=[service])
        for line in (change.split("here:")[0], told.split(")")[-1]):
            assert not any(m in line for m in missed), line


def test_patients_waiting_in_a_department_are_no_waiting_list():
    """Early warning scores for patients waiting in the department: the risk tool's lines, not a waiting list's review
    dates and letters."""
    for wording in ("The trust must ensure that staff calculate early warning scores for patients waiting in the department "
                    "and escalate patients whose condition deteriorates. (Regulation 12)",
                    "The trust should ensure that patients in the waiting room have their NEWS2 recorded and are escalated "
                    "when it rises."):
        lines = lowered_lines(wording, report_types=["trust-inspection-report"], services=["Urgent and emergency care"])
        assert not any("waiting list" in line or "letters" in line for line in lines), lines
        assert "escalat" in lines[1], lines[1]
    guard = lowered_lines("The trust must ensure that the risks to people on the waiting list are reviewed while they wait.",
                          report_types=["trust-inspection-report"], services=["Community health services for adults"])
    assert "waiting list" in guard[1], guard[1]
