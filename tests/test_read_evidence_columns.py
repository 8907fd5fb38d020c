"""A table printing what inspectors found beside each action ("Ref" | "What we found" | "Action
the trust must take", or "… | Action required | Trust lead" under the list's heading), the
evidence on the action's own rows: the evidence was read as the list's items, each a statement.
evidence_columns.py leaves the plain lines of the columns beside the list's out of the walk where
they hold sentences, and reads the rest of the table in its rows (the evidence column had carried
the next service's row ahead of the action beside it, which then took that service). A header row
naming two lists keeps both columns, a list's cell wrapped over two lines included (its lines
together name the list), and a column of core-service labels beside them.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts  # noqa: E402

from cqcplan.pipeline.evidence_columns import without_evidence_columns  # noqa: E402
from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

ROWS = [("Urgent and emergency care", "M1", "Initial assessment of patients arriving by ambulance was not always completed within 15 minutes; "
               "audits showed 61% compliance in March 2019.",
         "The trust must ensure that all patients arriving in the emergency department receive an initial "
         "clinical assessment within 15 minutes of arrival."),
        ("Urgent and emergency care", "M2", "Resuscitation trolleys had gaps in daily checks.",
         "The trust must ensure that emergency equipment, including resuscitation trolleys, is checked in line "
         "with trust policy and that checks are recorded."),
        ("Medical care", "M3", "Controlled drugs on Heron ward were not stored in line with the trust's policy.",
         "The trust must make sure that medicines, including controlled drugs, are stored securely.")]


def _table(path: Path, size: float, header: tuple[str, ...], lead: str | None) -> None:
    """A landscape page: the list's heading, a header row (ref, evidence, action and, with `lead`,
    a lead's column), then each row's ref, evidence (a little smaller), action and lead on one top
    line, under a service's row where the service changes, close under a row whose evidence is
    shorter than its action."""
    _fonts()
    page = Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    em = size
    ref, found, action = 3.6 * em, 8.4 * em, width * 0.4
    right = width * 0.82 if lead else width - 3 * em
    y = height - 5 * em
    page.setFont("DejaVu-Bold", 1.5 * em)
    page.drawString(ref, y, "Action the trust MUST take to improve")
    y -= 3 * em
    page.setFont("DejaVu-Bold", em)
    for x, text in zip((ref, found, action, right + em), header):
        page.drawString(x, y, text)
    y -= 1.5 * em
    service = None
    for named, number, evidence, act in ROWS:
        page.setFont("DejaVu-Bold", em)
        if named != service:
            y -= 0.9 * em
            page.drawString(ref, y, f"Anytown General Hospital – {named}")
            service = named
        y -= 2.2 * em
        page.setFont("DejaVu", 0.95 * em)
        page.drawString(ref, y, number)
        left = simpleSplit(evidence, "DejaVu", 0.95 * em, action - found - 2 * em)
        lines = simpleSplit(act, "DejaVu", em, right - action - em)
        for k, text in enumerate(left):
            page.drawString(found, y - 1.35 * em * k, text)
        page.setFont("DejaVu", em)
        for k, text in enumerate(lines):
            page.drawString(action, y - 1.3 * em * k, text)
        if lead:
            page.setFont("DejaVu", 0.85 * em)
            page.drawString(right + em, y, lead)
        y -= 1.35 * em * max(len(left), len(lines))
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_column_of_what_was_found_beside_the_actions_is_no_statement(tmp_path, size):
    path = tmp_path / "table.pdf"
    _table(path, size, ("Ref", "What we found", "Action the trust must take"), None)
    assert _findings(path) == [("must", service, act) for service, _, _, act in ROWS]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_an_issue_column_beside_an_action_required_column_is_no_statement(tmp_path, size):
    """No header cell names the list: the list's heading does, and the action column says its kind."""
    path = tmp_path / "issues.pdf"
    _table(path, size, ("Ref", "What we found (issue)", "Action required", "Trust lead"), "Chief nurse")
    assert _findings(path) == [("must", service, act) for service, _, _, act in ROWS]


