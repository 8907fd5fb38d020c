"""Reading round twelve k (issue 10): failures earlier rounds saw and left, each shown on a small
page drawn here and read back:

- a reference code and a bullet glyph before each item ("M1 ▸ The provider must …", WeasyPrint's
  `::before` content): one marker, the item's text starting after both, so its wrapped lines hung
  under that text are its own (before, the glyph was read as the text's start, the next line
  lay right of it and ended the item after its first line, "▸" kept in the statement).
"""

import pytest

MUSTS_REF = ["The provider must ensure that every patient on a team caseload has an up-to-date risk "
             "assessment that is reviewed after any significant change. (Regulation 12)",
             "The provider must ensure that care plans are personalised, holistic and recovery-focused. "
             "(Regulation 9)",
             "The provider must ensure that the clinic rooms at both bases are clean and that fridge "
             "temperatures are recorded daily. (Regulation 12(2)(g))"]


def _referenced_list(size: float, glyph: str) -> list[tuple]:
    """A must list, each item "M<n>", a bullet glyph, then its text, wrapped under that text."""
    from test_read_round7e import _wrapped

    lines, top = [("Action the provider MUST take to improve", 56.0, 80.0, 1.2 * size, True)], 80.0 + 2.6 * size
    for n, item in enumerate(MUSTS_REF, start=1):
        lines += [(f"M{n}", 52.0, top, size, False), (glyph, 52.0 + 1.7 * size, top, size, False)]
        for words in _wrapped(item, size, 240.0):
            lines.append((" ".join(words), 52.0 + 3.0 * size, top, size, False))
            top += 1.3 * size
        top += 0.6 * size
    lines.append(("Action the provider SHOULD take to improve", 56.0, top + size, 1.2 * size, True))
    return lines


@pytest.mark.parametrize("size, glyph", [(8.6, "▸"), (11.0, "•"), (9.0, "■")])
def test_a_reference_code_and_a_bullet_glyph_are_one_marker(tmp_path, size, glyph):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    cover = [("Severnside Community Services Quality Report", 56.0, 80.0, 1.6 * size, True)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [cover, _referenced_list(size, glyph)]))
    assert [(f.kind, f.page, f.text) for f in found] == [("must", 2, item) for item in MUSTS_REF]
