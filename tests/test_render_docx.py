"""The Word plan read back with python-docx, user templates, and all-or-nothing writing."""

import os
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

import jinja2
import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from plan_samples import ALL, FORMULA, NASTY, acute_trust, care_home, mental_health, nasty

from cqcplan.errors import OutputExists, OutputNotWritable, TemplateError
from cqcplan.io import atomic_write_all
from cqcplan.pipeline.render import tables as tables_module
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.render import render
from cqcplan.pipeline.readback import visible_text
from cqcplan.pipeline.render.colours import rating_fill
from cqcplan.pipeline.render.context import plan_context
from cqcplan.pipeline.render.docx import _load, check_variables
from cqcplan.pipeline.render.sandbox import LimitedSandbox

DEFAULT_TEMPLATE = Path(str(files("cqcplan.templates") / "action_plan.docx"))


def _render(plan, tmp_path, **kw) -> Document:
    [path] = render(plan, tmp_path / "plan.docx", **kw)
    return Document(str(path))


def _action_table(doc):
    return next(t for t in doc.tables if t.rows[0].cells[0].text == "Ref" and "CQC wording (verbatim)" in
                [c.text for c in t.rows[0].cells])


def _is_second_row(row) -> bool:
    """An action's second line (measure, risks, sign-off): it carries the `cqcplan.details` control."""
    return any(t.get(qn("w:val")).startswith("cqcplan.details:") for t in row._tr.iter(qn("w:tag")))


def _widths_by_span(tr, grid: list[int]) -> list[int]:
    """What each cell of a row should measure: the grid columns it spans."""
    widths, column = [], 0
    for tc in tr.tc_lst:
        widths.append(sum(grid[column: column + tc.grid_span]))
        column += tc.grid_span
    return widths


def _action_rows(doc) -> dict[str, list[str]]:
    """ref -> the texts of that row's cells, in table order (second lines left out)."""
    rows = {}
    for row in _action_table(doc).rows[1:]:
        if _is_second_row(row):
            continue
        cells = [visible_text(c._tc) for c in row.cells]  # python-docx's .text skips content controls
        rows[cells[0].split("\n")[0]] = cells
    return rows


