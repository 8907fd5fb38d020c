"""Entry to a unit is access to it, and a unit only authorised people can get into is secure (vocab/synonyms.toml).

Merge round 48 (trust batch HF): "entry to the birth centre is controlled so that only authorised people can get
in" read "entry" as a record's entry, and shared no word with "access to the ward is secure". Statements are
written here, not copied from an evaluation set.
"""

from merge_findings import filed, together

from cqcplan.pipeline.terms import terms_many

PREMISES = "Environment and equipment"


def test_entry_to_a_unit_is_access_to_it():
    found = terms_many(["Entry to the delivery suite is controlled so that only authorised people can come in."])[0]
    assert {"access", "secur"} <= found.keys() and "record" not in found


def test_a_unit_whose_entry_is_controlled_is_a_secure_unit():
    entry = filed("The trust must make sure that entry to the neonatal unit is controlled so that only authorised "
                  "people can get in.", "a", PREMISES, "neonatal.pdf")
    access = filed("The trust must ensure that access to the children's ward is secure and that staff check who "
                   "visitors are before they let them in.", "b", PREMISES, "children.pdf")
    assert together(entry, access)
