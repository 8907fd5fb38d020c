"""Statement text rules and the narrative (adult social care / assessment) mode."""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.models.finding import Regulation
from cqcplan.models.report import RequirementNotice
from cqcplan.pipeline.extract import extract, split_sentences
from cqcplan.pipeline.facts import line_order
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.text import join_lines, words_in


def narrative(*spec, notices=()):
    built = doc(PageBreak, *spec)
    return extract(locate(built), "built.pdf", notices=notices, line_order=line_order(built))


@pytest.mark.parametrize(
    "lines, joined",
    [
        (["medicines were not stored at the right tem\u00ad", "perature."], "medicines were not stored at the right temperature."),
        (["the trust was not well-", "led."], "the trust was not well-led."),
        (["a follow-", "up appointment"], "a follow-up appointment"),
        (["staff –", "including agency staff"], "staff – including agency staff"),
        (["wards -", "and theatres"], "wards - and theatres"),
        (["invisible soft\u00adhyphen here"], "invisible softhyphen here"),
        (["a typesetter’s hyphen\u2010", "ation"], "a typesetter’s hyphenation"),
        (["practices (HTM 01-", "05), including"], "practices (HTM 01-05), including"),
        (["within the 18-", "week target"], "within the 18-week target"),
        (["aged 16 -", "18 years"], "aged 16 - 18 years"),
        (["managed. (Regulation 12(2)", "(b))"], "managed. (Regulation 12(2)(b))"),
        (["managed. (Regulation 12 (2)", "(b))"], "managed. (Regulation 12 (2)(b))"),
        (["in 2 (of 3)", "(see page 4)"], "in 2 (of 3) (see page 4)"),
    ],
)
def test_join_lines_rejoins_only_where_the_pdf_shows_a_split(lines, joined):
    assert join_lines(lines) == joined


@pytest.mark.parametrize(
    "lines, known, joined",
    [
        (["with the fun-", "damental standards"], {"fundamental"}, "with the fundamental standards"),
        (["a well-", "led service"], {"well-led", "welled"}, "a well-led service"),
        (["a follow-", "up visit"], set(), "a follow-up visit"),
        (["co-", "ordinate care"], {"co-ordinate", "coordinate"}, "co-ordinate care"),
        # British spellings the (American) word list lacks, printed nowhere else in the report
        (["care plans are per-", "sonalised"], set(), "care plans are personalised"),
        (["the anaes-", "thetist on call"], set(), "the anaesthetist on call"),
        (["the paedi-", "atric ward"], set(), "the paediatric ward"),
        # split at an American hyphenation point (en_US patterns), not at a British one
        (["deterio-", "rating patients"], set(), "deteriorating patients"),
        (["medi-", "cal staff"], set(), "medical staff"),
        (["cardio-", "pulmonary resuscitation"], set(), "cardio-pulmonary resuscitation"),
        # British prefixes the American word list closes up; the report's own whole word still wins
        (["other non-", "medical prescribers"], set(), "other non-medical prescribers"),
        (["a non-", "urgent referral"], set(), "a non-urgent referral"),
        (["self-", "administration of medicines"], set(), "self-administration of medicines"),
        (["the non-", "medical staff"], {"nonmedical"}, "the nonmedical staff"),
        # an established hyphenated spelling (vocab/hyphenated.toml) stays, unless the report closes it up
        (["for the on-", "going assessment"], set(), "for the on-going assessment"),
        (["for the on-", "going assessment"], {"ongoing"}, "for the ongoing assessment"),
        (["the post-", "operative checks"], set(), "the post-operative checks"),
        # a piece that is no word: a split, whatever the patterns say; a compound's own hyphen stays
        (["its govern-", "ance arrangements"], set(), "its governance arrangements"),
        # a split inside a word the report prints that the joined word starts with ("control"),
        # off the patterns' points; a compound whose first part the report prints alone stays
        (["including cont-", "rolled drugs"], {"control"}, "including controlled drugs"),
        (["cardio-", "pulmonary resuscitation"], {"cardio", "pulmonary"}, "cardio-pulmonary resuscitation"),
        # a word of a regulation's title CQC cites, split where the patterns would not: rejoined
        (["2010 Safety, avai-", "lability and suitability"], set(), "2010 Safety, availability and suitability"),
        (["the co-", "operating providers"], set(), "the co-operating providers"),
        (["the day-to-", "day cleaning"], {"today"}, "the day-to-day cleaning"),
        # ... unless its last part is a word split where British patterns split it (never "to-day")
        (["in the post-an-", "aesthetic care unit"], set(), "in the post-anaesthetic care unit"),
        # ... or the report prints the compound whole, or its last part is a word of a regulation's title
        (["a multi-disci-", "plinary team"], {"multi-disciplinary"}, "a multi-disciplinary team"),
        (["a multi-disci-", "plinary team"], {"multi-disci-plinary"}, "a multi-disci-plinary team"),
        (["regulation 9 (Person-cen-", "tred care)"], set(), "regulation 9 (Person-centred care)"),
        (["an out-of-", "hours service"], set(), "an out-of-hours service"),
        # a word the list lacks, split where neither piece is a word, at a pattern point: rejoined;
        # a piece that is a word keeps a compound ("e-learning")
        (["such as metho-", "trexate and lithium"], set(), "such as methotrexate and lithium"),
        (["complete their e-", "learning modules"], set(), "complete their e-learning modules"),
        # a re-print that lost the font's Unicode map: the line-end hyphen comes out as a control code
        (["clear lines of accountabil\x03", "ity for quality"], {"accountability"}, "clear lines of accountability for quality"),
        (["a well\x03", "led service"], {"well-led"}, "a well-led service"),
    ],
)
def test_join_lines_rejoins_a_hyphen_minus_split_only_where_the_report_prints_the_whole_word(lines, known, joined):
    assert join_lines(lines, frozenset(known)) == joined


