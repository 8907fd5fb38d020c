"""Merge round forty-nine (the outside pair set HL, mental health, learning disability, forensic, care homes with
nursing, hospices, ambulance, NHS 111, community health and substance misuse, as development): look-alikes that name
one object and ask another thing of it (its record, a course in it, its store, its paperwork against its staffing),
and paraphrases kept apart by a regulation's own words, a plain-words synonym or a misread aspect. Statements are
written here, not copied from an evaluation set; each look-alike merged, or each paraphrase stayed apart, before the
change its test names.
"""

from merge_findings import filed, together

from cqcplan.models import Finding, Tag
from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.records_only import record_apart
from cqcplan.pipeline.terms import terms_many


def _filed_together(a: str, b: str, theme: str) -> bool:
    return together(filed(a, "a", theme), filed(b, "b", theme))


def _terms(text: str) -> set[str]:
    return set(terms_many([text])[0])


def test_a_record_asked_of_staff_named_by_where_they_work():
    """pipeline/records_only.py `_WHERE`: "staff on the unit record ..." is someone recording, as "staff record ..." is."""
    texts = ["Nurses on the dementia unit must record in each resident's notes why bed rails were used and for how "
             "long.",
             "Nurses on the dementia unit must use bed rails only after other ways of keeping a resident safe have "
             "been tried."]
    assert record_apart(texts)[0, 1]
    assert not _filed_together(*texts, "Restrictive practice")


def test_the_result_of_an_assessment_recorded_is_the_paperwork():
    """pipeline/records_only.py `_RESULT`: the result of a screen written down is a record, not the screen asked again
    (an assessment "recorded" alone is still the assessment)."""
    texts = ["Nurses must record the result of every blood-borne virus screen in the client's notes.",
             "Nurses must offer every client a blood-borne virus screen when they start treatment."]
    assert record_apart(texts)[0, 1]
    assert not _filed_together(*texts, "Assessing and responding to patient risk")
    assert not record_apart(["Nurses must make sure every blood-borne virus screen is recorded.", texts[1]])[0, 1]


def _filed_as(text: str, ident: str, *themes: str) -> Finding:
    sure = [Tag(field="theme", value=theme, basis="section", evidence=theme, rule_id="test", confidence=0.95)
            for theme in themes]
    return Finding(id=ident, kind="must", text=text, file="a.pdf", page=2, section="Areas for improvement",
                   theme=themes[0], tags=sure)


def test_a_course_in_a_thing_is_not_the_thing_across_neighbouring_themes():
    """pipeline/merge.py `_taught_apart`: training in a skill (Competent staff) is not the plan the skill is used on
    (Assessment of needs), though the plan names no aspect; two courses stay one issue."""
    course = _filed_as("Staff on the eating disorder ward must receive training in meal support.", "a",
                       "Competent staff", "Assessing and responding to patient risk")
    plan = _filed_as("Every patient on the eating disorder ward must have a meal support plan.", "b",
                     "Assessment of needs and planning of care")
    assert not together(course, plan)
    other = _filed_as("Staff on the eating disorder ward must be trained to give meal support.", "c",
                      "Assessing and responding to patient risk")
    assert together(course, other)


def test_calls_answered_or_called_back():
    """vocab/issue_terms.toml "a call answered or called back": two standards, two rotas."""
    assert not _filed_together("The out-of-hours service must have enough staff on each shift to answer calls "
                               "within the target.",
                               "The out-of-hours service must have enough staff on each shift to make call-backs "
                               "within the target.", "Staffing")


def test_leave_lost_to_staffing_or_its_paperwork():
    """vocab/aspects.toml: "too few staff" asks staffing; the conditions of a patient's leave are its conditions."""
    assert "staffing" in aspects("escorted leave is cancelled when there are too few staff")
    assert "conditions" in aspects("leave forms state the conditions of the patient's leave")
    assert not _filed_together("The trust must ensure escorted leave is not cancelled when there are too few staff on "
                               "the ward.",
                               "The trust must ensure leave forms are current and state the conditions of the "
                               "patient's leave.", "Mental Health Act")


def test_a_medicine_given_when_due_or_stored():
    """vocab/synonyms.toml `when_due`, vocab/issue_terms.toml "a medicine given when due or stored"."""
    assert "when_due" in _terms("Residents receive their insulin when it is due.")
    assert not _filed_together("The home must make sure residents receive their insulin when it is due.",
                               "The home must make sure residents' insulin is stored at the temperature the "
                               "manufacturer sets.",
                               "Medicines")


def test_a_regulations_own_words_name_no_issue():
    """vocab/boilerplate.toml: 18(2)(a)'s, 12(2)(g)'s, 13(5)'s and 17(2)(e)'s framing of their duties."""
    assert _terms("staff receive such appropriate appraisal as is necessary to enable them to carry out the duties "
                  "they are employed to perform") == {"appraisal"}
    assert "manag" not in _terms("the proper and safe management of medicines")
    assert "purpos" not in _terms("people are not deprived of their liberty for the purpose of receiving care or "
                                  "treatment without lawful authority")
    assert "evalu" not in _terms("seek and act on feedback from relevant persons, for the purposes of continually "
                                 "evaluating and improving the service")
    assert _filed_together("The trust must ensure that staff in the district nursing teams receive such appropriate "
                           "appraisal as is necessary to enable them to carry out the duties they are employed to "
                           "perform (Regulation 18(2)(a)).",
                           "District nursing team leaders must make sure every nurse in their team has an appraisal "
                           "each year, as the trust's appraisal policy sets out.", "Competent staff")


def test_what_people_think_of_a_service_is_feedback():
    """vocab/synonyms.toml `feedback`."""
    assert "feedback" in _terms("ask parents what they think of the service")


def test_colleagues_told_where_a_worker_is_asks_no_training():
    """vocab/aspects.toml `ignore`: letting colleagues know where one is is lone working, not knowledge."""
    assert "training" not in aspects("staff let colleagues know where they are going")
    assert _filed_together("Community nurses should follow the lone working procedure when visiting people at home.",
                           "Community nurses should use the lone worker app and let colleagues know where they are "
                           "during each home visit.", "Assessing and responding to patient risk")


def test_rights_read_to_a_patient_are_information():
    """vocab/aspects.toml `information`: rights read to the person are rights explained."""
    assert "information" in aspects("staff read patients their rights under section 2")
    assert _filed_together("Staff should read detained patients their section 132 rights on admission and repeat "
                           "this as often as the procedure requires.",
                           "The trust should ensure that detained patients have their rights explained to them when "
                           "they arrive and at regular intervals.", "Mental Health Act")


def test_a_persons_own_goals_are_a_personalised_plan():
    """vocab/synonyms.toml `personalised`."""
    assert "personalis" in _terms("care plans reflect the patient's own goals")


def test_an_allegation_of_abuse_reported_is_a_safeguarding_referral():
    """vocab/synonyms.toml: an allegation of abuse referred is a safeguarding referral, the abuse still named."""
    assert {"safeguarding_referral", "abus"} <= _terms("staff referred allegations of abuse to the council")
    assert "safeguarding_referral" not in _terms("an allegation of abuse is investigated")


def test_leaving_treatment_unexpectedly():
    """vocab/synonyms.toml `unexpected_exit`."""
    assert {"unexpected_exit", "treat"} <= _terms("a plan for unplanned exit from treatment")
    assert {"unexpected_exit", "treat"} <= _terms("what to do if a client drops out of treatment")
