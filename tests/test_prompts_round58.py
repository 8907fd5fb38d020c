"""Prompts for an outside reader's misfits (j73), each by a rule for a class of statement, tried on two wordings
(prompts58)."""
from prompt_lines import lowered_lines

CARE_HOME = dict(report_types=["care-home-inspection-report"])


def test_an_ask_done_at_meetings_is_checked_in_their_notes():
    """"gives staff regular opportunities to meet as a whole team", "shares the outcome of complaints ... at the
    tenants' meetings": the meetings held and their notes show it, never 10 people's records observed."""
    for wording in ("We recommend the provider gives staff regular opportunities to meet as a whole team and contribute "
                    "to the practice’s plans for improvement.",
                    "We recommend the provider shares the outcome of complaints and the learning from them with people "
                    "and their relatives at the tenants’ meetings."):
        _, _, check, evidence = lowered_lines(wording, **CARE_HOME)
        assert "meeting schedule, attendance and notes" in check, check
        assert "records" not in check and "observe practice" not in check, check
        assert "notes of each meeting" in evidence, evidence


def test_a_role_to_fill_is_an_appointment():
    """"the radiation protection supervisor role is filled": one holder appointed, never "audit 10 records of the role"."""
    for wording in ("The trust must ensure that the radiation protection supervisor role is filled and that staff know who "
                    "holds it.",
                    "The trust should ensure the vacant infection prevention and control lead post is filled."):
        _, _, check, evidence = lowered_lines(wording)
        assert "confirm once it is done" in check, check
        assert "records of" not in check and "observe practice" not in check, check
        assert "appointment letter" in evidence, evidence


def test_cancellations_are_counted_not_the_waiting_list():
    """"reduce the number of cancelled appointments": each cancellation counted with its reason, not how many wait."""
    for wording in ("The trust should consider how it can reduce the number of cancelled appointments in the Holt Road "
                    "team.",
                    "The trust should reduce the number of outpatient clinics cancelled at short notice."):
        _, _, check, evidence = lowered_lines(wording)
        assert "count of cancellations" in check and "count of cancellations" in evidence, check
        assert "waiting list" not in check and "how many wait" not in evidence, check


def test_equipment_made_more_available_is_held_and_lent_not_stock_in_date():
    """"improve the availability of bariatric equipment and vehicles": how much is held and how each request is met,
    never a stock and expiry-date check."""
    for wording in ("The trust should consider how it can improve the availability of bariatric equipment and vehicles "
                    "across all operational areas.",
                    "The provider should improve the availability of pressure-relieving equipment on the wards."):
        change, _, check, evidence = lowered_lines(wording)
        assert "how many are held" in change, change
        assert "request" in check and "request log" in evidence, check
        assert "expiry" not in check + evidence, evidence


def test_privacy_given_is_observed_not_audited_in_records():
    """"patients ... are given privacy when discussing personal information at the reception desk": seen where it
    happens, never in 10 patients' records."""
    for wording in ("Ensure that patients attending the phlebotomy clinic are given privacy when discussing personal "
                    "information at the reception desk.",
                    "The practice should ensure patients have privacy when speaking to staff at the reception desk."):
        _, _, check, evidence = lowered_lines(wording)
        assert "observe practice on 10 occasions" in check, check
        assert "records of" not in check and "patients' records" not in evidence, evidence


def test_a_place_to_be_staffed_is_rota_cover_not_a_walk_round():
    """"the discharge lounge can be staffed so that it can remain open until 8pm": cover on the rota, planned against
    actual, never a walk-round checklist with photos."""
    for wording in ("Consider how the discharge lounge can be staffed so that it can remain open until 8pm as planned.",
                    "The trust should ensure the day surgery unit can be staffed at weekends."):
        _, _, check, evidence = lowered_lines(wording)
        assert "planned and actual rotas" in check and "rotas, planned against actual" in evidence, check
        assert "walk round" not in check and "photos" not in evidence, evidence