def test_words_in_keeps_hyphenated_compounds_whole():
    assert words_in(["The well-led fund-\nraising and fundamental, 2019"]) >= {"well-led", "fund", "raising", "fundamental"}


def test_split_sentences_keeps_abbreviations_inside_a_sentence():
    text = "Staff used e.g. MAR charts. This was a breach of regulation 12. We recommend Dr. Smith reviews it."
    assert split_sentences(text) == [
        "Staff used e.g. MAR charts.",
        "This was a breach of regulation 12.",
        "We recommend Dr. Smith reviews it.",
    ]


def test_breach_and_recommendation_sentences_become_derived_findings():
    found = narrative(
        line("Is the service safe?", bold=True, size=16),
        line("Medicines were not managed safely. This placed people at risk of harm. This was a breach of"),
        line("regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated"),
        line("Activities) Regulations 2014."),
        line("We recommend the provider seeks advice and guidance from a reputable source about", gap=8),
        line("‘as required’ medicines."),
    )
    assert [(f.kind, f.derived, f.domain, f.text) for f in found] == [
        ("must", True, "Safe", "Medicines were not managed safely. This placed people at risk of harm. This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."),
        ("should", True, "Safe", "We recommend the provider seeks advice and guidance from a reputable source about ‘as required’ medicines."),
    ]


def test_history_and_cleared_breaches_are_not_findings():
    found = narrative(
        line("Is the service well-led?", bold=True, size=16),
        line("At our last inspection the provider had failed to operate effective governance systems."),
        line("This was a breach of regulation 17 (Good governance)."),
        line("Enough improvement had not been made at this inspection and the provider was still in breach"),
        line("of regulation 17."),
        line("Risks were now managed well and the provider was no longer in breach of regulation 12.", gap=8),
    )
    assert [f.text for f in found] == [
        "Enough improvement had not been made at this inspection and the provider was still in breach of regulation 17."
    ]


def test_an_assessment_s_history_is_no_finding():
    """A report under the single assessment framework says "assessment" where an inspection
    report says "inspection": what it found last time is history all the same."""
    found = narrative(
        line("Is the service safe?", bold=True, size=16),
        line("At our last assessment the provider was in breach of regulation 19 (Fit and proper persons employed)."),
        line("Sensor mats were not always switched on. This was a breach of regulation 12 (Safe care and treatment).",
             gap=8),
    )
    assert [f.text for f in found] == [
        "Sensor mats were not always switched on. This was a breach of regulation 12 (Safe care and treatment)."]


