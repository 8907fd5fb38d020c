"""Reading round ninety-one (a harder held-back set, FT), drawn here at more than one type size:

- a numbered must list broken by a full-width table in smaller type (caption, header row, rows, source
  note), its numbering going on after it, where the item before the table closes with its citation
  wrapped onto a line of its own in type smaller still than the table's. Before, the table was measured
  against that citation line, not the items' type: it was no insert, and the musts after it were lost;
- a manager's notes written in the right margin (larger type, tilted a few degrees, turned level when read)
  beside a paragraph's line, one at a page's foot beside a sentence going on over the break. Before, each
  note ended the paragraph it stood beside: "We recommend the provider reviews its guidance on the use of
  ‘as required’" was read cut at its line's end;
- an independent substance misuse provider's core service ("Residential substance misuse services") named
  under each list's heading: the vocabulary lacked it, and every statement was read with no service.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, FONTS, _draw, _found, _item  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

LEFT, WIDTH = 68.0, 460.0
MUSTS = ["The provider must ensure that client risk assessments are completed before admission and updated when "
         "risks change. (Regulation 12(2)(a))",
         "The provider must ensure that medicines are stored at the correct temperature and that the temperature "
         "of the clinic room is monitored. (Regulation 12(2)(g))"]
AFTER = ["The provider must ensure that there are enough staff on duty at night who are trained to support "
         "clients during medically managed withdrawal. (Regulation 18(1))",
         "The provider must ensure that its governance systems are effective in monitoring incidents, audits and "
         "staff training. (Regulation 17(2)(a))"]
SHOULD = "The provider should consider offering family support sessions more than once a month."


def _table(base: float, size: float) -> tuple[list[tuple], float]:
    """A caption, a header row, three rows of figures and a source note, in type smaller than the items'."""
    small, step = 0.82 * size, WIDTH / 4
    lines = [("Table 1: Clinic room temperature checks, April to June", LEFT, base, small, False)]
    for row in (("Month", "Days checked", "Days above 25°C", "Action recorded"),
                ("April", "22 of 30", "0", "No"), ("May", "19 of 31", "6", "No"), ("June", "17 of 30", "11", "Yes")):
        base += 1.6 * small
        lines += [(cell, LEFT + k * step, base, small, row[0] == "Month" or k == 0) for k, cell in enumerate(row)]
    base += 1.8 * small
    lines.append(("Source: clinic room records, reviewed on site.", LEFT, base, 0.78 * size, False))
    return lines, base + 2.4 * size


