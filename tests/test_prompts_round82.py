"""Prompts for outside readers' misfits (judge103), each by a rule for a class of statement (prompts82): a 2010-14 breach
sentence turned to its reason, drills held and logged, every staff group told, a place's use counted, a dose timed from the
chart, a complaint's outcome given by those who handle complaints, equipment delivered by the day it is needed, help at
mealtimes organised at the meal, hands cleaned as hand hygiene, labels looked at, a patients' group widened, learning
reaching each team, posts recruited to, an action across settings decided by each. Wordings are new, not the reader's items."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import kind_of, named_staff, place_for
from cqcplan.pipeline.scaffold import composable

CORE = dict(report_types=["core-service-inspection-report"])
CARE_HOME = dict(report_types=["asc-inspection-report"])
GP = dict(report_types=["gp-inspection-report"])
UEC = dict(services=["Urgent and emergency care"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
COMMUNITY = dict(services=["Community health services for adults"], **CORE)


def test_a_2010_breach_of_people_who_use_services_is_turned_to_its_reason_not_restated_with_its_not():
    for wording, aim in (
            ("People who use services were not protected against the risks associated with infection because the provider "
             "did not have effective systems to assess the risk of the spread of infection.",
             "the provider has effective systems to assess the risk of the spread of infection"),
            ("People who use services and others were not protected against the risks of unsafe premises because the "
             "provider had not taken steps to carry out regular checks of the fire alarm.",
             "the provider takes steps to carry out regular checks of the fire alarm"),
            ("People using the service were not protected from the risk of abuse because staff had not been given "
             "safeguarding training.", "staff are given safeguarding training"),
            ("Children and young people were not safeguarded from abuse because staff had not received training in "
             "recognising it.", "staff receive training in recognising it")):
        assert [a.text for a in composable(wording)] == [aim], composable(wording)
        change, told, check, _ = lowered_lines(wording, **CARE_HOME)
        assert "not protected" not in change + told + check, change


def test_fire_drills_recorded_are_a_schedule_of_drills_not_each_persons_training():
    assert kind_of("fire drills are recorded").id == "periodic"
    assert kind_of("the practice records its fire drills").id == "periodic"
    change, told, check, evidence = lowered_lines("The practice must make sure the legionella risk assessment actions are "
                                                  "completed and that evacuation drills are recorded.", **GP)
    assert "released to do it" not in change + told and "until all are complete" not in check, (change, check)


def test_all_staff_groups_including_one_named_are_every_group_told():
    assert named_staff("The trust should ensure that learning from complaints is shared with all staff groups on the ward, "
                       "including agency nurses.") == "all staff groups on the ward, including agency nurses"
    assert named_staff("The trust should ensure that safety alerts reach all staff groups, including locum doctors.") == \
        "all staff groups, including locum doctors"
    _, told, *_ = lowered_lines("The trust should ensure that learning from incidents is shared with all staff groups in the "
                                "unit, including locum doctors.", **UEC)
    assert told.startswith("prompt: tell all staff groups in the unit, including locum doctors, "), told


def test_how_much_a_place_is_used_is_counted_not_walked_round():
    change, told, check, evidence = lowered_lines("The trust should ensure that the ambulatory care unit is used consistently "
                                                  "to avoid admissions.", **MEDICAL)
    assert "walk round" not in check and "walk-round" not in evidence, (check, evidence)
    assert "register" in check, check
    *_, check, _ = lowered_lines("The trust should ensure that the discharge lounge is fully used so that beds are freed earlier.",
                                 **MEDICAL)
    assert "discharge lounge each day" in check and "time of day" in check, check


def test_a_dose_within_an_hour_of_arrival_is_timed_from_the_drug_chart_not_the_triage_log():
    *_, check, evidence = lowered_lines("The trust should increase the proportion of patients with suspected neutropenic sepsis "
                                        "who are given antibiotics within one hour of arrival.", **UEC)
    assert "triage or attendance log" not in check + evidence, check
    assert "drug chart" in check and "drug chart" in evidence, check


def test_a_complaints_outcome_is_given_by_those_who_handle_complaints_and_checked_in_the_complaints_log():
    change, told, check, evidence = lowered_lines("The provider should make sure that relatives are informed of the outcome "
                                                  "of their complaint.", **CARE_HOME)
    assert "care staff" not in told and "managers who handle complaints" in told, told
    assert "complaints log" in check and "complaints log" in evidence, (check, evidence)
    assert "records of 10 people" not in check, check


def test_equipment_needed_at_home_is_ordered_and_delivered_in_time_not_offered():
    change, told, check, evidence = lowered_lines("The trust should ensure that patients leaving hospital receive their "
                                                  "pressure-relieving mattresses before they go home.", **COMMUNITY)
    assert "offered or told" not in change and "offered or explained" not in told, (change, told)
    assert "delivered" in check and "equipment service" in told + evidence, (check, told)


def test_help_to_eat_at_mealtimes_is_organised_at_the_meal_not_screened_and_charted():
    change, *_ = lowered_lines("The trust should make sure that people who need assistance at mealtimes get it while their "
                               "food is still hot.", **MEDICAL)
    assert "screened, planned, charted" not in change and "at each meal" in change, change


def test_staff_cleaning_their_hands_is_hand_hygiene_not_a_cleaning_task():
    change, told, check, _ = lowered_lines("The trust should ensure that staff on the surgical wards are bare below the "
                                           "elbows and clean their hands after removing gloves.", **MEDICAL)
    assert "whoever does the cleaning" not in told and "signed off" not in told, told
    assert "observe hand hygiene" in check, check


def test_a_label_on_a_thing_is_looked_at_where_it_is_kept_not_sampled_in_records():
    assert kind_of("hoist slings are labelled with the name of the person they belong to").id == "labels"
    assert kind_of("care records are labelled with the person's name").id == "records"
    *_, check, evidence = lowered_lines("The provider must ensure that opened creams and liquids are labelled with the date "
                                        "of opening.", **CARE_HOME)
    assert "records of" not in check and "where they are kept" in check, check


def test_a_patients_group_made_representative_recruits_its_missing_members_not_gathers_views():
    change, told, check, evidence = lowered_lines("The practice should continue to encourage more diverse membership of its "
                                                  "patient participation group.", **GP)
    assert "you said, we did" not in change and "under-represented" in change, change
    assert "membership" in check and "population" in check, check


def test_learning_shared_across_teams_reaches_each_team_not_a_meetings_review():
    assert kind_of("learning from falls reviews is shared across all wards").id == "sharing"
    change, told, check, evidence = lowered_lines("The trust should ensure that learning from falls reviews is spread "
                                                  "across all the neighbourhood teams.", **COMMUNITY)
    assert "which meeting or manager reviews" not in change and "every team" in change, change
    assert "each team" in check, check


def test_posts_with_a_long_name_are_recruited_to_and_managers_are_told_as_their_own_monitoring():
    assert kind_of("recruit to vacant band 5 community staff nurse posts").id == "establishment"
    _, told, *_ = lowered_lines("The trust should recruit to vacant band 6 community matron posts and monitor the use of "
                                "agency staff.", **COMMUNITY)
    assert "in their work" not in told, told


def test_an_action_across_two_settings_is_decided_with_each_settings_managers():
    wording = ("The trust should ensure that community staff have an annual appraisal.\n"
               "The trust should ensure that nurses on the medical wards have an annual appraisal.")
    place = place_for(wording, ["Community health services for adults", "Medical care (including older people's care)"],
                      ["core-service-inspection-report"])
    assert "community team leader" in place.owner and "medical care" in place.owner, place.owner


def test_arrangements_for_keeping_and_giving_medicines_are_the_medicines_lines():
    *_, check, evidence = lowered_lines("People were not protected against the risks associated with medicines because the "
                                        "provider did not have suitable arrangements for the safe keeping and administration "
                                        "of medicines.", **CARE_HOME)
    assert "mar" in check and "storage" in check, check
