"""What a statement asks: its asks ("... and that ..."), and each ask's duty without its qualifier.

Takes CQC wording, returns plain strings; no vocabulary file (the verbs that open an instruction are
the one word list, IMPERATIVE, shared with the prompt stage). The decisions a reader would get wrong:
a qualifier hung on an ask ("... in line with NICE guidance", "... so that section 17 leave
is not cancelled") names what the ask is measured against or for, not what it asks, so the
prompt stage (pipeline/scaffold.py) reads topics, and the merge stage (pipeline/merge.py)
themes, from the duty alone. And people named by the result of an earlier assessment ("patients
assessed as at high risk of pressure damage receive pressure-relieving equipment") or by the caseload
they are on are whom the ask is for, not what it asks: merge reads the statement's words without
the first (`without_earlier_result`), so the equipment is not taken for a second risk assessment,
and its theme without either (`without_population`), so a pressure area assessment is not taken for
caseload staffing.
"""

import re
from functools import lru_cache
from typing import NamedTuple

from .regex_programs import compiled


IMPERATIVE = frozenset(  # an ask beginning with one of these is an instruction: "repair the ...", "appoint a ..."
    "repair replace install appoint submit review consider develop work increase reduce improve seek continue "
    "display provide update establish carry take make offer introduce put create implement undertake complete "
    "assess monitor audit record ensure explore look engage gather act recruit train arrange obtain produce write "
    "fit remove upgrade refurbish check keep hold agree set share use notify inform tell give stop start "
    "reconsider maintain operate protect follow deploy evaluate address confirm publish publicise involve let allow enable ask "
    "strengthen embed tackle report escalate document wear find consult purchase buy procure".split())


class Ask(NamedTuple):
    """One thing a statement asks for, the part of it that says the duty, and whether it is a
    requirement (a finding sentence after it, "Staff were unsure.", only says what was wrong)."""

    text: str
    duty: str
    required: bool


# What a statement asks: each sentence without the provider, modal and "ensure that", split at
# "and that", "; and", "and ensure" ("and making sure"); the duty of an ask is the ask without the qualifier hung on it.
_SUBJECT = compiled(
    r"^(?:the\s+)?(?:[\w’'\-]+\s+){0,2}?(?:trust|provider|practice|service|hospital|hospice|home|organisation|location|"
    r"partners?|registered\s+(?:person|manager)|board|it)\s+(?:must|should)(?:\s+also)?\s+"
    r"|^(?:[\w’'\-]+\s+){1,6}?(?:must|should)(?:\s+also)?\s+(?=(?:ensure|make sure)\b)",  # "The crisis team should make sure that X": X
    re.IGNORECASE)
_LEAD_IN = (r"(?:continue to|take (?:further\s+)?(?:action|steps) to|(?:consider|explore|look at|find|seek|identify)\s+(?:ways|how)\s+"
            r"(?:to|(?:it|they|the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:can|could|might|will)(?!\s+be\b))|consider how to)\s+")  # "consider
# how it can reduce X" asks to reduce X; "consider how the patient participation group can be supported to meet" keeps
# the thing it is about, which is not the doer (`_HOW_THING`)
_HOW_THING = r"(?:consider|explore|look\s+at|find|identify)\s+how\s+(?=the\s+(?:[\w’'-]+\s+){0,4}?(?:can|could|might|will)\s+be\b)"
# A lead-in goes only before an instruction known as one (IMPERATIVE): "continue to identify and support carers" keeps
# it, which says the verb after it is an instruction, so no line reads "confirm that identify and support carers"
_ENSURE = compiled(rf"^(?:{_LEAD_IN})?(?:ensure|make sure)(?:\s+that\b,?)?\s+|^{_LEAD_IN}(?!take\b)"
                   rf"(?=(?:{'|'.join(sorted(IMPERATIVE))})\b)|^{_HOW_THING}", re.IGNORECASE)
_CITATION_TAIL = compiled(r"\s*\((?:[^()]|\([^()]*\))*?\bReg(?:ulation)?s?\b(?:[^()]|\([^()]*\))*\)[\s.]*$"
                          # "... promptly. Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 Staffing."
                          r"|(?<=\.)\s+Regulations?\s+\d+[\w()]*\s+(?:of\s+(?:the\s+)?)?(?:HSCA|Health and Social Care Act)\b[^.]*\.?\s*$"
                          r"|\s*\(\s*Reg(?:ulation)?s?\b[^()]*$"  # a citation cut off where the page ends: "... training. (Regulation"
                          # a paragraph cited bare after the sentence's stop: "... managed safely. 12(1)(2)(a)(b)(g)"
                          # (one naming its regulation, "... Regulation 11(1)(3)", still says a breach is found)
                          r"|(?<=[.!?])\s+\d{1,2}(?:\s*\([0-9a-z]{1,4}\))+\s*\.?\s*$",
                          re.IGNORECASE)
_SENTENCE = compiled(r"(?:(?<=[a-z0-9)][.!?])|(?<=[A-Z]{2}[.!?]))\s+(?=[‘“'\"]?[A-Z])")  # "... register with CQC. Audits ..." too;
# "... mitigated. 'As required' medicines ...": a sentence may open on a quote
_AND_THAT = compiled(r"\s*(?:[,;]\s*)?(?:\band|&)\s+(?:(?:must|should)\s+)?(?:also\s+)?(?:(?:ensure|make sure)\s+)?that\s+"
                     r"|\s*[,;]?\s+and\s+(?:also\s+)?(?:ensure|ensuring|make sure|making sure)\s+(?:that\s+)?|\s*;\s*(?:and\s+)?",
                     re.IGNORECASE)
# "including" and "such as" are left in: what they list is what the ask is about ("risks, such as falls").
_QUALIFIER = compiled(r",?\s+\(?(?:in line with|in accordance with|as set out in|as required by|so that|so they|"
                      r"in order to|to keep|particularly|especially|to meet (?:the\s+)?(?:national|current|relevant|recognised|professional)\s+"
                      r"(?:guidance|guidelines|standards|recommendations))\b", re.IGNORECASE)  # "enough consultant presence to meet
# national guidance": the standard the level is measured by, no guideline to follow
# "at the frequency set out in the supervision policy": how often the standard it cites sets, the standard itself
_REFERENCE = compiled(r",?\s+\(?(?:in line with|in accordance with|as set out in|as required by|"
                      r"(?:at|with) the (?:frequency|intervals?) (?:set out in|set by|set in|required by|stated in))\b",
                      re.IGNORECASE)
_REQUIRES = compiled(r"\b(?:must|should|ensure|make sure|failed to)\b", re.IGNORECASE)  # "had failed to deploy ...": the duty breached
# "... and staff gave us different accounts of how their meals should be prepared": a modal in a clause a question word
# opens says what was meant to happen, inside a finding; the sentence asks nothing by it
_EMBEDDED_MODAL = compiled(r"\b(?:how|what|when|where|which|whether|why)\s+(?:[\w’'-]+\s+){0,4}?(?:must|should)\b",
                           re.IGNORECASE)


def _requires(sentence: str) -> bool:
    """The sentence says what must be done: a modal, "ensure" or "failed to", not one in a clause a question word opens."""
    return bool(_REQUIRES.search(_EMBEDDED_MODAL.sub(" ", sentence)))


# "...; we saw staff speaking about patients in a dismissive way": what the inspectors saw, a finding, not an ask.
_OBSERVED = compiled(r"(?:we|inspectors|the inspection team)\s+(?:saw|found|observed|heard|noted|were told)\b"
                     r"|[^.;:]{0,80}?\b(?:we spoke (?:with|to)|told us(?!\s+(?:about|of)\s*(?:[,.;]|$))|said)\b"  # "Staff we
                     # spoke with said ...", not "the risks staff told us about": what they told is the ask's object
                     r"|(?![^.;]*\b(?:must|should|ensure)\b)[^.;:]{0,80}?\b(?:showed|indicated|confirmed)\s"  # "Rotas showed that ...":
                     r"|(?![^.;]*\b(?:must|should|ensure)\b)(?:(?!\b(?:not|never|failed)\b)[^.;:]){0,80}?\b(?:found|identified)\s+that\s",  # "Our
                     re.IGNORECASE)  # clinical searches found that ...", not "audits had not identified that ...": the
