"""B, C and evidence prompts composed from a statement's own asks, in the words of its setting.

A topic's prompts (vocab/scaffolds.toml) are written for one kind of problem; an ask they do not
cover would otherwise get a line that is the same whatever the statement ("Tell everyone affected
..."), which a reader cannot start from. So each ask gets lines of its kind (vocab/asks.toml): who
to tell and what, what to check on what sample and how often, and the record it leaves; a one-off
job (repair, install, appoint, submit, update a document) gets one dated check and its record, not
months of audits. Who is told, how and at which meeting come from the setting (vocab/settings.toml:
a GP practice has no ward and no board, a domiciliary agency no shifts of nurses), read from the
report's type, the core service, then the statement's words.
"""

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import NamedTuple, Protocol

from pydantic import BaseModel, ConfigDict, model_validator

from ..vocab import load
from .asks import IMPERATIVE, asks, duty, head_noun, is_plural, present_form, says_failing
from .regex_programs import compiled
from .text import EXAMPLE_OPENER, inline

DEFAULT = "service"  # the id of the last row of vocab/settings.toml
LEADERSHIP_THEMES = frozenset({"leadership", "vision"})  # vocab/themes.toml ids whose checks go to the leaders


class Setting(BaseModel):
    """One row of vocab/settings.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str
    report_types: list[str] = []
    shares_report_types: list[str] = []  # another setting's report types, this setting's when the report's words name it
    services: list[str] = []
    cues: list[str] = []
    cues_decide: bool = False  # its cues, named in the statement, choose it before the core service it is printed under
    activities: list[str] = []  # regulated activities that alone say it, for a report sharing another's type (`_sharing`)
    never_a_trust: bool = False  # no NHS trust's service, though it has no report type of its own (a domiciliary agency)
    staff: str
    channels: str
    forum: str
    leaders: str
    owner: str
    registered: str = "the registered manager"  # who owns a duty of the registration (ratings display, notifications)
    senior: str = "the {org}'s executive lead for the area and the divisional or service director"  # the leaders' own asks
    personnel: str = "HR"  # who recruits and keeps the personnel files (a practice's manager, not an HR department)
    writers: str = ""  # who write its clinical records, when not all its staff (a dental practice's receptionists do not)
    medicines_lead: str = "the pharmacist or medicines lead"  # who advises on its medicines (a dental practice has no pharmacist)
    medicine_records: str = "MAR/ePMA charts"  # where each dose given is recorded (an urgent treatment centre has no MAR
    # charts: its prescriptions and PGD records)
    running: str = ""  # who decides the place's own running (its fridges, premises and rota, its staff's training and
    # supervision), when not `owner`: a ward's manager and matron, not its consultant psychiatrist


class Core(BaseModel):
    """One [[core]] row of vocab/settings.toml: a hospital core service and the places that are its."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    services: list[str]
    places: list[str]


class SettingTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    senior_cues: list[str] = []  # an ask naming one of these is the leaders' own (the board, the manager's post)
    senior_lookalikes: list[str] = []  # phrases holding a cue that name no leaders (a signing-out board, a board round)
    hospital_report_types: list[str] = []  # a hospital's or trust's reports: no setting with report types of its own
    setting: list[Setting]
    core: list[Core] = []  # the core service the places a statement names belong to

    @model_validator(mode="after")
    def _last_is_the_default(self) -> "SettingTable":
        plain = [s.id for s in self.setting if not (s.report_types or s.services or s.cues)]
        if plain != [self.setting[-1].id]:
            raise ValueError("exactly one setting, the last, must have no report_types, services or cues")
        for s in self.setting:
            _compiled(tuple(s.services))
        return self


class KindVariant(BaseModel):
    """A narrower case of a kind ([[kind.variant]] in vocab/asks.toml: posts to recruit to, beside the establishment's
    caseloads): an ask matching one of its patterns gets its lines in place of the kind's."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    patterns: list[str]
    who: str = ""  # who does it, told first beside the staff the statement names (learning shared: those who share it)
    alone: bool = False  # `who` alone told when the statement names no staff (audits done at a rate: the auditors)
    partner: str = ""  # who else decides it, in place of the kind's (posts to recruit to: whoever recruits, `{personnel}`)
    change: str = ""
    tell: str = ""
    check: str = ""
    evidence: str = ""


_PARTS = compiled(r"\s+and\s+|;\s+", re.IGNORECASE)  # the parts of an ask a kind's variant is looked for in (not its
# commas: "governance arrangements, including the risk register, ...": the register is the case the arrangements name)


class Kind(BaseModel):
    """One row of vocab/asks.toml: a kind of ask and the lines it gets."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    one_off: bool = False
    to_leaders: bool = False
    senior: bool = False  # the leaders' own to decide (a post to fill, a manager's support): A is decided with them
    provider_duty: bool = False  # a duty of the registration: decided with the registered manager, not the service's own
    own_lines: bool = False  # no topic's stock lines fit it unless the topic lists it (vocab/scaffolds.toml `kinds`)
    topic_gate: bool = False  # a kind of fix of its own (a measure, cover on the rota): no topic's lines unless it `fits` them
    running: bool = False  # the place's own running, no clinical decision (a fridge's readings, the rota, staff's supervision):
    # decided with the setting's `running` managers
    of_people: bool = False  # about who is there to do the work (cover on the rota, a post to fill): not an ask naming no one
    who: str = ""  # who does it, told when neither the statement nor its setting names anyone
    who_first: bool = False  # `who` is told even where the setting names its staff (a review's managers)
    channels: str = ""  # how `who` is told, in place of the setting's channels (managers at their own meetings)
    patterns: list[str] = []
    change: str  # what A decides: the process to change, not the statement again
    partner: str = ""  # who else decides it (estates for works, the training lead for training)
    tell: str
    tell_others: str = ""  # B told to staff who are not its `who` (crews told of audits they do not carry out): what
    # changes for them and how they hear the results, not the owners' or auditors' own duties
    check: str
    evidence: str
    plain_change: str = ""  # A, C and evidence when the ask names nothing to sample and is an instruction
    plain_check: str = ""  # ("use outlier alerts to review ..."): no "daily practice", no "audit 10 records"
    plain_evidence: str = ""
    variant: list[KindVariant] = []

    def narrower(self, ask: str) -> KindVariant | None:
        """The variant the ask is a case of, if any: not when the ask names the kind somewhere else too ("staff follow
        the lone working policy and have working lone worker devices": the kind's lines check both parts, the
        devices' variant one)."""
        v = next((v for v in self.variant if any(p.search(ask) for p in _compiled(tuple(v.patterns)))), None)
        return None if v and self._named_beside(ask) else v

    def _named_beside(self, ask: str) -> bool:
        """A part of the ask (between its "and"s) that the kind's own patterns match and that no match of a
        variant's patterns reaches into (asks of two variants joined keep the first's lines, as before)."""
        kind = _compiled(tuple(self.patterns))
        spans = [m.span() for v in self.variant for p in _compiled(tuple(v.patterns)) for m in p.finditer(ask)]
        joins = list(_PARTS.finditer(ask))
        parts = zip([0, *(m.start() for m in joins)], [*(m.end() for m in joins), len(ask)])  # each with the "and"s
        # beside it, which a variant may begin on ("... and involves the person's carers")
        return any(any(p.search(ask, start, end) for p in kind) and not any(a < end and start < b for a, b in spans)
                   for start, end in parts)

    def told(self, ask: str) -> str:
        """What B tells of this ask: its variant's tell, else the kind's."""
        return v.tell if (v := self.narrower(ask)) and v.tell else self.tell

    def line(self, field: str, ask: str) -> str:
        """Its change, check or evidence line for this ask: its variant's; else the plain change for an instruction;
        the plain check and evidence when the ask names no records, and is an instruction or names no subject or
        people either, so no "audit 10 records" is invented."""
        if (v := self.narrower(ask)) and getattr(v, field):
            return getattr(v, field)
        plain = getattr(self, f"plain_{field}")
        main = _WHERE_CLAUSE.sub("", ask)
        if field == "change":  # "so that this was done: improve ..." misreads an instruction as daily practice
            return plain if plain and instruction(main) else self.change
        verb = _VERB.search(main)
        if plain and "{kept" in plain and _kept(main) and not _PEOPLE.search(main[:verb.start() if verb else 0]):
            return plain  # "office staff act on alerts": the alert log shows it; "patients are tested": their records
        if plain and (not records_named(main) or _one_document(main)) and (
                instruction(main) and not _PEOPLE.search(main)
                or not (_subject(main) or _PEOPLE.search(main) or _STAFF.match(_LEADING.sub("", main)))):  # staff's practice is watched
            return plain
        return getattr(self, field)


class Source(BaseModel):
    """One [[source]] row of vocab/asks.toml: where a measure's figures come from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    patterns: list[str]
    data: str


class Role(BaseModel):
    """One [[role]] row of vocab/asks.toml: who carries out a manager's task (answering complaints)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    patterns: list[str]
    who: str
    alone: bool = False  # a task no front-line member of staff shares (recruiting): told to them alone
    channels: str = ""  # how they are told when told alone (a bookings team is not at the ward's huddles)


