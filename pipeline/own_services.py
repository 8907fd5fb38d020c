"""The core services a report names in its own ratings table ("Our judgements about each of the main
services": a bold "Service" header over the names, a bold "Rating" header over each row's rating).
A heading naming one of them is that core service's heading, as a reader sees the lists under it,
also when the services vocabulary does not list the name (a hospice's "Inpatient services"). And the
short forms a key printed in the report explains as core services ("E&UC = Emergency and urgent care"):
a tag printing only the short form beside an item names its service (read108)."""

from collections.abc import Iterator
from contextlib import contextmanager

from ..models.document import Line, ReportDocument

from . import structure_patterns as sp
from .regex_programs import compiled
from .text import collapse_ws

# The table's header cells, set in bold.
NAME_HEADS = ("service", "services", "core service", "core services", "main service", "main services")
RATING_HEADS = ("rating", "ratings")
# One entry of an abbreviation key: a short form in capitals ("E&UC", "PTS"), "=", and the words it
# stands for, up to the next entry or the line's end.
_SHORT = r"[A-Z][A-Z&/]{1,7}"
KEY_PAIR = compiled(rf"(?<!\S)({_SHORT})\s?=\s?(.+?)(?=\s{_SHORT}\s?=|$)")
# A key's short form alone in its cell: a letter too.
_SHORT_CELL = compiled(r"[A-Z][A-Z&/]{0,7}")
# A row's cells start within this many ems of their header cell's left edge, and share their row
# within this many ems of their tops.
EDGE_EM = 0.5


@contextmanager
def named(doc: ReportDocument) -> Iterator[None]:
    """While reading `doc`, a heading naming a service its ratings table lists names that service."""
    token, key = sp.OWN_SERVICES.set(services_rated(doc)), sp.SERVICE_KEY.set(keyed(doc))
    try:
        yield
    finally:
        sp.OWN_SERVICES.reset(token)
        sp.SERVICE_KEY.reset(key)


def keyed(doc: ReportDocument) -> dict[str, str]:
    """The short forms a key printed in the document explains as core services ("Service key: E&UC =
    Emergency and urgent care PTS = Patient transport services"), each with the service as the key
    names it: a tag printing only the short form beside an item (in a margin) names that service.
    A running legend repeated on every page is a key too, so every line is looked at."""
    pairs = [match.groups() for page in doc.pages for line in page.lines for match in KEY_PAIR.finditer(collapse_ws(line.text))]
    return {short: service for short, name in pairs + _key_rows(doc) if (service := sp.service_name(name))}


def _key_rows(doc: ReportDocument) -> list[tuple[str, str]]:
    """A key set as a table: a short form alone in its cell ("A", a letter in a circle), the name of
    the core service it stands for on its row to its right. Two such rows on a page or more make a
    key (a lone letter beside a heading is no key)."""
    rows = []
    for page in doc.pages:
        found = [(short, collapse_ws(name.text)) for line in page.lines
                 if _SHORT_CELL.fullmatch(short := collapse_ws(line.text))
                 for name in page.lines if name is not line and _level(name, line) and name.x0 > line.x1
                 and sp.service_name(name.text)]
        rows += found if len(found) > 1 else []
    return rows


def services_rated(doc: ReportDocument) -> frozenset[str]:
    """Each name under a "Service" header cell with a rating beside it under the "Rating" header."""
    names: set[str] = set()
    for page in doc.pages:
        body = [line for line in page.lines if line.layer == "body"]
        for head in (line for line in body if _head(line, NAME_HEADS)):
            rating = next((line for line in body if _head(line, RATING_HEADS) and _level(line, head)
                           and line.x0 > head.x1), None)
            if rating is None:
                continue
            for line in body:
                if line.top > head.bottom and _under(line, head) and line.x1 < rating.x0 and not sp.is_rating(line.text) \
                        and any(_level(cell, line) and _under(cell, rating) and sp.is_rating(cell.text) for cell in body):
                    names.add(collapse_ws(line.text))
    return frozenset(names)


def _head(line: Line, words: tuple[str, ...]) -> bool:
    return line.bold and collapse_ws(line.text).rstrip(":").lower() in words


def _level(a: Line, b: Line) -> bool:
    return abs(a.top - b.top) <= EDGE_EM * max(a.size, b.size)


def _under(cell: Line, head: Line) -> bool:
    return abs(cell.x0 - head.x0) <= EDGE_EM * cell.size
