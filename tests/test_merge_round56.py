"""Merge round fifty-six (the outside sets IU and IV: mental health wards, learning disability and autism wards, care
homes, hospices, ambulance and community health services): referrals reviewed by those who receive them, named by who
made them, are another step than their making. Statements are written here, not copied from an evaluation set; each
test fails without the change its docstring names.
"""

from cqcplan.models import Finding
from cqcplan.pipeline.handling import handling_apart
from cqcplan.pipeline.merge import merge
from cqcplan.pipeline.tag import tag


def _grouped(*texts: str) -> list[list[str]]:
    """The statements tagged, as `cqcplan extract` tags them, and merged as one report's batch."""
    found = [Finding(id=f"F{n}", kind="must" if " must " in text else "should", text=text, file="report.pdf", page=2,
                     section="Areas for improvement") for n, text in enumerate(texts)]
    return [action.findings for action in merge(tag(found, []))]


def test_referrals_named_by_who_made_them_and_reviewed_are_the_receivers_step():
    """pipeline/handling.py `_RECEIVED`: a team reviewing "crew referrals" acts on what the crews made, another step
    (and owner) than the crews making them; a statement asking both stays with the making."""
    making = "The trust should ensure crews raise safeguarding referrals for adults at risk and follow the procedure."
    reviewed = ("The trust should ensure the safeguarding team reviews crew referrals and sends them on to the local "
                "authority within two days.")
    both = ("The trust should ensure crews make safeguarding referrals and the safeguarding team reviews crew "
            "referrals within two days.")
    assert handling_apart([making, reviewed]).tolist() == [[False, True], [True, False]]
    assert not handling_apart([making, both]).any()
    assert _grouped(making, reviewed) == [["F0"], ["F1"]]
