"""A writer that draws no space glyph at all: each word its own string in a TJ array, the gap a
negative offset (a few hundred thousandths of an em, different on every line of justified text),
each line after the first opened by the ' operator (next line and show), a heading set with the "
operator (word and character spacing set inside the show). The words are where the glyphs' positions
leave room for a space in ems of their own type, whatever operator placed them, so every word break
and every line is read at any size; a kerning offset inside a word (a few thousandths) splits nothing."""

import pytest

from cqcplan.pipeline.read import start_read

from test_read_round74 import pdf_from_objects

HEADING = "Action the trust MUST take to improve"
# Each body line as the words it prints; "sta|ff" is one word kerned inside itself.
BODY = [["The", "trust", "must", "ensure", "that", "patients", "are", "triaged"],
        ["by", "a", "registered", "clinician", "within", "fifteen", "minutes."],
        ["The", "trust", "should", "review", "how", "sta|ff", "are", "deployed."]]
GAPS = [-278, -450, -600]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _shown(word: str) -> str:
    """A word as TJ pieces: a kerning offset of a few thousandths of an em where it is split."""
    return " -12 ".join(f"({_escaped(piece)})" for piece in word.split("|"))


def _pdf(size: float) -> bytes:
    leading = 1.3 * size
    ops = [f"BT /F1 {1.3 * size:.2f} Tf {leading:.2f} TL 72 720 Td 2 0.3 ({_escaped(HEADING)}) \" 0 Tw 0 Tc ET",
           f"BT /F1 {size:.2f} Tf {leading:.2f} TL 72 {720 - 3 * leading:.2f} Td"]
    for k, words in enumerate(BODY):
        gap = GAPS[k % len(GAPS)]
        rest = f" {gap} ".join(_shown(w) for w in words[1:])
        if k == 0:
            ops.append(f"[{_shown(words[0])} {gap} {rest}] TJ")
        else:
            ops.append(f"({_escaped(words[0])}) ' [{gap} {rest}] TJ")
    ops.append("ET")
    stream = "\n".join(ops)
    return helvetica_page(stream)


def helvetica_page(stream: str) -> bytes:
    """A one-page US Letter PDF drawing `stream`, its font /F1 Helvetica in WinAnsi."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    return pdf_from_objects(objects)


@pytest.mark.parametrize("size", [7.0, 10.0, 16.0])
def test_words_parted_only_by_tj_offsets_and_lines_opened_by_quote_operators_are_read(tmp_path, size):
    path = tmp_path / "offsets.pdf"
    path.write_bytes(_pdf(size))
    page = start_read(path, sha256="offsets")().pages[0]
    assert [line.text for line in page.lines] == [HEADING] + [" ".join(w.replace("|", "") for w in words) for words in BODY]
