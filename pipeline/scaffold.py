"""A/B/C prompts for an action, chosen by the topic its CQC wording is about.

Takes the action's wording and theme, returns a `Scaffold` and an evidence prompt; reads
vocab/scaffolds.toml. The theme (CQC's evidence category) narrows the choice to the
prompts written for it when the wording names one of them, so a word shared by two topics
cannot pull an action off-topic; a theme whose topics the wording never names has no say.
The prompts are starting points for the action lead, so every line begins "Prompt:" and
none is ever presented as an agreed action. The topic is the one whose different trigger
phrases found in the wording have the most words between them; a tie goes to the topic
listed first in the file, so specific topics beat broad ones.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from cqcplan.models.plan import Scaffold
from cqcplan.pipeline.themes import named
from cqcplan.vocab import load

PROMPT = "Prompt: "


class Topic(BaseModel):
    """One row of vocab/scaffolds.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str
    themes: list[str] = []  # vocab/themes.toml ids this topic's prompts were written for
    triggers: list[str]
    change: str
    communicate: str
    audit: str
    evidence: str

    @field_validator("change", "communicate", "audit", "evidence")
    @classmethod
    def _text_without_prefix(cls, text: str) -> str:
        """The plan adds "Prompt:" itself; a file that adds it too would print it twice."""
        if not text.strip() or text.startswith(PROMPT.strip()):
            raise ValueError("must be prompt text, not empty and without the 'Prompt:' prefix")
        return text


class ScaffoldTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    topic: list[Topic]

    @model_validator(mode="after")
    def _one_fallback_and_unique_ids(self) -> "ScaffoldTable":
        ids = [t.id for t in self.topic]
        if len(ids) != len(set(ids)):
            raise ValueError("topic ids must be unique")
        if [t.id for t in self.topic if not t.triggers] != [ids[-1]]:
            raise ValueError("exactly one topic, the last, must have no triggers (the fallback)")
        return self


def scaffold_for(wording: str, regulations: str = "", theme: str | None = None) -> tuple[Scaffold, str]:
    """The A/B/C prompts and the evidence prompt for an action with this wording in this theme
    (its printed name). The theme's own topics are preferred when the wording names one of them;
    otherwise any topic it names (a theme never forces its prompts on a statement that names
    none of its topics); when it names none ("This was a breach of regulation 17.") the titles of
    the regulations it cites choose. A topic named by one word only, or alongside another as
    strongly, gives way to the general prompts, which quote what the statement asks."""
    fallback = _table().topic[-1]
    written = _written_for(theme)
    topic, score = choose_topic(wording, written) if written else (fallback, 0)
    if not score:
        topic, score = choose_topic(wording)
    if not score and regulations:
        topic, _ = choose_topic(regulations)
    elif score and not _named_alone(topic, wording):
        topic = fallback
    ask = asked(wording) if topic is fallback else ""
    scaffold = Scaffold(
        topic=topic.id,
        change=PROMPT + _filled(topic.change, ask),
        communicate=PROMPT + topic.communicate,
        audit=PROMPT + topic.audit,
    )
    return scaffold, PROMPT + topic.evidence


# A topic's own prompts only when the wording names it with at least this many trigger words and
# any other topic it names with under that many, or under half as many: a passing word ("records")
# or a statement about two problems gets the general prompts, which quote it, rather than prompts
# for one problem or the wrong one. Outside readers judged prompts on three sets of statements no prompt was written
# for: most misfits were a topic named by one word, or one of two topics (bench/eval_prompts.py).
SURE_TOPIC_WORDS = 2


def _named_alone(topic: Topic, wording: str) -> bool:
    table = _table()
    scores = {t.id: _score(_matches(_patterns()[i], wording)) for i, t in enumerate(table.topic)}
    mine = scores[topic.id]
    return mine >= SURE_TOPIC_WORDS and all(
        score < SURE_TOPIC_WORDS or 2 * score <= mine for tid, score in scores.items() if tid != topic.id)


def choose_topic(wording: str, among: list[Topic] | None = None) -> tuple[Topic, int]:
    """The topic whose triggers match most words, and that count; `among` limits the choice
    (a theme's topics). Nothing matched: the fallback topic, 0."""
    table = _table()
    allowed = [i for i, t in enumerate(table.topic) if not among or t in among]
    scores = {i: _score(_matches(_patterns()[i], wording)) for i in allowed}
    best = max(allowed, key=lambda i: (scores[i], -i))
    return (table.topic[best], scores[best]) if scores[best] else (table.topic[-1], 0)


# What a statement asks: its first sentence without the provider, modal and "ensure that".
_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:[\w’'\-]+\s+){0,2}?(?:trust|provider|practice|service|hospital|home|organisation|location|"
    r"partners?|registered\s+(?:person|manager))\s+(?:must|should)(?:\s+also)?\s+", re.IGNORECASE)
_ENSURE = re.compile(r"^(?:take (?:action|steps) to\s+)?(?:ensure|make sure)(?:\s+that)?\s+", re.IGNORECASE)
_CITATION_TAIL = re.compile(r"\s*\((?:[^()]|\([^()]*\))*?\bReg(?:ulation)?s?\b(?:[^()]|\([^()]*\))*\)[\s.]*$",
                            re.IGNORECASE)
MAX_ASK_WORDS = 30  # a longer ask reads as a copy of the statement, not a pointer to it


def asked(wording: str) -> str:
    """"the sluice room is kept locked when not in use" from "The provider should ensure that
    the sluice room is kept locked when not in use."; the first wording of an action, whole
    (a second sentence may ask for a second thing), and empty when that is over MAX_ASK_WORDS:
    the general prompts quote it so a lead sees which problem they are for, never half of it."""
    first = " ".join(wording.strip().split("\n")[0].split())
    ask = _ENSURE.sub("", _SUBJECT.sub("", _CITATION_TAIL.sub("", first), count=1), count=1).rstrip(" .;:")
    if not ask or len(ask.split()) > MAX_ASK_WORDS:
        return ""
    return ask[0].lower() + ask[1:] if ask[1:2].islower() else ask


def _filled(text: str, ask: str) -> str:
    """A prompt with its "{ask}" filled in, or the parenthesis around it left out."""
    return text.replace("{ask}", ask) if ask else re.sub(r"\s*\([^()]*\{ask\}[^()]*\)", "", text)


def _written_for(theme: str | None) -> list[Topic]:
    """The topics written for this theme (its printed name)."""
    found = named(theme)
    return [t for t in _table().topic if found and found.id in t.themes]


def _score(phrases: set[str]) -> int:
    """Words matched: "mandatory training" (2) outweighs a passing "safeguarding" (1)."""
    return sum(len(p.split()) for p in phrases)


def _matches(pattern: re.Pattern[str] | None, wording: str) -> set[str]:
    """Different phrases found: "care plan" twice counts once."""
    if pattern is None:
        return set()
    return {m.group(0).lower() for m in pattern.finditer(wording)}


@cache
def _table() -> ScaffoldTable:
    return load(ScaffoldTable, "scaffolds.toml")


@cache
def _patterns() -> list[re.Pattern[str] | None]:
    return [_trigger_pattern(t.triggers) for t in _table().topic]


def _trigger_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """Whole words, optional plural; phrases in capitals (MAR, CD) match only in capitals."""
    if not phrases:
        return None
    alternatives = [_alternative(p) for p in sorted(phrases, key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?:s|es)?(?!\w)")


def _alternative(phrase: str) -> str:
    escaped = r"\s+".join(re.escape(word) for word in phrase.split())
    return escaped if phrase.isupper() else f"(?i:{escaped})"
