"""Prompts for outside readers' misfits (judge102), each by a rule for a class of statement: a statement of several parts
keeps every part; the people told are those who do the work; an arrangement with an outside party is decided with it; a
breach paragraph's several failings are each put right; C and E check no document A never makes (prompts81). Wordings are
new, not the reader's items."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.scaffold import composable

CORE = dict(report_types=["core-service-inspection-report"])
WARD = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
EOC = dict(services=["Emergency operations centre (EOC)"], **CORE)
CRISIS = dict(services=["Mental health crisis services and health-based places of safety"], **CORE)
COMMUNITY = dict(services=["Community-based mental health services for adults of working age"], **CORE)
CARE_HOME = dict(report_types=["asc-inspection-report"])
HOSPITAL = dict(report_types=["hospital-inspection-report"])


def test_a_list_of_acts_each_with_its_own_doer_or_route_is_one_ask_each():
    asked = [a.text for a in composable("The trust must ensure that every episode of seclusion is documented, checked by the "
                                        "nurse in charge and notified to the Mental Health Act office.")]
    assert asked == ["every episode of seclusion is documented", "every episode of seclusion is checked by the nurse in charge",
                     "every episode of seclusion is notified to the Mental Health Act office"], asked
    assert len(composable("The provider must ensure that hoists are cleaned, stored and maintained.")) == 1  # one job


def test_each_part_of_a_use_recorded_reviewed_and_reported_is_decided_and_checked():
    change, _, check, evidence = lowered_lines("The trust must ensure that every use of rapid tranquillisation is recorded, "
                                               "reviewed by the consultant and reported on the incident system.", **WARD)
    assert "complete record" in change and "reviewed by the consultant" in change and "reported as an incident" in change
    assert "reviewed by the consultant" in check and "against the incidents reported" in check, check


def test_a_practice_asked_beside_a_record_is_told_not_only_what_to_write():
    wording = ("The trust must ensure that leave records are complete and that two nurses escort patients on leave outside "
               "the hospital.")
    _, told, *_ = lowered_lines(wording, **WARD)
    assert "what must be recorded" in told and "who now does what and when" in told, told


def test_what_is_out_of_date_taken_out_of_the_records_is_who_removes_it_and_when():
    change, told, check, evidence = lowered_lines("The provider should ensure that superseded consent "
                                                  "forms are removed from people's files.", **CARE_HOME)
    assert "complete record must contain" not in change and "removes or cancels" in change, change
    assert "out of date still in use" in check, check
    change, *_ = lowered_lines("The provider should ensure that care plans are complete.", **CARE_HOME)
    assert "removes or cancels" not in change  # a guard: a record to complete is still its content


def test_audits_done_at_a_required_rate_are_told_to_those_who_carry_them_out():
    change, told, check, evidence = lowered_lines("The trust must ensure that clinical audits of 999 calls are carried out at "
                                                  "the frequency set by its licence.", **EOC)
    assert told.startswith("prompt: tell the clinical supervisors, auditors"), told
    assert "look at in their work" not in told and "call handlers" not in told, told
    assert "count the audits completed against the rate required" in check, check
    _, told, *_ = lowered_lines("The trust must ensure that call audits look at how calls are closed.", **EOC)
    assert not told.startswith("prompt: tell the clinical supervisors, auditors"), told  # what audits cover: told to staff


def test_an_arrangement_with_an_outside_party_is_decided_with_it():
    change, *_ = lowered_lines("The provider should agree a written protocol for transferring patients who become unwell to "
                               "the nearest NHS hospital.", **HOSPITAL)
    assert "with the service manager, and the nearest nhs hospital" in change, change
    assert "who signs it for each side" in change, change
    change, *_ = lowered_lines("The provider should review the arrangements for transferring patients between its own "
                               "wards.", **HOSPITAL)
    assert "who signs it for each side" not in change, change  # a guard: no outside party named
    change, *_ = lowered_lines("The trust must ensure that staff refer concerns about neglect to the local authority.",
                               **COMMUNITY)
    assert "who signs it for each side" not in change, change  # a referral made, no agreement to sign


def test_a_topics_lines_are_agreed_with_an_outside_party_the_statement_names():
    change, *_ = lowered_lines("The provider must ensure that deteriorating patients are escalated using the early warning "
                               "score and transferred to the local NHS hospital when needed.", **HOSPITAL)
    assert "agree the arrangement with the local nhs hospital" in change, change


def test_a_wait_for_a_bed_is_decided_with_the_bed_managers():
    change, *_ = lowered_lines("The trust must ensure that the section 136 suite is not used for patients awaiting an "
                               "inpatient bed.", **CRISIS)
    assert "bed managers" in change and "escalated" in change, change
    change, *_ = lowered_lines("The trust must ensure that the section 136 suite is cleaned after each use.", **CRISIS)
    assert "bed managers" not in change  # a guard


def test_a_breach_paragraphs_several_failings_are_each_named_as_their_own_fix():
    wording = ("Two people had been given thin fluids against their swallowing plan. Wound charts for three people had not "
               "been updated for a week. People were not protected from avoidable harm, which was a breach of regulation 12 "
               "(Safe care and treatment).")
    change, *_ = lowered_lines(wording, "Regulation 12", **CARE_HOME)
    assert "put right each of the report's findings first, each with what changes" in change, change
    assert "thin fluids" in change and "wound charts" in change, change


def test_a_finding_said_again_inside_a_longer_one_is_named_once():
    from cqcplan.pipeline.compose import Composed, put_right
    lines = Composed("Decide.", "Tell them.", "Audit.", "Records.")
    made = put_right(lines, ["the rota had not been updated", "Checks were missed, and the rota had not been updated"])
    assert made.audit.count("the rota had not been updated") == 1, made.audit


def test_staff_short_of_training_in_a_staffing_breach_are_told_what_to_complete():
    wording = ("There were two care staff on duty at night for 30 people. Training records showed 40% of care staff were "
               "not up to date with fire safety training. The provider had not deployed enough staff at night, which was a "
               "breach of regulation 18 (Staffing).")
    _, told, _, evidence = lowered_lines(wording, "Regulation 18", **CARE_HOME)
    assert "what each of them must complete" in told and "fire safety" in told, told
    assert "training or competency record (fire safety training)" in evidence, evidence
    wording = ("There were two care staff on duty at night for 30 people. The training matrix had not been updated since "
               "May. The provider had not deployed enough staff at night, which was a breach of regulation 18 (Staffing).")
    _, told, *_ = lowered_lines(wording, "Regulation 18", **CARE_HOME)
    assert "what each of them must complete" not in told, told  # a record of training, not staff to train


def test_a_persons_own_record_updated_is_no_document_to_approve():
    for wording in ("The trust should ensure that staff update a client's crisis plan after any admission.",
                    "The trust should ensure that clinicians review and update a patient's care plan after any change in "
                    "their needs."):
        change, _, check, evidence = lowered_lines(wording, **COMMUNITY)
        assert "approved and dated" not in evidence and "once it is approved" not in check, (check, evidence)
        assert "list the" in check, check
    *_, evidence = lowered_lines("The trust should update the lone working policy.", **COMMUNITY)
    assert "approved and dated" in evidence  # a guard: the organisation's document


def test_the_evidence_a_practising_privileges_file_must_hold_is_shown():
    *_, evidence = lowered_lines("The provider should ensure that each consultant's practising privileges are reviewed "
                                 "every two years.", **HOSPITAL)
    assert "indemnity, appraisal" in evidence, evidence


def test_an_act_staff_do_again_after_an_occasion_is_matched_with_each_occasion():
    *_, check, evidence = lowered_lines("The provider should ensure that staff update each person's nutrition plan when "
                                        "their weight changes.", **CARE_HOME)
    assert "list the occasions in the period that called for it (when their weight changes)" in check, check
    assert "the person's nutrition plan was updated after each" in check, check
