"""Reading round fifty-six, sets DW and DP as development sets; each page is drawn here word by
word, two justified columns filled in turn (CSS columns), at several type sizes, and re-printed
through Ghostscript's pdfwrite as well:

- a must list ends in the left column; under it, at the column's foot, the should list's heading
  and first item; the right column opens with the should list's further items, and a paragraph of
  its narrative starts level with that heading. The two columns break off level there (a heading
  on the left, a paragraph gap on the right), which read as two blocks of columns, one under the
  other: the right column's should items went on the must list (shoulds read as musts). The list
  at the left column's foot goes on at the right column's top (gutters.py `_list_at_foot`);
- a must item cut at the left column's foot mid-clause ("… the guidance in the Mental") goes on at
  the right column's top at the items' text edge, with no bullet and a capital ("Health Act Code of
  Practice …"); a should heading on the right level with a paragraph on the left read as a new
  block, so the item was cut and its rest lost. A right column opening mid-item goes on the
  first column's foot cut mid-clause (gutters.py `_carried_over`, `_opens_mid_item`), but only when the
  heading is not in the first column: a must item's citation carried to the right column's top, over
  a should heading opening the first column, stays with its item (random seed 100753);
- an adult social care report's breach sentence in a double-spaced paragraph wrapped inside its
  Act's bracket ("… 2008 (Regulated" / "Activities) Regulations 2014."): the line opening with a
  capital that closes the bracket goes on the sentence over the wide leading (locate.py
  `_paragraph_break`); before, the passage ended at "(Regulated";
- a breach sentence cut at a page's foot, a footnote under it ("1The Deprivation of Liberty
  Safeguards …"), goes on at the next page's top past the footnote, as a list item does (locate.py
  `feed`, `_footnote_under`); before, it was cut at "(Need for";
- a core service's cover naming its trust only in the running header over its title (a page-margin
  header printed on every page): that is the provider (metadata.py `_running_name`); before, none.

Each test fails without its change.
"""

import shutil
import subprocess

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings, _width, _wrapped  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT = 45.0
NARRATIVE = [
    "We rated acute wards for adults of working age as requires improvement because ligature risks "
    "were not fully identified and seclusion facilities did not meet national guidance.",
    "Staff we spoke with were caring and knew patients well. Patients told us that staff treated them "
    "with dignity and respect, although some said that activities were limited at weekends.",
    "Wards were clean and well maintained. Incidents were reported through the electronic system and "
    "ward managers reviewed them each week, sharing learning at team meetings.",
    "The seclusion room on Holme Ward did not have a clock visible to the patient and the toilet could "
    "not be seen from the observation window.",
    "Patients had a comprehensive assessment on admission. However, eleven of 24 care plans we reviewed "
    "were brief and did not show the patient's involvement or views.",
    "Managers told us staffing levels had improved since the trust recruited twelve newly qualified "
    "nurses, but leave was still cancelled on some evenings.",
    "The team was led by an inspection manager and included two inspectors, a Mental Health Act "
    "reviewer, a consultant psychiatrist and an expert by experience.",
]
MUSTS = [
    "The trust must ensure that ligature risk assessments for all wards identify every ligature point "
    "and describe how each risk is mitigated.",
    "The trust must ensure that patients detained under the Mental Health Act are given information "
    "about their rights, and that this is repeated and recorded.",
    "The trust must ensure that physical health observations are carried out and recorded following "
    "the administration of rapid tranquillisation.",
]
SHOULDS = [
    "The trust should ensure that patients have access to a range of therapeutic activities at weekends.",
    "The trust should ensure that care plans are personalised, holistic and recovery-oriented.",
    "The trust should ensure that staff receive regular supervision and that supervision is recorded.",
    "The trust should ensure that clinic room fridge temperatures are monitored daily.",
]
CUT = "The trust must ensure that seclusion is only used in rooms that meet the guidance in the Mental"
REST = "Health Act Code of Practice, and that seclusion records are completed in full."


