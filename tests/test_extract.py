"""Statement text rules and the narrative (adult social care / assessment) mode."""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline.extract import extract, split_sentences
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.text import join_lines, words_in


def narrative(*spec):
    return extract(locate(doc(PageBreak, *spec)), "built.pdf")


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
        ("must", True, "Safe", "This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."),
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


def test_narrative_mode_is_off_when_the_report_has_must_should_lists():
    found = narrative(
        line("The provider must:"),
        bullet("Ensure that staff are trained."),
        line("This was a breach of regulation 18.", gap=10),
    )
    assert [f.text for f in found] == ["Ensure that staff are trained."]
