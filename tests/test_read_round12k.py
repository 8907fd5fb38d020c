"""Reading round twelve k (issue 10): failures earlier rounds saw and left, each shown on a small
page drawn here and read back:

- a reference code and a bullet glyph before each item ("M1 ▸ The provider must …", WeasyPrint's
  `::before` content): one marker, the item's text starting after both, so its wrapped lines hung
  under that text are its own (before, the glyph was read as the text's start, the next line
  lay right of it and ended the item after its first line, "▸" kept in the statement);
- a requirement-notice table whose column headers are centred over their columns (a web page's
  table head): the regulation column starts where its row headings do, left of its header
  (before, the header's own x was taken for the column's edge and every row was lost);
- with that table read, a report whose narrative states two different breaches of the row's
  regulation ("This was a breach of regulation 12 …" after a medicines passage, "… still in
  breach of regulation 12 because …" after a falls one): the row is the first breach's must
  (its passage and a word-for-word printing of it again the row's evidence), and the second is a
  must of its own with the row's notice on it, as it is in a report with no table (before, the
  row took both passages and the second breach was lost);
- the short forms of the reference's list headings (cqc-reports.md §13): "Action the trust MUST
  take" without "to improve", "Areas where the provider must make improvements" without its
  article or verb, open their lists like the long forms (before, their lists were lost);
- a running header printed once, in the top margin, in plain type a little larger than the text
  (1.06 or 1.1 times) over a list of unbulleted paragraphs going on from the page before: furniture
  (before, only a header no larger than the text was looked for, and it was read as a statement);
  a list heading set so stays a heading.
"""

import pytest

MUSTS_REF = ["The provider must ensure that every patient on a team caseload has an up-to-date risk "
             "assessment that is reviewed after any significant change. (Regulation 12)",
             "The provider must ensure that care plans are personalised, holistic and recovery-focused. "
             "(Regulation 9)",
             "The provider must ensure that the clinic rooms at both bases are clean and that fridge "
             "temperatures are recorded daily. (Regulation 12(2)(g))"]


def _referenced_list(size: float, glyph: str) -> list[tuple]:
    """A must list, each item "M<n>", a bullet glyph, then its text, wrapped under that text."""
    from test_read_round7e import _wrapped

    lines, top = [("Action the provider MUST take to improve", 56.0, 80.0, 1.2 * size, True)], 80.0 + 2.6 * size
    for n, item in enumerate(MUSTS_REF, start=1):
        lines += [(f"M{n}", 52.0, top, size, False), (glyph, 52.0 + 1.7 * size, top, size, False)]
        for words in _wrapped(item, size, 240.0):
            lines.append((" ".join(words), 52.0 + 3.0 * size, top, size, False))
            top += 1.3 * size
        top += 0.6 * size
    lines.append(("Action the provider SHOULD take to improve", 56.0, top + size, 1.2 * size, True))
    return lines


@pytest.mark.parametrize("size, glyph", [(8.6, "▸"), (11.0, "•"), (9.0, "■")])
def test_a_reference_code_and_a_bullet_glyph_are_one_marker(tmp_path, size, glyph):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    cover = [("Severnside Community Services Quality Report", 56.0, 80.0, 1.6 * size, True)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [cover, _referenced_list(size, glyph)]))
    assert [(f.kind, f.page, f.text) for f in found] == [("must", 2, item) for item in MUSTS_REF]


# ---- a notice table's header centred over its column ---------------------------------------------

NOTICE_ROWS = [("Regulation 9 HSCA RA Regulations 2014 Person-centred care",
                "Care plans were not reviewed when people's needs changed."),
               ("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
                "Medicines were not managed safely."),
               ("Regulation 18 CQC (Registration) Regulations 2009 Notification of other incidents",
                "The provider had not notified the Commission of serious injuries.")]
ACTIVITIES = ["Accommodation for persons who require nursing or personal care",
              "Treatment of disease, disorder or injury"]


