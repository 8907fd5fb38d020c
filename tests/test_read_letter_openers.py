"""The Chief Inspector's letter opens its should list with "Additionally the provider should:" as
well as "In addition the trust should:". Before, "Additionally" opened no list, so a GP report's
letter shoulds were read only where the list is printed again ("Action the service SHOULD take to
improve", pages later), and the first printing was lost as their place (GZ 03)."""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline import structure_patterns as sp
from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.repeats import collapse_repeats

MUST = "Ensure that vaccines are stored within the manufacturer’s recommended temperature range."
SHOULDS = ["Review how significant events are recorded and shared so that learning is disseminated to all staff.",
           "Consider establishing a patient participation group to gather feedback from patients."]


@pytest.mark.parametrize("lead_in", ["Additionally the provider should:", "Additionally, the practice should:",
                                     "In addition the trust should:"])
def test_a_letter_s_additional_shoulds_open_a_should_list(lead_in):
    assert sp.opener_kind(lead_in) == "should"


def test_the_letter_s_printing_is_the_place_and_the_repeat_also_at():
    built = doc(
        line("Letter from the Chief Inspector of General Practice", size=14, bold=True),
        line("Our key findings across all the areas we inspected were as follows:"),
        line("The areas where the provider must make improvement are:", gap=8),
        bullet(MUST),
        line("Additionally the provider should:", gap=8),
        *(bullet(text) for text in SHOULDS),
        PageBreak,
        line("Areas for improvement", size=14, bold=True),
        line("Action the service MUST take to improve", bold=True, gap=6),
        bullet(MUST),
        line("Action the service SHOULD take to improve", bold=True, gap=6),
        *(bullet(text) for text in SHOULDS),
    )
    found = collapse_repeats(extract(locate(built), "gp.pdf"))
    assert [(f.kind, f.text, f.page, f.section, [p.page for p in f.also_at]) for f in found] == [
        ("must", MUST, 1, "The areas where the provider must make improvement are:", [2]),
        *(("should", text, 1, "Additionally the provider should:", [2]) for text in SHOULDS)]
