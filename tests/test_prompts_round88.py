"""Prompts for a third outside reader's misfits (judge110), each by a rule for a class of statement (prompts88): every
part of a statement is checked, not only the part a record shows. A queue or round to be supervised is watched where it
forms, not sampled in anyone's clinical records; each person's plan kept up to date and reachable on every shift is
checked for its review date and found by staff on each shift, not only listed; triage by a competent clinician within a
time is timed and set against who triaged. Wordings are new, not the reader's items."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
LD_WARDS = dict(services=["Wards for people with a learning disability or autism"], **CORE)
PRISON = dict(report="Acme Custodial Care Ltd\nHMP Nowhere\nHealthcare services", report_types=["gp-inspection-report"])


def test_a_queue_to_be_supervised_is_observed_not_sampled_in_records():
    a, b, c, e = lowered_lines("The provider must ensure that the methadone queue on each landing is supervised so "
                               "that patients are not pressured by others.", **PRISON)
    assert "observe practice on 10 occasions" in c and "audit the records" not in c
    assert e.startswith("prompt: observation records") and "audits of" not in e


def test_a_round_to_be_supervised_is_observed_in_any_setting():
    a, b, c, e = lowered_lines("The provider should ensure that evening medicine rounds are properly supervised.", **CORE)
    assert "observe practice on 10 occasions" in c and "records of" not in c


def test_a_plan_up_to_date_and_reachable_on_every_shift_is_checked_for_both():
    a, b, c, e = lowered_lines("The provider must ensure that each young person has a current crisis plan which staff "
                               "on all shifts are able to find.", **LD_WARDS)
    assert "review date" in a and "every shift" in a and "bank and agency" in a
    assert "review date" in c and "ask staff on different shifts" in c and "to find it" in c
    assert "review date" in e and "each shift" in e


def test_an_up_to_date_plan_with_no_shift_named_keeps_the_cases_check():
    a, b, c, e = lowered_lines("The provider must ensure that each young person has an up-to-date crisis plan.",
                               **LD_WARDS)
    assert "list the cases it applies to" in c and "different shifts" not in c


def test_triage_by_a_competent_clinician_sets_who_triaged_against_those_signed_off():
    a, b, c, e = lowered_lines("The trust should ensure that children arriving at the department are triaged by a "
                               "trained nurse within 15 minutes of arrival.", **CORE)
    assert "who triaged them" in c and "signed off as competent to triage" in c
    assert "who triaged them" in e


def test_triage_with_no_one_named_is_timed_as_before():
    a, b, c, e = lowered_lines("The trust should ensure that patients are triaged within 15 minutes of arrival.", **CORE)
    assert "arrival time and the time it was done" in c and "who triaged" not in c


def test_an_urgent_treatment_centre_briefs_no_drivers_an_out_of_hours_service_does():
    """A walk-in service has no home visiting cars, so no drivers to tell; an out-of-hours service's shift has them."""
    gp = dict(report_types=["gp-inspection-report"])
    wording = "The provider should ensure that all staff complete sepsis training."
    for centre in ("Millbrook Urgent Treatment Centre", "Townend Walk-in Centre", "Riverside Minor Injuries Unit"):
        _, told, _, _ = lowered_lines(wording, report=f"Acme Health Ltd\n{centre}\nEnsure the base is clean.", **gp)
        assert "drivers" not in told and "clinicians and reception staff on each shift" in told, (centre, told)
    _, told, _, _ = lowered_lines(wording, report="Acme Health Ltd\nTownend out-of-hours service\nEnsure the base is "
                                  "clean.", **gp)
    assert "drivers" in told, told


def test_a_line_pointing_at_what_is_named_here_points_at_the_statements_when_they_are_too_long_to_quote():
    """An action merged from several wordings is too long to quote after "here:"; "each course named here" would point
    at nothing, so it points at the statements printed above the prompts. A short statement keeps its quote."""
    from cqcplan.pipeline.asks import asks
    from cqcplan.pipeline.scaffold import _with_missed_asks
    long_one = ("The trust must ensure that all staff working in the emergency department complete their mandatory "
                "training in safeguarding adults and children, basic and intermediate life support, infection prevention "
                "and control, moving and handling, information governance and fire safety in line with the trust's target.")
    short_one = ("The trust should ensure that nursing staff in the children's emergency department complete paediatric "
                 "immediate life support training and that medical staff complete advanced paediatric life support training.")
    lines = dict(change="Agree the target for each course named here.", communicate="Tell staff.",
                 audit="Check the records of each course named here monthly.", evidence="Training records.")
    merged = f"{long_one}\n{short_one}"
    out = _with_missed_asks(lines, merged, [a for line in merged.split("\n") for a in asks(line)])
    assert "named here" not in " ".join(out.values())
    assert "each course named in the statements" in out["change"] and "named in the statements" in out["audit"]
    out = _with_missed_asks(lines, short_one, asks(short_one))
    assert "each course named here; here: nursing staff in the children's emergency department" in out["change"]


def test_a_trust_s_community_dental_service_is_decided_by_its_clinical_director_not_a_practice_s_principal_dentist():
    """A community dental service is an NHS trust's core service run over several clinics (a fourth reader, judge111):
    its changes are agreed with its clinical director and clinic managers and reported to its governance meeting; a
    dental practice keeps its principal dentist and practice meeting."""
    wording = "The trust must ensure that emergency medicines are checked weekly at every clinic."
    a, b, c, _ = lowered_lines(wording, services=["Community dental services"], **CORE)
    assert "clinical director and the clinic managers" in a and "principal dentist" not in a + c, (a, c)
    assert "practice meeting" not in b + c and "governance meeting" in c, (b, c)
    a, _, c, _ = lowered_lines("The provider must ensure that emergency medicines are checked weekly.",
                               report_types=["dental-inspection-report"])
    assert "principal dentist" in a and "practice meeting" in c, (a, c)
