"""A plan grouped by core service (qa10): services in the order the report names them, in the
groups, the summary and status; an action covering two services listed, by its one ref, under
each (in full under the first, named as shared under the other)."""

from docx import Document
from plan_samples import acute_trust

from cqcplan.models.plan import NO_SERVICE
from cqcplan.pipeline.identity import ensure_ids
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.readback import read_plan
from cqcplan.pipeline.render import render


def test_services_follow_the_report_not_the_order_its_musts_fall_in():
    extraction = acute_trust()
    named = extraction.reports[0].services  # Surgery before Maternity, though Maternity's must comes first
    plan = make_plan(extraction, group_by="service")
    groups = list(dict.fromkeys(a.group for a in plan.actions))
    assert groups == [*named, NO_SERVICE]
    assert [c.label for c in plan.summary.by_service] == [s for s in named if s in groups] + [NO_SERVICE]


def test_an_action_of_two_services_is_named_as_shared_under_the_other_by_the_same_ref(tmp_path):
    plan = ensure_ids(make_plan(acute_trust(), group_by="service"))
    [shared] = [a for a in plan.actions if len(a.services) > 1]
    other = shared.services[1]
    [path] = render(plan, tmp_path / "plan.docx", ["docx"])
    rows = [r.cells for t in Document(str(path)).tables for r in t.rows]
    headings = [cells[0].text.replace("’", "'") for cells in rows if len(cells) > 1 and cells[0]._tc is cells[-1]._tc]
    [heading] = [h for h in headings if h.startswith(other)]
    assert f"Shared with this service: {shared.ref} (in full under {shared.group})" in heading
    assert not any(shared.ref in h for h in headings if h.startswith(shared.group))
    assert [r.ref for r in read_plan(path).rows] == [a.ref for a in plan.actions]  # one row per action: the heading reads back as none
