"""Merge round thirty-four (a community trust's three core-service reports, EC, as development): what
kept one trust-wide issue apart across reports, or joined two asks of one object. Statements are written
here, not copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.terms import terms_many


def test_a_temperature_in_degrees_names_temperature():
    """vocab/synonyms.toml `temperature`: "°C" says a temperature as "degrees C" does, so a fridge kept
    "between 2°C and 8°C" meets fridge temperatures recorded: without it the two shared "fridge" alone."""
    assert "temperatur" in terms_many(["Vaccines are kept between 2°C and 8°C."])[0]
    assert "temperatur" in terms_many(["Vaccines are kept between 2 °C and 8 °C."])[0]
    assert tagged_together("The trust must ensure that vaccine fridges in the immunisation clinics are kept between "
                           "2°C and 8°C and that any break in the cold chain is escalated.",
                           "The trust must ensure that medicines fridge temperatures are logged each day.")


def test_an_entry_on_a_register_is_a_record():
    """vocab/aspects.toml `recording`: risks "entered on" the risk register are recorded there; read as no
    record, the example's shortage (availability) clashed with a register recorded and reviewed."""
    assert "recording" in aspects("Ward risks are entered on the risk register.")
    assert tagged_together("The trust should ensure that risks identified by the district nursing service are "
                           "recorded on the risk register with named owners and review dates.",
                           "The trust should ensure that ward risks, such as the shortage of night staff, are "
                           "entered on the risk register with actions to reduce them.")


def test_a_record_system_by_its_name_is_no_record_asked_for():
    """vocab/aspects.toml: the electronic patient record named is the system staff use (ignored as a recording
    word), and staff who "can access" it ask for access (availability): access on home visits and the system
    used by every team to share what they know are two actions, which the noun's "record" had joined."""
    assert aspects("Staff can access the electronic patient record on home visits.") == {"availability"}
    assert "recording" in aspects("Visits are recorded in the electronic patient record.")
    assert not tagged_together("The trust should ensure that staff can access the electronic patient record in "
                               "patients' homes so that information is available at the point of care.",
                               "The trust should ensure that the electronic patient record is used consistently by "
                               "all teams so that information is shared between them.")


def test_a_standard_cited_or_the_act_recorded_asks_nothing_else():
    """pipeline/similarity.py `_asking`: block 4 spares two statements that ask nothing of their one shared
    object but the object itself; an ask's cited policy and the record of its own act say how it is done.
    Without it, supervision "in line with the supervision policy" and supervision "recorded" stayed apart."""
    assert tagged_together("The provider must ensure that community matrons receive regular clinical supervision "
                           "in line with the trust's supervision policy.",
                           "The trust should ensure that staff on the rehabilitation unit receive clinical "
                           "supervision regularly and that it is recorded.")
    assert not tagged_together("The trust should ensure that patients who need help to eat receive assistance at "
                               "mealtimes.",
                               "The trust should ensure that patients on modified diets receive meals prepared in "
                               "line with their speech and language therapy guidance.")