def test_the_assessment_s_scope_is_not_what_was_wrong():
    found = narrative(
        line("Our view of the service", bold=True, size=16),
        line("We assessed the service between 3 June and 21 June 2024. We looked at 9 quality statements"),
        line("across the safe and well-led key questions. We identified 2 breaches of regulation relating to"),
        line("safe care and treatment and good governance."),
    )
    assert [f.text for f in found] == [
        "We identified 2 breaches of regulation relating to safe care and treatment and good governance."]
    # the scope after when it was looked at, and how many people used the service then: no part of it either
    found = narrative(
        line("Our view of the service", bold=True, size=16),
        line("During an assessment under our new approach we looked at 12 quality statements across four"),
        line("key questions. We identified 2 breaches of regulation relating to staffing and good governance."),
    )
    assert [f.text for f in found] == [
        "We identified 2 breaches of regulation relating to staffing and good governance."]
    found = narrative(
        line("Safe", bold=True, size=16),
        line("At the time of our inspection 21 people were receiving personal care. Medicines were not"),
        line("managed safely. This was a breach of regulation 12 (Safe care and treatment)."),
    )
    assert [f.text for f in found] == [
        "Medicines were not managed safely. This was a breach of regulation 12 (Safe care and treatment)."]


def test_ratings_based_on_the_previous_rating_are_scope_not_last_time_s_findings():
    """"The ratings for the other quality statements are based on the previous rating." says where
    this report's ratings come from: the breach after it is this assessment's, its passage starts after it."""
    found = narrative(
        line("Our view of the service", bold=True, size=16),
        line("We assessed a number of quality statements across all key questions. The ratings for the"),
        line("other quality statements are based on the previous rating. Risks to people were not always"),
        line("assessed. We identified 3 breaches of regulation relating to person centred care, safe care and"),
        line("treatment and good governance."),
    )
    assert [f.text for f in found] == [
        "Risks to people were not always assessed. We identified 3 breaches of regulation relating to person "
        "centred care, safe care and treatment and good governance."]
    # what the last rating was, and what was found then, is history all the same
    found = narrative(
        line("Our view of the service", bold=True, size=16),
        line("The last rating for this service was requires improvement and there was a breach of regulation"),
        line("relating to good governance."),
    )
    assert found == []


def test_a_score_label_a_service_s_introduction_and_a_key_question_s_definition_are_no_part_of_a_breach():
    found = narrative(
        line("Safe", bold=True, size=16),
        line("Score: 2."),
        line("Safe – this means we looked for evidence that people were protected from abuse and avoidable"),
        line("harm. Rosehill Lodge is a residential care home for up to 30 people. Wound care plans were not"),
        line("kept up to date. This was a breach of regulation 12 (Safe care and treatment)."),
    )
    assert [f.text for f in found] == [
        "Wound care plans were not kept up to date. This was a breach of regulation 12 (Safe care and treatment)."]
    # a score line run into the paragraph's first sentence is that sentence's: kept as printed
    found = narrative(
        line("Safe", bold=True, size=16),
        line("Score: 2 Agency staff were not inducted. This was a breach of regulation 18 (Staffing)."),
    )
    assert [f.text for f in found] == [
        "Score: 2 Agency staff were not inducted. This was a breach of regulation 18 (Staffing)."]


BREACH_14 = [
    line("Is the service effective?", bold=True, size=16),
    line("Supporting people to eat and drink enough", bold=True),
    line("Two people at risk of choking did not have their food prepared as their speech and language"),
    line("therapist advised."),
    line("This was a breach of regulation 14 (Meeting nutritional and hydration needs) of the Health and", gap=8),
    line("Social Care Act 2008 (Regulated Activities) Regulations 2014."),
]


def test_a_breach_sentence_alone_in_its_paragraph_takes_the_paragraph_before_it():
    found = narrative(*BREACH_14)
    assert [(f.kind, f.page, f.text) for f in found] == [(
        "must", 2,
        "Two people at risk of choking did not have their food prepared as their speech and language therapist advised.\n"
        "This was a breach of regulation 14 (Meeting nutritional and hydration needs) of the Health and Social Care Act "
        "2008 (Regulated Activities) Regulations 2014.",
    )]


def test_a_breach_after_a_heading_does_not_reach_back_past_it():
    found = narrative(
        line("Is the service effective?", bold=True, size=16),
        line("Staff were kind and knew people well."),
        line("Supporting people to eat and drink enough", bold=True, gap=8),
        line("This was a breach of regulation 14 (Meeting nutritional and hydration needs)."),
    )
    assert [f.text for f in found] == ["This was a breach of regulation 14 (Meeting nutritional and hydration needs)."]


