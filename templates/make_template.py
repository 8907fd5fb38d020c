"""Build templates/action_plan.docx, the default Word template (python-docx).

Run `python templates/make_template.py` after changing the layout; the .docx is
committed so users can copy it, restyle it in Word (fonts, colours, logo, header)
and pass it back with --template. The look lives in named styles ("Plan Title",
"Table Text", "Source Note", "Heading 1" …) so restyling a style restyles every
place it is used. Jinja tags follow docxtpl rules: `{%tr %}` alone in its own table
row, `{%p %}` alone in its own paragraph, `{% cellbg %}` at the very start of a cell.
The variables are listed in templates/README.md.
"""

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from cqcplan.models.living import label
from cqcplan.models.plan import BRAGS, CADENCES, STATUSES
from cqcplan.pipeline.refs import FINDING_LABEL, REF_LABEL
from cqcplan.pipeline.render.colours import BRAG_FILL, HEADER_FILL

OUT = Path(__file__).with_name("action_plan.docx")
FONT = "Arial"
DARK_BLUE = RGBColor(0x00, 0x30, 0x87)
GREY = RGBColor(0x55, 0x55, 0x55)
MARGIN = Cm(1.0)
BANNER_FILL = "FFE699"
GROUP_FILL = "D9E2F3"
DETAIL_FILL = "F2F2F2"  # an action's second line (measure, risks, sign-off): one shade lighter than its row



@dataclass(frozen=True)
class Control:
    """A Word content control around one Jinja value: Word shows the right input (text, date
    picker, drop-down) and cqcplan reads the value back by its tag, "cqcplan.<field>"."""

    field: str
    alias: str
    expr: str
    kind: str = "text"  # text, date, list
    choices: tuple[str, ...] = ()
    in_tag: bool = False  # the row's stable id: kept in the tag ("cqcplan.id:<uid>"), shown by no viewer
    locked: bool = False  # cqcplan's own values (ref, id): not for typing over
    bold: bool = False


@dataclass(frozen=True)
class Bookmark:
    """An empty bookmark named "_cqc_<uid>": LibreOffice drops content controls when it saves a .docx but
    keeps bookmarks (a leading "_" hides it in Word's bookmark list), so the row keeps its id there too.
    `number` is a Jinja expression: bookmark ids must differ, so each loop numbers its own from `base`."""

    name: str
    number: str


# A cell is a list of paragraphs; a paragraph is text, or (style, [(text, bold), Control or Bookmark, ...]).
Para = str | tuple[str, list[tuple[str, bool] | Control | Bookmark]]


def build(out: Path = OUT) -> None:
    doc = Document()
    _page_setup(doc)
    _styles(doc)
    _footer(doc)
    for part in (_cover, _how_to_use, _summary, _actions, _closed, _sign_off, _glossary, _appendix):
        part(doc)
    doc.core_properties.title = "CQC improvement action plan"
    doc.core_properties.author = "cqcplan"
    doc.save(out)


