"""Reading round eleven (issue 10): failures earlier rounds saw on random layouts and left,
each shown here on a small page drawn or laid out here and read back:

- a running header set in the narrative's type, larger than the lists and notes that carry
  most of the report's characters: it is furniture, known by its place like any other (before,
  only a header no larger than the report's commonest size was looked for, so "Areas for
  improvement – what the trust must and should do" was read as a must);
- a list's heading at the foot of a column filled in turn, its list at the top of the next
  column: read before that list, not after the columns as a lead-in of nothing below it
  (before, its list was read with no heading and lost); a chapter heading in large type under
  the columns, the page going on after its own space, is still read after them;
- a narrative set in larger type through three columns filled in turn, over a list in smaller
  type through the same three columns: the list is a block of its own, begun by a label and a
  group heading in the first column while the others carry its items on in lower case level with
  that heading (before, every narrative line counted as a heading over the list's type, so no
  column was seen to break off, and each column was read down through both blocks). A run of
  lines counts as such a paragraph only when they are plain and larger than the columns' own
  text: under a small bold label (which sets the band's em) the columns' ordinary lines are not
  (the first attempt at this, which broke `test_read_glyphs`, took them for one and cut a block),
  and a main column beside a side panel in smaller type, going on in its own type, is none either;
- a bulleted list going on over a page whose text layer has no bullets (a scan's picture holds
  them): each paragraph at the items' text opening like a statement is the next item;
- lists grouped by core services set in two types: "Trust-wide" set like one of them is in a
  service's place, naming none, not a part of the service set larger above it;
- a "Core service | Action" table whose service column is in small type: the cells are the rows'
  labels, not notes beside the list;
- a numbered table's last row alone on the next page: its number counts on from the page before;
- a number cell centred in its row's lines is still the row's list number.
"""

import pytest

from cqcplan.pipeline.read import read_page

from test_read_glyphs import _set

# ---- a running header in the narrative's type ---------------------------------------------

HEADERS = ["Summary of findings", "Areas for improvement – what the trust must and should do", "Requirement notices"]
NARRATIVE = ("Staff told us they should have more time to complete training, but shifts were often too busy. "
             "Managers said that learning from incidents was shared at daily safety huddles.")
MUSTS = ["The trust must ensure that infection prevention and control procedures are followed in outpatients.",
         "The trust must ensure that all staff complete mandatory training, including safeguarding.",
         "The trust must ensure that resuscitation trolleys are checked daily and that checks are recorded."]


def _header_pages(text: float, small: float) -> list[list[tuple]]:
    """Three pages under a running header in `text` type whose words change page to page:
    narrative in `text` type, notes in `small` type (most of the characters), and a must list
    in `small` type from the first page's foot on to the second page's top."""
    from test_read_round7e import _wrapped

    def items(lines: list[tuple], top: float, texts: list[str]) -> float:
        for item in texts:
            lines.append(("•", 52.0, top, small, False))
            for words in _wrapped(item, small, 460.0):
                lines.append((" ".join(words), 64.0, top, small, False))
                top += 1.35 * small
            top += 0.5 * small
        return top

    pages = []
    for number, header in enumerate(HEADERS):
        lines, top = [(header, 50.0, 36.0, text, False)], 80.0
        if number == 1:
            top = items(lines, top, MUSTS[2:]) + text
        for words in _wrapped(NARRATIVE, text, 480.0) * 3:
            lines.append((" ".join(words), 50.0, top, text, False))
            top += 1.4 * text
        top += text
        for _ in range(8):
            lines.append(("Complaints were handled in line with the trust policy, although responses were late.",
                          50.0, top, small, False))
            top += 1.35 * small
        if number == 0:
            lines.append(("We found breaches of regulations. The trust must:", 50.0, top + text, 1.2 * text, True))
            items(lines, top + 3 * text, MUSTS[:2])
        pages.append(lines)
    return pages


@pytest.mark.parametrize("text, small", [(8.5, 7.3), (10.0, 8.5), (9.0, 7.0)])
def test_a_running_header_in_the_narrative_s_type_larger_than_the_lists_is_furniture(tmp_path, text, small):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    doc, found = _findings(_pages(tmp_path / "report.pdf", _header_pages(text, small)))
    assert [(f.kind, f.text) for f in found] == [("must", item) for item in MUSTS]
    headers = {line.text for page in doc.pages for line in page.lines if line.layer == "furniture"}
    assert set(HEADERS) <= headers


