"""Merge round thirty-nine (the outside set EY as development): one supervision action across a trust's
services, however each report words how often and whether it is recorded. Statements are written here, not
copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.asks import unreferenced, without_record_of_act
from cqcplan.pipeline.terms import terms_many


def test_the_frequency_a_policy_sets_is_the_standard_cited():
    """pipeline/asks.py `_REFERENCE`: "at the frequency set out in the supervision policy" says how often the
    cited policy sets, as "in line with the supervision policy" does, so it asks no timeliness of its own and
    regular supervision elsewhere is the same action."""
    assert unreferenced("staff receive supervision at the frequency set out in the trust's policy") == \
        "staff receive supervision"
    assert unreferenced("nurses have supervision at the intervals required by the policy") == \
        "nurses have supervision"
    assert tagged_together("The trust must ensure that staff in the district nursing teams receive one-to-one "
                           "supervision at the frequency set out in the trust's supervision policy.",
                           "The trust should ensure that staff in the community therapy teams have regular clinical "
                           "supervision and that this is recorded.")
    assert tagged_together("The trust must ensure that school nurses have managerial supervision at the intervals "
                           "set by the trust's supervision policy.",
                           "The trust should ensure that nurses on the rehabilitation wards receive regular "
                           "supervision.")


def test_supervision_sessions_recorded_are_the_record_of_the_supervision():
    """pipeline/asks.py `_RECORD_OF_ACT`: "and that supervision sessions are recorded" names the act again by the
    sessions it is held in; the record is how supervision is done, not a records duty of its own."""
    assert without_record_of_act("staff receive regular supervision and that supervision sessions are recorded") \
        == "staff receive regular supervision"
    assert tagged_together("The trust must ensure that staff on the community wards receive regular clinical "
                           "supervision and that supervision sessions are recorded.",
                           "The trust must ensure that staff in the adult community teams receive one-to-one "
                           "supervision at the frequency set out in the trust's supervision policy.")
    assert tagged_together("The provider should ensure that care staff have regular supervision, and that "
                           "supervision sessions are documented.",
                           "The provider must ensure that care staff receive supervision in line with its "
                           "supervision policy.")


def test_supervision_still_apart_from_its_look_alikes():
    """The two readings above lift no block between supervision and safeguarding supervision or an appraisal."""
    assert not tagged_together("The trust must ensure that staff in the adult community teams receive one-to-one "
                               "supervision at the frequency set out in the trust's supervision policy.",
                               "The trust must ensure that health visitors receive safeguarding supervision in line "
                               "with the trust's safeguarding children policy.")
    assert not tagged_together("The trust must ensure that staff on the community wards receive regular clinical "
                               "supervision and that supervision sessions are recorded.",
                               "The trust should ensure that all staff on the wards receive an annual appraisal.")


def test_oversight_of_a_services_quality_is_one_governance_action():
    """vocab/synonyms.toml `quality_oversight`: governance that gives managers oversight of a service's quality
    and safety, or that monitors its quality, is one action across a trust's services; keeping the risk register
    current stays apart."""
    assert "quality_oversight" in terms_many(["Managers had no oversight of the quality of care."])[0]
    assert tagged_together("The trust must ensure that governance arrangements give managers oversight of the "
                           "performance and quality of the sexual health service, including through audit.",
                           "The trust must ensure that governance processes in the community dental service are "
                           "effective in monitoring the quality and safety of care.")
    assert tagged_together("The trust should ensure that its governance systems give managers oversight of the "
                           "quality of care in the district nursing teams.",
                           "The trust should ensure that governance processes monitor the quality of care in the "
                           "community therapy service.")
    assert not tagged_together("The trust must ensure that governance arrangements give managers oversight of "
                               "the performance and quality of the sexual health service.",
                               "The trust should ensure that the risk register for the sexual health service is "
                               "reviewed regularly and that each risk has an owner.")