def _page_setup(doc) -> None:
    """A4 landscape: orientation alone does not rotate the page, so swap the sizes too."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = Cm(1.3)
    section.header_distance = section.footer_distance = Cm(0.6)


def _styles(doc) -> None:
    styles = doc.styles
    _font(styles["Normal"], 10)
    _font(styles["Heading 1"], 16, bold=True, colour=DARK_BLUE, before=14, after=8)
    _font(styles["Heading 2"], 12, bold=True, colour=DARK_BLUE, before=10, after=4)
    for heading in ("Heading 1", "Heading 2"):  # never left at the foot of a page
        styles[heading].paragraph_format.keep_with_next = True
    _new(styles, "Plan Title", 28, bold=True, colour=DARK_BLUE, after=4)
    _new(styles, "Plan Subtitle", 18, colour=DARK_BLUE, after=2)
    _new(styles, "Draft Banner", 12, bold=True, before=8, after=10)
    _shade(styles["Draft Banner"].element.get_or_add_pPr(), BANNER_FILL, AFTER_SHD_IN_PARAGRAPH)
    _new(styles, "Table Text", 8, after=0)
    _new(styles, "Rating Text", 9, bold=True, before=2, after=2)
    _new(styles, "Table Heading", 8, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF), after=0)
    _new(styles, "Source Note", 7, italic=True, colour=GREY, after=4)
    _new(styles, "Small Print", 8, colour=GREY, after=2)


def _new(styles, name: str, size: float, **kwargs) -> None:
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    _font(style, size, **kwargs)


def _font(style, size: float, *, bold=False, italic=False, colour=None, before=None, after=None) -> None:
    style.font.name = FONT
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would override the named one
    fonts.set(qn("w:eastAsia"), FONT)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if colour is not None:
        style.font.color.rgb = colour
    if before is not None:
        style.paragraph_format.space_before = Pt(before)
    if after is not None:
        style.paragraph_format.space_after = Pt(after)


def _footer(doc) -> None:
    footer = doc.sections[0].footer.paragraphs[0]
    footer.style = doc.styles["Small Print"]
    footer.add_run("{{ provider }} · CQC improvement action plan · version {{ version }}, {{ date }} · DRAFT · page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")


def _field(paragraph, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


# ---------------------------------------------------------------- sections


def _cover(doc) -> None:
    doc.add_paragraph("CQC improvement action plan", style="Plan Title")
    doc.add_paragraph("{{ provider }}", style="Plan Subtitle")
    doc.add_paragraph("{{ locations }}")
    doc.add_paragraph("Draft for action leads to complete · version {{ version }}, {{ date }}", style="Draft Banner")
    doc.add_heading("Reports this plan responds to", level=2)
    _table(doc, [("Location / core services", 6.2), ("Report type", 3.0), ("Inspection dates", 3.8),
                 ("Published", 2.8), ("Source file", 4.6), ("SHA-256", 7.3)],
           loop="r in reports",
           row=[["{{ r.label }}", ("Source Note", [("{{ r.services }}", False)])], ["{{ r.report_type }}"],
                ["{{ r.inspection_dates }}"], ["{{ r.published }}"], ["{{ r.file }}"],
                [("Source Note", [("{{ r.sha256 }}", False)])]])
    doc.add_heading("Regulatory action", level=2)
    _table(doc, [("Location / core services", 8.0), ("Notices stated in the report", 10.0), ("CQC response due", 9.7)],
           loop="r in reports", row=[["{{ r.label }}"], ["{{ r.notice_counts }}"], ["{{ r.response_due }}"]])
    doc.add_heading("Ratings at this inspection", level=2)
    ratings = ["overall", "safe", "effective", "caring", "responsive", "well_led"]
    _table(doc, [("Location / service", 7.4)] + [(r.replace("_", "-").capitalize(), 3.3) for r in ratings],
           loop="r in reports",
           row=[[("Rating Text", [("{{ r.label }}", True)])]]
           + [[("Rating Text", [(f"{{% cellbg r.{r}.fill %}}{{{{ r.{r}.text }}}}", True)])] for r in ratings])
    doc.add_paragraph(
        "Rating colours: Outstanding green-teal, Good green, Requires improvement amber, Inadequate red. "
        "Each CQC statement in this plan is quoted verbatim with the page it was printed on; every other "
        "entry is a draft for the action leads to complete and the executive leads to agree.",
        style="Small Print")
    doc.add_heading("Plan approval", level=2)
    _table(doc, [(label("approved_by"), 9.0), (label("approver_role"), 12.0), (label("approved_on"), 6.7)], rows=[[
        [("Table Text", [Control("approved_by", label("approved_by"), "{{ approval.approved_by }}")])],
        [("Table Text", [Control("approver_role", label("approver_role"), "{{ approval.approver_role }}")])],
        [("Table Text", [Control("approved_on", label("approved_on"), "{{ approval.approved_on }}", kind="date")])]]])
    doc.add_paragraph("Who approved this version of the plan: a person, or the board or committee (e.g. the trust "
                      "board, the quality committee), and when. cqcplan update keeps it with the version.",
                      style="Small Print")
    doc.add_page_break()


def _how_to_use(doc) -> None:
    doc.add_heading("How to use this plan", level=1)
    for text in (
        "Each action answers one or more CQC statements. M actions are what the provider must do to meet "
        "its legal obligations; S actions are what it should do to improve. Musts are listed before "
        "shoulds (within each group when the plan is grouped).",
        "Each action has three lines, to be written by or with the action lead:",
    ):
        doc.add_paragraph(text)
    for label, text in (
        ("A. Change the process: ", "review, decide on and implement the change to the process."),
        ("B. Communicate / train staff: ", "inform, remind, communicate and train the staff affected."),
        ("C. Audit that it is embedded: ", "ongoing audits, spot checks or evidence in meeting minutes; as a "
         "rule of thumb, three months of checks with improved results show the change is embedded."),
    ):
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(label).bold = True
        paragraph.add_run(text)
    doc.add_paragraph(
        "Under each action, a second line holds its measure (baseline, target measure, evidence source and a "
        "review cadence: weekly, fortnightly, monthly or quarterly), the risks to delivering it (risks, "
        "early-warning signs, escalation trigger: internal, left out when the plan is published) and its "
        "sign-off (executive sign-off and independent check, each with a date). A baseline is filled in only "
        "where the report states a figure, quoted with its page; check it and complete the rest.")
    doc.add_paragraph(
        "Lines that start “Prompt:” are suggestions drafted from the topic of the CQC wording, not agreed "
        "actions. Replace each with the agreed action before the plan goes to the board or to CQC. Avoid "
        "describing what is already in place as the solution, and set realistic deadlines: musts first, "
        "and not all at the end of the same month.")
    doc.add_heading("BRAG key", level=2)
    meanings = {
        "Red": "Off track: behind its deadline or at risk of missing it.",
        "Amber": "On track: work under way and expected to meet its deadline.",
        "Green": "Complete: the action is done and evidence of completion is provided.",
        "Blue": "Complete and assured: checked by an independent check (peer review, spot check at the "
                "point of care) and signed off by the executive assurance group.",
    }
    table = _table(doc, [("Status", 3.0), ("Meaning", 16.0)],
                   rows=[[[status], [meaning]] for status, meaning in meanings.items()])
    for row, fill in zip(table.rows[1:], BRAG_FILL.values()):
        _shade(row.cells[0]._tc.get_or_add_tcPr(), fill)
    doc.add_heading("Review cadence", level=2)
    for text in (
        "Update the plan at the monthly CQC action plan meeting only, not in between, and save each update "
        "as a new version (0.2, 0.3 …) so that progress can be shown over time.",
        "Action leads send a written update on each action before the meeting; actions due within the next "
        "month are highlighted so they can be prioritised.",
        "Where a deadline will be missed, agree a new one at the meeting and record why; tell the executive "
        "lead and the CQC inspector.",
        "Completed actions are signed off through the executive assurance process (see Sign-off) and move "
        "to Closed actions once they are Blue.",
        "Report progress to the quality committee at least quarterly and share the plan with the CQC "
        "inspector.",
    ):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_page_break()


def _summary(doc) -> None:
    doc.add_heading("Summary", level=1)
    doc.add_paragraph("{{ summary.musts }} must-do and {{ summary.shoulds }} should-do actions "
                      "({{ summary.total }} in all) answer the {{ summary.findings }} CQC statements.")
    for title, name, width in (("By key question", "by_key_question", 6.0),
                               ("By regulation", "by_regulation", 12.0),
                               ("By core service", "by_service", 12.0)):
        doc.add_heading(title, level=2)
        _table(doc, [(title.removeprefix("By ").capitalize(), width), ("Must", 2.0), ("Should", 2.0), ("Total", 2.0)],
               loop=f"c in summary.{name}",
               row=[["{{ c.label }}"], ["{{ c.must }}"], ["{{ c.should }}"], ["{{ c.total }}"]])
    doc.add_heading("Progress at each review", level=2)
    doc.add_paragraph("One row per version of the plan, oldest first; cqcplan update adds a row at each review.",
                      style="Small Print")
    columns = [("Review", 6.0)] + [(c, 2.2) for c in ("Open", "Closed", "Red", "Amber", "Green", "Blue", "Not rated")]
    table = _table(doc, columns, loop="r in reviews", row=[["Version {{ r.version }}, {{ r.date }}"]] + [
        [f"{{{{ r.{key} }}}}"] for key in ("open", "closed", "red", "amber", "green", "blue", "not_rated")])
    _keep_together(table)


# Widths (cm, 27.7 in all) keep the longest word of each column whole at 8 pt, as Word and LibreOffice
# break it (tests/test_render_layout.py measures them): regulation titles ("accompanying"), theme names,
# "Executive lead:" on a line of its own, the evidence prompts ("contemporaneous,"), the status
# "In progress", the header "Progress". The second line spans them: measure under core service to
# wording (11.4), risks under actions and leads (6.8), sign-off under deadline to progress (8.6).
ACTION_COLUMNS = [(REF_LABEL, 1.2), ("Core service", 2.0), ("Key question › theme", 2.2), ("Regulation", 2.4),
                  ("CQC wording (verbatim)", 4.5), ("Actions", 4.4), ("Leads", 2.4), ("Deadline", 1.7),
                  ("BRAG", 1.2), ("Evidence / key documents", 2.6), ("Status", 1.5), ("Progress", 1.6)]

# Closed actions keep what the open table shows of an action (its page, the A/B/C lines) in the same width.
CLOSED_COLUMNS = [(REF_LABEL, 1.3), ("CQC wording", 5.0), ("Actions", 4.4), ("Date closed", 1.8),
                  ("Evidence of completion", 3.8), ("Lessons learned", 3.8), ("Leads", 2.6), ("Sign-off", 5.0)]


def _actions(doc) -> None:
    doc.add_heading("Actions", level=1)
    doc.add_paragraph("{{ order_note }} CQC’s wording is quoted verbatim with the page it was "
                      "printed on. “Check” marks an action whose tagging or merge should be checked by a person. "
                      "Fill in the fields (lead, deadline, BRAG, evidence, status, progress, the A/B/C lines, and "
                      "on each action’s second line its measure, risks and sign-off); cqcplan update reads them back.",
                      style="Small Print")
    _table(doc, ACTION_COLUMNS, loop="a in actions", heading="a.heading", row=[
        [("Table Text", _ref_controls("a", 1000)), ("Source Note", [("{{ a.kind }}", False)]),
         ("Source Note", [("{{ a.check }}", True)])],
        ["{{ a.services }}"],
        ["{{ a.key_question }}", ("Source Note", [("{{ a.theme }}", True)]),
         ("Source Note", [("{{ a.quality_statement }}", False)])],
        [("Table Text", [("{{ a.regulations }}", False), ("{{ a.notices_line }}", True)])],
        _wording_cell("a"),
        _abc_lines("a"),
        [("Table Text", [("Lead: ", True), Control("lead", "Lead", "{{ a.lead }}")]),
         ("Table Text", [("Executive lead: ", True), Control("executive_lead", "Executive lead", "{{ a.executive_lead }}")])],
        [("Table Text", [Control("deadline", "Deadline", "{{ a.deadline }}", kind="date")])],
        [("Table Text", [("{% cellbg a.brag_fill %}", False), Control("brag", "BRAG", "{{ a.brag }}", kind="list",
                                                                       choices=BRAGS)])],
        [("Table Text", [Control("evidence", "Evidence", "{{ a.evidence }}")])],
        [("Table Text", [Control("status", "Status", "{{ a.status }}", kind="list", choices=STATUSES)])],
        [("Table Text", [Control("progress", "Progress", "{{ a.progress }}")])],
    ], detail=_detail_row("a"))
    doc.add_page_break()


def _wording_cell(var: str) -> list:
    """CQC's words, each with its page and source, or a local action's own words: open and closed tables alike."""
    return [f"{{%p for w in {var}.wordings %}}", "{{ w.text }}", ("Source Note", [("{{ w.source }}", False)]),
            "{%p endfor %}", f"{{%p if {var}.description %}}", f"{{{{ {var}.description }}}}", "{%p endif %}"]


def _abc_lines(var: str) -> list[Para]:
    """The A/B/C lines (change, communicate, audit): open and closed tables alike."""
    return [("Table Text", [(f"{letter}. {name}: ", True), Control(key, f"{letter}. {name}", f"{{{{ {var}.{key} }}}}")])
            for letter, name, key in (("A", "Change", "change"), ("B", "Communicate", "communicate"),
                                      ("C", "Audit", "audit"))]


def _labelled(var: str, field: str, kind: str = "text", choices: tuple[str, ...] = ()) -> Para:
    """"Label: [control]", the label as `cqcplan update` reads it when the control is typed over."""
    return ("Table Text", [(f"{label(field)}: ", True),
                           Control(field, label(field), f"{{{{ {var}.{field} }}}}", kind=kind, choices=choices)])


def _sign_off_lines(var: str) -> list[Para]:
    return [_labelled(var, "signed_off_by"), _labelled(var, "signed_off_on", "date"),
            _labelled(var, "independent_check_by"), _labelled(var, "independent_check_on", "date")]


def _detail_row(var: str) -> list[tuple[int, list[Para]]]:
    """An action's second line, as (columns spanned, paragraphs): under the ref (merged with it), the
    SMART measure, the risks, the sign-off. Its `cqcplan.details` control carries the row's id in its tag."""
    measure = _labelled(var, "baseline")
    measure = (measure[0], [Control("details", "Id", f"{{{{ {var}.uid }}}}", in_tag=True, locked=True), *measure[1]])
    return [(1, []),
            (4, [measure, _labelled(var, "target_measure"), _labelled(var, "evidence_source"),
                 _labelled(var, "review_cadence", "list", CADENCES)]),
            (2, [_labelled(var, "risks"), _labelled(var, "early_warning_signs"), _labelled(var, "escalation_trigger")]),
            (5, _sign_off_lines(var))]


