"""Tag stage: takes findings and requirement notices, returns findings with a key question,
regulations, a SAF quality statement and the `Tag`s that say why.

Regulations come from the strongest source available: a citation in the statement, else
the requirement-notice row whose "how the regulation was not being met" text the must
statement matches (a 2010 regulation either names keeps its place, with the 2014 one that
replaced it beside it), else wording cues from vocab/cues.toml (when the topic that decides
has no regulation, a wait, a risk named beside it gives 12). The key question comes from
the report section the extractor found, else from cues that agree with the regulations
(regulations 9, 12, 15, 17 and 18 span several key questions, so wording decides), else
from the regulation's default. Topics named only as examples ("such as …"), as a course's subject
("training in moving and handling"), as what a duty is for or follows ("so that …", "in line with
…"), as who is to act ("Leaders should …"), in a clause describing who (", who work alone,", "women
whose first language …"), as what data or reports are about ("data on ward staffing"), as what an audit
judged by its findings checks ("audits of falls … identify the shortfalls") or in what the inspection
found ("…; charts had gaps") give way to the duty the rest of the sentence names, and a cited
paragraph naming one topic (18(1) staffing, 17(2)(c) records) decides when no cue names it. When no topic cue fires, the evidence category whose typical
objects and duties the statement names (vocab/themes.toml `words`) supplies the theme, its
key question and, unless one is cited, its usual regulation (`cites`), so an unfamiliar
topic is not filed under Governance. Last, the precedent model (pipeline/precedent.py: how outside
authors filed statements worded like this one, learned from their labelled sets) may overrule a
weak or often-overruled choice; the theme then follows the new key question; and of two or more
regulations read from wording it may leave off one past statements worded alike were seldom cited under. Disagreement, an
overruling or low confidence sets `review`. A statement still left with no regulation gets its theme's
usual one: every statement names the regulation CQC would cite, and one nothing printed names is marked
inferred (basis `inferred`, `Regulation.inferred`), never passed off as cited.

spaCy (a blank English pipeline with a span ruler) is imported lazily and never leaves
this module: matches are turned into plain `_Hit`s at once.
"""

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..models import Finding, Regulation, RequirementNotice, Tag
from ..models.finding import KeyQuestion
from .baseline import INSTRUCTION_VERB
from .plan_summary import regulation_tag_text
from .citations import citation_spans, find_citations, named_breaches, regulation_entry, regulation_title, restates_title
from ..errors import ConfigError
from .regex_programs import compiled
from .text import stem as _stem
from .text import EXAMPLE_OPENER, tokenisable
from . import precedent, themes
from .asks import COUNT_OF_PEOPLE, PEOPLE
from .themes import NAMED
from .theming import choose as choose_theme
from .theming import Choice, vote
from ..vocab import Cue, CueLexicon, load, quality_statements

NOTICE_MATCH = 0.5  # Dice overlap of content words; CQC repeats the must wording in its notice rows
TOPIC_SHARE = 0.8  # a topic scoring under this share of the strongest is a side remark, not a breach
STRONG_FRAME = 1.0  # governance wording at least this heavy adds regulation 17 beside a topic
REVIEW_BELOW = 0.6  # tags less sure than this are marked "check" in the plan
SECTION_CONFIDENCE = 0.95  # the extractor read the key question heading the statement sits under
PARAGRAPH = 0.8  # the cited paragraph names the topic (vocab/regulations.toml paragraph_themes)
CLEAR_TOPIC = 0.8  # a key question at least this sure was named by the wording, not shared with rival topics
INFERRED = 0.4  # a regulation inferred from the statement's theme: nothing printed names it
INFERRED_FALLBACK = 0.3  # ... from a theme that is only its key question's fallback
_FROM_THEME = ("theme.", "words.")  # rule ids of regulations read from the theme alone

_KEY_QUESTIONS: dict[str, KeyQuestion] = {
    "wellled": "Well-led", "safe": "Safe", "effective": "Effective", "caring": "Caring", "responsive": "Responsive",
}
_STOPWORDS = frozenset(
    "the and that this with for are was were have has had not all any must should ensure ensures their they "
    "them from into been being which who when where there its our your will would can could may might also "
    "provider trust service practice hospital staff people patients patient".split()
)
_STOP_STEMS = frozenset(map(_stem, _STOPWORDS))  # stemmed once, not for each statement and notice segment compared
_RegKey = tuple[str, str]


@dataclass(frozen=True)
class _Hit:
    """One cue phrase found in one statement; `start` orders first mentions."""

    cue: Cue
    evidence: str
    start: int


# ------------------------------------------------------------------ public verb


def prepare(extra_cues: Path | None = None) -> None:
    """Load spaCy and build the cue matcher now (it is cached), e.g. while pages are read."""
    _matcher(*_lexicon_key(extra_cues))


def tag(
    findings: list[Finding], notices: list[RequirementNotice], extra_cues: Path | None = None
) -> list[Finding]:
    """New findings with domain, regulations, quality_statement, tags and review filled in."""
    matcher = _matcher(*_lexicon_key(extra_cues))
    found = matcher.hits([finding.text for finding in findings])
    return [_tag_one(finding, hits, words, notices) for finding, (hits, words) in zip(findings, found)]


def _tag_one(finding: Finding, hits: list[_Hit], words: list[themes.WordHit],
             notices: list[RequirementNotice]) -> Finding:
    if themes.is_mental_health(finding.service):
        hits = [_mental_health_variant(h) for h in hits]
    hits = _beside_counts(hits, finding.text)
    every_hit = hits
    hits = _beside_findings(hits, finding.text)
    hits = _beside_courses(hits, finding.text, core_service=finding.service is not None)
    hits = _beside_what_is_waited_for(hits, finding.text)
    hits, words = _beside_subjects_of_information(hits, words, finding.text)
    hits, words = _beside_what_is_checked(hits, words, finding.text)
    hits, words = _beside_descriptions(hits, words, finding.text)
    hits, words = _beside_circumstances(hits, words, finding.text)
    hits = _beside_examples(hits, finding.text)
    hits = _beside_places(hits, finding.text)
    hits = _beside_checks_of_it(hits, finding.text)
    hits, words = _beside_who_and_why(hits, words, finding.text)
    if themes.audits_are_governance(finding.service, finding.text):
        hits = _audit_is_the_object(hits)
    hits = _competence_for_medicines(hits, every_hit)
    hits = _steps_beside_topics(hits, finding.text)
    regs, reg_tags, chosen = _regulations(finding, hits, notices)
    hits = _counterparts_cited(hits, regs, reg_tags)
    kq_tag, conflict = _key_question(finding, regs, reg_tags, hits, chosen)
    named = (_well_led_paragraph(kq_tag, regs, reg_tags) or _paragraph_topic(hits, regs, reg_tags, kq_tag)
             or _course_cited_under_its_subject(hits, regs, reg_tags, kq_tag)
             or _named_topic(finding, hits, words, regs, reg_tags, kq_tag))
    if named is not None:
        regs, reg_tags, kq_tag = _from_named(named, hits, regs, reg_tags, kq_tag)
    voters = _in_cited_paragraphs(hits, regs) if _cited(reg_tags) else hits
    theme = choose_theme(finding.section, kq_tag, voters, regs, reg_tags, named, also_from=every_hit)
    kq_tag = kq_tag or theme.key_question
    learned = precedent.reconsider(kq_tag, finding.text, _spanned(regs)) if kq_tag and not _system_itself(kq_tag, regs, reg_tags, hits) else None
    if learned is not None:
        kq_tag, theme = learned, _theme_after_precedent(finding, learned, kq_tag, theme.theme, voters, words, regs,
                                                        reg_tags, every_hit)
    if not regs:
        regs, reg_tags = _theme_regulation(theme.theme)
    regs, reg_tags = precedent.fewer_regulations(regs, reg_tags, finding.text)
    regs, reg_tags = _inferred(regs, reg_tags)
    qs_tag = _quality_statement(finding, kq_tag, hits)
    second = precedent.second_choice(kq_tag, finding.text, _spanned(regs)) if kq_tag is not None else None
    tags = reg_tags + [t for t in (kq_tag, second, theme.theme, qs_tag) if t is not None] + theme.also
    # A theme guessed from governance wording alone is common and harmless (merging ignores it),
    # so only a theme that contradicts the section, or a key question the theme supplied, asks for a check.
    review = conflict or theme.conflict or learned is not None or any(
        t.confidence < REVIEW_BELOW for t in tags if t.field != "theme" and t is not second)
    return finding.model_copy(
        update={
            "domain": kq_tag.value if kq_tag else None,
            "regulations": regs,
            "tags": tags,
            "quality_statement": qs_tag.value if qs_tag else None,
            "theme": theme.theme.value,
            "review": review,
        }
    )


def _spanned(regs: list[Regulation]) -> tuple[str, ...]:
    """Every key question the regulations span (vocab/regulations.toml `key_questions`)."""
    entries = (regulation_entry(r.instrument, r.number) for r in regs)
    return tuple(dict.fromkeys(kq for entry in entries if entry for kq in entry.key_questions))


def _system_itself(kq_tag: Tag, regs: list[Regulation], reg_tags: list[Tag], hits: list[_Hit]) -> bool:
    """A cited regulation 17 and governance wording agree on Well-led, or a cue naming the governance
    system itself as what is asked chose it (not a frame: "the board receives assurance that the
    Mental Health Act is applied"): the statement is about the system ("audits of medicines, care
    records and the environment are effective in identifying shortfalls"), whatever topics it
    oversees, so past statements about those topics do not move it."""
    chose = [h.cue for h in hits if h.cue.id == kq_tag.rule_id]
    if kq_tag.value != "Well-led" or not chose:
        return False
    if not chose[0].frame:
        return chose[0].theme == themes.default_for("Well-led").id
    return _cited(reg_tags) and any(r.number == "17" for r in regs)


def _theme_after_precedent(finding: Finding, learned: Tag, was: Tag, overruled: Tag, voters: list[_Hit],
                           words: list[themes.WordHit], regs: list[Regulation], reg_tags: list[Tag],
                           every_hit: list[_Hit]) -> Choice:
    """Past statements like this one were filed under another key question. The theme is the
    overruled theme's counterpart there (vocab/themes.toml `counterpart`: "staff complete sepsis
    training" filed under Safe is Mandatory training, not Competent staff), else the one a cue of
    that key question names, else the category whose vocabulary the wording uses, else its usual one.
    Only a key question the wording chose clearly (`was`) has its theme moved to the counterpart: an
    induction the training cue shared with staffing cues goes to the staffing cue's theme."""
    old = themes.named(overruled.value)
    twin = themes.by_id().get(old.counterpart or "") if old else None
    if twin is not None and twin.key_question == learned.value and was.confidence >= CLEAR_TOPIC:
        named = themes.Named(twin, overruled.evidence, rule="counterpart",
                             confidence=min(overruled.confidence, learned.confidence))
    elif any(h.cue.key_question == learned.value for h in voters):
        named = None
    else:
        named = themes.named_by(words, finding.text, {learned.value})
    return choose_theme(finding.section, learned, voters, regs, reg_tags, named, also_from=every_hit)


def _mental_health_variant(hit: _Hit) -> _Hit:
    """The hit as a mental-health service files it: the cue's MH theme and that theme's key question."""
    theme = themes.by_id().get(hit.cue.mental_health_theme or "")
    if theme is None:
        return hit
    cue = hit.cue.model_copy(update={"theme": theme.id, "key_question": theme.key_question, "quality_statement": None})
    return _Hit(cue=cue, evidence=hit.evidence, start=hit.start)


# ------------------------------------------------------------------ examples

