"""Prompts round forty-one (from outside readers' verdicts, judge57): the kind of check follows the duty's object
and theme. Crews' handover delays at hospitals are timed as handovers, not delayed discharges, though commissioners are
named beside them; a premises made dementia friendly is works against the guidance, not equipment servicing; physical
health needs monitored for patients on a medicine are that monitoring, not how medicines are stored; a thing "recorded
accurately and reviewed by" a team is a record to audit and a review; directors' oversight of something is what their
meetings read, not an audit programme. Statements here are written for the tests, not taken from any judged set."""

from prompt_lines import prompt_lines as _lines


def test_handover_delays_beside_commissioners_are_timed_as_handovers_not_delayed_discharges():
    lines = _lines("The service should work with commissioners and the acute trusts to reduce ambulance handover delays at "
                   "emergency departments.")
    text = " ".join(lines.values())
    assert "placement" not in text and "Delayed discharge data" not in lines["e"]
    assert "handover times" in lines["c"].lower() and "Handover times by hospital" in lines["e"]
    # a delayed discharge worked on with the local authority keeps its own lines
    assert "Delayed discharge data" in _lines("The trust should reduce the number of delayed discharges, "
                                              "working with commissioners.")["e"]


def test_a_premises_made_dementia_friendly_is_works_against_the_guidance_not_servicing():
    lines = _lines("The registered manager should refer to current guidance on dementia-friendly environments and make "
                   "improvements to the premises.", report_types=["asc-inspection-report"])
    assert "servicing" not in lines["b"] + lines["e"] and "resuscitation trolley" not in lines["e"]
    assert "dementia guidance" in lines["a"] and "works orders" in lines["e"]


def test_physical_health_needs_monitored_on_a_medicine_are_that_monitoring_not_medicines_storage():
    lines = _lines("The trust must ensure that the physical health needs of patients prescribed high dose antipsychotics are "
                   "assessed and monitored.")
    assert "fridge" not in lines["a"] + lines["c"] + lines["e"]
    assert "physical health monitoring due" in lines["c"]


def test_a_record_kept_accurately_and_reviewed_by_a_team_is_audited_as_a_record_too():
    lines = _lines("The trust must ensure that episodes of seclusion are recorded accurately and reviewed by the "
                   "multidisciplinary team.")
    assert "what a complete record must contain" in lines["a"] and "which meeting or manager reviews it" in lines["a"]
    assert "Audit 10 records" in lines["c"] and "minutes or review notes" in lines["c"]


def test_directors_oversight_is_what_their_meetings_read_not_an_audit_programme():
    lines = _lines("The trust should ensure that its non-executive directors have sufficient oversight of the learning from deaths.")
    assert "audit schedule" not in lines["e"] and "each audit asked" not in lines["c"]
    assert "minutes or review notes" in lines["c"]