def _ref_controls(var: str, base: int) -> list[tuple[str, bool] | Control | Bookmark]:
    """The ref as printed (plain text: people retype refs), and beside it the row's stable id, in an empty
    control's tag (Word) and in a bookmark's name (LibreOffice); `base` keeps each table's bookmark ids apart."""
    return [(f"{{{{ {var}.ref }}}}", True), Control("id", "Id", f"{{{{ {var}.uid }}}}", in_tag=True, locked=True),
            Bookmark(f"_cqc_{{{{ {var}.uid }}}}", f"{{{{ {base} + loop.index }}}}")]


def _closed(doc) -> None:
    doc.add_heading("Closed actions", level=1)
    doc.add_paragraph("An action moves here at the next update once it is Blue (complete and assured) and its "
                      "status is Complete or Closed, keeping its reference, so that the open table stays short "
                      "and the journey stays visible. Write what was learned in the lessons column.")
    doc.add_paragraph("{%p if closed %}")
    _table(doc, CLOSED_COLUMNS, loop="c in closed", row=[
        [("Table Text", _ref_controls("c", 50000))],
        _wording_cell("c"),
        _abc_lines("c"),
        ["{{ c.closed_on }}"],
        [("Table Text", [Control("evidence", "Evidence", "{{ c.evidence }}")])],
        [("Table Text", [Control("lessons", "Lessons learned", "{{ c.lessons }}")])],
        [("Table Text", [("Lead: ", True), Control("lead", "Lead", "{{ c.lead }}")]),
         ("Table Text", [("Executive lead: ", True), Control("executive_lead", "Executive lead",
                                                             "{{ c.executive_lead }}")])],
        _sign_off_lines("c"),
    ])
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("No action has been closed yet.")
    doc.add_paragraph("{%p endif %}")


