"""The report's facts: list headings that end a sentence, 2010 regulations, notices and their
types, the response date, the report family, and what is said when nothing was read."""

from datetime import date

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.models.finding import Finding, Regulation, Tag
from cqcplan.models.report import ReportMeta, RequirementNotice
from cqcplan.models.structure import Structure
from cqcplan.pipeline import facts
from cqcplan.pipeline import structure_patterns as sp
from cqcplan.pipeline.citations import find_citations
from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.metadata import report_family, report_type
from cqcplan.pipeline.notices import enforcement_type


def test_dental_headings_that_end_a_sentence_open_lists():
    built = doc(
        PageBreak,
        line("We identified regulations the provider was not complying with. They must:"),
        bullet("Ensure care and treatment is provided in a safe way to patients."),
        line("There were areas where the provider could make improvements. They should:", gap=8),
        bullet("Take action to ensure the clinicians take into account the guidance on antimicrobial prescribing."),
    )
    found = extract(locate(built), "dental.pdf")
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure care and treatment is provided in a safe way to patients."),
        ("should", "Take action to ensure the clinicians take into account the guidance on antimicrobial prescribing."),
    ]


@pytest.mark.parametrize("heading, kind", [
    ("The practice should:", "should"), ("The provider must:", "must"), ("They must:", "must"),
    ("Action the provider must take to comply with the regulations", "must"),
    ("Staff told us they must:", None), ("Patients said the practice should", None),
])
def test_list_heading_variants(heading, kind):
    assert sp.opener_kind(heading) == kind


@pytest.mark.parametrize("text, expected", [
    ("Regulation 13 HSCA 2008 (Regulated Activities) Regulations 2010 Management of medicines", ("RA2010", "13", "Management of medicines")),
    ("Health and Social Care Act 2008 (Regulated Activities) Regulations 2010 Regulation 13 Management of medicines", ("RA2010", "13", "Management of medicines")),
    ("(Regulation 13 (Management of medicines))", ("RA2010", "13", "Management of medicines")),
    ("(Regulation 13)", ("RA2014", "13", "Safeguarding service users from abuse and improper treatment")),
])
def test_2010_citations_keep_their_instrument_and_title(text, expected):
    reg = find_citations(text)[0]
    assert (reg.instrument, reg.number, reg.title) == expected


def test_a_bare_citation_in_a_pre_2015_report_is_a_2010_regulation():
    assert [(r.instrument, r.title) for r in find_citations("(Regulation 13)", "RA2010")] == [("RA2010", "Management of medicines")]
    assert [r.instrument for r in find_citations("(Regulation 5)", "RA2010")] == ["RA2014"]  # no 2010 regulation 5
    meta = ReportMeta(file="r.pdf", sha256="0", report_type="x", inspection_dates=[date(2014, 12, 2)])
    assert facts.default_instrument(meta, [], []) == "RA2010"
    assert facts.default_instrument(meta.model_copy(update={"inspection_dates": [date(2015, 4, 1)]}), [], []) == "RA2014"


def _worded(text: str, *numbers: str) -> Finding:
    tags = [Tag(field="regulation", value=f"RA2014 {n}", basis="wording", evidence="x", rule_id=f"cue.{n}", confidence=0.8)
            for n in numbers]
    return Finding(id="M1", kind="must", text=text, file="r.pdf", page=1, section="s",
                   regulations=[Regulation(instrument="RA2014", number=n) for n in numbers], tags=tags)


def test_wording_tags_in_a_pre_2015_report_become_2010_regulations():
    medicines = _worded("The provider must ensure that medicines are managed safely.", "12", "17")
    carried = facts.legacy_regulations([medicines], "RA2010")[0]
    assert [(r.instrument, r.number, r.title) for r in carried.regulations] == [
        ("RA2010", "13", "Management of medicines"),
        ("RA2010", "10", "Assessing and monitoring the quality of service provision")]
    assert {t.value for t in carried.tags} == {"RA2010 13", "RA2010 10"}
    assert facts.legacy_regulations([medicines], "RA2014")[0] == medicines


