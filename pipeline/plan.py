"""Extraction to a first-draft action plan.

Takes `Extraction`, returns `ActionPlan`. Refs come from `refs.number_actions` (musts
first, then shoulds, each in report order; an action answering a must and a should is a
must, because the legal requirement sets its priority), so a plan grouped by key
question, theme or service keeps every action's ref. Every finding ends up in exactly
one action: one the merge stage did not place gets an action of its own, so nothing CQC
wrote can drop out of the plan. Each action gets A/B/C prompts for its theme and topic;
the fields a trust fills in (lead, deadline, BRAG …) start empty, but for a baseline the
report states as a figure (`baseline.py`).
"""

from collections.abc import Callable, Iterable
from datetime import date
from typing import Literal

from ..models import KEY_QUESTIONS, Action, Extraction, Finding, MergeLink, ReportMeta, Tag
from ..models.plan import NO_SERVICE, ActionPlan, PlanAction, Wording, services_in_report_order, statement_services
from .baseline import baseline_for
from .glossary import glossary_for, unexpanded
from .text import report_type_label
from .conflicts import differences
from .merge import REVIEW_BELOW, firm_regulations
from .plan_summary import INFERRED_NOTE, NOT_TAGGED, regulation_tag_text, regulation_text, summarise
from .refs import numbered
from .compose import ACTIVITY
from .scaffold import scaffold_for
from .themes import theme_rank
from .precedent import SECOND_CHOICE
from .theming import ALSO

GroupBy = Literal["key-question", "theme", "service"]
_Pair = tuple[Action, list[Finding]]
_FIELD_LABEL = {"domain": "Key question", "regulation": "Regulation", "quality_statement": "Quality statement",
                "theme": "Theme"}
_BASIS_LABEL = {
    "explicit": "cited in the statement",
    "requirement_notice": "from the requirement notice",
    "section": "from the section it is printed under",
    "wording": "from its wording",
    "reviewer": "set by a reviewer",
    "equivalent": "the 2014 regulation replacing the 2010 one cited",
    "precedent": "from how past reports filed similar statements",
    "inferred": "inferred",
}


def make_plan(extraction: Extraction, *, version: str = "0.1", today: date | None = None,
              group_by: GroupBy | None = None) -> ActionPlan:
    """`group_by` ("key-question", "theme" or "service") orders the actions group by group;
    refs come from `refs.number_actions` and never change with the grouping."""
    pairs = numbered(extraction)
    services = services_in_report_order(extraction.reports)
    if group_by:
        pairs = _by_group(pairs, GROUP_LABELS[group_by], services)
    links = _links_by_finding(extraction)
    label = GROUP_LABELS[group_by] if group_by else None
    with_file = len(extraction.reports) > 1
    types = {r.file: r.report_type for r in extraction.reports}
    words = _location_words(extraction)
    actions = [_action(action.ref, group, links, label(group) if label else None, with_file, types, words)
               for action, group in pairs]
    return ActionPlan(
        reports=extraction.reports,
        version=version,
        date=today or date.today(),
        summary=summarise([(a, g) for a, (_, g) in zip(actions, pairs)], len(extraction.findings), services).model_copy(
            update={"repeats": sum(f.repeat_of is not None for f in extraction.findings),
                    "repeats_to_check": sum(bool(f.repeat_of and f.repeat_of.review) for f in extraction.findings),
                    "repeats_closed": sum(bool(f.repeat_of and f.repeat_of.plan_status and f.repeat_of.plan_status.closed)
                                          for f in extraction.findings)}),
        actions=actions,
        glossary=glossary_for(printed := _printed(actions) + _cover_words(extraction)),
        unexpanded=unexpanded(printed),
        group_by=group_by,
        previous=extraction.previous,
    )


def _key_question_group(group: list[Finding]) -> str:
    return next((kq for f in group if (kq := _key_question(f.domain))), NOT_TAGGED)


def _service_group(group: list[Finding]) -> str:
    return next((s for f in group for s in statement_services(f)), NO_SERVICE)


def _theme_group(group: list[Finding]) -> str:
    return f"{_key_question_group(group)} › {_theme(group) or NOT_TAGGED}"


GROUP_LABELS: dict[str, Callable[[list[Finding]], str]] = {
    "key-question": _key_question_group, "theme": _theme_group, "service": _service_group}


