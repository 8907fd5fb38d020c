"""A folder of reports: one plan each, a combined plan in the formats asked for, and a bad file skipped."""

import shutil
import subprocess
import sys
from pathlib import Path

from cqcplan import api

FIXTURES = Path(__file__).parent.parent / "fixtures"
GOOD = ["gp_focused_2017", "independent_hospital_2015"]


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in [*GOOD, "damaged"]:
        shutil.copy(FIXTURES / name / "report.pdf", folder / f"{name}.pdf")
    return folder


def test_batch_skips_a_bad_file_and_places_every_finding_once(tmp_path):
    out = tmp_path / "plans"
    result = api.draft_batch([make_folder(tmp_path)], out, api.DraftOptions(formats=("docx", "json")), workers=2)
    assert set(result.failures) == {"damaged.pdf"} and "damaged" in result.failures["damaged.pdf"]
    providers = [api._slug(r.meta.provider) for r in result.reports]
    assert len(set(providers)) == 2  # a GP practice and an independent hospital: one report each, no combined plan
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}-action-plan.{ext}" for n in GOOD for ext in ("docx", "json"))
    assert result.combined == []
    combined = api.to_extraction(result.reports)
    placed = sorted(fid for action in combined.actions for fid in action.findings)
    assert placed == sorted(f.id for f in combined.findings)
    assert len(placed) == sum(len(r.findings) for r in result.reports) and len(set(placed)) == len(placed)
    for action in combined.actions:  # never merged across providers
        assert len({fid.split("-")[0] for fid in action.findings}) == 1


def test_combine_providers_makes_one_plan_that_still_keeps_providers_apart(tmp_path):
    folder = make_folder(tmp_path)
    (folder / "damaged.pdf").unlink()
    out = tmp_path / "plans"
    result = api.draft_batch([folder], out, api.DraftOptions(formats=("docx",), combine_providers=True))
    assert [p.name for p in result.combined] == ["combined-action-plan.docx"]  # only the formats asked for (qa10)