# A clause between commas describing the people a duty concerns ("care workers, who mostly work alone,
# can be better supported"), to its closing comma: one the sentence's own verb follows. A comma before
# anything else is a list inside the clause ("staff, who receive support, supervision and development"),
# which then runs to its sentence's end. "WHO" in capitals is the World Health Organization ("the WHO surgical
# safety checklist"), never the pronoun.
_WHO = r"(?-i:(?!WHO\b))(?:who|whose)\b"
_DESCRIPTION = compiled(rf"(?i),\s*{_WHO}")
_DESCRIPTION_END = compiled(r"(?i),(?=\s*(?:is|are|was|were|have|has|can|could|must|should|will|would|may|do|does|"
                            r"receive|receives|get|gets)\b)|[;.(]")
# The same set without commas, saying which people are meant ("feedback from women whose first language
# is not English", "visible to all staff who access the electronic record"): from "who" or "whose" past
# the clause's own verb to the sentence's next verb, or to its clause's end.
_RELATIVE = compiled(rf"(?i)(?<![,\s])\s+(?P<who>{_WHO})")
_RELATIVE_END = compiled(r"(?i)[,;:.()]|\b(?:and|so|but) that\b")
# The same said with a participle after the people ("patients receiving end of life care at home",
# "people using the service"): the participle is the clause's verb.
_PARTICIPLE = compiled(rf"(?i)\b{PEOPLE}\s+(?P<who>receiving|using|accessing|attending|awaiting)\b")
# The same said by their loss before the people ("bereaved parents can use a bereavement room"): who the room, the
# survey or the support is for; the bereavement decides only when nothing else is asked.
_BEREAVED = compiled(rf"(?i)\bbereaved\s+(?:{PEOPLE}|parents|families|relatives|partners|carers)\b")
_FINITE = compiled(r"(?i)(?:is|are|was|were|am|have|has|had|can|could|must|should|will|would|may|do|does|did|"
                   r"be|been|being|not|receive|receives|get|gets)")


def _descriptions(text: str) -> list[tuple[int, int]]:
    """Where each clause set off by a comma and "who" or "whose" stands, to its end (`_DESCRIPTION_END`)."""
    spans = []
    for match in _DESCRIPTION.finditer(text):
        end = _DESCRIPTION_END.search(text, match.end())
        spans.append((match.start(), end.end() if end else len(text)))
    return spans


def _relative_clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause saying which people a duty concerns stands: after "who" its first word is its
    verb; after "whose" its noun comes first ("whose first language is …"); after a participle its
    object follows at once; the next finite verb after that ("staff who work alone *are* …") or the
    clause's end closes it. A clause after a count of people (`COUNT_OF_PEOPLE`) says what is counted, not who."""
    spans = []
    counted = {m.end() for m in COUNT_OF_PEOPLE.finditer(text)}
    for match in [*_RELATIVE.finditer(text), *_PARTICIPLE.finditer(text)]:
        if match.start("who") in counted:
            continue
        stop = _RELATIVE_END.search(text, match.end())
        limit = stop.start() if stop else len(text)
        words = list(re.finditer(r"[\w'’-]+", text[match.end():limit]))
        finite = [bool(_FINITE.fullmatch(w.group())) for w in words]
        opener = match.group("who").lower()
        k = finite.index(True) if opener == "whose" and True in finite else 0
        k += opener in ("who", "whose")
        while k < len(words) and finite[k]:
            k += 1  # "who are not", "whose needs have been"
        end = next((match.end() + words[i].start() for i in range(k, len(words)) if finite[i]), limit)
        spans.append((match.start("who"), end))
    return spans


def _beside_counts(hits: list[_Hit], text: str) -> list[_Hit]:
    """The hits, less those only in a count of people said by what they have done (`COUNT_OF_PEOPLE`) when
    the rest names a cue of its own: "improve the number of staff on medical wards who have completed
    mandatory training" asks for the training figure and names no staffing ("number of staff" is a staffing
    cue elsewhere), so the count is not listed among the other themes either. With no cue outside, the count
    keeps its say."""
    return _outside_if_it_decides(hits, [m.span() for m in COUNT_OF_PEOPLE.finditer(text)], _not_a_setting)


def _beside_descriptions(hits: list[_Hit], words: list[themes.WordHit],
                         text: str) -> tuple[list[_Hit], list[themes.WordHit]]:
    """The hits and category words that decide, less those only in a clause describing who the duty
    concerns ("care workers, who mostly work alone, can be better supported and kept informed" asks for
    engagement, not lone working; "gather feedback from women whose first language is not English" for
    feedback, not an interpreter; "bereaved parents can use a quiet room" for the room, `_BEREAVED`), when
    the rest names any cue of its own: such a clause says who, never what is asked. Taken out before the
    examples are weighed, so the examples of the duty itself ("for example a staff newsletter") are not
    outweighed by a description. A cue only in the standard the duty follows is not its own (`_FOLLOWS`): calls "reviewed at the intervals set out in its procedure so that
    patients whose condition is deteriorating are identified" name no procedure to outweigh the deterioration;
    a wait's measure there is (`beside_a_wait`: patients "whose calls are triaged as urgent" made to wait less
    "in line with national response targets" are the wait's, not their triage)."""
    spans = _descriptions(text) + _relative_clauses(text) + [m.span() for m in _BEREAVED.finditer(text)]
    follows = [m.span() for m in _FOLLOWS.finditer(text)]
    standard = [h for h in hits if _within(h.start, follows) and not h.cue.beside_a_wait]
    kept = _outside_if_it_decides([h for h in hits if h not in standard], spans, _not_a_setting)
    kept = [h for h in hits if h in kept or h in standard]
    if len(kept) == len(hits):
        return hits, words
    return kept, [w for w in words if not _within(w.start, spans)]


# When a duty applies, not what it is: a condition set between commas inside the duty, after its words have
# begun ("assessments include a body map and, where the person has given consent, a photograph"; a condition
# opening the duty, "ensure that, where restraint is used, it is reviewed", names its subject), or the occasions
# a time names ("people can still join activities at times when the coordinator is away on training").
_CONDITION = compiled(r"(?i)(?<!\bthat)(?<!\bensure)(?<!\bmust)(?<!\bshould)(?<!\bsure),\s*"
                      r"(?:where|if|when|whenever|unless)\b[^,;.()]*,")
_OCCASIONS = compiled(r"(?i)\b(?:days?|times?|occasions?|nights?|evenings?|weekends?|shifts?|periods?)\s+when\b[^,;.()]*")
# The consent a duty is done with, set between commas wherever it stands ("ensure that, with patients' consent,
# information is shared with their GP"): how the duty is done, naming no subject of its own.
_WITH_CONSENT = compiled(r"(?i),\s*with\s+(?:[\w'’-]+\s+){0,3}?consent\s*,")


def _beside_circumstances(hits: list[_Hit], words: list[themes.WordHit],
                          text: str) -> tuple[list[_Hit], list[themes.WordHit]]:
    """The hits and category words that decide, less those only in a clause saying when the duty applies
    (`_CONDITION`, `_OCCASIONS`) or the consent it is done with (`_WITH_CONSENT`): "care records include a body map and, where the person has given consent, a
    photograph" asks for records, not consent; "people living with dementia can still join activities at times
    when the coordinator is away on training" for their activities, not training. Any cue outside decides, a
    governance frame too (the records' own); with none, the category words outside do."""
    spans = [m.span() for pattern in (_CONDITION, _OCCASIONS, _WITH_CONSENT) for m in pattern.finditer(text)]
    if not spans:
        return hits, words
    kept = _outside_if_it_decides(hits, spans, _not_a_setting)
    rest = [w for w in words if not _within(w.start, spans)]
    if rest and all(_within(h.start, spans) for h in kept):
        kept = []
    return kept, rest or words


ENVIRONMENT = "environment"  # vocab/themes.toml: Safe's category for premises and equipment
# A place named as where the duty's object is ("the cleaning of play mats in the children's waiting area"): a premises
# cue's hit naming a place (`_A_PLACE`: not a kit or a piece of equipment "in its emergency kit"), the words before
# it ending in "in", "within" or "at" and an article.
_WHERE = compiled(r"(?i)\b(?:in|within|at)\s+(?:the|a|an|its|their|each|every)\s+$")


def _beside_places(hits: list[_Hit], text: str) -> list[_Hit]:
    """The hits that decide, less a premises cue naming only the place where what is asked is done or kept:
    "the cleaning of play mats and books in the children's waiting area is recorded" asks for cleaning (infection control),
    not for the waiting area; "a children's waiting area in sight of staff" is the place itself, and so is a place
    read with its ligature risks ("wait in a room free of ligature risks"). A topic outside, however light,
    decides; with none, the place keeps its say."""
    spans = [(h.start, h.start + len(h.evidence)) for h in hits
             if h.cue.theme == ENVIRONMENT and h.cue.id != PLACE_LIGATURE and _A_PLACE.search(h.evidence)
             and _WHERE.search(text, 0, h.start)]
    return _outside_if_it_decides(hits, spans, _a_topic_or_strong_frame)


_EXAMPLES = compiled(EXAMPLE_OPENER, re.IGNORECASE)
# an example list runs on to the clause's verb or its next clause ("…, are entered on", "…, so that"), or the
# next duty joined on to it ("…, including personal emergency evacuation plans, and ensure fire doors are …")
_EXAMPLES_END = compiled(r"(?i)[;:.(]|,\s*(?:so|and that|which|who)\b|\s(?:are|is|were|was|have|has|so that|and that)\b"
                         rf"|,\s+and\s+{INSTRUCTION_VERB}")


def _beside_examples(hits: list[_Hit], text: str) -> list[_Hit]:
    """The hits that decide. Topics named only as examples ("issues such as those we found with
    medicines, care plans and staff training"; "information about quality and safety, including
    incidents and complaints") illustrate the duty the rest of the sentence names, so when the
    words outside the examples name a topic of their own, however light ("joint working …, including
    safeguarding liaison meetings"; "care plans are reviewed …, including after hospital discharge"),
    or a full-weight governance duty, the examples decide nothing (the theme still lists them among
    the others the wording points to). A cue that is only a setting outside (who is waiting, at
    weekends) leaves the examples their say."""
    spans = []
    for match in _EXAMPLES.finditer(text):
        end = _EXAMPLES_END.search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return _outside_if_it_decides(hits, spans, _a_topic_or_strong_frame)


# A later ask that checks the one before it by pointing back to it ("…, and that call audits include feedback
# on this", "… and ensure there is board-level oversight of its delivery"): the pointer, closing its clause, and
# that clause from its opening (a comma, a semicolon, "and that", "and ensure").
_POINTS_BACK = compiled(r"(?i)\b(?:on|of|about|against|with|for)\s+(?:this|these|its\s+(?:delivery|implementation|"
                        r"progress))\s*(?=[.;,)]|$)")
_CLAUSE_OPENS = compiled(r"(?i)[,;]|\band (?:that|ensures?|makes? sure)\b")


def _beside_checks_of_it(hits: list[_Hit], text: str) -> list[_Hit]:
    """The hits that decide, less those only in an ask checking the duty named before it: "call handlers
    show empathy and offer reassurance to distressed callers, and that call audits include feedback on
    this" asks for empathy (Caring), and the audits are how it is checked, not staff competence. When
    the duty names no topic of its own, the check keeps its say."""
    spans = []
    for pointer in _POINTS_BACK.finditer(text):
        opens = [o.end() for o in _CLAUSE_OPENS.finditer(text, 0, pointer.start())]
        if opens:
            spans.append((opens[-1], pointer.end()))
    return _outside_if_it_decides(hits, spans, _a_topic_or_strong_frame)


def _outside_if_it_decides(hits: list[_Hit], spans: list[tuple[int, int]],
                           decides: Callable[[Cue], bool]) -> list[_Hit]:
    """The hits outside `spans` when one of them `decides`; else all of them."""
    outside = [h for h in hits if not _within(h.start, spans)]
    return outside if any(decides(h.cue) for h in outside) and len(outside) < len(hits) else hits


