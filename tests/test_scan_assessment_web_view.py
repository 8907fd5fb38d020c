"""An assessment report (single assessment framework) printed from CQC's web page: its cover the
page's head ("Report from 12 March 2024 assessment", a "Ratings" list), its sections CQC's own
"Our view of the service" and "People's experience of this service", but none of a PDF report's
labels ("Assessment dates:", "We identified 3 breaches of regulation"). What shows it is a report
is how an assessment page is written: its dating line, "We identified 3 breaches of the legal
regulations", "We carried out an onsite assessment", the quality statements it assessed and their
scores. Before, it was refused as no CQC report (GZ 06)."""

import pytest
from build import doc, line

from cqcplan.errors import NotACqcReport
from cqcplan.pipeline.scan import page_texts, recognise

HEAD = ["Hospice services for adults", "St Aldhelm's Hospice", "Hollybrook Road, Sherston, SN9 6LE",
        "Provided and run by: St Aldhelm's Hospice Trust", "Ratings", "Overall Requires improvement",
        "Safe Requires improvement", "Our view of the service",
        "People received kind and compassionate care from staff who knew them well.",
        "People's experience of this service", "People and their families spoke highly of the care they received."]


def _page(*structure: str):
    return doc(*(line(text) for text in HEAD), *(line(text) for text in structure))


@pytest.mark.parametrize("structure", [
    "Report from 12 March 2024 assessment",
    "We identified 3 breaches of the legal regulations in relation to safe care and treatment and staffing.",
    "We carried out an onsite assessment on 12 and 13 March 2024.",
    "We assessed 5 quality statements in this key question.",
    "This service scored 54 out of 100 based on the areas we looked at during this assessment.",
    "Score: 2 – Evidence shows some shortfalls",
])
def test_an_assessment_page_s_own_wording_is_a_report_s_structure(structure):
    built = _page(structure)
    assert recognise(built, page_texts(built)) == []


def test_a_score_s_wording_is_a_cqc_phrase():
    built = doc(*(line(text) for text in ["St Aldhelm's Hospice", "Ratings", "Overall Good", "Our view of the service",
                                          "Safe and effective staffing", "Score: 2 – Evidence shows some shortfalls"]))
    assert recognise(built, page_texts(built)) == []


def test_without_any_the_page_is_no_cqc_report():
    built = _page("People said staff were kind.")
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))
