"""Lettered items run into numbered paragraphs, each item saying who must or should act ("3.4 In
maternity the report found that (a) the trust must ensure …; and (b) the trust should …"), as board
papers summarise a report: each item is a statement of its own kind, its words as printed without the
lead-in, its letter or the list's punctuation; a core service the lead-in names is the items' service,
and a lead-in saying "must" of the items ("each of which must be done by March:") is no action. The
paper's own paragraphs beside them in the section ("3.1 The report lists what the trust must do …",
"The Board is asked to … should …") open as no statement and are narrative (run_in_items.py, extract.py
`_beside_run_ins`). Built with reportlab at several type sizes, hanging numbers, the text justified
or ragged."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from test_read_outside_tables import _Page  # noqa: E402
from reading import read_findings  # noqa: E402

MUST = [("3.1", "The report lists the things that the trust must do to meet the regulations, in the order the report "
                "gives them.", None, []),
        ("3.2", "For the trust as a whole the report asks for two actions, each of which must be done by March:",
         None, ["the trust must ensure that incident investigations are completed within sixty days (Regulation "
                "17(2)(b))", "the trust must ensure that policies are reviewed by their review date (Regulation 17(1))"]),
        ("3.3", "In end of life care the inspectors found that", "End of life care",
         ["the trust must ensure that syringe pumps are checked before each use (Regulation 12(2)(e))",
          "the trust must ensure that every patient has an individual care plan for the last days of life "
          "(Regulation 9(3)(b))", "the trust must ensure that staff know how to refer to the specialist team "
          "out of hours (Regulation 12(2)(c))"])]
SHOULD = [("3.4", "The report also lists what the trust should do to improve, though no regulation was breached.",
           None, []),
          ("3.5", "On the maternity unit the report recommends that", "Maternity",
           ["the trust should review how midwives record fetal heart rate checks", "the trust should consider "
            "offering the birth reflections service in the evenings"])]
CLOSING = "The Board is asked to note the summary and agree that the committee should review progress each quarter."


def _paragraph(number: str, lead: str, items: list[str]) -> str:
    if not items:
        return lead
    parts = [f"({chr(ord('a') + n)}) {item}" for n, item in enumerate(items)]
    return lead + " " + "; ".join(parts[:-1]) + ("; and " if len(parts) > 1 else "") + parts[-1] + "."


def _write(page: _Page, top: float, number: str, text: str, justified: bool) -> float:
    size, hang = page.size, 50 + 3 * page.size
    width = 480 - 3 * size
    lines = simpleSplit(text, "Helvetica", size, width)
    page.put(number, 50, top)
    for n, line in enumerate(lines):
        words = line.split()
        if justified and n < len(lines) - 1 and len(words) > 1:
            gap = (width - sum(stringWidth(w, "Helvetica", size) for w in words)) / (len(words) - 1)
            x = hang
            for word in words:
                page.put(word, x, top)
                x += stringWidth(word, "Helvetica", size) + gap
        else:
            page.put(line, hang, top)
        top += 1.3 * size
    return top + 0.8 * size


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
@pytest.mark.parametrize("justified", [False, True])
def test_lettered_items_saying_their_own_kind_are_statements_of_it(tmp_path, size, justified):
    path = tmp_path / "board.pdf"
    page = _Page(path, size)
    top = 50.0
    for heading, paragraphs in (("Action the trust MUST take to improve", MUST),
                                ("Action the trust SHOULD take to improve", SHOULD)):
        page.put(heading, 50, top, 1.1 * size, bold=True)
        top += 2.2 * size
        for number, lead, _, items in paragraphs:
            top = _write(page, top, number, _paragraph(number, lead, items), justified)
        top += size
    page.put("Recommendation", 50, top, 1.1 * size, bold=True)
    _write(page, top + 2.2 * size, "3.6", CLOSING, justified)
    page.save()
    want = [(kind, item, service) for kind, paragraphs in (("must", MUST), ("should", SHOULD))
            for _, _, service, items in paragraphs for item in items]
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == want
