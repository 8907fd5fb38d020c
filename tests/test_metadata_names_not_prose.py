"""Issue 10, the meta fields of layouts other than a standard cover: the provider and location are
names, never a heading over the title ("Summary of findings", "Action the trust MUST take to
improve"), a rating ("Overall rating", "Requires improvement"), a label ("BETWEEN:") or a fragment of
running prose ("2025 and published its"). A document naming its provider only in its text (a trust's
own paper, a printed web page) gives the name ending as a provider's does ("… NHS Trust", "…
Limited", "… and Partners"). Fails without metadata.py's `_is_name` and `_named_in_text`.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round8 import _pages  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.named_providers import provider_names  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT = 60.0


def _meta(tmp_path, lines: list[tuple[str, float, bool]], size: float):
    """`lines` (text, size in ems of the body, bold) drawn one under the other."""
    rows, top = [], 80.0
    for text, ems, bold in lines:
        rows.append((text, LEFT, top, ems * size, bold))
        top += ems * size * 1.8
    doc = mark_furniture(start_read(_pages(tmp_path / "cover.pdf", [rows]), sha256="-")())
    return read_metadata(doc, "\n".join(text for text, *_ in lines))


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("heading", ["Summary of findings", "Action the trust MUST take to improve",
                                     "Overall rating", "Requires improvement", "BETWEEN:", "Trust",
                                     "Our CQC report: the actions in full"])
def test_a_heading_over_the_names_is_no_location(tmp_path, size, heading):
    meta = _meta(tmp_path, [(heading, 1.6, True), ("Orchard Lane Hospital", 2.0, True),
                            ("Brackley Healthcare Limited", 1.3, False), ("Inspection report", 1.6, False),
                            ("14 Chapel Street, Lowmoor, LM6 2JX", 1.0, False)], size)
    assert (meta.provider, meta.location) == ("Brackley Healthcare Limited", "Orchard Lane Hospital")


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_paper_naming_its_provider_in_its_text(tmp_path, size):
    meta = _meta(tmp_path, [("Our response to the regulator", 1.8, True),
                            ("Northmoor Ambulance Service NHS Trust was inspected by the Care Quality", 1.0, False),
                            ("Commission between 3 and 5 February. The report rated the trust as", 1.0, False),
                            ("requires improvement. Northmoor Ambulance Service NHS Trust has agreed", 1.0, False),
                            ("an action plan with Fenland County Council and its commissioners.", 1.0, False)], size)
    assert meta.provider == "Northmoor Ambulance Service NHS Trust"
    assert meta.location is None


@pytest.mark.parametrize("text, names", [
    ("Source: Care Quality Commission, Westmarsh Hospitals NHS Foundation Trust", ["Westmarsh Hospitals NHS Foundation Trust"]),
    ("The registered provider is Dr Rahman, Dr Okafor and Partners.", ["Dr Rahman, Dr Okafor and Partners"]),
    ("Run by Threshold Care Partnerships Ltd. Type of service: supported living", ["Threshold Care Partnerships Ltd"]),
    ("The trust must ensure that the Partnership reviews …", []),
])
def test_a_provider_name_ends_as_a_providers_does(text, names):
    assert provider_names(text) == names