# ---- a list heading at a column's foot -----------------------------------------------------

PARAGRAPH = ["Patients who must fast before a", "procedure were given clear", "information. Leaders agreed that",
             "waiting times must improve."]
ITEMS = [("1.", ["Ensure that infection prevention", "procedures are followed."]),
         ("2.", ["Improve its governance so that", "risks are identified and acted on."])]


def _numbered_column() -> list[tuple]:
    """The right column: a service heading over ITEMS, numbered, their lines hung under the text."""
    right, top = [("URGENT AND EMERGENCY CARE", 22, 0, 1.1, True)], 1.6
    for number, lines in ITEMS:
        right.append((f"{number} {lines[0]}", 22, top, 1.0, False))
        for words in lines[1:]:
            top += 1.38
            right.append((words, 24, top, 1.0, False))
        top += 1.8
    return right


@pytest.mark.parametrize("size", [7.3, 8.5, 10.0])
def test_a_list_heading_at_the_foot_of_a_column_filled_in_turn_is_read_before_the_next_column_s_list(size):
    """Two columns filled in turn: the left one runs down through its paragraphs to a bold
    list heading at its foot (a running footer far below); the right one opens at the top
    with a service heading and the numbered list the heading leads to."""
    left = [("Governance", 0, 0, 1.2, True)]
    top = 1.6
    for _ in range(5):
        for words in PARAGRAPH:
            left.append((words, 0, top, 1.0, False))
            top += 1.38
        top += 0.8
    left += [("We found breaches of regulations.", 0, top + 0.4, 1.1, True),
             ("The provider must:", 0, top + 1.9, 1.1, True)]
    right = _numbered_column()
    footer = [("Providers must display their rating on their website and at each location.", 1, top_foot := 50, 1.0,
               False), ("2 08/11/2020", 0, top_foot + 1.4, 1.0, False)]
    glyphs = [g for text, x, top, scale, bold in left + right + footer
              for g in _set(text, 40 + x * size, 60 + top * size, scale * size, bold)]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [spec[0] for spec in left + right + footer]


# ---- a narrative in larger type over a list in the same columns ------------------------------

COLUMN_X = (50.0, 216.0, 381.0)
BAND_NARRATIVE = [["The location should read this section", "with the requirement notices: we",
              "have told the location what it must"],
             ["do and by when.", None, "Learning from incidents was shared", "at daily safety huddles and in a"],
             ["monthly newsletter. Patients who", "must fast before a procedure were", "given clear information."]]
LIST_COLUMNS = [["• The location must make sure that", "consent forms are signed and kept", "in patients’ notes.",
                 "• The location must ensure that", "resuscitation trolleys are checked", "daily and that checks are"],
                ["recorded. (Regulation 12(2)(e))", "• The location should review how it", "supports staff after serious",
                 "incidents.", "• The location should consider how it", "shares learning from complaints",
                 "with ward staff"],
                ["across both sites.", "• The location should make sure", "that leaflets are available in other",
                 "languages."]]


def _bands_page(text: float, small: float) -> list[tuple]:
    """A heading; the narrative in `text` type through three columns; under it, the list in
    `small` type through the same columns, its label and group heading atop the first."""
    lines = [("Summary of actions", COLUMN_X[0], 204.0, 1.2 * text, True)]
    for x, column in zip(COLUMN_X, BAND_NARRATIVE):
        top = 218.0 if x == COLUMN_X[0] else 218.0 + 0.45 * text
        for words in column:
            if words:
                lines.append((words, x, top, text, False))
            top += 1.4 * text
    label_top = 218.0 + 1.4 * text * 3 + 1.2 * text + 0.45 * text
    lines.append(("Areas for improvement", COLUMN_X[0], label_top, 1.12 * small, False))
    group_top = label_top + 1.55 * small
    lines.append(("Critical care", COLUMN_X[0], group_top, 1.1 * small, True))
    for n, (x, column) in enumerate(zip(COLUMN_X, LIST_COLUMNS)):
        top = group_top + 2.3 * small if n == 0 else group_top
        for k, words in enumerate(column):
            bullet = words.startswith("• ")
            top += 0.4 * small if bullet and k else 0.0  # the space between items
            if bullet:  # the bullet hung out at the column's edge, its text at the indent
                lines.append(("•", x + 0.5 * small, top, small, False))
            lines.append((words.removeprefix("• "), x + 3 * small, top, small, False))
            top += 1.38 * small
    return lines


