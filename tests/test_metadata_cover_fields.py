"""A cover's line of facts parted by middle dots or bars ("X NHS Trust · Community health inpatient
services · CQC inspection report published 9 July 2025", a poster's subtitle) names its core service in one
field: each field is read on its own. Before, only whole lines were matched with a service's name."""

import pytest
from build import doc, line

from cqcplan.pipeline.metadata import cover_service


@pytest.mark.parametrize("separator", [" · ", " | "])
def test_a_field_of_a_line_of_facts_names_the_cover_s_core_service(separator):
    facts = separator.join(["Eastmoor Community Health NHS Trust", "Community health inpatient services",
                            "CQC inspection report published 3 March 2025"])
    built = doc(line("Eastmoor Community Hospital – our improvement plan", size=20.0, bold=True), line(facts))
    assert cover_service(built) == "Community health inpatient services"


def test_a_line_naming_a_service_in_running_words_names_none():
    built = doc(line("Eastmoor Community Hospital – our improvement plan", size=20.0, bold=True),
                line("Staff from community health inpatient services and surgery met in March."))
    assert cover_service(built) is None
