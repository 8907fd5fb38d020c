"""Prompts for an outside reader's misfits (judge75), each by a rule for a class of statement, tried on two wordings
(prompts60)."""
from prompt_lines import lowered_lines

WARD = dict(services=["Medical care (including older people's care)"], report_types=["core-service-inspection-report"])
COMMUNITY = dict(services=["Community health services for adults"], report_types=["core-service-inspection-report"])
TRUST = dict(report_types=["trust-inspection-report"])


def test_staff_given_time_to_do_a_task_is_their_protected_time():
    """"community nurses have time to attend team meetings", "ward managers have time to complete audits": the time is
    what is asked, protected in the job plan or rota and checked as given, not the meetings or audits set up again."""
    for wording, where in (("The service should ensure that ward managers have time to complete audits of records.", WARD),
                           ("The trust should ensure that community nurses have time to attend team meetings.",
                            COMMUNITY)):
        change, tell, check, evidence = lowered_lines(wording, **where)
        assert "protected time" in change and "job plan or rota" in change, change
        assert "time is protected" in tell, tell
        assert "protected time" in check and "protected time" in evidence, check
        assert "what the audits or monitoring must cover" not in change and "who chairs them" not in change, change


def test_people_with_time_to_eat_are_no_role_time():
    """Time people who use the service are given ("people have time to eat their meals") is their care, not a job
    plan's protected time."""
    change, _, _, _ = lowered_lines("The provider should ensure that people have time to eat their meals.",
                                    report_types=["asc-care-home-inspection-report"])
    assert "protected time" not in change, change


def test_an_organisation_wide_role_or_strategy_is_the_leaders_to_settle():
    """The Freedom to Speak Up guardian's time and the trust's clinical strategy are settled by its executives and
    reported to its leaders' committee, not a service's manager, huddles and governance meeting."""
    for wording in ("The trust should ensure that the freedom to speak up guardian has protected time to carry out the "
                    "role.",
                    "The trust should continue to develop its clinical strategy with staff and partners."):
        change, tell, check, _ = lowered_lines(wording, **TRUST)
        assert "executive" in change and "manager and clinical lead for the service" not in change, change
        assert "management meetings" in tell, tell
        assert "service's governance meeting" not in check, check
    _, tell, _, _ = lowered_lines("The trust should ensure that staff are aware of the freedom to speak up guardian and "
                                  "how to raise concerns.", **TRUST)
    assert "management meetings" not in tell and "quality committee" not in tell, tell  # staff told of the guardian


def test_equality_data_on_who_a_service_reaches_is_not_staff_speaking_up():
    """Equality and diversity data collected to see whether a service reaches all groups in its community is about the
    people it serves: their data recorded and compared with the local population, never speak-up routes and staff
    surveys; equality among staff keeps the culture lines."""
    for wording in ("The provider should ensure that equality and diversity data is collected so that it can understand "
                    "whether its services reach all groups in the community.",
                    "The trust should use equality and diversity data to understand whether the service reaches all "
                    "groups in the local population."):
        change, tell, check, evidence = lowered_lines(wording, **TRUST)
        assert "speak up" not in change and "speak-up" not in tell and "staff survey" not in check, change
        assert "local population" in change and "local population" in check and "local population" in evidence, check
    change, _, _, _ = lowered_lines("The trust should continue to promote equality and diversity among staff.", **TRUST)
    assert "freedom to speak up guardian" in change, change


def test_medical_cover_to_call_on_is_the_on_call_rota_not_the_establishment():
    """Medical cover out of hours "so that staff can get timely advice" is who is on call and how fast they answer,
    checked on the on-call rota and the calls made, not a review of the nurses' establishment against acuity."""
    for wording, where in (("The provider should review the arrangements for medical cover out of hours so that staff "
                            "can get timely advice.", dict(services=["Hospice services for adults"],
                                                          report_types=["hospital-"])),
                           ("The trust must ensure there is adequate medical cover at night on the wards.", WARD)):
        change, tell, check, evidence = lowered_lines(wording, **where)
        assert "who is on call" in change and "establishment" not in change and "acuity" not in change, change
        assert "who is on call" in tell and "recruitment plan" not in tell, tell
        assert "on-call rota" in check and "fill rates" not in check, check
        assert "on-call rotas" in evidence and "acuity" not in evidence, evidence


def test_a_breach_is_of_what_the_provider_had_not_ensured_not_its_regulations_title():
    """Findings only, then "The provider had not ensured staff received appropriate training and supervision", under
    regulation 18 (Staffing): the breach is of training, not staffing numbers; so too induction and training the provider
    had not ensured before staff worked alone."""
    from cqcplan.pipeline.scaffold import scaffold_for
    for wording, regulation, theme, topic in (
            ("Records showed that training in key areas was out of date. Staff had not received supervision in line with "
             "the provider's policy. The provider had not ensured staff received appropriate training and supervision to "
             "carry out their roles. This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 "
             "(Regulated Activities) Regulations 2014.", "Regulation 18 Staffing", "Staffing", "training"),
            ("Two staff had started work before their checks were returned. The provider had not ensured staff had "
             "completed their induction and training before working alone. This was a breach of regulation 18 (Staffing) "
             "of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", "Regulation 18 Staffing",
             "Staffing", "training")):
        scaffold, evidence = scaffold_for(wording, regulation, theme, report_types=["asc-care-home-inspection-report"])
        assert scaffold.topic == topic, (scaffold.topic, scaffold.change)
        assert "establishment" not in scaffold.change and "safe staffing" not in evidence.lower(), scaffold.change