def _all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(visible_text(c._tc) for c in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


@pytest.mark.parametrize("name", ["acute_trust", "care_home", "mental_health"])
def test_each_wording_appears_verbatim_exactly_once_in_its_action_row(name, tmp_path):
    plan = make_plan(ALL[name]())
    rows = _action_rows(_render(plan, tmp_path))
    assert list(rows) == [a.ref for a in plan.actions]
    for action in plan.actions:
        row_text = "\n".join(rows[action.ref])
        for wording in action.wordings:
            assert row_text.count(wording.text) == 1, (action.ref, wording.finding_id)
        others = [w.text for a in plan.actions if a.ref != action.ref for w in a.wordings]
        assert not [t for t in others if t in row_text]


def test_rows_are_musts_then_shoulds_in_plan_order(tmp_path):
    rows = _action_rows(_render(make_plan(acute_trust()), tmp_path))
    assert list(rows) == ["M1", "M2", "M3", "M4", "S1", "S2", "S3"]
    assert [cells[0].split("\n")[1] for cells in rows.values()] == ["Must"] * 4 + ["Should"] * 3


def test_abc_lines_are_present_and_specific_to_the_topic(tmp_path):
    plan = make_plan(acute_trust())
    rows = _action_rows(_render(plan, tmp_path))
    header = [c.text for c in _action_table(Document(str(tmp_path / "plan.docx"))).rows[0].cells]
    column = header.index("Actions")
    for action in plan.actions:
        lines = rows[action.ref][column].split("\n")
        assert lines == [f"A. Change: {action.scaffold.change}", f"B. Communicate: {action.scaffold.communicate}",
                         f"C. Audit: {action.scaffold.audit}"]
    medicines, staffing = rows["M1"][column], rows["M2"][column]
    assert "medicines" in medicines and "medicines" not in staffing
    assert "staffing" in staffing and "staffing" not in medicines


def test_action_row_fields(tmp_path):
    plan = make_plan(acute_trust())
    doc = _render(plan, tmp_path)
    header = [c.text for c in _action_table(doc).rows[0].cells]
    m1 = dict(zip(header, _action_rows(doc)["M1"]))
    assert m1["Key question › theme"].startswith("Safe")
    assert m1["Regulation"] == "Regulation 12(2)(g) Safe care and treatment"
    assert m1["Core service"] == "• Urgent and emergency care\n• Medical care (including older people's care)"
    assert "p. 14, Action the trust MUST take to improve, Urgent and emergency care; also p. 5" in m1["CQC wording (verbatim)"]
    assert m1["Leads"] == "Lead: \nExecutive lead: "
    assert m1["Status"] == "Open"
    assert m1["Evidence / key documents"] == plan.actions[0].evidence
    s1 = dict(zip(header, _action_rows(doc)["S1"]))
    assert s1["Ref"] == "S1\nShould\nCheck"


def test_every_table_repeats_its_header_row_and_has_fixed_widths(tmp_path):
    doc = _render(make_plan(acute_trust()), tmp_path)
    for table in doc.tables:
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        assert all(tr.trPr is None or tr.trPr.find(qn("w:tblHeader")) is None for tr in table._tbl.tr_lst[1:])
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [col.w for col in table._tbl.tblGrid.gridCol_lst]
        for tr in table._tbl.tr_lst:
            assert [tc.width for tc in tr.tc_lst] == _widths_by_span(tr, grid)
    actions = _action_table(doc)
    assert sum(col.w for col in actions._tbl.tblGrid.gridCol_lst) <= doc.sections[0].page_width - 2 * Cm(1.0) + Cm(0.05)


def test_cell_properties_follow_the_schema_order(tmp_path):
    """Word rejects w:shd before w:tcW; docxtpl's cellbg writes it there."""
    order = ["tcW", "gridSpan", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "vAlign"]
    doc = _render(make_plan(acute_trust()), tmp_path)
    shaded = 0
    for tc_pr in doc.element.body.iter(qn("w:tcPr")):
        names = [child.tag.split("}")[1] for child in tc_pr]
        assert names == sorted(names, key=order.index), names
        shaded += "shd" in names
    assert shaded > 20


def test_pages_are_a4_landscape(tmp_path):
    doc = _render(make_plan(care_home()), tmp_path)
    for section in doc.sections:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)


def _fill(cell) -> str | None:
    shading = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return None if shading is None else shading.get(qn("w:fill"))


def test_cover_has_report_facts_and_coloured_ratings(tmp_path):
    extraction = acute_trust()
    doc = _render(make_plan(extraction, version="0.3", today=date(2025, 3, 7)), tmp_path)
    text = _all_text(doc)
    report = extraction.reports[0]
    for fact in (report.provider, report.location, report.file, report.sha256, "5, 6 and 7 March 2024",
                 "12 June 2024", "version 0.3, 7 March 2025", "Draft for action leads to complete"):
        assert fact in text
    ratings = next(t for t in doc.tables if t.rows[0].cells[1].text == "Overall")
    header = [c.text for c in ratings.rows[0].cells]
    row = ratings.rows[1].cells
    keys = {"Overall": "overall", "Safe": "safe", "Effective": "effective", "Caring": "caring",
            "Responsive": "responsive", "Well-led": "well-led"}
    for name, key in keys.items():
        cell = row[header.index(name)]
        assert cell.text == report.ratings[key]
        assert _fill(cell) == rating_fill(report.ratings[key])
    assert len({_fill(row[header.index(n)]) for n in ("Safe", "Effective", "Caring", "Well-led")}) == 4