def _row(number: str, statement: str, type_: str = "requirement_notice") -> RequirementNotice:
    return RequirementNotice(kind="requirement_notice" if type_ == "requirement_notice" else "enforcement",
                             activities=["Personal care"], heading=f"Regulation {number} HSCA RA Regulations 2014",
                             regulation=Regulation(instrument="RA2014", number=number), text=statement, page=9,
                             type=type_, statement=statement, section="Action we have told the provider to take")


def test_a_notice_row_is_the_must_and_the_narrative_its_evidence():
    rows = [_row("13", "People were deprived of their liberty without lawful authority.\nRegulation 13(7)(b)", "warning_notice"),
            _row("14", "People’s nutritional needs were not met.\nRegulation 14(1)(4)(a)")]
    found = narrative(*BREACH_14, notices=rows)
    by_text = {f.text: f for f in found}
    nutrition = by_text["People’s nutritional needs were not met.\nRegulation 14(1)(4)(a)"]
    assert (nutrition.kind, nutrition.derived, nutrition.page, nutrition.domain) == ("must", True, 9, "Effective")
    assert [(r.number, r.paragraphs) for r in nutrition.regulations] == [("14", "(1)(4)(a)")]
    assert [(e.page, e.text.split("\n")[0]) for e in nutrition.evidence] == [
        (2, "Two people at risk of choking did not have their food prepared as their speech and language therapist advised.")]
    assert [e.type for e in nutrition.enforcement] == ["requirement_notice"]
    liberty = by_text["People were deprived of their liberty without lawful authority.\nRegulation 13(7)(b)"]
    assert liberty.evidence == [] and [e.type for e in liberty.enforcement] == ["warning_notice"]
    assert not any(f.text.startswith("This was a breach") for f in found)  # never the bare sentence


def test_narrative_mode_is_off_when_the_report_has_must_should_lists():
    found = narrative(
        line("The provider must:"),
        bullet("Ensure that staff are trained."),
        line("This was a breach of regulation 18.", gap=10),
    )
    assert [f.text for f in found] == ["Ensure that staff are trained."]


def test_a_space_pdfium_guesses_before_a_line_end_hyphen_is_not_a_word_gap(tmp_path):
    """A justified, re-printed line sets its split hyphen a little apart with no space character
    ("es -" then "tablishment"); a space the writer printed before a line-end dash stays."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from cqcplan.pipeline.read import start_read

    path = tmp_path / "split.pdf"
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    page.setFont("Helvetica", 10)
    first = "in line with the trust's own staffing es"
    page.drawString(72, 700, first)
    page.drawString(72 + stringWidth(first, "Helvetica", 10) + 1.5, 700, "-")  # 0.15 em apart, no space
    page.drawString(72, 688, "tablishment and the wards -")
    page.drawString(72, 676, "and theatres.")
    page.save()
    lines = [line.text for line in start_read(path, sha256="0")().pages[0].lines]
    assert lines == ["in line with the trust's own staffing es-", "tablishment and the wards -", "and theatres."]
    assert join_lines(lines, frozenset({"establishment"})) == (
        "in line with the trust's own staffing establishment and the wards - and theatres.")


def test_a_bare_citation_set_after_a_notice_row_s_paragraph_is_not_part_of_its_must():
    """"How the regulation was not being met:", its paragraph, then the citation as a line of
    its own: the must is the paragraph; the citation's paragraphs still reach its regulation."""
    from cqcplan.pipeline.notices import read_notices

    built = doc(
        line("Action we have told the provider to take", bold=True, size=14),
        line("Regulated activity", bold=True), line("Regulation", x=250, bold=True, at=92),
        line("Accommodation for persons who require nursing or personal care", gap=6),
        line("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment", x=250),
        line("How the regulation was not being met:", x=250, bold=True),
        line("Care plans for people at risk of choking did not reflect the", x=250),
        line("advice of speech and language therapists.", x=250),
        line("Regulation 12(1)(2)(a)(b)(g)", x=250),
    )
    notices = read_notices(built)
    assert [n.statement for n in notices] == [
        "Care plans for people at risk of choking did not reflect the advice of speech and language therapists."]
    found = extract(locate(built), "built.pdf", notices=notices, line_order=line_order(built))
    assert [(f.text, [(r.number, r.paragraphs) for r in f.regulations]) for f in found] == [
        ("Care plans for people at risk of choking did not reflect the advice of speech and language therapists.",
         [("12", "(1)(2)(a)(b)(g)")])]


