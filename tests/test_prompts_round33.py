"""Prompts round thirty-three (from outside readers' verdicts, issue 12): a template line must fit what the statement
asks. What staff told the inspectors is a finding, but "the risks staff told us about" is the object of an ask; a list
printed an item a line with no ";" between is one wording, not an ask and a finding; a wait's ask is not its trajectory;
confidential information on show is no display to keep up; a checklist to write is a document, a champion to introduce
a role to fill, audits to schedule the ask whatever they audit; a wording that only names a breach names no risk and
asks nothing. Statements here are written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.asks import asks, wordings
from cqcplan.pipeline.scaffold import scaffold_for

from prompt_lines import prompt_lines as _lines


@pytest.mark.parametrize("wording", [
    "The provider must ensure that incidents are reviewed, and that the action log records the concerns relatives told "
    "us about, including missed visits.",
    "The trust must ensure that the staffing plan covers the gaps nurses told us of.",
])
def test_what_the_inspectors_were_told_about_as_an_asks_object_is_asked_not_found(wording):
    told = [a for a in asks(wording) if "told us" in a.text]
    assert told and all(a.required for a in told)
    assert "what the report found" not in _lines(wording)["b"]


def test_what_the_inspectors_were_told_is_still_a_finding():
    found = [a for a in asks("The provider must ensure that call bells are answered promptly; people told us they "
                             "waited over 20 minutes.") if "told us" in a.text]
    assert found and not any(a.required for a in found)  # a guard: as before


def test_a_list_printed_an_item_a_line_without_semicolons_stays_one_wording():
    wording = ("The provider must ensure that restraint is used only as a last resort, including:\n"
               "staff trying to calm the person first\nstaff recording each use on the day.")
    assert len(wordings(wording)) == 1
    assert all(a.required for a in asks(wording))
    lines = _lines(wording)
    assert "what the report found" not in lines["b"] and "staff recording each use on the day" in lines["c"]


def test_a_new_sentence_after_a_list_is_still_its_own_wording():
    assert len(wordings("The provider must ensure medicines are stored safely, including:\nfridge temperatures\n"
                        "Staff did not record the room temperature.")) == 2  # a guard: a capital opens a new wording


@pytest.mark.parametrize("wording", [
    "The service should review the monitoring of waiting times for first appointments.",
    "The trust should ensure that theatre lists are planned to reduce the number of cancelled operations.",
])
def test_what_is_asked_about_a_wait_is_not_told_as_its_trajectory(wording):
    lines = _lines(wording)
    assert "the trajectory agreed for it" in lines["b"] and "the trajectory (" not in lines["b"]


@pytest.mark.parametrize("wording", [
    "We recommend the provider reviews how confidential information is displayed in the staff office.",
    "The provider should make sure people's personal records are not displayed where visitors can see them.",
    "The practice should ensure that sensitive information displayed at reception is kept out of view.",
])
def test_confidential_information_on_show_is_never_a_display_to_keep_up(wording):
    lines = _lines(wording, report_types=["asc-inspection-report"])
    assert "what is displayed" not in lines["a"] + lines["b"] and "photo of the display" not in lines["e"]


def test_a_notice_to_put_up_is_still_a_display():
    lines = _lines("The provider should display the complaints procedure in the reception area.",
                   report_types=["asc-inspection-report"])
    assert "what is displayed" in lines["a"] and "photo of the display" in lines["e"]  # a guard: as before


@pytest.mark.parametrize("wording", [
    "The provider should consider introducing a written induction checklist for bank staff on the dementia unit.",
    "The trust should develop a handover template for nurses on the surgical wards.",
])
def test_a_checklist_or_template_to_write_is_a_document_not_a_course(wording):
    lines = _lines(wording)
    assert "who writes or updates the document" in lines["a"]
    assert "released to do it" not in lines["a"] + lines["b"] and "training or competency record" not in lines["e"]


def test_an_induction_to_complete_is_still_training():
    lines = _lines("The trust must ensure that agency nurses complete an induction before working in theatres.")
    assert "released to do it" in lines["a"]  # a guard: as before


@pytest.mark.parametrize("wording", [
    "The practice should review its systems for ensuring audits of infection prevention and control and of dental "
    "radiographs are completed every six months.",
    "Strengthen the arrangements for ensuring that audits of hand hygiene are carried out on every ward.",
])
def test_audits_to_schedule_are_the_ask_not_the_practice_they_audit(wording):
    scaffold, _ = scaffold_for(wording, report_types=["dental-report"])
    assert scaffold.topic != "ipc" and "hand hygiene and PPE" not in scaffold.change


@pytest.mark.parametrize("wording", [
    "The provider should consider introducing a falls champion on each floor of the home.",
    "The trust should identify a learning disability lead for the emergency department.",
])
def test_a_champion_or_lead_to_introduce_is_a_role_to_fill_not_a_system_to_trace(wording):
    lines = _lines(wording)
    assert "role" in lines["a"] and "tracing" not in lines["c"] and "tracing" not in lines["e"]


def test_a_system_to_introduce_is_still_tested_by_tracing_cases():
    lines = _lines("The provider should introduce a system for tracking referrals to the memory clinic.")
    assert "tracing" in lines["c"]  # a guard: as before


@pytest.mark.parametrize("wording", [
    "Not enough improvement had been made and the provider remained in breach of regulation 12.",
    "The service was still in breach of regulation 12 at this inspection.",
])
def test_a_wording_that_only_names_a_breach_names_no_risk_and_asks_nothing(wording):
    lines = _lines(wording, regulations="Regulation 12 Safe care and treatment", report_types=["asc-inspection-report"])
    assert "named here" not in lines["a"] and "what is asked" not in lines["b"]


def test_what_the_report_found_is_told_once():
    lines = _lines("Care records showed that pressure ulcer risk assessments had not been updated after falls.",
                   regulations="Regulation 12 Safe care and treatment", report_types=["asc-inspection-report"])
    assert lines["b"].count("what the report found") == 1 and "what is asked" not in lines["b"]
