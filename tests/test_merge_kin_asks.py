"""Two statements sharing one word merge only when they ask the same thing of it, not a kin thing.

Issue 12 (session 36): the look-alikes new authors write reuse one object and ask another step of
it ("mental capacity assessments completed" / "best interests decisions recorded"; "early warning
scores recorded" / "escalated"; "allergies recorded on the chart" / "a wristband worn"). The
one-shared-term block (pipeline/similarity.py, block 4) let a kin aspect (recorded for checked,
assessed or a policy) count as the same ask. Statements are written here, not copied from an
evaluation set; the first test fails with kin counted in that block.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import asked_aspects
from cqcplan.pipeline.similarity import aspect_agreement

# one shared word (bed rails; controlled drugs), asks that agree only by kin
RAILS_ASSESSED = "The trust must ensure that bed rail assessments are recorded in patients' notes."
RAILS_CHECKED = "The trust should ensure that bed rails are checked before each use."
REGISTER_SIGNED = "The provider must ensure that the controlled drugs register is signed by two members of staff."
STOCK_CHECKED = "The provider should ensure that controlled drugs stock is checked weekly."


def test_one_shared_word_and_kin_asks_are_two_actions():
    assert not tagged_together(RAILS_ASSESSED, RAILS_CHECKED)
    assert not tagged_together(REGISTER_SIGNED, STOCK_CHECKED)


def test_kin_still_counts_as_agreement_elsewhere():
    """Only the one-shared-term block asks for the same aspect: the aspect conflict (blocks and the
    penalty) and `same_duty` still count kin, so longer paraphrases keep merging."""
    aspects = asked_aspects([RAILS_ASSESSED, RAILS_CHECKED])
    assert not aspect_agreement(aspects, kin_counted=False)[0][0, 1]
    assert aspect_agreement(aspects)[0][0, 1]


def test_one_shared_word_and_the_same_ask_still_merge():
    assert tagged_together(RAILS_CHECKED, "The trust should make sure staff check bed rails every time they are used.")
