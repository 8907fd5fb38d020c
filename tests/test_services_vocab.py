"""Core-service names as trusts print them (vocab/services.toml): a heading naming one gives its lists' service."""
from cqcplan.pipeline.structure_patterns import service_name


def test_community_inpatients_named_as_trusts_shorten_it():
    assert service_name("Community inpatient services") == "Community inpatient services"
    assert service_name("COMMUNITY INPATIENT SERVICES") == "Community inpatient services"
    assert service_name("Community inpatient services Requires improvement") == "Community inpatient services"


def test_a_longer_phrase_is_not_the_service():
    assert service_name("Community inpatient services were visited on two days") is None