class Party(BaseModel):
    """One [[party]] row of vocab/asks.toml: an organisation or team outside the setting that an ask's arrangement is
    made with (the NHS hospital patients are transferred to, the bed managers a bed is waited for from)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    patterns: list[str]  # a group named `party` is the party as the statement names it
    who: str = ""  # the party, when the patterns name none
    step: str = ""  # what A agrees with them ({party}), beside the ask's own steps

    def named(self, ask: str) -> tuple[str, str] | None:
        """The party this ask names and the step agreed with it, if it names one."""
        m = next((m for p in _compiled(tuple(self.patterns)) if (m := p.search(ask))), None)
        if not m:
            return None
        who = m.groupdict().get("party") or self.who
        return who, self.step.replace("{party}", who)


class KindTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    kind: list[Kind]
    observed: list[str] = []  # what is seen, not recorded: checked by watching practice
    looked: list[str] = []  # what is looked at on the premises, not written in anyone's notes: a walk-round
    fixed: list[str] = []  # equipment fixed in place, looked at where it is, though named for its checks
    fittings: list[str] = []  # fixtures and furniture, bought or built like the premises
    built: list[str] = []  # features a fitting or a place is given by buying or building it: work to order
    went_well: list[str] = []  # patterns of what went well, said beside a breach ("staff were kind"): no finding to put right
    doers: list[str] = []  # who or what does the work, beside the staff `_STAFF` names: a kind `of_people` needs one named
    source: list[Source] = []
    kept: list[Source] = []  # where the catch-all check finds what shows practice ([[kept]]: weekend cover on the rota)
    staff_list: str = "the staff list"  # what a check "against {staff_list}" runs down, unless a [[roster]] row matches
    roster: list[Source] = []  # workers on no staff list (agency, bank, locum): the rotas that name them
    roster_channels: str = ""  # how they are told when they alone are told: seldom at a ward's huddles or meetings
    role: list[Role] = []
    party: list[Party] = []  # outside parties an arrangement is made with: decided with them too (A)

    @model_validator(mode="after")
    def _last_takes_the_rest(self) -> "KindTable":
        if [k.id for k in self.kind if not k.patterns] != [self.kind[-1].id]:
            raise ValueError("exactly one kind, the last, must have no patterns")
        for k in [*self.kind, *(v for k in self.kind for v in k.variant), *self.source, *self.kept, *self.role, *self.party]:
            _compiled(tuple(k.patterns))
        _compiled(tuple(self.went_well))
        return self


class Place(NamedTuple):
    """Where an action is carried out: its setting, with the core service filled in."""

    setting: str
    staff: str
    channels: str
    forum: str
    leaders: str
    owner: str
    registered: str
    senior: str
    personnel: str
    writers: str
    medicines_lead: str
    medicine_records: str
    running: str


def place_for(wording: str, services: list[str] = (), report_types: list[str] = (), report: str = "") -> Place:
    """The setting of a statement: the report's type says it, else its core service, else the words of
    its report of one location (`report`: its names and statements; an assessment of a care home is a care
    home's, though one statement asks for oral health training), else its own words (most cues named; on a
    tie the one whose service the statement, else the report, names, "Residential Homes Ltd"; else the first
    in the file), else the last row."""
    table = _settings().setting
    service = next(iter(services), None)
    by_service = _by_service(table, service, wording) if service else None
    trusts = bool(_A_TRUST.search(wording))  # "The trust must ...": no GP, dental practice or care home is a trust
    chosen = next((s for s in table if not (trusts and s.report_types)
                   and any(r.startswith(p) for p in s.report_types for r in report_types)), by_service)
    if chosen is not None and chosen is not by_service:
        chosen = _sharing(table, chosen, report_types, report or wording) or chosen
    report = "\n".join(line for line in report.splitlines() if not line.startswith(ACTIVITY))  # the activities say
    # whose registration it is (`_sharing`), no cue of any setting's words
    if (own := next((s for s in table if s.cues_decide and _cue_hits(s, wording)), None)) \
            and not (chosen is not None and chosen.report_types):  # "the medical advisory committee" under Surgery: the
        chosen = own  # independent hospital's own body, its leaders and meetings, not a trust core service's (a GP's or
        # dental practice's report type still decides)
    joined = []
    if chosen is None or chosen is not by_service:  # a service name no setting knows is not printed
        service = None
    elif service:
        service = _place_named(wording, list(services)) or service  # "the paediatric ward", under A&E: children's
        joined = [inline(_SERVICE_KIND.split(s)[-1])  # "Independent hospital - Surgery", "Independent hospital: surgery"
                  for s in dict.fromkeys([service, *services[1:]])]  # an action joined across services: each one's staff
        service = _listing(joined)
    if chosen is None:  # a prison's healthcare printed as a hospital's report: "HMP Eastmoor" says it; a trust-wide
        # statement of "Westmarch Ambulance Service NHS Trust" is told to its crews, whatever "the trust" cues
        chosen = next((s for s in table if (s.shares_report_types or not s.report_types) and _names_service(s, report)), None)
    if chosen is None:
        counts = _cue_counts(table, report, lambda s: trusts and (bool(s.report_types) or s.never_a_trust))
        if not any(counts):  # a hospital's statement naming "relatives" is no care home's: a setting with report types
            # of its own (a GP practice, a care home) is that type's, never read from a hospital statement's words
            hospital = any(r.startswith(p) for p in _settings().hospital_report_types for r in report_types)
            counts = _cue_counts(table, wording, lambda s: (hospital or trusts) and (bool(s.report_types) or s.never_a_trust))
        best = max(counts)
        tied = [s for s, count in zip(table, counts) if best and count == best]
        named = [s for s in tied if any(p.search(wording) for p in _compiled(tuple(s.services)))] or \
            [s for s in tied if any(p.search(report) for p in _compiled(tuple(s.services)))]  # "... Residential Homes Ltd"
        chosen = (named or tied or [table[-1]])[0]  # "the practice" and "dental care records": the setting the words name
    if chosen is not by_service:
        chosen = _own_of_two(table, chosen, wording, report)
    org = "trust" if _TRUST.search(wording) else "provider"
    place = Place(chosen.id, *(_with_service(getattr(chosen, f), service, joined).replace("{org}", org)
                               for f in ("staff", "channels", "forum", "leaders", "owner", "registered", "senior",
                                         "personnel", "writers", "medicines_lead", "medicine_records", "running")))
    if len(joined) > 1:
        place = _across_settings(table, place, list(services), joined, wording, org)
    return place._replace(channels=reachable(place.channels, wording), writers=place.writers or place.staff,
                          running=place.running or place.owner)


def _across_settings(table: list[Setting], place: Place, services: list[str], joined: list[str], wording: str,
                     org: str) -> Place:
    """An action joined across services of different settings (maternity's fridges with the children's ward's and
    outpatients'): each setting's staff told, through every setting's channels, decided with each setting's own managers
    (the medical wards' appraisals beside the community teams'), and each service's own meeting reported to, not the
    first service's alone."""
    settings = [_by_service(table, service, wording) for service in dict.fromkeys([*services])]
    if len({s.id for s in settings if s}) < 2 or len(settings) != len(joined):
        return place
    by_setting: dict[str, tuple[Setting, list[str]]] = {}
    for setting, name in zip(settings, joined):
        by_setting.setdefault(setting.id if setting else "", (setting, []))[1].append(name)
    staff = [_with_service(s.staff, _listing(names)).replace("{org}", org) for s, names in by_setting.values() if s]
    channels = [part for s, _ in by_setting.values() if s for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", s.channels)]
    meeting = _SERVICE_MEETING.search(next((s.forum for s, _ in by_setting.values() if s and "{service}" in s.forum), ""))
    owners = list(dict.fromkeys(_with_service(s.owner, _listing(names)).replace("{org}", org) for s, names in by_setting.values() if s))
    running = list(dict.fromkeys(_with_service(s.running or s.owner, _listing(names)).replace("{org}", org)
                                 for s, names in by_setting.values() if s))
    return place._replace(staff=_listing(list(dict.fromkeys(staff))), writers=_listing(list(dict.fromkeys(staff))),
                          owner=", and ".join(owners), running=", and ".join(running),  # each setting's own managers
                          # decide it for their staff
                          channels=_listing(list(dict.fromkeys(channels))),
                          forum=f"the {meeting.group(1)}s of {' and of '.join(joined)}" if meeting else place.forum)


# "community midwives who do not attend ward safety huddles": those told are not there; a ward's own gatherings
# (its huddles and handover) do not reach them either
_NOT_ATTENDED = compiled(r"\b(?:do(?:es)?\s+not|don[’']t|cannot|can[’']t|are\s+unable\s+to|did\s+not)\s+(?:always\s+|routinely\s+|"
                         r"regularly\s+)?attend\s+(?:the\s+|their\s+)?(?P<where>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
_ON_THE_WARD = compiled(r"\b(?:huddles?|handovers?)\b", re.IGNORECASE)


def reachable(channels: str, wording: str) -> str:
    """The channels less those the statement says the staff told do not attend (a written one is kept)."""
    missed = [{w.lower().removesuffix("s") for w in m["where"].split()} for m in _NOT_ATTENDED.finditer(wording)]
    if not missed:
        return channels
    parts = [p for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", channels) if p]
    kept = [p for p in parts if not any(p.split()[-1].lower().removesuffix("s") in where
                                        or "ward" in where and _ON_THE_WARD.search(p) for where in missed)]
    if kept == parts:
        return channels
    kept = kept or ["a written briefing"]
    return kept[0] if len(kept) == 1 else f"{', '.join(kept[:-1])} and {kept[-1]}"


def _sharing(table: list[Setting], own: Setting, report_types: list[str], words: str) -> Setting | None:
    """The setting that shares the report's type with its own setting (a domiciliary care agency's report is an adult
    social care report, as a care home's) when the words (the report's, else the statement's) name it: its service in
    the provider's or location's name, the regulated activities its notices name all its own (personal care alone: no
    care home, which registers accommodation), or more of its cues than the type's own setting has."""
    registered = {line.removeprefix(ACTIVITY).strip().lower() for line in words.splitlines() if line.startswith(ACTIVITY)}
    for setting in table:
        if setting is own or not any(r.startswith(p) for p in setting.shares_report_types for r in report_types):
            continue
        if _names_service(setting, words) or (registered and registered <= {a.lower() for a in setting.activities}) \
                or len(_cue_hits(setting, words)) > len(_cue_hits(own, words)):
            return setting
    return None


ACTIVITY = "Regulated activity: "  # how a report's words (plan.py) list each regulated activity its notices name


def _own_of_two(table: list[Setting], chosen: Setting, wording: str, report: str) -> Setting:
    """A location named for two services ("Severnside NHS 111 and Out of Hours Service"): a statement naming one of them
    ("the out-of-hours vehicles") is that service's, told to its staff, not the other's."""
    named = [s for s in table if _names_service(s, report)]
    own = [s for s in named if any(p.search(wording) for p in _compiled(tuple(s.services)))]
    return own[0] if chosen in named and len(named) > 1 and len(own) == 1 else chosen


def _names_service(setting: Setting, words: str) -> bool:
    """Whether the provider's or location's name (the first two lines of a report's words) names the setting's service."""
    names = "\n".join((words or "").splitlines()[:2])
    return any(p.search(names) for p in _compiled(tuple(setting.services)))


def _place_named(wording: str, services: list[str]) -> str | None:
    """The core service whose places the wording names when it is printed under one other service and names no place
    of that one (vocab/settings.toml `core`); None otherwise (an action joined across services keeps its first)."""
    named = [c for c in _settings().core if (p := phrase_pattern(tuple(c.places))) and p.search(wording)]
    if len(set(services)) != 1 or len(named) != 1 or any(p.search(services[0]) for p in _compiled(tuple(named[0].services))):
        return None
    return named[0].name


def _by_service(table: list[Setting], service: str, wording: str) -> Setting | None:
    """The setting a core service's name says: the first row whose pattern it matches. A name that
    joins two services of different settings ("Outpatients and diagnostic imaging") is the one the
    statement's own cues name, else its first part's: signage to outpatients is no imaging manager's
    work, a radiation protection supervisor's rota is."""
    def first(name: str) -> Setting | None:
        return next((s for s in table if s.services and any(p.search(name) for p in _compiled(tuple(s.services)))), None)
    parts = [found for part in _JOINED.split(service) if (found := first(part))]
    if len({s.id for s in parts}) < 2:
        return first(service)
    hits = [len(_cue_hits(s, wording)) for s in parts]
    return parts[hits.index(max(hits))]


_JOINED = compiled(r"\s+(?:and|&)\s+", re.IGNORECASE)
_SERVICE_KIND = compiled(r"\s+-\s+|:\s+")
_TRUST = compiled(r"\btrust\b", re.IGNORECASE)  # an independent hospital's statements say "the provider"
# A statement of an NHS trust ("The trust must ensure ..."): the settings with report types of their own (a GP practice,
# a dental practice, a care home) are never its setting, whatever its report's type or words say ("dental dams" in a
# sexual health service's report)
_A_TRUST = compiled(r"\b(?:the|an?\s+NHS|NHS)\s+trust\b", re.IGNORECASE)


_SERVICE_MEETING = compiled(r"the \{service\} ((?:\w+ )*?meeting)\b")


def _with_service(text: str, service: str | None, joined: list[str] = ()) -> str:
    """A field naming the core service; an action joined across services reports to each one's own meeting ("the
    governance meetings of urgent and emergency care and of maternity"), never to one meeting named after them all."""
    if len(joined) > 1:
        text = _SERVICE_MEETING.sub(lambda m: f"the {m.group(1)}s of {' and of '.join(joined)}", text)
    if service:
        return text.replace("{service}", service)
    return text.replace("the {service} ", "the service's ").replace("{service}", "the service")


def praised(sentence: str) -> bool:
    """A sentence of a breach passage that says what went well ("Most people were positive about their care") and names
    nothing wrong: said beside the failing, not a finding to put right (vocab/asks.toml `went_well`)."""
    return any(p.search(sentence) for p in _compiled(tuple(_kinds().went_well))) and not says_failing(sentence)


def kind_of(ask: str) -> Kind:
    """The first kind in vocab/asks.toml one of whose patterns the ask's main clause matches, else the
    whole ask's: "records are accurate and complete, including the time observations were taken" is a
    record to complete, not monitoring; "doors are closed when personal care is given" is not an offer."""
    ask = EXAMPLES_ASIDE.sub("", ask)  # "blanket restrictions, such as the locked garden, are reviewed": the restrictions'
    if instruction(ask):  # "improve the completion of the care plan that replaced the Liverpool Care Pathway": what the
        ask = _DESCRIBED.sub(lambda m: "" if m["before"].lower() not in _DESCRIBED_NOT else m.group(0), ask)  # plan did
        # once says which plan, not what is to be done now (no works for "replaced")
    if _RECORDS_SHOW.match(ask):  # "seclusion records show that reviews take place within the timescales set": what
        return _kind(RECORDS)  # each record shows, audited record by record, not a figure tracked
    side = _SIDE_CLAUSE.search(ask)
    if side and _WHILE_WAITING.match(ask, side.end()):
        side = None  # "review their risks while they wait": whom it is for, as long as they wait, not when it applies
    if side and len(ask[:side.start()].split()) >= MAIN_CLAUSE_WORDS and not _TOLD.search(ask[:side.start()]):
        kind = _first_kind(ask[:side.start()])
        if kind.id == OFFERED and side.group(1).lower() == "including" and _first_kind(ask[side.end():]).id == MEASURE:
            return _kind(MEASURE)  # "patients receive timely assessment, including triage within 15 minutes of arrival":
            # the time it takes, tracked, not an offer to each person
        if kind is not _kinds().kind[-1] or _NOT_ASKED.match(side.group(1)):  # a condition is never the ask, nor
            return kind  # what its examples name ("the use of blanket restrictions, such as locked kitchens": no security)
    if (against := _AGAINST.search(ask)) and len(ask[:against.start()].split()) >= MAIN_CLAUSE_WORDS \
            and (kind := _first_kind(ask[:against.start()])) is not _kinds().kind[-1]:
        return kind  # "audit reporting turnaround times against the service level agreement": the audit; the document
        # named after "against" is the standard it is measured by, not one to write
    return _first_kind(ask)


@lru_cache(maxsize=4096)
def _first_kind(ask: str) -> Kind:
    """The kind `kind_of` reads an ask (or a part of one) as; once per ask and process (an action's prompts ask
    for the kinds of its asks again, each kind's patterns tried in turn: 50 times for 16 asks on a 10-page report)."""
    found = [k for k in _kinds().kind if (not k.patterns or any(p.search(ask) for p in _compiled(tuple(k.patterns))))
             and not (k.of_people and not _names_doer(ask))]  # "oxygen is available on site": no cover on a rota
    if found[0].id == RECORDS and len(found) > 2 and not _RECORD_CONTENT.search(ask):
        found = found[1:]  # a record named by an ask of another kind, not about what is written in it
    if found[0].id == OFFERED and (not _to_people(ask) or _MEDICINE_GIVEN.search(ask)):
        found = found[1:]  # "staff do not work without support", "protocols for the dose patients receive": no offer;
        # "medicines are only given to detained patients when ...": administered by staff, each dose on its chart
    if found[0].id == SYSTEM and (made_for := _ARRANGEMENTS_FOR.match(set_up["what"] if (set_up := _SET_UP.match(ask)) else ask)) \
            and (for_kind := _first_kind(made_for.group(1))) not in (_kinds().kind[-1], found[0]):
        return _kind(TRACKING) if _KEEPING_TRACK.match(made_for.group(1)) else for_kind  # "formalise the arrangements
        # for the clinical supervision of ...": the supervision, on its log; "a system for recording and monitoring staff
        # training": the log kept of it (a training matrix), not the training
    if (found[0].id == SYSTEM or found[0] is _kinds().kind[-1]) and (set_up := _SET_UP.match(ask)) \
            and _premises_made(set_up["what"]):
        return _kind(WORKS)  # "introduce a dedicated bereavement room", "consider providing a quiet room": built, not run
    if found[0].id == SYSTEM and (set_up := _SET_UP.match(ask)) and not _SYSTEM_NAMED.search(set_up["what"]):
        made = _first_kind(set_up["what"])  # "introduce spot checks of staff practice": the spot checks, audits
        made = found[1] if made is _kinds().kind[-1] else made  # "set up weekly meetings": the next kind the ask names
        if made is not _kinds().kind[-1]:
            return made
    if found[0].id == MEASURE and _TOLD_ABOUT.search(ask):
        found = [k for k in found if k.id != MEASURE]  # "patients are told how long they may wait": told, not the wait
    # "assessed in a private area": seen, not recorded; "can make calls in private and have somewhere lockable": the
    # premises, walked round (`_observed`)
    if found[0].id in _CASE_KINDS and _IN_PRIVATE.search(ask) and not _looked(ask):
        return _kind(OBSERVING)
    if found[0].id in (OBSERVING, "practice") and _AFTER_EVENT.search(ask):
        return _kind(EACH_CASE)  # "staff follow the post-falls protocol": done after an occasional event, so each event's
        # record is checked; ten occasions a month to watch may never come
    if found[0].id == ON_VIEW and _ABOUT_EMPLOYED.search(ask):
        found = found[1:]  # "information is available regarding each person employed": kept on their files, not shown
    if found[0].id == DOCUMENT and _FOR_EACH_ONE.search(ask):
        return _kind(EACH_CASE)  # "protocols are in place for each person": each one's own, every case listed and checked
    if found[0].id == STOCK and (tested := next((k for k in found if k.id == SERVICING), None)) and _TESTING.search(ask):
        return tested  # "portable appliance testing of equipment is up to date": each item's test date on the register,
        # untested items withdrawn and tested, not a stock list with missing or expired items replaced
    if found[0].id == TEST and _PEOPLE.search(ask):
        found = found[1:]  # "a risk assessment is completed for every patient": each person's, not a premises test
    if AUDITS_FIND.match(ask):  # the audits that missed out-of-date records: the provider's own checks, no stock check
        return _kind(ASSURANCE)
    if found[0].id == AUDITS and _PEOPLE.match(_LEADING.sub("", ask)) and not _AUDITED.search(ask):
        found = found[1:]  # "patients prescribed high-risk medicines are monitored": their care, not an audit
    if found[0].id == AUDITS and (plan := next((k for k in found if k.id == PROGRAMME), None)) and not _AUDIT_PLAN.search(ask):
        return plan  # "develop a structured programme of learning from incidents, complaints and audits": the programme
    # "assessed within 15 minutes of arrival by a nurse with paediatric competencies": the time to the act is asked;
    # the cover or the training is only its means
    if found[0].id in _MEANS_KINDS and _TIMED_FROM.search(ask):
        found = [k for k in found if k.id == MEASURE] or found
    return found[0]


_TESTING = compiled(r"\b(?:test(?:s|ing)?|servic(?:ed|ing)|calibrat(?:ed|ion))\b", re.IGNORECASE)  # what a test shows, not
# an item's own expiry date
_MEDICINE_GIVEN = compiled(r"\b(?:medicines?|medications?|drugs?|doses?|injections?|treatment)\s+(?:is|are|was|were)\s+"
                           r"(?:(?:only|not|never|always|routinely)\s+){0,2}given\b", re.IGNORECASE)
_AFTER_EVENT = compiled(r"\bpost[- ](?:falls?|incidents?|restraint|seclusion|arrest)\b"
                        r"|\b(?:after|following)\s+(?:a|an|each|every|any)\s+(?:[\w-]+\s+)?(?:falls?|incidents?|restraint|"
                        r"seclusion|cardiac arrest|deaths?|head injur(?:y|ies)|episodes? of restraint)\b"
                        r"|\b(?:who|that)\s+(?:has|have|had)\s+(?:had\s+a\s+)?fall(?:en)?\b", re.IGNORECASE)  # what staff do after
# an event that comes when it comes (a fall, an incident, restraint), not practice seen on any shift


def _premises_made(what: str) -> bool:
    """What is set up is a place on the premises (vocab/asks.toml `looked`: "a dedicated bereavement room away from the
    labour ward", "a quiet lounge"), named before what it is for or where it is: work to do, not a system to trace."""
    pattern = phrase_pattern(tuple(_kinds().looked))
    named = _NAMED_UNTIL.split(what, maxsplit=1)[0]
    return bool(pattern and not _SYSTEM_NAMED.search(named) and pattern.search(named))


_NAMED_UNTIL = compiled(r"\s+(?:of|on|in|at|for|from|within|between|across|away|near|next|close|to|so|that|which|where|who|with)\b",
                        re.IGNORECASE)


def _names_doer(ask: str) -> bool:
    """The ask names who does the work: staff, a role or post, a team or service, or a time of cover (vocab/asks.toml
    `doers`); "oxygen is available on site" and "the recovery area has a designated paediatric recovery bay" name none."""
    pattern = phrase_pattern(tuple(_kinds().doers))
    return bool(_STAFF.search(ask) or (pattern and pattern.search(ask)))


_MEANS_KINDS = frozenset({"staff_on_duty", "training"})  # rota cover and training records cannot show a time to an act


ON_VIEW = "on_view"  # the vocab/asks.toml kind for information shown to the people who use the service
_ABOUT_EMPLOYED = compiled(r"\b(?:regarding|about|relating to|in respect of|on|for)\s+(?:each|every|all|the)?\s*(?:persons?|people|"
                            r"members? of staff|staff|employees?)\s+(?:employed|recruited)\b", re.IGNORECASE)  # what is known of them
TEST = "test"  # the vocab/asks.toml kind for a premises or equipment test or assessment by a competent person
STOCK = "stock"  # the vocab/asks.toml kind for items checked against a list and in date
STAFF_CHECKS = "staff_checks"  # the vocab/asks.toml kind for checks on each personnel file (DBS)
SERVICING = "servicing"  # the vocab/asks.toml kind for equipment serviced and tested, on its register
SYSTEM = "system"  # the vocab/asks.toml kind for a system or process to trace cases through
WORKS = "works"  # the vocab/asks.toml kind for work on the premises, done once
DOCUMENT = "document"  # the vocab/asks.toml kind for one document written or updated and approved
EACH_CASE = "each_case"  # the vocab/asks.toml kind for what each person's own record must hold, every case checked
_FOR_EACH_ONE = compiled(r"(?:\bfor\s+(?:each|every)|\bin\s+place\s+for\s+all)\s+(?:[\w-]+\s+){0,2}?(?:person|people|"
                         r"patients?|residents?|child(?:ren)?|service\s+users?|clients?|individuals?|wom(?:a|e)n)\b",
                         re.IGNORECASE)  # not "the policy for all patients is updated": one document
_CASE_KINDS = frozenset({"each_case", "records", "offered", "practice"})  # kinds that sample people's records
_IN_PRIVATE = compiled(r"\bin\s+(?:a\s+|an\s+)?private(?:\s+(?:area|room|space|place))?\b|\bout of earshot\b", re.IGNORECASE)
_SET_UP = compiled(r"^(?:consider\s+)?(?:establish(?:ing)?|implement(?:ing)?|introduc(?:e|ing)|put(?:ting)? in place|set(?:ting)? up|"
                   r"operat(?:e|ing)|provid(?:e|ing))\s+(?P<what>.+)$", re.IGNORECASE)
_SYSTEM_NAMED = compiled(r"\b(?:systems?|process(?:es)?|procedures?|pathways?|arrangements)\b", re.IGNORECASE)
_ARRANGEMENTS_FOR = compiled(r"^(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:arrangements|process|processes|system)\s+for\s+(.+)$",
                             re.IGNORECASE)
_A_CHECK = compiled(r"^(?P<verb>monitor|check|test|clean)ing\s+(?P<what>[^,;]+?)(?=,|;|$)", re.IGNORECASE)


def _as_checked(made_for: str) -> str:
    """"the fridge used to store vaccines is monitored" from "monitoring the fridge used to store vaccines, including ...":
    the arrangements for a check are that check, done on its schedule, not a system traced through ten cases."""
    m = _A_CHECK.match(made_for)
    return f"{m['what']} is {m['verb'].lower()}ed" if m else made_for


_KEEPING_TRACK = compiled(r"(?:recording|monitoring|tracking|logging|keeping\s+(?:a\s+)?records?\s+of)\b", re.IGNORECASE)
TRACKING = "tracking"  # the vocab/asks.toml kind for a log or register kept and checked
AUDITS = "audit_system"  # the vocab/asks.toml kind for audits and monitoring of the service
ASSURANCE = "assurance"  # the vocab/asks.toml kind for the provider's own audits and checks catching shortfalls
PROGRAMME = "programme"  # the vocab/asks.toml kind for a change planned and delivered over months
_AUDIT_PLAN = compiled(r"\baudit\s+(?:programmes?|plans?|strateg(?:y|ies))\b|\b(?:programmes?|plans?)\s+of\s+(?:[\w-]+\s+)?audits?\b",
                       re.IGNORECASE)  # the programme is the audits themselves ("a programme of clinical audits")
_AUDITED = compiled(r"\baudit|\bspot[- ]checks?\b|\boversight\b", re.IGNORECASE)
# "Audits had not identified the concerns we found with risk assessments", "quality assurance systems identify shortfalls":
# the audits are the doer, and what they must find is no topic or kind of its own; events reported through a system of
# their own ("governance processes identify, investigate and learn from serious incidents") are that system's, not audits'
AUDITS_FIND = compiled(r"^(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:audits?|quality assurance (?:systems?|processes)|governance "
                       r"(?:systems?|processes))(?:\s+(?:of|on|for)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s+(?:(?:had|have|has|did|do|does)\s+not\s+(?:always\s+)?)?(?:identif(?:y|ies|ied)|"
                       r"pick(?:s|ed)? up|find|finds|found|highlight(?:s|ed)?|detect(?:s|ed)?)\b"
                       r"(?![^.;]{0,60}?\b(?:incidents?|never events?|complaints?|deaths|safeguarding (?:concerns|referrals|alerts))\b)"
                       r"(?!(?:,\s*|\s+and\s+)record\b)", re.IGNORECASE)  # "governance processes identify, record and monitor
# risks": the risks kept on a register and reviewed, not the provider's audits compared with spot checks


OFFERED = "offered"  # the vocab/asks.toml kind for what each person is offered or told
AWARENESS = "awareness"  # the vocab/asks.toml kind for what staff must know, checked by asking them
TRAINING = "training"  # the vocab/asks.toml kind for training completed, on the training records
ROLE_TIME = "role_time"  # the vocab/asks.toml kind for time protected for a role's work
VISIBILITY = "visibility"  # the vocab/asks.toml kind for leaders seen where the care is given
_OFFERED_TO = compiled(r"\b(?:offer|offers|offered|give|gives|given|provide|provides|provided|explained|told|available)\s+(?:\w+\s+){0,4}?(?:to|for|with)\s+"
                       r"(?:the\s+|their\s+|all\s+|each\s+|every\s+)?(?:[\w’'-]+\s+){0,2}?"
                       r"(?:patients|people|children|young people|women|babies|residents|carers|families|parents|relatives|person)\b",
                       re.IGNORECASE)


def _to_people(ask: str) -> bool:
    """An offer is made to people: the ask's subject names them ("patients are offered ..."), or it names
    them as whom something is offered or given to ("bereavement support is offered to families")."""
    verb = _VERB.search(ask) or _PASSIVE.search(ask)
    subject = ask[:verb.start()] if verb else ask
    return bool(_PEOPLE.search(subject) or _PARENTS.search(subject) or _OFFERED_TO.search(ask))


_PASSIVE = compiled(r"\b(?:are|is|be|been)\b", re.IGNORECASE)
_PARENTS = compiled(r"\b(?:parents|relatives|person|service users|they)\b", re.IGNORECASE)  # "they": whoever the statement named


# A record named in an ask makes it the records kind ("what a complete record must contain") only when the ask
# is about what is written, or no other kind fits: "young people are offered a copy of their care plan" is an offer.
RECORDS = "records"
_RECORD_CONTENT = compiled(r"\b(?:recorded|recording|documented|documenting|documentation|completed?|completes|completion|"
                           r"accurate(?:ly)?|legible|signed|dated|contemporaneous|up[- ]to[- ]date|reflects?|includes?|"
                           r"contains?|details?|written|filled|updated|reviewed|audited|labelled|personalised|holistic|"
                           r"(?:give|gives|provide|provides)\s+(?:[\w-]+\s+){0,3}?(?:guidance|instructions|information|detail)\b|"
                           r"(?:and|to|or|must|staff|they)\s+(?:record|document)\b|(?:record|document)s?\s+(?:the|their|all|each|every|any|a|an|when|what|who|how|that|whether|and)\b)",
                           re.IGNORECASE)


# What hangs on the main clause: a list of what it covers, or when it applies.
_SIDE_CLAUSE = compiled(r",?\s+(including|such as|when|whenever|while|rather than|and (?:show|shows|demonstrate|demonstrates) that)\s+",
                        re.IGNORECASE)  # "records are complete and show that reviews take place within ...": what the records show
# examples set between the subject and its verb by commas: an aside, never what the ask is of (the verb one a subject
# takes, not a noun of a list: "the systems, such as audits of care records, identify gaps")
EXAMPLES_ASIDE = compiled(r",\s+(?:such as|for example|e\.g\.|including|like)\s+[^,;:]+,(?=\s+(?:is|are|was|were|have|has|can|must|"
                             r"should|do|does|will|identify|identifies|address|addresses|meet|meets|reflect|reflects|include|includes|"
                             r"contain|contains|show|shows|receive|receives|follow|follows|comply|complies|provide|provides|capture|"
                             r"captures)\b)", re.IGNORECASE)
_NOT_ASKED = compiled(r"when|whenever|while|such as", re.IGNORECASE)
# the standard an ask is measured by, named after it ("against the service level agreement", "as often as the trust's
# supervision policy sets out", "at the intervals set out in its policy"): no document to write
_RECORDS_SHOW = compiled(r"^(?:the\s+|its\s+|their\s+|all\s+|each\s+|every\s+)?(?:[\w’'-]+\s+){0,3}?(?:records?|notes|charts?|"
                         r"documentation|care\s+plans?)\b[^.;]{0,60}?\s(?:show|shows|demonstrate|demonstrates|evidence|reflect|"
                         r"reflects|make\s+clear|makes\s+clear)\s+(?:that\s+|when\s+|how\s+)", re.IGNORECASE)
_AGAINST = compiled(r"\s+(?:against|as\s+often\s+as|at\s+the\s+(?:intervals?|frequency|timescales?)\s+(?:set\s+out\s+in|set\s+by|"
                    r"required\s+by|in))\s+(?:the|a|an|its|their|each|every|all|agreed|national|local)\b", re.IGNORECASE)
# a relative clause with a past verb after its noun ("the care plan that replaced the Liverpool Care Pathway", "the audit
# tool which was introduced last year"): which thing is meant, up to the next comma or the ask's end
_DESCRIBED = compiled(r"(?P<before>[\w’'-]+)\s+(?:that|which)\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
                      r"[a-z]+ed\b[^,;]*", re.IGNORECASE)
_DESCRIBED_NOT = IMPERATIVE | {"so", "such", "and", "or", "but"}  # "ensure that trained staff ...": no noun before it
_WHILE_WAITING = compiled(r"(?:[\w’'-]+\s+){0,2}?(?:wait|waits|waiting|await|awaiting)\b", re.IGNORECASE)  # after "while"
_TOLD_ABOUT = compiled(r"\b(?:told|informed|advised)\s+(?:of\s+|about\s+)?(?:how long|when|what|why|whether|which|where|how)\b",
                       re.IGNORECASE)
_TOLD = compiled(r"\b(?:told|informed|advised|explained|knows?|understands?|aware)$", re.IGNORECASE)  # "told when": what is told
MAIN_CLAUSE_WORDS = 3  # "staff are trained, including ..." is a clause; "including ..." after two words is the ask


class Composed(NamedTuple):
    change: str
    communicate: str
    audit: str
    evidence: str


class Asked(Protocol):
    """One thing a statement asks (asks.Ask): its words, which the lines quote, and its duty
    without the qualifier, which decides its kind ("enough staff on each shift so that fridge
    temperatures are checked" is a rota to check, not a fridge log)."""

    text: str
    duty: str


_AUDITING = frozenset({"quality_monitoring", AUDITS})  # kinds that audit others' work: told to those whose work it is
_CLINICIANS_WORK = compiled(r"\b(?:consultations?|prescribing|clinical\s+(?:records|notes|decisions|practice|"
                            r"assessments?)|triage)\b", re.IGNORECASE)  # ("audit the quality of telephone
# consultations": the clinicians who consult, not an out-of-hours service's drivers and receptionists)
_CLINICAL_TASK = compiled(r"\b(?:decontaminat\w*|sterilis\w*|steriliz\w*|(?:dental|surgical)\s+instruments?|prescri(?:be|bed|bing|ptions?)|"
                          r"dispens(?:e|ed|ing)|patient group directions?|PGDs?|(?:telephone|phone|clinical)\s+advice|advice\s+lines?|"
                          r"call[- ]?backs?)\b", re.IGNORECASE)  # clinicians' own work
# (instruments decontaminated, medicines prescribed or supplied under a PGD, the advice clinicians give by telephone and
# the calls back they make): told to those who do it, not to a
# practice's or out-of-hours service's receptionists and drivers
_EACH_CONCERNED = " and each member of staff concerned"  # a kind's `who`, the managers who do it first


def composed(each: list[Asked], wording: str, place: Place, theme: str | None = None,
             found: list[str] = ()) -> Composed:
    """B, C and evidence lines for these asks of this wording; `found` are its finding sentences
    ("Staff did not wear PPE correctly."), which C names as what to check in particular."""
    asked, kinds = _with_reviewed(each)
    staff = place.staff if named_staff(wording) else (  # the place's staff are those named (`told_staff`)
        kinds[0].who if kinds[0].who and (place.setting == DEFAULT or kinds[0].who_first) else place.staff)
    if not named_staff(wording) and place.writers != place.staff and (
            all(k.id == RECORDS for k in kinds)
            or any(_CLINICAL_TASK.search(a) for a in asked)
            and all(k.id == RECORDS or k is _kinds().kind[-1] or _CLINICAL_TASK.search(a) for a, k in zip(asked, kinds))
            or kinds[0].id in _AUDITING and _CLINICIANS_WORK.search(asked[0])):
        staff = place.writers  # "improve the recording of the reasons for clinical decisions": those who write the records,
        # not an out-of-hours service's drivers and receptionists; nor are a dental clinic's receptionists told of the
        # decontamination of instruments
    if named_staff(wording) and kinds[0].who_first and kinds[0].who.endswith(_EACH_CONCERNED):  # "staff in surgical
        staff = f"{staff}, and {kinds[0].who.removesuffix(_EACH_CONCERNED)}"  # services have an appraisal": they are the
        # staff concerned, and the managers who appraise them are told too
    channels = place.channels
    deciding = _deciding(asked, kinds)
    if deciding and all(k.channels for k in deciding) and not named_staff(wording):  # work agreed with partners: its
        staff, channels = deciding[0].who, deciding[0].channels  # managers, told where they meet, not at a ward's huddle,
        # though the leaders settle it ("work with commissioners to reduce out of area placements")
    elif seniors(wording) and not named_staff(wording):  # a board's assurance is not the ward staff's to carry out
        staff = kinds[0].who if kinds[0].who_first else "the leaders and managers concerned"
        channels = MANAGEMENT_CHANNELS
        if "staff" not in staff and any(_ANY_STAFF.match(_LEADING.sub("", a)) or _BY_STAFF.search(a) for a in asked):
            # said of the staff ("a strategy understood by staff", "staff know ..."): they are told too
            staff, channels = f"{staff}, and {place.staff}", f"{channels}, and {place.channels}"
    if (doer := kinds[0].narrower(asked[0])) and doer.who and named_staff(wording):  # "learning ... is shared with care
        staff = f"{doer.who}, and {staff}"  # staff": those who share it first, then the staff it reaches
    elif doer and doer.who and doer.alone:  # "call audits are completed at the rate required": those who carry them out,
        staff = doer.who  # not the staff whose work they look at
    staff = with_roles(staff, asked)  # the managers who answer complaints, then the staff whose care they concern
    channels = _roles_channels(asked) or channels
    if channels == place.channels and _ON_SHIFT.search(channels) and managers_only(staff):  # managers who chair the
        channels = MANAGEMENT_CHANNELS  # governance meetings or run the audits: told where they meet, not at a ward's safety
        # huddle or handover (a practice's own meeting is its managers' too)
    if kinds[0].id == VISIBILITY and _MANAGERS_TOLD.match(staff):  # leaders to be seen where care is given: told at their
        staff = f"{staff}, and the staff they visit" if managers_only(staff) else staff  # own meetings, and the staff they
        channels = f"{MANAGEMENT_CHANNELS}, and {place.channels}"  # visit told at theirs when to expect them
    catch_all = _kinds().kind[-1]
    doers = bool(doer and doer.alone) or channels != place.channels or _MANAGERS.search(named_staff(wording)) \
        or managers_only(staff) or any(
        k.who and k.who in staff for k in kinds if k.tell_others)  # leaders told of a board's assurance, the managers the
    # statement names, or those who carry out the provider's audits: those who own or carry it out; managers alone told
    # (those who set the establishment, asked to monitor bank staff's use too) run the monitoring, no work of theirs audited
    tells = [k.tell_others if k.tell_others and k.who not in staff and not doers else k.told(a)  # told to those who
             # neither own nor carry it out: what changes for them
             for a, k in zip(asked, kinds) if k is not catch_all]  # the catch-all's "what is now expected of them" adds nothing
    # beside another kind's own, but an audit's tell says only how the work is checked ("discharge planning starts on
    # admission and delayed discharges are monitored"), and a record's only what to write down ("seclusion records are
    # complete and reviews take place at the intervals set": who now does the reviews and when)
    practice = [catch_all.tell] if catch_all in kinds and tells and (
        all(k.id in _NOT_THE_WORK or k.id in _BESIDE_THE_WORK or k is catch_all for k in kinds) if kinds[0] is catch_all
        else all(k.id == RECORDS or k is catch_all for k in kinds)) else []
    tells = list(dict.fromkeys(practice + tells if kinds[0] is catch_all else tells + practice)) or [catch_all.tell]
    quote = "; ".join(_wholes(asked))
    about = f" for what is asked ({quote})" if len(quote.split()) <= QUOTE_IN_B_WORDS else ""
    aside = "," if ", and " in staff or ", including " in staff else ""  # "Tell the nurses, and the managers who appraise
    # them, when ..."; "Tell all staff, including bank staff, what ..."
    communicate = f"Tell {staff}{aside} {', and '.join(tells)}{about}, through {channels}."
    made = Composed(change(asked, kinds, wording, place), communicate, checks(asked, kinds, wording, place, theme),
                    evidence(asked, kinds, wording))
    return put_right(made, found, audits_asked=any(k.id == ASSURANCE for k in kinds), covered=frozenset(k.id for k in kinds))


MANAGEMENT_CHANNELS = "their management meetings and a written briefing"
_ON_SHIFT = compiled(r"\b(?:huddles?|handover|shift briefings?|station briefings?)\b", re.IGNORECASE)  # front-line staff's channels
_FRONT_LINE = compiled(r"\b(?:staff|nurses|midwives|doctors|clinicians|carers|workers|crews|therapists|assistants|receptionists|"
                       r"handlers|practitioners|radiographers|dentists|GPs|pharmacists|shifts?|in charge|"
                       r"(?<!leadership )(?<!management )(?<!senior )(?<!executive )teams?)\b(?!['’]s)", re.IGNORECASE)  # shift
# leaders and the nurses in charge are at the huddles


def managers_only(staff: str) -> bool:
    """Whether those told are managers and no one else ("the managers who chair or report to the meetings concerned"):
    they meet at management meetings, not at the huddles and handovers where front-line staff are told."""
    return bool(_MANAGERS_TOLD.match(staff)) and not _FRONT_LINE.search(staff)


_MANAGERS_TOLD = compiled(r"^(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:managers|leaders|directors|matrons|executives|(?:executive|leadership|"
                          r"senior)\s+team|board)\b", re.IGNORECASE)
_NOT_THE_WORK = {AUDITS, "oversight", ASSURANCE, TRAINING, "display"}  # vocab/asks.toml's kinds whose tell is how work
# is checked, the course to complete for it ("an hourly 'fresh eyes' check ..., and all midwives complete a competency
# assessment") or a sign put up beside it ("the oxygen cylinders ... are secured and that warning signage is displayed"):
# the practice asked first is told too; after a record (RECORDS: what to write down), the practice asked next is told too
_BESIDE_THE_WORK = {RECORDS, DOCUMENT}  # kinds whose tell is what to write down or what a document changes: a practice
# asked before them ("the early warning score is completed and escalated ...; the birth centre has a clear escalation
# pathway") is told as practice too
_BY_STAFF = compiled(r"\b(?:by|to|with|among|amongst)\s+(?:all\s+)?staff\b", re.IGNORECASE)  # "understood by staff"


def seniors(wording: str) -> bool:
    """Whether the statement is the leaders' own to settle: it names the board, its directors or the
    manager's own post (vocab/settings.toml `senior_cues`), not the ward's daily practice."""
    pattern, lookalike = (phrase_pattern(tuple(_settings().senior_cues)), phrase_pattern(tuple(_settings().senior_lookalikes)))
    return bool(pattern and pattern.search(lookalike.sub(" ", wording) if lookalike else wording))


def roles(asked: list[str]) -> str:
    """Who carries out what the asks name, when that is not the setting's usual staff: the managers who
    answer complaints, the therapists who give the therapy asked for (vocab/asks.toml [[role]])."""
    found = list(dict.fromkeys(r.who for r in _roles(asked)))
    return _listing(found) if found else ""


def with_roles(staff: str, asked: list[str]) -> str:
    """B's audience: the roles the asks name, then the staff whose work they concern; the roles alone when each is
    a task no front-line member of staff shares (the managers who recruit, not the care staff on each shift)."""
    found = _roles(asked)
    if not found:
        return staff
    return roles(asked) if all(r.alone for r in found) else f"{roles(asked)}, and {staff}"


def _roles_channels(asked: list[str]) -> str:
    """How the roles the asks name are told, when they alone are told and have a way of their own (vocab/asks.toml)."""
    found = _roles(asked)
    return found[0].channels if found and all(r.alone and r.channels == found[0].channels for r in found) else ""


def _roles(asked: list[str]) -> list[Role]:
    return [r for r in _kinds().role if any(p.search(a) for a in asked for p in _compiled(tuple(r.patterns)))]


def put_right(lines: Composed, found: list[str], audits_asked: bool = False,
              covered: frozenset[str] = frozenset()) -> Composed:
    """The lines with the report's findings ("Staff did not wear PPE.", a breach's list after its
    colon) named as what to put right first, check in particular and show put right; the provider's own audits
    that missed them mended too, unless an ask of the statement is that already (`audits_asked`). Several findings are
    each named in A, each its own fix; a finding of a kind with lines of its own that the lines were not written for
    (`covered`: training beside a staffing breach) is told to those who do it too. A finding said again inside a longer one
    is named once."""
    found = [f for f in found if not any(g != f and f.rstrip(" .").lower() in g.lower() for g in found)]
    named = "; ".join(f.rstrip(" .") for f in found)
    if not named or len(named.split()) > QUOTE_FOUND_WORDS:
        return lines
    told = (lines.communicate if len(named.split()) > QUOTE_FOUND_IN_B_WORDS or named.lower() in lines.communicate.lower()
            else lines.communicate.replace(_TOLD_FOUND, f"{_TOLD_FOUND} ({named})", 1) if _TOLD_FOUND in lines.communicate
            else f"{lines.communicate.rstrip('.')}; tell them {_TOLD_FOUND} ({named}) and what changes.")
    shown = ["the records showing each of the report's findings put right"]
    for finding, kind in ((f, kind_of(f)) for f in found):
        if kind.own_lines and kind.id not in covered and _FRONT_LINE.search(finding) and finding.lower() not in told.lower():
            # said of the staff who must do it ("34% of care staff were not up to date with moving and handling training"),
            # not of a record of it ("the training matrix had not been updated")
            quote = f" ({finding.rstrip(' .')})" if len(finding.split()) <= QUOTE_FOUND_IN_B_WORDS else ""
            told = f"{told.rstrip('.')}; tell {kind.who} {kind.told(finding)}{quote}."
            shown.append(_fill(kind.line("evidence", finding), finding, finding))  # its own record: training records
            covered |= {kind.id}
    each = (f"and put right each of the report's findings first, each with what changes, who does it and by when: {named}"
            if len(found) > 1 else "and how each of the report's findings is put right first, by whom and by when")
    made = Composed(f"{lines.change.rstrip('.')}; {each}.",
                    told,
                    f"{lines.audit} Check in particular what the report found: {named}.",
                    f"{lines.evidence.rstrip('.')}; {'; '.join(shown)}.")
    return made if audits_asked else _checks_mended(made, found)


def _checks_mended(lines: Composed, found: list[str]) -> Composed:
    """The lines, when a finding is that the provider's own audits missed what was found ("a programme of audits,
    but these had not identified the shortfalls we found"), with that governance failing put right too: which
    audits cover it and how shortfalls become actions (A), told to those who carry them out (B), their findings
    compared with an independent check (C) and shown (evidence); not only the care they missed."""
    missed = next(k for k in _kinds().kind if k.id == ASSURANCE)
    if not any(p.search(f) for f in found for p in _compiled(tuple(missed.patterns))):  # said of any checks ("monthly
        return lines  # checks, but these had not identified the issues we found"), whichever kind they read as first
    own = {field: re.sub(r"\s*\(\{ask\}\)", "", getattr(missed, field)) for field in ("change", "tell", "check", "evidence")}
    return Composed(f"{lines.change.rstrip('.')}; and, as the provider's own checks missed them, {own['change']}.",
                    f"{lines.communicate.rstrip('.')}; tell {missed.who} {own['tell']}.",
                    f"{lines.audit} Also, {own['check']}.",
                    f"{lines.evidence.rstrip('.')}; {own['evidence']}.")


_TOLD_FOUND = "what the report found"  # a line for a wording that asks nothing tells it already (scaffold.py)
QUOTE_IN_B_WORDS = 45  # a longer quote makes B a copy of A
QUOTE_FOUND_IN_B_WORDS = 30  # a short finding is told to the staff (B); a long list is put right by the leads
QUOTE_FOUND_WORDS = 80  # a breach paragraph's findings are its specifics (choking risk assessments, training at 54%)


def change(asked: list[str], kinds: list["Kind"], wording: str, place: Place) -> str:
    """A: with whom the change is decided (the setting's owner, and the partner a kind needs: estates
    for works), then for each ask the process to decide: who checks what, how often, on which record;
    the work to order and by when; the target and its trajectory. Not the statement said again."""
    outside = parties(asked)
    own = [((v.partner if (v := k.narrower(a)) and v.partner else k.partner) or "").replace("{personnel}", place.personnel)
           for a, k in zip(asked, kinds)]
    partners = list(dict.fromkeys([*(p for p in own if p and p not in place.owner), *(who for who, _ in outside)]))
    owner = (place.registered if all(k.provider_duty for k in kinds) and not _MANAGER_AWAY.search(wording)
             else place.senior if all(k.provider_duty for k in kinds)  # the manager's absence: the provider's to notify
             else place.senior if seniors(wording) or all(k.senior for k in _deciding(asked, kinds))
             else place.running if all(k.running for k in _deciding(asked, kinds)) else place.owner)
    who = ", and ".join([owner, *partners]) + ("," if partners else "")
    each = _steps(asked, kinds, wording) + list(dict.fromkeys(step for _, step in outside if step))
    return f"With {who} {'; '.join(each)}." if partners else f"With {who}, {'; '.join(each)}."


_MANAGER_AWAY = compiled(r"\b(?:absence|departure|resignation|vacancy|loss)\s+of\s+(?:the\s+|a\s+|its\s+)?registered\s+manager\b"
                         r"|\bregistered\s+manager\s+(?:is|was|has\s+been|had\s+been)\s+(?:absent|away|on\s+leave|off\s+work)\b"
                         r"|\b(?:without|no)\s+(?:a\s+)?registered\s+manager\b", re.IGNORECASE)  # the registered manager
# away: no one to decide with them, so the duty is the provider's leaders'


def parties(asked: list[str]) -> list[tuple[str, str]]:
    """The outside parties the asks make an arrangement with ([[party]]: "transferring deteriorating patients to the local
    NHS acute hospital"), each with the step agreed with it: the change is theirs to agree too, not the setting's alone."""
    found = (named for a in asked for p in _kinds().party if (named := p.named(a)))
    return list({who.lower(): (who, step) for who, step in found}.values())


def _deciding(asked: list[str], kinds: list["Kind"]) -> list["Kind"]:
    """The kinds that say who decides and is told: not the aim of work with partners ("work with commissioners to
    reduce the number of patients placed out of area"), which the partners' work owns though it is measured too."""
    return [k for i, (a, k) in enumerate(zip(asked, kinds))
            if not (i and kinds[i - 1].id == JOINT and a in asked[i - 1])]


def steps(each: list[Asked], wording: str) -> list[str]:
    """A's step for each of these asks from its kind ("agree what will change in daily practice so that ..."),
    with no one to decide it with: added to a topic's change line for an ask it was not written for."""
    return _steps(*_with_reviewed(each), wording)


def _steps(asked: list[str], kinds: list["Kind"], wording: str) -> list[str]:
    return _quoted_once([(_fill(k.line("change", a), a, wording), a) for k, a in _grouped(asked, kinds)])


def checks(asked: list[str], kinds: list["Kind"], wording: str, place: Place, theme: str | None = None) -> str:
    """C: a check for each ask, then the meeting it is reported to; until three months meet the
    standard when anything is ongoing, when each is done when every ask is a one-off job."""
    each = _each_check(asked, kinds, wording) + _aim_checks(asked, kinds)
    forum = (place.leaders if theme in LEADERSHIP_THEMES or any(k.to_leaders for k in kinds) or seniors(wording)
             or all(k.provider_duty for k in kinds) else place.forum)
    until = ("when each is done" if all(k.one_off or _yearly(a) for k, a in zip(kinds, asked))
             else "until three months meet the standard")  # a yearly test is checked when it falls due, not monthly
    text = "; ".join(each)
    return f"{text[0].upper()}{text[1:]}; report to {forum} {until}."


def evidence(asked: list[str], kinds: list["Kind"], wording: str) -> str:
    """The record each ask leaves; an ask naming nothing of its own ("action is taken when it is out
    of range") adds nothing to the record of an earlier ask of its kind."""
    each = list(dict.fromkeys(_fill(k.line("evidence", a), a, wording)
                              for k, a in _grouped(asked, kinds, "evidence", by_record=True)))
    tracked = {a for a, k in zip(asked, kinds) if k.id == MEASURE}
    each += [f"{kept}, showing that {p}" if _COVER.search(a) and (kept := _kept_in(p, a)) else f"the records that show {p}"
             for p, a in _aims(asked, kinds, {"review", WALK_ROUND}).items()  # a place's aim is seen on the walk-round
             if not (a in tracked and _source_of(p))]  # what cover was for, where it is kept; a measure's figures, when
    # they are the aim's own (crews released within 15 minutes: the handover log), show it already
    text = "; ".join(each)
    return f"{text[0].upper()}{text[1:]}."


_PURPOSE = compiled(r",?\s+(?:so that|to (?:make sure|ensure) that)\s+(?!(?:they|it|he|she|this|these|those|we|there)\b)(?!.*\b(?:cannot|can not|unable)\b)(.+)$",
                    re.IGNORECASE)  # what is prevented ("cannot be accessed") leaves no record of its own


_EVERY_ONE = compiled(r"\bevery\s+(?:single\s+)?(?:[\w-]+\s+)?(?:patient|person|resident|client|service user|child|young person|"
                      r"woman|baby|prisoner|detainee|member of staff|caller|referral)\b(?!\s+(?:[\w-]+\s+)?(?:at|in|on)\s+(?:a|each)\b)",
                      re.IGNORECASE)  # "every patient has a care coordinator": said of each one on the list, not of most


def _every_one(sample: str) -> str:
    """A sample of 10 made the whole list ("the records of all the people it concerns"): what is said of every one
    is shown by checking every one, not ten."""
    return re.sub(r"\b10\b", "all", sample.replace("10 of the ", "all the "), count=1)


def _aim_checks(asked: list[str], kinds: list["Kind"]) -> list[str]:
    """A check of what cover is for, or of a result for the people cared for, where that result is kept: a rota
    alone does not show visits went ahead; none with figures of its own beside a measure, whose figures show the result
    already (prisoners escorted to appointments beside rebooking times tracked: each one's records, still)."""
    measured = any(k.id == MEASURE for k in kinds)
    return [f"check too, from {_kept_in(p, a) or (_every_one(CASE_RECORDS) if _EVERY_ONE.search(p) else CASE_RECORDS)}, that {p}"
            for p, a in _aims(asked, kinds, _NOT_IN_RECORDS).items()
            if (_COVER.search(a) or _for_people(p)) and not (measured and _source_of(_said_of_them(p)))
            and not _IN_PRIVATE.search(p)]  # what people can do in private is seen where it happens, in no one's records


def _kept_in(aim: str, ask: str) -> str:
    """Where an aim's result is found: the [[source]] that names it (call data), else, for what cover was for and
    not said of the people cared for (whose own records show it), the records of the shifts covered; else empty."""
    return _source_of(_said_of_them(aim)) or (SHIFT_RECORDS if _COVER.search(ask) and not _for_people(aim) else "")


# people named by what they are doing ("patients waiting to be seen", "people using the service"): which people
_WHICH_PEOPLE = compiled(r"\b(?:patients|people|residents|children|women|families)\s+(?!being\b)[a-z]+ing\b", re.IGNORECASE)


def _said_of_them(result: str) -> str:
    """What a result says of the people it is about, when what they are doing only says which people they are
    ("patients waiting to be seen are observed at all times": shown by their observation, not by waiting list
    figures); else the whole result."""
    verb = _VERB.search(result)
    return result[verb.start():] if verb and _WHICH_PEOPLE.search(result[:verb.start()]) else result


def _aims(asked: list[str], kinds: list["Kind"], leaving: set[str] | frozenset[str]) -> dict[str, str]:
    """What each ask is for (`purpose`), once each, with the first ask for it; none of the kinds left out (a
    review's aim is its decision), nor one checked as an ask of its own, which has its own check and record."""
    aims: dict[str, str] = {}
    for a, k in zip(asked, kinds):
        if k.id not in leaving and (p := purpose(a)) and p not in asked:
            aims.setdefault(p, a)
    return aims


def purpose(ask: str) -> str:
    """What the ask is for, when that is a result of its own ("enough nurses on every shift so that
    escorted leave is not cancelled", "enough call handlers to answer 999 calls promptly"): rotas alone
    do not show leave went ahead or calls were answered, so the result is checked and shown from its own
    records too; a result said of "they" or "it" restates the ask."""
    if m := _PURPOSE.search(ask):
        return m.group(1).strip(" .;,")
    results = []
    if m := _ENOUGH_FOR.search(ask):  # "staffing is sufficient for escorted leave to go ahead": leave goes ahead
        plural = " and " in m["what"] or is_plural(m["what"].split()[-1])
        verb = ("are" if plural else "is") if m["verb"].lower() == "be" else present_form(m["verb"], plural)
        results.append(f"{m['what']} {verb}{m['rest']}".strip(" .;,"))
    if (m := _ENOUGH_TO.search(ask)) and not _RESTATES_COVER.match(m["to"]):
        place = _PLACE_STAFFED.match(ask)  # "the unit has enough nurses to open as planned": the unit opened
        doer = f"{place['place']} {'were' if is_plural(place['place'].split()[-1]) else 'was'}" if place else "those on duty were"
        results.append(f"{doer} able to {m['to'].strip(' .;,')}")
    return ", and ".join(results)


# what cover is for that is the cover itself ("enough nurses to meet the planned establishment", "to care for children"): no
# result of its own, so nothing besides the rotas shows it
_RESTATES_COVER = compiled(r"(?:meet|match|fill)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:establishment|staffing|levels?|ratios?|"
                           r"numbers?|rotas?|shifts?)\b|(?:care\s+for|look\s+after|nurse|staff|cover|support|work\s+(?:on|in))\b",
                           re.IGNORECASE)
# a place said to have the cover ("the surgical assessment unit has enough nursing staff"): what it is for is the place's
_PLACE_STAFFED = compiled(r"^(?P<place>(?:the|its|each|every)\s+(?:(?!has\b|have\b)[\w’'-]+\s+){0,5}?(?:unit|ward|department|"
                          r"service|clinic|team|theatres?|lounge|centre|suite|base|hub))\s+(?:has|have)\s+(?:enough|sufficient|adequate)\b",
                          re.IGNORECASE)


# what cover is for, said of what it allows: "sufficient for escorted leave and one-to-one sessions to go ahead as planned"
_ENOUGH_FOR = compiled(r"\b(?:enough|sufficient|adequate)\b[^.;]{0,40}?\bfor\s+(?P<what>(?!(?:the\s+)?staff\b|them\b|it\b)[^,;.]+?)"
                       r"\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^,;.]*)", re.IGNORECASE)


# "there are enough midwives on the labour ward to provide one-to-one care": the cover and what it is for
_COVER_WORDS = (r"\b(?:enough|sufficient|adequate)\b[^.;]{0,80}?\b(?:staff|nurses|midwives|doctors|clinicians|call handlers|care workers|"
                r"carers|therapists|consultants|pharmacists|workers|staffing|cover)\b")
_COVER = compiled(_COVER_WORDS, re.IGNORECASE)  # staff enough for something: its result is found on the shifts covered
_ENOUGH_TO = compiled(_COVER_WORDS + r"[^.;]{0,60}?\s+to\s+(?P<to>(?!be\b|a\b|the\b)[a-z]+\b.+)$", re.IGNORECASE)
# where a result is found when no [[source]] names it: the shifts the cover was for, else the people or cases concerned
SHIFT_RECORDS = "the records of those shifts"
CASE_RECORDS = "the records of 10 of the people it concerns"
MEASURE = "measure"  # the vocab/asks.toml kind for a figure tracked against a target


def _for_people(result: str) -> bool:
    """A result said of the people cared for ("patients can access the therapies", "every patient is reviewed
    within 72 hours"): their records show it. One said of leaders, data or premises has no such record to sample."""
    verb = _VERB.search(result)
    subject = result[:verb.start()] if verb else ""
    return bool(_PEOPLE.search(subject)) and not _STAFF.search(subject)


def _source_of(text: str) -> str:
    """The [[source]] row's data for a result ("999 calls are answered": the telephone system's call data), or empty."""
    return next((r.data for r in _kinds().source if any(p.search(text) for p in _compiled(tuple(r.patterns)))), "")


def _with_reviewed(each: list[Asked]) -> tuple[list[str], list["Kind"]]:
    """Each ask and its kind; a review is followed by what it reviews, when that is of a kind with
    checks of its own: "review the arrangements for storing stock so that it is kept off the floor"
    is a review and then a walk-round check that stock is off the floor, "consider providing hearing
    loops" a decision and then the work, so the lines check the outcome, not only that a review met."""
    asked, kinds = [], []
    for a in each:
        kind = _built(a.text, _observed(a.duty, kind_of(a.duty)))
        if kinds and kind is _kinds().kind[-1] and (pronoun := _PRONOUN_SUBJECT.match(a.text)) \
                and (earlier := said_of(asked[-1])):  # "local rules are signed by all staff and that they are reviewed
            named = f"{earlier} {a.text[pronoun.end():]}"  # annually": the local rules reviewed, a document's own review,
            if (own := kind_of(named)) is not kind and hasattr(a, "_replace"):  # not a practice of no kind, quoted
                kind, a = own, a._replace(text=named)  # by what it is said of
        if kinds and (kind.id in _CASE_KINDS and _SAID_OF_EARLIER.match(a.text) or kinds[-1].one_off and _RESULTING.match(a.text)):
            kind = kinds[-1]  # "they", "it": nothing of its own to sample; "the resulting action plan" of a job done once
            # (a survey's round analysed) is that job's, done with it
        if kind is _kinds().kind[-1] and (aim := _PURPOSE.search(a.text)) and kind_of(aim.group(1)).id == MEASURE:
            kind = _kind(MEASURE)  # "improve the handover of patients so that crews are released within 15 minutes": the
            # time it is for is what is asked, tracked from its figures, not the handover's notes sampled
        a = a._replace(text=inline(a.text)) if hasattr(a, "_replace") else a
        if (kind is _kinds().kind[-1] and _REFERS_BACK.match(a.text)
                and any(k is not kind and _covered(a.text, b, k) for b, k in zip(asked, kinds))):
            continue  # "... and that the actions to reduce the risks are completed": the earlier ask's check covers it
        asked.append(a.text)
        kinds.append(kind)
        for other in _also_own(a.duty, kind):  # "training, supervision and appraisal": each has its own record
            if other not in kinds:
                asked.append(a.text)
                kinds.append(other)
        for part in _included(a.text) if kind.id in _CONTAINERS else []:  # "a system ..., including an agreement and drills"
            if (part_kind := kind_of(part)) is not kind and part_kind is not _kinds().kind[-1] and part_kind not in kinds:
                asked.append(part)
                kinds.append(part_kind)
        if kind.id == JOINT and (aim := _JOINT_AIM.search(a.text)) and ((aim_kind := kind_of(aim.group(1))) is not _kinds().kind[-1]
                                                                        or _HOLDS.match(aim.group(1))):
            asked.append(aim.group(1))  # "work with partners to reduce the delays": the delays are measured too
            kinds.append(aim_kind)
        if kind.id == "review" and (inner := reviewed(a.text)):
            inner = _of_reviewed(a.text, inner)
            inner_kind = kind_of(duty(without_where(_EXAMPLE_ITEMS.sub("", inner))))  # not what its examples name
            whole = inner_kind is _kinds().kind[-1]
            if whole and _observed(inner, inner_kind).id == WALK_ROUND:  # "... so that fire exits are not obstructed": the
                whole, inner_kind = False, _kind(WALK_ROUND)  # place it is for, seen on a walk-round after the review
            if whole:  # "review the complaints leaflet so that it tells patients ...": a document to update
                reviewed_part = _REVIEW_VERB.sub("", _OUTCOME.split(a.text, maxsplit=1)[0], count=1)
                # "review how people's dignity is maintained": the practice reviewed, checked as a clause of its own
                # "consider how it monitors the flow of patients": the monitoring, not a figure to move
                inner_kind = (_kind(AUDITS) if _MONITORS.match(reviewed_part)
                              else kind_of(without_where(_EXAMPLE_ITEMS.sub("", reviewed_part))))
                inner = _REVIEW_VERB.sub("", a.text, count=1) if _HOW_CLAUSE.match(a.text) else a.text
            inner_kind = _built(inner, _observed(inner, inner_kind))  # "... so that they do not wait in the main corridor"
            if inner_kind.id == SYSTEM and (made_for := _ARRANGEMENTS_FOR.match(inner)) \
                    and (for_kind := kind_of(_as_checked(made_for.group(1)))) not in (_kinds().kind[-1], inner_kind):
                inner_kind = for_kind  # "the arrangements for medical cover at weekends": the cover, checked on the rota
            before = _OUTCOME.split(a.text, maxsplit=1)[0].strip(" ,;")
            if inner_kind.id in _TOLD_KINDS and _SIGNS.search(before):  # "review signage ... so that patients know how
                inner_kind = _kind(ON_VIEW)  # long they will wait": what people learn from the signs, seen where they are
            if inner_kind.id != "review" and inner_kind is not _kinds().kind[-1]:
                if before != a.text.strip(" ,;") and not whole:
                    asked[-1] = inline(before)  # "review the complaints leaflet", then "it tells ..."
                elif not reviews_system(a.text):  # "consider providing hearing loops": what it asks is the job itself
                    asked.pop()
                    kinds.pop()
                asked.append(inner)
                kinds.append(inner_kind)
            elif whole and (aim := _OUTCOME.search(a.text)) and (_kept(aim.group(1)) or _for_people(aim.group(1))
                                                                  or _HOLDS.match(aim.group(1))):
                asked.append(aim.group(1).strip(" .;,"))  # "... so that people receive their care at the agreed times":
                kinds.append(_kinds().kind[-1])  # the aim checked where it is recorded (the call monitoring)
    return asked, kinds


_HOLDS = compiled(r"^(?!(?:it|they|this|these|that|those)\b)(?:[\w’'-]+\s+){1,6}?(?:is|are)\s+(?!(?:reviewed|considered|"
                   r"discussed|explored|agreed|decided)\b)\w+", re.IGNORECASE)  # what a review is for, said of a thing of its
# own ("... so that any restriction is based on an individual assessment of risk"): checked to hold after it, not only
# the review's being done

_IT_DOES = compiled(r"^it\s+(?=[a-z]+s\b)", re.IGNORECASE)  # "it meets ...", "it complies ...": one thing said of


def _of_reviewed(ask: str, inner: str) -> str:
    """What a review is for, said of the thing reviewed when it says "it" of it and reads as nothing of its own ("review
    the environment of the assessment room so that it meets national guidance": the room's environment meets it, seen on
    the premises; not a practice, nor the guidance a document to write)."""
    before = _OUTCOME.split(ask, maxsplit=1)[0].strip(" ,;")
    thing = _REVIEW_VERB.sub("", before, count=1).strip()
    if not (it := _IT_DOES.match(inner)) or not thing or thing == before or not general(kind_of(inner)):
        return inner
    named = f"{thing} {inner[it.end():]}"
    return named if not general(kind_of(named)) else inner


# what is told by signs put up, not by staff to each person: a review of them is for what people read there
_SIGNS = compiled(r"\b(?:signage|signs|signposting|notices|posters|notice ?boards?|information (?:boards?|screens?)|displays?)\b",
                  re.IGNORECASE)
_TOLD_KINDS = frozenset({"offered", "information"})  # what staff tell or give each person, recorded in their notes
ON_VIEW = "on_view"  # the vocab/asks.toml kind for information shown where people look
_MONITORS = compiled(r"^(?:monitors?|audits?|measures?|tracks?|oversees)\s+(?:the|its|their|how)\b", re.IGNORECASE)

_ADVICE = compiled(r"\b(?:access\s+to|gets?|receives?|obtains?)\s+(?:[\w-]+\s+){0,4}?(?:advice|expertise|input|support|"
                   r"consultation|opinion)s?\b", re.IGNORECASE)  # "the clinical hub gets access to specialist mental
# health advice": advice reached by phone or referral, nothing a walk-round of the hub could see

def _observed(ask: str, kind: "Kind") -> "Kind":
    """The kind that watches practice for an ask no kind names about what is seen, not written down
    ("people's dignity is respected", "doors are closed"): no record of dignity exists to sample."""
    verb = _VERB.search(ask)
    subject = _LEADING.sub("", ask[:verb.start()]).split() if verb else []
    if instruction(ask):  # "improve the privacy of patients being triaged ...": what it is done to
        subject = [head_noun(_LEADING.sub("", ask.partition(" ")[2]).split() or [""])]
    ends = {re.sub(r"['’]s?$", "", w.lower()) for w in subject[:1] + subject[-1:]}  # "conversations about care", "people's dignity"
    if kind.id in _PEOPLES_CARE and not records_named(ask) and (_looked(ask) or _one_thing(ask)) and not _ADVICE.search(ask):
        return _kind(WALK_ROUND)  # "the room has a second exit": no notes show it
    if kind is not _kinds().kind[-1] or records_named(ask) or not ends & set(_kinds().observed):
        return kind
    return _kind(OBSERVING)


def _built(ask: str, kind: "Kind") -> "Kind":
    """Work to order for an ask that gives a fitting or a place a feature it lacks (vocab/asks.toml `built`: "chairs in the
    waiting area are wipeable", "bedroom doors have vision panels", "... so that it is separate from adults"): bought or
    built once and checked done, not practice watched, a walk-round repeated or notes sampled. The whole ask is read, so
    a feature named in what it is for counts; a review ("consider guidance on dementia-friendly environments") is no work yet."""
    if _REVIEW_VERB.match(ask):
        return kind
    feature = phrase_pattern(tuple(_kinds().built))
    places = phrase_pattern(tuple([*_kinds().looked, *_kinds().fittings]))
    if kind.id in _BUILT_FROM and feature and places and feature.search(ask) and places.search(ask) and not records_named(ask):
        return _kind(WORKS)
    return kind


def _looked(ask: str) -> bool:
    """The ask is about something on the premises (vocab/asks.toml `looked`, `fixed`): its subject is one ("the
    room has ...", "furniture cannot be moved"), or what it has is ("has somewhere lockable"), or where
    people wait ("do not wait in the main corridor"); not where the subject is ("stock in the clinic room", "secluded in designated seclusion rooms")."""
    pattern = phrase_pattern(tuple(_kinds().looked + _kinds().fixed))
    verb = _PREDICATE.search(ask)
    subject = _LEADING.sub("", ask[:verb.start()]).split() if verb else _opening(ask)
    held = _HAS.search(ask) or _WAIT_IN.search(ask)
    done_to = (_MADE.match(ask) or _INSTRUCTED.match(ask)) if instruction(ask) else None  # "improve the discharge
    # lounge so that ...", "make the assessment room safer for ..."
    return bool(pattern and (subject and _names_place(pattern, subject)
                             or held and pattern.search(held.group(1))
                             or done_to and pattern.fullmatch(head_noun(done_to.group(1).split()))))


def _names_place(pattern: re.Pattern[str], subject: list[str]) -> bool:
    """The subject's head noun is a place, alone or with the word before it ("blind spots on the ward", "the waiting
    room"): a place of two words is named by both."""
    head = head_noun(subject)
    at = next((i for i in range(len(subject) - 1, -1, -1) if subject[i] == head), None)
    return bool(pattern.fullmatch(head) or at and pattern.fullmatch(" ".join(subject[at - 1:at + 1])))


def _opening(ask: str) -> list[str]:
    """"mortuary viewing room" in "the mortuary viewing room offers a suitable environment": the words an ask with
    no `_PREDICATE` opens on, up to a verb said of them (`_VERB`'s, or an imperative's "-s" form); empty without one."""
    words = ask.split()
    if not words or words[0].lower() not in _ARTICLES:
        return []
    end = next((i for i, w in enumerate(words[2:OPENING_WORDS + 2], start=2)
                if _VERB.fullmatch(w) or (w.endswith("s") and w[:-1].lower() in IMPERATIVE)), 0)
    return words[1:end]


_ARTICLES = frozenset("the a an its their".split())
OPENING_WORDS = 4  # a subject of more words is a clause, not the name of a place


def _one_thing(ask: str) -> bool:
    """The ask is said of one thing, named as one ("the birthing pool can be emptied quickly", "the PICU has an
    accessible bathroom", "the practice's complaints leaflet includes ..."): no person, no record (a singular
    that is also a verb, "register", "log", is one too), so there are not ten of it to sample; it is looked at where it is."""
    verb = _VERB.search(ask)
    named = _ONE_NAMED.match(ask[:verb.start()].strip()) if verb else None
    head = named["head"] if named else ""
    return (bool(head) and bool(_subject(ask)) and not names_record(f"{head}s") and not _DONE_TO.match(ask, verb.end())
            and (not head.lower().endswith("s") or head.lower().endswith("ss")))


_ONE_NAMED = compiled(r"^(?:the|its)\s+(?:[\w’'-]+['’]s\s+)?(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+)$", re.IGNORECASE)
_DONE_TO = compiled(r"\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)  # "the maternity dashboard is reviewed monthly": an act
# someone does, seen in its record, not a state of the thing seen where it is ("can be emptied" is what it allows)
_INSTRUCTED = compiled(r"^\w+\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:so|to|and|for|by|with)\b|[,.;]|$)",
                       re.IGNORECASE)  # what an instruction is done to: its object, up to what it is for
# "make the assessment room safer for patients": what is made so, before the word saying how
_MADE = compiled(r"^(?:make|keep)\s+(?:the\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                 r"(?:\s+(?:on|in|at|of)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?\s+(?:more\s+|less\s+)?[\w-]+"
                 r"(?=\s+(?:so|to|and|for|by|with|at|in)\b|[,.;]|$)", re.IGNORECASE)
_PREDICATE = compiled(r"\b(?:is|are|has|have|can|cannot|can't|do|does|must|will|remains?|stays?|allows?|enables?|permits?)\b", re.IGNORECASE)  # "fire
# exits remain clear": said of the exits as "are" would be
_WAIT_IN = compiled(r"\bwait(?:s|ing)?\s+in\s+((?:the|a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)  # where people wait
_HAS = compiled(r"\b(?:has|have)\s+((?:a|an|somewhere|no)\s+(?:[\w-]+\s+){0,3}?[\w-]+)", re.IGNORECASE)


JOINT = "joint_work"  # the vocab/asks.toml kind for work with partners, whose aim ("to reduce ...") is checked too
_JOINT_AIM = compiled(r"\b(?:to|so that)\s+((?:reduce|improve|increase|cut|lower|raise|meet|achieve)\b.+|(?<=that )\S.+)$",
                      re.IGNORECASE)
OBSERVING = "staff_practice"  # the vocab/asks.toml kind whose check is watching practice
WALK_ROUND = "premises"  # the vocab/asks.toml kind whose check is a walk-round of the areas concerned
_NOT_IN_RECORDS = frozenset({"review", WALK_ROUND, OBSERVING, "works", "feedback"})  # a review's aim is its decision; a room's is
# seen there; what feedback changed is shown by its own "you said, we did" record, not 10 people's notes
_PEOPLES_CARE = frozenset({"offered", "practice"})  # kinds that sample people's records: none for the premises
_BUILT_FROM = _PEOPLES_CARE | {OBSERVING, WALK_ROUND}  # kinds a feature to build makes work to order (`_built`)


def _also_own(ask: str, kind: "Kind") -> list["Kind"]:
    """Other kinds with lines of their own that the ask lists beside its own: "staff receive training,
    supervision and appraisal" is training, and supervision and appraisal too, each checked on its own
    record; "signage is displayed" is one display, though "signage" alone would be works. What staff must know, asked
    beside the training they complete ("complete training in the Mental Capacity Act and understand how it applies"), is
    shown by the training records too, not only by asking them."""
    if kind.id == AWARENESS and _first_match(ask, trained := _kind(TRAINING)):
        return [trained]
    if kind.id == ROLE_TIME:  # "time set aside for clinical supervision of their staff": the time is asked; what it is
        return []  # for (supervision they give, audits they run) is already set up, no record of its own to check
    if not (kind.own_lines or kind.id == STAFF_CHECKS):  # a staff check (DBS) is on each personnel file, and the training
        return []  # beside it ("training and a criminal records check") on the training records; alone it keeps a
    # recruitment topic's lines
    mine = _first_match(ask, kind)
    found = []
    examples = [m.span() for m in _EXAMPLE_ITEMS.finditer(ask)]
    for k in _kinds().kind:
        if k.own_lines and k is not kind and (theirs := _first_match(ask, k, clear_of=mine)) \
                and not any(s <= theirs[0] and theirs[1] <= e for s, e in examples):  # not one phrase naming
            # both ("ratings are displayed"), but each named apart ("receive an appraisal and regular supervision")
            between = ask[min(mine[1], theirs[1]):max(mine[0], theirs[0])]
            if not _VERB.search(between) and not _ABOUT.search(ask[min(mine[0], theirs[0]):max(mine[0], theirs[0])]) \
                    and not _MONITORED.search(ask[:min(mine[0], theirs[0])]):
                # listed together, not subject and verb of one clause, nor what the first is about ("dashboards show current
                # data on caseloads, training ...", "managers have access to accurate data on training compliance")
                found.append(k)
    return found


_EXAMPLE_ITEMS = compiled(r",?\s+" + EXAMPLE_OPENER + r"\s*[^,;.\n]*", re.IGNORECASE)  # "review the blanket restrictions,
# including locked kitchens, ...": what the ask's object takes in, no second job (a store to lock)
_ABOUT = compiled(r"\b(?:data|figures|information|reports?)\s+(?:on|about)\b", re.IGNORECASE)
_MONITORED = compiled(r"\b(?:systems?|process(?:es)?|arrangements|data|figures|reports?)\s+(?:for|of|on)\s+(?:monitoring|recording|"
                      r"tracking|reporting)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)  # "its systems for monitoring the
# completion of mandatory training give the board accurate information": the training is what the figures count, no
# training for staff to complete


def _named_at(ask: str, kind: "Kind") -> str:
    """The words naming the kind in the ask, up to the next item of its list ("trained for the role" in "... are trained for
    the role and have received a DBS check"), else the whole ask."""
    span = _first_match(ask, kind)
    return re.sub(r"^(?:is|are|be)\s+", "", re.split(r",|\s+(?:and|or)\s+", ask[span[0]:])[0]) if span else ask


def _trained_too(ask: str) -> list["Kind"]:
    """Training a staff check's ask names in a clause of its own ("are trained for the role and have received a DBS
    check"): both are on each member of staff's file, whatever joins them."""
    kind = kind_of(ask)
    if kind.id != STAFF_CHECKS or not (mine := _first_match(ask, kind)):
        return []
    return [trained] if _first_match(ask, trained := _kind(TRAINING), clear_of=mine) else []


class Beside(NamedTuple):
    """What a topic's lines gain for kinds listed beside an ask's own: A's steps, B's tell, C's checks, the evidence."""

    steps: list[str]
    tell: str
    checks: list[str]
    evidence: list[str]


def listed_beside(each: list[Asked], wording: str, covered: frozenset[str]) -> Beside:
    """Lines for kinds with lines of their own that an ask lists beside its own (`_also_own`: "training and a criminal
    records check"), which a topic's lines, written for the ask's own kind, leave out (`covered`: the kinds they were
    written for). The course is quoted where the ask names one, not the whole ask again."""
    found = list(dict.fromkeys((a.text, k.id) for a in each for k in [*_also_own(a.duty, kind_of(a.duty)), *_trained_too(a.duty)]
                               if k.id not in covered))
    if not found:
        return Beside([], "", [], [])
    named = [(_courses(text) or _named_at(text, _kind(kind))) if kind == TRAINING else text for text, kind in found]
    kinds = [_kind(kind) for _, kind in found]
    tells = ", and ".join(dict.fromkeys(k.told(a) for k, a in zip(kinds, named)))
    return Beside([_fill(k.line("change", a), a, wording) for k, a in zip(kinds, named)],
                  f"Also tell them {tells} ({'; '.join(dict.fromkeys(named))}).",
                  [_fill(k.line("check", a), a, wording) for k, a in zip(kinds, named)],
                  [_fill(k.line("evidence", a), a, wording) for k, a in zip(kinds, named)])


def _first_match(ask: str, kind: "Kind", clear_of: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Where the kind is first named in the ask; with `clear_of`, the first naming outside that span."""
    spans = [m.span() for p in _compiled(tuple(kind.patterns)) for m in p.finditer(ask)
             if clear_of is None or m.start() >= clear_of[1] or m.end() <= clear_of[0]]
    return min(spans) if spans else None


_INCLUDED = compiled(r",?\s+including\s+(.+?)\s*$", re.IGNORECASE)


_CONTAINERS = frozenset({SYSTEM, "assurance", AUDITS})  # kinds whose asks list their parts
_CLAUSE_WORDS = compiled(r"\b(?:is|are|was|were|be|been|so|that|for|when|before|after)\b", re.IGNORECASE)


def _included(ask: str) -> list[str]:
    """The parts an ask lists at its end after "including" ("an up-to-date transfer agreement", "regular
    transfer drills"): a part of another kind (a document, a drill) needs its own check. A clause is no part."""
    m = _INCLUDED.search(ask)
    if not m or _FAILINGS.search(ask[:m.start()]):  # "audits identify shortfalls ..., including gaps in charts": examples
        return []  # of what the audits must find, not parts of the system to check on their own
    if m.group(0).startswith(",") and (_PREDICATE_AFTER.search(m.group(1)) or EXAMPLES_ASIDE.search(ask)):  # "its processes,
        return []  # including the risk register, identify, assess and mitigate risks", "its governance systems, including
    # audits of seclusion, identify gaps": an aside in the subject, what follows it the verbs, no parts
    parts = [p.strip(" ,.") for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1))]
    return [] if any(_CLAUSE_WORDS.search(p) for p in parts) else parts


_PREDICATE_AFTER = compiled(r",\s+(?:" + "|".join(sorted(IMPERATIVE)) + r")\b", re.IGNORECASE)
_FAILINGS = compiled(r"\b(?:shortfalls|issues|concerns|gaps|problems|errors|failings|omissions|themes)\b[^,;]{0,60}$", re.IGNORECASE)


_PRONOUN_SUBJECT = compiled(r"^(?:they|it)\s+(?=(?:is|are|will\s+be|have\s+been|has\s+been)\s)", re.IGNORECASE)  # "they are reviewed"
_SAID_OF_EARLIER = compiled(r"^(?:they|it|the\s+resulting|the\s+(?:learning|action)\s+points)\s", re.IGNORECASE)  # "audits are carried out ..., that they
# have documented learning points and that the resulting improvements can be shown": more asked of the earlier ask's
# thing, checked with it when its own kind would sample records ("audit 10 records" of nothing named); "it is checked
# weekly" keeps its kind; "the learning points are documented" after audits asked are those audits' learning points
_RESULTING = compiled(r"^the\s+resulting\s", re.IGNORECASE)
_REFERS_BACK = compiled(r"^(?:the|these|those|this|its|their)\s", re.IGNORECASE)  # "the actions to reduce the risks"



_COMMON = frozenset("patients people staff service that their there which with have been from they them this these "
                    "those were ensure should must each every when".split())  # "each" says no more of what is asked


def _covered(ask: str, earlier: str, kind: "Kind") -> bool:
    """The ask names what the earlier ask named, and the earlier ask's check and record name the rest
    ("the actions to reduce the risks are completed" after "ligature risk assessments", whose check
    follows each action); "those at risk have their skin checked" after a risk assessment is a duty
    of its own."""
    def stems(text: str) -> set[str]:
        return {w.removesuffix("s")[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4 and w not in _COMMON}
    mine, lines = stems(ask), stems(f"{earlier} {kind.check} {kind.evidence}")
    state = stems(said.group(1)) if (said := _STATE.search(ask)) else set()  # "... and that the ward is secure": what is
    # said of the thing named before is the ask, whatever else it shares
    return bool(mine & stems(earlier)) and len(mine - lines) <= len(mine) / 2 and not (state and not state & lines)


_STATE = compiled(r"\b(?:is|are)\s+(?:kept\s+|made\s+)?(\w+)$", re.IGNORECASE)


_OUTCOME = compiled(r",?\s*\b(?:so that|so they|to ensure(?: that)?|to make sure(?: that)?|and ensure(?: that)?)\s+(.+)$", re.IGNORECASE)
_REVIEW_VERB = compiled(r"^(?:consider|review|seek|explore|look at)\s+(?:how\s+(?:(?:it|they|the\s+\w+|staff)\s+(?:can|could|will)\s+|"
                        r"(?:it|they)\s+|(?=(?:[\w’',-]+\s+){1,10}?(?:is|are)\s))?|whether\s+(?:to\s+)?)?", re.IGNORECASE)
_HOW_IT_DOES = compiled(r"^(?:consider|review|explore|look at)\s+how\s+(?:it|they)\s+(?!(?:is|are|was|were|has|have|can|could|will)\b)\w+s\b",
                        re.IGNORECASE)
_HOW_CLAUSE = compiled(r"^(?:consider|review|explore|look at)\s+how\s+(?!(?:it|they|the\s+\w+|staff)\s+(?:can|could|will)\b)"
                       r"(?:(?:[\w’',-]+\s+){1,10}?(?:is|are)\s|the\s+\w+\s+(?!(?:is|was|has|does)\b)[a-z]+s\s|"
                       r"(?:all\s+)?(?:[\w-]+\s+)?(?:staff|crews|clinicians|nurses|doctors|midwives|GPs|paramedics|carers|"
                       r"care\s+workers|call\s+handlers|teams)\s+(?!(?:can|could|will|are|is|were|was)\b)[a-z]+\s)",
                       re.IGNORECASE)  # "review how learning is shared", "how the practice records complaints", "how crews
# record the time of handover": a clause


_SOUGHT = compiled(r"^seek\s+(?!how\b|whether\b|ways\b)", re.IGNORECASE)  # "seek guidance on ...": what is sought, no clause
_HOW_QUICKLY = compiled(r"^(?P<speed>quickly|promptly)\s+(?P<done>(?:[\w’'-]+\s+){1,8}?(?:is|are)\s+[a-z]+ed(?:\s+(?:to|on))?)(?P<rest>.*)$",
                        re.IGNORECASE)


WHERE_WITH = compiled(r"\s(?:in|for|across|within)\s+(?:the\s+|those\s+)?(?:[\w’'-]+\s+){0,2}?(?:specialties|specialities|services|"
                       r"clinics|areas|wards|teams|departments|sites|pathways)\s+(?:with|that\s+have|which\s+have|where)\b",
                       re.IGNORECASE)  # the places an ask is to be done in, known by what they have


def without_where(job: str) -> str:
    """A job without the places it is to be done in: "extending the use of video consultations in specialties with long
    waiting lists" is the consultations' use, not the waiting lists, which say where."""
    return job[:where.start()] if (where := WHERE_WITH.search(job)) else job


def reviewed(ask: str) -> str:
    """What a review is for: "they are kept off the floor" from "review the arrangements for storing
    stock so that they are kept off the floor"; "providing hearing loops at reception" from "consider
    providing hearing loops at reception"; empty when it says nothing more than what to review."""
    if m := _OUTCOME.search(ask):
        return m.group(1).strip(" .,;")
    rest = _REVIEW_VERB.sub("", ask, count=1).strip(" .,;")
    if rest == ask.strip(" .,;") or not rest or _SOUGHT.match(ask):
        return ""
    if speed := _HOW_QUICKLY.match(rest):  # "review how quickly call bells are answered": call bells are answered quickly
        return f"{speed['done']} {speed['speed']}{speed['rest']}"
    first, _, tail = rest.partition(" ")
    if _HOW_IT_DOES.match(ask):  # "review how it records and learns from complaints": the review is what is asked
        return ""
    if first.lower().endswith("ing"):  # "providing hearing loops" as "provide hearing loops"
        verb = next((v for v in (first[:-3] + "e", first[:-3]) if v.lower() in IMPERATIVE), None)
        rest = f"{verb} {tail}" if verb else rest
    return rest


def reviews_system(ask: str) -> bool:
    """A review of a system, process or arrangements, with nothing said of what it is for ("review the system for
    monitoring uncollected prescriptions"): the review is asked, with its finding and changes, as well as the
    system it settles working; not a system already agreed, only traced or checked."""
    inner = reviewed(ask)
    return bool(inner) and not _OUTCOME.search(ask) and kind_of(ask).id == "review" \
        and bool(_SYSTEM_NAMED.match(_LEADING.sub("", inner)))


def general(kind: Kind) -> bool:
    """The catch-all kind (the last of vocab/asks.toml): no lines of its own beyond "check that this was done"."""
    return kind is _kinds().kind[-1]


def specific(ask: Asked) -> bool:
    """The ask is of a kind with checks of its own, not the last kind's catch-all ("observe
    practice and audit 10 records"), which adds nothing to a topic's own lines; nor is a record the
    ask never names ("... checks are completed and recorded": audit 10 records of what?)."""
    kind = kind_of(ask.duty)
    return not general(kind) and not (kind.id == RECORDS and not about(ask.text))


class Extra(NamedTuple):
    """What to add to a topic's lines for the asks they leave out: to B, to C and to evidence."""

    tell: str
    check: str
    evidence: str


def extra_checks(each: list[Asked], wording: str, every_kind: bool = False) -> Extra:
    """For asks a topic's prompts do not cover: a sentence to add to B, one to C and one to evidence. B tells
    the catch-all's "the change agreed" only `every_kind`, for an ask A gives a step of its own."""
    asked, kinds = _with_reviewed(each)
    told = [(a, k) for a, k in zip(asked, kinds) if every_kind or k is not _kinds().kind[-1]]  # else the catch-all's adds nothing
    tells = ", and ".join(dict.fromkeys(k.tell_others or k.told(a) for a, k in told))  # "them": the topic's staff, not the
    # document owners or auditors a kind's own `who` names
    quote = "; ".join(a for a, _ in told)
    about = f" ({quote})" if len(quote.split()) <= QUOTE_IN_B_WORDS else ""
    return Extra(f"Also tell them {tells}{about}." if told else "",
                 "Also " + "; ".join(_each_check(asked, kinds, wording) + _aim_checks(asked, kinds)) + ".",
                 evidence(asked, kinds, wording))


def _each_check(asked: list[str], kinds: list["Kind"], wording: str) -> list[str]:
    """Each ask's check from its kind, once each; asks of one kind on the same records checked together."""
    return _quoted_once([(_fill(k.line("check", a), a, wording), a)
                         for k, a in _grouped(asked, kinds, "check", by_record=True, keep=True)])


def _quoted_once(filled: list[tuple[str, str]]) -> list[str]:
    """Each line once, and an ask quoted in brackets once: a second kind's line for the same ask
    ("the ward displays its data and uses it to improve care") does not quote it again."""
    out: list[str] = []
    for line, ask in filled:
        if any(ask in earlier for earlier in out):
            line = line.replace(f" ({ask})", "")
        if line not in out:
            out.append(line)
    return out


def _grouped(asked: list[str], kinds: list["Kind"], field: str = "change", by_record: bool = False,
             keep: bool = False) -> list[tuple["Kind", str]]:
    """Asks of one kind joined ("a; b"), so a line says once what it does for both: by kind, or by kind
    and the records they name ("records of care ... are completed on time; ... are accurate"). With
    `by_record`, an ask naming nothing of its own after one of its kind adds nothing (None) unless `keep`."""
    groups: dict[tuple[str, str], tuple["Kind", list[str]]] = {}
    for i, (a, k) in enumerate(zip(asked, kinds)):
        samples = any(p in getattr(k, field) for p in ("{sample", "{object}"))
        named = (records_named(a) or _object(a)) if by_record and samples else ""
        if by_record and "{source}" in getattr(k, field):  # measures read from different figures are tracked apart
            named = _source(a, quoted=True)
        if (by_record and samples and not named and k in kinds[:i] and not keep and "{ask}" not in getattr(k, field)
                and _FOLLOW_ON.match(a)):
            continue  # a line that quotes its ask shows this one too; "action is taken when ..." follows the ask before
        groups.setdefault((k.id, named), (k, []))[1].append(a)
    return [(k, "; ".join(_wholes(group))) for k, group in groups.values()]


def _wholes(asks_: list[str]) -> list[str]:
    """Each ask once, and none that is part of another: two merged wordings ("monitor patient satisfaction
    ..." and "review patient satisfaction ...", its reviewing set apart) quote the thing once."""
    return list(dict.fromkeys(a for a in asks_ if not any(a != b and a in b for b in asks_)))


_FOLLOW_ON = compiled(r"^(?:it|they|this|any|action|actions|each|staff|the staff)\b", re.IGNORECASE)


# -- filling a kind's lines with the ask

_RECORDS = compiled(r"\b((?:[\w\-’']+\s+){0,4}?)(records|notes|forms?|charts?|care plans?|plans?|certificates?|files|"
                    r"passports?|risk assessments?|assessments?|logs|registers|responses|letters?|documents?|checklists?|(?<!\d )minutes|(?<=['’]s )file)\b"
                    r"(?![\s-]+(?:rooms?|areas?|suites?|bays?|spaces?|cubicles?|offices?|units?|centres?)\b)",
                    re.IGNORECASE)  # a singular that is also a verb ("record", "log") is no record named, nor is the
# word naming a place ("the mental health assessment room", "the records office")
_PEOPLE = compiled(r"\b(patients|people|children and young people|children|young people|women|babies|residents|"
                   r"prisoners|detainees|carers|complainants|families|(?:(?<=\bthe )|(?<=\beach )|(?<=\bevery )|(?<=\ba )|"
                   r"(?<=\bany ))(?:patient|person|resident|child|woman|baby|prisoner|detainee))\b(?!['’]?s?\s+(?:survey|participation|safety))"
                   r"(?!\s+(?:medical\s+officers?|doctors?|surgeons?|anaesthetists?|registrars?|clinicians?)\b)", re.IGNORECASE)
# "the resident medical officer's handover": a doctor resident in the hospital, no one cared for
_CLOSE_TO = frozenset({"families", "carers"})  # those close to the people cared for, whose records hold what they were told
_PLURAL = {"patient": "patients", "person": "people", "resident": "residents", "child": "children", "woman": "women",
           "prisoner": "prisoners", "detainee": "detainees",
           "baby": "babies"}  # "involves the patient": the records of 10 patients
_BETWEEN = compiled(r"\bbetween\s+(?:each\s+|every\s+)?$", re.IGNORECASE)  # "cleaned between patients": when, not whose records
_NOT_A_MODIFIER = frozenset("the a an one of in on for and or their its all any every each with to that this these those are is be "
                            "staff complete completed access use keep have hold maintain write recording "
                            "accurate legible contemporaneous including such as like date up-to-date".split())  # "the recording of carers'
# assessments": the assessments are the records; "documentation, including care plans": care plans, not "including care
# plans"; "accurate fluid balance charts": what a chart must be, not which charts ("audit 10 accurate
# charts" would take the outcome as given)
_DAILY = compiled(r"\b(?:daily|every day|each day|every working day|every shift|each shift|at every shift|"
                  r"start of every shift|twice a day|weekly|every week)\b", re.IGNORECASE)
_YEARLY = compiled(r"\b(?:once a year|twice a year|annual(?:ly)?|every year|each year|yearly|every (?:two|three) years|six[- ]monthly|"
                   r"quarterly|every (?:three|six) months)\b", re.IGNORECASE)


def _yearly(ask: str) -> bool:
    """A yearly test of a thing (the boiler's annual safety check) is checked when it falls due; a yearly
    event for every person or member of staff (an annual appraisal, health check) is a rate, tracked monthly."""
    return bool(_YEARLY.search(ask)) and not (_PEOPLE.search(ask) or _STAFF.search(ask))


_ONLY_WHEN = compiled(r"\s+only\s+(?:when|if|after|once|where)\b", re.IGNORECASE)
_DONE_ONLY_WHEN = compiled(r"^\s+(?:is|are)\s+(?P<done>[a-z]+\s+[a-z]+ly)" + _ONLY_WHEN.pattern,
                           re.IGNORECASE)
_WHERE_CLAUSE = compiled(r"^(?:where|when|if|once|after|before|while)\b[^,]{0,80},\s+", re.IGNORECASE)


def _fill(template: str, ask: str, wording: str) -> str:
    main = _WHERE_CLAUSE.sub("", ask)  # "where people are deprived of their liberty, the conditions ... are met"
    if kept := _ORG_RECORDS.match(main):  # "the practice records verbal complaints": the complaints are what is recorded
        main = f"{kept['what']} are recorded"
    records = records_named(_OFFER.split(_ONLY_WHEN.split(main, maxsplit=1)[0], maxsplit=1)[0])  # "medicines are given covertly
    # only when a capacity assessment ... is recorded": each time it is done is sampled for what it needs, not the
    # assessments on their own; "carers are offered a carer's assessment": those eligible, not the assessments done
    people = next((m for text in (ask, wording) for m in _PEOPLE.finditer(text)
                   if m.group(1).lower() not in _CLOSE_TO and not _BETWEEN.search(text[:m.start()])), None)
    close_to = not people and any(m.group(1).lower() in _CLOSE_TO for m in _PEOPLE.finditer(ask))
    if occasion := _OFFERED_AFTER.search(main):  # "debriefs are offered following incidents of restraint": each incident
        sample, plural = f"the records of 10 {_occasions(occasion)}", f"the records of {_occasions(occasion)}, checked for it ({ask})"
    elif event := _RECORDED_FOR_EACH.search(main):  # "a record of the action taken in response to each alert": each alert's
        sample, plural = f"the records of 10 {event['event']}s", f"the records of {event['event']}s, checked for it ({ask})"
    elif records:  # the service's own few ("the practice's registers") are read whole, not sampled
        sample, plural = (f"the {records}", records) if _one_document(main) else (f"10 {records}", records)
        if _one_document(main) and not _record_named(main).group(2).lower().endswith("s"):
            sample = plural = f"the {records.removesuffix('s')}"  # the plan itself, not "the ... plans"
        if records.split()[-1].lower() == "minutes":  # every meeting's minutes, never "10 minutes" (a time)
            sample = plural = "each meeting's minutes"
    elif subject := _subject(main):
        if done := _DONE_ONLY_WHEN.match(main[main.lower().find(subject.lower()) + len(subject):]):
            subject = f"{subject} {done['done']}"  # "medicines given covertly": those, not every medicine
        sample, plural = f"10 records of {subject}", f"records of {subject}"
    elif population := _POPULATION_OF.search(ask):  # "for patients who have stayed more than four days": those to sample
        sample, plural = f"the records of 10 {population.group(0)}", f"the records of {population.group(0)}, checked for it ({ask})"
    elif close_to:  # "families and carers are involved in discharge planning": the records are of those cared for
        sample, plural = CASE_RECORDS, f"{CASE_RECORDS.replace(' 10 of', '')}, checked for it ({ask})"
    elif people:
        who = _PLURAL.get(people.group(1).lower(), people.group(1).lower())
        sample = f"the records of 10 {who}"
        plural = f"{who}'" + ("" if who.endswith("s") else "s") + f" records, checked for it ({ask})"
    else:  # nothing named to sample: say what the records must show
        sample, plural = "10 records", f"the records that show it ({ask})"
    if _EVERY_ONE.search(ask):  # "every patient has an allocated care coordinator": the whole list, no sample of 10
        sample = _every_one(sample)
    if "{ask}" in template and plural.endswith(f"({ask})"):  # the line quotes the ask itself
        plural = plural.removesuffix(f" ({ask})").removesuffix(", checked for it")
    often = ("weekly for a month, then monthly to three months" if _DAILY.search(ask)
             else "once now and again when each is next due" if _yearly(ask) else "monthly for three months")
    named = _object(main) or records  # "when medicines are given covertly, a capacity assessment ...": not "when medicines"
    if named and (named == records and named.endswith(_RECORD_WORDS) or named.lower().endswith(_OWN_DOCUMENT)):  # "documented in the maternity records": not
        # "its record of maternity records"; each case's record is those records
        template = template.replace("record of {object}", "{object}")
    template = (template.replace(" ({object})", f" ({named})" if named else "")
                .replace("{object}", named or f"what was done ({ask})"))
    if "{source}" in template:
        template = template.replace("{source}", _source(ask, quoted="({ask})" in template))
    if "{kept" in template:  # the catch-all's records, named where the ask says which; else none is invented
        row = _kept(ask)
        template = (template.replace("{kept}", row.data) if row else template.replace(", from {kept},", ""))
        template = template.replace("{kept_short}", row.data if row else KEPT_SHORT)
    if "{course}" in template:  # the training records of this course, not of any training
        named = _courses(ask)
        template = template.replace(" ({course})", f" ({named})" if named and " " in named else "")  # not "(the induction)"
    if "{places}" in template:  # where the ask says it is shown ("on all patient transport vehicles"), else the usual
        template = template.replace("{places}", m.group(0) if (m := _SHOWN_AT.search(ask)) else USUAL_PLACES)
    return (template.replace("{what}", clause(ask)).replace("{ask}", ask).replace("{sample_plural}", plural)
            .replace("{sample}", sample).replace("{often}", often))


USUAL_PLACES = "waiting areas, leaflet stands, the website"
_SHOWN_AT = compiled(r"\b(?:on|in|at)\s+(?:all|each|every)\s+[^,;.]+?(?=\s+(?:so that|when|and|to|for|which|that)\b|[,;.]|$)",
                     re.IGNORECASE)  # "on all patient transport vehicles", "in every waiting room"
_RECORD_WORDS = ("records", "notes")  # records named only as records
# What is offered is no sample of whether it was offered: those it is owed to are, or the occasions that call for it.
_OFFER = compiled(r"\s+(?:are|is)\s+(?:always\s+|routinely\s+|consistently\s+)?offered\b", re.IGNORECASE)
_OFFERED_AFTER = compiled(r"\boffered\b[^.;:]*?\b(?:following|after)\s+(?:(?:all|the)\s+)?(?:(?P<each>each|every|any)\s+)?"
                          r"(?P<occasion>(?(each)\w+|\w+s)\b[^,;.()]{0,40}?)\s*$", re.IGNORECASE)

_RECORDED_FOR_EACH = compiled(r"\brecords?\b[^.;:]*?\b(?:in response to|following|after)\s+(?:each|every)\s+(?P<event>(?:[\w-]+\s+){0,2}?"
                              r"(?:alert|incident|complaint|concern|referral|request|event|fall|drill|inspection))\b",
                              re.IGNORECASE)  # what is recorded is each event's, not the notes of the people it concerns


def _occasions(offered: re.Match[str]) -> str:
    """"incidents of restraint", and "episodes of seclusion" from "each episode of seclusion"."""
    head, _, rest = offered["occasion"].partition(" ")
    return " ".join([head + "s" if offered["each"] and not head.endswith("s") else head, rest]).strip()
# "records" said of the service, a verb: what it records is named after it
_ORG_RECORDS = compiled(r"^(?:how\s+)?(?:the\s+)?(?:practice|provider|service|trust|home|hospital|team|agency)\s+records\s+"
                        r"(?P<what>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:so that|when|in|on|at|to|and|for|within)\b|[,;.]|$)",
                        re.IGNORECASE)


def _courses(ask: str) -> str:
    """"Oliver McGowan training and training in physical intervention": each course the ask names, joined, so
    the records asked for leave none out; empty when it names none."""
    found, start = [], 0
    while (course := _COURSE.match(ask, start) if found else _COURSE.search(ask)):
        found.append(re.sub(r"^(?:an?|the|their)\s+", "", course.group(1)))
        nxt = _AND_NEXT.match(ask, course.end())
        if not nxt:
            break
        if not _COURSE.match(ask, nxt.end()) and _ON_TOPIC.search(course.group(1)) \
                and (topic := _SECOND_TOPIC.match(ask, nxt.end())):
            found[-1] += " and " + topic.group(0)  # "training in end of life care and the use of syringe drivers"
            break
        start = nxt.end()
    return " and ".join(found)


# a second subject of a course named by its subject ("training in ..."), after "and": a noun phrase opened by its article,
# to the clause's end; not a check beside the training ("and a DBS check")
_ON_TOPIC = compiled(r"\s(?:in|on|about)\s", re.IGNORECASE)
_SECOND_TOPIC = compiled(r"(?:the|an?)\s+(?![^,;.()]*\bchecks?\b)[^,;.()]+?(?=\s*[,;.()]|\s*$)", re.IGNORECASE)


_AND_NEXT = compiled(r",?\s+and\s+", re.IGNORECASE)


# the people an ask is for, named by what sets them apart ("patients who have stayed more than four days in critical
# care", "young people admitted to adult wards"): a sample of them, not of any patient, can show it was done for them; a
# verb right after a pronoun is of the clause the pronoun opens ("people who cannot tell staff they are in pain"), not
# the ask's, so the phrase goes on to the clause's end; so is the verb after "whose" and its noun ("patients whose first
# language is not English")
_POPULATION_OF = compiled(r"\b(?:patients|people|children|young people|women|residents|carers|families)\s+"
                          r"(?:whose\s+(?:[\w’'-]+\s+){1,3}?(?:is|are|was|were|has|have|had)\b|"
                          r"who|whose|with|after|aged|admitted|receiving|waiting|detained|placed|discharged|prescribed)\b"
                          r"[^,;.()]{3,60}?(?=(?<!\bwho)(?<!\bthat)(?<!\bthey)(?<!\bhe)(?<!\bshe)(?<!\bwe)(?<!\bit)"
                          r"\s+(?:so that|in line with|within|before|when|where|are|is|receive|"
                          r"receives|get|gets|can|must|should|have their)\b|\s*[,;.()]|$)",
                          re.IGNORECASE)
KEPT_SHORT = "the record of what was"  # no source named: "the record of what was checked each month (...)"


def staff_list(wording: str) -> str:
    """The list a check of each member of staff runs down: the staff list, or, for a statement naming workers who are on
    none (agency, bank, locum), the rotas that name them ([[roster]] in vocab/asks.toml)."""
    return next((r.data for r in _kinds().roster if any(p.search(wording) for p in _compiled(tuple(r.patterns)))),
                _kinds().staff_list)


def reaching(staff: str, channels: str) -> str:
    """How the staff told hear it: workers on no staff list (bank, agency, locum), when they alone are told, by a
    route that reaches each of them (`roster_channels`), not the huddles and team meetings they seldom attend."""
    rest = staff
    for row in _kinds().roster:
        for pattern in _compiled(tuple(row.patterns)):
            rest = pattern.sub("", rest)
    if _OFFICE_TEAM.fullmatch(staff):  # a booking team or reception staff work in an office, at no station or huddle
        return OFFICE_CHANNELS
    return channels if rest == staff or _STAFF.search(rest) or _TEAM.search(rest) else (_kinds().roster_channels or channels)


OFFICE_CHANNELS = "their team meeting and a written briefing"
_OFFICE_TEAM = compiled(r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:booking|bookings|administrative|admin|reception|clerical|"
                        r"secretarial|scheduling)\s+(?:teams?|staff|office|officers?)", re.IGNORECASE)


def _kept(ask: str) -> Source | None:
    """Where the practice the ask names is recorded (vocab/asks.toml [[kept]]: weekend cover on the rota)."""
    return next((r for r in _kinds().kept if any(p.search(ask) for p in _compiled(tuple(r.patterns)))), None)
_COURSE = compiled(r"\b((?:(?:an?|the|their)\s+)?(?:(?!(?:receive[sd]?|complete[sd]?|have|has|had|attends?|undertakes?|do|does|gets?|of|"
                   r"at|in|on|for|to|and|are|is|with|all|staff|including)\b)[\w’'-]+\s+(?:and\s+)?){0,5}?"
                   r"(?:training|induction|drills?|competenc(?:y|ies)|qualifications?)"
                   r"(?:\s+(?:in|on|for|to|about)\s+(?!line\b|meet\b)[^,;.]+?)?)"
                   r"(?=\s+(?:before|by|within|so|when|every|each|"
                   r"and(?!\s+(?:in|on)\b)(?!\s+[\w’'-]+(?:\s+of\b|\s+and\b|\s*[,;.()]|\s*$))"
                   r"(?!\s+(?:vulnerable\s+|young\s+|older\s+)?(?:adults|children|people)\b)|"
                   r"as|at|which|that|is|are|was|were|to meet|in line)\b|\s*[,;.]|\s*$)",
                   re.IGNORECASE)  # "a local induction to the ward", "training in the Mental Capacity Act"; an "and"
# joining two nouns of the subject is no course's end: "the prevention and management of violence and aggression", "moving
# and handling and ...", "safeguarding children and vulnerable adults"


def _source(ask: str, quoted: bool) -> str:
    """Where the figures of a measure come from: "the complaints log (...)" for complaint response times;
    unknown, the data for the measure, with the ask quoted unless the line quotes it already."""
    if data := _source_of(ask):
        return data
    if counted := _COUNTED.search(ask):  # "the number of clinics cancelled at short notice": that count is the data
        return f"the service's figures for the {counted['what'].strip()}"
    if within := _WITHIN.search(ask):  # "within six hours of admission": each case's time against it
        return f"each case's time against the standard ({within.group(0).strip()}), from the records of when it was done"
    if (acted := _ACTED_UNTIMED.search(ask)) and (subject := _subject(ask)):  # "concerns are referred without delay"
        each = f"each of the {subject}" if acted["be"].lower() == "are" else f"each {subject}"
        return f"the time from {each} arising to its being {acted['done']}, from the case records"
    if share := _SHARE.match(ask):  # "at least 85% of images are graded as excellent": that share is the data
        return f"the share of {share['what']} {share['said']}".rstrip(" .")
    if fewer := _FEWER.match(ask):  # "fewer operations are cancelled on the day": that count is the data
        return f"the service's figures for the number of {fewer['what']} {fewer['said']}".rstrip(" .")
    if subject := _subject(ask):  # "the crisis line is answered promptly": the figures of what it names
        return f"the service's figures for {subject}"
    return "the data for the measure" if quoted else "the data for the measure asked ({ask})"


_SHARE = compiled(r"^(?:at least|more than|over|fewer than|less than|no more than)\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+of\s+"
                  r"(?:the\s+)?(?P<what>[^,;.]+?)\s+(?:are|is)\s+(?P<said>[^,;]+)$", re.IGNORECASE)
_FEWER = compiled(r"^(?:fewer|more|less)\s+(?P<what>[^,;.]+?)\s+(?:are|is)\s+(?P<said>[^,;]+)$", re.IGNORECASE)
# an act done on each case, timed by no number ("referred without delay", "escalated promptly"): each case's own times
_ACTED_UNTIMED = compiled(r"\b(?P<be>is|are)\s+(?P<done>[a-z]+ed)\b[^.;]*?\b(?:without\s+(?:undue\s+)?delay|promptly|"
                          r"in\s+a\s+timely\s+(?:way|manner|fashion))\b", re.IGNORECASE)
_COUNTED = compiled(r"\b(?:the\s+)?(?P<what>(?:number|proportion|percentage|rate|uptake|numbers)\s+of\s+[^,;.()]+?)"
                    r"(?=\s*(?:[,;.(]|$|\s+(?:so that|which|to meet|against|in line)\b|\s+(?:is|are)\s+(?:reduced|increased|improved|lowered|raised|cut|"
                    r"shortened|monitored|tracked|measured|maintained)\b))", re.IGNORECASE)  # "the number of moves ... is
# reduced": the count, without what is asked of it ("the number of patients who are moved ...": which are counted)
_UNITS = r"(?:minutes?|hours?|days?|weeks?|months?)"  # a time limit's units (`_WITHIN`, `TIME_LIMIT`)
# "within 15 minutes of arrival", "within four hours of admission": an act timed from the event that starts the clock
_TIMED_FROM = compiled(rf"\bwithin\s+(?:\w+\s+){{0,2}}?{_UNITS}\s+of\s+(?:(?:their|the|a|an)\s+)?(?:arrival|arriving|admission|"
                       r"being admitted|referral|being referred|triage|booking|request|the (?:call|request|referral))\b",
                       re.IGNORECASE)
_WITHIN = compiled(rf"\bwithin\s+(?:(?:the|a|an)\s+)?(?:\w+\s+){{0,3}}?(?:\w+-)?{_UNITS}\b"
                   r"(?:\s+(?:target|standard|limit|timescale)\b)?"
                   r"(?:\s+of\s+(?:(?:the|a|an|their|its|each)\s+)?(?:being\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?",
                   re.IGNORECASE)  # "within one hour of being identified": the participle after "being" too


# A time limit hung on an act ("sent within ten working days", "apply without delay"): the act is what is asked,
# the limit a detail of it (tracked as a measure beside the act's own lines), not a measure to move for its own sake;
# what it counts from ("of a notifiable safety incident being identified") is left, as it may name the topic.
TIME_LIMIT = compiled(r",?\s*(?:\bwithin\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|agreed\s+|set\s+)?(?:[\w-]+\s+){0,3}?"
                      rf"(?:{_UNITS}|timescales?|timeframes?|times?|targets?|standards?|dates?)\b"
                      r"|\bwithout\s+(?:undue\s+)?delay\b|\bpromptly\b"
                      r"|\bin\s+a\s+timely\s+(?:way|manner|fashion)\b|\bon\s+time\b)", re.IGNORECASE)


_ASSESSED = compiled(r"\b(?:assess(?:es|ed)?|record(?:s|ed)?|document(?:s|ed)?|screen(?:s|ed)?)\s+(?:and\s+(?:record|document)\s+)?"
                     r"(?:the\s+)?(.+?)(?=\s+(?:when|before|on|in|at|using|for|within|by|so|and|if|where)\b|[.;,]|$)")
_RECORDED_THING = compiled(r"(.+?)(?=\s+(?:when|before|on|in|at|using|for|within|by|so|and|if|where|daily|weekly|twice)\b"
                           r"|\s+(?:every|each)\s+(?:day|shift|week|month)\b|[.;,]|$)", re.IGNORECASE)  # `_ASSESSED`'s
# object after its "and", up to when it is done


_WHETHER = compiled(r"(?:whether|how|why)\s+[^.;,]+", re.IGNORECASE)
_DETERMINER = compiled(r"\b(?:the|their|its|his|her|each|every)\s+$", re.IGNORECASE)
_CUT_AT = compiled(r"\s+and\s+([\w’'-]+)", re.IGNORECASE)  # "the health and safety": nouns under one determiner, cut by `_ASSESSED`
_ONE_THE = compiled(r"\s(?:the|their|its)\s+[\w’'-]+$", re.IGNORECASE)
_LINKED = compiled(r"\s+(?:of|to|for|about|from|relating|living)\b", re.IGNORECASE)  # the head noun's phrase after it


_NOT_AN_OBJECT = frozenset("for to in on at by with when where if unless and or as after before from within of using every each "
                           "daily weekly monthly accurately is are was were be been".split())  # "temperature records are
# consistent": "records" is the noun, the verb after it its own


def _object(ask: str) -> str:
    """"Gillick competence" from "staff assess and record Gillick competence when ...": what is
    assessed or recorded for each case, else what the ask is about; of the clause an ask narrows to ("care is safe,
    in particular that emergency medicines are checked"), the emergency medicines."""
    ask = _IN_PARTICULAR.split(ask)[-1]
    m = _ASSESSED.search(ask)
    if m and _DETERMINER.search(ask[:m.start()]):  # "reflect the assessed needs of people": said of the needs, no act
        m = None
    if m and (whole := _WHETHER.match(ask, m.start(1))):  # "record whether young people aged 16 and 17 have capacity":
        return whole.group(0)  # a clause recorded, whole, not cut at its first "and"
    if (m and len(m.group(1).split()) <= SUBJECT_WORDS and not _NOT_RECORDED.search(m.group(1))
            and not m.group(1).split()[0].lower().endswith("ly")  # "recorded daily", "recorded accurately"
            and m.group(1).split()[0].lower() not in _NOT_AN_OBJECT):  # "recorded for every patient"
        named = m.group(1)
        cut = _CUT_AT.match(ask, m.end(1))
        cut_inside = bool(cut) and cut[1].lower() not in IMPERATIVE  # the object goes on past an "and", no new ask
        if cut_inside and len(named.split()) == 1 \
                and (shared := _RECORDED_THING.match(ask, cut.start(1))):  # "record the minimum and maximum temperature of
            return f"{named} and {shared.group(1)}"  # the fridge": one noun under both words, not "minimum" alone
        if listed := _LISTED_ON.match(ask, m.end(1)):  # "the risks relating to the health, safety and welfare of people"
            return named + listed.group(0)
        if cut_inside and _ONE_THE.search(named):  # "the risks relating to the health [and safety
            named = _LINKED.split(named)[0]  # of people]": cut inside a phrase, so its head noun alone ("risks")
        return named
    if (had := _PEOPLE_HAVE.search(ask)) and (thing := _RECORDED_THING.match(ask, had.end())) \
            and thing.group(1).lower().endswith(_OWN_DOCUMENTS):  # "every patient identified as being in the last days of
        return thing.group(1)  # life has a personalised care plan in place": the plan each one has, not who they are
    subject = _subject(ask)
    words = subject.split()  # "approach to capacity assessments for people" (who receive ...): whom, not what
    return "" if len(words) > 1 and words[-2].lower() in _FOR_WHOM and _PEOPLE.fullmatch(words[-1]) else subject


_FOR_WHOM = frozenset({"for", "of", "with"})
_PEOPLE_HAVE = compiled(r"^(?:(?:each|every|all|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:patients?|people|persons?|residents?|service users?|"
                        r"children|child|women|woman|clients?)\b[^.;]{0,60}?\s(?:has|have)\s+(?:an?\s+|their\s+own\s+|their\s+)?",
                        re.IGNORECASE)  # what each person has, named after them
_OWN_DOCUMENTS = ("plan", "plans", "assessment", "assessments", "chart", "charts", "passport", "passports")  # what each has
_OWN_DOCUMENT = tuple(d for d in _OWN_DOCUMENTS if not d.endswith("s"))  # one case's own document, which is its record: "each
# with its personalised care plan", not "its record of personalised care plan"
_IN_PARTICULAR = compiled(r",?\s+(?:in particular|particularly|specifically|especially)\s+that\s+", re.IGNORECASE)
_LISTED_ON = compiled(r"(?:,\s+[\w’'-]+)+,?\s+and\s+[\w’'-]+(?:\s+of\s+(?:the\s+|each\s+|every\s+|all\s+)?[\w’'-]+)?")  # a list the object ends in


_RECORDS_OF = compiled(r"^\s+of\s+((?:[\w\-’']+\s+){0,6}?[\w\-’']+)(?=\s+(?:are|is|were|was|have|has|to|for|in|at|on|so|kept)\b|\s*[,;.]|\s*$)",
                       re.IGNORECASE)  # "records of care and treatment are ...", "... assessments of the risk of falls"


def about(ask: str) -> str:
    """What an ask is about, named for its records: the records it names, else its subject."""
    return records_named(ask) or _subject(ask)


def _one_document(ask: str) -> bool:
    """"complete the actions in its violence reduction plan": the record named is the service's one
    document, not a sample of ten."""
    m = _record_named(ask)
    few = not m or not m.group(2).lower().endswith("s") or m.group(2).lower() == "registers"  # "the practice's registers"
    return bool(m) and few and bool(_ITS.search(ask[:m.start(2)]) or _THE_NAMED.match(ask[:m.start(2)]))


# "the business continuity plan contains ...": the ask said of a record named as the one of its name
_THE_NAMED = compiled(r"^the\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)
_ITS = compiled(r"\b(?:its|the\s+(?:service|trust|provider|practice|home|hospital)['’]s)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def names_record(phrase: str) -> bool:
    """"care plan", "charts": the phrase names a record (which a standard may be: "as set out in their care plan")."""
    return bool(_RECORDS.search(phrase))


def _record_named(ask: str) -> re.Match[str] | None:
    """The first record the ask names that is not the standard it works to ("observations in line with
    each patient's care plan" name the care plan as the standard, not the record to sample)."""
    return next((m for m in _RECORDS.finditer(ask) if not STANDARD.search(ask[:m.start(2)])
                 and not _SEARCHED.search(ask[:m.start(2)]) and not _DOER.search(ask[:m.start(2)])
                 and not (_ORG_DOER.search(ask[:m.start(2)]) and _AS_VERB.match(m.group(2)) and _OBJECT.match(ask[m.end():]))),
                None)


_DOER = compiled(r"\b(?:it|they|he|she|we|who)\s+$", re.IGNORECASE)  # "how it records complaints": the verb, no record
# "how the practice records verbal complaints": a service named as the one who does it, the word after it its verb,
# what follows its object; "the practice records are stored securely" names records
_ORG_DOER = compiled(r"(?:^|\b(?:how|that|where|when|whether|which|who)\s+)(?:the\s+|each\s+|every\s+)?(?:[\w’'-]+\s+)?"
                     r"(?:practice|provider|service|trust|home|hospital|hospice|team|ward|unit|manager|clinician|clinic)\s+$",
                     re.IGNORECASE)
_AS_VERB = compiled(r"records|notes|logs|registers|documents|files|charts|plans", re.IGNORECASE)
_OBJECT = compiled(r"\s+(?!(?:is|are|was|were|be|been|must|should|have|has|had|will|can|could|may|and|or|of|for|from|"
                   r"in|on|at|to|by|with|that|which)\b)[a-z]", re.IGNORECASE)
_SEARCHED = compiled(r"\b(?:search(?:es)?|check(?:s|ed)?)\s+(?:of|against|on)\s+(?:[\w’'-]+\s+){0,5}$", re.IGNORECASE)
# "searches of the disqualified directors registers": a source searched, not a record to sample


STANDARD = compiled(r"\b(?:in line with|according to|set out in|stated in|agreed in|as per)\s+(?:[\w’'-]+\s+){0,4}$",
                       re.IGNORECASE)


_QUOTED_NAME = compiled(r"([“\"][^”\"]{1,40}[”\"]|‘[^‘’]{1,40}’|(?<![\w’'])'[^\W\d_][^']{0,39}(?<!\s)')\s*$")
# a record's name in quotes before it; in straight single quotes too ("the 'This is me' document"), the opening one
# at a word's start, so a possessive's apostrophe ("patients' records") opens none


def records_named(ask: str) -> str:
    """"repositioning charts", "do not attempt cardiopulmonary resuscitation forms": the records
    the ask names, with up to two words before them that say which."""
    m = _record_named(ask)
    if not m:
        return ""
    quoted = _QUOTED_NAME.search(ask[:m.start(2)])
    if quoted:  # the “This is me” document, the ‘This is me’ document (its closing quote no apostrophe of a word)
        noun = m.group(2).lower()
        return f"{quoted.group(1)} {noun if noun.endswith('s') else noun + 's'}"
    of = _RECORDS_OF.match(ask[m.end():])
    if not m.group(1).strip() and of:
        return f"{m.group(2).lower()} of {of.group(1)}"  # "records of care and treatment"
    before, words = m.group(1).split(), []
    while before and len(words) < 3:  # the words right before, up to one that is no modifier
        w = before.pop()
        if w.lower() == "of" and words and before and before[-1].lower() not in _NOT_A_MODIFIER:
            words[:0] = [before.pop(), w]  # "end of life care plans"
            continue
        if w.lower() == "and" and len(words) == 1 and before and before[-1].lower() not in _NOT_A_MODIFIER:
            words[:0] = [before.pop(), w]  # "crisis and contingency plans"; not "their representative and mental
            continue  # capacity assessments", where the word before "and" ends a phrase of its own
        if (w.lower() in _NOT_A_MODIFIER or w.lower().endswith(("ed", "'s", "’s")) or _VERB.fullmatch(w)  # not "patient's"
                or w.lower() in IMPERATIVE):  # "complete and update risk assessments"
            if not words and w.lower().endswith(("'s", "’s")) and m.group(2).lower() in _WHOSE and w[:-2].lower() not in _PLACES:
                owners = _owners(w[:-2], before)  # "each staff member's file": staff members' files
                return f"{owners}'{'' if owners.endswith('s') else 's'} {m.group(2).lower().removesuffix('s')}s"
            break
        words.insert(0, w)
    lead = ask[:m.start(2)].split()
    while (words and words[0][:1].isupper() and len(lead) > len(words) and (word := lead[-len(words) - 1])[:1].isupper()
           and word.lower() not in _NOT_A_MODIFIER):
        words.insert(0, word)  # a name kept whole: "World Health Organization safety checklists"
    if words and [w.lower() for w in lead[len(lead) - len(words) - 2:len(lead) - len(words)]] == ["do", "not"]:
        words[:0] = lead[len(lead) - len(words) - 2:len(lead) - len(words)]  # "do not attempt ... forms": the form's name
    noun = m.group(2).lower()
    if not words and of:  # "up to date assessments of the risk of pressure ulcers": which assessments, said after them
        return f"{noun if noun.endswith('s') else noun + 's'} of {of.group(1)}"
    named = " ".join([*words, noun if noun.endswith("s") else noun + "s"])
    if (joined := _AND_NEXT.match(ask, m.end())) and (second := _RECORDS.match(ask, joined.end())) \
            and len(second.group(1).split()) <= 2 and not _VERB.search(second.group(1)):  # "a risk assessment and crisis plan"
        other = second.group(0).lower()
        named += f" and {other if other.endswith('s') else other + 's'}"
    return named


_WHOSE = frozenset({"file", "files", "records", "notes"})  # records named only by whose they are


def _owners(owner: str, before: list[str]) -> str:
    """"staff members" from "each staff member's": who the records named by their owner belong to, in the plural."""
    plural = _PLURAL.get(owner.lower(), owner if owner.lower().endswith("s") else f"{owner}s")  # "people", "staff members"
    lead = before[-1] if before and before[-1].lower() not in _LEADING_WORDS else ""
    return f"{lead} {plural}".strip()


_LEADING_WORDS = frozenset("the a an each every all any their its his her in on of for to".split())


_VERB = compiled(r"(?<![\w-])(?:is|are|was|were|has|have|can|do|does|will|take|takes|receive|receives|make|makes|"
                 r"include|includes|record|records|use|uses|hold|holds|provide|provides|get|gets|keep|keeps|meet|meets|follow|follows|"
                 r"reflect|reflects|cover|covers|show|shows|begins|starts|commences|need|needs(?!\s+(?:are|is|were|was)\b)|contain|contains)\b")  # "people's
# nutritional needs are met": the needs, a noun
_LEADING = compiled(r"^(?:the|a|an|all|any|every|each|that|their|its|more|fewer|most)\s+", re.IGNORECASE)  # "more carers
# are offered support": the carers, not records of "more carers"
_NOT_RECORDED = compiled(r"(?<![\w-])(?:nobody|no one|none|anyone|everyone|someone|they|it|this|these|those|he|she|we|there|use|policy|procedure|system|process|guidance|action|actions|everything|anything|something|following)\b",
                         re.IGNORECASE)
# "the alarm system is tested": a thing checked, not "a system for ..."
_EQUIPMENT = compiled(r"(?:alarm|call|nurse call|call bell|fire alarm|CCTV|ventilation|heating|lift)\s+systems?", re.IGNORECASE)
_ONE_PERSON = compiled(r"^(?:person|patient|resident|child|individual|woman|baby)$", re.IGNORECASE)
_NO_RECORDS = frozenset("team teams board committee unit department division directorate ward wards leaders manager managers lead matron "
                        "specialist champions members relatives directors interpreters posts vacancies beds shifts evidence views entries chaperone chaperones "
                        "queue queues sharps needles syringes".split())
# "10 records of critical care unit", "of family members", "of vacant posts" name no records; nor "of medicines queues" (people
# waiting, watched) or "of safer sharps" (disposables in use, seen where they are used)
_PLACES = frozenset("practice service trust provider home hospital".split())  # "the practice holds ..."
_PEOPLE_INSIDE = compiled(r"\b(?!(?:of|for|with|to|young|older)\b)[\w-]+\s+(?:patients|people|residents|children)\b(?!['’])", re.IGNORECASE)
_QUOTED = compiled(r"[‘“\"][^’”\"]{1,40}[’”\"]")
_SYSTEMS = frozenset("system systems process processes arrangements".split())
_TO_SHOW = compiled(r"\bto\s+(?:demonstrate|ensure|show|make\s+sure|evidence|confirm|check)\s+(?:that\s+)?", re.IGNORECASE)
SUBJECT_WORDS = 10  # a longer subject is a clause, not the name of what is recorded


def _subject(ask: str) -> str:
    """"long-term segregation" from "long-term segregation is reviewed with a plan to end it": what
    the ask is about, named for its records; empty when it is a person, an instruction or too long."""
    m = _VERB.search(_QUOTED.sub(lambda q: "x" * len(q.group(0)), ask))  # "‘do not disturb’ tabards": a name
    if not m or instruction(ask):
        return ""
    subject = re.sub(r"\s+\w+ly$", "", _LEADING.sub("", ask[:m.start()].strip(" ,")))  # "... register accurately"
    subject = re.sub(r"^\w+'s\s+", "", subject)  # "service's maternity dashboard"
    subject = re.split(r"\s+(?:where|which|who|whose)(?:\s+|$)", subject)[0]  # "clinic rooms where medicines [are stored]"
    words = subject.split()
    if words and head_noun(words) in _SYSTEMS:  # "systems were robust enough to demonstrate medicines were managed
        shown = _TO_SHOW.search(ask, m.end())  # safely": a system keeps no records of itself; those of what it is for
        return _subject(ask[shown.end():]) if shown else ""
    if (not words or len(words) > SUBJECT_WORDS or "," in subject
            or (_NOT_RECORDED.search(subject) and not _EQUIPMENT.fullmatch(subject))
            or words[-1].lower() in _NOT_A_MODIFIER | {"or"} or words[0].lower() in _PLACES
            or _PEOPLE.match(subject) or _STAFF.search(subject) or _ONE_PERSON.search(words[-1])
            or _STAFF.fullmatch(words[-1] + "s")  # "the pharmacist has been consulted": a person, not a record
            or _ONE_PERSON.search(head_noun(words))  # "patient in the secure service"
            or _PEOPLE_INSIDE.search(subject)  # "clinical advisers re-triage patients": a clause, not a name
            or head_noun(words) in _NO_RECORDS | set(_kinds().looked)):
        return ""
    return inline(subject)  # "WHO checklist" kept


def clause(ask: str) -> str:
    """The ask as something that can follow "confirm that": an instruction ("repair the window
    restrictor") becomes "this was done: repair the window restrictor"."""
    words = ask.split()
    text = inline(ask)  # "Deprivation of Liberty Safeguards", "Freedom to Speak Up" kept
    if (better := _BETTER_DONE.match(text)) and not _BETTER_DONE.match(better["what"]):  # "improve the recording of the
        what = better["what"]  # reasons for decisions when ...": the reasons are recorded when ..., in each record
        head, rest = (what.split(" when ", 1) + [""])[:2] if " when " in what else (what, "")
        noun = head_noun(_OF_WHAT.split(head)[0].split()) if head.split() else ""
        verb = "are" if noun.lower().endswith("s") else "is"
        done = "recorded" if better["act"].lower() == "recording" else "documented"
        return f"{head} {verb} {done}{f' when {rest}' if rest else ''}"
    if instruction(ask):
        return f"this was done: {text}"
    act = _NAMED_ACT.match(ask)
    if _ARRANGEMENTS_FOR.match(ask) or (act and not _VERB.search(_RELATIVE.split(ask)[0])):  # "the arrangements for the
        # storage of ...", "the provision of bereavement support ..." (what a review was of): a thing, said to be as agreed
        head = act.group(0).split()[-2] if act else head_noun(words)  # "its approach to ... assessments": the approach
        return f"{text} {'are' if head.endswith('s') else 'is'} as agreed"
    return text


# an act asked done better, named by its noun ("improve the recording of the reasons for clinical decisions when a home visit
# is not offered"): what it acts on, said to be done, each time
_BETTER_DONE = compiled(r"^(?:improve|strengthen)\s+(?:the\s+)?(?P<act>recording|documentation|documenting)\s+of\s+(?P<what>.+)$",
                        re.IGNORECASE)
_OF_WHAT = compiled(r"\s+(?:for|of|about|in|on)\s+", re.IGNORECASE)  # "the reasons for decisions": the reasons
# "the provision of ...", "its approach to assessing ...": a thing done, named by its noun, with no verb said of it
# (a verb of a relative clause, "for people who receive their medicines covertly", is said of them, not of it)
_RELATIVE = compiled(r"\s(?:who|whom|whose|which|that)\s", re.IGNORECASE)
_NAMED_ACT = compiled(r"^(?:the|its|their)\s+(?:[\w’'-]+\s+)?[\w’'-]+(?:ion|ions|ment|ance|ence|ach)\s+(?:of|for|to)\s", re.IGNORECASE)


_NOUN_THEN_VERB = compiled(r"^\S+\s+(?:\S+\s+)?(?:are|is|were|was|have|has)\b", re.IGNORECASE)


def said_of(ask: str) -> str:
    """What the ask is said of, its words before its verb ("medical emergency equipment and medicines"
    in "... are available"), lower case; empty when it opens on its verb."""
    verb = _VERB.search(ask)
    return ask[:verb.start()].strip(" ,").lower() if verb else ""


def stated(ask: str) -> bool:
    """The ask says of something named first what must be so ("the manager's absence is notified", "staff
    on the ward complete ..."), so it reads after "so that"; an instruction or a bare verb ("verify nurses'
    registration", "speak to them", "not leave people ...") does not."""
    named_first = bool(_LEADING.match(ask) or _STAFF.match(ask) or _PEOPLE.match(ask) or said_of(ask))
    return named_first and not instruction(ask)


def instruction(ask: str) -> bool:
    """"Repair the window" is an instruction, and "robustly assess the risks"; "audit findings are reviewed" is not,
    though it begins with a word that can be one."""
    words = ask.split()
    if len(words) > 1 and words[0].lower().endswith("ly") and words[1].lower() in IMPERATIVE:
        words = words[1:]  # "robustly assess the risks ..." (what "had failed to robustly assess ..." asks)
    return bool(words) and (words[0].lower() in IMPERATIVE or bool(_MADE_VERB.match(ask))) and not _NOUN_THEN_VERB.match(ask)


# "finalise its strategy", "formalise the process", "clarify their roles": a verb made with "-ise", "-ize" or "-ify" opening
# the ask before its object is an instruction, though IMPERATIVE does not list it
_MADE_VERB = compiled(r"^[a-z]+(?:ise|ize|ify)\s+(?:its|their|the|a|an|our|this|these|how|what|who|which)\b")


# -- the staff a statement names

_ONE_ROLE = (r"(?:nurse|GP|doctor|clinician|radiographer|prescriber|volunteer|midwife|obstetrician|consultant|surgeon|"
             r"anaesthetist|paramedic|pharmacist|therapist|dentist|health visitor|care worker|sonographer)")  # one of them, "each ..."
_STAFF = compiled(
    r"(?<![\w-])((?:(?:each|every)\s+" + _ONE_ROLE + r"(?:\s+(?:and|or)\s+" + _ONE_ROLE + r")?\b"
    r"(?=\s+(?:who|has|have|is|must|should|completes?|receives?|attends?|knows?|understands?)\b))|"  # "signed by each nurse
    # who uses them", "every midwife and obstetrician has their competency assessed": those named, not the whole maternity team
    r"(?:all\s+)?(?:(?:community|district|hospital|ward)\s+)?(?:(?:medical|nursing|therapy|midwifery|clinical|dental|community|district|surgical|"
    r"theatre|registered|bank|locum|agency|temporary|radiography|pharmacy|imaging|support|administrative|estates|facilities|catering|"
    r"housekeeping|portering)(?:,\s+|\s+(?:and|or)\s+))*"  # "medical and nursing staff", "nursing, theatre and medical staff", "locum and bank staff"
    r"(?:(?:registered|qualified|frontline|clinical|control room|nursing|medical|care|support|theatre|reception|community|district|"
    r"therapy|midwifery|maternity|dental|junior|bank|agency|non-medical|senior|obstetric|paediatric|neonatal|resident|surgical|imaging|specialist|"
    r"palliative|oncology|cancer|stroke|renal|critical|intensive|administrative|domestic|occupational|rehabilitation|healthcare|assistant|radiology|"
    r"estates|facilities|catering|housekeeping|portering|crisis|inpatient|outpatient)\s+)*(?:staff|nurses|midwives|doctors|"
    r"consultants|clinicians|care workers|obstetricians|sonographers|health visitors|school nurses|"
    r"prescribers|pharmacists|healthcare assistants|receptionists|paramedics|crews|call handlers|call takers|dispatchers|health advisors|health advisers|advisors|advisers|"
    r"radiographers|(?<=radiology )assistants|(?<=imaging )assistants|therapists|surgeons|anaesthetists|support workers|managers|team leaders|nurse practitioners|"
    r"advanced nurse practitioners|medical officers?|registrars|dietitians|dentists|physiotherapists|psychologists|psychiatrists|"
    r"podiatrists|radiologists|technicians|porters|housekeepers|pharmacy professionals?|pharmacy technicians?|pharmacy staff|"
    r"volunteers|(?<!key )(?<!syringe )(?<!pump )drivers|(?:sessional|salaried|locum|out-of-hours)\s+GPs))\b",
    re.IGNORECASE)
_LINK_WORDS = r"of|or|in|on|to|for|with|by|from|a|an|the|each|every|its|their|is|are"  # words that join a phrase, in no team's name
_TEAM = compiled(rf"\bthe\s+((?:(?!(?:{_LINK_WORDS})\s)[a-z][\w’'-]*\s+){{1,6}}?team)\b")
# "the booking team", "the specialist palliative care team", "the crisis resolution and home treatment team"; no span
# through "of the" ("the availability of the specialist palliative care team": the team)
_NOT_A_TEAM = compiled(rf"(?<![\w-])(?:{_LINK_WORDS}|whole|same|wider)(?![\w-])|,")  # "the booking and access team" is one
_RECIPIENT = compiled(r"\binvolv(?:e|es|ing)\s+[^.;]{0,60}$"  # "involves the patient, their family and the team": not who does it
                      r"|\b(?:advice|guidance|recommendations?|instructions?)\s+(?:of|from|given\s+by)\s+(?:[\w-]+,?\s+){0,6}$"  # "follow the
                      # advice of healthcare professionals, including speech and language therapists": the staff who follow it are told
                      r"|\b(?:includes?|attended\s+by)\s+[^.;,]{0,60}$"  # "the huddle includes the neonatal team": who attends
                      r"|(?:\b(?:(?<!compliance )(?<!comply )(?<!complies )with|to|from)\s+(?:the\s+|all\s+|their\s+|local\s+)?(?:[a-z][\w-]*\s+){0,3}"
                      r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )\b(?!(?:counter)?signed\b)[a-z]+ed\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,5})$", re.IGNORECASE)  # "compliance with mandatory training in the
# specialist palliative care team": a standard kept to, the team its staff, not those it goes to
# "learning from incidents is shared with volunteers": those the learning reaches are who must know it, so who is told
_LEARNING_TO = compiled(r"(?:\b(?:learning|lessons)\b[^.;]{0,60}?\b(?:shared|cascaded|fed back|communicated|disseminated)"
                        r"|\b(?:sharing|share|shares|cascading|cascade)\s+(?:the\s+)?(?:learning|lessons)\b[^.;]{0,60}?)"
                        r"\s+(?:with|to)\s+(?:all\s+|the\s+)?$", re.IGNORECASE)  # "sharing learning ... with bank staff"
# "recruit permanent nursing staff to reduce the use of agency staff": staff recruited, or used, are what the ask is about,
# not who does it or is told of it ("sufficient numbers of nurses in the emergency department" are told the levels)
_STAFFED = compiled(r"\b(?:recruit(?:s|ing)?|employ(?:s|ing)?|appoint(?:s|ing)?|retain(?:s|ing)?|hir(?:e|es|ing))\s+(?:[a-z][\w-]*\s+){0,3}$"
                    r"|\b(?:use|reliance|dependence|dependency)\s+(?:of|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$",
                    re.IGNORECASE)
# "the time ambulance crews wait to hand over patients": staff who wait are those a delay falls on (often another
# organisation's), what the measure is about, not who is told
_HARMED = compiled(r"\s+(?:(?:have|has|had)\s+been|were|was|are|is|being)\s+(?:\w+ly\s+)?(?:assaulted|attacked|injured|hurt|abused|"
                    r"harmed|threatened|bitten|spat\s+at|verbally\s+abused|harassed|bullied)\b", re.IGNORECASE)
# ("warning markers for addresses where crews have been assaulted are kept up to date": the crews it was done to, not
# those who keep the markers)
_WAITING = compiled(r"\s+(?:wait|waits|waited|waiting|queue|queues|queuing)\b|\s+(?:are|were|is)\s+(?:kept\s+)?(?:waiting|delayed)\b",
                    re.IGNORECASE)
_CONTRACTED = compiled(r"\b(staff\s+(?:who\s+(?:work|are)|working|employed|engaged)\s+on\s+(?:bank|agency|locum|temporary|"
                       r"relief|sessional|zero[- ]hours?)\s+contracts?)\b", re.IGNORECASE)  # a group named by its contract
_SUITABLY = compiled(r"^(?:qualified|skilled|trained)\s+", re.IGNORECASE)  # "suitably qualified call handlers": the
# call handlers, "qualified" said of them by CQC's phrase, no grade of staff
_LISTED = compiled(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s+")  # "health visitors and school nurses": both are who it goes to
_ALL_INCLUDING = compiled(r"\ball\s+(?:staff(?:\s+groups)?|(?:staff\s+)?(?:groups|disciplines|professions)(?:\s+of\s+staff)?)"
                          r"(?:\s+(?:working\s+)?(?:in|on|at|across)\s+(?:the\s+|each\s+|every\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
                          r",?\s+including\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # "all staff, including bank and agency staff"; "all staff
# groups in the department, including locum doctors": every group is told, those named after "including" among them
_PLACE = (r"((?:the|all|each|every)\s+)?((?:[\w\-’']+\s+){0,4})(department|unit|ward|wards|centre|stations?|service|(?<!in )(?<!on )(?<!at )services|teams?|"
          r"imaging|suite|theatres?|practice|home|area|hospital|clinics?|outpatients)\b(?!\s+(?:visits?|calls?|rounds?|meetings?|"
          r"huddles?|briefings?|bulletins?|sessions?|days?|handovers?)\b)")  # "staff in
# surgical services" (not "clinicians on home visits": when, not where; nor "staff at team meetings": where they are told,
# the place word only naming the meeting), not "staff in
# services for ..."; "staff in outpatient clinics": the clinics' staff, another service's than the children's ward's beside them
_NAMED_PLACE = (r"(?-i:[A-Z])[\w’'-]*\s+(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}"
                r"(?:department|unit|ward|centre|station|suite|theatre|practice|home|hospital)s?\b")  # "Rowan ward"
_WHERE = compiled(r"^\s+(?:working\s+)?(?:in|on|at)\s+" + _PLACE + r"(?:(?:,\s+|,?\s+and\s+)(?:in\s+|on\s+|at\s+)?"
                  r"(?:(?=the\b)" + _PLACE + "|" + _NAMED_PLACE + "))*",
                  re.IGNORECASE)  # "staff on the acute wards and the psychiatric intensive care unit": both; "on Larch
# ward, Rowan ward and Willow ward": every ward listed, not the first


def named_staff(wording: str) -> str:
    """The staff the statement names, most specific first ("clinicians in the emergency operations
    centre", "midwives working on the unit", "the booking team"); empty when it names only "staff" with
    no place. Staff named as those information goes to or comes from ("shared with health visitors",
    "recommended by speech and language therapists") are not the ones who do what is asked. An action of several
    statements names the staff each names ("staff in the emergency department", "staff on medical wards")."""
    if len(lines := [line for line in wording.splitlines() if line.strip()]) > 1:
        each = list(dict.fromkeys(named for line in lines if (named := named_staff(line))))
        unique = [u for i, u in enumerate(each) if not any(_named_within(u, v) for v in each[:i])]
        return _listing(unique) if unique else ""
    found, skipped_to, listed_to = [], -1, -1
    hits = sorted([*_STAFF.finditer(wording), *_CONTRACTED.finditer(wording),
                   *(t for t in _TEAM.finditer(wording) if not _NOT_A_TEAM.search(t.group(1)))],
                  key=lambda m: m.start())
    for m in hits:
        before = wording[:m.start()]
        listed = bool(found and listed_to >= 0 and _LISTED.fullmatch(wording[listed_to:m.start()]))  # "shares learning
        # with health advisors and clinicians": the list named goes on, whoever it is said to
        if not listed and (_RECIPIENT.search(before) and not _LEARNING_TO.search(before) or _STAFFED.search(before)
                           or (skipped_to >= 0 and _LISTED.fullmatch(wording[skipped_to:m.start()]))) \
                or _WAITING.match(wording[m.end():]) or _HARMED.match(wording[m.end():]):
            skipped_to = m.end()
            continue
        if m.re is _TEAM:
            if any(m.group(1) in name for group in found for name in group):
                continue  # "staff in the crisis team" named the team already
            found.append([f"the {m.group(1)}"])
            listed_to = -1
            continue
        name = _SUITABLY.sub("", m.group(1)) if before.endswith(("suitably ", "appropriately ")) else m.group(1)
        where = _WHERE.match(wording[m.end():])
        if where:
            name = f"{name} {wording[m.end():m.end() + where.end()].strip()}"
        elif name.lower().split()[-1] == "staff" and len(name.split()) == 1 or name.lower() == "all staff":
            continue
        if every := _ALL_INCLUDING.search(wording[:m.start()]):
            name = " ".join(f"{every[0]}{name}".split())  # "... including locum doctors": the modifier kept
        name = inline(name)
        one = not m.group(1).lower().endswith(("s", "staff"))  # "a pharmacy professional"
        if name.lower().startswith(("each ", "every ")):
            name, one = f"the {_plural_roles(name.split(maxsplit=1)[1])}", False  # "signed by each nurse who uses them":
            # the nurses are told; "every midwife and obstetrician": the midwives and obstetricians
        name = f"each {name}" if one else name
        if found and listed_to >= 0 and _LISTED.fullmatch(wording[listed_to:m.start()]):
            found[-1] = [*found[-1], name]  # "midwives, obstetricians and maternity support workers": one group
        else:
            found.append([name])
        listed_to = m.end()
    if found and len(found[0]) > 1:  # a list names who does it; staff named later are what it is about
        return _listing(found[0])
    unique = list(dict.fromkeys(_listing(group) for group in found))
    unique = [u for i, u in enumerate(unique)  # "all midwifery and medical staff" then "medical staff": named once
              if not any(_named_within(u, v) for v in unique[:i])]
    return " and ".join(unique[:2])


def _named_within(staff: str, named: str) -> bool:
    """"medical staff" is named within "all midwifery and medical staff": told once."""
    return bool(re.search(rf"(?<![\w-]){re.escape(staff)}(?![\w-])", named, re.IGNORECASE))


def _plural_roles(roles_: str) -> str:
    """"midwives and obstetricians" from "midwife and obstetrician": each role named once, as all of them."""
    return re.sub(r"\b(\w+?)(fe)?(?=\s+(?:and|or)\b|$)", lambda m: f"{m[1]}ves" if m[2] else f"{m[1]}s", roles_)


def minute_takers(each: list[Asked]) -> str:
    """Who keeps the minutes every ask is said of ("the medical advisory committee minutes record decisions and actions
    clearly"): the meeting's chair and minute-taker, not the staff who write clinical records; empty otherwise."""
    bodies = [m.group("body") or m.group("of") for a in each for m in [_MINUTES_OF.search(said_of(a.text))] if m]
    return f"the chair and the minute-taker of {bodies[0]}" if bodies and len(bodies) == len(each) else ""


_MINUTES_OF = compiled(r"^(?P<body>(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:committee|meeting|board|group|forum)s?)"
                       r"(?:[’']s?)?\s+minutes$"
                       r"|^(?:the\s+)?minutes\s+of\s+(?P<of>(?:the\s+|its\s+|their\s+|each\s+)?(?:[\w’'-]+\s+){0,4}?"
                       r"(?:committee|meeting|board|group|forum)s?)$", re.IGNORECASE)


def told_staff(each: list[Asked], wording: str, usual: str) -> str:
    """Who B tells: the staff the statement names, and the setting's usual staff beside them when an ask
    is said of staff in general ("staff are trained ..., and bank and agency staff complete it before a
    shift", "there are enough staff ..., and agency staff receive an induction"): those named are not all who do it.
    The usual staff alone when they include those named. A wording that asks nothing names staff where a failing was
    found ("patient group directions for the practice nurses had expired"), not all who put it right: the usual staff too."""
    named = named_staff(wording)
    if named and "including" not in named and _beside_others(wording):
        return f"{named}, and {usual}"  # "volunteers as well as staff", "for each role, including for sessional GPs"
    if named and any(_said_of_others(line, named) for line in _several(wording)):  # merged statements, one said of
        return _with_usual(named, usual)  # others ("a registered nurse ... on duty in the children's area"): its setting's
    # staff are told beside those another names ("community nurses who set up syringe drivers")
    if named and _MANAGERS.fullmatch(named) and any(not named_staff(a.text) and kind_of(a.duty).id not in _MANAGERS_WORK
                                                    for a in each):
        return f"{usual}, and {named}"  # "observations must be taken ...; ward managers must audit": the staff take them
    if not named or each and not any(_ANY_STAFF.match(_LEADING.sub("", a.text)) or _ENOUGH_STAFF.search(a.text) for a in each):
        return named or usual
    return _with_usual(named, usual)  # "bank and agency staff": the ward's staff include them


def _with_usual(named: str, usual: str) -> str:
    """The staff named and the setting's usual staff, or the usual alone when their words include those named."""
    covered = set(re.findall(r"\w+", named.lower())) - _NOT_NAMING <= set(re.findall(r"\w+", usual.lower()))
    return usual if covered else f"{named}, and {usual}"  # "all community nurses": the community nurses


def _said_of_others(line: str, named: str) -> bool:
    """One of merged statements that asks something, names no staff, says nothing of staff in general and leaves out a
    word of the staff the others name: said of other staff than those ("a registered nurse with paediatric competencies
    is on duty" beside "community nurses who set up syringe drivers"), not of the same ("enough registered nurses")."""
    def words(text: str) -> set[str]:
        return {w.removesuffix("s") for w in re.findall(r"[a-z]+", text.lower())} - _NOT_NAMING
    return bool(asks(line)) and not named_staff(line) and not re.search(r"\bstaff\b", line, re.IGNORECASE) \
        and not words(named) <= words(line)


_NOT_NAMING = frozenset({"all", "the", "each", "every", "and", "a", "an", "of", "on", "in", "at"})


def _several(wording: str) -> list[str]:
    """The statements of a merged action, one a line; none for a single one."""
    lines = [line for line in wording.splitlines() if line.strip()]
    return lines if len(lines) > 1 else []


def _beside_others(wording: str) -> bool:
    """A group named beside the staff the setting has ("volunteers as well as staff", "for each role, including for
    sessional GPs"): both are told."""
    return any((also := _ALSO_BEFORE.search(wording[:m.start()])) and not _GROUP_BEFORE.search(wording[:also.start()])
               or _ALSO_AFTER.match(wording[m.end():]) for m in _STAFF.finditer(wording)
               if m.group(1).lower() not in ("staff", "all staff"))  # "nursing staff, including staff with paediatric
    # competencies": some of those named, no other group; nor "all midwives, including community midwives", some of the
    # group named before them


# staff named who manage the work, not do it ("ward managers", "the matron and team leaders")
_MANAGERS = compiled(r"(?:(?:the|all|each)\s+)?(?:[\w’'-]+\s+){0,2}?(?:managers?|matrons?|leads?|leaders?|directors?|heads?)"
                     r"(?:(?:,\s+|\s+and\s+)(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:managers?|matrons?|leads?|leaders?|directors?|heads?))*",
                     re.IGNORECASE)
_MANAGERS_WORK = frozenset({"audit_system", "oversight", "meetings"})  # an audit's actions followed up, results reported:
# the managers' own work, which names nobody else
_ALSO_BEFORE = compiled(r"\b(?:including|as well as)\s+(?:for\s+)?(?:the\s+|all\s+)?$", re.IGNORECASE)
_GROUP_BEFORE = compiled(rf"(?:{_STAFF.pattern})\s*,?\s*$", re.IGNORECASE)  # a group named right before "including"
_ALSO_AFTER = compiled(r"\s+as\s+well\s+as\s+(?:all\s+|other\s+)?staff\b", re.IGNORECASE)
_ANY_STAFF = compiled(r"(?:all\s+)?staff\b(?!\s+(?:in|on|at|working|from|of|who)\b)", re.IGNORECASE)  # not "staff on the ward"
_ENOUGH_STAFF = compiled(r"\b(?:enough|sufficient|adequate)\s+(?:numbers\s+of\s+)?staff\b(?!\s+(?:in|on|at)\s+the\b|\s+(?:working|from|of|who)\b)",
                         re.IGNORECASE)  # "there are enough staff on each shift": the cover is the whole team's; "enough
# staff on the children's ward" names its staff


def _listing(names: list[str]) -> str:
    """"midwives, obstetricians and maternity support workers": every group a statement lists is told."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


# -- loading

def _cue_counts(table: list[Setting], words: str, left_out: Callable[[Setting], bool]) -> list[int]:
    """How many distinct cues of each setting the words name (none for a setting `left_out`), a cue inside another
    setting's longer cue counting for that one only: "home visits" is a community team's, not also "visits" an agency's."""
    spans = [[] if left_out(s) or not (p := _cue_pattern(tuple(s.cues))) else [m.span() for m in p.finditer(words)]
             for s in table]
    every = [span for each in spans for span in each]
    def within(a: tuple[int, int]) -> bool:
        return any(b[0] <= a[0] and a[1] <= b[1] and b[1] - b[0] > a[1] - a[0] for b in every)
    return [len({words[a:b].lower() for a, b in each if not within((a, b))}) for each in spans]


def _cue_hits(setting: Setting, wording: str) -> set[str]:
    pattern = _cue_pattern(tuple(setting.cues))
    return {m.group(0).lower() for m in pattern.finditer(wording)} if pattern else set()


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    return phrase_pattern(cues)


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whole words, optional plural; phrases in capitals (MAR, CD, GP) match only in capitals."""
    if not phrases:
        return None
    alternatives = [_alternative(p) for p in sorted(phrases, key=len, reverse=True)]
    return compiled(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?:s|es)?(?!\w)")


def _alternative(phrase: str) -> str:
    """A vocabulary's "people's" is also the printed "people’s": reports set a typographic apostrophe."""
    escaped = r"\s+".join(re.escape(word).replace("'", "['’]") for word in phrase.split())
    return escaped if phrase.isupper() else f"(?i:{escaped})"


@cache
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(compiled(p, re.IGNORECASE) for p in patterns)
    except re.error as exc:
        raise ValueError(f"not a valid pattern: {exc}") from exc


@cache
def _settings() -> SettingTable:
    return load(SettingTable, "settings.toml")


@cache
def _kinds() -> KindTable:
    return load(KindTable, "asks.toml")


def prepare() -> None:
    """Compile the kinds of ask now (they are cached), e.g. while pages are read."""
    _kinds()


def _kind(kind_id: str) -> "Kind":
    """The kind of ask vocab/asks.toml calls `kind_id`."""
    return next(k for k in _kinds().kind if k.id == kind_id)
