"""The heading vocabulary (vocab/headings.toml, vocab/services.toml) compiled once.

Kept in data files so a new heading variant is a one-line change; every function here
takes one printed line and answers one question about it.
"""

import re
from contextvars import ContextVar
from functools import cache

from pydantic import BaseModel, ConfigDict

from ..vocab import load

from .regex_programs import compiled
from .text import CONTINUED, bullet_marker, collapse_ws, without_continued

OPENING = compiled(r"^(?:the|we) [\w’'\- ]{2,30}? (?:must|should|recommend)\b", re.IGNORECASE)
# What a ratings graphic leaves after a heading: "Surgery Requires improvement ––– ↑".
TAIL_CHARS = " -–—:↑↓→⬆⬇➡"
RATING_WORDS = ("requires improvement", "outstanding", "inadequate", "not rated", "good")
# A section's outline number before its title ("4 Surgery", "2.1 Maternity"), or a form's part or
# section label ("Part A: Actions the provider MUST take", "Section 2 – Surgery"): numbering, not the name.
SECTION_NUMBER = compiled(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|(?i:part|section)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s*[:.–—-]?)\s+(?=[A-Z])")
# A mark set before a section's title (a printed web page's accordion "+" / "−"): one sign, not a
# letter, digit, quote or bracket, then a space. Not the name. A bullet is no such mark: a bulleted
# line naming a service is a list's group label (locate's `_marked_heading`).
SECTION_MARK = compiled(r"^[^\w\s\"'‘“(\[]\s+(?=[A-Z])")
# How an assessment (single assessment framework, 2023 on) is written, in print or on its web page:
# "During an assessment under our new approach", its dating line "Report from 12 March 2024 assessment",
# the quality statements it assessed and their scores ("This service scored 54 out of 100", "Score: 2 –
# Evidence shows some shortfalls").
ASSESSMENT_WORDING = compiled(
    r"assessment under our new approach|report from \d{1,2} \w+ \d{4} assessment|we (?:assessed|looked at) \w+ quality statements?"
    r"|(?:this|the) service scored \d+ \(?out of 100\)?|score:?\s*[1-4]\s*[–-]\s*evidence shows", re.IGNORECASE)
# The core services the report being read names in its own ratings table (`own_services.named`).
OWN_SERVICES: ContextVar[frozenset[str]] = ContextVar("own_services", default=frozenset())
# The short forms the report being read explains in a key of its own ("E&UC = Emergency and urgent
# care"), each with the core service it names (`own_services.keyed`).
SERVICE_KEY: ContextVar[dict[str, str]] = ContextVar("service_key", default={})
KEY_QUESTION_NAMES = {"safe": "Safe", "effective": "Effective", "caring": "Caring", "responsive": "Responsive"}


class _Patterns(BaseModel):
    model_config = ConfigDict(extra="forbid")
    patterns: list[str]


class _Preamble(_Patterns):
    imperatives: list[str]


class _Ends(_Patterns):
    chapter_parts: list[str]


