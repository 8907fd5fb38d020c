"""Round read156: small reports made here with reportlab at two type sizes (all geometry in ems of the
type), for the rules the random layouts' seeds still broke: an item set without a hanging indent (its
lines wrap back to its bullet's x) whose citation wraps to a short line of its own, beside the next
item's bullet in the column to its right; a list heading ending a column, its items beside it in smaller
type; a list heading in the first column of columns whose other tops stand level with it (with sub-items
in the second); an item flowed into two columns at a page's foot over its running footer; a heading
reaching into the gutter under a short right column; a label cell's name wrapped beside a kind cell; a
group label ending its page."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

MUSTS = ["Ensure that the resuscitation trolley is checked every day, with clear lines of accountability "
         "for its checks. (Regulation 12(2)(g))",
         "Ensure that falls risk assessments are reviewed after every fall, that care plans are updated to match "
         "and that learning from falls is shared across the teams on every ward."]


def _flush_item(sheet: _Sheet, text: str, x: float, top: float, size: float, measure: float) -> float:
    """A bulleted item whose wrapped lines go back to the bullet's x (no hanging indent); the top under it."""
    lead, first = 1.4 * size, True
    while text:
        indent = 1.6 * size if first else 0.0
        words = simpleSplit(text, "Helvetica", size, measure - indent)[0]
        if first:
            sheet.put("\u2022", x, top, size)
        sheet.put(words, x + indent, top, size)
        text, first, top = text[len(words):].strip(), False, top + lead
    return top


@pytest.mark.parametrize("size", [8.0, 12.0])
def test_a_flush_item_s_citation_wrapped_beside_the_next_column_s_bullet_stays_its_own(tmp_path, size):
    """Two columns of items, each item's lines wrapping back to its bullet: the left item's citation wraps
    so that "12(2)(g))" is a short line of its own at the bullet's x, level with the right column's last
    line and with the right item's bullet up the row. It goes on the left item's unfinished citation (a
    citation names a regulation, never a table's row label) and the statement is read whole."""
    width, height = 595.0, 842.0
    gutter, left = 2.5 * size, 3.5 * size
    measure = (width - 2 * left - gutter) / 2
    # the left item's measure chosen so that its citation's closing figures wrap alone
    first = MUSTS[0]
    for cut in (n * 0.25 * size for n in range(40)):
        lines = simpleSplit(first, "Helvetica", size, measure - cut)
        if lines[-1] == "12(2)(g))":
            break
    else:
        pytest.skip("no measure wraps the citation's figures alone at this size")
    path = tmp_path / "flush.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("Areas for improvement", left, 8 * size, 1.5 * size, "Helvetica-Bold")
    sheet.put("We found breaches of regulations. The provider must:", left, 11 * size, 1.2 * size, "Helvetica-Bold")
    top = 13 * size
    _flush_item(sheet, first, left, top, size, measure - cut)
    right = _flush_item(sheet, MUSTS[1], left + measure + gutter, top, size, measure)
    assert right >= top + 3 * 1.4 * size  # the right item ends level with or under the citation's line
    sheet.save()
    got = [f.text for f in read_findings(path) if f.kind == "must"]
    assert got == MUSTS


SHOULD = "Review the arrangements for face-to-face interpreting services, including for agency and bank staff."


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_list_heading_ending_a_column_heads_the_smaller_items_set_beside_it(tmp_path, size):
    """The last lines of a page: a bold list heading in larger type ends the left column, under a must
    list in the text's type, and the list's one item stands in the right column level with it, in
    smaller type. The heading is no sentence cut at the page's foot beside a panel (the column it
    ends is finished): the item is read under it, a should, not moved before the column."""
    width, height = 595.0, 842.0
    left = 5 * size
    path = tmp_path / "heading.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("Medical care", left, 8 * size, 1.8 * size, "Helvetica-Bold")
    sheet.put("Staff told us they should have more time to complete training, but shifts were busy.", left,
              11 * size, size)
    sheet.put("We found breaches of regulations. The provider must:", left, 14 * size, 1.5 * size, "Helvetica-Bold")
    top = sheet.bullet_item(MUSTS[1], left, 17 * size, size, width - 2 * left, 1.3 * size)
    sheet.put("The provider should:", left, top + 0.5 * size, 1.5 * size, "Helvetica-Bold")
    small, mid = 0.85 * size, width / 2 + 2 * size
    sheet.bullet_item(SHOULD, mid, top + 0.5 * size, small, width - left - mid, 1.3 * small)
    sheet.save()
    got = [(f.kind, f.text) for f in read_findings(path)]
    assert got == [("must", MUSTS[1]), ("should", SHOULD)]


