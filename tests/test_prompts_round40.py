"""Prompts round forty (from outside readers' verdicts, judge56): the kind of check follows the duty's verb, object
and theme. A fridge monitored to a temperature range is read each day on its signed record, not an audit programme.
Statements here are written for the tests, not taken from any judged set."""

from prompt_lines import prompt_lines as _lines


def test_a_fridge_monitored_to_a_range_is_a_daily_check_not_an_audit_programme():
    lines = _lines("The provider must ensure that medicines freezers on the wards are monitored so that stock is kept "
                   "between -25°C and -15°C.")
    assert "each audit" not in lines["c"] and "check records" in lines["c"]
    assert "audit schedule" not in lines["e"] and "signed check records" in lines["e"]
