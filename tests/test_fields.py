"""SMART, risk and sign-off fields per action and the plan's approval: drafted (baseline from a
figure the report states, never invented), typed into their controls or over them in Word and
into the tracker's columns, read back by `update` twice, stored per version, checked (Blue needs
an executive sign-off) and kept out of the published version."""

from datetime import date, datetime
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from lxml import etree
from openpyxl import load_workbook
from plan_samples import SAFE_CARE, acute_trust, care_home
from rich.console import Console
from test_living import W, _edit_docx, _rows, _type, _type_over

from cqcplan import api
from cqcplan.models import Extraction, Finding, ReportMeta
from cqcplan.models.finding import Evidence
from cqcplan.models.living import RISK_FIELDS, SIGN_OFF_FIELDS, SMART_FIELDS
from cqcplan.pipeline.checks import check_plan
from cqcplan.pipeline.identity import ensure_ids
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.publish import leaked, make_public
from cqcplan.pipeline.render import render
from cqcplan.show_living import print_history, print_status

DAY = date(2025, 3, 3)
NEW_FIELDS = (*SMART_FIELDS, *RISK_FIELDS, *SIGN_OFF_FIELDS)
TYPED = {  # field -> (what a lead types, what the plan then holds)
    "baseline": ("72% of fridges logged daily (audit Feb 2025)", "72% of fridges logged daily (audit Feb 2025)"),
    "target_measure": ("100% of fridge logs complete for 3 months", "100% of fridge logs complete for 3 months"),
    "evidence_source": ("Monthly pharmacy fridge audit", "Monthly pharmacy fridge audit"),
    "review_cadence": ("Monthly", "Monthly"),
    "risks": ("Agency nurses not trained on the ePMA log", "Agency nurses not trained on the ePMA log"),
    "early_warning_signs": ("Two missed days in a week", "Two missed days in a week"),
    "escalation_trigger": ("Below 90% two months running: to the medicines safety group",
                           "Below 90% two months running: to the medicines safety group"),
    "signed_off_by": ("Mary Okafor, Chief Nurse", "Mary Okafor, Chief Nurse"),
    "signed_off_on": ("14 May 2025", date(2025, 5, 14)),
    "independent_check_by": ("Peer review team, ward 9", "Peer review team, ward 9"),
    "independent_check_on": ("2 May 2025", date(2025, 5, 2)),
}
TYPED_OVER = {  # the same fields, typed as plain text where the control was
    "baseline": ("Three of 12 staff had ILS training", "Three of 12 staff had ILS training"),
    "target_measure": ("All 12 staff by September", "All 12 staff by September"),
    "evidence_source": ("ESR training report", "ESR training report"),
    "review_cadence": ("every two weeks", "Fortnightly"),
    "risks": ("Course places", "Course places"),
    "early_warning_signs": ("Cancelled sessions", "Cancelled sessions"),
    "escalation_trigger": ("Under 6 trained by July", "Under 6 trained by July"),
    "signed_off_by": ("Dr Ben Ade", "Dr Ben Ade"),
    "signed_off_on": ("01/06/2025", date(2025, 6, 1)),
    "independent_check_by": ("Quality team", "Quality team"),
    "independent_check_on": ("30 May 2025", date(2025, 5, 30)),
}
APPROVAL = {"approved_by": ("Trust board", "Trust board"), "approver_role": ("Board of directors", "Board of directors"),
            "approved_on": ("27 March 2025", date(2025, 3, 27))}


def _draft(tmp_path: Path, sample=acute_trust, fmt="docx") -> Path:
    [path] = render(make_plan(sample()), tmp_path / f"plan.{fmt}", [fmt])
    return path


def _second(row):
    """An action's second line: the table row after its own."""
    return row.getnext()


def _cover_approval(root):
    """The cover's plan-approval row (the table headed "Approved by")."""
    for table in root.iter(f"{W}tbl"):
        trs = [tr for tr in table if tr.tag == f"{W}tr"]
        if "Approved by" in "".join(trs[0].itertext()):
            return trs[1]
    raise AssertionError("no plan-approval table on the cover")


def _values(action, fields) -> dict:
    return {f: getattr(action, f) for f in fields}


