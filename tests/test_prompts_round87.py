"""Prompts for a second outside reader's misfits (judge109), each by a rule for a class of statement (prompts87): a
statement quoted into a prompt is never clipped (a passive cut before "at the intervals set out in", two nouns of one
"of" split at their "and", a place word naming a meeting taken for where staff are); governance of risks is the risk
register; a change that hangs on another team (a prison's officers, whoever runs incident reporting) is agreed with
them; information to be held on every ward is looked for on each; what staff understand is asked of them; something
added that was missing is no hazard to keep people safe from; figures to monitor set no target; queues and sharps keep
no records to sample. Wordings are new, not the reader's items."""
from cqcplan.pipeline.asks import quoted
from cqcplan.pipeline.compose import named_staff
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
LD_WARDS = dict(services=["Wards for people with a learning disability or autism"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
CHILDREN = dict(services=["Services for children and young people"], **CORE)
DENTAL = dict(report_types=["dental-inspection-report"])
PRISON = dict(report="Acme Custodial Care Ltd\nHMP Nowhere\nHealthcare services", report_types=["gp-inspection-report"])
OUT_OF_HOURS = dict(report="Dale Urgent Care Ltd\nDale out-of-hours service\nEnsure the base is clean.",
                    report_types=["gp-inspection-report"])


def test_a_passive_is_quoted_with_the_intervals_it_is_done_at():
    assert quoted("fluid balance charts are totalled at the intervals set out in the trust's policy") == \
        "fluid balance charts are totalled at the intervals set out in the trust's policy"
    assert quoted("mattresses are audited, in line with the trust's infection control policy") == \
        "mattresses are audited, in line with the trust's infection control policy"  # a bare verb kept whole, as before
    assert quoted("staff follow the falls prevention pathway for each patient in line with national guidance") == \
        "staff follow the falls prevention pathway for each patient"  # the guidance after an object: still cut


def test_two_nouns_of_one_of_are_not_split_at_their_and():
    change, told, check, evidence = lowered_lines("The provider should consider how it involves patients in the design "
                                                  "and review of the day service, for example through a user group.",
                                                  **LD_WARDS)
    assert "the design; review" not in change + told + check + evidence, change
    change, told, check, evidence = lowered_lines("The provider should appoint a lead for the clinic and review the "
                                                  "staffing of the clinic.", **LD_WARDS)
    assert "review the staffing" in change + check, (change, check)  # an instruction after "and": still its own ask


def test_a_place_word_naming_a_meeting_is_not_where_staff_are():
    assert named_staff("Learning from complaints is shared with staff at ward meetings.") == ""
    assert named_staff("Learning from complaints is shared with staff at the ward huddle.") == ""
    assert named_staff("Staff in the community team have supervision.") == "staff in the community team"


def test_governance_that_identifies_and_acts_on_risks_shows_the_risk_register():
    change, told, check, evidence = lowered_lines("The trust must ensure that governance processes in the surgical "
                                                  "division identify and mitigate risks promptly.", **CHILDREN)
    assert "risk register" in evidence and "risk register" in check, (check, evidence)


def test_a_change_on_the_wings_is_agreed_with_the_prison():
    change, told, check, evidence = lowered_lines("The provider must ensure that the medication hatch on each wing is "
                                                  "staffed so that prisoners are not kept waiting in the rain.", **PRISON)
    assert "prison's residential managers" in change, change
    change, told, check, evidence = lowered_lines("The provider must ensure that controlled drugs are checked daily.",
                                                  **PRISON)
    assert "residential managers" not in change, change  # healthcare's own practice


def test_incident_information_reaching_managers_is_agreed_with_whoever_runs_incident_reporting():
    change, told, check, evidence = lowered_lines("The trust should ensure that team managers are informed of incidents "
                                                  "involving their patients within one working day.", **MEDICAL)
    assert "incident reporting system" in change, change


def test_information_held_on_every_ward_is_looked_for_on_each():
    change, told, check, evidence = lowered_lines("The provider should ensure that easy read information about how to "
                                                  "complain is available on each ward.", **LD_WARDS)
    assert "visit each place" in check and "each place" in evidence, (check, evidence)
    change, told, check, evidence = lowered_lines("The provider should ensure that patients are given easy read "
                                                  "information about their medicines.", **LD_WARDS)
    assert "visit each place" not in check, check  # given to each person: asked of them, as before


def test_what_staff_understand_and_apply_is_asked_of_them():
    change, told, check, evidence = lowered_lines("The trust should ensure that staff understand and apply the "
                                                  "principles of the Deprivation of Liberty Safeguards.", **MEDICAL)
    assert "ask a sample" in check or "staff asked" in check, check


def test_something_added_that_was_missing_is_no_hazard_to_keep_people_safe_from():
    change, told, check, evidence = lowered_lines("The provider should consider installing a baby changing unit in the "
                                                  "patient toilet.", **DENTAL)
    assert "kept safe" not in change and "helped until it is in place" in change, change
    change, told, check, evidence = lowered_lines("The provider must ensure that the broken window restrictors are "
                                                  "replaced.", **DENTAL)
    assert "kept safe" in change, change  # a hazard: people kept safe until the work is done, as before


def test_figures_to_monitor_set_no_target():
    change, told, check, evidence = lowered_lines("Continue to monitor the call back times of the clinical advice "
                                                  "service.", **OUT_OF_HOURS)
    assert "agree the target" not in change and "collected" in change, change


def test_queues_and_sharps_keep_no_records_to_sample():
    change, told, check, evidence = lowered_lines("The provider should ensure that sharps are disposed of safely and "
                                                  "that the sharps risk assessment is updated.", **DENTAL)
    assert "observe" in check and "sharps risk assessment" in check, check
    change, told, check, evidence = lowered_lines("The provider should ensure that safer sharps are available in all "
                                                  "treatment rooms and are used.", **DENTAL)
    assert "records of safer sharps" not in check + evidence, (check, evidence)
    for wording in ("The provider must ensure that the insulin queues on the wings are supervised by staff.",
                    "The provider should ensure that safety-engineered needles are used where possible."):
        change, told, check, evidence = lowered_lines(wording, **PRISON if "wings" in wording else DENTAL)
        assert "records of insulin queues" not in check + evidence and "records of safety-engineered" not in check + evidence, \
            (check, evidence)


def test_the_telephone_advice_clinicians_give_is_told_to_the_clinicians():
    change, told, check, evidence = lowered_lines("Continue to monitor the call back times of the clinical advice "
                                                  "service.", **OUT_OF_HOURS)
    assert "drivers" not in told and "clinicians" in told, told
    change, told, check, evidence = lowered_lines("Continue to monitor the arrival times of the home visiting "
                                                  "cars.", **OUT_OF_HOURS)
    assert "drivers" in told, told  # the whole shift, as before
