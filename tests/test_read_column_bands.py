"""Round four c of the layout work (issue 10): a printed assessment page recognised from
its cover grid (a rating label beside its rating, set in two columns), and a notice table
whose third column holds how the regulation was not met, its rows run over a page break
under the repeated header row. The column-band layouts themselves (lists in bands of two
or three columns under one-column lead-ins, both lists side by side under a header row)
are tested on random layouts in test_random_layouts.py."""

import pytest
from build import PageBreak, doc, line

from cqcplan.errors import NotACqcReport
from cqcplan.pipeline.notices import read_notices
from cqcplan.pipeline.scan import page_texts, recognise

RATINGS = [("Overall", "Requires improvement"), ("Safe", "Inadequate"), ("Effective", "Good")]


def _web_cover(size: float, chip: str = "") -> list:
    """A printed web page's cover: breadcrumb, name, "Report", the dates inside a sentence,
    then the rating grid read as the reader reads it, the label column, then the ratings."""
    top = 300.0
    labels = [line(label, size=size, at=top + k * 2 * size, x=50) for k, (label, _) in enumerate(RATINGS)]
    ratings = [line(f"{chip}{rating}", size=size, at=top + k * 2 * size, x=50 + 12 * size, bold=True)
               for k, (_, rating) in enumerate(RATINGS)]
    return [line("Home › Find and compare services › Heathercroft House › Report", size=size * 0.8),
            line("Heathercroft House", size=size * 1.8, bold=True),
            line("Report", size=size * 1.3, bold=True),
            line("Inspected and rated. Assessment dates: 3 June 2024 to 19 June 2024.", size=size),
            *labels, *ratings,
            line("https://www.cqc.org.uk/location/1-987/reports", size=size * 0.8, at=800),
            line("Heathercroft House - Care Quality Commission", size=size * 0.8, at=20)]


@pytest.mark.parametrize("size", [8.0, 10.5, 14.0])
@pytest.mark.parametrize("chip", ["", "• "])
def test_a_rating_label_beside_its_rating_in_a_grid_makes_a_report_cover(size, chip):
    built = doc(*_web_cover(size, chip))
    assert recognise(built, page_texts(built)) == []


def test_the_same_words_not_on_one_row_make_no_cover():
    spec = _web_cover(10.0)
    ratings = [e for e in spec if e["bold"] and e["text"] in {r for _, r in RATINGS}]
    for k, entry in enumerate(ratings):
        entry["at"] = 600 + k * 30  # the ratings set far below their labels: no row holds both
    built = doc(*spec)
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))


def test_a_notice_table_s_third_column_is_read_by_row_over_a_page_break():
    header = [line("Regulated activity", x=50, bold=True, at=100), line("Regulation", x=170, bold=True, at=100),
              line("How the regulation was not being met", x=290, bold=True, at=100)]
    rows = [  # the reader reads each column whole: activities, then regulations, then the third column
        line("Accommodation for persons who require nursing or personal care", x=50, at=120),
        line("Accommodation for persons who require nursing or personal care", x=50, at=200),
        line("Regulation 12 HSCA RA", x=170, at=120), line("Regulations 2014 Safe care and treatment", x=170, at=132),
        line("Regulation 18 HSCA RA", x=170, at=200), line("Regulations 2014 Staffing", x=170, at=212),
        line("Risk assessments were not up to date.", x=290, at=120),
        line("The provider had failed to deploy enough staff, and", x=290, at=200),
        line("staff", x=290, at=212)]
    continued = [line("Regulated activity", x=50, bold=True, at=60), line("Regulation", x=170, bold=True, at=60),
                 line("How the regulation was not being met", x=290, bold=True, at=60),
                 line("Accommodation for persons who require nursing or personal care", x=50, at=110),
                 line("Regulation 11 HSCA RA", x=170, at=110), line("Regulations 2014 Need for consent", x=170, at=122),
                 line("had not completed training.", x=290, at=80),
                 line("Mental capacity assessments had not been completed.", x=290, at=110)]
    built = doc(line("Action we have told the provider to take", bold=True, size=13, at=70), *header, *rows,
                PageBreak, *continued)
    notices = read_notices(built)
    assert [(n.regulation.number if n.regulation else None, n.statement) for n in notices] == [
        ("12", "Risk assessments were not up to date."),
        ("18", "The provider had failed to deploy enough staff, and staff had not completed training."),
        ("11", "Mental capacity assessments had not been completed."),
    ]
