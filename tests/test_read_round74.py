"""Reading round seventy-four (an outside author's harder set, EV), on small PDFs drawn here:

- statements set as callouts: each in its own box, joined by an elbow line (ending in a small
  arrowhead at the box's edge) to a heading box at the left, set halfway down its group. The
  arrowhead, level with a box's middle line, was read as a drawn bullet, cutting the statement
  there (fails without glyphs.py's `_ends_in`); and the heading, read by rows level with a middle
  statement, came after those above it, which fell under the heading before or none (fails
  without callouts.py);
- a two-up spread whose left page's should list, set ragged right under its heading below the
  shorter right page, runs on to the right page's top: the left page's column was cut at the
  heading and read after the right page, cutting the item that crosses the fold (fails without
  gutters.py's `_fills`);
- a page drawn in a Type 3 font of outlines with no character map, over an invisible copy of its
  text: the outlines' codes were read as control characters and stray punctuation, inside the
  copy's words (fails without hidden_copy.py).
"""

import json
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402
from test_read_round62 import FONTS, _draw, _found  # noqa: E402

from reading import read_findings  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

A4 = (595.0, 842.0)

# ---- callouts joined to their heading by leader lines

MUSTS = ["The trust must ensure that ligature risk assessments for all wards identify every ligature anchor point "
         "and set out how staff will mitigate each risk. (Regulation 12(2)(b))",
         "The trust must ensure that there are sufficient qualified nurses on each shift on the intensive care "
         "unit to carry out observations. (Regulation 18(1))",
         "The trust must ensure that seclusion records are fully completed, including medical reviews within the "
         "timescales set out in the Code of Practice. (Regulation 12)",
         "The trust must ensure that its governance processes identify and act on shortfalls in the completion "
         "of physical health monitoring on the wards. (Regulation 17(2)(a))"]
SHOULDS = ["The trust should ensure that emergency medicines and equipment on every ward are checked weekly and "
           "that out-of-date items are replaced at once.",
           "The trust should ensure that care plans are personalised and show the views of patients and their "
           "carers in their own words, reviewed at each meeting.",
           "The trust should ensure that lessons learned from serious incidents are shared with staff across all "
           "wards and that this is recorded.",
           "The trust should ensure that patients can make hot drinks and access snacks at all times of day and "
           "night on every ward of the unit."]


def _callouts(path: Path, size: float) -> Path:
    """Two pages, each a title, a plain paragraph, then a heading box at the left (dark, white
    bold type) centred down a column of statement boxes, an elbow line from the heading box's
    right edge to each statement box's middle, ending in a small filled arrowhead on its edge."""
    from reportlab.lib.colors import white, black
    from reportlab.pdfgen import canvas

    _draw(path, [(A4, [])])  # registers the fonts
    page = canvas.Canvas(str(path), pagesize=A4)
    lead, pad = 1.33 * size, 0.9 * size
    box_right = A4[0] - 40.0
    box_x = box_right - 30 * size - 2 * pad
    text_x = box_x + pad
    for kind, statements in (("MUST", MUSTS), ("SHOULD", SHOULDS)):
        y = 60.0
        page.setFont("DejaVu-Bold", 1.8 * size)
        page.drawString(40.0, A4[1] - y, "Areas for improvement")
        y += 3 * size
        page.setFont("DejaVu", size)
        page.drawString(40.0, A4[1] - y, "Each action is joined to the heading it belongs to.")
        y += 3 * size
        middles, top = [], y
        for text in statements:
            rows = _wrapped(text, size, 30 * size)
            assert len(rows) == 3  # the arrowhead level with a middle line
            height = len(rows) * lead + 2 * pad - (lead - size)
            page.setFillColor(black)
            page.roundRect(box_x, A4[1] - y - height, box_right - box_x, height, 0.4 * size, stroke=1, fill=0)
            for k, words in enumerate(rows):
                page.drawString(text_x, A4[1] - (y + pad + size * 0.8 + k * lead), " ".join(words))
            middles.append(y + pad + size * 0.8 + lead - 0.35 * size)
            y += height + 1.6 * size
        bottom = y - 1.6 * size
        label = ["Action the provider", f"{kind} take to", "improve"]
        label_size, label_lead = size, 1.35 * size
        label_h = len(label) * label_lead + 2 * pad
        label_top = (top + bottom) / 2 - label_h / 2
        label_right = box_x - 4 * size
        page.roundRect(40.0, A4[1] - label_top - label_h, label_right - 40.0, label_h, 0.5 * size, stroke=0, fill=1)
        page.setFillColor(white)
        page.setFont("DejaVu-Bold", label_size)
        for k, text in enumerate(label):
            page.drawString(40.0 + pad, A4[1] - (label_top + pad + label_size * 0.85 + k * label_lead), text)
        page.setFillColor(black)
        elbow, start = (label_right + box_x) / 2, label_top + label_h / 2
        arrow = 0.45 * size
        for middle in middles:
            leader = page.beginPath()
            leader.moveTo(label_right, A4[1] - start)
            leader.lineTo(elbow, A4[1] - start)
            leader.lineTo(elbow, A4[1] - middle)
            leader.lineTo(box_x, A4[1] - middle)
            page.drawPath(leader, stroke=1, fill=0)
            head = page.beginPath()
            head.moveTo(box_x - arrow / 2, A4[1] - middle + arrow * 0.6)
            head.lineTo(box_x + arrow / 2, A4[1] - middle)
            head.lineTo(box_x - arrow / 2, A4[1] - middle - arrow * 0.6)
            head.close()
            page.drawPath(head, stroke=0, fill=1)
        page.showPage()
    page.save()
    return path


