"""Prompts round twenty-two (from two outside readers' verdicts): what C checks "in particular" is the report's
whole finding sentences, not a clause cut from a later sentence at "and" ("5 March 2021 the provider had not
..." nor "on 3 and 5 March"), not a finding dropped because a regulation's paragraphs were cited before it
without a full stop, and not the sentence that says what the inspection looked at ("Records reviewed during the
inspection included ...")."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import findings


def test_a_later_sentence_is_not_cut_at_its_and():
    wording = ("Medicines were not managed safely. At the visits on 3 and 5 March 2021 the provider had not acted on "
               "the pharmacist's advice.")
    assert findings(wording) == ["At the visits on 3 and 5 March 2021 the provider had not acted on the pharmacist's advice"]
    # a clause joined to the breach's own sentence is still a finding of its own
    wording = "Care plans had not been reviewed, and relatives without the legal authority had signed consent forms."
    assert findings(wording) == ["relatives without the legal authority had signed consent forms"]
    wording = "Staff were not trained in 2020 and had not been supervised since."
    assert findings(wording) == ["Staff had not been supervised since"]  # with its subject (round twenty-nine)


def test_a_finding_after_a_cited_regulation_is_kept_whole():
    wording = ("Risks to people were not assessed. This was a breach. Regulation 12(1)(2)(a)(b) Fridge temperatures "
               "had not been recorded for six weeks.")
    assert findings(wording) == ["Fridge temperatures had not been recorded for six weeks"]
    # the same on a line of its own: a finding, asked for by nobody, and not cut between its two dates
    wording = ("Staff were not deployed in sufficient numbers.\nRegulation 18(1) The shortfalls found on 3 and 5 March "
               "2021 had not been addressed by the provider.")
    assert [a.text for a in asks(wording) if a.required] == ["Staff were not deployed in sufficient numbers"]
    assert findings(wording) == ["The shortfalls found on 3 and 5 March 2021 had not been addressed by the provider"]


def test_what_the_inspection_looked_at_is_no_finding():
    wording = ("Records were not accurate. Documents we looked at during the inspection included care plans and "
               "daily notes. Care plans looked at were out of date.")
    assert findings(wording) == ["Care plans looked at were out of date"]
