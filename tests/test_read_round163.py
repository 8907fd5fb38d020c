"""Reading round 163, each on pages built here, at two type sizes.

- An easy read version of a report never names CQC and prints no cover labels: "An easy read report
  about our inspection of X care home.", "We visited on …", "Overall rating: Requires improvement", then
  its lists under "Things the service must do". The inspector's own account of what it inspected ("our
  inspection of", "we inspected") and an overall rating on CQC's scale are CQC's phrases (scan.py
  `CQC_MARKERS`): it is a report, read as one; a page with either alone is still refused. When it was
  inspected is said in a sentence of its own ("We visited on 3 and 4 May 2022.", metadata.py `ASSESSED_ON`).
- A glossary's entry for the word itself ("Must" in bold beside "Must means the service has to do this.")
  says what the word means and asks nothing: no statement (extract.py `DEFINES_MODAL`).
- A page with no cover that opens the trust's lists (a copy of the report's "Areas for improvement")
  names one core service in a group heading under the list's heading: that group's service, not the
  report's, so the trust-wide items before it and under the next list keep none (metadata.py `cover_service`).
- In a list without bullets, a paragraph set left of both the list's heading and its items (a slide's
  speaker notes printed under it) is outside the list: no statement, though it says "should"
  (locate.py `_left_of_list`).
Each test fails without its change.
"""

import logging
from datetime import date

import pytest

pytest.importorskip("reportlab")

from cqcplan.api import extract_report  # noqa: E402
from cqcplan.errors import NotACqcReport  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

SIZES = [14.0, 18.0]
COVER = ["An easy read report about our inspection of Hawthorn Lodge care home.", "We visited on 3 and 4 May 2022.",
         "The report was published on 1 July 2022.", "Overall rating: Inadequate"]
MUSTS = [["The manager must make sure that", "people have enough to drink."],
         ["The provider must make sure that", "the lift is mended."]]
SHOULDS = [["The service should ask people", "what food they like."]]


def _stack(texts: list[list[str]], x: float, top: float, size: float, label: str = "") -> list[tuple]:
    """Sentences one under the other, a blank line between, each perhaps with a label left of its first line."""
    lines, y = [], top
    for sentence in texts:
        if label:
            lines.append((label, 40.0, y, 0.8 * size, True))
        lines += [(text, x, y + 1.5 * size * k, size, False) for k, text in enumerate(sentence)]
        y += 1.5 * size * (len(sentence) + 1)
    return lines


def _easy_read(tmp_path, size: float, cover: list[str]):
    title = [("Hawthorn Lodge", 40.0, 40.0, 1.5 * size, True)]
    words = [("Words in this report", 40.0, 40.0, 1.5 * size, True), ("Must", 40.0, 100.0, size, True),
                         ("Must means the service has to do this.", 160.0, 100.0, size, False),
                         ("Should", 40.0, 100.0 + 3 * size, size, True),
                         ("Should means we think the service should do this.", 160.0, 100.0 + 3 * size, size, False)]
    musts = [("Things the service must do", 40.0, 40.0, 1.5 * size, True), *_stack(MUSTS, 130.0, 100.0, size, "MUST")]
    shoulds = [("Things we think the service should do", 40.0, 40.0, 1.5 * size, True),
               *_stack(SHOULDS, 130.0, 100.0, size, "SHOULD")]
    first = title + _stack([[text] for text in cover], 40.0, 100.0, size)
    return _pages(tmp_path / "easy.pdf", [first, words, musts, shoulds])


@pytest.mark.parametrize("size", SIZES)
def test_an_easy_read_report_is_read_as_a_report(tmp_path, size):
    report = extract_report(_easy_read(tmp_path, size, COVER))
    assert [(f.kind, f.text, f.service) for f in report.findings] == [
        ("must", " ".join(MUSTS[0]), None), ("must", " ".join(MUSTS[1]), None), ("should", " ".join(SHOULDS[0]), None)]
    assert report.meta.ratings.get("overall") == "Inadequate"
    assert report.meta.inspection_dates == [date(2022, 5, 3), date(2022, 5, 4)]  # said so: "We visited on 3 and 4 May 2022."


