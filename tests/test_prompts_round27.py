"""Prompts round twenty-seven (from two fresh outside readers' verdicts, issue 12): the setting is read from the
report's words as printed (a typographic apostrophe is the vocabulary's "people's") ...
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.compose import place_for
from cqcplan.pipeline.scaffold import scaffold_for


def test_a_typographic_apostrophe_is_the_cue_it_spells():
    wording = "We recommend the provider reviews how oral health needs are assessed."
    report = ("Elmcroft Lodge\nThe provider had not ensured people’s risks were assessed.\n"
              "Staff did not always follow people’s care plans.\n" + wording)
    assert place_for(wording, [], ["saf-assessment"], report).setting == "care_home"
    scaffold, _ = scaffold_for(wording, report_types=["saf-assessment"], report=report)
    assert "dentist" not in scaffold.change + scaffold.communicate + scaffold.audit
    assert place_for(wording, [], ["saf-assessment"], report.replace("people’s", "their")).setting == "dental"  # a guard