# evidence a breach passage opens with, not its duty
# "...; the sepsis pathways were past their review dates", "...; at our inspection 400 letters had not been actioned": a
# clause after the ask with a verb in the past and none in the present says what was found, not what is asked.
# The sentence that only says a regulation was breached, of what it found before ("These shortfalls ... meant the
# provider was in breach", "This constituted a continued breach", "The registered provider remains in breach").
_ONLY_BREACH = compiled(r"^(?:this|these|that|those|such|which|it)\b[^.;]{0,80}?\b(?:a|in|an?\s+\w+|continued|continuing)\s+breach(?:es)?\b"
                        r"|^(?:the\s+)?(?:registered\s+)?(?:provider|service|home|trust|practice|location|person|manager)\s+"
                        r"(?:remain(?:s|ed)?|is|was|were|continues?\s+to\s+be|has\s+been|had\s+been)\s+(?:still\s+)?in\s+(?:\w+\s+)?breach\b"
                        r"|^we\s+(?:identified|found)\s+(?:a|an|\w+)\s+(?:\w+\s+)?breach(?:es)?\b|^at\s+(?:our|the)\s+last\s+inspection\b.*\bbreach\b"
                        r"|^(?:regulations?\s+[\d()a-z ]+)\s+(?:was|were)\s+not\s+met\b|^regulations?\s+\d", re.IGNORECASE)
# The breach named with its reason after "as" or "because": the reason is the failing, as "failed to ensure ..." is.
BREACH_REASON = compiled(r"^(?:the\s+)?(?:registered\s+)?(?:provider|service|home|trust|practice|location|person|manager)\s+"
                            r"(?:remain(?:s|ed)?|is|was|were|continues?\s+to\s+be|has\s+been|had\s+been)\s+(?:still\s+|also\s+)?"
                            r"in\s+(?:\w+\s+)?breach\s+of\s+regulations?\s+\d+[A-Z]?(?:\(\w{1,4}\))*(?:\s+\([^)]*\))?"
                            r"(?:\s+of\s+the\s+[^.]*?Regulations\s+\d{4})?,?\s+(?:as|because|since)\s+(?P<failing>\S.+)$", re.IGNORECASE)
ENFORCED = r"we\s+(?:have\s+)?(?:issued|served|imposed|cancelled|suspended|placed)\b"  # CQC's own action on a failing
# A sentence that asks for nothing even when it opens a wording: it only says a regulation was breached,
# that not enough improvement had been made ("At this inspection enough improvement had not been made and the provider
# was still in breach of regulation 17"), what a key question means ("Safe – this means we looked for evidence that
# people were protected ..."), what a law provides ("The Mental Capacity Act 2005 (MCA) provides a legal framework ..."),
# or how the rating was reached ("Scores for the remaining quality statements were carried over from our last inspection").
NO_ASK = compiled(_ONLY_BREACH.pattern + r"|^(?:(?:at|during)\s+(?:this|the|our)\s+(?:inspection|assessment|visit),?\s+)?"
                     r"(?:not\s+)?(?:enough|sufficient)\s+improvements?\s+(?:had|has|was|were)\s+"
                     r"(?:not\s+)?(?:been\s+)?made\b|^[\w’'-]+\s*[–—-]\s*this\s+means\s+we\s+looked\s+for\b"
                     r"|^the\s+(?:[\w’'-]+\s+){0,5}?act(?:\s+\d{4})?(?:\s+\(\w+\))?\s+(?:provides|requires|sets\s+out|says|states)\b"
                     r"|^(?:the\s+)?(?:scores?|ratings?)\s+(?:for|of|from)\s+[^.]*?\b(?:were|was|have\s+been|has\s+been)\s+"
                     r"(?:carried\s+(?:over|forward)|used\s+(?:in|to|for)\s+calculat)"
                     r"|^(?:[^.:;]{0,40}:\s+)?" + ENFORCED, re.IGNORECASE)
# ("We issued a warning notice", "Action we took: We imposed conditions": what CQC did, nothing the provider is asked)
# "The service was not consistently safe.": a key question's headline, the rating's summary; no duty to check (the
# findings after it say what to put right)
HEADLINE = compiled(r"^(?:the\s+)?(?:service|provider|practice|home|trust|hospital|location|clinic)\s+(?:was|is|were)\s+not\s+"
                    r"(?:(?:always|consistently|fully|sufficiently|yet)\s+)?(?:safe|effective|caring|responsive|well[- ]led)\W*$",
                    re.IGNORECASE)
_CONNECTIVE = compiled(r"^(?:however|but|and)\b,?\s+(?=\S)", re.IGNORECASE)  # "...; however, the provider had failed to ...": the
# clause's own words start after it
_PAST = compiled(r"\b(?:was|were|had)\b", re.IGNORECASE)
_PRESENT = compiled(r"\b(?:is|are|has|have|must|should|can|will|do|does)\b", re.IGNORECASE)
_ASKED = compiled(r"\b(?:must|should)\b", re.IGNORECASE)  # what must be done, not "the provider had failed to ensure"
QUALIFIED_AFTER_WORDS = 3  # "take action to keep ..." is the ask; "... on every ward, to keep ..." its qualifier


def _clauses(ask: str) -> list[str]:
    """Clauses listed with commas, each with its own subject and verb: "the fire risk assessment is reviewed, fire
    doors close fully, and each person has an evacuation plan" asks three things; "records are complete, legible
    and stored securely" or "records, including X and Y, are complete" one (no verb before the comma, or none after)."""
    parts, start = [], 0
    for m in _CLAUSE_COMMA.finditer(ask):
        left = ask[start:m.start()]
        if (_FINITE.search(left) and not _SUBORDINATE.match(left) and not _QUALIFIER.search(left)  # "..., so that
                and not _FINITE.match(ask[m.end():])):  # children cannot leave, and adults cannot enter": one qualifier
            parts.append(ask[start:m.start()])
            start = m.end()
    return [*parts, ask[start:]]


_FINITE_WORDS = (r"(?:is|are|has|have|can|cannot|do|does|must|should|will|receive|receives|know|knows|get|gets|meet|meets|"
                 r"close|closes|use|uses|follow|follows|take|takes|keep|keeps|hold|holds|include|includes|reflect|reflects)\b")
_FINITE = compiled(r"(?<!\bto )\b" + _FINITE_WORDS, re.IGNORECASE)  # "to use" is no verb of a clause
_SUBORDINATE = compiled(r"(?:when|whenever|where|if|once|after|before|while|as|unless|until)\b", re.IGNORECASE)
# a comma, then a subject of up to five words (not "say how each risk", "help to") and its verb: the next clause of a list
_NOT_IN_SUBJECT = "how|that|what|which|whether|who|to|as|than|so|if|because"
_CLAUSE_COMMA = compiled(r",\s+(?:and\s+)?(?!and\b)(?![a-z]+ed\s+(?:and|or)\s)(?=(?!(?:including|such as|for example|where|when|whenever|which|who|whose|if|so|because|as|unless|until|while|but|or|in|on|at|to|"
                         r"with|by|after|before|particularly|especially|even|although|though|once)\b)"
                         r"(?:(?!(?:" + _NOT_IN_SUBJECT + r")\b)[\w’'-]+\s+){0,4}?(?!(?:and|or|for|of|in|on|at|with|from|the|a|an|its|their|" + _NOT_IN_SUBJECT + r")\b)[\w’'-]+\s+"
                         + _FINITE_WORDS + ")", re.IGNORECASE)  # "..., supervision and appraisal as is necessary": no clause;
