"""Issue 10, batch FM's prison report: each statement printed on a tear-off slip, a paragraph (no
bullet) under a small bold label, a lone ✂ at each slip's cut line. The ✂ is a dingbat, so it read
as a bullet with nothing beside it: the list looked bulleted, the paragraphs ended it and nothing
was read. A slip's statement announcing dash sub-items (": ") keeps them as its sub-bullets, though
a paragraph has no bullet for them to be set right of; and a slip cut at a page's foot goes on past
the small "continues overleaf" / "(continued)" notes on the break. Fail without ornaments.py, without
locate.py's `_announced_in_paragraph` and without its `_note_at_break`.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts, _wrapped  # noqa: E402

MUSTS = ["The provider must ensure that the risk register reflects all known risks to the health and safety of "
         "patients and that mitigating actions are recorded and reviewed. (Regulation 17(2)(b))",
         "The provider must ensure that complaints are acknowledged and responded to within the timescales set out "
         "in its complaints policy. (Regulation 16(1))"]
SHOULDS = ["The provider should ensure that patients on the waiting list for primary care appointments are told how "
           "long they are likely to wait.",
           "The provider should ensure that health care staff receive regular clinical supervision and that "
           "attendance is recorded."]
LEAD = "The provider must ensure that care and treatment is provided in a safe way for patients. In particular, the " \
       "provider must ensure that:"
SUBS = ["in-possession risk assessments are completed on reception and reviewed at the intervals set out in the "
        "provider’s medicines policy, and whenever a patient’s circumstances change;",
        "patients newly received into the prison receive critical medicines without delay, and that missed doses "
        "are reported as incidents and investigated;",
        "medicines administration is supervised so that patients are not pressured into diverting their medicines, "
        "working with the prison to agree the staffing needed at each hatch. (Regulation 12(1)(2)(g))"]


class _Slips:
    """A4 pages of slips: a lone ✂ at the cut line, a small bold label, the statement's paragraph."""

    def __init__(self, path: Path, size: float, scissors: bool):
        _fonts()
        self.page, self.size, self.scissors = Canvas(str(path), pagesize=A4), size, scissors
        self.left, self.width, self.top = 57.0, A4[0] - 114.0, 60.0

    def draw(self, text: str, x: float, font: str = "DejaVu", scale: float = 1.0) -> None:
        self.page.setFont(font, scale * self.size)
        self.page.drawString(x, A4[1] - self.top - scale * self.size, text)

    def heading(self, text: str) -> None:
        self.top += 1.0 * self.size
        self.draw(text, self.left, "DejaVu-Bold", 1.2)
        self.top += 2.0 * self.size

    def slip(self, number: int, kind: str, text: str) -> None:
        self.cut()
        self.label(number, kind)
        for line in _wrapped(text, self.width - 2 * self.size, self.width - 2 * self.size, self.size):
            self.text_line(line, self.left + self.size)
        self.top += 0.8 * self.size

    def cut(self) -> None:
        if self.scissors:
            self.draw("✂", self.left - 0.2 * self.size, scale=1.1)
            self.top += 1.4 * self.size

    def label(self, number: int, kind: str) -> None:
        self.draw(f"ACTION SLIP {number} | {kind}", self.left + self.size, "DejaVu-Bold", 0.8)
        self.top += 1.6 * self.size

    def text_line(self, line: str, x: float) -> None:
        self.draw(line, x)
        self.top += 1.35 * self.size

    def sub_items(self, number: int, subs: list[str], break_after: int | None = None) -> None:
        """Dash sub-items a little right of the statement's edge, their text at a hanging indent; the
        page breaks after `break_after` lines of them, with a small note at each side of the break."""
        dash_x, text_x, width = self.left + 1.4 * self.size, self.left + 2.4 * self.size, self.width - 3.4 * self.size
        drawn = 0
        for sub in subs:
            for k, line in enumerate(_wrapped(sub, width, width, self.size)):
                if k == 0:
                    self.draw("–", dash_x)
                self.text_line(line, text_x)
                drawn += 1
                if drawn == break_after:
                    self.overleaf(number)

    def overleaf(self, number: int) -> None:
        note = f"slip {number} continues overleaf"
        self.page.setFont("DejaVu", 0.8 * self.size)
        self.page.drawRightString(self.left + self.width, A4[1] - self.top - 0.8 * self.size, note)
        self.page.showPage()
        self.top = 60.0
        self.draw(f"slip {number} (continued)", self.left + self.size, scale=0.8)
        self.top += 1.4 * self.size

    def save(self) -> None:
        self.page.showPage()
        self.page.save()


def _slips(path: Path, size: float, scissors: bool = True, lead: bool = False, break_after: int | None = None) -> None:
    slips = _Slips(path, size, scissors)
    slips.heading("Areas where the provider MUST make improvements")
    for number, text in enumerate(MUSTS, 1):
        slips.slip(number, "Must", text)
    if lead:
        slips.cut()
        slips.label(3, "Must")
        for line in _wrapped(LEAD, slips.width - 2 * size, slips.width - 2 * size, size):
            slips.text_line(line, slips.left + size)
        slips.sub_items(3, SUBS, break_after)
        slips.top += 0.8 * size
    slips.heading("Areas where the provider SHOULD make improvements")
    for number, text in enumerate(SHOULDS, 4):
        slips.slip(number, "Should", text)
    slips.save()


def _wanted(lead: bool = False) -> list[tuple]:
    musts = MUSTS + (["\n".join([LEAD] + SUBS)] if lead else [])
    return [("must", text) for text in musts] + [("should", text) for text in SHOULDS]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_lone_scissors_glyph_at_each_slip_s_cut_line_is_no_bullet(tmp_path, size):
    path = tmp_path / "slips.pdf"
    _slips(path, size)
    assert [(kind, text) for kind, _, text in _findings(path)] == _wanted()


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_dash_items_under_a_statement_announcing_them_are_its_sub_bullets(tmp_path, size):
    path = tmp_path / "subs.pdf"
    _slips(path, size, scissors=False, lead=True)
    assert [(kind, text) for kind, _, text in _findings(path)] == _wanted(lead=True)


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_slip_goes_on_past_the_small_notes_on_its_page_break(tmp_path, size):
    path = tmp_path / "overleaf.pdf"
    _slips(path, size, lead=True, break_after=3)
    assert [(kind, text) for kind, _, text in _findings(path)] == _wanted(lead=True)
