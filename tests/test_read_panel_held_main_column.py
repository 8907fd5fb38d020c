"""A side panel in larger type right of a main column, its must/should list grouped by core service and
going on over a page break, the main column's bulleted key findings cut mid-sentence at the first page's
foot (so `panels.py` reads the main column after the panel there, its cut item going on at the next page's
top). The main column's heading "Our key findings were:" is set bold at the panel's own size: read after
the panel's last item, higher up the page and wholly left of it, it is the held-back main column's, never
the panel list's next group. Before, it was taken for a group, so the key findings were read as the
list's items and the panel's next page (its next group) was read as no list at all."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from test_read_outside_tables import HEIGHT, WIDTH, _Page  # noqa: E402
from reading import read_findings  # noqa: E402

FINDINGS = ["Care was delivered in line with national guidance and audit results were in line with the England "
            "average.",
            "Leaders agreed that the service must improve its waiting times and had a plan to do so.",
            "Records we reviewed were not always complete; some risk assessments had not been updated.",
            "Nurse staffing levels were reviewed three times a day by the matron and the site team.",
            "Leaders were visible and approachable, and staff said the senior team had improved.",
            "Medicines were generally stored correctly, although some items had passed their expiry date and "
            "several fridges had no record of their temperature for the week before our visit."]
FIRST = [("Surgery", "must", "The service must ensure that risk assessments for falls are completed on admission."),
         ("Surgery", "must", "The location must ensure that there are sufficient numbers of suitably qualified "
                             "nursing staff at night and at weekends.")]
SECOND = [("Maternity", "must", "The location must ensure that medicines are stored securely and at the right "
                                "temperatures in outpatients."),
          ("Maternity", "should", "The location should review the arrangements for face-to-face interpreting "
                                  "services.")]


def _panel(page: _Page, groups, x: float, top: float, width: float, size: float, heading: bool) -> None:
    if heading:
        top = page.para("Areas for improvement", x, top, width, size, bold=True) + 0.4 * size
    for n, (service, _, text) in enumerate(groups):
        if not n or groups[n - 1][0] != service:
            top = page.para(service, x, top, width, size, bold=True) + 0.4 * size
        top = page.para(text, x, top, width, size, indent=1.5 * size, bullet=True) + 0.4 * size


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_the_main_column_s_heading_in_the_panel_s_type_ends_the_panel_s_list(tmp_path, size):
    path = tmp_path / "panel.pdf"
    page = _Page(path, size)
    big, lead = 1.2 * size, 1.2 * size
    left, right = 50.0, WIDTH - 50.0
    main_w = 0.45 * (right - left)
    panel_x = left + main_w + 1.5 * size
    panel_w = right - panel_x
    lines = []  # the bulleted findings down past the page's foot: the last one is cut there, mid-sentence
    while len(lines) * lead < HEIGHT - 170.0:
        text = FINDINGS[len([first for first, _ in lines if first]) % len(FINDINGS)]
        lines += [(n == 0, piece) for n, piece in enumerate(simpleSplit(text, "Helvetica", size, main_w - 1.2 * size))]
    while lines[-1][0]:  # the last finding's one line: set the next, longer
        lines += [(n == 0, piece) for n, piece in enumerate(simpleSplit(FINDINGS[-1], "Helvetica", size,
                                                                        main_w - 1.2 * size))]
    cut = len(lines) - 1
    top = page.para("Our key findings were:", left, 80.0, main_w, big, bold=True) + 0.6 * size
    for first, piece in lines[:cut]:
        if first:
            page.put("•", left, top)
        page.put(piece, left + 1.2 * size, top)
        top += lead
    _panel(page, FIRST, panel_x, 80.0 + 2.0 * big, panel_w, big, heading=True)
    page.canvas.showPage()
    top = 80.0
    for _, piece in lines[cut:]:
        page.put(piece, left + 1.2 * size, top)
        top += lead
    page.para("Staff were caring and compassionate and treated patients with dignity and respect. " * 3,
              left, top + 0.6 * lead, main_w)
    _panel(page, SECOND, panel_x, 80.0, panel_w, big, heading=False)
    page.save()
    assert [(f.kind, f.service, f.text) for f in read_findings(path)] == [
        (kind, service, text) for service, kind, text in FIRST + SECOND]