def _within(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


# What a cue outside a span must be to decide in its place.
def _full_weight_topic(cue: Cue) -> bool:
    return cue.weight >= STRONG_FRAME and not cue.frame


def _full_weight(cue: Cue) -> bool:
    """A full-weight topic or governance wording."""
    return cue.weight >= STRONG_FRAME


def _a_topic_or_strong_frame(cue: Cue) -> bool:
    """A topic, however light, that is not only a setting; or full-weight governance wording."""
    return not cue.setting and (not cue.frame or cue.weight >= STRONG_FRAME)


def _not_a_setting(cue: Cue) -> bool:
    return not cue.setting


# Information named by what it is about ("data on ward staffing, use of restraint and out-of-area
# placements", "the figures ward managers submit on falls", "information about their rights"): the
# noun, up to three words, a preposition, then its subject, to the clause's verb, its next clause or
# the form it takes ("… in easy read").
_ABOUT = compiled(r"(?i)\b(?:data|figures|information|reports?|statistics|dashboards?|metrics)\s+"
                  r"(?:(?!(?:is|are|was|were|must|should|and|or)\b)[\w'’-]+\s+){0,3}?(?P<on>on|about|for)\s")
# Views named by whose they are ("seek the views of the surgeons granted practising privileges"): the people
# asked, to the clause's verb or its end.
_WHOSE_VIEWS = compiled(r"(?i)\b(?:views|opinions)\s+(?P<on>of|from)\s")
_HOW_TO = compiled(r"(?i)how\s+to\b")
_ABOUT_END = compiled(r"(?i)[;:.(]|,\s*(?:so|and that|which|who)\b|\s(?:are|is|were|was|have|has|in|so that|and that)\b")


def _beside_subjects_of_information(hits: list[_Hit], words: list[themes.WordHit],
                                    text: str) -> tuple[list[_Hit], list[themes.WordHit]]:
    """The hits and category words that decide, less the topics named only as what data, figures or
    reports are about: "the board must receive accurate and timely data on ward staffing, use of
    restraint and out-of-area placements" asks for information, not for staffing or restraint;
    "information about their rights and medicines is available in easy read" for an accessible
    format; so are those named only as whose views are sought ("a survey to seek the views of the surgeons granted
    practising privileges" is engagement, not the privileges' governance). When the rest names a
    full-weight topic or governance wording it decides; else the
    subjects keep their say ("information about how to complain" is about complaints). Information on
    how to do something is that thing's own duty, whatever format it is in: "easy read information about
    how to raise a concern" tells people how to use the complaints system (16), so it keeps its say."""
    spans = []
    for match in [*_ABOUT.finditer(text), *_WHOSE_VIEWS.finditer(text)]:
        if _HOW_TO.match(text, match.end()):
            continue
        end = _ABOUT_END.search(text, match.end())
        spans.append((match.start("on"), end.start() if end else len(text)))  # a cue may start at "about"
    kept = _outside_if_it_decides(hits, spans, _full_weight)
    if len(kept) == len(hits):
        return hits, words
    return kept, [w for w in words if not any(start <= w.start < end for start, end in spans)]


# A governance check judged by whether it finds what is wrong: the check, what it is of, and the
# judgement ("quality audits of care plans, pressure care and accidents identify the shortfalls"; "audits
# of falls and wound care are robust enough"; "spot checks on medicines records … identify where
# improvements are needed"; "audits of daily notes should be effective in highlighting errors").
_JUDGED_CHECK = compiled(
    r"(?i)\b(?P<check>audits?|auditing|quality checks|spot checks|quality monitoring|quality assurance|"
    r"governance (?:systems?|processes)|oversight)\b(?P<of>[^;.]*?)\b(?:"
    r"(?:identif\w*|pick(?:s|ed|ing)? up|highlight\w*|detect\w*|spot(?:s|ted)?|finds?|show(?:s|ed)?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:shortfalls?|problems?|errors?|issues?|gaps?|improvements?|poor|failings?|omissions?)\b"
    r"|(?:is|are|be|been|were|was)\s+(?:not\s+)?(?:\w+\s+)?(?:effective|robust|reliable|thorough)\b)")
QUALITY_SYSTEM = "wellled.quality_system"  # vocab/cues.toml: the governance system itself as the topic
# A check asked to be improved or reviewed is judged too ("improve the practice's audits of dental care records so
# that they take account of guidance on recording …", "review the practice's audits of radiographs so that they are
# carried out six-monthly"): the check and what it is of, to its clause's end. The check is the verb's object, not
# a clause's verb ("review how it audits the calls of health advisers" asks about the feedback the calls get).
_IMPROVED_CHECK = compiled(
    r"(?i)\b(?:improve|improves|improving|strengthen|strengthens|strengthening|review|reviews|reviewing)\s+"
    r"(?:(?!(?:how|whether|what|when|it|they|we|and|or)\b)[\w'’-]+\s+){0,2}?"
    r"(?P<check>audits|auditing|quality checks|spot checks|quality assurance)\b(?P<of>(?:(?!,\s+and\b)[^;.])*)")
# Regulation 17(2)(b)'s duty in any words: a system, process or arrangement for assessing, monitoring or
# reducing risks in general ("systems for assessing and monitoring risk work effectively, including a fire
# risk assessment …", "processes to identify, assess and manage risks to patients, staff and visitors",
# "risk management systems"). A named harm ("systems to reduce the risk of falls") stays that topic, and
# "high-risk" (read as "high risk") only describes what is monitored ("a system to monitor patients
# prescribed high-risk medicines").
_RISK_SYSTEM = compiled(
    r"(?i)\b(?:(?:systems?|process(?:es)?|arrangements?|procedures?|frameworks?)\s+(?:[\w'’-]+\s+){0,3}?(?:for|to)\s+"
    r"(?:[\w'’-]+,?\s+){0,3}?(?:assess|identif|monitor|manag|mitigat|reduc|minimi[sz]|control)\w*,?\s+"
    r"(?:[\w'’-]+,?\s+){0,3}?(?<!high )(?<!low )\brisks?\b(?!\s+(?:of|from)\b)"
    r"|risk management\s+(?:systems?|process(?:es)?|arrangements?|frameworks?)\b)")
DATA_QUALITY = "wellled.data_quality"  # vocab/cues.toml: the quality of the data a provider keeps or reports
# Data or figures said to be accurate, reliable or validated, with what they count between them ("data on
# caseloads and waiting lists are accurate", "figures on the number of patients waiting for therapy are
# accurate"): the data's quality (Information management, 17) however long the subject, which a cue phrase's
# gap does not span. Information said accurate is left out: a leaflet's is the patient's to understand.
_DATA_SAID = compiled(
    r"(?i)\b(?:data|figures|statistics|metrics)\b(?:\s+(?!(?:that|which|so)\b)[\w'’-]+){0,10}?\s+"
    r"(?:is|are|be|was|were)\s+(?:(?:always|fully|consistently|kept)\s+)?"
    r"(?:accurate|inaccurate|reliable|unreliable|complete|incomplete|validated|correct|up to date|timely)\b")
RECORD_ACCESS = "safe.record_access"  # vocab/cues.toml: staff access to the patient record
# Staff able to reach what the record holds about a person where they work, with what it holds between ("staff
# can access up-to-date crisis plans and risk information held in the electronic record", "crews can access
# information about patients' known risks"), or given what it holds about the person before they care for them
# ("crews receive information about each patient's mobility, communication needs and any DNACPR decision before
# the journey"), or what it holds said available to them ("special patient notes and end of life care plans are
# available to clinicians at the point of contact"; tags49): the record's access (Safe › Records; a mental-health ward's "Staff access to essential
# information", 17), not the plans, risks or decisions it holds. Staff reaching training or support, staff told
# of anything but a person, and people reaching their own plans, are no record.
_STAFF_WORDS = r"\b(?:staff|nurses|doctors|clinicians|crews|workers|practitioners|teams?)\b"
_STAFF = _STAFF_WORDS + r"\s+"
_STAFF_ACCESS = compiled(
    rf"(?i){_STAFF}(?:can|could|are able to|were able to|have|has|had)\s+(?:(?:timely|prompt|ready|easy|full)\s+)?"
    r"access(?:\s+to)?\s+(?:[\w'’-]+,?\s+){0,6}?(?:plans?|information|records?|notes|risk assessments?)\b"
    rf"|{_STAFF}(?:receive|are given|are provided with|get)\s+(?:[\w-]+\s+){{0,2}}?(?:information|details)\s+"
    r"(?:about|on|of)\s+(?:(?:each|every|the|their|a|an)\s+)?(?:patient|person|child|resident|service user)s?['’]?s?\b"
    r"|\b(?:plans?|information|records?|notes|risk assessments?)\b(?:\s+[\w'’-]+){0,8}?\s+(?:is|are|be)\s+(?:made\s+)?"
    r"(?:(?:readily|easily|always|promptly)\s+)?(?:available|accessible)\s+to\s+(?:all\s+|the\s+)?" + _STAFF_WORDS)
SKILLS_FOR_NEEDS = "effective.skills_for_needs"  # vocab/cues.toml: staff given the skills to meet people's needs
# Skills, knowledge or competence to meet or support people's needs, with what they need and whose needs
# between ("the skills they need to meet the needs of autistic patients", "the skills to meet patients' needs").
# Skills people are helped to build towards their own goals name no needs and stay theirs (`_CueMatcher._whose`).
_SKILLS_FOR_NEEDS = compiled(
    r"(?i)\b(?:skills?|knowledge|competent|competence)\b(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:meet|support)\s+"
    r"(?:[\w'’-]+\s+){0,4}?needs\b")
CRITICAL_CARE_FOLLOW_UP = "effective.critical_care_follow_up"  # vocab/cues.toml: NICE CG83's follow-up clinic
# A follow-up clinic with critical care named in its clause, whoever it is for between ("follow-up clinics are
# available for patients discharged from the critical care unit", "patients discharged from critical care are
# offered a follow-up clinic appointment"): rehabilitation after critical illness (Effective), not the
# discharge the patients are described by.
_CRITICAL_CARE = r"(?:critical care|intensive care|critical illness|(?:been|were|was|are)\s+ventilated)"
_CRITICAL_CARE_FOLLOW_UP = compiled(
    rf"(?i)\bfollow up clinics?\b(?:\s+[\w'’,-]+){{0,14}}?\s+{_CRITICAL_CARE}\b"
    rf"|\b{_CRITICAL_CARE}\b(?:\s+[\w'’,-]+){{0,14}}?\s+follow up clinics?\b")
PLACE_LIGATURE = "safe.ligature_points"  # vocab/cues.toml: ligature points, fixtures of a place
# Ligature risks named with the place they are in, in one clause, no person between: the place before them ("the
# assessment room safe by removing ligature risks") or after them as what is assessed ("ligature risk assessments
# are completed for the rooms used to see patients"). Risks "for patients waiting" name a person, not a place.
_PLACE = (r"(?:rooms?|wards?|bays?|areas?|units?|environments?|bathrooms?|bedrooms?|en\s+suites?|"
          r"toilets?|gardens?|premises|buildings?|suites?)")
_A_PLACE = compiled(rf"(?i)\b{_PLACE}$")  # a hit's words ending in a place (`_beside_places`)
_NO_PERSON = r"(?!(?:patients?|people|persons?|children|young|women|residents?|clients?|service)\b)"
_PLACE_LIGATURE = compiled(
    rf"(?i)\b{_PLACE}\b(?:\s+{_NO_PERSON}[\w'’-]+){{0,10}}?\s+ligature\b"
    rf"|\bligature\b(?:\s+{_NO_PERSON}[\w'’-]+){{0,4}}?\s+(?:in|of|for|on|throughout|across)\s+(?:{_NO_PERSON}[\w'’-]+\s+){{0,4}}?"
    rf"{_PLACE}\b")
STAFF_PRESENT = "safe.staff_present"  # vocab/cues.toml: a clinician present or on duty
# A clinician said to be present or on duty, whatever the words naming which one between ("a registered nurse with
# theatre competencies is present whenever the unit is open"), which a cue phrase's gap does not span.
_ROLE = (r"(?:nurses?|midwi(?:fe|ves)|doctors?|consultants?|anaesthetists?|surgeons?|paramedics?|registrars?|"
         r"clinicians?|pharmacists?|radiographers?)")
_STAFF_PRESENT = compiled(
    rf"(?i)\b{_ROLE}\b(?:\s+(?!(?:is|are|was|were|be|must|should|and|or|that|who)\b)[\w'’-]+){{0,5}}?\s+"
    r"(?:is|are)\s+(?:always\s+)?(?:present|on\s+duty|on\s+site)\b")
# A pattern cue's hit that is the longer reading of a phrase cue's word inside it: the longest wins, as between
# phrases ("ligature" inside "the assessment room safe by removing ligature risks" is the room's, not a person's).
_LONGER_READING = {PLACE_LIGATURE: "safe.ligature"}
# Cues whose words stand apart with their object between, read by pattern beside the phrase matcher.
_PATTERN_CUES = ((_JUDGED_CHECK, QUALITY_SYSTEM), (_IMPROVED_CHECK, QUALITY_SYSTEM), (_RISK_SYSTEM, QUALITY_SYSTEM),
                 (_DATA_SAID, DATA_QUALITY),
                 (_STAFF_ACCESS, RECORD_ACCESS), (_SKILLS_FOR_NEEDS, SKILLS_FOR_NEEDS),
                 (_CRITICAL_CARE_FOLLOW_UP, CRITICAL_CARE_FOLLOW_UP), (_PLACE_LIGATURE, PLACE_LIGATURE),
                 (_STAFF_PRESENT, STAFF_PRESENT))


def _beside_what_is_checked(hits: list[_Hit], words: list[themes.WordHit],
                            text: str) -> tuple[list[_Hit], list[themes.WordHit]]:
    """The hits and category words that decide, less the topics a judged check is of: "quality audits
    of care plans, pressure care and accidents identify the shortfalls" asks for audits that work (the
    quality system, which the matcher adds as a hit, `_CueMatcher._patterned`), not for fewer accidents.
    So does one asked to be improved (`_IMPROVED_CHECK`). An audit merely asked for ("carry out monthly audits
    of medicines") keeps its topic."""
    spans = [m.span("of") for pattern in (_JUDGED_CHECK, _IMPROVED_CHECK) for m in pattern.finditer(text)
             if any(h.cue.id == QUALITY_SYSTEM and h.start == m.start() for h in hits)]
    return [h for h in hits if not _within(h.start, spans)], [w for w in words if not _within(w.start, spans)]


# A clause saying what the inspection found, after the duty: a later clause or sentence in the past
# tense with no duty of its own ("…; repositioning charts had gaps of up to ten hours").
_CLAUSES = compiled(r"[^;.]+(?:[;.]|$)")
_PAST = compiled(r"(?i)\b(?:had|hadn't|was|wasn't|were|weren't|did|didn't|we (?:found|saw|observed|reviewed|looked)|"
                 r"told us)\b")
_DUTY = compiled(r"(?i)\b(?:must|should|ensure|need to|needs to)\b")


def _beside_findings(hits: list[_Hit], text: str) -> list[_Hit]:
    """The hits that decide, less those only in what the inspection found: "Ensure that care records
    are accurate and up to date; repositioning charts had gaps of up to ten hours" asks for accurate
    records, and the repositioning charts are the evidence. Any cue in the duty itself decides (a
    light one too: the found clause is never the ask); with none there, the findings keep their say."""
    spans = [m.span() for k, m in enumerate(_CLAUSES.finditer(text))
             if k and _PAST.search(m.group()) and not _DUTY.search(m.group())]
    outside = [h for h in hits if not any(start <= h.start < end for start, end in spans)]
    return outside or hits


# What a duty is for ("so that", "in order to"), to the end of its clause or to the next duty joined on to it
# (", and monitor patient satisfaction …" is asked for, not what the first duty is for).
_NEXT_DUTY = rf",\s+and\s+{INSTRUCTION_VERB}"
_PURPOSE_OPENS = r"\b(?:so that|so they|in order to|in order that)\b"
_PURPOSE = compiled(rf"(?i){_PURPOSE_OPENS}(?:(?!{_NEXT_DUTY})[^;.])*")
# The standard a duty is to follow ("in line with", "in accordance with", "as set out in the Mental Health
# Act Code of Practice", "as recommended by …"), to the end of its clause or to what the duty is for: calls
# "reviewed at the intervals set out in its procedure so that patients whose condition is deteriorating are
# identified" follow the procedure for those patients' sake, and their deterioration is the purpose's to say.
_FOLLOWS = compiled(r"(?i)\b(?:in line with|in accordance with|according to|as required by|as recommended by|"
                    rf"as set out in|set out in|as per)\b(?:(?!{_PURPOSE_OPENS})[^;.])*")


# Who is to act, before the statement's first "must" or "should" ("Leaders should …", "The registered
# manager must …"), or named as the agent of a passive ("… administered by staff whose competency has
# been checked").
_SUBJECT = compiled(r"(?i)^\W*(?:\S+\s+){1,6}?(?=(?:must|should)\b)")
_AGENT = compiled(rf"(?i)\bby\s+(?:\S+\s+){{1,3}}?{_WHO}[^;.]*")


def _beside_who_and_why(hits: list[_Hit], words: list[themes.WordHit],
                        text: str) -> tuple[list[_Hit], list[themes.WordHit]]:
    """The hits that decide, less those only in what the duty is for or follows ("the data it reports
    on waiting lists is accurate and validated, so that leaders have a reliable picture of performance
    against referral to treatment standards" asks for accurate data, not shorter waits; seclusion
    reviews "as set out in the Mental Health Act Code of Practice" are about seclusion) or in who is
    to act ("Leaders should make sure that learning from serious incidents reaches frontline staff" is
    about incidents; medicines "administered by staff whose competency has been checked" are
    medicines), when the rest names a full-weight topic of its own; governance wording
    there is not enough (a system "so that patients at risk of falls are assessed" is about the falls).
    A standard followed names no category of the duty's own: its category words give way to the rest's
    ("in line with Guidelines for the Provision of Intensive Care Services" is no service provision), and
    so do its cues when the rest names category words but no cue ("an anaesthetist on site at all times,
    as recommended by the Royal College" is staffing, not evidence-based care). What a wait is measured by
    (a cue marked `beside_a_wait`) keeps its say in the wait's purpose and in the standard it follows: "improve
    referral to treatment times so that they meet the national standard", or "in line with the national
    standard", asks for the wait's performance against it (17; outside authors EZ, HW). Category words only in
    what the duty is for give way to a full-weight cue outside it, governance wording too: "review how it audits the
    notes kept by its salaried GPs so that gaps in their knowledge are found" asks for the audit, not for staff
    competence; light record-keeping words are not enough ("the time of administration is recorded for ibuprofen
    so that a safe interval is kept between doses" is about the doses)."""
    follows = [m.span() for m in _FOLLOWS.finditer(text)]
    purposes = [m.span() for m in _PURPOSE.finditer(text)]
    spans = follows + purposes + [m.span() for pattern in (_SUBJECT, _AGENT) for m in pattern.finditer(text)]
    kept = _outside_if_it_decides(hits, spans, _full_weight_topic)
    others = [span for span in spans if span not in purposes and span not in follows]
    kept = [h for h in hits if h in kept or (h.cue.beside_a_wait and not _within(h.start, others))]
    rest = [w for w in words if not _within(w.start, follows)]
    if rest and all(_within(h.start, follows) and not h.cue.beside_a_wait for h in kept):
        kept = []
    rest = rest or words
    if any(_full_weight(h.cue) and not _within(h.start, purposes) for h in kept):
        rest = [w for w in rest if not _within(w.start, purposes)]
    return kept, rest


# A course: a training word, with the subject named before it ("fire safety and information governance
# modules") or after it ("training in moving and handling", "trained to use the hoist"). A clause word
# ends the subject ("... in moving and handling and that their practice is observed").
_COURSE_NOUN = r"(?:training|modules?|courses?|e-?learning|refreshers?)"
_CLAUSE_WORD = (r"(?:is|are|was|were|be|been|has|have|had|that|so|before|after|when|while|which|who|where|must|"
                r"should|can|will|staff|the|their|a|an|all|to|of|for|with|at|by|on|in)")
_SUBJECT_BEFORE = compiled(rf"(?i)(?:[\s,]+(?!{_CLAUSE_WORD}\b)[\w'’-]+){{0,3}}?\s+{_COURSE_NOUN}\b")
_SUBJECT_WORDS = r"(?:(?!(?:that|so|before|when|which|who|where|is|are|was|were|must|should)\b)[\w'’-]+,?\s+){0,6}$"
_SUBJECT_AFTER = compiled(rf"(?i)\b(?:training|trained|{_COURSE_NOUN}|educated|education|instruction)\s+"
                          rf"(?:in|on|about|around|covering|to)\s+{_SUBJECT_WORDS}")
# the course's next subject: "training in moving and handling and in the safe use of wheelchair restraints"
_SUBJECT_AGAIN = compiled(rf"(?i)\s(?:and|or)\s+(?:in|on|about)\s+{_SUBJECT_WORDS}")
MANDATORY = "mandatory_training"  # vocab/themes.toml: Safe's category for courses on safety duties
COMPETENT = "competent_staff"  # vocab/themes.toml: Effective's category for skills, training and supervision
CONSENT = "consent"  # vocab/themes.toml: Effective's category for consent, the Mental Capacity Act and DoLS
_COURSE_THEMES = (MANDATORY, COMPETENT)
_COURSE_WORD = compiled(rf"(?i)\b(?:{_COURSE_NOUN}|trained)$")
_SUPPORT_WORD = compiled(r"(?i)\b(?:supervision|appraisal)")  # staff support beside a course: competence


def _beside_courses(hits: list[_Hit], text: str, core_service: bool) -> list[_Hit]:
    """The hits that decide, less the topics named only as a course's subject: "training in moving
    and handling" asks for training, not for people to be moved safely; "statutory fire safety and
    information governance modules" for modules completed, not fire safety or information governance.
    The training wording then decides (a course the lexicon names as mandatory, "fire safety
    training", is one phrase and stays); the subject is still listed among the other themes. A course
    on a duty Safe covers (restraint, infection control, fire evacuation: "training in the trust's
    approved physical intervention techniques") is mandatory training however it is named, so in a
    core service's report, which has that Safe sub-heading (§9.4), its training words are filed there,
    not under Competent staff. A care home's or a practice's report has no such sub-heading (its
    training is Effective's staff support), so there the course stays with the training words; so
    does a course said to give staff the skills to meet people's needs ("training in positive behaviour
    support and in communicating with autistic people, so that they have the skills to meet patients'
    needs"), which is competence whatever its subject, and a course asked for beside supervision or
    appraisal ("staff receive regular supervision and have training in positive behaviour support"):
    the support staff are given as a whole, 18(2)(a), which every author files under Effective. A course
    on consent alone ("training in the Mental Capacity Act") is filed under Consent, MCA and DoLS in any
    service, still cited under 18: outside authors EJ, HE and HO file it there, not under Competent staff."""
    def a_subject(hit: _Hit) -> bool:
        if hit.cue.theme in _COURSE_THEMES:
            return False
        end = hit.start + len(hit.evidence)
        return bool(_SUBJECT_BEFORE.match(text, end)) or _course_subject_after(text[: hit.start])

    subjects = [h for h in hits if a_subject(h)]
    kept = [h for h in hits if h not in subjects]
    if any(h.cue.id == SKILLS_FOR_NEEDS or (h.cue.theme == COMPETENT and _SUPPORT_WORD.search(h.evidence))
           for h in kept):
        return kept
    if subjects and all(h.cue.theme == CONSENT for h in subjects):
        into = CONSENT
    elif core_service and any(h.cue.key_question == "Safe" for h in subjects):
        into = MANDATORY
    else:
        return kept
    return [_filed_under(h, into) if h.cue.theme == COMPETENT and _COURSE_WORD.search(h.evidence) else h
            for h in kept]


WAIT_THEME = "access_flow"  # vocab/themes.toml: Responsive's category for waits, delays and flow
# What an act or a wait is for, up to a comma or a clause word ("the waiting list for therapy are contacted").
_WHAT_FOR = (r"((?:(?!(?:that|so|before|when|which|who|whose|where|while|is|are|was|were|must|should|"
             r"have|has|to|and that)\b)[\w'’-]+\s*){1,8})")
# What is waited for, after a wait named as a noun ("waiting times for speech and language therapy
# assessments"; not the verb: "while people wait for assessment, their risk is reviewed") or as the cause of a
# delay the duty is to end ("not delayed on the wards while waiting for transport or take-home medicines") or after a
# wait longer than a stated time.
_WAITED_FOR = compiled(r"(?i)\b(?:(?:waiting times?|wait times?|waiting lists?|"
                       r"delay(?:s|ed)?\b(?:\s+[\w'’-]+){0,5}?\s+(?:while|whilst)\s+waiting)\s+for|"
                       # a wait longer than a stated time ("children who wait longer than 15 minutes to be triaged")
                       r"wait(?:s|ed|ing)?\s+(?:longer|more)\s+than\s+(?:[\w'’-]+\s+){1,3}?"
                       r"(?:minutes?|hours?|days?|weeks?|months?)\s+(?:for|to\s+be))\s+" + _WHAT_FOR)
# The act whose time is measured ("monitor how long it takes clinicians to triage …", "the time taken to answer …").
_TIMED = compiled(r"(?i)\b(?:how\s+long\s+it\s+(?:takes|took)|time\s+(?:taken|it\s+takes))\s+"
                  r"(?:[\w'’-]+\s+){0,3}?to\s+" + _WHAT_FOR)


def _beside_what_is_waited_for(hits: list[_Hit], text: str) -> list[_Hit]:
    """The hits that decide, less the topics named only as what people wait for: "reduce waiting times for
    speech and language therapy assessments for children" asks for shorter waits, not for swallowing care
    (the speech and language therapy that cues nutrition), so the wait decides, as with a course's subject;
    so does a waiting list, though elsewhere it is only a setting ("shorten the waiting list for dietitian
    reviews" is about the list). So does the time an act takes, measured: the act timed is what people wait
    for, unless it is a Responsive topic of its own (the time taken to answer complaints is complaint handling)."""
    spans = [m.span(1) for m in _WAITED_FOR.finditer(text)]
    timed = [m.span(1) for m in _TIMED.finditer(text)]
    # each timed act's hit set aside on its own, so a Responsive topic timed beside it keeps its say
    spans += [(h.start, h.start + 1) for h in hits if _within(h.start, timed) and h.cue.key_question != "Responsive"]
    return _outside_if_it_decides(hits, spans, lambda cue: cue.theme == WAIT_THEME)


def _course_subject_after(before: str) -> bool:
    """The words before a hit end in a course's subject, its first ("training in …") or a later one
    ("… and in …"), each a few words long."""
    if _SUBJECT_AFTER.search(before):
        return True
    again = _SUBJECT_AGAIN.search(before)
    return again is not None and _course_subject_after(before[: again.start() + 1])


def _filed_under(hit: _Hit, theme_id: str) -> _Hit:
    """The hit filed under another category: a training word under its course's (a safety duty's mandatory
    training, consent), a topic under its counterpart (`_counterparts_cited`)."""
    theme = themes.by_id()[theme_id]
    cue = hit.cue.model_copy(update={"theme": theme.id, "key_question": theme.key_question, "quality_statement": None})
    return _Hit(cue=cue, evidence=hit.evidence, start=hit.start)


MEDICINES = "medicines"  # vocab/themes.toml: Safe's medicines category, cited under 12(2)(g)


def _competence_for_medicines(hits: list[_Hit], every_hit: list[_Hit]) -> list[_Hit]:
    """Staff competence to handle medicines, when medicines are the only other topic named ("care
    workers who administer medicines have had their competency assessed", "trained and assessed as
    competent before they support people with their medicines"), is cited under 12 (12(2)(c), (g))
    as well as 18 by most outside authors, though they split on filing it under Competent staff or
    Medicines. So the competence decides, and the medicines named, wherever they stand (a clause
    saying who, what the training is for), frame it, adding 12. Training on several topics keeps
    its own say."""
    competence = [h for h in hits if h.cue.theme == COMPETENT and not h.cue.frame]
    others = {h.cue.theme for h in every_hit if not h.cue.frame and not h.cue.setting and h.cue.theme != COMPETENT}
    if not competence or others != {MEDICINES}:
        return hits
    framed = [_Hit(cue=h.cue.model_copy(update={"frame": True}), evidence=h.evidence, start=h.start)
              for h in every_hit if h.cue.theme == MEDICINES]
    return sorted([h for h in hits if h.cue.theme != MEDICINES] + framed, key=lambda h: h.start)


# A step joined after another duty: "and" (and a "that"), then up to three words, right before the step's phrase
# ("… and notified to CQC", "… and that the Commission is notified").
_JOINED_STEP = compiled(r"(?i)\band\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}$")
# Training whose subject is only a pronoun for what the duty has just named ("… and that staff are trained in its
# use", "trained to use them"): a step of that duty, as telling the Commission is.
_IN_ITS_USE = compiled(r"(?i)\s+(?:in\s+(?:its|their)\s+use|(?:in\s+how\s+)?to\s+use\s+(?:it|them))\b")


def _steps_beside_topics(hits: list[_Hit], text: str) -> list[_Hit]:
    """A cue marked `a_step` (telling the Commission, training staff in the use of what was named) joined by "and"
    after another duty whose topic is named before it frames that topic: "allegations of abuse are reported to the
    local authority safeguarding team and notified to CQC" asks for safeguarding (13, Safe) with the notification
    beside it (Registration Regulation 18), "naloxone is offered … and that staff are trained in its use" for the
    naloxone (12) with the training's 18 beside it; "notify CQC of allegations of abuse" or "ensure that CQC is
    notified of serious injuries" asks for the notification itself."""
    def a_step(hit: _Hit) -> bool:
        return hit.cue.a_step or (hit.cue.theme == COMPETENT
                                  and bool(_IN_ITS_USE.match(text, hit.start + len(hit.evidence))))

    def before(step: _Hit) -> bool:
        return any(h.start < step.start and not (h.cue.frame or h.cue.setting or a_step(h)) for h in hits)
    return [_Hit(cue=h.cue.model_copy(update={"frame": True}), evidence=h.evidence, start=h.start)
            if a_step(h) and _JOINED_STEP.search(text[:h.start]) and before(h) else h for h in hits]


AUDIT = "audit"  # the governance wording that, in a dental report, makes an audit the object


def _audit_is_the_object(hits: list[_Hit]) -> list[_Hit]:
    """In a service whose reports file every audit under Well-led quality assurance (dental:
    "audits of radiography and infection prevention and control"), an audit asked for is the
    statement's object; the topics audited stay listed as other themes. A Well-led cue is no topic audited
    but what the audit is for ("with documented learning points"), and stays."""
    if not any(h.cue.frame and h.evidence.lower().startswith(AUDIT) for h in hits):
        return hits
    return [h for h in hits if h.cue.frame or h.cue.key_question == "Well-led"]


# ------------------------------------------------------------------ regulations


def _regulations(
    finding: Finding, hits: list[_Hit], notices: list[RequirementNotice]
) -> tuple[list[Regulation], list[Tag], set[_RegKey | None]]:
    """Regulations with their tags, and the cue topics that chose them (empty unless from wording)."""
    cited = finding.regulations or find_citations(finding.text)
    if cited:
        return _with_equivalents(cited, [_explicit_tag(reg) for reg in cited], hits)
    named = named_breaches(finding.text)
    if named:
        return named, [_named_tag(reg) for reg in named], set()
    if finding.kind == "must":
        matched = {m[0].regulation: m for m in _notice_matches(finding.text, notices)}  # one row per regulation
        if matched:
            return _with_equivalents([_titled(reg) for reg in matched], [_notice_tag(*m) for m in matched.values()], hits)
        titled = {n.regulation: n for n in notices if n.regulation is not None and restates_title(finding.text, n.regulation)}
        if titled:
            return _with_equivalents([_titled(reg) for reg in titled], [_title_tag(n) for n in titled.values()], hits)
    return _wording_regulations(hits)


def _with_equivalents(regs: list[Regulation], tags: list[Tag],
                      hits: list[_Hit]) -> tuple[list[Regulation], list[Tag], set[_RegKey | None]]:
    """A 2010 regulation, cited or named by a notice row, stays as printed; beside it goes the 2014
    regulation that replaced it (reference §8.4, `nearest` in vocab/regulations.toml), the one a
    plan written now answers to. Where two replaced it (2010's 12, cleanliness: 12(2)(h) or 15),
    the one the wording's cues point to, else the first."""
    pairs = list(zip(regs, tags))
    cued = {_cue_key(h.cue) for h in _topics(hits)}
    for reg, tag in list(pairs):
        entry = regulation_entry(reg.instrument, reg.number) if reg.instrument == "RA2010" else None
        if not entry or not entry.nearest:
            continue
        options = [re.match(r"(\d+[A-Z]?)(.*)", n).groups() for n in entry.nearest]  # "12(2)(g)" -> ("12", "(2)(g)")
        number, paragraphs = next((o for o in options if ("RA2014", o[0]) in cued), options[0])
        if any(r.instrument == "RA2014" and r.number == number for r, _ in pairs):
            continue
        new = Regulation(instrument="RA2014", number=number, paragraphs=paragraphs,
                         title=regulation_title("RA2014", number))
        pairs.append((new, Tag(field="regulation", value=_reg_label(new), basis="equivalent", evidence=tag.evidence,
                               rule_id=f"equivalent.RA2010.{reg.number}", confidence=tag.confidence)))
    return [r for r, _ in pairs], [t for _, t in pairs], set()


def _counterparts_cited(hits: list[_Hit], regs: list[Regulation], reg_tags: list[Tag]) -> list[_Hit]:
    """A topic cited under a regulation that does not span its key question, but is the one its theme's
    counterpart (vocab/themes.toml `counterpart`) is usually cited under, is filed there: a crisis plan cited
    under 9 (person-centred care, 9(3)(b) care designed to meet needs) is the care planned, Assessment of needs
    and planning of care, not the risk managed that it is uncited or under 12. An appraisal held on file cited
    under 19 (recruitment) is no mandatory course: 19 is not what that counterpart is cited under."""
    if not _cited(reg_tags):
        return hits
    by_id = themes.by_id()
    out = []
    for hit in hits:
        twin = by_id.get(by_id[hit.cue.theme].counterpart or "") if hit.cue.theme in by_id else None
        moved = (not hit.cue.frame and twin is not None and not _fits(hit.cue.key_question, regs)
                 and any(f"{r.instrument} {r.number}" == twin.cites for r in regs))
        out.append(_filed_under(hit, twin.id) if moved else hit)
    return out


def _titled(reg: Regulation | None) -> Regulation:
    """Notice rows read by column position may lack the title; the official list has it."""
    assert reg is not None
    title = reg.title or regulation_title(reg.instrument, reg.number)
    return reg.model_copy(update={"title": title})


def _explicit_tag(reg: Regulation) -> Tag:
    suffix = "" if reg.instrument == "RA2014" else f" ({reg.instrument})"
    return Tag(
        field="regulation", value=_reg_label(reg), basis="explicit",
        evidence=f"Regulation {reg.number}{reg.paragraphs}{suffix}",
        rule_id=f"citation.{reg.instrument}.{reg.number}", confidence=1.0,
    )


def _named_tag(reg: Regulation) -> Tag:
    """A breach named by its regulation's title, with no number, is as firm as a citation."""
    return Tag(field="regulation", value=_reg_label(reg), basis="explicit",
               evidence=f"names the breach of regulation {reg.number} ({reg.title})",
               rule_id=f"named.{reg.instrument}.{reg.number}", confidence=1.0)


def _reg_label(reg: Regulation) -> str:
    return f"{reg.instrument} {reg.number}"


def _notice_matches(text: str, notices: list[RequirementNotice]) -> list[tuple[RequirementNotice, str, float]]:
    """The notice rows whose text repeats this statement best (ties kept: one failing can breach two)."""
    words = _content_words(text)
    scored = [(n, *_best_segment(words, n.text)) for n in notices if n.regulation is not None]
    best = max((score for _, _, score in scored), default=0.0)
    if best < NOTICE_MATCH:
        return []
    return [(n, segment, score) for n, segment, score in scored if score >= best - 1e-9]


def _best_segment(words: set[str], notice_text: str) -> tuple[str, float]:
    """Notice cells hold several bullets; compare with each, so one long cell cannot match everything."""
    segments = [s.strip() for s in re.split(r"(?<=[.;:])\s+|\n+|•", notice_text) if s.strip()]
    scored = [(segment, _dice(words, _content_words(segment))) for segment in segments]
    return max(scored, key=lambda pair: pair[1], default=("", 0.0))


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z]{3,}", text)} - _STOP_STEMS