# nor "..., holistic and reflect patients' views": a verb straight after "and" or "or" goes on the predicate before the comma;
# nor "events are recorded, investigated and learning is shared": a participle after the comma is the list's next verb; nor
# "..., maintained and fit for use": a noun after a preposition ("for use") is no verb; nor one after an article
# ("including signage, lighting and the use of contrasting colours")


def predicates(found: list[Ask]) -> list[Ask]:
    """Two things asked of one subject, each with words of its own, as two asks: "patient group directions are reviewed
    within their expiry date and signed by all staff who use them" asks for the review and for the signatures, each
    with its own check, and so does "records are accurate, complete and stored securely" (how they are written, where
    they are kept); "records are stored and handled securely" or "risks are assessed and recorded in care plans" one
    thing. For the prompts only: merging reads the statement's duties whole."""
    out = []
    for a in found:
        text = a.text.strip(" .;:,")
        if m := _TWO_PASSIVES.match(text):
            first = m["first"]
        elif m := _STATES_AND_PASSIVE.match(text):  # "accurate, complete and stored securely": "accurate and complete"
            first = re.sub(r",\s+(?=[^,]*$)", " and ", m["first"])
        elif m := _VERB_SAID_AGAIN.match(text):
            first = m["first"]
            m = None if _clause_goes_on(first, m["be"]) else m
        elif (m := _AND_PERFECT.match(text)) and not _clause_goes_on(m["first"], m["be"]):
            first = f"{m['verb']} {m['first']}"
            texts = [f"{m['subject']} {first}", f"{m['subject']} {m['be']} {m['second']}"]
            out += [a._replace(text=t, duty=duty(t)) for t in texts]
            continue
        elif (m := _PASSIVES_AND_VERB.match(text)) and len(m["subject"].split()) > 1:
            texts = [*(f"{m['subject']} {m['be']} {p}" for p in re.split(r",\s+", m["passives"])),
                     f"{m['subject']} {m['verb']} {m['object']}"]
            out += [a._replace(text=t, duty=duty(t)) for t in texts]
            continue
        elif m := _TWO_FIGURES.match(text):
            texts = [f"{m['lead']} {m['first']}", f"{m['lead']} {m['second']}"]
            out += [a._replace(text=t, duty=duty(t)) for t in texts]
            continue
        texts = [f"{m['subject']} {m['be']} {first}", f"{m['subject']} {m['be']} {m['second']}"] if m else [a.text]
        out += [a._replace(text=t, duty=duty(t)) if m else a for t in texts]
    return out


def _clause_goes_on(first: str, be: str) -> bool:
    """Whether "and are" after "patients who lack capacity" goes on the patients' clause: its noun agrees with the verb."""
    return any(is_plural(r["noun"].lower()) == (be.lower() in ("are", "have")) for r in _RELATIVE.finditer(first))


_PARTICIPLE = r"(?:[a-z]+ed|kept|held|seen|given|written|done|made|taken|shown|read|sent|known|understood)"
_TWO_PASSIVES = compiled(rf"^(?P<subject>(?:[\w’'()-]+\s+){{0,7}}[\w’'()-]+)\s+(?P<be>is|are)\s+"
                         rf"(?P<first>{_PARTICIPLE}\s+(?:(?!and\b)[\w’'-]+\s+){{1,8}}(?!and\b)[\w’'-]+)\s+and\s+"
                         rf"(?P<second>{_PARTICIPLE}\s+(?:(?!and\b)[\w’'-]+\s+){{1,8}}(?!and\b)[\w’'-]+)$")
_STATE = rf"(?!{_PARTICIPLE}\b|and\b|not\b)[\w’'-]+"  # one word saying how the thing is: "accurate", "up-to-date"
_STATES_AND_PASSIVE = compiled(rf"^(?P<subject>(?:[\w’'()-]+\s+){{0,7}}[\w’'()-]+)\s+(?P<be>is|are)\s+"
                               rf"(?P<first>{_STATE}(?:,\s+{_STATE}){{0,3}})\s*,?\s+and\s+"
                               rf"(?P<second>{_PARTICIPLE}\s+(?:(?!and\b)[\w’'-]+\s+){{0,8}}(?!and\b)[\w’'-]+"
                               rf"(?:\s+so\s+that\s+[^;]+)?)$")
# "records are accurate, complete and stored securely": how the records are and where they are kept, each its own check;
# what the storing is for goes with it ("... stored securely so that confidential information cannot be seen by visitors")
_CONDITION = r"(?:when|whenever|where|if|unless|until|while|because)\b"
_RELATIVE = compiled(r"\b(?P<noun>[\w’'-]+)\s+(?:who|which|that(?=\s+(?:is|are|has|have)\b))\b", re.IGNORECASE)  # "a
# risk assessment that is current and has been updated": "that" before its verb opens the assessment's clause too
_VERB_SAID_AGAIN = compiled(rf"^(?P<subject>(?:(?!{_CONDITION})[\w’'()-]+\s+){{0,9}}[\w’'()-]+)\s+(?P<be>is|are|has|have)\s+"
                            rf"(?P<first>(?:(?!and\b|{_CONDITION})[\w’'()-]+\s+){{1,12}}(?!and\b)[\w’'()-]+)\s+and\s+(?P=be)\s+"
                            rf"(?P<second>(?:[\w’'()-]+\s+){{1,14}}[\w’'()-]+)$")
_AND_PERFECT = compiled(rf"^(?P<subject>(?:(?!{_CONDITION}|is\b|are\b|has\b|have\b)[\w’'()-]+\s+){{0,9}}?[\w’'()-]+)\s+"
                        r"(?P<verb>receive|receives|attend|attends|get|gets|have|has|undertake|undertakes|complete|completes)\s+"
                        rf"(?P<first>(?:(?!and\b|{_CONDITION})[\w’'()-]+\s+){{1,12}}(?!and\b)[\w’'()-]+)\s+and\s+"
                        rf"(?P<be>have|has)\s+(?P<second>{_PARTICIPLE}\s+[^;]+)$")
_PASSIVES_AND_VERB = compiled(rf"^(?P<subject>(?:(?!{_CONDITION})[\w’'()-]+\s+){{0,9}}?[\w’'()-]+)\s+(?P<be>is|are)\s+"
                              rf"(?P<passives>{_PARTICIPLE}(?:\s+(?!and\b)[\w’'-]+){{0,6}}(?:,\s+{_PARTICIPLE}(?:\s+(?!and\b)[\w’'-]+){{0,6}})+)"
                              rf",?\s+and\s+(?P<verb>(?!{_PARTICIPLE}\b)(?!(?:and|or|not|the|a|an|each|every|all|their|its|is|are)\b)[a-z]+)\s+"
                              r"(?P<object>(?:the|a|an|each|every|all|their|its)\s+.+)$")
# "the local rules are reviewed, signed by staff and name the current radiation protection supervisors": a list of things
# done to the subject, then what it must say, each its own ask (the review, the signatures, the names it gives)
_TWO_FIGURES = compiled(r"^(?P<lead>(?:continue\s+to\s+)?(?:work\s+to\s+)?(?:monitor|reduce|track|measure|lower|improve|increase))\s+"
                        r"(?P<first>(?!the\s+(?:number|numbers|proportion|percentage|rate)\s+of\b)(?:(?!and\b)[\w’'-]+\s+){0,5}"
                        r"(?!and\b)[\w’'-]+)\s+and\s+(?P<second>the\s+(?:number|numbers|proportion|percentage|rate)\s+of\s+.+)$",
                        re.IGNORECASE)
# "monitor theatre utilisation and the number of procedures cancelled on the day", "reduce bed occupancy and the number of
# patients placed in out of area beds": two figures, each tracked from its own data, not the count alone
# "staff receive an annual appraisal and have completed mandatory training": what they receive and what they have done,
# each its own ask, the second's own "have" opening it
# "staff who act as chaperones have received training and have a DBS check": the verb said again opens a second predicate
# ("PGDs are signed by each nurse and are authorised by a prescriber"): the training and the check, each its own ask; not
# after "where" or "when" ("applications are made where patients are supervised and are not free to leave": one condition)
# nor after "who", "which" or "that" when the verb agrees with its noun ("applications are made for patients who lack capacity
# and are not free to leave": the patients', one clause; "each nurse who uses them and are authorised": the PGDs')


