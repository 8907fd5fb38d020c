"""Choose a finding's theme (CQC's evidence category) and, from it, the key question.

Called by the tag stage with the cue hits it already found. Sources, strongest first: the
section heading the statement is printed under when that heading is a theme (SAF quality
statements and ASC sub-headings are), the cues in the wording (those of the key question
already chosen first), the regulation the statement cites or was tagged with, and
last the key question's default theme. When no topic cue fired, the tag stage first asks
which category's typical objects and duties the wording names (vocab/themes.toml `words`),
so a statement with no cue falls back to Well-led › Governance only when it names no topic
at all. So every finding gets a theme, and a finding with no key question gets the
theme's: the theme guarantees one.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..models import Regulation, Tag
from ..vocab import Cue

from . import themes
from .themes import Theme

SECTION = 0.95
# Under SURE a theme is a guess: merging neither gates nor favours on it (pipeline/merge.py).
SURE = 0.5
FRAME = 0.45  # from governance wording only (audit, records, policy): too general to gate on
REGULATION = 0.45
DEFAULT = 0.4
FALLBACK = 0.3  # nothing points anywhere: Well-led › Governance
FALLBACK_KQ = "Well-led"


class Hit(Protocol):
    cue: Cue
    evidence: str
    start: int


@dataclass(frozen=True)
class Choice:
    theme: Tag
    key_question: Tag | None  # set when the theme supplies the key question
    conflict: bool  # the section's key question is not the theme's
    also: list[Tag]  # other themes topic cues in the wording point to (merging reads them)


def choose(
    section: str, kq_tag: Tag | None, hits: list[Hit], regs: list[Regulation], reg_tags: list[Tag],
    named: themes.Named | None = None, also_from: list[Hit] | None = None,
) -> Choice:
    """`hits` choose the theme; `also_from` (default: the same hits) lists the other themes named."""
    kq = kq_tag.value if kq_tag else None
    from_section = kq_tag is not None and kq_tag.basis == "section"
    theme_tag = (
        _heading_tag(themes.from_heading(section), "section", section, SECTION)
        or _named_tag(named)
        or _wording_tag(hits, None if from_section else kq, prefer=kq)
        or _regulation_tag(regs, reg_tags, kq)
        or _default_tag(kq)
    )
    theme = themes.named(theme_tag.value)
    assert theme is not None
    also = _also(hits if also_from is None else also_from, theme_tag)
    if kq is None:
        kq_from_theme = Tag(field="domain", value=theme.key_question, basis=theme_tag.basis,
                            evidence=theme_tag.evidence, rule_id=f"theme.{theme.id}", confidence=theme_tag.confidence)
        return Choice(theme_tag, kq_from_theme, False, also)
    return Choice(theme_tag, None, from_section and theme.key_question != kq, also)


ALSO = "also."  # rule_id prefix of a theme the wording also points to


def _also(hits: list[Hit], chosen: Tag) -> list[Tag]:
    """The other themes topic cues name: two wordings of one issue often trip different cues
    ("falls" and "call bells"), so merging keeps apart only statements whose themes share none."""
    if chosen.basis == "section":
        return []
    names = {themes.by_id()[h.cue.theme].name: h for h in hits if not h.cue.frame and h.cue.theme in themes.by_id()}
    return [Tag(field="theme", value=name, basis="wording", evidence=hit.evidence, rule_id=ALSO + hit.cue.id,
                confidence=min(chosen.confidence, 0.5)) for name, hit in names.items() if name != chosen.value]


def _heading_tag(theme: Theme | None, basis: str, evidence: str, confidence: float) -> Tag | None:
    if theme is None:
        return None
    return Tag(field="theme", value=theme.name, basis=basis, evidence=evidence, rule_id=f"heading.{theme.id}",
               confidence=confidence)


def _named_tag(named: themes.Named | None) -> Tag | None:
    """A theme named by its category's vocabulary (no cue: a guess) or by a cited paragraph."""
    if named is None:
        return None
    return Tag(field="theme", value=named.theme.name, basis=named.basis, evidence=named.evidence,
               rule_id=f"{named.rule}.{named.theme.id}", confidence=named.confidence)


def _wording_tag(hits: list[Hit], only_kq: str | None, prefer: str | None) -> Tag | None:
    """Topic cues outvote governance wording; each cue counts once; a tie goes to the first
    mentioned. `only_kq` keeps themes of the key question the wording chose; `prefer`
    (a section's key question) wins when any cue points into it."""
    themed = [h for h in hits if h.cue.theme in themes.by_id()]
    if only_kq:
        themed = [h for h in themed if themes.by_id()[h.cue.theme].key_question == only_kq]
    elif prefer and any(themes.by_id()[h.cue.theme].key_question == prefer for h in themed):
        themed = [h for h in themed if themes.by_id()[h.cue.theme].key_question == prefer]
    topics = [h for h in themed if not h.cue.frame]
    voters = topics or themed
    if not voters:
        return None
    winner, lead, share = vote(voters, lambda cue: cue.theme or "")
    confidence = round(0.9 * share, 2) if topics else FRAME
    return Tag(field="theme", value=themes.by_id()[winner].name, basis="wording", evidence=lead.evidence,
               rule_id=lead.cue.id, confidence=confidence)


def vote(voters: list[Hit], label: Callable[[Cue], str]) -> tuple[str, Hit, float]:
    """The label (key question, theme) whose cues weigh most, each cue once; a tie goes to the
    first mentioned. Returns it, its first hit and its share of all the weight."""
    totals: dict[str, float] = {}
    first: dict[str, Hit] = {}
    for hit in voters:
        first.setdefault(label(hit.cue), hit)
    for cue in {h.cue.id: h.cue for h in voters}.values():
        totals[label(cue)] = totals.get(label(cue), 0.0) + cue.weight
    winner = max(totals, key=lambda key: (totals[key], -first[key].start))
    return winner, first[winner], totals[winner] / sum(totals.values())


def _regulation_tag(regs: list[Regulation], reg_tags: list[Tag], kq: str | None) -> Tag | None:
    for reg, reg_tag in zip(regs, reg_tags):
        theme = themes.for_regulation(f"{reg.instrument} {reg.number.upper()}")
        if theme and (kq is None or theme.key_question == kq):
            return Tag(field="theme", value=theme.name, basis=reg_tag.basis, evidence=reg_tag.evidence,
                       rule_id=f"regulation.{reg.instrument}.{reg.number}.theme", confidence=REGULATION)
    return None


def _default_tag(kq: str | None) -> Tag:
    theme = themes.default_for(kq or FALLBACK_KQ)
    return Tag(field="theme", value=theme.name, basis="wording", evidence="", rule_id=f"default.{theme.id}",
               confidence=DEFAULT if kq else FALLBACK)
