"""said-did and publish over a drafted plan: CQC wordings verbatim, prompts never shown as done,
no people-field name in the public version, and a list of what was removed."""

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from cqcplan import api
from cqcplan.errors import CqcplanError, DamagedPlan
from cqcplan.pipeline.plan_file import load_plan
from cqcplan.pipeline.publish import NAME_REMOVED, leaked, make_public
from cqcplan.pipeline.said_did import NOTHING_YET, make_said_did

REPORT = Path(__file__).resolve().parent.parent / "fixtures" / "gp_pair_2018" / "report.pdf"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan")
    api.draft(REPORT, folder / "plan.docx", api.DraftOptions(formats=("docx", "json")))
    return folder


def _edited(plan):
    first, *rest = plan.actions
    first = first.model_copy(update={
        "lead": "Jane Doe", "executive_lead": "Dr Sam Patel", "status": "Closed",
        "progress": "Jane Doe met Mrs K Brown; new fridge log in use.",
        "scaffold": first.scaffold.model_copy(update={"change": "Jane Doe to buy data loggers for the fridges."})})
    return plan.model_copy(update={"actions": [first, *rest]})


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])


def test_the_word_plan_carries_the_plan_it_was_drafted_from(drafted):
    def rows(plan):
        return [(a.ref, [w.text for w in a.wordings], a.lead, a.status) for a in plan.actions]

    assert rows(load_plan(drafted / "plan.docx")) == rows(load_plan(drafted / "plan.json"))


def test_a_word_plan_nobody_has_typed_in_is_still_its_own_version_and_date(drafted):
    as_drafted = load_plan(drafted / "plan.json")
    read = load_plan(drafted / "plan.docx")
    assert (read.version, read.date) == (as_drafted.version, as_drafted.date)


def test_said_did_has_one_row_per_statement_verbatim_and_no_prompt_as_done(drafted, tmp_path):
    plan = _edited(load_plan(drafted / "plan.json"))
    sheet = make_said_did(plan)
    assert [r.statement.text for r in sheet.rows] == [w.text for a in plan.actions for w in a.wordings]
    assert sheet.rows[0].did == ["A. Jane Doe to buy data loggers for the fridges.",
                                 "Progress: Jane Doe met Mrs K Brown; new fridge log in use."]
    assert all(r.did == [NOTHING_YET] for r in sheet.rows[1:])
    assert not any("Prompt" in line for r in sheet.rows for line in r.did) and sheet.rows[1].evidence == ""
    assert [b.key_question for b in sheet.top] == ["Safe", "Effective", "Caring"]
    out, = api.said_did(drafted / "plan.docx", tmp_path / "sd.docx")
    text = _text(out)
    assert "Top things to know" in text and all(w.text in text for a in plan.actions for w in a.wordings)


def test_publish_removes_names_keeps_cqc_wording_and_lists_removals(drafted, tmp_path):
    plan = _edited(load_plan(drafted / "plan.json"))
    public = make_public(plan)
    assert leaked(public, plan) == []
    assert public.actions[0].lead == "Action lead" and NAME_REMOVED in public.actions[0].progress
    removed = {(r.field, r.removed) for r in public.removed}
    assert {("lead", "Jane Doe"), ("executive_lead", "Dr Sam Patel"), ("progress", "Mrs K Brown")} <= removed
    edited = tmp_path / "edited.json"
    edited.write_text(plan.model_dump_json(), encoding="utf-8")
    out, report = api.publish(edited, tmp_path / "public.docx")
    text = _text(out)
    assert all(w.text in text for a in plan.actions for w in a.wordings)
    for name in ("Jane Doe", "Sam Patel", "K Brown", "Prompt:", "Check", "similarity 0"):
        assert name not in _without_repeat_notes(text), name
    assert "Jane Doe\tAction lead" in report.read_text(encoding="utf-8")


def _without_repeat_notes(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("Raised before"))


def test_a_name_inside_a_cqc_wording_is_left_verbatim_and_flagged(drafted):
    plan = load_plan(drafted / "plan.json")
    wording = plan.actions[0].wordings[0]
    action = plan.actions[0].model_copy(update={"lead": wording.text.split()[2]})
    public = make_public(plan.model_copy(update={"actions": [action, *plan.actions[1:]]}))
    assert public.actions[0].statements[0].text == wording.text
    assert any(r.field == "CQC wording" for r in public.removed)


