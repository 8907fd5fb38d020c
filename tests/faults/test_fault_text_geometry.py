"""Hostile text and geometry found by the fuzzer: a run of tens of thousands of characters
without a space (spaCy's tokeniser is quadratic in it: every tokenising stage gets a
same-length working copy with the run broken), and glyphs a damaged matrix puts at infinity."""

import subprocess
import sys

from cqcplan.pipeline.text import tokenisable

RUN = "[" * 30_000


def test_the_working_copy_keeps_offsets_and_breaks_long_runs():
    text = f"The trust must ensure that records are kept {RUN} (Regulation 17)"
    working = tokenisable(text)
    assert len(working) == len(text) and max(map(len, working.split())) <= 64
    assert tokenisable("The trust must ensure that staff are trained.") == "The trust must ensure that staff are trained."


def test_tagging_and_merging_a_statement_with_a_long_run_ends_promptly():
    code = (
        "from cqcplan.models import Finding\n"
        "from cqcplan.pipeline.tag import tag\n"
        "from cqcplan.pipeline.merge import merge\n"
        "text = 'The provider should ensure that the offer is recorded in their ' + '[' * 30000\n"
        "f = Finding(id='F1', kind='should', text=text, file='x.pdf', page=1, section='s')\n"
        "g = Finding(id='F2', kind='must', text='The provider must ensure records are kept.', file='x.pdf', page=1, section='s')\n"
        "merge(tag([f, g], []))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-500:]


def test_a_glyph_a_damaged_matrix_puts_at_infinity_is_dropped():
    """A fuzzed report (seed 3, case 476) whose matrix sends glyphs to infinity crashed the reader."""
    from pathlib import Path

    from cqcplan import api

    report = api.extract_report(Path(__file__).parent / "data" / "glyphs-at-infinity.pdf")
    assert report.findings