def _by_group(pairs: list[_Pair], label: Callable[[list[Finding]], str], services: list[str]) -> list[_Pair]:
    """Stable sort by group: key questions in CQC order (themes in vocabulary order inside
    each), services in the order the reports name them (`services`; any other in order of first
    appearance) and "Provider-wide" (no core service) after them all."""
    labels = [label(g) for _, g in pairs]
    rank = {kq: i for i, kq in enumerate(KEY_QUESTIONS)}
    named = {service: i for i, service in enumerate(services)}
    first: dict[str, int] = {}
    for name in labels:
        first.setdefault(name, len(first))

    def key(name: str) -> tuple:
        kq, _, theme = name.partition(" › ")
        return (rank.get(kq, len(rank)), name == NO_SERVICE, theme_rank(theme) if theme else 0,
                named.get(name, len(named)), first[name])

    return [p for _, p in sorted(zip(labels, pairs), key=lambda lp: key(lp[0]))]


def _printed(actions: list[PlanAction]) -> list[str]:
    """Every text the plan prints that may hold an abbreviation (sections are CQC's headings, whose
    capitals such as "MUST take" are not abbreviations, so they are left out)."""
    texts = [w.text for a in actions for w in a.wordings]
    for a in actions:
        s = a.scaffold
        texts += [s.change, s.communicate, s.audit, a.evidence, a.theme or "", a.group or "",
                  a.quality_statement or "", *a.regulations]
    return texts


# What every Word plan prints around the statements: its title ("CQC improvement action plan"), the BRAG
# column and key, the NHS in a trust's name; the glossary explains them as it does the statements' terms.
PLAN_OWN_WORDS = ["CQC improvement action plan", "BRAG"]


def _cover_words(extraction: Extraction) -> list[str]:
    """The report types, provider and location names and the plan's own words, as the cover and headers print them."""
    named = [text for r in extraction.reports for text in (report_type_label(r.report_type) if r.report_type else "",
                                                            r.provider or "", r.location or "") if text]
    return named + PLAN_OWN_WORDS


def _location_words(extraction: Extraction) -> dict[str, str]:
    """The names and statements of each report of one location (no core services): what its setting is, read
    from the whole report rather than from one statement's words, with the regulated activities its notices name
    (`ACTIVITY`: an agency registered for personal care alone is no care home); of a report of core services, its names
    alone (an ambulance trust's name says where a statement printed under no core service is carried out)."""
    def own(r: ReportMeta) -> list[Finding]:
        return [f for f in extraction.findings if f.file == r.file and not r.services]
    return {r.file: "\n".join([r.provider or "", r.location or "", *(f.text for f in own(r)),
                               *_unique(ACTIVITY + a for f in own(r) for e in f.enforcement for a in e.activities)])
            for r in extraction.reports}


def _kind(group: list[Finding]) -> str:
    return "must" if any(f.kind == "must" for f in group) else "should"


def _theme(group: list[Finding]) -> str | None:
    return next((f.theme for f in group if f.theme), None)


def _action(ref: str, group: list[Finding], links: dict[tuple[str, str], list[MergeLink]],
            heading: str | None = None, with_file: bool = False, types: dict[str, str] | None = None,
            words: dict[str, str] | None = None) -> PlanAction:
    # a regulation the tag stage only guessed from the wording must not choose the prompts
    titles = "\n".join(r.title for f in group for r in firm_regulations(f) if r.title)
    scaffold, evidence = scaffold_for(
        "\n".join(f.text for f in group), titles, theme=_theme(group),
        services=_unique(s for f in group for s in statement_services(f)),
        report_types=_unique(t for f in group if (t := (types or {}).get(f.file))),
        report="\n".join(_unique(w for f in group if (w := (words or {}).get(f.file)))), notice=_notice(group))
    wordings = [_wording(f, _links_to_earlier(group, k, links), group) for k, f in enumerate(group)]
    return PlanAction(
        ref=ref,
        kind=_kind(group),
        services=_unique(s for f in group for s in statement_services(f)) or [NO_SERVICE],
        key_question=next((kq for f in group if (kq := _key_question(f.domain))), None),
        quality_statement=next((f.quality_statement for f in group if f.quality_statement), None),
        theme=_theme(group),
        group=heading,
        regulations=_regulations(group),
        wordings=wordings,
        scaffold=scaffold,
        evidence=evidence,
        review=any(w.review for w in wordings),
        notices=notice_labels(group),
        baseline=baseline_for(group, with_file=with_file),
    )


def _notice(group: list[Finding]) -> str:
    """"the requirement notice on page 5": where the report says how the regulation behind the group's findings was not
    met; empty when it states no notice (or several, on different pages)."""
    from ..models.finding import ENFORCEMENT_LABELS

    found = list(dict.fromkeys((ENFORCEMENT_LABELS[e.type].lower(), e.page) for f in group for e in f.enforcement))
    return f"the {found[0][0]} on page {found[0][1]}" if len(found) == 1 else ""


def notice_labels(group: list[Finding]) -> list[str]:
    """"Requirement notice", "Warning notice" …: the enforcement behind an action's findings."""
    from ..models.finding import ENFORCEMENT_LABELS

    return _unique(ENFORCEMENT_LABELS[e.type] for f in group for e in f.enforcement)