def asks(wording: str) -> list[Ask]:
    """Each thing the wording asks for: "Ensure that X and that Y. It must also ensure Z." gives
    X, Y and Z; every wording (line) and every sentence of it counts. A sentence after the first
    that neither says "must", "should" nor "ensure" is a finding: it names what was wrong; so is one,
    even first, that only says a regulation was breached (`NO_ASK`). What went well, said before a
    "However" (`contrasted`), asks nothing: the failing after it opens the wording.
    Read once per wording and process (merging, the prompts and their checks ask for the same wordings
    again: 570 times for 77 wordings on an 82-page report); each caller gets a list of its own."""
    return list(_asks(wording))


@lru_cache(maxsize=4096)
def _asks(wording: str) -> tuple[Ask, ...]:
    found = []
    for line in wordings(wording):
        line = _CITATION_TAIL.sub("", unlabelled(" ".join(line.split())))
        said, praised = sentences(line), contrasted(line)
        for k, sentence in enumerate(said):
            opens = all(s in praised or HEADLINE.match(s.strip()) for s in said[:k])  # the first sentence, or the first
            # after the praise or a rating's headline
            if reason := BREACH_REASON.match(sentence.strip()):  # "... remained in breach of regulation 18 (Staffing) as
                sentence = reason["failing"]  # staff had not received training ...": the failing, read as its duty when
            required = ((opens and not _found_done(sentence, bool(_BREACH_NAMED.search(line)))  # it can be turned
                         or _requires(sentence) or bool(reason and _turned(sentence)))
                        and not NO_ASK.match(sentence.strip()) and not HEADLINE.match(sentence.strip())
                        and sentence not in praised)
            sentence, told = _told_aside(sentence.strip())
            plain = _ENSURE.sub("", _SUBJECT.sub("", _recommended(sentence), count=1), count=1)
            split = [_as_duty(_ENSURE.sub("", _CONNECTIVE.sub("", a.strip(" .;:,")), count=1)) for part in _listed(plain) for each in _AND_THAT.split(part)
                     for a in _clauses(each)]
            found += [Ask(text, duty(text), required and not _OBSERVED.match(text) and not names_failing(text)
                          and not (k and (_ASKED.search(sentence) or _instructs(sentence)) and _said_past(text))  # "...;
                          # the log was blank"; "There were not enough staff ...; two staff were on duty": a later clause
                          and not (k and _said_past(text) and _found_done(text) and not _ensured_too(text, sentence)))  # saying,
                      # with no "not", what was so is the failing's evidence, never its target
                      for k, text in enumerate(t for t in split if t)]
            found += [Ask(told, told, False)] if told else []
    return tuple(found)


def _ensured_too(text: str, sentence: str) -> bool:
    """"The provider did not ensure that risks were assessed, and that medicines were managed safely": the clause after
    "and that" is the second thing not ensured, the same failing's (its "not" is the first clause's), never what the
    report found was so."""
    opener = _NOT_ENSURED.search(sentence)
    head = re.escape(" ".join(text.split()[:3]))
    return bool(opener) and bool(re.search(rf"\band\s+that\s+{head}", sentence[opener.end():], re.IGNORECASE))


_NOT_ENSURED = compiled(r"\b(?:had|has|have|did|was|were)\s+(?:also\s+)?(?:not\s+(?:always\s+)?|failed\s+to\s+)"
                        r"(?:ensure[ds]?|make\s+sure)\s+that\s+", re.IGNORECASE)


def _found_done(sentence: str, breach: bool = False) -> bool:
    """"The provider used a high number of agency nurses at night": a first sentence saying in the past, with no
    negation, what was done is a finding, not a duty; a failing ("Care plans were not reviewed") is read as its duty.
    In a passage naming its breach, a failing no "not" says ("decisions had been made without a capacity assessment",
    "there was no system"), or one said of "it" after what was done ("used a dependency tool, but it had not been
    updated"), cannot be turned into its duty without rewording CQC's words: it is the breach's finding."""
    words = sentence.split()
    return (bool(words) and words[0].lower() not in IMPERATIVE and not _PRESENT.search(sentence)
            and not _requires(sentence) and not _RECOMMENDS.match(sentence)
            and not (_turned(sentence) if breach else _NEGATION.search(sentence))
            and bool(_PAST.search(sentence) or _PAST_VERB.search(sentence)))


def _turned(failing: str) -> bool:
    """"Care plans were not reviewed" can be read as its duty, turned; "there were no effective systems" and "... but it
    had not been updated" cannot without rewording CQC's words: they are findings."""
    return bool(_TURNED.search(failing)) and not _said_again(failing)


def _said_again(failing: str) -> bool:
    """"..., but it had not been updated", "used a dependency tool, but the tool had not been reviewed": the failing said
    of what the sentence named before it, by a pronoun or the same noun."""
    m = _BUT_IT.search(failing)
    return bool(m) and (not m["noun"] or re.search(rf"\b{re.escape(m['noun'])}\b", failing[:m.start()], re.IGNORECASE) is not None)


def sentences(line: str) -> list[str]:
    """The line's sentences: split where one ends and a capital opens the next."""
    return _SENTENCE.split(line)


def contrasted(line: str) -> list[str]:
    """"People told us staff were kind. The home was clean. However, risks were not managed.": the sentences a "However"
    or "But" turns from, the whole run of them since the last naming a failing: what went well, said before what did not."""
    went_well, run = [], []
    for said in sentences(line):
        if _TURN.match(said):
            went_well, run = went_well + run, []
        run = [] if says_failing(said) else [*run, said]
    return went_well


def says_failing(sentence: str) -> bool:
    """The sentence names something wrong ("not", "without", "insufficient"): not only what went well."""
    return bool(_NEGATION.search(sentence))


_TURN = compiled(r"^(?:however|but)\b", re.IGNORECASE)


def unlabelled(line: str) -> str:
    """The line without an assessment card's label run into its first sentence ("Score: 2 The provider used ..."),
    which is neither an ask nor a list's colon; nor the quality statement's heading printed before the score, nor
    the score's meaning after it ("Consent to care and treatment Score: 1 – Evidence shows significant shortfalls
    Where people lacked capacity ..."): the card's framing, not what it found or asks; nor a key question's rating
    printed as a heading before it ("Requires Improvement Audits had not identified ...")."""
    return _RUN_IN_HEADING.sub("", _RATING_HEADING.sub("", _LABEL.sub("", line)))


_LABEL = compiled(r"^(?:[A-Z][^.:;!?]{0,80}?\s+(?=Score\b))?"  # the heading, known by the score after it
                  r"(?:[A-Z][\w ]{0,20}:\s*\d+\.?|Score\s+\d+:)"  # "Score: 2", "Score 1:"
                  r"(?:\s*[–—-]\s*[A-Z]?[a-z]+(?:\s+[a-z]+)*|\s+[a-z]+(?:\s+[a-z]+)*)?"  # "– Evidence shows some shortfalls"
                  r"\s+(?=[A-Z])")  # up to the capital that opens the card's first sentence
_RATING_HEADING = compiled(r"^(?:Requires\s+[Ii]mprovement|Inadequate)\s+(?=[A-Z][a-z])")  # a failing rating's heading
# "Safe care and treatment The provider had failed to ...": a heading (a regulation's title, a key question's) run into
# the sentence, known by the capital "The" naming the provider after its lower-case words with no stop between
_RUN_IN_HEADING = compiled(r"^[A-Z][\w’'-]*(?:\s+(?:[a-z][\w’'-]*|-)){0,6}\s+(?=The\s+(?:registered\s+)?"
                           r"(?:provider|trust|service|home|practice|manager|person|hospital|location)\b)")
