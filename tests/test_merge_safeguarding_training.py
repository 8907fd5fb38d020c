"""Safeguarding training filed under Safeguarding (round tags48: vocab/themes.toml `own_training`) is still
one figure, as mandatory training is (`one_action`): two statements asking for a safeguarding course are one
action whatever staff group or level each names, and a course is not safeguarding supervision."""

import pytest

from merge_findings import filed, tagged_together, together

SAFEGUARDING = "Safeguarding"
COURSES = [
    ("The trust must ensure that midwives complete level 3 safeguarding children training.",
     "Health care assistants on the maternity unit should be up to date with their safeguarding adults training."),
    ("Ensure that theatre staff complete safeguarding children training to level 2.",
     "The trust should improve safeguarding adults training compliance among medical staff."),
]


@pytest.mark.parametrize(("a", "b"), COURSES)
def test_two_safeguarding_courses_are_one_figure(a: str, b: str) -> None:
    assert together(filed(a, "a", SAFEGUARDING), filed(b, "b", SAFEGUARDING))


def test_as_the_tag_stage_files_them_too() -> None:
    assert tagged_together(*COURSES[0])


def test_a_safeguarding_course_is_not_safeguarding_supervision() -> None:
    course = filed("The trust must ensure that school nurses complete level 3 safeguarding children training.", "a",
                   SAFEGUARDING)
    supervision = filed("The trust must ensure that school nurses receive safeguarding supervision every quarter.",
                        "b", SAFEGUARDING)
    assert not together(course, supervision)
