"""Reading round 139 (held-back set IC, from int54):

- a statement whose citation is set in bold, wrapped from the plain line it opened on
  ("… are reviewed. (Regulation" / "12(2)(a))"): the bold line closes the bracket the statement
  stops inside, so it is the statement's end, not a heading (`_closes_bracket`, locate.py).
"""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.facts import line_order
from cqcplan.pipeline.locate import locate


def _found(built):
    return [(f.kind, f.text) for f in extract(locate(built), "built.pdf", line_order=line_order(built))]


FIRST = "The hospital must ensure that risks to patients are assessed and that the assessments are reviewed. (Regulation"
NEXT = "The hospital must ensure that the medical advisory committee reviews practising privileges. (Regulation 17(2)(b))"


@pytest.mark.parametrize("size", [9.0, 11.0, 14.0])
def test_a_bold_citation_wrapped_from_a_plain_line_ends_its_statement(size):
    built = doc(PageBreak, line("Areas for improvement", size=1.5 * size, bold=True),
                line("Action the hospital MUST take to improve", size=size, bold=True, gap=size),
                bullet(FIRST, size=size), line("12(2)(a))", x=84.0, size=size, bold=True),
                bullet(NEXT, size=size))
    assert _found(built) == [("must", FIRST + " 12(2)(a))"), ("must", NEXT)]
