"""Merge round twenty-six (issue 12): paraphrases a fresh author's pairs kept apart at a gate, not on
weak overlap: a theme read from neither side's topic (an acronym in the plural, an induction called an
orientation, a governance meeting under "Leaders must"), and one issue named in two vocabularies (a
prescription card, a date-time-signature, a deadline in hours, a bed close to home). Statements are
written here, not copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.models import Finding
from cqcplan.pipeline.aspects import asked_aspects
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms_many


def _themes(text: str) -> list[str]:
    found = Finding(id="x", kind="should", text=text, file="a.pdf", page=2, section="Areas for improvement")
    return [t.value for t in tag([found], [])[0].tags if t.field == "theme" and t.confidence >= 0.9]


def test_an_acronym_in_the_plural_is_its_cue():
    """pipeline/tag.py `_acronym`: "PEEPs" is the ALL-CAPS cue "PEEP" with its plural folded, so the statement
    has the theme its spelled-out twin has and the two merge."""
    short = "The manager should make sure that PEEPs are written for every person who lives at the home."
    assert "Environment and equipment" in _themes(short)
    assert tagged_together(short, "The home must make sure that each person living there has a personal emergency "
                                  "evacuation plan.")


def test_a_temporary_workers_orientation_is_their_induction():
    """vocab/cues.toml `safe.temporary_staff_induction`: an orientation given to agency, bank or locum staff
    is the local induction the cue already files under staffing."""
    orientation = "The trust must ensure that locums are given an orientation to the department before their shift."
    assert _themes(orientation) == _themes("The trust should ensure that locums receive an induction to the "
                                           "department.")
    assert tagged_together(orientation, "The trust should make sure that locum doctors receive a local induction "
                                        "when they start in the department.")


def test_an_orientation_asks_for_training_unless_it_is_who_a_person_is():
    """vocab/aspects.toml `training` and its `ignore` list: staff given an orientation are inducted, which a
    local induction also asks; a person's sexual orientation or the orientation signs on a wall are not."""
    asked = asked_aspects(["Bank nurses must be given an orientation to the ward before their first shift.",
                           "Staff should respect people's sexual orientation.",
                           "The home should put up orientation signs for people living with dementia."])
    assert "training" in asked[0]
    assert "training" not in asked[1] | asked[2]
    assert tagged_together("Managers should ensure that bank nurses receive a local induction.",
                           "Managers must make sure that bank nurses are given an orientation to the ward, "
                           "including where the emergency equipment and local procedures are kept.")


def test_governance_meetings_are_the_governance_system_whoever_holds_them():
    """vocab/cues.toml `wellled.quality_system`: governance meetings are the topic; "Leaders must" names
    who acts, so the statement is not filed under leadership."""
    leaders = "Leaders should make sure that the division's governance meetings are held monthly and minuted."
    assert "Governance" in _themes(leaders)
    assert tagged_together(leaders, "The trust must ensure that governance meetings in the division take place "
                                    "as scheduled, with minutes and an action log.")


def test_a_prescription_card_is_the_medication_chart():
    """vocab/synonyms.toml `mar`: a prescription card is the chart medicines are given from."""
    assert "mar" in terms_many(["Nurses should sign each prescription card."])[0]
    assert tagged_together("The ward must ensure that T3 certificates are filed with the prescription cards.",
                           "Staff should keep a copy of each T3 certificate with the medication chart.")


def test_a_date_time_and_signature_is_the_record_keeping_standard():
    """vocab/synonyms.toml `record_standard`: the date, time and signature of an entry is what "dated, timed
    and signed" asks."""
    assert "record_standard" in terms_many(["Each entry should carry the date, time and signature of its "
                                            "author."])[0]


def test_a_deadline_in_hours_or_the_time_taken_is_timeliness():
    """vocab/aspects.toml `timeliness`: "within 48 hours" and "the time taken" ask for something in time,
    so they share an aspect with "promptly" and "timescales"."""
    aspects = asked_aspects(["Pharmacists should review new admissions within 48 hours.",
                             "The service should reduce the time taken to answer complaints."])
    assert all("timeliness" in found for found in aspects)
    assert tagged_together("The trust must ensure that medicines reconciliation is completed within 48 hours "
                           "of admission.",
                           "The trust should make sure that pharmacists reconcile medicines promptly.")


def test_a_bed_close_to_home_and_a_bed_outside_the_trust_are_one_flow_issue():
    """vocab/synonyms.toml `flow` and vocab/cues.toml access and flow: a bed close to home and a bed outside
    the trust are one flow issue, not equipment; the bed stays a word of its own."""
    far = "The trust must reduce the number of people placed in beds outside the trust."
    assert "Access and flow" in [t.value for t in tag([Finding(id="x", kind="must", text=far, file="a.pdf", page=2,
                                                               section="Areas")], [])[0].tags if t.field == "theme"]
    near = "The trust should ensure that people who need an acute admission can have a bed close to home."
    assert {"flow", "bed"} <= terms_many([near])[0].keys()
    assert tagged_together(far, near)