@pytest.mark.parametrize("text, small", [(8.5, 7.3), (7.6, 6.5), (9.0, 7.7)])
def test_a_narrative_in_larger_type_over_a_list_in_the_same_columns_is_read_block_by_block(tmp_path, text, small):
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    _, found = _findings(_pages(tmp_path / "report.pdf", [_bands_page(text, small)]))
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The location must make sure that consent forms are signed and kept in patients’ notes."),
        ("must", "The location must ensure that resuscitation trolleys are checked daily and that checks are "
                 "recorded. (Regulation 12(2)(e))"),
        ("should", "The location should review how it supports staff after serious incidents."),
        ("should", "The location should consider how it shares learning from complaints with ward staff across "
                   "both sites."),
        ("should", "The location should make sure that leaflets are available in other languages.")]



# ---- a list going on over a page whose text layer has no bullets ------------------------------

HIDDEN = ["The hospital must ensure that patient records are accurate, complete and contemporaneously "
          "recorded at night and at weekends.",
          "The hospital must improve its governance arrangements so that risks across both hospital sites "
          "are identified, recorded and acted on.",
          "The hospital must make sure that staff receive an annual appraisal and regular clinical supervision."]


def hidden_item(lines: list[tuple], text: str, top: float, size: float, glyph: str | None = None,
                width: float = 420.0) -> float:
    """An item's lines at x 60 with a hanging indent, its `glyph` in the text or (None) only in a
    scan's picture; the top of what follows it."""
    from test_read_round7e import _wrapped

    if glyph:
        lines.append((glyph, 60.0, top, size, False))
    for words in _wrapped(text, size, width):
        lines.append((" ".join(words), 60.0 + 2.2 * size, top, size, False))
        top += 1.4 * size
    return top + 0.5 * size


@pytest.mark.parametrize("size", [10.0, 13.0])
def test_items_under_the_list_s_text_on_a_page_with_no_bullet_in_its_text_are_items(tmp_path, size):
    """A bulleted list with a hanging indent runs on to a page whose text layer holds no bullet
    (a scan's picture has them): each paragraph there set at the items' text, after a finished
    sentence, opening like a statement, is the next item, not the item above going on."""
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    first = [("Areas for improvement", 55.0, 600.0, 1.4 * size, False)]
    hidden_item(first, HIDDEN[0], 600.0 + 2.5 * size, size, "•")
    second, top = [], 70.0
    for text in HIDDEN[1:]:
        top = hidden_item(second, text, top, size)
    second.append(("Our inspection team", 55.0, top + 3 * size, 1.4 * size, True))
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.page, f.text) for f in found] == [("must", page, text) for page, text in zip((1, 2, 2), HIDDEN)]


# ---- a group naming no service, set like a service set in other type than the last --------------

GROUPS = [("Critical care", 1.2, 1.45, "The provider must ensure that emergency equipment is checked daily."),
          ("Maternity", 1.0, 1.2, "The provider must ensure that follow-up appointments are booked in time."),
          ("Surgery", 1.2, 1.0, "The provider must ensure that risk assessments for falls are completed."),
          ("Trust-wide", 1.0, 1.0, "The provider must improve its governance so that risks are acted on.")]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_group_naming_no_service_set_like_an_earlier_service_is_no_part_of_the_service_above_it(tmp_path, size):
    """Lists grouped by core service whose headings are set in two types (some larger, some at
    the text's size in bold), their list headings in three: "Trust-wide", set like "Maternity",
    after "Surgery" set larger, is a sibling of the services, naming none, not a part of Surgery."""
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages

    lines = [("Summary of findings", 50.0, 60.0, 1.6 * size, True),
             ("Complaints were handled in line with the trust policy.", 50.0, 60.0 + 3 * size, size, False)]
    top = 60.0 + 6 * size
    for service, scale, heading, item in GROUPS:
        lines.append((service, 50.0, top, scale * size, True))
        top += 2 * size
        lines.append(("We found breaches of regulations. The provider must:", 50.0, top, heading * size, True))
        top += 1.8 * size
        lines += [("•", 54.0, top, size, False), (item, 54.0 + 2 * size, top, size, False)]
        top += 2.4 * size
    cover = [("Northshire NHS Trust Quality Report", 50.0, 60.0, 1.6 * size, True)]  # page 1's services: its grid
    _, found = _findings(_pages(tmp_path / "report.pdf", [cover, lines]))
    assert [(f.text, f.service) for f in found] == [
        (item, None if service == "Trust-wide" else service) for service, _, _, item in GROUPS]