def _sections(path: Path) -> list[tuple]:
    found = read_findings(path)
    return [(f.kind, f.section, f.text, f.page) for f in found]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_a_leader_line_s_arrowhead_on_a_callout_box_is_no_bullet(tmp_path, size):
    found = _sections(_callouts(tmp_path / "callouts.pdf", size))
    assert sorted(text for _, _, text, _ in found) == sorted(MUSTS + SHOULDS)


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_a_callout_heading_centred_on_its_group_heads_every_statement_of_it(tmp_path, size):
    found = _sections(_callouts(tmp_path / "callouts.pdf", size))
    assert found == ([("must", "Action the provider MUST take to improve", text, 1) for text in MUSTS]
                     + [("should", "Action the provider SHOULD take to improve", text, 2) for text in SHOULDS])


# ---- a two-up spread: a ragged should list running on across the fold

MUST_ITEMS = ["Ensure that recruitment checks, including Disclosure and Barring Service checks and evidence of "
              "conduct in previous employment, are carried out and recorded for all staff.",
              "Ensure that all staff complete safeguarding training at the level appropriate to their role and "
              "that training records are kept up to date.",
              "Establish effective systems and processes to ensure good governance in accordance with the "
              "fundamental standards of care, including oversight of safety alerts and significant events.",
              "Ensure that policies and procedures are reviewed, dated and accessible to all staff, including locum "
              "and sessional staff."]
SHOULD_ITEMS = ["Continue to improve the uptake of cervical screening so that it reaches the national coverage target.",
                "Review how the practice identifies carers so that more of them can be offered support.",
                "Take action to improve the uptake of childhood immunisations for children aged two, working with the "
                "health visiting team to follow up families who have not responded to invitations.",
                "Ensure that the complaints leaflet includes information about how to escalate a complaint to the "
                "Ombudsman.",
                "Review the arrangements for monitoring the temperature of the room where medicines are stored."]


def _spread(size: float) -> list[tuple]:
    """A landscape sheet holding two A5 pages: the left one's must list (running on past the right
    page's end), a note, then the should list set ragged, its third item cut at the page's foot; the
    right page goes on with that item's last words, the list's last items and a signature."""
    lead, left, right, measure = 1.38 * size, 46.0, 481.0, 33 * size
    foot = 595.0 - 40.0 - 2 * size  # the left page's last text line
    lines = []

    def items(texts, x, y, cut=None):
        for n, text in enumerate(texts):
            rows = _wrapped(text, size, measure)
            for k, words in enumerate(rows):
                if y > foot + 0.1:
                    return y, [" ".join(w) for w in rows[k:]], texts[n + 1:]
                if k == 0:
                    lines.append(("•", x, y, size, False))
                lines.append((" ".join(words), x + 1.2 * size, y, size, False))
                y += lead
            y += 0.5 * size
        return y, [], []

    y = 50.0
    for text in ("The areas where the provider must make", "improvements are:"):
        lines.append((text, left, y, 1.35 * size, True))
        y += 1.6 * size
    y, _, _ = items(MUST_ITEMS, left + 0.6 * size, y + lead)
    for words in _wrapped("(Please see the details of the action required at the end of this report.)", size, measure):
        lines.append((" ".join(words), left, y, size, False))
        y += lead
    rows = sum(len(_wrapped(text, size, measure)) for text in SHOULD_ITEMS[:2])
    y = foot - (rows + 1) * lead - size - 3.2 * size - lead  # the third item's first line at the foot
    for text in ("The areas where the provider should make", "improvements are:"):
        lines.append((text, left, y, 1.35 * size, True))
        y += 1.6 * size
    y, carried, rest = items(SHOULD_ITEMS, left + 0.6 * size, y + lead)
    assert carried, "the third item must cross the fold"
    y = 50.0
    for text in carried:
        lines.append((text, right + 1.2 * size, y, size, False))
        y += lead
    y, _, _ = items(rest, right, y + 0.5 * size)
    lines.append(("Dr Rosalind Okafor BM BS MRCGP", right, y + 2 * size, size, True))
    lines.append(("Chief Inspector of Primary Medical Services", right, y + 2 * size + lead, size, False))
    for x, folio in ((left, "4"), (right - 6.0, "5")):  # each page's running header and folio
        lines.append(("Brackenridge Lane Surgery Inspection report 07/05/2019", x - 6.0, 24.0, 0.76 * size, False))
        lines.append((folio, x + 160.0, 595.0 - 25.0, 0.87 * size, False))
    return lines