_BREACH_NAMED = compiled(r"\bbreach(?:ed|es)?\b|\bRegulation\s+\d", re.IGNORECASE)  # a breach passage names its regulation
_BUT_IT = compiled(r",?\s+but\s+(?:it|they|this|these|he|she|(?:the|this|that|these|those)\s+(?P<noun>[\w-]+))\s", re.IGNORECASE)
# the failing said of what went before ("used a dependency tool, but the tool had not been reviewed": the same thing named again)
_TURNED = compiled(r"\b(?:not|failed)\b|n[’']t\b", re.IGNORECASE)  # a failing read as its duty, turned (scaffold._positive)
_NEGATION = compiled(r"\b(?:not|never|no|none|nobody|without|failed|lacked|unable|insufficient|inadequate|poor)\b|n[’']t\b",
                     re.IGNORECASE)
_PAST_VERB = compiled(r"^(?:[\w’'-]+\s+){1,6}?(?:(?!need|seed|speed|feed|bleed)\w+ed|could|knew|spoke|told|said|saw|felt|gave|"
                      r"took|made|kept|found|thought|understood|showed|shown|wrote|held|led|sought|brought|taught|began|ran|"
                      r"met|went|came|chose|grew|got|did)\b")  # "The provider used ...", "Staff knew people well": a past
# verb after its subject, regular or not


def _instructs(sentence: str) -> bool:
    """"Continue to identify carers ...; the practice had identified 0.6% ...": the sentence opens on an instruction."""
    words = sentence.split()
    return bool(words) and words[0].lower() in IMPERATIVE


def _said_past(clause: str) -> bool:
    """A clause that says what was found: its verb in the past ("were", not "what was done" after a
    present verb) and none in the present."""
    past = _PAST.search(clause)
    return bool(past) and not _PRESENT.search(clause) and not _RELATIVE_WORD.search(clause[:past.start()])


_RELATIVE_WORD = compiled(r"\b(?:what|which|that|who|whom|whose|where|when|whether|if|how)\b", re.IGNORECASE)


_TOLD = compiled(r",\s+(?:as|because|since|after|who|when)\s+(?P<said>(?:[^.;,]*?\s)?(?:told us|told inspectors|"
                 r"told the inspection team|said (?:that\s+)?(?:they|he|she)|we spoke (?:with|to))\b[^;]*?)[\s.]*$", re.IGNORECASE)


def _told_aside(sentence: str) -> tuple[str, str]:
    """"review how quickly call bells are answered at night, as several people told us they waited a long time"
    as the ask and, apart, what people told the inspectors: a finding hung on the ask does not make the ask one.
    "..., who told us ..." is said by whom the ask names last ("engage more with EOC staff, who told us ...")."""
    m = _TOLD.search(sentence)
    if not m or not _REQUIRES.search(sentence[:m.start()]):
        return sentence, ""
    said = m["said"]
    if said.lower().startswith(("told", "said")):  # "..., who told us": said by the people named before it
        named = sentence[:m.start()].split()[-4:]
        while named and named[0].lower() in _NOT_NAMING:
            named = named[1:]
        said = f"{' '.join(named) or 'they'} {said}"
    return sentence[:m.start()], said.strip(" .")


_NOT_NAMING = frozenset("with to from for by about of in on at the a an and".split())

# "Managers should improve how ...", "each person must have a plan", "passwords should not be shared": an ask whose
# doer is named, read as the duty in the present ("managers improve how ...", "each person has a plan"), so no line
# reads "confirm that managers should improve ..."
_DOER_MODAL = compiled(r"^(?P<subject>(?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+(?:must|should)(?:\s+also)?\s+(?P<not>not\s+)?"
                       r"(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_NO_DOER = compiled(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|that|which|who|if|when|where|to)\b|[,;:]"
                    r"|\b(?:the|a|an|their|its|this|these|our)$",  # "record the MUST tool": the screening tool, no modal
                    re.IGNORECASE)  # a clause or a condition before the modal is no plain subject
_PLURAL_WORDS = frozenset("staff people children personnel police these those they".split())  # plural without a final "s"
# ("but these had not identified ...": these identify them)


def head_noun(words: list[str]) -> str:
    """"fridge" in "medicines fridge on the postnatal ward", "unit" in "critical care unit", "staff" in "staff on the unit",
    "risks" in "risks associated with the use of bed rails" (a participle and its preposition follow the head too)."""
    cut = next((i for i, w in enumerate(words) if i and (w.lower() in _PREPOSITIONS or _MODIFIER.fullmatch(w)
                                                         and i + 1 < len(words) and words[i + 1].lower() in _PREPOSITIONS)),
               len(words))
    return words[cut - 1].lower()


_PREPOSITIONS = frozenset("on in at for of to with across from within between".split())  # "risks to people", "patients with ..."
_MODIFIER = compiled(r"(?:associated|relating|related|linked|living|kept|held|given|used|\w{3,}ed)", re.IGNORECASE)  # "risks
# relating to", "oxygen cylinders stored in the sensory room": the risks, the cylinders


def is_plural(noun: str) -> bool:
    """The head noun names more than one ("staff", "managers"; not "the process")."""
    word = noun.lower()
    return word in _PLURAL_WORDS or (word.endswith("s") and not word.endswith("ss"))


def _as_duty(ask: str) -> str:
    """The ask with each clause's named doer and modal read as the duty in the present: "each member of
    staff has their own log-in and passwords are not shared"."""
    parts = _NEXT_CLAUSE.split(ask)
    return "".join(_doer_duty(p) if k % 2 == 0 and (k == 0 or len(p.split()) > 3) else p for k, p in enumerate(parts))


_NEXT_CLAUSE = compiled(r"(:\s+|,?\s+and\s+(?=(?:[\w’'-]+\s+){1,3}?(?:must|should)\s))", re.IGNORECASE)


def present_form(verb: str, plural: bool) -> str:
    """The verb in the present for its subject: "record" for staff, "records", "has", "reaches",
    "carries" for one."""
    word = verb.lower()
    if plural:
        return verb
    if word == "have":
        return "has"
    if word.endswith(("s", "sh", "ch", "x", "o")):
        return f"{verb}es"
    return f"{verb[:-1]}ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else f"{verb}s"


def _doer_duty(ask: str) -> str:
    m = _DOER_MODAL.match(ask)
    if not m or _NO_DOER.search(m["subject"]) or m["verb"].lower() in ("ensure", "make", "consider"):
        return ask
    head = re.split(r"\s+(?:of|in|on|at|for|from|with)\s+", m["subject"].lower())[0].split()[-1]
    plural = is_plural(head)
    verb = m["verb"].lower()
    if verb == "be":
        said = ("are" if plural else "is") + (" not" if m["not"] else "")
    elif m["not"]:
        said = f"{'do' if plural else 'does'} not {m['verb']}"
    else:
        said = present_form(m["verb"], plural)
    subject = m["subject"] if m["subject"][1:2].isupper() else m["subject"][:1].lower() + m["subject"][1:]  # "GPs" kept
    return f"{subject} {said}{m['rest']}"


def _recommended(sentence: str) -> str:
    """"seek advice ..." from "We recommend the provider seeks advice ...": what is recommended, as an instruction."""
    m = _RECOMMENDS.match(sentence)
    if not m:
        return sentence
    first, _, rest = sentence[m.end():].partition(" ")
    rest = _AND_VERB.sub(lambda v: f"{v[1]}{_base(v[2])}", rest)  # "... and publishes what it has done": "and publish"
    said = f"{_base(first, surely=True)} {rest}".strip()
    if guided := _GUIDANCE_TAKEN_UP.match(said):
        return f"{guided['guidance']} is followed in practice"
    return said


# "consider current guidance on the Mental Capacity Act 2005 and take action to update their practice accordingly":
# one ask, that practice follows the guidance; the guidance alone, "considered", is no standard to check
_GUIDANCE_TAKEN_UP = compiled(
    r"^(?:consider|review|refer\s+to|research)\s+(?P<guidance>(?:(?:the|current|latest|relevant|national|best|practice|"
    r"published|reputable|up-to-date|advice|and|from|a|source)\s+)*guidance\s+(?:on|about|around|for|in\s+relation\s+to|"
    r"relating\s+to|from)\s+[^.;]+?),?\s+and\s+(?:take|takes)\s+action\s+to\s+update\s+(?:their|its|the)\s+practice"
    r"(?:\s+accordingly)?\W*$", re.IGNORECASE)


