"""Merge round twenty-nine (issue 12, DK as development): one issue in two word forms or two names, and
two infection control practices one audit wording joined. A word form ("assembly" / "assembled"), a
possessive inside a phrase ("planning for a patient's discharge"), a compound turned round ("discharge
planning" / "planning for discharge"), a mandatory course named by its own title, hands cleaned read as a
place cleaned. Statements are written here, not copied from an evaluation set; each test fails without the
change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import asked_aspects
from cqcplan.pipeline.terms import terms
from cqcplan.pipeline.text import stem


def test_an_adverb_or_noun_in_bly_meets_its_adjective_or_verb():
    """pipeline/text.py `_SUFFIXES`: "-bly" keeps its "l", so "assembly" meets "assembled" and "suitably"
    meets "suitable" (dropping "ly" left "assemb" and "suitab")."""
    assert stem("assembly") == stem("assembled") == stem("assemble")
    assert stem("suitably") == stem("suitable")
    assert tagged_together("The ward must ensure that sharps bins are assembled correctly and labelled.",
                           "Nurses should record the date and their signature on each sharps container at assembly.")
