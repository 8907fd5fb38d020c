"""Merge round thirty-five (the outside pair sets DX and EB and the trust set EC as development): look-alikes
that share one object and ask another thing of it, kept apart by what they name, and paraphrases that name one
thing in words the vocabulary did not know. Statements are written here, not copied from an evaluation set;
each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.terms import terms_many


def test_a_caseload_weighting_tool_plans_staff_and_is_not_their_numbers():
    """vocab/synonyms.toml `acuity_tool` and vocab/issue_terms.toml "staff numbers or a role in charge": a tool
    that weighs a caseload by acuity is how work is allocated (its "weighting" is no patient's weight, which
    read it as the MUST tool), and bringing it in is another fix than recruiting enough nurses."""
    found = terms_many(["Team leaders use a caseload weighting tool."])[0]
    assert {"acuity_tool", "caseload"} <= found.keys() and "must_tool" not in found
    assert not tagged_together("The trust must ensure that each community nursing team has enough registered nurses "
                               "for the number of patients on its caseload.",
                               "The trust should adopt a caseload weighting tool so that visits are shared out by "
                               "patient acuity.")


def test_each_notification_to_cqc_is_its_own():
    """vocab/issue_terms.toml "what CQC is notified of": a death, a registered manager's absence and the other
    incidents of regulation 18 are notifications with their own triggers; they shared "notify" and "registered"."""
    assert not tagged_together("The registered person must notify CQC without delay when a person living at the home "
                               "dies.",
                               "The registered person must notify CQC when the registered manager will be away from "
                               "the home for 28 days or more.")
    assert not tagged_together("The provider must notify the Commission of every incident it is required to report.",
                               "The provider must notify the Commission of the registered manager's absence.")
    assert tagged_together("The provider must notify CQC of all allegations of abuse and serious injuries.",
                           "The registered person must ensure serious injuries to people are notified to CQC.")


def test_a_transcribed_entry_is_not_the_dose_signed_for():
    """vocab/synonyms.toml `transcription` and vocab/issue_terms.toml "which entry on a medicines record": a
    handwritten entry on a MAR chart is a transcription (checked by a second person), another fix than signing
    for each dose when it is given or keeping the person's photograph on the chart; they shared the chart."""
    assert "transcript" in terms_many(["Hand-written entries on MAR charts are countersigned."])[0]
    assert not tagged_together("The provider must ensure that hand-written entries on MAR charts are checked and "
                               "countersigned by a second trained member of staff.",
                               "The provider must ensure that staff sign people's MAR charts straight after each "
                               "administration.")
    assert not tagged_together("The provider must ensure that MAR charts are signed when medicines are administered.",
                               "The provider must ensure that every MAR chart has an up-to-date photograph of the "
                               "person.")
    assert tagged_together("The provider must ensure that transcribed entries on MAR charts are checked by a second "
                           "member of staff.",
                           "The provider must ensure that handwritten entries on medicines administration records "
                           "are signed by two staff.")


def test_consent_to_a_measure_is_not_its_risk_assessment():
    """vocab/issue_terms.toml "consent or risk assessment of a measure": a person's consent (or a best-interests
    decision when they lack capacity) to bed rails and the rails' risk assessment are two records and two
    owners; they shared the rails and their fitting."""
    assert not tagged_together("The provider must ensure that each person's bed rails are risk assessed and that "
                               "bumpers are fitted where needed.",
                               "The provider must ensure that consent to bed rails is obtained, or a mental capacity "
                               "assessment recorded, before bed rails are fitted.")
    assert not tagged_together("The home must make sure bed rails are risk assessed and fitted with bumpers.",
                               "The home must make sure people's consent is sought before bed rails are fitted, with a "
                               "best interests decision recorded when they lack capacity.")


def test_abbreviations_and_expansions_name_one_thing():
    """vocab/synonyms.toml: section 58 consent to treatment is the T2/T3 certificate, IM medication for
    behavioural disturbance is rapid tranquillisation whole, chronic obstructive pulmonary disease and
    respiratory conditions are long-term conditions, and BAPM is the British Association of Perinatal
    Medicine."""
    t2, rt, copd, bapm = terms_many([
        "Consent to treatment under section 58 is recorded.",
        "Staff give IM medication for behavioural disturbance.",
        "Patients with chronic obstructive pulmonary disease are reviewed.",
        "The unit meets British Association of Perinatal Medicine standards.",
    ])
    assert "t2_t3" in t2
    assert "tranquillis" in rt and not {"behavioural", "disturbanc"} & rt.keys()
    assert "long_term_condition" in copd and "clutter" not in copd
    assert "bapm" in bapm
    assert tagged_together("The trust must ensure that T2 and T3 certificates are kept with patients' medicine "
                           "charts.",
                           "The trust must ensure that consent to treatment under section 58 is recorded on the right "
                           "certificate, attached to the medicine chart.")