def _base(verb: str, surely: bool = False) -> str:
    """"seek" from "seeks", "publish" from "publishes": the instruction a recommended verb names, else the word;
    `surely` when the word is the verb recommended ("the provider researches ..."): its base form by its ending."""
    word = verb.lower()
    known = next((v for v in (word, word[:-1], word[:-2], f"{word[:-3]}y") if v in IMPERATIVE), "")  # "carries": carry
    if known or not surely:
        return known or verb
    if word.endswith("ies"):
        return f"{word[:-3]}y"
    return word[:-2] if re.search(r"(?:ss|sh|ch|x|z|o)es$", word) else word.removesuffix("s")


_AND_VERB = compiled(r"(,?\s+and\s+)(\w+e?s)\b(?!\s*(?:[,.;:]|$))")  # "complaints and audits, and shares": a list's
# last noun, no verb (a verb recommended takes its object)


_RECOMMENDED_TO = (r"(?:the\s+)?(?:registered\s+)?(?:provider|manager|service|trust|practice|home|hospital|person|"
                   r"management team)")
# "We recommend that the provider and manager seek ...": doers joined by "and" are one subject, never half of it left
# on what is recommended
_RECOMMENDS = compiled(rf"^we\s+recommend(?:ed)?\s+(?:that\s+)?{_RECOMMENDED_TO}(?:\s+and\s+{_RECOMMENDED_TO})?"
                       r"\s+(?:should\s+)?(?=\w)", re.IGNORECASE)


def wordings(text: str) -> list[str]:
    """An action's wordings, one a line, with a list printed a line an item ("..., including:",
    "...;") kept in the wording it belongs to: its items are not wordings of their own; nor is a line of
    one word ("MEOWS."), the last word of the sentence before, which asks nothing alone."""
    out: list[str] = []
    listing = False  # the last wording opened a list: a line after it naming a thing in lower case is its next item
    for line in map(without_tracker_cell, text.splitlines()):
        if out and (_LIST_OPEN.search(out[-1]) or len(line.split()) == 1):
            listing = listing or bool(_LIST_OPEN.search(out[-1]))
            out[-1] = f"{out[-1]} {line.strip()}"
        elif listing and _NAMED_ITEM.match(line.strip()) and not out[-1].endswith("."):  # items printed with no ";"
            out[-1] = f"{out[-1]}; {line.strip()}"  # ("nursing reviews being recorded"); an instruction is an ask of its own
        elif line.strip():
            out.append(line.strip())
            listing = False
    return out


def without_tracker_cell(line: str) -> str:
    """The line without a tracker's owner and due-date cells read on after its last sentence ("... a copy of their care
    plan. Ward managers 31/03/2023"): who does it and by when, asked of no one and found by no inspector."""
    line = _TRACKER_CELL.sub("", line)
    cell = _CELL_UNSTOPPED.search(line)
    if cell and cell["last"] not in _NOT_LAST and (cell["words"] or "").lower() not in _NOT_BEFORE_DATE:
        return line[:cell.end("last")]
    return line


_TRACKER_CELL = compiled(r"(?<=[.!?)])\s+[A-Z][\w’'&/,-]*(?:\s+(?:[\w’'&/,-]+)){0,5}?\s+"
                         r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{4})\s*$")
# no full stop before the cells ("... physical health observations Ward manager, Heron 31/03/2023"): a capital after the
# sentence's last word in lower case (no "by", "the": "reviewed by Matron 01/02/2023" is the sentence's), a date in
# figures ending the line, no "on" or "before" leading to it
_CELL_UNSTOPPED = compiled(r"(?<=\s)(?P<last>[a-z][a-z’'-]*)\s+[A-Z][\w’'&/-]*(?:,?\s+(?P<words>[\w’'&/-]+)){0,5}?"
                           r"\s+\d{1,2}/\d{1,2}/\d{2,4}\s*$")
_NOT_LAST = frozenset("by on in at to of from with the and or for as a an".split())
_NOT_BEFORE_DATE = frozenset("by on in at from since until before after of".split())


_NAMED_ITEM = compiled(r"^(?!(?:" + "|".join(sorted(IMPERATIVE)) + r")\b)[a-z]")
_LIST_OPEN = compiled(r"[:;](?:\s*(?:and|or))?\s*$|\b(?:including|in particular|such as)\s*$")  # "...; and" leads on


def _listed(ask: str) -> list[str]:
    """A list after a colon ("..., including: a; b; c") read as what it asks: each item that is an ask
    of its own (a clause, "that ...", an instruction, "recording ..." or "the checking of ...") is one,
    the lead too when it asks something ("the area is safe"), not when it only says for whom ("for patients
    treated under section 58"); items that only name where or what the lead covers (rooms, a fridge,
    a record) stay in the lead's ask: "X, including a, b and c"."""
    m = _COLON_LIST.match(ask)
    if not m or _FAILING.search(m["lead"]) or not (m["word"] or ";" in m["items"]):
        return [ask]
    items = [i.strip(" .,;") for i in re.split(r"\s*;\s*(?:and\s+)?", m["items"]) if i.strip(" .,;")]
    lead = re.sub(r"(?:^|\s+)that$", "", m["lead"].strip(" ,"), flags=re.IGNORECASE)  # "ensure that:" leaves no lead
    if _doers(lead, items):  # "theatre staff: record the count ...; report discrepancies ...": each item is theirs
        return [f"{lead} {i}" for i in items]
    items = _sub_listed(items)
    asked = [_as_ask(i) for i in items]
    rest = [i for i, a in zip(items, asked) if not a]
    if rest:
        named = _joined([_WHICH_FAILED.sub('', i) for i in rest])
        if not m["word"] and all(_SUBORDINATE.match(i) for i in rest):  # "recorded: when bed rails are used; when ...": when
            lead = f"{lead} {named}"
        else:
            word = (m["word"] or ", including").strip(" ,")
            lead = f"{lead}, {word.removesuffix(' that')} {named}"
        asked += [i for i in rest if _WHICH_FAILED.search(i)]  # "fluid balance charts, which were not totalled": found
    elif not _VERB_IN.search(lead) or _ONLY_FOR.match(lead):
        lead = ""
    subject = _LEAD_SUBJECT.match(m["lead"].strip())
    asked = [_IT.sub(subject["subject"] + " ", a, count=1) if subject else a for a in asked]
    return [p for p in (lead, *(a for a in asked if a)) if p]


def _sub_listed(items: list[str]) -> list[str]:
    """An item that opens a list of its own, printed indented under it ("stock is checked:", then "at Moorside, weekly",
    "at Hollins Bridge, before each clinic"): the items after it that ask nothing alone are its, not the lead's."""
    out: list[str] = []
    for item in items:
        if out and ":" in out[-1] and not _as_ask(item):
            out[-1] = f"{out[-1]}, {item}"
        else:
            out.append(item)
    return out


def _doers(lead: str, items: list[str]) -> bool:
    """The lead only names who does each item ("theatre staff", "all managers", "staff on the unit"): no verb of
    its own, a plural head noun, and every item an instruction."""
    words = lead.split()
    return bool(words) and is_plural(head_noun(words)) and not _CLAUSE_VERB.search(lead) and not _NO_DOER.search(lead) \
        and words[0].lower() not in IMPERATIVE and all(i.split()[0].lower() in IMPERATIVE for i in items)


_LEAD_SUBJECT = compiled(r"^(?P<subject>(?:the|all|each|every)\s+(?:[\w’'-]+\s+){0,8}?[\w’'-]+)\s+(?:is|are)\b", re.IGNORECASE)
_IT = compiled(r"^(?:it|they)\s+(?=(?:is|are)\b)", re.IGNORECASE)  # "that it is staffed": the area the lead names


