"""The Word template's tidied XML and compiled Jinja code kept in the user's cache
(pipeline/render/template_cache.py): read back, the plan is the same file; a later render
neither tidies nor compiles the template again; a damaged file is made again; and a change
to the template or to what the environment compiles with names another file."""

import zipfile
from pathlib import Path

import jinja2
import pytest
from plan_samples import care_home

from cqcplan.pipeline import term_cache
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.render import render
from cqcplan.pipeline.render.template_cache import CachedSandbox, _compile_inputs


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    term_cache._code_and_vocab.cache_clear()
    yield tmp_path / "home-cache" / "cqcplan"
    term_cache._code_and_vocab.cache_clear()


def _parts(plan, path: Path) -> dict[str, bytes]:
    render(plan, path, force=True)
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _files(folder: Path) -> list[Path]:
    return sorted([*folder.glob("docx-patched-*.bin"), *folder.glob("jinja-code-*.bin")])


def test_a_plan_rendered_from_the_cache_is_the_same_file(cache: Path, tmp_path: Path) -> None:
    plan = make_plan(care_home())
    made = _parts(plan, tmp_path / "made.docx")
    assert _files(cache)
    assert _parts(plan, tmp_path / "read.docx") == made


def test_a_later_render_neither_tidies_nor_compiles_the_template(cache: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from docxtpl import DocxTemplate

    plan = make_plan(care_home())
    made = _parts(plan, tmp_path / "made.docx")

    def refused(*args, **kwargs):
        raise AssertionError("done again")

    monkeypatch.setattr(DocxTemplate, "patch_xml", refused)
    monkeypatch.setattr(jinja2.Environment, "compile", refused)
    assert _parts(plan, tmp_path / "read.docx") == made


def test_a_damaged_file_is_made_again(cache: Path, tmp_path: Path) -> None:
    plan = make_plan(care_home())
    made = _parts(plan, tmp_path / "made.docx")
    assert _files(cache)
    for path in _files(cache):
        whole = path.read_bytes()
        for damaged in (whole[: len(whole) // 2], whole[:-20] + bytes(20), b"", bytes(40)):
            path.write_bytes(damaged)
            assert _parts(plan, tmp_path / "again.docx") == made
            assert path.read_bytes() == whole


def test_another_template_or_setting_is_another_file() -> None:
    env = CachedSandbox(autoescape=True, undefined=jinja2.StrictUndefined)
    source = "<w:t>{{ plan.title }}</w:t>"
    same = _compile_inputs(CachedSandbox(autoescape=True, undefined=jinja2.StrictUndefined), source)
    assert _compile_inputs(env, source) == same
    assert _compile_inputs(env, source + " ") != same
    for other in (CachedSandbox(autoescape=False, undefined=jinja2.StrictUndefined),
                  CachedSandbox(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True),
                  CachedSandbox(autoescape=True, undefined=jinja2.StrictUndefined, variable_start_string="[[")):
        assert _compile_inputs(other, source) != same
    env.filters["extra"] = str.upper
    assert _compile_inputs(env, source) != same