MUSTS = ["Ensure that the well-led framework is embedded, with clear lines of accountability for quality.",
         "Make sure that consent and mental capacity assessments are recorded in patients' notes."]
SHOULDS = ["Review how it supports staff wellbeing after serious incidents, so that patients receive safe care.",
           "Consider how birth partners can be supported to stay overnight on the postnatal ward."]


def _two_lists(path: Path, size: float, must_cell: list[str], service: str) -> None:
    """A landscape page: "Areas for improvement", a header row "Core service | `must_cell` (its
    lines) | The provider should:", then one service's row, its label in the first column and each list's bulleted
    items under its cell."""
    _fonts()
    page = Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    em = size
    label, must, should = 4 * em, width * 0.26, width * 0.6
    y = height - 5 * em
    page.setFont("DejaVu-Bold", 1.3 * em)
    page.drawString(label, y, "Areas for improvement")
    y -= 2.4 * em
    page.setFont("DejaVu-Bold", em)
    page.drawString(label, y, "Core service")
    page.drawString(should, y, "The provider should:")
    for k, text in enumerate(must_cell):
        page.drawString(must, y - 1.3 * em * k, text)
    y -= 1.3 * em * len(must_cell) + 1.4 * em
    page.setFont("DejaVu", em)
    for k, text in enumerate(simpleSplit(service, "DejaVu", em, must - label - 2 * em)):
        page.drawString(label, y - 1.3 * em * k, text)
    for x, items in ((must, MUSTS), (should, SHOULDS)):
        row = y
        for item in items:
            for k, text in enumerate(simpleSplit(item, "DejaVu", em, should - must - 4 * em)):
                page.drawString(x, row, "• " + text if k == 0 else text)
                row -= 1.4 * em
            row -= 0.6 * em
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_header_row_naming_two_lists_keeps_both_columns(tmp_path, size):
    path = tmp_path / "two.pdf"
    _two_lists(path, size, ["The provider must:"], "Surgery")
    assert [(kind, text) for kind, _, text in _findings(path)] == ([("must", m) for m in MUSTS]
                                                                   + [("should", s) for s in SHOULDS])


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_list_cell_wrapped_over_two_lines_names_its_list(tmp_path, size):
    """"We found breaches of regulations. The provider" / "must:" names the must list: no column
    of the table is evidence, the service's label of five words included."""
    path = tmp_path / "wrapped.pdf"
    _two_lists(path, size, ["We found breaches of regulations. The provider", "must:"],
               "Medical care (including older people's care)")
    lines = list(mark_furniture(start_read(path, sha256="0")()).body_lines())
    assert without_evidence_columns(lines) == lines


SERVICES = [("Urgent and emergency care", "The trust must ensure that there are enough suitably qualified nursing staff.",
             "The trust should improve the documentation of observations and the frequency of monitoring."),
            ("Maternity", "The trust must ensure that staff complete safeguarding children level 3 training.",
             "The trust should make sure that leaflets are available in languages other than English.")]


