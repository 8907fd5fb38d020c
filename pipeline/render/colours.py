"""Fill colours (hex, no '#') for ratings, BRAG status and header rows.

Ratings follow the usual CQC colour order (Outstanding green-teal, Good green,
Requires improvement amber, Inadequate red) in tints light enough for black text to
stay readable when a board pack is printed in greyscale. They are our choice, not
CQC's official palette. The docx gets them as data (`fill` variables), so restyling
the template in Word does not change them; the static BRAG key in the template
uses the same values.
"""

HEADER_FILL = "005EB8"  # NHS blue, white bold text on it
NO_FILL = "FFFFFF"

RATING_FILL = {
    "outstanding": "3FA27F",
    "good": "A9D18E",
    "requires improvement": "FFC000",
    "inadequate": "E8544E",
}

BRAG_FILL = {
    "Red": "E8544E",
    "Amber": "FFC000",
    "Green": "70AD47",
    "Blue": "5B9BD5",
}


def rating_fill(rating: str | None) -> str:
    """Fill for a printed rating; unknown words ("Not rated", a glyph) stay white."""
    return RATING_FILL.get(" ".join((rating or "").lower().split()), NO_FILL)
