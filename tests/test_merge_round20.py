"""Merge round twenty (issue 12): look-alikes a fresh author's pairs merged, each a different detail
needing a different fix that the vocabulary or a reading of the statement's object and duty can
state. Statements are written here, not copied from an evaluation set; each test fails without the
change it names.
"""

from merge_findings import tagged_together

from cqcplan.models import Finding
from cqcplan.pipeline.asks import without_record_of_act
from cqcplan.pipeline.aspects import asked_aspects, aspects
from cqcplan.pipeline.merge import sure_themes
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms_many


def _themes(text: str) -> list[str]:
    found = Finding(id="a", kind="must", text=text, file="a.pdf", page=2, section="Areas for improvement")
    return sure_themes(tag([found], [])[0])


def test_a_health_visitor_is_a_staff_group_not_a_visitor():
    """vocab/synonyms.toml `health_visitor` (staff group, vocab/issue_terms.toml): "health visitors"
    no longer reads as relatives' visiting, which two unrelated asks then shared as their issue word."""
    assert "relative_visiting" not in terms_many(["Health visitors should have manageable caseloads."])[0]
    assert "health_visitor" in terms_many(["The health visiting team should review its caseloads."])[0]


def test_safeguarding_supervision_is_not_a_safeguarding_referral():
    """vocab/issue_terms.toml "what is done about safeguarding": supervision, training and referral
    are three fixes; one of them in two wordings stays one action."""
    supervision = ("The service should ensure school nurses receive regular safeguarding supervision to discuss the "
                   "children they have concerns about.")
    assert not tagged_together(supervision, "The service should ensure staff make safeguarding referrals to the "
                                            "local authority when concerns are identified.")
    assert tagged_together(supervision, "The service must make sure that all school nurses have regular "
                                        "safeguarding supervision.")


def test_people_who_lack_capacity_to_consent_name_the_capacity_not_a_consent():
    """vocab/synonyms.toml `mca`: "who lack capacity to consent" names the Act's capacity; its
    "consent" is no consent form asked for."""
    assessed = ("The trust must ensure that staff complete mental capacity assessments for patients who may lack "
                "capacity to consent to an endoscopy. (Regulation 11)")
    assert not tagged_together(assessed, "The trust must ensure that consent forms for endoscopy are completed, "
                                         "including the risks explained to the patient. (Regulation 11)")
    assert "consent" not in terms_many(["patients who lack capacity to consent to treatment"])[0]


def test_hands_cleaned_are_hand_hygiene_not_a_cleaning_schedule():
    """vocab/synonyms.toml `hand_hygiene`: staff cleaning their hands is hand hygiene."""
    hands = "The service must ensure that staff clean their hands before and after each patient contact."
    assert "hand_hygiene" in terms_many([hands])[0]
    assert not tagged_together(hands, "The service must ensure that cleaning schedules for the day room are "
                                      "followed and that infection control audits check the toilets.")


def test_a_theme_named_only_by_a_listed_example_does_not_tie():
    """pipeline/merge.py `sure_themes`: a further theme read from what the statement lists ("including
    DBS and references") says what the object covers, not what it asks: fit and proper person checks of
    directors are Leadership, not Staffing, so they no longer merge with staff recruitment checks."""
    directors = ("The trust must ensure that fit and proper person checks, including references and DBS checks, "
                 "are held for every board member. (Regulation 5)")
    assert _themes(directors) == ["Leadership"]
    assert not tagged_together(directors, "The trust must ensure that references and DBS checks are obtained for "
                                          "all staff before they start work.")


def test_staff_vaccinations_are_staff_immunisation():
    """vocab/cues.toml: staff vaccinations are the staff immunisation cue (infection control), not
    medicines; so the theme does not rest on an example the statement lists ("such as hepatitis B")."""
    vaccinations = ("Ensure a record of staff vaccinations, such as hepatitis B and measles, is kept for all "
                    "clinical staff.")
    assert _themes(vaccinations)[0] == "Cleanliness, infection control and hygiene"
    assert tagged_together(vaccinations, "The practice must ensure that the immunisation status of all clinical "
                                         "staff is recorded.")


def test_a_record_of_the_act_is_how_it_is_done_not_a_check():
    """pipeline/asks.py `without_record_of_act`, vocab/aspects.toml "recorded act": an ask that only says
    another ask's act is recorded ("... and that cleaning is recorded") is read as the record of that
    act, which agrees with another record but not, by kin, with a check: equipment cleaned and the
    cleaning recorded is not equipment serviced and inspected."""
    cleaned = "The home should ensure that mattresses are cleaned between residents and that cleaning is recorded."
    assert without_record_of_act(cleaned) == "The home should ensure that mattresses are cleaned between residents."
    assert asked_aspects([cleaned])[0] == {"cleaning", "recorded act"}
    assert not tagged_together(cleaned, "The home should ensure that mattresses are checked and inspected within the "
                                        "required timescales.")
    assert tagged_together(cleaned, "The home must make sure mattresses are cleaned after every use and that this is "
                                    "documented.")
    kept = "The trust must ensure fridge temperatures are checked and that temperatures are recorded."
    assert without_record_of_act(kept) == kept  # the temperatures are a record of their own, not the check's


def test_a_register_reconciled_is_not_stock_destroyed():
    """vocab/issue_terms.toml "what is done with medicines stock": the controlled drugs register
    reconciled with the stock is the stock counted, not out-of-date stock destroyed and witnessed."""
    reconciled = ("The clinic must ensure that the controlled drugs register is reconciled with the stock at each "
                  "shift change.")
    assert not tagged_together(reconciled, "The clinic should ensure that the destruction of controlled drugs is "
                                           "witnessed and recorded.")
    assert tagged_together(reconciled, "The clinic must ensure that controlled drugs stock is reconciled against the "
                                       "register daily.")


def test_pain_assessed_is_not_pain_relieved():
    """vocab/synonyms.toml `pain_assessment` and `analgesia`, vocab/issue_terms.toml "what is done about
    pain": a pain score recorded and analgesia given in time are two fixes of one issue; both still
    share "pain" with a statement about pain in general."""
    scores = "The service should ensure that pain scores are recorded for children in the urgent treatment centre."
    assert not tagged_together(scores, "The service should ensure that children in the urgent treatment centre "
                                       "who are in pain are given analgesia within 30 minutes of arrival.")
    assert tagged_together(scores, "Staff must assess and record children's pain using an age-appropriate pain "
                                   "scoring tool in the urgent treatment centre.")


def test_a_performance_review_is_an_appraisal_not_a_review_asked():
    """vocab/aspects.toml `ignore`: a personal development review is the appraisal by another name
    (vocab/synonyms.toml `appraisal`); its "review" names no checking aspect against a statement
    asking for appraisals."""
    review = "The stroke unit should make sure every nurse has an up-to-date personal development review."
    assert "checking" not in aspects(review)
    assert "checking" in aspects("The stroke unit should review its falls policy.")
    assert tagged_together(review, "The trust must ensure that all nurses on the stroke unit receive an annual "
                                   "appraisal.")


def test_not_beginning_work_until_a_check_is_back_is_before_starting():
    """vocab/synonyms.toml `pre_employment`: "not ... begin work until" the check is back is the check
    made before starting, as "start work until" already was."""
    assert "pre_employment" in terms_many(["new staff do not begin work until their references are back"])[0]
    assert tagged_together("The home must ensure that a DBS check is obtained before new care staff start work. "
                           "(Regulation 19)",
                           "The manager should not let new support workers begin work until their DBS certificate "
                           "has arrived.")
