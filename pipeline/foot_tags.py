"""A tag at a panel's foot naming its core service by a short form of the name ("UCS · bookmark 5 of
5" under a bookmark's lists whose front prints "Urgent care services"): the items above it in its
panel, under no heading naming a service, are that service's. A short form is read against the core
services the document names in full: its letters the initials of the name's words in order, a joining
word ("for", "of", "and") giving one or none ("CHS-A", "EoLC", "E&UC"), fitting one name only ("CHS"
beside two community health services names none)."""

import re

from ..models.document import Line, ReportDocument
from ..models.structure import ListItem

from . import structure_patterns as sp
from .regex_programs import compiled
from .panels import shares_width
from .text import body_size, collapse_ws, merge_wrapped_headings

# A tag's first field, before a separator ("UCS · bookmark 5 of 5"), or the whole line.
_FIELD_END = compiled(r"\s+[·•|–—]\s+")
# A short form: letters (capitals, maybe a lower-case joining word's "o") joined by "-", "&" or "/".
_SHORT = compiled(r"(?=(?:.*[A-Z]){2})[A-Za-z][A-Za-z&/\-]{1,9}")
_JOINING = frozenset({"and", "for", "of", "the", "with", "in", "or", "to"})
SMALL_TYPE = 0.95  # a tag is set smaller than the text


def services_by_foot_tags(doc: ReportDocument, items: list[ListItem]) -> list[ListItem]:
    """The items, each under no heading naming a service in its panel given the one its panel's foot
    tag names (a heading on a page before, the fronts' last name, is no heading of the panel). The
    lines that could be tags are found first: most reports have none, and then no page's headings
    need be read for the names."""
    size = body_size(list(doc.body_lines()))
    fields = [(line, field) for line in doc.body_lines() if line.size < SMALL_TYPE * size
              and _SHORT.fullmatch(field := _FIELD_END.split(collapse_ws(line.text))[0])]
    if not fields:
        return items
    headings = _service_headings(doc)
    names = {name for _, name in headings}
    if not names:
        return items
    tags = [(line, service) for line, field in fields if (service := _short_for(field, names))]
    return [item if not (service := _tag_under(item.lines[0], tags)) or _headed(item.lines[0], headings) else
            item.model_copy(update={"context": item.context.model_copy(update={"service": service})})
            for item in items]


def _tag_under(first: Line, tags: list[tuple[Line, str]]) -> str | None:
    """The service of the nearest tag under the item's first line on its page, across from it."""
    under = [(tag.top, service) for tag, service in tags if tag.page == first.page and tag.top >= first.bottom
             and shares_width(tag, first)]
    return min(under)[1] if under else None


def _headed(first: Line, headings: list[tuple[Line, str]]) -> bool:
    """A heading naming a service stands over the item's first line on its page, across from it."""
    return any(line.page == first.page and line.bottom <= first.top and shares_width(line, first)
               for line, _ in headings)



def _service_headings(doc: ReportDocument) -> list[tuple[Line, str]]:
    """The lines naming a core service in full, however they wrap, with the service each names."""
    return [(line, name) for page in doc.pages
            for line in merge_wrapped_headings([line for line in page.lines if line.layer == "body"])
            if (name := sp.service_name(line.text))]


def _short_for(field: str, names: set[str]) -> str | None:
    """The one service named whose words the short form's letters are the initials of."""
    if not _SHORT.fullmatch(field):
        return None
    letters = [c.lower() for c in field if c.isalpha()]
    found = [name for name in names if _initials_of(letters, re.findall(r"[a-z]+", name.lower()))]
    return found[0] if len(found) == 1 else None


def _initials_of(letters: list[str], words: list[str]) -> bool:
    """The letters are the initials of a run of the name's words, a joining word giving one or none
    ("EoLC": "[Community] end of life care"; "CHS-CYP": "… for children, young people [and families]")."""
    def fits(i: int, j: int) -> bool:
        if i == len(letters):
            return True
        if j == len(words):
            return False
        return (words[j][0] == letters[i] and fits(i + 1, j + 1)) or (words[j] in _JOINING and fits(i, j + 1))

    return any(fits(0, start) for start in range(len(words)) if words[start] not in _JOINING)