def _notice_tag(notice: RequirementNotice, segment: str, score: float) -> Tag:
    assert notice.regulation is not None
    return Tag(
        field="regulation", value=_reg_label(notice.regulation), basis="requirement_notice",
        evidence=segment[:200], rule_id=f"notice.page{notice.page}.{notice.regulation.number}",
        confidence=round(min(0.95, 0.5 + score / 2), 2),
    )


def _title_tag(notice: RequirementNotice) -> Tag:
    """A must that restates the title of a notice row's regulation is that row's breach."""
    reg = _titled(notice.regulation)
    return Tag(field="regulation", value=_reg_label(reg), basis="requirement_notice",
               evidence=f"restates the title of regulation {reg.number} ({reg.title}), the notice on page {notice.page}",
               rule_id=f"notice.title.page{notice.page}.{reg.number}", confidence=0.8)


def _wording_regulations(hits: list[_Hit]) -> tuple[list[Regulation], list[Tag], set[_RegKey | None]]:
    chosen = _chosen_topics(hits)
    frames = _frame_keys(hits, strong_only=bool(chosen))
    keys = [k for k in dict.fromkeys([*_ordered(chosen, hits), *_side_regulation(hits, chosen), *frames]) if k is not None]
    regs = [Regulation(instrument=i, number=n, title=regulation_title(i, n)) for i, n in keys]
    rivals = sum(score for key, score in _scores(_topics(hits)).items() if key in chosen)
    tags = [_wording_reg_tag(key, hits, rivals) for key in keys]
    return regs, tags, chosen


