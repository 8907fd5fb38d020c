"""Must/should lists whose headings were not read: each bulleted statement in its own wording.

Some reports draw every heading as vector outlines (a headline font that could not be embedded,
outlined by the designer or a re-printer): "Action the trust MUST take to improve" is shapes, not
text, and no list is found under it. The statements are still what a reader recognises: bulleted
items, each opening as CQC words one ("The trust must …", "The provider should …"), its kind the
modal there. Asked only when the report's text gave no must/should list at all (a report whose
headings are text reads its lists under them), and only of bulleted paragraphs: running text saying
must or should in passing ("Leaders told us the trust must …") is narrative, never a statement.

A poster may head no list at all and name them in a key instead ("Red segments: Action the trust
MUST take to improve", each statement's box in that colour): with such a key on the page, and no list
read, each paragraph opening as CQC words a statement is a statement of the key's list of its kind
(its own modal, as the colour says), numbered or not, its section the heading the key names. The
colours themselves are not matched: a statement says its kind in its own words.
"""

from ..models.document import Line
from ..models.structure import ListItem, Paragraph
from .structure_patterns import OPENING, legend_heading
from .text import bullet_marker, collapse_ws

# A lone bulleted sentence may be a quotation or an aside; a list has two items at least.
MIN_ITEMS = 2


def unheaded_items(items: list[ListItem], paragraphs: list[Paragraph],
                   lines: list[Line] = ()) -> tuple[list[ListItem], list[Paragraph]]:
    """The items, with the bulleted statements of a report whose list headings gave no list (or every
    statement of a page whose key names the lists, `lines` the lines read), and the paragraphs left (each
    such statement taken from them)."""
    if items:
        return items, paragraphs
    keyed = _keyed_headings(lines)
    found = [(paragraph, kind) for paragraph in paragraphs
             if (kind := _statement_kind(paragraph.lines, keyed if paragraph.lines[0].page in keyed else None))]
    if len(found) < MIN_ITEMS:
        return items, paragraphs
    taken = {id(paragraph) for paragraph, _ in found}
    return ([ListItem(kind=kind, context=paragraph.context.model_copy(update={"section": keyed.get(
                 paragraph.lines[0].page, {}).get(kind, "")}), lines=paragraph.lines)
             for paragraph, kind in found],  # (the heading over them is unread: the paragraph's is another)
            [paragraph for paragraph in paragraphs if id(paragraph) not in taken])


def _keyed_headings(lines: list[Line]) -> dict[int, dict[str, str]]:
    """Each page's list headings named in a key there: page -> kind -> heading."""
    keyed: dict[int, dict[str, str]] = {}
    for line in lines:
        if (named := legend_heading(line.text)) is not None:
            keyed.setdefault(line.page, {}).setdefault(*named)
    return keyed


def _statement_kind(lines: list[Line], keyed: dict[int, dict[str, str]] | None = None) -> str | None:
    """"must" or "should" when the paragraph is a bulleted item opening as a statement does; on a page
    whose key names the lists (`keyed`), any paragraph opening so, after a number or none, of a kind the key names."""
    text = collapse_ws(lines[0].text)
    marker = bullet_marker(text)
    if keyed is None and (not marker or marker[:1].isalnum()):
        return None  # a bullet glyph, not a list number or reference (a numbered paragraph)
    opening = OPENING.match(text[len(marker or ""):].strip())
    kind = opening.group(0).rsplit(" ", 1)[-1].lower() if opening else None
    return kind if kind in ("must", "should") and (keyed is None or kind in keyed[lines[0].page]) else None