def _sign_off(doc) -> None:
    doc.add_heading("Sign-off", level=1)
    for text in (
        "Each action records its own sign-off on its second line in Actions (and in Closed actions): the "
        "executive who signed it off and the date, and who made the independent check (evidence reviewed, "
        "peer review or spot check at the point of care) and the date.",
        "An action is Blue (complete and assured) only once it is signed off: cqcplan update flags a Blue "
        "action with no executive sign-off, or one without a date.",
        "The approval of the plan itself (by whom, their role or the board or committee, and the date) is "
        "recorded on the cover.",
    ):
        doc.add_paragraph(text, style="List Bullet")


def _glossary(doc) -> None:
    doc.add_heading("Glossary", level=1)
    doc.add_paragraph("{%p if not glossary %}")
    doc.add_paragraph("No abbreviations from the glossary appear in the plan.")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if unexpanded %}")
    doc.add_paragraph("Printed in the plan but not yet in the glossary (add them to vocab/glossary.toml): "
                      "{{ unexpanded }}", style="Small Print")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if glossary %}")
    _table(doc, [("Term", 4.0), ("Meaning", 23.7)], loop="g in glossary",
           row=[[("Table Text", [("{{ g.term }}", True)])], ["{{ g.meaning }}"]])
    doc.add_paragraph("{%p endif %}")


