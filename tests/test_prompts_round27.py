"""Prompts round twenty-seven (from two fresh outside readers' verdicts, issue 12): the setting is read from the
report's words as printed (a typographic apostrophe is the vocabulary's "people's"; a tie goes to the setting the
report's names print); what was found is never written in as what is asked (a failing joined after "had not acted on",
a finding sentence with a modal only inside "how ... should", a listed thing "which were not ..."); listed conditions
("when bed rails are used") belong to the lead's ask; what "consider how" says could be made better is a review's;
"the practice records complaints" is who records; staff recruited or used are not who is told; a call bell system is
equipment. Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import kind_of, named_staff, place_for
from cqcplan.pipeline.scaffold import composable, findings, scaffold_for


def test_a_typographic_apostrophe_is_the_cue_it_spells():
    wording = "We recommend the provider reviews how oral health needs are assessed."
    report = ("Elmcroft Lodge\nThe provider had not ensured people’s risks were assessed.\n"
              "Staff did not always follow people’s care plans.\n" + wording)
    assert place_for(wording, [], ["saf-assessment"], report).setting == "care_home"
    scaffold, _ = scaffold_for(wording, report_types=["saf-assessment"], report=report)
    assert "dentist" not in scaffold.change + scaffold.communicate + scaffold.audit
    assert place_for(wording, [], ["saf-assessment"], report.replace("people’s", "their")).setting == "dental"  # a guard


def test_a_failing_joined_after_what_was_not_done_is_a_finding_not_the_ask():
    wording = ("The registered manager had not acted on the findings of the last quality visit, and weekly medicines checks "
               "had stopped in March. This was a breach of regulation 17 (Good governance).")
    assert [a.text for a in composable(wording)] == ["act on the findings of the last quality visit"]
    assert "weekly medicines checks had stopped in March" in findings(wording)
    scaffold, _ = scaffold_for(wording, report_types=["asc-"])
    assert "had stopped" not in scaffold.change


def test_a_modal_in_a_clause_a_question_word_opens_makes_no_finding_an_ask():
    wording = ("Care plans were not always reviewed. One person who had lost weight had no plan saying how often they should "
               "be weighed, and staff did not know what they must record. This was a breach of regulation 9.")
    assert [a.text for a in asks(wording) if a.required] == ["Care plans were not always reviewed"]
    assert any("should be weighed" in f for f in findings(wording))
    scaffold, _ = scaffold_for(wording, report_types=["asc-"])
    assert "confirm that one person" not in scaffold.audit.lower()
    guard = "The provider should review how staff record fluids. Staff must know what to do when a person refuses a drink."
    assert all(a.required for a in asks(guard))  # a guard: the modal before the question word is the duty


def test_a_listed_thing_and_what_was_wrong_with_it_is_a_finding_not_the_ask():
    wording = ("The provider must ensure that equipment is safe and maintained, including:\nhoists, which had not been "
               "serviced since 2021;\nthe nurse call system, which was not working in two bedrooms. (Regulation 15)")
    assert [a.text for a in asks(wording) if a.required] == [
        "equipment is safe and maintained, including hoists and the nurse call system"]
    assert "hoists, which had not been serviced since 2021" in findings(wording)
    scaffold, evidence = scaffold_for(wording, report_types=["asc-"])
    assert "is not working" not in scaffold.change + scaffold.communicate + scaffold.audit + evidence
    asked = scaffold.change.split("put right each of the report's findings")[0]  # the findings are listed as such after it
    assert "serviced since" not in asked and "including hoists and the nurse call system" in asked
    assert "confirm that the nurse call system, which" not in scaffold.audit
    listed = "The provider must ensure that records are kept, including:\ncare plans;\nrisk assessments."
    assert [a.text for a in asks(listed)] == ["records are kept, including care plans and risk assessments"]  # a guard


def test_listed_conditions_say_when_the_lead_applies_and_ask_nothing_alone():
    wording = ("The trust must ensure that falls risk assessments are reviewed and recorded:\nwhen a patient’s condition "
               "changes;\nafter a patient has fallen. (Regulation 12)")
    assert [a.text for a in asks(wording)] == [
        "falls risk assessments are reviewed and recorded when a patient’s condition changes and after a patient has fallen"]
    scaffold, evidence = scaffold_for(wording)
    assert "confirm that when" not in scaffold.audit and "confirm that after" not in scaffold.audit
    assert "records of when" not in evidence


def test_what_could_be_made_better_is_weighed_in_a_review_not_confirmed_on_a_walk_round():
    for wording in ("The provider should consider how the garden can be made more accessible for people using wheelchairs.",
                    "Consider how the day unit could be used to reduce waits for assessment."):
        assert kind_of(asks(wording)[0].duty).id == "review"
        scaffold, _ = scaffold_for(wording)
        assert "walk round" not in scaffold.audit.lower() and "confirm that the" not in scaffold.audit
    guard = "The provider must ensure that the lift can be used by people who use wheelchairs."
    assert kind_of(asks(guard)[0].duty).id != "review"  # a guard: what must be possible is a standard, checked


def test_a_service_named_before_records_is_who_records_not_whose_records():
    scaffold, evidence = scaffold_for("The provider should review how the home records missed doses of medicines so that "
                                      "patterns can be found.", report_types=["asc-"])
    assert "home records" not in scaffold.audit.replace("the home records missed", "") + evidence.replace(
        "the home records missed", "")  # no "10 home records" sampled
    assert "confirm that this was done: review" not in scaffold.audit
    assert "confirm that the home records missed doses" in scaffold.audit
    spot, _ = scaffold_for("The practice should ensure that the practice records are stored securely.")
    assert "the practice records are stored securely" in spot.audit  # a guard: records named, kept secure


def test_staff_recruited_or_used_are_what_the_ask_is_about_not_who_is_told():
    for wording in ("The trust should continue to recruit substantive midwives to reduce its reliance on bank midwives.",
                    "The provider should reduce the use of agency nurses on the night shift."):
        assert named_staff(wording) == ""
        scaffold, _ = scaffold_for(wording, services=["Maternity"])
        assert not scaffold.communicate.startswith("Prompt: Tell bank") and "Tell agency" not in scaffold.communicate
    assert named_staff("Ensure that bank and agency staff complete an induction.") == "bank and agency staff"  # a guard


def test_a_call_bell_system_working_is_equipment_not_a_response_to_calls():
    scaffold, evidence = scaffold_for("The provider must ensure that the nurse call system in the annexe is repaired and "
                                      "tested. (Regulation 15)", report_types=["asc-"])
    assert scaffold.topic == "premises_equipment" and "emotional support" not in scaffold.change
    assert scaffold_for("Ensure that call bells are answered promptly at night.")[0].topic != "premises_equipment"  # a guard


def test_a_provider_named_for_its_residential_homes_names_a_care_home():
    wording = "We recommend the provider reviews how oral health needs are assessed."
    report = "Ashgrove Residential Homes Limited\nThe Willows\nStaff did not always have guidance.\n" + wording
    assert place_for(wording, [], ["saf-assessment"], report).setting == "care_home"
