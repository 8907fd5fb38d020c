"""Merge round sixty-four: acute, community, GP, dental and independent hospital wordings. Look-alikes that share a
word and ask about two things (the fetal heart listened to or traced, letters coming in or records summarised,
prescriptions left uncollected or medicines reviewed, what an audit audits, doctors named by their practising
privileges or the privileges themselves); paraphrases joined by the names a ward uses (MAC, AMU, patients who become
unwell, antibiotics within the recommended hour) and a backlog addressed against the wait shortened. Statements are
written here, not copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.merge import read_as_asked
from cqcplan.pipeline.terms import terms_many
from cqcplan.pipeline.waits import wait_apart
from cqcplan.pipeline.tag import tag
from cqcplan.models import Finding


def test_intermittent_auscultation_is_not_a_ctg():
    """vocab/synonyms.toml `intermittent_auscultation` and the family "how the fetal heart is monitored"."""
    assert not tagged_together("The service must make sure midwives document intermittent auscultation at the required "
                               "intervals for women labouring in the midwife-led unit.",
                               "The service must make sure midwives document a fresh eyes review of each CTG at the "
                               "required intervals for women labouring on the delivery suite.")


def test_incoming_letters_are_not_records_to_summarise():
    """vocab/synonyms.toml `correspondence` and the family "what is wrong with the records"."""
    assert "correspondenc" in terms_many(["Hospital letters are read by a GP."])[0]
    assert not tagged_together("The practice should clear the backlog of hospital letters waiting to be coded.",
                               "The practice should clear the backlog of new patient notes waiting to be summarised.")


def test_uncollected_prescriptions_merge_and_stay_apart_from_repeat_prescriptions():
    """vocab/synonyms.toml `uncollected_prescription` (an issue word and a repeat-prescribing safeguard)."""
    found = terms_many(["Follow up prescriptions not collected by patients.", "Check uncollected prescriptions."])
    assert "uncollected_prescription" in found[0] and "uncollected_prescription" in found[1]
    assert tagged_together("The practice should check each month for prescriptions not collected by patients.",
                           "The practice should check its uncollected prescriptions every month and contact the "
                           "patients concerned.")
    assert not tagged_together("The practice should review how it manages uncollected prescriptions.",
                               "The practice should review how it manages repeat prescriptions that are overdue a "
                               "review.")


def test_audits_of_two_things_share_only_the_audit():
    """vocab/issue_terms.toml `means`: record keeping audits and hand hygiene audits in one clinic are two actions."""
    assert not tagged_together("The clinic should carry out regular record keeping audits.",
                               "The clinic should carry out regular hand hygiene audits.")


def test_doctors_named_by_their_practising_privileges_are_who_not_what():
    """pipeline/asks.py `without_privileges`: the privileges say which doctors; their review is another action."""
    assert "practising privileges" not in read_as_asked("Surgeons granted practising privileges must hold indemnity.")
    assert "practising privileges" in read_as_asked("Surgeons are only granted practising privileges once checked.")
    assert not tagged_together("The hospital must make sure surgeons working under practising privileges keep their "
                               "contact details up to date with the hospital.",
                               "The hospital must make sure surgeons' practising privileges are renewed every two "
                               "years.")


def test_the_medical_advisory_committee_and_the_acute_medical_unit_by_their_initials():
    """vocab/synonyms.toml `medical_advisory_committee` (MAC, capitals only) and `amu`."""
    found = terms_many(["The MAC reviews outcomes.", "The medical advisory committee reviews outcomes.",
                        "Patients on the AMU are assessed.", "Patients on the acute medical unit are assessed.",
                        "A mac is worn."])
    assert "medical_advisory_committee" in found[0] and "medical_advisory_committee" in found[1]
    assert "amu" in found[2] and "amu" in found[3]
    assert "medical_advisory_committee" not in found[4]


def test_a_patient_who_becomes_unwell_is_deteriorating():
    """vocab/synonyms.toml `deterioration`."""
    assert "deterior" in terms_many(["Patients who become unwell are transferred."])[0]


def test_antibiotics_within_the_recommended_hour():
    """vocab/synonyms.toml `time_to_antibiotics`."""
    assert "time_to_antibiotics" in terms_many(["Give antibiotics within the recommended hour."])[0]


def test_a_backlog_addressed_is_a_wait_shortened():
    """pipeline/waits.py `_REDUCE`: asking to address or clear a backlog of appointments asks for a shorter wait, as
    asking to reduce the number waiting does; a backlog's patients kept safe is still the other ask."""
    texts = ["The trust must reduce the number of patients waiting past their due date for a follow-up appointment.",
             "The trust should clear the backlog of overdue follow-up appointments in the eye clinic.",
             "The trust should review patients in the backlog of overdue follow-up appointments for harm."]
    apart = wait_apart([[a for a in asks(t) if a.required] for t in texts])
    assert not apart[0, 1]
    assert apart[0, 2]


def test_the_mental_health_assessment_room_is_the_premises():
    """vocab/cues.toml: the room is Environment and equipment; the accreditation network's name is no liaison."""
    found = tag([Finding(id=k, kind="should", text=t, file="a.pdf", page=2, section="Areas for improvement")
                 for k, t in (("a", "The trust should refit the mental health assessment room in the emergency "
                                    "department."),
                              ("b", "The trust should make sure its emergency department meets the Psychiatric "
                                    "Liaison Accreditation Network's standards."))], [])
    themes = [[t.value for t in f.tags if t.field == "theme"] for f in found]
    assert themes[0][0] == "Environment and equipment"
    assert "Multidisciplinary working" not in themes[1]
