"""Hand-built `Extraction`s in the shapes real reports give, for the plan and render tests.

acute_trust: one NHS trust report, core services, cited regulations, tags, a must and
  a should merged into one action, actions listed out of order.
care_home: an adult social care report, narrative breaches and "We recommend"
  sentences (derived), no core services, no actions yet (merge not run).
mental_health: two core-service PDFs, MHA and restrictive practice, a 2009
  Registration regulation and a pre-2015 citation.
nasty(): text that breaks naive XML, Jinja, CSV and spreadsheets.
"""

from datetime import date

from cqcplan.models import Action, Extraction, Finding, MergeLink, Place, Regulation, ReportMeta, Tag

SAFE_CARE = Regulation(instrument="RA2014", number="12", paragraphs="(2)(g)", title="Safe care and treatment")
STAFFING = Regulation(instrument="RA2014", number="18", paragraphs="(1)", title="Staffing")
TRAINING = Regulation(instrument="RA2014", number="18", paragraphs="(2)(a)", title="Staffing")
GOVERNANCE = Regulation(instrument="RA2014", number="17", paragraphs="(1)(2)(b)", title="Good governance")
MUST_HEADING = "Action the trust MUST take to improve"
SHOULD_HEADING = "Action the trust SHOULD take to improve"

NASTY = 'Staff & “patients” said <ward 7> wasn’t safe – {{ 7*7 }} {% if x %}boom{% endif %} "quoted" {# c #} 50% > 40%'
FORMULA = "=HYPERLINK(\"http://example.invalid\", \"click\") must not run"


def _tag(field: str, value: str, basis: str, evidence: str = "", confidence: float = 0.9) -> Tag:
    return Tag(field=field, value=value, basis=basis, evidence=evidence, rule_id=f"test.{field}.{basis}",
               confidence=confidence)


def _report(file: str, **kw) -> ReportMeta:
    return ReportMeta(file=file, sha256=(file.encode().hex() * 64)[:64], report_type="Inspection report", **kw)


