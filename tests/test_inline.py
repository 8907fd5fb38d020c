"""A quoted ask reads inside a line with its first letter lowered, but never inside an abbreviation or
a name (an outside tester saw "here: doLS applications" and "disclosure and Barring Service")."""

import re

import pytest

from cqcplan.pipeline.scaffold import scaffold_for
from cqcplan.pipeline.text import inline


@pytest.mark.parametrize("phrase, expected", [
    ("Ensure that staff are trained", "ensure that staff are trained"),
    ("Patients’ records are stored securely", "patients’ records are stored securely"),
    ("Staff in A&E are trained", "staff in A&E are trained"),
    ("DoLS applications are made", "DoLS applications are made"),
    ("GPs review results", "GPs review results"),
    ("WHO checklist completed", "WHO checklist completed"),
    ("Mental Capacity Act assessments", "Mental Capacity Act assessments"),
    ("Disclosure and Barring Service checks", "Disclosure and Barring Service checks"),
    ("Freedom to Speak Up guardians", "Freedom to Speak Up guardians"),
])
def test_inline_lowers_only_an_ordinary_first_word(phrase, expected):
    assert inline(phrase) == expected


@pytest.mark.parametrize("wording, printed", [
    ("The provider must ensure that DoLS applications are made when people lack capacity to consent to their care.", "DoLS"),
    ("The practice must ensure that Disclosure and Barring Service checks are completed before staff start work.",
     "Disclosure and Barring Service"),
])
def test_prompts_keep_an_abbreviation_or_name_as_printed(wording, printed):
    scaffold, evidence = scaffold_for(wording)
    text = " ".join((scaffold.change, scaffold.communicate, scaffold.audit, evidence))
    found = re.findall(re.escape(printed), text, re.IGNORECASE)
    assert found and set(found) == {printed}
