"""Prompts for a second outside reader's misfits (j65), each by a rule for a class of statement, tried on two wordings
(prompts52)."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import _courses, kind_of


def test_training_in_two_subjects_names_both():
    """"training in end of life care and the use of syringe drivers": the evidence asks for both, not the first alone."""
    for wording, second in (("The trust must ensure that staff at the community hospital receive training in end of life "
                             "care and the use of syringe drivers.", "syringe drivers"),
                            ("The provider must ensure that staff receive training in safeguarding and the Mental "
                             "Capacity Act.", "mental capacity act")):
        _, _, _, evidence = lowered_lines(wording)
        assert second in evidence, evidence


def test_a_check_beside_training_is_no_second_subject():
    """"training in safeguarding and a DBS check" is two things, not one course on both."""
    assert _courses("staff receive training in safeguarding and a DBS check before they start") == "training in safeguarding"
    assert _courses("staff receive induction training and a uniform") == "induction training"


def test_activities_offered_are_checked_on_the_timetable_not_the_rota():
    """Activities seven days a week or at weekends: the timetable against the sessions run and who took part, not rotas."""
    for wording in ("The provider should ensure that patients have access to meaningful activities seven days a week, "
                    "including in the evenings.", "The provider should ensure that residents have access to a range of "
                                                  "activities at weekends."):
        _, _, audit, evidence = lowered_lines(wording)
        assert "timetable" in audit and "rota" not in audit and "took part" in evidence, (audit, evidence)
    assert kind_of("review how activities are planned for people who spend most of their time in their rooms").id \
        != "activities"  # a review asked, not the timetable


def test_reliance_on_temporary_staff_is_its_share_of_shifts():
    """Reliance on agency or bank staff is tracked as their share of shifts, not rotas or fill rates against levels."""
    for wording in ("The provider should continue to work to reduce its reliance on agency staff.",
                    "The trust should reduce the use of bank and agency nurses on the surgical wards."):
        _, _, audit, evidence = lowered_lines(wording)
        assert "agency" in audit and "fill rates" not in audit and "share of" in evidence, (audit, evidence)
    assert kind_of("staff are on duty at all times").id != "temporary_staff"


def test_people_involved_in_designing_a_service_named_in_three_words():
    """"involve young people in the design of the school nursing drop-in service": who took part and what changed,
    not audits of their clinical records."""
    for wording in ("The provider should consider how it can involve young people in the design of the school nursing "
                    "drop-in service.", "The trust should involve patients in the design of the new day hospital service."):
        _, _, audit, evidence = lowered_lines(wording)
        assert "who took part" in audit and "records of 10" not in audit, audit
