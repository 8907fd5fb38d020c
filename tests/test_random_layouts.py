"""Property test: on random layouts nobody tuned the extractor to, must/should statements
are extracted verbatim (whitespace collapsed), with the page they start on, and nothing
else is: measured over a fixed set of seeds against floors (see FLOORS).

The layouts come from fixtures/randlayout (see fixtures/README.md); their gold comes
from what the generator typeset, never from cqcplan. A fixed set of seeds keeps the test
repeatable; bench/random_layouts.py runs fresh ones. The last few seeds pin a writer or a
re-printer so those variants are always covered; a pinned re-printer that is not
installed skips its seed. Two more tests check the generator itself: determinism, and
that each gold page really holds its statement's opening (pdftotext).
"""

import shutil
import sys
from functools import cache
from pathlib import Path

import pytest

from cqcplan import api
from cqcplan.pipeline.text import collapse_ws

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

from randlayout import generate  # noqa: E402
from randlayout.check import misplaced  # noqa: E402

# (seed, writer, reprint): None/"random" = the seed's own choice
CASES = [(seed, None, "random") for seed in range(1, 17)] + [
    (17, "raw", None),
    (18, "reportlab", "gs"),
    (19, "fpdf2", "pdftocairo"),
    (20, "raw", "gs"),
]
IDS = [f"seed{s}" + (f"-{w}" if w else "") + (f"-{r}" if r not in (None, "random") else "") for s, w, r in CASES]


@cache
def _run(seed: int, writer: str | None, reprint: str | None, tmp: Path):
    if reprint not in (None, "random") and not shutil.which("gs" if reprint == "gs" else "pdftocairo"):
        pytest.skip(f"{reprint} is not installed")
    pdf, gold = generate(seed, writer=writer, reprint=reprint)
    path = tmp / f"seed-{seed}.pdf"
    path.write_bytes(pdf)
    return gold, api.extract_report(path).findings


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("randlayout")
    return lambda case: _run(*case, tmp)


def _key(kind: str, text: str) -> tuple[str, str]:
    return kind, collapse_ws(text)


# The target is every statement of every seed. The reader does not reach it yet
# (bench/random_layouts.py names the failing seeds and why); these floors sit just under
# what it reaches on these seeds, so any change that reads random layouts worse fails.
# Raise them as the reader improves.
FLOORS = {"recall": 0.93, "precision": 0.91, "page": 0.95}


def test_random_layouts_read_no_worse_than_the_floors(run):
    statements = found = extracted = extra = right_page = 0
    for case in CASES:
        try:
            gold, got = run(case)
        except pytest.skip.Exception:
            continue
        keys = {_key(f.kind, f.text): f for f in got}
        wanted = {_key(g["kind"], g["text"]) for g in gold["findings"]}
        for g in gold["findings"]:
            statements += 1
            hit = keys.get(_key(g["kind"], g["text"]))
            found += hit is not None
            right_page += hit is not None and hit.page == g["page"]
        extracted += len(got)
        extra += sum(1 for key in keys if key not in wanted)
    measured = {"recall": found / statements, "precision": (extracted - extra) / extracted, "page": right_page / found}
    assert {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]} == {}


def test_generator_is_deterministic():
    assert generate(7, reprint=None) == generate(7, reprint=None)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext is not installed")
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_generator_gold_pages_hold_their_statements(seed):
    pdf, gold = generate(seed)
    assert misplaced(pdf, gold) == []
