"""Reading round 124, the harder outside set HT as a development set; each page built here with
reportlab at several type sizes:

- a lettered list run into one paragraph under a service ("The trust must: (a) ensure …; (b) …; and
  (c) …."): each lettered item is a statement of its own, of the lead-in's kind, its words as printed
  without the lead-in, its letter or the list's punctuation; a citation's own "(2)(a)" splits nothing
  (run_in_items.py, called from extract.py).
Each test fails without its change.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import _findings, _Page  # noqa: E402

RUN_IN = [("Urgent and emergency care", "must", [
    "ensure that all patients arriving by ambulance receive an initial clinical assessment within 15 minutes of "
    "arrival (Regulation 12(2)(a))",
    "ensure that the paediatric area is staffed at all times by at least one nurse with children’s "
    "qualifications (Regulation 18(1))",
    "ensure that controlled drugs are checked and recorded in line with trust policy (Regulation 12(2)(g))"]),
    ("Urgent and emergency care", "should", [
        "review the signage to the minor injuries stream so that patients can find it without asking staff",
        "consider how the results of the sepsis audit are shared with locum doctors"]),
    ("Surgery", "must", ["ensure that the safer surgery checklist is completed in full for every procedure "
                         "(Regulation 12(2)(b))"])]


def _run_in(kind: str, items: list[str]) -> str:
    lettered = [f"({chr(ord('a') + n)}) {item}" for n, item in enumerate(items)]
    body = "; ".join(lettered[:-1]) + ("; and " if len(lettered) > 1 else "") + lettered[-1]
    return f"The trust {kind}: {body}."


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_run_in_lettered_list_is_a_statement_an_item(tmp_path, size):
    path = tmp_path / "run_in.pdf"
    page = _Page(path, size)
    page.put("Areas for improvement", 50, 60, 1.5 * size, bold=True)
    top, service = 60 + 3 * size, None
    for name, kind, items in RUN_IN:
        if name != service:
            page.put(name, 50, top, 1.2 * size, bold=True)
            top, service = top + 2 * size, name
        top = page.para(_run_in(kind, items), 50, top, 480) + 0.8 * size
    page.save()
    assert [(f.kind, f.text, f.service) for f in _findings(path)] == [
        (kind, item, name) for name, kind, items in RUN_IN for item in items]