@pytest.mark.parametrize("cover", [
    ["An easy read guide to Hawthorn Lodge care home.", "Overall rating: Inadequate"],  # rated, but no inspection
    ["An easy read report about our inspection of Hawthorn Lodge care home.", "We visited on 3 and 4 May 2022."]])
def test_one_of_them_alone_is_no_report(tmp_path, cover):
    with pytest.raises(NotACqcReport):
        extract_report(_easy_read(tmp_path, 14.0, cover))


TRUST = "The trust must ensure that the board assurance framework names an owner for each risk."
SERVICE = "The service must ensure that patients are assessed within 15 minutes of arrival."
TRUST_SHOULD = "The trust should ensure that the freedom to speak up guardian has protected time."


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_service_under_the_trust_s_list_heading_is_that_group_s_only(tmp_path, size, caplog):
    def bullets(texts, top):
        return [line for k, text in enumerate(texts)
                for line in (("•", 60.0, top + 2 * size * k, size, False), (text, 60.0 + 1.2 * size, top + 2 * size * k, size, False))]
    page = [("Westleigh NHS Trust: actions from the CQC inspection report", 60.0, 40.0, size, False),
            ("Action the trust MUST take to improve", 60.0, 80.0, 1.3 * size, True), *bullets([TRUST], 80.0 + 2.5 * size),
            ("Westleigh General Hospital – Urgent and emergency care", 60.0, 80.0 + 5 * size, 1.1 * size, True),
            *bullets([SERVICE], 80.0 + 7 * size),
            ("Action the trust SHOULD take to improve", 60.0, 80.0 + 10 * size, 1.3 * size, True),
            *bullets([TRUST_SHOULD], 80.0 + 12.5 * size)]
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        report = extract_report(_pages(tmp_path / "trust.pdf", [page]))
    assert [(f.text, f.service) for f in report.findings] == [
        (TRUST, None), (SERVICE, "Urgent and emergency care"), (TRUST_SHOULD, None)]


SLIDE = [["The provider should ensure that patients can make a", "telephone call in private on all wards."],
         ["The provider should review the use of blanket", "restrictions on the acute wards."]]
NOTE = ["Both of these are low cost. Nobody should read these as optional: the", "inspectors expect to see progress."]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_paragraph_left_of_an_unbulleted_list_s_heading_and_items_is_none_of_its_items(tmp_path, size, caplog):
    page = [("CQC report briefing: should-do actions", 40.0, 20.0, 0.8 * size, False),
            ("Action the provider SHOULD take to improve", 86.0, 70.0, 1.3 * size, True),
            *_stack(SLIDE, 106.0, 70.0 + 2.5 * size, size),
            *[(text, 60.0, 70.0 + 16 * size + 1.4 * size * k, size, False) for k, text in enumerate(NOTE)]]
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        report = extract_report(_pages(tmp_path / "notes.pdf", [page]))
    assert [f.text for f in report.findings] == [" ".join(sentence) for sentence in SLIDE]



MEDICAL = "The trust must ensure that controlled drugs on the medical wards are checked daily."


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_service_right_over_a_statement_is_that_statement_s_group(tmp_path, size, caplog):
    """An email quoting a division's items under its service before the trust's list (no list heading
    over them yet): the service names those items' group, not the report's, so the trust's own item keeps none."""
    def bullet(text, top):
        return [("•", 60.0, top, size, False), (text, 60.0 + 1.2 * size, top, size, False)]
    page = [("RE: CQC report - must-do and should-do actions", 60.0, 40.0, 1.2 * size, True),
            ("Medicine will take the items below.", 60.0, 70.0, size, False),
            ("Medical care (including older people's care)", 60.0, 70.0 + 2.5 * size, size, False),
            *bullet(MEDICAL, 70.0 + 4.5 * size),
            ("Action the trust MUST take to improve", 60.0, 70.0 + 8 * size, 1.3 * size, True),
            *bullet(TRUST, 70.0 + 10.5 * size)]
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        report = extract_report(_pages(tmp_path / "email.pdf", [page]))
    assert [(f.text, f.service) for f in report.findings if f.text == TRUST] == [(TRUST, None)]
