"""An assessment report (single assessment framework) printed without CQC's name: its cover a
run of sentences ("Provider: … Assessment report. Report published: …"), its ratings a grid, its
sections CQC's own "Our view of the service", "People's experience of this service" and "This
service scored 50 (out of 100) for this area". Before, "assessment report" was its only CQC
phrase, and a report needs two, so it was refused as no CQC report (session 48's GN05)."""

import pytest
from build import doc, line

from cqcplan.errors import NotACqcReport
from cqcplan.pipeline.scan import page_texts, recognise

COVER = ["Hollybank Supported Living",
         "Provider: Threshold Care Partnerships Ltd. Type of service: Supported living.",
         "Assessment report. Report published: 14 August 2024. Assessment dates: 22 April 2024 to 3 June",
         "2024. Site visit: 24 April 2024", "Key question Rating", "Overall Requires improvement",
         "Safe Requires improvement"]


def _report(*sections: str):
    return doc(*(line(text) for text in COVER), *(line(text) for text in sections))


@pytest.mark.parametrize("section", ["Our view of the service", "People's experience of this service", "People’s experience of this service",
                                     "This service scored 50 (out of 100) for this area."])
def test_an_assessment_report_s_own_section_is_a_cqc_phrase(section):
    built = _report(section, "People did not always receive care that met their needs.")
    assert recognise(built, page_texts(built)) == []


def test_without_them_the_cover_alone_is_no_cqc_report():
    built = _report("People did not always receive care that met their needs.")
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))
