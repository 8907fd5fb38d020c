"""Bad input is refused before it is read: pipes, devices, sockets, broken links, giant files,
out-of-range numbers. Each is one sentence with its documented exit code and no hang."""

import math
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cqcplan import api, inputs
from cqcplan.errors import BadOption, InputNotFound, InputTooLarge, NotAPdf
from cqcplan.pipeline.merge import merge

FIXTURES = Path(__file__).parents[2] / "fixtures"
REPORT = FIXTURES / "gp_focused_2017" / "report.pdf"


def test_a_named_pipe_is_refused_without_being_opened_for_reading(tmp_path):
    fifo = tmp_path / "report.pdf"
    os.mkfifo(fifo)
    with pytest.raises(NotAPdf, match="is a named pipe, not a PDF file"):
        api.extract_report(fifo)  # a read would block for ever: the test would hang, not fail


def test_a_socket_and_a_device_are_refused(tmp_path):
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.pdf"))
        with pytest.raises(NotAPdf, match="is a socket"):
            api.extract_report(tmp_path / "s.pdf")
    with pytest.raises(NotAPdf, match="is a device"):
        api.extract_report(Path("/dev/zero"))


def test_dev_zero_on_the_command_line_is_one_line_exit_3():
    result = subprocess.run([sys.executable, "-m", "cqcplan", "extract", "/dev/zero"], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 3 and result.stderr.strip() == "cqcplan: error: /dev/zero is a device, not a PDF file"


def test_broken_and_looping_symbolic_links_are_named(tmp_path):
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (tmp_path / "loop.pdf").symlink_to(tmp_path / "loop.pdf")
    with pytest.raises(InputNotFound, match="broken symbolic link"):
        api.extract_report(tmp_path / "gone.pdf")
    with pytest.raises(InputNotFound, match="loop"):
        api.extract_report(tmp_path / "loop.pdf")


def test_size_and_page_limits_say_what_the_limit_is(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_MEGABYTES", 0)
    with pytest.raises(InputTooLarge, match=r"up to 0 MB") as caught:
        api.extract_report(REPORT)
    assert caught.value.exit_code == 13
    monkeypatch.setattr(inputs, "MAX_MEGABYTES", 200)
    monkeypatch.setattr(inputs, "MAX_PAGES", 1)
    with pytest.raises(InputTooLarge, match=r"has \d+ pages; cqcplan reads reports of up to 1 pages"):
        api.extract_report(REPORT)


@pytest.mark.parametrize("value", [-1, -0.01, 1.5, math.nan, math.inf, -math.inf, "0.5", True])
def test_threshold_outside_0_to_1_is_refused(value):
    with pytest.raises(BadOption, match="--threshold must be a number from 0 to 1"):
        api.DraftOptions(threshold=value)
    with pytest.raises(BadOption):
        api.to_extraction([], threshold=value)


def test_threshold_edges_are_accepted():
    assert api.DraftOptions(threshold=0).threshold == 0.0 and api.DraftOptions(threshold=1).threshold == 1.0


@pytest.mark.parametrize("value", [-1.0, -0.001, math.nan])
def test_merge_itself_refuses_a_threshold_that_would_never_stop(value):
    with pytest.raises(ValueError, match="0 or more"):
        merge([], threshold=value)


@pytest.mark.parametrize("value", ["nan", "-1", "inf"])
def test_cli_threshold_is_one_line_exit_2_before_reading(value):
    result = subprocess.run([sys.executable, "-m", "cqcplan", "extract", str(REPORT), "--threshold", value],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "--threshold must be a number from 0 to 1" in result.stderr
