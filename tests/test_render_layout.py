"""The Word documents as a lead sees them, in Word or LibreOffice: no row id printed anywhere (an
old plan's hidden-text id still read back), no ordinary word broken inside a narrow cell (in the
plan, the progress report, said-did and the public version), tables that fit the page."""

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import test_living as living
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from fpdf import FPDF
from lxml import etree
from plan_samples import acute_trust, care_home, mental_health

from cqcplan import api
from cqcplan.pipeline.identity import ensure_ids
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.readback import read_plan
from cqcplan.pipeline.render import render
from cqcplan.pipeline.render.plain import USABLE_INCHES

STRAIGHT = str.maketrans("“”‘’", "\"\"''")  # the core font's metrics have no curly quotes: same widths
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SAMPLES = [acute_trust, care_home, mental_health]
WORD_CELL_MARGINS_TWIPS = 2 * 108  # Word's default left and right cell margins (0.19 cm each)
# a word as a line-breaker sees it: letters with punctuation stuck to it; hyphens and slashes are break points
WORD = re.compile(r"^[(“‘\"']*[A-Za-z][A-Za-z’']*[.,;:)”’\"'?!]*$")
SOFT = "\u00ad"  # where a w:softHyphen lets the word break (printed as "-")


def _draft(tmp_path: Path, sample) -> tuple[Path, object]:
    plan = ensure_ids(make_plan(sample()))
    [path] = render(plan, tmp_path / f"{sample.__name__}.docx", ["docx"])
    return path, plan


def _all_text(doc) -> str:
    """Every paragraph python-docx sees, body and tables, header and footer."""
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


@pytest.mark.parametrize("sample", SAMPLES)
def test_no_row_id_is_in_the_visible_text(tmp_path, sample):
    path, plan = _draft(tmp_path, sample)
    uids = [a.uid for a in plan.actions]
    assert uids and all(uids)
    text = _all_text(Document(str(path)))
    body = "".join(etree.fromstring(zipfile.ZipFile(path).read("word/document.xml")).itertext())
    assert not [u for u in uids if u in text or u in body]
    assert {r.uid for r in read_plan(path).rows if r.uid} == set(uids)  # and still read back, from the tags


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_prints_no_row_id(tmp_path):
    path, plan = _draft(tmp_path, acute_trust)
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    text = path.with_suffix(".txt").read_text(encoding="utf-8-sig")
    assert "CQC improvement action plan" in text and "Baseline:" in text
    assert not [a.uid for a in plan.actions if a.uid in text]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_plan_saved_by_libreoffice_keeps_its_row_ids(tmp_path):
    """LibreOffice drops content controls when it saves a .docx; the Ref cell's bookmark keeps the id."""
    path, plan = _draft(tmp_path, acute_trust)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "lo"), str(path)], check=True, capture_output=True, timeout=180)
    saved = tmp_path / "lo" / path.name
    assert b"cqcplan.id" not in zipfile.ZipFile(saved).read("word/document.xml")  # the controls are gone
    assert [r.uid for r in read_plan(saved).rows] == [a.uid for a in plan.actions]


def test_a_plan_with_the_old_hidden_text_id_still_reads_back(tmp_path):
    """Plans written before the id moved into the tag kept it as hidden text inside the control."""
    path, plan = _draft(tmp_path, acute_trust)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    for tag in root.iter(f"{W}tag"):
        field, _, uid = tag.get(f"{W}val").partition(":")
        if uid:
            tag.set(f"{W}val", field)
            run = etree.SubElement(tag.getparent().getparent().find(f"{W}sdtContent"), f"{W}r")
            etree.SubElement(etree.SubElement(run, f"{W}rPr"), f"{W}vanish")
            etree.SubElement(run, f"{W}t").text = uid
    for mark in [m for m in root.iter(f"{W}bookmarkStart", f"{W}bookmarkEnd")]:
        mark.getparent().remove(mark)  # nor had those plans the bookmark
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    reading = read_plan(path)
    assert [r.uid for r in reading.rows] == [a.uid for a in plan.actions]
    assert all(r.ref for r in reading.rows)  # the hidden id is not read into the ref


