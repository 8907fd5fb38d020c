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


def test_a_possessive_inside_a_phrase_stands_where_their_would():
    """pipeline/terms.py `_possessives`: "plan the child's discharge" and "plan residents' discharge" are
    the variant "plan their discharge", so the vocabulary need not list every owner."""
    assert "discharge_planning" in terms("Nurses should plan the child's discharge.")
    assert "discharge_planning" in terms("Ward teams must plan residents' discharge from the first day.")
    assert terms("The 'five moments' poster is displayed.").keys() >= {"hand_hygiene"}  # a closing quote is no owner


def test_a_compound_in_ing_also_matches_turned_round():
    """pipeline/terms.py `_TURNED`: "discharge planning" also matches "planning for (a patient's) discharge",
    "equipment servicing" "servicing of equipment"."""
    assert "discharge_planning" in terms("Planning for a patient's discharge should begin on admission.")
    assert "equipment_servicing" in terms("The home must keep records of the servicing of equipment.")
    assert tagged_together("The ward should make sure that discharge planning begins when a person is admitted.",
                           "Staff must start planning for each person's discharge on the day they are admitted.")