class _Column:
    """One column's lines, set from `top` down at a leading of 1.25 ems, paragraphs 0.8 em apart,
    every line but a paragraph's last justified to the column's width."""

    def __init__(self, x: float, top: float, size: float):
        self.x, self.y, self.size, self.width, self.lines = x, top, size, 23 * size, []

    def heading(self, text: str) -> float:
        top = self.y
        for words in _wrapped(text, self.size, 0.8 * self.width):  # bold runs wider than regular
            self.lines.append((" ".join(words), self.x, self.y, self.size, True))
            self.y += 1.25 * self.size
        return top

    def paragraph(self, text: str, bullet: bool = False, last_full: bool = False, flush: bool = False) -> float:
        """`flush`: an item's wrapped lines set at the column's edge, left of its bullet."""
        top, hang = self.y, 1.2 * self.size if bullet else 0.0
        if bullet:
            self.lines.append(("•", self.x + 0.2 * self.size, self.y, self.size, False))
        lines = _wrapped(text, self.size, self.width - hang)
        for k, words in enumerate(lines):
            at = 0.0 if flush and k else hang
            self._justified(words, self.x + at, self.width - at, k < len(lines) - 1 or last_full)
            self.y += 1.25 * self.size
        self.y += (0.2 if bullet else 0.8) * self.size
        return top

    def _justified(self, words: list[str], x: float, width: float, stretch: bool) -> None:
        space = (width - sum(_width(w, self.size) for w in words)) / max(len(words) - 1, 1) if stretch \
            else _width(" ", self.size)
        for word in words:
            self.lines.append((word, x, self.y, self.size, False))
            x += _width(word, self.size) + space


def _read(tmp_path, size: float, lines: list[tuple], reprint: bool):
    path = _pages(tmp_path / "columns.pdf", [lines + [("2 Acute wards Quality Report 03/11/2016", LEFT, 800.0, 7.5, False)]])
    if reprint:
        again = tmp_path / "reprinted.pdf"
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", str(again), str(path)],
                       check=True, capture_output=True, timeout=60)
        path = again
    _, findings = _findings(path)
    return {(f.kind, f.text) for f in findings}


REPRINTS = [False, pytest.param(True, marks=pytest.mark.skipif(not shutil.which("gs"), reason="no Ghostscript"))]


@pytest.mark.parametrize("reprint", REPRINTS)
@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_list_begun_at_the_left_columns_foot_goes_on_at_the_right_columns_top(tmp_path, size, reprint):
    left, right = _Column(LEFT, 70.0, size), _Column(LEFT + 24.6 * size, 70.0, size)
    left.heading("Summary of findings")
    for text in NARRATIVE[:3]:
        left.paragraph(text)
    left.heading("Action the provider MUST take to improve")
    for text in MUSTS:
        left.paragraph(text, bullet=True)
    left.y += 0.4 * size
    level = left.heading("Action the provider SHOULD take to improve")
    left.paragraph(SHOULDS[0], bullet=True)
    for text in SHOULDS[1:]:
        right.paragraph(text, bullet=True)
    right.y += 0.6 * size
    right.heading("Information about the service")
    for text in NARRATIVE[3:]:  # the narrative's paragraphs while they fit above the heading's level
        if right.y + 1.25 * size * len(_wrapped(text, size, right.width)) > level - 0.8 * size:
            break
        right.paragraph(text)
    right.y = level  # a paragraph starting level with the should heading, ended above the left's foot
    right.paragraph(NARRATIVE[-1][:60].rsplit(" ", 1)[0] + ".")
    found = _read(tmp_path, size, left.lines + right.lines, reprint)
    assert found == {("must", text) for text in MUSTS} | {("should", text) for text in SHOULDS}


@pytest.mark.parametrize("reprint", REPRINTS)
@pytest.mark.parametrize("size", [8.0, 10.0])
def test_an_item_cut_at_the_left_columns_foot_goes_on_at_the_right_columns_top(tmp_path, size, reprint):
    left, right = _Column(LEFT, 70.0, size), _Column(LEFT + 24.6 * size, 70.0, size)
    tops = [left.paragraph(text) for text in NARRATIVE[:3]]
    left.heading("Outstanding practice and areas for improvement")
    left.paragraph(NARRATIVE[3])
    left.heading("Action the provider MUST take to improve")
    left.paragraph(MUSTS[0], bullet=True)
    left.paragraph(CUT, bullet=True, last_full=True)  # cut at the column's foot: its last line full, "… the Mental"
    hang = 1.2 * size
    rest = _wrapped(REST, size, right.width - hang)
    for k, line in enumerate(rest):
        right._justified(line, right.x + hang, right.width - hang, k < len(rest) - 1)
        right.y += 1.25 * size
    right.y += 0.2 * size
    for text in MUSTS[1:]:
        right.paragraph(text, bullet=True)
    right.y = min(top for top in tops if top >= right.y + 0.6 * size)  # level with a paragraph on the left
    right.heading("Action the provider SHOULD take to improve")
    for text in SHOULDS[:2]:
        right.paragraph(text, bullet=True)
    assert right.y < left.y
    found = _read(tmp_path, size, left.lines + right.lines, reprint)
    assert found == {("must", text) for text in [MUSTS[0], f"{CUT} {REST}", *MUSTS[1:]]} | \
        {("should", text) for text in SHOULDS[:2]}



