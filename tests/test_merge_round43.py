"""Merge round forty-three (an outside pair set of mental health, learning disability, care home, hospice,
community health, maternity and children's look-alikes, as development): a secure ward is a setting, not a
thing kept secure; a Deprivation of Liberty application goes to the local authority, a notification to CQC;
a person's capacity assessed is not their consent signed; leave authorised by the responsible clinician is
not the risk assessed before it. Statements are written here, not copied from an evaluation set; each
look-alike merged before the change its test names, and each paraphrase still merges.
"""

from merge_findings import tagged_together


def test_a_secure_ward_is_a_setting_not_a_thing_kept_secure():
    """vocab/synonyms.toml `secure_service`: "medium secure" says where, and shared no "secure" with a
    security induction or records kept securely."""
    assert not tagged_together("The trust must ensure there are enough registered nurses on every shift on the low "
                               "secure wards.",
                               "The trust must ensure bank staff on the low secure wards have a security induction "
                               "before their first shift.")
    assert not tagged_together("The provider should ensure there are sufficient staff on each shift in the medium "
                               "secure unit.",
                               "The provider should ensure temporary staff in the medium secure unit complete a "
                               "security briefing before each shift.")
    assert tagged_together("The trust must ensure patients on the forensic wards have an annual physical health "
                           "check.",
                           "Staff in the secure service should complete each patient's annual physical health "
                           "check.")
