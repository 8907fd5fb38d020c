"""Reading round 112 (an outside author's harder set, HA), each page drawn here at two type sizes:

- a trust's web page printed from the browser: each core service's heading is an expandable
  section's title followed by its control's words ("Urgent and emergency care – hide"). Before, no
  service was read from it (structure_patterns.py `_titled_service` takes a spaced dash as a colon);
- an accessible re-print, one sentence a line, its statements set apart by blank gaps and marked only
  by a circled service letter in the margin, the letters explained in a "Key to service letters" set
  as a table (letter | service). Before, no service was read from the letters (own_services.py
  `_key_rows`), and a statement's second sentence at the leading ("This must be in line with …") was
  read as a statement of its own (locate.py `_items_set_apart`).

Each test fails without its change.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found, _item  # noqa: E402

from reading import read_findings  # noqa: E402

MUSTS = {"Urgent and emergency care": ["The trust must ensure that patients who self-present to the emergency "
                                       "department are triaged within 15 minutes of arrival. (Regulation 12(2)(a))"],
         "Maternity": ["The trust must ensure that the birthing pool evacuation equipment is available and that staff "
                       "practise pool evacuation drills. (Regulation 12(2)(e))"]}


def _cover(page, size):
    return (page, [("Ashbourne General Hospital", 3 * size, 8 * size, 2.2 * size, True),
                   ("Inspection report", 3 * size, 12 * size, 1.5 * size, False)])


@pytest.mark.parametrize("size", [9.0, 13.0])
def test_a_service_heading_with_its_sections_control_after_a_dash_names_the_service(tmp_path, size):
    page = (60 * size, 85 * size)
    lines = [("Action the trust MUST take to improve", 4 * size, 5 * size, 1.35 * size, True)]
    base = 8 * size
    for service, items in MUSTS.items():
        lines.append((f"{service} – hide", 5 * size, base, 1.1 * size, True))
        base += 1.6 * size
        for text in items:
            drawn, base = _item("•", text, 5 * size, base, size, 50 * size, 1.2 * size)
            lines += drawn
            base += 0.6 * size
    found = _found(_draw(tmp_path / "web.pdf", [_cover(page, size), (page, lines)]))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        ("must", service, text) for service, items in MUSTS.items() for text in items]


KEYED = [("A", ["The provider must ensure that staff monitor and record patients' physical health after rapid "
                "tranquillisation.", "This must be in line with national guidance and the provider's own policy.",
                "(Regulation 12(2)(a)(b))"]),
         ("R", ["The provider must ensure that patients' risk assessments are updated after each incident.",
                "(Regulation 12(2)(a))"]),
         ("A", ["The provider must ensure that staff complete training in the prevention and management of "
                "violence and aggression.", "It must make sure that a trained member of staff is on every shift.",
                "(Regulation 18(2)(a))"])]
KEY = {"A": "Acute wards for adults of working age and psychiatric intensive care units",
       "R": "Long stay or rehabilitation mental health wards for working age adults"}


def _sentence_lines(size: float) -> tuple[tuple[float, float], list[tuple], list[tuple]]:
    """A key page (letter | service rows) and a page of statements one sentence a line (a long one
    wrapped), each statement set apart by a blank line, its service letter in the left margin."""
    from test_read_round7e import _wrapped

    page, lead, left = (50 * size, 75 * size), 1.75 * size, 8 * size
    key = [("Hollins Brook Hospital", left, 5 * size, 1.8 * size, True),
           ("Inspection report", left, 8 * size, 1.25 * size, False),
           ("Key to service letters", left, 12 * size, 1.1 * size, True)]
    for n, (letter, name) in enumerate(KEY.items()):
        key += [(letter, left, (14 + 2 * n) * size, 0.85 * size, True), (name, left + 2 * size, (14 + 2 * n) * size, size, False)]
    lines, base = [("Action the provider MUST take to improve", left, 5 * size, 1.25 * size, True)], 8 * size
    for letter, sentences in KEYED:
        lines.append((letter, 3 * size, base, 0.85 * size, True))
        for sentence in sentences:
            for words in _wrapped(sentence, size, 38 * size):
                lines.append((" ".join(words), left, base, size, False))
                base += lead
        base += lead
    return page, key, lines


def _statements(tmp_path, size):
    page, key, lines = _sentence_lines(size)
    path = _draw(tmp_path / "accessible.pdf", [(page, key), (page, lines)])
    found = read_findings(path)
    return [(f.kind, f.service, f.text, f.page) for f in found]


@pytest.mark.parametrize("size", [10.0, 14.0])
def test_a_statements_next_sentence_at_the_leading_stays_in_it_where_gaps_set_statements_apart(tmp_path, size):
    assert [text for _, _, text, _ in _statements(tmp_path, size)] == [" ".join(s) for _, s in KEYED]


@pytest.mark.parametrize("size", [10.0, 14.0])
def test_a_margin_letter_names_the_service_a_key_table_gives_it(tmp_path, size):
    assert [service for _, service, _, _ in _statements(tmp_path, size)] == [KEY[letter] for letter, _ in KEYED]


SLANTED = ["Ensure care and treatment is provided in a safe way to patients, including the monitoring of patients "
           "prescribed high-risk medicines and the assessment of risks relating to emergency medicines and equipment.",
           "Establish effective systems and processes to ensure good governance in accordance with the fundamental "
           "standards of care, including the follow-up of significant events."]


@pytest.mark.parametrize("size", [10.0, 14.0])
def test_a_numbered_list_in_a_slanted_frame_keeps_each_items_lines(tmp_path, size):
    """Every line's left edge a quarter of an em right of the line above's (a parallelogram frame):
    an item's third line lies more than an indent's slack right of its text. Before, it ended the list
    (locate.py `_slanted_on`)."""
    from test_read_round7e import _wrapped

    page, lead, step = (50 * size, 75 * size), 1.4 * size, 0.26 * size
    lines, base, x = [("The areas where the provider must make improvements are:", 4 * size, 6 * size, 1.05 * size, True)], 8 * size, 5 * size
    for n, text in enumerate(SLANTED, 1):
        rows = _wrapped(text, size, 24 * size)
        assert len(rows) >= 4
        lines.append((f"{n}.", x, base, size, False))
        for words in rows:  # the frame's edge steps right on every line, the number's hang with it
            lines.append((" ".join(words), x + 1.3 * size, base, size, False))
            base, x = base + lead, x + step
        base, x = base + 0.7 * size, x + step
    found = _found(_draw(tmp_path / "slanted.pdf", [_cover(page, size), (page, lines)]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", text) for text in SLANTED]
