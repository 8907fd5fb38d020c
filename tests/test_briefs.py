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