def test_a_review_in_the_previous_twelve_months_is_annual():
    """vocab/synonyms.toml `annual` and `long_term_condition`: a structured review "in the previous 12 months"
    of people with respiratory conditions is the annual review of a long-term condition."""
    assert "annual" in terms_many(["Patients had a review in the previous 12 months."])[0]
    assert tagged_together("The practice must ensure that patients with asthma receive an annual review.",
                           "The practice should increase the number of patients with respiratory conditions who "
                           "have had a structured review in the previous 12 months.")


def test_a_decontamination_room_is_a_place_and_an_annual_service_servicing():
    """vocab/aspects.toml `ignore` and vocab/synonyms.toml `equipment_servicing`: the room instruments are
    decontaminated in says where the steriliser is, not that cleaning is asked; its annual service is its
    servicing. The room's "cleaning" clashed with servicing asked of the same autoclave."""
    assert "cleaning" not in aspects("The steriliser in the decontamination room has an annual service.")
    assert "equipment_servicing" in terms_many(["The autoclave has an annual service."])[0]
    assert tagged_together("The provider must ensure that the autoclave is serviced and validated as the "
                           "manufacturer recommends.",
                           "The provider should ensure that the steriliser in the decontamination room has a current "
                           "validation certificate and an annual service.")


def test_calls_at_the_times_agreed_and_vehicles_cleaned_after_each_journey():
    """vocab/synonyms.toml `late_missed_call` and `clean_between_uses`: care calls "at the times agreed" are
    calls on time, and a vehicle cleaned after each patient journey is cleaned between uses."""
    times, journey = terms_many(["Care calls happen at the times agreed.",
                                 "Vehicles are cleaned after each patient journey."])
    assert "late_missed_call" in times
    assert "clean_between_uses" in journey
    assert tagged_together("The provider must ensure that care calls are made at the times agreed in people's care "
                           "plans.",
                           "The provider must ensure that care workers arrive at the agreed times; people said their "
                           "carers were often late.")


def test_an_x_ray_is_a_radiograph_and_its_reason_its_justification():
    """vocab/synonyms.toml `radiograph` and `justification`: the reasons for taking dental X-rays are the
    justification recorded for each radiograph (IR(ME)R); read as "ray" and "reason" the two shared only the
    record."""
    xray, = terms_many(["Dentists record the reasons for taking X-rays."])
    assert {"radiograph", "justific"} <= xray.keys() and "ray" not in xray
    assert tagged_together("We recommend the practice reviews how dentists record the reasons for taking X-rays and "
                           "what each one shows.",
                           "The practice should ensure that the justification and the report of every radiograph are "
                           "written in the patient's notes.")


def test_a_consultant_in_emergency_medicine_is_no_emergency_medicine():
    """vocab/synonyms.toml: emergency medicine as a specialty is the emergency department's, not the emergency
    drugs `emergency_medicine` names; an ED consultant meets ED medical staffing."""
    found, = terms_many(["There are enough consultants in emergency medicine."])
    assert {"ed", "doctor", "consultant"} <= found.keys() and "emergency_medicine" not in found
    assert tagged_together("The trust must ensure that medical staffing in the emergency department meets the "
                           "Royal College of Emergency Medicine's recommendations for consultant presence.",
                           "The trust should employ enough consultants in emergency medicine to give the cover "
                           "RCEM recommends.")


def test_physical_observations_are_physical_health_monitoring():
    """vocab/synonyms.toml: a patient's physical observations are their vital signs and the monitoring of their
    physical health, so observations after rapid tranquillisation meet physical health checks after it (one
    shared term, tranquillisation, and no shared aspect kept them apart)."""
    found, = terms_many(["Nurses take physical observations."])
    assert {"physical_health", "vital_signs"} <= found.keys()
    assert tagged_together("The trust should ensure that nurses take and record physical observations after rapid "
                           "tranquillisation.",
                           "The trust must ensure that patients' physical health is checked after rapid "
                           "tranquillisation, as NICE guidance sets out.")
