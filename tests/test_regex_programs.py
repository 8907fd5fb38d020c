"""The vocabulary's patterns made from programs kept between runs are the patterns `re` compiles."""

import os
import re

import pytest

from cqcplan.pipeline import regex_programs
from cqcplan.pipeline.compose import phrase_pattern

PATTERNS = [
    (r"(?<!\w)(?:(?i:care\s+plans?)|MAR)(?:s|es)?(?!\w)", 0),
    (r"\b(?:audit|check)(?P<done>ed|s)?\b", re.IGNORECASE),
    (r"(?i)staff\b(?!\s+(?:in|on)\b)", 0),
    (r"[^;.]+(?:[;.]|$)", re.IGNORECASE | re.MULTILINE),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache folder of the test's own, and nothing read from it yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regex_programs._Kept, "programs", None)
    monkeypatch.setattr(regex_programs._Kept, "added", False)
    return tmp_path / "cqcplan"


def test_a_kept_program_makes_the_pattern_re_compiles(fresh, monkeypatch):
    assert [regex_programs.compiled(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    regex_programs.keep()
    assert len(list(fresh.glob("regex-*"))) == 1
    monkeypatch.setattr(regex_programs._Kept, "programs", None)
    monkeypatch.setattr(regex_programs, "_program", lambda pattern, flags: 1 / 0)  # only the file can answer now
    again = [regex_programs.compiled(p, f) for p, f in PATTERNS]
    assert again == [re.compile(p, f) for p, f in PATTERNS]
    assert again[1].search("Audited weekly").group("done") == "ed"


def test_a_bad_pattern_is_refused_as_re_refuses_it(fresh):
    with pytest.raises(re.error):
        regex_programs.compiled(r"(?:unclosed", 0)


def test_a_damaged_cache_file_is_compiled_afresh(fresh, monkeypatch):
    regex_programs.compiled(*PATTERNS[0])
    regex_programs.keep()
    (kept,) = fresh.glob("regex-*")
    kept.write_bytes(kept.read_bytes()[:-5])
    monkeypatch.setattr(regex_programs._Kept, "programs", None)
    assert regex_programs.compiled(*PATTERNS[0]) == re.compile(*PATTERNS[0])


def test_phrase_patterns_are_made_through_it(fresh):
    pattern = phrase_pattern(("people's records", "MAR"))
    assert pattern == re.compile(pattern.pattern)
    assert pattern.search("the people’s records were kept")
    assert pattern.search("MARs were signed") and not pattern.search("a mar was left")


def test_a_program_compiled_after_keep_is_kept_when_the_process_exits(tmp_path):
    """A module imported after the vocabulary was prepared (and `keep` called) still has its patterns kept."""
    import subprocess
    import sys

    code = ("from cqcplan.pipeline import regex_programs as r\n"
            "r.compiled('first-of-run', 0); r.keep()\n"
            "r.compiled('after-keep', 0)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    check = ("from cqcplan.pipeline import regex_programs as r\n"
             "print(sorted(p for p, _ in r._read()))\n")
    kept = subprocess.run([sys.executable, "-c", check], check=True, env=env, capture_output=True, text=True).stdout
    assert "'after-keep'" in kept and "'first-of-run'" in kept


def test_the_pipelines_own_patterns_are_made_through_it():
    """No module-level `re.compile` is left in the pipeline: each would be parsed and compiled again at every start."""
    import ast
    from pathlib import Path

    import cqcplan.pipeline

    left = []
    for path in Path(cqcplan.pipeline.__path__[0]).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                  for n in ast.walk(f)}
        left += [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and id(node) not in inside and isinstance(node.func, ast.Attribute)
                 and node.func.attr == "compile" and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"]
    assert not left