def _broken_words(path: Path) -> list[str]:
    """Words wider than their cell (Arial's metrics, which Liberation Sans shares): each would break."""
    doc = Document(str(path))
    pdf = FPDF()
    styles = {s.style_id: s for s in doc.styles}
    found = []
    for tbl in doc.element.body.iter(qn("w:tbl")):
        margins = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")
        sides = sum(int(margins.find(qn(f"w:{side}")).get(qn("w:w"))) for side in ("left", "right")) \
            if margins is not None else WORD_CELL_MARGINS_TWIPS
        for tc in tbl.iter(qn("w:tc")):
            width = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            room = (int(width.get(qn("w:w"))) - sides) / 20  # points
            for p in tc.iter(qn("w:p")):
                style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
                style = styles.get(style_id.get(qn("w:val")) if style_id is not None else "Normal", styles["Normal"])
                size = next((s.font.size.pt for s in _chain(style) if s.font.size), 10)
                style_bold = next((s.font.bold for s in _chain(style) if s.font.bold is not None), False)
                for r in p.iter(qn("w:r")):
                    bold = r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None or style_bold
                    text = "".join(t.text or "" if t.tag == qn("w:t") else SOFT if t.tag == qn("w:softHyphen") else "\n"
                                   for t in r if t.tag in (qn("w:t"), qn("w:br"), qn("w:softHyphen")))
                    found += _too_wide(pdf, text, size, bold, room)
            for choice in tc.iter(qn("w:listItem")):  # a drop-down's every choice, not only the one shown
                found += _too_wide(pdf, choice.get(qn("w:displayText")), 8, False, room)
    return found


def _too_wide(pdf: FPDF, text: str, size: float, bold: bool, room: float) -> list[str]:
    """Each piece of a word between break points (a hyphen, a slash, an optional hyphen, printed "-")."""
    pdf.set_font("helvetica", "B" if bold else "", size)
    return [f"{word!r} ({size:g} pt) in a {room / 72 * 2.54:.2f} cm cell"
            for token in text.split() for word in re.split(rf"(?<=[-/{SOFT}])", token)
            if WORD.match(word.rstrip(SOFT))
            and pdf.get_string_width(word.replace(SOFT, "-").translate(STRAIGHT)) * 72 / 25.4 > room]


def _chain(style):
    while style is not None:
        yield style
        style = style.base_style


@pytest.mark.parametrize("sample", SAMPLES)
def test_no_ordinary_word_is_wider_than_its_cell(tmp_path, sample):
    path, _ = _draft(tmp_path, sample)
    assert _broken_words(path) == []


def test_progress_report_said_did_and_public_version_break_no_word_and_fit_the_page(tmp_path):
    """The plain documents, over a plan a lead has filled in: every table fits the A4 landscape page,
    repeats its header row, and breaks no ordinary word (statuses such as "In progress" included)."""
    plan = living._draft(tmp_path)
    living._edit_docx(plan, living._lead_edits)
    outputs = [api.progress_report(plan, tmp_path / "progress.docx", today=living.DAY),
               api.said_did(plan, tmp_path / "said-did.docx"), api.publish(plan, tmp_path / "public.docx")]
    for out in (tmp_path / name for name in ("progress.docx", "said-did.docx", "public.docx")):
        assert out.is_file(), outputs
        doc = Document(str(out))
        for table in doc.tables:
            widths = [col.w for col in table._tbl.tblGrid.gridCol_lst]
            assert None not in widths and sum(widths) / 914400 <= USABLE_INCHES, out.name
            assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert _broken_words(out) == [], out.name


