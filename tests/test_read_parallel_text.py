"""A parallel text set a line at a time between the report's lines (parallel_text.py): a bilingual
edition's smaller translation line under each line, or a print-braille edition's braille line over
each. A wrapped statement has the other text's line in the middle of it; the statement is read
without it, and the other text's own "must" wording and citations make no findings."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages, _pdf  # noqa: E402

LEFT = 60.0
ITEMS = [("The trust must ensure that patients' risk of pressure ulcers is assessed on admission and",
          "reviewed at the intervals set out in trust policy. (Regulation 12(2)(a))"),
         ("The trust must ensure that controlled drugs on the ward are checked and recorded in line",
          "with the trust's medicines policy. (Regulation 12(2)(g))")]
# The other text: a translation with its own "must" wording and citations.
WELSH = [("Rhaid i'r ymddiriedolaeth sicrhau bod risg cleifion o ddatblygu briwiau pwyso yn cael",
          "ei asesu a'i adolygu yn unol â pholisi. The trust must review it. (Rheoliad 12(2)(a))"),
         ("Rhaid i'r ymddiriedolaeth sicrhau bod cyffuriau a reolir yn cael eu gwirio a'u cofnodi",
          "yn unol â pholisi meddyginiaethau. (Rheoliad 12(2)(g))")]


def _braille(text: str) -> str:
    """Each letter as a braille cell (Unicode's braille patterns), a space as the blank cell: a stand-in transcription."""
    return "".join("\u2800" if c == " " else chr(0x2801 + ord(c.lower()) % 0x3f) for c in text)


def _page(size: float, other_size: float, other, above: bool) -> list[tuple]:
    """A MUST heading, then each item's lines with the other text's line under (or over) each one."""
    lines = [("Action the trust MUST take to improve", LEFT, 80.0, 1.2 * size, True)]
    top = 80.0 + 2.5 * size
    for own, theirs in zip(ITEMS, other):
        for k, (line, parallel) in enumerate(zip(own, theirs)):
            pair = [(("• " if k == 0 else "") + line, LEFT if k == 0 else LEFT + size, size),
                    (parallel, LEFT + size, other_size)]
            for text, x, type_size in (pair[::-1] if above else pair):
                lines.append((text, x, top, type_size, False))
                top += 1.15 * type_size
        top += 0.8 * size
    return lines


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_smaller_translation_under_each_line_is_left_out(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _page(size, 0.88 * size, WELSH, above=False)))
    assert [f.text for f in found] == [" ".join(item) for item in ITEMS]


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_braille_line_over_each_line_is_left_out(tmp_path, size):
    braille = [tuple(map(_braille, item)) for item in ITEMS]  # wider than print: a wide sheet, as braille paper is
    _, found = _findings(_pages(tmp_path / "report.pdf", [_page(size, 0.92 * size, braille, above=True)], width=792.0))
    assert [f.text for f in found] == [" ".join(item) for item in ITEMS]


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_smaller_line_under_each_whole_item_stays_its_own(tmp_path, size):
    """Each item one line with a smaller citation line under it: no sentence goes on past the small
    line, so nothing is interleaved, and the citations stay the items'."""
    items = [("• The trust must ensure that patients' risk of pressure ulcers is assessed on admission.", 0),
             ("(Regulation 12(2)(a))", 1),
             ("• The trust must ensure that controlled drugs are checked and recorded.", 0),
             ("(Regulation 12(2)(g))", 1)]
    lines = [("Action the trust MUST take to improve", LEFT, 80.0, 1.2 * size, True)]
    top = 80.0 + 2.5 * size
    for text, small in items:
        lines.append((text, LEFT + small * size, top, 0.85 * size if small else size, False))
        top += 1.2 * size
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [f.text for f in found] == [
        "The trust must ensure that patients' risk of pressure ulcers is assessed on admission. (Regulation 12(2)(a))",
        "The trust must ensure that controlled drugs are checked and recorded. (Regulation 12(2)(g))"]


@pytest.mark.parametrize("size", [7.0, 11.0])
def test_one_line_items_under_larger_headings_are_no_parallel_text(tmp_path, size):
    """Group headings in much larger type, each over a one-line item: heading, item, heading is no
    interleave (the headings lie further apart than a line each of the item's type), so the items stay."""
    texts = ["The trust should continue to work with commissioners to reduce waiting times.",
             "The trust should review how it supports staff wellbeing after serious incidents.",
             "The trust should improve the documentation of observations."]
    lines, top = [("Action the trust SHOULD take to improve", LEFT, 60.0, 1.5 * size, True)], 60.0 + 3 * size
    for group, text in zip(("Surgery", "Maternity", "Urgent and emergency care"), texts):
        lines += [(group, LEFT, top, 1.8 * size, True), ("• " + text, LEFT + 6, top + 2.6 * size, size, False)]
        top += 5 * size
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [f.text for f in found] == texts


@pytest.mark.parametrize("text, script", [
    ("The trust must ensure it", "LATIN"), ("Rhaid i’r ymddiriedolaeth – â ŵ", "LATIN"), ("12(2) – ’", ""),
    (_braille("the trust must"), "BRAILLE"), (_braille("the trust") + " (Reg 12)", "BRAILLE"),
    ("ΑΒΓ δεζ ab", "GREEK"), ("★ ★ a", "BLACK"), ("", "")])
def test_a_line_s_script_is_most_of_its_letters_and_signs(text, script):
    from cqcplan.pipeline.parallel_text import _script_of

    assert _script_of(text) == script


def test_an_ascii_line_s_script_asks_no_unicode_names(monkeypatch):
    """ASCII letters are Latin: a line set in them alone is not looked up a character at a time
    (each line of every page is asked, which cost a 76-page report a tenth of a second)."""
    import unicodedata

    from cqcplan.pipeline import parallel_text

    parallel_text._script_of.cache_clear()
    asked = []
    monkeypatch.setattr(parallel_text, "unicodedata", type("Names", (), {
        "name": staticmethod(lambda c, default="": asked.append(c) or unicodedata.name(c, default)),
        "category": staticmethod(lambda c: asked.append(c) or unicodedata.category(c))}))
    assert parallel_text._script_of("The trust must ensure that staff are trained (Regulation 18).") == "LATIN"
    assert parallel_text._script_of("Rhaid i’r ymddiriedolaeth") == "LATIN"
    assert asked == ["’"]  # its category: no letter, no sign