def _flowed(sheet: _Sheet, text: str, columns: list[tuple[float, float, int]], size: float, measure: float,
            marker: str = "\u2022", justified: bool = False) -> None:
    """One bulleted item flowed through columns, each (x, top, lines): its bullet hung 1.2 ems left of its
    text in the first column, its lines wrapped to `measure` and cut into the columns' shares; `justified`,
    each line but the item's last spread to the measure."""
    lines, lead = simpleSplit(text, "Helvetica", size, measure), 1.4 * size
    last = lines[-1]
    for n, (x, top, count) in enumerate(columns):
        share, lines = (lines[:count], lines[count:]) if n < len(columns) - 1 else (lines, [])
        for k, words in enumerate(share):
            if n == 0 and k == 0:
                sheet.put(marker, x, top, size)
            if justified and not (n == len(columns) - 1 and k == len(share) - 1 and words == last):
                _spread(sheet, words.split(), x + 1.2 * size, top + k * lead, size, measure)
            else:
                sheet.put(words, x + 1.2 * size, top + k * lead, size)


def _spread(sheet: _Sheet, words: list[str], x: float, top: float, size: float, measure: float) -> None:
    """A justified line: its words spread so that the last ends at the measure."""
    widths = [sheet.canvas.stringWidth(w, "Helvetica", size) for w in words]
    space = (measure - sum(widths)) / max(len(words) - 1, 1)
    for word, width in zip(words, widths):
        sheet.put(word, x, top, size)
        x += width + space


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_list_heading_in_the_first_column_beside_its_columns_tops(tmp_path, size):
    """Two columns of must items, then "The provider should:" in bold at the first column's top, a line's
    gap under them, and the should list in three columns: the first starts under the heading, the other
    two level with it (their one and two lines). The must columns end above the heading (the next
    block's band stands inside their right column, and the bands of a block higher up the page say
    nothing about it), so the should item is read column by column, whole."""
    width, height = 595.0, 842.0
    left, gutter = 5 * size, 2 * size
    measure2, measure3 = (width - 2 * left - gutter) / 2, (width - 2 * left - 2 * gutter) / 3
    path = tmp_path / "offset.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    top = 8 * size
    for k in range(2):  # a block of narrative columns higher up the page, its gutter near the next block's
        for n in range(3):
            sheet.put("Staff were caring and treated patients with dignity.", left + k * (measure2 + gutter),
                      top + n * 1.4 * size, size)
    sheet.put("We found breaches of regulations. The provider must:", left, 15 * size, size, "Helvetica-Bold")
    top, musts = 17 * size, [MUSTS[1], "Ensure that the resuscitation trolley is checked every day and that items past "
                                          "their date are replaced, so that patients receive safe care."]
    for k, must in enumerate(musts):
        sheet.bullet_item(must, left + k * (measure2 + gutter), top, size, measure2 - 1.2 * size, 1.4 * size)
    lines = max(len(simpleSplit(m, "Helvetica", size, measure2 - 1.2 * size)) for m in musts)
    head = top + lines * 1.4 * size + 0.6 * size
    sheet.put("The provider should:", left, head, size, "Helvetica-Bold")
    should = ("Consider how to improve engagement with person-centred care planning on the children's ward, in "
              "outpatients and in the community teams, so that patients receive safe care and treatment.")
    xs = [left + k * (measure3 + gutter) for k in range(3)]
    n = len(simpleSplit(should, "Helvetica", size, measure3 - 1.2 * size))
    assert n >= 4
    _flowed(sheet, should, [(xs[0], head + 2 * size, 1), (xs[1], head + 0.5 * size, 1),
                            (xs[2], head + 0.5 * size, n - 2)], size, measure3 - 1.2 * size)
    sheet.save()
    got = [(f.kind, f.text) for f in read_findings(path)]
    assert got == [("must", musts[0]), ("must", musts[1]), ("should", should)]