def _links_by_finding(extraction: Extraction) -> dict[tuple[str, str], list[MergeLink]]:
    """Each merge link under both of its findings, keyed by (file, id): ids repeat across files."""
    links: dict[tuple[str, str], list[MergeLink]] = {}
    for action in extraction.actions:
        for link in action.merges:
            links.setdefault((link.a_file, link.a), []).append(link)
            links.setdefault((link.b_file, link.b), []).append(link)
    return links


def _links_to_earlier(group: list[Finding], k: int, links: dict[tuple[str, str], list[MergeLink]]) -> list[MergeLink]:
    """The merge links from the k-th finding to one printed earlier in its action."""
    here = (group[k].file, group[k].id)
    earlier = {(f.file, f.id) for f in group[:k]}
    return [link for link in links.get(here, []) if _other_end(link, here) in earlier]


def _other_end(link: MergeLink, here: tuple[str, str]) -> tuple[str, str]:
    return (link.b_file, link.b) if (link.a_file, link.a) == here else (link.a_file, link.a)


def _merge_note(finding: Finding, link: MergeLink, group: list[Finding]) -> str:
    """"Merged with F3, p. 12, Surgery: shares “fridge”, “temperature” (similarity 0.45)" (or "Joined by a
    reviewer with F3, p. 12"), so a reviewer can undo a wrong merge knowing what it rested on, and trace
    the other statement by its finding id in every output."""
    other_key = _other_end(link, (finding.file, finding.id))
    other = next(f for f in group if (f.file, f.id) == other_key)
    if link.basis == "reviewer":
        return f"Joined by a reviewer with {other.id}, {_place(other, finding.file)}"
    shared = ", ".join(f"“{term}”" for term in link.shared_terms) or "no terms"
    weak = "; a weak match: check it is one issue" if link.review and link.score < REVIEW_BELOW else ""
    differ = "; ".join(differences(other, finding))
    differ = f"; they differ in {differ}: check which applies" if link.review and differ else ""
    return (f"Merged with {other.id}, {_place(other, finding.file)}: shares {shared} "
            f"(similarity {link.score:.2f}{weak}{differ})")


def _place(finding: Finding, beside: str) -> str:
    parts = [f"p. {finding.page}", finding.service or "", "" if finding.file == beside else finding.file]
    return ", ".join(p for p in parts if p)


def _wording(finding: Finding, merges: list[MergeLink], group: list[Finding]) -> Wording:
    return Wording(
        finding_id=finding.id,
        kind=finding.kind,
        text=finding.text,
        file=finding.file,
        page=finding.page,
        section=finding.section,
        service=finding.service,
        group=finding.group,
        also_at=finding.also_at,
        basis=[tag_basis(t) for t in finding.tags if not t.rule_id.startswith(ALSO)],
        review=finding.review or any(link.review for link in merges) or bool(finding.repeat_of and finding.repeat_of.review),
        merged_because="\n".join(_merge_note(finding, link, group) for link in merges),
        repeat_of=finding.repeat_of,
    )


def tag_basis(tag: Tag) -> str:
    """"Key question Safe: from its wording (“fridge”)", so a reviewer sees why without the JSON."""
    quoted = f" (“{tag.evidence}”)" if tag.basis == "wording" and tag.evidence else ""
    quoted = f" ({tag.evidence})" if tag.basis in ("precedent", "inferred") else quoted
    value = regulation_tag_text(tag.value) if tag.field == "regulation" else tag.value
    field = "Second choice of key question" if tag.rule_id.startswith(SECOND_CHOICE) else _FIELD_LABEL[tag.field]
    return f"{field} {value}: {_BASIS_LABEL[tag.basis]}{quoted}"


def _regulations(group: list[Finding]) -> list[str]:
    """Each regulation once: "Regulation 18" is left out beside "Regulation 18(1)" of the same instrument;
    one only inferred (no statement of the action cites it, nor reads it from its wording) says so."""
    regs = [r for f in group for r in f.regulations]
    specific = {(r.instrument, r.number) for r in regs if r.paragraphs}
    kept = [r for r in regs if r.paragraphs or (r.instrument, r.number) not in specific]
    read = {(r.instrument, r.number) for r in kept if not r.inferred}
    return _unique(regulation_text(r) + (INFERRED_NOTE if (r.instrument, r.number) not in read else "") for r in kept)


def _key_question(domain: str | None) -> str | None:
    """Canonical spelling ("well led" → "Well-led"), so the xlsx drop-down list accepts it."""
    if not domain:
        return None
    folded = domain.strip().lower().replace(" ", "-")
    return next((kq for kq in KEY_QUESTIONS if kq.lower() == folded), domain.strip())


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