def _cue_key(cue: Cue) -> _RegKey | None:
    return (cue.instrument, cue.regulation.upper()) if cue.regulation else None


def _scores(hits: list[_Hit]) -> dict[_RegKey | None, float]:
    """Each cue counts once, however many of its phrases match; cues of one theme add up, and a
    regulation scores its strongest theme's total: regulation 17 spans incidents, audit and
    culture, so "notify CQC of incidents and of outcomes" is not two regulation 17 topics."""
    by_theme: dict[tuple[_RegKey | None, str | None], float] = {}
    for cue in {h.cue.id: h.cue for h in hits}.values():
        key = (_cue_key(cue), cue.theme or cue.id)
        by_theme[key] = by_theme.get(key, 0.0) + cue.weight
    scores: dict[_RegKey | None, float] = {}
    for (reg, _theme), score in by_theme.items():
        scores[reg] = max(scores.get(reg, 0.0), score)
    return scores


def _topics(hits: list[_Hit]) -> list[_Hit]:
    return [h for h in hits if not h.cue.frame]


def _chosen_topics(hits: list[_Hit]) -> set[_RegKey | None]:
    scores = _scores(_topics(hits))
    best = max(scores.values(), default=0.0)
    return {key for key, score in scores.items() if score >= TOPIC_SHARE * best}


