"""A risk system's register printed as a fixed-pitch box-drawing table, each printed line one string
holding every column's piece (Ref │ Type │ Statement │ Lead │ Due │ Status), the statement wrapped in
its cell. Full-width banner rows name the list and its core service after a spaced dash ("Action the
trust MUST take to improve — Community health inpatient services"): the items under a banner are that
service's (structure_patterns `named_after_heading`, as after a colon). A row cut by the page break goes
on under the repeated header, its reference printed again with a mark in its cell and "(continued)" in
the statement's ("S03+ │ │ (continued)"): both are read past and the statement is whole (locate
`_row_goes_on`). Before, the items had no service, and the cut statement ended at the page's foot with
the reference read into it.
"""

import textwrap
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402

INPATIENT = "Community health inpatient services"
ADULTS = "Community health services for adults"
ROWS = [  # banner (kind, service), then each row: reference, kind, statement, lead, due, status
    ("MUST", INPATIENT),
    ("M01", "MUST", "The trust must ensure that staff on the wards complete and record falls risk assessments "
     "within 24 hours of admission. (Regulation 12(2)(a))", "Ward mgr", "31/03/24", "Open"),
    ("M02", "MUST", "The trust must ensure that medicines requiring refrigeration are stored within the "
     "manufacturer's recommended temperature range. (Regulation 12(2)(g))", "Pharmacy", "29/02/24", "On track"),
    ("MUST", ADULTS),
    ("M03", "MUST", "The trust must ensure that caseload risk is reviewed so that patients waiting for a first "
     "district nursing visit are clinically prioritised. (Regulation 12(2)(b))", "Svc lead", "31/05/24", "Not started"),
    ("SHOULD", INPATIENT),
    ("S01", "SHOULD", "The trust should ensure that patients' pain scores are recorded consistently after "
     "analgesia is given.", "Ward mgr", "30/04/24", "Open"),
    ("S02", "SHOULD", "The trust should ensure that discharge summaries are sent to GPs within 48 hours of "
     "discharge.", "Ops mgr", "31/05/24", "Open"),
    ("SHOULD", ADULTS),
    ("S03", "SHOULD", "The trust should ensure that staff have protected time to attend team meetings and "
     "clinical supervision.", "Svc lead", "30/06/24", "Open"),
]
WIDTHS = (5, 6, 46, 12, 8, 11)
HEAD = ("Ref", "Type", "CQC statement (verbatim)", "Lead", "Due", "Status")


def _line(cells) -> str:
    return "│" + "│".join(f" {cell:<{w}} " for cell, w in zip(cells, WIDTHS)) + "│"


def _rule(left: str, mid: str, right: str, fill: str) -> str:
    return left + mid.join(fill * (w + 2) for w in WIDTHS) + right


def _printed(cut_after: int, mark: str) -> list[list[str]]:
    """The register's printed lines, two pages: the page breaks after `cut_after` lines of S02's row,
    the next page repeating the header and marking the row's rest with `mark` and "(continued)"."""
    inner = sum(WIDTHS) + 3 * len(WIDTHS) - 1
    head = [_rule("┌", "┬", "┐", "─"), _line(HEAD), _rule("╞", "╪", "╡", "═")]
    pages, lines = [], list(head)
    for row in ROWS:
        if len(row) == 2:
            banner = f"Action the trust {row[0]} take to improve — {row[1]}"
            lines += ["│ " + banner.ljust(inner - 1) + "│", _rule("├", "┼", "┤", "─")]
            continue
        ref, kind, text, lead, due, status = row
        cells = [textwrap.wrap(text, WIDTHS[2]), textwrap.wrap(lead, WIDTHS[3]), textwrap.wrap(status, WIDTHS[5])]
        height = max(map(len, cells))
        printed = [_line([ref if k == 0 else "", kind if k == 0 else "", *(c[k] if k < len(c) else "" for c in cells[:2]),
                          due if k == 0 else "", cells[2][k] if k < len(cells[2]) else ""]) for k in range(height)]
        if ref == "S02":
            pages.append(lines + printed[:cut_after] + [_rule("└", "┴", "┘", "─")])
            lines = head + [_line([mark, "", "(continued)", "", "", ""])] + printed[cut_after:]
        else:
            lines += printed
        lines.append(_rule("├", "┼", "┤", "─"))
    return pages + [lines]


def _print(path, pages: list[list[str]], size: float):
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    mono = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSansMono.ttf"  # box-drawing glyphs too
    pdfmetrics.registerFont(TTFont("DejaVuMono", str(mono)))
    width = 60 + len(pages[0][0]) * 0.602 * size
    page = canvas.Canvas(str(path), pagesize=(max(width, 842.0), 595.0))
    for n, lines in enumerate(pages, 1):
        page.setFont("DejaVuMono", size)
        page.drawString(30, 595 - 30, "Risk Manager  Report RM-114  CQC actions register (full text)")
        for k, text in enumerate(lines):
            page.drawString(30, 595 - 60 - k * 1.1 * size, text)
        page.drawString(30, 30, f"Page {n} of {len(pages)}  changes must be made in the system, not on this print")
        page.showPage()
    page.save()
    return path


def _expected() -> list[tuple]:
    services = [service for row in ROWS if len(row) == 2 for service in [row[1]]]
    found, service = [], None
    for row in ROWS:
        if len(row) == 2:
            service = row[1]
            continue
        found.append((row[1].lower(), service, row[2]))
    assert len(set(services)) == 2
    return found


@pytest.mark.parametrize("size", [7.5, 8.2, 9.0])
@pytest.mark.parametrize("mark", ["S02+", "S02"])
def test_a_register_print_s_banner_rows_name_the_service_and_a_cut_row_goes_on(tmp_path, size, mark):
    _, found = _findings(_print(tmp_path / "register.pdf", _printed(1, mark), size))
    assert [(f.kind, f.service, f.text) for f in found] == _expected()
