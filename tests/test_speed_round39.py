"""Session 39's speed work (long reports): each change skips or shares out only work whose answer
is the same, so the answers are the ones before."""

from pathlib import Path

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline import read
from cqcplan.pipeline.text import merge_wrapped_headings


def _line(text: str, n: int, *, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text=text, page=1, x0=72.0, text_x0=72.0, x1=520.0, top=80.0 + 1.2 * size * n,
                bottom=80.0 + 1.2 * size * n + size, size=size, bold=bold)


def test_running_text_is_never_matched_as_a_heading() -> None:
    """Plain lines in the body's type join no heading whatever their words, so none is matched."""
    asked = []
    body = [_line(f"staff told us that records were kept (and reviewed, line {n}", n) for n in range(40)]
    assert merge_wrapped_headings(body, completes=lambda text: asked.append(text) or False) == body
    assert asked == []


def test_a_heading_in_larger_plain_type_still_joins_when_only_both_lines_name_it() -> None:
    lines = [_line("body text of the report set in its own type", n) for n in range(6)]
    lines += [_line("Action the hospital MUST take", 6, size=11.5), _line("to improve", 7, size=11.5)]
    joined = merge_wrapped_headings(lines, completes=lambda text: text == "Action the hospital MUST take to improve")
    assert joined[-1].text == "Action the hospital MUST take to improve"


def _pages(path, count: int):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas").Canvas(str(path))
    for n in range(1, count + 1):
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 700, f"The trust must make sure that page {n} is read once.")
        canvas.showPage()
    canvas.save()
    return path


def test_a_worker_reads_pages_one_at_a_time_and_this_process_the_last_it_has_not_started(tmp_path, monkeypatch) -> None:
    """Handed out a page at a time, a worker is never left with several pages this process waits for."""
    path = _pages(tmp_path / "long.pdf", 14)
    alone = read.start_read(path, sha256="-")()
    finish = read.start_read(path, sha256="-", workers=2)  # the worker is forked here: what follows is this process's
    mine = []
    checked = read._read_checked
    monkeypatch.setattr(read, "_read_checked", lambda pdf, path, number: mine.append(number) or checked(pdf, path, number))
    shared = finish()
    assert shared == alone
    assert mine == list(range(14, 14 - len(mine), -1))


def test_a_worker_opens_its_report_once_and_reads_the_page_it_is_given(tmp_path, monkeypatch) -> None:
    path = _pages(tmp_path / "long.pdf", 8)
    monkeypatch.setattr("gc.freeze", lambda: None)  # a worker's own collector: not this process's
    read._worker_opens(path, None)
    try:
        assert [read._worker_reads(n).lines[0].text for n in (3, 7)] == [
            "The trust must make sure that page 3 is read once.", "The trust must make sure that page 7 is read once."]
    finally:
        read._Worker.pdf.close()
        read._Worker.pdf = None


def test_a_draft_compiles_its_prompts_vocabularies_while_the_pages_are_read(tmp_path, monkeypatch) -> None:
    """Made while a worker reads, they share the cores with the read instead of following it."""
    from cqcplan import api
    from cqcplan.pipeline import scaffold

    order = []
    start = read.start_read

    def started(*args, **kwargs):
        finish = start(*args, **kwargs)
        return lambda: order.append("pages") or finish()

    monkeypatch.setattr(read, "start_read", started)
    monkeypatch.setattr(scaffold, "prepare", lambda: order.append("prompts"))
    report = Path(__file__).resolve().parent.parent / "fixtures" / "gp_practice_2016" / "report.pdf"
    api.draft(report, tmp_path / "plan.docx")
    assert order == ["prompts", "pages"]


def test_preparing_the_prompts_compiles_the_kinds_of_ask_and_the_topics_triggers() -> None:
    from cqcplan.pipeline import compose, scaffold

    compose._kinds.cache_clear()
    scaffold._patterns.cache_clear()
    scaffold.prepare()
    assert compose._kinds.cache_info().currsize == scaffold._patterns.cache_info().currsize == 1


def test_a_long_report_s_page_breaks_find_their_page_s_lines_without_walking_back_through_the_report(monkeypatch) -> None:
    """Where each page's lines are is found once (again only after a row's cells are joined), not by
    looking through every line read before each page break (a long report's pages squared)."""
    from cqcplan.pipeline import split_rows

    lines = [Line(text=f"staff told us that records were kept, line {n}", page=1 + n // 40, x0=72.0, text_x0=72.0,
                  x1=520.0, top=80.0 + 14 * (n % 40), bottom=90.0 + 14 * (n % 40), size=10.0) for n in range(40 * 60)]
    found = []
    places = split_rows._places_by_page
    monkeypatch.setattr(split_rows, "_places_by_page", lambda lines: found.append(len(lines)) or places(lines))
    assert split_rows.rows_resumed(lines) == lines
    assert found == [len(lines)]
