"""Two steps of one thing: making it, or acting on it once someone else has made it.

Takes statement text, returns which pairs ask these two different things (pipeline/merge.py scores such a
pair 0). "Crews make safeguarding referrals when they identify concerns" and "safeguarding referrals made by
crews are processed by the safeguarding team and passed to the local authority" share the referrals and the
crews, and word overlap merges them; but the first asks the crews to raise them (prompts, training, an audit of
their records) and the second those who receive them to act on them (a log, a triage, timescales): two actions
with two owners, the labelling guide's "who acts". A statement asks the handling when a thing it asks about is
named by the act that made it and who did it ("referrals made by crews are ...", "incidents reported by staff
are ...", "concerns raised by patients are ...") or who sent it ("referrals received from crews are ...", merge42), or is reviewed, processed or triaged named
by who made it ("the safeguarding team reviews crew referrals", merge56), or asks that the one who made it hears
back about it ("staff who raise concerns receive feedback about the outcome of their referral", "feedback on the
incidents they report", merge53): closing the loop is the receiver's step, not the referrer's; it asks the making
when it names that act done to a thing of the same name ("make safeguarding referrals", "complete referrals", "report
incidents") or the verb the thing is named from ("refer concerns to the local authority" makes a referral). A pair is
apart when one asks the handling and not the making, and the other the making and not the handling.
"""

import re

import numpy as np

from .regex_programs import compiled

_MADE = r"(?:made|raised|submitted|sent|completed|reported|logged)"
# "safeguarding referrals made by crews are acknowledged", "received from crews are triaged": the thing's last
# word, then who made or sent it, then its verb
_HANDLED = compiled(rf"\b(?P<thing>[\w-]+)\s+(?:{_MADE}\s+by|received\s+from)\s+(?:[\w’'-]+\s+){{1,3}}?"
                    r"(?:are|is|were|was|have|has)\s+", re.IGNORECASE)
# "receive feedback from the safeguarding team about the outcome of their referral", "feedback on the incidents they
# report": the thing, heard back about by whoever made it
_FED_BACK = compiled(r"\b(?:feedback|outcomes?)\b(?:\s+[\w’'-]+){0,5}?\s+(?:about|on|of)\s+(?:the\s+outcomes?\s+of\s+)?"
                     r"(?:their|the|each|any|those)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?P<thing>referrals?|reports?|concerns?|incidents?|complaints?|alerts?)\b", re.IGNORECASE)
# "the safeguarding team reviews crew referrals and passes them on": the thing named by who made it, before it, acted on
# by someone else
_MAKERS = r"(?:crews?|staff|gps?|patients?|famil(?:y|ies)|carers?|paramedics?|clinicians?|callers?)"
_RECEIVED = compiled(r"\b(?:reviews?|process(?:es)?|triages?|acknowledges?|screens?|checks?|assess(?:es)?)\s+"
                     r"(?:the\s+|all\s+|each\s+|any\s+)?(?:[\w-]+\s+)?" + _MAKERS + r"(?:’s|'s|s’|s')?\s+"
                     r"(?P<thing>referrals?|reports?|concerns?|notifications?|alerts?)\b", re.IGNORECASE)
# a thing named from the verb that makes it: to refer is to make a referral, to notify to send a notification
_MADE_BY_VERB = {"referral": r"refer(?:s|red|ring)?", "notification": r"notif(?:y|ies|ied|ying)"}
_MAKING = r"(?:make|makes|making|complete|completes|completing|raise|raises|raising|submit|submits|submitting|send|" \
          r"sends|sending|report|reports|reporting|log|logs|logging)"


def handling_apart(texts: list[str]) -> np.ndarray:
    """Pairs one of which asks for a thing to be acted on once made, the other for it to be made."""
    handled = [{_singular(m["thing"]) for pattern in (_HANDLED, _FED_BACK, _RECEIVED) for m in pattern.finditer(t)} for t in texts]
    n = len(texts)
    out = np.zeros((n, n), dtype=bool)
    for i in (k for k in range(n) if handled[k]):
        for j in range(n):
            if j != i and not handled[j] and any(_makes(texts[j], thing) and not _makes(_without_handling(texts[i]), thing)
                                                 for thing in handled[i]):
                out[i, j] = out[j, i] = True
    return out


def _without_handling(text: str) -> str:
    for pattern in (_HANDLED, _FED_BACK, _RECEIVED):
        text = pattern.sub(" ", text)
    return text


def _makes(text: str, thing: str) -> bool:
    """The text asks for a thing of this name to be made: a making verb a few words before it, or the verb
    the thing is named from."""
    verb = _MADE_BY_VERB.get(thing)
    return bool(re.search(rf"\b{_MAKING}\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(thing)}s?\b", text, re.IGNORECASE)
                or verb and re.search(rf"\b{verb}\b", text, re.IGNORECASE))


def _singular(word: str) -> str:
    return word[:-1].casefold() if word.casefold().endswith("s") else word.casefold()
