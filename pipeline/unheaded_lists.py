"""Must/should lists whose headings were not read: each bulleted statement in its own wording.

Some reports draw every heading as vector outlines (a headline font that could not be embedded,
outlined by the designer or a re-printer): "Action the trust MUST take to improve" is shapes, not
text, and no list is found under it. The statements are still what a reader recognises: bulleted
items, each opening as CQC words one ("The trust must …", "The provider should …"), its kind the
modal there. Asked only when the report's text gave no must/should list at all (a report whose
headings are text reads its lists under them), and only of bulleted paragraphs: running text saying
must or should in passing ("Leaders told us the trust must …") is narrative, never a statement.
"""

from ..models.document import Line
from ..models.structure import Context, ListItem, Paragraph
from .structure_patterns import OPENING
from .text import bullet_marker, collapse_ws

# A lone bulleted sentence may be a quotation or an aside; a list has two items at least.
MIN_ITEMS = 2


def unheaded_items(items: list[ListItem], paragraphs: list[Paragraph]) -> tuple[list[ListItem], list[Paragraph]]:
    """The items, with the bulleted statements of a report whose list headings gave no list, and the
    paragraphs left (each such statement taken from them)."""
    if items:
        return items, paragraphs
    found = [(paragraph, kind) for paragraph in paragraphs if (kind := _statement_kind(paragraph.lines))]
    if len(found) < MIN_ITEMS:
        return items, paragraphs
    taken = {id(paragraph) for paragraph, _ in found}
    return ([ListItem(kind=kind, context=paragraph.context.model_copy(update={"section": ""}), lines=paragraph.lines)
             for paragraph, kind in found],  # (the heading over them is unread: the paragraph's is another)
            [paragraph for paragraph in paragraphs if id(paragraph) not in taken])


def _statement_kind(lines: list[Line]) -> str | None:
    """"must" or "should" when the paragraph is a bulleted item opening as a statement does."""
    text = collapse_ws(lines[0].text)
    marker = bullet_marker(text)
    if not marker or marker[:1].isalnum():
        return None  # a bullet glyph, not a list number or reference (a numbered paragraph)
    opening = OPENING.match(text[len(marker):].strip())
    kind = opening.group(0).rsplit(" ", 1)[-1].lower() if opening else None
    return kind if kind in ("must", "should") else None