@pytest.mark.parametrize("text, expected", [
    ("How the regulation was not being met:\nThe enforcement action we took:\nWe served a warning notice.", "warning_notice"),
    ("We issued a notice of proposal to cancel the provider's registration.", "notice_of_proposal"),
    ("We imposed conditions on the provider's registration.", "conditions"),
    ("Staff were not trained.", "enforcement_action"),
])
def test_enforcement_rows_name_what_cqc_did(text, expected):
    assert enforcement_type("enforcement", text) == expected
    assert enforcement_type("requirement_notice", text) == "requirement_notice"


def _row(number: str, statement: str, type_: str) -> RequirementNotice:
    return RequirementNotice(kind="enforcement", activities=["Surgical procedures"], heading=f"Regulation {number}",
                             regulation=Regulation(instrument="RA2014", number=number), text=statement, page=30,
                             type=type_, statement=statement)


def test_a_cited_must_carries_the_notice_row_that_shares_its_words():
    cited = Finding(id="M1", kind="must", text="The trust must ensure controlled drugs are checked daily (Regulation 12).",
                    file="r.pdf", page=3, section="s", regulations=[Regulation(instrument="RA2014", number="12")])
    rows = [_row("12", "Patients in the emergency department were not assessed promptly.", "warning_notice"),
            _row("12", "Controlled drugs were not checked daily on the wards.", "requirement_notice")]
    linked = facts.link_enforcement([cited], rows)[0]
    assert [(e.type, e.page, e.activities) for e in linked.enforcement] == [("requirement_notice", 30, ["Surgical procedures"])]
    should = cited.model_copy(update={"kind": "should"})
    assert facts.link_enforcement([should], rows)[0].enforcement == []


def test_the_response_date_is_read_only_where_the_report_gives_one():
    assert facts.response_due(["The provider must send us a report that says what action they are going to take by 14 June 2019."]) == date(2019, 6, 14)
    assert facts.response_due(["The provider must send CQC a report that says what action they are going to take."]) is None


@pytest.mark.parametrize("text, service, provider, family, kind", [
    ("Inspection report\nMaternity\nIs the service safe?\nPatients on the ward", "Maternity", "Anytown NHS Trust", "nhs-core-service", "core-service-inspection-report"),
    ("Inspection report\nIs the service safe?\nRating for this service\nThe registered manager and care home", None, "Meadow Homes Limited", "adult-social-care", "asc-inspection-report"),
    ("Inspection report\nBright Smiles Dental Practice\nAre services safe?", None, "Bright Smiles Ltd", "dental", "dental-inspection-report"),
    ("Inspection report\nThe trust runs children's services, dental services and an integrated sexual health service.\n"
     "Are services safe?\nPatients at the clinic", None, "Brook Community Health NHS Trust", "nhs-trust", "trust-inspection-report"),
    ("Inspection report\nAcute wards for adults of working age and psychiatric intensive care units\nIs the service safe?", None, "Anytown NHS Trust", "mental-health", "trust-inspection-report"),
    ("Inspection report\nUrgent and emergency care\nAre services safe?\nPatients in the department", "Urgent and emergency care", "Anytown NHS Trust", "nhs-core-service", "core-service-inspection-report"),
    ("Inspection report\nThe Beeches Hospital\nSurgery\nAre services safe?\nPatients on the ward", None, "Northfield Healthcare Limited", "independent-hospital", "hospital-inspection-report"),
    ("Inspection report\nAre services safe?\nPopulation groups\nPeople with long-term conditions", None, "Dr A Shah", "gp", "gp-inspection-report"),
    ("Inspection report\nPeople with long-term conditions\nAre services safe?", None, "Dr A Shah", "gp", "gp-inspection-report"),
    ("Quality Report\nKingsmere General Hospital\nAre acute services at this hospital safe?\nThe children's ward ran a play "
     "programme for children with long-term conditions.", None, "Kingsmere Hospitals NHS Trust", "nhs-trust",
     "hospital-quality-report"),
])
def test_report_family_from_the_report_not_one_cover_word(text, service, provider, family, kind):
    assert report_family(text, service, provider) == family
    assert report_type(text, service, provider) == kind


def test_seen_but_not_read_names_what_was_seen():
    rows = [_row("12", "Staff were not trained.", "warning_notice")]
    seen = facts.seen_but_not_read(Structure(items=[], paragraphs=[], services=[]), rows,
                                   ["Summary\nWe identified regulations the provider was not complying with. They must:\n"])
    assert any("They must:" in s for s in seen) and any("1 warning notice" in s for s in seen)
    assert facts.seen_but_not_read(Structure(items=[], paragraphs=[], services=[]), [], ["All good here."]) == []


