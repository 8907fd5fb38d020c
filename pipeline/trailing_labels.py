"""Part of `read`: a bold label set at the end of a line of running text, after a sentence's end,
cut off as a segment of its own.

A run-in list sets its items one after another in a paragraph, each group's name in bold before
its items ("… (Regulation 18(1)) **Community health inpatient services:** ■ The trust must …"). The
label belongs to what follows it, not to the statement it comes after; left on the line, it would
be read as that statement's last words. Takes and returns one row's word segments.
"""

from .gutters import SENTENCE_END

# The most words of the label after the sentence's end: a group's name (the longest core service names have nine).
LABEL_WORDS = 12
# What the words before the label end with: a sentence's stop, or a citation's closing bracket.
BEFORE_LABEL = (*SENTENCE_END, ")")


def labels_cut(groups: list[list[dict]], following: list[dict] | None) -> list[list[dict]]:
    """The row's segments, each cut before a bold label that ends it after a sentence's end (a bullet
    may follow the label, its item's text on the next row). The label ends with a colon, or wraps:
    what follows it (the row's next segment, else the next row's first, `following`) opens with bold
    words, the last of them ending with one ("Community health services for" / "children, young
    people and families:")."""
    out: list[list[dict]] = []
    for n, words in enumerate(groups):
        after = groups[n + 1] if n + 1 < len(groups) else following
        end = len(words) - 1 if words[-1]["marker"] and len(words) > 1 else len(words)
        at = _label_start(words[:end])
        if at is None or not (words[end - 1]["text"].endswith(":") or _opens_with_label(after)):
            out.append(words)
        else:
            out += [part for part in (words[:at], words[at:end], words[end:]) if part]
    return out


def _bold(word: dict) -> bool:
    return all(g.bold for g in word["chars"])


def _label_start(words: list[dict]) -> int | None:
    """Where the bold words ending the segment start, after a plain word ending a sentence."""
    at = len(words)
    while at > 0 and _bold(words[at - 1]):
        at -= 1
    if at == 0 or at == len(words) or len(words) - at > LABEL_WORDS:
        return None
    return at if words[at - 1]["text"].endswith(BEFORE_LABEL) else None


def _opens_with_label(words: list[dict] | None) -> bool:
    """The segment opens with at most `LABEL_WORDS` bold words, the last ending with a colon."""
    for word in (words or [])[:LABEL_WORDS]:
        if not _bold(word):
            return False
        if word["text"].endswith(":"):
            return True
    return False
