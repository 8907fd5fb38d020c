"""Merge round sixty-five: mental health, learning disability, ambulance and adult social care wordings. Look-alikes
that share a setting or most of their words and ask about two things (a seclusion room's clock or its intercom,
relational or physical security, ambulance vehicles or stations, a fridge's temperatures or controlled drugs' stock,
a senior on call or the visits' timing, the board's oversight read as patients boarding); paraphrases joined by how
wards and services put them (CQC informed, a rating shown on a website, a reading that falls out of range watched,
a blanket restriction asked by its remedy, people who need help to move, patients called back, a setting's staff
given regular supervision). Statements are written here, not copied from an evaluation set; each test fails
without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.informing import told_apart
from cqcplan.pipeline.records_only import record_apart
from cqcplan.pipeline.terms import terms_many


def test_the_board_is_no_boarding():
    """vocab/synonyms.toml `flow outlier`: boarding is named in phrases, so the board shares no stem with it."""
    board, boarded = terms_many(["The board should review the quality report each month.",
                                 "Boarded patients should be reviewed by their own team each day."])
    assert "outlier" not in board and "outlier" in boarded


def test_two_fittings_of_a_seclusion_room_are_two_repairs():
    """vocab/issue_terms.toml "which fitting of a seclusion room", and a PICU says where (topic)."""
    assert not tagged_together("The trust should make sure the seclusion suite on the psychiatric intensive care unit "
                               "has a clock the patient can see.",
                               "The trust should make sure the seclusion suite on the psychiatric intensive care unit "
                               "has a working intercom.")


def test_kinds_of_security_in_a_secure_service():
    """vocab/synonyms.toml `relational_security`, `physical_security` and their family; a secure ward says where."""
    assert not tagged_together("Staff on the low secure wards should complete training in relational security.",
                               "The trust should bring the physical security of the low secure wards up to the "
                               "standard for their level.")


def test_ambulance_vehicles_are_not_stations():
    """vocab/issue_terms.toml "an ambulance vehicle or a station"; ambulances named at a station name both."""
    assert not tagged_together("The service must make sure its ambulance vehicles are tidy and cleaned to schedule.",
                               "The service must make sure its ambulance stations are tidy and cleaned to schedule.")
    assert tagged_together("Ambulances kept at the north station must be deep cleaned as often as the infection "
                           "control policy requires.",
                           "The service must make sure emergency vehicles are deep cleaned as often as its infection "
                           "control policy requires.")


def test_fridge_temperatures_are_not_controlled_drug_counts():
    """vocab/issue_terms.toml "a fridge's temperature or the controlled drugs' stock"."""
    assert not tagged_together("The home must make sure that the medicines fridge temperature is checked and signed "
                               "for every morning.",
                               "The home must make sure that controlled drugs are checked and signed for every "
                               "morning.")


def test_a_senior_on_call_is_not_the_visits_timing():
    """vocab/synonyms.toml `on_call` and the family "cover on call or the visits' timing"."""
    assert "on_call" in terms_many(["A manager is on call at weekends."])[0]
    assert not tagged_together("The agency should make sure its rotas name a manager on call whom care workers can "
                               "ring at night.",
                               "The agency should make sure its rotas leave travel time between visits so that care "
                               "workers are not late.")


def test_cqc_informed_is_a_notification():
    """vocab/synonyms.toml `notification`: CQC informed, in the passive, is notified."""
    assert "notific" in terms_many(["The manager must make sure CQC is informed when a person dies."])[0]


def test_a_rating_shown_on_a_website_is_displayed():
    """pipeline/informing.py `_SHOWN`: shown on a website is on display, as displayed is."""
    assert not told_apart(["The practice must make sure its latest rating is shown on its website.",
                           "The practice must make sure its latest rating is displayed in the waiting room."]).any()


def test_a_reading_out_of_range_is_watched():
    """pipeline/records_only.py: a reading recorded meets a statement asking what is done when readings fall outside
    their range (someone reads them), as it meets one asking the breach escalated."""
    assert not record_apart(["Nurses should record the clinic fridge's temperature at the start of each day.",
                             "The ward must keep its medicines fridge between 2 and 8 degrees and act when readings "
                             "fall outside that range."]).any()


def test_a_blanket_restriction_asked_by_its_remedy():
    """vocab/synonyms.toml and vocab/cues.toml: each restriction based on individual risk is the blanket restriction
    the Mental Health Act Code of Practice defines, asked the other way."""
    assert "blanket" in terms_many(["Make sure each restriction is based on individual risk."])[0]
    assert tagged_together("The trust should review the limits on garden access on the acute wards so that any "
                           "restriction is based on an individual assessment of risk.",
                           "The trust must review the blanket restrictions on the acute wards, including limited "
                           "garden access.")


def test_help_to_move_is_moving_and_handling():
    """vocab/synonyms.toml `moving_and_handling`."""
    assert "moving_and_handling" in terms_many(["People who need help to move have a plan."])[0]


def test_calling_patients_back_is_a_call_back():
    """vocab/synonyms.toml `welfare_call`."""
    assert "welfare_call" in terms_many(["Clinicians call patients back within the time their triage sets."])[0]


def test_a_settings_staff_given_regular_supervision_elaborated():
    """pipeline/similarity.py `_elaborates` leaves who acts and where aside, as `same_duty` does."""
    assert tagged_together("The trust must ensure that staff in the child and adolescent mental health service "
                           "receive regular supervision.",
                           "The trust should ensure that staff have supervision as often as its policy sets out.")


def test_a_complaint_made_in_confidence_is_not_complaints_analysed():
    """vocab/issue_terms.toml "a complaint made in confidence or complaints analysed"."""
    assert not tagged_together("The clinic should make sure that its healthcare complaints system is confidential.",
                               "The clinic should make sure that its healthcare complaints are analysed for trends.")
