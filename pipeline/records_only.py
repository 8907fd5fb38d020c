"""Two asks about one act: that it is done, or only that it is recorded.

Takes statement text, returns which pairs ask these two different things (pipeline/merge.py scores
such a pair 0). "Keep a record of each fire drill" and "a fire drill is held every six months" name
one drill, and word overlap merges them, but the first is fixed in the paperwork (a log with who took
part) and the second by doing the act (drills on a schedule): a service can hold every drill and record
none, or the other way round, and an inspector asking for one has seen the other done. So are cleaning
records kept against rooms cleaned between patients, mental capacity assessments filed in care files
against assessments carried out, consent documented on the form against consent obtained in person.

A statement asks only for a record when every ask it makes is one: someone keeps or maintains a record
("keep a record of", "maintain accurate records of", "hold evidence of"), records it ("care workers record
the times they arrive", "staff on the unit record ...", not "carry out and record", which asks the act too; nor "paper
records on the ward", a record named by its kind, the noun), or the thing is recorded,
documented or logged, or kept in a file or a record ("assessments are kept in people's care files"), and
nothing else is asked after it ("recorded and action taken", "record the score and escalate" ask more; a
place or a signature, "on the consent form and countersigned", does not). A record that is itself the
object of another duty is no such ask: a risk register kept up to date, care plans kept up to date (their
content reviewed). A reading recorded (temperatures, observations, weights, scores) is the record of a check: it
meets a statement asking the check ("fridge temperatures are logged", "the fridge is checked daily"), and, where the
ask does not say where it is written, one asking the reading taken or its breaches escalated ("blood pressure is
taken after every dose", "fridges kept between 2 and 8°C and any break in the cold chain escalated", "staff act when
readings fall outside it"); but not one
asking only the thing kept in range ("medicines are kept at the right temperature, replacing the fridge"): the log is
kept by the ward, the fridge replaced by estates (merge52). Where the ask names where the reading is written ("on the
electronic observation form rather than on paper charts", "in their notes"), it asks the paperwork, and meets the
check alone. An assessment, a
decision, an appraisal, supervision or a review recorded or documented is no such ask ("capacity assessments and best
interests decisions are recorded", "supervision is recorded"): it is written as it is held; though one kept in a file or
written up in the records ("capacity assessments are written up in people's care records") is, and so is its result
or outcome written down ("record the result of each drug screen": the screen was made, its paperwork is asked). The
other statement
asks the act: it is no record-only ask and names no record (no recording aspect, nor a word naming one: "checked
and recorded", a form, a file, evidence, a label). A record of a check against the check itself
("weekly checks of the emergency kit are recorded" against "the kit is checked regularly") stays one issue:
the record is what shows the check was made.
"""

import re

import numpy as np

from .asks import asks
from .aspects import RECORDED_ACT, aspects, asked_aspects
from .regex_programs import compiled
from .terms import terms_many

_RECORDED = r"(?:recorded|documented|logged|written\s+(?:down|up)|filed|noted|charted)"
_WORD = r"[\w’'-]+"
# someone keeps a record: "keep a record of each fire drill", "maintain accurate records", "hold evidence of"
_KEEPS = compiled(rf"^(?P<subject>(?:{_WORD}\s+){{0,5}}?)(?:keep|keeps|maintain|maintains|hold|holds)\s+"
                  rf"(?:(?:an?|the|their|its)\s+)?(?:{_WORD}\s+){{0,3}}?(?:records?|logs?|registers?|evidence)\b"
                  r"(?!\s+(?:is|are)\b)(?P<rest>.*)$", re.IGNORECASE)
