"""The report's facts on the fixtures built for them: breaches that say what was wrong, the
notices behind each must, the cover's counts, dates and response date, 2010 regulations.

What is expected comes from the fixture specs' data (fixtures/specs/*.py: the table rows
and sentences the generator typeset), never from running cqcplan.
"""

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from cqcplan import api
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.render.context import regulatory_facts
from cqcplan.pipeline.render.text import dates_as_printed
from cqcplan.pipeline.text import collapse_ws

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

from specs import asc_enforcement_2018 as asc  # noqa: E402
from specs import care_home_2015_legacy as legacy  # noqa: E402
from specs import dental_practice_2019 as dental  # noqa: E402


@pytest.fixture(scope="module")
def read():
    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            cache[name] = api.extract_report(FIXTURES / name / "report.pdf")
        return cache[name]

    return get


def _what_was_wrong(notice) -> str:
    """The row's statement as printed: the text after "How the regulation was not being met:"."""
    return collapse_ws(notice.body[1])


def _notice_type(notice) -> str:
    return "requirement_notice" if notice.kind == "requirement_notice" else "warning_notice"


@pytest.mark.parametrize("spec, rows, breaches", [
    (asc, asc.REQUIREMENT_NOTICES + asc.ENFORCEMENT, [asc.BREACH_12, asc.BREACH_13, asc.BREACH_14, asc.BREACH_17]),
    (legacy, legacy.NOTICES, [legacy.BREACH_13, legacy.BREACH_10]),
], ids=["asc_enforcement_2018", "care_home_2015_legacy"])
def test_each_breach_must_is_the_tables_statement_with_its_notice_and_narrative(spec, rows, breaches, read):
    report = read(spec.NAME)
    musts = [f for f in report.findings if f.kind == "must"]
    breach_of = {s.regs[0].number: collapse_ws(s.text) for s in breaches}
    assert len(musts) == len(rows)
    for notice in rows:
        must = next(f for f in musts if collapse_ws(f.text).startswith(_what_was_wrong(notice)))
        assert (must.regulations[0].instrument, must.regulations[0].number) == (notice.instrument, notice.number)
        assert [(e.type, e.activities) for e in must.enforcement] == [(_notice_type(notice), list(notice.activities))]
        assert [collapse_ws(e.text).endswith(breach_of[notice.number]) for e in must.evidence] == [True]
    assert not {collapse_ws(f.text) for f in musts} & set(breach_of.values())  # never the bare breach sentence


def test_notices_are_named_on_the_rows_and_counted_on_the_cover(read):
    report = read(asc.NAME)
    rows = asc.REQUIREMENT_NOTICES + asc.ENFORCEMENT
    assert report.meta.enforcement_counts == dict(Counter(_notice_type(n) for n in rows))
    plan = make_plan(api.to_extraction([report]))
    labels = Counter(label for action in plan.actions for label in action.notices)
    assert labels == Counter({"Requirement notice": 2, "Warning notice": 2})
    assert regulatory_facts(report.meta)["notice_counts"] == "2 requirement notices; 2 warning notices"


def test_the_cover_prints_the_dates_as_the_report_does(read):
    meta = read(asc.NAME).meta
    assert dates_as_printed(meta) == asc.DATES_PRINTED
    assert [d.isoformat() for d in meta.inspection_dates] == asc.META["inspection_dates"]


def test_a_pre_2015_report_cites_2010_regulations_and_gives_its_response_date(read):
    report = read(legacy.NAME)
    assert report.meta.response_due == date.fromisoformat(legacy.RESPONSE_DUE)
    # what the report names is the 2010 instrument; a 2014 regulation is only ever the one that replaced it
    named = [(r, t) for f in report.findings if f.kind == "must"
             for r in f.regulations for t in f.tags if t.field == "regulation" and t.value == f"{r.instrument} {r.number}"]
    assert {r.instrument for r, t in named if t.basis != "equivalent"} == {"RA2010"}
    assert {t.basis for r, t in named if r.instrument == "RA2014"} <= {"equivalent"}
    assert {(n.regulation.instrument, n.type) for n in report.notices} == {("RA2010", "requirement_notice")}


def test_dental_musts_that_restate_a_regulation_carry_its_requirement_notice(read):
    report = read(dental.NAME)
    for statement, number in dental.RESTATES.items():
        must = next(f for f in report.findings if collapse_ws(f.text) == collapse_ws(statement.text))
        assert [(e.type, e.regulation.number) for e in must.enforcement] == [("requirement_notice", number)]
    restated = {collapse_ws(s.text) for s in dental.RESTATES}
    assert all(not f.enforcement for f in report.findings if collapse_ws(f.text) not in restated)
