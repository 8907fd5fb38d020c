"""A list item whose text holds no word - a table's row of figures read under a dash ("– 85% 90%
95%") when a list stays open past a table set inside it - is no statement; an item with words beside
it is kept as printed."""

from cqcplan.models.document import Line
from cqcplan.models.structure import Context, ListItem, Structure
from cqcplan.pipeline.extract import extract

MUST = "The provider must ensure that staff complete training in the safe use of restraint."


def _item(text: str, top: float) -> ListItem:
    line = Line(text=text, page=2, x0=40.0, text_x0=52.0, x1=400.0, top=top, bottom=top + 10.0, size=10.0)
    return ListItem(kind="must", context=Context(section="Action the provider MUST take to improve"), lines=[line])


def test_an_item_of_figures_only_is_no_statement():
    structure = Structure(items=[_item(f"• {MUST}", 100.0), _item("– 85% 90% 95%", 130.0)], paragraphs=[], services=[])
    assert [f.text for f in extract(structure, "report.pdf")] == [MUST]


def test_an_item_with_figures_and_words_stays():
    text = "The provider must ensure that 95% of staff complete their training."
    structure = Structure(items=[_item(f"– {text}", 100.0)], paragraphs=[], services=[])
    assert [f.text for f in extract(structure, "report.pdf")] == [text]
