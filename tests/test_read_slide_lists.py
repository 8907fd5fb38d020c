"""Two ways a slide-like or side-column page sets its lists, drawn with reportlab at more than one
type size:

- a slide's title names the core service ("Surgery: areas for improvement") with a caption under it
  in small type saying what the title is ("Core service"): the caption is no heading of its own, so
  the lists under it keep the title's service (before, under an open "Areas for improvement" list it
  replaced the service as the list's group, and the statements took none);
- a list set ragged-left (right-aligned, a side column's): each bullet sits just before its first
  line's words, so a short first line sets it well right of the others; it is the list's next item,
  not a sub-item of the one before (before, two items were read as one, a sub-bullet under the other).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import FONTS, _pdf  # noqa: E402

LEFT = 50.0
MUSTS = [("The provider must ensure that all theatre staff complete", "training in the management of sepsis."),
         ("The provider must ensure that the surgical safety checklist", "is completed in full for every patient.")]


def _slides(size: float) -> list[tuple]:
    lines = [("Areas for improvement", LEFT, 40.0, 2 * size, True),
             ("We found areas for improvement in surgery and outpatients.", LEFT, 40.0 + 3 * size, size, False),
             ("Surgery: areas for improvement", LEFT, 40.0 + 6 * size, 2 * size, True),
             ("Core service", LEFT, 40.0 + 9 * size, 0.8 * size, False),
             ("Action the provider MUST take to improve", LEFT, 40.0 + 11 * size, 1.1 * size, True)]
    top = 40.0 + 13 * size
    for first, rest in MUSTS:
        lines += [("\u25b6 " + first, LEFT, top, size, False), (rest, LEFT + 1.3 * size, top + 1.25 * size, size, False)]
        top += 3 * size
    return lines


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_caption_naming_the_kind_of_the_title_over_it_keeps_the_title_s_service(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _slides(size)))
    assert [(f.kind, f.service, f.text) for f in found] == [("must", "Surgery", " ".join(m)) for m in MUSTS]


SHOULDS = [["Review how the practice identifies", "carers so that they can be offered", "support."],
           ["Consider installing a hearing loop", "in the reception area."],
           ["Ensure that the practice’s", "complaints leaflet tells patients how", "to escalate their complaint."],
           ["Continue to monitor and improve", "the uptake of cervical screening."],
           ["Ensure that minutes of", "practice meetings record the learning", "from significant events."]]


def _ragged(size: float) -> list[tuple]:
    """A heading, then the should list set flush right against a right edge, each bullet a space
    before its first line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    right = LEFT + 26 * size
    lines = [("The areas where the provider should make improvement are:", LEFT, 60.0, size, True)]
    top = 60.0 + 2 * size
    for item in SHOULDS:
        for k, words in enumerate(item):
            text = ("\u25aa " if k == 0 else "") + words
            lines.append((text, right - pdfmetrics.stringWidth(text, "DejaVu", size), top, size, False))
            top += 1.3 * size
        top += 0.4 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_bullet_set_further_right_in_a_ragged_left_list_is_its_next_item(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _ragged(size)))
    assert [(f.kind, f.text) for f in found] == [("should", " ".join(item)) for item in SHOULDS]
