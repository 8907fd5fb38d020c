"""Merge round forty-one (an outside pair set of look-alikes that share a theme and most of their words, and a
mental health trust's three core-service reports, as development): the people a raised score, an event or a
place picks out are whom an ask is for, not what it asks; "only" set before the act's last words still gates the
act on its condition; leave authorised by a clinician is an authority given. Statements are written here, not
copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import aspects


def test_people_a_raised_score_picks_out_are_whom_the_ask_is_for():
    """pipeline/preconditions.py `_SELECTED`: "patients with a high early warning score" are the people the
    review is for; adding the score up is another duty, though both name the score."""
    assert not tagged_together("The trust must ensure that patients with a high early warning score are reviewed "
                               "promptly by a doctor.",
                               "The trust should ensure that staff add up early warning scores correctly.")
    assert tagged_together("The trust must ensure that patients with a raised early warning score are escalated "
                           "to the medical team.",
                           "The trust should ensure that staff escalate patients whose early warning score is "
                           "raised to the medical team.")


def test_people_an_event_picks_out_are_whom_the_ask_is_for():
    """pipeline/preconditions.py `_BEFALLEN`: people "whose appointments are cancelled" are those rebooking is
    for; fewer cancellations is another action."""
    assert not tagged_together("The trust should ensure that patients whose clinic appointments are cancelled by "
                               "the hospital are rebooked within six weeks.",
                               "The trust must reduce the number of clinic appointments cancelled by the hospital.")


def test_people_a_place_picks_out_are_whom_the_ask_is_for():
    """pipeline/preconditions.py `_BEFALLEN`: patients "nursed on trolleys in the corridor" are those the
    observations are for; not nursing anyone there is another action."""
    assert not tagged_together("The trust must ensure that patients nursed on trolleys in the corridor of the "
                               "assessment unit receive pressure area care and regular observations.",
                               "The trust must ensure that patients in the assessment unit are not nursed on "
                               "trolleys in the corridor.")


def test_only_before_the_acts_last_words_still_gates_the_act():
    """pipeline/preconditions.py `_CONDITION`: "are only restricted after" gates the restriction on the
    assessment as "only after" does; the assessments themselves are another action."""
    assert not tagged_together("The provider must ensure that people's movements are only restricted after a "
                               "mental capacity assessment and a best interests decision have been recorded.",
                               "The provider must ensure that staff complete and record mental capacity assessments "
                               "and best interests decisions for people who lack capacity.")


def test_leave_authorised_by_a_clinician_is_an_authority_given():
    """vocab/aspects.toml `authorisation`: leave "authorised by the responsible clinician" asks for the
    authority, which leave cancelled for want of escorts (staffing) does not share."""
    assert "authorisation" in aspects("Leave is authorised by the responsible clinician.")
    assert not tagged_together("The trust must ensure that all section 17 leave is authorised by the responsible "
                               "clinician and recorded on the correct form.",
                               "The trust must ensure that escorted section 17 leave is not cancelled because "
                               "of staff shortages.")


def test_a_thing_made_by_others_acted_on_is_not_its_making():
    """pipeline/handling.py `handling_apart`: incidents "reported by staff" and then investigated, or
    safeguarding concerns "raised by paramedics" and then followed up, ask those who receive them to act; staff
    reporting, paramedics raising, is another step with another owner. Two wordings of the follow-up stay one."""
    assert not tagged_together("The trust must ensure that incidents reported by staff are investigated by a manager "
                               "and closed in time.",
                               "The trust must ensure that staff report all incidents, including near misses, on the "
                               "incident system.")
    assert not tagged_together("The trust must ensure that safeguarding concerns raised by paramedics are followed up "
                               "by the safeguarding team.",
                               "The trust should ensure that paramedics raise safeguarding concerns about vulnerable "
                               "adults on every occasion.")
    assert tagged_together("The trust must ensure that safeguarding referrals made by paramedics are followed up by "
                           "the safeguarding team.",
                           "The trust should ensure that the safeguarding team follows up every safeguarding "
                           "referral made by paramedics.")


def test_an_operation_cancelled_on_the_day_is_one_term():
    """vocab/synonyms.toml `cancel`: "operations cancelled on the day" is the on-the-day cancellation, whole, not a
    cancellation and a "day" that a rebooking "within 28 days" also names."""
    from cqcplan.pipeline.terms import terms_many

    assert "day" not in terms_many(["Reduce the number of operations cancelled on the day."])[0]


def test_a_feeding_tube_and_a_prescribing_system_are_one_thing_by_either_name():
    """vocab/synonyms.toml `gastrostomy`, `epma`, `omitted_dose`: PEG is a percutaneous endoscopic gastrostomy,
    ePMA the electronic prescribing and medicines administration system, and a dose "not given" an omitted
    dose; two wordings of one record kept on either stay one action."""
    assert tagged_together("The trust should ensure that district nurses record the care of patients' PEG sites "
                           "at every visit.",
                           "The trust should ensure that community nurses document the care of each patient's "
                           "percutaneous endoscopic gastrostomy site.")
    from cqcplan.pipeline.terms import terms_many

    short, long = terms_many(["Nurses record omitted doses on ePMA.",
                              "Nurses record on the electronic prescribing and medicines administration system when a "
                              "dose is not given."])
    assert short.keys() == long.keys()


def test_a_control_room_is_the_emergency_operations_centre():
    """vocab/synonyms.toml `eoc`: an ambulance service's 999 control room is its emergency operations centre."""
    from cqcplan.pipeline.terms import terms_many

    assert "eoc" in terms_many(["Calls to the 999 control room were not answered in time."])[0]


def test_a_check_before_the_first_shift_is_not_an_induction():
    """vocab/issue_terms.toml "a check before someone starts or their induction": a temporary worker's registration
    and DBS checked before they start is the recruiter's check; their induction to the ward is the ward's."""
    assert not tagged_together("The provider must ensure that agency staff receive an induction to the home before "
                               "their first shift.",
                               "The provider must ensure that the registration details of agency staff are obtained "
                               "from the agency before their first shift.")
