"""Round read86 (outside set FK, an ordinary batch), each layout drawn here at several type sizes.

A heading naming a core service the report's own ratings table lists ("Service" | "Rating") heads
its lists, also a name the services vocabulary lacks (pipeline/own_services.py).

A key question's headline naming one breach by what it relates to, its section stating that breach
by number, is no must of its own; a continued breach said again in other words is its row's one
must (pipeline/breaches.py)."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round7e import HEIGHT  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT, TOP = 40.0, 60.0


def _column(texts: list[str], x: float, top: float, size: float) -> list[tuple]:
    return [(text, x, top + k * 1.3 * size, size, False) for k, text in enumerate(texts)]


# A hospice's core services as its own ratings table names them, names the services vocabulary
# does not list; each chapter's lists are read under its heading, as a reader sees them.
OWN = [("Day hospice", "The provider must ensure that care plans", "are reviewed every month."),
       ("Hospice at home", "The provider must ensure that staff who", "work alone carry an alarm."),
       ("Family support", "The provider must ensure that records of", "bereavement visits are kept."),
       ("Lymphoedema clinic", "The provider must ensure that equipment", "is serviced every year.")]


def _ruled(path, pages: list[list[tuple]], rules: dict[int, list[tuple]]):
    """`_pages`, with level rules (x0, x1, y from the top) drawn on the pages `rules` names."""
    from reportlab.pdfgen import canvas

    _pages(path, pages)  # registers the fonts
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    for number, lines in enumerate(pages):
        for text, x, top, size, bold in lines:
            page.setFont("DejaVu-Bold" if bold else "DejaVu", size)
            page.drawString(x, HEIGHT - top - size, text)
        for x0, x1, y in rules.get(number, []):
            page.setLineWidth(0.75)
            page.line(x0, HEIGHT - y, x1, HEIGHT - y)
        page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.5, 10.0, 12.0])
def test_a_heading_naming_a_service_the_report_s_ratings_table_lists_heads_its_lists(tmp_path, size):
    from cqcplan import api

    lead = 1.3 * size
    cover = [("St Ann's Hospice", LEFT, 150.0, 2.2 * size, True), ("Inspection report", LEFT, 190.0, 1.6 * size, False),
             ("Date of inspection visit: 4 to 6 June 2018", LEFT, 230.0, size, False),
             ("Overall rating for this location", LEFT, 300.0, size, True), ("Good", LEFT + 22 * size, 300.0, size, False)]
    cell = LEFT + 0.4 * size  # the table's cells' text inset from its rules' ends
    top = TOP + 12 * lead  # under the summary's closing paragraph
    table = _column(["We rated the hospice as good overall. Staff were kind and caring, and", "people's needs were met.",
                     "", "Heads of Hospital Inspection"] * 2, LEFT, TOP, size)
    table += [("Our judgements about each of the main services", LEFT, top, 1.2 * size, True),
              ("Service", cell, top + 2 * lead, size, True), ("Rating", cell + 13 * size, top + 2 * lead, size, True),
              ("Summary of each main service", cell + 19.5 * size, top + 2 * lead, size, True)]
    rules = []
    for k, (name, _, _) in enumerate(OWN):
        y = top + (4 + 5 * k) * lead
        rules.append((LEFT, LEFT + 48 * size, y - 0.8 * lead))  # the rule over each row
        table += [(name, cell, y, size, False), ("Good", cell + 13 * size, y, size, False)]
        table += _column(["The service provided care for up to", "twelve patients. We rated safe and",
                          "effective as good, and caring as", "outstanding."],
                         cell + 19.5 * size, y, size)
    pages = [cover, table]
    for name, *item in OWN:
        pages.append([(name, LEFT, TOP, 1.6 * size, True),
                      ("Staff were kind and caring towards patients.", LEFT, TOP + 3 * lead, size, False),
                      ("Action the provider MUST take to improve", LEFT, TOP + 5 * lead, size, True),
                      ("•", LEFT, TOP + 6.5 * lead, size, False)]
                     + _column(item, LEFT + size, TOP + 6.5 * lead, size))
    found = api.extract_report(_ruled(tmp_path / "report.pdf", pages, {1: rules})).findings
    assert [(f.text, f.service) for f in found] == [(" ".join(item), name) for name, *item in OWN]


def _paragraphs(blocks: list[tuple[str, bool, float]], size: float, width: float) -> list[tuple]:
    """Headings (bold, `scale` times the type) and paragraphs (wrapped to `width`) down one page."""
    from test_read_round42 import _lines

    lines, top = [], TOP
    for text, bold, scale in blocks:
        if bold:
            lines.append((text, LEFT, top, scale * size, True))
            top += 1.8 * scale * size
        else:
            more, top = _lines(text, LEFT, top, size, width)
            lines += more
            top += 0.8 * size
    return lines


BREACH_12 = ("The provider was in breach of regulation 12 (Safe care and treatment) of the Health and Social Care "
             "Act 2008 (Regulated Activities) Regulations 2014.")


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_key_question_s_headline_of_a_breach_its_section_states_by_number_is_no_must_of_its_own(tmp_path, size):
    page = _paragraphs([
        ("Our view of the service", True, 1.3),
        ("Systems for managing risks were not always effective. We identified 2 breaches of regulation relating to "
         "safe care and treatment and good governance.", False, 1.0),
        ("Safe", True, 1.3),
        ("This service was not always safe. We found a breach of regulation relating to safe care and treatment.",
         False, 1.0),
        ("Medicines optimisation", True, 1.1),
        ("Patients prescribed high-risk medicines had not received the blood monitoring they needed before their "
         "prescriptions were reissued. " + BREACH_12, False, 1.0),
        ("Well-led", True, 1.3),
        ("Leaders had not identified the risks we found. The provider was in breach of regulation 17 (Good "
         "governance) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", False, 1.0)],
        size, 36 * size)
    found = read_findings(_pages(tmp_path / "report.pdf", [page]))
    musts = [f.text for f in found if f.kind == "must"]
    assert len(musts) == 3 and all(text.endswith(end) for text, end in zip(musts, [
        "We identified 2 breaches of regulation relating to safe care and treatment and good governance.",
        BREACH_12,
        "The provider was in breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 "
        "(Regulated Activities) Regulations 2014."]))


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_continued_breach_said_again_in_other_words_is_its_row_s_one_must(tmp_path, size):
    first = _paragraphs([
        ("Is the service well-led?", True, 1.3),
        ("At our last inspection the provider had not operated effective systems to monitor the quality of the "
         "service. This was a breach of regulation 17 (Good governance) of the Health and Social Care Act 2008 "
         "(Regulated Activities) Regulations 2014.", False, 1.0),
        ("At this inspection not enough improvement had been made and the provider remained in breach of "
         "regulation 17.", False, 1.0),
        ("Audits of medicines records had not identified the gaps we found, and staff meetings had not taken "
         "place. Not enough improvement had been made and the provider was still in breach of regulation 17.",
         False, 1.0)], size, 36 * size)
    second = [("Action we have told the provider to take", LEFT, TOP, 1.4 * size, True),
              ("Regulation 17 HSCA RA Regulations 2014 Good governance", LEFT, TOP + 3 * size, size, True),
              ("Regulated activity: Personal care", LEFT, TOP + 4.7 * size, 0.85 * size, False),
              ("How the regulation was not being met:", LEFT, TOP + 6.2 * size, 0.85 * size, True),
              ("Systems to assess, monitor and improve the quality and safety", LEFT, TOP + 7.7 * size, size, False),
              ("of the service were not operated effectively.", LEFT, TOP + 9 * size, size, False)]
    found = read_findings(_pages(tmp_path / "report.pdf", [first, second]))
    musts = [f for f in found if f.kind == "must"]
    assert [(f.text, f.page) for f in musts] == [
        ("Systems to assess, monitor and improve the quality and safety of the service were not operated "
         "effectively.", 2)]
    assert len(musts[0].evidence) == 2  # the history box's "remained in breach" and the narrative's "still in breach"
