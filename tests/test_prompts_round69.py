"""Prompts for an outside reader's misfits (judge86), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts69)."""
from prompt_lines import lowered_lines

MH_WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
                report_types=["mental-health-inspection-report"])
OLDER_MH = dict(services=["Wards for older people with mental health problems"], report_types=["mental-health-inspection-report"])
COMMUNITY_MH = dict(services=["Community-based mental health services for adults of working age"],
                    report_types=["mental-health-inspection-report"])
URGENT = dict(services=["Urgent and emergency care"], report_types=["core-service-inspection-report"])
MATERNITY = dict(services=["Maternity"], report_types=["core-service-inspection-report"])


def test_a_medicine_given_is_administered_not_offered():
    """"medicines given to patients" and "after patients are given an injection" are the staff's duty when they give it,
    not what each person is offered or told."""
    from cqcplan.pipeline.compose import kind_of
    for ask in ("medicines given to patients are signed for on the chart", "staff check the pulse after patients are given "
                "an injection of insulin", "medication given covertly is reviewed by a pharmacist"):
        assert kind_of(ask).id != "offered", ask
    assert kind_of("patients are given a choice of meals").id == "offered"


def test_medicines_given_under_the_act_are_checked_against_their_certificate():
    """T2/T3: every medicine given to a detained patient checked against its certificate by the prescriber, the nurse and
    the pharmacist, the chart audited against it; a second ask said of "the" certificate follows on, not a second topic."""
    change, tell, check, evidence = lowered_lines(
        "The trust must ensure that medicines given to detained patients are covered by a T3 certificate and that the "
        "certificate is kept with the medicines chart.", **MH_WARDS)
    assert "offered or told" not in change and "offered or explained" not in tell, (change, tell)
    assert "pharmacist" in change and "before it is prescribed and given" in change, change
    assert "prescription chart against their consent to treatment certificate" in check, check
    change, _, _, _ = lowered_lines("The trust must ensure that each medicine given to a detained patient is authorised on "
                                    "a T2 or T3 form.", "", "Consent, Mental Capacity Act and Deprivation of Liberty "
                                    "Safeguards", **MH_WARDS)  # tagged consent: the Act's consent to treatment all the same
    assert "before it is prescribed and given" in change, change


def test_observations_after_intramuscular_medication_for_disturbed_behaviour_are_rapid_tranquillisation():
    """Medication given by injection for behavioural disturbance is rapid tranquillisation: the observations after it,
    how often and for how long, not what each person is told; behaviour named with no medicine is no tranquillisation."""
    change, tell, check, _ = lowered_lines(
        "The service should ensure that nurses take and record the necessary vital signs after a patient receives an "
        "intramuscular injection for disturbed behaviour.", **OLDER_MH)
    assert "after rapid tranquillisation" in change and "offered" not in change + tell, (change, tell)
    assert "every use of rapid tranquillisation" in check, check
    change, _, _, _ = lowered_lines("The service should ensure that staff support people whose behavioural disturbance "
                                    "is linked to dementia with positive behaviour support plans.", **OLDER_MH)
    assert "rapid tranquillisation" not in change, change


def test_taking_observations_is_clinical_monitoring():
    """Staff who "carry out and document the required observations" take each patient's observations: listed and checked,
    not a record's contents agreed."""
    from cqcplan.pipeline.compose import kind_of
    assert kind_of("staff carry out and document the required physical observations after a fall").id == "clinical_monitoring"
    assert kind_of("nurses take vital signs at the frequency in the care plan").id == "clinical_monitoring"


def test_a_merged_wordings_ask_of_the_variants_kind_is_still_checked():
    """Two statements merged, one about observations after rapid tranquillisation, the other routine observations and
    early warning scores: the second is told and checked too, not left to the tranquillisation audit."""
    _, tell, check, evidence = lowered_lines(
        "The trust must ensure that staff monitor patients' physical health after rapid tranquillisation.\n"
        "The trust should ensure that staff take observations as often as each patient's care plan sets and escalate "
        "raised early warning scores.", **MH_WARDS)
    assert "early warning" in tell and "early warning" in check, (tell, check)
    assert "each one's monitoring" in evidence, evidence


def test_access_to_therapies_recommended_by_nice_is_provision_not_a_guideline():
    """Therapies "recommended by NICE" (or NICE-recommended) to be had: the sessions and staff, referral and waits, not a
    guideline reviewed and ratified, nor what each person is told; a psychology review of each person is not therapy."""
    for wording in ("The service should ensure that patients can access psychological therapies recommended by NICE.",
                    "The trust should make sure patients are offered NICE-recommended psychological interventions."):
        change, tell, check, _ = lowered_lines(wording, **MH_WARDS)
        assert "ratif" not in change and "guideline" not in change and "offered or told" not in change, change
        assert "refer" in change and "wait" in check, (change, check)
    from cqcplan.pipeline.compose import kind_of
    assert kind_of("offer a psychology review to patients on the ward").id != "therapy_access"