def test_public_pdf_keeps_each_short_action_on_one_page_and_numbers_its_pages(tmp_path):
    import pypdfium2

    plan = living._draft(tmp_path)
    living._edit_docx(plan, living._lead_edits)
    api.publish(plan, tmp_path / "public.pdf")
    document = pypdfium2.PdfDocument(str(tmp_path / "public.pdf"))
    try:
        pages = [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()
    assert len(pages) > 1
    for number, text in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in text
    for action in read_plan(plan).source.actions:  # each is a few lines here: none is split
        holding = [n for n, text in enumerate(pages) if re.search(rf"\b{action.ref}\b", text)]
        wording = " ".join(action.wordings[0].text.split())[-40:] if action.wordings else ""
        assert len(holding) == 1 and wording in pages[holding[0]], action.ref


def test_headings_keep_with_their_table_and_no_table_end_keeps_with_the_next_section(tmp_path):
    path, _ = _draft(tmp_path, acute_trust)
    doc = Document(str(path))
    for name in ("Heading 1", "Heading 2"):
        assert doc.styles[name].paragraph_format.keep_with_next
    body = doc.element.body
    for tbl in body.iter(qn("w:tbl")):
        before = Paragraph(tbl.getprevious(), doc._body)  # a heading (its style keeps) or its note stays with the table
        assert before.paragraph_format.keep_with_next or before.style.name.startswith("Heading"), before.text
        assert tbl.findall(qn("w:tr"))[0].find(f".//{qn('w:keepNext')}") is not None  # header with first row
        assert tbl.findall(qn("w:tr"))[-1].find(f".//{qn('w:keepNext')}") is None
    assert "No action has been closed yet." in _all_text(doc)  # and no empty Closed actions table
    assert not [t for t in doc.tables if t.rows[0].cells[-1].text == "Sign-off"]


def test_a_template_turned_to_portrait_fits_every_table_on_the_page(tmp_path):
    """Word keeps a table's widths when the page is turned: the renderer narrows its wide columns."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    template = Document(str(Path(__file__).resolve().parent.parent / "templates" / "action_plan.docx"))
    section = template.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    template.save(str(tmp_path / "portrait.docx"))
    [path] = render(ensure_ids(make_plan(acute_trust())), tmp_path / "plan.docx", ["docx"],
                    template=tmp_path / "portrait.docx")
    doc = Document(str(path))
    room = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    for table in doc.tables:
        grid = [col.w for col in table._tbl.tblGrid.gridCol_lst]
        assert sum(grid) <= room + 635 * len(grid), table.rows[0].cells[0].text  # widths are whole twips (635 EMU)
        assert all(tc.width == sum(grid[i:i + tc.grid_span]) for tr in table._tbl.tr_lst
                   for i, tc in zip(_starts(tr), tr.tc_lst))  # every cell carries its new width (Word's rule)


def _starts(tr) -> list[int]:
    starts, at = [], 0
    for tc in tr.tc_lst:
        starts.append(at)
        at += tc.grid_span
    return starts


def _page_lines(page) -> list[tuple[float, float, str]]:
    """(top, bottom, text) of each line of a PDF page above its footer."""
    rows: dict[int, list] = {}
    for word in page.extract_words():
        rows.setdefault(round(word["top"]), []).append(word)
    lines = sorted((top, max(w["bottom"] for w in words), " ".join(w["text"] for w in sorted(words, key=lambda w: w["x0"])))
                   for top, words in rows.items())
    foot = next((top for top, _, text in lines if re.search(r"· page \d+ of|^page \d+ of", text)), float("inf"))
    return [line for line in lines if line[0] < foot]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_keeps_group_headings_and_second_lines_with_their_rows(tmp_path):
    """A grouped combined plan opened in LibreOffice: no group heading is the last thing on a page, and an
    action's second line starts a page only when the page before had no room left for it (LibreOffice
    never splits a row it keeps with the next, so a ref cell keeping its row made near-page-tall rows jump
    whole, leaving their heading behind)."""
    pdfplumber = pytest.importorskip("pdfplumber")
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("trust_inspection_2019", "mh_core_service_2016", "hospital_quality_2016"):
        shutil.copy(Path(__file__).parent.parent / "fixtures" / name / "report.pdf", folder / f"{name}.pdf")
    out = tmp_path / "plans"
    api.draft_batch([folder], out, api.DraftOptions(formats=("docx", "json"), combine_providers=True))
    plan = out / "combined-action-plan.docx"
    headings = {p.text for t in Document(str(plan)).tables for r in t.rows for p in r.cells[0].paragraphs
                if len(r.cells) > 1 and r.cells[0]._tc is r.cells[-1]._tc and " › " in p.text}
    assert len(headings) >= 5
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(plan)],
                   check=True, capture_output=True, timeout=300)
    with pdfplumber.open(tmp_path / "combined-action-plan.pdf") as pdf:
        pages = [_page_lines(page) for page in pdf.pages]
    floor = max(bottom for lines in pages for _, bottom, _ in lines)  # the lowest a line is ever printed
    stranded = [(n, lines[-1][2]) for n, lines in enumerate(pages, 1) if lines and lines[-1][2] in headings]
    assert not stranded
    second_lines = 0
    for n, lines in enumerate(pages[1:], 2):
        starts = [k for k, (_, _, text) in enumerate(lines[:4]) if text.startswith("Baseline:")]
        second_lines += sum(text.startswith("Baseline:") for _, _, text in lines)
        if not starts or lines[starts[0]][0] - lines[0][0] > 30:  # not at the top (under the repeated header)
            continue
        top = lines[starts[0]][0]
        height = next(bottom for _, bottom, text in lines if text.startswith("Review cadence:")) - top
        room = floor - pages[n - 2][-1][1]
        assert room < height + 6, f"page {n}: a second line moved on with {room:.0f} pt free for its {height:.0f} pt"
    assert second_lines >= len(headings)


def test_a_row_keeps_with_its_second_line_through_its_ref_only_where_the_pair_fits_on_a_page(tmp_path):
    """qa10: LibreOffice left an action's second line alone at the top of the next page. It takes a row's
    "keep with next" from the ref cell's first paragraph (and then never splits the row), so that keeps
    a pair estimated to fit in SHORT_PAIR of the page, and a row too tall for that may still split."""
    from cqcplan.pipeline.render.layout import SHORT_PAIR

    plan = ensure_ids(make_plan(acute_trust()))
    long_text = " ".join(["The trust must ensure that every record is complete and accurate."] * 60)
    tall = plan.actions[0].model_copy(update={"evidence": long_text})
    plan = plan.model_copy(update={"actions": [tall, *plan.actions[1:]]})
    [path] = render(plan, tmp_path / "plan.docx", ["docx"])
    doc = Document(str(path))
    [table] = [t for t in doc.tables if t.rows[0].cells[0].text.strip() == "Ref" and len(t.columns) == 12][:1]
    rows = table._tbl.tr_lst
    kept = {}
    for above, below in zip(rows, rows[1:]):
        merge = below.tc_lst[0].find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if merge is not None and merge.get(qn("w:val")) in (None, "continue"):
            first = next(above.tc_lst[0].iter(qn("w:p")))
            ref = "".join(t.text or "" for t in first.iter(qn("w:t"))).strip()
            kept[ref] = first.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
    assert SHORT_PAIR <= 1 and kept.pop(tall.ref) is False  # too tall for a page: free to split
    assert any(kept.values())  # a short one moves with its second line


def test_a_word_wider_than_its_cell_breaks_at_a_hyphenation_point_and_reads_back_whole(tmp_path):
    """qa10: "contemporaneousl" / "y" in the Evidence cell. A word no column width can hold gets optional
    hyphens at its en_GB break points ("con-tem-por-an-eously"), not a character more in its text."""
    plan = ensure_ids(make_plan(acute_trust()))
    evidence = "Ward audit: care records are written contemporaneously), and observations charted electronically."
    plan = plan.model_copy(update={"actions": [plan.actions[0].model_copy(update={"evidence": evidence}),
                                               *plan.actions[1:]]})
    [path] = render(plan, tmp_path / "plan.docx", ["docx"])
    assert _broken_words(path) == []
    assert "softHyphen" in zipfile.ZipFile(path).read("word/document.xml").decode()
    assert next(r for r in read_plan(path).rows if r.uid == plan.actions[0].uid).values["evidence"] == evidence


@pytest.mark.parametrize("bold", [False, True])
def test_long_words_are_measured_as_fpdf2_measures_helvetica(bold):
    """The shipped width table is Helvetica's as fpdf2 has it: the same width for curly quotes,
    dashes, accents and a character outside Latin-1 (measured as "?")."""
    from cqcplan.pipeline.render.long_words import _width

    pdf = FPDF(unit="pt")
    pdf.set_font("helvetica", "B" if bold else "", 9)
    for word in ("contemporaneously", "“Well-led”", "resuscitation—", "Zoë’s", "naïve", "a→b"):
        latin = word.translate(str.maketrans("“”‘’–—", "\"\"''--")).encode("latin-1", "replace").decode("latin-1")
        assert _width(word, 9, bold) == pytest.approx(pdf.get_string_width(latin))
