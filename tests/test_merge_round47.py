"""Merge round forty-seven (the outside pair set HB, acute hospitals, GP, dental, homecare, supported living and
independent clinics, as development): look-alikes that share an object but ask another thing of it, and paraphrases
kept apart by an abbreviation, a regulation's own words or a breach sentence. Statements are written here, not copied
from an evaluation set; each look-alike merged, or each paraphrase stayed apart, before the change its test names.
"""

from merge_findings import filed, tagged_together, together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.informing import told_apart
from cqcplan.pipeline.records_only import record_apart
from cqcplan.pipeline.terms import terms_many


def _filed_together(a: str, b: str, theme: str) -> bool:
    return together(filed(a, "a", theme), filed(b, "b", theme))


def test_an_examination_of_a_patient_is_no_check():
    """vocab/aspects.toml `ignore`: an intimate examination is care given, so the chaperone it needs, written in
    the notes, is the paperwork against the chaperone offered (pipeline/records_only.py)."""
    assert aspects("a chaperone for an intimate examination") == frozenset()
    texts = ["Nurses must document in the patient's notes whether a chaperone was offered before a physical examination.",
             "Women must be offered a chaperone before every physical examination in the gynaecology clinic."]
    assert record_apart(texts)[0, 1]
    assert not _filed_together(*texts, "Dignity and respect")


def test_a_stay_over_a_limit_or_care_during_it():
    """pipeline/waits.py: "patients who remain ... for more than eight hours" are people who wait, and "do not stay
    ... for longer than eight hours" asks the wait shorter."""
    assert not _filed_together("The trust must ensure that patients do not stay in the acute assessment unit for "
                               "longer than eight hours.",
                               "The trust must ensure patients who stay in the acute assessment unit for more than "
                               "eight hours are given a bed and hot food.", "Access and flow")


def test_incidents_and_complaints_are_two_processes():
    """vocab/issue_terms.toml "incident or complaint": each has its own log and review."""
    assert not _filed_together("The home must ensure incidents are reviewed at the monthly meeting and lessons shared.",
                               "The home must ensure complaints are reviewed at the monthly meeting and lessons shared.",
                               "Incidents")


def test_a_fridge_kept_cool_or_a_direction_to_give():
    """vocab/issue_terms.toml "kept cool or given under a direction": storage and the authority to give."""
    assert not _filed_together("The practice must make sure the cold chain for flu vaccines is kept, with a data logger "
                               "in the fridge.",
                               "The practice must make sure nurses give flu vaccines only under a signed patient group "
                               "direction.", "Medicines")


def test_an_annual_inspection_is_servicing_not_the_daily_test():
    """vocab/synonyms.toml `equipment_servicing`: an annual or pressure vessel inspection is the planned servicing,
    not the routine daily test (vocab/issue_terms.toml "servicing or routine check")."""
    assert not _filed_together("The practice should make sure the compressor has its pressure vessel inspection and "
                               "that it is recorded.",
                               "The practice should make sure the compressor is drained daily and that it is recorded.",
                               "Environment and equipment")


def test_a_national_audit_fed_or_its_results_used():
    """vocab/issue_terms.toml "a national audit's data sent or its results acted on"."""
    assert not _filed_together("The trust should ensure the stroke unit submits complete data to the national stroke "
                               "audit.",
                               "The trust should ensure the stroke unit reviews its results from the national stroke "
                               "audit and acts on them.", "Patient outcomes")


def test_people_told_about_a_thing_or_the_thing_done():
    """pipeline/informing.py `told_apart`: information given about an act is another action than the act."""
    texts = ["The trust should ensure parents are given written information about safe sleeping before their baby "
             "goes home.",
             "The trust should ensure babies on the postnatal ward are put to sleep safely on their backs.",
             "The trust should ensure parents receive advice about safe sleeping for their baby."]
    apart = told_apart(texts)
    assert apart[0, 1] and apart[1, 0]
    assert not apart[0, 2]  # information on both sides
    assert not told_apart(["Carers must be involved in care planning and be given information about carers' "
                           "assessments.", texts[1]])[0, 1]  # the involvement is asked too
    assert not _filed_together(texts[0], texts[1], "Assessing and responding to patient risk")


def _terms(text: str) -> set[str]:
    return set(terms_many([text])[0])


def test_a_period_and_a_thing_however_named():
    """vocab/synonyms.toml: twice a year is six-monthly; radiography is X-rays; DoLS applications spelt out, and the
    acid test, are DoLS; a pressure vessel's inspection is servicing."""
    assert _terms("hand hygiene audits every six months") == _terms("hand hygiene audits twice a year")
    assert _terms("radiography audits") == _terms("X-ray audits")
    assert _terms("applications for Deprivation of Liberty Safeguards authorisations") == _terms("DoLS applications")
    assert _terms("whenever a patient meets the acid test") == {"dol"}
    assert "equipment_servicing" in _terms("the annual inspection of the compressor")


