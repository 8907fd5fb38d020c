from cqcplan.models import Finding
from cqcplan.pipeline.repeats import collapse_repeats


def finding(text, page, kind="must", service=None):
    return Finding(id="", kind=kind, text=text, file="r.pdf", page=page, section="S", service=service)


def test_identical_wording_is_one_finding_with_every_other_place_in_also_at():
    found = collapse_repeats([
        finding("The trust must ensure staff are trained.", 2),
        finding("The trust should consider signage.", 3, kind="should"),
        finding("The trust must ensure  staff are trained", 9, service="Surgery"),
        finding("The trust must ensure staff are trained.", 14, service="Maternity"),
    ])
    assert [(f.id, f.page) for f in found] == [("F1", 2), ("F2", 3)]
    assert [(p.page, p.service) for p in found[0].also_at] == [(9, "Surgery"), (14, "Maternity")]


def test_one_word_different_is_a_different_finding():
    found = collapse_repeats([
        finding("The trust must ensure nurses are trained.", 2),
        finding("The trust must ensure doctors are trained.", 5),
    ])
    assert [f.id for f in found] == ["F1", "F2"] and all(not f.also_at for f in found)


def test_a_copy_printed_in_a_list_of_the_other_kind_is_one_finding_and_a_must():
    for first, later in (("must", "should"), ("should", "must")):
        found = collapse_repeats([
            finding("Ensure that records of each cycle are kept.", 2, kind=first),
            finding("Ensure that parents are given written information.", 3, kind="should", service="Children"),
            finding("Ensure that records of each cycle are kept.", 3, kind=later, service="Outpatients"),
        ])
        assert [(f.id, f.kind, f.page) for f in found] == [("F1", "must", 2), ("F2", "should", 3)]
        assert [(p.page, p.service) for p in found[0].also_at] == [(3, "Outpatients")]