RISK_THEME = "patient_risk"  # vocab/themes.toml: harm to a person, cited under 12(2)(a)(b)


def _side_regulation(hits: list[_Hit], chosen: set[_RegKey | None]) -> list[_RegKey]:
    """When the topic that decides is one no regulation covers (a wait), a risk to the people
    waiting named beside it is what CQC would cite: 999 calls answered late while welfare calls
    to those waiting are missed is a breach of 12, though the wait stays the statement's topic.
    Likewise a cue marked `beside_a_wait`: harm reviews of those waiting (12), a discharge
    planned with the patient and family (9)."""
    if chosen != {None}:
        return []
    return list(dict.fromkeys(k for h in _topics(hits)
                              if (h.cue.theme == RISK_THEME or h.cue.beside_a_wait) and (k := _cue_key(h.cue))))


def _frame_keys(hits: list[_Hit], strong_only: bool) -> list[_RegKey]:
    """Governance wording: beside a topic only when strong; alone, any frame counts."""
    frames = [h for h in hits if h.cue.frame and (h.cue.weight >= STRONG_FRAME or not strong_only)]
    return [k for k in (_cue_key(h.cue) for h in frames) if k is not None]


def _ordered(keys: set[_RegKey | None], hits: list[_Hit]) -> list[_RegKey | None]:
    return list(dict.fromkeys(_cue_key(h.cue) for h in hits if _cue_key(h.cue) in keys))


def _wording_reg_tag(key: _RegKey, hits: list[_Hit], rivals: float) -> Tag:
    """Surer with more evidence; less sure when other topics in the statement score nearly as well."""
    own = [h for h in hits if _cue_key(h.cue) == key]
    score = _scores(own).get(key, 0.0)
    share = score / rivals if rivals and not own[0].cue.frame else 1.0
    top = max(own, key=lambda h: h.cue.weight)
    return Tag(
        field="regulation", value=f"{key[0]} {key[1]}", basis="wording",
        evidence="; ".join(dict.fromkeys(h.evidence for h in own)), rule_id=top.cue.id,
        confidence=round(min(0.9, 0.45 + 0.25 * score) * min(1.0, share), 2),
    )


# ------------------------------------------------------------------ no cue: the category's vocabulary

def _named_topic(
    finding: Finding, hits: list[_Hit], words: list[themes.WordHit], regs: list[Regulation], reg_tags: list[Tag],
    kq_tag: Tag | None,
) -> themes.Named | None:
    """When no topic cue fired, the theme whose typical objects and duties (vocab/themes.toml
    `words`) the statement names most. Governance is one of those categories, so a statement is
    about the governance system itself only when its governance words outnumber any topic's;
    otherwise the topic audited or overseen decides, as with cues. A frame naming its own theme
    (accurate records) or a section's key question stays in charge."""
    if _topics(hits) or (kq_tag is not None and kq_tag.basis == "section"):
        return None
    governance = themes.default_for("Well-led").id
    if any(h.cue.theme not in (None, governance) for h in hits):
        return None
    cited = [regulation_entry(r.instrument, r.number) for r in regs] if _cited(reg_tags) else []
    allowed = {kq for entry in cited if entry for kq in entry.key_questions} or None
    named = themes.named_by(words, finding.text, allowed)
    same = named is not None and kq_tag is not None and named.theme == themes.default_for(kq_tag.value)
    return None if same else named  # governance words beside governance cues: the cues' tags stand


def _cited(reg_tags: list[Tag]) -> bool:
    """The regulations came from a citation or a notice row, not from wording."""
    return bool(reg_tags) and reg_tags[0].basis != "wording"


def _from_named(
    named: themes.Named, hits: list[_Hit], regs: list[Regulation], reg_tags: list[Tag], kq_tag: Tag | None
) -> tuple[list[Regulation], list[Tag], Tag]:
    """The named theme's key question; its usual regulation when the wording gave none but
    governance words (strong ones add regulation 17 beside it, as beside a topic cue)."""
    if kq_tag is not None and kq_tag.value == named.theme.key_question:
        return regs, reg_tags, kq_tag  # the cues already chose this key question: only the theme is new
    kq = Tag(field="domain", value=named.theme.key_question, basis=named.basis, evidence=named.evidence,
             rule_id=f"{named.rule}.{named.theme.id}", confidence=named.confidence)
    if _cited(reg_tags):
        return regs, reg_tags, kq
    own: list[_RegKey] = [tuple(named.theme.cites.split(" ", 1))] if named.theme.cites else []  # type: ignore[list-item]
    frames = [k for k in dict.fromkeys(_frame_keys(hits, strong_only=True)) if k not in own]
    new_regs = [Regulation(instrument=i, number=n, title=regulation_title(i, n)) for i, n in own + frames]
    new_tags = [Tag(field="regulation", value=f"{i} {n}", basis="wording", evidence=named.evidence,
                    rule_id=f"words.{named.theme.id}", confidence=NAMED) for i, n in own]
    return new_regs, new_tags + [_wording_reg_tag(k, hits, 0.0) for k in frames], kq


def _theme_regulation(theme_tag: Tag) -> tuple[list[Regulation], list[Tag]]:
    """A statement left with no regulation (nothing cited, no notice row, no cue tied to one: carers, a
    wait, joint working) gets the one its category's breaches are usually cited under (vocab/themes.toml
    `cites`, or `inferred_cites` where none fits well enough to name from its words), a should as if it were a breach, so every plan row names the regulation CQC would cite.
    It is marked inferred (`_inferred`), less sure still when the theme is only its key question's
    fallback, nothing in the wording naming a topic."""
    theme = themes.named(theme_tag.value)
    if theme is None:
        return [], []
    cites = theme.cites or theme.inferred_cites or ""
    instrument, number = cites.split(" ", 1)
    reg = Regulation(instrument=instrument, number=number, title=regulation_title(instrument, number))
    fallback = theme_tag.rule_id.startswith("default.")
    tag = Tag(field="regulation", value=cites, basis="wording", evidence=theme_tag.evidence,
              rule_id=f"theme.{theme.id}.{'fallback' if fallback else 'cites'}",
              confidence=INFERRED_FALLBACK if fallback else INFERRED)
    return [reg], [tag]


def _inferred(regs: list[Regulation], reg_tags: list[Tag]) -> tuple[list[Regulation], list[Tag]]:
    """The regulations read from a theme alone (`_theme_regulation`, or a theme named by its category's
    vocabulary, `_from_named`), marked inferred, with a sentence saying so: nothing printed names them, and a
    consultant must see that before quoting one to the regulator. Marked last, so the choices made on the way
    weigh them as they weigh any regulation guessed from wording."""
    tags = [_inferred_tag(t) if t.basis == "wording" and t.rule_id.startswith(_FROM_THEME) else t for t in reg_tags]
    marked = {t.value for t in tags if t.basis == "inferred"}
    return [r.model_copy(update={"inferred": True}) if _reg_label(r) in marked else r for r in regs], tags


