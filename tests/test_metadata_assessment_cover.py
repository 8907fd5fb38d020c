"""An assessment's web page prints the kind of service over the location's name ("Hospice services for
adults", "Care home"): what the location is, not the core service whose chapter its statements are in.
Before, a hospice assessment's musts all took "Hospice services for adults" as their service, and the
report read as a core service's inspection report (GZ 06). A hospice inspection report's cover naming
its one core service still names it."""

from build import doc, line

from cqcplan.pipeline.metadata import cover_service, report_type
from cqcplan.pipeline.scan import page_texts

NAME = ["St Aldhelm's Hospice", "Hollybrook Road, Sherston, SN9 6LE", "Provided and run by: St Aldhelm's Hospice Trust"]
RATINGS = ["Ratings", "Overall Requires improvement", "Safe Requires improvement"]


def test_an_assessment_page_s_kind_of_service_is_no_core_service():
    built = doc(line("Hospice services for adults"), *(line(t) for t in NAME),
                line("Report from 12 March 2024 assessment"), *(line(t) for t in RATINGS))
    assert cover_service(built) is None
    assert report_type("\n".join(page_texts(built)), None) == "saf-assessment"


def test_an_inspection_report_s_cover_still_names_its_core_service():
    built = doc(*(line(t) for t in NAME), line("Inspection report"), line("Date of inspection visit: 4 to 6 June 2018"),
                line("Hospice services for adults"), *(line(t) for t in RATINGS))
    assert cover_service(built) == "Hospice services for adults"


def test_an_assessment_of_a_trust_s_core_service_names_that_service():
    """A trust's assessment names the provider and the core service assessed, no location: the lists
    are that core service's (before, its musts had no service)."""
    built = doc(line("Eastmoor Community Healthcare NHS Trust"), line("Community health services for adults"),
                line("Assessment report"), line("Trust headquarters: 2 Mill Road, Eastmoor, EM1 5JX"),
                line("During an assessment under our new approach, we looked at 16 quality statements."),
                *(line(t) for t in RATINGS))
    assert cover_service(built) == "Community health services for adults"
    assert report_type("\n".join(page_texts(built)), cover_service(built)) == "saf-assessment"


def test_an_assessment_of_a_location_still_names_no_core_service():
    built = doc(line("Community health services for adults"), line("Eastmoor Community Hospital"),
                line("2 Mill Road, Eastmoor, EM1 5JX"), line("Provided and run by: Eastmoor Community Healthcare NHS Trust"),
                line("Report from 12 March 2024 assessment"), *(line(t) for t in RATINGS))
    assert cover_service(built) is None