class _Names(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[str]


class _Enforcement(BaseModel):
    model_config = ConfigDict(extra="forbid")
    labels: list[str]
    actions: dict[str, list[str]]


class HeadingVocab(BaseModel):
    """vocab/headings.toml, validated so a typo fails at load time."""

    model_config = ConfigDict(extra="forbid")
    version: int
    openers: dict[str, list[str]]
    ends: _Ends
    key_questions: _Patterns
    notices: dict[str, list[str]]
    preamble: _Preamble
    activities: _Names
    enforcement: _Enforcement
    column_heads: dict[str, list[str]]


class ServiceVocab(_Names):
    version: int


def _compile(patterns: list[str]) -> list[re.Pattern]:
    return [compiled(p, re.IGNORECASE) for p in patterns]


@cache
def heading_vocab() -> HeadingVocab:
    return load(HeadingVocab, "headings.toml")


@cache
def _headings() -> dict:
    vocab = heading_vocab()
    return {
        "openers": {kind: _compile(p) for kind, p in vocab.openers.items()},
        "column_heads": {kind: _compile(p) for kind, p in vocab.column_heads.items()},
        "ends": _compile(vocab.ends.patterns),
        "chapter_parts": _compile(vocab.ends.chapter_parts),
        "key_questions": _compile(vocab.key_questions.patterns),
        "notices": {kind: _compile(p) for kind, p in vocab.notices.items()},
        "enforcement_labels": _compile(vocab.enforcement.labels),
        "enforcement_actions": {kind: _compile(p) for kind, p in vocab.enforcement.actions.items()},
    }


@cache
def _service_names() -> dict[str, str]:
    """Each spelling's key, and the name it gives a heading in capitals: the first spelling
    listed with that key (the vocabulary lists "people's" before "people’s", "and" before "&")."""
    names: dict[str, str] = {}
    for name in load(ServiceVocab, "services.toml").names:
        names.setdefault(_service_key(name), name)
    return names


@cache
def _own_keys(names: frozenset[str]) -> dict[str, str]:
    return {_service_key(name): name for name in names}


def _service_key(text: str) -> str:
    text = text.replace("’", "'").replace("&", "and").lower()
    text = CONTINUED.sub("", text)
    return collapse_ws(strip_rating_tail(text))


def is_rating(text: str) -> bool:
    """The line is a rating and nothing else ("Requires improvement ↓", "Good")."""
    return collapse_ws(text).strip(TAIL_CHARS).lower() in RATING_WORDS


def strip_rating_tail(text: str) -> str:
    text = text.rstrip(TAIL_CHARS)
    lowered = text.lower()
    for word in RATING_WORDS:
        if lowered.endswith(word) and not lowered[: -len(word)][-1:].isalnum():
            return text[: -len(word)].rstrip(TAIL_CHARS)
    return text


def _first_match(patterns: list[re.Pattern], text: str) -> re.Match | None:
    """The first pattern matching the line's words (`_matched_words`)."""
    words = _matched_words(text)
    return next((m for p in patterns if (m := p.match(words))), None)


def _matched_words(text: str) -> str:
    """The line's words as headings are matched: its outline number ("2.1 ") set aside."""
    return SECTION_NUMBER.sub("", collapse_ws(text))


# A label set before a list's heading on its line, its kind in capitals (a group template's boxed
# "MUST" badge: "MUST Action the provider MUST take to improve"). No part of the heading's words.
KIND_LABEL = compiled(r"^(MUST|SHOULD)\s+(?=[A-Z])")


def opener_kind(text: str) -> str | None:
    """'must', 'should' or 'either' when the line opens a must/should list (after its kind label)."""
    return _opener_kind(without_kind_label(text))


# A key's entry: a short label and a colon before what it stands for ("Red segments: …", "■ Shaded:").
LEGEND_LABEL = compiled(r"^[^\W\d][^:.!?]{0,38}:\s+")
LEGEND_LABEL_WORDS = 4


def legend_heading(text: str) -> tuple[str, str] | None:
    """(kind, heading) when the line is a key's entry naming a must or should list by its heading after its
    label ("Red segments: Action the trust MUST take to improve"): what the label marks is that list's."""
    text = collapse_ws(text)
    label = LEGEND_LABEL.match(text)
    if not label or len(label.group(0).split()) > LEGEND_LABEL_WORDS:
        return None
    heading = text[label.end():]
    kind = _opener_kind(heading)
    return (kind, heading) if kind in ("must", "should") else None


def without_kind_label(text: str) -> str:
    """The heading's words, a label before them saying its kind set aside when the heading is of
    that kind (a label before other words is theirs)."""
    text = collapse_ws(text)
    label = KIND_LABEL.match(text)
    if label and _opener_kind(text[label.end():]) in (label.group(1).lower(), "either"):
        return text[label.end():]
    return text


def _opener_kind(text: str) -> str | None:
    words = _matched_words(without_continued(text))  # its heading printed again over where it goes on
    for kind, patterns in _headings()["openers"].items():
        if any(p.match(words) for p in patterns):
            return kind
    return None


def column_head_kind(text: str) -> str | None:
    """'must' or 'should' when the line, set in bold or larger type, heads a table column's list."""
    return next((kind for kind, patterns in _headings()["column_heads"].items() if _first_match(patterns, text)), None)


def styled_head_kind(text: str) -> str | None:
    """The kind of list a line set in bold or larger type heads: a table column's (`column_head_kind`),
    or a question asking what must or should be done (`question_kind`)."""
    return column_head_kind(text) or question_kind(text)


# A question as printed: its words up to the question mark, then at most a mark a web page sets after
# its title (an accordion's "−" / "+", a disclosure triangle).
QUESTION = compiled(r"^(.{2,}?\?)(?:\s+[^\w\s])?$")
MODALS = {"must": compiled(r"\bmust\b", re.IGNORECASE), "should": compiled(r"\bshould\b", re.IGNORECASE)}


def asked(text: str) -> str | None:
    """The question the line asks, a mark set after it aside, or None when it asks none."""
    match = QUESTION.match(collapse_ws(text))
    return match.group(1) if match else None


def question_kind(text: str) -> str | None:
    """'must', 'should' or 'either' when the line asks what must or should be done ("What must change in
    diagnostic imaging?", "Is there anything we should do?"): set as a heading (a questions-and-answers
    page's), the list under it answers it; a question is never itself a statement."""
    question = asked(text)
    kinds = [kind for kind, modal in MODALS.items() if question and modal.search(question)]
    return (kinds[0] if len(kinds) == 1 else "either") if kinds else None


def is_end_heading(text: str) -> bool:
    return _first_match(_headings()["ends"], text) is not None


def is_chapter_part(text: str) -> bool:
    return _first_match(_headings()["chapter_parts"], text) is not None


def key_question(text: str) -> str | None:
    match = _first_match(_headings()["key_questions"], text)
    if not match:
        return None
    word = match.group(1).lower()
    return KEY_QUESTION_NAMES.get(word, "Well-led")


def notice_kind(text: str) -> str | None:
    for kind, patterns in _headings()["notices"].items():
        if _first_match(patterns, text):
            return kind
    return None


def is_enforcement_label(text: str) -> bool:
    """"The enforcement action we took:" inside an enforcement-table cell."""
    return _first_match(_headings()["enforcement_labels"], text) is not None


def enforcement_action(text: str) -> str | None:
    """The enforcement a passage says CQC took: "warning_notice", "conditions" … or None."""
    flat = collapse_ws(text)
    for kind, patterns in _headings()["enforcement_actions"].items():
        if any(p.search(flat) for p in patterns):
            return kind
    return None


# A spaced dash, or a colon, between a location's name and the core service it runs there.
LOCATION_DASH = compiled(r"\s[–—-]\s|:\s")


# A label naming what the line names ("Core service: Long stay or rehabilitation mental health wards …").
SERVICE_LABEL = compiled(r"^core services?\s*:\s*", re.IGNORECASE)


def service_name(text: str) -> str | None:
    """The core service a heading names, as printed (rating and arrows removed), or None. A
    heading printed in capitals ("COMMUNITY HEALTH SERVICES FOR ADULTS") is a styling of the
    name, not its wording: it gives the name as the vocabulary spells it."""
    text = collapse_ws(text)
    if text in SERVICE_KEY.get():
        return SERVICE_KEY.get()[text]
    text = SERVICE_LABEL.sub("", SECTION_NUMBER.sub("", text if bullet_marker(text) else SECTION_MARK.sub("", text)))
    key = _service_key(text)
    name = _service_names().get(key) or _own_keys(OWN_SERVICES.get()).get(key)
    if name is None:
        return _located_service(text) or _titled_service(text) or _translated_service(text)
    printed = strip_rating_tail(text)
    return name if printed.isupper() else printed


def named_after_heading(text: str) -> str | None:
    """The core service a list's heading names after a colon or a spaced dash ("Action the trust MUST take
    to improve: Urgent and emergency care", a slide's title; "… to improve — Surgery", a register's banner
    row), or a question heading ends on ("What must we do in surgery?"): its lists are that service's."""
    heading, *rest = LOCATION_DASH.split(without_continued(collapse_ws(text)), maxsplit=1)
    if rest and rest[0] and opener_kind(heading):
        return service_name(rest[0])
    question = asked(text) if question_kind(text) else None
    match = QUESTION_SERVICE.search(question) if question else None
    return _service_names().get(_service_key(match.group(1))) if match else None


RELATED_SERVICE = compiled(r"\bthis action related to (?:the )?([^.;:]+)\.", re.IGNORECASE)
# A question ending on the core service it asks about ("… in diagnostic imaging?").
QUESTION_SERVICE = compiled(r"\b[Ii]n (?:the )?([^.;:?]+)\?$")
# A lead-in ending on the core service the items under it are in ("… the trust must take. In maternity:").
SERVICE_LEAD_IN = compiled(r"\b[Ii]n (?:the )?([^.;:]+):$")


def related_service(text: str) -> str | None:
    """The one core service a list's lead-in says its actions relate to ("… This action related to
    wards for people with a learning disability or autism."), as the vocabulary spells it; None when
    it names none or several ("… related to three services")."""
    match = RELATED_SERVICE.search(collapse_ws(text))
    return _service_names().get(_service_key(match.group(1))) if match else None


def lead_in_service(text: str) -> str | None:
    """The core service a line leading in to items ends on ("… should make in maternity:", "In urgent
    and emergency care:"), as the vocabulary spells it; None when it ends on no core service's name."""
    match = SERVICE_LEAD_IN.search(collapse_ws(text))
    return _service_names().get(_service_key(match.group(1))) if match else None


def service_named_in(text: str) -> str | None:
    """The core service a sentence names in its running words ("For the acute wards for adults of working age
    … the inspectors found that"), the longest name where names overlap, as the vocabulary spells it; None
    when it names none or two."""
    found = {_service_names()[m.group(0)] for m in _names_pattern().finditer(_service_key(text))}
    return found.pop() if len(found) == 1 else None


@cache
def _names_pattern() -> re.Pattern:
    """Every spelling's key as whole words, the longest first."""
    keys = sorted(_service_names(), key=len, reverse=True)
    return compiled(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")


def _located_service(text: str) -> str | None:
    """A chapter's title naming a place and the service it runs there, either way round across a
    spaced dash or a colon ("Calder Royal Infirmary – Surgery", a table's sub-row "Calder Royal
    Infirmary: Surgery"): the service. The place is a name (each word
    capitalised but its links), not a sentence running on to a service named at a line's end."""
    parts = LOCATION_DASH.split(collapse_ws(text))
    if len(parts) != 2:
        return None
    for service, place in (parts, reversed(parts)):
        words = place.split()
        if words and all(w[:1].isupper() or w in _NAME_LINKS for w in words) and _service_names().get(_service_key(service)):
            return service_name(service)
    return None


# A heading's two renderings set apart by a spaced slash ("Medical care / Opieka medyczna").
RENDERINGS = compiled(r"\s/\s")


def _translated_service(text: str) -> str | None:
    """A heading printed in two languages, or with another name for its service ("Medical care /
    Opieka medyczna", a bilingual briefing): the service the first part names, when the second names
    none (two services named side by side are no one service) and ends no sentence."""
    parts = RENDERINGS.split(collapse_ws(text))
    if len(parts) != 2 or parts[1].endswith(TERMINAL_MARKS) or service_name(parts[1]):
        return None
    return _service_names().get(_service_key(parts[0])) and service_name(parts[0])


# The most words of a title's phrase after its service's name and a colon.
TITLE_TAIL_WORDS = 4
TERMINAL_MARKS = (".", "!", "?", ";", ":")


# What parts a title's service from the short phrase after it: a colon or a spaced dash.
TITLE_BREAK = compiled(r":\s|\s[–—-]\s")


def _titled_service(text: str) -> str | None:
    """A page's title naming a service and then, after a colon or a spaced dash, a short lower-case
    phrase saying what the page holds ("Surgery: areas for improvement") or a printed web page's
    control for its section ("Maternity – hide"): the service."""
    service, *rest = TITLE_BREAK.split(text, maxsplit=1)
    rest = rest[0] if rest else ""
    words = rest.split()
    if not words or len(words) > TITLE_TAIL_WORDS or not rest[:1].islower() or rest.endswith(TERMINAL_MARKS):
        return None
    return service_name(service) if _service_names().get(_service_key(service)) else None


_NAME_LINKS = {"of", "and", "&", "the", "for", "at", "on", "upon", "in"}


def is_structural_heading(text: str) -> bool:
    return bool(opener_kind(text) or key_question(text) or notice_kind(text) or service_name(text))


@cache
def _preamble() -> tuple[list[re.Pattern], frozenset[str]]:
    preamble = heading_vocab().preamble
    return _compile(preamble.patterns), frozenset(preamble.imperatives)


def is_preamble(text: str) -> bool:
    patterns, _ = _preamble()
    text = collapse_ws(text)
    return any(p.search(text) for p in patterns)


def opens_action(text: str) -> bool:
    """Starts the way a statement starts: "The trust must …", "The service should …", "Ensure …"."""
    _, imperatives = _preamble()
    words = collapse_ws(text).split(" ", 1)
    return bool(OPENING.match(text)) or words[0].lower() in imperatives


def says_must_or_should(text: str) -> bool:
    """The modal, not the MUST screening tool (which is printed in capitals)."""
    return bool(re.search(r"\b(?:[Mm]ust|[Ss]hould)\b", text))


def reads_as_action(text: str) -> bool:
    """Says must/should, or opens with an imperative verb ("Ensure that ...")."""
    _, imperatives = _preamble()
    words = collapse_ws(text).split(" ", 1)
    return says_must_or_should(text) or words[0].lower() in imperatives