def test_cover_names_set_justified_or_wrapped_in_large_type_are_one_provider():
    from cqcplan.pipeline.metadata import read_metadata

    justified = doc(line("Northmoor", x=74, size=26, bold=True, at=68), line("Hospitals", x=279, size=26, bold=True, at=68),
                    line("NHS", x=466, size=26, bold=True, at=68), line("Foundation Trust", size=26, bold=True, at=102),
                    line("Inspection report", size=18, at=142), line("Date of inspection visit: 6 to 8 November 2018"),
                    line("Date of publication: 14/03/2019"), line("This report describes our judgement of the"),
                    line("quality of care at this trust. It is based on a combination of what"),
                    line("we found when we inspected and other information known to CQC."))
    wrapped = doc(line("Wessex Coast Ambulance Service NHS", size=24, bold=True, at=52),
                  line("Foundation Trust", size=24, bold=True, at=80), line("Inspection report", size=13.5, at=124),
                  line("Trust Headquarters, Harbour Road, Poolhaven PH2 4EA"))
    assert read_metadata(justified, "").provider == "Northmoor Hospitals NHS Foundation Trust"
    assert read_metadata(wrapped, "").provider == "Wessex Coast Ambulance Service NHS Foundation Trust"


@pytest.mark.parametrize("title_line, printed", [
    ("Quality Report", "Quality Report"), ("Inspection report", "Inspection report"),
    ("Brookfield House Assessment report", "Assessment report"), ("Date of inspection visit: 6 May 2016", None)])
def test_the_cover_s_title_is_kept_as_printed_beside_the_family_code(title_line, printed):
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Brookfield Care Limited", size=22, bold=True, at=60), line(title_line, size=16, at=100),
                line("Date of publication: 14/03/2019"))
    meta = read_metadata(cover, "")
    assert meta.title == printed
    assert meta.report_type != printed


def _cover(*entries) -> list:
    return list(doc(*entries).pages[0].lines)


def test_cover_ratings_beside_their_labels_in_large_print():
    """A large-print cover: labels at 18 pt, the ratings at 22 pt on the same baseline (their tops
    differ by more than a small type's whole line)."""
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lines = _cover(line("Overall rating for this practice", size=18, at=300), line("Good", x=400, size=22, at=296),
                   line("Are services safe?", size=18, at=340), line("Requires improvement", x=400, size=22, at=336),
                   line("Are services well-led?", size=18, at=380), line("Inadequate", x=400, size=22, at=376))
    assert cover_ratings(lines) == {"overall": "Good", "safe": "Requires improvement", "well-led": "Inadequate"}


def test_cover_ratings_are_on_cqc_s_scale_as_cqc_spells_it():
    """Capitals are a cover's style: "Requires Improvement" and "REQUIRES IMPROVEMENT" are both CQC's
    "Requires improvement", the rating the plan's cover and footers print."""
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lines = _cover(line("Is the service effective?", at=300), line("Requires Improvement", x=300, at=300),
                   line("Is the service caring?", at=320), line("REQUIRES IMPROVEMENT", x=300, at=320),
                   line("Is the service safe?", at=340), line("INADEQUATE", x=300, at=340))
    assert cover_ratings(lines) == {"effective": "Requires improvement", "caring": "Requires improvement",
                                    "safe": "Inadequate"}


def test_cover_ratings_in_a_grid_under_their_key_questions():
    """A 2014 ratings table: the key questions are its header row, the ratings the cells below;
    a narrow cell wraps "Requires" / "improvement"."""
    from cqcplan.pipeline.cover_ratings import cover_ratings

    header = [("Safe", 72), ("Effective", 150), ("Caring", 240), ("Responsive", 320), ("Well-led", 420)]
    cells = [("Requires", 72), ("Good", 150), ("Good", 240), ("Good", 320), ("Inadequate", 420)]
    lines = _cover(line("Overall rating for this hospital", at=250), line("Requires improvement", x=300, at=250),
                   *[line(t, x=x, bold=True, at=300) for t, x in header],
                   *[line(t, x=x, at=318) for t, x in cells], line("improvement", x=72, at=330))
    assert cover_ratings(lines) == {"overall": "Requires improvement", "safe": "Requires improvement",
                                    "effective": "Good", "caring": "Good", "responsive": "Good", "well-led": "Inadequate"}