def _notice_page(size: float, centred: bool, rows: list[tuple[str, str]] = NOTICE_ROWS) -> list[tuple]:
    """"Action we have told the provider to take" over a two-column table: activities on the left,
    each row's regulation heading and how it was not met on the right; the header row's labels
    centred over their columns or set at their left edges."""
    from test_read_round7e import _width, _wrapped

    left, right, left_width, right_width = 52.0, 52.0 + 17 * size, 16 * size, 300.0
    lines = [("Action we have told the provider to take", 48.0, 80.0, 1.6 * size, True)]
    top = 80.0 + 3 * size
    for label, x, width in (("Regulated activity", left, left_width), ("Regulation", right, right_width)):
        lines.append((label, x + (width - _width(label, size)) / 2 if centred else x, top, size, True))
    top += 2 * size
    for heading, how in rows:
        cell = [(" ".join(w), True) for w in _wrapped(heading, size, right_width)]
        cell += [("How the regulation was not being met:", False)]
        cell += [(" ".join(w), False) for w in _wrapped(how, size, right_width)]
        activities = [" ".join(w) for activity in ACTIVITIES for w in _wrapped(activity, size, left_width)]
        for k, (text, bold) in enumerate(cell):
            lines.append((text, right, top + 1.2 * size * k, size, bold))
        for k, text in enumerate(activities):
            lines.append((text, left, top + 1.2 * size * k, size, False))
        top += 1.2 * size * max(len(cell), len(activities)) + 0.8 * size
    return lines


@pytest.mark.parametrize("size, centred", [(9.5, True), (11.0, True), (9.5, False)])
def test_a_notice_table_s_regulation_column_starts_at_its_row_headings_under_a_centred_header(tmp_path, size, centred):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    from cqcplan.pipeline.notices import read_notices

    cover = [("Rosewood Grange Nursing Home Inspection report", 56.0, 80.0, 1.6 * size, True)]
    doc, _ = _findings(_pages(tmp_path / "report.pdf", [cover, _notice_page(size, centred)]))
    got = [(n.regulation.instrument, n.regulation.number, n.activities, n.page) for n in read_notices(doc)]
    assert got == [("RA2014", "9", ACTIVITIES, 2), ("RA2014", "12", ACTIVITIES, 2), ("REG2009", "18", ACTIVITIES, 2)]


# ---- two different breaches of one row's regulation ------------------------------------------------

FIRST = "This was a breach of regulation 12 (Safe care and treatment)."
PASSAGES = [("Is the service safe?",
             ["Medicines were not always managed safely. Stock counts for three medicines did not match the records. "
              + FIRST,
              "Risks to people were not always assessed. One person who had fallen three times had no updated falls "
              "risk assessment. The provider was still in breach of regulation 12 because risks relating to falls had "
              "not been mitigated."]),
            ("Is the service effective?",
             ["Pressure-relieving mattresses were not always set correctly for the person's weight. " + FIRST])]
ROW_12 = [("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
           "Medicines were not managed safely and risks relating to falls and pressure care were not mitigated.")]


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_a_second_different_breach_of_a_row_s_regulation_is_a_must_of_its_own(tmp_path, size):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings, _wrapped
    from test_read_round8 import _pages

    pages = []
    for heading, paragraphs in PASSAGES:
        lines, top = [(heading, 56.0, 80.0, 1.5 * size, True)], 80.0 + 2.5 * size
        for text in paragraphs:
            for words in _wrapped(text, size, 430.0):
                lines.append((" ".join(words), 56.0, top, size, False))
                top += 1.3 * size
            top += 0.9 * size
        pages.append(lines)
    _, found = _findings(_pages(tmp_path / "report.pdf", [*pages, _notice_page(size, True, ROW_12)]))
    musts = [f for f in found if f.kind == "must"]
    assert [(f.page, f.text) for f in musts] == [(3, ROW_12[0][1]), (1, PASSAGES[0][1][1])]
    assert [(e.page, e.text) for e in musts[0].evidence] == [(1, PASSAGES[0][1][0]), (2, PASSAGES[1][1][0])]
    assert [(e.type, e.regulation.number) for e in musts[1].enforcement] == [("requirement_notice", "12")]


# ---- short forms of the list headings ----------------------------------------------------------

SHORT_HEADINGS = [("must", "Action the trust MUST take"), ("must", "Actions the hospital must take:"),
                  ("should", "Action the practice SHOULD take"),
                  ("must", "The areas where the provider must make improvements"),
                  ("must", "Areas where the provider must make improvements are:"),
                  ("should", "Areas where the service should make improvement:")]
ITEM = {"must": "The trust must ensure that all staff complete mandatory training, including safeguarding.",
        "should": "The trust should ensure that patients are told how to make a complaint."}


