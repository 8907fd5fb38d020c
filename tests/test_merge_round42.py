"""Merge round forty-two (an outside pair set of acute, urgent, diagnostic, GP and home care look-alikes that
share their verb and object and differ by who, when or where, and an acute trust's three core-service reports,
as development): a competency signed off is not mandatory training, an educator's post not the nurse in charge,
a cool box not the fridge, a risk reassessed not the one assessed on admission, call handlers not the
clinicians, a report's turnaround not the wait for the test, safeguarding advice not a referral, and referrals
received from others are handled, not made. Statements are written here, not copied from an evaluation set;
each look-alike merged before the change its test names, and each paraphrase still merges.
"""

from merge_findings import tagged_together


def test_a_competency_signed_off_is_not_mandatory_training():
    """vocab/synonyms.toml `competency_signoff` in the staff development family: the labelling guide's
    "mandatory training completion vs specialist competency sign-off"."""
    assert not tagged_together("The trust must ensure that healthcare assistants on the surgical wards are signed "
                               "off as competent in blood glucose monitoring.",
                               "The trust must ensure that healthcare assistants on the surgical wards complete "
                               "mandatory training in blood glucose monitoring.")
    assert tagged_together("The trust should ensure that staff have a competency assessment in blood glucose "
                           "monitoring completed and recorded.",
                           "The trust must ensure that all healthcare assistants are assessed as competent to "
                           "monitor blood glucose.")


def test_an_educator_post_is_not_the_nurse_in_charge():
    """vocab/issue_terms.toml "role in charge or teaching post": both may be asked supernumerary."""
    assert not tagged_together("The trust should ensure that the children's ward has a supernumerary practice "
                               "educator.",
                               "The trust should ensure that the nurse in charge of the children's ward is "
                               "supernumerary on every shift.")
    assert tagged_together("The trust should ensure that the children's ward has a practice educator to support "
                           "staff development.",
                           "The trust should appoint a clinical educator for the children's ward to support staff "
                           "development.")


def test_a_cool_box_is_not_the_fridge():
    """vocab/issue_terms.toml "where medicines are kept cool": vaccines carried out of the building."""
    assert not tagged_together("The provider must ensure that vaccines taken to community clinics are transported "
                               "in a cool bag and kept between 2°C and 8°C.",
                               "The provider must ensure that vaccines are kept in the clinic fridge between 2°C "
                               "and 8°C.")
    assert tagged_together("The provider must ensure that vaccines taken to care homes are carried in a validated "
                           "cool box.",
                           "Staff should use a validated cool bag to carry vaccines on home visits.")


def test_a_risk_reassessed_is_not_the_assessment_on_admission():
    """pipeline/renewals.py: "reassessed" is the renewal, "on admission" the first time."""
    assert not tagged_together("Staff must reassess patients' risk of pressure ulcers every week and whenever their "
                               "condition changes.",
                               "Staff must complete a pressure ulcer risk assessment for every patient on admission.")
    assert tagged_together("The trust must ensure that patients' falls risk is reassessed weekly.",
                           "The trust should ensure that falls risk assessments are reassessed every week.")


def test_call_handlers_are_a_staff_group():
    """vocab/issue_terms.toml "staff group": a service's call handlers (emergency medical dispatchers, health
    advisors) are not its doctors."""
    assert not tagged_together("The service should audit a sample of health advisors' calls every month and give "
                               "each feedback.",
                               "The service should audit a sample of the calls doctors in the clinical assessment "
                               "service make every month and give each feedback.")
    assert tagged_together("The service must increase the number of emergency medical dispatchers on each shift so "
                           "that 999 calls are answered promptly.",
                           "The service should ensure enough call handlers are on duty to answer 999 calls "
                           "promptly.")


def test_a_reports_turnaround_is_not_the_wait_for_the_test():
    """vocab/issue_terms.toml "a wait to be seen or for the report after"."""
    assert not tagged_together("The trust should ensure that patients wait no more than two weeks for an "
                               "ultrasound scan.",
                               "The trust should ensure that ultrasound scans are reported within agreed turnaround "
                               "times.")
    assert tagged_together("The trust must ensure that radiology reports are issued within agreed turnaround times.",
                           "The trust should reduce the radiology reporting backlog.")


def test_safeguarding_advice_is_not_a_referral():
    """vocab/issue_terms.toml "safeguarding referral or advice": the safeguarding team named as who gives advice."""
    assert not tagged_together("The trust should ensure that staff in the emergency department can get safeguarding "
                               "advice out of hours.",
                               "The trust must ensure that staff in the emergency department make safeguarding "
                               "referrals for all children at risk.")
    assert tagged_together("The trust should ensure that staff in the emergency department can get safeguarding "
                           "advice out of hours.",
                           "The trust should ensure that emergency department staff can contact the safeguarding "
                           "team at night and at weekends.")


def test_referrals_received_from_others_are_handled_not_made():
    """pipeline/handling.py `_HANDLED`: "received from crews" names who made them, as "made by crews" does."""
    assert not tagged_together("The trust must ensure that safeguarding referrals received from crews are passed on "
                               "to the local authority within a day.",
                               "The trust should ensure that crews make safeguarding referrals when they identify "
                               "concerns.")


def test_each_national_waiting_time_standard_is_its_own_issue():
    """vocab/issue_terms.toml "waiting-time standard": the four hours in the emergency department is not referral
    to treatment for planned surgery, though both ask a wait shorter; one standard in two wordings is one."""
    assert not tagged_together("The trust should improve performance against the four-hour standard in the "
                               "emergency department.",
                               "The trust should reduce the number of patients waiting more than 18 weeks for "
                               "planned surgery.")
    assert tagged_together("The trust should improve performance against the four-hour standard.",
                           "The trust must ensure that patients are admitted, transferred or discharged within "
                           "four hours of arrival.")


def test_an_annual_review_of_their_performance_is_an_appraisal():
    """vocab/synonyms.toml `appraisal` and vocab/aspects.toml `ignore`: "an annual review of their performance"
    names the appraisal, no review asked for."""
    assert tagged_together("The trust must ensure that all nursing staff receive an annual appraisal.",
                           "The trust should improve appraisal rates so that all staff in theatres have an annual "
                           "review of their performance.")


def test_competencies_signed_off_are_not_enough_staff_on_a_shift():
    """vocab/issue_terms.toml "enough staff or their competence signed off": both name competent nurses."""
    assert not tagged_together("The trust should ensure that midwives on the delivery suite have their competencies "
                               "assessed and signed off.",
                               "The trust must ensure that there are sufficient numbers of suitably qualified and "
                               "competent midwives on every shift on the delivery suite.")


def test_a_step_taken_without_delay_asks_no_wait_shorter():
    """pipeline/waits.py `_PROMPTLY`: escalating "without delay" is on time, so it is not kept apart from the same
    escalation for patients who wait; a time to be seen still is."""
    assert tagged_together("The trust must ensure that early warning scores are added up correctly and that "
                           "deteriorating patients are escalated to a doctor without delay.",
                           "The trust must ensure that staff calculate early warning scores for patients waiting in "
                           "the assessment unit and escalate those who deteriorate.")
    assert not tagged_together("The trust must ensure that patients are seen by a doctor within one hour of arrival.",
                               "The trust must ensure that patients waiting in the emergency department have their "
                               "observations repeated hourly.")