def test_a_file_that_is_not_a_drafted_plan_is_one_line_and_exit_16(tmp_path):
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(DamagedPlan):
        load_plan(bad)
    run = subprocess.run([sys.executable, "-m", "cqcplan", "publish", str(bad), "-o", str(tmp_path / "p.docx")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 16 and len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert not (tmp_path / "p.docx").exists()


def _pdf_text(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


ODD = "The trust must ensure the £5 “café” fund’s audit — and Zoë’s ward’s rota – is checked ≥ weekly at 4 °C…"


def test_public_pdf_holds_every_statement_verbatim_and_no_people_field_name(drafted, tmp_path):
    plan = _edited(load_plan(drafted / "plan.json"))
    first = plan.actions[0]
    odd = first.wordings[0].model_copy(update={"text": ODD, "finding_id": "F99"})
    plan = plan.model_copy(update={"actions": [first.model_copy(update={"wordings": [*first.wordings, odd]}),
                                               *plan.actions[1:]]})
    edited = tmp_path / "edited.json"
    edited.write_text(plan.model_dump_json(), encoding="utf-8")
    out, report = api.publish(edited, tmp_path / "public.pdf")
    assert out.read_bytes()[:5] == b"%PDF-" and report.name == "public-removed.tsv"
    text = _pdf_text(out)
    for wording in (w for a in plan.actions for w in a.wordings):
        assert " ".join(wording.text.split()) in text, wording.text
    for name in ("Jane Doe", "Sam Patel", "K Brown", "Prompt:"):
        assert name not in text, name
    assert "Summary by key question" in text and "Action lead" in text


def test_publish_writes_pdf_and_word_beside_one_list_of_removals(drafted, tmp_path):
    plan = tmp_path / "edited.json"
    plan.write_text(_edited(load_plan(drafted / "plan.json")).model_dump_json(), encoding="utf-8")
    _, listing = api.publish(plan, tmp_path / "public.pdf")
    first = listing.read_bytes()
    out, again = api.publish(plan, tmp_path / "public.docx")  # the same list: no clash, no --force
    assert out.suffix == ".docx" and again == listing and listing.read_bytes() == first
    listing.write_text("a person's notes\n", encoding="utf-8")
    out.unlink()
    with pytest.raises(CqcplanError, match="removed.tsv"):  # a different file of that name is never overwritten
        api.publish(plan, tmp_path / "public.docx")
    assert listing.read_text(encoding="utf-8") == "a person's notes\n" and not out.exists()


def test_publish_refuses_an_unknown_extension_and_writes_nothing(drafted, tmp_path):
    for name in ("public.html", "public.txt"):
        run = subprocess.run([sys.executable, "-m", "cqcplan", "publish", str(drafted / "plan.json"), "-o",
                              str(tmp_path / name)], capture_output=True, text=True, timeout=120)
        assert run.returncode == 2 and "end the name in .docx or .pdf" in run.stderr and len(run.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_said_did_and_publish_read_the_plan_store_where_it_exists(tmp_path):
    """Given the plan store, the latest version recorded is the plan: what the leads wrote by the last update."""
    from test_living import DAY, _draft, _edit_docx, _lead_edits

    plan = _draft(tmp_path)
    _edit_docx(plan, _lead_edits)
    result = api.update(plan, today=DAY)
    stored = load_plan(Path(result.store))
    assert stored.version == result.plan.version
    assert [(a.ref, a.status, a.lead) for a in stored.actions] == [(a.ref, a.status, a.lead) for a in result.plan.actions]
    out, = api.said_did(Path(result.store), tmp_path / "sd.docx")
    assert "Jane Smith, Matron" not in _text(out) and "In progress" in _text(out)
    public, _ = api.publish(Path(result.store), tmp_path / "public.docx")
    assert "Jane Smith" not in _text(public)


def test_the_public_version_leaves_out_cqcplans_reading_notes_but_keeps_the_leads_progress(tmp_path):
    """A value that fits no field is kept in Progress as "Deadline typed as: …" for the plan's owners;
    whatever field it was, that note is not published (it is listed as removed)."""
    import test_living as living

    plan = living._draft(tmp_path)

    def edits(root):
        rows = living._rows(root)
        living._type(rows["M1"], "deadline", "end of Q2")
        living._type(rows["M1"], "progress", "New fridge log in use on all wards.")
        living._type(rows["M2"], "brag", "Purple")
        living._type(rows["M2"], "status", "Parked")
    living._edit_docx(plan, edits)
    updated = Path(api.update(plan, today=living.DAY).written[0])
    notes = [line for a in load_plan(updated).actions for line in a.progress.splitlines() if " typed as: " in line]
    assert len(notes) == 3  # Deadline, BRAG, Status
    written = api.publish(updated, tmp_path / "public.docx")
    text = _text(tmp_path / "public.docx")
    assert "New fridge log in use on all wards." in text
    assert not [n for n in notes if n in text] and "typed as" not in text
    removed = next(p for p in written if p.suffix == ".tsv").read_text(encoding="utf-8")
    assert all(n in removed for n in notes)


def _with(action, **fields):
    scaffold = {k: fields.pop(k) for k in ("change", "communicate", "audit") if k in fields}
    return action.model_copy(update={**fields, "scaffold": action.scaffold.model_copy(update=scaffold)})


def test_said_did_never_gives_cqcplans_reading_notes_as_what_was_done(drafted):
    plan = load_plan(drafted / "plan.json")
    first, second, *rest = plan.actions
    first = _with(first, progress="Deadline typed as: next Friday")
    second = _with(second, progress="Spot checks started.\nBRAG typed as: Purple\nStatus typed as: Started")
    sheet = make_said_did(plan.model_copy(update={"actions": [first, second, *rest]}))
    did = {r.ref: r.did for r in sheet.rows}
    assert did[first.ref] == [NOTHING_YET]
    assert did[second.ref] == ["Progress: Spot checks started."]
    assert not any("typed as" in line for lines in did.values() for line in lines)


def test_the_counts_per_key_question_are_the_statuses_the_rows_show(drafted):
    """Closed (Blue) but moved, Complete (Green), In progress, Open with progress written: the words
    follow each row's status, as `status` counts it."""
    from datetime import date

    plan = load_plan(drafted / "plan.json")
    kq = plan.actions[0].key_question
    same = [a for a in plan.actions if a.key_question == kq]
    assert len(same) >= 2, "the fixture needs two actions under one key question"
    states = [dict(status="Closed", brag="Blue", closed_on=date(2025, 1, 6)), dict(status="Complete", brag="Green"),
              dict(status="In progress"), dict(status="Open", progress="Quotes asked for.")]
    edited = {a.uid: _with(a, **states[i % len(states)]) for i, a in enumerate(same)}
    plan = plan.model_copy(update={"actions": [edited.get(a.uid, a) for a in plan.actions]})
    shown = [r.status.split(" (")[0] for r in make_said_did(plan).rows if r.ref in {a.ref for a in same}]
    rows = {a.ref: a.status for a in edited.values()}
    done = sum(s in ("Complete", "Closed") for s in rows.values())
    going = sum(s == "In progress" for s in rows.values())
    line = f"{done} completed, {going} under way, {len(rows) - done - going} not yet started."
    for brief in (make_said_did(plan).top, make_public(plan).summary):
        assert line in next(b for b in brief if b.key_question == kq).lines
    assert set(shown) <= set(rows.values())


def test_a_line_a_lead_lettered_is_lettered_once(drafted):
    plan = load_plan(drafted / "plan.json")
    first, *rest = plan.actions
    first = _with(first, change="A. Daily fridge checks", communicate="b) Told at huddles", audit="A new audit rota")
    plan = plan.model_copy(update={"actions": [first, *rest]})
    expected = ["A. Daily fridge checks", "B. Told at huddles", "C. A new audit rota"]
    assert next(r.did for r in make_said_did(plan).rows if r.ref == first.ref)[:3] == expected
    assert next(a.actions for a in make_public(plan).actions if a.ref == first.ref) == expected


def _with_local_action(plan, description: str):
    """A row a lead added to the plan, as `update` keeps it (pipeline/living.py)."""
    from cqcplan.models.plan import PlanAction, Scaffold

    local = PlanAction(ref="L1", kind="should", services=[], wordings=[], local=True, description=description,
                       lead="Estates manager", scaffold=Scaffold(topic="Local action", change="", communicate="",
                                                                 audit=""), uid="local-1")
    return plan.model_copy(update={"actions": [*plan.actions, local]})


def test_a_local_action_is_the_trusts_own_never_counted_or_published_as_cqcs(drafted, tmp_path):
    plan = load_plan(drafted / "plan.json")
    asked = {"must": sum(a.kind == "must" for a in plan.actions), "should": sum(a.kind == "should" for a in plan.actions)}
    plan = _with_local_action(plan, "Repaint the day room on ward 7")

    def counted(briefs, kind):
        words = f"CQC said we {kind} make"
        return sum(int(part.split()[0]) for b in briefs for part in b.lines[0].split(" and ") if words in part)

    sheet, public = make_said_did(plan), make_public(plan)
    for briefs in (sheet.top, public.summary):
        assert {kind: counted(briefs, kind) for kind in asked} == asked
        assert any("1 action we added ourselves" in b.lines[0] for b in briefs)
    row = next(r for r in sheet.rows if r.ref == "L1")
    assert row.statement is None and row.own == "Repaint the day room on ward 7"
    action = next(a for a in public.actions if a.ref == "L1")
    assert action.statements == [] and action.own == "Repaint the day room on ward 7"
    edited = tmp_path / "edited.json"
    edited.write_text(plan.model_dump_json(), encoding="utf-8")
    text = _pdf_text(api.publish(edited, tmp_path / "public.pdf")[0])
    assert "Our own action (not from CQC’s report) Repaint the day room on ward 7" in text
    out = api.said_did(edited, tmp_path / "said-did.docx")[0]
    assert "Our own action (not from CQC’s report):\nRepaint the day room on ward 7" in _text(out)


def test_the_list_of_removals_keeps_one_row_per_removal_whatever_a_name_holds(drafted, tmp_path):
    import csv

    plan = load_plan(drafted / "plan.json")
    first, *rest = plan.actions
    odd = 'Jane\tDoe "JD"\nward 7'
    plan = plan.model_copy(update={"actions": [first.model_copy(update={"lead": odd}), *rest]})
    edited = tmp_path / "edited.json"
    edited.write_text(plan.model_dump_json(), encoding="utf-8")
    listing = api.publish(edited, tmp_path / "public.docx")[1]
    with listing.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, dialect="excel-tab"))
    assert all(len(row) == 4 for row in rows)
    assert [first.ref, "lead", 'Jane\tDoe "JD" ward 7', "Action lead"] in rows
