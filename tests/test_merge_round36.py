"""Merge round thirty-six (the outside pair set EH as development): look-alikes that share one object and ask
another thing of it, kept apart by what each names, and paraphrases that name one thing in words the
vocabulary did not know. Statements are written here, not copied from an evaluation set; each test fails
without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.terms import terms_many


def test_an_informal_patients_right_to_leave_is_not_section_132_rights():
    """vocab/synonyms.toml `right_to_leave` and the "Mental Health Act duty" family: telling informal patients
    they may leave the ward is another duty to other patients than explaining detained patients' rights; they
    shared "rights". The Deprivation of Liberty Safeguards' "not free to leave" is not this right."""
    leave, dols = terms_many(["Informal patients are reminded of their right to leave.",
                              "People who are not free to leave have a DoLS application."])
    assert "right_to_leave" in leave and "right" not in leave
    assert "right_to_leave" not in dols
    assert not tagged_together("The trust must ensure that detained patients are given information about their "
                               "rights under section 132 when they are admitted.",
                               "The trust must ensure that informal patients on the locked ward know their right "
                               "to leave, with a sign by the exit telling them how.")


def test_a_controlled_drug_discrepancy_investigated_is_not_the_daily_count():
    """vocab/issue_terms.toml "what is done with medicines stock": a discrepancy reported as an incident and
    investigated is another fix than counting the stock every day; they shared controlled drugs."""
    assert not tagged_together("The trust must ensure that staff on the medical wards report controlled drug "
                               "discrepancies as incidents so that they are investigated.",
                               "The trust must ensure that controlled drug stock is checked daily on the medical "
                               "wards.")


def test_a_cooling_off_period_is_not_the_information_given_before_consent():
    """vocab/synonyms.toml `cooling_off`: the two weeks between a cosmetic consultation and the operation is a
    wait of its own, not the written information a patient is given before consenting."""
    assert "cooling_off" in terms_many(["Patients have a cooling-off period before surgery."])[0]
    assert not tagged_together("The provider must ensure that people considering cosmetic surgery are given "
                               "written information about its risks and costs before they consent.",
                               "The provider must ensure that there is a cooling-off period of two weeks between "
                               "the consultation and cosmetic surgery.")


def test_a_second_opinion_requested_is_not_the_certificate_kept_with_the_chart():
    """vocab/synonyms.toml `soad` and vocab/issue_terms.toml "consent to treatment: second opinion or certificate
    with the chart": asking a SOAD to visit in time and keeping a copy of the T3 with the prescription chart are
    two fixes; both read only as consent-to-treatment certificates."""
    soad, = terms_many(["A second opinion appointed doctor visits the ward."])
    assert {"soad", "t2_t3"} <= soad.keys()
    assert not tagged_together("The trust must ensure that a SOAD is asked to visit before patients' three months "
                               "of medication end.",
                               "The trust must ensure that copies of T3 certificates are kept with detained "
                               "patients' medicine charts.")


def test_screening_samples_tracked_are_not_screening_uptake():
    """vocab/synonyms.toml `sample_tracking` and vocab/issue_terms.toml "what is done about screening": following
    every sample to its result is the practice's failsafe, another fix than raising how many take screening
    up; they shared cervical screening."""
    assert "sample_tracking" in terms_many(["Cervical screening samples are tracked."])[0]
    assert not tagged_together("The practice should continue to work to improve the uptake of cervical screening.",
                               "The practice must ensure a failsafe system tracks every cervical screening sample "
                               "until its result is received.")


def test_the_eds_mental_health_room_is_not_the_liaison_teams_response():
    """vocab/synonyms.toml `mh_assessment_room` and vocab/issue_terms.toml "mental health care in the emergency
    department": the room a person in crisis is seen in is made safe by the estates team, the liaison team's
    response time is another fix; they shared mental health assessment in the department."""
    assert "mh_assessment_room" in terms_many(["The mental health assessment room has two doors."])[0]
    assert not tagged_together("The trust must ensure that patients in the emergency department with mental "
                               "health needs are seen by the psychiatric liaison team within an hour.",
                               "The trust must ensure that the emergency department's mental health assessment "
                               "room is free of ligature points and has two exits.")


def test_the_supervisory_body_is_the_local_authority():
    """vocab/synonyms.toml: under the Deprivation of Liberty Safeguards the supervisory body applied to is the
    local authority."""
    found, = terms_many(["Applications are sent to the supervisory body."])
    assert {"local", "authority"} <= found.keys()
    assert tagged_together("The registered manager should send DoLS applications to the local authority for "
                           "people who lack capacity and are under continuous supervision and control.",
                           "The provider must ensure that applications to deprive people of their liberty are "
                           "made to the supervisory body when needed.")


def test_outstanding_maintenance_jobs_are_repairs():
    """vocab/synonyms.toml `repair`: the estates team's outstanding maintenance jobs are the repairs a ward
    waits for; the two shared only topic words."""
    assert "repair" in terms_many(["Outstanding maintenance jobs on the ward are resolved."])[0]
    assert tagged_together("The trust should ensure that outstanding maintenance issues on the older people's "
                           "wards are resolved promptly.",
                           "The trust must ensure that repairs on the wards are done in a timely way; flooring "
                           "was damaged and chairs broken.")


def test_nutrition_and_hydration_charts_are_food_and_fluid_charts():
    """vocab/synonyms.toml `fluid_balance` and `personalised`: nutrition and hydration charts are food and fluid
    charts, and a care plan in the patient's own voice with recovery goals is a personalised one."""
    charts, voice = terms_many(["Nutrition and hydration charts are completed.",
                                "Care plans capture patients' own voice and recovery goals."])
    assert "fluid_balance" in charts
    assert "personalis" in voice
