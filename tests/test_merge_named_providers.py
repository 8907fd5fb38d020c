"""Statements naming different providers before their "must" never merge (pipeline/named_providers.py).

Merge round sixteen (issue 12): the labelling guide's rule 5, different providers are never one
issue, held for the reports' covers only; one duty worded alike at two named providers merged.
Statements are written here, not copied from an evaluation set; the merge tests fail without
`providers_apart` in pipeline/merge.py.
"""

from merge_findings import filed, together

from cqcplan.pipeline.named_providers import named_provider

MEDICINES = "Medicines"


def test_one_duty_at_two_named_providers_is_two_actions():
    first = filed("Ashgrove Nursing Home must ensure that topical creams are dated when opened.", "a", MEDICINES)
    second = filed("At Larkfield House (Brookmere Care Services Ltd) the provider must ensure that topical creams "
                   "are dated when opened.", "b", MEDICINES)
    third = filed("Tannery Road Surgery should ensure that vaccine fridge temperatures are recorded twice a day.",
                  "c", MEDICINES)
    fourth = filed("Orchard Vale Medical Practice should ensure that vaccine fridge temperatures are recorded twice "
                   "a day.", "d", MEDICINES)
    assert not together(first, second)
    assert not together(third, fourth)


def test_one_provider_named_twice_or_once_still_merges():
    trust = filed("Greystone Valley NHS Foundation Trust must ensure that topical creams are dated when opened.",
                  "a", MEDICINES)
    unit = filed("On the Heron Unit of Greystone Valley NHS Foundation Trust, the trust must ensure topical creams "
                 "are dated when they are opened.", "b", MEDICINES)
    unnamed = filed("The trust must ensure that topical creams are dated when opened.", "c", MEDICINES)
    assert together(trust, unit)
    assert together(trust, unnamed)


def test_what_names_a_provider():
    assert named_provider("Tannery Road Surgery should review its fridges.") == "tannery road surgery"
    assert named_provider("Hollins & Reed Healthcare Ltd: the provider must act.") == "hollins & reed healthcare ltd"
    # generic words name no one; an organisation after the modal is a partner, not the provider
    assert named_provider("The Trust must review its fridges.") is None
    assert named_provider("The Practice should review its fridges.") is None
    assert named_provider("The trust must agree a protocol with Northshire Community Care Partnership.") is None


def test_one_duty_at_two_care_homes_named_after_the_modal_is_two_actions():
    # the home is the ask's subject on one side and where the duty applies on the other
    first = filed("The provider must ensure that Willowbrook Care Home dates the creams it opens.", "a", MEDICINES)
    second = filed("The provider must ensure that opened creams are dated at Hazelmere Nursing Home.", "b", MEDICINES)
    unnamed = filed("The provider must ensure that creams are dated when they are opened.", "c", MEDICINES)
    assert not together(first, second)
    assert together(first, unnamed)


def test_a_name_after_the_modal_names_a_provider_only_as_subject_or_place():
    assert named_provider("The provider must ensure that Willowbrook Care Home dates creams.") == "willowbrook care home"
    assert named_provider("Creams must be dated at Hazelmere Nursing Home.") == "hazelmere nursing home"
    # a partner to work with, or a title that ends in a kind's word, names no provider
    assert named_provider("The trust must share referrals with Brackley Road Surgery.") is None
    assert named_provider("Teams must complete the Five Steps to Safer Surgery for every list.") is None
