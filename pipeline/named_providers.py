"""The provider a statement names as the one that must act, when it names one.

Takes statement text, returns the organisation named before its "must" / "should", or None.
pipeline/merge.py keeps statements naming different providers apart, as it keeps apart the
statements of reports with different providers on their covers: the same duty at two providers
is two providers' actions, however alike the words ("Church Street Medical Practice must
establish a system for safety alerts" and "Meadow Lane Surgery must establish ..."). The
decisions a reader would get wrong:
- The lead, up to the first "must" or "should", names the provider. After it an organisation is
  mostly one the provider is told to work with ("... must agree a protocol with Northshire County
  Council"), not the provider; it is the provider's own location only as the subject of the ask
  ("must ensure that Ashgrove Nursing Home keeps ...") or as where the duty applies ("... kept at
  Larkfield Care Home"): one duty at two care homes named so is two providers' actions (pair set
  CW: topical cream records at two homes, one "run by a different provider").
- A name is a run of capitalised words ending in a word that names an organisation's kind
  (Trust, Ltd, Practice, Surgery, Care Home ...), with at least one word of its own: "The Trust
  must" and "The Practice should" name no one.
- A lead that is nothing but a run of capitalised words ("Harbour View Dental Care must", "Kingsway Smile
  Studio must") names the provider whatever its last word: a report names its provider so, and a name
  ending in no kind word is still a name. A run of role words ("Registered Manager", "Ward Managers") is
  not.
- One provider's name inside the other's ("Eastgate NHS Foundation Trust" in "the Rowan Unit of
  Eastgate NHS Foundation Trust") is the same provider: a unit or location named with it.
`provider_names` finds the registered providers a text names (metadata.py: a document naming its
provider only in its text).
"""

import re

import numpy as np

from .regex_programs import compiled

# The last word(s) of an organisation's name that say what kind of organisation it is.
_KIND = (r"(?:NHS\s+)?(?:Foundation\s+)?Trust|Ltd\.?|Limited|LLP|PLC|plc|CIC|(?:Medical\s+)?Practice|Surgery|"
         r"Medical\s+Centre|Health\s+Centre|Care\s+Home|Nursing\s+Home|Healthcare|Partnership")
_WORD = r"[A-Z][\w’'&-]*"
_NAME = compiled(rf"\b(?!(?:At|In|For|The)\b){_WORD}(?:\s+(?:(?:of|and|&|upon|on|the)\s+)?{_WORD})*\s+(?:{_KIND})\b")
# A registered provider's name: the kinds a provider's name ends with (a trust, a company, a
# partnership), not a location's ("… Surgery", "… Hospital").
_PROVIDER_KIND = r"(?:NHS\s+)?(?:Foundation\s+)?Trust|Ltd|Limited|LLP|CIC|Partnership|and\s+Partners"
_PROVIDER_NAME = compiled(rf"\b(?!(?:At|In|For|The|By|From|To|Our|This)\b){_WORD}(?:(?:,\s+(?=Dr\b)|\s+)(?:(?:of|and|&|upon|on|the)\s+)?{_WORD})*"
                          rf"\s+(?:{_PROVIDER_KIND})(?![\w’'-])")
# The lead when it is only a name: capitalised words, with the joining words a name can hold.
_WHOLE_NAME = compiled(rf"{_WORD}(?:\s+(?:(?:of|and|&|upon|on|the)\s+)?{_WORD})+")
_MODAL = compiled(r"\b(?:must|should)\b")
# After the modal, what a name must follow to be the ask's subject or its place, not a partner.
_SUBJECT_OR_PLACE = compiled(r"\b(?:that|at|in)\s+(?:the\s+)?$", re.IGNORECASE)
# Capitalised words that say what kind of body it is, not which one: a name needs another word.
_GENERIC = frozenset("the a an nhs foundation trust ltd limited llp plc cic medical practice surgery centre health care "
                     "home nursing healthcare partnership provider service services hospital hospitals university "
                     "registered at in manager managers leader leaders staff team teams ward wards nurse nurses "
                     "all each every senior".split())


def named_provider(text: str) -> str | None:
    """The organisation named in the statement's lead (before its first must / should), else the
    first named after it as the ask's subject or place, folded to lower case; None when none is."""
    modal = _MODAL.search(text)
    lead = text[: modal.start()] if modal else ""
    names = _names(lead) or _whole_name(lead)
    if not names and modal:
        after = text[modal.end():]
        names = [m.group(0) for m in _NAME.finditer(after) if _SUBJECT_OR_PLACE.search(after[:m.start()])][:1]
        names = _names(" ".join(names))
    return " ".join(names[-1].casefold().split()) if names else None


def _whole_name(lead: str) -> list[str]:
    """The lead itself when it is only a name with a word of its own (no kind word needed)."""
    lead = lead.strip()
    if not _WHOLE_NAME.fullmatch(lead):
        return []
    return [lead] if own_word(lead) else []


def _names(text: str) -> list[str]:
    """The organisations the text names, each with a word of its own besides its kind."""
    return [m.group(0) for m in _NAME.finditer(text) if own_word(m.group(0))]


def own_word(name: str) -> bool:
    """A name has a word of its own besides the words saying what kind of body it is ("The Trust" has none)."""
    return any(w.casefold() not in _GENERIC for w in re.findall(r"[\w’'&-]+", name))


def provider_names(text: str) -> list[str]:
    """The registered providers the text names ("Northmoor Ambulance Service NHS Trust was
    inspected …", "Dr A Mensah and Partners"), each with a word of its own besides its kind."""
    return [m.group(0) for m in _PROVIDER_NAME.finditer(text) if own_word(m.group(0))]


def providers_apart(texts: list[str]) -> np.ndarray:
    """Pairs of statements that both name a provider, neither name holding the other."""
    out = np.zeros((len(texts), len(texts)), dtype=bool)
    named = [(i, name) for i, t in enumerate(texts) if (name := named_provider(t))]  # few statements name one
    for i, a in named:
        for j, b in named:
            out[i, j] = a not in b and b not in a
    return out
