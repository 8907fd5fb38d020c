"""A bilingual staff briefing prints each core service's heading in both languages ("Medical care /
Opieka medyczna"). The service is the part naming one; before, the whole heading named none and
the statements under it had no service. Two services set side by side are no one service."""

from build import bullet, doc, line

from cqcplan.pipeline import structure_patterns as sp
from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate

ITEMS = {"Medical care": ["The provider must ensure that patients’ risk assessments for falls are reviewed after every fall.",
                          "The provider must ensure that there are enough registered nurses on each shift."],
         "Outpatients": ["The provider must ensure that clinic rooms are cleaned in line with the cleaning schedule."]}
HEADINGS = {"Medical care": "Medical care / Opieka medyczna", "Outpatients": "Outpatients / Poradnie ambulatoryjne"}


def test_a_service_heading_in_two_languages_gives_its_statements_the_service():
    built = doc(line("Action the provider MUST take to improve", size=14, bold=True),
                *(part for service, texts in ITEMS.items()
                  for part in (line(HEADINGS[service], size=11, bold=True, gap=6), *(bullet(t) for t in texts))))
    found = extract(locate(built), "t.pdf")
    assert [(f.service, f.text) for f in found] == [(s, t) for s, texts in ITEMS.items() for t in texts]


def test_two_services_side_by_side_are_no_one_service():
    assert sp.service_name("Medical care / Surgery") is None
