"""Prompts for an outside reader's misfits (judge95), each by a rule for a class of statement (which kind of fix an ask
is), tried on wordings the reader did not see (prompts75)."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
SURGERY = dict(services=["Surgery"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
URGENT = dict(services=["Urgent and emergency care"], **CORE)
MATERNITY = dict(services=["Maternity"], **CORE)
DENTAL = dict(report_types=["dental-inspection-report"])


def test_in_date_testing_of_equipment_is_the_register_not_a_stock_check():
    """"in-date portable appliance testing": each item's test date on the equipment register, not a stock list with
    missing or expired items replaced; in-date stock is still checked against its list."""
    for wording, options in (
            ("The trust should ensure that all electrical items on the wards have in-date PAT testing.", SURGERY),
            ("The provider should ensure that portable appliance testing of electrical equipment is up to date.", DENTAL)):
        change, told, check, evidence = lowered_lines(wording, theme="Environment and equipment", **options)
        assert "register" in change + check and "expir" not in evidence and "replaced at once" not in change, (change, evidence)
    change, told, check, evidence = lowered_lines("The trust must ensure that resuscitation trolleys hold in-date consumables.",
                                                  theme="Environment and equipment", **MEDICAL)
    assert "expiry" in evidence, evidence


def test_equipment_in_working_order_is_tested_and_its_faults_logged():
    """"... is in working order": the equipment or system tested and its fault log read, not people's records sampled
    or practice observed."""
    for wording, options in (
            ("The trust should ensure that the patient monitoring equipment in recovery is kept in working order.", SURGERY),
            ("The service should ensure the infant security tagging system is kept in good working order.", MATERNITY)):
        change, told, check, evidence = lowered_lines(wording, theme="Environment and equipment", **options)
        assert "fault log" in check and "test" in evidence, (check, evidence)
        assert "records of 10" not in check and "observ" not in check, check


def test_a_place_meeting_guidance_is_no_document_to_write():
    """The guidance a place must meet is its standard: the place is reviewed and looked at, no document written and
    approved; a policy to update is still a document."""
    for wording, options in (
            ("The trust should review the layout of the paediatric waiting area so that it meets national guidance.", URGENT),
            ("The trust must ensure that the clinic meets national guidance.", SURGERY)):
        change, told, check, evidence = lowered_lines(wording, theme="Environment and equipment", **options)
        assert "writes or updates the document" not in change and "approved and dated" not in evidence, (change, evidence)
    change, told, check, evidence = lowered_lines("The trust should update its chaperone policy in line with national guidance.",
                                                  theme="Governance", **SURGERY)
    assert "document" in change, change


def test_a_criminal_records_check_beside_training_is_checked_on_each_personnel_file():
    """"training and a criminal records check through the DBS": the check on each personnel file as well as the
    training records, not folded into training; a DBS check alone keeps the recruitment lines."""
    for wording, options in (
            ("The practice should ensure that staff who chaperone have completed chaperone training and have a criminal "
             "records check.", dict(report_types=["gp-quality-report"])),
            ("The provider must ensure that all dental nurses have completed safeguarding training and a DBS check.", DENTAL)):
        change, told, check, evidence = lowered_lines(wording, theme="Staffing", **options)
        assert "personnel file" in check and "training" in check, check
        assert "dbs" in change + check or "criminal records" in change + check, (change, check)
    change, told, check, evidence = lowered_lines("The practice must ensure that DBS checks are completed for all staff "
                                                  "before they start work.", theme="Staffing", report_types=["gp-quality-report"])
    assert "training" not in check + evidence, (check, evidence)


def test_a_call_centre_is_staffed_from_call_demand_not_dependency():
    """A call centre's staffing comes from calls forecast by hour against the answer targets, not people's dependency or
    acuity, which stays the wards' wording."""
    change, told, check, evidence = lowered_lines(
        "The trust must ensure that staffing levels in the emergency operations centre meet the call handling targets.",
        theme="Staffing", services=["Emergency operations centre (EOC)"], **CORE)
    assert "call demand" in change + check and "acuity" not in change + evidence, (change, evidence)
    change, told, check, evidence = lowered_lines("The trust must review nurse staffing levels on the medical wards.",
                                                  theme="Staffing", **MEDICAL)
    assert "call demand" not in change + check, change


def test_a_programme_of_audit_to_introduce_is_planned_and_checked_against_its_schedule():
    """"introduce a programme of clinical audit": its topics and schedule set up and each cycle checked done, not one
    outcome added to a programme assumed to exist; an outcome to improve keeps the outcome lines."""
    change, told, check, evidence = lowered_lines("The practice should introduce a programme of clinical audit, including "
                                                  "completed audit cycles.", theme="Outcomes", report_types=["gp-quality-report"])
    assert "add it to the audit programme" not in change and "schedule" in change + check, (change, check)
    change, *_ = lowered_lines("The trust should improve its results in the national hip fracture audit.", theme="Outcomes",
                               **SURGERY)
    assert "schedule" not in change, change