# ---------------------------------------------------------------- baseline


def _one(text: str, evidence: list[Evidence] = ()) -> Extraction:
    meta = ReportMeta(file="r.pdf", sha256="0" * 64, report_type="Inspection report")
    finding = Finding(id="f1", kind="must", file="r.pdf", page=14, section="Is the service safe?", text=text,
                      regulations=[SAFE_CARE], derived=True, evidence=list(evidence))
    return Extraction(reports=[meta], findings=[finding], actions=[])


@pytest.mark.parametrize("text, evidence, expected", [
    ("Only 68% of staff had completed safeguarding training. This was a breach of regulation 13.", [],
     "68% of staff had completed safeguarding training. (report p. 14)"),
    ("Staff files were incomplete. This was a breach of regulation 19.",
     [Evidence(page=11, text="We looked at recruitment. Four out of 9 files had no references. Managers agreed.")],
     "Four out of 9 files had no references. (report p. 11)"),
    ("Just 40 per cent of care plans were reviewed on time. This was a breach of regulation 9.", [],
     "40 per cent of care plans were reviewed on time. (report p. 14)"),
    ("The trust must ensure that staff complete mandatory training; only 68% of nursing staff had completed it.", [],
     "68% of nursing staff had completed it. (report p. 14)"),
])
def test_baseline_quotes_the_figure_the_report_states_with_its_page(text, evidence, expected):
    [action] = make_plan(_one(text, evidence)).actions
    assert action.baseline == expected
    assert expected.split(" (report")[0] in " ".join([text, *(e.text for e in evidence)])  # verbatim


@pytest.mark.parametrize("text", [
    "Medicines were not stored safely. This was a breach of regulation 12 of the Health and Social Care Act 2008.",
    "The trust must ensure that 95% of staff complete mandatory training. (Regulation 18(2)(a))",
    "The provider should make sure at least 9 of 10 audits are completed.",
    "Ensure that all staff complete mandatory training, so that the trust target of 90% compliance is met.",
])
def test_no_baseline_without_a_stated_figure(text):
    [action] = make_plan(_one(text)).actions
    assert action.baseline == ""


def test_baseline_is_printed_in_its_control_and_an_untouched_one_is_no_change(tmp_path):
    extraction = _one("Only 68% of staff had completed safeguarding training. This was a breach of regulation 13.")
    [path] = render(make_plan(extraction), tmp_path / "plan.docx", ["docx"])
    result = api.update(path, today=DAY)
    [action] = result.plan.actions
    assert action.baseline == "68% of staff had completed safeguarding training. (report p. 14)"
    assert not [c for c in result.changes if c.field in NEW_FIELDS]


# ---------------------------------------------------------------- Word round trip


def _first_round(root) -> None:
    rows = _rows(root)
    for field, (typed, _) in TYPED.items():
        _type(_second(rows["M1"]), field, typed)
    for field, (typed, _) in TYPED_OVER.items():
        _type_over(_second(rows["M2"]), field, typed)
    details = _second(rows["M4"])  # its hidden id deleted too: the row above owns it
    _type_over(details, "details", "")
    _type_over(details, "risks", "Winter pressures")
    for field, (typed, _) in APPROVAL.items():
        _type(_cover_approval(root), field, typed)