# ---- a "Core service | Action" table whose service column is set in small type -------------------


@pytest.mark.parametrize("size, small", [(9.0, 6.5), (10.0, 7.0), (8.0, 5.5)])
def test_a_service_column_in_smaller_type_than_the_statements_still_gives_each_row_its_service(tmp_path, size, small):
    """The first column names each row's core service in type smaller than the statements
    beside it (as small as a note): it is the table's label column, not a note beside the
    list (before, it was read past as a note, and every item lost its service)."""
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings
    from test_read_round8 import _pages
    from test_read_round8c import LEFT, RIGHT, ROWS

    lines = [("Action the hospital MUST take to improve", LEFT, 80.0, 1.4 * size, True)]
    top = 80.0 + 3 * size
    lines += [("Core service", LEFT, top, 1.1 * small, True), ("Action", RIGHT, top, 1.1 * small, True)]
    top += 1.8 * size
    for service, items in ROWS.items():
        lines.append((service, LEFT, top, small, False))
        for item in items:
            for k, words in enumerate(item):
                lines.append(("● " + words if k == 0 else words, RIGHT, top, size, False))
                top += 1.2 * size
        top += 0.3 * size
    cover = [("Kingsbridge Hospital Inspection report", LEFT, 80.0, 1.6 * size, True)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [cover, lines]))
    assert [(f.service, f.text) for f in found] == [
        (service, " ".join(item)) for service, items in ROWS.items() for item in items]


# ---- a numbered table's row alone on its page -------------------------------------------------------

ROWS_NUMBERED = ["The provider must ensure that care plans are reviewed every month with the person.",
                 "The provider must ensure that fridge temperatures are recorded daily on every ward.",
                 "The provider must ensure that agency staff receive a local induction before a shift.",
                 "The provider must ensure that ligature risks are assessed on every ward each year."]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_numbered_table_s_last_row_alone_on_the_next_page_keeps_its_number(tmp_path, size):
    """Each row's number alone in a narrow cell left of its text; the last row breaks on to the
    next page under its running header, its number the only one there: it counts on from the page before, so it is the
    row's list number (before, a lone figure was read as printed, and the row ran into the one
    above)."""
    pytest.importorskip("reportlab")
    from test_read_round7e import HEIGHT, _findings, _wrapped
    from test_read_round8 import _pages

    num, text = 64.0, 64.0 + 2.4 * size
    pages = [[("Quality Report", 56.0, 80.0, 2 * size, True)],
             [("Action the provider MUST take to improve", 56.0, 80.0, 1.2 * size, True)], []]
    top = 80.0 + 2.4 * size
    for n, row in enumerate(ROWS_NUMBERED, start=1):
        page = pages[2 if n == len(ROWS_NUMBERED) else 1]
        top = 60.0 if n == len(ROWS_NUMBERED) else top
        page.append((str(n), num, top, size, False))
        for words in _wrapped(row, size, 300.0):
            page.append((" ".join(words), text, top, size, False))
            top += 1.3 * size
        top += 0.8 * size
    pages[2].append(("Action we have taken", 56.0, top + size, 1.2 * size, True))
    for number, page in enumerate(pages, start=1):
        page += [("Kingsbridge Hospital Quality Report", 56.0, 30.0, 0.8 * size, False),
                 (str(number), 56.0, HEIGHT - 30.0, 0.8 * size, False),
                 ("Kingsbridge Hospital Quality Report 02/05/2019", 70.0, HEIGHT - 30.0, 0.8 * size, False)]
    _, found = _findings(_pages(tmp_path / "report.pdf", pages))
    assert [(f.page, f.text) for f in found] == list(zip([2, 2, 2, 3], ROWS_NUMBERED))


