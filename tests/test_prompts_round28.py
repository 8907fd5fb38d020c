"""Prompts round twenty-eight (from outside readers' verdicts, issue 12): a topic's lines name only people and records
the setting has (a care home has no estates department or medical engineering, a dental practice no DoLS applications or
DNACPR forms); people named by what they are doing ("patients waiting to be seen") say which people a result is for, not
where it is found. Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.scaffold import scaffold_for


def _lines(wording, **kw):
    scaffold, evidence = scaffold_for(wording, **kw)
    return scaffold.change + scaffold.communicate + scaffold.audit + evidence


def test_premises_are_put_right_with_the_settings_own_managers():
    wording = "The provider must ensure that the premises and furniture are safe and well maintained."
    care_home = _lines(wording, report_types=["asc-"])
    assert "medical engineering" not in care_home and "estates" not in care_home
    assert "registered manager" in scaffold_for(wording, report_types=["asc-"])[0].change
    assert "medical engineering" not in _lines(wording, report_types=["dental-"])
    assert "maintain the building" in scaffold_for(wording)[0].change  # a guard: every setting has someone who maintains it


def test_consent_at_a_dental_practice_names_no_dols_or_dnacpr_paperwork():
    for wording in ("The provider should ensure that staff understand their responsibilities under the Mental Capacity Act 2005.",
                    "The provider should review how patients' consent to treatment is sought and recorded."):
        dental = _lines(wording, report_types=["dental-"])
        assert "DoLS" not in dental and "DNACPR" not in dental
    care_home = _lines("The provider should ensure that staff understand their responsibilities under the Mental Capacity Act "
                       "2005.", report_types=["asc-"])
    assert "DoLS" in care_home  # a guard: where people may be deprived of their liberty, the DoLS paperwork is checked
    gillick = scaffold_for("The provider should ensure staff assess Gillick competence when treating children under 16.",
                           report_types=["dental-"])[0]
    assert "DoLS" not in gillick.change  # a guard: the under-16s' own lines are not lost to a tie with the dental ones


def test_people_named_by_what_they_are_doing_do_not_make_their_result_a_waiting_list_figure():
    for wording in ("The trust should ensure that the assessment unit is staffed so that patients waiting for a bed are "
                    "monitored and kept comfortable.",
                    "The trust should ensure that the department is staffed so that patients waiting in the corridor are observed."):
        scaffold, _ = scaffold_for(wording)
        assert "waiting list" not in scaffold.audit and "check too, from the records of" in scaffold.audit
    guard, _ = scaffold_for("The trust should ensure that the clinic is staffed so that patients do not wait more than 30 "
                            "minutes for their appointment.")
    assert "check too, from the waiting list data" in guard.audit  # a guard: a result that is the wait is the waits' figures
