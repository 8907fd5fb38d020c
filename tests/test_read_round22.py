"""Reading round twenty-two (issue 10), the harder batch CD as a development set, each fault as a
class, on small reports built here at several type sizes:

- a SHOULD list numbered by core service ("1. Community health services for adults" over
  "1.1 The trust should …", "1.2 …"): the numbered label is a group of the list naming the items'
  service, and each numbered sub-item is a statement (before, the label and its statements were
  one statement, "Community health services for adults⏎The trust should …⏎The trust should …");
- a dash opening a wrapped line at the item's own text edge, after a line that ran to the column's
  edge mid-sentence ("… early warning score" / "– MEOWS."), goes on the sentence (before, it was a
  sub-bullet: "score⏎MEOWS.");
- a cover naming one organisation only (a GP or dental practice, printed once or twice over the
  title) names both the provider and the location; a trust's keeps no location (before, one of
  them was None);
- a key question's bar letter-spaced, with space characters between some of its letters (as
  WeasyPrint's or PDFium's made-up spaces put them), reads as printed: "Is the service well-led?"
  (before, "I s the se r v ice we l l - led ?", a section naming no key question);
- a pull-quote set larger than the text, a quotation ending with its full stop ("“Sometimes we wait
  … when we ring.”"), is no heading: the key question over it stays the section (before, the quote
  was the section of the breach under it);
- a citation printed with its brackets set apart ("(Regulation 17 (1) (2) (b))") broken over a line
  end between two brackets keeps the space there (before, "(1)(2)": a reader sees a space).
"""

import pytest

from build import PageBreak, doc, line

from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.glyphs import Glyph
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.metadata import read_metadata
from cqcplan.pipeline.read import read_page
from cqcplan.pipeline.text import join_lines

LEFT = 60.0
SHOULDS = [(["Community health services for adults"],
            [["The trust should ensure that patients’ records are com\u2010", "pleted contemporaneously."],
             ["The trust should review the lone working arrangements."]]),
           (["Community health services for children and young", "people"],
            [["The trust should ensure that the school nursing service has", "enough staff."]]),
           (["Trust-wide"],
            [["The trust should ensure that the following are checked:", "i. fridge temperatures;", "ii. sharps bins."],
             ["The trust should provide end of life care training."]])]


def _numbered_by_service(size: float) -> list:
    """A SHOULD list whose groups are numbered ("1." at the margin, its label in bold), each
    statement numbered under its group ("1.1", indented to the label's text), a lower-roman
    sub-list indented further."""
    label_x, item_x, sub_x = LEFT + 2.75 * size, LEFT + 2.75 * size, LEFT + 8.5 * size
    spec = [line("Action the trust SHOULD take to improve", x=LEFT, size=1.5 * size, bold=True)]
    for g, (label, items) in enumerate(SHOULDS, 1):
        spec.append(line(f"{g}. {label[0]}", x=LEFT, text_x=label_x, size=size, bold=True))
        spec += [line(more, x=LEFT, size=size, bold=True) for more in label[1:]]
        for n, lines in enumerate(items, 1):
            spec.append(line(f"{g}.{n} {lines[0]}", x=item_x, text_x=item_x + 2.1 * size, size=size))
            for more in lines[1:]:
                sub = more.startswith(("i.", "ii."))
                spec.append(line(more, x=sub_x if sub else item_x, text_x=sub_x + size if sub else None, size=size))
    spec.append(line("Our inspection team", x=LEFT, size=1.7 * size, bold=True, gap=size))
    spec.append(line("The team included inspectors and specialist advisers.", x=LEFT, size=size))
    return spec


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_list_numbered_by_service_gives_each_numbered_statement_its_service(size):
    found = extract(locate(doc(*_numbered_by_service(size))), "built.pdf")
    want = []
    for label, items in SHOULDS:
        name = join_lines(label)
        service, group = (None, name) if name == "Trust-wide" else (name, None)
        for lines in items:
            main = [l for l in lines if not l.startswith(("i.", "ii."))]
            subs = [l[l.index(" ") + 1:] for l in lines if l.startswith(("i.", "ii."))]
            want.append(("should", service, group, "\n".join([join_lines(main), *subs])))
    assert [(f.kind, f.service, f.group, f.text) for f in found] == want