def _appendix(doc) -> None:
    doc.add_page_break()
    doc.add_heading("Appendix: where each statement was printed, how it was tagged and what it was merged on", level=1)
    doc.add_paragraph("One row per CQC statement. Tag and merge basis says where the key question and "
                      "regulation came from (printed in the statement, a requirement notice, the section it "
                      "sits in, or its wording) and, for a statement merged into an action with an earlier "
                      "one, the words they share and how alike they scored; “Check” marks tagging or a weak "
                      "merge a person should confirm.", style="Small Print")
    _table(doc, [(REF_LABEL, 1.3), ("Type", 1.4), (FINDING_LABEL, 1.9), ("Source file", 3.6), ("Page", 1.2),
                 ("Section", 4.7), ("Core service", 3.2), ("Also printed", 2.2),
                 ("Tag and merge basis", 6.8), ("Check", 1.4)],
           loop="x in appendix",
           row=[["{{ x.ref }}"], ["{{ x.kind }}"], ["{{ x.finding_id }}"], ["{{ x.file }}"], ["{{ x.page }}"],
                ["{{ x.section }}"], ["{{ x.service }}"], ["{{ x.also_at }}"], ["{{ x.basis }}"],
                [("Table Text", [("{{ x.check }}", True)])]])


# ---------------------------------------------------------------- tables


