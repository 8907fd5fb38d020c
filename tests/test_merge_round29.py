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
    # an adjective is not turned: "electrical testing" does not take "testing of electrical" from the equipment
    assert "test" in terms("The home should arrange the testing of electrical equipment.")
    assert tagged_together("The ward should make sure that discharge planning begins when a person is admitted.",
                           "Staff must start planning for each person's discharge on the day they are admitted.")


def test_information_governance_training_is_a_mandatory_course():
    """vocab/issue_terms.toml `which training`: information governance is a course of the mandatory programme,
    so a shortfall in it and one in the programme are one action (tests/eval/LABELLING.md rule 4)."""
    assert tagged_together("The trust must ensure that midwives complete their mandatory training, including "
                           "basic life support.",
                           "The trust should ensure that staff on the surgical wards are up to date with "
                           "information governance training.")


def test_hands_cleaned_are_hand_hygiene_not_a_place_cleaned():
    """vocab/aspects.toml `ignore`: staff cleaning their hands ask for hand hygiene, not for the cleaning
    aspect a ward or a commode cleaned names, so it does not clash with a hand hygiene wording that says
    how (washing, gel)."""
    asked = asked_aspects(["Staff must clean their hands between patients.", "The sluice must be cleaned daily."])
    assert "cleaning" not in asked[0] and "cleaning" in asked[1]
    assert tagged_together("The ward should ensure that staff clean their hands before and after touching a "
                           "patient.",
                           "The trust must ensure that hand hygiene is practised by all staff, washing or gelling "
                           "their hands after contact with patients.")


def test_hand_hygiene_cleaning_and_protective_equipment_are_three_practices():
    """vocab/issue_terms.toml `infection control practice`: hand hygiene audits and cleaning audits, worded
    alike, are two audits with two fixes; a statement naming both practices still shares each."""
    assert not tagged_together("The ward should carry out hand hygiene audits every month and share the results.",
                               "The ward should carry out cleaning audits every month and share the results.")
    assert not tagged_together("The ward must audit the use of personal protective equipment every month.",
                               "The ward must audit hand hygiene every month.")


def test_sepsis_screening_is_a_screening_too():
    """vocab/synonyms.toml `sepsis screen`: the sepsis screening tool names the screening as well as sepsis, so
    it meets patients "screened for sepsis" on both words; other sepsis names stay sepsis alone."""
    assert {"sepsis", "screen"} <= terms("Nurses should use the sepsis screening tool.").keys()
    assert "screen" not in terms("Staff must follow the sepsis six bundle.")
    assert tagged_together("Patients with suspected sepsis must be screened and given antibiotics within an hour, "
                           "as national guidance says.",
                           "The ward should improve the timeliness of sepsis screening and of antibiotics for "
                           "patients with red flag sepsis.")


def test_timeliness_is_the_timeliness_aspect():
    """vocab/aspects.toml `timeliness`: the noun names the aspect, as "timely" does."""
    assert "timeliness" in asked_aspects(["The service should improve the timeliness of discharge letters."])[0]
