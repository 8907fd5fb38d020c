"""Stage 5: takes `Structure` (and the notice tables), returns findings (ids not yet final,
repeats not yet collapsed).

A list item becomes one statement: marker removed, wrapped lines joined (line-end hyphen
rule in text.py), each sub-bullet on its own line. Outside the lists, adult social care
and assessment-framework reports state breaches and recommendations in running text:
a "We recommend" sentence becomes a derived should, and a breach becomes a derived must
that says what was wrong (breaches.py): the notice table's statement of how the
regulation was not met, with the narrative passage kept as evidence; or, where no table
row answers it, the narrative passage together with the breach sentence.
"""

import re
from collections.abc import Sequence

from ..models.finding import Finding
from ..models.report import RequirementNotice
from ..models.structure import ListItem, Paragraph, Structure

from .broken_words import unbroken
from .citations import find_citations
from .hard_wraps import over_page_breaks
from .regex_programs import compiled
from .run_in_items import run_in_items
from .structure_patterns import opens_action, reads_as_action
from .text import collapse_ws, join_lines, strip_marker

BREACH = compiled(
    r"\bbreach(?:es)? of (?:the )?(?:\w+ )?(?:legal )?regulations?\b|\b(?:in|breaches of) \w+ legal regulations\b"
    r"|\bin breach of regulations?\b",
    re.IGNORECASE,
)
NOT_A_BREACH = compiled(r"\bno longer in breach\b|\bnot in breach\b|\bno breach(?:es)?\b", re.IGNORECASE)
STILL_IN_BREACH = compiled(r"\b(?:still|remained|remains|continued to be) in breach\b|\bcontinued breach", re.IGNORECASE)
# (an assessment report under the single assessment framework says "assessment" for "inspection"; a rating "based
# on the previous rating" is where this report's ratings come from, not what was found last time: scope, below)
LAST_INSPECTION = compiled(r"\b(?:at|during|following) (?:our|the) (?:last|previous) (?:inspection|assessment)\b"
                           r"|(?<!based on )\bthe (?:last|previous) rating\b", re.IGNORECASE)
# A breach sentence is an action only if it says which regulation or what it is about:
# "there were multiple breaches of regulation" restates, it does not say what to fix.
SPECIFIC = compiled(r"\bregulations? \d|\b(?:relat(?:ing|ed)|in relation|regarding|concerning|about)\b|\(", re.IGNORECASE)
# Or the next sentence says it, of the breaches just counted ("We identified 2 breaches of the legal regulations.
# These were in relation to safe care and treatment and good governance.").
SAID_NEXT = compiled(r"^(?:These|They|Those|Both|The breaches)\b(?: breaches)?(?: \w+){0,2}? "
                     r"(?:relat(?:ing|ed|e)|in relation|regarding|concerning|about)\b", re.IGNORECASE)
THIS_INSPECTION = compiled(r"\b(?:at|during) this inspection\b", re.IGNORECASE)
# What the visit covered ("We assessed the service between …", "During an assessment under our new approach we
# looked at 10 quality statements …"): the scope of the assessment, not what was wrong; so is the other framing a
# breach passage must not reach back past: a card's score label ("Score: 2."), the service's introduction ("Brookfield
# House is a care home for up to 48 people.", "At the time of our assessment 34 people were using the service."), a key
# question's definition ("Safe – this means we looked for evidence ..."), what the ratings or the visit rest on ("The
# ratings for the other quality statements are based on the previous rating.").
SCOPE = compiled(r"^(?:(?:During|In|As part of) (?:an?|this|our|the) (?:[\w-]+ ){0,3}?(?:assessment|inspection)(?: [\w-]+){0,5}?,? )?"
                 r"(?:We (?:assessed|inspected|looked at \w+ quality statements?|carried out (?:an? |this )?[\w -]{0,30}"
                 r"(?:inspection|assessment))|This (?:assessment|inspection) (?:took place|was carried out))\b"
                 r"|^At the time of (?:our|the|this) (?:assessment|inspection|visit),? (?:there were )?\w+ (?:people|residents|"
                 r"service users|children|adults)\b(?: who)?(?: were)? (?:using|receiving|living|supported)\b"
                 r"|^Score:?\s*\d\.?$|^[A-Z][^.]{0,60}?\bis an? (?:[\w-]+ ){0,2}(?:care|nursing|residential) home\b"
                 r"|^[\w-]+\s*[–—-]\s*this means we looked for\b|^[^.]*?\bbased on (?:the|our) (?:last|previous) ratings?\b",
                 re.IGNORECASE)
