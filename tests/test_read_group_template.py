"""A group's own report template (a Japanese-style layout, session 48's GJ03): each list heading
opens with a boxed label saying its kind ("MUST Action the provider MUST take to improve"), a
"Core service: …" line names the service, and the items are bulleted with the katakana middle
dot "・" of a CJK font. Before, the label kept the heading from being read, "・" opened no item
and the "Core service:" line named nothing, so the heading, service and items ran together."""

import pytest
from build import line
from test_locate import statements

SERVICE = "Long stay or rehabilitation mental health wards for working age adults"
MUSTS = ["The provider must ensure that ligature risk assessments identify all risks on the ward.",
         "The provider must ensure that blanket restrictions are reviewed for each patient."]
SHOULDS = ["The provider should review the range of activities available to patients at weekends."]


def _dot(text: str, size: float):
    return line(f"・ {text}", text_x=72.0 + 1.2 * size, size=size)


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_kind_label_a_core_service_line_and_middle_dot_bullets_read_as_the_template_means(size):
    found = statements(
        line("Areas for improvement", bold=True, size=1.3 * size),
        line("MUST Action the provider MUST take to improve", bold=True, size=1.05 * size),
        line(f"Core service: {SERVICE}", size=0.9 * size),
        *(_dot(text, size) for text in MUSTS),
        line("SHOULD Action the provider SHOULD take to improve", bold=True, size=1.05 * size),
        line(f"Core service: {SERVICE}", size=0.9 * size),
        *(_dot(text, size) for text in SHOULDS),
    )
    assert [(f.kind, f.section, f.service, f.text) for f in found] == [
        *(("must", "Action the provider MUST take to improve", SERVICE, text) for text in MUSTS),
        *(("should", "Action the provider SHOULD take to improve", SERVICE, text) for text in SHOULDS)]

