"""Merge round fifty-two (the outside sets ID, pairs from mental health, learning disability, care home, hospice
and ambulance settings, and IE, a mental health trust's three core-service reports): look-alikes that share a
theme but ask another fix, and paraphrases kept apart by a missing abbreviation or wording. Statements are written
here, not copied from an evaluation set; each test fails without the change its docstring names.
"""

from merge_findings import filed, together

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.deadlines import deadline_apart
from cqcplan.pipeline.records_only import record_apart
from cqcplan.pipeline.renewals import renewal_apart
from cqcplan.pipeline.terms import terms_many
from cqcplan.pipeline.waits import wait_apart


def _filed_together(a: str, b: str, theme: str) -> bool:
    return together(filed(a, "a", theme), filed(b, "b", theme))


def _required(texts: list[str]):
    return [[a for a in asks(t) if a.required] for t in texts]


def test_people_who_wait_are_kept_safe_not_their_wait_cut():
    """pipeline/waits.py: "people who wait for" names the people on a list, as "people waiting for" does."""
    safe = "The trust should check on the wellbeing of people who wait for a psychology assessment."
    shorter = "The trust should shorten the time people wait for a psychology assessment."
    assert wait_apart(_required([safe, shorter]))[0, 1]


def test_a_check_repeated_at_an_interval_is_a_renewal():
    """pipeline/renewals.py: a check "repeated" at the interval a policy sets is renewed, not had before starting; a
    statement asking both, the first time and "at regular intervals", meets either."""
    again = "The home must make sure criminal record checks are repeated for nursing staff at the interval its policy sets."
    first = "The home must make sure a criminal record check is obtained for nursing staff before they start work."
    assert renewal_apart([again, first])[0, 1]
    both = "Patients' community treatment order rights must be explained when the order starts and at regular intervals."
    assert not renewal_apart(["Staff must make sure explaining community treatment order rights is repeated.", both])[0, 1]


def test_a_check_before_a_shift_starts_is_no_first_time_check():
    """pipeline/renewals.py: a check made before a crew or a nurse starts a shift is each shift's, not a check
    before someone starts in post, so it meets one made "at the start of every shift"."""
    each = "Crews should check the ambulance's oxygen supply at the start of every shift."
    before = "The service should make sure oxygen supply checks are done before each crew starts its shift."
    assert not renewal_apart([each, before])[0, 1]
    assert renewal_apart(["Staff must have a DBS check renewed every three years.",
                          "Staff must have a DBS check before they start work."])[0, 1]


def test_one_time_limit_in_two_units_is_one_limit():
    """pipeline/deadlines.py: "within 48 hours" and "within two days" are one limit, left to the word score."""
    hours = "The home must make sure a falls assessment is completed within 48 hours of a resident moving in."
    days = "The home must ensure each new resident is assessed for falls within two days of arrival."
    assert not deadline_apart([hours, days])[0, 1]
    assert deadline_apart(["Patients must be triaged within 15 minutes of arrival.",
                           "Patients must receive pain relief within 30 minutes of triage."])[0, 1]


def test_a_reading_only_recorded_is_not_the_thing_kept_in_range():
    """pipeline/records_only.py: a reading asked only to be written down (the record of a check) is another action
    than keeping the thing in range (a repair, a replacement); a statement asking the check meets it."""
    logged = "The home must make sure the temperature of the treatment room fridge is written down every day."
    fixed = "The home must make sure insulin is kept at the right temperature, moving it to a fridge that holds its range."
    checked = "The home must make sure the treatment room fridge temperature is checked every day."
    assert record_apart([logged, fixed])[0, 1]
    assert not record_apart([logged, checked])[0, 1]


def test_an_assessment_written_up_in_the_records_is_its_paperwork():
    """pipeline/records_only.py: an assessment "written up in" the care records is filed, as one kept in a file is:
    the paperwork, not the assessment made."""
    made = "Staff must assess a resident's capacity before making a decision about their care for them."
    written = "Staff must make sure capacity assessments are written up in residents' care files."
    assert record_apart([made, written])[0, 1]
    assert not record_apart([made, "Staff must make sure capacity assessments are recorded."])[0, 1]


def test_call_handlers_are_not_the_clinical_hub():
    """vocab/synonyms.toml `clinical_adviser`, the staff-group family: the control room's clinicians are another
    staff group than the call handlers."""
    handlers = "The ambulance service should make sure the control room has enough call handlers at weekends."
    advisers = "The ambulance service should make sure the control room has enough clinical advisors at weekends."
    assert not _filed_together(handlers, advisers, "Staffing")


