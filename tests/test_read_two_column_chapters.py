"""An ordinary two-column chapter layout (a 2015-16 "Quality Report"), drawn here with reportlab at
several type sizes and read back whole (pipeline/split_rows.py): after the cover, each core service's
chapter opens a page with its heading at the left column's top, level with the right column's first
line; the left column runs to the page's foot, breaking off mid-sentence (the first chapter's ends its
last sentence), and the right column's top goes on with the sentence's rest in lower case; the
chapter's must and should lists end the right column, their last item finishing its sentence well
above the page's foot. A page set across the whole width closes the chapters.

The pages are one flow, column after column, not a table's row of cells split by each page break:
a cell that finished its sentence and ended short of the page's foot had room left, so it did not
go on at the next page's top (before, each page's left column was read after the one before it and
every right column after all of them: every list came under the last chapter's service, and a
list's last item took the next page's right column's top as its end)."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round7e import HEIGHT  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT, TOP = 40.0, 60.0
# The chapters' narrative, filled column after column (a line opening lower case goes on a sentence).
NARRATIVE = ["Patients' care and treatment was", "planned and delivered in line with", "current evidence-based guidance,",
             "and the service took part in national", "audits. Staff were competent and had", "received an appraisal in the last",
             "year. Staffing levels were reviewed", "twice a day at the bed management", "meeting, and staff were moved",
             "between areas to cover shortfalls.", "Leaders were visible and staff told", "us they felt supported. The service",
             "had a governance structure with", "monthly meetings where risks were", "discussed. The areas we visited were",
             "visibly clean and tidy, and hand", "hygiene audit results were above", "the trust's target."]
# The page set across the whole width after the chapters.
CLOSING = "These findings were shared with the trust after the inspection."
CHAPTERS = [
    (["Urgent and emergency", "services"], "Urgent and emergency services",
     ["The trust must ensure that there are", "enough registered nurses on duty", "in the emergency department."],
     ["The trust should review the provision", "of mental health assessment rooms."]),
    (["Medical care (including", "older people's care)"], "Medical care (including older people's care)",
     ["The trust must ensure that patients'", "records are completed accurately."],
     ["The trust should ensure that bed moves", "for patients living with dementia are", "kept to a minimum."]),
    (["Surgery"], "Surgery",
     ["The trust must ensure that staff", "complete the surgical safety checklist."],
     ["The trust should ensure that controlled", "drugs registers are completed."]),
]


def _chapter(size: float, heading: list[str], must: list[str], should: list[str], start: int,
             finished: bool) -> tuple[list[tuple], int]:
    """One chapter's page: its heading and narrative filling the left column to the foot (`finished`:
    to the last sentence's end that fits; else breaking off mid-sentence), the narrative's rest at the
    right column's top, then its lists; returns the page and where the next page's narrative starts."""
    lead, right = 1.3 * size, LEFT + 27 * size
    page = [("Detailed findings", LEFT, 30.0, 0.8 * size, False)]  # the running header
    page += [(text, LEFT, TOP + k * 1.25 * 1.6 * size, 1.6 * size, True) for k, text in enumerate(heading)]
    y = TOP + len(heading) * 1.25 * 1.6 * size + 0.5 * size
    count = int((HEIGHT - 70.0 - y) / lead)
    while _ends_sentence(start + count - 1) != finished:
        count -= 1
    for n in range(start, start + count):
        page.append((NARRATIVE[n % len(NARRATIVE)], LEFT, y, size, False))
        y += lead
    rest = [start + count]  # the sentence's rest (a finished column's: the next sentence), then the chapter's lists
    while not _ends_sentence(rest[-1]):
        rest.append(rest[-1] + 1)
    for k, n in enumerate(rest):
        page.append((NARRATIVE[n % len(NARRATIVE)], right, TOP + k * lead, size, False))
    y = TOP + len(rest) * lead
    for kind, item in (("MUST", must), ("SHOULD", should)):
        y += 0.5 * size
        page.append((f"Action the hospital {kind} take to improve", right, y, size, True))
        y += lead
        page.append(("•", right, y, size, False))
        for text in item:
            page.append((text, right + size, y, size, False))
            y += lead
    return page, rest[-1] + 1


def _ends_sentence(n: int) -> bool:
    return NARRATIVE[n % len(NARRATIVE)].endswith(".")


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_each_chapter_s_lists_are_read_under_its_own_service_and_end_with_their_own_words(tmp_path, size):
    cover = [("Ashbourne General Hospital", LEFT, 200.0, 2 * size, True), ("Quality Report", LEFT, 240.0, 1.5 * size, False)]
    pages, start = [cover], 0
    for k, (heading, _, must, should) in enumerate(CHAPTERS):
        page, start = _chapter(size, heading, must, should, start, finished=k == 0)
        pages.append(page)
    pages.append([("Detailed findings", LEFT, 30.0, 0.8 * size, False), (CLOSING, LEFT, TOP, size, False)])
    found = read_findings(_pages(tmp_path / "report.pdf", pages))
    assert [(f.kind, f.text, f.page, f.service) for f in found] == [
        (kind, " ".join(item), number, service)
        for number, (_, service, must, should) in enumerate(CHAPTERS, 2)
        for kind, item in (("must", must), ("should", should))]
