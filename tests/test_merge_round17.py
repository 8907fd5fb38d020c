"""Merge round seventeen (issue 12): look-alikes a fresh author's pairs merged, and paraphrases they
split, each for a reason a word list or a wording rule can carry. Statements are written here, not
copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import filed, tagged_together, together

from cqcplan.models import Finding
from cqcplan.pipeline.merge import sure_themes
from cqcplan.pipeline.renewals import renewal_apart
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms

PREMISES = "Environment and equipment"
SAFEGUARDING = "Safeguarding"
RISK = "Management of risk, issues and performance"
STAFFING = "Staffing and recruitment"


def test_scalding_and_legionella_are_two_water_hazards():
    """vocab/synonyms.toml `scald` and the "water hazard" family: a valve fitted against scalds is not
    the legionella regime, though both talk of water outlets and temperatures."""
    scald = filed("The home must ensure that hot water outlets in bathrooms have thermostatic mixing valves and that "
                  "water temperatures are tested so people are not scalded.", "a", PREMISES)
    legionella = filed("The home must ensure that water outlets are flushed and water temperatures are tested as its "
                       "legionella risk assessment requires.", "b", PREMISES)
    scald_again = filed("The provider should check hot water temperatures at every outlet used by residents to "
                        "protect them from scalding.", "c", PREMISES)
    assert not together(scald, legionella)
    assert together(scald, scald_again)


def test_the_board_assurance_framework_is_not_a_services_risk_register():
    local = filed("The trust must ensure that each division's risk register records its current risks, their owners "
                  "and review dates.", "a", RISK)
    board = filed("The trust should strengthen its board assurance framework so that each strategic risk shows "
                  "its controls and the assurance the board receives.", "b", RISK)
    assert not together(local, board)


def test_a_safeguarding_referral_is_not_a_notification_to_cqc():
    """The "who is told: the local authority or CQC" family; telling the local authority, however worded, stays one duty."""
    referral = filed("The home must ensure that every allegation of abuse is reported to the local authority without "
                     "delay.", "a", SAFEGUARDING)
    notice = filed("The home must ensure that CQC is notified without delay of every allegation of abuse.", "b",
                   SAFEGUARDING)
    told = filed("Staff should notify the local authority promptly whenever abuse is suspected.", "c", SAFEGUARDING)
    assert not together(referral, notice)
    assert together(referral, told)


def test_taking_up_a_post_is_the_first_check():
    """pipeline/renewals.py reads "before they take up the post" as the check made first."""
    first = "Ensure DBS checks are obtained for volunteers before they take up the post."
    assert renewal_apart([first, "Ensure DBS checks for volunteers are renewed every three years."])[0, 1]
    assert not renewal_apart([first, "Ensure DBS checks are kept on each volunteer's file."])[0, 1]


def test_rapid_tranquillisation_worded_as_what_is_given_keeps_its_theme():
    """vocab/cues.toml: "medication for acute behavioural disturbance" is rapid tranquillisation (patient
    risk), not Medicines, so the tag stage does not file the two wordings apart."""
    assert tagged_together(
        "The trust must ensure that physical health monitoring is recorded after every rapid tranquillisation.",
        "The ward should make sure physical health checks are recorded each time a patient receives IM medication "
        "for acute behavioural disturbance.")


def test_beds_outside_the_area_are_out_of_area_placements():
    """vocab/synonyms.toml `flow`: "placed in beds outside the area" is an out-of-area placement, not outdoor space."""
    assert tagged_together(
        "The trust must reduce how often adults are placed in acute beds outside the area.",
        "The trust should reduce out-of-area placements for adults who need an acute bed.")


MEDICINES = "Medicines"


def test_counting_stock_is_not_disposing_of_it():
    """The "what is done with medicines stock" family reads "daily checks" of stock as a count."""
    count = filed("The ward must ensure that daily checks of controlled drugs stock are completed and signed in the "
                  "controlled drugs register.", "a", MEDICINES)
    dispose = filed("The ward must ensure that controlled drugs no longer needed are destroyed and the destruction "
                    "is signed in the controlled drugs register.", "b", MEDICINES)
    assert not together(count, dispose)


def test_high_risk_medicine_monitoring_is_not_a_medication_review():
    """The "repeat prescribing safeguard" family: blood tests before a high-risk medicine is issued again
    against the review every patient on repeat medicines is due; two reviews stay one."""
    bloods = filed("The practice must ensure that patients taking warfarin or DMARDs have up-to-date blood results "
                   "checked before repeat prescriptions are signed.", "a", MEDICINES)
    review = filed("The practice must ensure that patients on repeat prescriptions have a structured medication "
                   "review checked and signed when it is due.", "b", MEDICINES)
    review_again = filed("The practice should make sure structured medication reviews are completed for patients on "
                         "repeat prescriptions when due.", "c", MEDICINES)
    assert not together(bloods, review)
    assert together(review, review_again)


def test_allergies_and_weight_on_the_chart_are_two_prompts():
    """The "what a prescription chart must show" family."""
    allergy = filed("The hospital must ensure that each patient's allergies are recorded on their drug chart.", "a",
                    MEDICINES)
    weight = filed("The hospital must ensure that each patient's weight is recorded on their drug chart before "
                   "weight-based doses are prescribed.", "b", MEDICINES)
    assert not together(allergy, weight)


def test_privacy_and_dignity_meets_a_statement_about_dignity():
    """vocab/synonyms.toml: "privacy and dignity" names both words, not privacy alone."""
    both = filed("The hospital must ensure that the privacy and dignity of patients cared for on trolleys in the "
                 "assessment unit corridor are maintained.", "a", "Compassionate care")
    dignity = filed("Staff should protect the dignity of patients on trolleys in the assessment unit corridor, for "
                    "instance with portable screens.", "b", "Compassionate care")
    assert together(both, dignity)


def test_medicines_and_safety_alerts_are_safety_alerts():
    """vocab/cues.toml and vocab/synonyms.toml: a practice's "medicines and safety alerts" system is about
    the alerts (patient risk, surely), not a tie with Medicines that files it apart from "patient safety
    alerts"; and its words are the alerts, not medicines."""
    text = "The practice should improve its system for medicines and safety alerts so that every alert is actioned."
    found = tag([Finding(id="a", kind="should", text=text, file="a.pdf", page=2, section="Areas for improvement")], [])[0]
    assert sure_themes(found) == ["Assessing and responding to patient risk"]
    assert "safety_alert" in terms(text) and "medicin" not in terms(text)


def test_a_consultant_present_is_consultant_cover():
    """vocab/cues.toml: "a consultant is present ... 16 hours a day" is medical staffing, surely, so it is not
    a guess filed apart from "consultant cover" and it meets it in a batch."""
    text = "The trust must ensure that a consultant is present on the acute medical unit for 12 hours a day."
    found = tag([Finding(id="a", kind="must", text=text, file="a.pdf", page=2, section="Areas for improvement")], [])[0]
    assert sure_themes(found) == ["Staffing"]
    assert tagged_together(text, "Ensure consultant cover on the acute medical unit reaches 12 hours a day, seven days "
                                 "a week.")
