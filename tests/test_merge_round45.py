"""Merge round forty-five (the outside pair set GK, as development): look-alikes that name one act and ask of it
two different things, the record kept of it or the act itself. Statements are written here, not copied from an
evaluation set; each look-alike merged before the change its test names, and each paraphrase stays one action.
"""

import numpy as np

from merge_findings import filed, together

from cqcplan.pipeline.records_only import record_apart

_THEME = "Environment and equipment"


def _together(a: str, b: str, theme: str = _THEME) -> bool:
    return together(filed(a, "a", theme), filed(b, "b", theme))


def test_a_record_of_an_act_is_not_the_act():
    """pipeline/records_only.py `record_apart`: the paperwork and the act are two actions."""
    assert not _together("The provider should keep a record of every evacuation practice, including how long the "
                         "evacuation took.",
                         "The provider should ensure an evacuation practice takes place at each home every three "
                         "months.")
    assert not _together("The home should keep cleaning records for each bathroom.",
                         "The home should ensure bathrooms are cleaned after each use.",
                         "Cleanliness, infection control and hygiene")
    assert not _together("The provider must ensure consent to treatment is documented in the dental care record.",
                         "The provider must ensure dentists obtain consent to treatment after explaining the options "
                         "and their risks.", "Consent, Mental Capacity Act and Deprivation of Liberty Safeguards")
    assert not _together("The home must ensure capacity assessments are kept in each resident's care file.",
                         "The home must ensure capacity assessments are carried out whenever a resident's ability "
                         "to make a decision is in doubt.",
                         "Consent, Mental Capacity Act and Deprivation of Liberty Safeguards")


def test_an_act_asked_with_its_record_or_a_checks_record_stays_one_action():
    """Asking the act and its record, or recording a check, is no record-only ask."""
    assert _together("The provider should ensure staff carry out and record an evacuation practice at each home "
                     "every three months.",
                     "The provider should ensure an evacuation practice takes place at each home every three months.")
    assert _together("The practice must ensure that weekly checks of the defibrillator and oxygen cylinder are "
                     "recorded.",
                     "The practice must ensure the defibrillator and oxygen cylinder are checked every week.")


def test_what_a_record_ask_reads():
    """Kept in a file is a record; kept up to date is the record's content, a written apology is given, not
    kept, and an assessment recorded is the assessment."""
    texts = ["The provider must ensure care plans are kept up to date.",
             "The provider must ensure people's care plans are followed.",
             "The trust must keep a record of each duty of candour conversation.",
             "The trust must apologise and give a written account to patients after a notifiable safety incident.",
             "Staff must record the times they arrive at and leave each visit and tell the office when late.",
             "The home must ensure decision-specific capacity assessments are recorded.",
             "The home must ensure capacity assessments are carried out when a resident's ability to decide is in "
             "doubt."]
    apart = record_apart(texts)
    assert not apart[0, 1]
    assert apart[2, 3]
    assert not apart[4].any()
    assert not apart[5, 6]  # an assessment recorded is made on its form
    assert np.array_equal(apart, apart.T)


def test_the_checklists_steps_hyphenated_ask_nothing():
    """vocab/aspects.toml `ignore`: "sign-in" is no signature, and "sign-in, time-out" nothing done "in time"."""
    from cqcplan.pipeline.aspects import aspects

    assert aspects("the team is present when the checklist sign-in, time-out and sign-out are carried out") == frozenset()


def test_a_waiting_list_reviewed_for_harm_keeps_its_people_safe():
    """pipeline/waits.py `_FOR_WAITERS`: a waiting list reviewed (for harm) is for the people on it, not a
    shorter wait, so it stays apart from waiting times held to a standard."""
    theme = "Access and flow"
    assert not _together("The trust should ensure waiting lists for rheumatology appointments are reviewed for "
                         "clinical harm.",
                         "The trust should ensure waiting times for a rheumatology appointment meet the national "
                         "standard.", theme)
    assert not _together("The trust should ensure patients on the ophthalmology waiting list are checked for harm.",
                         "The trust should reduce waiting times for ophthalmology appointments.", theme)
    assert _together("The trust should ensure waiting times for rheumatology appointments meet the national "
                     "standard.",
                     "The trust should reduce how long patients wait for a first rheumatology appointment.", theme)


def test_an_abbreviation_meets_its_expansion():
    """vocab/synonyms.toml: computed tomography is CT, PLS paediatric life support, GPICS the Guidelines for the
    Provision of Intensive Care Services."""
    from cqcplan.pipeline.terms import terms_many

    full, short = terms_many(["Computed tomography scans are reported on time, and each shift has a nurse with "
                              "paediatric life support training, as the Guidelines for the Provision of Intensive "
                              "Care Services require.",
                              "CT scans are reported on time, and each shift has a nurse with PLS training, as GPICS "
                              "requires."])
    assert {"ct", "life_support", "gpic"} <= full.keys() & short.keys()