def test_an_item_announcing_its_sub_items_keeps_them():
    spec = [line("Action the trust SHOULD take to improve", x=LEFT, size=12.0, bold=True),
            line("1. The trust should ensure that the following are checked:", x=LEFT, text_x=LEFT + 20),
            line("1.1 fridge temperatures;", x=LEFT + 20, text_x=LEFT + 40),
            line("1.2 sharps bins.", x=LEFT + 20, text_x=LEFT + 40)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [f.text for f in found] == ["The trust should ensure that the following are checked:\n"
                                       "fridge temperatures;\nsharps bins."]


def test_a_citation_broken_between_brackets_keeps_the_way_it_sets_them():
    assert join_lines(["escalated in a timely way. (Regulation 17 (1)", "(2) (b))"]) == \
        "escalated in a timely way. (Regulation 17 (1) (2) (b))"
    assert join_lines(["(Regulation 12(2)", "(a) (b))"]) == "(Regulation 12(2) (a) (b))"
    assert join_lines(["Regulation 12(2)(a)", "(b)"]) == "Regulation 12(2)(a)(b)"  # set together: joined
    assert join_lines(["Regulation 12 (2)(a)", "(b))"]) == "Regulation 12 (2)(a)(b))"
    assert join_lines(["Regulation 12 (2)", "(a)"]) == "Regulation 12 (2)(a)"  # nothing tells: as before


MEOWS = ["The trust must ensure that staff escalate the care of women using the modified obstetric early warning score",
         "– MEOWS."]
NEXT = "The trust must ensure that the maternity dashboard is reviewed at every meeting."


def _dashed(size: float, lines: list[str]) -> list:
    """A bulleted must list, its items' text hung a bullet's width right of the bullet."""
    x, hang = 72.0, 1.5 * size
    spec = [line("Action the trust MUST take to improve", x=x, size=1.4 * size, bold=True)]
    spec.append(line(f"• {lines[0]}", x=x, text_x=x + hang, size=size))
    spec += [line(more, x=x + hang, size=size) for more in lines[1:]]
    spec.append(line(f"• {NEXT}", x=x, text_x=x + hang, size=size))
    return spec


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_dash_wrapped_to_the_item_s_text_edge_mid_sentence_goes_on_the_sentence(size):
    found = extract(locate(doc(*_dashed(size, MEOWS))), "built.pdf")
    assert [f.text for f in found] == [" ".join(MEOWS), NEXT]


@pytest.mark.parametrize("size", [8.0, 10.0])
@pytest.mark.parametrize("lines", [
    ["The trust must ensure that staff complete training in", "– safeguarding adults;", "– fire safety."],  # a short lead
    [MEOWS[0], "– for women in labour;", "– after birth."]])  # a dash under it at its x: a sub-list
def test_a_dash_after_a_short_line_or_over_another_dash_is_a_sub_item(size, lines):
    found = extract(locate(doc(*_dashed(size, lines))), "built.pdf")
    assert [f.text for f in found] == ["\n".join([lines[0], *(l[2:] for l in lines[1:])]), NEXT]


def _cover(size: float, names: list[tuple[str, float]]) -> list:
    """A cover: its name lines (text, size in ems of the body), the title, address and dates."""
    spec = [line(text, size=ems * size, bold=ems > 1) for text, ems in names]
    spec += [line("Inspection report", size=1.6 * size), line("14 Moor Road, Hexley, HX4 9QT", size=size),
             line("Date of inspection visit: 13 August 2019", size=size), line("Date of publication: 3 October 2019", size=size)]
    return spec


@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("names,provider,location", [
    ([("Meadowbank Surgery", 2.0)], "Meadowbank Surgery", "Meadowbank Surgery"),
    ([("Bridge Street Dental Care Limited", 1.0), ("Bridge Street Dental Care Limited", 2.0)],
     "Bridge Street Dental Care Limited", "Bridge Street Dental Care Limited"),  # twice over the title
    ([("Riverside Medical Partnership", 2.0)], "Riverside Medical Partnership", "Riverside Medical Partnership"),
    ([("Kestrel Community Health NHS Trust", 2.0)], "Kestrel Community Health NHS Trust", None),  # a trust's report
    ([("Northshire Partnership NHS Foundation Trust", 1.6), ("Community health inpatient services", 1.6)],
     "Northshire Partnership NHS Foundation Trust", None),  # a trust's core service
    ([("Larkhill Care Homes Limited", 1.4), ("Larkhill House", 2.0)], "Larkhill Care Homes Limited", "Larkhill House")])
def test_a_cover_naming_one_organisation_names_its_provider_and_location(size, names, provider, location):
    meta = read_metadata(doc(*_cover(size, names)), "")
    assert (meta.provider, meta.location) == (provider, location)


def _letter_spaced(text: str, size: float, spacing: float) -> list[Glyph]:
    """Each letter its own glyph, `spacing` ems apart (CSS letter-spacing), a word space (a third
    of an em) more between words; every other letter marked as having a space character before it."""
    glyphs, x = [], 60.0
    for n, ch in enumerate(text):
        if ch == " ":
            x += size / 3
            continue
        width = 0.55 * size
        glyphs.append(Glyph(ch, x, x + width, 100.0, 100.0 + 1.2 * size, size, True, False, n % 2 == 1))
        x += width + spacing * size
    return glyphs


@pytest.mark.parametrize("size", [9.0, 12.0, 14.0])
@pytest.mark.parametrize("spacing", [0.08, 0.12, 0.2])
def test_a_letter_spaced_bar_with_spaces_between_its_letters_reads_as_printed(size, spacing):
    text = "Is the service well-led?"
    lines = read_page(_letter_spaced(text, size, spacing), 1, 595.0, 842.0).lines
    assert [l.text for l in lines] == [text]


@pytest.mark.parametrize("size", [8.5, 9.5, 11.0])
def test_a_pull_quote_set_large_is_no_heading_over_the_breach_under_it(size):
    breach = "This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008."
    spec = [line("Larkhill House", size=2 * size, bold=True), PageBreak,  # past the cover's ratings grid
            line("Is the service safe?", size=1.3 * size, bold=True),
            line("Staffing and recruitment", size=size, bold=True, gap=size),
            line("Call bells were not answered promptly at night.", size=size)]
    spec += [line(words, x=200.0, size=1.4 * size, gap=size if n == 0 else 0.0)
             for n, words in enumerate(["“Sometimes", "we wait a", "long time for", "someone to come", "when we ring.”"])]
    spec += [line("There were not enough staff deployed at night.", size=size, gap=size), line(breach, size=size),
             line("Using medicines safely", size=size, bold=True, gap=size)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [(f.kind, f.section, f.domain) for f in found] == [("must", "Is the service safe?", "Safe")]