def test_recruiting_to_the_establishment_is_a_recruitment_plan_not_caseloads():
    """Staff to recruit up to the funded establishment: the recruitment plan and vacancies, not caseloads allocated and
    weighted; caseloads named still are."""
    change, tell, check, _ = lowered_lines("The trust should keep recruiting nurses to reach its agreed establishment.",
                                           **MATERNITY)
    assert "caseload" not in change + tell + check and "recruitment plan" in change, (change, tell, check)
    _, _, check, _ = lowered_lines("The trust should ensure that community midwives' caseloads are within the agreed "
                                   "establishment.", **MATERNITY)
    assert "caseload" in check, check


def test_risks_reviewed_while_people_wait_are_each_persons_not_a_one_off_review():
    """Contact kept with people waiting and their risk reviewed "while they wait": each person's reviews and contacts at
    the interval set, not a review carried out once with its decision and action plan."""
    change, _, check, evidence = lowered_lines(
        "The service should ensure that clinicians stay in touch with people waiting for a first appointment and "
        "review each person's risk while they wait for treatment.", **COMMUNITY_MH)
    assert "carries out the review" not in change and "each person's risk is reviewed" in change, change
    assert "decision recorded" not in check and "action plan" not in evidence, (check, evidence)
    from cqcplan.pipeline.compose import kind_of
    assert kind_of("review each person's risk while they wait for treatment").id == "waiting_risk"  # "while": for whom


def test_mixed_sex_accommodation_is_walked_round_with_its_breaches():
    """A ward to meet the same-sex accommodation guidance (a women-only lounge): walked round, each breach reported and
    reviewed, not patients' records sampled."""
    change, _, check, evidence = lowered_lines(
        "The trust must ensure that Elm ward follows the guidance on same-sex accommodation and that women have a "
        "female-only lounge.", **OLDER_MH)
    assert "records of 10" not in check and "walk round" in check and "breach" in check, check
    assert "breach reports" in evidence, evidence


def test_a_place_of_two_words_is_walked_round():
    """Blind spots (places staff cannot see) or a waiting room are looked at where they are, not sampled as records."""
    _, _, check, _ = lowered_lines("The trust must ensure that blind spots in the garden are mitigated.", **MH_WARDS)
    assert "records of blind spots" not in check and "walk round" in check, check


def test_two_variants_named_the_one_outside_the_examples_leads():
    """"physical health checks, including blood tests": the physical health monitoring variant, not a tie between it and
    the prescribing-monitoring variant that leaves the topic's storage lines; a variant named by one word of a list
    ("prescribed, stored and recorded") does not lead over one named in the examples."""
    change, _, check, evidence = lowered_lines(
        "The trust must ensure that people prescribed clozapine have the physical health checks they need, including blood "
        "tests and ECGs.", **COMMUNITY_MH)
    assert "fridge" not in check + evidence and "storage" not in check, (check, evidence)
    assert "physical health monitoring" in change, change
    _, _, check, _ = lowered_lines("The service must ensure that medicines are prescribed, stored and recorded in line "
                                   "with policy, including the use of patient group directions.", **COMMUNITY_MH)
    assert "locked when not in use" not in check, check  # "stored", one item of a list: no storage lines alone


def test_four_hours_from_arrival_is_each_attendance_not_discharge_data():
    """The four-hour standard, "from arrival to admission, transfer or discharge": each attendance timed from the
    attendance data, not discharge delays."""
    _, _, check, evidence = lowered_lines("The trust should reduce the number of patients who spend longer than four hours "
                                          "from arrival to being admitted, transferred or discharged.", **URGENT)
    assert "discharge data" not in check + evidence and "arrival to leaving the department" in check, check
    assert "each person waiting" not in check and "breaches" in check, check


def test_a_wait_from_arrival_to_leaving_is_read_from_the_attendances():
    """Where a wait "from arrival to admission, transfer or discharge" is tracked among other asks, its figures are each
    attendance's, not discharge data."""
    from cqcplan.pipeline.compose import _source_of
    data = _source_of("work with partners to reduce the number of patients who wait more than six hours from arrival to "
                      "transfer or discharge")
    assert "attendance" in data and "discharge data" not in data, data