def test_sections_come_in_order(tmp_path):
    doc = _render(make_plan(acute_trust()), tmp_path)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["How to use this plan", "Summary", "Actions", "Closed actions", "Sign-off", "Glossary",
                        "Appendix: where each statement was printed, how it was tagged and what it was merged on"]
    text = _all_text(doc)
    for words in ("A. Change the process", "B. Communicate / train staff", "C. Audit that it is embedded",
                  "three months", "Red", "Off track", "Amber", "On track", "Green", "Blue",
                  "Complete and assured"):
        assert words in text


def test_summary_glossary_and_appendix_tables(tmp_path):
    plan = make_plan(acute_trust())
    doc = _render(plan, tmp_path)
    by_kq = next(t for t in doc.tables if t.rows[0].cells[0].text == "Key question")
    assert [[c.text for c in r.cells] for r in by_kq.rows[1:]] == [
        [c.label, str(c.must), str(c.should), str(c.must + c.should)] for c in plan.summary.by_key_question]
    progress = next(t for t in doc.tables if t.rows[0].cells[0].text == "Review")
    assert [c.text for c in progress.rows[1].cells][1:] == ["7", "0", "0", "0", "0", "0", "7"]
    glossary = next(t for t in doc.tables if t.rows[0].cells[0].text == "Term")
    assert [r.cells[0].text for r in glossary.rows[1:]] == [g.term for g in make_plan(acute_trust()).glossary]
    appendix = next(t for t in doc.tables if "Tag and merge basis" in [c.text for c in t.rows[0].cells])
    header = [c.text for c in appendix.rows[0].cells]
    rows = [dict(zip(header, [c.text for c in r.cells])) for r in appendix.rows[1:]]
    assert [r["Finding"] for r in rows] == [w.finding_id for a in plan.actions for w in a.wordings]
    who = next(r for r in rows if r["Finding"] == "f-who")
    assert (who["Page"], who["Check"], who["Core service"]) == ("16", "Check", "Surgery")
    assert [r["Check"] for r in rows].count("Check") == 1
    merged = [r["Tag and merge basis"].splitlines()[-1] for r in rows if "Merged with" in r["Tag and merge basis"]]
    assert merged == ["Merged with f-fridge, p. 14, Urgent and emergency care: shares “fridge”, “temperatures” (similarity 0.51)"]


