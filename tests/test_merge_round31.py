"""Merge round thirty-one (issue 12, DR pairs and DT whole reports as development): one issue a trust's
reports word apart (mandatory training singled out "particularly", supervision of two kinds named with one
head, a recovery-focused care plan) and two issues sharing what each is measured against or gated on (a
policy both follow, a capacity assessment another act waits for). Statements are written here, not copied
from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.models import Finding
from cqcplan.pipeline.merge import sure_themes
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms


def _tagged(text: str) -> Finding:
    return tag([Finding(id="a", kind="must", text=text, file="a.pdf", page=2, section="Areas for improvement")],
               [])[0]


def test_courses_an_emphasis_singles_out_break_a_tie_for_the_programme():
    """pipeline/merge.py `_tie_broken` (pipeline/asks.py `emphasis`): the courses named after "particularly"
    are what the programme covers, so a three-way tie of wording cues leaves Mandatory training, and the
    statement is one row of the figure with another course's completion."""
    statement = ("The trust must ensure that theatre staff are up to date with mandatory training, particularly "
                 "basic life support, moving and handling and safeguarding adults.")
    assert sure_themes(_tagged(statement)) == ["Mandatory training"]
    assert tagged_together(statement, "The trust should ensure that staff complete safeguarding children level 3 "
                                      "training.")


def test_two_modifiers_of_one_head_are_each_read_with_it():
    """pipeline/terms.py `_match_coordinated`: "managerial and clinical supervision" is managerial supervision
    and clinical supervision, both the supervision every member of staff has."""
    assert terms("Staff receive managerial and clinical supervision.").keys() == {"supervision"}
    assert "cleaning" not in terms("cleaning and infection control audits")  # "cleaning control" is no variant
    assert tagged_together("The trust should ensure that staff receive regular clinical and managerial supervision.",
                           "The trust should ensure that staff receive supervision in line with its policy.")


def test_a_recovery_focused_care_plan_is_a_personalised_one():
    """vocab/synonyms.toml `personalised`: a mental health care plan's recovery focus is the person's own
    goals, as CQC's "personalised, holistic and recovery-orientated" says; and vocab/aspects.toml: what a plan
    includes is kin to what it records, so "show that patients were involved" does not clash with it."""
    assert terms("Care plans are recovery-orientated.").keys() >= {"personalis"}
    assert tagged_together("The trust should ensure that care plans are person-centred and include each "
                           "patient's preferences.",
                           "The trust should ensure that care plans are recovery-focused and show that patients "
                           "took part in writing them.")


def test_a_standard_both_follow_is_not_what_both_ask():
    """pipeline/similarity.py block 4 read without the standards cited: observations recorded after rapid
    tranquillisation and deterioration escalated share physical health and a policy each is done in line
    with, two steps with two fixes."""
    assert not tagged_together("The trust must ensure that nurses carry out and record physical health observations "
                               "after rapid tranquillisation, in line with the trust's policy.",
                               "The trust should ensure that staff escalate deteriorating physical health in line "
                               "with the early warning score protocol.")


def test_what_an_act_waits_for_is_not_what_it_asks():
    """pipeline/preconditions.py: covert medicines given only once a capacity assessment is recorded share
    the assessment with a statement asking for it, but ask for the covert-medicines protocol; an act that
    names the shared object itself still meets its rewording."""
    assert not tagged_together("The provider must ensure that medicines are given covertly only when a mental "
                               "capacity assessment and a best interests decision have been recorded.",
                               "The provider must ensure that staff assess people's mental capacity and record "
                               "best interests decisions.")
    assert tagged_together("The provider must ensure that bed rails are only used after a bed rail risk "
                           "assessment has been completed.",
                           "The provider should make sure that bed rail risk assessments are in place.")