def _footer(sheet: _Sheet, number: int, size: float) -> None:
    """A running footer of two lines in smaller type, a line's gap under the page's text area."""
    small = 0.8 * size
    top = sheet.height - 6 * size
    sheet.put(f"{number}  Riverside NHS Trust Quality Report 08/03/2024. Providers must display their rating",
              5 * size, top, small)
    sheet.put("on their website and at each location (Regulation 20A).", 5 * size, top + 1.3 * small, small)


@pytest.mark.parametrize("size", [9.0, 13.0])
def test_an_item_flowed_into_two_columns_at_the_page_s_foot_over_its_footer(tmp_path, size):
    """A should list's one item at the foot of a page, flowed into two columns: its bullet's line in the
    first, a little lower than the second column's two lines (a box's padding over the first only), a
    line's gap over the page's running footer in smaller type. The footer is the page's end, no text
    across the columns closing them: the item is read column by column, whole."""
    width, height = 595.0, 842.0
    left, gutter = 5 * size, 2 * size
    measure = (width - 2 * left - gutter) / 2
    path = tmp_path / "foot.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("Staff were caring and treated patients with dignity and respect.", left, 8 * size, size)
    _footer(sheet, 1, size)
    sheet.next_page()
    sheet.put("They must:", left, 4 * size, 1.4 * size, "Helvetica-Bold")
    sheet.bullet_item(MUSTS[1], left, 7 * size, size, width - 2 * left - 1.2 * size, 1.4 * size)
    should = ("Continue to improve the recording of pain scores in the theatres and recovery areas, so that "
              "patients receive safe care and treatment.")
    lines = simpleSplit(should, "Helvetica", size, measure - 1.2 * size)
    assert len(lines) >= 3
    head = height - 6 * size - 3.3 * size  # its last line's foot less than an em over the footer's top
    sheet.put("They should:", left, head - 2 * size, 1.4 * size, "Helvetica-Bold")
    _flowed(sheet, " ".join(lines[:3]), [(left, head + 0.6 * size, 1), (left + measure + gutter, head, 2)], size,
            measure - 1.2 * size)
    _footer(sheet, 2, size)
    sheet.save()
    got = [(f.kind, f.text) for f in read_findings(path)]
    assert got == [("must", MUSTS[1]), ("should", " ".join(lines[:3]))]


