"""Merging round thirteen (issue 12): names a care home, a GP practice or a ward uses for one thing,
and the details that make two statements about one object two fixes.

Each case is a mechanism a new author's wording trips, found on an outside pair set: an abbreviation
or phrasing not folded (PPG, CPD, air handling, "each year"), a general name not meeting a specific
one (psychotropic and antipsychotic), and look-alikes told apart by a kind (prone or mechanical
restraint, national or local audit), by a moment (after a fall, not its prevention), or by what is
asked of one object (the risk register's contents or access to it, a DNACPR decision discussed or
carried across settings). Themes are given as a section heading gives them, so the tests exercise
merging whatever the tag stage reads. Statements are written here, not copied from an evaluation
set; each case fails on the vocabulary before this round.
"""

import pytest

from merge_findings import filed, together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.terms import terms

ENGAGEMENT = "Engagement"
EQUIPMENT = "Environment and equipment"
MEDICINES = "Medicines"
RISK = "Assessing and responding to patient risk"
RESTRICTIVE = "Restrictive practice"
COMPLAINTS = "Learning from complaints and concerns"
RISK_MANAGEMENT = "Management of risk, issues and performance"
OUTCOMES = "Patient outcomes"
INVOLVEMENT = "Understanding and involvement of patients and those close to them"
VISION = "Vision and strategy"
EOL = "End of life care"


@pytest.mark.parametrize(("short", "full"), [
    ("Members of the PPG", "members of the patient participation group"),
    ("Dentists log their CPD", "dentists log their continuing professional development"),
    ("The air handling unit in theatre", "the ventilation in theatre"),
    ("Checked each year", "checked annually"),
    ("Patients are told the fees", "patients are told the costs"),
    ("Support people to do as much for themselves as they can", "support people's independence"),
    ("People and those close to them", "people and their families"),
])
def test_two_names_for_one_thing_are_one_term(short, full):
    """vocab/synonyms.toml: an abbreviation or a phrasing is the thing it names."""
    assert terms(short).keys() == terms(full).keys()


def test_an_independent_advocate_is_no_independence():
    """vocab/synonyms.toml `independence`: a person's independence, not an independent person (a
    guard on the new entry's edge: it fails if the bare word "independent" is added to it)."""
    assert "independenc" not in terms("Patients have access to an independent advocate.")


@pytest.mark.parametrize(("a", "b", "theme"), [
    ("The practice should meet its PPG every quarter and respond to its suggestions.",
     "The practice should hold regular meetings with the patient participation group.", ENGAGEMENT),
    ("The hospital must make sure the air handling units in its operating theatres are verified every year.",
     "The hospital must ensure that theatre ventilation is validated annually.", EQUIPMENT),
    ("The service should review the antipsychotics people take in line with STOMP.",
     "The service should make sure psychotropic medication is reviewed so that no one is over-medicated.", MEDICINES),
])
def test_one_duty_in_other_names_merges(a, b, theme):
    assert together(filed(a, "a", theme), filed(b, "b", theme))


@pytest.mark.parametrize(("a", "b", "theme"), [
    # after a fall that happened, not its prevention
    ("The provider must ensure staff observe people for signs of head injury after a fall.",
     "The provider must ensure people's risk of falling is assessed when they move in.", RISK),
    # one kind of restraint, not the other
    ("The trust must ensure that staff use prone restraint only as a last resort and that each use is recorded.",
     "The trust must ensure that staff use mechanical restraint only as a last resort and that each use is recorded.",
     RESTRICTIVE),
    # how to complain is information given; answering complaints is another duty
    ("The provider should ensure that complaints are investigated fully and that complainants are told the outcome.",
     "The provider should ensure that residents and their families know how to make a complaint.", COMPLAINTS),
    # observations at the frequency a score sets, against escalating a high score
    ("The trust must ensure observations are repeated at the frequency the early warning score sets.",
     "The trust must ensure that staff escalate to a doctor whenever an early warning score triggers it.", RISK),
    # the risk register's contents, against who can read it
    ("The trust should ensure the risk register holds every current risk with its review date.",
     "The trust should ensure team leaders have access to the risk register.", RISK_MANAGEMENT),
    # national audits taken part in, against the provider's own audit programme
    ("The trust should take part in the national audits relevant to its community services.",
     "The trust should carry out a local audit programme in its community services.", OUTCOMES),
    # a practice finding its carers, against the carers' flu jab
    ("The practice should ensure that carers are offered the annual flu vaccination.",
     "The practice should do more to identify carers so that they can be offered support.", INVOLVEMENT),
    # staff who know the values, against a strategy written down
    ("The trust should ensure that staff in community services know the trust's values.",
     "The trust should ensure that community services have a strategy with objectives it can measure.", VISION),
    # staff rotated on enhanced observations, against observations done at their level
    ("The trust must ensure staff on enhanced observations are rotated every two hours.",
     "The trust must ensure enhanced observations are carried out as prescribed.", RISK),
    # when a letter is sent, against what it says
    ("The trust should ensure that clinic letters are sent to GPs without delay.",
     "The trust should ensure that clinic letters include the reasons for any change to the treatment plan.", OUTCOMES),
    # drinks put within reach, against fluids counted on a chart
    ("The trust should make sure that patients on the stroke unit have fresh drinks within reach throughout the day.",
     "The trust must make sure that patients on the stroke unit have their fluid balance charts totalled each day.",
     "Nutrition and hydration"),
    # agency staff inducted, against fewer agency staff
    ("The trust must ensure that agency nurses have a local induction before their first shift on the ward.",
     "The trust should reduce its use of agency nurses on the ward by recruiting permanent staff.", RISK),
    # getting outside, against activities: two things a ward provides (issue words that differ)
    ("The trust should ensure that people on the rehabilitation ward can get fresh air.",
     "The trust should ensure that people on the rehabilitation ward have therapeutic activities in the evenings.",
     "Meeting people's individual needs"),
    # a DNACPR decision discussed with the person, against one carried across settings
    ("The trust must ensure DNACPR forms record discussions with the patient.",
     "The trust must ensure DNACPR forms go with patients when they are transferred between care settings.", EOL),
])
def test_one_object_asked_two_things_stays_apart(a, b, theme):
    assert not together(filed(a, "a", theme), filed(b, "b", theme))


def test_the_details_that_part_them_are_read():
    """The vocabulary the look-alikes above part on, so a later change that keeps them apart by
    luck still shows which reading it lost."""
    assert "post_fall" in terms("checked for injury after every fall")
    assert "fall" in terms("checked for injury after every fall")  # still about falls
    assert {"restraint", "prone_restraint"} <= terms("prone restraint").keys()
    assert "information" in aspects("people know how to complain")
    assert "timeliness" in aspects("observations at the required frequency")
    assert "assessment" not in aspects("observations at the frequency set by the patient's score")
    assert "assessment" in aspects("MUST scores are completed on admission")
    assert "recording" not in aspects("managers can see the risk register")
    assert "staffing" in aspects("staff on observations are given a break")
    assert "content" in aspects("discharge letters contain the medicines stopped")
    assert "feel_valued" in terms("staff feel valued") and "valu" not in terms("staff feel valued")