def acute_trust() -> Extraction:
    report = _report(
        "anytown-2024.pdf",
        provider="Anytown Hospitals NHS Foundation Trust",
        location="Anytown General Hospital",
        inspection_dates=[date(2024, 3, 5), date(2024, 3, 6), date(2024, 3, 7)],
        published=date(2024, 6, 12),
        ratings={"overall": "Requires improvement", "safe": "Inadequate", "effective": "Requires improvement",
                 "caring": "Good", "responsive": "Requires improvement", "well-led": "Outstanding"},
        services=["Urgent and emergency care", "Medical care (including older people's care)", "Surgery",
                  "Maternity", "Outpatients"],
    )
    f = "anytown-2024.pdf"
    findings = [
        Finding(id="f-fridge", kind="must", file=f, page=14, section=MUST_HEADING, service="Urgent and emergency care",
                text="The trust must ensure that medicines are stored at the correct temperature and that fridge "
                     "temperatures are recorded daily. (Regulation 12(2)(g))",
                domain="Safe", regulations=[SAFE_CARE],
                also_at=[Place(page=5, section="Areas for improvement")],
                tags=[_tag("regulation", "12", "explicit", "Regulation 12(2)(g)", 1.0),
                      _tag("domain", "Safe", "section", "Is the service safe?")]),
        Finding(id="f-staffing", kind="must", file=f, page=15, section=MUST_HEADING,
                service="Medical care (including older people's care)",
                text="The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
                     "experienced nursing staff on every shift. (Regulation 18(1))",
                domain="safe", regulations=[STAFFING]),
        Finding(id="f-who", kind="should", file=f, page=16, section=SHOULD_HEADING, service="Surgery",
                text="The trust should ensure that the WHO surgical safety checklist is fully completed for every patient.",
                domain="Safe", review=True,
                tags=[_tag("domain", "Safe", "wording", "surgical safety checklist", 0.55)]),
        Finding(id="f-training", kind="must", file=f, page=17, section=MUST_HEADING, service="Maternity",
                text="The trust must ensure that staff complete mandatory training, including safeguarding children "
                     "level 3, in line with trust targets. (Regulation 18(2)(a))",
                domain="Effective", regulations=[TRAINING]),
        Finding(id="f-governance", kind="must", file=f, page=18, section=MUST_HEADING,
                service="Medical care (including older people's care)",
                text="The trust must ensure that governance processes provide effective oversight of risks, "
                     "including the risk register. (Regulation 17(1)(2)(b))",
                domain="well led", regulations=[GOVERNANCE], quality_statement="Governance, management and sustainability"),
        Finding(id="f-fridge-should", kind="should", file=f, page=19, section=SHOULD_HEADING,
                service="Medical care (including older people's care)",
                text="The trust should ensure that fridge temperatures are monitored and action taken when they are "
                     "out of range.", domain="Safe"),
        Finding(id="f-rtt", kind="should", file=f, page=20, section=SHOULD_HEADING, service="Outpatients",
                text="The trust should continue to reduce referral to treatment (RTT) waiting times in outpatients.",
                domain="Responsive"),
        Finding(id="f-learning", kind="should", file=f, page=22, section="Areas for improvement",
                text="The trust should ensure that learning from incidents is shared with staff across all divisions.",
                domain="Well-led"),
    ]
    actions = [Action(ref="A7", findings=["f-rtt"]), Action(ref="A1", findings=["f-fridge-should", "f-fridge"], merges=[
                   MergeLink(a="f-fridge-should", b="f-fridge", a_file=f, b_file=f, score=0.514,
                             shared_terms=["fridge", "temperatures"])]),
               Action(ref="A3", findings=["f-who"]), Action(ref="A2", findings=["f-staffing"]),
               Action(ref="A5", findings=["f-governance"]), Action(ref="A4", findings=["f-training"]),
               Action(ref="A8", findings=["f-learning"])]
    return Extraction(reports=[report], findings=findings, actions=actions)


# Expected plan for acute_trust(): ref -> finding ids in the action, musts first.
ACUTE_REFS = {
    "M1": ["f-fridge", "f-fridge-should"],
    "M2": ["f-staffing"],
    "M3": ["f-training"],
    "M4": ["f-governance"],
    "S1": ["f-who"],
    "S2": ["f-rtt"],
    "S3": ["f-learning"],
}


def care_home() -> Extraction:
    f = "oakfield-house.pdf"
    breach = " of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
    report = _report(f, provider="Oakfield Care Ltd", location="Oakfield House",
                     inspection_dates=[date(2023, 11, 28), date(2023, 12, 4)], published=None,
                     ratings={"overall": "Inadequate", "safe": "Inadequate", "effective": "Requires improvement",
                              "caring": "Good", "responsive": "Requires improvement", "well-led": "Inadequate"})
    findings = [
        Finding(id="c1", kind="must", file=f, page=6, section="Is the service safe?", derived=True, domain="Safe",
                text="The provider had failed to ensure people's medicines were managed safely; MAR charts had gaps "
                     "and PRN protocols were missing. This was a breach of regulation 12 (Safe care and treatment)" + breach,
                regulations=[Regulation(instrument="RA2014", number="12", title="Safe care and treatment")]),
        Finding(id="c2", kind="must", file=f, page=7, section="Is the service safe?", derived=True, domain="Safe",
                text="Two staff files had no DBS check and no references. This was a breach of regulation 19 "
                     "(Fit and proper persons employed)" + breach,
                regulations=[Regulation(instrument="RA2014", number="19")]),
        Finding(id="c3", kind="should", file=f, page=9, section="Is the service effective?", derived=True,
                domain="Effective",
                text="We recommend the provider seeks advice and guidance from a reputable source about the Mental "
                     "Capacity Act 2005 and DoLS, and updates its practice accordingly."),
        Finding(id="c4", kind="should", file=f, page=10, section="Is the service effective?", derived=True,
                text="We recommend the provider reviews how people's food and fluid intake is recorded and "
                     "monitored, including for people at risk of malnutrition. The service used agency staff."),
        Finding(id="c5", kind="must", file=f, page=13, section="Is the service well-led?", derived=True,
                domain="Well-led",
                text="Systems were either not in place or robust enough to demonstrate safety was effectively "
                     "managed. This was a breach of regulation 17 (Good governance)" + breach,
                regulations=[Regulation(instrument="RA2014", number="17", title="Good governance")]),
    ]
    return Extraction(reports=[report], findings=findings, actions=[])