def test_cover_ratings_on_one_line_and_never_from_a_sentence():
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lines = _cover(line("Safe - Requires improvement."), line("Are services caring? Good –––"),
                   line("The practice was rated as good for providing effective services."),
                   line("Outstanding", x=400))  # a rating with no label beside or above it
    assert cover_ratings(lines) == {"safe": "Requires improvement", "caring": "Good"}


def test_cover_ratings_printed_as_the_sentences_of_one_wrapped_paragraph():
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lines = _cover(line("Ratings – Overall rating for the service: Requires improvement. Are services safe? Inadequate."),
                   line("Are services effective? Requires improvement. Are services caring? Good. Are services"),
                   line("well-led? Good."), line("People felt safe: good staff knew them well."))
    assert cover_ratings(lines) == {"overall": "Requires improvement", "safe": "Inadequate",
                                    "effective": "Requires improvement", "caring": "Good", "well-led": "Good"}
    # one label and rating in running text is a sentence, not a cover's ratings
    assert cover_ratings(_cover(line("Overall, people told us the service was safe: good staff knew them."))) == {}


def test_dates_as_printed_a_range_is_kept_as_the_cover_prints_it():
    from cqcplan.pipeline.metadata import read_metadata

    for printed, days in [("18 to 20 January 2018", [18, 19, 20]), ("18 and 20 January 2018", [18, 20]),
                          ("18 January 2018 to 20 January 2018", [18, 19, 20])]:
        meta = read_metadata(doc(line("Larchwood Court", size=20), line("Inspection report", size=14),
                                 line(f"Date of inspection visit: {printed}")), "Inspection report")
        assert meta.inspection_dates_printed == printed
        assert meta.inspection_dates == [date(2018, 1, d) for d in days]


def test_assessment_dates_are_read_under_an_assessment_report_s_label():
    from cqcplan.pipeline.metadata import read_metadata

    meta = read_metadata(doc(line("Larkspur Home Care", size=20), line("Assessment report", size=14),
                             line("Assessment dates: 3 July to 24 July 2024")), "Assessment report")
    assert meta.inspection_dates == [date(2024, 7, 3), date(2024, 7, 24)]


def test_an_assessment_date_label_in_a_cell_of_its_own_heads_the_dates_beside_it():
    """A cover table prints "Assessment date | 9 January 2024 to 26 February 2024" with no colon;
    a sentence naming an assessment date and no figure after it is no label."""
    from cqcplan.pipeline.metadata import read_metadata

    meta = read_metadata(doc(line("Lindenfield Surgery", size=20), line("Assessment report", size=14),
                             line("The assessment date was agreed with the practice in advance."),
                             line("Assessment date 9 January 2024 to 26 February 2024")), "Assessment report")
    assert meta.inspection_dates == [date(2024, 1, 9), date(2024, 2, 26)]



def test_core_services_are_only_those_the_report_rates_or_files_statements_under():
    from cqcplan.pipeline.metadata import read_metadata, report_services

    cover = doc(line("Anytown General Hospital", size=20), line("Quality Report", size=14),
                line("Surgery", at=LEADING_AT), line("Requires improvement", x=300, at=LEADING_AT),
                line("Maternity and gynaecology", at=LEADING_AT + 14), line("Good", x=300, at=LEADING_AT + 14))
    found = ["Surgery", "Urgent and emergency services", "Maternity and gynaecology", "Outpatients"]
    rated = list(read_metadata(cover, "").service_ratings)
    assert report_services(found, rated, {"Surgery", "Outpatients"}) == ["Surgery", "Maternity and gynaecology",
                                                                         "Outpatients"]
    # qa10: a core-service report names its one service on the cover and in no heading or rating
    assert report_services([], [], {"Wards for older people with mental health problems"},
                           "Wards for older people with mental health problems") == [
        "Wards for older people with mental health problems"]
    assert report_services(["Surgery"], [], {"Surgery"}, "Maternity") == ["Surgery"]  # headings come first