def _two_lists_by_service(path: Path, size: float) -> None:
    """A portrait page: "Outstanding practice and areas for improvement", a header row of two
    list cells each wrapped over two lines ("Action the trust MUST take" / "to improve"), then
    for each service a row across the table (its name in bold) over its must and should items
    side by side."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    width, height = A4
    em = size
    must, should = 4 * em, width / 2 + em
    y = height - 6 * em
    page.setFont("DejaVu-Bold", 1.3 * em)
    page.drawString(must, y, "Outstanding practice and areas for improvement")
    y -= 2.6 * em
    page.setFont("DejaVu-Bold", em)
    for x, cell in ((must, ["Action the trust MUST take", "to improve"]),
                    (should, ["Action the trust SHOULD", "take to improve"])):
        for k, text in enumerate(cell):
            page.drawString(x, y - 1.35 * em * k, text)
    y -= 1.35 * em
    for service, *items in SERVICES:
        y -= 2.4 * em
        page.setFont("DejaVu-Bold", em)
        page.drawString(must, y, service)
        y -= 2.2 * em
        page.setFont("DejaVu", em)
        rows = [simpleSplit(item, "DejaVu", em, should - must - 3 * em) for item in items]
        for x, lines in zip((must, should), rows):
            for k, text in enumerate(lines):
                page.drawString(x, y - 1.35 * em * k, "• " + text if k == 0 else text)
        y -= 1.35 * em * max(map(len, rows))
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_header_row_read_again_over_its_columns_keeps_both_lists(tmp_path, size):
    """read.py reads each header cell again over its column under each service's row (a copy at
    the cell's place): the copies are the header row's, its cells' wrapped lines no header row of
    their own ("to improve" | "take to improve" under the must heading took the should column for
    evidence)."""
    path = tmp_path / "by_service.pdf"
    _two_lists_by_service(path, size)
    lines = list(mark_furniture(start_read(path, sha256="0")()).body_lines())
    assert without_evidence_columns(lines) == lines
    assert sorted((kind, service, text) for kind, service, text in _findings(path)) == sorted(
        [("must", service, m) for service, m, _ in SERVICES] + [("should", service, s) for service, _, s in SERVICES])


REF_SHOULDS = [("Emergency and urgent care", "The trust should consider how it can reduce handover delays at acute hospitals, "
            "working with commissioners and local trusts."),
           ("Emergency and urgent care", "The trust should ensure that staff are aware of the Duty of Candour and when it "
            "applies to the care they give."),
           ("Patient transport services", "The trust should review the environment of the control room to reduce noise "
            "and improve staff welfare.")]


def _ref_and_action(path: Path, size: float) -> None:
    """A portrait page: a should list's heading over a "Core service | Ref | Action" table, the
    ref's number close enough to its action's first line to be read as one line with it, the
    action's wrapped lines under the action's own cell."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    width, height = A4
    em = size
    service_x, ref_x, action_x = 5.4 * em, 18 * em, 21.5 * em
    y = height - 5 * em
    page.setFont("DejaVu-Bold", 1.3 * em)
    page.drawString(service_x, y, "ACTION THE TRUST SHOULD TAKE TO IMPROVE")
    y -= 2 * em
    page.setFont("DejaVu-Bold", em)
    for x, text in ((service_x, "Core service"), (ref_x, "Ref"), (action_x, "Action")):
        page.drawString(x, y, text)
    service = None
    for n, (named, act) in enumerate(REF_SHOULDS, 1):
        y -= 1.6 * em
        if named != service:
            page.setFont("DejaVu-Bold", em)
            page.drawString(service_x, y, named.split()[0])
            service = named
        page.setFont("DejaVu", em)
        page.drawString(ref_x, y, f"S{n}")
        for k, text in enumerate(simpleSplit(act, "DejaVu", em, width - action_x - 3 * em)):
            page.drawString(action_x, y - 1.2 * em * k, text)
        y -= 1.2 * em * (len(simpleSplit(act, "DejaVu", em, width - action_x - 3 * em)) - 1)
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_ref_printed_on_its_action_line_keeps_the_actions_wrapped_lines(tmp_path, size):
    """Each action's first line starts in the Ref cell, so the kind's column is the Ref's: the
    Action cell its lines run across is the list's too, and its wrapped lines no evidence."""
    path = tmp_path / "ref_and_action.pdf"
    _ref_and_action(path, size)
    assert [(kind, text) for kind, _, text in _findings(path)] == [("should", act) for _, act in REF_SHOULDS]