def test_every_new_field_round_trips_through_word_over_two_updates(tmp_path):
    plan = _draft(tmp_path)
    _edit_docx(plan, _first_round)
    first = api.update(plan, today=DAY)
    by_ref = {a.ref: a for a in first.plan.actions}
    assert _values(by_ref["M1"], NEW_FIELDS) == {f: v for f, (_, v) in TYPED.items()}
    assert _values(by_ref["M2"], NEW_FIELDS) == {f: v for f, (_, v) in TYPED_OVER.items()}
    assert by_ref["M4"].risks == "Winter pressures" and not by_ref["M4"].local
    assert not [a for a in first.plan.actions if a.local]
    assert first.plan.approval.model_dump() == {f: v for f, (_, v) in APPROVAL.items()}
    changed = {(c.ref, c.field) for c in first.changes}
    assert {("M1", f) for f in NEW_FIELDS} | {("M2", f) for f in NEW_FIELDS} | {("Plan", f) for f in APPROVAL} <= changed
    assert not {c.code for c in first.checks} & {"unreadable-value", "local-row", "deleted-row"}

    def second_round(root):
        rows = _rows(root)
        _type_over(_second(rows["M1"]), "target_measure", "100% for 6 months")
        _type(_second(rows["M2"]), "review_cadence", "Quarterly")
        _type_over(_cover_approval(root), "approved_on", "3 April 2025")

    nxt = Path(first.written[0])
    _edit_docx(nxt, second_round)
    second = api.update(nxt, today=date(2025, 4, 7))
    by_ref = {a.ref: a for a in second.plan.actions}
    assert _values(by_ref["M1"], NEW_FIELDS) == {**{f: v for f, (_, v) in TYPED.items()},
                                                  "target_measure": "100% for 6 months"}
    assert _values(by_ref["M2"], NEW_FIELDS) == {**{f: v for f, (_, v) in TYPED_OVER.items()},
                                                  "review_cadence": "Quarterly"}
    assert by_ref["M4"].risks == "Winter pressures"
    assert second.plan.approval.approved_on == date(2025, 4, 3) and second.plan.approval.approved_by == "Trust board"
    assert {(c.ref, c.field, c.new) for c in second.changes} == {
        ("M1", "target_measure", "100% for 6 months"), ("M2", "review_cadence", "Quarterly"),
        ("Plan", "approved_on", "2025-04-03")}
    history = api.history(Path(second.written[0]))
    assert [v.version for v in history] == ["0.1", "0.2", "0.3"]
    assert [v.approval.approved_on for v in history] == [None, date(2025, 3, 27), date(2025, 4, 3)]
    assert any(c.ref == "M2" and c.field == "signed_off_by" and c.new == "Dr Ben Ade" for c in history[1].changes)
    console = Console(width=200, record=True)
    print_history(history, console)
    shown = console.export_text()
    assert "M1 Target measure: 100% of fridge logs complete for 3 months → 100% for 6 months" in shown
    assert "Plan approved by Trust board (Board of directors) on 3 Apr 2025" in shown


def test_a_value_that_fits_no_list_or_date_is_flagged_and_kept(tmp_path):
    plan = _draft(tmp_path)

    def edit(root):
        rows = _rows(root)
        _type_over(_second(rows["M1"]), "review_cadence", "when we can")
        _type(_second(rows["M1"]), "signed_off_on", "after the audit")
        _type(_cover_approval(root), "approved_on", "at the next board")

    _edit_docx(plan, edit)
    result = api.update(plan, today=DAY)
    m1 = next(a for a in result.plan.actions if a.ref == "M1")
    assert m1.review_cadence is None and m1.signed_off_on is None
    assert "Review cadence typed as: when we can" in m1.progress and "Signed off on typed as: after the audit" in m1.progress
    assert "Date of approval typed as: at the next board" in result.plan.approval.approver_role
    flagged = sorted(c.ref for c in result.checks if c.code == "unreadable-value")
    assert flagged == ["M1", "M1", "Plan"]


def test_a_deleted_action_row_keeps_what_its_second_line_holds(tmp_path):
    plan = _draft(tmp_path)

    def edit(root):
        rows = _rows(root)
        _type(_second(rows["M2"]), "risks", "Recruitment freeze")
        rows["M2"].getparent().remove(rows["M2"])

    _edit_docx(plan, edit)
    result = api.update(plan, today=DAY)
    m2 = next(a for a in result.plan.actions if a.ref == "M2")
    assert m2.risks == "Recruitment freeze" and not m2.local
    assert len(result.plan.actions) == len(make_plan(acute_trust()).actions)
    codes = {(c.code, c.ref) for c in result.checks}
    assert ("deleted-row", "M2") in codes and ("wording-changed", "M2") not in codes