def test_a_trust_name_wrapped_after_its_place_names_is_one_provider_when_printed_whole_elsewhere():
    """The cover wraps "Harrowfield and Teme Valley" / "Hospitals NHS Foundation Trust" in one
    type; the report's footers print the name whole, so it is one provider and no location. Two
    names the report never prints as one stay apart."""
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Harrowfield and Teme Valley", size=22, bold=True, at=71),
                line("Hospitals NHS Foundation Trust", size=22, bold=True, at=98), line("Inspection report", size=22),
                line("Harrowfield General Hospital, Abbey Road, Harrowfield, HR7 2QS"))
    footer = "2 Harrowfield and Teme Valley Hospitals NHS Foundation Trust Inspection report 27/11/2019"
    meta = read_metadata(cover, "Harrowfield and Teme Valley\nHospitals NHS Foundation Trust\n" + footer)
    assert (meta.provider, meta.location) == ("Harrowfield and Teme Valley Hospitals NHS Foundation Trust", None)
    meta = read_metadata(cover, "Harrowfield and Teme Valley\nHospitals NHS Foundation Trust\nInspection report")
    assert (meta.provider, meta.location) == ("Hospitals NHS Foundation Trust", "Harrowfield and Teme Valley")


def test_a_trust_name_printed_twice_over_the_title_is_the_provider_and_no_location():
    """A running title in smaller type over the cover's own name: the same name twice is one
    provider, not a provider and a location (a trust-level report has no location)."""
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Riverside University Hospitals NHS Trust", size=9, at=40),
                line("Riverside University Hospitals NHS Trust", size=22, bold=True, at=90),
                line("Inspection report", size=18), line("Trust Offices, Riverside General Hospital, Quay Road, RV1 2XA"))
    meta = read_metadata(cover, "Inspection report")
    assert (meta.provider, meta.location) == ("Riverside University Hospitals NHS Trust", None)


LEADING_AT = 200.0


def test_a_provider_name_hyphenated_at_a_line_end_is_repaired():
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Anytown Hospitals NHS Founda-", size=16), line("tion Trust", size=16),
                line("Anytown General Hospital", size=24), line("Inspection report", size=14))
    meta = read_metadata(cover, "Inspection report")
    assert (meta.provider, meta.location) == ("Anytown Hospitals NHS Foundation Trust", "Anytown General Hospital")


@pytest.mark.parametrize("must_heading, should_heading", [
    (["We identified regulations the provider was not complying with. They", "must:"],
     ["There were areas where the provider could make improvements. They", "should:"]),
    (["We identified regulations the provider was not", "complying with. They must:"],
     ["There were areas where the provider could", "make improvements. They should:"]),
])
def test_dental_headings_that_wrap_mid_sentence_still_open_their_lists(must_heading, should_heading):
    """A narrow column or large print wraps the sentence-ending heading; its list must not vanish."""
    built = doc(PageBreak, line("The practice had three treatment rooms and a decontamination room."),
                *[line(h, gap=8 if i == 0 else 0) for i, h in enumerate(must_heading)],
                bullet("Ensure care and treatment is provided in a safe way to patients."),
                *[line(h, gap=8 if i == 0 else 0) for i, h in enumerate(should_heading)],
                bullet("Take action to ensure the clinicians take into account the guidance."))
    found = extract(locate(built), "dental.pdf")
    assert [(f.kind, f.section) for f in found] == [("must", " ".join(must_heading)), ("should", " ".join(should_heading))]


def test_enforcement_the_narrative_states_reaches_the_musts_of_its_regulation_and_the_cover():
    """No "Enforcement actions" table (its details await representations): the summary says what
    CQC did, naming the regulation by title; a warning notice of the last inspection is history."""
    built = doc(PageBreak, line("Enforcement", size=14, bold=True),
                line("We have identified breaches in relation to safe care and treatment and good governance."),
                line("We issued a warning notice to the provider in relation to good governance."),
                line("At our last inspection we served a warning notice in relation to staffing.", gap=8))
    stated = facts.stated_enforcement(locate(built).paragraphs, frozenset(), [], "RA2014")
    assert [(e.type, e.regulation.number, e.page) for e in stated] == [("warning_notice", "17", 2)]
    governance = Finding(id="M1", kind="must", text="This was a breach of regulation 17 (Good governance).", file="r.pdf",
                         page=3, section="s", regulations=[Regulation(instrument="RA2014", number="17")])
    staffing = governance.model_copy(update={"regulations": [Regulation(instrument="RA2014", number="18")]})
    linked = facts.add_stated([governance, staffing], stated)
    assert [[e.type for e in f.enforcement] for f in linked] == [["warning_notice"], []]
    assert facts.enforcement_counts([_row("12", "x", "requirement_notice")], stated) == {
        "requirement_notice": 1, "warning_notice": 1}
    # a table row of the same type already records it: the narrative adds nothing
    assert facts.stated_enforcement(locate(built).paragraphs, frozenset(), [_row("17", "x", "warning_notice")], "RA2014") == []


