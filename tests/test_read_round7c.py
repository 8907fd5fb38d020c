"""Round seven c of issue 10 (outside batch AG as a development set), each class on a small
PDF drawn here with reportlab and read back whole (glyphs, furniture, lists, notices): a
writer that marks its splits with U+2010 keeps a line-end hyphen-minus; a table's service
column on the right names its rows, carried over a page break under a repeated header row;
a lettered item at the top of the next page's first column is the list's next item, however
far from the column's edge its box sets it; a requirement cell running over a page ends
before a closing note in other type; unstyled group labels (a scanned page's text layer)
keep the list going, and an "either" section's lead-in paragraph is not a statement."""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
HEIGHT = 842.0


def _pdf(path: Path, pages: list[list[tuple]], invisible: bool = False) -> Path:
    """Pages of (text, x, top, size[, bold]) lines, top measured from the page's top; with
    `invisible`, the text is drawn unseen (render mode 3), as a scan's word layer is."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    for lines in pages:
        for text, x, top, size, *bold in lines:
            drawn = page.beginText(x, HEIGHT - top - size)
            drawn.setFont("DejaVu-Bold" if bold and bold[0] else "DejaVu", size)
            if invisible:
                drawn.setTextRenderMode(3)
            drawn.textOut(text)
            page.drawText(drawn)
        page.showPage()
    page.save()
    return path


def _column(lines: list[str], x: float, top: float, size: float, gap: float = 1.25) -> list[tuple]:
    return [(text, x, top + k * gap * size, size) for k, text in enumerate(lines)]


# ---- a line-end hyphen-minus beside U+2010 splits ---------------------------------------

@pytest.mark.parametrize("size", [8.0, 11.0, 14.0])
def test_a_writer_that_splits_with_u2010_keeps_a_hyphen_minus_at_a_line_end(tmp_path, size):
    lines = [("Action the trust MUST take to improve", 40, 60, 1.3 * size, True),
             ("• The trust must ensure that the emergency depart\u2010", 40, 60 + 3 * size, size),
             ("ment is staffed, and that pre-", 40 + size, 60 + 4.25 * size, size),
             ("operative checks are recorded.", 40 + size, 60 + 5.5 * size, size),
             ("• The trust must ensure that prophylaxis is pre-", 40, 60 + 7 * size, size),
             ("scribed on admission.", 40 + size, 60 + 8.25 * size, size)]
    found = read_findings(_pdf(tmp_path / "report.pdf", [lines]))
    assert [f.text for f in found] == [
        "The trust must ensure that the emergency department is staffed, and that pre-operative checks are recorded.",
        "The trust must ensure that prophylaxis is pre-scribed on admission.",  # the writer's own marks decide
    ]


def test_without_u2010_splits_the_word_list_still_decides_a_line_end_hyphen(tmp_path):
    lines = [("Action the trust MUST take to improve", 40, 60, 13, True),
             ("• The trust must ensure that antibiotic prophy-", 40, 90, 10),
             ("laxis checks are recorded.", 50, 102.5, 10)]
    assert [f.text for f in read_findings(_pdf(tmp_path / "report.pdf", [lines]))] == [
        "The trust must ensure that antibiotic prophylaxis checks are recorded."]


# ---- a service column on the right, named once per group ---------------------------------

def _service_table_page(top: float, rows: list[tuple[str, list[str], list[str]]], size: float) -> list[tuple]:
    lines = [("No.", 50, top, size, True), ("Action the provider MUST take to improve", 80, top, size, True),
             ("Core service", 400, top, size, True)]
    at = top + 2 * size
    for number, action, service in rows:
        lines.append((number, 50, at, size))
        lines += _column(action, 80, at, size)
        lines += _column(service, 400, at, size)
        at += (len(action) + 1) * 1.25 * size
    return lines


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_service_column_right_of_the_actions_names_its_rows_and_carries_over_a_page_break(tmp_path, size):
    intro = [("Areas for improvement", 50, 60, 1.3 * size, True),
             ("Each action shows the core service it relates to, named once for each group of actions.", 50,
              60 + 2 * size, size)]
    first = intro + _service_table_page(60 + 5 * size, [
        ("M1", ["The provider must ensure that seclusion records are", "complete. (Regulation 12)"],
         ["Acute wards for adults of", "working age and psychiatric", "intensive care units"]),
        ("M2", ["The provider must ensure that rapid tranquillisation", "is monitored. (Regulation 12)"], []),
        ("M3", ["The provider must ensure that ligature risk assessments", "are current. (Regulation 12)"],
         ["Long stay or rehabilitation", "mental health wards for", "working age adults"]),
    ], size)
    second = _service_table_page(60, [
        ("M4", ["The provider must ensure that care plans are written", "with patients and their families, and",
                "reviewed each month. (Regulation 9)"], []),
        ("M5", ["The provider must ensure that governance systems give", "leaders accurate information about",
                "incidents. (Regulation 17)"], []),
    ], size)
    found = read_findings(_pdf(tmp_path / "report.pdf", [first, second]))
    assert [(f.text.split(" that ")[1][:12], f.service) for f in found] == [
        ("seclusion re", "Acute wards for adults of working age and psychiatric intensive care units"),
        ("rapid tranqu", "Acute wards for adults of working age and psychiatric intensive care units"),
        ("ligature ris", "Long stay or rehabilitation mental health wards for working age adults"),
        ("care plans a", "Long stay or rehabilitation mental health wards for working age adults"),
        ("governance s", "Long stay or rehabilitation mental health wards for working age adults"),
    ]


# ---- lettered items in boxes broken between columns --------------------------------------

def test_the_next_letter_at_the_top_of_the_next_page_s_first_column_is_the_next_item(tmp_path):
    size = 8.0
    lines = [("In addition the trust should:", 40, 60, 11, True)]
    columns = [(50, "Emergency and urgent care", ["a. The trust should ensure that staff", "receive an annual appraisal."]),
               (220, "Patient transport services", ["a. The trust should monitor the time", "patients wait to go home."]),
               (390, "Emergency operations centre", ["a. The trust should ensure that call", "audits are fed back in time."])]
    for x, title, item in columns:
        lines.append((title, x, 90, size, True))
        lines.append((item[0], x + 6, 90 + 1.4 * size, size))
        lines += _column(item[1:], x + 14, 90 + 2.65 * size, size)
    second = [("b. The trust should consider how staff", 56, 60, size),
              ("wellbeing support is offered.", 64, 60 + 1.25 * size, size),
              ("Resilience", 220, 60, size, True),
              ("a. The trust should ensure that action", 226, 60 + 1.4 * size, size),
              ("cards are up to date.", 234, 60 + 2.65 * size, size),
              ("b. The trust should review how learning", 396, 60, size),
              ("is shared with crews.", 404, 60 + 1.25 * size, size),
              ("Chief Inspector of Hospitals", 40, 140, 10.5)]
    found = read_findings(_pdf(tmp_path / "report.pdf", [lines, second]))
    assert [f.text for f in found] == [
        "The trust should ensure that staff receive an annual appraisal.",
        "The trust should monitor the time patients wait to go home.",
        "The trust should ensure that call audits are fed back in time.",
        "The trust should consider how staff wellbeing support is offered.",
        "The trust should ensure that action cards are up to date.",
        "The trust should review how learning is shared with crews.",
    ]
    assert [f.page for f in found] == [1, 1, 1, 2, 2, 2]


# ---- a requirement cell over a page break, then a closing note ---------------------------

@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_requirement_cell_ends_before_a_closing_note_in_other_type(tmp_path, size):
    def row(top: float, heading: str, body: list[str]) -> list[tuple]:
        return [(heading, 56, top, size, True),
                ("Regulated activity: Accommodation for persons who require nursing or personal care", 56,
                 top + 1.7 * size, 0.85 * size),
                ("How the regulation was not being met:", 56, top + 3.2 * size, 0.85 * size, True),
                *_column(body, 56, top + 4.7 * size, size)]

    first = [("Action we have told the provider to take", 56, 60, 1.4 * size, True),
             *row(60 + 3 * size, "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
                  ["The provider had failed to ensure that risks to people were", "assessed and mitigated."]),
             *row(60 + 13 * size, "Regulation 18 HSCA RA Regulations 2014 Staffing",
                  ["The provider had not deployed enough suitably qualified staff", "to meet people’s needs, and staff had not"])]
    second = [*_column(["received training in dysphagia.", ], 56, 60, size),
              ("The provider should tell us if it thinks any of the information in this report is inaccurate.",
               56, 60 + 3.5 * size, 0.9 * size)]
    found = read_findings(_pdf(tmp_path / "report.pdf", [first, second]))
    assert [f.text for f in found] == [
        "The provider had failed to ensure that risks to people were assessed and mitigated.",
        "The provider had not deployed enough suitably qualified staff to meet people’s needs, and staff had not "
        "received training in dysphagia.",
    ]


# ---- group labels set like the text, and an "either" section's lead-in --------------------

@pytest.mark.parametrize("size", [9.0, 12.0])
def test_unstyled_group_labels_keep_the_list_and_the_lead_in_is_no_statement(tmp_path, size):
    step = 1.5 * size
    spec = ["Areas for improvement",
            "The areas where the provider must make improvements are listed below. The provider must send us",
            "a report saying what action it will take.",
            "Action the provider MUST take to improve",
            "Bramley ward",
            "1. The provider must ensure that ligature points are identified.",
            "2. The provider must ensure that observations are recorded.",
            "Cedars ward",
            "1. The provider must ensure that there are enough nurses at night.",
            "Action the provider SHOULD take to improve",
            "Bramley ward",
            "– The provider should ensure that care plans reflect patients’ views."]
    first = [(text, 56 if k != 2 else 56, 60 + k * step, size) for k, text in enumerate(spec)]
    second = [("Cedars ward", 56, 60, size), ("– The provider should consider more activities at weekends.", 56, 60 + step, size)]
    found = read_findings(_pdf(tmp_path / "report.pdf", [first, second], invisible=True),
                      default_service="Wards for older people with mental health problems")
    assert [(f.kind, f.text[:40]) for f in found] == [
        ("must", "The provider must ensure that ligature p"),
        ("must", "The provider must ensure that observatio"),
        ("must", "The provider must ensure that there are "),
        ("should", "The provider should ensure that care pla"),
        ("should", "The provider should consider more activi"),
    ]
    assert {f.service for f in found} == {"Wards for older people with mental health problems"}  # the report's core service
    assert [f.group for f in found] == ["Bramley ward", "Bramley ward", "Cedars ward", "Bramley ward", "Cedars ward"]