MAIN = [("between teams.", 1), ("• Care was delivered in line with national", 0), ("guidance and audit results.", 1),
        ("Care was delivered in line with national", 0), ("guidance and audit results were in", 0),
        ("line with the England average. Patients", 0), ("who must fast were given information.", 0)]
PANEL = ["based guidance is used consistently by", "all specialties, so that patients get",
         "safe care on floors 2-4, including that:", "o resuscitation trolleys are sealed", "and checked;",
         "o controlled drugs are checked", "daily and discrepancies are", "escalated."]


@pytest.mark.parametrize("size", [7.7, 9.0])
def test_a_main_column_beside_a_panel_in_smaller_type_is_read_whole_before_it(size):
    """A main column in type a tenth larger than a side panel's beside it: its list, then its next
    paragraph in its own type, is one column going on, not a paragraph in larger type ending a
    block (the panel's item, carried over from the page before, would be cut by the main
    column's paragraph)."""
    main = [(text, 1.2 * indent, 1.5 * k, 1.1) for k, (text, indent) in enumerate(MAIN)]
    main[3:] = [(text, x, top + 0.8, scale) for text, x, top, scale in main[3:]]
    panel = [(text, 30 + (1.2 if text.startswith("o ") else 0), 1.36 * k, 1.0) for k, text in enumerate(PANEL)]
    glyphs = [g for text, x, top, scale in main + panel
              for g in _set(text, 40 + x * size, 60 + top * size, scale * size)]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [text for text, *_ in main + panel]


# ---- a number cell centred in its row ------------------------------------------------------------


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_number_cell_centred_in_its_row_is_the_row_s_list_number(tmp_path, size):
    """Each row's number in a narrow cell, set at the middle of its row's lines rather than level
    with the first: still the row's list number, so each row is one item (before, a number level
    with a row's second line was read as a figure inside the row)."""
    pytest.importorskip("reportlab")
    from test_read_round7e import _findings, _wrapped
    from test_read_round8 import _pages

    lines = [("Action the provider MUST take to improve", 56.0, 80.0, 1.2 * size, True)]
    top = 80.0 + 2.6 * size
    for n, row in enumerate(ROWS_NUMBERED, start=1):
        wrapped = _wrapped(row, size, 220.0 + 20.0 * (n % 2))
        lines.append((str(n), 64.0, top + 1.3 * size * (len(wrapped) - 1) / 2, size, False))
        for words in wrapped:
            lines.append((" ".join(words), 64.0 + 3 * size, top, size, False))
            top += 1.3 * size
        top += 0.9 * size
    lines.append(("Action we have taken", 56.0, top + size, 1.2 * size, True))
    cover = [("Kingsbridge Hospital Quality Report", 56.0, 80.0, 1.6 * size, True)]
    _, found = _findings(_pages(tmp_path / "report.pdf", [cover, lines]))
    assert [(f.kind, f.text) for f in found] == [("must", row) for row in ROWS_NUMBERED]


@pytest.mark.parametrize("size", [7.0, 9.0])
def test_a_chapter_heading_under_columns_filled_in_turn_with_text_after_its_own_space_is_read_after_them(size):
    """The left column ends, then a chapter heading in large type stands under it with the page
    going on below after the heading's own space (wider than a blank in the text's type, not in
    the heading's): it heads what follows, read after the right column, not as its column's foot."""
    left = [("Governance", 0, 0, 1.2, True)] + [(words, 0, 1.6 + 1.38 * k, 1.0, False)
                                                for k, words in enumerate(PARAGRAPH * 3)]
    right = _numbered_column()
    below = [("Critical care", 0, 21.5, 2.4, True), ("Is the service safe?", 0, 26.0, 1.4, True),
             ("Staff knew how to report incidents.", 0, 28.0, 1.0, False)]
    glyphs = [g for text, x, top, scale, bold in left + right + below
              for g in _set(text, 40 + x * size, 60 + top * size, scale * size, bold)]
    lines = [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines]
    assert lines == [spec[0] for spec in left + right + below]