def _inferred_tag(tag: Tag) -> Tag:
    """The tag as inferred: its evidence says the regulation was not printed and which theme gave it."""
    theme = themes.by_id()[tag.rule_id.split(".")[1]]
    named = f" (“{tag.evidence}”)" if tag.evidence else ""
    return tag.model_copy(update={"basis": "inferred", "evidence": (
        f"not printed in the report: its theme, {theme.key_question} › {theme.name}{named}, is usually cited "
        f"under regulation {regulation_tag_text(tag.value)}")})


# ------------------------------------------------------------------ key question


def _key_question(
    finding: Finding, regs: list[Regulation], reg_tags: list[Tag], hits: list[_Hit], chosen: set[_RegKey | None]
) -> tuple[Tag | None, bool]:
    """The key question tag and whether it disagrees with the regulations."""
    section = _section_key_question(finding.domain)
    if section:
        tag = Tag(field="domain", value=section, basis="section", evidence=finding.section or finding.domain or "",
                  rule_id="section", confidence=SECTION_CONFIDENCE)
        return tag, not _fits(section, regs)
    voters = _voters(regs, hits, chosen)
    if voters and _governance_of_a_topic(regs, reg_tags, voters):
        return _regulation_default(regs[0], reg_tags[0]), True
    if voters:
        return _vote(voters), False
    if not regs:
        return None, False
    default = _regulation_default(regs[0], reg_tags[0])
    topics = _topics(hits)
    return default, bool(topics) and (default is None or _vote(topics).value != default.value)


def _section_key_question(domain: str | None) -> KeyQuestion | None:
    """Accept "Safe", "safe", "Are services safe?", "Well led" and the like."""
    letters = re.sub(r"[^a-z]", "", (domain or "").lower())
    return next((kq for key, kq in _KEY_QUESTIONS.items() if key in letters), None)


def _fits(kq: str, regs: list[Regulation]) -> bool:
    known = [e for e in (regulation_entry(r.instrument, r.number) for r in regs) if e and e.key_questions]
    return not known or any(kq in e.key_questions for e in known)


def _voters(regs: list[Regulation], hits: list[_Hit], chosen: set[_RegKey | None]) -> list[_Hit]:
    """Cues that agree with the regulations: topics first, then governance wording, then any topic
    whose key question the regulations span (a reg 12 notice with a waiting-times cue is Responsive),
    but not a setting that names only another regulation (a breach of 17 that "placed people at risk of
    harm", regulation 12's general words, stays 17's)."""
    if chosen:
        return [h for h in hits if not h.cue.frame and _cue_key(h.cue) in chosen]
    wanted = {key for reg in regs for key in _comparable(reg)}
    agreeing = [h for h in hits if _cue_key(h.cue) in wanted or (not regs and _cue_key(h.cue) is None)]
    agreeing = _in_cited_paragraphs(agreeing, regs) or agreeing
    spanned = [h for h in _topics(hits) if not (h.cue.setting and h.cue.regulation) and _fits(h.cue.key_question, regs)]
    return _topics(agreeing) or agreeing or spanned


GOOD_GOVERNANCE: _RegKey = ("RA2014", "17")


def _governance_of_a_topic(regs: list[Regulation], reg_tags: list[Tag], voters: list[_Hit]) -> bool:
    """Regulation 17 alone cited for a topic another regulation covers (ionising radiation's local rules,
    a fire risk assessment's actions, screening uptake): CQC cited the governance that should have found
    and put it right, not the topic's own regulation, so the cited regulation's key question (Well-led)
    stands and the topic's is left to the second choice. A topic of 17's own (records, incidents,
    outcomes, the Mental Health Act's forms: a cue of regulation 17, or of a theme usually cited under it)
    keeps its key question, as does a topic cited under its own regulation beside 17."""
    return (_cited(reg_tags) and all((r.instrument, r.number.upper()) == GOOD_GOVERNANCE for r in regs)
            and not any(_of_governance(h.cue) for h in voters) and _vote(voters).value != "Well-led")


def _of_governance(cue: Cue) -> bool:
    """A cue of regulation 17, or of a theme usually cited under it (vocab/themes.toml `cites`)."""
    theme = themes.by_id().get(cue.theme or "")
    return _cue_key(cue) == GOOD_GOVERNANCE or (theme is not None and theme.cites == " ".join(GOOD_GOVERNANCE))


def _in_cited_paragraphs(hits: list[_Hit], regs: list[Regulation]) -> list[_Hit]:
    """The hits a cited paragraph is about: "Regulation 18(1)" (sufficient numbers) keeps the
    staffing cues and drops the competence word beside them; hits of other regulations stay."""
    kept = hits
    for reg in regs:
        allowed = _paragraph_themes(reg)
        if allowed:
            key = (reg.instrument, reg.number.upper())
            kept = [h for h in kept if _cue_key(h.cue) != key or h.cue.theme in allowed]
    return kept


def _paragraph_themes(reg: Regulation) -> list[str]:
    """The themes a cited paragraph or sub-paragraph is about (vocab/regulations.toml
    `paragraph_themes`): "(2)(c)" is looked up as "2" and as "2c", in that order."""
    entry = regulation_entry(reg.instrument, reg.number)
    if entry is None or not entry.paragraph_themes:
        return []
    return list(dict.fromkeys(t for key in _paragraph_keys(reg) for t in entry.paragraph_themes.get(key, [])))


def _paragraph_keys(reg: Regulation) -> list[str]:
    """The cited paragraphs and sub-paragraphs as vocab/regulations.toml keys: "(2)(c)" is "2" and "2c"."""
    keys: list[str] = []
    paragraph = ""
    for part in re.findall(r"\((\w+)\)", reg.paragraphs):
        if part.isdigit():
            paragraph = part
            keys.append(part)
        elif paragraph:
            keys.append(paragraph + part.lower())
    return keys


def _well_led_paragraph(kq_tag: Tag | None, regs: list[Regulation], reg_tags: list[Tag]) -> themes.Named | None:
    """A Well-led statement whose cited sub-paragraphs all name one Well-led sub-heading (vocab/regulations.toml
    `well_led_paragraph_themes`: "17(2)(b)", assess, monitor and mitigate risks, is Management of risk, issues
    and performance): that sub-heading, over the governance words it is worded in. "17(2)(a)(b)" names two
    duties, and its wording chooses."""
    if kq_tag is None or kq_tag.value != "Well-led" or kq_tag.basis == "section" or not _cited(reg_tags):
        return None
    for reg, reg_tag in zip(regs, reg_tags):
        entry = regulation_entry(reg.instrument, reg.number)
        lettered = [key for key in _paragraph_keys(reg) if not key.isdigit()]
        named = {entry.well_led_paragraph_themes.get(key) for key in lettered} if entry else set()
        if len(named) == 1 and None not in named:
            return themes.Named(themes.by_id()[named.pop()], reg_tag.evidence, rule="paragraph", confidence=PARAGRAPH)
    return None


def _paragraph_topic(hits: list[_Hit], regs: list[Regulation], reg_tags: list[Tag],
                     kq_tag: Tag | None) -> themes.Named | None:
    """A cited paragraph that names one topic (18(1) staffing numbers, 17(2)(c) records): when no topic
    cue belongs to another cited regulation, the paragraph's theme is the statement's ("a resident
    medical officer trained in advanced life support on site at all times (Regulation 18(1))" is a
    staffing post, not training), also when its own cue is worded beside an uncited topic's: "records …
    are accurate, complete and contemporaneous, and that safeguarding alerts are visible on the record
    (Regulation 17(2)(c))" is records, the safeguarding alert what they hold."""
    if not _cited(reg_tags) or (kq_tag is not None and kq_tag.basis == "section"):
        return None
    for reg, reg_tag in zip(regs, reg_tags):
        allowed = _paragraph_themes(reg)
        key = (reg.instrument, reg.number.upper())
        others = {k for r in regs for k in _comparable(r)} - {key}
        if len(allowed) != 1:
            continue  # 18(2) spans mandatory training and competence: its wording must choose
        if any(_cue_key(h.cue) in others for h in _topics(hits)):
            continue
        return themes.Named(themes.by_id()[allowed[0]], reg_tag.evidence, rule="paragraph", confidence=PARAGRAPH)
    return None


def _course_cited_under_its_subject(hits: list[_Hit], regs: list[Regulation], reg_tags: list[Tag],
                                    kq_tag: Tag | None) -> themes.Named | None:
    """A course cited under its subject's regulation, not under staffing's (18): "complete safeguarding children
    level 3 training (Regulation 13)" is filed under Safeguarding, the course only how that duty is met (outside
    authors ED, EJ, FX, GV, JA, JN); cited under 18, or not cited, it stays a course. The subject is the category
    the cited regulation is usually cited for (`themes.for_regulation`) when the course's words name it."""
    if not _cited(reg_tags) or (kq_tag is not None and kq_tag.basis == "section"):
        return None
    courses = [h for h in hits if h.cue.theme in _COURSE_THEMES]
    cited = {k for r in regs for k in _comparable(r)}
    if not courses or any(_cue_key(h.cue) in cited for h in courses):
        return None
    for reg, reg_tag in zip(regs, reg_tags):
        theme = themes.for_regulation(f"{reg.instrument} {reg.number}")
        if theme is not None and any(theme.name.lower() in h.evidence.lower() for h in courses):
            return themes.Named(theme, reg_tag.evidence, rule="paragraph", confidence=PARAGRAPH)
    return None


def _comparable(reg: Regulation) -> set[_RegKey]:
    """A 2010 citation agrees with cues for its nearest 2014 regulations."""
    entry = regulation_entry(reg.instrument, reg.number)
    nearest = entry.nearest if entry and reg.instrument == "RA2010" else []
    mapped = {("RA2014", re.sub(r"\(.*", "", n)) for n in nearest}
    return mapped | {(reg.instrument, reg.number.upper())}


def _vote(voters: list[_Hit]) -> Tag:
    """Weights per key question, each cue once; a tie goes to the first mentioned."""
    winner, lead, share = vote(voters, lambda cue: cue.key_question)
    return Tag(field="domain", value=winner, basis="wording", evidence=lead.evidence, rule_id=lead.cue.id,
               confidence=round(0.9 * share, 2))


def _regulation_default(reg: Regulation, reg_tag: Tag) -> Tag | None:
    entry = regulation_entry(reg.instrument, reg.number)
    if not entry or not entry.key_questions:
        return None
    sure = 0.8 if len(entry.key_questions) == 1 else 0.6
    return Tag(field="domain", value=entry.key_questions[0], basis=reg_tag.basis, evidence=reg_tag.evidence,
               rule_id=f"regulation.{reg.instrument}.{reg.number}.default", confidence=sure)


# ------------------------------------------------------------------ quality statement


def _quality_statement(finding: Finding, kq_tag: Tag | None, hits: list[_Hit]) -> Tag | None:
    """A SAF report's section heading is the statement itself; otherwise the strongest agreeing cue."""
    named = _section_quality_statement(finding.section)
    if named:
        return Tag(field="quality_statement", value=named, basis="section", evidence=finding.section,
                   rule_id="section", confidence=SECTION_CONFIDENCE)
    if kq_tag is None:
        return None
    fitting = [h for h in hits if h.cue.quality_statement and h.cue.key_question == kq_tag.value]
    if not fitting:
        return None
    best = max(fitting, key=lambda h: (not h.cue.frame, h.cue.weight, -h.start))
    return Tag(field="quality_statement", value=best.cue.quality_statement or "", basis="wording",
               evidence=best.evidence, rule_id=best.cue.id, confidence=min(kq_tag.confidence, 0.8))


def _section_quality_statement(section: str) -> str | None:
    wanted = section.strip().lower()
    names = (name for group in quality_statements().statements.values() for name in group)
    return next((name for name in names if name.lower() == wanted), None)


# ------------------------------------------------------------------ cue matching (spaCy)


def _lexicon_key(extra: Path | None) -> tuple[str | None, int]:
    """Cache key: a user file edited between runs in one process is read again."""
    if extra is None:
        return None, 0
    path = Path(extra)
    return str(path), path.stat().st_mtime_ns if path.exists() else -1


