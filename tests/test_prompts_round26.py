"""Prompts round twenty-six (from the outside readers' verdicts of judge44 and judge45, re-drafted): each item of a
list that opens "ensure that ..." is an ask without those words; what a place or a piece of equipment asks is seen
where it is, not in people's records; the reason after "remained in breach of regulation N as ..." is the duty
breached. Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import scaffold_for


def test_each_item_of_an_ensure_list_is_asked_without_its_ensure():
    wording = ("Ensure that premises are safe for people. In particular:\n"
               "ensure that window restrictors are fitted to every upstairs window;\n"
               "ensure that the fire risk assessment is reviewed by a competent person.")
    texts = [a.text for a in asks(wording)]
    assert "window restrictors are fitted to every upstairs window" in texts
    assert not any(t.lower().startswith("ensure") for t in texts)
    assert "confirm that this was done: ensure" not in scaffold_for(wording)[0].audit