SUMMARY = [
    line("Overall summary", bold=True, size=16),
    line("At this inspection we found that care plans and staffing had not improved. The provider was in"),
    line("breach of regulations 9 and 18 of the Health and Social Care Act 2008 (Regulated Activities)"),
    line("Regulations 2014."),
]
STAFFING = [
    line("Is the service safe?", bold=True, size=16, gap=8),
    line("Rotas showed that night shifts ran one carer short on eleven nights in June. This was a breach of"),
    line("regulation 18 (Staffing)."),
]
CARE_PLANS = [
    line("Is the service responsive?", bold=True, size=16, gap=8),
    line("Care plans did not say how people liked to be supported at night. The provider remained in breach"),
    line("of regulation 9 (Person-centred care)."),
]


def test_a_summary_naming_several_breaches_each_stated_elsewhere_is_a_must_of_its_own():
    rows = [_row("9", "Care plans did not reflect people’s preferences.\nRegulation 9(1)(3)(b)"),
            _row("18", "There were not enough staff on night shifts.\nRegulation 18(1)")]
    found = narrative(*SUMMARY, *STAFFING, *CARE_PLANS, notices=rows)
    summary = "The provider was in breach of regulations 9 and 18 of the Health and Social Care Act 2008 " \
              "(Regulated Activities) Regulations 2014."
    own = [f for f in found if f.text.endswith(summary)]
    assert [(f.kind, f.page, f.section, [r.number for r in f.regulations]) for f in own] == [
        ("must", 2, "Overall summary", ["9", "18"])]
    evidence = {f.regulations[0].number: [e.text.split(". ")[-1] for e in f.evidence] for f in found if f not in own}
    assert evidence == {"18": ["This was a breach of regulation 18 (Staffing)."],
                        "9": ["The provider remained in breach of regulation 9 (Person-centred care)."]}


def test_a_summary_is_still_evidence_where_it_alone_states_a_row_s_breach():
    rows = [_row("9", "Care plans did not reflect people’s preferences.\nRegulation 9(1)(3)(b)"),
            _row("18", "There were not enough staff on night shifts.\nRegulation 18(1)")]
    found = narrative(*SUMMARY, *STAFFING, notices=rows)  # regulation 9's breach is stated only in the summary
    assert [f.text.split("\n")[0] for f in found] == ["Care plans did not reflect people’s preferences.",
                                                      "There were not enough staff on night shifts."]
    assert all(any(e.text.endswith("Regulations 2014.") for e in f.evidence) for f in found)


def test_a_bold_regulation_heading_wrapped_in_its_cell_is_no_part_of_the_row_s_statement():
    """A narrow regulation cell wraps its bold heading ("… 2014 Need for" / "consent"); the
    statement under it in plain type is what was wrong, and the heading keeps its whole title."""
    from cqcplan.pipeline.notices import read_notices

    built = doc(
        line("Action we have told the provider to take", bold=True, size=14),
        line("Regulated activity", bold=True), line("Regulation", x=250, bold=True, at=92),
        line("Personal care", gap=6), line("Regulation 11 HSCA RA Regulations 2014 Need for", x=250, bold=True, at=110),
        line("consent", x=250, bold=True),
        line("Staff did not assess people’s capacity before they made decisions for them.", x=250),
        line("Regulation 11(1)(3)", x=250),
        line("Personal care", gap=6), line("Regulation 18 HSCA RA Regulations 2014 Staffing", x=250, bold=True, at=176),
        line("Night shifts were not staffed to the agreed level.", x=250),
    )
    notices = read_notices(built)
    assert [(n.heading, n.statement) for n in notices] == [
        ("Regulation 11 HSCA RA Regulations 2014 Need for consent",
         "Staff did not assess people’s capacity before they made decisions for them."),
        ("Regulation 18 HSCA RA Regulations 2014 Staffing", "Night shifts were not staffed to the agreed level.")]
