"""A provider's tracker lists both kinds under one heading naming both ("Action the trust MUST and
SHOULD take to improve"), each statement saying its own kind. Before, the heading read as a should
list's (its subject taken as "trust MUST and"), so every must under it was read as a should."""

import pytest
from build import bullet, doc, line

from cqcplan.pipeline import structure_patterns as sp
from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate

ITEMS = [("must", "The trust must ensure that patients are triaged within 15 minutes of arrival."),
         ("should", "The trust should ensure that the sepsis screening tool is completed for all patients."),
         ("must", "The trust must ensure that controlled drugs are checked and recorded in line with policy.")]


@pytest.mark.parametrize("heading", ["Action the trust MUST and SHOULD take to improve",
                                     "Actions the provider should and must take"])
def test_a_heading_naming_both_kinds_opens_a_list_of_either(heading):
    assert sp.opener_kind(heading) == "either"
    found = extract(locate(doc(line(heading, size=14, bold=True), *(bullet(text) for _, text in ITEMS))), "t.pdf")
    assert [(f.kind, f.text) for f in found] == ITEMS
