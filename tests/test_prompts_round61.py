"""Prompts for an outside reader's misfits (judge76), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts61)."""
from prompt_lines import lowered_lines

WARD = dict(services=["Medical care (including older people's care)"], report_types=["core-service-inspection-report"])
MH_WARD = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
               report_types=["core-service-inspection-report"])
CMHT = dict(services=["Community-based mental health services for adults of working age"],
            report_types=["core-service-inspection-report"])
COMMUNITY = dict(services=["Community health services for adults"], report_types=["core-service-inspection-report"])
MATERNITY = dict(services=["Maternity"], report_types=["trust-inspection-report"])
CARE_HOME = dict(report_types=["asc-care-home-inspection-report"])
OUTPATIENTS = dict(services=["Outpatients"], report_types=["hospital-inspection-report"])
SURGERY = dict(services=["Surgery"], report_types=["hospital-inspection-report"])


def test_staff_rehearsing_an_emergency_is_a_drill_not_daily_practice():
    """"staff practise evacuating a woman from the pool", "practise using the evacuation chair": drills held on a schedule
    and each member of staff's attendance, not practice watched on 10 occasions; day-to-day practice and practising
    privileges are no drill."""
    from cqcplan.pipeline.compose import kind_of
    for wording, where in (("The trust should ensure that staff practise evacuating a woman from the birthing pool.",
                            MATERNITY),
                           ("The provider should ensure that staff practise using the evacuation chair.", CARE_HOME)):
        change, tell, check, evidence = lowered_lines(wording, **where)
        assert "drill" in change and "drills" in tell, (change, tell)
        assert "drill schedule and attendance" in check and "observe practice" not in check, check
        assert "drill schedule" in evidence and "observation records" not in evidence, evidence
    assert kind_of("staff practise good hand hygiene").id != "rehearsal"
    assert kind_of("consultants' practising privileges are reviewed every two years").id != "rehearsal"


def test_discharges_at_night_are_counted_with_their_reasons():
    """Patients not discharged (or moved) at night for non-clinical reasons: every such discharge counted with its reason,
    not 10 patients' notes audited with practice observed."""
    for wording in ("The trust should ensure that patients are not discharged from the ward at night for non-clinical "
                    "reasons.",
                    "The trust should ensure that patients are not transferred between wards at night for non-clinical "
                    "reasons."):
        change, _, check, evidence = lowered_lines(wording, **WARD)
        assert "target" in change and "daily practice" not in change, change
        assert check.startswith("prompt: track") and "records of 10" not in check and "observe practice" not in check, check
    _, _, check, _ = lowered_lines("The trust should ensure that patients are not discharged from the ward at night for "
                                   "non-clinical reasons.", **WARD)
    assert "each discharge made at night" in check and "reason" in check, check


def test_a_service_made_more_available_at_the_times_named_is_cover_on_the_rota():
    """"improve the availability of the specialist palliative care team at weekends": who is on the rota at those times,
    not practice observed and patients' records audited."""
    for wording, where in (("The trust should improve the availability of the specialist palliative care team at weekends.",
                            WARD),
                           ("The trust should improve the availability of the crisis service out of hours.", CMHT)):
        change, _, check, evidence = lowered_lines(wording, **where)
        assert "cover needed" in change, change
        assert "rotas" in check and "observe practice" not in check and "records of 10" not in check, check
    from cqcplan.pipeline.compose import kind_of
    assert kind_of("improve the availability of beds at weekends").id != "staff_on_duty"  # beds, no one's shift


def test_temporary_notes_are_counted_not_given_a_record_template():
    """Records available for every clinic and temporary notes not used routinely: clinics held without the record counted,
    never "what a complete record must contain" or "audit 10 temporary notes"."""
    for wording in ("The trust must ensure that medical records in the outpatient department are available for all clinics "
                    "and that temporary records are not used routinely.",
                    "The trust should ensure that temporary notes are not used in outpatient clinics as a matter of "
                    "course."):
        change, _, check, evidence = lowered_lines(wording, **OUTPATIENTS)
        assert "complete record must contain" not in change, change
        assert "audit 10" not in check and "temporary" in check, check


def test_accommodation_complying_with_guidance_is_walked_round():
    """Accommodation that "complies with" guidance on same-sex accommodation is looked at on the ward, not in patients'
    records or by watching practice."""
    for wording in ("The trust must ensure that the sleeping accommodation on Ash ward complies with guidance on same-sex "
                    "accommodation.",
                    "The trust should ensure that the lounge on Larch ward complies with the guidance on eliminating "
                    "mixed-sex accommodation."):
        change, _, check, evidence = lowered_lines(wording, **MH_WARD)
        assert "walk-round" in change and "daily practice" not in change, change
        assert "walk round" in check and "records of 10" not in check and "observe practice" not in check, check
    from cqcplan.pipeline.compose import kind_of
    assert kind_of("staff in all areas comply with hand hygiene guidance").id != "premises"  # their practice, watched