RECOMMEND = compiled(r"^We (?:also )?recommend\b")
# A full stop ends a sentence unless it closes one of these abbreviations.
ABBREVIATIONS = ("e.g", "i.e", "etc", "Dr", "Mr", "Mrs", "Ms", "No", "St", "approx", "vs", "incl")
# A glossary's entry for the word itself ("Must means the service has to do this.", "'Should' is used for …"):
# it says what the word means and asks nothing, wherever the layout sets it (a term cell beside its meaning).
DEFINES_MODAL = compiled(r"^\W*(?:must|should)\W*\s+(?:means|is used|refers to)\b", re.IGNORECASE)
SENTENCE_END = compiled(r"(?<=[.!?])[”\"’')]*\s+(?=[A-Z“\"‘(])")


def extract(structure: Structure, file: str, known_words: frozenset[str] = frozenset(),
            notices: Sequence[RequirementNotice] = (), line_order: dict | None = None,
            default_instrument: str = "RA2014") -> list[Finding]:
    """`known_words`: the words the report prints whole, for the line-end hyphen rule;
    `notices`: the report's requirement-notice and enforcement rows (derived musts are their
    statements); `line_order`: body line key -> reading position, to tell which paragraphs
    follow one another with no heading between; `default_instrument`: what a citation that
    names no instrument means (RA2010 in a report of an inspection before April 2015)."""
    findings = [f for found in _beside_run_ins([_item_findings(item, file, known_words, default_instrument)
                                                for item in structure.items if not _label_alone(item, structure.items)])
                for f in found
                if _has_words(f.text) and not DEFINES_MODAL.match(f.text)]
    if not findings:
        from .breaches import derived_findings

        findings = derived_findings(structure.paragraphs, file, known_words, notices, line_order, default_instrument)
    return findings


def _label_alone(item: ListItem, items: list[ListItem]) -> bool:
    """A bold line among the section's plain statements that asks nothing (no must or should, no verb
    opening it: "▸ Resilience (2 actions, all complete)", a web page's collapsed group printed as its
    summary line alone): a group's label whose items are not printed, no statement."""
    text = " ".join(line.text for line in item.lines)
    return all(line.bold for line in item.lines) and not reads_as_action(strip_marker(collapse_ws(text))) and any(
        other.context.section == item.context.section and not other.lines[0].bold for other in items)


def _beside_run_ins(found: list[tuple[list[Finding], bool]]) -> list[list[Finding]]:
    """Each item's statements, less the paper's own paragraphs around lettered items that each say who
    must act (a board paper's numbered paragraphs: "4.4 The report lists the actions that the trust must
    take …" before "4.5 … (a) the trust must ensure …"): in a section holding such items, a paragraph
    running in none that does not open as a statement is narrative, not an action."""
    sections = {f.section for findings, own in found if own for f in findings}
    return [findings if own or not any(f.section in sections and not opens_action(f.text) for f in findings) else []
            for findings, own in found]


def _has_words(text: str) -> bool:
    """A statement says something in words: a lone tick box ("☐" in a table's "Done" cell) or a
    table's row of figures read under a dash ("– 85% 90% 95%") is a bullet of no statement."""
    return any(ch.isalpha() for ch in text)


def item_text(item: ListItem, known_words: frozenset[str] = frozenset()) -> str:
    """The verbatim statement: parent text, then each sub-bullet on a line of its own."""
    bounds = [0, *item.sub_starts, len(item.lines)]
    parts = [strip_marker(_joined(item.lines[a:b], known_words)) for a, b in zip(bounds, bounds[1:])]
    return "\n".join(p for p in parts if p)


def _joined(lines, known_words: frozenset[str]) -> str:
    return join_lines(unbroken(over_page_breaks(lines)), known_words)