# "...: fluid balance charts, which were not totalled at the end of each day": an item naming a thing and what was wrong
# with it; the thing is in the lead's ask, the item whole is a finding (`_NAMED_FAILING`), never what the ask says
_WHICH_FAILED = compiled(r",\s+(?:which|who)\s+(?:was|were|had|did|has|have)\s+(?:not|never|no\s+longer)\b.*$", re.IGNORECASE)
_NAMED_FAILING = compiled(r"^(?:[\w’'()-]+\s+){0,6}?[\w’'()-]+" + _WHICH_FAILED.pattern, re.IGNORECASE)


def names_failing(text: str) -> bool:
    """"fluid balance charts, which were not totalled ...": a thing and what was wrong with it, a finding; so is "visits
    were sometimes late", a failing no "not" says, which cannot be turned into its duty without rewording CQC's words."""
    return bool(_NAMED_FAILING.match(text)) or (bool(_LAPSED_CLAUSE.match(text)) and _said_past(text)
                                                   and not _TURNED.search(text)) or (  # "... late, and risks were not
        # assessed": the failing after it is still read as its duty (scaffold.composable)
        bool(_PAST_VERB.match(text)) and bool(_WITH_NONE.search(text)) and not _PRESENT.search(text) and not _TURNED.search(text))


_WITH_NONE = compiled(r"\b(?:with\s+no|without\s+(?:any|a|an))\b", re.IGNORECASE)  # "patients waited ... with no recorded
# observations": what was done and what it lacked, said in the past, a finding; no duty without rewording it


LAPSED = r"(?:was|were)\s+(?:(?:sometimes|often|frequently)\s+)?(?:overdue|out\s+of\s+date|expired|late|missed|omitted)\b"  # "checks
# were overdue", "some calls were missed": a failing no "not" says
_LAPSED_CLAUSE = compiled(r"^(?:(?!(?:who|whose|which|that|where|when)\b)[\w’'()-]+\s+){1,7}?" + LAPSED, re.IGNORECASE)


_COLON_LIST = compiled(r"^(?P<lead>.+?)(?P<word>,?\s+(?:including(?:\s+that)?|in particular|particularly|such as|as follows|"
                       r"the following))?\s*:\s+(?P<items>.+)$", re.IGNORECASE)
_FAILING = compiled(r"\b(?:not|failed|no longer)\b", re.IGNORECASE)  # a breach's colon lists its findings
_VERB_IN = compiled(r"\b(?:is|are|was|were|be|has|have|can|do|does)\b|^\w+\b", re.IGNORECASE)
_ONLY_FOR = compiled(r"^(?:for|in|on|at|when|where|with)\b", re.IGNORECASE)  # whom or where the items apply
_CLAUSE_VERB = compiled(r"\b(?:is|are|has|have|can|must|should|do|does)\b|^(?!(?:the|a|an)\b)(?:[\w’'-]+\s+){1,6}?"
                        r"(?:check|checks|give|gives|receive|receives|record|records|use|uses|follow|follows|know|knows)\b",
                        re.IGNORECASE)  # "nurses check the certificate", not "the daily check of ..."
_NOMINAL = compiled(r"^the\s+(?P<verb>[a-z]+ing)\s+of\s+(?P<what>.+?)(?P<rest>\s+(?:in|on|at|every|each|daily|weekly|twice|"
                    r"before|after|when|by|within|for|to|from)\b.*)?$", re.IGNORECASE)
PARTICIPLES = {"take": "taken", "give": "given", "make": "made", "keep": "kept", "hold": "held", "write": "written",
                "carry": "carried", "set": "set", "put": "put"}


def _as_ask(item: str) -> str:
    """A list item as an ask of its own, or empty when it only names a thing or place: "that access is
    restricted" as "access is restricted"; "recording the fridge temperatures" as "record the fridge
    temperatures"; "the checking of fridge temperatures every day" as "fridge temperatures are checked
    every day"."""
    item = re.sub(r"^that\s+", "", item, flags=re.IGNORECASE)
    if _SUBORDINATE.match(item):  # "when bed rails are used": when the lead's ask applies, no ask of its own
        return ""
    first, _, tail = item.partition(" ")
    if first.lower() in IMPERATIVE:
        return item
    if (verb := verb_of(first)) and tail:
        return f"{verb} {tail}"
    if (m := _NOMINAL.match(item)) and (verb := verb_of(m["verb"])):
        what = m["what"]
        be = "are" if what.split()[-1].lower().endswith("s") or " and " in what else "is"
        done = PARTICIPLES.get(verb) or (verb + "d" if verb.endswith("e") else verb + "ed")
        return f"{what} {be} {done}{m['rest'] or ''}"
    verb = _CLAUSE_VERB.search(item)
    return item if verb and not _RELATIVE_WORD.search(item[:verb.start()]) else ""  # "the weekly check that ... are", "a
    # risk assessment where a check has not been obtained": a noun, its verb the clause's that a relative word opens


def verb_of(gerund: str) -> str:
    """"record" from "recording", "take" from "taking", "share" from "sharing": the instruction a gerund names."""
    if not gerund.lower().endswith("ing"):
        return ""
    stem = gerund[:-3].lower()
    return next((v for v in (stem, stem + "e", stem[:-1]) if v in IMPERATIVE), "")


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def duty(ask: str) -> str:
    """"patient records are stored securely" from "patient records are stored securely, in line
    with national guidance": a topic named only in what qualifies an ask is not what it asks."""
    return _cut_before(ask, _QUALIFIER)


_EMPHASIS = compiled(r",?\s+\(?(?:particularly|especially|in particular)\b", re.IGNORECASE)


def emphasis(ask: str) -> str:
    """"basic life support, moving and handling and safeguarding adults" from "staff are up to date with
    mandatory training, particularly basic life support, moving and handling and safeguarding adults": the
    part of what is asked an emphasis singles out (up to a further qualifier), or empty."""
    found = _EMPHASIS.search(ask)
    if not found:
        return ""
    rest = ask[found.end():]
    further = _QUALIFIER.search(rest)
    return rest[:further.start()] if further else rest


def unreferenced(ask: str) -> str:
    """The ask without the guidance it cites ("in line with national guidance"), but with what it
    is for ("so that risks to those waiting are identified"): a quote must not drop a second duty."""
    return _cut_before(ask, _REFERENCE, keep_after_verb=True)


def quoted(ask: str) -> str:
    """The ask as a prompt quotes it: `unreferenced`, but guidance joined on by "or" or "and" stays ("with the consent of
    the relevant person, or in accordance with the Mental Capacity Act 2005": one of two ways to meet the duty, no
    qualifier of it; cut there, the quote would end on "or")."""
    return _cut_before(ask, _REFERENCE, keep_after_verb=True, keep_joined=True, keep_passive=True)


def _cut_before(ask: str, pattern: re.Pattern[str], keep_after_verb: bool = False, keep_joined: bool = False,
                keep_passive: bool = False) -> str:
    for m in pattern.finditer(ask):
        before = ask[:m.start()].split()
        if (len(before) >= QUALIFIED_AFTER_WORDS and not (keep_after_verb and _BARE_PASSIVE.search(before[-1]))
                and not (keep_passive and _bare_passive(before))
                and not _COPULA.match(before[-1])  # "referral to treatment times are in line with national
                and not (keep_joined and _JOINED.match(before[-1]))):
            return ask[:m.start()]  # standards": what follows "are" is the duty itself, not its qualifier
    return ask


def _bare_passive(before: list[str]) -> bool:
    """Whether the words before a cut end on a passive with nothing after it: quoted so ("scores are calculated", cut from
    "at the intervals set out in policy") it reads as clipped and drops when it is done. Merging still reads the duty
    without it (`unreferenced`)."""
    return len(before) > 1 and bool(_COPULA.match(before[-2])) and bool(re.fullmatch(_PARTICIPLE, before[-1], re.IGNORECASE))