def test_a_copied_action_keeps_its_own_second_line(tmp_path):
    """Both rows of S1 copied to make a local action: each second line stays with its own row."""
    import copy

    plan = _draft(tmp_path)

    def edit(root):
        rows = _rows(root)
        _type(_second(rows["S1"]), "risks", "Theatre lists overrun")
        main, second = copy.deepcopy(rows["S1"]), copy.deepcopy(_second(rows["S1"]))
        ref = next(t for t in main.iter(f"{W}t") if t.text == "S1")
        ref.text = "L1"
        _type(second, "risks", "Porters short")
        table = rows["S1"].getparent()
        table.append(main)
        table.append(second)

    _edit_docx(plan, edit)
    by_ref = {a.ref: a for a in api.update(plan, today=DAY).plan.actions}
    assert by_ref["S1"].risks == "Theatre lists overrun"
    assert by_ref["L1"].local and by_ref["L1"].risks == "Porters short"


# ---------------------------------------------------------------- Excel round trip


def _header(sheet) -> dict[str, int]:
    return {c.value: c.column for c in sheet[1]}


def test_every_new_field_round_trips_through_the_tracker_over_two_updates(tmp_path):
    path = _draft(tmp_path, fmt="xlsx")
    book = load_workbook(path)
    sheet, approval = book["Actions"], book["Approval"]
    col = _header(sheet)
    refs = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    labels = {"baseline": "Baseline", "target_measure": "Target measure", "evidence_source": "Evidence source",
              "review_cadence": "Review cadence", "risks": "Risks", "early_warning_signs": "Early-warning signs",
              "escalation_trigger": "Escalation trigger", "signed_off_by": "Executive sign-off",
              "signed_off_on": "Signed off on", "independent_check_by": "Independent check",
              "independent_check_on": "Checked on"}
    for field, (typed, value) in TYPED.items():  # dates as Excel keeps them, text as typed
        cell = value if isinstance(value, date) else typed
        sheet.cell(refs["M1"], col[labels[field]], datetime(cell.year, cell.month, cell.day) if isinstance(cell, date) else cell)
    for field, (typed, _) in TYPED_OVER.items():  # dates typed as text
        sheet.cell(refs["S1"], col[labels[field]], typed)
    approval["A2"], approval["B2"], approval["C2"] = "Quality committee", "Committee of the board", datetime(2025, 3, 27)
    book.save(path)
    first = api.update(path, today=DAY)
    by_ref = {a.ref: a for a in first.plan.actions}
    assert _values(by_ref["M1"], NEW_FIELDS) == {f: v for f, (_, v) in TYPED.items()}
    assert _values(by_ref["S1"], NEW_FIELDS) == {f: v for f, (_, v) in TYPED_OVER.items()}
    assert first.plan.approval.model_dump() == {"approved_by": "Quality committee",
                                                "approver_role": "Committee of the board",
                                                "approved_on": date(2025, 3, 27)}
    nxt = Path(first.written[0])
    book = load_workbook(nxt)
    sheet = book["Actions"]
    col = _header(sheet)
    refs = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    assert sheet.cell(refs["M1"], col["Signed off on"]).value == datetime(2025, 5, 14)
    sheet.cell(refs["S1"], col["Escalation trigger"], "Under 4 trained by July")
    book.save(nxt)
    second = api.update(nxt, today=date(2025, 4, 7))
    by_ref = {a.ref: a for a in second.plan.actions}
    assert _values(by_ref["M1"], NEW_FIELDS) == {f: v for f, (_, v) in TYPED.items()}
    assert by_ref["S1"].escalation_trigger == "Under 4 trained by July" and by_ref["S1"].review_cadence == "Fortnightly"
    assert second.plan.approval.approved_by == "Quality committee"
    assert [(c.ref, c.field) for c in second.changes] == [("S1", "escalation_trigger")]


def test_a_tracker_without_the_new_columns_keeps_the_plans_values(tmp_path):
    """A tracker from before these columns: nothing is read from the columns now standing in their place."""
    extraction = _one("Only 68% of staff had completed safeguarding training. This was a breach of regulation 13.")
    [path] = render(make_plan(extraction), tmp_path / "plan.xlsx", ["xlsx"])
    book = load_workbook(path)
    sheet = book["Actions"]
    first, last = _header(sheet)["Baseline"], _header(sheet)["Checked on"]
    sheet.delete_cols(first, last - first + 1)
    sheet.cell(2, _header(sheet)["Lead"], "Jo Bloggs")
    book.save(path)
    [action] = api.update(path, today=DAY).plan.actions
    assert action.lead == "Jo Bloggs"
    assert action.baseline == "68% of staff had completed safeguarding training. (report p. 14)"
    assert action.risks == "" and action.review_cadence is None


