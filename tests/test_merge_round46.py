"""Merge round forty-six (the outside pair set GS, mental health, community, care homes, maternity, ambulance and
hospices, as development): look-alikes that share an object but ask another thing of it, and paraphrases kept apart
by an abbreviation, a regulation's own words or a theme read from the people a duty is for. Statements are written
here, not copied from an evaluation set; each look-alike merged, or each paraphrase stayed apart, before the change
its test names.
"""

from merge_findings import filed, together

from cqcplan.models import Finding
from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.records_only import record_apart
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms_many


def _filed_together(a: str, b: str, theme: str) -> bool:
    return together(filed(a, "a", theme), filed(b, "b", theme))


def _terms(text: str) -> set[str]:
    return set(terms_many([text])[0])


def _themes(text: str) -> list[str]:
    found = tag([Finding(id="a", kind="must", text=text, file="a.pdf", page=2, section="Areas for improvement")], [])
    return [t.value for t in found[0].tags if t.field == "theme" and t.confidence >= 0.5]


def test_a_reading_written_in_a_named_place_is_the_paperwork():
    """pipeline/records_only.py `_PLACED`: a reading recorded on a named form or in the notes asks where it is
    written, not the reading taken; a reading only "recorded" is still the check itself."""
    texts = ["Staff must record blood pressure and pulse after intravenous sedation on the electronic form rather "
             "than on paper charts.",
             "Staff must take blood pressure and pulse after every dose of intravenous sedation, even at night.",
             "Staff must record blood pressure and pulse after intravenous sedation."]
    apart = record_apart(texts)
    assert apart[0, 1] and apart[1, 0]
    assert not apart[2, 1]
    assert not _filed_together(texts[0], texts[1], "Assessing and responding to patient risk")


def test_an_abbreviation_is_its_expansion():
    """vocab/synonyms.toml `picu`, `cpa`, `intercom`, `dbs`: a term and its abbreviation or everyday name."""
    assert _terms("staff on the psychiatric intensive care unit") == _terms("staff on the PICU")
    assert _terms("a means of two-way communication in the seclusion room") >= {"intercom"}
    assert _terms("an enhanced criminal record certificate") == _terms("an enhanced Disclosure and Barring Service "
                                                                       "check") == {"dbs"}
    assert _filed_together("Care coordinators must hold a care programme approach meeting with each patient at least "
                           "once a year.",
                           "The trust must ensure that patients on CPA are seen for their yearly review.",
                           "Assessment of needs and planning of care")


def test_a_form_checked_before_giving_is_the_authority_it_gives():
    """vocab/aspects.toml: `authorisation` kin to `checking`, "does not cover" no staff cover, and a certificate
    "under section 58" the consent-to-treatment certificate."""
    assert aspects("staff must not give any medicine the form does not cover") == frozenset()
    assert _filed_together("Nurses must check the consent to treatment certificate before giving each dose and must "
                           "not give medicines it does not cover.",
                           "The trust must ensure that medicines given to detained patients are authorised by a "
                           "certificate under section 58.", "Mental Health Act")


def test_an_ambulance_services_call_stack_and_a_hospital_school():
    """vocab/synonyms.toml `call_stack`, `welfare_call`, `education`: the control room's queue and its calls to
    the people in it; schooling, whatever it is called (a school nurse stays a nurse)."""
    assert _filed_together("The trust should make welfare calls to patients waiting in the call stack.",
                           "The emergency operations centre should call back patients waiting for an ambulance at set "
                           "intervals.", "Assessing and responding to patient risk")
    assert _filed_together("The trust should ensure young people on the adolescent unit attend the hospital school.",
                           "The trust should ensure that young people on the adolescent unit continue their education "
                           "while they stay there.", "Meeting people's individual needs")
    assert not _filed_together("The trust should ensure young people on the adolescent unit attend the hospital "
                               "school.",
                               "The trust should ensure school nurses see young people on the adolescent unit.",
                               "Meeting people's individual needs")


def test_the_conditions_of_leave_or_where_a_thing_is_put_is_its_own_ask():
    """vocab/aspects.toml: the conditions set on section 17 leave (`conditions`), and a thing within a person's reach
    (`availability`), are not the same thing done in time or not cancelled."""
    assert "conditions" in aspects("leave forms record the conditions of leave")
    assert "availability" in aspects("walking frames are within reach")
    assert not _filed_together("The trust must ensure section 17 leave forms state the conditions of leave.",
                               "The trust must ensure section 17 leave is not cancelled because of staff shortages.",
                               "Mental Health Act")
    assert not _filed_together("The home must ensure pendant alarms are within reach of residents at night.",
                               "The home must ensure pendant alarms are answered promptly for residents at night.",
                               "Environment and equipment")


def test_a_course_or_a_sign_off_a_phone_or_a_front_door_and_whom_a_plan_is_for():
    """vocab/issue_terms.toml: a course completed is not a competency signed off, calls answered not people seen on
    arrival, and "complex needs" says whom, not what."""
    assert not _filed_together("The trust must ensure theatre nurses complete training in the use of the cell "
                               "salvage machine.",
                               "The trust must ensure theatre nurses have a competency assessment for the cell salvage "
                               "machine.", "Competent staff")
    assert not _filed_together("The trust must ensure women arriving at the birth centre are triaged within 15 "
                               "minutes of arrival.",
                               "The trust must ensure calls to the birth centre triage telephone line are answered.",
                               "Assessing and responding to patient risk")
    assert not _filed_together("The trust should ensure children with complex needs have a named key worker.",
                               "The trust should ensure children with complex needs have a plan for transition to "
                               "adult services.", "Meeting people's individual needs")


def test_themes_read_from_what_is_asked_not_whom_or_where():
    """vocab/cues.toml: crews counted are staffing; "palliative care nurses" and "the learning disability and autism
    wards" say who or where; a reading that falls outside its range is no fall; and vocab/regulations.toml: a
    cited paragraph of regulation 12 or 15 names its theme."""
    assert "Staffing" in _themes("The trust must ensure there are enough crews on each night shift.")
    assert "Meeting people's individual needs" not in _themes(
        "The provider should ensure palliative care nurses have a working mobile phone at night.")
    assert "Meeting people's individual needs" not in _themes(
        "The trust must ensure each patient on the learning disability and autism wards has a personal emergency "
        "evacuation plan.")
    assert "Assessing and responding to patient risk" not in _themes(
        "Staff should check clinic room temperatures every day and report readings that fall outside the safe range.")
    assert _themes("The provider must assess the risk of, and prevent, detect and control the spread of, infections in "
                   "the outpatient clinics (Regulation 12(2)(h)).")[0] == "Cleanliness, infection control and hygiene"
    assert _themes("The provider must make sure that patients are kept safe from harm in the community clinics "
                   "(Regulation 15(1)(e)).") == ["Environment and equipment"]