@pytest.mark.parametrize("size", [8.5, 11.0])
@pytest.mark.parametrize("kind, heading", SHORT_HEADINGS)
def test_a_short_form_of_a_list_heading_opens_its_list(tmp_path, kind, heading, size):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    lines = [("Our key findings", 56.0, 80.0, 1.3 * size, True),
             ("Staff were caring and treated patients with dignity and respect.", 56.0, 80 + 2.5 * size, size, False),
             (heading, 56.0, 80 + 5 * size, 1.1 * size, True),
             ("•", 60.0, 80 + 7 * size, size, False), (ITEM[kind], 60 + 1.5 * size, 80 + 7 * size, size, False),
             ("Our inspection team", 56.0, 80 + 10 * size, 1.3 * size, True)]
    cover = [("Kingsbridge Hospital Quality Report", 56.0, 80.0, 1.6 * size, True)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [cover, lines]))
    assert [(f.kind, f.section, f.text) for f in found] == [(kind, heading, ITEM[kind])]


@pytest.mark.parametrize("text", ["Action the trust MUST take is necessary to comply with its legal obligations.",
                                  "Action the trust MUST take is necessary to comply with its legal"])
def test_the_preamble_saying_what_a_must_action_is_opens_no_list(text):
    from cqcplan.pipeline.structure_patterns import opener_kind

    assert opener_kind(text) is None


# ---- a running header printed once, a little larger than the text ----------------------------------

RUNNING = "Areas for improvement – what the trust must and should do"
PARAGRAPHS = ["The trust must ensure that infection prevention and control procedures are followed in outpatients.",
              "The trust must ensure that all staff complete mandatory training, including safeguarding and "
              "basic life support, within the trust's timescales.",
              "The trust must ensure that resuscitation trolleys are checked daily and that checks are recorded."]


def _once_header_pages(size: float, top_line: tuple[str, float, bool]) -> list[list[tuple]]:
    """A must list of unbulleted paragraphs from page 1's foot on to page 2, its second paragraph
    broken over the page; page 2 opens with `top_line` (words, times the text's size, bold) in the
    top margin, above where page 1 prints."""
    from test_read_round7e import _wrapped

    first = [("Kingsbridge Hospital Quality Report", 50.0, 80.0, 2 * size, True)]
    top = 130.0
    while top < 640.0:
        first.append(("Complaints were handled in line with the trust policy, although responses were late.",
                      50.0, top, size, False))
        top += 1.35 * size
    first.append(("Action the trust MUST take to improve", 50.0, top + size, 1.2 * size, True))
    words, ratio, bold = top_line
    second = [(words, 50.0, 36.0, ratio * size, bold)]
    page, top = first, top + 3 * size
    for n, paragraph in enumerate(PARAGRAPHS):
        for k, line in enumerate(_wrapped(paragraph, size, 440.0)):
            if (n, k) == (1, 1):
                page, top = second, 80.0
            page.append((" ".join(line), 50.0, top, size, False))
            top += 1.35 * size
        top += 0.6 * size
    for _ in range(8):
        second.append(("Staff told us they were proud of the care they gave.", 50.0, top + size, size, False))
        top += 1.35 * size
    return [first, second]


@pytest.mark.parametrize("size, ratio", [(8.5, 1.06), (10.0, 1.06), (12.0, 1.1)])
def test_a_running_header_printed_once_a_little_larger_than_the_text_is_furniture(tmp_path, size, ratio):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    doc, found = _findings(_pages(tmp_path / "report.pdf", _once_header_pages(size, (RUNNING, ratio, False))))
    assert [(f.kind, f.text) for f in found] == [("must", p) for p in PARAGRAPHS]
    assert [line.layer for line in doc.pages[1].lines if line.text == RUNNING] == ["furniture"]


@pytest.mark.parametrize("bold, ratio", [(True, 1.1), (False, 1.1), (False, 1.4)])
def test_a_list_heading_topping_a_page_a_little_larger_than_the_text_stays_a_heading(tmp_path, bold, ratio):
    """The same place on page 2 holding the should list's heading instead, over its list."""
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    heading, should = "Action the trust SHOULD take to improve", "The trust should ensure that patients are told how to complain."
    first = [line for line in _once_header_pages(10.0, (heading, ratio, bold))[0] if not line[0].startswith(("Action", "The"))]
    second = [(heading, 50.0, 36.0, ratio * 10.0, bold), (should, 50.0, 80.0, 10.0, False)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.section, f.text) for f in found] == [("should", heading, should)]