@lru_cache(maxsize=4)
def _matcher(extra: str | None, _mtime: int) -> "_CueMatcher":
    return _CueMatcher(*_cues(extra))


def _cues(extra: str | None) -> tuple[list[Cue], list[str]]:
    """Packaged cues and asides, then the user's; a user cue with a packaged id replaces it."""
    packaged = load(CueLexicon, "cues.toml")
    cues = {cue.id: cue for cue in packaged.cue}
    asides = list(packaged.asides)
    if extra is not None:
        user = load(CueLexicon, Path(extra))
        if not user.cue and not user.asides:
            warnings.warn(f"{extra}: no cues in this file; nothing added", stacklevel=4)
        cues.update({cue.id: cue for cue in user.cue})
        asides += user.asides
    for cue in cues.values():
        _check_theme(cue, extra)
    return list(cues.values()), asides


def _check_theme(cue: Cue, source: str | None) -> None:
    """A cue's theme must exist and sit under the cue's key question, or grouping would contradict
    tagging; its mental-health theme must exist (its key question is that theme's)."""
    theme = themes.by_id().get(cue.theme or "")
    where = source or "cues.toml"
    if cue.theme is not None and (theme is None or theme.key_question != cue.key_question):
        problem = "is not in vocab/themes.toml" if theme is None else f"is a {theme.key_question} theme"
        raise ConfigError(f"{where}: cue {cue.id!r}: theme {cue.theme!r} {problem}")
    if cue.mental_health_theme is not None and cue.mental_health_theme not in themes.by_id():
        raise ConfigError(f"{where}: cue {cue.id!r}: mental_health_theme {cue.mental_health_theme!r} "
                          "is not in vocab/themes.toml")


GAP = "…"  # in a phrase: up to GAP_WORDS words may stand here
GAP_WORDS = 3
NUMBER = "#"  # in a phrase: any number ("within # days" is a time limit, "within range" is not)
_ASIDE = " aside"  # the span label of an aside phrase (a cue id has no leading space)


_BARE_SKILLS = ("skills", "skill")
PEOPLES_SKILLS = "responsive.own_skills"  # vocab/cues.toml: the skills of the people a service supports
# Who may own skills named in a statement: the people a service supports, or its staff.
_OWNERS = compiled(r"(?i)\b(?:(?P<people>people|person|patients?|residents?|clients?|service users?|children|"
                   r"young people|tenants?)|staff|nurses?|workers?|carers?|doctors?|clinicians?|practitioners?|"
                   r"midwi(?:fe|ves)|therapists?|employees?|managers?|colleagues?|volunteers?|team)\b")


class _CueMatcher:
    """A blank English pipeline: a normaliser, then a span ruler matching on the normal forms."""

    def __init__(self, cues: list[Cue], asides: list[str]):
        from spacy.language import Language

        from .english import english
        from .ruler_patterns import add_patterns, built_patterns

        if not Language.has_factory("cqcplan_norm"):
            Language.component("cqcplan_norm", func=_set_norms)
        self._cues = {cue.id: cue for cue in cues}
        self._nlp = english()  # shared: each lexicon (packaged, or with a user's cues) adds its own ruler
        if "cqcplan_norm" not in self._nlp.pipe_names:
            self._nlp.add_pipe("cqcplan_norm")
        # every pattern first, so a phrase refused leaves the shared pipeline as it was
        cue_phrases = [(c.id, p) for c in cues for p in c.phrases] + [(_ASIDE, p) for p in asides]
        # each category's own vocabulary (vocab/themes.toml `words`), matched alike; overlaps all count
        word_phrases = [(t.id, w) for t in themes.table().theme for w in t.words]
        built = built_patterns([cue_phrases, word_phrases], lambda: [
            [{"label": label, "pattern": self._pattern(phrase)} for label, phrase in phrases]
            for phrases in (cue_phrases, word_phrases)], lambda text: _set_norms(self._nlp.make_doc(text)))
        self._key = f"cues{len(self._nlp.pipe_names)}"
        for name, (patterns, keys) in zip([self._key, f"{self._key}_words"], built):
            ruler = self._nlp.add_pipe("span_ruler", name=name, config={"spans_key": name, "phrase_matcher_attr": "NORM"})
            add_patterns(ruler, patterns, keys)

    def _pattern(self, phrase: str) -> str | list[dict]:
        """A phrase as it is, or with GAP ("safeguarding … training") a token pattern letting up to
        GAP_WORDS words stand between its parts ("safeguarding adults level 3 training"), and with
        NUMBER ("within #") one where any number stands ("within 14 days", "within one hour").
        Read without its determiners, as the statements are (`_without_determiners`)."""
        read = _without_determiners(_working(phrase))[0]
        if len(read.split()) < len(_working(phrase).split()) and len(read.replace(GAP, " ").split()) < 2:
            raise ConfigError(f"cue phrase {phrase!r} is one word once its determiners are read past: "
                              "name what it is about ('of their rights', not 'their rights')")
        if any(_ENDS_IN_DETERMINER.search(part) for part in phrase.split(GAP)):
            raise ConfigError(f"cue phrase {phrase!r} ends in a determiner, which statements are read past: "
                              "name what follows it ('involved in reviewing … care', not 'involved in reviewing their')")
        if GAP not in phrase and NUMBER not in phrase:
            return read
        pattern: list[dict] = []
        for k, part in enumerate(phrase.split(GAP)):
            doc = _set_norms(self._nlp.make_doc(_without_determiners(_working(part))[0].strip()))
            pattern += [{"IS_PUNCT": False, "OP": "?"}] * (GAP_WORDS if k else 0)
            pattern += [{"LIKE_NUM": True} if token.text == NUMBER else {"NORM": token.norm_}
                        for token in doc if not token.is_space]
        return pattern

    def hits(self, texts: list[str]) -> list[tuple[list[_Hit], list[themes.WordHit]]]:
        """Each text's cue hits (overlaps resolved, the longest wins) and theme-word hits, neither
        inside an aside ("feed back to patients" names no meal)."""
        from spacy.util import filter_spans

        read = [_without_determiners(_working(text)) for text in texts]
        found: list[tuple[list[_Hit], list[themes.WordHit]]] = [([], []) for _ in texts]
        for doc, i in self._nlp.pipe(((words, i) for i, (words, _) in enumerate(read)), as_tuples=True):
            where = read[i][1]
            cues = [self._whose(texts[i], self._hit(texts[i], span, where))
                    for span in filter_spans(doc.spans[self._key]) if span.label_ != _ASIDE]
            patterned = self._patterned(texts[i])
            cues = [h for h in cues if not _covered(h, patterned)] + patterned
            asides = [span for span in doc.spans[self._key] if span.label_ == _ASIDE]
            words = [themes.WordHit(span.label_, tuple(t.norm_ for t in span), where[span.start_char],
                                    where[span.end_char - 1] + 1) for span in doc.spans[f"{self._key}_words"]
                     if not any(a.start <= span.start and span.end <= a.end for a in asides)]
            found[i] = (cues, words)
        return found

    def _whose(self, text: str, hit: _Hit) -> _Hit:
        """Bare "skills" are staff competence unless the person named last before them, in their
        sentence, is one the service supports ("support people to learn daily living skills", "help
        residents keep up the practical skills they had"): then they are that person's own skills."""
        if hit.evidence.lower() not in _BARE_SKILLS or PEOPLES_SKILLS not in self._cues:
            return hit
        sentence = re.split(r"[.;]", text[:hit.start])[-1]
        owner = list(_OWNERS.finditer(sentence))
        if not owner or not owner[-1].group("people"):
            return hit
        return _Hit(cue=self._cues[PEOPLES_SKILLS], evidence=hit.evidence, start=hit.start)

    def _patterned(self, text: str) -> list[_Hit]:
        """Hits of the cues read by pattern (`_PATTERN_CUES`): a governance check judged by whether it
        finds what is wrong (however far the judgement stands from the check) or a system for managing
        risks in general, the quality system itself; data said accurate; staff access to the record;
        staff skills to meet people's needs; a critical care follow-up clinic; a clinician present or on duty."""
        working = _working(text)
        return [_Hit(cue=self._cues[cue], evidence=text[m.start():m.end()], start=m.start())
                for pattern, cue in _PATTERN_CUES if cue in self._cues for m in pattern.finditer(working)]

    def _hit(self, text: str, span, where: list[int]) -> _Hit:  # noqa: ANN001 - a spaCy Span, kept out of signatures
        start, end = where[span.start_char], where[span.end_char - 1] + 1
        return _Hit(cue=self._cues[span.label_], evidence=text[start:end], start=start)


# The name of the regulations cited is never a cue: "(Regulated Activities)" is not "activities".
_INSTRUMENT_NAME = compiled(r"(?i)\b(?:regulated\s+activit(?:y|ies)|registration\)?\s+regulations)\b")


def _covered(hit: _Hit, patterned: list[_Hit]) -> bool:
    """A phrase hit inside a pattern hit that reads its words at more length (`_LONGER_READING`)."""
    return any(_LONGER_READING.get(p.cue.id) == hit.cue.id and p.start <= hit.start < p.start + len(p.evidence)
               for p in patterned)


def _working(text: str) -> str:
    """Same length as `text`, so match offsets slice the verbatim wording for evidence. A citation
    and the instrument's name are blanked: "regulation 17 (Good governance)" is not governance wording."""
    for start, end in citation_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    text = _INSTRUMENT_NAME.sub(lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"(?<=[A-Za-z])[-‐–](?=[A-Za-z])", " ", text)
    return tokenisable(text.translate(str.maketrans({"’": "'", "\n": " ", "\t": " ", "\u00a0": " "})))


# Articles and possessives say nothing about the topic, and an author puts them anywhere: "the cost of
# their treatment" is the cue "cost of treatment". Each, every and this stay ("every shift" is a cue).
_DETERMINERS = compiled(r"(?i)\b(?:the|a|an|their|its|his|her|our|your)\s+(?=\w)")
_ENDS_IN_DETERMINER = compiled(r"(?i)\b(?:the|a|an|their|its|his|her|our|your)\s*$")


def _without_determiners(text: str) -> tuple[str, list[int]]:
    """The text with its determiners taken out, and for each character left where it stood in `text`,
    so a match's offsets slice the verbatim wording."""
    kept: list[str] = []
    where: list[int] = []
    last = 0
    for match in _DETERMINERS.finditer(text):
        kept.append(text[last:match.start()])
        where.extend(range(last, match.start()))
        last = match.end()
    kept.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(kept), where


# The people a duty is for, as each kind of report names them: a cue written with one ("risks to people",
# "environment for people living with dementia") reads the same with another ("risks to residents").
# Number is kept: one person's views in their plan are not people's views sought about the service.
_PEOPLE = {"people": "people", "person": "person"}
_PEOPLE.update({f"{word}s": "people" for word in ("patient", "resident", "client")})
_PEOPLE.update({word: "person" for word in ("patient", "resident", "client")})


def _set_norms(doc):  # noqa: ANN001, ANN202 - spaCy component
    for token in doc:
        word = token.lower_.replace("’", "'").removesuffix("'s").rstrip("'")
        token.norm_ = _PEOPLE.get(word) or _acronym(token.text) or _stem(token.text)
    return doc


def _is_acronym(word: str) -> bool:
    """ALL-CAPS words keep their case: the MUST screening tool is not the modal "must"."""
    return len(word) > 1 and word.isupper()


def _acronym(word: str) -> str | None:
    """An ALL-CAPS word as a cue names it, its plural's "s" folded like any other ending: "PEEPs" is
    the cue "PEEP", as "plans" is "plan"."""
    if _is_acronym(word):
        return word
    return word[:-1] if word.endswith("s") and _is_acronym(word[:-1]) else None
