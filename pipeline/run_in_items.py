"""A lettered list run into one paragraph, as older reports and board papers that reflow them print a
short list: each lettered item is an action of its own. Two ways of writing it:

- a lead-in saying the kind ("The trust must: (a) ensure …; (b) review …; and (c) …."): each item
  the lead-in's kind;
- items that each say who must or should act ("… the inspectors found that (a) the trust must ensure
  …; (b) the trust must …"): each item its own kind, whatever the lead-in says ("each of which must be
  completed: (a) …" is no action), and a core service the lead-in names is the items' service.

Its words are kept as printed; the lead-in, the item's letter and the list's punctuation between
items (";", "; and", the closing ".") are none of it. A citation's own "(2)(a)" is no letter: an
item's letter opens the list or follows "; ".
"""

import re
from typing import NamedTuple

from .regex_programs import compiled
from .structure_patterns import OPENING, service_named_in

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
# The lead-in: its subject and kind ("The trust must", "We told the provider it should take action to"), a colon.
LEAD_IN = compiled(r"^(?P<opening>" + OPENING.pattern[1:] + r")[^:;.()]{0,40}:\s+(?=\((?:a|i)\)\s)", re.IGNORECASE)
# The first item of a list whose items each open with who must or should act, after a space.
OWN_KIND_FIRST = compiled(r"(?<=\s)\((?:a|i)\)\s+(?=" + OPENING.pattern[1:] + ")", re.IGNORECASE)
SEPARATOR = r";\s+(?:and\s+|or\s+)?"
MODAL = compiled(r"\b(must|should)\b", re.IGNORECASE)


class RunIn(NamedTuple):
    items: list[tuple[int, str, str]]  # where in the text each item starts, its words, its kind
    service: str | None  # the core service the lead-in names, for items that each say their kind
    own_kinds: bool  # each item says its kind


def run_in_items(text: str) -> RunIn | None:
    """The lettered items when `text` is a lead-in running on into them, else None."""
    lead = LEAD_IN.match(text)
    if lead is not None:
        kind = "must" if re.search(r"\bmust\b", lead.group("opening"), re.IGNORECASE) else "should"
        return RunIn([(at, item, kind) for at, item in _items(text, lead.end(), False)], None, False)
    first = OWN_KIND_FIRST.search(text)
    if first is None:
        return None
    items = [(at, item, MODAL.search(item).group(1).lower()) for at, item in _items(text, first.start(), True)]
    return RunIn(items, service_named_in(text[:first.start()]), True) if len(items) > 1 else None


def _items(text: str, start: int, own_kind: bool) -> list[tuple[int, str]]:
    """[(where in `text` the item starts, item)] for the lettered items from `start`; when `own_kind`,
    each later letter opens an item only if a statement's opening follows it."""
    rest = text[start:]
    letters = ROMAN if rest.startswith("(i)") else tuple(chr(c) for c in range(ord("a"), ord("z") + 1))
    opens = "(?=" + OPENING.pattern[1:] + ")" if own_kind else ""
    starts, ends, at = [], [], 0
    for n, letter in enumerate(letters):
        if n == 0:
            opening = re.match(r"\(a\)\s+|\(i\)\s+", rest)
        else:
            opening = compiled(SEPARATOR + re.escape(f"({letter})") + r"\s+" + opens, re.IGNORECASE).search(rest, at)
        if opening is None:
            break
        if n:
            ends.append(opening.start())
        starts.append(opening.end())
        at = opening.end()
    ends.append(len(rest))
    items = [rest[a:b].strip() for a, b in zip(starts, ends)]
    items[-1] = re.sub(r"[.;]$", "", items[-1])
    return [(start + a, item) for a, item in zip(starts, items) if item]