@pytest.mark.parametrize("size", [8.5, 9.2, 10.0])
def test_a_ragged_list_under_its_heading_below_the_shorter_page_of_a_spread_runs_on_across_the_fold(tmp_path, size):
    found = _found(_draw(tmp_path / "spread.pdf", [((842.0, 595.0), _spread(size))]))
    assert found == ([("must", None, text, 1) for text in MUST_ITEMS]
                     + [("should", None, text, 1) for text in SHOULD_ITEMS])


# ---- a Type 3 outline font with no character map over an invisible copy of its text

PARAGRAPH = ["Is the service safe?",
             "Medicines administration records did not always show that people received",
             "their medicines as prescribed. This was a breach of regulation 12 (Safe care and",
             "treatment) of the Health and Social Care Act 2008 (Regulated Activities)",
             "Regulations 2014."]


def _type3_page(path: Path, size: float) -> Path:
    """One page whose lines are drawn in a Type 3 font (codes 1, 2, 3 … in order of first use,
    glyph names /g1 …, each glyph a filled box, no ToUnicode), each line's copy under it in
    Helvetica with render mode 3 (invisible), glyph for glyph at the same places."""
    widths = json.loads((FONTS / "helvetica_widths.json").read_text())["regular"]
    codes: dict[str, int] = {}
    for line in PARAGRAPH:
        for ch in line:
            codes.setdefault(ch, len(codes) + 1)
    procs = {code: (f"{widths[ord(ch)]} 0 0 0 {widths[ord(ch)]} 700 d1" +
                    ("" if ch == " " else f" 40 0 {widths[ord(ch)] - 80} 700 re f")) for ch, code in codes.items()}
    content = []
    for k, line in enumerate(PARAGRAPH):
        x, y = 60.0, A4[1] - 80.0 - k * 1.4 * size
        hexed = "".join(f"{codes[ch]:02x}" for ch in line)
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"BT /T3 {size} Tf {x} {y} Td <{hexed}> Tj ET")
        content.append(f"BT 3 Tr /Hv {size} Tf {x} {y} Td ({escaped}) Tj ET")
    stream = "\n".join(content)
    n = len(codes)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] /Contents 4 0 R "
        "/Resources << /Font << /T3 5 0 R /Hv 6 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 700] /FontMatrix [0.001 0 0 0.001 0 0] "
        f"/CharProcs << {' '.join(f'/g{c} {7 + c - 1} 0 R' for c in range(1, n + 1))} >> "
        f"/Encoding << /Type /Encoding /Differences [1 {' '.join(f'/g{c}' for c in range(1, n + 1))}] >> "
        f"/FirstChar 1 /LastChar {n} /Widths [{' '.join(str(int(procs[c].split()[0])) for c in range(1, n + 1))}] "
        "/Resources << >> >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ] + [f"<< /Length {len(procs[c])} >>\nstream\n{procs[c]}\nendstream" for c in range(1, n + 1)]
    path.write_bytes(pdf_from_objects(objects))
    return path


def pdf_from_objects(objects: list[str]) -> bytes:
    """A PDF file of these objects, numbered from 1 (the first the catalog), with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    return out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


@pytest.mark.parametrize("size", [9.0, 10.0, 12.0])
def test_outlines_with_no_character_map_read_as_the_invisible_copy_under_them(tmp_path, size):
    doc = start_read(_type3_page(tmp_path / "type3.pdf", size), sha256="-")()
    assert [line.text for line in doc.body_lines()] == PARAGRAPH
