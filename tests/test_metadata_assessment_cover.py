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
