"""Reading round twenty-two (issue 10), the harder batch CD as a development set, each fault as a
class, on small reports built here at several type sizes:

- a citation printed with its brackets set apart ("(Regulation 17 (1) (2) (b))") broken over a line
  end between two brackets keeps the space there (before, "(1)(2)": a reader sees a space).
"""

from cqcplan.pipeline.text import join_lines


def test_a_citation_broken_between_brackets_keeps_the_way_it_sets_them():
    assert join_lines(["escalated in a timely way. (Regulation 17 (1)", "(2) (b))"]) == \
        "escalated in a timely way. (Regulation 17 (1) (2) (b))"
    assert join_lines(["(Regulation 12(2)", "(a) (b))"]) == "(Regulation 12(2) (a) (b))"
    assert join_lines(["Regulation 12(2)(a)", "(b)"]) == "Regulation 12(2)(a)(b)"  # set together: joined
    assert join_lines(["Regulation 12 (2)(a)", "(b))"]) == "Regulation 12 (2)(a)(b))"
    assert join_lines(["Regulation 12 (2)", "(a)"]) == "Regulation 12 (2)(a)"  # nothing tells: as before
