"""Characters that only tell the line breaker where not to break: a reader sees a hyphen where a
non-breaking hyphen (U+2011) is printed, and a space where a no-break space (U+00A0, the narrow
U+202F, a figure space U+2007) is (glyphs.py `READ_AS`, `SPACES`), as a soft hyphen inside a word
is left out. The statement is given as read, so a plan's search for "follow-up" finds it."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import LEFT, _pdf  # noqa: E402

PRINTED = ["The trust must ensure that staff offer a follow\u2011up call within 3\u00a0days of discharge.",
           "The trust should ensure that ward\u2011based staff check the fridge every 2\u202fhours and record it "
           "under Section\u2007117."]


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_no_break_hyphens_and_spaces_read_as_a_reader_sees_them(tmp_path, size):
    lines = [("Action the trust MUST take to improve", LEFT, 80.0, 1.2 * size, True),
             ("\u2022 " + PRINTED[0], LEFT, 80.0 + 2.5 * size, size, False),
             ("Action the trust SHOULD take to improve", LEFT, 80.0 + 5 * size, 1.2 * size, True),
             ("\u2022 " + PRINTED[1], LEFT, 80.0 + 7.5 * size, size, False)]
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    read = [text.replace("\u2011", "-").replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
            for text in PRINTED]
    assert read != PRINTED
    assert [(f.kind, f.text) for f in found] == [("must", read[0]), ("should", read[1])]
