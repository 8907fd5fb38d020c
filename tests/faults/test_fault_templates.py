"""A hostile Word template is refused quickly, in one line with exit 9: runaway ranges, huge
strings and integers, Python errors, zip bombs, and what the sandbox cannot see (memory, time)."""

import re
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from plan_samples import acute_trust

from cqcplan.errors import TemplateError
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.render import render
from cqcplan.pipeline.render.isolated import run_isolated

ROWS = ["{%p for a in actions %}", "{{ a.ref }}{% for w in a.wordings %}{{ w.text }}{% endfor %}", "{%p endfor %}"]


def _template(tmp_path: Path, tag: str) -> Path:
    doc = Document()
    for text in [*ROWS, tag]:
        doc.add_paragraph(text)
    path = tmp_path / "mine.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize("tag, words", [
    ("{{ 1/0 }}", "ZeroDivisionError"),
    ("{{ range(10**9)|list }}", "refused"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", "range() of more than"),
    ("{{ 'A'*3000000000 }}", "over 50,000,000"),
    ("{{ [1]*10**9 }}", "over 50,000,000"),
    ("{{ 9**9999 }}", "integer over"),
    ("{{ (9**999) * (9**999) * (9**999) * (9**999) * (9**999) }}", "integer over"),
    ("{{ 'x'.ljust(10**9) }}", "ljust() with a number over"),
    ("{{ 'x'|center(10**9) }}", "center() with a number over"),
    ("{{ '{:>999999999}'.format('x') }}", "format width"),
    ("{{ '%999999999d' % 1 }}", "format width"),
    ("{{ lipsum(10**6) }}", "with a number over"),
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "RecursionError"),
    ("{% for i in range(5000) %}{{ 'x' * 20000 }}{% endfor %}", "output is over"),
    ("{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}", "more than"),
])
def test_a_hostile_template_is_exit_9_in_one_line(tmp_path, tag, words):
    started = time.monotonic()
    with pytest.raises(TemplateError, match=re.escape(words)) as caught:
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=_template(tmp_path, tag))
    assert caught.value.exit_code == 9 and "\n" not in caught.value.message
    assert time.monotonic() - started < 60  # stopped by the render's limits, not left to hang (no speed target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.docx"]


def test_a_good_user_template_still_renders_in_its_child_process(tmp_path):
    written = render(make_plan(acute_trust()), tmp_path / "plan.docx", template=_template(tmp_path, "{{ provider }}"))
    text = "\n".join(p.text for p in Document(str(written[0])).paragraphs)
    assert "M1" in text and acute_trust().reports[0].provider in text


def test_the_time_limit_stops_a_render_that_never_ends():
    with pytest.raises(TemplateError, match="took over 1 s"):
        run_isolated(lambda: time.sleep(60), "slow.docx", seconds=1)


def test_the_memory_limit_stops_a_render_that_eats_memory():
    with pytest.raises(TemplateError, match="more than 64 MB"):
        run_isolated(lambda: bytearray(1024 ** 3), "greedy.docx", memory_mb=64)


def test_errors_come_back_from_the_child_as_themselves():
    def refuse():
        raise TemplateError("mine.docx: no")

    with pytest.raises(TemplateError, match="^mine.docx: no$"):
        run_isolated(refuse, "mine.docx")
    with pytest.raises(RuntimeError, match="KeyError"):
        run_isolated(lambda: {}["x"], "mine.docx")


def test_a_zip_bomb_template_is_refused_before_it_is_inflated(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b" " * 60_000_000)  # 60 MB of XML in about 60 kB
    assert bomb.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(TemplateError, match="templates are limited to"):
        render(make_plan(acute_trust()), tmp_path / "plan.docx", template=bomb)
    assert time.monotonic() - started < 2
