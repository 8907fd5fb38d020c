"""Prompts for an outside reader's misfits (judge77), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts62)."""
from prompt_lines import lowered_lines

MH_WARD = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
               report_types=["core-service-inspection-report"])
COMMUNITY = dict(services=["Community health services for adults"], report_types=["core-service-inspection-report"])
SURGERY = dict(services=["Surgery"], report_types=["hospital-inspection-report"])
CARE_HOME = dict(report_types=["asc-care-home-inspection-report"])


def test_a_verb_made_with_ise_or_ify_opens_an_instruction():
    """"formalise its escalation policy", "clarify the roles of ...": an instruction, so no line reads "so that formalise"
    or "check that formalise"; a noun in "-ise" before a verb ("expertise is ...") is none."""
    from cqcplan.pipeline.compose import instruction
    for wording in ("The trust should formalise its escalation policy and share it with staff.",
                    "The trust should clarify the roles of the band 6 nurses on the wards."):
        change, _, check, _ = lowered_lines(wording, **COMMUNITY)
        assert "so that formalise" not in change and "so that clarify" not in change, change
        assert "that formalise" not in check and "that clarify" not in check, check
    assert instruction("standardise the handover tool")
    assert not instruction("expertise is available on every shift")


def test_every_place_listed_after_the_staff_is_who_is_told():
    """"nurses on Oak ward, Ash ward and Elm ward": the staff of every ward listed are told, not the first ward's alone."""
    _, tell, _, _ = lowered_lines("The trust must ensure that there are enough registered nurses on Oak ward, Ash ward and "
                                  "Elm ward at night.", **MH_WARD)
    assert tell.startswith("prompt: tell registered nurses on oak ward, ash ward and elm ward "), tell


def test_a_resident_doctor_is_staff_not_people_cared_for():
    """"the resident medical officer", "the resident doctor": a doctor living in, not residents whose records are audited."""
    for wording in ("The hospital should ensure that the resident medical officer’s escalation calls are documented.",
                    "The hospital should ensure that the resident doctor’s review of each new admission is recorded."):
        _, _, check, evidence = lowered_lines(wording, **SURGERY)
        assert "residents" not in check and "residents" not in evidence, (check, evidence)


def test_a_trust_wide_statement_is_told_to_the_staff_its_providers_name_says():
    """A statement printed under no core service of "Northfell Ambulance Service NHS Trust": its crews are told, not the
    nurses and doctors a hospital's "the trust" would name; a hospital trust's name names no setting, so it is unchanged."""
    wording = "The trust must ensure that all staff are up to date with their mandatory training in basic life support."
    _, tell, _, _ = lowered_lines(wording, report_types=["trust-inspection-report"],
                                  report="Northfell Ambulance Service NHS Trust\n")
    assert "crews" in tell and "nurses, doctors" not in tell, tell
    _, tell, _, _ = lowered_lines(wording, report_types=["trust-inspection-report"], report="Northfell Hospitals NHS Trust\n")
    _, plain, _, _ = lowered_lines(wording, report_types=["trust-inspection-report"])
    assert tell == plain, (tell, plain)


def test_a_heading_run_into_a_failing_is_no_part_of_what_is_asked():
    """"Good governance The registered manager had failed to keep accurate records ...": the regulation's title run into
    the sentence is read past, so the failing is turned into its duty and no line confirms "The ... had failed"."""
    from cqcplan.pipeline.asks import asks
    for heading in ("Good governance", "Person-centred care"):
        wording = f"{heading} The registered manager had failed to keep accurate records of the care people received."
        _, _, check, evidence = lowered_lines(wording, **CARE_HOME)
        assert "had failed" not in check and "had failed" not in evidence, (check, evidence)
        assert [a.text for a in asks(wording)][0].startswith("The registered manager had failed to keep")


def test_a_record_signed_for_every_dose_is_audited_not_a_signature_list():
    """"nurses sign the ... chart for each dose they give": a signature every time, so the records are audited; "all staff
    sign the chaperone policy" is still each member of staff's signature on a list."""
    from cqcplan.pipeline.compose import kind_of
    for wording in ("The trust should ensure that nurses sign the medicines administration chart for each dose they give.",
                    "The trust should ensure that the fluid chart is signed by nurses at each check."):
        change, tell, check, evidence = lowered_lines(wording, **COMMUNITY)
        assert "read and sign" not in change + tell and "signature list" not in check, (change, check)
        assert "signed list" not in evidence, evidence
    assert kind_of("all staff sign the chaperone policy").id == "sign_off"


def test_a_plan_hands_a_report_of_core_services_its_providers_name():
    """The plan stage gives the prompts a report's provider name also when the report has core services, so a statement
    printed under none of them is told to the staff the name says."""
    from cqcplan.models import Action, Extraction, Finding, ReportMeta
    from cqcplan.pipeline.plan import make_plan
    finding = Finding(id="M1", kind="must", text="The trust must ensure that all staff are up to date with their mandatory "
                      "training in basic life support.", file="r.pdf", page=1, section="S", service=None, domain="Safe")
    report = ReportMeta(file="r.pdf", sha256="0", report_type="trust-inspection-report",
                        provider="Northfell Ambulance Service NHS Trust", services=["Emergency and urgent care"])
    plan = make_plan(Extraction(reports=[report], findings=[finding], actions=[Action(ref="M1", findings=["M1"])]))
    assert "crews" in plan.actions[0].scaffold.communicate, plan.actions[0].scaffold.communicate