def test_out_of_area_placements_are_the_organisations_to_settle():
    """Patients placed in beds outside the trust's area: its bed management, decided with its executives and tracked from
    the bed management log, not a target for the ward manager and consultant psychiatrist."""
    for wording in ("The trust should work to reduce out of area placements for patients who need an acute bed.",
                    "The trust should reduce the number of patients placed in out-of-area beds."):
        change, tell, check, _ = lowered_lines(wording, **MH_WARD)
        assert "executive" in change and "ward manager" not in change, change
        assert "management meetings" in tell, tell
        assert "bed management log" in check and "records of 10" not in check, check


def test_records_held_elsewhere_are_sent_to_the_service_and_filed():
    """Records of private consultations made available to the hospital, letters sent to it: what is sent, by whom and how
    soon, and where it is filed, never what a complete record must contain."""
    for wording, where in (("The provider should ensure that records of private consultations are made available to the "
                            "hospital.", OUTPATIENTS),
                           ("The provider should ensure that letters from consultants' private clinics are sent to the "
                            "hospital.", SURGERY)):
        change, _, check, evidence = lowered_lines(wording, **where)
        assert "complete record must contain" not in change and "filed" in change, change
        assert "trace 10 cases" in check and "filed" in evidence, (check, evidence)


def test_posts_to_recruit_to_are_a_recruitment_plan_not_caseloads():
    """Vacant posts to recruit to, naming no caseload: the recruitment plan and how the work is covered meanwhile, not
    caseloads allocated and weighted; posts recruited to so that caseloads are manageable keep the caseloads."""
    for wording, where in (("The provider should continue to fill vacant nursing posts on the surgical ward.", SURGERY),
                           ("The trust should continue recruiting to registered nurse vacancies.", WARD)):
        lines = lowered_lines(wording, **where)
        assert not any("caseload" in line for line in lines), lines
        assert "recruitment plan" in lines[0] and "recruitment plan" in lines[1], lines
        assert "recruitment tracker" in lines[3], lines[3]
    _, _, check, _ = lowered_lines("The trust should recruit to vacant district nursing posts so that caseloads are "
                                   "manageable.", **COMMUNITY)
    assert "caseload sizes" in check, check


def test_a_policy_to_rewrite_gets_the_document_lines():
    """"update its long-term segregation policy so that it reflects the Code of Practice", "update its infection prevention
    and control policy": the document rewritten, approved and shared, not a topic's lines for the practice it governs
    (how segregation is used and reviewed, cleaning schedules); a topic written for its document (the data protection
    policy) keeps its own."""
    for wording, where in (("The trust should update its long-term segregation policy so that it reflects the Mental Health "
                            "Act Code of Practice.", MH_WARD),
                           ("The trust should update its infection prevention and control policy so that it reflects "
                            "current national guidance.", WARD)):
        change, tell, check, evidence = lowered_lines(wording, **where)
        assert "who writes or updates the document" in change, change
        assert "document changes for them" in tell, tell
        assert check.startswith("prompt: check once it is approved"), check
    change, _, _, _ = lowered_lines("The provider should review and update its data protection policy.", **COMMUNITY)
    assert "ico" in change, change


def test_staff_briefed_at_the_start_of_a_shift_sign_for_the_briefing():
    """Agency or temporary staff briefed on patients' risks or the ligature points when they start: the briefing given and
    signed for on each shift, not the risk assessment it is about."""
    for wording, where in (("The trust should ensure that agency nurses are briefed on each patient's risks at the start of "
                            "every shift.", WARD),
                           ("The trust should ensure that agency staff are briefed on the ligature points on the ward when "
                            "they arrive.", MH_WARD)):
        change, _, check, evidence = lowered_lines(wording, **where)
        assert "who gives the briefing" in change and "anchor point" not in change and "repair" not in change, change
        assert "briefing records against the rota" in check, check
        assert "signed briefing records" in evidence, evidence
    from cqcplan.pipeline.compose import kind_of
    assert kind_of("new patients are told about the complaints process").id != "briefing"  # patients told, no staff briefed


def test_mental_health_act_lines_name_the_settings_own_managers():
    """A community team's patients on community treatment orders: decided with the team's managers, about what a CTO needs,
    never the ward manager and section 17 leave forms; a ward's detained patients keep the ward's managers."""
    for wording in ("The trust should ensure that consent to treatment is certified for patients on community treatment "
                    "orders once due.",
                    "The trust should ensure that staff explain to patients on a community treatment order their rights "
                    "regularly."):
        change, _, _, _ = lowered_lines(wording, **CMHT)
        assert "team manager" in change and "ward manager" not in change, change
        assert "section 17 leave" not in change and "community treatment order" in change, change
    change, _, _, _ = lowered_lines("The trust must ensure that detained patients have their rights under section 132 "
                                    "explained to them on admission.", **MH_WARD)
    assert "ward manager" in change and "mha administrator" in change, change


def test_what_a_place_is_for_is_seen_on_the_walk_round_not_in_records():
    """A place kept clear or available "so that people can use it": the walk-round that confirms the place shows what it is
    for; no "records that show" it are invented beside the checklists."""
    for wording, where in (("The provider should ensure that the garden is kept clear so that people can use it safely.",
                            CARE_HOME),
                           ("The trust should ensure that the quiet room on Oak ward is available so that patients have "
                            "somewhere calm to go.", MH_WARD)):
        _, _, check, evidence = lowered_lines(wording, **where)
        assert "walk round" in check, check
        assert "walk-round checklists" in evidence and "records that show" not in evidence, evidence
