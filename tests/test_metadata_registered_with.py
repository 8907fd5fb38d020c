"""A cover naming one organisation only (a GP hub, a practice) whose report names its provider in the
text as the body registered with CQC ("Northgate Care Partnership Ltd is registered with CQC to
provide …"): the provider is that body, the cover's name the location. Only a name that says what it
is (Ltd, Limited, Partners, Trust …) counts: a care home "registered with the Care Quality Commission to
provide accommodation" is the location the sentence describes, not its provider. Before: the cover's
name was given as its own provider."""

import pytest

pytest.importorskip("reportlab")

from test_read_round50 import _cover_meta  # noqa: E402

COVER = [("Northgate Evening Access Service", 2.0, True), ("Inspection report", 1.4, False),
         ("Suite 2, Riverside Health Centre, Northgate, NG4 1AA", 1.0, False),
         ("Date of inspection visit: 3 June 2019", 1.0, False)]


@pytest.mark.parametrize("size", [9.0, 10.5, 13.0])
def test_a_body_registered_with_cqc_that_says_what_it_is_is_the_provider(tmp_path, size):
    about = ("Background to Northgate Evening Access Service",
             "Northgate Care Partnership Ltd is registered with CQC to provide the regulated activities of diagnostic "
             "and screening procedures and treatment of disease, disorder or injury.")
    meta = _cover_meta(tmp_path, COVER, size, about)
    assert (meta.provider, meta.location) == ("Northgate Care Partnership Ltd", "Northgate Evening Access Service")


@pytest.mark.parametrize("size", [9.0, 10.5, 13.0])
def test_a_place_registered_with_cqc_is_no_provider(tmp_path, size):
    about = ("Northgate Evening Access Service is registered with the Care Quality Commission to provide treatment of "
             "disease, disorder or injury from two sites.",)
    meta = _cover_meta(tmp_path, COVER, size, about)
    assert (meta.provider, meta.location) == ("Northgate Evening Access Service", "Northgate Evening Access Service")