def test_batch_cli_prints_a_summary_and_exits_11_when_a_file_failed(tmp_path):
    result = subprocess.run([sys.executable, "-m", "cqcplan", "draft", str(make_folder(tmp_path)), "-o", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 11
    assert "damaged.pdf" in result.stderr and "gp_focused_2017.pdf" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("cqcplan: error: 1 of 3 files failed")


def test_a_report_whose_lists_gave_nothing_fails_its_row_and_the_batch_exits_11(tmp_path, monkeypatch):
    """Lists or notices seen but nothing read is never "none found" quietly: the file's row
    says what was seen, it counts as failed, and the others are written."""
    import io

    import pytest
    from rich.console import Console

    from cqcplan import show
    from cqcplan.errors import BatchFailed

    folder = make_folder(tmp_path)
    (folder / "damaged.pdf").unlink()
    real = api._extract_for_draft

    def unread(path, options, workers, name=None):
        report = real(path, options, workers, name)
        if path.name.startswith("gp_focused"):
            return report.model_copy(update={"findings": [], "seen": ["must/should list heading(s) “They must:”"]})
        return report

    monkeypatch.setattr(api, "_extract_for_draft", unread)
    out = io.StringIO()
    with pytest.raises(BatchFailed) as failed:
        show.run_batch([folder], tmp_path / "plans", api.DraftOptions(formats=("docx",)), workers=1,
                       console=Console(file=out, width=400))
    assert failed.value.exit_code == 11 and failed.value.message.startswith("1 of 2 files failed")
    summary = out.getvalue()
    row = next(line for line in summary.splitlines() if "gp_focused_2017.pdf" in line)
    assert "failed" in row and "They must:" in row and api.NOTHING_READ in row
    assert (tmp_path / "plans" / "independent_hospital_2015-action-plan.docx").exists()


def test_a_batch_of_two_providers_warns_and_keeps_them_apart(tmp_path, caplog):
    folder = make_folder(tmp_path)
    (folder / "damaged.pdf").unlink()
    with caplog.at_level("WARNING", logger="cqcplan"):
        result = api.draft_batch([folder], tmp_path / "plans", api.DraftOptions(formats=("docx",)))
    providers = sorted(r.meta.provider for r in result.reports)
    warning = next(r.getMessage() for r in caplog.records if "providers" in r.getMessage())
    assert all(p in warning for p in providers) and "--combine-providers" in warning
    assert result.combined == []  # one report each: its own plan is the provider's only plan


def test_a_provider_gets_a_combined_plan_only_with_two_or_more_reports(tmp_path, caplog):
    """GP practice A's two inspections and GP B's one: a combined plan for A alone (B's own plan
    is its only living plan, never a second copy of it)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("gp_pair_2016", "gp_pair_2018", GOOD[0]):
        shutil.copy(FIXTURES / name / "report.pdf", folder / f"{name}.pdf")
    with caplog.at_level("WARNING", logger="cqcplan"):
        result = api.draft_batch([folder], tmp_path / "plans", api.DraftOptions(formats=("docx",)))
    # qa10: two inspections of one practice, two years apart, are not one inspection's reports
    [apart] = [r.getMessage() for r in caplog.records if "--previous" in r.getMessage()]
    assert "gp_pair_2016.pdf" in apart and "gp_pair_2018.pdf" in apart
    pair = {r.meta.provider for r in result.reports if r.meta.file.startswith("gp_pair")}
    assert len(pair) == 1 and len({r.meta.provider for r in result.reports}) == 2
    assert [p.name for p in result.combined] == [f"combined-action-plan-{api._slug(p)}.{ext}"
                                                 for p in pair for ext in ("docx",)]
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(FIXTURES / GOOD[0] / "report.pdf", one / "a.pdf")
    assert api.draft_batch([one], tmp_path / "alone", api.DraftOptions(formats=("docx",))).combined == []
    assert sorted(p.name for p in (tmp_path / "alone").iterdir()) == ["a-action-plan.docx"]


def test_the_summary_counts_actions_as_draft_does_and_a_rerun_says_it_kept_them(tmp_path):
    import io

    import pytest
    from rich.console import Console

    from cqcplan import show
    from cqcplan.errors import BatchFailed
    from cqcplan.pipeline.plan_file import load_plan

    folder, out = make_folder(tmp_path), tmp_path / "plans"
    options = api.DraftOptions(formats=("json",))
    for run in ("first", "again"):
        text = io.StringIO()
        with pytest.raises(BatchFailed) as failed:
            show.run_batch([folder], out, options, workers=1, console=Console(file=text, width=400))
        if run == "first":
            assert failed.value.message == f"1 of 3 files failed; 2 plans written to {out}"
            assert "Must actions" in text.getvalue() and "Should actions" in text.getvalue()
            for name in GOOD:
                plan = load_plan(out / f"{name}-action-plan.json")
                musts = sum(a.kind == "must" for a in plan.actions)
                row = next(line for line in text.getvalue().splitlines() if f"{name}.pdf" in line)
                assert row.split("│")[2:4] == [f" {musts} ".ljust(len(row.split("│")[2])),
                                              f" {len(plan.actions) - musts} ".ljust(len(row.split("│")[3]))]
    assert failed.value.message == "1 of 3 files failed; no plan was written; 2 already had plans, kept as they were " \
                                   "(--force redrafts)"


def test_reports_of_one_name_in_different_folders_go_by_folder_qualified_names_everywhere(tmp_path, caplog):
    """qa10: a trust's uec/report.pdf and med/report.pdf were both "report.pdf" in the combined plan, its
    cover rows and the warnings; the batch's Result cell ended lines in commas; an .xlsx nobody asked for."""
    import io

    from rich.console import Console

    from cqcplan.pipeline.render.context import plan_context
    from cqcplan.pipeline.plan_file import load_plan
    from cqcplan.show import _print_summary

    folder = tmp_path / "trust"
    for sub, name in (("uec", "gp_pair_2016"), ("med", "gp_pair_2018")):
        (folder / sub).mkdir(parents=True)
        shutil.copy(FIXTURES / name / "report.pdf", folder / sub / "report.pdf")
    out = tmp_path / "plans"
    result = api.draft_batch([folder], out, api.DraftOptions(formats=("docx", "json", "csv")))
    assert [i.file for i in result.items] == ["med/report.pdf", "uec/report.pdf"]
    assert [p.name for p in result.combined] == [f"combined-action-plan.{ext}" for ext in ("docx", "json", "csv")]
    plan = load_plan(out / "combined-action-plan.json")
    assert [r.file for r in plan.reports] == ["med/report.pdf", "uec/report.pdf"]
    assert {w.file for a in plan.actions for w in a.wordings} == {"med/report.pdf", "uec/report.pdf"}
    labels = [r["label"] for r in plan_context(plan)["reports"]]
    assert len(set(labels)) == 2 and all(label.endswith(("(med/report.pdf)", "(uec/report.pdf)")) for label in labels)
    screen = io.StringIO()
    _print_summary(result, Console(file=screen, width=70))
    cells = [line.split("│")[4].strip() for line in screen.getvalue().splitlines() if line.count("│") == 5]
    assert all(not cell.endswith(",") for cell in cells)
    assert sum(cell.endswith(".json") for cell in cells) == 3  # every file written is listed, the last too