# where the subject works, inside its words: "staff on the ward record ...", "nurses in the clinic record ..."
_WHERE = r"(?:on|in|at|of|from)\s+(?:the|a|an)"
# someone records it: "care workers record the times they arrive", not "carry out and record", nor what records hold
# ("care records explain what to do if ...": "records" there is the noun, the verb after it its own)
_RECORDS = compiled(rf"^(?P<subject>(?:(?:(?!(?:is|are|the|a|an|and|or)\b){_WORD}|{_WHERE})\s+){{1,4}}?)"
                    r"(?:record|records|document|documents|log|logs)\s+"
                    r"(?!(?:is|are|of|and|must|should|were|was|have|has|had|did|do|does|not|can|could|will|would|"
                    r"may|need|needs|show|shows|include|includes|contain|contains|reflect|reflects|state|states|explain|explains|"
                    r"describe|describes|detail|details|set|sets|say|says|tell|tells|give|gives|guide|guides|identify|"
                    r"identifies|list|lists|hold|holds)\b)"
                    r"(?P<rest>.*)$", re.IGNORECASE)
# it is recorded, or kept in a file: "repositioning is recorded on turning charts"
_PASSIVE = compiled(rf"^(?P<subject>.{{3,160}}?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                    rf"(?P<verb>{_RECORDED}|kept)\b(?P<rest>.*)$", re.IGNORECASE)
_FILED = compiled(rf"^\s+(?:in|on|within)\s+(?:{_WORD}\s+){{0,5}}?"
                  r"(?:files?|records?|notes|charts?|registers?|system|folders?|logs?)\b", re.IGNORECASE)
_A_RECORD = compiled(r"\b(?:records?|logs?|registers?|documentation|forms?|charts?|plans?|notes|files?)\b",
                     re.IGNORECASE)
# a record that is the object of another duty: its content kept current, or a governance tool
_NO_RECORD_ASK = compiled(r"\brisk\s+registers?\b|\bkept\s+(?:up\s*-?\s*to\s*-?\s*date|updated|current|accurate)\b",
                          re.IGNORECASE)
# something more asked after the record: "and action taken", "and escalate", "and patients receive"
MORE = compiled(r"\band\s+(?!(?:counter)?signed\b|dated\b|timed\b)(?:that\s+)?(?:\w+ed|kept|taken|take|takes|made|"
                   r"make|given|give|done|seen|held|acted|act|action|actions|escalate|escalates|tell|tells|told)\b"
                   rf"|\band\s+(?:{_WORD}\s+){{1,3}}?(?:receive|receives|is|are|have|has|get|gets)\b", re.IGNORECASE)
_ALSO_RECORD = frozenset({"recording", "content", "timeliness"})  # what a record's own wording may name
# a written account, apology or reply is given to a person (the duty of candour, a complaint's answer): no record
_GIVEN = compiled(r"\bwritten\s+(?:account|apology|explanation|notification|response|reply)\b", re.IGNORECASE)
# the act named with a record of it, by a word an aspect may not read ("checked and recorded" names none; a cleaning
# schedule completed is the sheet signed as each item is cleaned)
_NAMES_RECORD = compiled(r"\b(?:record\w*|document\w*|logs?|logged|chart\w*|written|registers?|forms?|files?|"
                         r"evidence|label\w*|(?:cleaning|checking)\s+schedules?)\b", re.IGNORECASE)
# an assessment, a decision, an appraisal, a supervision session or a review recorded is written as it is held (its
# form is the assessment); kept in a file, it is the paperwork again
_JUDGED = compiled(r"\b(?:assess\w*|screen\w*|decisions?|appraisals?|supervision|reviews?)\b", re.IGNORECASE)
# what an act found, written down ("record the result of each drug screen", "the outcome of each review"): the paperwork
# of an act already made, whatever the act (a screen, an assessment) is called, not the act asked again
_RESULT = compiled(r"\b(?:results?|outcomes?|findings?)\s+of\b", re.IGNORECASE)
# a reading taken and recorded is the record of a check: "fridge temperatures are logged" meets "checked daily"
_READING = compiled(r"\b(?:temperatures?|readings?|observations?|measurements?|weights?|scores?|levels?|"
                    r"blood\s+pressures?|pulse)\b", re.IGNORECASE)
# where a reading is written ("on the electronic observation form rather than on paper charts", "in their notes"):
# the ask is the paperwork, and the reading's record still meets the check it records
_PLACED = compiled(rf"\b(?:on|in|onto|into)\s+(?:(?:the|their|its|a|an|each|every)\s+)?(?:{_WORD}\s+){{0,3}}?"
                   r"(?:forms?|notes|records?|charts?|system|files?|logs?|registers?)\b", re.IGNORECASE)
# a reading taken: "take blood pressure and pulse", "residents are weighed", "measure the temperature"
_TAKEN = compiled(r"\b(?:take|takes|taken|taking|measure|measures|measured|measuring|weigh|weighs|weighed|weighing)\b",
                  re.IGNORECASE)
_UNPLACED = "reading"  # a reading recorded, where not said: the record of the reading taken
# a reading said to fall out of range ("staff act when readings fall outside it"): the reading is watched
_OUT_OF_RANGE = "out_of_range"


def record_apart(texts: list[str]) -> np.ndarray:
    """Pairs one of which asks only for a record of an act, the other for the act and no record."""
    kept = [_recorded(t) for t in texts]
    only = np.array([k is not None for k in kept], dtype=bool)
    asked = asked_aspects(texts)
    unwritten = [_GIVEN.sub(" ", t) for t in texts]
    act = np.array([not o and not (a & {"recording", RECORDED_ACT}) and not _NAMES_RECORD.search(t)
                    for o, a, t in zip(only, asked_aspects(unwritten), unwritten)], dtype=bool)
    of_check = np.array([k is not None and "checking" in k for k in kept], dtype=bool)
    checks = np.array(["checking" in a for a in asked], dtype=bool)
    of_reading = np.array([k is not None and _UNPLACED in k for k in kept], dtype=bool)
    watched = np.array([bool(a & {"checking", "reporting"}) or bool(_TAKEN.search(t)) or _OUT_OF_RANGE in found
                        for a, t, found in zip(asked, texts, terms_many(texts))])
    one = only[:, None] & act[None, :] & ~(of_check[:, None] & checks[None, :]) & ~(of_reading[:, None] & watched[None, :])
    return one | one.T


def _recorded(text: str) -> frozenset[str] | None:
    """The aspects the recorded thing names, when every ask of the statement is only for a record; else None."""
    required = [a for a in asks(text) if a.required]
    found = [_record_ask(a.duty) for a in required]
    return frozenset().union(*found) if found and all(f is not None for f in found) else None


def _record_ask(duty: str) -> frozenset[str] | None:
    """What the thing one ask records names (its aspects), when the ask is only for a record; else None."""
    duty = duty.strip()
    if _NO_RECORD_ASK.search(duty):
        return None
    found = _KEEPS.search(duty) or _RECORDS.search(duty)
    if found and found.re is _RECORDS and (_A_RECORD.search(found["subject"])
                                           or "recording" not in aspects(duty[:found.start("rest")])):
        # "leave forms record the conditions": what a document holds, not a record asked; "paper records on the ward
        # are not left unattended": a record named by its kind (vocab/aspects.toml), the noun, not the verb
        found = None
    if found:
        thing = found["rest"]
    else:
        found = _PASSIVE.search(duty)
        if not found or (found["verb"].casefold() == "kept" and not _FILED.match(found["rest"])
                         and not _A_RECORD.search(found["subject"])):
            return None
        thing = found["subject"]
    rest = found["rest"]
    written = found.re is _RECORDS or (found.re is _PASSIVE and found["verb"].casefold() not in ("kept", "filed"))
    reading = bool(_READING.search(thing))
    result = bool(_RESULT.search(thing))
    if written and _JUDGED.search(thing) and not result and not _FILED.match(rest):
        return None
    named = aspects(thing) | ({"checking"} if reading else frozenset())
    if reading and not _PLACED.search(rest):
        named |= {_UNPLACED}
    if MORE.search(rest) or aspects(rest) - _ALSO_RECORD - (named if thing is not rest or result else frozenset()):
        return None
    return named