@pytest.mark.parametrize("size", [8.5, 12.0])
def test_a_heading_reaching_into_the_gutter_under_a_short_right_column_is_read_after_it(tmp_path, size):
    """A must item flowed into two justified columns, its last two lines in the second, then under the
    first column's last line the should list's heading, in bold a little smaller than the text, ending
    two ems into the gutter (past the first column's measure, short of the second's text), and the should
    items across the page. The heading is wider than the column: set across the block, it is read after
    the second column's lines, so the must item is whole and the shoulds are read under their heading."""
    width, height = 595.0, 842.0
    left, gutter = 5 * size, 4 * size
    heading = "The areas where the provider should make improvements are:"
    small = 0.95 * size
    path = tmp_path / "across.pdf"
    sheet = _Sheet(path, width, height)
    sheet.canvas.setFont("Helvetica-Bold", small)
    measure = sheet.canvas.stringWidth(heading, "Helvetica-Bold", small) - 2 * size
    must = ("Ensure that risk assessments for falls, pressure ulcers and nutrition are completed on admission in "
            "the theatres and recovery areas, on the children's ward and in outpatients, and that learning is "
            "shared across teams. (Regulation 12)")
    lines = simpleSplit(must, "Helvetica", size, measure - 1.2 * size)
    assert len(lines) >= 5
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("The areas where the provider must make improvement are:", left, 8 * size, small, "Helvetica-Bold")
    top, lead = 10 * size, 1.4 * size
    first = len(lines) - 2  # the second column's two lines go on the first's unfinished sentence
    _flowed(sheet, must, [(left, top, first), (left + measure + gutter, top, 2)], size, measure - 1.2 * size,
            justified=True)
    sheet.put(heading, left, top + first * lead + 0.6 * size, small, "Helvetica-Bold")
    shoulds = ["Review the arrangements for face-to-face interpreting services, in accordance with the trust policy.",
               "Review how it supports staff wellbeing after serious incidents."]
    below = top + first * lead + 2.2 * size
    for should in shoulds:
        below = sheet.bullet_item(should, left, below, size, width - 2 * left - 1.2 * size, lead)
    sheet.save()
    got = [(f.kind, f.text) for f in read_findings(path)]
    assert got == [("must", must), ("should", shoulds[0]), ("should", shoulds[1])]


@pytest.mark.parametrize("size", [9.0, 13.0])
def test_a_label_cell_s_name_wrapped_beside_a_kind_cell_stays_one_label(tmp_path, size):
    """A table of a core service column, a MUST / SHOULD column and the actions, its first row's service
    name wrapped over two lines ("DIAGNOSTIC" / "IMAGING") level with its item's two lines, the kind cell
    level with the name's first line. The name's second line is no label of a row of its own (it is level
    with no item's opening): the name is one cell, and the row's item is a must of that service."""
    width, height = 842.0, 595.0
    left, lead = 4 * size, 1.4 * size
    label_x, kind_x, item_x = left, left + 9 * size, left + 15 * size
    measure = width - left - item_x
    path = tmp_path / "labels.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Outstanding practice and areas for improvement", left, 3 * size, 1.3 * size, "Helvetica-Bold")
    sheet.put("Core service", label_x, 6 * size, 0.95 * size, "Helvetica-Bold")
    sheet.put("Action the trust MUST / SHOULD take to improve", item_x, 6 * size, 0.95 * size, "Helvetica-Bold")
    rows = [(["DIAGNOSTIC", "IMAGING"], "MUST", MUSTS[1]),
            ([], "SHOULD", "The trust should review the arrangements for face-to-face interpreting services, in "
                           "line with national guidance."),
            (["URGENT AND", "EMERGENCY", "CARE"], "MUST", "The trust must ensure that controlled drugs are checked "
                                                          "and that discrepancies are investigated on the ward.")]
    top = 8.5 * size
    for names, kind, item in rows:
        for k, name in enumerate(names):
            sheet.put(name, label_x, top + k * 1.35 * 0.95 * size, 0.95 * size)
        sheet.put(kind, kind_x, top, 0.9 * size, "Helvetica-Bold")
        lines = simpleSplit(item, "Helvetica", size, measure - 2 * size)
        for k, words in enumerate(lines):
            if k == 0:
                sheet.put("\u2013", item_x, top, size)
            sheet.put(words, item_x + 2 * size, top + k * lead, size)
        top += max(len(lines) * lead, len(names) * 1.35 * 0.95 * size) + 1.5 * size
    sheet.save()
    got = [(f.kind, f.text) for f in read_findings(path)]
    assert got == [(kind.lower(), item) for _, kind, item in rows]