def test_a_room_to_provide_is_work_to_order_not_practice_observed():
    """"consider providing a quiet room where relatives can have private conversations": a place to find or build,
    ordered and checked once it is there, never practice observed on 10 occasions."""
    for wording in ("The trust should consider providing a quiet room where relatives can have private conversations "
                    "with staff.",
                    "The trust should provide a private room on the ward for breaking bad news to relatives."):
        change, tell, check, evidence = lowered_lines(wording, **WARD)
        assert "agree the work" in change and "daily practice" not in change, change
        assert "observe practice" not in check and "once the work is done" in check, check
        assert "works order" in evidence and "observation records" not in evidence, evidence


def test_a_protocol_in_place_for_each_person_is_each_ones_own_not_one_document():
    """"protocols are in place for each person" ("as required" medicines): every person who needs one is listed and
    their own protocol checked, not one document approved; "the policy for all patients is updated" stays one document."""
    from cqcplan.pipeline.compose import kind_of
    for ask in ("protocols are in place for each person",
                "a protocol is in place for every resident prescribed 'as required' medicines"):
        assert kind_of(ask).id == "each_case", kind_of(ask).id
    assert kind_of("the policy for all patients is updated").id == "document"
    _, _, check, evidence = lowered_lines("The provider should ensure that protocols are in place for each person "
                                          "prescribed 'as required' medicines.",
                                          report_types=["asc-care-home-inspection-report"])
    assert "the document does what is asked" not in check and ("list the cases" in check or "list the people" in check), check


def test_audits_of_a_thing_that_missed_what_was_out_of_date_are_the_providers_checks_not_a_stock_check():
    """"audits of care plans identify the out of date choking guidance": the provider's own audits must find it, checked
    against an independent spot check, never items "in date and in working order" against a list."""
    from cqcplan.pipeline.compose import kind_of
    for ask in ("audits of care plans identify the out of date choking guidance or the gaps in repositioning records",
                "audits of medicines identify out-of-date stock"):
        assert kind_of(ask).id == "assurance", (ask, kind_of(ask).id)
    _, tell, _, evidence = lowered_lines("The provider should ensure that audits of care plans identify out of date "
                                         "guidance.", report_types=["asc-care-home-inspection-report"])
    assert "in working order" not in tell and "expiry-date" not in evidence, (tell, evidence)


def test_community_paediatric_service_work_is_told_to_its_own_clinicians():
    """Children waiting for an assessment by the community paediatric service: its paediatricians, clinicians and
    administrators review them, not the health visitors and school nurses of the children's community services."""
    where = dict(services=["Community health services for children, young people and families"],
                 report_types=["core-service-inspection-report"])
    for wording in ("The trust must ensure that children waiting for an assessment by the community paediatric service "
                    "are clinically reviewed while they wait and that risks are monitored.",
                    "The trust should ensure that referrals to the community paediatric service are triaged by a "
                    "clinician within four weeks."):
        _, tell, _, _ = lowered_lines(wording, **where)
        assert "community paediatricians" in tell and "health visitors" not in tell, tell


def test_staff_able_to_access_care_plans_is_their_access_not_what_the_plans_record():
    """"ward staff can access up-to-date end of life care plans": how staff reach the plans and what they do when they
    cannot, checked by asking them, not an audit of what the plans record."""
    for wording in ("The trust should ensure that ward staff can access up-to-date end of life care plans.",
                    "The service should make sure that agency staff can access people's care plans on each shift."):
        change, tell, check, _ = lowered_lines(wording, **WARD)
        assert "get and keep access" in change and "what care plans must record" not in tell, (change, tell)
        assert "audit 10 care plans" not in check and "whether they could reach" in check, check


def test_a_way_for_lone_workers_to_raise_an_alarm_is_a_device_issued_and_tested():
    """"staff lone working in the community have a reliable way of raising an alarm": each lone worker's device or route
    checked against the staff list and the response tested, not practice observed and records audited."""
    for wording in ("The trust must ensure that staff lone working in the community have a reliable way of raising an "
                    "alarm.",
                    "The service should ensure that all community staff who work alone carry a working personal alarm."):
        change, _, check, evidence = lowered_lines(wording, **COMMUNITY)
        assert "device or system" in change, change
        assert "observe practice" not in check and "against the staff list" in check, check
        assert "device issue log" in evidence, evidence
