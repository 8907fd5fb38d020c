"""Two asks about one wait: to make it shorter, or to keep the people who wait safe while they do.

Takes each statement's required asks (pipeline/asks.py), returns which pairs ask these two different
things (pipeline/merge.py scores such a pair 0). The decision a reader would get wrong: "reduce the
waits for autism assessments" and "children waiting for an autism assessment are contacted and
their risk reviewed" share the service, the assessment and the waiting, and word overlap merges
them; but the first asks for the wait to end sooner (a capacity plan, a trajectory) and the second
for the people on the list to be watched while it lasts (validation, welfare contacts, risk review):
the labelling guide's "waiting times for a first appointment vs waiting lists validated for harm".
What tells them apart is the ask, not its words:
- An ask is for people who wait when it names them by their waiting: "patients waiting for",
  "patients with mental health needs waiting in", "people who wait for", "awaiting", "on the ... waiting list", "whose
  response is delayed", "outpatients (who are) overdue a follow-up", "long waiters", "while they wait" (or waited, in a finding), "harm from waiting", a backlog of follow-ups or appointments, or when it validates the
  waiting list (reads it to confirm who still waits and at what priority), reviews it ("waiting lists for
  dermatology appointments are reviewed"), or reviews its people for harm ("reviewed for clinical harm").
  Its own time words then describe the wait it is about ("timely call-backs", "overdue"), so such an ask asks for a shorter
  wait only when it asks to reduce or shorten it (or to address, clear or tackle its backlog), or for its
  people to be seen within a time ("seen within the commissioned waiting time").
- Any other ask asks for a shorter wait when it names timeliness (vocab/aspects.toml: "reduce
  waiting times", "18-week referral to treatment") or says the same as such an ask ("against the
  12-week standard", "assessed within the target timescale"); a step taken "without delay",
  "promptly" or "immediately" ("deteriorating patients are escalated without delay") is on time,
  no wait asked shorter.
A pair is apart when one statement asks for a shorter wait and every ask of the other is for people
who wait and asks none. Two statements that both shorten, or both keep safe, are compared as before.
On the pair sets (AT, AX, fresh2-6, tuning sets; pair mode) this kept apart 8 merged look-alikes and
no same-issue pair (bench/merge_gates.py counts it as the gate "wait").
"""

import re

import numpy as np

from .asks import PEOPLE, Ask
from .aspects import aspects_many
from .regex_programs import compiled

# a span of time: "12 hours", "four hours", "a week"
_SPAN = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:hours?|days?|weeks?|minutes?|months?)\b"
_FOR_WAITERS = compiled(
    rf"\b{PEOPLE}\s+(?:(?:with|who\s+have|who\s+need)\s+(?:[\w’'-]+\s+){{1,4}}?)?(?:who\s+are\s+)?(?:waiting|awaiting)\b"
    rf"|\b{PEOPLE}\s+who\s+(?:wait|waited)\s+(?:for|to)\b"
    rf"|\b{PEOPLE}\s+on\s+(?:the\s+|a\s+|their\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:waiting\s+lists?|backlogs?)\b"
    rf"|\b{PEOPLE}\s+whose\s+(?:[\w’'-]+\s+){{1,4}}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:delayed|overdue)\b"
    rf"|\b(?:{PEOPLE}|outpatients|inpatients)\s+(?:who\s+)?(?:are|were)\s+(?:now\s+|still\s+)?overdue\b"
    rf"|\b{PEOPLE}\s+who\s+(?:remain|stay|wait|spend|are\s+kept|are\s+held)\s+(?:[\w’'-]+\s+){{0,5}}?(?:for\s+)?"
    rf"(?:more|longer)\s+than\s+{_SPAN}"
    r"|\blong\s+waiters\b|\bwhile\s+(?:they\s+(?:are|were)\s+|on\s+)?(?:waiting|they\s+waited|they\s+wait|on\s+(?:the|a)\s+waiting\s+list)\b"
    r"|\bharm\s+from\s+(?:waiting|delays?|the\s+wait)\b"
    r"|\bbacklogs?\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:follow-ups?|appointments|patients|referrals)\b"
    r"|\b(?:follow-up|outpatient|appointment)\s+backlogs?\b"
    r"|\bwaiting\s+lists?\s+(?:(?:for|of)\s+(?:[\w’'-]+\s+){0,5}?)?(?:are|is)\s+(?:\w+\s+)?(?:validated|reviewed)\b"
    r"|\b(?:review\w*|assess\w*|check\w*)\s+for\s+(?:clinical\s+|any\s+)?harm\b|\bvalidat\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}?waiting\s+lists?\b",
    re.IGNORECASE)
# What an ask says to end a wait sooner: see people within a time, meet a time standard, "more quickly".
_IN_TIME = compiled(
    r"\b(?:more\s+quickly|sooner|faster)\b"
    r"|\b\d+[- ](?:weeks?|days?|hours?|minutes?|months?)\s+(?:standard|target|wait)s?\b"
    rf"|\bfor\s+(?:no\s+)?(?:more|longer)\s+than\s+{_SPAN}"
    r"|\bwithin\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:times?|timescales?|timeframes?|targets?|"
    r"standards?|weeks?|days?|hours?|minutes?|months?)\b",
    re.IGNORECASE)
# How promptly a step is taken ("escalated to medical staff without delay") is no wait asked shorter: the
# act is on time, no one is waiting for it to end (merge42).
_PROMPTLY = compiled(r"\b(?:without\s+(?:any\s+|undue\s+)?delay|promptly|immediately)\b", re.IGNORECASE)
# Said of the people who wait: fewer wait. A backlog of them addressed, cleared or tackled is made smaller too
# ("address the backlog of overdue follow-up appointments"), not kept safe while it lasts.
_REDUCE = compiled(r"\b(?:reduc\w*|shorten\w*)\b|\b(?:address\w*|clear\w*|tackl\w*)\s+(?:the\s+|its\s+|their\s+)?backlogs?\b",
                   re.IGNORECASE)


def wait_apart(required: list[list[Ask]]) -> np.ndarray:
    """Pairs one of which asks for a wait to be shorter while every ask of the other is for people
    who wait and asks no such thing; `required` is each statement's required asks."""
    duties = [[a.duty for a in mine] for mine in required]
    timely = iter("timeliness" in found for found in aspects_many([_PROMPTLY.sub(" ", d) for mine in duties for d in mine]))
    read = [[_read(duty, next(timely)) for duty in mine] for mine in duties]
    shortens = np.array([any(shorter for _, shorter in mine) for mine in read], dtype=bool)
    keeps_safe = np.array([bool(mine) and all(waiting and not shorter for waiting, shorter in mine) for mine in read],
                          dtype=bool)
    one = shortens[:, None] & keeps_safe[None, :]
    return one | one.T


def _read(duty: str, timely: bool) -> tuple[bool, bool]:
    """Whether an ask is for people who wait, and whether it asks for a shorter wait (`timely`: its
    duty names timeliness)."""
    if _FOR_WAITERS.search(duty):  # the wait that names them is no time asked of it
        return True, bool(_REDUCE.search(duty) or _IN_TIME.search(_FOR_WAITERS.sub(" ", duty)))
    return False, timely or bool(_IN_TIME.search(duty))