@pytest.mark.parametrize("size", [8.5, 11.0])
def test_a_list_heading_beside_its_second_column_s_sub_items_under_three_columns(tmp_path, size):
    """Three columns of must items, then "They should:" in bold at the first column's top and the should
    list in two columns: the first starting under the heading, the second level with it, its item's
    sub-items indented under it. The should columns' gutter stands inside the must list's middle column;
    the second column's edge is where its items start, its sub-items' indent no other edge: the must
    columns end above the heading and each should item is read whole, column by column."""
    width, height = 595.0, 842.0
    left, gutter, lead = 5 * size, 2 * size, 1.4 * size
    measure3, measure2 = (width - 2 * left - 2 * gutter) / 3, (width - 2 * left - gutter) / 2
    path = tmp_path / "subs.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("They must:", left, 8 * size, 1.2 * size, "Helvetica-Bold")
    musts = [MUSTS[1], "Ensure that controlled drugs are checked and that discrepancies are investigated in "
                       "outpatients and that learning is shared across teams.",
             "Ensure that follow-up appointments are booked within the timescales set by the clinician."]
    top, ends = 10 * size, []
    for k, must in enumerate(musts):
        ends.append(sheet.bullet_item(must, left + k * (measure3 + gutter), top, size, measure3 - 1.2 * size, lead))
    head = max(ends) + 0.2 * size
    sheet.put("They should:", left, head, size, "Helvetica-Bold")
    shoulds = ["Consider how to improve engagement with person-centred care planning on all medical wards.",
               "Make sure that leaflets are available in languages other than English in the theatres."]
    below = head + 1.5 * size
    for should in shoulds:
        below = sheet.bullet_item(should, left, below, size, measure2 - 1.2 * size, lead)
    lead_in = "Consider how to improve engagement with person-centred care planning in the community teams, including that:"
    subs = ["resuscitation trolleys are sealed and checked;", "fridge temperatures are recorded and action is taken."]
    x = left + measure2 + gutter
    below = sheet.bullet_item(lead_in, x, head + 0.1 * size, size, measure2 - 1.2 * size, lead)
    for sub in subs:
        below = sheet.bullet_item(sub, x + 1.2 * size, below, size, measure2 - 2.4 * size, lead)
    sheet.save()
    got = [(f.kind, f.text) for f in read_findings(path)]
    assert got == [("must", m) for m in musts] + [("should", s) for s in shoulds] \
        + [("should", lead_in + "\n" + "\n".join(subs))]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_group_label_ending_a_page_heads_the_items_opening_the_next(tmp_path, size):
    """A should list grouped by core service (a short label line over its dashed items): the last group's
    label is the page's last line, its items opening the next page's top. The label is the list's group
    there as on the page: the items go on the list, under it."""
    width, height = 595.0, 842.0
    left, lead = 5 * size, 1.4 * size
    measure = width - 2 * left - 1.6 * size
    path = tmp_path / "group.pdf"
    sheet = _Sheet(path, width, height)
    sheet.put("Inspection report", left, 4 * size, 2 * size, "Helvetica-Bold")
    sheet.put("The areas where the provider should make improvements are:", left, 8 * size, size)
    items = [("Outpatients", "Review the arrangements for face-to-face interpreting services, including for agency "
                             "and bank staff."),
             ("Critical care", "Make sure that leaflets are available in languages other than English on all "
                               "medical wards.")]

    def dashed(text: str, top: float) -> float:
        for k, words in enumerate(simpleSplit(text, "Helvetica", size, measure - 1.6 * size)):
            if k == 0:
                sheet.put("\u2013", left + 0.4 * size, top, size)
            sheet.put(words, left + 1.6 * size, top + k * lead, size)
        return top + (k + 1) * lead + 0.4 * size

    top = 10 * size
    for label, item in items:
        sheet.put(label, left, top, size)
        top = dashed(item, top + 1.6 * size)
    sheet.put("Trust-wide", left, height - 8 * size, size)  # the page's last line
    sheet.next_page()
    last = "Ensure that policies and procedures are reviewed and kept up-to-date, in line with national guidance."
    dashed(last, 5 * size)
    sheet.save()
    got = [(f.kind, f.text) for f in read_findings(path)]
    assert got == [("should", item) for _, item in items] + [("should", last)]