def _table(doc, columns: list[tuple[str, float]], *, loop: str | None = None, heading: str | None = None,
           row: list[list[Para]] | None = None, rows: list[list[list[Para]]] | None = None,
           detail: list[tuple[int, list[Para]]] | None = None) -> Table:
    """A fixed-width table with a repeating blue header, kept on one page with the paragraph before it (a
    heading or its note) and its first row; `loop` wraps `row` in {%tr for %};
    `heading` (a variable) adds a full-width group heading row before the rows where it is set;
    `detail` adds a second row per item, of cells spanning columns, its first merged with the row's."""
    group = [[[f"{{%tr if {heading} %}}"]], [[("Table Text", [(f"{{{{ {heading} }}}}", True)])]],
             [["{%tr endif %}"]]] if heading else []
    second = [[[]]] if detail else []  # filled by _detail below
    body = [[[f"{{%tr for {loop} %}}"]], *group, row, *second, [["{%tr endfor %}"]]] if loop else rows or []
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1 + len(body), cols=len(columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _cell_margins(table)
    for index, (_, width) in enumerate(columns):
        table.columns[index].width = Cm(width)
    _header(table, [name for name, _ in columns])
    for cells, content in zip([r.cells for r in table.rows[1:]], body):
        for cell, paragraphs in zip(cells, content + [[""]] * (len(cells) - len(content))):
            _fill_cell(cell, paragraphs)
    for r in table.rows:
        for cell, (_, width) in zip(r.cells, columns):
            cell.width = Cm(width)
    if heading:
        _group_row(table.rows[3], len(columns))
    if detail:
        _detail(table.rows[-3], table.rows[-2], detail)
    return table


def _detail(above, row, cells: list[tuple[int, list[Para]]]) -> None:
    """Merge the second row's cells across their spans, fill them, shade them and keep the pair on one page."""
    column = 0
    for span, paragraphs in cells:
        cell = row.cells[column] if span == 1 else row.cells[column].merge(row.cells[column + span - 1])
        for extra in cell.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        _fill_cell(cell, paragraphs or [""])
        _shade(cell._tc.get_or_add_tcPr(), DETAIL_FILL)
        column += span
    above.cells[0]._tc.get_or_add_tcPr().vMerge_val = "restart"
    row._tr.tc_lst[0].get_or_add_tcPr().vMerge_val = "continue"
    for cell in above.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True
    # ... but not the row's very first paragraph (its ref). LibreOffice takes a row's "keep with next" from
    # that paragraph alone and never splits a row so kept: an action row nearly a page tall then moved
    # whole, stranding its group heading at the foot of the page before (and its second line on the next).
    # Without it LibreOffice may split the row, as Word does; every other paragraph still keeps it with
    # its second line in Word.
    above.cells[0].paragraphs[0].paragraph_format.keep_with_next = None
    row._tr.get_or_add_trPr().insert_element_before(OxmlElement("w:cantSplit"), *_AFTER_CANT_SPLIT)


_AFTER_CANT_SPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del",
                     "w:trPrChange")


def _group_row(row, columns: int) -> None:
    """One shaded cell across the table: the group's heading ("Safe › Medicines")."""
    merged = row.cells[0].merge(row.cells[columns - 1])
    _shade(merged._tc.get_or_add_tcPr(), GROUP_FILL)
    for paragraph in merged.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    merged.paragraphs[0].paragraph_format.keep_with_next = True