# ---------------------------------------------------------------- the sign-off check


def test_blue_without_an_executive_sign_off_is_flagged_only_there():
    plan = ensure_ids(make_plan(acute_trust()))
    done = {"brag": "Blue", "status": "In progress", "evidence": "Audit", "lead": "X", "deadline": date(2026, 1, 1)}
    cases = {
        "M1": {**done},  # no sign-off: flagged
        "M2": {**done, "signed_off_by": "Chief Nurse"},  # no date: flagged
        "M3": {**done, "signed_off_by": "Chief Nurse", "signed_off_on": date(2025, 3, 1)},  # signed off
        "M4": {**done, "brag": "Green"},  # not Blue: nothing to sign off yet
        "S1": {**done, "status": "Closed", "closed_on": date(2025, 3, 1)},  # closed without sign-off: flagged
        "S2": {**done, "status": "Closed", "closed_on": date(2025, 3, 1), "signed_off_by": "CEO",
               "signed_off_on": date(2025, 3, 1)},
    }
    actions = [a.model_copy(update=cases.get(a.ref, {})) for a in plan.actions]
    checks = [c for c in check_plan(plan.model_copy(update={"actions": actions}), DAY) if c.code == "blue-without-signoff"]
    assert sorted(c.ref for c in checks) == ["M1", "M2", "S1"]
    assert "has no date" in next(c.message for c in checks if c.ref == "M2")


def test_update_flags_an_action_closed_blue_without_sign_off(tmp_path):
    plan = _draft(tmp_path)

    def edit(root):
        rows = _rows(root)
        for ref in ("M1", "M2"):
            _type(rows[ref], "status", "Complete")
            _type(rows[ref], "brag", "Blue")
            _type(rows[ref], "evidence", "Audit May 2025")
        _type(_second(rows["M2"]), "signed_off_by", "Chief Nurse")
        _type(_second(rows["M2"]), "signed_off_on", "1 March 2025")

    _edit_docx(plan, edit)
    result = api.update(plan, today=DAY)
    assert {a.ref for a in result.plan.actions if a.closed_on} == {"M1", "M2"}
    assert [c.ref for c in result.checks if c.code == "blue-without-signoff"] == ["M1"]

    def sign_in_closed_table(root):  # the closed table has the sign-off fields too
        for tr in root.iter(f"{W}tr"):
            if "cqcplan.signed_off_by" in etree.tostring(tr, encoding=str) and "M1" in "".join(tr.itertext())[:4]:
                _type(tr, "signed_off_by", "Chief Nurse")
                _type(tr, "signed_off_on", "2 March 2025")

    nxt = Path(result.written[0])
    _edit_docx(nxt, sign_in_closed_table)
    again = api.update(nxt, today=DAY)
    m1 = next(a for a in again.plan.actions if a.ref == "M1")
    assert (m1.signed_off_by, m1.signed_off_on) == ("Chief Nurse", date(2025, 3, 2))
    assert not [c for c in again.checks if c.code == "blue-without-signoff"]


def test_an_action_closing_blue_gets_the_same_evidence_and_audit_checks_as_an_open_one(tmp_path):
    """M1 closes Blue with no evidence, M2 Blue/Complete with its C line still a prompt: both are
    flagged by the update that closes them; the closed table's evidence is checked after too."""
    plan = _draft(tmp_path)

    def edit(root):
        rows = _rows(root)
        _type(rows["M1"], "status", "Closed")
        _type(rows["M2"], "status", "Complete")
        _type(rows["M2"], "evidence", "Audit May 2025")
        for ref in ("M1", "M2"):
            _type(rows[ref], "brag", "Blue")

    _edit_docx(plan, edit)
    result = api.update(plan, today=DAY)
    assert {a.ref for a in result.plan.actions if a.closed_on} == {"M1", "M2"}
    codes = {(c.code, c.ref) for c in result.checks}
    assert {("blue-without-evidence", "M1"), ("blue-without-audit", "M1"), ("blue-without-audit", "M2")} <= codes
    assert ("blue-without-evidence", "M2") not in codes
    later = check_plan(result.plan.model_copy(update={"date": date(2025, 6, 1)}), date(2025, 6, 1))  # a later version
    assert sorted((c.code, c.ref) for c in later if c.ref in ("M1", "M2") and c.code != "blue-without-signoff") == [
        ("blue-without-evidence", "M1")]