def _interrupted_list(size: float, service: str = "") -> list[tuple]:
    """The must list with a table inside it, then a should list; under each list's heading, when
    given, a bold line naming the core service."""
    indent = 1.6 * size
    lines, base = [("Action the provider MUST take to improve", LEFT, 70.0, 1.2 * size, True)], 70.0 + 2 * size
    if service:
        lines.append((service, LEFT, base, size, True))
        base += 1.6 * size
    for number, text in enumerate(MUSTS, 1):
        drawn, base = _item(f"{number}.", text, LEFT, base, size, WIDTH, indent)
        lines += drawn
    citation = MUSTS[-1].rsplit(" (", 1)[1]  # the last one's citation wraps onto a line of its own, smaller
    lines[-1] = (lines[-1][0].replace(" (" + citation, ""), *lines[-1][1:])
    lines.append(("(" + citation, LEFT + indent, base, 0.73 * size, False))
    drawn, base = _table(base + 1.6 * size, size)
    lines += drawn
    for number, text in enumerate(AFTER, len(MUSTS) + 1):
        drawn, base = _item(f"{number}.", text, LEFT, base, size, WIDTH, indent)
        lines += drawn
    lines.append(("Action the provider SHOULD take to improve", LEFT, base + 1.2 * size, 1.2 * size, True))
    base += 3.2 * size
    if service:
        lines.append((service, LEFT, base, size, True))
        base += 1.6 * size
    drawn, _ = _item("•", SHOULD, LEFT, base, size, WIDTH, indent)
    return lines + drawn


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_a_table_after_an_item_closing_in_smaller_type_ends_no_list(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "interrupted.pdf", [(A4, _interrupted_list(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", t) for t in MUSTS + AFTER] + [("should", SHOULD)]


@pytest.mark.parametrize("size", [9.5, 11.0])
@pytest.mark.parametrize("service", ["Residential substance misuse services", "Community-based substance misuse services"])
def test_an_independent_substance_misuse_core_service_heads_its_lists(tmp_path: Path, size: float, service: str) -> None:
    """CQC's core services of an independent substance misuse provider, named under each list's heading."""
    found = _found(_draw(tmp_path / "service.pdf", [(A4, _interrupted_list(size, service))]))
    assert [(kind, named) for kind, named, _, _ in found] == [("must", service)] * 4 + [("should", service)]


RECOMMENDS = ["We recommend the provider reviews its guidance on the use of ‘as required’ medicines for people who "
              "may not be able to say when they are in pain, and takes action to update their practice accordingly.",
              "We recommend the provider consider current guidance on the Mental Capacity Act 2005 in relation to "
              "best interests decisions about restrictions, and take action to update their practice accordingly."]
FINDINGS = ("Medicines administration records for two people had gaps on eight occasions in April, and staff "
            "had not recorded why. Protocols for medicines did not describe how people would show they were in pain.")
NEXT = "People were treated with kindness. Two people’s records did not say whether they preferred male or female staff."
# Each page: headings, and paragraphs with the note written beside one of their lines (its number), if any.
PAGES = [[("Using medicines safely", None, None), (FINDINGS, 0, "MAR audit 1/6 – JH"),
          (RECOMMENDS[0], 0, "Pharm. review 20/6"), ("Staffing and recruitment", None, None),
          (FINDINGS, 1, "chase HR re: nights"), (NEXT, None, None), ("Consent to care and treatment", None, None),
          (FINDINGS, 2, "OT referral sent"), (RECOMMENDS[1], 0, "MCA training 30/6")],
         [("Is the service caring?", None, None), (NEXT, 1, "added to template"), (FINDINGS, 0, "SALT – July")]]


def _annotated(path: Path, size: float) -> Path:
    """A report page in one column about two thirds of the page wide, under headings; notes in larger
    type, tilted 4°, each with a bar before it, in the right margin beside a line of a paragraph: one
    beside the first recommendation's first line, one beside the second's, the last line on the page
    (the sentence going on at the next page's top)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    lead, width = 1.42 * size, 32 * size
    note_x = LEFT + width + 2 * size
    page, carried = canvas.Canvas(str(path), pagesize=A4), []
    for blocks in PAGES:
        base, notes = 70.0, []
        for row in carried:
            page.setFont("DejaVu", size)
            page.drawString(LEFT, A4[1] - base, row)
            base += lead
        for text, noted, note in blocks:
            if noted is None:
                page.setFont("DejaVu-Bold", 1.1 * size)
                page.drawString(LEFT, A4[1] - base - 0.6 * size, text)
                base += 2.2 * size
                continue
            rows = [" ".join(words) for words in _wrapped(text, size, width)]
            carried = rows[1:] if text == RECOMMENDS[1] else []  # the page's foot cuts it after its first line
            page.setFont("DejaVu", size)
            for k, row in enumerate(rows[:1] if carried else rows):
                page.drawString(LEFT, A4[1] - base - k * lead, row)
            notes.append((note, base + noted * lead))
            base += (len(rows) + 0.6) * lead
        for text, base in notes:  # written after the text, at its lines' height
            page.rect(note_x - size, A4[1] - base - 0.9 * size, 0.35 * size, 2.7 * size, stroke=0, fill=1)
            half = pdfmetrics.stringWidth(text, "DejaVu", 1.2 * size) / 2
            page.saveState()
            page.translate(note_x + half, A4[1] - base)  # turned about its middle, on the line's baseline
            page.rotate(4)
            page.setFont("DejaVu", 1.2 * size)
            page.drawString(-half, 0, text)
            page.restoreState()
        page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_notes_in_the_margin_beside_a_paragraph_cut_no_sentence(tmp_path: Path, size: float) -> None:
    found = _found(_annotated(tmp_path / "annotated.pdf", size))
    assert [(kind, text, page) for kind, _, text, page in found] == [("should", RECOMMENDS[0], 1), ("should", RECOMMENDS[1], 1)]
