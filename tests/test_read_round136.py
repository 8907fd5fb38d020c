"""Reading round 136, the harder outside set IJ's Easy Read report and fixed-width text export, each built here:

- an Easy Read version's lists' headings "Things the trust must do better" / "… should do better" open must and
  should lists (vocab/headings.toml), so the version, naming CQC but with no cover scan knows, is read with the
  warning, not refused; and its cover's "… checks that services / are safe and good." rates nothing
  (cover_ratings.py).
- a table typed in a fixed-width font ("+-----+-----+" borders, "|" walls) reads as the ruled table it draws:
  the borders are rules, the bars at their junctions the walls between cells (typed_grid.py), so a statement
  wrapped in its cell reads without bars, a row cut by a page break goes on above the next page's border, and a
  bar elsewhere on the page ("Overall Good | Safe Good") stays.
Each test fails without its change.
"""

import logging
import textwrap

import pytest
from build import doc, line

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from cqcplan.pipeline.cover_ratings import cover_ratings  # noqa: E402
from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402
from cqcplan.pipeline.scan import page_texts, recognise  # noqa: E402
from cqcplan.pipeline.text import collapse_ws  # noqa: E402
from reading import read_findings  # noqa: E402

EASY_COVER = ["What the Care Quality Commission found at Kingsford Community Healthcare NHS Trust",
              "Easy read version of the CQC report", "Inspection report published 9 June 2021",
              "CQC visited the trust on 23 and 24 February 2021.", "CQC said the trust overall is",
              "Requires improvement.", "Safe: Requires improvement", "Effective: Good", "Caring: Good",
              "Responsive: Good", "Well-led: Requires improvement"]


def test_an_easy_read_version_naming_cqc_with_its_easy_read_headings_is_read(caplog):
    """No report cover as scan knows one (its title, dates and ratings in plain words), but CQC named and its
    lists under "Things the trust must do better": read, with the warning, as a copy of the report's lists."""
    built = doc(*(line(text, size=15) for text in EASY_COVER), line("Things the trust must do better", size=26, bold=True),
                line("The trust must make sure", size=15, x=300), line("there are enough nurses", size=15, x=300))
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        assert recognise(built, page_texts(built)) == []
    assert "no CQC report cover" in caplog.text


EASY_ROWS = {"must": [("Community health inpatient services",
                       [["The trust must make sure", "there are enough nurses", "on the wards at night."],
                        ["The trust must make sure", "medicines are kept", "at the right temperature.",
                         "Staff must write down", "the temperature every day."]]),
                      ("Wards for people with a learning disability or autism",
                       [["The trust must make sure", "staff only use restraint", "when there is no other way",
                         "to keep people safe."]])],
             "should": [("Community health inpatient services",
                         [["The trust should make sure", "patients can go outside", "when they want to."]])]}


@pytest.mark.parametrize("size", [12.0, 15.0, 18.0])
def test_easy_read_headings_open_their_lists_of_rows_broken_by_hand(size):
    """Each row's sentence broken by hand over short lines beside its picture, rows parted by a blank line:
    one statement a row (two sentences in one row are one), under "Things the trust must do better"."""
    spec = []
    for kind, groups in EASY_ROWS.items():
        spec.append(line(f"Things the trust {kind} do better", size=1.7 * size, bold=True, x=56, gap=2 * size))
        for service, rows in groups:
            spec.append(line(service, size=1.1 * size, bold=True, x=56, gap=size))
            for row in rows:
                spec += [line(text, size=size, x=56 + 16 * size, gap=2.5 * size if k == 0 else 0.3 * size)
                         for k, text in enumerate(row)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [(f.kind, f.text, f.service, f.section) for f in found] == [
        (kind, " ".join(row), service, f"Things the trust {kind} do better")
        for kind, groups in EASY_ROWS.items() for service, rows in groups for row in rows]


# ---- a table typed in a fixed-width font ----------------------------------------------------------------

REGISTER = {"must": [("Acute wards for adults of working age and psychiatric intensive care units",
                      [("M01", "The trust must ensure that patients in seclusion are reviewed by a doctor and a nurse at "
                                "the intervals set out in the Mental Health Act Code of Practice. (Regulation 12(2)(a))",
                        ""),
                       ("M02", "The trust must ensure that ligature risk assessments are up-to-date and that identified "
                                "risks are mitigated. (Regulation 12(2)(d))", "")]),
                     ("Wards for older people with mental health problems",
                      [("M03", "The trust must ensure that governance systems identify when supervision rates fall "
                                "below target and that action is taken. (Regulation 17(2)(a))", "")])],
            "should": [("Community-based mental health services for adults of working age",
                        [("S01", "The trust should ensure that patients who do not attend appointments are followed "
                                  "up in line with the trust's policy.", ""),
                         ("S02", "The trust should review the blanket restriction on access to the garden at night.",
                          "")])]}
WIDTHS = (5, 44, 16)  # each cell's width in characters, inside its padding


def _border(fill: str = "-") -> str:
    return "+" + "+".join(fill * (w + 2) for w in WIDTHS) + "+"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.ljust(w) for cell, w in zip(cells, WIDTHS)) + " |"


