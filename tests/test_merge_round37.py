"""Merge round thirty-seven (the older fresh pair sets and the outside set EP as development): look-alikes
that share an object and ask another thing of it, kept apart by exclusive families of what each asks, and
one duty at two providers whose names end in no kind word. Statements are written here, not copied from an
evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.named_providers import named_provider
from cqcplan.pipeline.terms import terms_many


def test_a_provider_named_by_the_whole_lead_is_a_provider():
    """pipeline/named_providers.py `_whole_name`: a lead that is only capitalised words names the provider
    though its last word is no kind word (Trust, Ltd, Practice ...); a run of role words names no one."""
    assert named_provider("Larchwood Orthodontics must ensure that x-ray audits are done.") == "larchwood orthodontics"
    assert named_provider("The Registered Manager must ensure audits are done.") is None
    assert named_provider("Ward Managers should ensure audits are done.") is None
    assert not tagged_together("Larchwood Orthodontics must ensure that a sharps risk assessment is completed.",
                               "Beacon Hill Dental Studio must ensure that a sharps risk assessment is completed.")


def test_an_order_kept_in_date_is_not_the_rights_under_it():
    """vocab/issue_terms.toml "an order kept in date or the rights under it": a community treatment order
    renewed before it expires is not the patient's rights read to them; they shared the order."""
    assert not tagged_together("The trust must ensure that community treatment orders are extended before they "
                               "expire and the AMHP's agreement is recorded.",
                               "The trust must ensure that patients on a community treatment order have their rights "
                               "under section 132 explained and recorded.")


def test_equipment_checked_is_not_the_competence_of_staff_who_use_it():
    """vocab/issue_terms.toml "the equipment checked or the staff competent to use it", and LOLER's "competent
    person" read as the equipment's servicing (vocab/synonyms.toml `equipment_servicing`)."""
    assert not tagged_together("The service must ensure that checks of infusion pumps are carried out and recorded "
                               "daily as its policy sets.",
                               "The service should ensure that every nurse who sets up an infusion pump has their "
                               "competence assessed and signed off.")
    examined, = terms_many(["Hoists are thoroughly examined by a competent person."])
    assert "equipment_servicing" in examined and "competenc" not in examined


def test_observations_taken_are_not_their_escalation():
    """vocab/issue_terms.toml "observations taken or escalated": vital signs recorded at the frequency the
    score sets and a triggering score escalated to a doctor are two steps, each its own audit."""
    assert not tagged_together("The trust must ensure that staff record a full set of observations as often as "
                               "the patient's early warning score sets.",
                               "The trust must ensure that patients whose early warning score triggers escalation "
                               "are reviewed by a doctor in time.")


def test_calls_answered_are_not_category_response_times():
    """vocab/issue_terms.toml "a call answered or responded to": an operations centre's call answer time is
    not the response time to a category of call."""
    assert not tagged_together("The trust must ensure that emergency calls are answered within the national "
                               "standard.",
                               "The trust must ensure that category 1 response times meet the national standard.")


def test_conversations_overheard_are_not_records_kept_secure():
    """vocab/issue_terms.toml "what is kept confidential": where conversations about patients are held and
    how records are stored are two fixes."""
    assert not tagged_together("The service should ensure that conversations about patients at the nurses' "
                               "station cannot be overheard by visitors, to protect confidentiality.",
                               "The service must keep notes trolleys locked so that confidential patient records "
                               "are secure from visitors on the wards.")


def test_a_hoist_serviced_is_not_a_persons_own_sling():
    """vocab/synonyms.toml `sling_assessment` and vocab/issue_terms.toml "the hoist serviced or the person's own
    sling": a sling assessed for one person and not shared is another fix than the hoist's servicing."""
    assert "sling_assessment" in terms_many(["Each person has their own assessed sling."])[0]
    assert not tagged_together("The provider must ensure that hoists are serviced every six months as LOLER "
                               "requires.",
                               "The provider must ensure that each person who needs hoisting has their own assessed "
                               "sling, and that slings are not shared.")


def test_a_referral_tracked_is_not_a_referral_explained():
    """vocab/issue_terms.toml "a referral tracked or explained": the practice's system that follows a referral
    to the hospital is not the patient told why they are referred."""
    assert not tagged_together("The practice must ensure that it has a system to check that urgent cancer referrals "
                               "are sent and received by the hospital.",
                               "The practice should ensure that patients referred urgently for suspected cancer are "
                               "given written information explaining why.")


def test_a_room_made_safe_is_not_the_time_held_in_it():
    """vocab/issue_terms.toml "a room made safe or the time held in it": ligature points removed from a place
    of safety is the estates team's fix, people held there over 24 hours the flow's."""
    assert not tagged_together("The trust should ensure that people are not held in the section 136 suite for more "
                               "than 24 hours.",
                               "The trust must ensure that the section 136 suite is free of ligature points and has a "
                               "clear viewing panel.")


def test_a_visit_logged_is_not_the_log_reviewed():
    """vocab/synonyms.toml `call_monitoring` and `call_log`, and vocab/issue_terms.toml "a visit logged or the
    log reviewed": care workers logging in and out of each visit is not the office reviewing the data."""
    logged, = terms_many(["Care workers log in and out using the electronic call monitoring system."])
    assert {"call_log", "call_monitoring"} <= logged.keys()
    assert not tagged_together("The provider must ensure that data from its electronic call monitoring system is "
                               "reviewed.",
                               "The provider should ensure that care workers log in and out of every visit with the "
                               "electronic call monitoring system.")


def test_a_medicine_prescribed_ahead_is_not_its_stock_accounted_for():
    """vocab/issue_terms.toml "a medicine prescribed ahead or its stock accounted for": anticipatory medicines
    written up before they are needed, and those left in a home returned for disposal, are two fixes."""
    assert not tagged_together("The service should ensure that people in their last days of life have anticipatory "
                               "medicines prescribed in advance.",
                               "The service must ensure that anticipatory medicines left in people's homes are "
                               "accounted for and returned for disposal after death.")


def test_a_strategy_known_is_not_a_strategy_written():
    """vocab/issue_terms.toml "a strategy known or written": staff aware of the strategy is not the strategy
    written with measurable objectives."""
    assert not tagged_together("The trust should ensure that staff in the surgical division are aware of the "
                               "trust's vision and strategy for surgery.",
                               "The trust should ensure that there is a written strategy for surgery with measurable "
                               "objectives.")
