"""Letters styled by code point (a "bold text generator": Unicode mathematical sans-serif bold,
U+1D5D4 …) in headings, service headings and the kind word inside statements: PDFium gives each
such letter as its two UTF-16 halves in one box; the glyph is the one character they spell, read
as the plain letter a reader sees (NFKC of a <font> form, styled_letters.py) in bold type. An emoji
bullet's variation selector ("▶️") is nothing a reader sees (zero_width.py). Before, the statement
read "The trust 𝗺𝘂𝘀𝘁 ensure …" after a stray U+FE0F, and its service heading was not known."""

import pytest

pytest.importorskip("fpdf")

from cqcplan.pipeline.glyphs import Glyph, _plain_run
from cqcplan.pipeline.styled_letters import plain

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import FONTS  # noqa: E402


def _math_bold(text: str) -> str:
    return "".join(chr(0x1D5D4 + ord(c) - 65) if "A" <= c <= "Z" else
                   chr(0x1D5EE + ord(c) - 97) if "a" <= c <= "z" else c for c in text)


HEADING = "Areas where the provider must make improvement"
ITEMS = ["The provider must ensure that patient safety alerts are received and acted on.",
         "The provider must ensure that recruitment checks are completed before staff start work."]
SERVICES = {"Urgent and emergency care": ["The trust {} ensure that sepsis screening is recorded for every patient.",
                                          "The trust {} ensure that vehicles are cleaned as its policy sets out."],
            "Patient transport services": ["The trust {} review how patients are told their journey is late."]}


def _pdf(path, size: float, heading: str, groups: dict[str, list[str]], bullet: str, styled_font: str):
    """The heading and each group's items; the heading, group labels and each item's "must" in
    mathematical bold letters set in `styled_font` ("B" or "" for plain)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(420.0, 595.0))
    pdf.add_page()
    pdf.add_font("DV", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_font("DV", styled_font, size * 1.3)
    top = 60.0
    pdf.text(40, top, _math_bold(heading))
    for group, items in groups.items():
        if group:
            top += 2.2 * size
            pdf.set_font("DV", styled_font, size * 1.1)
            pdf.text(40, top, _math_bold(group))
        for item in items:
            top += 2.2 * size
            pdf.set_font("DV", "", size)
            pdf.text(40, top, bullet)
            x = 40 + 1.2 * size
            before, _, after = item.partition("{}")
            for text, font in ((before, ""), (_math_bold("must"), styled_font), (after, "")):
                pdf.set_font("DV", font, size)
                pdf.text(x, top, text)
                x += pdf.get_string_width(text)
    pdf.output(str(path))
    return path


def test_only_letters_styled_by_code_point_are_made_plain_and_bold_ones_are_bold_type():
    assert plain(_math_bold("Action the trust MUST take")) == ("Action the trust MUST take", True)
    assert plain("\U0001d456") == ("i", False)  # mathematical italic: plain, not bold
    assert plain("ﬁ … ² ½") == ("ﬁ … ² ½", False)  # ligatures, ellipsis, superscripts: no style of a letter
    run = Glyph(_math_bold("Surgery:"), 0.0, 40.0, 0.0, 10.0, 9.0, False, False)
    assert _plain_run(run)[:7] == ("Surgery:", 0.0, 40.0, 0.0, 10.0, 9.0, True)  # set in a plain font, seen bold


@pytest.mark.parametrize("size", [6.0, 9.0])
def test_mathematical_bold_letters_are_read_as_the_plain_letters_and_open_the_list(tmp_path, size):
    items = {"": [item.replace("must", "{}", 1) for item in ITEMS]}
    doc, found = _findings(_pdf(tmp_path / "report.pdf", size, HEADING, items, "•", "B"))
    assert doc.pages[0].lines[0].text == HEADING  # one letter a character, no lone surrogate halves
    assert [(f.kind, f.text) for f in found] == [("must", item) for item in ITEMS]


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_styled_service_headings_and_kind_words_read_as_a_reader_sees_them(tmp_path, size):
    path = _pdf(tmp_path / "report.pdf", size, "Action the trust MUST take to improve", SERVICES, "\u25b6\ufe0f", "B")
    _, found = _findings(path)
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", service, item.format("must")) for service, items in SERVICES.items() for item in items]