def test_empty_glossary_says_so(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    bare = make_plan(nasty()).model_copy(update={"glossary": []})  # every plan now prints CQC and BRAG: a plan made before
    assert "No abbreviations from the glossary" in _all_text(_render(bare, tmp_path / "a"))
    assert "No abbreviations from the glossary" not in _all_text(_render(make_plan(acute_trust()), tmp_path / "b"))


def test_nasty_text_appears_literally(tmp_path):
    plan = make_plan(nasty())
    doc = _render(plan, tmp_path)
    text = _all_text(doc)
    assert f"The provider must ensure {NASTY}." in text
    assert f"Provider {NASTY}" in text
    assert FORMULA in text
    assert "{% if x %}boom{% endif %}" in text
    rows = _action_rows(doc)
    assert f"Service {NASTY}" in rows["M1"][1]


def test_control_characters_from_a_pdf_do_not_corrupt_the_file(tmp_path):
    extraction = acute_trust()
    dirty = extraction.findings[0].model_copy(update={"text": "Medicines\x0b were\x01 not\x0c stored safely."})
    plan = make_plan(extraction.model_copy(update={"findings": [dirty, *extraction.findings[1:]]}))
    rows = _action_rows(_render(plan, tmp_path))
    assert "Medicines were not stored safely." in rows["M1"][4]


# ---------------------------------------------------------------- user templates


def _edit_template(tmp_path: Path, edit) -> Path:
    path = tmp_path / "mine.docx"
    doc = Document(str(DEFAULT_TEMPLATE))
    edit(doc)
    doc.save(str(path))
    return path


def _template_with(tmp_path: Path, *paragraphs: str, name: str = "bad.docx") -> Path:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    path = tmp_path / name
    doc.save(str(path))
    return path


def test_a_restyled_copy_of_the_default_template_is_used(tmp_path):
    def restyle(doc):
        heading = next(p for p in doc.paragraphs if p.text == "How to use this plan")
        heading.runs[0].text = "Using this plan at Anytown"
        doc.styles["Table Text"].font.size = Pt(9)
        doc.styles["Heading 1"].font.name = "Georgia"

    template = _edit_template(tmp_path, restyle)
    doc = _render(make_plan(acute_trust()), tmp_path, template=template)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Using this plan at Anytown"
    assert doc.styles["Table Text"].font.size == Pt(9)
    assert doc.styles["Heading 1"].font.name == "Georgia"
    assert list(_action_rows(doc)) == ["M1", "M2", "M3", "M4", "S1", "S2", "S3"]


def test_header_rows_and_widths_are_restored_when_a_template_lost_them(tmp_path):
    def strip(doc):
        for element in doc.element.body.iter(qn("w:tblHeader"), qn("w:tcW"), qn("w:tblLayout")):
            element.getparent().remove(element)

    template = _edit_template(tmp_path, strip)
    assert Document(str(template)).element.body.find(".//" + qn("w:tblHeader")) is None
    doc = _render(make_plan(acute_trust()), tmp_path, template=template)
    table = _action_table(doc)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
    grid = [col.w for col in table._tbl.tblGrid.gridCol_lst]
    assert all([tc.width for tc in tr.tc_lst] == _widths_by_span(tr, grid) for tr in table._tbl.tr_lst)
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


@pytest.mark.parametrize("tag", [
    "{{ ''.__class__.__mro__ }}",
    "{{ provider.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{% for a in actions %}{{ a.__class__ }}{% endfor %}",
])
def test_a_template_reaching_for_python_internals_is_refused(tmp_path, tag):
    template = _template_with(tmp_path, "{%p for a in actions %}", "{{ a.ref }}", "{%p endfor %}", tag)
    with pytest.raises(TemplateError) as caught:
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=template)
    message = caught.value.message
    assert "\n" not in message and message.startswith("bad.docx: ")
    assert "unsafe" in message
    assert not (tmp_path / "plan.docx").exists()


def test_a_template_with_an_unknown_variable_names_it(tmp_path):
    template = _template_with(tmp_path, "{{ actions }}", "{{ trust_logo }}")
    with pytest.raises(TemplateError, match=r"unknown template variable\(s\) trust_logo; see templates/README.md"):
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=template)


def test_the_bundled_template_uses_only_the_variables_it_is_given():
    """Drafting skips this check for the bundled template (it costs a twentieth of a second a plan)."""
    with as_file(files("cqcplan.templates") / "action_plan.docx") as default:
        doc = _load(default)
    env = LimitedSandbox(autoescape=True, undefined=jinja2.StrictUndefined)
    check_variables(doc, env, plan_context(make_plan(acute_trust())), "action_plan.docx")


def test_a_template_without_the_actions_is_refused(tmp_path):
    template = _template_with(tmp_path, "{{ provider }} action plan")
    with pytest.raises(TemplateError, match=r"never uses required variable\(s\) actions"):
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=template)


def test_a_template_that_drops_the_cqc_wording_is_refused(tmp_path):
    template = _template_with(tmp_path, "{%p for a in actions %}", "{{ a.ref }}", "{%p endfor %}")
    with pytest.raises(TemplateError, match="lost the CQC wording of M1"):
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=template)


def test_a_template_with_broken_jinja_is_one_line(tmp_path):
    template = _template_with(tmp_path, "{{ actions }}", "{% if provider %}")
    with pytest.raises(TemplateError) as caught:
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=template)
    assert "\n" not in caught.value.message and "TemplateSyntaxError" in caught.value.message


@pytest.mark.parametrize("content", [b"not a zip", b"PK\x03\x04 truncated"])
def test_a_template_that_is_not_a_docx(tmp_path, content):
    template = tmp_path / "fake.docx"
    template.write_bytes(content)
    with pytest.raises(TemplateError, match="not a Word .docx template"):
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=template)