def test_a_large_print_cover_gives_its_dates_and_service_ratings():
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Hillside Surgery", size=30), line("Inspection report", size=22),
                line("Date of inspection visit:", size=18, at=300), line("14 May 2019", x=330, size=22, at=296),
                line("Surgery", size=18, at=340), line("Requires improvement", x=330, size=22, at=336))
    meta = read_metadata(cover, "Inspection report")
    assert meta.inspection_dates == [date(2019, 5, 14)] and meta.inspection_dates_printed == "14 May 2019"
    assert meta.service_ratings == {"Surgery": {"overall": "Requires improvement"}}


def test_cover_ratings_in_a_grid_read_as_one_line_per_row():
    """Cells set close together come out of the reader as one line each: the header row of key
    questions over the row of ratings."""
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lines = _cover(line("Safe Effective Caring Responsive Well-led", at=300),
                   line("Requires improvement Good Good Outstanding Inadequate", at=316))
    assert cover_ratings(lines) == {"safe": "Requires improvement", "effective": "Good", "caring": "Good",
                                    "responsive": "Outstanding", "well-led": "Inadequate"}
    assert cover_ratings(_cover(line("Safe Effective Caring", at=300), line("Good Good", at=316))) == {}


def test_a_report_with_notices_whose_musts_were_not_read_is_named():
    should = Finding(id="S1", kind="should", text="The practice should review its sharps procedures.", file="r.pdf",
                     page=2, section="s")
    rows = [_row("12", "Staff were not trained.", "requirement_notice")]
    texts = ["We identified regulations the provider was not complying with. They must:\nEnsure care is safe."]
    seen = facts.musts_not_read([should], rows, texts)
    assert any("They must:" in s for s in seen) and any("1 requirement notice" in s for s in seen)
    must = should.model_copy(update={"kind": "must"})
    assert facts.musts_not_read([should, must], rows, texts) == [] and facts.musts_not_read([], rows, texts) == []
    assert facts.musts_not_read([should], [], ["There were areas where the provider could improve. They should:"]) == []


def test_a_breach_after_a_bulleted_list_keeps_the_list_and_its_lead_in():
    """ASC 2019 template: what was wrong is a bulleted list, then the breach sentence on its own."""
    built = doc(PageBreak, line("Is the service safe?", size=14, bold=True),
                line("Assessing risk, safety monitoring and management", bold=True, gap=10),
                line("People told us they felt safe and that staff were kind to them and to", gap=10),
                line("their relatives."),
                line("Risks to people were not always managed safely:", gap=10),
                bullet("Two people at risk of choking had no eating and drinking care plan."),
                bullet("Thickened fluids were not prepared as advised."),
                line("This was a breach of regulation 14 (Meeting nutritional and hydration needs) of the Health and",
                     gap=10),
                line("Social Care Act 2008 (Regulated Activities) Regulations 2014."))
    [must] = extract(locate(built), "asc.pdf", line_order=facts.line_order(built))
    assert must.text.splitlines() == [
        "Risks to people were not always managed safely:",
        "Two people at risk of choking had no eating and drinking care plan.",
        "Thickened fluids were not prepared as advised.",
        "This was a breach of regulation 14 (Meeting nutritional and hydration needs) of the Health and Social Care "
        "Act 2008 (Regulated Activities) Regulations 2014."]


