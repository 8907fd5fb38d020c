"""Round 36 of issue 10: a narrow column of notes beside a report's running text (a care home
report's "Our findings" sidebar, as LibreOffice sets it), made here with reportlab at several type
sizes (all geometry is in ems of the type). A note that starts level with the last line of a
paragraph beside it (a breach sentence's "2014.") does not cut that paragraph: the paragraph is read
whole, then the note."""

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import _Page  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

FIRST_NOTE = ["At our last", "inspection risks", "were not managed."]
SECOND_NOTE = ["Not enough", "improvement had", "been made at this", "inspection."]
PARAGRAPH = ["Rotas showed the service regularly operated with two care staff fewer than its",
             "minimum at night. Call bells were not answered promptly. There were not enough",
             "suitably qualified staff deployed to meet people's needs. This was a breach of",
             "regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities)",
             "Regulations 2014."]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_a_note_level_with_a_paragraph_s_last_line_does_not_cut_the_paragraph(tmp_path, size):
    path = tmp_path / "notes.pdf"
    page = _Page(path, size)
    left = 56.0
    main_x = left + 10.0 * size
    leading = 1.15 * size
    top = 80.0
    page.put("Staffing and recruitment", main_x, top, bold=True)
    for n, text in enumerate(FIRST_NOTE):  # set on baselines between the main column's
        page.put(text, left, top - 0.35 * size + n * leading)
    body = top + 1.5 * size
    for n, text in enumerate(PARAGRAPH):
        page.put(text, main_x, body + n * leading)
    last = body + (len(PARAGRAPH) - 1) * leading
    for n, text in enumerate(SECOND_NOTE):  # a hair above the paragraph's last line
        page.put(text, left, last - 0.08 * size + n * leading)
    below = last + 2.3 * leading
    page.put("Using medicines safely", main_x, below, bold=True)
    page.put("Protocols did not always give staff enough information.", main_x, below + 1.5 * size)
    page.save()
    texts = [line.text for line in start_read(path, sha256="0")().pages[0].lines]
    at = [texts.index(text) for text in PARAGRAPH]
    assert at == list(range(at[0], at[0] + len(PARAGRAPH))), texts
    notes = [texts.index(text) for text in SECOND_NOTE]
    assert notes == list(range(notes[0], notes[0] + len(SECOND_NOTE))) and notes[0] > at[-1], texts
