"""A list whose items each carry a service tag in the right margin, a short form ("E&UC", "PTS")
that a key printed in the report explains ("Service key: E&UC = Emergency and urgent care PTS =
Patient transport services", read108): each item is that service's. Fails without
own_services.py's `keyed` (no key: no service) and without locate's `_service_tag` (the tag, in
smaller type, read past as a note beside the item). Built at two type sizes."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402

from test_read_round8 import _pdf  # noqa: E402

LEFT = 60.0
ITEMS = [("E&UC", ["The trust must ensure that all ambulances carry the full range of",
                   "resuscitation equipment set out in its own vehicle checklist."]),
         ("PTS", ["The trust must ensure that all patient transport staff complete",
                  "safeguarding training to the level required for their role."]),
         ("E&UC", ["The trust must ensure that controlled drugs are stored securely."])]
SERVICES = {"E&UC": "Emergency and urgent care", "PTS": "Patient transport services"}


def _page(size: float) -> list[tuple]:
    """(text, x, top, size, bold) lines: the key, the list's heading, then each item bulleted, its
    tag in type three quarters of the item's set in the right margin level with its first line."""
    lead = 1.4 * size
    lines = [("Service key: E&UC = Emergency and urgent care PTS = Patient transport services", LEFT, 60.0, 0.8 * size, False),
             ("Action the trust MUST take to improve", LEFT, 60.0 + 2 * lead, 1.2 * size, True)]
    top = 60.0 + 4 * lead
    for tag, words in ITEMS:
        lines.append(("•", LEFT, top, size, False))
        lines.append((tag, LEFT + 40 * size, top + 0.15 * size, 0.75 * size, False))
        for text in words:
            lines.append((text, LEFT + 1.5 * size, top, size, False))
            top += lead
        top += 0.5 * lead
    return lines


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_a_margin_tag_a_printed_key_explains_names_the_items_service(tmp_path, size):
    found = read_findings(_pdf(tmp_path / "report.pdf", _page(size)))
    assert [(f.service, f.text) for f in found] == [(SERVICES[tag], " ".join(words)) for tag, words in ITEMS]