def test_a_female_lounge_is_not_the_sleeping_areas():
    """vocab/synonyms.toml `female_lounge`, `sleeping_area`, vocab/issue_terms.toml "which half of same-sex
    accommodation": both are mixed-sex accommodation, each its own fix; guidance met "including a lounge only
    women use" is the lounge."""
    lounge = "The trust must provide a women-only lounge on the mixed-gender rehabilitation ward."
    beds = "The trust must make sure men and women on the rehabilitation ward do not share sleeping areas."
    assert not _filed_together(lounge, beds, "Compassionate care")
    guidance = ("The trust should make sure the rehabilitation ward follows the mixed-sex accommodation guidance, "
                "including a lounge for women.")
    assert _filed_together(lounge, guidance, "Compassionate care")


def test_rapid_tranquillisation_monitored_or_prescribed():
    """vocab/issue_terms.toml "rapid tranquillisation monitored after or prescribed" (NICE NG10): the patient's
    physical health monitored after it is another duty than the dose prescribed within limits."""
    after = "Nurses should take and record vital signs after rapid tranquillisation is given."
    dose = "Doctors should prescribe rapid tranquillisation within the maximum dose in the trust's protocol."
    assert not _filed_together(after, dose, "Assessing and responding to patient risk")


def test_belongings_after_a_search_are_not_the_search():
    """vocab/synonyms.toml `room_search`, `belongings`: how a bedroom search is decided and what happens to the
    belongings it touches are two fixes."""
    search = "The hospital should make sure bedroom searches on the forensic wards follow an individual risk assessment."
    things = ("The hospital should make sure patients' possessions are put back as they were and listed after "
              "bedroom searches.")
    assert "room_search" in terms_many([search])[0]
    assert not _filed_together(search, things, "Restrictive practice")


def test_a_secluded_patient_observed_is_not_an_observation_level():
    """vocab/issue_terms.toml "a secluded patient observed or an observation level": the seclusion record and the
    observation and engagement record are two records, though both write down observations."""
    secluded = "Nurses should write on the seclusion record what they observed while the patient was in seclusion."
    enhanced = "Nurses on one-to-one observation should write up what they observed during the observation."
    assert not _filed_together(secluded, enhanced, "Assessing and responding to patient risk")


def test_mental_health_wordings_of_one_thing():
    """vocab/synonyms.toml: medicines stored at the temperature they need (`storage_temperature`), nursing staff
    "qualified and experienced" (registered nurses), holding a patient face down (prone restraint), a courtyard garden
    (outdoor space), an ambulance's drug pouches (its medicines bags)."""
    found = terms_many([
        "Medicines must be stored at the correct temperature.",
        "Medicines must be kept at a safe temperature.",
        "There must be enough qualified and experienced nursing staff.",
        "Staff must not hold patients face down.",
        "Patients should be able to use the courtyard garden.",
        "Crews must check the drug pouches on each vehicle.",
    ])
    assert "storage_temperature" in found[0] and "storage_temperature" in found[1]
    assert "registered_nurse" in found[2]
    assert "prone_restraint" in found[3]
    assert "outdoor_space" in found[4]
    assert "bag" in found[5]


def test_involved_in_writing_a_plan_is_involvement_not_a_record():
    """vocab/aspects.toml `ignore`: people "involved in writing" their care plan were involved; no record is asked, so
    the statement does not clash with one asking the plan to be personal and shared with them."""
    from cqcplan.pipeline.aspects import asked_aspects

    involved = "Staff should make sure residents and their families are involved in writing their support plans."
    assert "recording" not in asked_aspects([involved])[0]
    assert "recording" in asked_aspects(["Staff should make sure support plans are written in full."])[0]


def test_fluid_intake_counted_is_the_fluid_chart():
    """vocab/synonyms.toml `fluid_balance` ("fluid intake"), vocab/aspects.toml `ignore` ("drinking enough"): a
    resident's fluid intake added up and acted on is the fluid chart, and a person not drinking enough asks for no
    staff; the chart kept and acted on and the intake totalled and escalated are one action."""
    from cqcplan.pipeline.aspects import asked_aspects

    assert "staffing" not in asked_aspects(["Carers must act when a resident is not eating or drinking enough."])[0]
    charts = ("The home must make sure fluid charts are filled in accurately and that carers act when a resident is "
              "not drinking enough.")
    totals = ("The home should make sure night staff add up each resident's fluid intake every morning and tell the "
              "nurse when it is low.")
    assert _filed_together(charts, totals, "Nutrition and hydration")
