"""What a statement asks: its asks ("... and that ..."), and each ask's duty without its qualifier.

Takes CQC wording, returns plain strings; no vocabulary. The decisions a reader would get wrong:
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
from typing import NamedTuple


class Ask(NamedTuple):
    """One thing a statement asks for, the part of it that says the duty, and whether it is a
    requirement (a finding sentence after it, "Staff were unsure.", only says what was wrong)."""

    text: str
    duty: str
    required: bool


# What a statement asks: each sentence without the provider, modal and "ensure that", split at
# "and that", "; and", "and ensure" ("and making sure"); the duty of an ask is the ask without the qualifier hung on it.
_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:[\w’'\-]+\s+){0,2}?(?:trust|provider|practice|service|hospital|hospice|home|organisation|location|"
    r"partners?|registered\s+(?:person|manager)|board|it)\s+(?:must|should)(?:\s+also)?\s+", re.IGNORECASE)
_LEAD_IN = r"(?:continue to|take (?:further\s+)?(?:action|steps) to)\s+"  # "continue to evaluate ..." asks to evaluate
_ENSURE = re.compile(rf"^(?:{_LEAD_IN})?(?:ensure|make sure)(?:\s+that\b,?)?\s+|^{_LEAD_IN}(?!take\b)", re.IGNORECASE)
_CITATION_TAIL = re.compile(r"\s*\((?:[^()]|\([^()]*\))*?\bReg(?:ulation)?s?\b(?:[^()]|\([^()]*\))*\)[\s.]*$"
                            # "... promptly. Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 Staffing."
                            r"|(?<=\.)\s+Regulations?\s+\d+[\w()]*\s+(?:of\s+(?:the\s+)?)?(?:HSCA|Health and Social Care Act)\b[^.]*\.?\s*$",
                            re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
_AND_THAT = re.compile(r"\s*(?:[,;]\s*)?\band\s+(?:(?:must|should)\s+)?(?:also\s+)?(?:(?:ensure|make sure)\s+)?that\s+"
                       r"|\s*[,;]?\s+and\s+(?:also\s+)?(?:ensure|ensuring|make sure|making sure)\s+(?:that\s+)?|\s*;\s*(?:and\s+)?",
                       re.IGNORECASE)
# "including" and "such as" are left in: what they list is what the ask is about ("risks, such as falls").
_QUALIFIER = re.compile(r",?\s+\(?(?:in line with|in accordance with|as set out in|as required by|so that|so they|"
                        r"in order to|to keep|particularly|especially)\b", re.IGNORECASE)
_REFERENCE = re.compile(r",?\s+\(?(?:in line with|in accordance with|as set out in|as required by)\b", re.IGNORECASE)
_REQUIRES = re.compile(r"\b(?:must|should|ensure|make sure)\b", re.IGNORECASE)
# "...; we saw staff speaking about patients in a dismissive way": what the inspectors saw, a finding, not an ask.
_OBSERVED = re.compile(r"(?:we|inspectors|the inspection team)\s+(?:saw|found|observed|heard|noted|were told)\b", re.IGNORECASE)
QUALIFIED_AFTER_WORDS = 3  # "take action to keep ..." is the ask; "... on every ward, to keep ..." its qualifier


def asks(wording: str) -> list[Ask]:
    """Each thing the wording asks for: "Ensure that X and that Y. It must also ensure Z." gives
    X, Y and Z; every wording (line) and every sentence of it counts. A sentence after the first
    that neither says "must", "should" nor "ensure" is a finding: it names what was wrong."""
    found = []
    for line in wording.splitlines():
        for k, sentence in enumerate(_SENTENCE.split(_CITATION_TAIL.sub("", " ".join(line.split())))):
            required = k == 0 or bool(_REQUIRES.search(sentence))
            plain = _ENSURE.sub("", _SUBJECT.sub("", sentence.strip(), count=1), count=1)
            found += [Ask(text, duty(text), required and not _OBSERVED.match(text))
                      for a in _AND_THAT.split(plain) if (text := a.strip(" .;:,"))]
    return found


def duty(ask: str) -> str:
    """"patient records are stored securely" from "patient records are stored securely, in line
    with national guidance": a topic named only in what qualifies an ask is not what it asks."""
    return _cut_before(ask, _QUALIFIER)


def unreferenced(ask: str) -> str:
    """The ask without the guidance it cites ("in line with national guidance"), but with what it
    is for ("so that risks to those waiting are identified"): a quote must not drop a second duty."""
    return _cut_before(ask, _REFERENCE, keep_after_verb=True)


def _cut_before(ask: str, pattern: re.Pattern[str], keep_after_verb: bool = False) -> str:
    for m in pattern.finditer(ask):
        before = ask[:m.start()].split()
        if len(before) >= QUALIFIED_AFTER_WORDS and not (keep_after_verb and _BARE_PASSIVE.search(before[-1])):
            return ask[:m.start()]
    return ask


# A quote is not cut at "in line with ..." right after a bare verb: "to ensure they are stored" alone
# reads as garbled (the duty, for topics and themes, is still cut there).
_BARE_PASSIVE = re.compile(r"^(?:stored|kept|given|managed|used|handled|disposed|treated|cleaned|prepared|"
                           r"administered|carried|undertaken|completed|made|done)$", re.IGNORECASE)


# "assessed as at high risk", "identified as needing", "screened as being malnourished": a participle
# and "as" naming people by an earlier result. A bare "assessed" ("patients are assessed as soon as
# possible") is an ask, so the word after "as" must say what the people were found to be.
_POPULATION = re.compile(r"\b(?:assessed|identified|screened|scored|deemed|judged)\s+as\s+(?=(?:being\s+)?"
                         r"(?:at|a|an|having|high|higher|increased|needing|requiring|lacking|likely|vulnerable|frail|"
                         r"malnourished|unable|eligible)\b)", re.IGNORECASE)


# "patients on district nursing caseloads", "people on the community team's caseload": whose care it is.
_ON_CASELOAD = re.compile(r"\b((?:patients|people|those|adults|children|service users)\s+)on\s+(?:the\s+|their\s+)?"
                          r"(?:[\w’'-]+\s+){0,3}?caseloads?\b", re.IGNORECASE)


def without_earlier_result(wording: str) -> str:
    """The wording without a participle that names people by an earlier assessment's result:
    "patients assessed as at high risk of pressure damage receive equipment" asks for the
    equipment, for patients at high risk; it does not ask for the assessment."""
    return _POPULATION.sub("", wording)


def without_population(wording: str) -> str:
    """The wording without what only names the people an ask is for: an earlier assessment's
    result (`without_earlier_result`), or the caseload they are on ("patients on district nursing
    caseloads have a pressure area risk assessment" is about the assessment, not caseload
    staffing). Merge reads themes from this; its words keep the caseload, which two statements
    about caseload staffing share ("... to meet the needs of patients on the caseload")."""
    return _ON_CASELOAD.sub(r"\1", without_earlier_result(wording))


def bare(sentence: str) -> str:
    """The sentence without its citation tail, the provider and modal, and "ensure that"."""
    return _ENSURE.sub("", _SUBJECT.sub("", _CITATION_TAIL.sub("", sentence), count=1), count=1)