# A practice's newsletter: the report's points beside each one retold in plain words, most of them
# saying "must" or "should" as often as the report's column does, but of "we", the partners or a
# doctor, not of the practice the heading names.
PLAIN_MUSTS = [("The practice must ensure that patients on high-risk medicines have the blood tests their "
                "medicines need before each prescription. (Regulation 12(2)(g))",
                "Some patients had waited too long for blood tests. We must check each one before we issue "
                "another prescription."),
               ("The practice must ensure that recruitment checks are completed before staff start work. "
                "(Regulation 19(3)(a))",
                "The partners must keep a closer eye on the checks made before new staff join us."),
               ("The practice must ensure that test results are reviewed and acted on promptly. "
                "(Regulation 12(2)(a))",
                "A doctor must look at every result and tell you if anything needs to happen next.")]
PLAIN_SHOULDS = [("The practice should continue to improve the uptake of childhood immunisations.",
                  "We should be sending reminders by text as well as by letter."),
                 ("The practice should review how carers are identified so that they can be offered support.",
                  "If you look after someone, tell reception. We should be able to offer you a health check."),
                 ("The practice should ensure that all clinical staff complete sepsis awareness training.",
                  "All our nurses and doctors should know the early signs of sepsis."),
                 ("The practice should monitor vaccine fridge temperatures and record any action taken.",
                  "Vaccines must be kept cold. We should write down what we do if a fridge gets too warm.")]


def _explainer(path: Path, size: float, page_break: int | None) -> None:
    """A two-page portrait newsletter: under each list's heading a bold header row ("From the report" |
    "In plain words") over rows of a point and its retelling, the plain column in its own type; the
    should table broken over the page after `page_break` rows (no header row again), then a paragraph
    across the page."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    width, height = A4
    em, left = size, 50.0
    right = width / 2 + em
    column = width / 2 - left - 2 * em
    y = height - 5 * em

    def rows(heading, items, y, start=0, stop=None):
        if heading:
            page.setFont("DejaVu-Bold", 1.35 * em)
            page.drawString(left, y, heading)
            y -= 2.4 * em
            page.setFont("DejaVu-Bold", 0.95 * em)
            page.drawString(left, y, "From the report")
            page.drawString(right, y, "In plain words")
            y -= 2 * em
        for said, plain in items[start:stop]:
            ours = simpleSplit(said, "DejaVu", em, column)
            theirs = simpleSplit(plain, "DejaVu", em, column)
            page.setFont("DejaVu", em)
            for k, text in enumerate(ours):
                page.drawString(left, y - 1.3 * em * k, text)
            for k, text in enumerate(theirs):
                page.drawString(right, y - 1.3 * em * k, text)
            y -= 1.3 * em * max(len(ours), len(theirs)) + em
        return y

    y = rows("Areas where the practice must make improvements", PLAIN_MUSTS, y)
    y = rows("Areas where the practice should make improvements", PLAIN_SHOULDS, y - em, 0, page_break)
    if page_break is not None:
        page.showPage()
        y = rows(None, PLAIN_SHOULDS, height - 5 * em, page_break)
    page.setFont("DejaVu", em)
    for k, text in enumerate(simpleSplit("What happens next? We have sent our action plan to the inspectors, who "
                                         "will come back to check the changes. Please ask at reception if you "
                                         "have any questions.", "DejaVu", em, width - 2 * left)):
        page.drawString(left, y - em - 1.3 * em * k, text)
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_column_retelling_each_point_in_plain_words_is_no_statement(tmp_path, size):
    """The plain column says must / should about as often as the report's (one list set in two columns
    would): only the report's column says it of the practice the heading names."""
    path = tmp_path / "explainer.pdf"
    _explainer(path, size, None)
    assert _findings(path) == [("must", None, said) for said, _ in PLAIN_MUSTS] + \
        [("should", None, said) for said, _ in PLAIN_SHOULDS]


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_the_table_going_on_over_the_page_keeps_its_columns(tmp_path, size):
    """The should table runs off its page's foot; the next page's rows, no header row printed again,
    are the same table: its plain column is no statement there either."""
    path = tmp_path / "explainer.pdf"
    _explainer(path, size, 1 if size > 9 else 2)
    assert _findings(path) == [("must", None, said) for said, _ in PLAIN_MUSTS] + \
        [("should", None, said) for said, _ in PLAIN_SHOULDS]
