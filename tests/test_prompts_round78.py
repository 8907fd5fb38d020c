"""Prompts for outside readers' misfits (judge99), each by a rule for a class of statement: the measure and record a C
line reads are the statement's own (the decision to admit, what a board is sent, each item's test dates, the items held
against a guidance's list, each record sent on), a topic's lines for the content a guidance asks of records, every part
of a statement carried, and the people told fit the work (prompts78). Wordings are new, not the reader's items."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
UEC = dict(services=["Urgent and emergency care"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
DENTAL = dict(report_types=["dental-inspection-report"])
GP = dict(report_types=["gp-quality-report"])
CARE_HOME = dict(report_types=["asc-inspection-report"])


def test_time_from_the_decision_to_admit_is_tracked_from_that_decision_not_from_arrival():
    for wording in ("The trust should reduce the time between a decision to admit and patients leaving the emergency "
                    "department.", "The trust must ensure patients do not wait more than 12 hours from the decision to "
                    "admit to being given a bed."):
        *_, check, evidence = lowered_lines(wording, theme="Access and flow", **UEC)
        assert "from the decision to admit" in check and "from the decision to admit" in evidence, (check, evidence)
        assert "from arrival to leaving" not in check + evidence, (check, evidence)


def test_what_a_board_or_committee_is_given_is_read_in_its_papers_and_minutes():
    *_, check, evidence = lowered_lines("The provider should make sure that the trustees are informed of the outcome of "
                                        "each safeguarding concern raised.", theme="Governance", **CARE_HOME)
    assert "papers" in check and "minutes" in evidence, (check, evidence)
    assert "referrals log" not in check + evidence, evidence


def test_equipment_tested_when_due_under_the_premises_topic_is_read_on_the_equipment_register():
    for wording in ("The trust should ensure that electrical safety tests of the equipment in the children's area are "
                    "in date.", "The service must ensure all equipment in the theatres is serviced when due."):
        change, told, check, evidence = lowered_lines(wording, theme="Environment and equipment", **UEC)
        assert "equipment register" in check and "test dates" in evidence, (check, evidence)
        assert "environment weekly" not in check, check


def test_what_a_guidance_asks_records_to_contain_is_decided_with_the_settings_clinical_leads_not_storage():
    change, told, check, evidence = lowered_lines(
        "The practice should ensure that clinicians follow current record keeping guidance when completing patients' dental "
        "care records.",
        theme="Records", **DENTAL)
    assert "principal dentist" in change and "records lead" not in change and "secure" not in change, change
    assert "guidance" in check and "secure" not in check + evidence, check


def test_records_stored_securely_keep_the_storage_lines_beside_guidance():
    change, *_ = lowered_lines("The service should ensure that records are stored securely in line with guidance.",
                               theme="Records", **CARE_HOME)
    assert "what each record must contain under the guidance" not in change, change


def test_items_held_reviewed_against_guidance_are_compared_with_its_list_not_records_audited():
    change, told, check, evidence = lowered_lines(
        "The practice must ensure that the emergency drugs kept in the treatment room are compared against current "
        "national guidelines.", theme="Medicines", **GP)
    assert "item by item" in check and "risk assessment" in evidence, (check, evidence)
    assert "audit 10 records" not in check and "observation notes" not in evidence, (check, evidence)


def test_records_sent_on_to_peoples_own_gp_are_traced_to_their_sending_not_their_content():
    change, told, check, evidence = lowered_lines(
        "The provider should make sure that notes of out-of-hours consultations are sent to patients' own GP practices "
        "by 8am the next working day.", theme="Governance", **GP)
    assert "complete record must contain" not in change and "sent" in change, change
    assert "sent" in check and "date and time" in evidence, (check, evidence)
    assert "good record" not in told, told


def test_staff_named_with_a_qualifier_who_know_the_vision_share_the_existing_one_not_a_new_strategy():
    change, *_ = lowered_lines("The trust should ensure that staff on the surgical wards know the trust's vision and "
                               "values.", theme="Vision and strategy", services=["Surgery"], **CORE)
    assert "shared with every member of staff" in change and "written strategy with measurable aims" not in change, change