def test_a_continued_breach_keeps_what_was_wrong_before_its_last_inspection_sentence():
    built = doc(PageBreak, line("Well-led", size=14, bold=True),
                line("The provider’s audits had not identified the shortfalls in risk management that we found.",
                     gap=10),
                line("At our last inspection the provider was in breach of regulation 17. The provider remained in"),
                line("breach of regulation 17 (Good governance)."))
    [must] = extract(locate(built), "saf.pdf", line_order=facts.line_order(built))
    assert must.text == ("The provider’s audits had not identified the shortfalls in risk management that we found. "
                         "At our last inspection the provider was in breach of regulation 17. The provider remained in "
                         "breach of regulation 17 (Good governance).")


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_cover_ratings_wrapped_and_hyphenated_in_narrow_cells(size):
    """A ratings table set with `hyphens: auto` in narrow cells, each cell's lines set tight (their
    boxes overlap): "Overall rating for this loca‐" / "tion" beside "Requires improve‐" / "ment", and
    a wrapped rating centred beside a one-line label."""
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lead, x = 1.12 * size, 30 * size
    lines = _cover(line("Overall rating for this loca\u2010", size=size, at=300), line("tion", size=size, at=300 + lead),
                   line("Requires improve\u2010", x=x, size=size, at=300), line("ment", x=x, size=size, at=300 + lead),
                   line("Are services safe?", size=size, at=300 + 3 * size),
                   line("Requires improve\u2010", x=x, size=size, at=300 + 3 * size - lead / 2),
                   line("ment", x=x, size=size, at=300 + 3 * size + lead / 2),
                   line("Are services caring?", size=size, at=300 + 5 * size), line("Good", x=x, size=size, at=300 + 5 * size))
    assert cover_ratings(lines) == {"overall": "Requires improvement", "safe": "Requires improvement", "caring": "Good"}


def test_a_core_service_s_ratings_label_gives_the_overall_rating():
    """A mental health core service's cover: "Ratings for this core service" beside its rating, over
    the key questions' rows."""
    from cqcplan.pipeline.cover_ratings import cover_ratings

    lines = _cover(line("Ratings for this core service", at=300), line("Requires improvement", x=300, at=300),
                   line("Are services safe?", at=316), line("Inadequate", x=300, at=316))
    assert cover_ratings(lines) == {"overall": "Requires improvement", "safe": "Inadequate"}


def _location_grid(overall: str) -> list[dict]:
    """A location's ratings grid ("Our ratings for this hospital"): the key questions and "Overall"
    as its header cells, a row per core service, then the location's row labelled "Overall"; a
    row's cells set close together come out as runs of them."""
    header = [(t, 220 + 95 * k) for k, t in enumerate(["Safe", "Effective", "Caring", "Responsive", "Well-led", "Overall"])]
    rows = [("Urgent and emergency services", [("Inadequate Not rated Good", 220), ("Inadequate", 505), ("Good Inadequate", 600)]),
            ("Surgery", [("Good Good Good", 220), ("Requires improvement Good", 505), ("Good", 695)]),
            ("Overall", [("Requires improvement Requires improvement Good", 220), ("Inadequate", 505),
                         (f"Requires improvement {overall}", 600)])]
    return [line("Our ratings for this hospital", size=13, bold=True, at=60), *[line(t, x=x, at=80) for t, x in header],
            *[entry for n, (label, cells) in enumerate(rows)
              for entry in [line(label, x=56, at=96 + 16 * n), *[line(t, x=x, at=96 + 16 * n) for t, x in cells]]]]


def test_a_location_grid_gives_the_key_questions_from_its_overall_row():
    from cqcplan.pipeline.cover_ratings import cover_ratings

    assert cover_ratings(_cover(*_location_grid("Requires improvement"))) == {
        "safe": "Requires improvement", "effective": "Requires improvement", "caring": "Good",
        "responsive": "Inadequate", "well-led": "Requires improvement", "overall": "Requires improvement"}


def test_a_cover_with_the_overall_rating_only_takes_the_key_questions_from_the_location_grid():
    """A 2014 hospital cover rates the hospital overall and each core service; the key questions'
    ratings are in the location's grid two pages on, whose overall rating is the cover's. A grid
    whose overall rating is another's (a trust's, another location's) gives none."""
    from cqcplan.pipeline.metadata import read_metadata

    def cover(grid_overall: str):
        return doc(line("Kestrel Bay Hospital", size=22), line("Quality Report", size=22),
                   line("Overall rating for this hospital", at=275), line("Requires improvement", x=340, at=275),
                   line("Surgery", at=292), line("Good", x=340, at=292), PageBreak,
                   line("Letter from the Chief Inspector of Hospitals", size=13, bold=True), PageBreak,
                   *_location_grid(grid_overall))

    assert read_metadata(cover("Requires improvement"), "Quality Report").ratings == {
        "overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
        "caring": "Good", "responsive": "Inadequate", "well-led": "Requires improvement"}
    assert read_metadata(cover("Good"), "Quality Report").ratings == {"overall": "Requires improvement"}
