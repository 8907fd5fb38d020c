"""A batch keeps a pair the lone-term block alone holds apart together when a third statement is one
issue with both (pipeline/merge.py `_bridge`).

Merge round twenty-eight (issue 12): complete-link asks every two statements of an action to merge
on their own words, so once a paraphrase had joined a third wording, a statement sharing one word
with that wording, in a long sentence, joined nothing. Statements are written here, not copied from
an evaluation set; the batch test fails without `_bridge`.
"""

from cqcplan.models import Finding
from cqcplan.pipeline.merge import _scored, merge
from cqcplan.pipeline.tag import tag

CAPACITY_DOUBTED = ("The trust must ensure that staff assess and record patients' mental capacity when there is reason "
                    "to doubt their ability to consent, and apply for a Deprivation of Liberty Safeguards "
                    "authorisation when required.")
CAPACITY_RESTRAINED = ("The trust must ensure that staff complete and record mental capacity assessments for patients "
                       "who may lack capacity, including patients who are restrained.")
CAPACITY_PROCEDURE = ("The trust must ensure that a mental capacity assessment is completed and recorded before a "
                      "procedure for patients who may lack capacity to consent to it.")


def findings(*texts: str) -> list[Finding]:
    return tag([Finding(id=f"F{n}", kind="must", text=text, file="a.pdf", page=2, section="Areas for improvement")
                for n, text in enumerate(texts, 1)], [])


def test_the_pair_alone_is_held_apart_by_the_lone_term_block_only():
    pair = findings(CAPACITY_DOUBTED, CAPACITY_RESTRAINED)
    assert len(merge(pair)) == 2
    _, scores, without_lone_block, _ = _scored(pair, None, lenient=False, reports=None)
    assert scores[0, 1] < 0.32 <= without_lone_block[0, 1]


def test_a_statement_one_issue_with_both_keeps_them_in_one_action():
    batch = findings(CAPACITY_DOUBTED, CAPACITY_RESTRAINED, CAPACITY_PROCEDURE)
    assert [a.findings for a in merge(batch)] == [["F1", "F2", "F3"]]


def test_a_pair_the_block_does_not_hold_is_not_bridged():
    fridge = findings("The trust must ensure that medicines fridge temperatures are recorded daily.",
                      "The trust must ensure that the medicines fridge is locked.",
                      "The trust must ensure that medicines fridge temperatures are recorded daily and the fridge is "
                      "locked when not in use.")
    assert len(merge(fridge[:2])) == 2
    assert all(len(a.findings) < 3 for a in merge(fridge))
