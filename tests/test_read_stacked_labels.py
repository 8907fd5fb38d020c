"""A group's label stacked one capital a line in a narrow box left of its rows, one stack per word side
by side ("SURGERY"; "END OF LIFE CARE" as four stacks), each letter drawn on its own: the label is
read as its words, on the row of its first letter, naming its rows' core service; read by rows, its
letters went between the statements' lines and cut a statement's last words off (stacked_letters.py
`stacks_read`). Built with reportlab at several type sizes, the statements wrapped beside the stacks."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from test_read_outside_tables import _Page  # noqa: E402
from reading import read_findings  # noqa: E402

GROUPS = [("End of life care", [
    "The trust must ensure that anticipatory medicines are prescribed for every patient in the last days of life "
    "and that the prescriptions are reviewed.",
    "The trust must ensure that staff on the wards know how to contact the specialist palliative care team at "
    "weekends and overnight."]),
    ("Surgery", ["The trust must ensure that theatre staff complete the safer surgery checklist for every patient.",
                 "The trust must ensure that the temperature of the blood fridge is checked and recorded every day "
                 "in every theatre."]),
    ("Medical care", ["The trust must ensure that patients at risk of falls have a lying and standing blood "
                      "pressure recorded within a day of admission."])]


def _stack(page: _Page, label: str, x: float, top: float, size: float) -> float:
    """The label one capital a line, a stack per word side by side; the bottom of the longest stack."""
    step, bottom = 1.15 * size, top
    for word in label.upper().split():
        for n, letter in enumerate(word):
            page.put(letter, x + (size - stringWidth(letter, "Helvetica-Bold", size)) / 2, top + n * step, size, bold=True)
        x += 1.5 * size
        bottom = max(bottom, top + len(word) * step)
    return bottom


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_label_stacked_a_letter_a_line_is_read_as_its_words(tmp_path, size):
    path = tmp_path / "stacked.pdf"
    page = _Page(path, size)
    page.put("Action the trust MUST take to improve", 40, 40, 1.4 * size, bold=True)
    top, text_x = 40 + 3.5 * size, 40 + 8 * size
    for label, statements in GROUPS:
        bottom = _stack(page, label, 44, top, 0.8 * size)
        row = top
        for statement in statements:
            for line in simpleSplit(statement, "Helvetica", size, 520 - text_x):
                page.put(line, text_x, row)
                row += 1.25 * size
            row += 1.0 * size
        top = max(bottom, row) + 1.5 * size
    page.save()
    assert [(f.text, f.service) for f in read_findings(path)] == [
        (statement, label) for label, statements in GROUPS for statement in statements]
