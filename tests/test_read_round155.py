"""Round read155: small reports made here with reportlab at two type sizes (all geometry in ems of the
type): an action tracker whose rows hold a reference, the core service, the statement (set a little
lower than the row's other cells), its lead, due date and status; an index of the actions whose
entries end in dot leaders and page numbers, before the action sheets repeating them; and an e-mail
copying statements into its reply, before the lists they were copied from."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from cqcplan.pipeline.repeats import collapse_repeats  # noqa: E402
from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

TRACKED = [("Community health services for adults",
            "The trust must ensure that district nurses review pressure ulcer risk assessments at every visit. "
            "(Regulation 12(2)(a))", "Deputy Chief Nurse", "Amber"),
           ("Community health services for adults",
            "The trust must ensure that there are enough qualified staff in the community nursing teams to meet "
            "patients' needs. (Regulation 18(1))", "Director of Workforce", "Red"),
           ("Community health inpatient services",
            "The trust must ensure that emergency equipment on the wards is checked and out-of-date items are "
            "replaced. (Regulation 15(1)(e))", "Matron", "Green"),
           ("Community end of life care",
            "The trust must ensure that resuscitation decisions and the discussions with families are recorded. "
            "(Regulation 11(1))", "Palliative Care Lead", "Red")]


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("refs", ["M{:02d}", "{}"])
@pytest.mark.parametrize("lower", [0.0, 0.25, 0.5])
def test_a_tracker_row_s_cells_before_its_statement_end_the_item_above(tmp_path, size, refs, lower):
    """Ref | Service | Action | Lead | Due | Status, one ruled row a statement, the service turned a
    quarter in its cell (wrapped up it in small type) and the statement cell set `lower` ems below the
    row's other cells, so the row's reference, service, lead and due date are read before it. Each
    row's reference ends the item above (as a bullet would), so every statement is read, verbatim, with
    its own row's service; the lead, due and status cells are no part of any. Set level with the
    reference (no lower), the statement's first line takes the reference as its list number, and the
    row's service is still read before it, not after (as the next row's)."""
    path = tmp_path / "tracker.pdf"
    sheet = _Sheet(path, 842.0, 595.0)
    left = 3 * size
    ref_x, service_x, action_x = left, left + 4 * size, left + 9 * size
    lead_x, due_x, status_x = action_x + 46 * size, action_x + 56 * size, action_x + 63 * size
    right = status_x + 6 * size
    top = 3 * size
    sheet.put("Action the trust MUST take to improve", left, top, 1.4 * size, "Helvetica-Bold")
    top += 3 * size
    for x, head in ((ref_x, "Ref"), (service_x, "Service"), (action_x, "Action"), (lead_x, "Lead"), (due_x, "Due"),
                    (status_x, "Status")):
        sheet.put(head, x, top, size, "Helvetica-Bold")
    top += 2 * size
    sheet.rule(left - 0.5 * size, right, top - 0.5 * size)
    for n, (service, statement, lead, status) in enumerate(TRACKED, 1):
        lines = simpleSplit(statement, "Helvetica", size, 44 * size)
        height = (len(lines) + 1.5) * 1.3 * size
        sheet.put(refs.format(n), ref_x, top, size)
        for k, words in enumerate(simpleSplit(service, "Helvetica", 0.7 * size, height - size)):
            _turned(sheet, words, service_x + (k + 1) * 0.85 * size, top + height - 0.5 * size, 0.7 * size)
        sheet.put(lead, lead_x, top, 0.9 * size)
        sheet.put("31/12/2022", due_x, top, 0.9 * size)
        sheet.put(status, status_x, top, 0.9 * size)
        for k, words in enumerate(lines):
            sheet.put(words, action_x, top + lower * size + k * 1.3 * size, size)
        top += height
        sheet.rule(left - 0.5 * size, right, top - 0.5 * size)
    sheet.save()
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == [
        ("must", statement, service) for service, statement, _, _ in TRACKED]


def _turned(sheet: _Sheet, text: str, x: float, foot: float, size: float) -> None:
    """Text running up the page from its baseline's foot (`foot`: points from the page's top)."""
    sheet.canvas.saveState()
    sheet.canvas.setFont("Helvetica", size)
    sheet.canvas.translate(x, sheet.height - foot)
    sheet.canvas.rotate(90)
    sheet.canvas.drawString(0, 0, text)
    sheet.canvas.restoreState()


INDEXED = [("must", "The provider must ensure that blank prescription forms are tracked through the practice and stored "
                    "securely at all times. (Regulation 12(2)(g))"),
           ("must", "The provider must notify the Commission without delay of the absence of the registered manager. "
                    "(Regulation 14 of the Care Quality Commission (Registration) Regulations 2009)"),
           ("should", "The provider should review how it identifies carers so that they can be offered support."),
           ("should", "The provider should ensure that minutes of clinical meetings record the learning from "
                      "significant events.")]


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("leader", [". ", ".", "\u2026"])
def test_an_index_entry_s_dot_leader_and_page_number_are_no_part_of_its_statement(tmp_path, size, leader):
    """An index of the actions, each entry wrapped to the measure, its last line filled to the right
    margin with a dot leader (spaced full stops, packed ones, or ellipses) from a space after its last
    word, and its action sheet's page number set flush right. Then one action
    sheet a page repeating each statement. Every statement is read as printed, on the index page first:
    no leader, no page number read into its citation."""
    path = tmp_path / "index.pdf"
    sheet = _Sheet(path, 595.0, 842.0)
    left, right = 5 * size, 595.0 - 5 * size
    top = 4 * size
    sheet.put("Index of required actions", left, top, 1.4 * size, "Helvetica-Bold")
    top += 3 * size
    heads = {"must": "Action the service MUST take to improve", "should": "Action the service SHOULD take to improve"}
    for kind in ("must", "should"):
        sheet.put(heads[kind], left, top, 1.1 * size, "Helvetica-Bold")
        top += 2 * size
        for n, (_, statement) in enumerate((e for e in INDEXED if e[0] == kind), 1):
            sheet.put(f"{kind[0].upper()}{n}", left, top, size)
            lines = simpleSplit(statement, "Helvetica", size, right - left - 9 * size)
            for k, words in enumerate(lines):
                end = sheet.put(words, left + 2.5 * size, top, size)
                top += 1.3 * size
            number = str(2 + INDEXED.index((kind, statement)))
            width = sheet.canvas.stringWidth(number, "Helvetica", size)
            space = sheet.canvas.stringWidth(" ", "Helvetica", size)  # the tab's leader starts past a space
            dots = leader * int((right - width - 0.5 * size - end - space) / sheet.canvas.stringWidth(leader, "Helvetica", size))
            sheet.put(dots, end + space, top - 1.3 * size, size)
            sheet.put(number, right - width, top - 1.3 * size, size)
            top += 0.5 * size
        top += size
    for kind, statement in INDEXED:
        sheet.next_page()
        top = 4 * size
        sheet.put(f"Action sheet: {heads[kind]}", left, top, 1.1 * size, "Helvetica-Bold")
        top += 2.5 * size
        sheet.put("Requirement (as stated in the report)", left, top, size, "Helvetica-Bold")
        top += 1.6 * size
        for words in simpleSplit(statement, "Helvetica", size, right - left):
            sheet.put(words, left, top, size)
            top += 1.3 * size
        top += size
        sheet.put("What we will do", left, top, size, "Helvetica-Bold")
        sheet.put("The practice manager will agree the change at the partners' meeting.", left, top + 1.6 * size, size)
    sheet.save()
    found = read_findings(path)
    assert [(f.kind, f.text) for f in found if f.page == 1] == INDEXED
    assert {f.text for f in found} == {text for _, text in INDEXED}


QUOTED = [("must", "The trust must ensure that controlled drugs on the medical wards are stored, checked and recorded "
                   "in line with trust policy. (Regulation 12(2)(g))"),
          ("should", "The trust should ensure that patients' fluid balance charts are fully completed and totalled "
                     "each day.")]
LISTED = [("must", "The trust must ensure that the board assurance framework reflects the current risks to patient "
                   "safety. (Regulation 17(1))"), QUOTED[0],
          ("should", "The trust should ensure that the resuscitation trolleys are checked daily and the checks are "
                     "recorded."), QUOTED[1]]


@pytest.mark.parametrize("size", [8.0, 10.0])
@pytest.mark.parametrize("quoted", [True, False])
def test_a_statement_copied_word_for_word_before_its_list_is_first_printed_there(tmp_path, size, quoted):
    """A plain-text e-mail (monospace) answering the one it quotes: two of the statements copied into
    the reply as bullets ("> " marks, or none: a copy pasted in), re-wrapped narrower, a comment under
    each; then the forwarded lists under their headings on the next page. Each copied statement's
    first printing is the reply's page, the list's page is another printing of it; the comments and
    the statements only the lists print are read as before."""
    path = tmp_path / "mail.pdf"
    sheet = _Sheet(path, 595.0, 842.0)
    left, lead = 5 * size, 1.2 * size
    mark = "> " if quoted else ""
    width = sheet.canvas.stringWidth("M", "Courier", size)
    top = 4 * size
    for words in ("Medicine will take the items below. Comments inline.", ""):
        sheet.put(words, left, top, size, "Courier")
        top += lead
    for (_, statement), comment in zip(QUOTED, ("Agreed - pharmacy audit the books weekly. We should have results "
                                                "by April.", "Fine. We must not promise a new chart before June.")):
        for k, words in enumerate(simpleSplit(statement, "Courier", size, 56 * width)):
            sheet.put(mark + ("* " if k == 0 else "  ") + words, left, top, size, "Courier")
            top += lead
        top += lead
        for words in simpleSplit(comment, "Courier", size, 70 * width):
            sheet.put(words, left, top, size, "Courier")
            top += lead
        top += lead
    sheet.put("Tom", left, top, size, "Courier")
    sheet.next_page()
    top = 4 * size
    heads = {"must": "ACTION THE TRUST MUST TAKE TO IMPROVE", "should": "ACTION THE TRUST SHOULD TAKE TO IMPROVE"}
    for kind in ("must", "should"):
        sheet.put(heads[kind], left, top, size, "Courier")
        top += 2 * lead
        for _, statement in (entry for entry in LISTED if entry[0] == kind):
            for k, words in enumerate(simpleSplit(statement, "Courier", size, 70 * width)):
                sheet.put(("* " if k == 0 else "  ") + words, left, top, size, "Courier")
                top += lead
            top += lead
    sheet.save()
    found = collapse_repeats(read_findings(path))
    assert sorted((f.kind, f.text, f.page, [p.page for p in f.also_at]) for f in found) == sorted(
        (kind, text, 1 if (kind, text) in QUOTED else 2, [2] if (kind, text) in QUOTED else []) for kind, text in LISTED)
