"""README is tested against the code: commands, exit codes, the JSON example."""

import json
import re
from pathlib import Path

from cqcplan.cli import app
from cqcplan.errors import EXIT_CODES
from cqcplan.models import Extraction

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_and_has_help():
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"`{name}`" in README and command.callback.__doc__


def test_exit_code_table_matches_errors_module():
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", README, re.M))
    assert sorted(map(int, table)) == sorted(EXIT_CODES)


def test_readme_json_example_is_a_valid_extraction():
    block = re.search(r"## The JSON contract.*?```json\n(.*?)```", README, re.S).group(1)
    Extraction.model_validate(json.loads(block))


def test_readme_names_the_two_setup_commands():
    assert 'pip install -e . && cqcplan draft fixtures/' in README
    assert 'pip install -e ".[test]" && python3 -m pytest' in README
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    assert 'pip install -q -e ".[test]"' in ci and ci.rstrip().endswith("python3 -m pytest")
