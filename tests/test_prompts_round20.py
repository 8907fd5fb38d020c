"""Prompts round twenty (from two outside readers' verdicts on reports no prompt was written for): a breach
passage's opening evidence ("Rotas showed ...") is a finding, and "the provider had failed to deploy ..." its
duty; what is said beside the findings but is nothing to put right ("We found no evidence that people had been
harmed", "This placed people at risk of harm") is not checked; a findings-only passage takes its regulation's
prompts; a predicate joined after "and" ("holistic and reflect their views") is no clause of its own; one thing
named as one (the birthing pool, the unit's leaflet) is looked at, not sampled as "10 records of" it; cover on
the rota and a post to fill need someone named to do the work. Statements here are written for the tests."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import _thing, composable, findings, scaffold_for


def _lines(wording: str, **options) -> str:
    scaffold, evidence = scaffold_for(wording, **options)
    return " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence])


def test_a_predicate_joined_after_and_is_no_clause_of_its_own():
    wording = "The provider should ensure that support plans on Oak unit are detailed, current and reflect residents’ wishes."
    assert [a.text for a in asks(wording)] == ["support plans on Oak unit are detailed, current and reflect residents’ wishes"]
    assert "that current and reflect" not in _lines(wording)
    # clauses with subjects of their own are still three asks
    assert len(asks("Ensure the gas safety check is renewed, fire doors close fully, and each resident has a plan.")) == 3


def test_a_passage_opening_on_its_evidence_asks_its_failed_duty():
    wording = ("Staffing records showed that on 9 of the 30 days we checked only one nurse was on duty. Relatives told us "
               "people waited for help. The provider had failed to deploy enough suitably qualified staff to meet "
               "people’s needs. This was a breach of regulation 18 (Staffing).")
    required = [a.text for a in asks(wording) if a.required]
    assert required == ["The provider had failed to deploy enough suitably qualified staff to meet people’s needs"]
    lines = _lines(wording, report_types=["care_home"])
    assert "cover asked (staffing records showed" not in lines.lower()
    assert "Check in particular what the report found: Staffing records showed" in lines


def test_what_is_said_beside_the_findings_is_not_put_right():
    wording = ("We found no evidence that anyone had been harmed; however, risk assessments were not reviewed after falls. "
               "This placed people at risk of further falls. This was a breach of regulation 12.")
    found = findings(wording)
    assert not any("no evidence" in f or f.startswith("This placed") for f in found)
    lines = _lines(wording)
    assert "no evidence" not in lines and "This placed" not in lines and "(however," not in lines.lower()


def test_a_findings_only_passage_takes_its_regulations_prompts():
    wording = ("The home used a dependency tool, but the rota showed the assessed number of carers was not met on 12 "
               "night shifts. Call bell logs showed waits of over 20 minutes. The provider was in breach of regulation "
               "18 (Staffing).")
    assert not any(a.required for a in asks(wording))
    scaffold, _ = scaffold_for(wording, "Staffing", report_types=["care_home"])
    assert scaffold.topic == "staffing"


def test_one_thing_named_as_one_is_looked_at_not_sampled():
    for wording in ("The trust should ensure that the seclusion suite’s shower can be reached without stairs.",
                    "The trust should ensure that the HDU has a hoist suitable for bariatric patients.",
                    "Ensure that the clinic’s complaints poster includes the details of the ombudsman."):
        lines = _lines(wording)
        assert "10 records of" not in lines and "audits of records of" not in lines, wording
        assert "Walk round" in lines, wording
    # a thing acted on by someone is seen in the record of the act, not on a walk-round
    assert "Walk round" not in _lines("The trust should ensure that the safety dashboard is reviewed monthly at the "
                                      "divisional governance meeting.")


def test_cover_and_posts_need_someone_named_to_do_the_work():
    assert kind_of("medical gas is available on site").id != "staff_on_duty"
    assert kind_of("the day unit has a designated children’s waiting area").id != "appoint"
    assert "rota" not in _lines("Ensure that emergency medicines are checked weekly and that oxygen is available on "
                                "site.").lower()
    assert kind_of("a registered nurse is on duty at all times").id == "staff_on_duty"
    assert kind_of("therapy activities are available at weekends").id == "staff_on_duty"
    assert kind_of("the home has a designated infection control lead").id == "appoint"


def test_there_is_no_thing_to_name():
    assert _thing(asks("Ensure that there is a process to check the emergency drugs and that oxygen is available.")) \
        == "each item checked"
    assert _thing(asks("Ensure that emergency drugs are checked weekly.")) == "emergency drugs"


def test_a_card_label_and_what_was_done_open_no_ask():
    wording = ("Score: 1 The home relied on agency carers for most night shifts. Agency carers told us they were not told "
               "about people’s risks. We identified 2 breaches of regulation in this key question.\n"
               "We recommend the provider reviews its induction for agency carers.")
    required = [a.text for a in asks(wording) if a.required]
    assert required == ["review its induction for agency carers"]
    found = findings(wording)
    assert found[0].startswith("The home relied") and not any(f.startswith("1 ") or "Score" in f for f in found)
    assert "score: 1" not in _lines(wording).lower()
    # a failing in the past is still read as its duty
    assert [a.required for a in asks("Care plans were not reviewed monthly. This was a breach of regulation 9.")][0]


def test_a_breach_read_from_its_failing_not_from_what_was_found_beside_it():
    wording = ("Falls risk assessments were brief and were not updated after each fall. This was a breach of "
               "regulation 12.")
    assert [a.text for a in composable(wording)] == ["Falls risk assessments are updated after each fall"]
    lines = _lines(wording)
    assert "(are not updated" not in lines and "that are not" not in lines and "are brief" not in lines
    earlier = ("At our last inspection the provider had failed to operate effective systems to assess the quality of "
               "the service. This was a breach of regulation 17.")
    assert [a.text for a in composable(earlier)] == ["operate effective systems to assess the quality of the service"]


def test_a_job_considered_is_the_jobs_kind_of_fix():
    lines = _lines("Consider displaying the expected waiting time in the minor injuries unit.", services=["Urgent care"])
    assert "trajectory" not in lines and "display" in lines.lower()


def test_what_follows_a_bare_are_is_the_duty_not_its_qualifier():
    text = "the service's waiting times for assessment are in line with national standards"
    assert asks(f"The trust should ensure that {text}.")[0].duty == text
    assert "times for assessment are." not in _lines(f"The trust should ensure that {text}.")
    # a qualifier after a predicate of its own is still cut from the duty
    assert asks("Ensure that records are stored securely in line with national guidance.")[0].duty == \
        "records are stored securely"


def test_a_past_clause_after_an_instruction_is_a_finding():
    wording = ("Continue to encourage eligible patients to attend for bowel screening; the practice had screened 41% "
               "of eligible patients.")
    assert [a.text for a in asks(wording) if a.required] == [
        "Continue to encourage eligible patients to attend for bowel screening"]  # its lead-in kept: "encourage" is
    # no instruction IMPERATIVE knows (tests/test_prompts_round32.py)
    lines = _lines(wording)
    assert "so that the practice had screened" not in lines and "confirm that the practice had screened" not in lines