CITED = "The trust must ensure that emergency equipment is checked daily and that the checks are documented."
CITATION = "(Regulation 12(2)(e))"
SHOULD_CUT = "The trust should ensure that staff wellbeing is supported after serious incidents on the"
SHOULD_REST = "wards, and that debriefs are offered to every member of staff involved."


@pytest.mark.parametrize("reprint", REPRINTS)
@pytest.mark.parametrize("size", [8.0, 10.0])
def test_an_item_carried_over_above_a_heading_in_the_first_column_stays_in_its_block(tmp_path, size, reprint):
    """A must item's citation goes on at the right column's top (no bullet, at the items' text edge);
    under both columns the should heading opens the first column and the should list's columns, the
    first cut mid-clause at its foot. The citation goes on its item above the heading, not on the
    should item at the page's foot (the must and should lists read as one stretch, the citation and
    the must items beside it added to a should)."""
    left, right = _Column(LEFT, 70.0, size), _Column(LEFT + 24.6 * size, 70.0, size)
    left.heading("Action the provider MUST take to improve")
    left.paragraph(MUSTS[0], bullet=True)
    left.paragraph(CITED, bullet=True)
    right._justified([CITATION], right.x + 1.2 * size, right.width - 1.2 * size, False)
    right.y += 1.45 * size
    for text in MUSTS[1:]:
        right.paragraph(text, bullet=True)
    left.y = right.y = max(left.y, right.y) + 0.6 * size
    left.heading("Action the provider SHOULD take to improve")
    left.paragraph(SHOULDS[0], bullet=True)
    left.paragraph(SHOULD_CUT, bullet=True, last_full=True)  # cut at the column's foot mid-clause
    rest = _wrapped(SHOULD_REST, size, right.width - 1.2 * size)
    for k, line in enumerate(rest):
        right._justified(line, right.x + 1.2 * size, right.width - 1.2 * size, k < len(rest) - 1)
        right.y += 1.25 * size
    right.y += 0.2 * size
    for text in SHOULDS[1:3]:
        right.paragraph(text, bullet=True, flush=True)
    found = _read(tmp_path, size, left.lines + right.lines, reprint)
    assert found == {("must", text) for text in [MUSTS[0], f"{CITED} {CITATION}", *MUSTS[1:]]} | \
        {("should", text) for text in [SHOULDS[0], f"{SHOULD_CUT} {SHOULD_REST}", *SHOULDS[1:3]]}

# ---- breach sentences of an adult social care report (set DP), a page drawn line by line ----------

ACT = "of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
BREACH13 = f"This was a breach of regulation 13 (Safeguarding service users from abuse and improper treatment) {ACT}"
BREACH11 = f"This was a breach of regulation 11 (Need for consent) {ACT}"


def _breach_findings(tmp_path, pages: list[list[tuple]]):
    from reading import read_findings as _derived

    return [f for f in _derived(_pages(tmp_path / "report.pdf", pages)) if f.kind == "must"]


