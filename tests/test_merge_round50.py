"""Merge round fifty (the outside pair set HU, acute core services, GP and dental practices, homecare, supported
living and independent clinics, and the trust batch HV, as development): look-alikes that name one object and ask
another thing of it (a stored medicine's date or its temperature, a registration checked or kept up by learning, an
X-ray room's local rules or its warning lights, a discharge at night or a late one, a front door's phone line or its
arrivals), and paraphrases kept apart by a name the vocabulary lacked. Statements are written here, not copied from an
evaluation set; each look-alike merged, or each paraphrase stayed apart, before the change its test names.
"""

from merge_findings import filed, together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.terms import terms_many


def _filed_together(a: str, b: str, theme: str) -> bool:
    return together(filed(a, "a", theme), filed(b, "b", theme))


def _terms(text: str) -> set[str]:
    return set(terms_many([text])[0])


def test_a_stored_medicine_in_date_or_at_temperature():
    """vocab/issue_terms.toml "a stored medicine in date or at temperature": expired stock taken out of a fridge is
    not the fridge's readings acted on; a statement asking both meets either."""
    expired = "Staff on the surgical ward should take expired eye drops out of the treatment room fridge."
    readings = ("The trust must make sure nurses check the treatment room fridge temperature each day on the surgical "
                "ward and act on readings out of range.")
    assert not _filed_together(expired, readings, "Medicines")
    both = ("Nurses must check the treatment room fridge on the surgical ward daily for expired eye drops and "
            "readings out of range.")
    assert _filed_together(expired, both, "Medicines")


def test_the_sharps_regulations_named_in_full_are_safer_sharps():
    """vocab/synonyms.toml `safer_sharps`: "the Health and Safety (Sharp Instruments in Healthcare) Regulations" name
    the devices used on patients, not the bins they go into."""
    device = ("The clinic should bring in retractable lancets as the Health and Safety (Sharp Instruments in "
              "Healthcare) Regulations 2013 require.")
    assert "safer_sharps" in _terms(device) and "sharps_bin" not in _terms(device)
    assert not _filed_together(device, "The clinic should date and sign every sharps bin when it is assembled.",
                               "Cleanliness, infection control and hygiene")


def test_a_registration_checked_or_kept_up_by_cpd():
    """vocab/aspects.toml training: continuing professional development is learning; vocab/synonyms.toml: a GDC
    registration is a professional registration. Checking it is not completing the CPD it asks."""
    assert "training" in aspects("hygienists complete their CPD")
    assert "professional_registration" in _terms("The surgery must check every hygienist's GDC registration.")
    assert not _filed_together("The surgery should check hygienists' GDC registration when they are employed and "
                               "each year after.",
                               "The surgery should make sure hygienists complete the CPD they need for their GDC "
                               "registration.", "Competent staff")


def test_an_x_ray_rooms_local_rules_or_warning_lights():
    """vocab/issue_terms.toml "radiation protection measure": the local rules on show and the warning lights working."""
    assert not _filed_together("Staff should make sure the local rules are on display inside every X-ray room.",
                               "Staff should make sure the warning light at every X-ray room works.",
                               "Environment and equipment")


def test_a_discharge_at_night_or_delayed():
    """vocab/synonyms.toml `night` (the national out-of-hours window) and vocab/issue_terms.toml "a discharge at night
    or delayed": two measures of flow with two fixes."""
    assert "night" in _terms("No child should leave the high dependency unit between 22:00 and 07:00.")
    assert not _filed_together("The trust should stop discharging patients from the coronary care unit between "
                               "22:00 and 07:00.",
                               "The trust should cut the number of coronary care unit discharges delayed for want "
                               "of a bed.", "Access and flow")


def test_a_front_door_called_or_attended():
    """vocab/issue_terms.toml "a call answered or a person seen on arrival": people who call a unit and people who
    attend it are answered by two rotas."""
    assert not _filed_together("The trust must ensure parents calling the children's assessment unit get an answer "
                               "promptly.",
                               "The trust must ensure parents attending the children's assessment unit are seen "
                               "promptly.", "Access and flow")


def test_childrens_nurses_named_by_their_qualification():
    """vocab/synonyms.toml `paediatric_nurse`: nurses holding a children's nursing qualification are children's
    nurses, a staff group of their own."""
    assert "paediatric_nurse" in _terms("Wards must have nurses with a children's nursing qualification on each shift.")
    assert _filed_together("Theatres must have enough nurses with a children's nursing qualification on each shift.",
                           "Theatres must have enough registered children's nurses on every shift.", "Staffing")


def test_names_the_vocabulary_lacked():
    """vocab/synonyms.toml: a document that "has passed its review date" is out of date (`current`); a "waiting
    space" is a waiting area, not a wait; "days to reflect" is a cooling-off period; a counsellor gives counselling."""
    assert "current" in _terms("Pathways have passed their review date.")
    assert "waiting_area" in _terms("a quiet waiting space") and "waiting_time" not in _terms("a quiet waiting space")
    assert "cooling_off" in _terms("people have ten days to reflect")
    assert "psychological_therapy" in _terms("offered a counsellor")
    assert _filed_together("Radiology should review the protocols that have passed their review date.",
                           "Radiology protocols must be updated before their review date.", "Governance")


def test_the_staffing_regulations_qualifiers_in_any_order():
    """vocab/synonyms.toml `sufficient`: regulation 18(1)'s "sufficient numbers of suitably qualified, competent and
    skilled" staff is the staffing-numbers duty, whichever of its qualifiers a notice keeps, not a competence asked."""
    found = _terms("The trust must deploy sufficient numbers of suitably qualified, competent and skilled nursing "
                   "staff on the stroke unit.")
    assert "sufficient" in found and not found & {"competenc", "skill"}
