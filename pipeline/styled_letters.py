"""Letters styled by their code point read as the letters a reader sees.

A "bold text generator" (social media, a chat post printed from the browser) types headings and
words it stresses in Unicode's mathematical letters ("𝗺𝘂𝘀𝘁", U+1D5D4 …) or the letterlike ones
("ℌ"): each is a plain letter in a font style, which Unicode marks by its <font> compatibility
decomposition. A reader sees "must", so the glyph's text is its plain letter (NFKC), and a run
of bold ones is bold type. Other compatibility forms (ligatures, superscripts, fractions, "…")
are no style of one letter and are left as printed.
"""

import unicodedata
from functools import lru_cache


def plain(text: str) -> tuple[str, bool]:
    """`text` with its styled letters plain, and whether its letters are all bold styled ones."""
    if text.isascii():
        return text, False
    letters = [_plain_letter(ch) for ch in text]
    bold = [styled and bold for ch, (_, styled, bold) in zip(text, letters) if ch.isalnum()]
    return "".join(letter for letter, _, _ in letters), bool(bold) and all(bold)


@lru_cache(maxsize=4096)
def _plain_letter(ch: str) -> tuple[str, bool, bool]:
    """The letter a reader sees, whether `ch` is a styled one, and whether its style is bold."""
    if not unicodedata.decomposition(ch).startswith("<font>"):
        return ch, False, False
    return unicodedata.normalize("NFKC", ch), True, "BOLD" in unicodedata.name(ch, "")
