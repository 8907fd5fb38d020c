"""The command as a user meets it: one line on stderr and a documented exit code, never a traceback."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent.parent / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cqcplan", *args], capture_output=True, text=True, timeout=300)


def a_report() -> Path:
    return next(p.parent / "report.pdf" for p in sorted(FIXTURES.glob("*/gold.json")) if json.loads(p.read_text())["expect"] == "findings")


@pytest.mark.parametrize(
    "make, code, words",
    [
        (lambda d: d / "missing.pdf", 2, "no such file"),
        (lambda d: (d / "notes.pdf").write_text("minutes of the meeting") and d / "notes.pdf", 3, "not a PDF"),
        (lambda d: (d / "cut.pdf").write_bytes(a_report().read_bytes()[:5000]) and d / "cut.pdf", 4, "damaged"),
    ],
)
def test_cli_bad_input_is_one_line_and_its_exit_code(tmp_path, make, code, words):
    result = run("extract", str(make(tmp_path)))
    assert result.returncode == code
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("name, code", [("not_cqc", 7), ("board_minutes_2019", 7), ("scanned_image", 6), ("encrypted", 5), ("damaged", 4), ("not_a_pdf", 3)])
def test_cli_bad_fixture_files(name, code):
    result = run("extract", str(FIXTURES / name / "report.pdf"))
    assert result.returncode == code and len(result.stderr.strip().splitlines()) == 1


def test_cli_wrong_password_and_right_password():
    pdf = str(FIXTURES / "encrypted" / "report.pdf")
    assert run("extract", pdf, "--password", "not-it").returncode == 5
    right = run("extract", pdf, "--password", "cqc-secret", "--json")
    assert right.returncode == 0 and json.loads(right.stdout)["findings"]


def test_cli_report_with_no_actions_says_so_and_exits_0():
    result = run("extract", str(FIXTURES / "good_no_actions" / "report.pdf"))
    assert result.returncode == 0 and "No must or should actions" in result.stdout


def test_cli_json_is_the_contract():
    from cqcplan.models import Extraction

    result = run("extract", str(a_report()), "--json")
    extraction = Extraction.model_validate_json(result.stdout)
    placed = sorted(fid for a in extraction.actions for fid in a.findings)
    assert extraction.findings and placed == sorted(f.id for f in extraction.findings)


def test_cli_help_does_not_import_heavy_libraries():
    code = "import sys; sys.argv=['cqcplan','--help']\ntry:\n from cqcplan.cli import main; main()\nexcept SystemExit: pass\n" \
           "print([m for m in ('spacy','pdfplumber','docx','docxtpl','openpyxl','pypdfium2','flask','waitress','matplotlib','fpdf','fontTools') if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_word_only_draft_does_not_import_the_spreadsheet_library(tmp_path):
    code = (f"import sys; sys.argv=['cqcplan','draft',{str(a_report())!r},'-o',{str(tmp_path / 'p.docx')!r}]\n"
            "try:\n from cqcplan.cli import main; main()\nexcept SystemExit: pass\nprint('openpyxl' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (tmp_path / "p.docx").exists() and result.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("args", [["bogus"], ["extract"], ["draft", "x.pdf", "--format", "pdf"]])
def test_cli_command_line_mistakes_are_one_line_exit_2(args):
    result = run(*args)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_cli_draft_never_overwrites_without_force(tmp_path):
    out = tmp_path / "plan.docx"
    out.write_bytes(b"last week's plan")
    result = run("draft", str(a_report()), "-o", str(out))
    assert result.returncode == 8 and out.read_bytes() == b"last week's plan"
    assert run("draft", str(a_report()), "-o", str(out), "--force").returncode == 0 and out.read_bytes()[:2] == b"PK"


def test_cli_warns_about_scanned_pages_inside_a_readable_report(tmp_path):
    import pypdfium2

    mixed = pypdfium2.PdfDocument(str(a_report()))
    mixed.import_pages(pypdfium2.PdfDocument(str(FIXTURES / "scanned_image" / "report.pdf")), [0])
    mixed.save(str(tmp_path / "mixed.pdf"))
    result = run("extract", str(tmp_path / "mixed.pdf"))
    assert result.returncode == 0 and f"page(s) {len(mixed)} have no text layer" in result.stderr
