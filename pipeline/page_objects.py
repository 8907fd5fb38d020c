"""A page's drawn objects, walked once for everything the close read asks of them.

Six steps look at a page's objects: a tilted page and askew text (askew.py), /ActualText spans
(actual_text.py), drawn bullets (glyphs.py), level rules (rules.py) and a column rule
(column_rules.py). pypdfium2 makes a Python object for each object it walks, so six walks cost more than the looking
(about a twentieth of a long report's read); one walk here serves them all. A walk that stops
at a depth yields what the whole walk yields down to that depth, in the same order, so each
step sees the objects it saw walking them itself.
"""

from typing import NamedTuple


class PageObjects(NamedTuple):
    """The page's objects each step looks at, in drawing order."""

    text: list  # text objects, in Form XObjects too, however deep
    page_text: list  # text objects drawn on the page itself
    page_paths: list  # paths drawn on the page itself
    drawn: list  # every object drawn on the page itself
    marks: list  # paths and images on the page or in a Form XObject on it: where a bullet may be drawn


def address(obj) -> int:
    """Where PDFium keeps the object: one object whoever holds it (a walk's Python wrappers differ)."""
    import ctypes

    return ctypes.addressof(obj.raw.contents)


def page_objects(page) -> PageObjects:
    import pypdfium2.raw as raw_api

    walked = list(page.get_objects())
    text = [obj for obj in walked if obj.type == raw_api.FPDF_PAGEOBJ_TEXT]
    return PageObjects(
        text=text,
        page_text=[obj for obj in text if obj.level == 0],
        page_paths=[obj for obj in walked if obj.type == raw_api.FPDF_PAGEOBJ_PATH and obj.level == 0],
        drawn=[obj for obj in walked if obj.level == 0],
        marks=[obj for obj in walked if obj.type in (raw_api.FPDF_PAGEOBJ_PATH, raw_api.FPDF_PAGEOBJ_IMAGE)
               and obj.level <= 1])


def without_text(page, objects: PageObjects, hidden: set[int]) -> PageObjects:
    """`objects` less the page's own text objects at the addresses `hidden` holds, removed from the page too
    (so the text page PDFium builds next leaves their glyphs out)."""
    if not hidden:
        return objects
    for obj in objects.page_text:
        if address(obj) in hidden:
            page.remove_obj(obj)
    return PageObjects(*([obj for obj in part if address(obj) not in hidden] for part in objects))
