"""Merge round fifty-four (the outside set IN: acute core services, GP, dental, independent hospitals, homecare and
supported living): two front-door survey measures, medicines kept or destroyed, a clinic running late against the
list's wait, where people wait against how long, care suited to an age against an age limit; and the vocabulary a
consultant reads one issue by (Schedule 3's checks, the warning score's deterioration, privacy overheard, premises
kept in repair, MHRA alerts and a risk register filed under either of two themes). Statements are written here, not
copied from an evaluation set; each test fails without the change its docstring names.
"""

from merge_findings import filed, together

from cqcplan.pipeline.similarity import distinct_specifics
from cqcplan.pipeline.terms import terms_many
from cqcplan.pipeline.theme_neighbours import neighbours


def _apart(a: str, b: str) -> bool:
    first, second = terms_many([a, b])
    return bool(distinct_specifics(first, second))


def test_getting_through_by_phone_is_not_the_reception_desk():
    """vocab/issue_terms.toml "the telephone line or the reception desk"."""
    phone = "The practice should act on the low GP patient survey score for getting through to the practice by phone."
    desk = "The practice should act on the low GP patient survey score for how helpful the receptionists are."
    assert _apart(phone, desk)
    assert not together(filed(phone, "a", "Access and flow"), filed(desk, "b", "Access and flow"))
    both = "Reception staff should answer the telephone within six rings."
    assert not _apart(phone, both) and not _apart(desk, both)


def test_medicines_kept_are_not_medicines_destroyed():
    """vocab/issue_terms.toml "medicines stock kept or destroyed"."""
    kept = "The clinic must store its controlled drugs as the safe custody regulations require."
    destroyed = "The clinic must ensure out-of-date controlled drugs are denatured and destroyed with a witness."
    assert _apart(kept, destroyed)
    assert not together(filed(kept, "a", "Medicines"), filed(destroyed, "b", "Medicines"))


def test_a_clinic_running_late_is_not_the_wait_for_an_appointment():
    """vocab/synonyms.toml "clinic_delay" and its place in issue_terms.toml "where people wait"."""
    late = "Outpatient managers should find out why patients wait in clinic past their appointment times."
    listed = "The trust should shorten the wait for a first appointment in the dermatology clinic."
    assert "clinic_delay" in terms_many([late])[0]
    assert _apart(late, listed)
    assert not together(filed(late, "a", "Access and flow"), filed(listed, "b", "Access and flow"))


def test_where_people_wait_is_not_how_long():
    """vocab/synonyms.toml "waiting_area": waiting in a room (made safe) is where, not the waiting time."""
    room = "People in mental health crisis should wait in a room with no ligature points while they are assessed."
    bed = "The trust should reduce the time people in mental health crisis wait for an inpatient bed."
    assert "waiting_area" in terms_many([room])[0]
    assert _apart(room, bed)


def test_care_suited_to_an_age_names_no_age():
    """vocab/synonyms.toml "age_appropriate": "age-appropriate" is one thing, not the word "age" an age limit uses."""
    suited, limit = terms_many(["Teenagers should have an age-appropriate space to relax on the children's ward.",
                                "Planning for the move to adult services should start from the age of 14."])
    assert "age_appropriate" in suited and "age" not in suited
    assert not together(filed("Teenagers should have an age-appropriate space to relax on the children's ward.", "a",
                              "Meeting people's individual needs"),
                        filed("Planning for the move to adult services should start from the age of 14.", "b",
                              "Meeting people's individual needs"))


def test_schedule_3_names_each_recruitment_check():
    """vocab/synonyms.toml: the information Schedule 3 specifies is the checks themselves."""
    schedule = "The agency must hold the information specified in Schedule 3 for every support worker it employs."
    checks = "The manager must get references and a DBS check for every new support worker before their first shift."
    terms = terms_many([schedule])[0]
    assert {"dbs", "referenc", "employment_history", "pre_employment"} <= terms.keys()
    assert together(filed(schedule, "a", "Staffing"), filed(checks, "b", "Staffing"))


def test_a_warning_score_is_about_deterioration():
    """vocab/synonyms.toml: the early warning score is the deteriorating patient's tool (general first)."""
    score = "Nurses should work out the early warning score each time they take observations and escalate high scores."
    escalated = "The trust must ensure that deteriorating patients on the wards are recognised and escalated promptly."
    assert "deterior" in terms_many([score])[0]
    assert together(filed(score, "a", "Assessing and responding to patient risk"),
                    filed(escalated, "b", "Assessing and responding to patient risk"))


def test_being_overheard_is_privacy_and_properly_maintained_is_repair():
    """vocab/synonyms.toml "privacy" and "repair": how a consultant reads Regulations 10 and 15."""
    overheard, maintained = terms_many([
        "Staff should not talk about a patient's care in the bay where they could be overheard.",
        "The provider must ensure the premises used for the day unit are properly maintained.",
    ])
    assert "privacy" in overheard
    assert "repair" in maintained


def test_alerts_and_the_risk_register_are_filed_under_either_theme():
    """vocab/theme_neighbours.toml: Medicines and patient risk (a safety alert), Leadership and Management of risk
    (the risk register)."""
    assert neighbours("Medicines", "Assessing and responding to patient risk")
    assert neighbours("Leadership", "Management of risk, issues and performance")
    assert together(
        filed("The practice should make sure MHRA drug alerts reach a named GP and are acted on.", "a", "Medicines"),
        filed("The practice should review how it receives and responds to Medicines and Healthcare products "
              "Regulatory Agency alerts.", "b", "Assessing and responding to patient risk"))
    assert together(
        filed("Ward leaders should keep their risk register current, each risk with an owner and a review date.", "a",
              "Leadership"),
        filed("The division should make sure its risk register holds every current risk with its mitigation.", "b",
              "Management of risk, issues and performance"))
