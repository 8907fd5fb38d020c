"""A lettered list run into one paragraph ("The trust must: (a) ensure …; (b) review …; and (c) …."),
as older reports and board papers that reflow them print a short list: each lettered item is an
action of its own, the lead-in's kind. Its words are kept as printed; the lead-in, the item's
letter and the list's punctuation between items (";", "; and", the closing ".") are none of it.
A citation's own "(2)(a)" is no letter: an item's letter opens the list or follows "; ".
"""

import re

from .regex_programs import compiled
from .structure_patterns import OPENING

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
# The lead-in: its subject and kind ("The trust must", "We told the provider it should take action to"), a colon.
LEAD_IN = compiled(r"^(?P<opening>" + OPENING.pattern[1:] + r")[^:;.()]{0,40}:\s+(?=\((?:a|i)\)\s)", re.IGNORECASE)
SEPARATOR = r";\s+(?:and\s+|or\s+)?"


def run_in_items(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """(kind, [(where in `text` the item starts, item)]) when `text` is a lead-in running on into
    its lettered items, else None."""
    lead = LEAD_IN.match(text)
    if lead is None:
        return None
    kind = "must" if re.search(r"\bmust\b", lead.group("opening"), re.IGNORECASE) else "should"
    rest = text[lead.end():]
    letters = ROMAN if rest.startswith("(i)") else tuple(chr(c) for c in range(ord("a"), ord("z") + 1))
    starts, ends, at = [], [], 0
    for n, letter in enumerate(letters):
        if n == 0:
            opening = re.match(r"\(a\)\s+|\(i\)\s+", rest)
        else:
            opening = re.compile(SEPARATOR + re.escape(f"({letter})") + r"\s+").search(rest, at)
        if opening is None:
            break
        if n:
            ends.append(opening.start())
        starts.append(opening.end())
        at = opening.end()
    ends.append(len(rest))
    items = [rest[a:b].strip() for a, b in zip(starts, ends)]
    items[-1] = re.sub(r"[.;]$", "", items[-1])
    return kind, [(lead.end() + a, item) for a, item in zip(starts, items) if item]