def _register() -> tuple[list[str], int]:
    """The export's lines, and the index the page breaks before (inside the must table's last row)."""
    lines = ["NORTHMARSH PARTNERSHIP NHS FOUNDATION TRUST", "Ratings: Overall Requires improvement | Safe Good", ""]
    cut = 0
    span = sum(WIDTHS) + 3 * (len(WIDTHS) - 1)
    for kind, groups in REGISTER.items():
        lines += [f"ACTION THE PROVIDER {kind.upper()} TAKE TO IMPROVE", "", _border(),
                  _row("Ref", "CQC action (as worded in report)", "Notes"), _border("=")]
        for service, rows in groups:
            lines += ["| " + part.ljust(span) + " |" for part in textwrap.wrap(f"Core service: {service}", span)]
            lines.append(_border())
            for ref, text, owner in rows:
                texts, owners = textwrap.wrap(text, WIDTHS[1]), textwrap.wrap(owner, WIDTHS[2])
                for k in range(max(len(texts), len(owners))):
                    lines.append(_row(ref if k == 0 else "", *(part[k] if k < len(part) else "" for part in (texts, owners))))
                    cut = cut or (len(lines) if ref == "M03" and k == 1 else 0)
                lines.append(_border())
        lines.append("")
    return lines, cut


def _typed(path, size: float) -> None:
    lines, cut = _register()
    width = (len(_border()) * 0.6 + 8) * size
    page = canvas.Canvas(str(path), pagesize=(width, (cut + 4) * 1.2 * size))
    top = 2 * size
    for n, text in enumerate(lines):
        if n == cut:
            page.showPage()
            top = 2 * size
        page.setFont("Courier", size)
        page.drawString(4 * size, (cut + 4) * 1.2 * size - top - size, text)
        top += 1.2 * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_table_typed_in_a_fixed_width_font_reads_as_its_cells(tmp_path, size):
    path = tmp_path / "register.pdf"
    _typed(path, size)
    first = start_read(path, sha256="0")().pages[0].lines
    assert "Ratings: Overall Requires improvement | Safe Good" in [collapse_ws(l.text) for l in first]
    assert not any(set(l.text) & set("|+") for l in first[2:])
    assert [(f.kind, f.text, f.service) for f in read_findings(path)] == [
        (kind, text, service) for kind, groups in REGISTER.items() for service, rows in groups for _, text, _ in rows]


def test_a_sentence_saying_services_are_safe_and_good_rates_nothing():
    """An Easy Read cover explains CQC before its ratings ("… checks that services / are safe and good."):
    the sentence's "safe and good" is no label and rating; the key questions' own lines are."""
    built = doc(line("The Care Quality Commission checks that services"), line("are safe and good."),
                line("Safe: Requires improvement", gap=10), line("Effective: Good"))
    assert cover_ratings(built.pages[0].lines) == {"safe": "Requires improvement", "effective": "Good"}