# ---------------------------------------------------------------- status and publishing


def test_status_counts_measures_and_sign_offs_and_shows_the_approval(tmp_path):
    plan = _draft(tmp_path)

    def edit(root):
        rows = _rows(root)
        _type(_second(rows["M1"]), "baseline", "72%")
        _type(_second(rows["M1"]), "target_measure", "100%")
        _type(_second(rows["M1"]), "review_cadence", "Weekly")
        _type(_second(rows["M2"]), "signed_off_by", "Chief Nurse")
        _type(_cover_approval(root), "approved_by", "Trust board")
        _type(_cover_approval(root), "approved_on", "27 March 2025")

    _edit_docx(plan, edit)
    report = api.status(plan, today=DAY)
    assert (report.measured, report.signed_off, report.checked) == (1, 1, 0)
    assert report.by_cadence == {"Weekly": 1, "Not set": len(make_plan(acute_trust()).actions) - 1}
    console = Console(width=200, record=True)
    print_status(report, console)
    shown = console.export_text()
    assert "Plan approved by Trust board on 27 Mar 2025" in shown
    assert "Open by review cadence: Weekly 1, Not set 6" in shown  # in the list's order, not by name


def test_publish_leaves_out_risks_and_every_sign_off_name():
    plan = make_plan(care_home())
    risky = {"risks": "Agency staff RISKTEXT", "early_warning_signs": "Missed EARLYTEXT",
             "escalation_trigger": "ESCALATETEXT at 80%", "signed_off_by": "Mary Okafor",
             "independent_check_by": "Tom Quill", "lead": "Sam Lead",
             "progress": "Checked by Tom Quill; Mary Okafor agreed", "target_measure": "All MAR charts complete"}
    actions = [plan.actions[0].model_copy(update=risky), *plan.actions[1:]]
    plan = plan.model_copy(update={"actions": actions, "approval": plan.approval.model_copy(
        update={"approved_by": "Rhona Board", "approver_role": "Chair"})})
    public = make_public(plan)
    dumped = public.model_dump_json(exclude={"removed"})
    for secret in ("RISKTEXT", "EARLYTEXT", "ESCALATETEXT", "Mary Okafor", "Tom Quill", "Rhona Board", "Sam Lead"):
        assert secret not in dumped, secret
    assert leaked(public, plan) == []
    removed = {(r.ref, r.field) for r in public.removed}
    first = plan.actions[0].ref
    assert {(first, "risks"), (first, "early_warning_signs"), (first, "escalation_trigger"),
            (first, "signed_off_by"), (first, "independent_check_by"), ("Plan", "approved_by")} <= removed
    assert "[name removed]" in next(a.progress for a in public.actions if a.ref == first)


def test_the_word_plan_has_a_second_row_per_action_and_the_approval_on_the_cover(tmp_path):
    path = _draft(tmp_path)
    from docx import Document

    doc = Document(str(path))
    body = doc.element.body
    tags = [t.get(qn("w:val")) for t in body.iter(qn("w:tag"))]
    count = len(make_plan(acute_trust()).actions)
    for field in NEW_FIELDS:
        assert tags.count(f"cqcplan.{field}") == count, field
    assert sum(t.startswith("cqcplan.details:") for t in tags) == count  # the id in the tag
    for field in ("approved_by", "approver_role", "approved_on"):
        assert tags.count(f"cqcplan.{field}") == 1
    cadence = next(s for s in body.iter(qn("w:sdt")) if s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val"))
                   == "cqcplan.review_cadence")
    assert [i.get(qn("w:value")) for i in cadence.iter(qn("w:listItem"))] == ["Weekly", "Fortnightly", "Monthly",
                                                                               "Quarterly"]
