"""Prompts for judge60's misfits (plans drafted from two fresh outside sets), each by a rule for a class of statement,
tried on two wordings (prompts46)."""
from prompt_lines import lowered_lines




def test_arrangements_for_supervision_are_the_supervision_not_a_system_or_training():
    """"formalise the arrangements for X": what the arrangements are for is the ask's kind (supervision: who supervises
    whom, how often, the log of sessions)."""
    for wording in ("Formalise the arrangements for the clinical supervision of the advanced nurse practitioner and the "
                    "clinical pharmacist.",
                    "Put in place formal arrangements for the clinical supervision of nurse prescribers."):
        change, told, audit, evidence = lowered_lines(wording, report_types=["gp-inspection-report"])
        assert "has supervision and with whom" in change and "supervision log" in audit + evidence
        assert "compliance" not in change + audit + evidence and "must complete" not in told
        assert "tracing up to 10 cases" not in audit


def test_managers_given_accurate_data_on_training_is_the_data_not_the_training():
    """Data on a subject ("accurate data on training compliance") is about that subject: validated and reported, not
    the courses themselves completed."""
    for wording in ("The trust should ensure that team managers have access to accurate data on training compliance for "
                    "their teams.",
                    "Ward managers should have access to reliable figures on appraisal and training rates for their staff."):
        change, told, audit, evidence = lowered_lines(wording, report_types=["trust-inspection-report"])
        assert "validated" in change and "against the source" in audit
        assert "trajectory" not in change + evidence and "need the training" not in change
        assert "must complete" not in told and "training records" not in audit


def test_a_copy_of_the_plan_offered_is_the_offer_not_what_a_plan_contains():
    for wording in ("The trust should ensure that patients are offered a copy of their care plan.",
                    "The provider should make sure people are given a copy of their care plans."):
        change = lowered_lines(wording, report_types=["trust-inspection-report"])[0]
        assert "offered a copy of their plan" in change and "must contain" not in change


def test_handover_delays_at_a_hospital_are_the_hospitals_not_the_control_rooms():
    """The same delay seen from the receiving hospital: its department's staff, shared with the ambulance service; the
    ambulance service's own reports keep the crews, the control room and the hospitals."""
    for wording in ("The trust should continue to work with system partners to reduce ambulance handover delays.",
                    "The trust must ensure that ambulance handovers take place within 15 minutes of arrival."):
        _, told, audit, _ = lowered_lines(wording, report_types=["trust-inspection-report"], services=["Urgent and emergency care"])
        assert "control room" not in told and "with the hospitals" not in told and "ambulance service" in told + audit
        _, told, _, _ = lowered_lines(wording, report_types=["trust-inspection-report"], services=["Emergency and urgent care"])
        assert "control room" in told and "with the hospitals" in told


def test_uncollected_prescriptions_are_a_safety_net_for_each_patient_not_storage_audits():
    for wording in ("Review the system for monitoring uncollected prescriptions so that patients who have not collected "
                    "their medicines are followed up.",
                    "Ensure that uncollected prescriptions are monitored and that patients who have not collected their "
                    "medication are followed up by a prescriber."):
        change, _, audit, evidence = lowered_lines(wording, report_types=["gp-inspection-report"])
        assert "uncollected prescriptions" in change and "uncollected prescriptions" in audit
        assert "fridge" not in change + audit + evidence and "mar/epma" not in audit + evidence


def test_a_list_items_own_indented_list_stays_with_that_item_not_the_lead():
    """"...: a; b:" then "at X, weekly", "at Y, before each clinic": the places and times under b are b's, printed indented
    under it; none is hung on the list's lead."""
    from cqcplan.pipeline.asks import asks
    for wording, nested in (("The trust must ensure that medicines are managed safely at team bases, in particular:\nclinic "
                             "room and fridge temperatures are monitored daily, and action is taken when they are out of "
                             "range\ndepot injections are stored securely and stock is checked:\nat Moorside, weekly\nat "
                             "Hollins Bridge, before each clinic\n(Regulation 12(2)(g))", "Hollins Bridge"),
                            ("The provider must ensure that the premises are safe, including:\nfire doors are kept closed\nthe "
                             "emergency lighting is tested:\nin the main building, monthly\nin the annexe, before each night "
                             "shift", "in the annexe")):
        duties = [a.duty for a in asks(wording)]
        assert not any(nested in d for d in duties[:-1]) and nested in duties[-1] and ":" in duties[-1]
        assert not any(d.startswith(nested) for d in duties)