def test_where_people_wait_a_named_standard_and_a_programme_s_uptake():
    """vocab/synonyms.toml: waiting in an area is the waiting area, not the wait; PLAN in capitals is the
    Psychiatric Liaison Accreditation Network's standard for the room (a care plan is not); the number of eligible
    people attending is a screening programme's uptake."""
    assert _terms("children wait in a separate area") >= {"waiting_area"}
    assert "waiting_time" not in _terms("children wait in a separate area")
    assert "mh_assessment_room" in _terms("the room is PLAN compliant")
    assert "mh_assessment_room" not in _terms("each patient has a care plan")
    assert "screening_uptake" in _terms("increase the number of eligible women attending for smear tests")


def test_a_ratio_a_transfer_a_late_care_call_and_schedule_3():
    """vocab/synonyms.toml: a nurse-to-patient ratio is nurse staffing numbers; a transfer out of critical care
    delayed is patient flow; late care calls are late calls; the information Schedule 3 specifies is the checks
    made before staff start."""
    assert _terms("one registered nurse for every patient") >= {"nurs", "sufficient"}
    assert "flow" in _terms("transfers from critical care are delayed")
    assert "late_missed_call" in _terms("people had late care calls")
    assert "pre_employment" in _terms("the information specified in Schedule 3 is available")
    assert _filed_together("The trust must ensure the high dependency unit keeps to one registered nurse for every "
                           "two patients.",
                           "The trust must ensure that sufficient numbers of nursing staff are deployed in the high "
                           "dependency unit.", "Staffing")


def test_people_named_after_the_act_s_verb_are_whom_it_is_done_to():
    """pipeline/preconditions.py `_SELECTED`: "screen every patient with a raised score for sepsis and give
    antibiotics ..." does not run on past the "and": the treatment is the act, not a condition."""
    from cqcplan.pipeline.preconditions import precondition_apart

    texts = ["Nurses must screen every patient with a raised NEWS2 score for sepsis and give antibiotics within one hour "
             "where sepsis is suspected.",
             "The trust must make sure patients with sepsis on the medical wards are given antibiotics within one hour."]
    assert not precondition_apart(texts, terms_many(texts))[0, 1]


def test_a_regulation_s_own_words_name_no_issue():
    """vocab/boilerplate.toml: regulation 12(2)(b)'s "all that is reasonably practicable to mitigate risks" and
    16(2)'s "establish and operate effectively" frame the duty; vocab/synonyms.toml: sepsis recognised and treated
    is its screening and the hour to antibiotics, a complaint answered is one responded to."""
    assert _terms("do all that is reasonably practicable to mitigate risks to patients in theatres") == \
        _terms("patients in theatres")
    assert _terms("establish and operate effectively a system for complaints") == _terms("a system for complaints")
    assert _terms("the timely recognition and treatment of sepsis") >= {"sepsis", "screen", "time_to_antibiotics"}
    assert _terms("answer every complaint") == _terms("respond to complaints")


def test_a_practice_watched_and_a_scan_awaiting_its_report():
    """vocab/synonyms.toml and vocab/aspects.toml: an unannounced observation of a care worker's work is a spot check
    (and a check); scans waiting for a report are the reporting backlog, not a wait to be seen."""
    assert "spot_check" in _terms("unannounced observations of their work")
    assert "checking" in aspects("staff have unannounced observations of their work")
    assert _filed_together("The agency must make sure care workers have supervision and unannounced observations of "
                           "their work, as its policy requires.",
                           "The agency must ensure care workers receive supervision and spot checks.", "Competent staff")
    assert _terms("scans waiting for a report") >= {"report_turnaround"}
    assert "waiting_time" not in _terms("scans waiting for a report")


def test_a_choice_offered_is_its_own_ask():
    """vocab/aspects.toml `choice`: people offered a choice of where they are cared for is another ask than a risk
    assessed for the same people in the same place."""
    assert "choice" in aspects("young people can choose between a children's ward and an adult ward")
    a = "The trust should ensure young people aged 16 and 17 on adult wards have a safeguarding risk assessment."
    assert not tagged_together(a, "The trust should ensure young people aged 16 and 17 can choose between a children's "
                                  "ward and an adult ward.")
    assert not tagged_together(a, "The trust should ensure that young people aged 16 and 17 are offered the choice of "
                                  "a children's ward or an adult ward.")


def test_what_records_explain_is_no_record_asked():
    """pipeline/records_only.py `_RECORDS`: in "care records must explain what to do ...", "records" is the noun and
    "explain" its verb: what the records hold, like "care plans contain", not a record asked of an act."""
    texts = ["Care records must explain how care workers should support a person with asthma during an attack.",
             "Care plans must contain enough detail about people's asthma for care workers to support them."]
    assert not record_apart(texts)[0, 1]