_COPULA = compiled(r"^(?:is|are|be|was|were|been|being|remains?)$", re.IGNORECASE)
_JOINED = compiled(r"^(?:or|and|nor)$", re.IGNORECASE)
# A quote is not cut at "in line with ..." right after a bare verb: "to ensure they are stored" alone
# reads as garbled (the duty, for topics and themes, is still cut there).
_BARE_PASSIVE = compiled(r"^(?:stored|kept|given|managed|used|handled|disposed|treated|cleaned|prepared|"
                         r"administered|carried|undertaken|completed|made|done)$", re.IGNORECASE)


# "assessed as at high risk", "identified as needing", "screened as being malnourished": a participle
# and "as" naming people by an earlier result. A bare "assessed" ("patients are assessed as soon as
# possible") is an ask, so the word after "as" must say what the people were found to be.
_POPULATION = compiled(r"\b(?:assessed|identified|screened|scored|deemed|judged)\s+as\s+(?=(?:being\s+)?"
                       r"(?:at|a|an|having|high|higher|increased|needing|requiring|lacking|likely|vulnerable|frail|"
                       r"malnourished|unable|eligible)\b)", re.IGNORECASE)


# Words naming the people an ask is for ("patients on ... caseloads", "children waiting for ...").
PEOPLE = (r"(?:patients|people|those|adults|children(?:\s+and\s+young\s+people)?|young\s+people|service\s+users|women|"
          r"residents|callers)")
# "patients on district nursing caseloads", "people on the community team's caseload": whose care it is.
_ON_CASELOAD = compiled(rf"\b({PEOPLE}\s+)on\s+(?:the\s+|their\s+)?"
                        r"(?:[\w’'-]+\s+){0,3}?caseloads?\b", re.IGNORECASE)


# "defects found during vehicle daily inspections", "issues identified at audit": a participle naming a
# thing by the check that found it. The check is done already; what is asked is done to what it found,
# the thing checked ("vehicle", "infection control") kept, the check's own frequency not.
_FOUND_BY_CHECK = compiled(r"\s+(?:found|identified|noted|highlighted|picked\s+up)\s+(?:during|in|at|on|by|through)\s+"
                           r"(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?P<what>(?:[\w’'-]+\s+){0,4}?)"
                           r"(?:inspections?|checks?|audits?|reviews?|visits?|walk-?rounds?|spot\s+checks?)\b", re.IGNORECASE)

_CHECK_FREQUENCY = compiled(r"\b(?:daily|weekly|monthly|quarterly|annual|yearly|routine|regular)\s+", re.IGNORECASE)


def without_earlier_result(wording: str) -> str:
    """The wording without a participle that names people by an earlier assessment's result:
    "patients assessed as at high risk of pressure damage receive equipment" asks for the
    equipment, for patients at high risk; it does not ask for the assessment. Likewise a thing
    named by the check that found it: "defects found during vehicle daily inspections are
    repaired" asks for repairs, not for the inspections."""
    return _FOUND_BY_CHECK.sub(lambda m: " " + _CHECK_FREQUENCY.sub("", m["what"]).rstrip(), _POPULATION.sub("", wording))


# "privacy and dignity are maintained by not caring for them in mixed-sex accommodation": a right or
# quality kept ("maintained", "respected" ...) "by" doing something. The means is what is asked. A
# figure "met" or "reduced by" is left alone: "staffing levels are met by using agency staff" is
# still about staffing levels.
_GOAL = compiled(r"(?P<lead>\b(?:ensure|make sure)\s+(?:that\s+)?)[^.;:]*?\b(?:is|are)\s+(?:maintained|respected|protected|"
                 r"promoted|upheld|safeguarded)\s+by\s+(?=(?:not\s+)?\w+ing\b)", re.IGNORECASE)


# A count of people said by what they have done ("improve the number of staff on medical wards who have completed
# mandatory training", "the proportion of patients who are screened for sepsis"): the count, then its people, up to
# the "who" of the clause saying what is counted.
COUNT_OF_PEOPLE = compiled(r"\b(?:the\s+)?(?:number|numbers|proportion|percentage)\s+of\s+"
                           r"(?P<people>(?:[\w'’-]+\s+){1,6}?)(?=(?:who|whose)\b)", re.IGNORECASE)


def without_count(wording: str) -> str:
    """The wording without a count of people said by what they have done: "improve the number of staff who have
    completed mandatory training" asks for the training figure, not for more staff (`COUNT_OF_PEOPLE`)."""
    return COUNT_OF_PEOPLE.sub(r"\g<people>", wording)


# Doctors named by the arrangement they work under ("consultants with practising privileges", "surgeons granted
# practising privileges", "doctors working under practising privileges"): who they are (an independent hospital's
# consultants), not the privileges asked about. "Consultants' practising privileges are reviewed" and "consultants
# are only granted practising privileges once ..." ask about the privileges and keep them.
_UNDER_PRIVILEGES = compiled(r"\b(?P<who>consultants?|doctors?|surgeons?|anaesthetists?|physicians?|clinicians?|"
                             r"medical\s+practitioners?)\s+(?:who\s+(?:have|hold|work\s+under|are\s+working\s+under)|"
                             r"with|granted|holding|working\s+under)\s+(?:practising|practicing)\s+privileges\b",
                             re.IGNORECASE)


def without_privileges(wording: str) -> str:
    """The wording without the practising privileges that only say which doctors are meant: "consultants with
    practising privileges remain available within 30 minutes" asks for their availability, not a review of the
    privileges (`_UNDER_PRIVILEGES`)."""
    return _UNDER_PRIVILEGES.sub(r"\g<who>", wording)


def without_goal(wording: str) -> str:
    """The wording without the goal its ask is a means to: "ensure patients' privacy and dignity are
    maintained by not caring for them in mixed-sex accommodation" asks not to use mixed-sex
    accommodation; privacy and dignity are what it is for, as much as "so that ..." is. Two
    statements reaching one goal by different means are two actions (mixed-sex accommodation,
    conversations overheard at reception), and one means is one action whatever goal it serves."""
    return _GOAL.sub(r"\g<lead>", wording)


# "... are cleaned between patients and that cleaning is recorded", "... are held with patients and are recorded":
# a record of the act another ask names (the act named again by a noun of action or a pronoun, or not at all;
# "and that supervision sessions are recorded": the sessions the act is held in name it too).
_RECORD_OF_ACT = compiled(r"\s*,?\s+and\s+(?:that\s+)?(?:(?:the|this|each|every|all)\s+)?"
                          r"(?:[\w-]+(?:ing|ion|ions|al|als)(?:\s+sessions?)?|checks?|this|it|these|they)?\s*"
                          r"(?:is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:recorded|documented|logged)\b(?=\s*[.;,(]|\s*$)",
                          re.IGNORECASE)


def without_record_of_act(wording: str) -> str:
    """The wording without an ask that only says the act another ask names is recorded ("hoists are
    cleaned between patients and that cleaning is recorded"): the record is how the act is done, not a
    second duty, so the act alone says what is asked. Read for what a statement asks (its aspects,
    pipeline/merge.py): a record of cleaning kept is not a servicing record, however kin the two
    words are."""
    return _RECORD_OF_ACT.sub("", wording)


def without_population(wording: str) -> str:
    """The wording without what only names the people an ask is for: an earlier assessment's
    result (`without_earlier_result`), or the caseload they are on ("patients on district nursing
    caseloads have a pressure area risk assessment" is about the assessment, not caseload
    staffing). Merge reads themes from this; its words keep the caseload, which two statements
    about caseload staffing share ("... to meet the needs of patients on the caseload")."""
    return _ON_CASELOAD.sub(r"\1", without_earlier_result(wording))


def bare(sentence: str) -> str:
    """The sentence without its citation tail, the provider and modal, and "ensure that"."""
    return _as_duty(_ENSURE.sub("", _SUBJECT.sub("", _recommended(_CITATION_TAIL.sub("", sentence)), count=1), count=1))
