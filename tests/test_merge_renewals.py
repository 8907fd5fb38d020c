"""Merging by when a check or authority is asked for: first, or renewed (pipeline/renewals.py).

Merge round sixteen (issue 12): the labelling guide's look-alike "DBS checks before staff start vs
DBS renewed every three years" merged on its shared words. Statements are written here, not copied
from an evaluation set; the merge tests fail without `renewal_apart` in pipeline/merge.py.
"""

from merge_findings import filed, together

from cqcplan.pipeline.renewals import renewal_apart

STAFFING = "Staffing and recruitment"
CONSENT = "Consent and the Mental Capacity Act"


def apart(a: str, b: str) -> bool:
    return bool(renewal_apart([a, b])[0, 1])


def test_a_first_check_is_not_its_renewal():
    first = filed("The practice must ensure staff hepatitis B immunity is checked on appointment.", "a", STAFFING)
    renewed = filed("The practice should have a system for renewing staff hepatitis B immunity checks periodically.",
                    "b", STAFFING)
    applied = filed("The home must ensure that DoLS applications are submitted for residents who lack capacity to "
                    "consent to their care.", "c", CONSENT)
    reapplied = filed("The home should diarise when residents' DoLS authorisations end so that renewal applications "
                      "for residents who lack capacity are submitted before expiry.", "d", CONSENT)
    assert not together(first, renewed)
    assert not together(applied, reapplied)


def test_when_a_statement_says_nothing_of_when_it_still_merges():
    renewed = filed("The practice should have a system for renewing staff hepatitis B immunity checks periodically.",
                    "a", STAFFING)
    plain = filed("The practice must ensure staff hepatitis B immunity is checked and recorded.", "b", STAFFING)
    assert together(renewed, plain)


def test_how_a_statement_reads_first_and_renewed():
    first = "Ensure that references are obtained for new staff before they start."
    assert apart(first, "Ensure that references for staff are checked again every three years.")
    assert apart(first, "Ensure that staff references are rechecked periodically.")
    # asking for both, or for neither, is no contrast
    assert not apart(first, "Ensure that references are checked at recruitment and afterwards.")
    assert not apart(first, "Ensure that references are kept on each staff file.")
    # stock that expires is not an authority renewed
    assert not apart(first, "Ensure that out-of-date dressings are removed from the store.")
