"""A report's lists pasted into an e-mail and quoted (read108): ">>" and ">" typed at the start of
every line, the reply's comments written in between. The marks are a quote's column, not text
(pipeline/quote_marks.py; without it the lists' headings open with ">" and the scan finds no CQC
list heading, and no statement is read), and the reply's lines between quoted rows are read as
furniture (without it the comment ends the should list). A list bulleted with ">" marks only its
items' first lines: no quote, its marks stay. Built at two type sizes."""

import pytest

pytest.importorskip("reportlab")

from cqcplan.pipeline.scan import page_texts, reproduces_action_lists  # noqa: E402

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT = 50.0
MAIL = ["From: Karen Doyle", "Subject: CQC report published today", "",
        "> I have copied the two lists from the CQC report below.", ">",
        ">> The areas where the provider must make improvements are:", ">>",
        ">> * Ensure care and treatment is provided in a safe way to patients.",
        ">> * Establish effective systems and processes to ensure good governance",
        ">>   in accordance with the fundamental standards of care.", ">",
        "[AR] Both of these are requirement notices.", ">",
        "> The areas where the provider should make improvements are:", ">",
        "> - Continue to take action to improve the uptake of childhood",
        ">   immunisations.",
        "[AR] Recall letters went out in January.",
        "> - Review the process for recording verbal complaints so that themes",
        ">   and trends can be identified.", ">", "> Kind regards"]


def _lines(size: float, texts: list[str]) -> list[tuple]:
    return [(text, LEFT, 60.0 + 1.3 * size * n, size, False) for n, text in enumerate(texts) if text]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_quotes_marks_are_no_text_and_its_replies_no_part_of_it(tmp_path, size):
    doc, found = _findings(_pdf(tmp_path / "report.pdf", _lines(size, MAIL)))
    assert reproduces_action_lists(page_texts(doc))
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure care and treatment is provided in a safe way to patients."),
        ("must", "Establish effective systems and processes to ensure good governance in accordance with the "
                 "fundamental standards of care."),
        ("should", "Continue to take action to improve the uptake of childhood immunisations."),
        ("should", "Review the process for recording verbal complaints so that themes and trends can be identified.")]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_list_bulleted_with_marks_keeps_them(tmp_path, size):
    bulleted = ["> The trust must ensure that staff are trained", "  in the use of the new equipment.",
                "> The trust must ensure that records are kept", "  up to date.",
                "> The trust must ensure that audits are done."]
    doc, _ = _findings(_pdf(tmp_path / "report.pdf", _lines(size, bulleted)))
    assert sum(line.text.startswith(">") for line in doc.pages[0].lines) == 3
