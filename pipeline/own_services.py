"""The core services a report names in its own ratings table ("Our judgements about each of the main
services": a bold "Service" header over the names, a bold "Rating" header over each row's rating).
A heading naming one of them is that core service's heading, as a reader sees the lists under it,
also when the services vocabulary does not list the name (a hospice's "Inpatient services")."""

from collections.abc import Iterator
from contextlib import contextmanager

from ..models.document import Line, ReportDocument

from . import structure_patterns as sp
from .text import collapse_ws

# The table's header cells, set in bold.
NAME_HEADS = ("service", "services", "core service", "core services", "main service", "main services")
RATING_HEADS = ("rating", "ratings")
# A row's cells start within this many ems of their header cell's left edge, and share their row
# within this many ems of their tops.
EDGE_EM = 0.5


@contextmanager
def named(doc: ReportDocument) -> Iterator[None]:
    """While reading `doc`, a heading naming a service its ratings table lists names that service."""
    token = sp.OWN_SERVICES.set(services_rated(doc))
    try:
        yield
    finally:
        sp.OWN_SERVICES.reset(token)


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