def _item_findings(item: ListItem, file: str, known_words: frozenset[str], default_instrument: str) -> tuple[list[Finding], bool]:
    """The item's statement; or, its lead-in running on into lettered items (run_in_items.py), each
    item a statement of its kind, on the page its letter is printed on, of the service the lead-in
    names if it names one; and whether its items each say their kind."""
    finding = _item_to_finding(item, file, known_words, default_instrument)
    # a letter after "; and" at a line's start reads as a sub-item's marker; items saying their own kind run in still
    run_in = run_in_items(strip_marker(_joined(item.lines, known_words)) if item.sub_starts else finding.text)
    if run_in is None or item.sub_starts and not run_in.own_kinds:
        return [finding], False
    ends = [len(_joined(item.lines[:n + 1], known_words)) for n in range(len(item.lines))]
    return [finding.model_copy(update={
        "kind": kind, "text": text, "page": item.lines[next((n for n, end in enumerate(ends) if end > at), -1)].page,
        "service": run_in.service or finding.service,
        "regulations": find_citations(text, default_instrument) or find_citations(item.citation, default_instrument)})
        for at, text, kind in run_in.items], run_in.own_kinds


def _item_to_finding(item: ListItem, file: str, known_words: frozenset[str], default_instrument: str = "RA2014") -> Finding:
    text = item_text(item, known_words)
    return Finding(
        id="",
        kind=item.kind if item.kind != "either" else _modal_kind(text),
        text=text,
        file=file,
        page=item.lines[0].page,
        section=item.context.section,
        service=item.context.service,
        domain=item.context.domain,
        group=item.context.group,
        regulations=find_citations(text, default_instrument) or find_citations(item.citation, default_instrument),
    )


def _modal_kind(text: str) -> str:
    """For an 'Areas for improvement' list with no must/should sub-heading: the first modal decides."""
    match = re.search(r"\b(must|should)\b", text)
    return match.group(1) if match else "should"


def split_sentences(text: str) -> list[str]:
    pieces, start = [], 0
    for match in SENTENCE_END.finditer(text):
        before = text[start:match.start()].rstrip("”\"’')")
        if before.rsplit(" ", 1)[-1].rstrip(".") in ABBREVIATIONS:
            continue
        pieces.append(text[start:match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def derived_kind(sentence: str, earlier: list[str], after: str = "") -> str | None:
    """"must" for a current breach, "should" for "We recommend …", else None; `after`: the next
    sentence of the paragraph."""
    return _derived_kind(sentence, earlier, after)


def is_history_or_finding(sentence: str) -> bool:
    """A sentence that a breach passage must not reach back past: another breach (current or
    past), a recommendation, what was found at the last inspection, or the visit's scope."""
    return bool(RECOMMEND.match(sentence) or BREACH.search(sentence) or LAST_INSPECTION.search(sentence)
                or SCOPE.match(sentence))


def joined_text(paragraph: Paragraph, known_words: frozenset[str]) -> str:
    return strip_marker(_joined(paragraph.lines, known_words))


def sentence_page(paragraph: Paragraph, text: str, sentence: str) -> int:
    return _sentence_page(paragraph, text, sentence)


def _derived_kind(sentence: str, earlier: list[str], after: str = "") -> str | None:
    if RECOMMEND.match(sentence):
        return "should"
    if not BREACH.search(sentence) or NOT_A_BREACH.search(sentence) \
            or not (SPECIFIC.search(sentence) or SAID_NEXT.match(after)):
        return None
    if STILL_IN_BREACH.search(sentence):
        return "must"
    if LAST_INSPECTION.search(sentence) or _follows_last_inspection(earlier):
        return None  # a breach found last time, restated as history
    return "must"


def _follows_last_inspection(earlier: list[str]) -> bool:
    """True when the paragraph is telling what was found last time and has not moved on."""
    for sentence in reversed(earlier):
        if THIS_INSPECTION.search(sentence):
            return False
        if LAST_INSPECTION.search(sentence):
            return True
    return False


def _sentence_page(paragraph: Paragraph, text: str, sentence: str) -> int:
    """The page of the line on which the sentence starts."""
    offset = text.find(sentence)
    consumed = 0
    for line in paragraph.lines:
        consumed += len(collapse_ws(line.text)) + 1
        if consumed > offset:
            return line.page
    return paragraph.lines[-1].page
