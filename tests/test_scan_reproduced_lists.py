"""A document without a report's cover that reproduces the report's must/should lists under
CQC's own headings (a provider's copy of the report with its responses, board slides of the
findings) is read with a warning, where it used to be refused; minutes quoting a few must-dos
under words of their own are still refused."""

import logging

import pytest
from build import bullet, doc, line

from cqcplan.errors import NotACqcReport
from cqcplan.pipeline.scan import page_texts, recognise

INTRO = ["St Anselm's Hospital", "CQC inspection report with the provider's response",
         "The Care Quality Commission inspected the hospital in July 2019. This document reproduces every action",
         "the CQC told us we must or should take, with our response beneath each one."]
ITEMS = ["The hospital must ensure that the surgical safety checklist is completed for every patient.",
         "The hospital must ensure that theatre staff complete sepsis training."]


@pytest.mark.parametrize("heading", ["3. Action the hospital MUST take to improve", "Action the trust MUST take to improve: Surgery",
                                     "Areas for improvement"])
def test_a_copy_of_the_report_s_lists_is_read_with_a_warning(heading, caplog):
    built = doc(*(line(t) for t in INTRO), line(heading, bold=True, gap=8), *(bullet(t) for t in ITEMS))
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        assert recognise(built, page_texts(built)) == []
    assert "no CQC report cover" in caplog.text


def test_minutes_quoting_a_few_must_dos_are_still_refused():
    built = doc(*(line(t) for t in INTRO), line("Among the must do actions quoted in the report:", gap=8),
                *(bullet(t) for t in ITEMS))
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))


@pytest.mark.parametrize("title", ["Quality Report 02/08/2018", "Inspection report 21/03/2019"])
def test_a_page_taken_out_of_the_report_itself_is_read_with_a_warning(title, caplog):
    """CQC not named, but the page prints the report's own footer (page number, name, title, date;
    the number set as a line of its own): a page of the report itself, its lists read."""
    built = doc(line("St Anselm's Hospital"), line("Action the hospital MUST take to improve", bold=True, gap=8),
                *(bullet(t) for t in ITEMS), line("4", size=8, at=790), line(f"St Anselm's Hospital {title}", x=90, size=8, at=790))
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        assert recognise(built, page_texts(built)) == []
    assert "no CQC report cover" in caplog.text


def test_a_footer_of_the_provider_s_own_names_no_report():
    built = doc(line("St Anselm's Hospital"), line("Action the hospital MUST take to improve", bold=True, gap=8),
                *(bullet(t) for t in ITEMS), line("4", size=8, at=790), line("St Anselm's Hospital Annual report 2018", x=90, size=8, at=790))
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))


def test_the_lists_without_cqc_named_are_still_refused():
    built = doc(line("St Anselm's Hospital"), line("Action the hospital MUST take to improve", bold=True, gap=8),
                *(bullet(t) for t in ITEMS))
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))


@pytest.mark.parametrize("named", ["St Anselm's Hospital. Inspection report published 9 October 2026.",
                                   "Extract from the St Anselm's Hospital Quality Report"])
def test_the_lists_under_the_report_s_title_are_read_with_a_warning(named, caplog):
    """CQC not named, but the page names its report by the report's title: a copy of its lists."""
    built = doc(line("St Anselm's Hospital"), line(named), line("Action the hospital MUST take to improve", bold=True, gap=8),
                *(bullet(t) for t in ITEMS))
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        assert recognise(built, page_texts(built)) == []
    assert "no CQC report cover" in caplog.text


def test_the_report_s_title_without_the_lists_is_still_refused():
    built = doc(line("St Anselm's Hospital"), line("St Anselm's Hospital. Inspection report published 9 October 2026."),
                line("Among the must do actions:", gap=8), *(bullet(t) for t in ITEMS))
    with pytest.raises(NotACqcReport):
        recognise(built, page_texts(built))