def mental_health() -> Extraction:
    wards, community = "acute-wards.pdf", "community-mh.pdf"
    reports = [
        _report(wards, provider="Northshire Mental Health NHS Trust",
                location="Acute wards for adults of working age and psychiatric intensive care units",
                inspection_dates=[date(2016, 11, 14)], published=date(2017, 3, 30),
                ratings={"overall": "Requires improvement", "safe": "Requires improvement"},
                services=["Acute wards for adults of working age and psychiatric intensive care units"]),
        _report(community, provider="Northshire Mental Health NHS Trust",
                location="Community-based mental health services for adults of working age",
                inspection_dates=[date(2016, 11, 15)], published=date(2017, 3, 30),
                ratings={"overall": "Good"}),
    ]
    findings = [
        Finding(id="w2", kind="should", file=wards, page=12, section="Action the provider SHOULD take to improve",
                service="Acute wards for adults of working age and psychiatric intensive care units",
                text="The trust should review its use of seclusion and restraint on Willow ward, including "
                     "prone restraint, and record debriefs."),
        Finding(id="w1", kind="must", file=wards, page=11, section="Action the provider MUST take to improve",
                service="Acute wards for adults of working age and psychiatric intensive care units",
                text="The trust must ensure that patients detained under the Mental Health Act have their rights "
                     "explained under section 132 and that this is repeated and recorded. (Regulation 9)",
                regulations=[Regulation(instrument="RA2014", number="9", title="Person-centred care")]),
        Finding(id="k1", kind="must", file=community, page=8, section="Action the provider MUST take to improve",
                service="Community-based mental health services for adults of working age",
                text="The trust must notify CQC without delay of incidents that affect the health, safety and "
                     "welfare of people who use services. (Regulation 18 of the Care Quality Commission "
                     "(Registration) Regulations 2009)",
                regulations=[Regulation(instrument="REG2009", number="18", title="Notification of other incidents")]),
        Finding(id="k2", kind="must", file=community, page=9, section="Action the provider MUST take to improve",
                service="Community-based mental health services for adults of working age",
                text="The trust must ensure that every patient has a care plan that reflects their individual needs "
                     "and preferences. (Regulation 9 HSCA 2008 (Regulated Activities) Regulations 2010)",
                regulations=[Regulation(instrument="RA2010", number="9", title="Care and welfare of service users")]),
    ]
    return Extraction(reports=reports, findings=findings,
                      actions=[Action(ref="A1", findings=["k1"]), Action(ref="A2", findings=["w1"])])


def nasty() -> Extraction:
    """A small plan whose every free-text field carries characters that break naive writers."""
    report = _report("odd & <name>.pdf", provider=f"Provider {NASTY}", location="Unit “B” – east",
                     ratings={"overall": "Good"})
    findings = [
        Finding(id="n1", kind="must", file="odd & <name>.pdf", page=3, section=f"Section {NASTY}",
                service=f"Service {NASTY}", text=f"The provider must ensure {NASTY}."),
        Finding(id="n2", kind="should", file="odd & <name>.pdf", page=4, section="Areas for improvement",
                text=FORMULA),
    ]
    return Extraction(reports=[report], findings=findings, actions=[])


ALL = {"acute_trust": acute_trust, "care_home": care_home, "mental_health": mental_health, "nasty": nasty}
