"""A/B/C prompts for an action, chosen by what its CQC wording asks.

Takes the action's wording and theme, returns a `Scaffold` and an evidence prompt; reads
vocab/scaffolds.toml. A statement may ask for several things ("... and that ...", a second
sentence, a second wording); a topic's own prompts are used only when every one of those asks
is about that topic, so no ask is left without a prompt. What an ask is about is read from
its duty, not from a qualifier hung on it: "... so that medicines fridges are checked" or
"... in line with national guidance" names no topic. The theme (CQC's evidence category)
narrows the choice to the prompts written for it when the asks name one of them; a theme
whose topics the asks never name has no say. A topic's variants (say, records stored
securely rather than records completed) replace the lines that would name the wrong records.
Anything less sure gets the general prompts, which quote what the statement asks. Every line
begins "Prompt:": none is ever presented as an agreed action.
"""

import re
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from ..models.plan import Scaffold
from . import compose
from .compose import (AUDITS, AUDITS_FIND, EXAMPLES_ASIDE, IMPERATIVE, MAIN_CLAUSE_WORDS, MEASURE, STANDARD, TIME_LIMIT, Composed, Kind, Place, about, composed, extra_checks, general, kind_of, minute_takers,
                      names_record, phrase_pattern, place_for, praised, put_right, reviewed, reviews_system, roles, said_of, with_roles, seniors, specific, stated, staff_list, steps,
                      instruction, reaching, told_staff, TRAINING, WHERE_WITH, without_where)
from .regex_programs import compiled
from .themes import named
from ..vocab import load, regulations

from .asks import (BREACH_REASON, PARTICIPLES, ENFORCED, HEADLINE, LAPSED, NO_ASK, Ask, asks, bare, contrasted, duty, head_noun, is_plural, names_failing, predicates, says_failing, present_form,
                   quoted, sentences, unlabelled, verb_of, wordings)
from .hyphenation import is_word
from .regex_programs import keep
from .text import EXAMPLE_OPENER, inline

PROMPT = "Prompt: "
LINES = ("change", "communicate", "audit", "evidence")


def _prompt_text(text: str | None) -> str | None:
    """The plan adds "Prompt:" itself; a file that adds it too would print it twice."""
    if text is not None and (not text.strip() or text.startswith(PROMPT.strip())):
        raise ValueError("must be prompt text, not empty and without the 'Prompt:' prefix")
    return text


class Variant(BaseModel):
    """A narrower issue inside a topic (records stored securely, DBS checks renewed): when the
    wording names it, its lines replace the topic's lines that would name the wrong thing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    triggers: list[str]
    settings: list[str] = []  # vocab/settings.toml ids it was written for (domiciliary care visits); empty: any
    kinds: list[str] = []  # vocab/asks.toml kinds its lines check already (access to records): no second check added, and
    # an ask of such a kind with lines of its own keeps the variant (a practising privileges review's appraisal)
    unless: list[str] = []  # phrases of the broader topic that its lines leave out (cleaning, beside hand hygiene)
    needs: list[str] = []  # what its lines are about ("patients on the medicines named here"): one of these is named too, or
    # its triggers do not name it ("physical health monitoring, including weight": no medicine named)
    change: str | None = None
    communicate: str | None = None
    audit: str | None = None
    evidence: str | None = None

    @field_validator(*LINES)
    @classmethod
    def _text_without_prefix(cls, text: str | None) -> str | None:
        return _prompt_text(text)

    @model_validator(mode="after")
    def _triggers_and_a_line(self) -> "Variant":
        if not self.triggers or all(getattr(self, line) is None for line in LINES):
            raise ValueError("a variant needs triggers and at least one line")
        return self


class Topic(BaseModel):
    """One row of vocab/scaffolds.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str
    themes: list[str] = []  # vocab/themes.toml ids this topic's prompts were written for
    kinds: list[str] = []  # vocab/asks.toml kinds with lines of their own (`own_lines`) that this topic's lines fit
    fits: list[str] = []  # `topic_gate` kinds (a measure, cover on the rota) whose fix its lines suit; the kind's own check is added
    triggers: list[str]
    change: str
    communicate: str
    audit: str
    evidence: str
    variant: list[Variant] = []  # [[topic.variant]] in the file

    @field_validator(*LINES)
    @classmethod
    def _text_without_prefix(cls, text: str) -> str:
        return _prompt_text(text)