def _keep_together(table: Table) -> None:
    """Every row but the last keeps with the next, so no row is left alone on a page."""
    for r in table.rows[:-1]:
        for cell in r.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _cell_margins(table: Table) -> None:
    """Narrow side margins keep words like "Deadline" whole in narrow columns."""
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 28), ("left", 57), ("bottom", 28), ("right", 57)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(twips))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _header(table: Table, names: list[str]) -> None:
    row = table.rows[0]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().insert_element_before(
        header, "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")
    for cell, name in zip(row.cells, names):
        _fill_cell(cell, [("Table Heading", [(name, True)])])
        cell.paragraphs[0].paragraph_format.keep_with_next = True
        _shade(cell._tc.get_or_add_tcPr(), HEADER_FILL)


def _fill_cell(cell, paragraphs: list[Para]) -> None:
    first = cell.paragraphs[0]
    for index, content in enumerate(paragraphs):
        paragraph = first if index == 0 else cell.add_paragraph()
        style, runs = (content[0], content[1]) if isinstance(content, tuple) else ("Table Text", [(content, False)])
        paragraph.style = cell.part.document.styles[style]
        for run in runs:
            if isinstance(run, Control):
                _control(paragraph, run)
            elif isinstance(run, Bookmark):
                _bookmark(paragraph, run)
            else:
                paragraph.add_run(run[0]).bold = run[1] or None
    first.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _control(paragraph, control: Control) -> None:
    """A run-level w:sdt (content control) holding one run with the Jinja value, or, for an id, an empty
    control with the value in its tag (Word and LibreOffice keep tags; neither shows them)."""
    sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    tag = f"cqcplan.{control.field}:{control.expr}" if control.in_tag else f"cqcplan.{control.field}"
    for name, value in (("w:alias", control.alias), ("w:tag", tag)):
        pr.append(_val(name, value))
    if control.locked:
        pr.append(_val("w:lock", "sdtContentLocked"))
    pr.append(_control_kind(control))
    if not control.in_tag:
        content.append(_run(control.expr, control.bold))
    sdt.append(pr)
    sdt.append(content)
    paragraph._p.append(sdt)


def _bookmark(paragraph, bookmark: Bookmark) -> None:
    for name in ("w:bookmarkStart", "w:bookmarkEnd"):
        mark = OxmlElement(name)
        mark.set(qn("w:id"), bookmark.number)
        if name == "w:bookmarkStart":
            mark.set(qn("w:name"), bookmark.name)
        paragraph._p.append(mark)


def _run(text: str, bold: bool):
    run = OxmlElement("w:r")
    if bold:
        props = OxmlElement("w:rPr")
        props.append(OxmlElement("w:b"))
        run.append(props)
    value = OxmlElement("w:t")
    value.set(qn("xml:space"), "preserve")
    value.text = text
    run.append(value)
    return run


def _control_kind(control: Control):
    if control.kind == "date":
        kind = OxmlElement("w:date")
        for name, value in (("w:dateFormat", "d MMMM yyyy"), ("w:lid", "en-GB"),
                            ("w:storeMappedDataAs", "dateTime"), ("w:calendar", "gregorian")):
            kind.append(_val(name, value))
        return kind
    if control.kind == "list":
        kind = OxmlElement("w:dropDownList")
        for choice in control.choices:
            item = OxmlElement("w:listItem")
            item.set(qn("w:displayText"), choice)
            item.set(qn("w:value"), choice)
            kind.append(item)
        return kind
    return OxmlElement("w:text")


def _val(name: str, value: str):
    element = OxmlElement(name)
    element.set(qn("w:val"), value)
    return element


# Elements that must follow w:shd inside a cell's and a paragraph's properties, or
# Word reports the file as corrupt (schema order, see python-docx oxml/table.py).
AFTER_SHD_IN_CELL = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
AFTER_SHD_IN_PARAGRAPH = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                          "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                          "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                          "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                          "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                          "w:sectPr", "w:pPrChange")


def _shade(properties, fill: str, after: tuple[str, ...] = AFTER_SHD_IN_CELL) -> None:
    """A new w:shd element every time: a reused one would move, leaving one cell coloured."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.insert_element_before(shading, *after)


if __name__ == "__main__":
    build()
    print(f"wrote {OUT}")
