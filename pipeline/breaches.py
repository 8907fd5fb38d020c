"""Derived findings of adult social care and assessment-framework reports, saying what was wrong.

These reports have no must/should lists. A "We recommend …" sentence is a derived should.
A breach is stated twice: in the narrative ("… Two people at risk of choking had no care
plan. This was a breach of regulation 14 …") and in the "Action we have told the provider
to take" / "Enforcement actions" table ("How the regulation was not being met: …"). So:

- each table row becomes a must whose text is the row's statement of how the regulation
  was not met, with the row's regulation and the enforcement behind it; the narrative
  passages stating a breach of that regulation are kept with it as `evidence`;
- a breach the table does not answer (or a report with no table) becomes a must whose
  text is the narrative passage that says what was wrong together with the breach
  sentence, so the bare "This was a breach of …" sentence is never the only text; the same
  breach sentence printed again word for word after another passage is that must again (one
  breach, as a table row answering both would make it): printed `also_at` there, each
  printing's passage kept as its `evidence`;
- a sentence naming breaches of several regulations whose rows other sentences each state
  (the summary's "The provider was in breach of regulations 12, 17 and 18 …") is a must of its
  own too, not evidence on every one of those rows.

The passage is the sentences before the breach sentence in its paragraph, back to the
previous breach, recommendation or last-inspection sentence (a continued breach keeps the
"At our last inspection …" sentence that introduces it, and what comes before); when the breach sentence
opens its paragraph, the paragraph just before it (no heading between, same section), or
the bulleted list just before it with its lead-in line ("Risks were not managed safely:").
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models.finding import Enforcement, Evidence, Finding, Place, Regulation
from ..models.report import RequirementNotice
from ..models.structure import Paragraph

from .citations import find_citations, named_breaches, regulation_title
from .regex_programs import compiled
from .text import bullet_marker, collapse_ws, normalise_for_match, stem
from .extract import (
    BREACH,
    LAST_INSPECTION,
    STILL_IN_BREACH,
    derived_kind,
    is_history_or_finding,
    joined_text,
    sentence_page,
    split_sentences,
)


@dataclass
class _Derived:
    finding: Finding
    order: tuple
    passage: str = ""
    passage_page: int = 0
    matched: bool = False
    rows: list[int] = field(default_factory=list)


def line_key(line) -> tuple:
    return (line.page, round(line.top, 1), round(line.x0, 1))


def derived_findings(paragraphs: Sequence[Paragraph], file: str, known_words: frozenset[str],
                     notices: Sequence[RequirementNotice], line_order: dict | None,
                     default_instrument: str = "RA2014") -> list[Finding]:
    texts = [joined_text(p, known_words) for p in paragraphs]
    sentences = [split_sentences(t) for t in texts]
    derived: list[_Derived] = []
    for pi, paragraph in enumerate(paragraphs):
        for si, sentence in enumerate(sentences[pi]):
            earlier = sentences[pi][:si] or _told_before(paragraphs, sentences, pi, sentence, line_order)
            kind = derived_kind(sentence, earlier, next(iter(sentences[pi][si + 1 :]), ""))
            if not kind:
                continue
            finding = Finding(
                id="", kind=kind, text=sentence, file=file,
                page=sentence_page(paragraph, texts[pi], sentence),
                section=paragraph.context.section, service=paragraph.context.service,
                domain=paragraph.context.domain,
                regulations=find_citations(sentence, default_instrument), derived=True,
            )
            item = _Derived(finding, (pi, si, 0))
            if kind == "must":
                item.passage, item.passage_page = _passage(paragraphs, texts, sentences, pi, si, line_order)
            derived.append(item)
    derived = [item for item in derived
               if not (_summarised(item, derived, sentences[item.order[0]]) or _headline(item, derived))]
    for item in derived:
        if _names_stated(item, derived, same_section=False):
            item.passage = ""  # a summary of breaches stated by number elsewhere: the narrative before it is theirs
    rows = [n for n in notices if n.regulation is not None and n.statement.strip()]
    row_findings = [_row_finding(n, file, default_instrument) for n in rows]
    for ri, row in enumerate(rows):
        for item in derived:
            if item.finding.kind == "must" and row.kind != "improvement" and _answers(row, item.finding.text):
                item.rows.append(ri)
                item.matched = item.matched or says_what_was_wrong(row.statement)
    for item in _overviews(derived):
        item.rows, item.matched = [], False
    for item in _further_breaches(derived):
        item.matched = False  # a must of its own, its row's enforcement on it
    out: list[tuple[tuple, Finding]] = []
    printed: dict[str, int] = {}  # a narrative must's breach sentence -> its place in `out`
    for item in derived:
        if item.finding.kind == "should":
            out.append((item.order, item.finding))
        elif not item.matched and not _continued_again(item, derived):
            # no table row, or rows that only restate the breach: the narrative says it
            key = normalise_for_match(item.finding.text)
            if key in printed:
                order, first = out[printed[key]]
                out[printed[key]] = (order, _printed_again(first, item))
                continue
            printed[key] = len(out)
            enforcement = [e for ri in item.rows for e in row_findings[ri].enforcement]
            out.append((item.order, _with_passage(item).model_copy(update={"enforcement": enforcement})))
    for ri, finding in enumerate(row_findings):
        answered = [item for item in derived if ri in item.rows  # a further breach is its own must (`_further_breaches`)
                    and (item.matched or not says_what_was_wrong(rows[ri].statement))]
        if answered and not says_what_was_wrong(rows[ri].statement):
            continue  # its enforcement went to the narrative musts above
        if not says_what_was_wrong(rows[ri].statement):
            finding = finding.model_copy(update={"text": f"{rows[ri].heading}\n{finding.text}"})
        evidence = [Evidence(page=i.passage_page or i.finding.page, text=i.passage or i.finding.text,
                             section=i.finding.section) for i in answered]
        domain = next((i.finding.domain for i in answered if i.finding.domain), None)
        order = (answered[0].order[0], answered[0].order[1], 1 + ri) if answered else (10**6, ri, 0)
        out.append((order, finding.model_copy(update={"evidence": evidence, "domain": domain})))
    return [f for _, f in sorted(out, key=lambda pair: pair[0])]


def _headline(item: _Derived, derived: list[_Derived]) -> bool:
    """Breaches named by what they relate to, no number, whose section states each by number in
    another breach sentence (a key question's summary, "This service was not always safe. We found a
    breach of regulation relating to safe care and treatment.", or "We identified breaches of the legal
    regulations in relation to safe care and treatment and staffing.", over its quality statements'
    "The provider was in breach of regulation 12 (Safe care and treatment) …"): the section's headline
    of those breaches, not a must of its own. A summary naming breaches its own section does not state
    stays one (the overall view's "We identified 3 breaches …"; `_overviews`)."""
    return _names_stated(item, derived, same_section=True)


def _names_stated(item: _Derived, derived: list[_Derived], same_section: bool) -> bool:
    """A must naming breaches by what they relate to only, each stated by number by another must (of
    its section, or anywhere in the report). Such a summary ("We identified 3 breaches of the legal
    regulations in relation to safe care and treatment, staffing and good governance.") is its sentence
    alone: the narrative printed before it ("However, there were not always enough nurses …") is the
    numbered breaches' passages' to tell, not part of the summary's words."""
    named = named_breaches(item.finding.text)
    if item.finding.kind != "must" or not named or item.finding.regulations:
        return False
    stated = {(r.instrument, r.number) for other in derived if other is not item and other.finding.kind == "must"
              and (not same_section or other.finding.section == item.finding.section)
              for r in other.finding.regulations}
    return {(r.instrument, r.number) for r in named} <= stated


def _continued_again(item: _Derived, derived: list[_Derived]) -> bool:
    """A continued breach said on its own ("Enough improvement had not been made at this inspection and
    the provider was still in breach of regulation 17.", closing the box about the last inspection)
    whose section says it again with what was wrong ("Systems were not robust … This was a continued
    breach of regulation 17 (Good governance) …"): one breach, the must the passage that says what was
    wrong. A continued breach said in a summary section of its own stays a must there."""
    if item.finding.kind != "must" or not STILL_IN_BREACH.search(item.finding.text) or _says_more(item):
        return False
    keys = {(r.instrument, r.number) for r in item.finding.regulations}
    return any(other is not item and other.finding.kind == "must" and other.finding.section == item.finding.section
               and STILL_IN_BREACH.search(other.finding.text) and _says_more(other)
               and keys & {(r.instrument, r.number) for r in other.finding.regulations} for other in derived)


def _says_more(item: _Derived) -> bool:
    """The must's passage says what was wrong, beyond its breach sentence."""
    return normalise_for_match(item.passage or item.finding.text) != normalise_for_match(item.finding.text)


def _overviews(derived: list[_Derived]) -> list[_Derived]:
    """Breach sentences naming several regulations at once ("The provider was in breach of
    regulations 12, 17 and 18 …") whose every row another sentence states on its own: a summary,
    a must of its own, not evidence on each of those rows."""
    def several(item: _Derived) -> bool:
        return len({(r.instrument, r.number) for r in item.finding.regulations}) >= 2

    musts = [item for item in derived if item.finding.kind == "must"]
    stated = {ri for item in musts if not several(item) for ri in item.rows}
    return [item for item in musts if several(item) and len(item.rows) >= 2 and set(item.rows) <= stated]


def _summarised(item: _Derived, derived: list[_Derived], paragraph: list[str]) -> bool:
    """A breach sentence naming no regulation, only what it concerns, in a paragraph that sends the
    reader to the actions set out elsewhere ("We have also found a breach of the registration
    regulations in relation to notifications. Please see the action we have told the provider to take
    at the end of this report."), every word of its concern naming a regulation another must of the
    report cites by number (regulation 18, Notification of other incidents): a signpost to breaches
    stated in full elsewhere, no must of its own. (A summary counting breaches with no such pointer,
    "We identified 3 breaches of regulation relating to …", stays a must.)"""
    if item.finding.kind != "must" or item.finding.regulations:
        return False
    if not any(_SIGNPOST.search(sentence) for sentence in paragraph[item.order[1] + 1:]):
        return False
    about = _ABOUT.search(item.finding.text)
    words = {stem(w) for w in re.findall(r"[A-Za-z]{3,}", about.group(1))} - _PLAIN if about else set()
    titles = {stem(w) for other in derived if other is not item and other.finding.kind == "must"
              for r in other.finding.regulations
              for w in re.findall(r"[A-Za-z]{3,}", r.title or regulation_title(r.instrument, r.number) or "")}
    return bool(words) and words <= titles


# "Please see the action we have told the provider to take at the end of this report", "You can see what
# action we told the provider to take at the back of the full version of the report".
_SIGNPOST = compiled(r"\bsee\b[^.]*\baction\b[^.]*\b(?:at|in) the (?:end|back)\b", re.IGNORECASE)
_ABOUT = compiled(r"\b(?:in relation to|relat(?:ing|ed) to|regarding|concerning)\s+([^.;]+)", re.IGNORECASE)
_PLAIN = frozenset({"and", "the", "for", "with", "this", "its", "their"})


def _further_breaches(derived: list[_Derived]) -> list[_Derived]:
    """Breach sentences a row answers after an earlier, different breach sentence of its
    regulation (a second failing: "… still in breach of regulation 12 because falls …" after
    "… This was a breach of regulation 12 …"): each distinct breach is a must of its own, as
    it is in a report with no table; the row's must is the first one's (its word-for-word
    printings again included). Only sentences answering one row count. A continued breach said
    again in other words ("… remained in breach of regulation 17." in the history box, "… was
    still in breach of regulation 17." in the narrative) is the one breach, not a further one."""
    first: dict[int, str] = {}
    further = []
    for item in derived:
        if item.finding.kind != "must" or not item.matched or len(item.rows) != 1:
            continue  # a summary naming several rows' breaches is evidence where it is (`_overviews`)
        text = item.finding.text
        before = first.setdefault(item.rows[0], text)
        if normalise_for_match(before) != normalise_for_match(text) \
                and not (STILL_IN_BREACH.search(before) and STILL_IN_BREACH.search(text)):
            further.append(item)
    return further


def says_what_was_wrong(statement: str) -> bool:
    """A row statement that is more than "This was a breach of regulation 12." and a citation."""
    rest = [s for s in split_sentences(statement.replace("\n", " ")) if not BREACH.search(s)]
    rest = [s for s in rest if not re.fullmatch(r"Regulations? [\d()A-Za-z ,]+\.?", s)]
    return len(" ".join(rest).split()) >= 4


def _passage(paragraphs: Sequence[Paragraph], texts: list[str], sentences: list[list[str]], pi: int, si: int,
             line_order: dict | None) -> tuple[str, int]:
    """The narrative that states the breach, ending with the breach sentence, and its first page."""
    own = sentences[pi]
    start = si
    continued = bool(STILL_IN_BREACH.search(own[si]))
    while start > 0 and (not is_history_or_finding(own[start - 1])
                         or continued and LAST_INSPECTION.search(own[start - 1])):
        start -= 1  # "At our last inspection the provider was in breach …" introduces a continued breach: kept
    before: list[str] = []
    page = sentence_page(paragraphs[pi], texts[pi], own[start])
    back = pi - 1
    while start == si and back >= 0 and _follows(paragraphs[back], paragraphs[back + 1], line_order):
        lead_in = texts[back].rstrip().endswith(":") and _is_bullet(paragraphs[back + 1])
        if not lead_in and not texts[back].rstrip().endswith((".", "!", "?", ".”", ".\"")):
            back -= 1  # a label line ("Score: 2 – Evidence shows some shortfalls"), not narrative
            continue
        prev = sentences[back]
        first = len(prev)
        while first > 0 and not is_history_or_finding(prev[first - 1]):
            first -= 1
        if first < len(prev):
            before.insert(0, " ".join(prev[first:]))
            page = sentence_page(paragraphs[back], texts[back], prev[first])
        if first > 0 or not _is_bullet(paragraphs[back]):
            break
        back -= 1  # a bulleted list of what was wrong: its other items and its lead-in too
    passage = "\n".join([*before, " ".join(own[start : si + 1])])
    return passage, page


def _told_before(paragraphs: Sequence[Paragraph], sentences: list[list[str]], pi: int, sentence: str,
                 line_order: dict | None) -> list[str]:
    """What "This was a breach …" opening its paragraph refers back to: the paragraph printed just
    before it (a history box cut by a page break, "At our last inspection …" / "This was a breach …")."""
    if pi == 0 or not _BACK_REFERENCE.match(sentence) or not _follows(paragraphs[pi - 1], paragraphs[pi], line_order):
        return []
    return sentences[pi - 1]


_BACK_REFERENCE = compiled(r"(?:This|That|These|Those|It)\b")


def _is_bullet(paragraph: Paragraph) -> bool:
    return bullet_marker(collapse_ws(paragraph.lines[0].text)) is not None


def _follows(prev: Paragraph, paragraph: Paragraph, line_order: dict | None) -> bool:
    """The previous paragraph is printed just before this one: same section, nothing between."""
    if prev.context.section != paragraph.context.section or line_order is None:
        return False
    a, b = line_order.get(line_key(prev.lines[-1])), line_order.get(line_key(paragraph.lines[0]))
    return a is not None and b is not None and b == a + 1


def _with_passage(item: _Derived) -> Finding:
    if not item.passage or item.passage == item.finding.text:
        return item.finding
    return item.finding.model_copy(update={"text": item.passage, "page": item.passage_page})


def _printed_again(first: Finding, item: _Derived) -> Finding:
    """`first` with its breach sentence's later printing: a place it is printed at, and each
    printing's passage as evidence of the one breach (as a table row answering them keeps them)."""
    again = item.finding
    passages = first.evidence or [Evidence(page=first.page, text=first.text, section=first.section)]
    passage = Evidence(page=item.passage_page or again.page, text=item.passage or again.text, section=again.section)
    place = Place(page=again.page, section=again.section, service=again.service)
    return first.model_copy(update={"also_at": [*first.also_at, place], "evidence": [*passages, passage]})


def _row_finding(notice: RequirementNotice, file: str, default_instrument: str) -> Finding:
    """The row's statement: a must, with the enforcement the row records; an improvement-actions row's
    a should (where improvements should be made), with none."""
    regulation = _row_regulation(notice, default_instrument)
    enforcement = [] if notice.type is None else [
        Enforcement(type=notice.type, regulation=regulation, activities=notice.activities, page=notice.page)]
    return Finding(
        id="", kind="should" if notice.kind == "improvement" else "must", text=notice.statement, file=file,
        page=notice.statement_page or notice.page, section=notice.section or notice.heading, regulations=[regulation],
        derived=True, enforcement=enforcement,
    )


def _row_regulation(notice: RequirementNotice, default_instrument: str) -> Regulation:
    """The heading's regulation, with the paragraphs the cell cites for the same number (in its
    statement, or in a citation set after it)."""
    heading = notice.regulation
    assert heading is not None
    same = [r for r in find_citations(notice.text, heading.instrument) if r.number == heading.number]
    paragraphs = same[0].paragraphs if same else heading.paragraphs
    title = heading.title or regulation_title(heading.instrument, heading.number)
    return heading.model_copy(update={"paragraphs": paragraphs, "title": title})


def _answers(row: RequirementNotice, breach: str) -> bool:
    """The breach sentence names the row's regulation, by number or by title."""
    reg = row.regulation
    assert reg is not None
    cited = {(r.instrument, r.number) for r in find_citations(breach, reg.instrument)}
    if (reg.instrument, reg.number) in cited:
        return True
    if cited:
        return False
    title = regulation_title(reg.instrument, reg.number) or ""
    return bool(title) and _fold(title) in _fold(breach)


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[-–]", " ", text.lower()).split())