class Lines(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    change: str
    communicate: str
    audit: str
    evidence: str


class Noted(Lines):
    """[noted] in vocab/scaffolds.toml: the lines for a wording that asks nothing and names nothing wrong (what the
    report found, perhaps what works: no shortfall invented for it), and the words that name a failing without a "not"."""

    unless: list[str]


class Heading(Lines):
    """[heading] in vocab/scaffolds.toml: the lines for a wording that only restates a regulation's title, and the words
    such a wording adds to the title ("is provided in a safe way to patients")."""

    adds: list[str]


class ScaffoldTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    topic: list[Topic]
    heading: Heading
    noted: Noted

    @model_validator(mode="after")
    def _one_fallback_and_unique_ids(self) -> "ScaffoldTable":
        ids = [t.id for t in self.topic]
        if len(ids) != len(set(ids)):
            raise ValueError("topic ids must be unique")
        if [t.id for t in self.topic if not t.triggers] != [ids[-1]]:
            raise ValueError("exactly one topic, the last, must have no triggers (the fallback)")
        return self


def scaffold_for(wording: str, regulations: str = "", theme: str | None = None, *,
                 services: list[str] = (), report_types: list[str] = (), report: str = "",
                 notice: str = "") -> tuple[Scaffold, str]:
    """The A/B/C prompts and the evidence prompt for an action with this wording (its wordings,
    one a line) in this theme (its printed name), from reports of these types and core services (`report`: the
    words of a report of one location, whose setting they say).
    A topic's own prompts when every ask of the wording is about it, surely (`_asked_topic`); when
    the wording says only that a regulation was breached and names no topic ("This was a breach of
    regulation 17."), or its every sentence is a finding ("Rotas showed ..."), the titles of the
    regulations it cites choose. Otherwise the general change
    line, quoting what it asks, with B, C and evidence lines composed from the asks themselves
    (`compose.py`). A topic's lines that leave an ask out get that ask quoted (A) and its own check
    and evidence added (C, evidence). `notice`: where the report says how its regulation was not met ("the requirement
    notice on page 5"), for a wording that only restates that regulation's title."""
    fallback = _table().topic[-1]
    wording = "\n".join(wordings(wording))  # a list printed a line an item is one wording
    found = asks(wording)
    each = composable(wording, found)
    place = place_for(wording, list(services), list(report_types), report)
    if title := regulation_heading(wording):  # nothing of its own to quote or check: the findings under its regulation
        lines = {line: _placed(getattr(_table().heading, line), place).replace("{regulation}", title)
                 .replace("{notice}", notice or "the requirement notice at the end of the report") for line in LINES}
        return (Scaffold(topic=fallback.id, **{k: PROMPT + lines[k] for k in ("change", "communicate", "audit")}),
                PROMPT + lines["evidence"])
    if not each and (found_well := _nothing_wrong(wording, found)):  # "A nurse-led follow-up service gave patients a
        # named nurse to call": what works, kept going, not a root cause found and a shortfall put right
        lines = {line: _placed(getattr(_table().noted, line), place).replace("{found}", found_well) for line in LINES}
        return (Scaffold(topic=fallback.id, **{k: PROMPT + lines[k] for k in ("change", "communicate", "audit")}),
                PROMPT + lines["evidence"])
    told = told_staff(each, wording, place.staff)  # "a pharmacy professional", not all staff
    place = place._replace(staff=told, writers=place.writers if told == place.staff else told)
    place = place._replace(channels=reaching(place.staff, place.channels))  # bank staff alone: not at the huddles
    if keepers := minute_takers(each):  # a meeting's minutes: its chair and minute-taker write them, told before it meets
        place = place._replace(staff=keepers, writers=keepers, channels="a briefing before its next meeting")
    if seniors(wording):  # "the board assurance framework reflects ...": checked by the board's committee, not the ward's meeting
        place = place._replace(forum=place.leaders)
    topic = _asked_topic(_not_praise(wording, found), _written_for(theme))  # "There were enough staff on duty. However,
    # ... employment history ...": what went well names no topic
    if topic is fallback and not each:  # findings that all name one topic, beside a breach of a regulation whose title
        topic = _asked_topic(_not_praise(wording, found, with_breach=False), _written_for(theme)) or topic  # names another
    if topic in (None, fallback) and (claimed := _claimed(each, wording, place.setting)):
        topic = claimed  # "consultants with practising privileges have an up-to-date appraisal": the privileges file
    if regulations and _BREACH.search(wording) and (topic is None and not any(_scores(wording).values())
                                                    or not each and topic in (None, fallback)):  # findings only
        topic = _breached_topic(wording, regulations)
    if topic is not None and _unfit(topic, each, _variant(topic, wording, place.setting)):
        topic = fallback
    if not each and _variant(fallback, wording, place.setting):  # "We identified 3 breaches of regulation relating to
        topic = fallback  # safe care and treatment, staffing and ...": no one regulation's topic; the plan's actions for them
    topic = topic or fallback
    if topic is not fallback and (role := roles([a.text for a in each])) \
            and role.split(" and ")[0] not in _lines(topic, wording, place.setting)["communicate"]:  # told already
        place = place._replace(staff=with_roles(place.staff, [a.text for a in each]))  # the therapists who give it,
        # then the ward's staff
    if topic is not fallback and seniors(wording):  # a topic's lines for the board's own assurance ("the board assurance
        place = place._replace(channels=f"{place.leaders}, team meetings and a written briefing")  # framework is reviewed"):
        # told there, not at the ward's safety huddles and handover (composed lines tell leaders through their own meetings)
    lines = {line: _placed(text, place).replace("{thing}", _thing(found))
             for line, text in _lines(topic, wording, place.setting).items()}
    if not _GUIDANCE.search(wording):  # "... using the guidance named here" when the statement names none
        lines = {line: _GUIDANCE_HERE.sub("", text) for line, text in lines.items()}
    if not each:  # nothing asked ("... was still in breach of regulation 12"): the lines are for what the report found
        lines = {line: _found_not_asked(text) for line, text in lines.items()}
        if topic is fallback and (listed := findings(wording, found)):  # "Patients waited ... with no recorded
            lines = dict(zip(LINES, put_right(Composed(*(lines[k] for k in LINES)), listed)))  # observations": named, or
            # the general lines say nothing of this statement
    theme_id = written.id if (written := named(theme)) else None
    if topic is fallback and each:
        made = composed(each, wording, place, theme_id, found=findings(wording, found))
        lines |= {"change": made.change, "communicate": made.communicate, "audit": made.audit, "evidence": made.evidence}
    elif topic is not fallback:
        variant = _variant(topic, wording, place.setting)
        lines = _with_missed_asks(lines, wording, each, narrow=variant is not None, topic=topic, forum=place.forum,
                                  setting=place.setting,
                                  covered=frozenset([*topic.kinds, *(variant.kinds if variant else ())]),
                                  triggers=(variant if variant and variant.change else topic).triggers)
        outside = [step for _, step in compose.parties([a.text for a in each]) if step and step not in lines["change"]]
        if outside:  # "transfer to the local NHS hospital": the topic's change agreed with the outside party too
            lines["change"] = f"{lines['change'].rstrip('.')}. Also {'; '.join(outside)}."
        if listed := [f for f in findings(wording, found) if f not in lines["audit"]]:  # a breach's list, else lost
            made = put_right(Composed(*(lines[k] for k in LINES)), listed,
                             audits_asked=any(kind_of(a.duty).id == compose.ASSURANCE for a in each),  # mended once
                             covered=frozenset([*topic.kinds, *topic.fits, *(variant.kinds if variant else ())]))
            lines |= dict(zip(LINES, made))
    check, shown = _on_occasions(each, lines["audit"])  # "updated when the environment changes": each change
    if check:  # matched with the update after it, not the assessment's review date alone
        lines |= {"audit": f"{lines['audit'].rstrip()} {check}", "evidence": f"{lines['evidence'].rstrip(' .')}; {shown}."}
    if topic is not fallback and (check := _at_intervals(each, lines["audit"])):  # "reviewed with families at least every
        lines |= {"audit": f"{lines['audit'].rstrip()} {check[0]}",  # six months": each one's review dates against it
                  "evidence": f"{lines['evidence'].rstrip(' .')}; {check[1]}."}
    lines = {k: v.replace("{staff_list}", staff_list(wording)) for k, v in lines.items()}  # agency workers are on none
    quote = quoted_asks(wording)
    scaffold = Scaffold(
        topic=topic.id,
        change=PROMPT + _filled(lines["change"], quote if topic is fallback else ""),
        communicate=PROMPT + _filled(lines["communicate"], quote),
        audit=PROMPT + _filled(lines["audit"], quote),
    )
    return scaffold, PROMPT + _filled(lines["evidence"], quote)


def regulation_heading(wording: str) -> str:
    """"regulation 12 (Safe care and treatment)" for "Ensure care and treatment is provided in a safe way to patients", or
    "Outcome 14: Supporting workers": every wording only restates a regulation's title (each word of a title of two words
    or more, and nothing else but the words such a heading adds), as GP and dental lists and older reports' outcome cells
    print it, leaving what was found to the requirement notice; empty when a wording says anything more."""
    adds = {w.lower() for w in _table().heading.adds}
    titles = []
    for line in wording.split("\n"):
        said = {w.lower() for w in _WORD.findall(bare(line))} - adds
        title = next((entry for entry in regulations().values()
                      if len(words := {w.lower() for w in _WORD.findall(entry.title)} - adds) >= 2 and said <= words | adds
                      and words <= said), None)
        if title is None:
            return ""
        titles.append(f"regulation {title.number} ({title.title})")
    return " and ".join(dict.fromkeys(titles))


_WORD = compiled(r"[A-Za-z]+")


def _at_intervals(each: list[Ask], audit: str) -> tuple[str, str] | None:
    """A check and its evidence for an ask done again at an interval ("advance care plans are reviewed with families at
    least every six months") that a topic's audit line does not name: each one sampled, its dates against the interval;
    none when the line names it already or no ask has one."""
    for a in each:
        m = _AT_INTERVAL.search(a.duty)
        if m and re.sub(r"^at\s+least\s+", "", m["every"].lower()) not in audit.lower():  # named, not "three months" of audits
            done = f"{m['verb'].lower()}{m['how'] or ''}"
            return (f"Also check, for each one sampled, the dates it was {done} against the interval asked "
                    f"({m['every']}): none overdue, each overdue one followed up.",
                    f"each one sampled with the dates it was {done}, against the interval asked ({m['every']})")
    return None


_AT_INTERVAL = compiled(r"\b(?:is|are)\s+(?P<verb>reviewed|updated|revised|reassessed|re-?assessed|checked|audited|repeated|"
                        r"renewed|tested|serviced|discussed)(?P<how>\s+(?:with|by)\s+[^.;,()]{1,40}?)?\s+"
                        r"(?P<every>(?:at\s+least\s+)?(?:every\s+(?:\d+|one|two|three|four|six|twelve|other)\s+(?:days?|weeks?|"
                        r"months?|years?)|(?:once\s+)?a\s+(?:week|month|year)|monthly|weekly|quarterly|annually|yearly|"
                        r"six-monthly|six monthly|twice a year))\b", re.IGNORECASE)


def _on_occasions(each: list[Ask], audit: str) -> tuple[str, str]:
    """A check and its evidence for an ask done again when something happens ("ligature risk assessments are updated when
    the environment changes"): each occasion that called for it matched with the date it was done after, which a check that
    it is up to date in general does not show; empty when the audit line names the occasion already (beyond quoting the ask)
    or no ask has one."""
    checks, shown = [], []
    for a in each:
        m = _ON_OCCASION.search(a.duty) or _DONE_ON_OCCASION.search(a.duty)
        if not m:
            continue
        before = a.duty[:m.start()].strip()
        whose = _WHICH_IS.search(before)  # "every patient has a risk assessment that is reviewed": the assessment
        subject = (_A_PERSONS.sub("the person's ", m["thing"], count=1) if m.groupdict().get("thing")  # "staff update a
                   else f"the {whose['thing']}" if whose else said_of(f"{before} is"))  # patient's risk assessment after ..."
        when = _THEN_REGULARLY.split(m["when"])[0]  # "after each significant event and at least every six months"
        verb = m["verb"] if "verb" in m.groupdict() else f"{(m['then'] or m['act']).lower().rstrip('e')}ed"
        if not subject or _OCCASION_ANY.match(when) or not _OCCASION_WORDS.search(when) \
                or (stems := _stems(when)) and stems <= _stems(audit.lower().replace(when.lower(), "")) \
                or _CASES_LISTED in audit.lower() and when.lower() in audit.lower():  # named, not only quoted; or each case
            continue  # listed for the ask already
        were = "were" if is_plural(head_noun(subject.split())) else "was"
        checks.append(f"list the occasions in the period that called for it ({when}), from the records that show them, "
                      f"and check that {subject} {were} {verb.lower()} after each, with the date")
        shown.append(f"the occasions that called for it ({when}), each matched with the date {subject} {were} "
                     f"{verb.lower()} after it")
    return (f"Also {'; '.join(checks)}." if checks else "", "; ".join(shown))


_ON_OCCASION = compiled(r"\b(?:is|are)\s+(?:(?:always|promptly|regularly)\s+)?(?P<verb>updated|reviewed|revised|reassessed|re-?assessed|"
                        r"repeated|amended|rewritten)\s+(?:(?:and\s+)?(?:updated|reviewed|revised)\s+)?"
                        r"(?P<when>(?:when|whenever|if|after|following)\s+[^.;,()]+?)\s*$", re.IGNORECASE)
_DONE_ON_OCCASION = compiled(r"\b(?P<act>review|update|revise|reassess|re-?assess|repeat|amend)s?\s+(?:and\s+(?P<then>review|update|revise)s?\s+)?"
                             r"(?P<thing>(?:the|a|an|each|every|their|its|people['’]s|patients['’]|residents['’])\s+[^.;,()]+?)\s+"
                             r"(?P<when>(?:when|whenever|if|after|following)\s+[^.;,()]+?)\s*$", re.IGNORECASE)  # said as what
# staff do: the thing done again after each occasion
_A_PERSONS = compiled(r"^(?:a|an|each|every)\s+(?:[\w-]+\s+)?(?:patient|person|resident|client|child|service user|young person)['’]s\s+",
                      re.IGNORECASE)
_WHICH_IS = compiled(r"\b(?:an?|the|their|its|each)\s+(?P<thing>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:that|which)$", re.IGNORECASE)
_THEN_REGULARLY = compiled(r"\s+(?:and|or)\s+(?:at\s+least\s+)?(?:every|each|once|annually|monthly|weekly|yearly)\b",
                           re.IGNORECASE)  # a schedule beside the occasion is no occasion
_CASES_LISTED = "list the cases it applies to"  # the check of each case (`each_case`), which lists the occasions already
_OCCASION_ANY = compiled(r"^(?:when|whenever|if|after|following)\s+(?:(?:it\s+is|they\s+are)\s+)?(?:needed|necessary|required|"
                         r"appropriate|indicated|due|possible|practicable)\b"
                         r"|^(?:after|following)\s+(?:\d|(?:one|two|three|four|five|six|twelve|24|48|72)\b|a\s+(?:set|fixed)\b)",
                         re.IGNORECASE)  # no occasion: as often as needed, or a time after something ("after 24 hours")
_OCCASION_WORDS = compiled(r"\b(?:changes?|changed|each|every|any|incidents?|falls?|admission|discharge|transfer|return|"
                           r"works?|refurbish\w*|move[sd]?|deteriorat\w*|events?|alerts?|new)\b", re.IGNORECASE)  # something
# that happens, whose occasions a record shows


def _breached_topic(wording: str, regulations: str) -> Topic:
    """The topic of what a breach is of: what the wording says it was in relation to, or what it says the provider had
    not ensured, when that names a topic ("in breach of regulation 12(2)(g) in relation to the proper and safe management
    of medicines", "The provider had not ensured staff received appropriate training and supervision": the paragraph's
    own subject, not its regulation's title, safe care and treatment or staffing), else the titles of the regulations it
    cites."""
    said = " ".join(m["what"] for pattern in (_IN_RELATION_TO, _NOT_ENSURED) for m in pattern.finditer(wording))
    topic, score = choose_topic(said) if said else (None, 0)
    return topic if score else choose_topic(regulations)[0]


_IN_RELATION_TO = compiled(r"\bbreach(?:ed|es)?\s+of\s+[^.;]*?\b(?:in\s+relation\s+to|in\s+respect\s+of|relating\s+to|with\s+regard\s+to)"
                           r"\s+(?P<what>[^.;]+)", re.IGNORECASE)
_NOT_ENSURED = compiled(r"\b(?:(?:had|has|have|did)\s+not\s+(?:always\s+)?ensured?|failed\s+to\s+ensure)\s+(?:that\s+)?"
                        r"(?P<what>[^.;]+)", re.IGNORECASE)


def _found_not_asked(line: str) -> str:
    """A topic's line for a wording that asks nothing: "the risk named here" is the one the report found, and what
    staff are told is what it found; a breach named alone names no risk and asks nothing."""
    return _ASKED_HERE.sub(lambda m: "" if m["about"] else "what the report found", _NAMED_HERE.sub("the report found", line))


_NAMED_HERE = compiled(r"\bnamed here\b")
_GUIDANCE_HERE = compiled(r",?\s+(?:in line with|using|following)\s+the\s+guidance\s+named\s+here\b")
_GUIDANCE = compiled(r"\b(?:guidance|guidelines?|NICE|best practice|standards?|codes? of practice|frameworks?|policy|policies|"
                     r"protocols?)\b", re.IGNORECASE)  # a guide the statement names, for a topic's line that refers to it
_ASKED_HERE = compiled(r"(?P<about>\s+for\s+)?\bwhat is asked\s*\(\{ask\}\)")  # "for what is asked": said of the rest


def _claimed(each: list[Ask], wording: str, setting: str) -> Topic | None:
    """The topic a variant of which the wording names and whose `kinds` take the kind of every ask: its lines were
    written for them, though another topic's words tie with its own (a practising privileges review's appraisal and
    revalidation are the privileges file's, not staff appraisal); not one named beside another topic in a list."""
    return next((t for t in _table().topic if (v := _variant(t, wording, setting)) and (kinds := _kinds_besides(each, v))
                 and kinds <= set(v.kinds) and _named_for(t, v, wording)
                 and not any(_listed_beside(_EXAMPLES.split(a.duty)[0], t.id, v.change) for a in each)), None)  # "learning from
    # serious incidents and complaints": the incidents' lines leave the complaints out ("..., including checks of indemnity
    # and appraisal" lists what the variant's review covers)


def _named_for(topic: Topic, variant: Variant, wording: str) -> bool:
    """The wording names the variant by a phrase no other topic's triggers hold, or names its topic too: "actions arising
    from those audits" of care records is governance's phrase as much as the IPC audit's, and no IPC audit is named."""
    others = [p for t, p in zip(_table().topic, _patterns()) if t is not topic and p]
    own = [phrase for phrase in _matches(phrase_pattern(tuple(variant.triggers)), wording)
           if not any(p.fullmatch(phrase) for p in others)]
    return bool(own) or bool(_matches(_patterns()[_table().topic.index(topic)], wording))


def _kinds_besides(each: list[Ask], variant: Variant) -> set[str]:
    """The kinds of the asks, but for a catch-all ask that names the variant itself ("consultants working under practising
    privileges have their scope of practice reviewed"): the variant's lines were written for it."""
    named = phrase_pattern(tuple(variant.triggers))
    return {kind.id for a in each for kind in [_fix(a.duty)] if not (general(kind) and _matches(named, a.text))}


def _unfit(topic: Topic, each: list[Ask], variant: Variant | None = None) -> bool:
    """An ask of a kind with lines of its own (a display, training, an appointment, data validated) or a
    kind of fix of its own (a measure, cover on the rota, a meeting's oversight) that the topic's lines, or
    those of the variant the wording names, were not written for: a risk topic's "which tool, when to
    escalate" does not fit safety data put on display, nor a staffing topic's rotas a qualification to hold,
    nor MHA paperwork leave cancelled for want of escorts; the practising privileges variant's review of each
    consultant's file fits their appraisal and the committee's review."""
    fitting = [*topic.kinds, *topic.fits, *(variant.kinds if variant else ())]
    kinds = [_fix(a.duty) for a in each]
    if kinds and all(k.id == TRAINING for k in kinds) and not any(TRAINING in t.lower().split() for t in topic.triggers):
        return True  # "all midwives complete training in the early warning score" asks for the training alone: a topic
    # that trains beside its own practice (its B line adds it to training) has no lines for the training records
    if kinds and all(_REVISED.search(a.duty) for a in each) and compose.DOCUMENT not in fitting:
        return True  # "update its rapid tranquillisation policy so that the doses it recommends reflect NICE guidance": the
    # document rewritten, approved and shared; a topic's lines for the practice it governs (monitoring after it) do not fit
    if AUDITS not in fitting and kinds and all(_AUDITED_ONLY.search(a.text) for a in each):
        return True  # "early warning scores are audited regularly": the audits are asked, not the practice they look at
    return any((k.own_lines or k.topic_gate) and k.id not in fitting for k in kinds) \
        or any(reviews_system(a.text) for a in each)  # a topic's lines run a system; none carries out its review


_REVISED = compiled(r"^(?:develop|write|produce|update|review|amend|revise|rewrite|redraft)\s+(?:a|an|the|its|their)\s+"
                    r"(?:[\w’'-]+\s+){0,5}?(?:policy|policies|procedures?|protocols?|guidance|guidelines|local rules|standard operating procedures?)$"
                    r"|^(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,5}?(?:policy|policies|procedures?|protocols?|guidance|guidelines|local rules)"
                    r"\s+(?:is|are)\s+(?:reviewed\s+and\s+)?(?:updated|revised|amended|rewritten)$", re.IGNORECASE)  # an ask whose whole duty is to
# rewrite a document, what it must say left to the qualifier ("so that ...", "to reflect ...")


_AUDITED_ONLY = compiled(r"\b(?:is|are)\s+(?:regularly\s+|routinely\s+)?(?:audited|spot[- ]checked)"
                         r"(?:\s+(?:regularly|routinely|monthly|quarterly|annually|weekly|frequently|(?:at least|each|every|once a)\s+\w+))?\s*$"
                         r"|^(?:consider\s+)?(?:regularly\s+)?audit(?:ing)?\s+(?:the\s+)?(?!programmes?\b|plans?\b)"
                         r"|^(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:audits|spot[- ]checks)\b[^.;,]{0,60}?\s+(?:is|are)\s+"
                         r"(?:regularly\s+|routinely\s+|always\s+)?(?:completed|carried\s+out|undertaken|done|conducted|performed)\b"
                         r"[^.;,]{0,60}$"
                         r"|^(?:review|improve|revise|change)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,5}?(?:audits?|spot[- ]checks?)"
                         r"\b[^.;]{0,80}?\bso\s+that\s+(?:it|they)\s+(?:is|are)\s+(?:carried\s+out|completed|undertaken|done|"
                         r"conducted|repeated)\b", re.IGNORECASE)  # an ask whose whole duty is the audit: "audited monthly", or "hand
# hygiene audits are completed each month in the outpatient department", "consider auditing compliance with ..." (the audits
# done, not the hand hygiene or the assessment they look at), or "review the practice's
# audit of infection control so that it is carried out every six months" (the audit's schedule, not the practice audited)


def _fix(duty: str) -> Kind:
    """The kind of fix an ask needs: a time limit hung on an act ("a written account is sent within ten
    working days") leaves the act's own kind, which a topic's lines may fit; a number to move ("fewer
    operations cancelled") stays a measure; a job considered ("consider displaying ...") is the job's."""
    kind = kind_of(duty)
    if kind.topic_gate and (untimed := TIME_LIMIT.sub("", duty).strip()) != duty.strip() and untimed \
            and not _WAIT_FROM.search(duty):  # "assessed within 15 minutes of arrival": how long people wait, a measure
        return kind_of(untimed)
    if _CONSIDER_DOING.match(duty) and (job := reviewed(duty)):  # "consider displaying waiting times": the display
        return kind_of(without_where(job))  # not where it is done ("... in specialties with long waiting lists")
    return kind


_WAIT_FROM = compiled(r"\bwithin\s+[^.;]{0,30}?\b(?:of|from|after)\s+(?:their\s+|the\s+|a\s+)?(?:arrival|arriving|referral|"
                      r"being\s+referred|the\s+call|calling)\b", re.IGNORECASE)  # a time counted from when the person came
# or asked, how long they wait; not a deadline on the act itself ("sent within ten working days"), nor a ward's own task
# timed from admission ("screening completed within 24 hours of admission")


def findings(wording: str, found: list[Ask] | None = None) -> list[str]:
    """What the report found, to be put right: the sentences that do not ask ("Staff did not wear
    PPE."), and the list after a breach's colon ("... were safe: window restrictors were missing");
    not the sentence that only names the breach ("This was a breach of regulation 12")."""
    lines = [unlabelled(line.strip()) for line in wording.splitlines()]
    said = [_BREACH_TAIL.sub("", text) for a in _not_praise(wording, asks(wording) if found is None else found)
            if not a.required for text in [_CITED.sub("", a.text)] if not NO_ASK.match(text) and not _NOTHING_WRONG.match(text)
            and not HEADLINE.match(text)]  # a rating's headline names nothing to put right
    breached = [line for line in lines if _FAILED.search(line)
                or _NEGATED.match(line) and not _MODAL.search(line)]  # "Care plans had not been ..., and ..."
    listed = [m.group(1).strip(" .") for line in breached for m in [_COLON_FINDINGS.search(line)] if m]
    firsts = [first for line in breached for first in [sentences(line.split(":", 1)[0])[0]]
              if _FAILED.search(first) or _NEGATED.match(first)]  # the breach's own sentence, not "A new manager had
    # been in post ... and had applied to register" before it
    had_not = [f"{said['subject']} {c}" if said and _NO_SUBJECT.match(c) else c  # "... were ineffective and had not
               for first in firsts for said in [_SAID_OF.match(_failings(first)[0])]  # identified": said of the systems
               for c in (part.strip(" .") for part in _failings(first)[1:])]
    return [*listed, *had_not, *said]


def _nothing_wrong(wording: str, found: list[Ask]) -> str:
    """What the report found, when the wording asks nothing, cites no breach and no sentence of it names anything wrong
    ("A nurse-led follow-up service gave patients a named nurse to call"); empty otherwise."""
    if not found or _BREACH.search(wording) or _matches(phrase_pattern(tuple(_table().noted.unless)), wording) \
            or any(a.required or says_failing(a.text) or names_failing(a.text) for a in found):
        return ""
    said = findings(wording, found)
    named = "; ".join(f.rstrip(" .") for f in said)
    return named if said and len(named.split()) <= MAX_QUOTE_WORDS else ""


def _not_praise(wording: str, found: list[Ask], with_breach: bool = True) -> list[Ask]:
    """The asks and findings without what went well: a sentence a "However" turns from ("People told us staff were
    kind. However, ..."), or one of praise beside the breach ("Relatives said communication had improved"); nor the
    sentence that only names the breach (`with_breach=False`), whose regulation's title ("Safe care and treatment") may
    name another topic than what was found."""
    went_well = [s for line in wording.splitlines() for s in contrasted(unlabelled(line.strip()))]
    return [a for a in found if a.required or not (any(_CITED.sub("", a.text) in s for s in went_well) or praised(a.text)
                                                   or not with_breach and NO_ASK.match(_CITED.sub("", a.text)))]


_MODAL = compiled(r"\b(?:must|should|ensure|make sure)\b", re.IGNORECASE)  # a wording that asks, not one that says what failed
# Said beside the findings but nothing to put right: that no harm was found ("We found no evidence that people had been
# harmed"), what the failing named before it risked ("This placed people at risk of harm"), how the service was
# scored or rated and what the rating meant ("This service scored 12 points out of a possible 32", "This service was
# rated requires improvement. This meant some aspects of the service were not always safe", "This service was previously
# rated good. At this assessment the rating has changed to requires improvement. This means that there was an increased
# risk that people could be harmed"), how long a manager had
# been in post, the last rating and the action plan sent after it, or that not enough had improved since (the
# history a breach repeats: "The last rating for this service was requires improvement (published ...)"), a sentence that only names a breach ("The provider was also in breach of regulation 18 (...) of
# the ... Regulations 2009."), or what the inspection looked at ("Records reviewed during the inspection included
# care plans, ...").
_NOTHING_WRONG = compiled(r"^(?:(?:we\s+(?:found|saw)|there\s+(?:was|is))\s+no\s+evidence\b"
                          r"|(?:the\s+)?(?:last|previous)\s+rating\s+(?:for|of)\b"
                          r"|(?:the\s+)?(?:registered\s+)?(?:provider|service|trust|practice|home)\s+(?:had\s+)?(?:completed|submitted|sent)\s+"
                          r"(?:us\s+)?an\s+action\s+plan\s+after\s+the\s+(?:last|previous)\s+inspection\b"
                          r"|(?:at|during)\s+this\s+(?:inspection|assessment),?\s+(?:not\s+)?(?:enough|sufficient)\s+improvements?\s+(?:had|has|was|were)\s+(?:not\s+)?(?:been\s+)?made\b"
                          r"|(?:this|the)\s+(?:[\w’'-]+\s+){0,2}?(?:scored\s+\d+|(?:was|is|has\s+been)\s+(?:previously\s+|also\s+|now\s+)?rated\s+(?:as\s+)?(?:outstanding|good|requires\s+improvement|inadequate))\b"
                          r"|(?:(?:at|during)\s+this\s+(?:inspection|assessment),?\s+)?(?:the|its|our)\s+rating\s+(?:\w+\s+){0,4}?(?:has|had)\s+"
                          r"(?:changed|gone\s+(?:down|up)|remained|stayed|improved|deteriorated)\b"
                          r"|this\s+(?:meant|means)\s+(?:that\s+)?(?:some\s+aspects\s+of\s+the\s+service|people|the\s+service)\s+(?:was|were|is|are)\b"
                          r"|this\s+(?:meant|means)\s+(?:that\s+)?there\s+(?:was|is)\s+an?\s+(?:increased\s+)?risk\s+that\s+people\s+(?:could|would|might|may)\s+be\s+harmed\b"
                          r"|(?:[\w’'-]+\s+){1,4}?(?:had|has)\s+(?:only\s+)?been\s+in\s+post\b"
                          r"|(?:[\w’'-]+\s+){1,3}?(?:was|were|is|remained|remains)\s+(?:also\s+|still\s+)?in\s+breach\s+of\s+"
                          r"regulations?\s+\d+[A-Z]?(?:\(\w{1,4}\))*(?:\s+\([^)]*\))?(?:\s+of\s+the\s+[^.]*?Regulations\s+\d{4})?\.?$"
                          r"|(?:this|these|that|it)\s+(?:had\s+)?(?:placed|put|puts|places|exposed|exposes)\s+\w+\s+(?:at|to)\s+(?:a\s+)?risk"
                          r"|(?:[\w’'-]+\s+){1,4}?(?:we\s+)?(?:reviewed|looked\s+at|examined|viewed|sampled|checked)\s+(?:during|as\s+part\s+of|at|on)\s+"
                          r"(?:the|this|our)\s+(?:inspection|visit)\s+(?:included|comprised)\b)",
                          re.IGNORECASE)
_CITED = compiled(r"^Regulations?\s+\d+[A-Z]?(?:\(\w{1,4}\))+\s+(?=(?!(?:Health|HSCA|Regulated)\b)[A-Z][a-z]*\s+[a-z])")  # a
# regulation's paragraphs cited before a finding with no full stop between ("Regulation 17(1)(2)(a) The concerns ..."):
# the finding is after it
_BREACH_TAIL = compiled(r",?\s+(?:which|and this)\s+(?:was|is|were|amounted to|constitute[sd]?)\s+(?:a\s+)?(?:\w+\s+)?breach\b.*$",
                        re.IGNORECASE)  # "..., which was a breach of regulation 18 (Staffing)": the finding is before it
_COLON_FINDINGS = compiled(r":\s+([^:]+?)\s*(?:\.\s|\.?$)")


def _placed(text: str, place: Place) -> str:
    """A topic's line with the meetings, staff, channels and managers of the setting in place of {forum},
    {leaders}, {staff}, {channels} and {owner} (a care home has no ward manager, a GP practice no pain team), {personnel}
    (who recruits: a dental practice has no HR department), {writers} (who write the clinical records), {medicines_lead}
    (who advises on medicines: a dental practice has no pharmacist) and {medicine_records} (where doses given are
    recorded: an urgent treatment centre has no MAR charts)."""
    if ", including " in place.staff:  # "Tell all staff groups, including locum doctors, how ...": the aside closed
        text = re.sub(r"\{staff\}(?=\s+[a-z])", lambda _: f"{place.staff},", text)
    return (text.replace("{forum}", place.forum).replace("{owner}", place.owner).replace("{leaders}", place.leaders).replace("{staff}", place.staff)
            .replace("{channels}", place.channels).replace("{personnel}", place.personnel).replace("{writers}", place.writers)
            .replace("{medicines_lead}", place.medicines_lead).replace("{medicine_records}", place.medicine_records))


def _thing(found: list[Ask]) -> str:
    """What the first ask is about, without where it is ("neonatal resuscitation equipment" from
    "... equipment on the labour ward and in the birth centre is checked daily"), for a topic's line
    that names it ({thing}); "each item checked" when it names nothing short enough."""
    m = _THING.match(found[0].duty) if found else None
    words = m.group(1).split(",")[0].split() if m else []  # "emergency equipment, including the defibrillator"
    named = 0 < len(words) <= THING_WORDS and words[0].lower() not in _NO_THING  # "there is a system ...": nothing named
    return " ".join(words) if named else "each item checked"


_NO_THING = frozenset("there it this these they".split())


_THING = compiled(r"^(?:the\s+|all\s+|any\s+)?(.+?)(?:\s+(?:on|in|at|across|within|for|used|kept|held)\b.*?)?\s+(?:is|are)\b",
                  re.IGNORECASE)
THING_WORDS = 6


def composable(wording: str, parsed: list[Ask] | None = None) -> list[Ask]:
    """What each wording asks, one entry an ask ("a; b, that c" gives three; "appoint a director and
    develop a strategy" two), without the finding sentences: the asks the composed lines check.
    `parsed` is `asks(wording)` when the caller has it already."""
    found: dict[str, Ask] = {}
    breach = False  # "had failed to ensure that risks were assessed and that ... was done": the duty, in the present
    for a in predicates(asks(wording) if parsed is None else parsed):
        if not a.required:
            continue
        text = _RECOMMEND.sub("", _ASIDE.sub("", _WHEN_LAST.sub("", _BREACH_TAIL.sub("", a.text))))
        if not _FAILED.match(text):  # "Governance systems had failed to identify the concerns": a failing, as "did not"
            text = _THING_FAILED.sub(r"\g<subject> did not ", text, count=1)
        if not_all := _NOT_ALL.match(text):  # "Not all staff had completed training": the duty is that all have
            had = "has" if not_all["who"].lower() == "every" else "have"
            verb = had if not_all["verb"].lower() == "had" else not_all["verb"]
            text = _present(f"{not_all['who'].lower()} {not_all['subject']} {verb} {not_all['rest']}")
        duty_text = _FAILED.sub("", text, count=1)
        if duty_text != text:  # "... failed to ensure the premises were safe: window restrictors were missing ...": the findings
            # "had not acted on the action plan, and audits had stopped": the failing after it is a finding, split off
            duty_text = _failings(duty_text.split(":", 1)[0])[0]  # while "acted" still says its clause has a verb
            first, _, tail = duty_text.partition(" ")
            if (base := _base_verb(first)) and base in IMPERATIVE:  # "had not notified CQC of ...": notify CQC of ...
                duty_text = f"{base} {_US.sub('CQC', tail, count=1)}"  # "had not informed us of ...": CQC is told
            duty_text = _COUNTED.sub("all the ", duty_text)  # "for two of the four staff recruited": the failing's count,
            # the duty every one's
        unprotected = _UNPROTECTED.match(duty_text)
        if unprotected:  # 2010: "People were not protected against the risks of … because records were not kept"
            duty_text = _present(_positive(duty_text[unprotected.end():]))
        failed = duty_text != text  # the duty after "had failed to ensure": kept as said, in the present
        breach = breach or failed or bool(_negated(duty_text))  # "Care plans had not been reviewed": the failing
        if breach:  # "..., and the provider had not identified or managed risks": a failing, put right (findings)
            duty_text = _failings(duty_text)[0]
        # "..., and staff did not know the IDDSI levels": a second failing of the breach, read as its duty
        first, *rest = _AND_NOT_KEPT.split(duty_text) if breach else [duty_text]
        joins, failings = rest[0::2], rest[1::2]
        while failings and not _HAS_VERB.search(first) and not (failed and first.split()[0].lower() in IMPERATIVE):
            # "Care and treatment was not provided": one subject, not two clauses (but "the practice did not monitor X, and
            # leaders did not have Y": the duty after the provider opens on its verb);
            # "Where people lacked capacity, decisions were not recorded": one clause, its comma kept
            first, joins, failings = f"{first}{joins[0]}{failings[0]}", joins[1:], failings[1:]
        said_of = _NEGATED.match(first) or _SAID_OF.match(first)  # "... and did not reflect people's needs": said of
        failings = [f"{said_of['subject']} {c}" if said_of and _NO_SUBJECT.match(c) else c for c in failings]  # its subject
        found_well = (breach and not failed and failings and not _NEGATED.match(first)  # "Assessments were generic and
                      and _positive(first) == first)  # were not decision specific": the first clause is what was found,
        # the failing after it the duty; one said by its opposite ("Records were incomplete and ...") is a failing too
        clauses = [*([] if found_well else
                     [_positive(_present(first)) if failed else _present(_positive(first)) if breach else first]),
                   *(_present(_positive(c)) for c in failings)]
        parts = [p for clause in clauses for p in _THAT.split(clause)]
        # "appoint a director ... and develop a strategy"; "patients have access to X and reduce the time they wait"
        parts = [p for part in parts for p in _and_do(_and_doing(part), parts[0].split()[0].lower() in IMPERATIVE
                                                      or _trained_and(parts[0]))]
        for part in (q.strip(" ,.;") for p in parts for r in _shared_subject(p) for q in _known_by_staff(r)):
            if found and _RECORDED_TOO.match(part):  # "... have regular clinical supervision, and that this is recorded":
                continue  # the record of the ask before it, which that ask's lines check, not people's notes
            if part and not any(_alike(part, other) for other in found):  # once each: two wordings of one ask
                found[part] = Ask(part, duty(part), True)
    return list(found.values())


_RECORDED_TOO = compiled(r"^(?:this|it|these|they|that|each)\s+(?:is|are)\s+(?:also\s+|then\s+)?(?:\w+ly\s+)?(?:recorded|documented|logged)$",
                         re.IGNORECASE)
_THAT = compiled(r",\s+(?:and\s+)?that\s+|,?\s+and\s+(?:must|should)\s+(?:also\s+)?", re.IGNORECASE)


def _trained_and(ask: str) -> bool:
    """"staff complete training on female genital mutilation and record discussions in patient notes": staff told to do
    two things, the training and an instruction after it, each an ask (the training's lines would leave the second out);
    not "staff complete the early warning score and escalate concerns", one practice the topic's lines check whole."""
    return bool(_STAFF_DO.match(ask)) and kind_of(ask).id == TRAINING


_STAFF_DO = compiled(r"^(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:staff|nurses|midwives|doctors|clinicians|crews|carers|care workers|"
                     r"practitioners|therapists|paramedics|dentists|GPs)\s+(?:" + "|".join(sorted(IMPERATIVE)) + r")\b",
                     re.IGNORECASE)  # staff, then what they do, as an instruction is worded
_PARTICLES = frozenset("out up off on in".split())
_AND_DO_THE = compiled(r",?\s+and\s+(?:to\s+)?(?=(?:" + "|".join(sorted(IMPERATIVE)) + r")\s+(?:the|a|an|its|their)\s)",
                       re.IGNORECASE)
_AND_DO = compiled(r",?\s+and\s+(?:to\s+)?(?=(?:" + "|".join(sorted(IMPERATIVE)) + r")\b)", re.IGNORECASE)
_EXAMPLES_OPEN = compiled(EXAMPLE_OPENER + r"\s*[^,;:]*$", re.IGNORECASE)  # a list of examples not yet
# closed by a comma: what follows its "and" is its next example, whatever verb it looks like
_NOUN_OF = compiled(r"\w+\s+of\b", re.IGNORECASE)  # "review of ...": a verb after "and", read as the noun its "of" makes it
_DETERMINERS = frozenset("the a an its their his her our this each".split())
_ITS_OUTCOME = compiled(r"\w+\s+(?:those|any|the ones)\s+(?:that|which|who)\b", re.IGNORECASE)


_PREDICATES = compiled(r"^(?P<subject>.+?)\s+(?P<verb>are|is)\s+(?P<rest>.+)$", re.IGNORECASE)
_SUBORDINATE = compiled(r"\b(?:so that|that|which|who|where|when)\b", re.IGNORECASE)
_NEXT_PREDICATE = compiled(r",\s+(?:and\s+)?(?:are|is)\s+|\s+and\s+(?:are|is)\s+", re.IGNORECASE)


def _shared_subject(ask: str) -> list[str]:
    """"thickening powders are stored securely, are prescribed for each person, and are prepared
    correctly" as three asks, each with its subject: each may need a different check."""
    m = _PREDICATES.match(ask)
    if (subject := said_of(ask)) and ask.lower().startswith(subject) and (then := _DOES_THEN_DONE.match(ask, len(subject))) \
            and not _SUBORDINATE.search(then["does"]):  # "minutes ... record the learning ... and are shared with staff
        # who could not attend": what the minutes say, then whom they reach, each its own check
        return [f"{ask[:len(subject)]} {then['does']}", f"{ask[:len(subject)]} {then['verb']} {then['done']}"]
    if m and _CONDITIONAL.match(m["subject"]):  # "when patients are secluded, observations ... take place and are recorded"
        return [ask]
    if m and (two := _TWO_VERBS.match(m["rest"])):  # "... are recorded and shared with the GP": kept, then sent
        return [f"{m['subject']} {m['verb']} {two['first']}",
                f"{m['subject']} {m['verb']} {two['second'] or two['kept']} {two['rest'] or two['where']}"]
    if m and len(acts := _ACTS.split(m["rest"])) > 2 and sum(bool(_DONE_HOW.match(a)) for a in acts) > 1:
        return [f"{m['subject']} {m['verb']} {act}" for act in acts]  # "every use of restraint is recorded, reviewed by the
        # ward manager and reported through the incident system": three acts, each with its own doer or route to check
    nxt = _NEXT_PREDICATE.search(m["rest"]) if m else None
    if not nxt or _SUBORDINATE.search(m["rest"][:nxt.start()]):
        return [ask]  # "... so that the required checks, including DBS, are carried out": another subject
    return [f"{m['subject']} {m['verb']} {rest}" for rest in _NEXT_PREDICATE.split(m["rest"])]


_CONDITIONAL = compiled(r"^(?:when|where|whenever|if|once|after|before|while)\b", re.IGNORECASE)
_PARTICIPLE_WORD = r"(?:[a-z]{3,}ed|given|seen|written|taken|kept|held|sent|told|shown|done|made)\b"
_PARTICIPLE = r"(?:[a-z]+ly\s+)?" + _PARTICIPLE_WORD
_DOES_THEN_DONE = compiled(rf"\s+(?P<does>(?!(?:are|is|was|were|have|has|had|be|been)\b)[a-z]+\s+[^;]+?)\s+and\s+(?P<verb>are|is)\s+"
                           rf"(?P<done>{_PARTICIPLE_WORD}\s+\S.*)$", re.IGNORECASE)  # a verb of its own, then "and are <participle>"
_ACTS = compiled(rf",\s+(?:and\s+)?(?={_PARTICIPLE})|\s+and\s+(?={_PARTICIPLE})", re.IGNORECASE)  # a list of participles
_DONE_HOW = compiled(rf"^{_PARTICIPLE}\s+(?:by|through|via|to|with|on|in|at|within)\s+\S", re.IGNORECASE)  # one with its own
# doer or route ("reviewed by the ward manager"), not "cleaned, stored and maintained", one job said three ways
_TWO_VERBS = compiled(r"^(?P<first>(?:risk[- ])?[a-z]+ed"
                      r"(?:\s+(?:accurately|fully|correctly|completely|clearly|contemporaneously))?"
                      r"(?:\s+(?:on|in|at)\s+[^,;]{1,40}?)?)\s+and\s+"
                      r"(?:(?P<second>shared|sent|passed on|copied|discussed|reported|given|offered|explained|reviewed)\s+"
                      r"(?P<rest>(?:with|to|at|by)\b.+)"
                      r"|(?P<kept>kept|cared for|looked after|nursed|accommodated)\s+(?P<where>(?:in|on|at)\s+(?:an?|the)\s+.+))$",
                      re.IGNORECASE)  # "displayed on the wards and discussed with staff" (or "given to patients"): a display, then another
# ask; "recorded accurately and reviewed by the team": a record to audit, then a review; "risk assessed and kept in a safe
# environment": an assessment, then where they are kept


def _known_by_staff(ask: str) -> list[str]:
    """"the service has an up-to-date business continuity plan that staff know how to use" as the plan,
    then "staff know how to use it": a document to check once, and staff to ask."""
    m = _THAT_STAFF.match(ask)
    if not m:
        return [ask]
    rest = m["rest"].rstrip(" .")
    return [m["main"], f"{m['who']} {rest} it" if _ENDS_OPEN.search(rest) else f"{m['who']} {rest}"]


_THAT_STAFF = compiled(r"^(?P<main>.+?\b(?:plans?|polic(?:y|ies)|procedures?|process(?:es)?|guidance|systems?|tools?|protocols?|"
                       r"pathways?|equipment))\s+(?:that|which)\s+(?P<who>(?:all\s+)?staff|nurses|clinicians)\s+"
                       r"(?P<rest>(?:know|understand|can use|are trained|are able)\b.*)$", re.IGNORECASE)
_ENDS_OPEN = compiled(r"\b(?:use|follow|understand|apply|find|access|on|to|with)$", re.IGNORECASE)


def _and_doing(ask: str) -> str:
    """"consider developing a programme and giving staff time" as "... and give staff time": a second thing to
    do, listed as the first was, is an instruction of its own (split by `_and_do`) when it is of a kind with
    lines of its own (training); "installing a hearing loop and improving step-free access" stays one job."""
    if not _CONSIDER_DOING.match(ask):
        return ask

    def instruction(m: re.Match[str]) -> str:
        verb = verb_of(m[2])
        rest = _AND_GERUND.split(ask[m.end():])[0]
        return f"{m[1]}{verb}" if verb and not general(kind_of(f"{verb}{rest}")) else m.group(0)
    return _AND_GERUND.sub(instruction, ask)


_ONE_HOW_CLAUSE = compiled(r"\bhow\s+(?:it|they|staff|the\s+\w+)\s+\w+s$", re.IGNORECASE)  # two verbs of one "how" clause
_CONSIDER_DOING = compiled(r"^(?:consider|explore|look at|start|continue)\s+\w+ing\b", re.IGNORECASE)
_AND_GERUND = compiled(r"(,?\s+and\s+)(\w+ing)\b", re.IGNORECASE)


def _and_do(ask: str, instructed: bool = True) -> list[str]:
    """"appoint a director and develop a strategy" in two; "assess, monitor and improve the quality"
    (verbs sharing one object) whole. After an ask that is not an instruction, only an instruction
    with its own object ("... and reduce the time patients wait") starts a second ask: "the 'pause and
    check' is completed" is one."""
    parts, start = [], 0
    for m in (_AND_DO if instructed else _AND_DO_THE).finditer(ask):
        before = ask[start:m.start()].split()
        if (before and before[-1].lower().strip(",") not in IMPERATIVE | _PARTICLES  # "staff carry out and record ..."
                and not (len(before) > 1 and before[-2].lower() == "to" and before[-1].islower()  # "continue to
                         and not m.group(0).startswith(","))  # encourage and record ...", "systems to track and monitor
                # their use": the word after "to" is a verb, and the two verbs share one object
                and not _ONE_HOW_CLAUSE.search(ask[start:m.start()])  # "review how it gathers and acts on feedback": one object
                and not (_EXAMPLES_OPEN.search(ask[start:m.start()]) and not m.group(0).startswith(","))  # "such as locked
                # kitchens and set times ...": the list's next example
                and not _ITS_OUTCOME.match(ask, m.end())  # "review ... and remove those that are not justified": what
                # the review finds is acted on, the review's own outcome, not a job with an object of its own
                and not (_NOUN_OF.match(ask, m.end()) and (before[-1].lower().endswith("ing")
                                                           or len(before) > 1 and before[-2].lower() in _DETERMINERS))):
            # "involves prisoners in the planning and review of the health service": two nouns of one "of", no instruction
            parts.append(ask[start:m.start()])
            start = m.end()
    return [*parts, ask[start:]]
_NEGATED = compiled(r"^(?P<subject>\S.*?)\s+(?P<verb>was|were|did|had|has|have)\s+(?P<either>either\s+)?not\s+"
                    r"(?:always\s+|consistently\s+|being\s+)*(?P<been>been\s+)?(?P<rest>.+)$", re.IGNORECASE)
_AND_NOT = compiled(r",?\s+and\s+(?=(?:the\s+|some\s+|many\s+)?"
                    r"(?:(?!(?:is|are|was|were|did|had|has|have)\b)[\w‘’'-]+\s+){0,12}?(?:did|was|were)\s+not\b)"
                    r"|,\s+(?=(?!(?:which|who|that|where|when|but|including)\b)"
                    r"(?:(?!(?:is|are|was|were|did|had|has|have|and|or)\b)[\w‘’'-]+\s+){1,12}?(?:did|was|were|had|has|have)\s+not\b)",
                    re.IGNORECASE)  # a subject of its own, without a verb: "and stock balances of ‘as required’
# medicines did not match ..." is the next clause, and so are "late, risks were not assessed" and ", staff had not received
# training" in a list (not "assess, monitor and improve the quality ... were not": one subject)
_AND_NOT_KEPT = compiled(f"({_AND_NOT.pattern})", _AND_NOT.flags)  # split with what joined the clauses
_HAS_VERB = compiled(r"\b(?:is|are|was|were|did|do|does|had|has|have)\b", re.IGNORECASE)
_NO_SUBJECT = compiled(r"^(?:did|was|were|had|has|have)\s+not\b", re.IGNORECASE)
_SAID_OF = compiled(r"^(?P<subject>\S.*?)\s+(?:was|were|did|had)\b", re.IGNORECASE)
# "..., and the provider had not identified or managed risks to people's health": what failed, said of the
# provider after its duty; put right as a finding, never quoted as the ask (CQC's words are not turned round)
# Not "on 24 and 26 July 2018 had not ...": "and" between two numbers joins dates, not clauses.
# "and competency checks were overdue": a failing no "not" says (`asks.LAPSED`), a finding too
_AND_HAD_NOT = compiled(r"(?:(?:,|(?<!\d))\s+and\s+|\s+and\s+(?!\d))(?=(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:has\s+not\b|had\s+(?!been\b)|" + LAPSED + r")"
                        r"|there\s+(?:was|were|(?:had|has|have)\s+been)\b)",
                        re.IGNORECASE)  # "..., and relatives without the legal authority had signed consent forms": a finding;
# so is "..., and there were gaps in the recording of creams", never a second goal


def _failings(text: str) -> list[str]:
    """The clauses of a failing joined by "and" (`_AND_HAD_NOT`), split only after a clause with its own verb:
    "..., mental capacity assessments and best interests decisions had not been completed" is one subject."""
    parts, start = [], 0
    for m in _AND_HAD_NOT.finditer(text):
        if _OWN_VERB.search(text[start:m.start()].rsplit(",", 1)[-1]):
            parts.append(text[start:m.start()])
            start = m.end()
    return [*parts, text[start:]]


_OWN_VERB = compiled(r"\b(?:is|are|was|were|did|do|does|had|has|have)\b|\b\w{2,}ed\b", re.IGNORECASE)


def _present(text: str) -> str:
    return _PAST.sub(lambda m: _PRESENT[m.group(0).lower()], _SINCE_LAST.sub("", text))


_WHEN_LAST = compiled(r"^(?:at|during|following)\s+(?:our|the|its)\s+(?:last|previous)\s+(?:inspection|assessment|visit)\b,?\s+",
                      re.IGNORECASE)  # "At our last assessment the provider had failed to ...": when, not what is asked
_SINCE_LAST = compiled(r"\s+since\s+(?:our|the|its)\s+(?:last|previous)\s+inspection\b", re.IGNORECASE)  # when it failed, not the duty


_PLAIN_NOT = compiled(r"\bnot\s+(?:been\s+)?$", re.IGNORECASE)
_NOT_EITHER = compiled(r"^([a-z]+(?:ed|en|wn))\s+or\s+(?=[a-z]+(?:ed|en|wn)\b)")


def _positive(ask: str) -> str:
    """"care was provided with consent" from "Care was not always provided with consent": a breach
    sentence read as the duty it breached, so no check sets out to confirm the failing."""
    if flawed := _FLAWED.match(ask):  # "MARs contained gaps": MARs are complete, never a check that they contain gaps
        plural = is_plural(head_noun(flawed["subject"].split()))
        return f"{flawed['subject']} {'are' if plural else 'is'} complete and accurate, without {flawed['flaw']}{flawed['rest']}"
    m = _negated(ask)
    if not m and (undone := _UNDONE.match(ask)) and is_word(undone["adj"]):  # "systems were ineffective": effective
        rest = _AND_UNDONE.sub(lambda a: f"{a[1]}{a[2]}" if is_word(a[2]) else a[0], undone["rest"])  # "and inconsistent"
        return f"{undone['subject']} {undone['verb']} {undone['adj']}{rest}"
    if m and (some := _SOME.match(m["subject"])):  # "Some people did not have evacuation plans": the duty is everyone's
        whom = "each " if some["one"] else ("the " if some["of"] else "")
        return _positive(f"{whom}{m['subject'][some.end():]} {ask[m.end('subject'):].strip()}")
    if m and (done := _DONE_BUT.match(m["subject"])):  # "bruises had been recorded but had not been referred": what
        return _positive(f"{done['head']} {ask[m.end('subject'):].strip()}")  # was not done, said of the bruises
    if m and _CONDITIONAL.match(m["subject"]) and "," in m["subject"]:  # "Where people lacked capacity ..., mental
        condition, _, subject = m["subject"].rpartition(",")  # capacity assessments had not been completed": the failing
        return f"{condition}, {_positive(ask[len(condition) + 1:].strip())}"  # after its condition, turned
    if m and _open_clause(m["subject"]):  # "Patients whose first language was not English had not been offered ...":
        m = _negation(ask, m)  # the breach's own "not" is the later one
    if not m or len(m["subject"].split()) > SUBJECT_MAX or _open_clause(m["subject"]):
        return ask  # "patients whose first language was not English": not the breach's own verb
    verb, rest = m["verb"].lower(), _SINCE.sub("", m["rest"])  # "had not been reviewed since July 2014": the failing's
    # span goes with its "not"; the duty has no date
    if m["either"]:  # "systems were either not in place or robust enough": the duty is both, in place and robust enough
        rest = re.sub(r"\s+or\s+", " and ", rest, count=1)
    if (verb in ("was", "were", "is", "are") or m["been"]) and _PLAIN_NOT.search(m.string[:m.start("rest")]):  # "risks were
        rest = _NOT_EITHER.sub(r"\1 and ", rest, count=1)  # not assessed or mitigated": neither was done, so both are asked,
        # assessed and mitigated ("not always assessed or monitored" is kept as said)
    rest = _OR_NOT.sub(lambda o: f" and {'is' if o[1].lower() == 'was' else 'are'} ", rest)  # "had not been completed
    # or were not detailed enough": the second failing is turned with the first, both asked
    plural = is_plural(head_noun(_CLAUSE.split(m["subject"])[0].split()))  # "risk assessments for people at risk of
    # choking": they reflect; "patients whose first language was not English": they are offered
    if verb in ("had", "has", "have") and m["been"]:  # "care plans had not been reviewed": they are reviewed
        verb = "were" if plural else "was"
    elif verb in ("had", "has", "have"):  # "audits had not identified the shortfalls": audits identify them
        first, _, tail = rest.partition(" ")
        if not (base := _base_verb(first)):
            return ask
        if (joined := _JOINED_PARTICIPLE.match(tail)) and (other := _base_verb(joined["verb"])):  # "had not identified
            tail = f"{joined['conj']} {present_form(other, plural)}{tail[joined.end():]}"  # or addressed": both turned
        verb, rest = "did", f"{base} {tail}"
    if verb == "did":  # "staff did not know the levels" as "staff know the levels" ("do not" is a duty, kept)
        how = (m_how := _HOW_DONE.match(rest)) and _adverb(m_how["how"]) and m_how  # "did not robustly assess and
        # mitigate risks": the adverb kept, the verbs turned ("did not apply for" has none)
        adverb, rest = (how[0], rest[how.end():]) if how else ("", rest)
        first, _, tail = rest.partition(" ")
        first = present_form(first, plural)
        if not plural and (joined := _AND_VERB.match(tail)):
            tail = f"and {present_form(joined['verb'], plural)}{tail[joined.end():]}"
        return f"{m['subject']} {adverb}{first} {tail}".strip()
    return f"{m['subject']} {'is' if verb == 'was' and not plural else 'are'} {rest}"  # "Environmental risks within the
    # home was not identified": the aim agrees with its head noun


def _negated(text: str) -> re.Match[str] | None:
    """A failing said with "not" (`_NEGATED`), but not an instruction: in "consider extending the service to families of
    patients who died but were not known to the hospice" the "not" is the families', kept as said."""
    m = _NEGATED.match(text)
    return None if m and (m["subject"].split()[0].lower() in IMPERATIVE or _NAMING.search(m["subject"])) else m


_NAMING = compiled(r"(?:['’]s|s['’]|\b(?:the|a|an|its|their|our))$", re.IGNORECASE)  # "in line with the trust’s was not
# brought policy": a verb straight after a possessive or an article is part of a name, never a failing to turn


SUBJECT_MAX = 16
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_SINCE = compiled(rf"\s+(?:since\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+\d{{4}})?|\d{{4}})"
                  r"|for\s+(?:over\s+|more\s+than\s+|at\s+least\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|"
                  r"nine|ten|eleven|twelve|several|many)\s+(?:days?|weeks?|months?|years?))\b")  # how long a failing lasted
_SOME = compiled(r"^(?:some|several|many|a few|a number of|not all|(?P<one>one)|two|three|four|five|six|seven|eight|nine|ten|\d+)"
                 r"(?P<of>\s+of\s+(?:the|these|those|their))?\s+(?=[a-z])", re.IGNORECASE)  # how many it failed for
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNTED = compiled(rf"\b(?:{_NUMBER}|some|several|many|most)\s+of\s+(?:the|their|its)\s+{_NUMBER}\s+(?=[a-z])", re.IGNORECASE)
_AND_UNDONE = compiled(r"^(,?\s+(?:and|or)\s+)(?:in|un)([a-z]+)\b", re.IGNORECASE)
# a state said by its opposite ("incomplete", "ineffective", "unsafe"): the duty is the word without "in" or "un", when
# that is a word; an adjective's ending only, so "were informed" or "were undertaken" are never turned
_UNDONE = compiled(r"^(?P<subject>\S.*?)\s+(?P<verb>was|were|is|are)\s+(?:(?:always|consistently|often|sometimes)\s+)?"
                   r"(?:in|un)(?P<adj>[a-z]+(?:ive|ete|ate|ent|ble|ear|afe|ant|ful|ure))\b(?P<rest>.*)$", re.IGNORECASE)
_FLAWED = compiled(r"^(?P<subject>\S.*?)\s+(?:contained|had|showed|included|were\s+found\s+with)\s+(?:some\s+|several\s+|many\s+|"
                   r"numerous\s+|a\s+number\s+of\s+|frequent\s+|significant\s+|unexplained\s+)*"
                   r"(?P<flaw>gaps|errors|omissions|inaccuracies|missing\s+(?:entries|signatures|information))\b(?P<rest>.*)$",
                   re.IGNORECASE)  # records said by their flaw: the duty is the record without it
_DONE_BUT = compiled(r"^(?P<head>.+?)\s+(?:had|has|have|was|were)\s+(?:been\s+)?[\w-]+ed\b.*?,?\s+but$", re.IGNORECASE)
_OR_NOT = compiled(r"\s+or\s+(was|were)\s+not\s+(?=\w)", re.IGNORECASE)
_JOINED_PARTICIPLE = compiled(r"^(?P<conj>or|and)\s+(?P<verb>\w+ed)\b", re.IGNORECASE)


def _adverb(word: str) -> bool:
    """"robustly", "regularly", "safely", "always": a word saying how, made from an adjective the word list knows; not a
    verb ending in "ly" ("apply", "supply", "comply")."""
    stem = word.lower().removesuffix("ly")
    return word in ("always", "fully") or word != stem and len(stem) > 3 and (is_word(stem) or is_word(stem[:-1] + "y"))


def _base_verb(participle: str) -> str:
    """"identify" from "identified", "record" from "recorded", "complete" from "completed": the verb a past
    participle is of, when the English word list knows it, or an irregular one's ("taken": take); empty when it is none
    ("been")."""
    word = participle.lower()
    if irregular := next((verb for verb, done in PARTICIPLES.items() if done == word and verb != done), ""):  # "had not
        return irregular  # taken steps": takes them
    if not word.endswith("ed") or len(word) < 5:
        return ""
    candidates = ([word[:-3] + "y"] if word.endswith("ied") else []) + [word[:-1], word[:-2], word[:-3]]
    return next((c for c in candidates if len(c) > 2 and is_word(c)), "")
_HOW_DONE = compiled(r"(?P<how>[a-z]+ly|always)\s+(?=[a-z]+\s)")  # "robustly assess": how it was done, before its verb
_AND_VERB = compiled(r"^and\s+(?P<verb>assess|mitigate|manage|monitor|record|review|identify|act|respond|report|"
                     r"investigate|follow|update|complete|check|implement|address|reduce|protect|meet)\b")  # "assess and
# mitigate": both verbs said of the one subject
_PRESENT = {"was": "is", "were": "are", "had been": "have been"}
_PAST = compiled(r"\b(?:had been|was|were)\b", re.IGNORECASE)
_CLAUSE = compiled(r"\b(?:who|whose|which|when|where|that|if|while)\b", re.IGNORECASE)  # a longer "subject" is a clause: "... was not" there is not the breach's own verb


def _negation(ask: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """The breach's own "not", past one inside a clause its subject opens (`m`): "Patients whose first language was
    not English had not been offered an interpreter" fails to offer the interpreter, not to speak English."""
    while m and _open_clause(m["subject"]):
        longer = _NEGATED.pattern.replace(r"(?P<subject>\S.*?)", rf"(?P<subject>\S.{{{m.end('verb') - 1},}}?)", 1)
        m = re.match(longer, ask, re.IGNORECASE)
    return m


def _open_clause(subject: str) -> bool:
    """"patients whose first language": a clause the subject opens and whose verb is still to come, so the "not" after
    it is the clause's; "medicines that people needed for pain" has its verb: the "not" after it is the breach's."""
    clause = _CLAUSE.search(subject)
    return bool(clause) and not _OWN_VERB.search(subject[clause.end():])
_RECOMMEND = compiled(r"^we recommend (?:that )?", re.IGNORECASE)
# "The provider had failed to ensure that risks were assessed": the duty is what follows.
_US = compiled(r"^us\b")  # the inspectors' "us", the one told: CQC, named in the lead's words
_FAILED = compiled(r"^(?:the\s+)?(?:provider|registered\s+(?:person|manager)|trust|practice|service|home)\s+"
                   r"(?:had|has|did|was|were)\s+(?:also\s+)?(?:not\s+(?:always\s+)?|failed\s+to\s+)(?:ensure[ds]?\s+|make\s+sure\s+)?"
                   r"(?:that\s+)?", re.IGNORECASE)
# What failed, said of something other than the provider ("Governance systems had failed to identify ..."): read as
# "... did not identify ...", a failing turned into its duty like any other, never quoted as the goal.
_THING_FAILED = compiled(r"^(?P<subject>\S(?:(?!\b(?:to|that|and|which|who)\b).){0,80}?)\s+(?:had\s+|have\s+|has\s+)?failed\s+to\s+"
                         r"(?!ensure\b|make\s+sure\b)(?=[a-z]+\b)", re.IGNORECASE)
_NOT_ALL = compiled(r"^not\s+(?P<who>all|every)\s+(?P<subject>\S.*?)\s+(?P<verb>had|was|were)\s+(?P<rest>.+)$", re.IGNORECASE)
# A 2010-regulations breach: "People who use the service were not protected against the risks of unsafe or
# inappropriate care because accurate and appropriate records were not maintained", and an assessment's "People
# were placed at risk of harm because medicines were not managed safely": the duty is the reason, turned.
_UNPROTECTED = compiled(r"^(?:[\w’'-]+\s+){1,8}?(?:were|was|had\s+been|have\s+been)\s+"
                        r"(?:not\s+(?:always\s+|fully\s+|adequately\s+)?(?:protected|safeguarded)\s+(?:against|from)|"
                        r"(?:placed\s+|put\s+|left\s+)?at\s+risk)\b.*?\bbecause\s+", re.IGNORECASE)
# 2010-2014 breach sentences name whom the breach left unprotected, in CQC's set forms ("People who use services and others
# were not protected against the risks associated with medicines because ...", "Children were placed at risk because ..."),
# whoever they are: the aim is the reason after "because", turned; the unprotected clause's own "not" is never kept beside
# a reason turned round
_ASIDE = compiled(r"\s*\([^()]*\)[\s.]*$")  # "(Please see the specific details at the end of this report)"
# An ask is left out of a topic's audit and evidence lines when most of its distinctive words are
# absent from them: it gets its own check and evidence. (The change line always quotes the asks.)
MISSED_SHARE = 0.5
MISSED_MIN = 2


def _names_surely(ask: Ask, topic: Topic | None) -> bool:
    """The ask names the topic surely itself ("patient safety alerts from the MHRA are acted on"): the
    topic's lines were written for it, so the catch-all check is not added to them."""
    return topic is not None and _score(_ask_phrases(ask)[topic.id]) >= SURE_TOPIC_WORDS


def _with_missed_asks(lines: dict[str, str], wording: str, each: list[Ask], narrow: bool = False,
                      topic: Topic | None = None, covered: frozenset[str] = frozenset(),
                      triggers: list[str] = (), forum: str = "", setting: str = "") -> dict[str, str]:
    """A topic's lines plus what they leave out: the change line quotes what is asked (a topic's
    line is written for the problem, the quote names this statement's case of it), and the asks
    the audit and evidence lines do not name (or whose records the audit line never names: "the
    cleaning of commodes is recorded") get their own check and evidence; a later ask whose object B
    never names is told too ("... and shared with the out-of-hours GP"). A variant's lines
    are written for the narrower issue (directors' fit and proper person files, call monitoring):
    the catch-all kind's "observe practice and audit 10 records" is not added to them, though
    the topic's broader lines get it, since it quotes the ask they leave unnamed. The meeting reported to
    (`forum`: "the registered manager's monthly quality review") checks no ask its name shares a word with."""
    quote = quoted_asks(wording)
    audit = lines["audit"].replace(forum, "") if forum else lines["audit"]
    checked = audit + " " + lines["evidence"]
    split = wordings(wording)
    first = [a.text for a in composable(split[0])] if len(split) > 1 else []
    triggered = phrase_pattern(tuple(triggers))
    merged = [a for a in each if first and not _named_by(a.text, " ".join(first))
              and not (triggered and triggered.search(a.text))]  # a merged wording's ask
    # naming none of the lines' triggers: observations at the care plan's frequency beside those after rapid
    # tranquillisation are of the kind its lines check, but not the case they were written for
    elsewhere = {k for v in _named_variants(topic, wording, setting) for k in v.kinds} - covered  # kinds a variant the
    # wording names, not the lines used, was written for ("staff receive feedback on the incidents they report" beside the
    # learning shared, two variants named, the topic's lines used): its own check
    missed = [a for a in each if ((_missed(a.text, checked) and not _named_by(a.text, checked))
                                  or _unnamed(a.text, audit) or _recipient_unnamed(a.text, checked)
                                  or _results_unacted(a.text, checked)
                                  or kind_of(a.duty).id in elsewhere)
              and (_other_figure(a, triggers)  # not the figure the lines track ("patients moved between wards at night"
                   # beside cancelled operations): its own
                   or (kind_of(a.duty).id not in covered or a in merged)  # a variant's own check of that kind (access to records)
                   and not (_measure(a) and _TRACKED.search(audit)))]  # the topic tracks the figures already
    unfixed = _unfixed(lines["change"], triggers, each, covered | frozenset(topic.fits if topic else ()))
    missed_c = [a for a in each if (a in missed and (specific(a) or not (narrow or _names_surely(a, topic))
                                                     or kind_of(a.duty).id in elsewhere
                                                     or first and not _named_by(a.text, " ".join(first))))  # a merged wording's
                or (a in unfixed and specific(a) and not _named_by(a.text, audit))]  # ask: the lines were not chosen for it
    if topic:  # "Medicines were not managed safely": the topic's lines check its parts; no second audit of the whole
        missed_c = [a for a in missed_c if not _bare(a.duty, _ask_phrases(a).get(topic.id, set()))]
    if "{ask}" in lines["audit"]:  # the topic's audit samples these records against the asks it quotes ("audit 10 care
        missed_c = [a for a in missed_c if not (kind_of(a.duty).id == compose.RECORDS  # plans against what is asked"): no
                                                and (named := compose.records_named(a.text))  # second audit of them
                                                and named.lower() in lines["audit"].lower())]
    out = dict(lines)
    if quote and "{ask}" not in lines["change"]:
        out["change"] = f"{lines['change'].rstrip('.')}; here: {quote}."
    if unfixed:
        out["change"] = f"{out['change'].rstrip('.')}. Also {'; '.join(steps(unfixed, wording))}."
    beside = compose.listed_beside([a for a in each if a not in unfixed], wording,
                                   covered | frozenset(topic.fits if topic else ()))
    if beside.steps:  # "training and a criminal records check": the recruitment lines' checks, and the training decided,
        out["change"] = f"{out['change'].rstrip('.')}. Also {'; '.join(beside.steps)}."  # told and checked
    if missed_c:
        extra = extra_checks(missed_c, wording)
        out["audit"] = f"{lines['audit']} {extra.check}"
        out["evidence"] = f"{lines['evidence'].rstrip('.')}; {extra.evidence[0].lower()}{extra.evidence[1:]}"
    # a separate ask B never names ("... and that a mental capacity assessment is recorded"), whether or not
    # the topic's check covers it; the first too, when B is the topic's stock line ("the expected practice")
    told = lines["communicate"].replace("{ask}", quote)
    told = f"{told} {_by_initials(wording, told)}"  # "DBS check" tells of the "Disclosure and Barring Service checks" asked
    untold = [a for i, a in enumerate(each) if a.required and not _BACK.match(a.text)  # "it is updated when ..." follows on
              and (_unnamed(a.text, told) or _missed(a.text, told))
              and (i or "{ask}" not in lines["communicate"] and _STOCK_B.search(told)) and a not in unfixed
              and not (narrow and kind_of(a.duty).id in covered and a not in merged)]  # a variant's lines tell what they check
    tells = [untold and (extra_checks(untold, wording).tell or _told_plainly([a for a in untold if not specific(a)])),
             unfixed and extra_checks(unfixed, wording, every_kind=True).tell]  # the step A gives it, told
    if beside.tell:
        tells.append(beside.tell)
    if tell := " ".join(t for t in tells if t):
        out["communicate"] = f"{lines['communicate'].rstrip('.')}. {tell}"
    if unchecked := [(c, e) for c, e in zip(beside.checks, beside.evidence) if c.split(" (")[0] not in out["audit"].lower()]:
        out["audit"] = f"{out['audit'].rstrip()} Also {'; '.join(c for c, _ in unchecked)}."  # not checked by an extra check
        out["evidence"] = f"{out['evidence'].rstrip(' .')}; {'; '.join(e for _, e in unchecked)}."  # already
    pointed = [a for a in each if a not in missed and narrow and kind_of(a.duty).id in covered and kind_of(a.duty).one_off
               and _missed(a.text, checked) and not _named_by(a.text, checked)]  # a job once done of a variant's own kind,
    # asking more than its lines name ("... with ligature risks removed and a door that opens outwards"): looked for
    works = [a for a in pointed if "{ask}" in (kind := kind_of(a.duty)).change and kind.partner]  # work to order with its
    # partner (estates): decided in A too, not only looked for ("... with ligature risks removed and a door that opens
    # outwards" beside how the ligature risk assessment is kept)
    if works and (named := "; ".join(quoted(a.text) for a in works)) and len(named.split()) <= MAX_ASK_WORDS:
        kind = kind_of(works[0].duty)
        step = kind.change.replace(" ({ask})", " it asks" if named in out["change"] else f" ({named})")  # quoted once
        out["change"] = f"{out['change'].rstrip('.')}. Also, with {kind.partner}, {step}."
    rest = [a for a in missed + pointed if a not in missed_c]
    rest = [a for a in each if a in rest or rest and a.required and a not in missed_c]  # every ask the check leaves to it
    if rest and "{ask}" not in lines["audit"] and (named := "; ".join(quoted(a.text) for a in rest)) \
            and len(named.split()) <= MAX_ASK_WORDS:  # the topic's check, pointed at this statement's case of it
        out["audit"] = f"{out['audit']} In each check, look for what is asked: {named}."
        if "{ask}" not in lines["evidence"]:  # the evidence shows it too, not only the topic's usual records
            out["evidence"] = f"{out['evidence'].rstrip('.')}; each check's record of what is asked ({named})."
    if not quote:  # too long to quote (an action merged from several wordings): "the course named here" would point at
        # nothing, so it points at the statements the plan prints above the prompts
        statements = "statements" if len(wordings(wording)) > 1 else "statement"
        out = {k: v.replace(" named here", f" named in the {statements}") for k, v in out.items()}
    return out


def _unfixed(change: str, triggers: list[str], each: list[Ask], covered: frozenset[str] = frozenset()) -> list[Ask]:
    """The asks a topic's change line was not written for, when it was written for another of them: an
    ask naming none of the triggers of the lines used (the variant's, when it writes the change line) and
    whose words the line leaves out ("the manager's absence is notified to CQC" beside a statement of
    purpose's variant), or one forbidding a practice the line only says how to use ("prone restraint is
    not used" beside "how restraint is used, recorded and reviewed"). The quote alone would leave it with
    no step of its own. Not an ask of a kind the lines were written for (unless a figure other than theirs), nor one
    said of the same thing as an ask they name ("equipment is available" beside "equipment is checked weekly"), nor one that refers
    back ("offer them a copy", "update practice accordingly") or reads as no step ("not leave people ...")."""
    if "{ask}" in change:
        return []
    pattern = phrase_pattern(tuple(triggers))
    named = [a for a in each if ((pattern and pattern.search(a.text)) or not _missed(a.text, change)
                                 or _named_by(a.text, change)) and not (_FORBIDS.search(a.text) and not _FORBIDS.search(change))]
    subjects = {said_of(a.text) for a in named} - {""}
    return [a for a in each if named and a not in named and a.required and not _BACK.search(a.text)
            and (stated(a.text) or instruction(a.text)) and (kind_of(a.duty).id not in covered or _other_figure(a, triggers))
            and said_of(a.text) not in subjects]


_FORBIDS = compiled(r"\b(?:is|are|be)\s+(?:not|never|no longer)\s+(?:used|practised|carried out)\b"
                    r"|\b(?:stop|stopped|stops|ban|banned|bans|prohibit|prohibited|prohibits)\b",
                    re.IGNORECASE)  # a practice to stop, not a result to reach ("calls are not missed")


def _measure(ask: Ask) -> bool:
    """A figure to track, asked outright or as what a review is for ("review the flow ... to reduce waiting times")."""
    return MEASURE in (kind_of(ask.duty).id, kind_of(duty(reviewed(ask.text) or ask.text)).id)


def _other_figure(ask: Ask, triggers: list[str]) -> bool:
    """A figure to track that names none of the triggers of the lines used: not the figure they track."""
    heads = tuple(dict.fromkeys(head for t in triggers if (head := _PLACED_AT.split(t)[0]) != t and len(head.split()) > 1))
    pattern = phrase_pattern(tuple(triggers) + heads)  # "waiting times in clinics" names the waiting times of the outpatient
    # department too: the same figure, said of another place
    return _measure(ask) and not (pattern and pattern.search(ask.text))


_PLACED_AT = compiled(r"\s+(?:in|at|on)\s+")


_TRACKED = compiled(r"\b(?:figures|data|waits|rates?|times)\b[^.;]*\bagainst the (?:target|trajectory)\b", re.IGNORECASE)
_STOCK_B = compiled(r"\b(?:the expected practice|what changes;|what changes,|at handover and team meetings;)", re.IGNORECASE)
# a topic's B that names no content of its own: the first ask is told too


def _told_plainly(asks_: list[Ask]) -> str:
    """B for asks of no kind of their own that a topic's B leaves out: what is asked, in its words."""
    named = "; ".join(quoted(a.text) for a in asks_)
    return f"Also tell them what is asked ({named})." if named and len(named.split()) <= MAX_ASK_WORDS else ""


def _recipient_unnamed(ask: str, line: str) -> bool:
    """The ask names whom something goes to ("compliance is reported to the maternity safety
    champions") and the lines never name them: reporting to the usual meeting does not do it."""
    m = _GOES_TO.search(ask)
    return bool(m) and bool(_stems(m.group(1)) - _stems(line))


_GOES_TO = compiled(r"\b(?:reported|shared|sent|escalated|fed back|presented|submitted)\s+(?:to|with)\s+(?:the\s+)?"
                    r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE)


def _results_unacted(ask: str, line: str) -> bool:
    """The ask is to act on what something found ("act on the results of monthly hand hygiene audits") and the lines
    name no action: a check that repeats the audit shows its results, not that they were acted on."""
    return bool(_ACTS_ON.search(ask)) and not _ACTIONS_NAMED.search(line)


_ACTS_ON = compiled(r"^(?:act|acts)\s+on\b|\b(?:results?|findings|outcomes?)\b[^.;]{0,60}\b(?:are|is)\s+acted\s+(?:on|upon)\b",
                    re.IGNORECASE)
_ACTIONS_NAMED = compiled(r"\b(?:actions?|acted\s+on|action\s+plans?)\b", re.IGNORECASE)


def _unnamed(ask: str, line: str) -> bool:
    """What the ask is about (its records, else its subject: "cleaning schedules", "the cleaning of
    commodes") is not named in the line by the last word of its name: a topic's check of the practice
    does not check a record the statement asks for separately."""
    named = about(ask)
    head = _stems(named.split()[-1]) if named else set()
    return bool(head) and not head & _stems(line)


def _missed(ask: str, line: str) -> bool:
    words = _stems(ask)
    if len(words) < MISSED_MIN:
        return False
    missing = words - _stems(line)
    return len(missing) >= MISSED_MIN and len(missing) >= MISSED_SHARE * len(words)


_ACRONYM = compiled(r"\b[A-Z]{2,6}\b")
_NAME = compiled(r"\b[A-Z][a-z]+(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][a-z]+)+")  # "Disclosure and Barring Service"


def _by_initials(text: str, line: str) -> str:
    """The names in the text that the line gives by their initials: a line saying "DBS check" names the
    "Disclosure and Barring Service checks" asked for."""
    short = set(_ACRONYM.findall(line))
    return " ".join(m.group(0) for m in _NAME.finditer(text) if "".join(w[0] for w in m.group(0).split() if w[0].isupper()) in short)


# A topic's own prompts only when the asks name it with at least this many trigger words and
# any other topic with under that many, or under half as many: a passing word ("records") or a
# statement about two problems gets the general prompts, which quote it, rather than prompts for
# one problem or the wrong one. Outside readers judged prompts on four sets of statements no
# prompt was written for (bench/eval_prompts.py): most misfits were a topic named by one word,
# a topic named only in a qualifier, or prompts for one of a statement's two asks.
SURE_TOPIC_WORDS = 2
# An ask of at most this many words that names no topic ("and that checks are recorded") follows
# on from the asks before it, as does one sharing a word with them ("and that each risk has a
# review date"); any other is a second problem the topic's prompts would not cover.
FOLLOW_ON_WORDS = 6
_SHARED_ENOUGH = 5  # letters two words must share from their start to be one word ("checks", "checked", "risk")
_TOO_COMMON = frozenset("patient patients people person staff service services trust provider ward wards every "
                        "regularly within their there where which should ensure that with have from they them this "
                        "these were been done made carried completed recorded".split())
_BACK = compiled(r"\b(?:it|its|them|these|those|this|such|accordingly)\b", re.IGNORECASE)  # "the actions to mitigate them"


def _asked_topic(found: list[Ask], written: list[Topic]) -> Topic | None:
    """The topic every ask is about: the theme's own when the asks name one, else the one they
    name most; the fallback when it is not named surely or the asks are about several; None when
    no ask names a topic at all. A theme's topic named weakly beside a stronger other is not
    passed over for that other ("training in end of life care" is training, weakly named):
    both are named, so neither is sure."""
    each = [_ask_phrases(a) for a in found]
    totals = {t.id: _score(set().union(*(p[t.id] for p in each))) for t in _table().topic}
    topic = (_best(totals, written) if written else None) or _best(totals)
    if topic is None:
        return None
    mine = totals[topic.id]
    sure = (mine >= SURE_TOPIC_WORDS or all(_bare(a.duty, p[topic.id]) for a, p in zip(found, each))) and all(
        score < SURE_TOPIC_WORDS or 2 * score <= mine for tid, score in totals.items() if tid != topic.id)
    covered = all(_about(topic, {tid: _score(ph) for tid, ph in p.items()}, a, found[:k])
                  for k, (a, p) in enumerate(zip(found, each)))
    listed = any(_listed_beside(a.duty, topic.id) for a in found)
    return topic if sure and covered and not listed else _table().topic[-1]


def _bare(duty: str, phrases: set[str]) -> bool:
    """The duty names the topic and says only that it was, or was not, done well ("Medicines were not managed
    safely"): a broad finding about the topic as a whole, which the topic's own lines break into its parts, named
    surely though in one word."""
    if not phrases:
        return False
    rest = duty.lower()
    for phrase in sorted(phrases, key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(phrase.lower())}s?\b", " ", rest)
    return all(word in _MANNER for word in re.findall(r"[\w’'-]+", rest))


_MANNER = frozenset("the its their is are was were be been being not always consistently managed handled safely safe "
                    "properly appropriately effectively correctly well".split())  # how a thing was done, nothing of what


def _listed_beside(text: str, topic_id: str, own: str = "") -> bool:
    """The topic is named by one item of a list whose other items name another topic ("learning from incidents,
    complaints and audits"): the ask is about them all, not surely about its one; an item the lines (`own`) name
    themselves is theirs ("evidence of appraisal and indemnity": the practising privileges review checks both)."""
    spans = {t.id: [m.span() for m in p.finditer(text)] if (p := _patterns()[i]) else [] for i, t in enumerate(_table().topic)}
    for listed in _LIST.finditer(text):
        start, end = listed.span("items" if listed["items"] else "pair")
        ending = {tid: [s for s in found if start < s[1] <= end] for tid, found in spans.items()}  # on one of its items
        theirs = [s for tid, found in ending.items() if tid != topic_id for s in found
                  if not (own and re.search(rf"\b{re.escape(text[s[0]:s[1]])}", own, re.IGNORECASE))]
        if any(t[0] >= m[1] or t[1] <= m[0] for m in ending[topic_id] for t in theirs):
            return True
    return False


_LIST = compiled(r"\b(?:from|of|about|on|for|with|in|into|to)\s+(?P<items>[\w’'-]+(?:\s*,\s*[\w’'-]+)+,?\s+(?:and|or)\s+[\w’'-]+)"
                 r"|\b(?:from|of|about)\s+(?P<pair>(?:[\w’'-]+\s+)?[\w’'-]+\s+(?:and|or)\s+[\w’'-]+(?:\s+[\w’'-]+)?)",
                 re.IGNORECASE)  # what the ask is of: "(learning from) incidents, complaints and audits", "(from) serious
# incidents and complaints", not "suitably qualified, competent and experienced staff" nor "(how to) report incidents
# and receive feedback"


def _best(totals: dict[str, int], among: list[Topic] | None = None) -> Topic | None:
    """The topic with most words named (among these), first in the file on a tie; None if none."""
    candidates = [t for t in _table().topic if totals[t.id] and (not among or t in among)]
    return max(candidates, key=lambda t: totals[t.id], default=None)


_AUDITS_OF = compiled(r"\b(?:carry out|carries out|complete|completes|undertake|undertakes|conduct|conducts|ensur(?:e|es|ing)(?:\s+that)?)\s+"
                      r"(?:regular\s+|the\s+|all\s+)?audits?\s+(?:of|on)\b|^(?:regular\s+)?audits?\s+(?:of|on)\b"
                      r"|\baudit\s+(?:protocols?|tools?|templates?)\b", re.IGNORECASE)  # "review the audit protocols of ...,
# such as radiography and infection control": the audits, whatever they are of
_REPORTED_AS = compiled(r"\b(?:reported|logged|raised)\s+(?:as|on|through|via|using|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:incidents?|safeguarding (?:concerns?|alerts?|referrals?)|complaints?)\b", re.IGNORECASE)
_BARE_DUTY = compiled(r"\b(?:act|acts|acted|work|works|operate|operates|practise|practises|comply|complies|arrangements)\s*$",
                      re.IGNORECASE)  # a duty that says only to act: what it acts on is in the qualifier


def _ask_phrases(ask: Ask) -> dict[str, set[str]]:
    """Trigger phrases of each topic the ask names, kept only for a topic its duty names: "enough
    staff on each shift so that fridge temperatures are checked" names no medicines topic; a time
    limit names none ("letters are sent within seven days of an appointment" is no seven-day service);
    what its examples name counts only for a topic its main clause names ("protocols for medicines
    prescribed 'as required' contain enough detail, including the use of validated pain assessment
    tools" is about the protocols, not pain); examples set between the subject and its verb by commas count for no topic
    of their own ("the systems that monitor performance, such as audits of care records, identify gaps" are no records)."""
    found = _named_phrases(ask)
    if aside := EXAMPLES_ASIDE.search(ask.duty):
        main = _phrases(TIME_LIMIT.sub("", ask.duty[:aside.start()] + ask.duty[aside.end():]))
        return {tid: phrases if main[tid] else set() for tid, phrases in found.items()}
    side = _EXAMPLES.search(ask.duty)
    if side and len(ask.duty[:side.start()].split()) >= MAIN_CLAUSE_WORDS \
            and any((main := _phrases(TIME_LIMIT.sub("", ask.duty[:side.start()]))).values()):
        return {tid: phrases if main[tid] else set() for tid, phrases in found.items()}
    return found


_EXAMPLES = compiled(r",?\s+" + EXAMPLE_OPENER + r"\s*", re.IGNORECASE)  # the words text.py opens examples with
_EXAMPLE_LIST = compiled(r",?\s+" + EXAMPLE_OPENER + r"\s*[^,;.\n]*", re.IGNORECASE)  # the examples, to their list's end
# (or their wording's: a cited must ends on its citation, no full stop)


def _named_phrases(ask: Ask) -> dict[str, set[str]]:
    """The phrases of each topic the ask's duty names, or what the duty is about when it only says to act."""
    if _AUDITS_OF.search(ask.duty) or AUDITS_FIND.match(ask.duty):  # "carry out audits of infection control", "audits
        # identify the concerns we found with risk assessments": the audits are what is asked, whatever they find
        return {t.id: set() for t in _table().topic}
    if reported := _REPORTED_AS.search(ask.duty):  # "pressure ulcers are reported as incidents": the reporting is asked
        return _phrases(ask.duty[reported.start():])
    if (aim := _AIM.search(ask.duty) or WHERE_WITH.search(ask.duty) or _ACROSS.search(ask.duty)) \
            and _names_object(ask.duty[:aim.start()]):
        return _phrases(TIME_LIMIT.sub("", ask.duty[:aim.start()]))  # "consider how theatre utilisation can be improved
        # to reduce the number of cancelled operations" is about theatre use: the aim is not the topic, nor where it is done
        # ("... video consultations in specialties with long waiting lists" is about the consultations)
    in_duty, in_all = _phrases(TIME_LIMIT.sub("", ask.duty)), _phrases(TIME_LIMIT.sub("", ask.text))
    if not any(in_duty.values()) and _BARE_DUTY.search(ask.duty):
        return in_all  # "act in accordance with the Mental Capacity Act": the qualifier is the duty
    if not any(in_duty.values()):  # "physical health ... is monitored in line with national guidance": no topic
        return in_duty
    return {tid: found if in_duty[tid] else set() for tid, found in in_all.items()}


_AIM = compiled(r"\s(?:in\s+order\s+)?to\s+(?:help\s+(?:to\s+)?)?(?:reduce|improve|increase|prevent|minimise|avoid|lower|cut|"
                r"promote|support)\b", re.IGNORECASE)  # a purpose clause after what the ask is about


_ACROSS = compiled(r"\s(?:across|throughout)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w’'-]+\s+){0,5}?(?:service|services|trust|"
                   r"organisation|hospitals?|wards|teams|units|sites|locations|directorate|division)\s*$", re.IGNORECASE)  # how widely
# something is done, named last ("lessons learned from incidents are shared across the end of life care service"): the
# service it is spread over names no topic; what is spread does


def _names_object(before: str) -> bool:
    """The words before a purpose clause name what is acted on (two words that are no verb: "theatre utilisation"),
    not only an act ("take action to reduce falls", "work with partners to ...", whose aim is what they are about)."""
    words = {w for w in re.findall(r"[a-z’']+", before.lower())
             if len(w) >= 4 and w not in IMPERATIVE and not w.endswith("ed") and w not in _TOO_COMMON}
    return len(words) >= 2


def _about(topic: Topic, scores: dict[str, int], ask: Ask, before: list[Ask]) -> bool:
    """This ask names the topic more strongly than any other, or as strongly as a broader one
    listed after it ("seclusion records are completed" is about seclusion; "competency checks
    before staff administer medicines" about medicines too), or names none and follows on from
    the asks before it (short, sharing a word with them, or a finding); a short one naming another
    topic by one passing word ("and that the checks are documented") follows on too: the check the
    topic's lines leave out is added to them (`_with_missed_asks`)."""
    mine = scores[topic.id]
    if mine:
        order = [t.id for t in _table().topic]
        rank = order.index(topic.id)
        return all(score < mine or (score == mine and order.index(tid) > rank)
                   for tid, score in scores.items() if tid != topic.id)
    if any(scores.values()) and (max(scores.values()) >= SURE_TOPIC_WORDS
                                 or len(ask.text.split()) > FOLLOW_ON_WORDS and not _named_before(ask, before)):
        return False
    if _named_by(ask.text, f"{topic.audit} {topic.evidence}"):
        return True  # "... and that searches are run for affected patients": the topic's own checks name it
    if not before:  # the first ask has nothing to follow on from ("people important to them")
        return not ask.required
    return (not ask.required or len(ask.text.split()) <= FOLLOW_ON_WORDS or bool(_BACK.search(ask.text))
            or bool(_stems(ask.text) & {stem for b in before for stem in _stems(b.text)}))


def _named_before(ask: Ask, before: list[Ask]) -> bool:
    """The ask is said of "the" thing an ask before it named ("... authorised by a valid certificate of consent to
    treatment and that the certificate is attached to the prescription chart"): the same thing, followed on, though
    where it is kept names another topic by a passing word."""
    m = _THE_NAMED.match(said_of(ask.text))
    return bool(m) and any(_stems(m["head"]) & _stems(b.text) for b in before)


_THE_NAMED = compiled(r"^(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?the\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[\w’'-]+)$", re.IGNORECASE)
# ("a copy of the certificate is kept with the medication chart": a copy of the thing named before is that thing)


def _named_by(ask: str, line: str) -> bool:
    """At least half the ask's distinctive words, and two or more, are in the line."""
    words = _stems(ask)
    return len(words & _stems(line)) >= max(MISSED_MIN, len(words) / 2)


def _stems(text: str) -> set[str]:
    return {w[:_SHARED_ENOUGH] for w in re.findall(r"[a-z]+", text.lower())
            if len(w) >= 4 and w not in _TOO_COMMON}


def _phrases(text: str) -> dict[str, set[str]]:
    """Each topic's trigger phrases found in the text; a phrase found only inside a longer phrase of
    another topic does not count ("incident" inside "notifiable safety incident" names no incident topic).
    Found once per text and process (an action's topic, its asks' topics and their checks look again: 142 times
    for 67 texts on an 82-page report); each caller gets sets of its own."""
    return {tid: set(phrases) for tid, phrases in _found_phrases(text).items()}


@lru_cache(maxsize=4096)
def _found_phrases(text: str) -> dict[str, frozenset[str]]:
    found = {t.id: [(m.start(), m.end(), m.group(0).lower()) for m in p.finditer(text)] if (p := _patterns()[i]) else []
             for i, t in enumerate(_table().topic)}
    found = _claimed_by_variants(text, found)
    spans = [(a, b, tid) for tid, hits in found.items() for a, b, _ in hits]
    return {tid: frozenset(phrase for a, b, phrase in hits
                  if not any(o != tid and oa <= a and b <= ob and ob - oa > b - a for oa, ob, o in spans)
                  and not _for_people(text[:a]) and not _MEANS.search(text[:a])
                  and not (STANDARD.search(text[:a]) and names_record(phrase))
                  and not (phrase[-1:].isdigit() and _GRADED.match(text[b:]))
                  and not _RECOMMENDING.match(text[b:])
                  and not _EVERY.search(text[:a])
                  and not _instead_of(text, a, [(ob, o) for oa, ob, o in spans if o != tid and ob <= a]))
            for tid, hits in found.items()}  # "at the frequency set out in their care plan": the standard, not the topic


def _claimed_by_variants(text: str, found: dict[str, list[tuple[int, int, str]]]) -> dict[str, list[tuple[int, int, str]]]:
    """A phrase one of a named topic's variants was written for belongs to that topic, not to another topic that also
    names it: "patients on antipsychotic medication have physical health checks" is medicines monitoring, not health
    promotion. The topic must be named by a phrase no other topic shares."""
    spans = [(a, b, tid) for tid, hits in found.items() for a, b, _ in hits]
    for i, topic in enumerate(_table().topic):
        named = any(not any(o != topic.id and oa < b and a < ob for oa, ob, o in spans)
                    for a, b, _ in found[topic.id])  # by a phrase of its own: not "assessment" inside "risk assessment",
        # nor "feedback", which names engagement as much as complaints
        if not named or not (pattern := _variant_patterns()[i]):
            continue
        for m in pattern.finditer(text):
            a, b = m.start(), m.end()
            shared = any(tid != topic.id and h[0] < b and a < h[1] for tid, hits in found.items() for h in hits)
            if shared and not any(oa < b and a < ob for oa, ob, _ in found[topic.id]):  # "ligature points": its own
                found = {tid: [h for h in hits if not (h[0] < b and a < h[1])] for tid, hits in found.items()}
                found[topic.id].append((a, b, m.group(0).lower()))
    return found


def _instead_of(text: str, start: int, before: list[tuple[int, str]]) -> bool:
    """The phrase is offered in place of another topic's just named ("a DBS check or a risk assessment"): what is
    asked is the first; the stand-in names no topic of its own."""
    m = _OR_INSTEAD.search(text[:start])
    return bool(m) and any(m.start() - ALTERNATIVE_GAP <= end <= m.start() for end, _ in before)


_OR_INSTEAD = compiled(r",?\s+or\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
ALTERNATIVE_GAP = 20  # characters between the first phrase and its "or" ("DBS check, or"): the same noun phrase


def _for_people(before: str) -> bool:
    """The phrase follows "patients with (a)" inside the ask: "coding patients with a learning disability"
    is about coding; as the ask's subject ("patients with suspected sepsis are screened") it still counts. Those the
    ask includes ("for all patients, including those waiting in corridors") are whom it is for, wherever they stand."""
    m = _PEOPLE_WITH.search(before)
    return bool(m and before[:m.start()].strip()) or bool(_INCLUDING_PEOPLE.search(before))


# what an ask is justified or informed by, or the requirements it must meet, not what it is about: "blanket restrictions
# are justified by individual risk assessments" is about the restrictions; "access to psychological therapies recommended
# by NICE" (or "NICE-recommended therapies", `_RECOMMENDING`) about the therapies, not a guideline to ratify; "mixed-sex accommodation meets the
# requirements of the Code of Practice" about the accommodation, as are rooms reviewed "so that they meet national guidance"
_MEANS = compiled(r"\b(?:(?:justified|supported|informed|underpinned|evidenced|backed\s+up|based|recommended|endorsed)\s+(?:by|on|in)"
                  r"|(?:meets?|meeting|compl(?:y|ies))\s+(?:with\s+)?(?:the\s+|all\s+)?requirements\s+(?:of|in))\s+(?:[\w’'-]+\s+){0,4}$"
                  r"|\bso\s+that\s+(?:they|it)\s+(?:meet|meets|comply\s+with|complies\s+with)\s+(?:the\s+|all\s+|current\s+|relevant\s+)*$",
                  re.IGNORECASE)
_EVERY = compiled(r"\b(?:every|each)\s+$", re.IGNORECASE)  # "checked every four hours": how often, no four-hour wait
_RECOMMENDING = compiled(r"[- ](?:recommended|endorsed|approved)\b", re.IGNORECASE)  # "NICE-recommended therapies"
# a grade said of the patients or beds after it ("one registered nurse for every level 3 patient"): the level of care they
# need, whom the ask is for, not a course of that level
_GRADED = compiled(r"\s+(?:patients?|beds?|care|babies|infants|cots?)\b", re.IGNORECASE)
# who an ask is for, not what it is about
_PEOPLE_WITH = compiled(r"\b(?:patients|people|persons?|children|adults|residents|women|those)\s+(?:\w+\s+)?"
                        r"(?:with|who have|(?:who\s+are\s+)?receiving|who\s+receive)\s+(?:a\s+|an\s+)?$", re.IGNORECASE)
# ("... syringe pumps used for patients receiving end of life care": whom the pumps are used for, not care planning)
_INCLUDING_PEOPLE = compiled(r"\bincluding\s+(?:all\s+)?(?:those|patients|people|persons|children|adults|residents|women)\s+"
                             r"(?:who\s+(?:are|were)\s+)?$", re.IGNORECASE)


def _scores(text: str) -> dict[str, int]:
    return {tid: _score(found) for tid, found in _phrases(text).items()}


def choose_topic(wording: str) -> tuple[Topic, int]:
    """The topic whose triggers match most words, and that count; a tie goes to the topic listed
    first. Nothing matched: the fallback topic, 0."""
    topic = _best(_scores(wording))
    return (topic, _scores(wording)[topic.id]) if topic else (_table().topic[-1], 0)


def _lines(topic: Topic, wording: str, setting: str) -> dict[str, str]:
    """The topic's four lines, with those of the variant the wording names replacing them; when it
    names two (fluid charts and help at mealtimes) the topic's own lines, which cover both."""
    lines = {line: getattr(topic, line) for line in LINES}
    if variant := _variant(topic, wording, setting):
        lines |= {line: text for line in LINES if (text := getattr(variant, line)) is not None}
    return lines


def _named_variants(topic: Topic | None, wording: str, setting: str) -> list[Variant]:
    """The topic's variants for this setting whose triggers the wording names (and none of what they leave out, outside
    their own triggers: "clean their hands" is hand hygiene, its "clean" no cleaning task)."""
    return [v for v in (topic.variant if topic else ()) if (not v.settings or setting in v.settings)
            and _matches(phrase_pattern(tuple(v.triggers)), wording)
            and not (v.unless and _left_out(v, wording))]


def _left_out(variant: Variant, wording: str) -> bool:
    """The wording names what the variant leaves out (its `unless`), other than as a word of one of its own triggers'
    phrases ("clean" in "clean their hands")."""
    own = [m.span() for m in phrase_pattern(tuple(variant.triggers)).finditer(wording)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in own) and not _INCLUDING_PEOPLE.search(wording[:m.start()])
               for m in phrase_pattern(tuple(variant.unless)).finditer(wording))


def _variant(topic: Topic, wording: str, setting: str) -> Variant | None:
    """The one variant of the topic the wording names, in a setting it was written for ("visits" are
    care workers' rotas only in domiciliary care); none when it names none or two, unless one of them alone was
    written for this setting (a DNACPR decision is the crew's to check, not to make, in an ambulance service); in a wording
    that asks nothing, the one its first finding naming one names (the others are listed as findings to put right)."""
    main = _EXAMPLE_LIST.sub("", wording)  # what its lines are about named, not only as an example ("checks, including
    # those for patients prescribed antipsychotics": the checks of every patient; "arrangements for the recording and safe
    # administration of medicines, including medicines given covertly": all medicines, not the covert variant's alone)
    every = [v for v in _named_variants(topic, wording, setting)
             if not v.needs or _matches(phrase_pattern(tuple(v.needs)), main)]
    named = [v for v in every if _matches(phrase_pattern(tuple(v.triggers)), main)]
    if len(named) < len(every):  # beside one named only as an example, one named by a word of a list ("prescribed, stored
        # and recorded ..., including patient group directions") does not lead either: only one named surely
        named = [v for v in named if _score(_matches(phrase_pattern(tuple(v.triggers)), main)) >= SURE_TOPIC_WORDS]
    own = [v for v in named if v.settings]
    if len(named) > 1 and not own and main != wording:  # "physical health checks,
        # including ECGs and blood tests": the one named surely outside the examples, which say what it covers; not
        # "prescribed, stored and recorded ..., including ...", whose one word "stored" is one item of its list
        named = [v for v in named if _score(_matches(phrase_pattern(tuple(v.triggers)), main)) >= SURE_TOPIC_WORDS] or named
    if len(named) > 1 and not own and (kinds := {_fix(a.duty).id for a in composable(wording)}) \
            and len(fit := [v for v in named if kinds <= set(v.kinds)]) == 1:  # "learning from incidents ... is fed back
        return fit[0]  # to the staff who reported them": the variant written for the kind of fix every ask needs
    if len(named) > 1 and not own and not composable(wording):  # a breach passage's findings, each its own issue
        return next((v for f in findings(wording) if (v := _variant(topic, f, setting))), None)  # the first found leads
    return named[0] if len(named) == 1 else own[0] if len(own) == 1 else None


_BREACH = compiled(rf"\bbreach(?:ed|es)?\b|\bnot (?:being )?met\b|\b{ENFORCED}", re.IGNORECASE)  # says what failed, or what
# CQC did about it ("We issued a warning notice"), not what to do
MAX_ASK_WORDS = 30  # a longer ask reads as a copy of the statement, not a pointer to it
MAX_QUOTE_WORDS = 55  # the asks of all an action's wordings together: more reads as a copy of them


def asked(wording: str) -> str:
    """"the sluice room is kept locked when not in use" from "The provider should ensure that
    the sluice room is kept locked when not in use."; the first wording of an action, whole
    (a second sentence may ask for a second thing), and empty when that is over MAX_ASK_WORDS:
    the general prompts quote it so a lead sees which problem they are for, never half of it."""
    first = " ".join(wording.strip().split("\n")[0].split())
    ask = re.sub(r"^that:\s*", "", bare(first)).rstrip(" .;:,")  # "ensure that: a; b; and c"
    if not ask or len(ask.split()) > MAX_ASK_WORDS:
        return ""
    return inline(ask)


def quoted_asks(wording: str) -> str:
    """What every wording of an action asks, once each ("a; b"): each wording whole, or when that
    is long the duty of each of its asks ("patients are triaged within 15 minutes; early warning
    scores are escalated"); empty when that is still too long, when a wording also has findings
    (quoting its duty alone would hide them) or all together are over MAX_QUOTE_WORDS: quoting
    some asks would hide the others."""
    found: dict[str, str] = {}
    for line in wordings(wording):  # a list printed a line an item is one wording's
        ask = (_breached(line) if _is_breach(line)
               else _duties(line) if any(names_failing(a.text) for a in asks(line)) else asked(line) or _duties(line))
        if not ask:
            return ""
        if not any(_alike(ask, other) for other in found):  # "... NICE guidance" and "... national guidance": one
            found[ask] = ask
    quote = "; ".join(found.values())
    return quote if len(quote.split()) <= MAX_QUOTE_WORDS else ""


def _alike(ask: str, other: str) -> bool:
    """Two wordings of one ask: the same subject, and what is asked of it the same but for a word or two
    ("most often spoken" and "most commonly spoken", "NICE guidance" and "national guidance"), so quoted
    and checked once; "the first forms" and "the second forms" are two things."""
    if re.sub(r"[^a-z]", "", duty(ask).lower()) == re.sub(r"[^a-z]", "", duty(other).lower()):
        return True
    (mine_subject, mine), (their_subject, theirs) = ((_SUBJECT_VERB.split(t.lower(), maxsplit=1) + [""])[:2]
                                                      for t in (duty(ask), duty(other)))
    whole = min(len(re.findall(r"[a-z]{3,}", duty(t).lower())) for t in (ask, other))
    mine, theirs = (set(re.findall(r"[a-z]{3,}", t)) for t in (mine, theirs))
    return (mine_subject.strip() == their_subject.strip() and whole >= ALIKE_MIN_WORDS
            and len(mine - theirs) <= 1 and len(theirs - mine) <= 1)


ALIKE_MIN_WORDS = 6  # shorter asks a word apart are two asks ("the sluice is kept locked", "... kept clean")
_SUBJECT_VERB = compiled(r"\s(?:is|are|has|have)\s")


def _is_breach(line: str) -> bool:
    """The wording says what failed ("The provider had failed to ...", "Care plans did not reflect ...",
    "This was a breach of regulation 9"): quoted by the duties it breached, never as it reads."""
    found = asks(line)
    return (any(_FAILED.search(a.text) or _THING_FAILED.match(a.text) or _NOT_ALL.match(a.text) or NO_ASK.match(a.text)
                for a in found)
            or bool(found and _NEGATED.match(found[0].text))
            or any(BREACH_REASON.match(s.strip()) for s in sentences(line)))  # "... in breach of regulation 17 as ..."


def _breached(line: str) -> str:
    """A breach paragraph ("The provider had failed to ..., and staff did not know ...") quoted by the
    duties it breached, in the present, never by its failings, which would read as the goal; not at
    all when it lists findings, which the duty alone would hide."""
    parts = [] if findings(line) else [a.text for a in composable(line)]
    if any(_STILL_FAILING.search(p) for p in parts):  # a failing no duty could be read from: not quoted as the goal
        return ""
    return "; ".join(inline(p) for p in parts)


_STILL_FAILING = compiled(r"\b(?:was|were|did|had|has|have)\s+not\b|\bhad\s+(?!been\b)\w+ed\b", re.IGNORECASE)


def _duties(line: str) -> str:
    """Each ask of the line, when all ask ("...: hoists, which had not been serviced" is a finding, not quoted)."""
    each = [a for a in asks(line) if not names_failing(a.text)]
    quote = "; ".join(quoted(a.text) for a in each)
    if not each or not all(a.required for a in each) or len(quote.split()) > MAX_QUOTE_WORDS:
        return ""
    return inline(quote)


def _filled(text: str, ask: str) -> str:
    """A prompt with its "{ask}" filled in, or the parenthesis around it left out."""
    return text.replace("{ask}", ask) if ask else re.sub(r"(?:\s+for what is asked)?\s*\([^()]*\{ask\}[^()]*\)", "", text)


def _written_for(theme: str | None) -> list[Topic]:
    """The topics written for this theme (its printed name)."""
    found = named(theme)
    return [t for t in _table().topic if found and found.id in t.themes]


def _score(phrases: set[str]) -> int:
    """Words matched: "mandatory training" (2) outweighs a passing "safeguarding" (1); an abbreviation stands for a
    phrase, so "a DBS check" names recruitment as surely as "risk assessment" names the risk topic."""
    return sum(max(len(p.split()), ABBREVIATION_WORDS if p in _abbreviations() else 1) for p in phrases)


ABBREVIATION_WORDS = 2  # the fewest words a phrase an abbreviation stands for has


@cache
def _abbreviations() -> frozenset[str]:
    """The triggers written in capitals (DBS, MAR, VTE), as the lowercase phrases `_phrases` finds."""
    return frozenset(w.lower() for t in _table().topic for v in (t, *t.variant) for w in v.triggers
                     if len(w) > 1 and w.isupper())


def _matches(pattern: re.Pattern[str] | None, wording: str) -> set[str]:
    """Different phrases found: "care plan" twice counts once; not one naming whom the ask includes ("including those
    waiting in corridors": the patients it is for, not a waiting list)."""
    if pattern is None:
        return set()
    return {m.group(0).lower() for m in pattern.finditer(wording) if not _INCLUDING_PEOPLE.search(wording[:m.start()])}


@cache
def _table() -> ScaffoldTable:
    return load(ScaffoldTable, "scaffolds.toml")


@cache
def _patterns() -> list[re.Pattern[str] | None]:
    return [phrase_pattern(tuple(t.triggers)) for t in _table().topic]


@cache
def _variant_patterns() -> list[re.Pattern[str] | None]:
    return [phrase_pattern(tuple(w for v in t.variant for w in v.triggers)) for t in _table().topic]


def prepare() -> None:
    """Compile the vocabularies the actions' prompts are chosen with now (they are cached), e.g. while pages are
    read: the kinds of ask and the topics' triggers, which every action asks, each topic's variants' triggers
    together, which every action named by a topic asks (`_claimed_by_variants`), and the variants' triggers, which
    an action no topic's words claim asks of every topic (`_claimed`)."""
    compose.prepare()
    _patterns()
    _variant_patterns()
    for topic in _table().topic:
        for variant in topic.variant:
            phrase_pattern(tuple(variant.triggers))
    keep()
