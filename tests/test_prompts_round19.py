"""Prompts round nineteen (from an outside reader's verdicts on reports no prompt was written for): a
sentence that only says a regulation was still breached, or what a key question means, asks nothing; a
list after "ensure that:" or after the staff who do its items ("theatre staff: record ...; report ...")
is read item by item, its "; and" line included; the "MUST" screening tool is no modal; a "do not attempt
..." form and a quoted "do not disturb" tabard keep their names; a CTG's interpretation is no
interpreter booking; a core service joining two settings ("Outpatients and diagnostic imaging") is its
first part's unless the statement names the other's work. Statements here are written for the tests."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import records_named, _subject, place_for
from cqcplan.pipeline.scaffold import quoted_asks, scaffold_for


def _lines(wording: str, **options) -> str:
    scaffold, evidence = scaffold_for(wording, **options)
    return " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence])


def test_a_sentence_that_only_says_a_breach_went_on_asks_nothing():
    for wording in ("Enough improvement had not been made at this inspection and the provider was still in breach "
                    "of regulation 12.",
                    "Not enough improvement had been made and the provider remained in breach of regulation 17.",
                    "Safe – this means we looked for evidence that people were protected from abuse and avoidable harm. "
                    "We identified 2 breaches of regulation relating to safe care and staffing."):
        assert not any(a.required for a in asks(wording)), wording
        assert quoted_asks(wording) == ""
        lines = _lines(wording, regulations="RA2014 12").lower()
        assert "improvement is made" not in lines and "still in breach" not in lines and "this means" not in lines
    # a breach sentence's own failing is still read as the duty it breached
    assert quoted_asks("Care plans were not reviewed. This was a breach of regulation 9.") == "care plans are reviewed"


def test_a_list_after_ensure_that_or_after_its_doers_is_read_item_by_item():
    wording = ("The trust must ensure that:\npatients are informed of their rights on admission;\nconsent to treatment "
               "forms are attached to medicine charts; and\ncapacity to consent is assessed and recorded.")
    assert [a.text for a in asks(wording)] == ["patients are informed of their rights on admission",
                                               "consent to treatment forms are attached to medicine charts",
                                               "capacity to consent is assessed and recorded"]
    assert not quoted_asks(wording).startswith("that") and "; and;" not in quoted_asks(wording)
    doers = "Ensure that theatre staff:\nrecord the swab count for every procedure;\nreport discrepancies as incidents."
    assert [a.text for a in asks(doers)] == ["theatre staff record the swab count for every procedure",
                                            "theatre staff report discrepancies as incidents"]
    assert "including report" not in _lines(doers)
    including = ("Ensure that risks are assessed, including:\nthe risks of legionella;\nfire safety; and\nthe monitoring "
                 "of vaccine fridge temperatures.")
    assert "and and" not in _lines(including) and "fridge temperatures are monitored" in [a.text for a in asks(including)][-1]


def test_names_that_look_like_verbs_are_kept_whole():
    text = [a.text for a in asks("The trust must ensure that staff complete the MUST nutritional screening tool "
                                 "within 24 hours of admission.")]
    assert text == ["staff complete the MUST nutritional screening tool within 24 hours of admission"]
    assert records_named("do not attempt cardiopulmonary resuscitation forms are fully completed") == \
        "do not attempt cardiopulmonary resuscitation forms"
    assert _subject("‘do not disturb’ tabards are worn during medicine rounds") == "‘do not disturb’ tabards"


def test_an_interpretation_of_traces_is_no_interpreter_booking():
    assert "interpreter" not in _lines("The trust should ensure that midwives receive an annual update in "
                                       "cardiotocograph interpretation.")
    assert "interpreter booking log" in _lines("The provider should ensure that interpreters are booked for patients "
                                               "who need one and their use is recorded.")


def test_a_core_service_joining_two_settings_is_its_first_parts_unless_the_words_name_the_other():
    service = ["Outpatients and diagnostic imaging"]
    assert "radiographers" not in place_for("Improve the signage to the outpatients department.", service).staff
    assert "radiographers" in place_for("Ensure that radiographers complete IR(ME)R training.", service).staff
    assert "radiographers" in place_for("Improve the signage.", ["Diagnostic imaging"]).staff
    # a name that joins nothing keeps the first row it matches
    assert place_for("Ensure that best interest decisions are recorded.",
                     ["Community health inpatient services"]).setting == "inpatient_ward"
