"""The plan's summary counts, and regulations as the plan prints them.

Takes each action with the findings it answers; returns `Summary`. Every action is
counted once per label, so a merged action citing regulation 12 twice counts once.
Regulations count by number, not paragraph, and are listed in numeric order with
the 2014 regulations first, the order a board reader expects.
"""

from collections.abc import Callable, Iterable

from ..models import KEY_QUESTIONS, Finding, Regulation
from ..models.plan import Count, PlanAction, Summary
from .citations import regulation_title

NOT_TAGGED = "Not tagged"
NO_REGULATION = "No regulation cited"
# After a regulation nothing printed names, inferred from the statement's theme (pipeline/tag.py `_inferred`):
# the plan never presents it as cited.
INFERRED_NOTE = " (inferred: not cited in the report)"
_INSTRUMENTS = ("RA2014", "RA2010", "REG2009")
_INSTRUMENT_NOTE = {"RA2014": "", "REG2009": " (Registration Regulations 2009)", "RA2010": " (2010 Regulations)"}

Pairs = list[tuple[PlanAction, list[Finding]]]


def regulation_text(regulation: Regulation, *, paragraphs: bool = True) -> str:
    """"Regulation 12(2)(g) Safe care and treatment"; other instruments are named."""
    title = regulation.title or regulation_title(regulation.instrument, regulation.number)
    cited = regulation.number + (regulation.paragraphs if paragraphs else "")
    note = _INSTRUMENT_NOTE[regulation.instrument]
    return f"Regulation {cited}{note}" + (f" {title}" if title else "")


def regulation_tag_text(value: str) -> str:
    """A regulation tag's value ("RA2010 13") as a reader says it: "13 (2010 Regulations)"."""
    instrument, _, number = value.partition(" ")
    return f"{number}{_INSTRUMENT_NOTE[instrument]}" if instrument in _INSTRUMENT_NOTE and number else value


def summarise(pairs: Pairs, findings: int, services: Iterable[str] = ()) -> Summary:
    """The counts; `services` in the order the reports name them (then any other as met)."""
    actions = [a for a, _ in pairs]
    return Summary(
        musts=sum(a.kind == "must" for a in actions),
        shoulds=sum(a.kind == "should" for a in actions),
        findings=findings,
        by_key_question=_counts(pairs, lambda a, _: [a.key_question or NOT_TAGGED], [*KEY_QUESTIONS, NOT_TAGGED]),
        by_regulation=_counts(pairs, _regulation_labels, _regulation_order(pairs)),
        by_service=_counts(pairs, lambda a, _: a.services, services),
    )


def _regulation_labels(_: PlanAction, group: list[Finding]) -> list[str]:
    """By regulation, not paragraph: 12(2)(a) and 12(2)(g) both count under regulation 12; an action
    whose statements only infer it counts under the inferred regulation, apart from those cited."""
    regs = [r for f in group for r in f.regulations]
    read = {(r.instrument, r.number) for r in regs if not r.inferred}
    labels = list(dict.fromkeys(_label(r, (r.instrument, r.number) not in read) for r in regs))
    return labels or [NO_REGULATION]


def _label(regulation: Regulation, inferred: bool) -> str:
    return regulation_text(regulation, paragraphs=False) + (INFERRED_NOTE if inferred else "")


def _regulation_order(pairs: Pairs) -> list[str]:
    """Numeric order, RA2014 first: regulation 9 before 12 before 17 on the board's page, each inferred
    one after the same regulation read from the report."""
    regs = {(r.instrument, r.number): r for _, group in pairs for f in group for r in f.regulations}
    ranked = sorted(regs.values(), key=lambda r: (_INSTRUMENTS.index(r.instrument), _number_key(r.number)))
    return [_label(r, inferred) for r in ranked for inferred in (False, True)]


def _number_key(number: str) -> tuple[int, str]:
    digits = "".join(ch for ch in number if ch.isdigit())
    return int(digits or 0), number


Labeller = Callable[[PlanAction, list[Finding]], list[str]]


def _counts(pairs: Pairs, labels: Labeller, order: Iterable[str] = ()) -> list[Count]:
    """Each action counted once per label; labels in `order` first, then as met."""
    first = list(order)
    tally: dict[str, list[int]] = {}
    for action, group in pairs:
        for label in labels(action, group):
            tally.setdefault(label, [0, 0])[action.kind == "should"] += 1
    ranked = [label for label in first if label in tally] + [label for label in tally if label not in first]
    return [Count(label=label, must=tally[label][0], should=tally[label][1]) for label in ranked]