def _set(lines: list[str], top: float, size: float, lead: float) -> tuple[list[tuple], float]:
    """Lines (text, x, top, size, bold) set from `top` at `lead` times the size, and the next top."""
    out = []
    for text in lines:
        out.append((text, 60.0, top, size, False))
        top += lead * size
    return out, top + 0.8 * size


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_double_spaced_breach_sentence_goes_on_where_its_bracket_closes(tmp_path, size):
    """A paragraph set at 1.9 times its size on a page otherwise set at 1.4: its lines go on over
    the wide leading where the sentence is unfinished, also on a line opening with a capital that
    closes the bracket the line above opened ("… 2008 (Regulated" / "Activities) Regulations 2014.").
    Before, the passage ended at "(Regulated", and the breach sentence was cut."""
    page = [("Is the service safe?", 60.0, 70.0, 1.5 * size, True)]
    lines, top = _set(["Risks to people were assessed and reviewed each month, and staff knew",
                       "how to support people to stay safe when they went out. Equipment was",
                       "serviced on time, and the fire risk assessment had been reviewed in",
                       "March. Staff had practised evacuating the home at night and recorded",
                       "what they had learned from each drill."], 70.0 + 3 * size, size, 1.4)
    page += lines
    page.append(("Systems and processes to safeguard people from the risk of abuse", 60.0, top, size, True))
    lines, top = _set(["Two incidents in which people had been hurt had not been referred to the",
                       "local authority. This was a breach of regulation 13 (Safeguarding service",
                       "users from abuse and improper treatment) of the Health and Social Care Act",
                       "2008 (Regulated", "Activities) Regulations 2014."], top + 1.4 * size, size, 1.9)
    page += lines
    lines, _ = _set(["Rotas showed that there were enough staff on duty on every shift we looked",
                     "at, and agency staff had an induction to the home before their first shift.",
                     "People told us staff came quickly when they used their call bells."], top + size, size, 1.4)
    page += lines + [("3 Meadowbank House Inspection report 3 December 2019", 60.0, 800.0, 0.75 * size, False)]
    found = _breach_findings(tmp_path, [page])
    assert [f.text.endswith(BREACH13) for f in found] == [True]


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_breach_sentence_goes_on_past_the_footnote_under_the_pages_foot(tmp_path, size):
    """A paragraph cut mid-sentence at a page's foot, a footnote in smaller type (its mark read into
    its first word: "1The Deprivation …") printed under it, goes on at the next page's top past the
    footnote, as a list item does. Before, the footnote ended the paragraph and "consent) of the
    Health …" opened one of its own, and the breach sentence was cut at "(Need for"."""
    first = [("Is the service effective?", 60.0, 70.0, 1.5 * size, True)]
    lines, _ = _set(["The Deprivation of Liberty Safeguards1 (DoLS) were not always applied correctly.",
                     "Relatives without legal authority had signed consent forms. This was a",
                     "breach of regulation 11 (Need for"], 760.0 - 3 * 1.4 * size, size, 1.4)
    first += lines
    note = [("1The Deprivation of Liberty Safeguards are part of the Mental Capacity Act 2005. They",
             60.0, 765.0, 0.75 * size, False),
            ("aim to make sure that people are looked after in a way that does not restrict them.",
             60.0, 765.0 + size, 0.75 * size, False)]
    first += note + [("3 Meadowbank House Inspection report 3 December 2019", 60.0, 805.0, 0.75 * size, False)]
    second, top = _set([f"consent) {ACT}"], 75.0, size, 1.4)
    second.append(("Supporting people to eat and drink enough", 60.0, top + size, size, True))
    lines, _ = _set(["People's weights were monitored monthly and referrals were made when needed."],
                    top + 2.6 * size, size, 1.4)
    second += lines + [("4 Meadowbank House Inspection report 3 December 2019", 60.0, 805.0, 0.75 * size, False)]
    found = _breach_findings(tmp_path, [first, second])
    assert [f.text.endswith(BREACH11) for f in found] == [True]


# ---- the provider named only in the running header (set DW) ---------------------------------------

@pytest.mark.parametrize("size", [9.0, 10.0, 12.0])
def test_a_trust_named_only_in_the_running_header_is_the_provider(tmp_path, size):
    from cqcplan.pipeline.furniture import mark_furniture
    from cqcplan.pipeline.metadata import read_metadata
    from cqcplan.pipeline.read import start_read

    header = ("Calderbrook Partnership NHS Foundation Trust", LEFT, 30.0, 0.75 * size, False)
    cover = [header, ("Acute wards for adults of working age and", LEFT, 170.0, 2.2 * size, False),
             ("psychiatric intensive care units", LEFT, 170.0 + 2.9 * size, 2.2 * size, False),
             ("Quality Report", LEFT, 170.0 + 7 * size, 1.6 * size, False),
             ("Trust headquarters, Bankfield House, Calder Road, Ashworth AW1 4CB", LEFT, 170.0 + 10 * size, size, False),
             ("Date of inspection visit: 13–16 June 2016", LEFT, 170.0 + 12 * size, size, False),
             ("Date of publication: 03/11/2016", LEFT, 170.0 + 13.5 * size, size, False),
             ("Overall rating for the service Requires improvement", LEFT, 170.0 + 16 * size, size, False),
             ("1 Acute wards Quality Report 03/11/2016", LEFT, 800.0, 0.75 * size, False)]
    pages = [cover] + [[header, ("Summary of findings", LEFT, 70.0, 1.15 * size, True),
                        (NARRATIVE[n], LEFT, 70.0 + 2 * size, 0.8 * size, False),
                        (f"{n + 2} Acute wards Quality Report 03/11/2016", LEFT, 800.0, 0.75 * size, False)]
                       for n in range(2)]
    doc = mark_furniture(start_read(_pages(tmp_path / "report.pdf", pages), sha256="-")())
    meta = read_metadata(doc, "")
    assert (meta.provider, meta.location) == ("Calderbrook Partnership NHS Foundation Trust", None)
