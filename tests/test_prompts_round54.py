"""Prompts for an outside reader's misfits (j67), each by a rule for a class of statement, tried on two wordings
(prompts54)."""
from prompt_lines import lowered_lines

TRUST = dict(report_types=["trust-inspection-report"])


def test_a_not_inside_an_instruction_is_kept():
    """"consider extending the service to families of patients ... but were not known to the hospice": the "not" is the
    families', not a failing to turn; the lines keep it."""
    for wording, kept in (("The provider should consider extending the bereavement service to families of patients who "
                           "died in the community but were not known to the hospice.", "but were not known to the hospice"),
                          ("The provider should review the care of people who moved to the home but were not assessed "
                           "before admission.", "but were not assessed before admission")):
        for line in lowered_lines(wording, **TRUST):
            assert "but are " not in line, line
        assert kept in lowered_lines(wording, **TRUST)[0]


def test_a_second_verb_of_a_relative_clause_is_not_a_second_ask():
    """"applications are made for patients who lack capacity and are not free to leave": the patients are not free to
    leave, not the applications."""
    for wording, garbled in (("The trust must ensure that Deprivation of Liberty Safeguards applications are made for "
                              "informal patients who lack capacity and are not free to leave.", "applications are not free"),
                             ("The provider must ensure that referrals are made to the falls team for residents who "
                              "have fallen and are not able to use their call bells.", "referrals are not able")):
        for line in lowered_lines(wording, **TRUST):
            assert garbled not in line, line


def test_a_group_named_by_whose_keeps_its_verb():
    """"patients whose first language is not English": the sample is of that group, not "patients whose first
    language"."""
    for wording, group in (("Improve the provision of written information for patients whose first language is not "
                            "English.", "patients whose first language is not english"),
                           ("The provider should ensure that people whose care is funded by the local authority are "
                            "given a copy of their contract.", "people whose care is funded by the local authority")):
        _, _, audit, evidence = lowered_lines(wording, **TRUST)
        assert f"records of 10 {group}" in audit, audit


def test_a_record_system_all_teams_see_is_access_not_record_content():
    """A record system developed "so that staff in all teams can see the same information": who sees what where, not
    what a complete record contains, audited in 10 records."""
    for wording in ("The trust should continue to develop the electronic patient record so that staff in all teams can "
                    "see the same information.",
                    "The provider should continue to develop its electronic records system so that inpatient and "
                    "community staff can see the same information.",
                    "The trust should ensure that ward and community teams can view the same records."):
        change, told, audit, _ = lowered_lines(wording, **TRUST)
        assert "complete record" not in change and "must be recorded" not in told, change
        assert "audit 10 records" not in audit and "audit 10 same records" not in audit, audit


def test_spot_checks_of_staff_are_a_schedule_of_observations_not_a_course():
    """A programme of spot checks and competency assessments: who observes whom, how often and what is checked, not
    "which staff need the training" and how they are released to do it."""
    for wording in ("We recommend the provider implements a structured programme of spot checks and competency "
                    "assessments for care staff.",
                    "The provider should introduce a schedule of unannounced spot checks and competency assessments for "
                    "support workers."):
        change, told, audit, _ = lowered_lines(wording, report_types=["homecare-inspection-report"])
        assert "need the training" not in change and "released to do it" not in told, change + told
        assert "observes whom" in change and "spot-check" in audit, change + audit


def test_out_of_area_placements_are_a_measure_not_a_walk_round():
    """"patients placed in out of area beds because no local bed is available": "area" there is away from home, not a
    place to walk round; the figures are tracked."""
    for wording in ("The trust should continue to work to reduce the number of patients placed in out of area beds "
                    "because no local acute bed is available.",
                    "The trust should reduce the number of people placed out of area when no local bed is available."):
        lines = lowered_lines(wording, report_types=["mh-inspection-report"])
        assert not any("walk round" in line or "walk-round" in line for line in lines), lines
        assert "figures" in lines[2], lines[2]


def test_manageable_caseloads_are_counted_not_sampled_in_records():
    """Caseloads "in the Wendle North and Corby Street teams" kept manageable, and enough staff "to meet demand": caseload
    sizes and staff in post against the levels agreed, not 10 patients' records."""
    for wording in ("The trust must ensure that care coordinator caseloads in the Wendle North and Corby Street teams are "
                    "manageable and that there are enough care coordinators to meet demand.",
                    "The trust should ensure that caseloads for community psychiatric nurses in the north and south "
                    "locality teams are safe and that there are enough nurses to meet the demand."):
        _, _, audit, evidence = lowered_lines(wording, report_types=["mh-inspection-report"])
        assert "records of 10" not in audit and "caseload sizes" in audit, audit
        assert "check monthly for three months that" not in audit, audit


def test_enough_staff_on_each_shift_to_meet_demand_stays_a_rota_check():
    """Enough staff "on each shift to meet demand" is cover on the rota, not caseload sizes."""
    _, _, audit, _ = lowered_lines("The trust must ensure that there are sufficient numbers of call handlers and clinical "
                                   "advisers on each shift to meet demand.", **TRUST)
    assert "caseload sizes" not in audit and "rotas" in audit, audit