def test_a_missing_template(tmp_path):
    with pytest.raises(TemplateError, match="template not found"):
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=tmp_path / "nope.docx")


def test_the_shipped_template_is_what_make_template_builds(tmp_path):
    from cqcplan.templates.make_template import build

    build(tmp_path / "fresh.docx")
    shipped, fresh = Document(str(DEFAULT_TEMPLATE)), Document(str(tmp_path / "fresh.docx"))
    assert _all_text(shipped) == _all_text(fresh)
    assert [len(t.columns) for t in shipped.tables] == [len(t.columns) for t in fresh.tables]


# ---------------------------------------------------------------- output safety


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_existing_output_is_not_overwritten_without_force(tmp_path):
    existing = tmp_path / "plan.docx"
    existing.write_bytes(b"last month's plan")
    with pytest.raises(OutputExists) as caught:
        render(make_plan(acute_trust()), existing, formats=["xlsx", "docx"])
    assert str(existing) in caught.value.message and "\n" not in caught.value.message
    assert existing.read_bytes() == b"last month's plan"
    assert _leftovers(tmp_path) == ["plan.docx"]


def test_force_replaces_existing_output(tmp_path):
    existing = tmp_path / "plan.docx"
    existing.write_bytes(b"last month's plan")
    render(make_plan(acute_trust()), existing, force=True)
    assert list(_action_rows(Document(str(existing))))[0] == "M1"
    assert _leftovers(tmp_path) == ["plan.docx"]


def test_a_failing_template_leaves_nothing_behind(tmp_path):
    template = _template_with(tmp_path, "{{ ''.__class__ }}", "{{ actions }}", name="evil.docx")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(TemplateError):
        render(make_plan(acute_trust()), out / "plan.docx", formats=["xlsx", "csv", "json", "docx"], template=template)
    assert _leftovers(out) == []


def test_a_failing_renderer_leaves_nothing_behind_and_keeps_old_files(tmp_path, monkeypatch):
    old = tmp_path / "plan.csv"
    old.write_text("old", encoding="utf-8")

    def explode(plan, path):
        path.write_text("half a file", encoding="utf-8")
        raise RuntimeError("disk full")

    monkeypatch.setattr(tables_module, "write_csv", explode)
    with pytest.raises(RuntimeError, match="disk full"):
        render(make_plan(acute_trust()), tmp_path / "plan.docx", formats=["docx", "xlsx", "csv"], force=True)
    assert _leftovers(tmp_path) == ["plan.csv"]
    assert old.read_text(encoding="utf-8") == "old"


def test_a_failed_move_restores_what_was_there(tmp_path, monkeypatch):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("old a", encoding="utf-8")
    real_replace = os.replace

    def flaky_replace(src, dst):
        if Path(dst) == second:
            raise OSError("device busy")
        real_replace(src, dst)

    monkeypatch.setattr("cqcplan.io.os.replace", flaky_replace)
    writers = {first: lambda p: p.write_text("new a", encoding="utf-8"),
               second: lambda p: p.write_text("new b", encoding="utf-8")}
    with pytest.raises(OutputNotWritable, match="device busy"):
        atomic_write_all(writers, force=True)
    assert first.read_text(encoding="utf-8") == "old a"
    assert not second.exists()
    assert _leftovers(tmp_path) == ["a.txt"]


def test_output_names_follow_out(tmp_path):
    plan = make_plan(mental_health())
    written = render(plan, tmp_path / "northshire.docx", formats=["docx", "json", "csv", "xlsx"])
    assert [p.name for p in written] == ["northshire.docx", "northshire.json", "northshire.csv", "northshire.xlsx"]
    assert [p.name for p in render(plan, tmp_path, formats=["json"])] == ["action_plan.json"]
    with pytest.raises(ValueError, match="pdf"):
        render(plan, tmp_path / "x.docx", formats=["pdf"])
