"""Citation parsing: every shape CQC prints (reference §8.3), written out here, not read from vocab."""

import pytest

from cqcplan.models import Regulation
from cqcplan.pipeline.citations import citation_spans, find_citations, regulation_from_heading, regulation_title


def _keys(regs: list[Regulation]) -> list[tuple[str, str, str]]:
    return [(r.instrument, r.number, r.paragraphs) for r in regs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trust must ensure medicines are stored safely (Regulation 12(2)(g)).", [("RA2014", "12", "(2)(g)")]),
        ("(Regulation 17(1)(2)(a)(b))", [("RA2014", "17", "(1)(2)(a)(b)")]),
        ("The provider must review audits (Reg 17)", [("RA2014", "17", "")]),
        ("(Regulation 12 (1) (2) (a) (b))", [("RA2014", "12", "(1)(2)(a)(b)")]),
        ("(Regulation 12( 2 )( g ))", [("RA2014", "12", "(2)(g)")]),
        ("(Regulation 13(4)(b)(iv))", [("RA2014", "13", "(4)(b)(iv)")]),
        ("(Regulations 12 and 17)", [("RA2014", "12", ""), ("RA2014", "17", "")]),
        ("(Regulation 12, 17)", [("RA2014", "12", ""), ("RA2014", "17", "")]),
        ("(Regulations 12(2)(a), 17(2)(b) and 18)", [("RA2014", "12", "(2)(a)"), ("RA2014", "17", "(2)(b)"), ("RA2014", "18", "")]),
        ("(Regs 12 & 17)", [("RA2014", "12", ""), ("RA2014", "17", "")]),
        (
            "This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 "
            "(Regulated Activities) Regulations 2014.",
            [("RA2014", "12", "")],
        ),
        ("These were breaches of regulation 17 (Good governance) and 18 (Staffing).", [("RA2014", "17", ""), ("RA2014", "18", "")]),
        ("Regulation 18 CQC (Registration) Regulations 2009 Notification of other incidents", [("REG2009", "18", "")]),
        (
            "breaches of regulation 12 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, "
            "relating to safe care and treatment, and regulation 14 of the Care Quality Commission (Registration) "
            "Regulations 2009, regarding notice of absence",
            [("RA2014", "12", ""), ("REG2009", "14", "")],
        ),
        ("Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 Staffing", [("RA2010", "22", "")]),
        ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", [("RA2014", "12", "")]),
        ("Regulation 12 HSCA RA Regulations 2014", [("RA2014", "12", "")]),
        ("The home must support visits in line with Regulation 9A.", [("RA2014", "9A", "")]),
        ("reg. 20a", [("RA2014", "20A", "")]),
        ("(Regulation 12) and (Regulation 12)", [("RA2014", "12", "")]),
        ("cut off at the page end: Regulation 12(", [("RA2014", "12", "")]),
    ],
)
def test_find_citations_reads_every_printed_shape(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _keys(find_citations(text)) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("(Regulation 12(2)(g))", "Safe care and treatment"),
        ("Regulation 18 CQC (Registration) Regulations 2009 Notification of other incidents", "Notification of other incidents"),
        ("Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 Staffing", "Staffing"),
        ("Regulation 18 HSCA RA Regulations 2014 staffing", "Staffing"),
        ("Regulation 20A", "Requirement as to display of performance assessments"),
    ],
)
def test_find_citations_normalises_titles_from_the_official_list(text: str, title: str) -> None:
    assert find_citations(text)[0].title == title


@pytest.mark.parametrize(
    "text",
    [
        "regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014",
        "(Regulation 12 (Safe care and treatment))",
    ],
)
def test_find_citations_does_not_take_a_title_for_a_paragraph(text: str) -> None:
    assert find_citations(text)[0].paragraphs == ""


def test_find_citations_keeps_instrument_within_its_own_clause() -> None:
    text = "Staffing was short (Regulation 18). Separately, notifications are required by the Registration Regulations 2009."
    assert _keys(find_citations(text)) == [("RA2014", "18", "")]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The trust should consider reviewing its staffing model.",
        "The Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 apply.",
        "Regulations 2014",
        "regulation of medicines",
        "Regulation (",
        "((((Regulation",
        "\x00\ufeffRegulation\u00a0",
        "Regulation " * 5000,
    ],
)
def test_find_citations_returns_nothing_when_nothing_is_cited(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize("value", [None, 12, b"Regulation 12"])
def test_find_citations_never_raises_on_non_text(value: object) -> None:
    assert find_citations(value) == []  # type: ignore[arg-type]


def test_find_citations_does_not_read_a_count_as_a_second_regulation() -> None:
    assert _keys(find_citations("a breach of regulation 17 and 3 further concerns")) == [("RA2014", "17", "")]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("This was a breach of regulation 17 (Good governance) of the Act.", ["regulation 17 (Good governance)"]),
        ("Store medicines safely (Regulation 12(2)(g)).", ["Regulation 12(2)(g)"]),
        ("Breaches of regulations 12 and 18 (Staffing) were found.", ["regulations 12 and 18 (Staffing)"]),
        ("The regulations require staff to be trained.", []),
    ],
)
def test_citation_spans_cover_the_number_its_paragraphs_and_its_title(text: str, cited: list[str]) -> None:
    assert [text[start:end] for start, end in citation_spans(text)] == cited


@pytest.mark.parametrize(
    ("instrument", "number", "title"),
    [
        ("RA2014", "18", "Staffing"),
        ("REG2009", "18", "Notification of other incidents"),
        ("RA2010", "13", "Management of medicines"),
        ("RA2014", "9a", "Visiting and accompanying in care homes, hospitals and hospices"),
        ("RA2014", "99", None),
        ("REG2009", "20A", None),
    ],
)
def test_regulation_title_is_instrument_aware(instrument: str, number: str, title: str | None) -> None:
    assert regulation_title(instrument, number) == title


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Regulation 17 HSCA (RA) Regulations 2014 Good governance", ("RA2014", "17")),
        ("Regulation 12 HSCA RA Regulations 2014 Safe care\nand treatment", ("RA2014", "12")),
        ("Regulation 18 CQC (Registration) Regulations 2009 Notification of other incidents", ("REG2009", "18")),
        ("Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 Staffing", ("RA2010", "22")),
        ("Person centred care", ("RA2014", "9")),
        ("CQC (Registration) Regulations 2009 Notice of absence", ("REG2009", "14")),
    ],
)
def test_regulation_from_heading_reads_table_headings(heading: str, expected: tuple[str, str]) -> None:
    reg = regulation_from_heading(heading)
    assert reg is not None
    assert (reg.instrument, reg.number) == expected


@pytest.mark.parametrize("heading", ["", "Regulated activity", "How the regulation was not being met:"])
def test_regulation_from_heading_returns_none_without_a_regulation(heading: str) -> None:
    assert regulation_from_heading(heading) is None
