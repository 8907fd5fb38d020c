"""`draft -o` decides by what it names; an existing plan is refused before any reading; --help and --version."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cqcplan.outputs import plan_targets

REPORT = Path(__file__).parent.parent / "fixtures" / "hospital_quality_2016" / "report.pdf"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cqcplan", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.mark.parametrize("out, formats, expect, fmts", [
    (None, None, "in/r-action-plan.docx", ("docx",)),
    ("plans/", None, "plans/r-action-plan.docx", ("docx",)),
    ("plans", ["xlsx"], "plans/r-action-plan.xlsx", ("xlsx",)),
    ("plan.xlsx", None, "plan.xlsx", ("xlsx",)),
    ("plan.DOCX", ["csv"], "plan.DOCX", ("docx", "csv")),
])
def test_o_decides_by_what_it_names(out, formats, expect, fmts):
    target, chosen = plan_targets(Path("in/r.pdf"), out, formats)
    assert (target.as_posix(), chosen) == (expect, fmts)


def test_an_existing_folder_without_slash_is_a_folder(tmp_path):
    assert plan_targets(Path("r.pdf"), tmp_path, None)[0] == tmp_path / "r-action-plan.docx"


@pytest.mark.parametrize("name", ["x.pdf", "plan.doc", "notes.txt"])
def test_unknown_extension_is_one_line_exit_2(tmp_path, name):
    result = run("draft", str(REPORT), "-o", str(tmp_path / name))
    assert result.returncode == 2 and "not a plan format" in result.stderr and len(result.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_folder_and_extension_outputs_end_with_the_summary_line(tmp_path):
    shutil.copy(REPORT, tmp_path / "r.pdf")
    result = run("draft", "r.pdf", "-o", "plans/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plans" / "r-action-plan.docx").is_file()
    line = result.stdout.strip().splitlines()[-1]
    # "data are validated and reported to the board" is Information management, so it no longer joins
    # "appraisal rates are reported to the board" (Competent staff): 29 actions, 4 merged; and (tag round
    # eleven) a pre-operative clinic's "sufficient capacity" to see patients is Access and flow, so it no
    # longer joins "the leadership capacity it needs to be well-led" (Leadership): 30 actions, 3 merged
    assert line.startswith("33 statements, 30 actions (14 musts, 16 shoulds), 3 merged, ") and 'marked "Check"' in line
    assert line.endswith("plans/r-action-plan.docx")
    result = run("draft", "r.pdf", "-o", "tracker.xlsx", cwd=tmp_path)
    assert result.returncode == 0 and sorted(p.name for p in tmp_path.glob("tracker*")) == ["tracker.xlsx"]


def test_an_existing_output_is_refused_before_the_report_is_read(tmp_path):
    (tmp_path / "plan.docx").write_text("last week's plan")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", "import sys; sys.argv=['cqcplan','draft',sys.argv[1],'-o',sys.argv[2]]\n"
                             "from cqcplan.cli import main\ntry: main()\nfinally: print(sorted(m for m in sys.modules if m.startswith(('pdfplumber','spacy'))))",
                             str(REPORT), str(tmp_path / "plan.docx")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 8 and "exists" in result.stderr
    assert result.stdout.strip() == "[]"  # nothing was read
    assert (tmp_path / "plan.docx").read_text() == "last week's plan"
    assert time.monotonic() - started < 30


def test_help_has_examples_exit_codes_and_no_type_placeholders():
    top = run("--help").stdout
    assert "Examples:" in top and "cqcplan serve" in top and "Exit codes:" in top and " 14  " in top
    draft = run("draft", "--help").stdout
    assert "<bool>" not in draft and "--no-force" not in draft
    assert "[default: (0.32)]" in draft


def test_shown_threshold_is_the_real_default():
    from cqcplan.cli import SHOWN_THRESHOLD
    from cqcplan.pipeline.merge import DEFAULT_THRESHOLD

    assert float(SHOWN_THRESHOLD) == DEFAULT_THRESHOLD


def test_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"cqcplan {version('cqcplan')}"


def test_a_batch_needs_a_folder_not_a_file_name(tmp_path):
    result = run("draft", str(REPORT), str(REPORT.parent.parent / "gp_practice_2016" / "report.pdf"),
                 "-o", str(tmp_path / "plan.docx"))
    assert result.returncode == 2 and "name a folder" in result.stderr and list(tmp_path.iterdir()) == []


def test_said_did_takes_a_folder_or_a_docx_and_publish_a_pdf_too():
    from cqcplan.errors import BadOption
    from cqcplan.outputs import document_target

    assert document_target("out/", "said-did.docx") == Path("out/said-did.docx")
    assert document_target("x.DOCX", "public.docx") == Path("x.DOCX")
    with pytest.raises(BadOption, match="end the name in .docx,"):
        document_target("x.pdf", "said-did.docx")
    assert document_target("x.PDF", "public.docx", (".docx", ".pdf")) == Path("x.PDF")
    with pytest.raises(BadOption, match="end the name in .docx or .pdf,"):
        document_target("x.html", "public.docx", (".docx", ".pdf"))


@pytest.mark.parametrize("fixture", ["gp_practice_2016", "hospital_quality_2016"])
def test_extract_shows_each_statements_service_as_the_plan_does(fixture):
    """One rule: a statement's services as the plan takes them (printed under, or in another service's list;
    none: "Provider-wide"), in extract's table and the plan's appendix alike."""
    from cqcplan import api
    from cqcplan.pipeline.plan import make_plan
    from cqcplan.show import findings_table

    extraction = api.extract(REPORT.parent.parent / fixture / "report.pdf")
    table = findings_table(extraction)
    column = {c.header: list(c._cells) for c in table.columns}
    shown = dict(zip(column["Finding"], column["Core service"]))
    from cqcplan.pipeline.render.context import plan_context

    plan = make_plan(extraction)
    by_finding = {w.finding_id: a for a in plan.actions for w in a.wordings}
    assert shown and all(shown[f.id] == "Provider-wide" if not (f.service or f.also_at) else
                         set(shown[f.id].split(", ")) <= set(by_finding[f.id].services) for f in extraction.findings)
    appendix = {row["finding_id"]: row["service"] for row in plan_context(plan)["appendix"]}
    assert appendix == shown
